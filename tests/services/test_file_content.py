"""A scan is stored only when it opens as the PDF or image its first bytes claim."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from bibagreements.domain.limits import SCAN_PIXELS
from bibagreements.errors import ValidationError
from bibagreements.services.file_content import checked_media_type, media_type
from tests.builders import scan_pdf, scan_png


def _image(fmt: str, size: tuple[int, int] = (8, 8), mode: str = "L") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size).save(out, fmt)
    return out.getvalue()


def _refusal(data: bytes, name: str = "scan") -> str:
    with pytest.raises(ValidationError) as caught:
        checked_media_type(data, name)
    (problem,) = caught.value.problems
    assert problem.path == ("file",)
    return str(problem)


def test_media_types_from_the_first_bytes() -> None:
    assert media_type(scan_pdf()) == "application/pdf"
    assert media_type(scan_png()) == "image/png"
    assert media_type(b"\xff\xd8\xff\xe0") == "image/jpeg"
    assert media_type(b"PK\x03\x04 a docx") is None


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (scan_pdf(), "application/pdf"),
        (scan_png(), "image/png"),
        (_image("JPEG"), "image/jpeg"),
        (_image("TIFF"), "image/tiff"),
    ],
)
def test_real_scans_are_accepted(data: bytes, kind: str) -> None:
    assert checked_media_type(data, "scan") == kind


def test_a_png_signature_followed_by_html_is_refused() -> None:
    data = b"\x89PNG\r\n\x1a\n<html><script>alert(1)</script></html>"
    assert _refusal(data, "page.png") == (
        "file: page.png is not a PNG, JPEG or TIFF image that can be opened"
    )


def test_a_png_cut_short_is_refused() -> None:
    data = scan_png()
    assert "page.png is not a PNG" in _refusal(data[: len(data) - 20], "page.png")


def test_a_truncated_pdf_is_refused() -> None:
    data = scan_pdf()
    for cut in (len(data) // 2, len(data) - 30):
        assert _refusal(data[:cut], "scan.pdf") == "file: scan.pdf is not a PDF that can be opened"


def test_a_pdf_signature_alone_is_refused() -> None:
    assert "is not a PDF" in _refusal(b"%PDF-1.7\n% scanned signature page\n%%EOF\n")


def test_an_image_with_too_many_pixels_is_refused_before_decoding() -> None:
    side = int(SCAN_PIXELS**0.5) + 10
    data = _image("PNG", (side, side), mode="1")
    assert _refusal(data, "huge.png") == f"file: huge.png has more than {SCAN_PIXELS} pixels"


def test_text_is_neither_pdf_nor_image() -> None:
    assert "not a PDF or an image" in _refusal(b"just some notes")
