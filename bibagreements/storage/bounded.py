"""Reading a file the user names, never more than a cap and never from a device.

A size the file reports below the cap is not trusted (it is 0 for /dev/zero, a
pipe and the files of /proc, and a file can grow while it is read): the cap is
counted while reading, and the read stops at the first byte beyond it. A
regular file that reports more than the cap is refused without being read.

Only a regular file is read: a FIFO, a device, a folder or a socket is refused
at once. The open does not wait for a FIFO's writer (O_NONBLOCK), so naming one
never hangs the program.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from bibagreements.domain.limits import megabytes
from bibagreements.domain.problems import Problem
from bibagreements.errors import BibError, ValidationError

_CHUNK = 1024 * 1024


def _not_a_file(path: Path) -> ValidationError:
    return ValidationError([Problem("not_a_regular_file", "file", path=str(path))])


def _too_large(path: Path, limit: int) -> ValidationError:
    return ValidationError(
        [Problem("file_too_large", "file", path=str(path), limit=megabytes(limit))]
    )


def _open(path: Path, limit: int) -> int:
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags)
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            raise _not_a_file(path)
        if status.st_size > limit:  # saying so is enough; saying less proves nothing
            raise _too_large(path, limit)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)  # a regular file: the flag only mattered for the open
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_capped(path: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path``; ValidationError beyond ``limit`` bytes.

    The problem is under the field ``file`` (a dialog shows it by its file
    box); a file that cannot be opened or read is a BibError ``cannot_read``.
    """
    try:
        fd = _open(Path(path), limit)
    except IsADirectoryError:  # Windows opens no folder, so there is nothing to fstat
        raise _not_a_file(path) from None
    except OSError as exc:
        raise BibError("cannot_read", path=str(path), reason=exc.strerror or str(exc)) from exc
    chunks: list[bytes] = []
    read = 0
    try:
        with os.fdopen(fd, "rb", buffering=0) as handle:
            while chunk := handle.read(min(_CHUNK, limit + 1 - read)):
                read += len(chunk)
                if read > limit:
                    raise _too_large(path, limit)
                chunks.append(chunk)
    except OSError as exc:
        raise BibError("cannot_read", path=str(path), reason=exc.strerror or str(exc)) from exc
    return b"".join(chunks)
