"""Byte-reproducible output: the same Document model always gives the same file.

No writer reads the clock or a random source. Times come from the model's
``Metadata.created``; file identifiers are digests of the model itself.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from datetime import datetime

from bibagreements.documents.model import Document


def document_digest(document: Document) -> bytes:
    """16 bytes that identify the model's content (a PDF's /ID, for example)."""
    # The repr of the frozen dataclasses covers every field, in a fixed order.
    text = repr(document)
    if document.house_style is not None:  # left out of the repr, so a model without
        text += repr(document.house_style)  # one keeps the digest it always had
    return hashlib.md5(text.encode("utf-8", "backslashreplace"), usedforsecurity=False).digest()


class PdfTimeStamp:
    """What reportlab's document reads from its TimeStamp, for a given time."""

    def __init__(self, when: datetime) -> None:
        offset = when.utcoffset()
        minutes = round(offset.total_seconds() // 60) if offset is not None else 0
        sign = -1 if minutes < 0 else 1
        self.t = when.timestamp()
        self.YMDhms = when.timetuple()[:6]
        self.dhh = sign * (abs(minutes) // 60)
        self.dmm = abs(minutes) % 60
        self.tzname = when.tzname() or "UTC"


# The earliest time a zip entry can carry.
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def fixed_zip(data: bytes, when: datetime) -> bytes:
    """The zip ``data`` rewritten with every entry stamped ``when``, in the same order."""
    stamp = max(_ZIP_EPOCH, when.timetuple()[:6])
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(entry))
    return out.getvalue()
