"""Persistence: the relational schema, migrations and the unit of work."""
