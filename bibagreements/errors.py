"""Typed errors: each carries a message meant for people, never a traceback.

The command line prints ``str(error)`` on one line; the GUI maps the class to
a friendly dialog. Anything that is not a BibError is a bug.
"""

from __future__ import annotations

from collections.abc import Sequence


class BibError(Exception):
    """Base of every error the user can cause and understand."""


class NotFoundError(BibError):
    """An ID that names nothing in the database."""


class ValidationError(BibError):
    """Input that breaks a rule of the domain; lists every problem found."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems: tuple[str, ...] = tuple(problems)
        super().__init__("; ".join(self.problems))


class ConflictError(BibError):
    """Someone else saved a newer version, or the operation is not allowed now."""


class DatabaseError(BibError):
    """The database cannot be opened or used."""


class DatabaseTooNewError(DatabaseError):
    """The database was written by a newer version of bibagreements."""


class InterchangeError(BibError):
    """An interchange (JSON) file that cannot be read or imported."""

    def __init__(self, problems: Sequence[str], *, headline: str = "") -> None:
        self.problems: tuple[str, ...] = tuple(problems)
        text = headline or f"{len(self.problems)} problem(s) in the file"
        if self.problems:
            text += ": " + "; ".join(self.problems[:20])
            if len(self.problems) > 20:
                text += f"; … and {len(self.problems) - 20} more"
        super().__init__(text)
