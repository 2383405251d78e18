"""Command-line commands writing messages to the parties as .eml drafts.

Each writes an RFC 5322 file (``-o FILE.eml``) that Outlook opens as a draft
(``X-Unsent: 1``) and Thunderbird with "Edit as new message"; the documents it
attaches are written beside it (``FILE.pdf``) and recorded in the agreement's
document history. The sender is ``--from "Name <address>"`` or the
``BIBAGREEMENTS_FROM`` environment variable, else the contact person of the
issuing party (its own house style, else the region). ``--send`` sends it instead
through the mail server (``--smtp``; the password from the keyring, from
``BIBAGREEMENTS_SMTP_PASSWORD`` for a script, or asked for), and a failure
records nothing.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bibagreements.cli.output import say
from bibagreements.cli.parser import Commands, iso_date, output_file, record_id
from bibagreements.domain.problems import Problem
from bibagreements.errors import MailError, ValidationError

if TYPE_CHECKING:
    from email.headerregistry import Address

    from bibagreements.services.database import Database, UnitOfWork
    from bibagreements.services.messages import Draft
    from bibagreements.services.sending import SmtpServer

commands = Commands()
FROM_VARIABLE = "BIBAGREEMENTS_FROM"
SMTP_VARIABLE = "BIBAGREEMENTS_SMTP"
# services.sending.Security's values: --help loads no service module.
SECURITY_CHOICES = ("starttls", "tls", "none")


def _common(p: argparse.ArgumentParser, *, due: str | None) -> None:
    p.add_argument("id", type=record_id, metavar="ID", help="agreement")
    if due is not None:
        p.add_argument("--due", type=iso_date, required=True, metavar="DATE", help=due)
    p.add_argument(
        "--from",
        dest="sender",
        metavar="ADDRESS",
        help=(
            f'the coordinator, "Name <address>" (default: ${FROM_VARIABLE}, else the'
            " contact person of the issuing party)"
        ),
    )
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.eml")
    mail = p.add_argument_group("sending through a mail server instead of opening a draft")
    mail.add_argument("--send", action="store_true", help="send it now (FILE.eml keeps a copy)")
    mail.add_argument(
        "--smtp", metavar="HOST[:PORT]", help=f"the mail server (default: ${SMTP_VARIABLE})"
    )
    mail.add_argument(
        "--smtp-security",
        choices=SECURITY_CHOICES,
        help=f"default: ${SMTP_VARIABLE}_SECURITY or starttls",
    )
    mail.add_argument("--smtp-user", metavar="USER", help=f"default: ${SMTP_VARIABLE}_USER")
    mail.add_argument(
        "--remember-password",
        action="store_true",
        help="with --send: keep the password given in the keyring once it worked",
    )


def _sender(args: argparse.Namespace) -> Address | None:
    """The coordinator given; None leaves it to the service (the issuing party's
    contact person)."""
    from bibagreements.services.messages import parse_sender

    text = args.sender or os.environ.get(FROM_VARIABLE, "")
    return parse_sender(text) if text.strip() else None


@dataclass(frozen=True)
class _Outgoing:
    """With --send: the server and its password, settled before any record is touched
    (the password is asked for before the database is written)."""

    server: SmtpServer
    password: str | None
    stored: str | None  # what the keyring already keeps
    remember: bool


def _outgoing(args: argparse.Namespace) -> _Outgoing | None:
    if not args.send:
        return None
    from bibagreements.services.sending import Security, parse_server, stored_password

    env = os.environ.get
    host = args.smtp or env(SMTP_VARIABLE, "")
    security = Security(args.smtp_security or env(f"{SMTP_VARIABLE}_SECURITY", "starttls"))
    server = parse_server(host, security, args.smtp_user or env(f"{SMTP_VARIABLE}_USER", ""))
    if args.remember_password and not server.user:
        raise ValidationError([Problem("smtp_no_user", "smtp_user")])
    stored = stored_password(server)
    password = env(f"{SMTP_VARIABLE}_PASSWORD") or stored
    if server.user and password is None and sys.stdin.isatty():
        import getpass

        password = getpass.getpass(f"password for {server.account}: ")
    return _Outgoing(server, password, stored, args.remember_password)


def _send(outgoing: _Outgoing | None, drafts: list[Draft]) -> None:
    """Every message through the mail server, in the unit of work that records them
    (a failure rolls the recording back); then the password kept, if asked."""
    if outgoing is None:
        return
    from bibagreements.services.sending import remember_password, send_messages

    server, password = outgoing.server, outgoing.password
    send_messages(server, [d.message for d in drafts], password)
    say(f"sent {len(drafts)} message(s) through {server.host}:{server.port}")
    if outgoing.remember and password is not None and password != outgoing.stored:
        try:
            remember_password(server, password)
        except MailError as error:  # sent already: the sending stays recorded
            say(f"warning: {error}", file=sys.stderr)
        else:
            say(f"the password for {server.account} is kept in the keyring")


def _target(path: Path) -> Path:
    if path.suffix.lower() != ".eml":
        raise ValidationError([Problem("wrong_suffix", "output", kind="EML", suffix="eml")])
    return output_file(path).resolve()


def _deliver(
    uow: UnitOfWork, drafts: list[Draft], target: Path, outgoing: _Outgoing | None
) -> None:
    """The messages are put in place with the documents they attach, once all is committed
    (a copy of what is sent is no longer marked as a draft), and sent if asked."""
    from bibagreements.services.messages import save_drafts

    paths = save_drafts(uow, drafts, target, sent=outgoing is not None)
    for draft, path in zip(drafts, paths, strict=True):
        attached = ", ".join(Path(r.path).name for r in draft.renderings)
        to = ", ".join(draft.recipients)
        say(f"wrote {path} to {to}" + (f" with {attached}" if attached else ""))
        if draft.without_address:
            say(f"  no e-mail address for: {', '.join(draft.without_address)}")
    _send(outgoing, drafts)


def _invite_arguments(p: argparse.ArgumentParser) -> None:
    _common(p, due="the check-in's due date")


@commands.add("invite", "a check-in invitation to the contact persons (.eml)", _invite_arguments)
def _invite(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.services.messages import invitation

    target, sender, outgoing = _target(args.output), _sender(args), _outgoing(args)
    with db.unit_of_work() as uow:
        draft = invitation(uow, args.id, args.due, sender)
        _deliver(uow, [draft], target, outgoing)
    return 0


def _draft_arguments(p: argparse.ArgumentParser) -> None:
    _common(p, due="comments asked for by this day")
    p.add_argument("--docx", action="store_true", help="attach a DOCX as well")


@commands.add(
    "send-draft", "the draft to the contact persons for comments (.eml)", _draft_arguments
)
def _send_draft(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.services.messages import review_request

    target, sender, outgoing = _target(args.output), _sender(args), _outgoing(args)
    with db.unit_of_work() as uow:
        draft = review_request(
            uow, args.id, args.due, sender, target.parent, target.stem, with_docx=args.docx
        )
        _deliver(uow, [draft], target, outgoing)
    return 0


def _signature_arguments(p: argparse.ArgumentParser) -> None:
    _common(p, due=None)
    p.add_argument(
        "--one-to-all",
        action="store_true",
        help="one message to every signatory (default: one per party, FILE-1.eml …)",
    )


@commands.add(
    "send-for-signature",
    "the frozen version to each party's signatory (.eml); records the sending",
    _signature_arguments,
)
def _send_for_signature(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.services.messages import signature_requests

    target, sender, outgoing = _target(args.output), _sender(args), _outgoing(args)
    with db.unit_of_work() as uow:
        drafts = signature_requests(
            uow, args.id, sender, target.parent, target.stem, one_to_all=args.one_to_all
        )
        _deliver(uow, drafts, target, outgoing)
    return 0


def _minutes_arguments(p: argparse.ArgumentParser) -> None:
    _common(p, due="the held check-in's due date")


@commands.add(
    "send-minutes", "a held check-in's minutes to its participants (.eml)", _minutes_arguments
)
def _send_minutes(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.services.messages import minutes_message

    target, sender, outgoing = _target(args.output), _sender(args), _outgoing(args)
    with db.unit_of_work() as uow:
        draft = minutes_message(uow, args.id, args.due, sender, target.parent, target.stem)
        _deliver(uow, [draft], target, outgoing)
    return 0
