"""The service layer: every operation the command line and the GUI may perform.

Each function takes a unit of work (one session, one transaction) and returns
plain frozen records; none hands out an ORM object.
"""
