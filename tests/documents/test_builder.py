"""The reference agreement, rendered through the service, carries every fact."""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import docx
import pikepdf
import pypdf
import pytest

from bibagreements.cli import main
from bibagreements.documents.builder import agreement_document, format_sek, short_title
from bibagreements.documents.model import Document, SignatureBlocks
from bibagreements.documents.pdf_writer import render_pdf
from bibagreements.documents.pdfa import check_pdfa
from bibagreements.domain.records import Agreement, Party
from bibagreements.errors import NotFoundError, ValidationError
from bibagreements.services.agreements import get_agreement, list_agreements
from bibagreements.services.demo import REFERENCE_TITLE, load_demo
from bibagreements.services.documents import (
    DocumentFormat,
    list_renderings,
    render_agreement,
    render_minutes,
)
from bibagreements.storage.database import Database, open_database

REFERENCE_FACTS = [
    REFERENCE_TITLE,
    "Region Skånes kulturförvaltning",
    "Biblioteken i Kristianstad",
    "232100-0255",
    "212000-0951",
    "KUN 2019/470",
    "KS 2019/0001",
    "2019-11-08 – 2020-12-31",
    "Digitalt först med användaren i fokus",
    "Regional kulturplan för Skåne 2016–2019",
    "Regional biblioteksplan Region Skåne 2017–2020",
    "Biblioteksplan för Kristianstads kommun 2019–2022",
    "antagen av kommunfullmäktige 12 mars 2019",
    "konvention om barnets rättigheter",
    "regionala arbetsgruppen",
    "bibliotekspersonal i hela Skåne",
    "sprids till andra kommuner",
    "mål, syfte, finansiering och genomförande",
    "Avstämning sker halvårsvis.",
    "2020-05-08",
    "2020-11-09",
    "Sara Lind",
    "maria.ek@example.org",
    "två likalydande exemplar",
    "För Biblioteken i Kristianstad",
    "För Region Skånes kulturförvaltning",
    "Malmö 2019-11-08",
    "Johan Berg",
    "Lars Holm",
    "Kulturdirektör",
]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).replace("\u00ad", "")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, int]]:
    db = open_database(str(tmp_path_factory.mktemp("docs") / "demo.sqlite3"))
    with db.unit_of_work() as uow:
        load_demo(uow)
        ref = next(s.id for s in list_agreements(uow) if s.title == REFERENCE_TITLE)
    yield db, ref
    db.close()


def _pdf_text(path: Path) -> tuple[str, list[str]]:
    reader = pypdf.PdfReader(path)
    pages = [_flat(page.extract_text()) for page in reader.pages]
    return " ".join(pages), pages


def test_pdf_has_every_fact(demo_db: tuple[Database, int], tmp_path: Path) -> None:
    db, ref = demo_db
    with db.unit_of_work() as uow:
        rendering = render_agreement(uow, ref, DocumentFormat.PDF, tmp_path / "ref.pdf")
    text, pages = _pdf_text(tmp_path / "ref.pdf")
    missing = [fact for fact in REFERENCE_FACTS if _flat(fact) not in text]
    assert missing == []
    assert f"Sida 1 av {len(pages)}" in pages[0]
    assert "UTKAST" not in text  # an active agreement carries no draft mark
    assert text.count("Ort och datum") == 2
    meta = pypdf.PdfReader(tmp_path / "ref.pdf").metadata
    assert meta is not None and meta.title == REFERENCE_TITLE
    data = (tmp_path / "ref.pdf").read_bytes()
    assert rendering.sha256 == hashlib.sha256(data).hexdigest()
    assert rendering.size == len(data) and rendering.format == "pdf"


def test_docx_has_every_fact(demo_db: tuple[Database, int], tmp_path: Path) -> None:
    db, ref = demo_db
    with db.unit_of_work() as uow:
        render_agreement(uow, ref, DocumentFormat.DOCX, tmp_path / "ref.docx")
    document = docx.Document(str(tmp_path / "ref.docx"))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            texts += [cell.text for cell in row.cells]
    text = _flat(" ".join(texts))
    assert [fact for fact in REFERENCE_FACTS if _flat(fact) not in text] == []
    assert document.core_properties.title == REFERENCE_TITLE


def test_english_rendering_uses_english_phrases(
    demo_db: tuple[Database, int], tmp_path: Path
) -> None:
    db, ref = demo_db
    with db.unit_of_work() as uow:
        rendering = render_agreement(
            uow, ref, DocumentFormat.PDF, tmp_path / "en.pdf", language="en"
        )
    text, _ = _pdf_text(tmp_path / "en.pdf")
    assert "The parties check in half-yearly." in text
    assert "two identical copies" in text and "Page 1 of" in text
    assert rendering.language == "en"


def test_draft_is_marked_and_history_is_recorded(
    demo_db: tuple[Database, int], tmp_path: Path
) -> None:
    db, _ = demo_db
    with db.unit_of_work() as uow:
        project = next(s.id for s in list_agreements(uow) if s.kind.value == "project")
        render_agreement(uow, project, DocumentFormat.PDF, tmp_path / "p.pdf")
        render_agreement(uow, project, DocumentFormat.DOCX, tmp_path / "p.docx")
        history = list_renderings(uow, project)
    _text, pages = _pdf_text(tmp_path / "p.pdf")
    assert all("UTKAST" in page for page in pages)
    text = " ".join(pages)
    assert "440 000 kr" in text and "Kungliga biblioteket" in text
    assert "Samverkansavtal om gemensamt bibliotekssystem i Västmanlands län" in text
    assert [r.format for r in history] == ["docx", "pdf"]


def test_archive_pdf_passes_pdfa_2b_and_embeds_fonts(
    demo_db: tuple[Database, int], tmp_path: Path
) -> None:
    db, ref = demo_db
    with db.unit_of_work() as uow:
        render_agreement(uow, ref, DocumentFormat.PDF, tmp_path / "a.pdf", archive=True)
    data = (tmp_path / "a.pdf").read_bytes()
    ok, messages = check_pdfa(data)
    assert ok, messages
    with pikepdf.open(tmp_path / "a.pdf") as pdf:
        for page in pdf.pages:
            for font in page.Resources.Font.values():
                descendant = font.DescendantFonts[0] if "/DescendantFonts" in font else font
                descriptor = descendant.FontDescriptor
                assert any(k in descriptor for k in ("/FontFile2", "/FontFile3", "/FontFile"))
    text, _ = _pdf_text(tmp_path / "a.pdf")
    assert "Region Skånes kulturförvaltning" in text


def test_many_parties_keep_each_signature_block_on_one_page(
    demo_db: tuple[Database, int],
) -> None:
    db, _ = demo_db
    with db.unit_of_work() as uow:
        framework = next(s.id for s in list_agreements(uow) if s.kind.value == "framework")
        agreement = get_agreement(uow, framework)
    document = agreement_document(agreement)
    reader = pypdf.PdfReader(io.BytesIO(render_pdf(document)))
    pages = [_flat(p.extract_text()) for p in reader.pages]
    for party in agreement.parties:
        holding = [i for i, page in enumerate(pages) if f"För {party.name}" in page]
        assert len(holding) == 1, party.name
    assert "elva likalydande exemplar" in " ".join(pages)


def test_minutes_and_errors(demo_db: tuple[Database, int], tmp_path: Path) -> None:
    db, _ = demo_db
    with db.unit_of_work() as uow:
        framework = next(s.id for s in list_agreements(uow) if s.kind.value == "framework")
        agreement = get_agreement(uow, framework)
        held = next(c for c in agreement.checkins if c.status.value == "held")
        render_minutes(uow, framework, held.due, DocumentFormat.DOCX, tmp_path / "m.docx")
        with pytest.raises(NotFoundError, match="no check-in due 1999-01-01"):
            render_minutes(
                uow,
                framework,
                held.due.replace(year=1999, month=1, day=1),
                DocumentFormat.PDF,
                tmp_path / "x.pdf",
            )
        with pytest.raises(ValidationError, match=r"should end in \.pdf"):
            render_agreement(uow, framework, DocumentFormat.PDF, tmp_path / "x.docx")
        with pytest.raises(ValidationError, match="cannot carry empty signature fields"):
            render_agreement(
                uow,
                framework,
                DocumentFormat.PDF,
                tmp_path / "x.pdf",
                archive=True,
                sign_fields=True,
            )
    text = " ".join(p.text for p in docx.Document(str(tmp_path / "m.docx")).paragraphs)
    assert "Dagordning" in text and "Nästa avstämning" in text
    assert not list(tmp_path.glob("x.*")) and not list(tmp_path.glob(".*.tmp"))


def test_cli_render(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "cli.sqlite3")
    assert main(["--db", db, "demo"]) == 0
    out = tmp_path / "ref.pdf"
    assert main(["--db", db, "render", "1", "--format", "pdf", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    code = main(["--db", db, "render", "1", "--format", "docx", "--archive", "-o", str(out)])
    assert code == 1
    assert capsys.readouterr().err.count("\n") == 1
    assert main(["--db", db, "render", "77", "--format", "pdf", "-o", str(out)]) == 1
    assert "no agreement with ID 77" in capsys.readouterr().err


def test_text_helpers() -> None:
    from decimal import Decimal

    assert format_sek(Decimal("440000"), "sv") == "440\u00a0000\u00a0kr"
    assert format_sek(Decimal("1234.5"), "en") == "SEK\u00a01,234.50"
    assert short_title("kort") == "kort"
    cut = short_title("ord " * 40)
    assert cut.endswith("…") and len(cut) <= 60


def test_user_text_is_literal_in_the_builder() -> None:
    hostile = "<b>AT&T</b> ]]> {n} {party}"
    agreement = Agreement(
        hostile,
        purpose=hostile,
        parties=(Party(1, organisation=None), Party(2, organisation=None)),
    )
    document: Document = agreement_document(replace(agreement))
    assert document.title == hostile
    assert any(getattr(b, "text", None) == hostile for b in document.blocks)
    assert isinstance(document.blocks[-1], SignatureBlocks)


def test_the_footer_says_the_short_title_when_there_is_one(
    demo_db: tuple[Database, int],
) -> None:
    db, reference = demo_db
    with db.unit_of_work() as uow:
        a = get_agreement(uow, reference)
    assert agreement_document(a).short_title == "Kristianstad 2019"
    untitled = agreement_document(replace(a, short_title=""))
    assert untitled.short_title == short_title(REFERENCE_TITLE)
