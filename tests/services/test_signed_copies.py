"""Signed copies: attaching every party's scan makes the agreement active."""

import hashlib
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bibagreements.domain.enums import AgreementStatus
from bibagreements.errors import NotFoundError, ValidationError
from bibagreements.services.agreements import get_agreement, save_agreement
from bibagreements.services.signed_copies import (
    attach_signed_copy,
    list_signed_copies,
    save_signed_copy,
)
from tests.builders import new_db, scan_pdf, scan_png, two_party_agreement

PDF = scan_pdf()
PNG = scan_png()


def test_every_party_signed_makes_the_agreement_active(tmp_path: Path) -> None:
    db = new_db(tmp_path)
    (tmp_path / "a.pdf").write_bytes(PDF)
    (tmp_path / "b.png").write_bytes(PNG)
    with db.unit_of_work() as uow:
        draft = save_agreement(
            uow, replace(two_party_agreement(uow), status=AgreementStatus.OUT_FOR_SIGNATURE)
        )
    first, second = (p.organisation_id for p in draft.parties)
    with db.unit_of_work() as uow:
        half = attach_signed_copy(
            uow,
            draft.id or 0,
            first,
            tmp_path / "a.pdf",
            date(2024, 1, 10),
            "Malmö",
            today=date(2024, 2, 1),
        )
    assert half.status is AgreementStatus.OUT_FOR_SIGNATURE
    assert half.unsigned == (draft.parties[1].name,)
    with db.unit_of_work() as uow:
        full = attach_signed_copy(
            uow,
            draft.id or 0,
            second,
            tmp_path / "b.png",
            date(2024, 1, 12),
            today=date(2024, 2, 1),
        )
        copies = list_signed_copies(uow, draft.id or 0)
        agreement = get_agreement(uow, draft.id or 0)
    assert full.status is AgreementStatus.ACTIVE and full.unsigned == ()
    assert [p.signed_on for p in agreement.parties] == [date(2024, 1, 10), date(2024, 1, 12)]
    assert agreement.parties[0].signed_place == "Malmö"
    assert [c.media_type for c in copies] == ["application/pdf", "image/png"]
    assert copies[0].sha256 == hashlib.sha256(PDF).hexdigest()
    with db.unit_of_work() as uow:
        out = save_signed_copy(uow, copies[0].id, tmp_path / "restored.pdf")
    assert out.read_bytes() == PDF


def test_refusals_change_nothing(tmp_path: Path) -> None:
    db = new_db(tmp_path)
    (tmp_path / "notes.txt").write_text("not a scan")
    (tmp_path / "a.pdf").write_bytes(PDF)
    (tmp_path / "page.png").write_bytes(b"\x89PNG\r\n\x1a\n<html><body>hi</body></html>")
    (tmp_path / "cut.pdf").write_bytes(PDF[:-30])
    (tmp_path / "bell\a.pdf").write_bytes(PDF)
    with db.unit_of_work() as uow:
        draft = save_agreement(uow, two_party_agreement(uow))
    party = draft.parties[0].organisation_id
    day = date(2024, 1, 1)
    cases = [
        (party, tmp_path / "notes.txt", day, ValidationError, "not a PDF or an image"),
        (party, tmp_path / "page.png", day, ValidationError, "page.png is not a PNG"),
        (party, tmp_path / "cut.pdf", day, ValidationError, "cut.pdf is not a PDF that can"),
        (party, tmp_path / "bell\a.pdf", day, ValidationError, r"control character \(U\+0007\)"),
        (party, Path("/dev/zero"), day, ValidationError, "not a regular file"),
        (party, tmp_path / "a.pdf", date(2030, 1, 1), ValidationError, "in the future"),
        (9999, tmp_path / "a.pdf", date(2024, 1, 1), NotFoundError, "not a party"),
    ]
    for org, path, day, error, message in cases:
        with pytest.raises(error, match=message), db.unit_of_work() as uow:
            attach_signed_copy(uow, draft.id or 0, org, path, day, today=date(2024, 6, 1))
    with db.unit_of_work() as uow:
        assert list_signed_copies(uow, draft.id or 0) == []
        assert get_agreement(uow, draft.id or 0).parties[0].signed_on is None
