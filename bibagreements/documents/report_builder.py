"""From the yearly follow-up report (domain.report) to the document model.

One section per development area; under it one subsection per agreement with
its period, status, partners, funding, a table of sub-goals, activities and
outcomes, and the year's check-ins. A summary table comes first.
"""

from __future__ import annotations

from datetime import date, datetime, time

from bibagreements.documents.builder import format_sek
from bibagreements.documents.dates import iso, period, running_text
from bibagreements.documents.model import Block, Document, Heading, Metadata, Paragraph, Table
from bibagreements.documents.phrases import Phrases, capitalised
from bibagreements.documents.styling import PLAIN, Styling
from bibagreements.domain.enums import CheckinStatus
from bibagreements.domain.report import (
    FollowUpReport,
    ReportAgreement,
    ReportArea,
    ReportCheckin,
)


def _area_name(area: ReportArea, p: Phrases) -> str:
    return area.name or p.text("report.no_area")


def _held_count(area: ReportArea) -> int:
    return sum(1 for a in area.agreements for c in a.checkins if c.status is CheckinStatus.HELD)


def _summary(report: FollowUpReport, p: Phrases) -> Table:
    rows = tuple(
        (
            _area_name(area, p),
            str(len(area.agreements)),
            str(sum(len(a.entries) for a in area.agreements)),
            str(_held_count(area)),
        )
        for area in report.areas
    )
    header = (
        p.text("report.area"),
        p.text("report.agreements"),
        p.text("report.entries"),
        p.text("report.checkins_held"),
    )
    return Table(header, rows, (0.28, 0.26, 0.26, 0.2))


def _checkin(c: ReportCheckin, p: Phrases) -> str:
    if c.status is CheckinStatus.HELD:
        return p.text("report.checkin_held", due=iso(c.due), held=iso(c.held_on or c.due))
    if c.status is CheckinStatus.CANCELLED:
        return p.text("report.checkin_cancelled", due=iso(c.due))
    return p.text("report.checkin_planned", due=iso(c.due))


def _facts(a: ReportAgreement, p: Phrases) -> str:
    if a.start is not None and a.end is not None:
        lines = [p.text("report.period", period=period(a.start, a.end))]
    elif a.start is not None:
        lines = [p.text("report.open_period", start=running_text(a.start, p.language))]
    else:
        lines = [p.text("report.no_period")]
    status = capitalised(p.text(f"report.status_names.{a.status.value}"))
    lines.append(p.text("report.status", status=status))
    if a.programme:
        lines.append(p.text("report.programme", programme=capitalised(a.programme)))
    if a.partners:
        lines.append(p.text("report.partners", names=p.join(list(a.partners))))
    if a.funding_sek is not None:
        amount = format_sek(a.funding_sek, p.language)
        if a.funder:
            lines.append(p.text("report.funding", amount=amount, funder=a.funder))
        else:
            lines.append(p.text("report.funding_amount", amount=amount))
    return "\n".join(lines)


def _agreement_blocks(a: ReportAgreement, year: int, p: Phrases) -> list[Block]:
    p = p.for_kind(a.kind.value)
    blocks: list[Block] = [Heading(a.title, 2), Paragraph(_facts(a, p))]
    if a.entries:
        header = (
            p.text("report.entry_area"),
            p.text("report.sub_goal"),
            p.text("report.activity"),
            p.text("report.outcome"),
        )
        rows = tuple(
            (e.area_title or p.text("report.whole_agreement"), e.sub_goal, e.activity, e.outcome)
            for e in a.entries
        )
        blocks.append(Table(header, rows, (0.26, 0.22, 0.26, 0.26)))
    else:
        blocks.append(Paragraph(p.text("report.no_entries", year=year)))
    if a.checkins:
        listed = p.join([_checkin(c, p) for c in a.checkins])
        blocks.append(Paragraph(p.text("report.checkins", year=year, list=listed)))
    else:
        blocks.append(Paragraph(p.text("report.no_checkins", year=year)))
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
    if not report.areas:
        blocks.append(Paragraph(p.text("report.nothing", year=report.year)))
    else:
        blocks += [Heading(p.text("report.summary")), _summary(report, p)]
    for area in report.areas:
        blocks.append(Heading(_area_name(area, p)))
        for agreement in area.agreements:
            blocks += _agreement_blocks(agreement, report.year, p)
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
