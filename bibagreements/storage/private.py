"""Files and folders only their owner may read: what the program writes holds personal data.

Names, e-mail addresses, phone numbers and signed scans end up in the
database, its copies, exports and calendars, so none of them may follow a
umask of 022 and become readable by every account on the machine. Modes are
set explicitly (mkdir/open, then chmod), whatever the umask. On Windows the
user's profile folder is already private and POSIX modes do not apply.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600
POSIX = os.name == "posix"
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def private_folder(path: str | os.PathLike[str], *, ours: bool = False) -> Path:
    """Create ``path`` and its missing parents, each folder created with mode 0700.

    Folders that already exist keep their mode, except ``path`` itself when
    ``ours`` (the program's own data, log and backup folders): it is tightened.
    """
    folder = Path(path)
    missing = []
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            break
        missing.append(candidate)
    for created in reversed(missing):
        try:
            created.mkdir(mode=FOLDER_MODE)
        except FileExistsError:  # made meanwhile by another process: not ours to change
            continue
        _chmod(created, FOLDER_MODE)
    if ours and not missing:
        _tighten(folder, FOLDER_MODE, stat.S_ISDIR, follow=True)
    return folder


def create_private(path: str | os.PathLike[str]) -> int:
    """Create a new file with mode 0600 and return its descriptor, open for writing.

    FileExistsError when anything (a link included, never followed) is there.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, FILE_MODE)
    if POSIX:
        try:
            os.fchmod(fd, FILE_MODE)  # the umask cannot widen it, but be explicit
        except BaseException:
            os.close(fd)
            raise
    return fd


def keep_private(path: str | os.PathLike[str]) -> None:
    """Make a regular file of the current user's 0600 (links and others' files are left)."""
    _tighten(Path(path), FILE_MODE, stat.S_ISREG, follow=False)


def _tighten(path: Path, mode: int, kind: Callable[[int], bool], *, follow: bool) -> None:
    if not POSIX:
        return
    try:
        info = path.stat() if follow else path.lstat()
    except OSError:
        return
    if kind(info.st_mode) and info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) != mode:
        _chmod(path, mode)


def _chmod(path: Path, mode: int) -> None:
    if POSIX:
        with contextlib.suppress(OSError):  # a read-only medium, say: nothing more to do
            os.chmod(path, mode)
