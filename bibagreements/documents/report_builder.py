"""From the yearly follow-up report (domain.report) to the document model.

Written as the regional library units write theirs: an opening summary, the
year's own introductory sections, then per development area its agreements,
*samverkansparter*, *delmål*, *aktiviteter*, *utfall* in prose agreement by
agreement, *ekonomi* (money received by funder) and the check-ins held, not
held and cancelled.
"""

from __future__ import annotations

from datetime import date, datetime, time

from bibagreements.documents.builder import format_sek
from bibagreements.documents.dates import iso, period, running_text
from bibagreements.documents.model import (
    Block,
    BulletList,
    Document,
    Heading,
    Metadata,
    Paragraph,
    Table,
)
from bibagreements.documents.phrases import Phrases, capitalised
from bibagreements.documents.styling import PLAIN, Styling
from bibagreements.domain.report import (
    CheckinOutcome,
    FollowUpReport,
    NamedText,
    ReportAgreement,
    ReportArea,
)


def _area_name(area: ReportArea, p: Phrases) -> str:
    return area.name or p.text("report.no_area")


def _summary(report: FollowUpReport, p: Phrases) -> list[Block]:
    lines = [
        p.text(
            "report.summary_agreements",
            year=report.year,
            in_force=report.count("in_force"),
            new=report.count("new"),
            ended=report.count("ended"),
            renewed=report.count("renewed"),
        ),
        p.text(
            "report.summary_checkins",
            held=report.checkins(CheckinOutcome.HELD),
            not_held=report.checkins(CheckinOutcome.NOT_HELD),
            cancelled=report.checkins(CheckinOutcome.CANCELLED),
        ),
        p.text("report.summary_funding", amount=format_sek(report.funding_total, p.language)),
    ]
    header = (
        p.text("report.area"),
        p.text("report.agreements"),
        p.text("report.checkins_held"),
        p.text("report.checkins_not_held"),
        p.text("report.funding_received"),
    )
    rows = tuple(
        (
            _area_name(area, p),
            str(len(area.agreements)),
            str(area.checkins(CheckinOutcome.HELD)),
            str(area.checkins(CheckinOutcome.NOT_HELD)),
            format_sek(area.funding_total, p.language),
        )
        for area in report.areas
    )
    return [
        Heading(p.text("report.summary")),
        BulletList(tuple(lines)),
        Table(header, rows, (0.27, 0.1, 0.21, 0.21, 0.21)),
    ]


def _agreement_line(a: ReportAgreement, p: Phrases) -> str:
    if a.start is not None and a.end is not None:
        when = period(a.start, a.end)
    elif a.start is not None:
        when = p.text("report.open_period", start=running_text(a.start, p.language))
    else:
        when = p.text("report.no_period")
    status = p.text(f"report.status_names.{a.status.value}")
    line = p.text("report.agreement_line", title=a.title, period=when, status=status)
    if a.programme:
        line += " " + p.text("report.programme", programme=capitalised(a.programme))
    if a.funding_sek is not None:
        amount = format_sek(a.funding_sek, p.language)
        key = "report.project_funding" if a.funder else "report.project_funding_amount"
        line += " " + p.text(key, amount=amount, funder=a.funder)
    return line


def _named(items: tuple[NamedText, ...], several: bool) -> tuple[str, ...]:
    # With several agreements in the area, each item says which one it belongs to.
    return tuple(f"{i.text} ({i.agreement})" if several else i.text for i in items)


def _outcomes(area: ReportArea, year: int, p: Phrases) -> list[Block]:
    blocks: list[Block] = []
    for a in area.agreements:
        texts = [e.outcome.strip() for e in a.entries if e.outcome.strip()]
        if texts:
            blocks.append(Paragraph(f"{a.name}: " + " ".join(_sentence(t) for t in texts)))
        else:
            blocks.append(Paragraph(p.text("report.no_outcome", name=a.name, year=year)))
    return blocks


def _sentence(text: str) -> str:
    return text if text[-1] in ".!?…" else text + "."


def _checkins(area: ReportArea, year: int, p: Phrases) -> Paragraph:
    parts = []
    for outcome, key in (
        (CheckinOutcome.HELD, "report.checkins_held_list"),
        (CheckinOutcome.NOT_HELD, "report.checkins_not_held_list"),
        (CheckinOutcome.CANCELLED, "report.checkins_cancelled_list"),
        (CheckinOutcome.PLANNED, "report.checkins_planned_list"),
    ):
        days = [
            iso(c.held_on or c.due) if outcome is CheckinOutcome.HELD else iso(c.due)
            for a in area.agreements
            for c in a.checkins
            if c.outcome is outcome
        ]
        if days:
            parts.append(p.text(key, count=len(days), days=p.join(sorted(days))))
    if not parts:
        return Paragraph(p.text("report.no_checkins", year=year))
    return Paragraph("\n".join(parts))


def _area_blocks(area: ReportArea, year: int, p: Phrases) -> list[Block]:
    several = len(area.agreements) > 1
    blocks: list[Block] = [
        Heading(_area_name(area, p)),
        Heading(p.text("report.agreements_heading"), 2),
        BulletList(tuple(_agreement_line(a, p) for a in area.agreements)),
        Heading(p.text("report.partners_heading"), 2),
        Paragraph(p.join(area.partners) + "." if area.partners else p.text("report.none")),
    ]
    for key, items in (
        ("report.sub_goals_heading", area.sub_goals),
        ("report.activities_heading", area.activities),
    ):
        blocks.append(Heading(p.text(key), 2))
        blocks.append(
            BulletList(_named(items, several)) if items else Paragraph(p.text("report.none"))
        )
    blocks.append(Heading(p.text("report.outcome_heading"), 2))
    blocks += _outcomes(area, year, p)
    blocks.append(Heading(p.text("report.economy_heading"), 2))
    if area.funding:
        blocks.append(
            BulletList(
                tuple(
                    p.text(
                        "report.received",
                        amount=format_sek(f.amount_sek, p.language),
                        funder=f.funder,
                    )
                    for f in area.funding
                )
            )
        )
    else:
        blocks.append(Paragraph(p.text("report.no_funding", year=year)))
    blocks.append(Heading(p.text("report.checkins_heading"), 2))
    blocks.append(_checkins(area, year, p))
    return blocks


def report_document(
    report: FollowUpReport, language: str, compiled_on: date, styling: Styling = PLAIN
) -> Document:
    p = styling.load_phrases(language)
    title = p.text("report.title", year=report.year)
    blocks: list[Block] = [
        Paragraph(
            p.text("report.intro", year=report.year, day=running_text(compiled_on, p.language))
        )
    ]
    for section in report.sections:
        blocks.append(Heading(section.heading))
        blocks += [Paragraph(part) for part in section.text.split("\n\n") if part.strip()]
    if not report.areas:
        blocks.append(Paragraph(p.text("report.nothing", year=report.year)))
    else:
        blocks += _summary(report, p)
    for area in report.areas:
        blocks += _area_blocks(area, report.year, p)
    return Document(
        title=title,
        short_title=title,
        language=p.language,
        version_label="",
        blocks=tuple(blocks),
        metadata=Metadata(
            subject=p.text("report.subject"), created=datetime.combine(compiled_on, time())
        ),
        house_style=styling.look,
    )
