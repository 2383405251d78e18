"""A problem as a value: where (a field path), what (a stable code) and with what.

The domain and the services report what is wrong as ``Problem`` values, never
as sentences: ``Problem("party_twice", "parties", 1, name="Region Skåne")``.
The words come at the edge: ``str()`` and ``message()`` give the English of
bibagreements/domain/messages.py (the command line, the importer's report);
the window translates the code and finds the field from the path.
"""

from __future__ import annotations

from dataclasses import dataclass

from bibagreements.domain.messages import check_params, english

Param = str | int
Params = tuple[tuple[str, Param], ...]
PathPart = str | int


@dataclass(frozen=True, init=False)
class Problem:
    code: str  # a key of messages.ENGLISH: "empty", "end_before_start", "party_twice" …
    path: tuple[PathPart, ...]  # ("parties", 1, "contact_person"); () is the whole record
    params: Params  # sorted by name, so equal problems compare equal

    def __init__(self, code: str, /, *path: PathPart, **params: Param) -> None:
        check_params(code, set(params))  # a typo or a missing parameter fails here, loudly
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "params", tuple(sorted(params.items())))

    @property
    def field(self) -> str:
        """The top-level field ("parties"), or "" for the record as a whole."""
        return next((part for part in self.path if isinstance(part, str)), "")

    @property
    def index(self) -> int | None:
        """The row of the top-level field (1 in ``parties[1].signatory``), if any."""
        if len(self.path) > 1 and isinstance(self.path[0], str) and isinstance(self.path[1], int):
            return self.path[1]
        return None

    def message(self) -> str:
        """The English sentence, without the path."""
        return english(self.code, dict(self.params))

    def path_text(self) -> str:
        """``parties[1].contact_person``; "" for the record as a whole."""
        text = ""
        for part in self.path:
            text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
        return text

    def within(self, *prefix: PathPart) -> Problem:
        """The same problem one level down: the importer's JSON paths."""
        return Problem(self.code, *prefix, *self.path, **dict(self.params))

    def at(self, *path: PathPart) -> Problem:
        """The same problem found elsewhere: a check's finding placed in a file."""
        return Problem(self.code, *path, **dict(self.params))

    def __str__(self) -> str:
        where = self.path_text()
        return f"{where}: {self.message()}" if where else self.message()
