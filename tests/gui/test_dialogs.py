"""The dialogs module's mnemonic helpers."""

from __future__ import annotations

import pytest

from bibagreements.gui.dialogs import with_mnemonic


@pytest.mark.parametrize(
    ("text", "taken", "expected"),
    [
        ("&Restore", {"C"}, "&Restore"),  # its own letter is free: kept
        ("Delete", {"C"}, "&Delete"),  # none yet: the first free letter
        ("Cancel check-in", {"C"}, "C&ancel check-in"),
        ("&Cancel check-in", {"C"}, "C&ancel check-in"),  # taken: moved
        ("Ställ in avstämning", {"A", "S"}, "S&täll in avstämning"),
        ("Save && close", {"S"}, "S&ave && close"),  # a literal & stays literal
        ("...", {"C"}, "..."),
    ],
)
def test_with_mnemonic(text: str, taken: set[str], expected: str) -> None:
    assert with_mnemonic(text, taken) == expected
