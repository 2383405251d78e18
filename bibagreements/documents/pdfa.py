"""Convert reportlab output to PDF/A-2b for archiving, and check conformance.

Open-source reportlab has no PDF/A mode. pikepdf's PDF/A support adds the
output intent and XMP metadata and validates the bytes it writes; fonts are
already embedded by the PDF writer. The XMP dates are the document's own
(pikepdf would record the time of conversion) and the /ID is a digest of the
content, so the same PDF always converts to the same bytes.
"""

from __future__ import annotations

import gc
import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

import pikepdf
import pikepdf.pdfa

FLAVOUR = "2b"
T = TypeVar("T")


@contextmanager
def _no_stray_warnings() -> Iterator[None]:
    """No garbage collected while pikepdf checks content streams.

    Its checker counts any warning raised meanwhile as a fault of the content,
    so an unrelated object's ResourceWarning at the wrong moment (a database
    connection garbage-collected unclosed) would fail a good file. Collect
    what is pending first and keep the collector off while it checks.
    """
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _checked(run: Callable[[], T]) -> T:
    with _no_stray_warnings():
        return run()


class PdfaConversionError(RuntimeError):
    """The converted file did not pass validation; ``messages`` says why."""

    def __init__(self, messages: list[str]) -> None:
        super().__init__("PDF/A-2b conversion failed:\n" + "\n".join(messages))
        self.messages = messages


def _metadata_date_from_content(pdf: pikepdf.Pdf) -> None:
    """xmp:MetadataDate as the modification date instead of the time of conversion."""
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
        modified = meta.get("xmp:ModifyDate") or meta.get("xmp:CreateDate")
        if isinstance(modified, str):
            meta["xmp:MetadataDate"] = modified


def convert_to_pdfa(src: bytes) -> bytes:
    """Return ``src`` (a PDF from our writer) as a validated PDF/A-2b file."""
    with pikepdf.open(io.BytesIO(src)) as pdf:
        for page in pdf.pages:
            # reportlab writes a page transition (/Trans) on every page; PDF/A forbids it.
            if pikepdf.Name.Trans in page.obj:
                del page.obj[pikepdf.Name.Trans]
        pikepdf.pdfa.prepare(pdf, FLAVOUR)
        _metadata_date_from_content(pdf)
        out = io.BytesIO()
        try:
            _checked(
                lambda: pikepdf.pdfa.save(pdf, out, FLAVOUR, repair=False, deterministic_id=True)
            )
        except pikepdf.pdfa.PdfaError as error:
            raise PdfaConversionError([str(f) for f in error.report.findings]) from error
    return out.getvalue()


def check_pdfa(data: bytes) -> tuple[bool, list[str]]:
    """Validate ``data`` against PDF/A-2b: (passed, findings as readable lines)."""
    report = _checked(lambda: pikepdf.pdfa.validate_written(io.BytesIO(data), FLAVOUR))
    return report.passed, [str(finding) for finding in report.findings]
