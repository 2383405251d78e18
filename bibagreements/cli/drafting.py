"""Command-line commands for drafting: the clause library, templates, a new agreement.

``clauses list|show|add|edit|remove|preview``, ``templates list|show|save`` and
``new --template NAME …`` (the draft asks only for what the template leaves open).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from bibagreements.cli.output import say
from bibagreements.cli.parser import Commands, Parser, iso_date, record_id

if TYPE_CHECKING:
    from bibagreements.domain.library import AgreementTemplate, Clause
    from bibagreements.services.database import Database
    from bibagreements.storage.database import UnitOfWork

commands = Commands()

LANGUAGES = ("sv", "en")


def _lines(text: str, indent: str = "    ") -> None:
    for line in text.splitlines() or [""]:
        say(f"{indent}{line}")


def _text_arguments(p: argparse.ArgumentParser, *, new: bool) -> None:
    p.add_argument("--heading", required=new, help="printed as written")
    body = p.add_mutually_exclusive_group(required=new)
    body.add_argument("--body", help="the text, with {placeholders}")
    body.add_argument("--body-file", type=Path, metavar="FILE", help="the text from a UTF-8 file")
    p.add_argument("--category", help="e.g. Giltighet, Ekonomi")
    p.add_argument("--language", choices=LANGUAGES, help="default: sv")


def _clauses_arguments(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=Parser)
    listing = sub.add_parser("list", help="the clauses by category")
    listing.add_argument("--category", help="only this category's")
    sub.add_parser("show", help="one clause, with the placeholders it uses").add_argument(
        "clause", type=record_id, metavar="ID"
    )
    _text_arguments(sub.add_parser("add", help="add a clause"), new=True)
    edit = sub.add_parser("edit", help="change a clause")
    edit.add_argument("clause", type=record_id, metavar="ID")
    _text_arguments(edit, new=False)
    sub.add_parser("remove", help="delete a clause (agreements keep their copy)").add_argument(
        "clause", type=record_id, metavar="ID"
    )
    preview = sub.add_parser("preview", help="the clause as it reads in an agreement")
    preview.add_argument("clause", type=record_id, metavar="ID")
    preview.add_argument("--agreement", type=record_id, required=True, metavar="AGREEMENT_ID")
    preview.add_argument("--language", choices=LANGUAGES, help="default: the agreement's")


def _show_clause(c: Clause) -> None:
    from bibagreements.domain.placeholders import used

    say(f"{c.id}  {c.heading}")
    say(f"  category: {c.category or '(none)'}; language: {c.language.value}; version {c.version}")
    say(f"  placeholders: {', '.join(used(c.body)) or '(none)'}")
    _lines(c.body)


def _body(args: argparse.Namespace) -> str | None:
    from bibagreements.services.clauses import read_clause_text

    if args.body_file is not None:
        return read_clause_text(args.body_file)
    body: str | None = args.body
    return body


@commands.add(
    "clauses", "the clause library: list, show, add, edit, remove, preview", _clauses_arguments
)
def _clauses(args: argparse.Namespace, db: Database) -> int:
    from dataclasses import replace

    from bibagreements.domain.enums import Language
    from bibagreements.domain.library import Clause
    from bibagreements.services import clauses

    with db.unit_of_work() as uow:
        if args.action == "list":
            found = clauses.list_clauses(uow, args.category)
            for c in found:
                say(f"{c.id:>4}  [{c.category or '-'}] {c.heading} ({c.language.value})")
            if not found:
                say("no clauses")
        elif args.action == "show":
            _show_clause(clauses.get_clause(uow, args.clause))
        elif args.action == "add":
            added = clauses.save_clause(
                uow,
                Clause(
                    heading=args.heading,
                    body=_body(args) or "",
                    category=args.category or "",
                    language=Language(args.language or "sv"),
                ),
            )
            say(f"added clause {added.id}: {added.heading}")
        elif args.action == "edit":
            old = clauses.get_clause(uow, args.clause)
            body = _body(args)
            changed = clauses.save_clause(
                uow,
                replace(
                    old,
                    heading=old.heading if args.heading is None else args.heading,
                    body=old.body if body is None else body,
                    category=old.category if args.category is None else args.category,
                    language=old.language if args.language is None else Language(args.language),
                ),
            )
            say(f"changed clause {changed.id}: {changed.heading}")
        elif args.action == "remove":
            heading = clauses.get_clause(uow, args.clause).heading
            clauses.delete_clause(uow, args.clause)
            say(f"removed clause {args.clause}: {heading}")
        else:  # preview
            c = clauses.get_clause(uow, args.clause)
            language = Language(args.language) if args.language else None
            text = clauses.preview(uow, c.body, args.agreement, language)
            say(c.heading)
            _lines(text, "")
    return 0


def _templates_arguments(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=Parser)
    sub.add_parser("list", help="the templates")
    sub.add_parser("show", help="one template, with the placeholders it uses").add_argument(
        "template", metavar="NAME_OR_ID"
    )
    save = sub.add_parser("save", help="save an agreement as a new template")
    save.add_argument("agreement", type=record_id, metavar="AGREEMENT_ID")
    save.add_argument("--name", required=True)
    sub.add_parser("remove", help="delete a template").add_argument(
        "template", metavar="NAME_OR_ID"
    )


def _show_template(t: AgreementTemplate) -> None:
    from bibagreements.services.templates import placeholders_used

    say(f"{t.id}  {t.name}")
    say(f"  kind: {t.kind.value}; language: {t.language.value}; cadence: {t.cadence.value}")
    say(f"  house style: {t.house_style or '(none)'}")
    for label, value in (("programme", t.programme), ("development area", t.development_area)):
        if value:
            say(f"  {label}: {value}")
    if t.areas:
        say("  areas: " + "; ".join(x.title for x in t.areas))
    for s in t.sections:
        say(f"  section: {s.heading}{' (clause)' if s.filled else ''}")
    say(f"  placeholders: {', '.join(placeholders_used(t)) or '(none)'}")


@commands.add("templates", "agreement templates: list, show, save, remove", _templates_arguments)
def _templates(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.services import templates

    with db.unit_of_work() as uow:
        if args.action == "list":
            found = templates.list_templates(uow)
            for t in found:
                say(f"{t.id:>4}  {t.name} ({t.kind.value}, {t.language.value})")
            if not found:
                say("no templates")
        elif args.action == "show":
            _show_template(templates.find_template(uow, args.template))
        elif args.action == "save":
            saved = templates.save_as_template(uow, args.agreement, args.name)
            say(f"saved template {saved.id}: {saved.name}")
        else:  # remove
            t = templates.find_template(uow, args.template)
            templates.delete_template(uow, t.id or 0)
            say(f"removed template {t.id}: {t.name}")
    return 0


def _new_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--template", required=True, metavar="NAME_OR_ID")
    p.add_argument("--title", required=True)
    p.add_argument(
        "--party",
        action="append",
        required=True,
        metavar="ORG",
        help="an organisation, by ID or name (repeat: two or more)",
    )
    p.add_argument("--start", type=iso_date, metavar="DATE")
    p.add_argument("--end", type=iso_date, metavar="DATE")
    p.add_argument("--short-title", default="")


def _organisation_id(uow: UnitOfWork, given: str) -> int:
    from bibagreements.errors import NotFoundError
    from bibagreements.services.organisations import get_organisation, list_organisations

    text = given.strip()
    if text.isdigit():
        found = get_organisation(uow, int(text))
        assert found.id is not None
        return found.id
    matches = [o for o in list_organisations(uow) if o.name.casefold() == text.casefold()]
    if len(matches) != 1 or matches[0].id is None:
        raise NotFoundError("cli_no_organisation_named", name=given)
    return matches[0].id


@commands.add("new", "start a draft agreement from a template", _new_arguments)
def _new(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.services.templates import find_template, new_agreement_from_template

    with db.unit_of_work() as uow:
        template = find_template(uow, args.template)
        draft = new_agreement_from_template(
            uow,
            template.id or 0,
            args.title,
            [_organisation_id(uow, party) for party in args.party],
            args.start,
            args.end,
            args.short_title,
        )
    say(f"created draft {draft.id} from template {template.name}: {draft.title}")
    return 0
