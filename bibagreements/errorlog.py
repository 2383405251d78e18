"""The user's error log: where the command line and the window record unexpected errors.

The log says what a developer needs and nothing about the records: the
exception's type, where it was raised (file, line, function) and, for a
database error, the SQL statement without its parameters. Exception messages
are left out, since they may quote names, e-mail addresses or other values.
The log folder is 0700, the file 0600 and a link planted in its place is not
followed (the entry is then simply not written).
"""

from __future__ import annotations

import errno
import os
import stat
import traceback
from datetime import datetime
from pathlib import Path

from bibagreements import __version__

# Never follow a link; never wait for a reader on a pipe planted there.
_FLAGS = os.O_WRONLY | os.O_APPEND | os.O_CREAT
_FLAGS |= getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
_MAX_CHAIN = 10  # causes and contexts followed; a cycle cannot go on forever


def describe(exc: BaseException) -> str:
    """The error as the log and the details box show it: types and places, no values."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen and len(seen) < _MAX_CHAIN:
        seen.add(id(current))
        parts.append(_one(current))
        if current.__cause__ is not None:
            parts.append("caused by:")
            current = current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            parts.append("while handling:")
            current = current.__context__
        else:
            current = None
    return "\n".join(parts) + "\n"


def _one(exc: BaseException) -> str:
    kind = type(exc)
    lines = [f"{kind.__module__}.{kind.__qualname__}{_safe_detail(exc)}"]
    lines.append("Traceback (most recent call last):")
    for frame in traceback.extract_tb(exc.__traceback__):
        lines.append(f"  {frame.filename}:{frame.lineno} in {frame.name}")
    statement = getattr(exc, "statement", None)
    if isinstance(statement, str):  # SQLAlchemy's StatementError: the SQL, never its parameters
        lines.append("  SQL: " + " ".join(statement.split()))
    return "\n".join(lines)


def _safe_detail(exc: BaseException) -> str:
    """What identifies an error without quoting data: a code, an errno, SQLite's error name."""
    details = []
    code = getattr(exc, "code", None)
    if isinstance(code, str) and code.isidentifier():  # BibError's message code
        details.append(f"code={code}")
    if isinstance(exc, OSError) and exc.errno is not None:
        details.append(errno.errorcode.get(exc.errno, str(exc.errno)))
    name = getattr(exc, "sqlite_errorname", None) or getattr(
        getattr(exc, "orig", None), "sqlite_errorname", None
    )
    if isinstance(name, str):
        details.append(name)
    return f" ({', '.join(details)})" if details else ""


def log_file() -> Path | None:
    """errors.log in the user's log folder (created 0700), or None when it cannot be made."""
    try:
        import platformdirs  # imported late: only needed when something goes wrong

        from bibagreements.storage.private import private_folder

        folder = Path(platformdirs.user_log_dir("bibagreements", appauthor=False))
        private_folder(folder, ours=True)
        return folder / "errors.log"
    except OSError:
        return None


def log_error(exc: BaseException) -> Path | None:
    """Append ``exc`` as described above; the log's path, or None when it cannot be written."""
    return append_to_error_log(describe(exc))


def append_to_error_log(details: str) -> Path | None:
    """Append one dated entry; the log's path, or None when it cannot be written."""
    path = log_file()
    if path is None:
        return None
    entry = f"--- {datetime.now().isoformat()} bibagreements {__version__}\n"
    entry += details if details.endswith("\n") else details + "\n"
    try:
        fd = os.open(path, _FLAGS, 0o600)
    except OSError:  # a link planted there (ELOOP), no permission …
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)  # an older log, written under the umask, is tightened
        os.write(fd, entry.encode("utf-8", "replace"))
    except OSError:
        return None
    finally:
        os.close(fd)
    return path
