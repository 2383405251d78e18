"""The third-party notices shipped with the program: ``.venv/bin/python installer/notices.py``.

Writes resources/THIRD-PARTY-NOTICES.txt from the installed distributions'
metadata: every distribution the program needs at run time (the closure of
its requirements, the postgresql extra included), each with its licence
expression or classifiers and the text of every licence file it ships; then
Qt for Python (LGPL-3.0), Python itself (PSF) and the bundled fonts. The file
is committed; tests/package/test_licences.py fails when it is out of step or
a distribution has no licence entry. Run it after changing a dependency.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from importlib.metadata import Distribution, PackageNotFoundError, distribution
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
NOTICES = ROOT / "resources" / "THIRD-PARTY-NOTICES.txt"
EXTRAS = ("postgresql",)  # the optional extras the installers and the bundle carry
_LICENCE_FILE = re.compile(r"(licen[cs]e|copying|notice|authors)", re.IGNORECASE)
_RULE = "=" * 78


def runtime_distributions(root: str = "bibagreements") -> list[Distribution]:
    """``root`` and everything it needs at run time, each once, by name."""
    seen: dict[str, Distribution] = {}
    pending = [(root, EXTRAS)]
    while pending:
        name, extras = pending.pop()
        key = canonicalize_name(name)
        if key in seen:
            continue
        try:
            dist = distribution(name)
        except PackageNotFoundError:
            continue  # a requirement for another platform
        seen[key] = dist
        for text in dist.requires or []:
            requirement = Requirement(text)
            wanted = ["", *extras]
            if requirement.marker is not None and not any(
                requirement.marker.evaluate({**default_environment(), "extra": e}) for e in wanted
            ):
                continue
            pending.append((requirement.name, tuple(requirement.extras)))
    return sorted(
        (d for k, d in seen.items() if k != canonicalize_name(root)),
        key=lambda d: canonicalize_name(d.metadata["Name"]),
    )


def licence_of(dist: Distribution) -> str:
    """The licence as the distribution declares it: an SPDX expression, else its words."""
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return str(expression)
    classifiers = [
        c.removeprefix("License :: ").removeprefix("OSI Approved :: ")
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    words = (meta.get("License") or "").strip()
    if words and len(words) < 200:
        return words
    return "; ".join(classifiers)


def licence_files(dist: Distribution) -> list[tuple[str, str]]:
    """(path, text) of each licence file the distribution carries in its metadata."""
    found = []
    for file in dist.files or []:
        path = str(file)
        in_metadata = ".dist-info/" in path
        if in_metadata and _LICENCE_FILE.search(Path(path).name):
            located = Path(str(dist.locate_file(file)))
            if located.is_file():
                found.append((path, located.read_text(encoding="utf-8", errors="replace")))
    return found


def _python_licence() -> str:
    version = f"python{sys.version_info[0]}.{sys.version_info[1]}"
    for folder in (Path(sys.base_prefix) / "lib" / version, Path(sys.base_prefix)):
        for name in ("LICENSE.txt", "LICENSE"):
            if (folder / name).is_file():
                return (folder / name).read_text(encoding="utf-8", errors="replace")
    return "Python Software Foundation License Version 2: https://docs.python.org/3/license.html\n"


def _sections() -> Iterator[str]:
    yield (
        "bibagreements is free software under the GNU General Public License, version 3 or\n"
        "later (COPYING). It uses and, in its installers and bundle, ships the software\n"
        "below, each under its own licence. The source of bibagreements is available from\n"
        "whoever gave you the program, and the written offer in README.md (Licences) applies.\n"
    )
    for dist in runtime_distributions():
        name, version = dist.metadata["Name"], dist.version
        lines = [_RULE, f"{name} {version}", f"Licence: {licence_of(dist) or '(not declared)'}"]
        if home := dist.metadata.get("Home-page") or next(
            (u.split(",", 1)[1].strip() for u in dist.metadata.get_all("Project-URL") or []), ""
        ):
            lines.append(f"Home: {home}")
        yield "\n".join(lines) + "\n"
        for path, text in licence_files(dist):
            yield f"--- {path}\n{text.rstrip()}\n"
    yield (
        f"{_RULE}\nQt 6 (through PySide6 and shiboken6)\nLicence: LGPL-3.0-only\n"
        "Qt is linked dynamically; you may replace its libraries with your own build.\n"
        "Source: https://code.qt.io/ and https://download.qt.io/official_releases/qt/\n"
    )
    yield f"{_RULE}\nPython {sys.version.split()[0]}\nLicence: PSF-2.0\n--- LICENSE\n"
    yield _python_licence().rstrip() + "\n"
    for licence in sorted((ROOT / "resources" / "fonts").glob("LICENSE-*.txt")):
        yield f"{_RULE}\nFont: {licence.stem.removeprefix('LICENSE-')}\n--- {licence.name}\n"
        yield licence.read_text(encoding="utf-8", errors="replace").rstrip() + "\n"


def notices_text() -> str:
    return "\n".join(_sections())


def main() -> int:
    NOTICES.write_text(notices_text(), encoding="utf-8")
    print(f"wrote {NOTICES} ({len(runtime_distributions())} distributions)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
