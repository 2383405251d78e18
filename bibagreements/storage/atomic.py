"""Write files atomically: a reader sees the old file or the new one, never half.

Signed agreements are public records, so a crash or a full disk in the middle
of an export must not leave a truncated document where a good one was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` via a temp file in the same folder and os.replace.

    The temp file is fsynced before the rename (and the folder after it where
    the platform allows), and removed again if anything fails. Returns the
    target path.
    """

    def write(handle: BinaryIO, _path: Path) -> None:
        handle.write(data)

    return _replace_atomically(Path(path), write)


def produce_atomically(path: str | os.PathLike[str], fill: Callable[[Path], None]) -> Path:
    """Like write_atomically, for content a library writes itself: ``fill(temp_path)``
    writes the whole file (a database copy, say) before it takes the target's place."""

    def produce(handle: BinaryIO, temp: Path) -> None:
        handle.close()  # the library opens the file on its own
        fill(temp)

    return _replace_atomically(Path(path), produce)


def _replace_atomically(target: Path, write: Callable[[BinaryIO, Path], None]) -> Path:
    if target.is_symlink():
        target = target.resolve()  # replace the file the link points to, keep the link
    if target.exists() and not target.is_file():
        # A device (/dev/null), folder or pipe must never be replaced by a file.
        raise IsADirectoryError(errno.EISDIR, "not a regular file", str(target))
    folder = target.parent
    # mkstemp picks a fresh unique name (O_EXCL), so concurrent writers never collide.
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            # mkstemp creates 0600; give the file the mode a plain open() would.
            _chmod_like_open(handle.fileno(), target)
            write(handle, Path(tmp_name))
        with open(tmp_name, "rb+") as written:  # writable: Windows flushes only those
            os.fsync(written.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    _fsync_folder(folder)
    return target


def _current_umask() -> int:
    # os.umask can only be read by setting it; do it once, at import, before threads start.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _current_umask()


def _chmod_like_open(fd: int, target: Path) -> None:
    if not hasattr(os, "fchmod"):  # Windows: no POSIX modes to mimic
        return
    try:
        mode = target.stat().st_mode & 0o7777  # replacing: keep the old file's mode
    except FileNotFoundError:
        mode = 0o666 & ~_UMASK
    os.fchmod(fd, mode)


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open folders.
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
