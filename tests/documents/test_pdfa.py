"""PDF/A-2b conversion for archiving."""

from __future__ import annotations

import io

import pypdf
import pytest

from bibagreements.documents.model import Document, Paragraph
from bibagreements.documents.pdf_writer import render_pdf
from bibagreements.documents.pdfa import check_pdfa, convert_to_pdfa
from tests.documents.documents_helpers import (
    TITLE,
    build_agreement,
    catalog,
    comparable,
    font_problems,
    pdf_page_texts,
)


@pytest.fixture(scope="module")
def archived() -> bytes:
    return convert_to_pdfa(render_pdf(build_agreement(parties=6)))


def test_plain_reportlab_output_is_not_pdfa() -> None:
    ok, messages = check_pdfa(render_pdf(build_agreement()))
    assert not ok
    assert messages


def test_conversion_passes_the_check(archived: bytes) -> None:
    ok, messages = check_pdfa(archived)
    assert ok, messages
    assert messages == []


def test_text_metadata_and_fonts_survive(archived: bytes) -> None:
    reader = pypdf.PdfReader(io.BytesIO(archived))
    assert reader.metadata is not None and reader.metadata.title == TITLE
    assert catalog(reader)["/Lang"] == "sv-SE"
    text = comparable("".join(pdf_page_texts(archived)))
    assert comparable("Överenskommelse om samarbete mellan Region Skånes") in text
    assert comparable("Avstämning sker halvårsvis") in text
    assert font_problems(archived) == []
    assert all("/Trans" not in page for page in reader.pages)


def test_unusual_text_converts() -> None:
    document = Document(
        "Ωμέγα Кириллица مرحبا 😀 中文",
        "x",
        "en",
        "1",
        (Paragraph("AT&T <b> ]]> مرحبا بالعالم 😀 👍🏽 中文"),),
        draft=True,
    )
    ok, messages = check_pdfa(convert_to_pdfa(render_pdf(document)))
    assert ok, messages


class _Unclosed:
    """Garbage that warns when it is collected, as an unclosed database connection does."""

    def __init__(self) -> None:
        self.cycle = self  # freed only by the cyclic collector

    def __del__(self) -> None:
        import warnings

        warnings.warn("a connection was deleted while still open", ResourceWarning, stacklevel=1)


def test_a_warning_from_unrelated_garbage_does_not_fail_the_conversion(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # pikepdf counts any warning raised while it checks a content stream as the
    # content's fault. Here garbage that warns when collected (as an unclosed
    # database connection does) is left, and enough is allocated for the
    # collector to run, inside that check.
    import pikepdf.pdfa._content as content

    made = content.content_checker

    class Littering:
        def __init__(self, checker: object) -> None:
            self.checker = checker

        def check(self, stream: object) -> object:
            _Unclosed()
            _ = [[] for _ in range(5_000)]  # the collector would run now
            return self.checker.check(stream)  # type: ignore[attr-defined]

    monkeypatch.setattr(content, "content_checker", lambda limits: Littering(made(limits)))
    archived = convert_to_pdfa(render_pdf(build_agreement(parties=6)))
    assert check_pdfa(archived)[0]
