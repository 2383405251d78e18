"""An agreement's state and its notice terms in words, for ``show``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bibagreements.domain.enums import AgreementStatus, NoticeRule

if TYPE_CHECKING:
    from bibagreements.domain.records import Agreement, StatusOnDay
    from bibagreements.services.amendments import Related, Relations


_RULES = {
    NoticeRule.BEFORE_END: "before the end of the term",
    NoticeRule.MONTH_END: "to the end of a month",
    NoticeRule.QUARTER_END: "to the end of a quarter",
}


def renewal_lines(a: Agreement, state: StatusOnDay) -> list[str]:
    """What the status line cannot say: extended, not yet in force, deadlines."""
    from bibagreements.scheduling.deadlines import decision_date, notice_deadline

    lines = []
    if state.period_passed:
        lines.append("its period has passed without every party signing")
    if state.status is AgreementStatus.ACTIVE and not state.in_force and a.start:
        lines.append(f"signed, in force from {a.start.isoformat()}")
    if state.extended and state.end is not None:
        verb = "runs" if state.in_force else "ran"
        lines.append(f"extended automatically: {verb} until {state.end.isoformat()}")
    terms = a.renewal
    if terms.extension_months:
        lines.append(f"extends by {terms.extension_months} month(s) at a time unless notice")
    term_end = state.end
    if terms.notice_months and term_end is not None:
        deadline = notice_deadline(term_end, terms)
        assert deadline is not None
        lines.append(
            f"notice: {terms.notice_months} month(s) {_RULES[terms.notice_rule]}, "
            f"by {deadline.isoformat()} for the term ending {term_end.isoformat()}"
        )
    if terms.decision_lead_days is not None and term_end is not None:
        decide = decision_date(term_end, terms)
        assert decide is not None
        lines.append(f"decide about renewal by {decide.isoformat()}")
    if a.notice_given_on:
        lines.append(f"notice given on {a.notice_given_on.isoformat()}")
    return lines


def relation_lines(r: Relations) -> list[str]:
    """renews / renewed by, amends / amended by, part of / project agreements."""

    def named(x: Related) -> str:
        return f"{x.id} {x.title} ({x.status.value.replace('_', ' ')})"

    lines = []
    for label, one in (("renews", r.renews), ("amends", r.amends), ("part of", r.part_of)):
        if one is not None:
            lines.append(f"{label}: {named(one)}")
    for label, many in (
        ("renewed by", r.renewed_by),
        ("amended by", r.amended_by),
        ("project agreements", r.projects),
    ):
        lines += [f"{label}: {named(x)}" for x in many]
    return lines
