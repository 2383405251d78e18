"""The command line's signatures: receive-signed (checked, recorded, refused) and sign
with a PKCS#12 file, its password read from standard input."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from bibagreements.services.agreements import get_agreement
from bibagreements.storage.database import Database
from tests.cli.conftest import run
from tests.signing_pki import Issued, crl, pkcs12_file, sign, signed_in_own_field


@pytest.fixture
def sent(sent_trusted: tuple[Database, int, bytes]) -> tuple[Database, int, bytes]:
    return sent_trusted


def _db(tmp_path: Path) -> str:
    return str(tmp_path / "signing.sqlite3")


def test_receive_signed_checks_then_records_both_parties(
    sent: tuple[Database, int, bytes],
    pki: dict[str, Issued],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db, agreement_id, pdf = sent
    chain = [pki["service"], pki["root"]]
    both = sign(sign(pdf, "Signature_1", pki["sara"], chain), "Signature_2", pki["maria"], chain)
    (tmp_path / "signed.pdf").write_bytes(both)
    code, out, _ = run(
        capsys, "--db", _db(tmp_path), "receive-signed", str(agreement_id), "--file",
        str(tmp_path / "signed.pdf"), "--check",
    )  # fmt: skip
    assert code == 0
    assert "Signature_1: signed by Sara Lind (Biblioteken i Kristianstad)" in out
    assert "valid; unchanged since signing (version 1)" in out
    with db.unit_of_work() as uow:  # --check records nothing
        assert all(p.signed_on is None for p in get_agreement(uow, agreement_id).parties)
    code, out, _ = run(
        capsys, "--db", _db(tmp_path), "receive-signed", str(agreement_id), "--file",
        str(tmp_path / "signed.pdf"),
    )  # fmt: skip
    assert code == 0
    assert "recorded the signing of Biblioteken i Kristianstad, Region Skånes" in out
    assert out.rstrip().endswith("the agreement is active")


def test_receive_signed_refuses_a_tampered_copy_and_reports_an_unknown_issuer(
    sent: tuple[Database, int, bytes],
    pki: dict[str, Issued],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, agreement_id, pdf = sent
    signed = bytearray(sign(pdf, "Signature_1", pki["sara"], [pki["service"], pki["root"]]))
    signed[signed.find(b"/Producer") + 2] ^= 0x01
    (tmp_path / "tampered.pdf").write_bytes(bytes(signed))
    code, out, err = run(
        capsys, "--db", _db(tmp_path), "receive-signed", str(agreement_id), "--file",
        str(tmp_path / "tampered.pdf"),
    )  # fmt: skip
    assert code != 0 and out == ""
    assert "altered after signing" in err and "Traceback" not in err
    stranger = sign(pdf, "Signature_1", pki["stranger"], [pki["unknown"]])
    (tmp_path / "stranger.pdf").write_bytes(stranger)
    code, out, _ = run(
        capsys, "--db", _db(tmp_path), "receive-signed", str(agreement_id), "--file",
        str(tmp_path / "stranger.pdf"), "--check",
    )  # fmt: skip
    assert code == 3
    assert "unknown issuer: not on the trust list, not counted" in out


def test_sign_reads_the_password_from_standard_input_and_writes_the_pdf(
    sent: tuple[Database, int, bytes],
    pki: dict[str, Issued],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db, agreement_id, _pdf = sent
    p12 = tmp_path / "sara.p12"
    p12.write_bytes(
        pkcs12_file(pki["sara"], [pki["service"], pki["root"]], "hemligt lösenord".encode())
    )
    revocations = tmp_path / "service.crl"
    revocations.write_bytes(crl(pki["service"], []))
    monkeypatch.setattr("sys.stdin", io.StringIO("fel\n"))
    code, _, err = run(
        capsys, "--db", _db(tmp_path), "sign", str(agreement_id), "--party", "1",
        "--pkcs12", str(p12),
    )  # fmt: skip
    assert code != 0 and "wrong password" in err
    monkeypatch.setattr("sys.stdin", io.StringIO("hemligt lösenord\n"))
    out_pdf = tmp_path / "signerad.pdf"
    code, out, err = run(
        capsys, "--db", _db(tmp_path), "sign", str(agreement_id), "--party",
        "Biblioteken i Kristianstad", "--pkcs12", str(p12), "--crl", str(revocations),
        "--place", "Kristianstad", "-o", str(out_pdf),
    )  # fmt: skip
    assert code == 0, err
    assert "signed for Biblioteken i Kristianstad (PAdES-B-LT)" in out
    assert "the agreement is out for signature" in out
    assert out_pdf.read_bytes().startswith(b"%PDF") and b"/DSS" in out_pdf.read_bytes()
    with db.unit_of_work() as uow:
        first = get_agreement(uow, agreement_id).parties[0]
    assert first.signed_place == "Kristianstad" and first.signed_on is not None
    (tmp_path / "not.crl").write_text("not a list")
    code, _, err = run(
        capsys, "--db", _db(tmp_path), "sign", str(agreement_id), "--party", "2",
        "--pkcs12", str(p12), "--crl", str(tmp_path / "not.crl"),
    )  # fmt: skip
    assert code != 0 and "not.crl is not a certificate revocation list" in err


def test_another_organisations_certificate_is_noted_and_copies_list_the_signatures(
    sent: tuple[Database, int, bytes],
    pki: dict[str, Issued],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, agreement_id, pdf = sent
    chain = [pki["service"], pki["root"]]
    (tmp_path / "swapped.pdf").write_bytes(sign(pdf, "Signature_2", pki["sara"], chain))
    code, out, err = run(
        capsys, "--db", _db(tmp_path), "receive-signed", str(agreement_id), "--file",
        str(tmp_path / "swapped.pdf"),
    )  # fmt: skip
    assert code == 0, err
    assert (
        "note: the certificate names Biblioteken i Kristianstad, the field is Region Skånes "
        "kulturförvaltning's" in out
    )
    code, out, _ = run(capsys, "--db", _db(tmp_path), "copies", str(agreement_id))
    [copy_line, signature_line] = out.splitlines()
    assert "Region Skånes kulturförvaltning: swapped.pdf" in copy_line
    assert signature_line.lstrip().startswith("Signature_2: signed by Sara Lind")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    (tmp_path / "sara.p12").write_bytes(pkcs12_file(pki["sara"], chain, b"x"))
    code, _, err = run(
        capsys, "--db", _db(tmp_path), "sign", str(agreement_id), "--party", "1",
        "--pkcs12", str(tmp_path / "sara.p12"),
    )  # fmt: skip
    assert code != 0 and "no password given" in err


def test_receive_signed_gives_a_services_own_field_to_the_party_named(
    sent: tuple[Database, int, bytes],
    pki: dict[str, Issued],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, agreement_id, pdf = sent
    theirs = tmp_path / "theirs.pdf"
    theirs.write_bytes(signed_in_own_field(pdf, pki["maria"], [pki["service"], pki["root"]]))
    receive = ["--db", _db(tmp_path), "receive-signed", str(agreement_id), "--file", str(theirs)]
    code, _, err = run(capsys, *receive)
    assert code != 0 and "SigningService1 is in a field of its own" in err and "--party" in err
    code, out, err = run(capsys, *receive, "--party", "Region Skånes kulturförvaltning")
    assert code == 0, err
    assert "a field of its own, taken as Region Skånes kulturförvaltning's (--party)" in out
    assert "recorded the signing of Region Skånes kulturförvaltning;" in out
