"""From an amendment (ändringsavtal) to the neutral document model.

The amendment cites the agreement it amends (its title, the day it was
signed, each party's registry number), says what changes — a new end date,
parties joining or leaving, areas added, and its own sections — and when it
takes effect, and ends with the copies sentence and a signature block per
party, as the agreement itself does. It names itself by its own noun
(ändringsavtalet) and the amended agreement by that one's (överenskommelsen…).
"""

from __future__ import annotations

from bibagreements.documents.builder import _paragraphs, _signature_block, short_title
from bibagreements.documents.clauses import section_text
from bibagreements.documents.dates import running_text
from bibagreements.documents.model import (
    Block,
    BulletList,
    Document,
    Heading,
    Metadata,
    Paragraph,
    SignatureBlocks,
    Table,
)
from bibagreements.documents.styling import PLAIN, Styling
from bibagreements.domain.enums import AgreementKind, AgreementStatus
from bibagreements.domain.records import Agreement


def amendment_document(
    a: Agreement, language: str | None = None, styling: Styling = PLAIN
) -> Document:
    """The signable amendment, in its own language unless ``language`` is given."""
    phrases = styling.load_phrases(language or a.language.value)
    p = phrases.for_kind(AgreementKind.AMENDMENT.value)
    amended = a.amended
    pa = phrases.for_kind(amended.kind.value if amended else AgreementKind.COOPERATION.value)
    lang = p.language
    blocks: list[Block] = [Heading(p.text("heading.parties"))]
    blocks.append(
        Table(
            (p.text("table.party"), p.text("table.organisation_number")),
            tuple(
                (x.name, (x.organisation.org_number or "") if x.organisation else "")
                for x in a.parties
            ),
            (0.6, 0.4),
        )
    )
    if amended is not None:
        blocks.append(Heading(p.text("amendment.heading_amended")))
        if amended.signed_on is not None:
            cited = p.text(
                "amendment.amends", title=amended.title, date=running_text(amended.signed_on, lang)
            )
        else:
            cited = p.text("amendment.amends_unsigned", title=amended.title)
        blocks.append(Paragraph(cited))
        numbers = tuple((name, number) for name, number in amended.registry_numbers if number)
        if numbers:
            blocks.append(Paragraph(p.text("amendment.registry")))
            blocks.append(
                Table(
                    (p.text("table.party"), p.text("table.registration_number")),
                    numbers,
                    (0.6, 0.4),
                )
            )
    blocks.append(Heading(p.text("amendment.heading_changes")))
    if a.new_end is not None:
        blocks.append(Paragraph(pa.text("amendment.extension", date=running_text(a.new_end, lang))))
    amended_names = {name for name, _number in amended.registry_numbers} if amended else set()
    joining = [x.name for x in a.parties if not x.leaves and x.name not in amended_names]
    leaving = [x.name for x in a.parties if x.leaves]
    if joining and amended is not None:
        blocks.append(Paragraph(pa.text("amendment.joining", parties=p.join(joining))))
    if leaving:
        blocks.append(Paragraph(pa.text("amendment.leaving", parties=p.join(leaving))))
    if a.areas:
        blocks.append(Paragraph(p.text("amendment.areas")))
        blocks.append(
            BulletList(
                tuple(f"{x.title}: {x.description}" if x.description else x.title for x in a.areas)
            )
        )
    for section in a.sections:
        blocks.append(Heading(section.heading, level=2))
        blocks += _paragraphs(section_text(section, a, language))
    blocks.append(Paragraph(pa.text("amendment.unchanged")))
    if a.start is not None:
        blocks.append(Heading(p.text("amendment.heading_effect")))
        blocks.append(Paragraph(p.text("amendment.effect", date=running_text(a.start, lang))))
    blocks.append(Heading(p.text("heading.signatures")))
    blocks.append(Paragraph(p.text("text.copies", n=p.number(len(a.parties)))))
    blocks.append(SignatureBlocks(tuple(_signature_block(x, p) for x in a.parties)))
    return Document(
        title=a.title,
        short_title=short_title(a.title),
        language=p.language,
        version_label=str(a.version),
        blocks=tuple(blocks),
        draft=a.status is AgreementStatus.DRAFT,
        metadata=Metadata(
            author=a.parties[0].name if a.parties else "",
            subject=p.text("kind.amendment"),
            keywords=tuple(x.title for x in a.areas),
            created=a.updated_at or a.created_at,
        ),
        house_style=styling.look,
    )
