"""Case-insensitive comparison that knows Å, Ä and Ö.

SQLite's lower() and LIKE fold only A–Z, so "Östra Göinge" would not match
"östra göinge". ``fold(column)`` compiles to a Python casefold registered on
every SQLite connection, and to lower() elsewhere (PostgreSQL folds Unicode).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import GenericFunction

from bibagreements.domain.validation import fold_text

__all__ = ["fold", "fold_text", "like_pattern", "register_sqlite_function"]

SQLITE_FUNCTION = "bib_fold"


class fold(GenericFunction[str]):
    type = String()
    name = "fold"
    inherit_cache = True


@compiles(fold)
def _default(element: fold, compiler: Any, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


@compiles(fold, "sqlite")
def _sqlite(element: fold, compiler: Any, **kw: Any) -> str:
    return f"{SQLITE_FUNCTION}({compiler.process(element.clauses, **kw)})"


def _fold_value(value: object) -> object:
    return value.casefold() if isinstance(value, str) else value


def register_sqlite_function(dbapi_connection: Any) -> None:
    dbapi_connection.create_function(SQLITE_FUNCTION, 1, _fold_value, deterministic=True)


def like_pattern(text: str) -> str:
    """``%text%`` with LIKE's wildcards in the user's text escaped (escape char ``\\``)."""
    escaped = fold_text(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
