"""The export writes, byte for byte, what it wrote before it was streamed (export_cases.py)."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from bibagreements.services import exporting
from tests.interchange.export_cases import CASES, export_case, fixture


@pytest.mark.parametrize("batch", [exporting.BATCH, 7, 1])
@pytest.mark.parametrize("name", sorted(CASES))
def test_export_is_byte_identical_to_the_fixture(
    name: str, batch: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The register holds 200 agreements: smaller batches cross their edges too.
    monkeypatch.setattr(exporting, "BATCH", batch)
    written, expected = export_case(name, tmp_path), fixture(name)
    if written != expected:
        diff = difflib.unified_diff(
            expected.splitlines(), written.splitlines(), "fixture", "export", n=2, lineterm=""
        )
        pytest.fail(f"{name} differs:\n" + "\n".join(list(diff)[:40]))
