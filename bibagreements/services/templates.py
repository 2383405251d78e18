"""Agreement templates: save an agreement as one, list, read, delete; a new draft from one.

A template fixes what agreements of one shape share (kind, language, cadence,
purpose and background, areas, sections with their clauses, governing
documents, programme, development area, house style); a new agreement from
it asks only for the rest (title, parties, period) and is saved through
save_agreement, so every rule of an agreement applies to it.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import select

from bibagreements.domain.enums import AgreementStatus
from bibagreements.domain.library import AgreementTemplate
from bibagreements.domain.placeholders import used
from bibagreements.domain.problems import Problem
from bibagreements.domain.records import Agreement, Party
from bibagreements.errors import ConflictError, NotFoundError, ValidationError
from bibagreements.interchange.library import template_content, template_from, template_problems
from bibagreements.services.agreements import get_agreement, save_agreement
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import AgreementTemplateRow, HouseStyleRow


def template_record(row: AgreementTemplateRow) -> AgreementTemplate:
    """The template of a row: its columns, and its content JSON (interchange.library's shape)."""
    base = template_from(
        {
            **json.loads(row.content or "{}"),
            "name": row.name,
            "kind": row.kind.value,
            "language": row.language.value,
            "cadence": row.cadence.value,
            "house_style": row.house_style,
        }
    )
    return replace(
        base,
        id=row.id,
        uid=row.uid,
        version=row.version,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def list_templates(uow: UnitOfWork) -> list[AgreementTemplate]:
    rows = uow.session.scalars(select(AgreementTemplateRow).order_by(AgreementTemplateRow.name))
    return [template_record(row) for row in rows]


def _row(uow: UnitOfWork, template_id: int) -> AgreementTemplateRow:
    row = uow.session.get(AgreementTemplateRow, template_id)
    if row is None:
        raise NotFoundError("no_template", name=f"#{template_id}")
    return row


def get_template(uow: UnitOfWork, template_id: int) -> AgreementTemplate:
    return template_record(_row(uow, template_id))


def find_template(uow: UnitOfWork, name_or_id: str) -> AgreementTemplate:
    """The template of that name (case-insensitively), else of that ID."""
    wanted = name_or_id.strip().casefold()
    for row in uow.session.scalars(select(AgreementTemplateRow)):
        if row.name.casefold() == wanted:
            return template_record(row)
    if wanted.isdigit():
        by_id = uow.session.get(AgreementTemplateRow, int(wanted))
        if by_id is not None:
            return template_record(by_id)
    raise NotFoundError("no_template", name=name_or_id)


def placeholders_used(t: AgreementTemplate) -> tuple[str, ...]:
    """The placeholders the template's clauses use, each once (they were checked at save)."""
    names = [n for s in t.sections if s.filled for n in used(s.text)]
    return tuple(dict.fromkeys(names))


def _name_taken(uow: UnitOfWork, name: str, own_id: int | None) -> bool:
    folded = name.strip().casefold()
    query = select(AgreementTemplateRow.id, AgreementTemplateRow.name)
    return any(n.casefold() == folded and i != own_id for i, n in uow.session.execute(query))


def save_template(uow: UnitOfWork, template: AgreementTemplate) -> AgreementTemplate:
    """Add (id None) or update a template; an update must carry the version it was read at."""
    t = template
    problems = template_problems(t)
    row: AgreementTemplateRow | None = None
    if t.id is not None:
        row = _row(uow, t.id)
        if row.version != t.version:
            raise ConflictError(
                "changed_by_someone_else", title=row.name, stored=row.version, yours=t.version
            )
    if t.name.strip() and _name_taken(uow, t.name, t.id):
        problems.append(Problem("template_name_taken", "name", name=t.name.strip()))
    if problems:
        raise ValidationError(problems)
    moment = datetime.now().replace(microsecond=0)
    if row is None:
        row = AgreementTemplateRow(uid=t.uid or str(uuid.uuid4()), created_at=moment)
        uow.session.add(row)
    row.name = t.name.strip()
    row.kind = t.kind
    row.language = t.language
    row.cadence = t.cadence
    row.house_style = t.house_style.strip()
    row.content = json.dumps(template_content(t), ensure_ascii=False, sort_keys=True)
    row.updated_at = moment
    uow.session.flush()
    return template_record(row)


def delete_template(uow: UnitOfWork, template_id: int) -> None:
    uow.session.delete(_row(uow, template_id))
    uow.session.flush()


def house_style_of(uow: UnitOfWork, a: Agreement) -> str:
    """The organisation of the first party (the issuing one first) that has a house style."""
    names = [p.name for p in a.parties]
    styled = set(
        uow.session.scalars(
            select(HouseStyleRow.organisation_name).where(
                HouseStyleRow.organisation_name.in_(names)
            )
        )
    )
    return next((name for name in names if name in styled), "")


def save_as_template(uow: UnitOfWork, agreement_id: int, name: str) -> AgreementTemplate:
    """A new template of the agreement's shape (its facts of one occasion are left out)."""
    a = get_agreement(uow, agreement_id)
    return save_template(
        uow,
        AgreementTemplate(
            name=name,
            kind=a.kind,
            language=a.language,
            cadence=a.cadence,
            house_style=house_style_of(uow, a),
            programme=a.programme,
            development_area=a.development_area,
            purpose=a.purpose,
            background=a.background,
            governing_documents=a.governing_documents,
            areas=tuple(replace(x, id=None) for x in a.areas),
            sections=a.sections,
        ),
    )


def new_agreement_from_template(
    uow: UnitOfWork,
    template_id: int,
    title: str,
    organisation_ids: list[int],
    start: date | None = None,
    end: date | None = None,
    short_title: str = "",
) -> Agreement:
    """A draft of the template's shape with the parties and period given, saved."""
    t = get_template(uow, template_id)
    draft = Agreement(
        title=title,
        kind=t.kind,
        status=AgreementStatus.DRAFT,
        language=t.language,
        start=start,
        end=end,
        programme=t.programme,
        development_area=t.development_area,
        short_title=short_title,
        purpose=t.purpose,
        background=t.background,
        cadence=t.cadence,
        governing_documents=t.governing_documents,
        areas=t.areas,
        sections=t.sections,
        parties=tuple(Party(organisation_id=org_id) for org_id in organisation_ids),
    )
    return save_agreement(uow, draft)
