"""Is a file what its first bytes say? Checked by opening it, not by its signature.

A PNG signature followed by HTML starts like an image; only Pillow decoding
it whole (or pikepdf reading the PDF's structure) tells the two apart.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path

from bibagreements.domain.limits import SCAN_PIXELS, VERIFIED_FILE_BYTES
from bibagreements.domain.problems import Problem
from bibagreements.errors import ValidationError
from bibagreements.storage.bounded import read_capped

_PDF = b"%PDF-"
_IMAGE_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
)
MEDIA_TYPES = {"PNG": "image/png", "JPEG": "image/jpeg", "TIFF": "image/tiff"}


def read_document(path: Path) -> bytes:
    """A rendered document's bytes for showing it: a regular file, and no larger than any
    rendering is (ValidationError otherwise): a file put in its place cannot exhaust memory."""
    return read_capped(path, VERIFIED_FILE_BYTES)


def media_type(head: bytes) -> str | None:
    """The type the first bytes claim; None when they claim no PDF or image we take."""
    if head.startswith(_PDF):
        return "application/pdf"
    found = next((fmt for magic, fmt in _IMAGE_SIGNATURES if head.startswith(magic)), None)
    return MEDIA_TYPES[found] if found else None


def checked_media_type(data: bytes, name: str) -> str:
    """The media type of a scan that opens as what it claims to be; else ValidationError."""
    kind = media_type(data[:16])
    if kind is None:
        raise ValidationError([Problem("not_pdf_or_image", "file", name=name)])
    if kind == "application/pdf":
        _check_pdf(data, name)
    else:
        _check_image(data, name, next(f for f, t in MEDIA_TYPES.items() if t == kind))
    return kind


def _check_pdf(data: bytes, name: str) -> None:
    import pikepdf  # only when a PDF is attached

    try:
        # No recovery: a PDF qpdf has to rebuild (cut short, say) is not stored as a record.
        with pikepdf.open(io.BytesIO(data), attempt_recovery=False) as pdf:
            if len(pdf.pages) == 0:
                raise ValueError("no pages")
            for page in pdf.pages:
                page.mediabox  # noqa: B018 (resolves the page's objects)
    except Exception as exc:  # pikepdf.PdfError and whatever a broken object raises
        raise ValidationError([Problem("damaged_pdf", "file", name=name)]) from exc


def _check_image(data: bytes, name: str, claimed: str) -> None:
    from PIL import Image  # only when an image is attached

    too_large = ValidationError([Problem("image_too_large", "file", name=name, max=SCAN_PIXELS)])
    try:
        with warnings.catch_warnings():
            # Pillow's own guard (a warning, an error at twice its limit) backs up ours.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[claimed]) as image:
                width, height = image.size
                if width * height > SCAN_PIXELS:  # known from the header, before decoding
                    raise too_large
                image.verify()
            # verify() leaves the image unusable: decode it whole from a fresh start.
            with Image.open(io.BytesIO(data), formats=[claimed]) as image:
                image.load()
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise too_large from exc
    except Exception as exc:  # Pillow raises many kinds (OSError, SyntaxError, ValueError …)
        raise ValidationError([Problem("not_an_image", "file", name=name)]) from exc
