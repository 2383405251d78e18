"""The words of "Today" (Idag): its groups, and when each item is, in its own terms.

A check-in is "in 7 days" or "12 days late"; an agreement "ends in 49 days" (an end
date is never late); a draft is "untouched for 192 days". Counts use Qt's plural
forms (``%n``, numerus entries in the catalogue).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from bibagreements.services.reminders import Reminder

translate = QCoreApplication.translate


# Group, and the reminder kinds it holds, in the order shown.
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("checkins", ("checkin_overdue", "checkin_due")),
    ("terms", ("notice_deadline", "decision_due", "agreement_ending", "agreement_ended")),
    ("signatures", ("signature_missing",)),
    ("drafts", ("draft_untouched",)),
    ("parties", ("party_incomplete",)),
)
GROUP_OF = {kind: group for group, kinds in GROUPS for kind in kinds}


def group_title(group: str) -> str:
    return {
        "checkins": translate("Today", "Check-ins"),
        "terms": translate("Today", "Decisions and notice"),
        "signatures": translate("Today", "Missing signatures"),
        "drafts": translate("Today", "Drafts"),
        "parties": translate("Today", "Parties without a contact person or signatory"),
    }[group]


def kind_label(kind: str) -> str:
    """What kind of item it is, for the tool tip (the group says the rest)."""
    return {
        "checkin_overdue": translate("Today", "Check-in"),
        "checkin_due": translate("Today", "Check-in"),
        "notice_deadline": translate("Today", "Last day for notice"),
        "decision_due": translate("Today", "Decision about renewal"),
        "agreement_ending": translate("Today", "Ends without a successor"),
        "agreement_ended": translate("Today", "Ended without a successor"),
        "signature_missing": translate("Today", "Out for signature"),
        "draft_untouched": translate("Today", "Draft"),
        "party_incomplete": translate("Today", "Parties"),
    }[kind]


def when_text(days_late: int | None) -> str:
    """A due date: "12 days late", "today", "in 7 days" (days_late is today minus it)."""
    if days_late is None:
        return ""
    if days_late == 0:
        return translate("Today", "today")
    if days_late == -1:
        return translate("Today", "tomorrow")
    if days_late > 0:
        return translate("Today", "%n day(s) late", None, days_late)
    return translate("Today", "in %n day(s)", None, -days_late)


def reminder_when(reminder: Reminder) -> str:
    """When, in the words of the reminder's kind."""
    n = reminder.days_late
    kind = reminder.kind.value
    if n is None:
        return ""
    if kind in ("agreement_ending", "agreement_ended"):
        if n < 0:
            return translate("Today", "ends in %n day(s)", None, -n)
        if n == 0:
            return translate("Today", "ends today")
        if n == 1:
            return translate("Today", "ended yesterday")
        return translate("Today", "ended %n day(s) ago", None, n)
    if kind == "draft_untouched":
        return translate("Today", "untouched for %n day(s)", None, n)
    if kind == "signature_missing":
        if n < 0:
            return translate("Today", "starts in %n day(s)", None, -n)
        if n == 0:
            return translate("Today", "starts today")
        return translate("Today", "started %n day(s) ago", None, n)
    if kind in ("decision_due", "notice_deadline"):
        if n == 0:
            return translate("Today", "the last day is today")
        if n < 0:
            return translate("Today", "last day in %n day(s)", None, -n)
    return when_text(n)


def detail_text(reminder: Reminder) -> str:
    parts = []
    if reminder.unsigned:
        parts.append(translate("Today", "not signed by: {0}").format(", ".join(reminder.unsigned)))
    if reminder.sent:
        parts.append(
            translate("Today", "sent for signature to: {0}").format(", ".join(reminder.sent))
        )
    if reminder.missing_contact:
        parts.append(
            translate("Today", "no contact person: {0}").format(", ".join(reminder.missing_contact))
        )
    if reminder.missing_signatory:
        parts.append(
            translate("Today", "no signatory: {0}").format(", ".join(reminder.missing_signatory))
        )
    return "; ".join(parts) or ", ".join(reminder.parties)


def grouped(reminders: list[Reminder]) -> list[tuple[str, list[Reminder]]]:
    """(group, items) in group order; within a group the latest or nearest first."""
    groups: dict[str, list[Reminder]] = {}
    for reminder in reminders:
        groups.setdefault(GROUP_OF[reminder.kind.value], []).append(reminder)
    for items in groups.values():
        items.sort(key=lambda r: (-(r.days_late if r.days_late is not None else -(10**6)), r.key))
    return [(group, groups[group]) for group, _kinds in GROUPS if group in groups]


def heading(count: int, day: str) -> str:
    if count == 0:
        return translate("Today", "Nothing needs attention on {0}.").format(day)
    return translate("Today", "%n item(s) to attend to on {0}.", None, count).format(day)
