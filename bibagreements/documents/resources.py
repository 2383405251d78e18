"""Locate bundled resource files (fonts, phrases).

The resources live in the repository's top-level ``resources/`` folder; an
installed build must ship that folder next to the package (two levels above
this module), so one lookup serves both a checkout and an installation.
"""

from __future__ import annotations

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """Return the path of a bundled resource, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``.

    Raises FileNotFoundError if it does not exist, so a broken installation
    fails loudly instead of silently falling back to another font.
    """
    path = RESOURCES_DIR.joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"bundled resource missing: {path}")
    return path
