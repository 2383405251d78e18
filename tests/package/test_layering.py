"""The core never imports Qt: only bibagreements/gui/ may."""

import ast
import subprocess
import sys
from pathlib import Path

from tests.package.test_import_graph import imported_modules, module_names

PACKAGE = Path(__file__).resolve().parents[2] / "bibagreements"


def _core_modules() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "gui" not in p.relative_to(PACKAGE).parts]


def test_no_core_module_imports_qt() -> None:
    offenders = []
    for path in _core_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [
                f"{path}: {n}" for n in names if n.split(".")[0] in {"PySide6", "shiboken6"}
            ]
    assert offenders == []
    assert len(_core_modules()) > 10  # the scan really looked at the package


def test_running_the_core_loads_no_qt(tmp_path: Path) -> None:
    modules = sorted(
        ".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts)
        for p in _core_modules()
        if p.name not in {"__main__.py"} and "migrations" not in p.parts
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "from bibagreements.cli import main\n"
        f"main(['--db', {str(tmp_path / 'x.sqlite3')!r}, 'demo'])\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


# The GUI and the command line reach the database only through services.
LAYERED = ("gui", "cli")
NOT_FOR_THE_EDGES = ("bibagreements.storage", "bibagreements.interchange")


def _run_time_imports(name: str, path: Path, known: set[str]) -> set[str]:
    source = path.read_text(encoding="utf-8")
    return imported_modules(name, source, path.name == "__init__.py", known)


def _below(module: str, packages: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in packages)


def layering_offences(modules: dict[str, Path]) -> list[str]:
    """``module: imported`` for each GUI or CLI module importing storage or interchange.

    Imports at module level and inside functions count; those under ``if
    TYPE_CHECKING:`` (never run) do not.
    """
    known = set(modules)
    edges = tuple(f"bibagreements.{part}" for part in LAYERED)
    return sorted(
        f"{name}: {target}"
        for name, path in modules.items()
        if _below(name, edges)
        for target in _run_time_imports(name, path, known)
        if _below(target, NOT_FOR_THE_EDGES)
    )


def test_gui_and_cli_import_neither_storage_nor_interchange() -> None:
    modules = module_names(PACKAGE)
    assert sum(name.startswith("bibagreements.gui.") for name in modules) > 20
    assert sum(name.startswith("bibagreements.cli.") for name in modules) > 4
    assert layering_offences(modules) == [], "go through bibagreements.services"


def test_the_layering_check_finds_imports_at_run_time_only(tmp_path: Path) -> None:
    package = tmp_path / "bibagreements"
    for folder in ("gui", "cli", "storage", "interchange", "services"):
        (package / folder).mkdir(parents=True)
        (package / folder / "__init__.py").write_text("")
    (package / "__init__.py").write_text("")
    (package / "storage" / "database.py").write_text("")
    (package / "interchange" / "ics.py").write_text("")
    (package / "services" / "database.py").write_text(
        "from bibagreements.storage import database\n"
    )
    (package / "gui" / "window.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "from bibagreements.services.database import Database\n"
        "if TYPE_CHECKING:\n"
        "    from bibagreements.storage.database import UnitOfWork\n"
        "def later():\n"
        "    from bibagreements.interchange.ics import build\n"
    )
    (package / "cli" / "app.py").write_text("import bibagreements.storage.database\n")
    assert layering_offences(module_names(package)) == [
        "bibagreements.cli.app: bibagreements.storage.database",
        "bibagreements.gui.window: bibagreements.interchange.ics",
    ]


# interchange/ turns records into bytes and back: no database, no services.
INTERCHANGE_MAY_IMPORT = (
    "bibagreements.domain",
    "bibagreements.errors",
    "bibagreements.paths",
    "bibagreements.json_text",  # how JSON is written for people, shared with --json
)


def _all_imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


def interchange_offences(paths: list[Path]) -> list[str]:
    """``file: imported`` for each import of interchange/ beyond the domain, errors, paths."""
    wrong = []
    for path in paths:
        for name in sorted(_all_imports(path)):
            top = name.split(".")[0]
            allowed = name == "bibagreements" or _below(
                name, ("bibagreements.interchange", *INTERCHANGE_MAY_IMPORT)
            )
            if top == "sqlalchemy" or (top == "bibagreements" and not allowed):
                wrong.append(f"{path.name}: {name}")
    return wrong


def test_interchange_imports_only_the_domain_errors_and_paths() -> None:
    modules = sorted((PACKAGE / "interchange").glob("*.py"))
    assert len(modules) >= 4
    assert interchange_offences(modules) == []


def test_the_interchange_check_finds_a_database_import(tmp_path: Path) -> None:
    module = tmp_path / "export.py"
    module.write_text(
        "import json\n"
        "from bibagreements.domain.records import Agreement\n"
        "from bibagreements.interchange import FORMAT_NAME\n"
        "from sqlalchemy import select\n"
        "def rows():\n"
        "    from bibagreements.services.agreements import get_agreement\n"
    )
    assert interchange_offences([module]) == [
        "export.py: bibagreements.services.agreements",
        "export.py: sqlalchemy",
    ]
