"""How a database is named where it is remembered or shown: never with its password."""

from __future__ import annotations


def without_password(name: str) -> str:
    """A database path as it is; a URL with its password left out."""
    scheme, sep, rest = name.partition("://")
    if not sep:
        return name
    authority, slash, path = rest.partition("/")
    credentials, at, host = authority.rpartition("@")
    if not at or ":" not in credentials:
        return name
    user = credentials.split(":", 1)[0]
    return f"{scheme}://{user}@{host}{slash}{path}"
