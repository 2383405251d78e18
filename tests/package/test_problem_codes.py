"""Every problem and error code the program can report is in the English catalogue.

The source is read with ``ast``: each ``Problem("code", …)`` and each error
constructor ``NotFoundError("code", …)`` names a code of
bibagreements/domain/messages.py with exactly the parameters its sentence
needs, and the catalogue has no code nobody raises. English text instead of a
code is allowed nowhere; codes of the command line's own arguments only in
bibagreements/cli/.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

from bibagreements import errors
from bibagreements.domain.messages import COMMAND_LINE_ONLY, ENGLISH, placeholders

PACKAGE = Path(__file__).resolve().parents[2] / "bibagreements"

# Where codes are defined and passed on, not chosen: they build problems from variables.
DEFINITIONS = {
    PACKAGE / "errors.py",
    PACKAGE / "domain" / "problems.py",
    PACKAGE / "services" / "rows.py",
}
# row_or_not_found(uow, Model, id, "code", …) raises NotFoundError("code", id=id, …).
ROW_HELPER, ROW_HELPER_CODE, ROW_HELPER_OPTIONS = "row_or_not_found", 3, {"within_agreement"}
# Codes raised by the classes themselves rather than at a raise site.
BUILT_IN = {"problems_in_file"}


def _error_classes() -> set[str]:
    found, todo = set(), [errors.BibError]
    while todo:
        cls = todo.pop()
        found.add(cls.__name__)
        todo += cls.__subclasses__()
    return found


def _is_cli(path: Path) -> bool:
    parts = path.relative_to(PACKAGE).parts
    return parts[0] == "cli"


@dataclass(frozen=True)
class Use:
    code: str
    keywords: frozenset[str] | None  # None: passed on with **params
    where: str


def _scan() -> tuple[list[Use], list[str], list[str]]:
    """(codes used, errors raised with English text, problems whose code is not a code)."""
    classes = _error_classes()
    uses: list[Use] = []
    texts: list[str] = []
    unknown: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path in DEFINITIONS or "generated" in path.parts or "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name != "Problem" and name != ROW_HELPER and name not in classes:
                continue
            where = f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
            keywords = frozenset(k.arg for k in node.keywords if k.arg is not None)
            spread = any(k.arg is None for k in node.keywords)
            if name == ROW_HELPER:
                code_node = node.args[ROW_HELPER_CODE] if len(node.args) > ROW_HELPER_CODE else None
                if isinstance(code_node, ast.Constant) and code_node.value in ENGLISH:
                    given = (keywords - ROW_HELPER_OPTIONS) | {"id"}
                    uses.append(Use(code_node.value, None if spread else given, where))
                else:
                    texts.append(where)
                continue
            first = node.args[0] if node.args else None
            if name == "ValidationError":
                items = first.elts if isinstance(first, ast.List) else []
                texts += [where for item in items if isinstance(item, ast.Constant | ast.JoinedStr)]
                continue
            code = first.value if isinstance(first, ast.Constant) else None
            if isinstance(code, str) and code in ENGLISH:
                uses.append(Use(code, None if spread else keywords, where))
            elif name == "Problem":
                unknown.append(where)  # a Problem's code is never text
            elif name == "InterchangeError" and isinstance(first, ast.Name):
                continue  # the problems found in a file
            else:
                texts.append(where)  # English text (or a code chosen at run time)
    return uses, texts, unknown


def test_every_code_raised_is_in_the_catalogue_with_its_parameters() -> None:
    uses, _texts, unknown = _scan()
    assert len(uses) > 100  # the scan really found the raise sites
    assert unknown == [], "give Problem(…) a literal code from domain/messages.py"
    wrong = [
        f"{u.where}: {u.code} takes {sorted(placeholders(u.code))}, given {sorted(u.keywords)}"
        for u in uses
        if u.keywords is not None and u.keywords != placeholders(u.code)
    ]
    assert wrong == []


def test_the_catalogue_has_no_code_nobody_raises() -> None:
    uses, _texts, _unknown = _scan()
    unused = set(ENGLISH) - {u.code for u in uses} - BUILT_IN
    assert unused == set()


def test_no_error_is_raised_with_english_text_instead_of_a_code() -> None:
    _uses, texts, _unknown = _scan()
    assert texts == [], "report a code of domain/messages.py, not English text"


def test_the_command_line_codes_are_raised_only_by_the_command_line() -> None:
    uses, _texts, _unknown = _scan()
    assert COMMAND_LINE_ONLY and {u.code for u in uses} >= COMMAND_LINE_ONLY
    elsewhere = [
        u.where
        for u in uses
        if u.code in COMMAND_LINE_ONLY and not _is_cli(PACKAGE.parent / u.where.split(":")[0])
    ]
    assert elsewhere == []
    assert str(errors.NotFoundError("cli_no_area_named", area="x", areas="none")) == (
        "no area 'x'; the areas are: none"
    )
