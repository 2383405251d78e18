import pytest

from bibagreements.documents.model import (
    Document,
    Heading,
    Paragraph,
    SignatureBlock,
    SignatureBlocks,
    Table,
    clean_text,
    document_texts,
)
from bibagreements.paths import resource_path


def test_table_validation_and_widths() -> None:
    assert Table(("a", "b"), (("1", "2"),), (3, 1)).widths() == (0.75, 0.25)
    assert Table(("a", "b"), ()).widths() == (0.5, 0.5)
    with pytest.raises(ValueError):
        Table(("a", "b"), (("1",),))
    with pytest.raises(ValueError):
        Table(("a",), (), (1, 2))
    with pytest.raises(ValueError):
        Table((), ())


def test_language_handling() -> None:
    doc = Document("T", "T", "sv", "1", ())
    assert doc.language_tag == "sv-SE"
    assert Document("T", "T", "en-US", "1", ()).primary_language == "en"
    with pytest.raises(ValueError):
        Document("T", "T", "de-DE", "1", ())
    with pytest.raises(ValueError):
        Heading("x", level=4)


def test_document_texts_cover_every_block() -> None:
    doc = Document(
        "Titel",
        "Kort",
        "sv",
        "3",
        (
            Heading("H"),
            Paragraph("P"),
            Table(("A",), (("B",),)),
            SignatureBlocks((SignatureBlock("Part", "Ort", "Namn", "Titel2"),)),
        ),
    )
    assert document_texts(doc) == (
        "Titel",
        "Kort",
        "3",
        "H",
        "P",
        "A",
        "B",
        "Part",
        "Ort",
        "Namn",
        "Titel2",
    )
    assert doc.signature_blocks() == (SignatureBlock("Part", "Ort", "Namn", "Titel2"),)


def test_clean_text() -> None:
    assert clean_text("a\r\nb\rc\u2028d") == "a\nb\nc\nd"
    assert clean_text("x\x00\x07y\x7f\tz") == "xy\tz"
    assert clean_text("\ufffe\ud800") == "\ufffd\ufffd"
    assert clean_text("AT&T <b> ]]> 😀") == "AT&T <b> ]]> 😀"


def test_resources() -> None:
    assert resource_path("fonts", "DejaVuSans.ttf").stat().st_size > 100_000
    licence = resource_path("fonts", "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream Vera" in licence and "Arev" in licence
    with pytest.raises(FileNotFoundError):
        resource_path("fonts", "missing.ttf")
