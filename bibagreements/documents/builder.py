"""From an agreement (a frozen record) to the neutral document model.

The structure follows the reference agreement: parties, introduction and
purpose, validity, background with governing documents, areas of
collaboration, project details, extra sections, check-in, copies and
signatures. Fixed phrases come from resources/phrases/<language>.json.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from bibagreements.documents.clauses import section_text
from bibagreements.documents.dates import iso, period, running_text, year_span
from bibagreements.documents.model import (
    Block,
    BulletList,
    Document,
    Heading,
    Metadata,
    Paragraph,
    SignatureBlock,
    SignatureBlocks,
    Table,
)
from bibagreements.documents.phrases import Phrases
from bibagreements.documents.styling import PLAIN, Styling
from bibagreements.domain.enums import AgreementKind, AgreementStatus, Cadence, CheckinStatus
from bibagreements.domain.records import Agreement, Checkin, GoverningDocument, Party

SHORT_TITLE_LENGTH = 60


def short_title(title: str, limit: int = SHORT_TITLE_LENGTH) -> str:
    """The title cut at a word boundary with an ellipsis, for footers."""
    text = " ".join(title.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(" ,;:–-") + "…"


def format_sek(amount: Decimal, language: str) -> str:
    """``440 000 kr`` / ``SEK 440,000``, with öre only when there are any."""
    whole = amount == amount.to_integral_value()
    text = f"{amount:,.0f}" if whole else f"{amount:,.2f}"
    if language == "sv":
        return text.replace(",", "\u00a0").replace(".", ",") + "\u00a0kr"
    return f"SEK\u00a0{text}"


def _governing_document(doc: GoverningDocument, p: Phrases) -> str:
    text = doc.title
    if doc.period_start_year and doc.period_end_year:
        text += " " + year_span(doc.period_start_year, doc.period_end_year)
    elif doc.period_start_year:
        text += f" {doc.period_start_year}"
    details = []
    if doc.owner:
        details.append(doc.owner)
    if doc.adopted_on or doc.adopted_by:
        body = doc.adopted_by or p.text("text.unknown_body")
        when = running_text(doc.adopted_on, p.language) if doc.adopted_on else ""
        details.append(p.text("text.adopted_by", body=body, date=when).strip())
    return f"{text} ({', '.join(details)})" if details else text


def _person_line(party: Party) -> str:
    person = party.contact_person
    if person is None:
        return ""
    return f"{person.name}, {person.title}" if person.title else person.name


def _signature_block(party: Party, p: Phrases) -> SignatureBlock:
    place_date = " ".join(
        x for x in (party.signed_place, iso(party.signed_on) if party.signed_on else "") if x
    )
    signatory = party.signatory
    return SignatureBlock(
        party_name=party.name,
        place_and_date=place_date,
        signatory_name=signatory.name if signatory else "",
        signatory_title=party.signatory_title or (signatory.title if signatory else ""),
    )


def _paragraphs(text: str) -> list[Block]:
    """Blank lines separate paragraphs; single newlines stay line breaks."""
    parts = [part.strip("\n") for part in text.replace("\r\n", "\n").split("\n\n")]
    return [Paragraph(part) for part in parts if part.strip()]


def _planned(checkins: tuple[Checkin, ...]) -> list[date]:
    """The check-in dates as planned: held ones keep their place, cancelled ones none.

    (A signed version keeps the dates as they were when it went out: services.versions.)
    """
    return sorted(c.due for c in checkins if c.status is not CheckinStatus.CANCELLED)


def agreement_document(
    a: Agreement, language: str | None = None, styling: Styling = PLAIN
) -> Document:
    """The signable agreement, in its own language unless ``language`` is given."""
    p = styling.load_phrases(language or a.language.value).for_kind(a.kind.value)
    blocks: list[Block] = []

    blocks.append(Heading(p.text("heading.parties")))
    blocks.append(
        Table(
            (p.text("table.party"), p.text("table.organisation_number"),
             p.text("table.registration_number")),
            tuple((x.name, (x.organisation.org_number or "") if x.organisation else "",
                   x.registry_number) for x in a.parties),
            (0.44, 0.3, 0.26),
        )
    )  # fmt: skip

    blocks.append(Heading(p.text("heading.introduction")))
    blocks += _paragraphs(a.purpose)
    if a.programme:
        blocks.append(Paragraph(p.text("text.programme", programme=a.programme)))

    if a.start:
        blocks.append(Heading(p.text("heading.validity")))
        if a.end:
            blocks.append(Paragraph(p.text("text.validity_period", period=period(a.start, a.end))))
        else:
            blocks.append(Paragraph(p.text("text.validity_from", start=iso(a.start))))

    if a.background.strip() or a.governing_documents:
        blocks.append(Heading(p.text("heading.background")))
        blocks += _paragraphs(a.background)
        if a.governing_documents:
            blocks.append(Paragraph(p.text("text.governing_documents")))
            blocks.append(
                BulletList(tuple(_governing_document(d, p) for d in a.governing_documents))
            )

    if a.kind is AgreementKind.PROJECT:
        blocks += _project_blocks(a, p)

    if a.areas:
        blocks.append(Heading(p.text("heading.areas")))
        blocks.append(
            BulletList(
                tuple(f"{x.title}: {x.description}" if x.description else x.title for x in a.areas)
            )
        )

    for section in a.sections:
        blocks.append(Heading(section.heading))
        blocks += _paragraphs(section_text(section, a, language))

    blocks += _checkin_blocks(a, p)

    blocks.append(Heading(p.text("heading.signatures")))
    blocks.append(Paragraph(p.text("text.copies", n=p.number(len(a.parties)))))
    blocks.append(SignatureBlocks(tuple(_signature_block(x, p) for x in a.parties)))

    return Document(
        title=a.title,
        short_title=short_title(a.short_title or a.title),
        language=p.language,
        version_label=str(a.version),
        blocks=tuple(blocks),
        draft=a.status is AgreementStatus.DRAFT,
        metadata=Metadata(
            author=a.parties[0].name if a.parties else "",
            subject=p.text(f"kind.{a.kind.value}"),
            keywords=tuple(x.title for x in a.areas),
            created=a.updated_at or a.created_at,
        ),
        house_style=styling.look,
    )


def _project_blocks(a: Agreement, p: Phrases) -> list[Block]:
    blocks: list[Block] = [Heading(p.text("heading.project"))]
    if a.parent_title:
        blocks.append(Paragraph(p.text("text.parent_reference", parent=a.parent_title)))
    project = a.project
    if project is None:
        return blocks
    if project.goals.strip():
        blocks.append(Heading(p.text("heading.goals"), 2))
        blocks += _paragraphs(project.goals)
    if project.funding_sek is not None or project.funder:
        blocks.append(Heading(p.text("heading.funding"), 2))
        if project.funding_sek is not None:
            amount = format_sek(project.funding_sek, p.language)
            funder = project.funder or p.text("text.unknown_funder")
            blocks.append(Paragraph(p.text("text.funding", amount=amount, funder=funder)))
        else:
            blocks.append(Paragraph(p.text("text.funder_only", funder=project.funder)))
    if project.implementation.strip():
        blocks.append(Heading(p.text("heading.implementation"), 2))
        blocks += _paragraphs(project.implementation)
    return blocks


def _checkin_blocks(a: Agreement, p: Phrases) -> list[Block]:
    blocks: list[Block] = [Heading(p.text("heading.checkin"))]
    blocks.append(Paragraph(p.text("text.contact_persons")))
    blocks.append(
        Table(
            (p.text("table.party"), p.text("table.contact_person"), p.text("table.email")),
            tuple(
                (x.name, _person_line(x), x.contact_person.email if x.contact_person else "")
                for x in a.parties
            ),
            (0.36, 0.34, 0.30),
        )
    )
    if a.cadence is not Cadence.NONE:
        blocks.append(Paragraph(p.text(f"cadence.{a.cadence.value}")))
        planned = _planned(a.checkins)
        if planned:
            dates = p.join([iso(d) for d in planned])
            blocks.append(Paragraph(p.text("text.planned_checkins", dates=dates)))
    return blocks


def minutes_document(
    a: Agreement, checkin: Checkin, language: str | None = None, styling: Styling = PLAIN
) -> Document:
    """Minutes of one check-in: agenda from the areas, participants, notes, follow-up."""
    p = styling.load_phrases(language or a.language.value).for_kind(a.kind.value)
    held = checkin.held_on or checkin.due
    later = [d for d in _planned(a.checkins) if d > checkin.due]
    rows = [
        (p.text("minutes.agreement"), a.title),
        (p.text("minutes.meeting_date"), iso(held)),
        (p.text("minutes.due_date"), iso(checkin.due)),
        (p.text("table.party"), "\n".join(x.name for x in a.parties)),
        (p.text("minutes.participants"), "\n".join(checkin.participants)),
    ]
    blocks: list[Block] = [
        Table((p.text("minutes.field"), p.text("minutes.value")), tuple(rows), (0.3, 0.7))
    ]
    if a.areas:
        blocks.append(Heading(p.text("minutes.agenda")))
        blocks.append(BulletList(tuple(x.title for x in a.areas)))
    entries = [f for f in a.followups if f.checkin_id == checkin.id and checkin.id is not None]
    if entries:
        blocks.append(Heading(p.text("minutes.areas_followed_up")))
        blocks.append(
            Table(
                (p.text("minutes.area"), p.text("minutes.sub_goal"), p.text("minutes.activity"),
                 p.text("minutes.outcome")),
                tuple((f.area_title or "", f.sub_goal, f.activity, f.outcome) for f in entries),
                (0.24, 0.24, 0.24, 0.28),
            )
        )  # fmt: skip
    blocks.append(Heading(p.text("minutes.notes")))
    blocks += _paragraphs(checkin.notes) or [Paragraph("")]
    blocks.append(Heading(p.text("minutes.next_checkin")))
    blocks.append(Paragraph(iso(later[0]) if later else p.text("minutes.no_next_checkin")))
    title = f"{p.text('minutes.title')} {iso(held)}"
    return Document(
        title=f"{title}: {a.title}",
        short_title=short_title(f"{title}: {a.short_title or a.title}"),
        language=p.language,
        version_label=str(a.version),
        blocks=tuple(blocks),
        draft=checkin.status is not CheckinStatus.HELD,
        metadata=Metadata(
            author=a.parties[0].name if a.parties else "",
            subject=p.text("minutes.title"),
            created=a.updated_at or a.created_at,
        ),
        house_style=styling.look,
    )
