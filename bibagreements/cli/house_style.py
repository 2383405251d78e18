"""``house-style show|set|clear|phrase``: how the documents of an organisation look.

Without ``--organisation`` a command is about the default style (the user's
own). Each change reads the style and writes it in one unit of work, against
the version read, so a colleague's change in between is refused, not lost.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bibagreements.cli.output import say
from bibagreements.cli.parser import Commands, Parser

if TYPE_CHECKING:
    from bibagreements.services.database import Database
    from bibagreements.services.house_styles import HouseStyleRecord


commands = Commands()


class _Intermixed(Parser):
    """Positionals after options too (``phrase KEY --language sv TEXT``): argparse alone
    takes them only in one run."""

    _inside = False

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: Any = None
    ) -> tuple[argparse.Namespace, list[str]]:
        if self._inside:  # the intermixed parse calls this itself
            return super().parse_known_args(args, namespace)
        self._inside = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._inside = False


def _organisation(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--organisation",
        default="",
        metavar="NAME",
        help="the issuing organisation, as named in agreements (default: the default style)",
    )


def _arguments(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Intermixed)
    show = sub.add_parser("show", help="show the style (and which styles there are)")
    _organisation(show)
    change = sub.add_parser("set", help="create or change the style")
    _organisation(change)
    logo = change.add_mutually_exclusive_group()
    logo.add_argument("--logo", type=Path, metavar="FILE", help="a PNG or SVG logo")
    logo.add_argument("--no-logo", action="store_true", help="remove the logo")
    change.add_argument("--letterhead", metavar="TEXT", help=r"letterhead lines, split by \n")
    change.add_argument("--footer", metavar="TEXT", help="a line at the foot of every page")
    change.add_argument("--accent", metavar="#RRGGBB", help='accent colour ("" for none)')
    change.add_argument("--font", metavar="NAME", help="dejavu-sans, carlito or liberation-serif")
    change.add_argument("--numbering", choices=("on", "off"), help="number the headings 1, 1.1")
    clear = sub.add_parser("clear", help="remove the style")
    _organisation(clear)
    phrase = sub.add_parser("phrase", help="reword a fixed phrase, or show the phrases")
    _organisation(phrase)
    phrase.add_argument("key", nargs="?", metavar="KEY", help="e.g. text.copies")
    phrase.add_argument("text", nargs="?", metavar="TEXT", help="the style's own wording")
    phrase.add_argument("--language", choices=("sv", "en"), required=True)
    phrase.add_argument("--clear", action="store_true", help="back to the built-in wording")


@commands.add("house-style", "the look of the documents: logo, letterhead, font", _arguments)
def _house_style(args: argparse.Namespace, db: Database) -> int:
    if args.action == "show":
        return _show(args, db)
    if args.action == "set":
        return _set(args, db)
    if args.action == "clear":
        return _clear(args, db)
    return _phrase(args, db)


def _name(organisation: str) -> str:
    return organisation or "(default)"


def _say_style(style: HouseStyleRecord) -> None:
    say(f"house style: {_name(style.organisation)} (version {style.version})")
    lines = style.letterhead.split("\n") if style.letterhead else []
    say(f"letterhead: {lines[0] if lines else '(none)'}")
    for line in lines[1:]:
        say(f"            {line}")
    say(f"footer: {style.footer or '(none)'}")
    say(f"accent colour: {style.accent_colour or '(none)'}")
    say(f"font: {style.font or 'dejavu-sans (default)'}")
    say(f"numbering: {'on' if style.numbering else 'off'}")
    logo = f"{style.logo_type}, {style.logo_size:,} bytes" if style.logo_type else "(none)"
    say(f"logo: {logo}")
    count = sum(len(entries) for entries in style.phrases.values())
    say(f"phrases reworded: {count}")


def _show(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.services.house_styles import find_house_style, list_house_styles

    with db.unit_of_work() as uow:
        style = find_house_style(uow, args.organisation)
        others = [s.organisation for s in list_house_styles(uow)]
    if style is None:
        say(f"house style: {_name(args.organisation)}: none (documents get the plain look)")
    else:
        _say_style(style)
    say(f"styles: {', '.join(_name(name) for name in others) or '(none)'}")
    return 0


def _set(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.services.house_styles import (
        HouseStyleChange,
        find_house_style,
        read_logo,
        set_house_style,
    )

    numbering = None if args.numbering is None else args.numbering == "on"
    letterhead = None if args.letterhead is None else args.letterhead.replace("\\n", "\n")
    change = HouseStyleChange(
        letterhead=letterhead,
        footer=args.footer,
        accent_colour=args.accent,
        font=args.font,
        numbering=numbering,
        logo=read_logo(args.logo) if args.logo is not None else None,
        remove_logo=args.no_logo,
    )
    with db.unit_of_work() as uow:
        current = find_house_style(uow, args.organisation)
        version = current.version if current is not None else None
        style = set_house_style(uow, args.organisation, change, version=version)
    _say_style(style)
    return 0


def _clear(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.services.house_styles import clear_house_style, get_house_style

    with db.unit_of_work() as uow:
        current = get_house_style(uow, args.organisation)
        clear_house_style(uow, args.organisation, version=current.version)
    say(f"house style removed: {_name(args.organisation)}")
    return 0


def _phrase(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.errors import BibError
    from bibagreements.services.house_styles import find_house_style, phrase_lines, set_phrase

    if args.key is None:
        if args.text is not None or args.clear:
            raise BibError("cli_phrase_needs_key")
        with db.unit_of_work() as uow:
            lines = phrase_lines(uow, args.organisation, args.language)
        for line in lines:
            say(f"{line.key}: {line.builtin}")
            if line.override is not None:
                say(f"    house style: {line.override}")
        return 0
    if args.clear and args.text is not None:
        raise BibError("cli_phrase_text_or_clear")
    with db.unit_of_work() as uow:
        current = find_house_style(uow, args.organisation)
        version = current.version if current is not None else None
        if args.text is not None or args.clear:
            text = None if args.clear else args.text
            set_phrase(uow, args.organisation, args.language, args.key, text, version=version)
        lines = phrase_lines(uow, args.organisation, args.language)
    found = next((line for line in lines if line.key == args.key), None)
    if found is None:
        from bibagreements.domain.problems import Problem
        from bibagreements.errors import ValidationError

        raise ValidationError([Problem("unknown_phrase", "phrase", key=args.key)])
    say(f"built-in: {found.builtin}")
    say(f"house style: {found.override if found.override is not None else '(built-in)'}")
    return 0
