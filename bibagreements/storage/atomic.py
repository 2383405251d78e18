"""Write files atomically and privately: a reader sees the old file or the new one, never half.

Signed agreements are public records, so a crash or a full disk in the middle
of an export must not leave a truncated document where a good one was. What
is written holds personal data, so every file is 0600 (storage.private). And
the program writes only to a regular file or a new name: a symbolic link, a
folder, a pipe or a device at the output path is refused (check_output), so
a planted link cannot make it overwrite a file elsewhere.

The temp file beside the target is named ``.{name}.{pid}.{random}.bibagreements-tmp``;
one left by a write that was killed is removed by the next write to that
folder once the process that made it is gone.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import stat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from bibagreements.domain.problems import Problem
from bibagreements.errors import ValidationError
from bibagreements.storage.private import POSIX, create_private, keep_private

TEMP_SUFFIX = ".bibagreements-tmp"
# SQLite companions too: a database copy is made in the temp file.
_TEMP = re.compile(r"^\..+\.(\d+)\.[0-9a-f]+" + re.escape(TEMP_SUFFIX) + r"(-journal|-wal|-shm)?$")


def check_output(path: str | os.PathLike[str]) -> Path:
    """``path`` as a file the program may write: absent, or a regular file; never followed.

    ValidationError with ``output_is_link``, ``output_is_folder``,
    ``output_not_a_file`` (a pipe, device or socket) or ``no_such_folder``.
    """
    target = Path(path).expanduser()
    try:
        mode = os.lstat(target).st_mode
    except (FileNotFoundError, NotADirectoryError):
        if not target.parent.is_dir():
            where = str(target.parent)
            raise ValidationError([Problem("no_such_folder", "output", path=where)]) from None
        return target
    if stat.S_ISLNK(mode):
        raise ValidationError([Problem("output_is_link", "output", path=str(target))])
    if stat.S_ISDIR(mode):
        raise ValidationError([Problem("output_is_folder", "output", path=str(target))])
    if not stat.S_ISREG(mode):
        raise ValidationError([Problem("output_not_a_file", "output", path=str(target))])
    return target


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


def stream_atomically(path: str | os.PathLike[str], fill: Callable[[BinaryIO], None]) -> Path:
    """Like write_atomically, for content written as it is made: ``fill(handle)`` writes
    it to the temp file chunk by chunk; the target is untouched if ``fill`` fails."""

    def stream(handle: BinaryIO, _path: Path) -> None:
        fill(handle)

    return _replace_atomically(Path(path), stream)


def _replace_atomically(target: Path, write: Callable[[BinaryIO, Path], None]) -> Path:
    return _stage(target, write).put_in_place()


class StagedFile:
    """A file written whole and fsynced beside its target, not yet in its place."""

    def __init__(self, target: Path, temp: Path) -> None:
        self.target = target
        self._temp = temp

    def put_in_place(self) -> Path:
        """The staged file takes the target's place (the folder fsynced after)."""
        try:
            os.replace(self._temp, self.target)
        except BaseException:
            _remove_temp(self._temp)
            raise
        fsync_folder(self.target.parent)
        return self.target

    def discard(self) -> None:
        _remove_temp(self._temp)


def stage_atomically(path: str | os.PathLike[str], data: bytes) -> StagedFile:
    """``data`` written to a temp file beside ``path``, for ``put_in_place`` or ``discard``:
    a file that belongs to a database row appears only once the row is committed."""

    def write(handle: BinaryIO, _path: Path) -> None:
        handle.write(data)

    return _stage(Path(path), write)


def _stage(target: Path, write: Callable[[BinaryIO, Path], None]) -> StagedFile:
    target = check_output(target)
    remove_stray_temp_files(target.parent)
    fd, temp = _create_temp(target)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle, temp)
        keep_private(temp)  # whatever a library did to the file, it stays 0600
        with open(temp, "rb+") as written:  # writable: Windows flushes only those
            os.fsync(written.fileno())
    except BaseException:
        _remove_temp(temp)
        raise
    return StagedFile(target, temp)


def _create_temp(target: Path) -> tuple[int, Path]:
    while True:
        name = f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}{TEMP_SUFFIX}"
        temp = target.with_name(name)
        try:
            return create_private(temp), temp
        except FileExistsError:  # another writer's name: draw again
            continue


def _remove_temp(temp: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{temp}{suffix}")


def remove_stray_temp_files(folder: Path) -> None:
    """Remove temp files (and their SQLite companions) of writes whose process is gone."""
    if not POSIX:  # os.kill(pid, 0) would end the process on Windows
        return
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        match = _TEMP.match(name)
        if match is None or _running(int(match.group(1))):
            continue
        path = folder / name
        with contextlib.suppress(OSError):
            info = os.lstat(path)
            if stat.S_ISREG(info.st_mode) and info.st_uid == os.getuid():
                os.unlink(path)


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True  # another user's process, or not a pid at all: leave it
    return True


def fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open folders.
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
