"""The register's database as the services' callers see it: open one, work in units.

The GUI and the command line open the database here and hand each operation's
``UnitOfWork`` to the service functions; the storage layer behind it is theirs
to ignore.
"""

from __future__ import annotations

from bibagreements.storage.database import Database, UnitOfWork, open_database
from bibagreements.storage.locations import default_database_path

__all__ = ["Database", "UnitOfWork", "default_database_path", "open_database"]
