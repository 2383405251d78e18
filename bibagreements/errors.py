"""Typed errors: each carries a stable code and its parameters, never a traceback.

``BibError("no_agreement", id=5)``: the code is a key of the catalogue in
bibagreements/domain/messages.py, and ``str(error)`` is its English sentence,
which the command line prints on one line. The GUI maps the class to a
dialog's title and the code to a translated text. Anything that is not a
BibError is a bug.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibagreements.domain.messages import check_params, english
from bibagreements.domain.problems import Param, Params, Problem


class BibError(Exception):
    """Base of every error the user can cause and understand."""

    code: str
    params: Params

    def __init__(self, code: str, /, **params: Param) -> None:
        check_params(code, set(params))
        self._describe(code, tuple(sorted(params.items())), english(code, params))

    def _describe(self, code: str, params: Params, text: str) -> None:
        self.code = code
        self.params = params
        Exception.__init__(self, text)


class NotFoundError(BibError):
    """An ID that names nothing in the database."""


class ValidationError(BibError):
    """Input that breaks a rule of the domain; lists every problem found.

    The problems carry the codes (this error's own code is ``"problems"``).
    """

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        self._describe("problems", (), "; ".join(map(str, self.problems)))


class ConflictError(BibError):
    """Someone else saved a newer version, or the operation is not allowed now."""


class DatabaseError(BibError):
    """The database cannot be opened or used."""


class DatabaseTooNewError(DatabaseError):
    """The database was written by a newer version of bibagreements."""


class MailError(BibError):
    """A message that could not be sent (the mail server, its login, the keyring)."""


class DocumentError(BibError):
    """A document that could not be produced (for example PDF/A conversion failed)."""


MAX_LISTED = 20  # problems in the one-line message; the rest are counted


class InterchangeError(BibError):
    """An interchange (JSON) file that cannot be read or imported.

    Either the file as a whole (``InterchangeError("not_utf8", path=…)``) or
    every problem found in it, each with its JSON path (``InterchangeError(problems)``).
    """

    def __init__(self, problems: Sequence[Problem] | str, /, **params: Param) -> None:
        if isinstance(problems, str):
            self.problems: tuple[Problem, ...] = ()
            super().__init__(problems, **params)
            return
        self.problems = tuple(problems)
        count = len(self.problems)
        text = english("problems_in_file", {"count": count})
        if self.problems:
            text += ": " + "; ".join(_line(p) for p in self.problems[:MAX_LISTED])
            if count > MAX_LISTED:
                text += f"; … and {count - MAX_LISTED} more"
        self._describe("problems_in_file", (("count", count),), text)


def _line(problem: Problem) -> str:
    # A problem of the file as a whole (its top level) is reported as "(file)".
    return str(problem) if problem.path else f"(file): {problem.message()}"
