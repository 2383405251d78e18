"""Validation problems (``field: what is wrong``) in words for people, in their language.

The domain writes its problems in English with a field path in front; this
module finds the field (so the GUI can show the problem next to it) and
translates the known messages.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from bibagreements.domain.enums import AgreementStatus
from bibagreements.gui.labels import status_label

_PATH = re.compile(r"^(?P<field>[a-z_]+)(?:\[(?P<index>\d+)\])?(?P<rest>[.\w\[\]]*)$")


translate = QCoreApplication.translate


def split(problem: str) -> tuple[str, int | None, str]:
    """(top-level field, index or None, message) of a ``field[i].sub: message`` problem."""
    path, sep, message = problem.partition(": ")
    match = _PATH.match(path) if sep else None
    if not match:
        return "", None, problem
    index = match.group("index")
    return match.group("field"), int(index) if index else None, message


def _status(value: str) -> str:
    try:
        return status_label(AgreementStatus(value))
    except ValueError:
        return value


# (pattern of the English message, its translation); groups fill the placeholders.
_MESSAGES: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"must not be empty"), lambda m: translate("Problems", "must not be empty")),
    (
        re.compile(r"the end date is before the start date"),
        lambda m: translate("Problems", "the end date is before the start date"),
    ),
    (
        re.compile(r"year must be between (\d+) and (\d+)"),
        lambda m: translate("Problems", "the year must be between {0} and {1}").format(m[1], m[2]),
    ),
    (
        re.compile(r"an agreement needs at least two parties"),
        lambda m: translate("Problems", "an agreement needs at least two parties"),
    ),
    (
        re.compile(r"(.+) is a party twice"),
        lambda m: translate("Problems", "{0} is a party twice").format(m[1]),
    ),
    (
        re.compile(r"a project agreement belongs to a parent agreement"),
        lambda m: translate(
            "Problems", "a project agreement belongs to a parent agreement; choose one"
        ),
    ),
    (
        re.compile(r"only a project agreement has a parent agreement"),
        lambda m: translate("Problems", "only a project agreement has a parent agreement"),
    ),
    (
        re.compile(r"only a project agreement states project details"),
        lambda m: translate("Problems", "only a project agreement states project details"),
    ),
    (
        re.compile(r"an agreement cannot refer to itself"),
        lambda m: translate("Problems", "an agreement cannot refer to itself"),
    ),
    (re.compile(r"must not be negative"), lambda m: translate("Problems", "must not be negative")),
    (
        re.compile(r"a signed agreement needs a start and an end date"),
        lambda m: translate("Problems", "a signed agreement needs a start and an end date"),
    ),
    (
        re.compile(r"(\w+) only once every party has signed \(not signed: (.*)\)"),
        lambda m: translate(
            "Problems", "“{0}” only once every party has signed (not signed: {1})"
        ).format(_status(m[1]), m[2]),
    ),
    (
        re.compile(r"years have four digits"),
        lambda m: translate("Problems", "years have four digits"),
    ),
    (
        re.compile(r"ends before it starts"),
        lambda m: translate("Problems", "ends before it starts"),
    ),
    (
        re.compile(r"signed content cannot change"),
        lambda m: translate(
            "Problems",
            "the agreement is signed: what the parties signed cannot change "
            "(renew it for a new version; registry numbers and contact persons can change)",
        ),
    ),
    (re.compile(r"has more than two decimals"), lambda m: translate("Problems", "whole öre only")),
    (re.compile(r"is too large"), lambda m: translate("Problems", "the amount is too large")),
    (
        re.compile(r"cannot go from (\w+) to (\w+)"),
        lambda m: translate("Problems", "cannot go from “{0}” to “{1}”").format(
            _status(m[1]), _status(m[2])
        ),
    ),
    (
        re.compile(r"must be ten digits written NNNNNN-NNNN"),
        lambda m: translate("Problems", "must be ten digits written NNNNNN-NNNN"),
    ),
    (
        re.compile(r"third and fourth digits must be at least 20"),
        lambda m: translate("Problems", "the third and fourth digits must be at least 20"),
    ),
    (
        re.compile(r"check digit wrong"),
        lambda m: translate("Problems", "the check digit is wrong; check for a typing error"),
    ),
    (
        re.compile(r"not an e-mail address"),
        lambda m: translate("Problems", "not an e-mail address"),
    ),
    (
        re.compile(r"an organisation cannot be its own parent"),
        lambda m: translate("Problems", "an organisation cannot be its own parent"),
    ),
    (
        re.compile(r"that would make the organisation its own ancestor"),
        lambda m: translate("Problems", "that would make the organisation its own parent"),
    ),
    (
        re.compile(r"(.+) does not belong to (.+)"),
        lambda m: translate("Problems", "{0} does not belong to {1}").format(m[1], m[2]),
    ),
    (
        re.compile(r"“(.+)” has follow-up entries and cannot be removed"),
        lambda m: translate("Problems", "“{0}” has follow-up entries and cannot be removed").format(
            m[1]
        ),
    ),
]


def message_text(message: str) -> str:
    for pattern, translate in _MESSAGES:
        match = pattern.fullmatch(message)
        if match:
            return translate(match)
    return message


def field_label(field: str) -> str:
    labels = {
        "title": translate("Problems", "Title"),
        "period": translate("Problems", "Period"),
        "parties": translate("Problems", "Parties"),
        "parent": translate("Problems", "Parent agreement"),
        "project": translate("Problems", "Project"),
        "status": translate("Problems", "Status"),
        "governing_documents": translate("Problems", "Governing documents"),
        "areas": translate("Problems", "Areas of collaboration"),
        "sections": translate("Problems", "Other sections"),
        "links": translate("Problems", "Links"),
        "name": translate("Problems", "Name"),
        "org_number": translate("Problems", "Organisation number"),
        "email": translate("Problems", "E-mail"),
        "organisation": translate("Problems", "Organisation"),
    }
    return labels.get(field, field)


def human(problem: str, *, with_field: bool = True) -> str:
    """One problem as a sentence: ``Parties, row 2: … is a party twice``."""
    field, index, message = split(problem)
    text = message_text(message)
    text = text[:1].upper() + text[1:]
    if not with_field and index is not None:
        return translate("Problems", "Row {0}: {1}").format(index + 1, text)
    if not with_field or not field:
        return text
    where = field_label(field)
    if index is not None:
        where = translate("Problems", "{0}, row {1}").format(where, index + 1)
    return f"{where}: {text}"


def _checkin_status(value: str) -> str:
    words = {
        "planned": translate("Problems", "planned", "a check-in's state"),
        "held": translate("Problems", "held", "a check-in's state"),
        "cancelled": translate("Problems", "cancelled", "a check-in's state"),
    }
    return words.get(value, value)


def _checkin_action(value: str) -> str:
    words = {
        "moved": translate("Problems", "moved", "only a planned check-in can be …"),
        "cancelled": translate("Problems", "cancelled", "only a planned check-in can be …"),
    }
    return words.get(value, value)


def _no_record(kind: str, number: str) -> str:
    sentences = {
        "agreement": translate("Problems", "There is no agreement with ID {0}."),
        "person": translate("Problems", "There is no person with ID {0}."),
        "organisation": translate("Problems", "There is no organisation with ID {0}."),
        "check-in": translate("Problems", "There is no check-in with ID {0}."),
        "signed copy": translate("Problems", "There is no signed copy with ID {0}."),
        "follow-up entry": translate("Problems", "There is no follow-up entry with ID {0}."),
    }
    return sentences[kind].format(number)


# The core's error messages (English, stable wording) and their translations.
_ERRORS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        re.compile(
            r"no (agreement|person|organisation|check-in|signed copy|follow-up entry) "
            r"with ID ([\d, ]+?)(?: in this agreement| for agreement \d+| \(key .*\))?"
        ),
        lambda m: _no_record(m[1], m[2]),
    ),
    (
        re.compile(r"agreement (\d+) has no check-in due (?:on )?(\S+)"),
        lambda m: translate("Problems", "Agreement {0} has no check-in due {1}.").format(
            m[1], m[2]
        ),
    ),
    (
        re.compile(r"organisation (\d+) is not a party to this agreement"),
        lambda m: translate(
            "Problems", "Organisation {0} is not a party to this agreement."
        ).format(m[1]),
    ),
    (
        re.compile(
            r"“(.+)” was changed by someone else \(version (\d+), yours is (\d+)\); "
            r"reload it before saving"
        ),
        lambda m: translate(
            "Problems",
            "“{0}” was changed by someone else (version {1}, yours is {2}). "
            "Open it again before saving.",
        ).format(m[1], m[2], m[3]),
    ),
    (
        re.compile(r"someone else saved this record in the meantime; reload it and try again"),
        lambda m: translate(
            "Problems", "Someone else saved this record in the meantime. Open it again and retry."
        ),
    ),
    (
        re.compile(r"“(.+)” is (.+): only drafts can be deleted; end or terminate it instead"),
        lambda m: translate(
            "Problems",
            "“{0}” is “{1}”: only drafts can be deleted. End or terminate it instead.",
        ).format(m[1], _status(m[2].replace(" ", "_"))),
    ),
    (
        re.compile(r"“(.+)” has (\d+) project agreement\(s\) under it"),
        lambda m: translate(
            "Problems", "“{0}” has {1} project agreement(s) under it and cannot be deleted."
        ).format(m[1], m[2]),
    ),
    (
        re.compile(r"(.+) appears in (\d+) signed agreement\(s\) \((.*)\); .*", re.DOTALL),
        lambda m: translate(
            "Problems",
            "{0} appears in {1} signed agreement(s) ({2}). Signed agreements are public "
            "records and are kept as signed. Replace the person in ongoing follow-up "
            "instead, or erase them once the records may be culled.",
        ).format(m[1], m[2], m[3]),
    ),
    (
        re.compile(r"the check-in due (\S+) is (\w+); only a planned check-in can be (\w+)"),
        lambda m: translate(
            "Problems", "The check-in due {0} is {1}; only a planned check-in can be {2}."
        ).format(m[1], _checkin_status(m[2]), _checkin_action(m[3])),
    ),
    (
        re.compile(r"the check-in due (\S+) was cancelled; it cannot be held"),
        lambda m: translate(
            "Problems", "The check-in due {0} was cancelled; it cannot be held."
        ).format(m[1]),
    ),
    (
        re.compile(r"(.+) is not a bibagreements database(?: \(not SQLite\))?"),
        lambda m: translate("Problems", "{0} is not a bibagreements database.").format(m[1]),
    ),
    (
        re.compile(
            r"(.+) was written by a newer version of bibagreements \(schema (.+)\); .*", re.DOTALL
        ),
        lambda m: translate(
            "Problems",
            "{0} was written by a newer version of bibagreements (schema {1}). Update the "
            "program to open it; the file was not changed.",
        ).format(m[1], m[2]),
    ),
    (
        re.compile(r"not a usable database URL: (.+)"),
        lambda m: translate("Problems", "Not a usable database address: {0}").format(m[1]),
    ),
    (
        re.compile(r"(.+) is a folder, not a database file"),
        lambda m: translate("Problems", "{0} is a folder, not a database file.").format(m[1]),
    ),
    (
        re.compile(r"(.+) is a folder; name a file"),
        lambda m: translate("Problems", "{0} is a folder; name a file.").format(m[1]),
    ),
    (
        re.compile(r"folder (.+) does not exist"),
        lambda m: translate("Problems", "The folder {0} does not exist.").format(m[1]),
    ),
    (
        re.compile(r"the database could not be used: (.+)", re.DOTALL),
        lambda m: translate("Problems", "The database could not be used: {0}").format(m[1]),
    ),
    (
        re.compile(r"cannot create the data folder: (.+)", re.DOTALL),
        lambda m: translate("Problems", "The data folder cannot be created: {0}").format(m[1]),
    ),
    (
        re.compile(r"no driver for (.+): (.+) is not installed"),
        lambda m: translate("Problems", "No driver for {0}: {1} is not installed.").format(
            m[1], m[2]
        ),
    ),
    (
        re.compile(r"cannot open the database (.+?): (.+)", re.DOTALL),
        lambda m: translate("Problems", "The database {0} cannot be opened: {1}").format(
            m[1], m[2]
        ),
    ),
    (
        re.compile(r"the migration would leave (\d+) broken reference\(s\); nothing was changed"),
        lambda m: translate(
            "Problems",
            "Updating the database would leave {0} broken reference(s); nothing was changed.",
        ).format(m[1]),
    ),
    (
        re.compile(r"signed copy (\d+) does not match its checksum; it was not written"),
        lambda m: translate(
            "Problems", "Signed copy {0} does not match its checksum; it was not written."
        ).format(m[1]),
    ),
    (
        re.compile(r"cannot read (.+?): (.+)", re.DOTALL),
        lambda m: translate("Problems", "{0} cannot be read: {1}").format(m[1], m[2]),
    ),
    (
        re.compile(r"(.+) is not UTF-8 text"),
        lambda m: translate("Problems", "{0} is not UTF-8 text.").format(m[1]),
    ),
    (
        re.compile(r"(.+) is not valid JSON \((.+)\)", re.DOTALL),
        lambda m: translate("Problems", "{0} is not valid JSON ({1}).").format(m[1], m[2]),
    ),
    (
        re.compile(r"(.+) is nested too deeply"),
        lambda m: translate("Problems", "{0} is nested too deeply.").format(m[1]),
    ),
    (
        re.compile(r"cannot open (.+) as a PDF"),
        lambda m: translate("Problems", "{0} cannot be opened as a PDF.").format(m[1]),
    ),
    (
        re.compile(r"the printer (.*) cannot be used"),
        lambda m: (
            translate("Problems", "The printer {0} cannot be used.").format(m[1]).replace("  ", " ")
        ),
    ),
]


def error_text(message: str) -> str:
    """An error message of the core in the user's language; unknown ones as they are."""
    for pattern, make in _ERRORS:
        match = pattern.fullmatch(message.strip())
        if match:
            return make(match)
    return message
