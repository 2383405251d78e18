"""Command-line commands for electronic signatures: the trust list, and receiving a
signed PDF a party sends back."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from bibagreements.cli.output import say
from bibagreements.cli.parser import Commands, record_id

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
            say(f"trusted {anchor.id}: {anchor.subject} (sha256 {anchor.sha256[:16]}…)")
        elif args.action == "remove":
            remove_trust_anchor(uow, record_id(args.value))
            say(f"no longer trusted: {args.value}")
        else:
            anchors = list_trust_anchors(uow)
            for a in anchors:
                say(f"{a.id:>4}  {a.subject}  sha256 {a.sha256}")
            if not anchors:
                say("no trusted certificates yet: trust add FILE.pem")
    return 0


def describe(check: SignatureCheck) -> str:
    """One signature in plain words."""
    who = check.signer + (f" ({check.organisation})" if check.organisation else "")
    when = check.signed_at.isoformat(sep=" ", timespec="minutes") if check.signed_at else "no time"
    if check.counts:
        state = f"valid; unchanged since signing (version {check.version})"
    elif not check.intact:
        state = "NOT valid: altered after signing"
    elif not check.unchanged_since:
        state = "NOT valid: changed after signing by more than signatures"
    elif check.version is None:
        state = "NOT valid here: not our rendering of a frozen version"
    else:
        state = "unknown issuer: not on the trust list, not counted"
    return f"{check.field}: signed by {who}, serial {check.serial}, {when}: {state}"


def _receive_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=record_id)
    p.add_argument("--file", type=Path, required=True, metavar="SIGNED.pdf")
    p.add_argument("--check", action="store_true", help="only check it, record nothing")


@commands.add(
    "receive-signed",
    "validate a signed PDF's signatures and record the parties who signed",
    _receive_arguments,
)
def _receive_signed(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.services.signatures import check_signed_pdf, read_signed, receive_signed

    with db.unit_of_work() as uow:
        if args.check:
            checks = check_signed_pdf(uow, args.id, read_signed(args.file))
            for check in checks:
                say(describe(check))
            return 0 if all(c.counts for c in checks) else 3
        result = receive_signed(uow, args.id, args.file)
    for check in result.checks:
        say(describe(check))
    names = ", ".join(result.recorded)
    say(f"recorded the signing of {names}; the agreement is {result.status.value}")
    return 0
