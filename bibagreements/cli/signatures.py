"""Command-line commands for electronic signatures: the trust list, receiving a
signed PDF a party sends back, and signing a party's field here with a PKCS#12 file
(the password asked for, or read from standard input; never stored)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bibagreements.cli.output import say
from bibagreements.cli.parser import Commands, record_id
from bibagreements.domain.enums import AgreementStatus
from bibagreements.domain.problems import Problem
from bibagreements.errors import ValidationError

if TYPE_CHECKING:
    from bibagreements.services.database import Database
    from bibagreements.services.signatures import SignatureCheck

commands = Commands()


def _trust_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", choices=["add", "list", "remove"])
    p.add_argument("value", nargs="?", help="add: FILE.pem|.cer; remove: the ID")


@commands.add(
    "trust", "the CA certificates trusted for signatures: add, list, remove", _trust_arguments
)
def _trust(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.services.trust import (
        add_trust_anchor,
        list_trust_anchors,
        remove_trust_anchor,
    )

    if args.action != "list" and not args.value:
        what = "file" if args.action == "add" else "ID"
        raise SystemExit(f"bibagreements trust {args.action}: give the {what}")
    with db.unit_of_work() as uow:
        if args.action == "add":
            anchor = add_trust_anchor(uow, Path(args.value))
            already = "" if anchor.new else "already "
            say(f"{already}trusted {anchor.id}: {anchor.name} (sha256 {anchor.sha256[:16]}…)")
        elif args.action == "remove":
            remove_trust_anchor(uow, record_id(args.value))
            say(f"no longer trusted: {args.value}")
        else:
            anchors = list_trust_anchors(uow)
            for a in anchors:
                say(f"{a.id:>4}  {a.name}  sha256 {a.sha256}  ({a.subject})")
            if not anchors:
                say("no trusted certificates yet: trust add FILE.pem")
    return 0


PASSWORD_CHARACTERS = 1024

STATES = {
    "signature_altered": "NOT valid: altered after signing",
    "signature_changed_after": "NOT valid: changed after signing by more than signatures",
    "signature_not_ours": "NOT valid here: not our rendering of a frozen version",
    "signature_superseded": "NOT counted: signed on a version since replaced",
    "signature_expired": "NOT valid: the certificate was not valid then, not counted",
    "signature_revoked": "NOT valid: the certificate is revoked, not counted",
    "signature_untrusted": "unknown issuer: not on the trust list, not counted",
}


def describe(check: SignatureCheck) -> str:
    """One signature in plain words."""
    who = check.signer + (f" ({check.organisation})" if check.organisation else "")
    when = check.signed_at.isoformat(sep=" ", timespec="minutes") if check.signed_at else "no time"
    problem = check.problem
    if problem is None:
        state = f"valid; unchanged since signing (version {check.version})"
    else:
        state = STATES.get(problem.code, problem.code)
        if problem.code == "signature_expired" and check.valid_from and check.valid_until:
            valid = f"{check.valid_from.date()} – {check.valid_until.date()}"
            state = f"NOT valid: the certificate was valid {valid}, not then; not counted"
    line = f"{check.field}: signed by {who}, serial {check.serial}, {when}: {state}"
    if check.attributed:
        line += f"; a field of its own, taken as {check.party_name}'s (--party)"
    if check.other_organisation:
        line += (
            f"; note: the certificate names {check.organisation}, the field is "
            f"{check.party_name}'s: make sure the signer may sign for the party"
        )
    return line


def _words(status: AgreementStatus) -> str:
    return status.value.replace("_", " ")


def _crls(args: argparse.Namespace) -> list[bytes]:
    from bibagreements.services.signatures import read_crls

    return read_crls(args.crl or [])


def _crl_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--crl",
        type=Path,
        action="append",
        metavar="FILE.crl",
        help="a revocation list at hand (repeatable); nothing is fetched",
    )


def _receive_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=record_id)
    p.add_argument("--file", type=Path, required=True, metavar="SIGNED.pdf")
    p.add_argument("--check", action="store_true", help="only check it, record nothing")
    p.add_argument(
        "--party",
        metavar="N|NAME",
        help="the party who signed in a field of its own (a signing service's field)",
    )
    _crl_argument(p)


@commands.add(
    "receive-signed",
    "validate a signed PDF's signatures and record the parties who signed",
    _receive_arguments,
)
def _receive_signed(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.services.agreements import get_agreement
    from bibagreements.services.signatures import (
        checked_for_party,
        read_signed,
        receive_signed,
    )
    from bibagreements.services.signing import find_party

    crls = _crls(args)
    with db.unit_of_work() as uow:
        agreement = get_agreement(uow, args.id)
        party = find_party(agreement, args.party)[0] if args.party is not None else None
        if args.check:
            checks = checked_for_party(uow, args.id, read_signed(args.file), crls, party)
            for check in checks:
                say(describe(check))
            return 0 if all(c.counts for c in checks) else 3
        result = receive_signed(uow, args.id, args.file, crls=crls, party=party)
    for check in result.checks:
        say(describe(check))
    names = ", ".join(result.recorded)
    say(f"recorded the signing of {names}; the agreement is {_words(result.status)}")
    return 0


def _sign_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=record_id)
    p.add_argument("--party", required=True, metavar="N|NAME", help="the party signing")
    p.add_argument("--pkcs12", type=Path, required=True, metavar="FILE.p12")
    p.add_argument("--place", default="", help="where it is signed (optional)")
    p.add_argument("-o", "--output", type=Path, metavar="SIGNED.pdf", help="also write the PDF")
    _crl_argument(p)


def _password() -> bytes:
    """Typed at the terminal, else the first line of standard input; never kept."""
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass("password for the certificate file: ").encode()
    line = sys.stdin.readline(PASSWORD_CHARACTERS)
    if not line:
        raise ValidationError([Problem("cli_no_password", "password")])
    return line.rstrip("\r\n").encode()


@commands.add(
    "sign",
    "sign a party's field of the frozen version with a PKCS#12 certificate (PAdES)",
    _sign_arguments,
)
def _sign(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.services.signed_copies import save_signed_copy
    from bibagreements.services.signing import read_pkcs12, sign_here

    pkcs12 = read_pkcs12(args.pkcs12)
    crls = _crls(args)
    password = _password()
    with db.unit_of_work() as uow:
        signed = sign_here(uow, args.id, args.party, pkcs12, password, crls=crls, place=args.place)
    del password
    if args.output is not None:  # written once the signing is recorded
        with db.unit_of_work() as uow:
            save_signed_copy(uow, signed.received.copies[0], args.output)
    result = signed.received
    for check in result.checks:
        say(describe(check))
    level = "PAdES-B-LT" if crls else "PAdES-B-B"
    names = ", ".join(result.recorded)
    say(f"signed for {names} ({level}); the agreement is {_words(result.status)}")
    if args.output is not None:
        say(f"wrote {args.output}")
    return 0
