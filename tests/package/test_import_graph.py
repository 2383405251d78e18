"""No import cycle anywhere in bibagreements/, read from the source with ast.

Every import counts, at module level and inside functions, absolute and
relative; only those under ``if TYPE_CHECKING:`` are left out, since they never
run. An edge goes to the module an import names: ``from package import name``
to ``package.name`` when that is a module, else to ``package``. Imports of a
name given as a string (importlib) are not seen.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping, Set
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "bibagreements"

Graph = Mapping[str, Set[str]]


def module_names(package: Path) -> dict[str, Path]:
    """Every module of ``package`` by dotted name (a package by its own name)."""
    found = {}
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(package.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """The import statements that can run: all but the body of ``if TYPE_CHECKING:``."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.If) and _is_type_checking(node.test):
            for other in node.orelse:
                yield from _imports(ast.Module(body=[other], type_ignores=[]))
        else:
            yield from _imports(node)


def imported_modules(name: str, source: str, is_package: bool, known: Set[str]) -> set[str]:
    """The modules of ``known`` that module ``name`` imports."""
    here = name if is_package else name.rpartition(".")[0]
    targets: set[str] = set()
    for node in _imports(ast.parse(source)):
        if isinstance(node, ast.Import):
            candidates = [alias.name for alias in node.names]
        else:
            base = node.module or ""
            if node.level:
                anchor = here.split(".")[: len(here.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            candidates = [
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base
                for alias in node.names
            ]
        for candidate in candidates:
            # ``import a.b.c`` names a.b.c; the longest prefix that is one of ours.
            parts = candidate.split(".")
            while parts and ".".join(parts) not in known:
                parts.pop()
            if parts:
                targets.add(".".join(parts))
    targets.discard(name)
    return targets


def import_graph(package: Path) -> dict[str, set[str]]:
    modules = module_names(package)
    return {
        name: imported_modules(
            name, path.read_text(encoding="utf-8"), path.name == "__init__.py", modules.keys()
        )
        for name, path in modules.items()
    }


def find_cycles(graph: Graph) -> list[list[str]]:
    """One cycle (as a path that ends where it starts) per strongly connected component."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[set[str]] = []

    def visit(node: str) -> None:  # Tarjan; the package is small, recursion is fine
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1 or node in graph.get(node, ()):
                components.append(component)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(_cycle_in(component, graph) for component in components)


def _cycle_in(component: set[str], graph: Graph) -> list[str]:
    """A shortest way from the component's first module back to itself."""
    start = min(component)
    paths = {start: [start]}
    todo = [start]
    while todo:
        node = todo.pop(0)
        for nxt in sorted(graph.get(node, ())):
            if nxt == start:
                return [*paths[node], start]
            if nxt in component and nxt not in paths:
                paths[nxt] = [*paths[node], nxt]
                todo.append(nxt)
    raise AssertionError(f"no cycle through {start}")  # pragma: no cover


def test_the_package_has_no_import_cycle() -> None:
    graph = import_graph(PACKAGE)
    assert len(graph) > 50 and sum(map(len, graph.values())) > 100  # it really read the package
    assert "bibagreements.cli.app" in graph["bibagreements.cli"]  # imports inside functions count
    cycles = [" -> ".join(cycle) for cycle in find_cycles(graph)]
    assert cycles == [], "import cycles:\n" + "\n".join(cycles)


def test_a_cycle_is_found_and_printed() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set(), "e": {"e"}}
    assert find_cycles(graph) == [["a", "b", "c", "a"], ["e", "e"]]
    assert find_cycles({"a": {"b"}, "b": {"c"}, "c": set()}) == []


def test_every_kind_of_import_makes_an_edge() -> None:
    known = {"p", "p.a", "p.b", "p.sub", "p.sub.c", "p.sub.d", "p.e", "p.f", "p.hidden"}
    source = (
        "from typing import TYPE_CHECKING\n"
        "import p.a\n"
        "from p import b, VALUE\n"
        "from . import sub\n"
        "from .d import thing\n"
        "from .. import e as other\n"
        "def later():\n"
        "    from p.f import g\n"
        "if TYPE_CHECKING:\n"
        "    from p.hidden import never\n"
        "else:\n"
        "    import os.path\n"
    )
    found = imported_modules("p.sub.c", source, False, known)
    assert found == {"p.a", "p.b", "p", "p.sub", "p.sub.d", "p.e", "p.f"}
    # In a package's __init__ a single dot is the package itself.
    assert imported_modules("p.sub", "from . import c\nfrom .d import x\n", True, known) == {
        "p.sub.c",
        "p.sub.d",
    }
