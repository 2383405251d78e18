"""File names for documents: safe on every system, with title, version and variant."""

from __future__ import annotations

import pytest

from bibagreements.gui.filenames import MAX_STEM, document_file_name, safe_file_name

WINDOWS_FORBIDDEN = set('<>:"/\\|?*')


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Överenskommelse om samarbete", "Överenskommelse om samarbete.pdf"),
        ('Avtal: "KUN 2019/470" <utkast>?', "Avtal - KUN 2019-470 utkast.pdf"),
        ("  tabs\tand\nnewlines  ", "tabs and newlines.pdf"),
        ("slutar med punkt...", "slutar med punkt.pdf"),
        ("CON", "_CON.pdf"),
        ("lpt1.txt", "_lpt1.txt.pdf"),
        ("???", "document.pdf"),
        ("", "document.pdf"),
    ],
)
def test_safe_file_name(title: str, expected: str) -> None:
    assert safe_file_name(title, "pdf") == expected


def test_file_name_has_title_and_version_and_stays_short() -> None:
    name = document_file_name("Överenskommelse om samarbete", 3, "docx")
    assert name == "Överenskommelse om samarbete v3.docx"
    long = document_file_name("Samverkansavtal " * 30, 12, "pdf", "protokoll 2020-05-08")
    assert long.endswith(" protokoll 2020-05-08 v12.pdf")
    assert len(long) <= MAX_STEM + 4
    assert not WINDOWS_FORBIDDEN & set(long)
    decomposed = "O\u0308verenskommelse"  # as macOS spells file names
    assert safe_file_name(decomposed, "pdf") == "Överenskommelse.pdf"


def test_variants_have_their_own_file_names() -> None:
    from bibagreements.gui.filenames import MAX_STEM, document_file_name

    plain = document_file_name("Avtal", 1, "pdf")
    archive = document_file_name("Avtal", 1, "pdf", variant="arkiv")
    signing = document_file_name("Avtal", 1, "pdf", variant="e-underskrift")
    assert (plain, archive, signing) == (
        "Avtal v1.pdf",
        "Avtal v1 arkiv.pdf",
        "Avtal v1 e-underskrift.pdf",
    )
    long = document_file_name("Samverkansavtal " * 30, 12, "pdf", "protokoll 2020-05-08", "arkiv")
    assert long.endswith(" protokoll 2020-05-08 v12 arkiv.pdf") and len(long) <= MAX_STEM + 4
