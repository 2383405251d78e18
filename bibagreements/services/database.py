"""The register's database as the services' callers see it: open one, work in units.

The GUI and the command line open the database here and hand each operation's
``UnitOfWork`` to the service functions; the storage layer behind it is theirs
to ignore.
"""

from __future__ import annotations

from email.utils import parseaddr

from bibagreements.storage.audit import Actor, system_user
from bibagreements.storage.credentials import remember_password as remember_database_password
from bibagreements.storage.credentials import url_password as database_password
from bibagreements.storage.database import Database, UnitOfWork, open_database
from bibagreements.storage.locations import default_database_path

__all__ = [
    "Actor",
    "Database",
    "UnitOfWork",
    "actor_named",
    "database_password",
    "default_database_path",
    "open_database",
    "remember_database_password",
]


def actor_named(sender: str) -> Actor:
    """Who the audit trail names: the name of ``sender`` ("Name <address>", as Settings
    keep it) or, without one, the system user; the system user beside it always."""
    user = system_user()
    name, address = parseaddr(sender.strip()) if sender.strip() else ("", "")
    return Actor((name or address or user)[:200], user)
