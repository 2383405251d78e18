"""Frozen versions: what the parties sign never changes.

When an agreement goes out for signature (or is stored signed without a
frozen version, as an import or an older database gives it), its documents are
built once, in Swedish and English, and kept with the version: the neutral
document model as JSON (documents.model_json), numbered 1, 2 … per agreement.
Rendering that version later reads the kept model, never today's data, today's
phrases or today's program: check-ins held since, a contact person replaced or
an organisation renamed do not touch it. The documents' time is the version's,
so the same version, format and language give a byte-identical file.

A draft has no frozen version of its own: it renders from its data, as it
stands. Taking an agreement back to draft and out again freezes a new version.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from bibagreements.documents.model import Document
from bibagreements.domain.enums import AgreementStatus, Language
from bibagreements.domain.records import Agreement, AgreementVersion
from bibagreements.errors import NotFoundError
from bibagreements.services.document_files import kept_document
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import AgreementVersionRow

if TYPE_CHECKING:
    from bibagreements.documents.styling import Styling

LANGUAGES = tuple(language.value for language in Language)


def needs_freezing(old: AgreementStatus | None, new: AgreementStatus, has_versions: bool) -> bool:
    """Whether saving a change from ``old`` (None: a new agreement) to ``new`` freezes."""
    if new is AgreementStatus.DRAFT:
        return False
    return old in (None, AgreementStatus.DRAFT) or not has_versions


def freeze(uow: UnitOfWork, agreement: Agreement, at: datetime | None = None) -> AgreementVersion:
    """Keep what ``agreement`` says now as its next version (its documents in each language)."""
    assert agreement.id is not None
    moment = (at or datetime.now()).replace(microsecond=0)
    number = 1 + (
        uow.session.scalar(
            select(func.max(AgreementVersionRow.number)).where(
                AgreementVersionRow.agreement_id == agreement.id
            )
        )
        or 0
    )
    from bibagreements.services.house_styles import styling_for

    # The house style it goes out with is kept in the documents: a later change of
    # the style does not change what was signed.
    styling = styling_for(uow, (party.name for party in agreement.parties))
    row = AgreementVersionRow(
        agreement_id=agreement.id,
        number=number,
        frozen_at=moment,
        content=frozen_content(agreement, number, moment, styling),
    )
    uow.session.add(row)
    uow.session.flush()
    return AgreementVersion(agreement.id, number, moment)


def frozen_content(
    agreement: Agreement, number: int, moment: datetime, styling: Styling | None = None
) -> str:
    """The content of version ``number`` frozen at ``moment``: its documents in each language
    (in a house style's look and wording, if given)."""
    from bibagreements.documents.model_json import to_plain
    from bibagreements.documents.signable import signable_document
    from bibagreements.documents.styling import PLAIN

    documents = {}
    for language in LANGUAGES:
        built = signable_document(agreement, language, styling or PLAIN)
        documents[language] = to_plain(
            replace(
                built,
                version_label=str(number),
                draft=False,
                metadata=replace(built.metadata, created=moment),
            )
        )
    return json.dumps({"documents": documents}, ensure_ascii=False, sort_keys=True)


def agreement_versions(uow: UnitOfWork, agreement_id: int) -> list[AgreementVersion]:
    query = (
        select(AgreementVersionRow.number, AgreementVersionRow.frozen_at)
        .where(AgreementVersionRow.agreement_id == agreement_id)
        .order_by(AgreementVersionRow.number)
    )
    return [AgreementVersion(agreement_id, n, at) for n, at in uow.session.execute(query)]


def frozen_document(
    uow: UnitOfWork, agreement_id: int, number: int | None, language: str
) -> tuple[AgreementVersion, Document]:
    """The kept document of version ``number`` (None: the latest) in ``language``."""
    # Core, not the ORM: rendering a frozen version needs no mapper configured.
    v = AgreementVersionRow.__table__.c
    query = select(v.number, v.frozen_at, v.content).where(v.agreement_id == agreement_id)
    if number is None:
        query = query.order_by(v.number.desc()).limit(1)
    else:
        query = query.where(v.number == number)
    row = uow.session.connection().execute(query).first()
    if row is None:
        if number is None:
            raise NotFoundError("no_versions", agreement=agreement_id)
        raise NotFoundError("no_version", agreement=agreement_id, number=number)
    version = AgreementVersion(agreement_id, row.number, row.frozen_at)
    return version, kept_document(row.content, language)


def version_content(uow: UnitOfWork, agreement_id: int) -> list[tuple[int, datetime, str]]:
    """(number, frozen at, content JSON) of every version: what the interchange carries."""
    query = (
        select(
            AgreementVersionRow.number, AgreementVersionRow.frozen_at, AgreementVersionRow.content
        )
        .where(AgreementVersionRow.agreement_id == agreement_id)
        .order_by(AgreementVersionRow.number)
    )
    return [(n, at, content) for n, at, content in uow.session.execute(query)]
