"""The user's error log: where the command line and the window record unexpected errors."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from bibagreements import __version__


def log_file() -> Path | None:
    """errors.log in the user's log folder (created), or None when it cannot be made."""
    try:
        import platformdirs  # imported late: only needed when something goes wrong

        folder = Path(platformdirs.user_log_dir("bibagreements", appauthor=False))
        folder.mkdir(parents=True, exist_ok=True)
        return folder / "errors.log"
    except OSError:
        return None


def append_to_error_log(details: str) -> Path | None:
    """Append one dated entry; the log's path, or None when it cannot be written."""
    path = log_file()
    if path is None:
        return None
    try:
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {datetime.now().isoformat()} bibagreements {__version__}\n")
            handle.write(details if details.endswith("\n") else details + "\n")
    except OSError:
        return None
    return path
