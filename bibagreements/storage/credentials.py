"""A team database's password: never in a settings file or a log.

A URL is remembered and shown without its password (the GUI's settings strip
it, the log hides it). Opening a PostgreSQL URL that has none takes the one
the operating system's keyring keeps for it (service ``KEYRING_SERVICE``,
account ``user@host:port/database``); without one libpq looks in
``PGPASSWORD`` and ``~/.pgpass`` itself; and a server that still asks for one
is told as ``database_needs_password``, so that the caller can ask the user
and, if they like, keep it in the keyring.
"""

from __future__ import annotations

from sqlalchemy.engine import URL, make_url

from bibagreements.errors import DatabaseError

KEYRING_SERVICE = "bibagreements-db"
# What libpq says when a password is needed or wrong (its messages are English
# whatever the locale of the client; the server's may be translated, hence several).
_PASSWORD_WANTED = (
    "password authentication failed",
    "no password supplied",
    "fe_sendauth",
    "password is required",
)


def is_server_url(name: str) -> bool:
    return "://" in name and not name.startswith("sqlite")


def account(url: URL) -> str:
    """The keyring's name for the password of ``url``: ``user@host:port/database``."""
    return f"{url.username or ''}@{url.host or ''}:{url.port or 5432}/{url.database or ''}"


def stored_password(url: URL) -> str | None:
    """What the keyring keeps for ``url`` (None: nothing, or no keyring here)."""
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, account(url))
    except Exception:  # no backend (no D-Bus, no session), a locked one: none
        return None


def remember_password(name: str, password: str) -> None:
    """Keep ``password`` for the URL ``name`` in the keyring (DatabaseError if it cannot)."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, account(make_url(name)), password)
    except Exception as error:
        raise DatabaseError("no_keyring", reason=str(error).splitlines()[0][:200]) from None


def with_stored_password(name: str) -> URL | str:
    """The URL to connect with: as given, or with the keyring's password added."""
    if not is_server_url(name):
        return name
    url = make_url(name)
    if url.password is not None:
        return url
    password = stored_password(url)
    return url.set(password=password) if password else url


def url_password(name: str) -> str:
    """The password written in the URL ``name`` ("" if none)."""
    return str(make_url(name).password or "") if is_server_url(name) else ""


def with_password(name: str, password: str) -> str:
    """``name`` with ``password``, for the one connection it is given to (never stored)."""
    return make_url(name).set(password=password).render_as_string(hide_password=False)


def wants_password(error: BaseException) -> bool:
    """Whether the server refused the connection for want of the right password."""
    text = str(getattr(error, "orig", None) or error).lower()
    return any(phrase in text for phrase in _PASSWORD_WANTED)
