"""The clause library and the templates in the interchange file: read for export, imported.

An export of the whole register carries them under "library"; an import adds
those whose uid the database does not have (all or nothing, in the caller's
unit of work, with the agreements). A template whose name another template
has already is refused, as saving it would be.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from bibagreements.domain.problems import Problem
from bibagreements.errors import InterchangeError
from bibagreements.interchange.library import clause_from, library_item, template_from
from bibagreements.services.clauses import clause_record, save_clause
from bibagreements.services.templates import save_template, template_record
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import AgreementTemplateRow, ClauseRow


def library_data(uow: UnitOfWork) -> dict[str, Any] | None:
    """The "library" of an export, or None when it has no clauses, templates or house styles.

    In the order they were added: an import and its export list them alike.
    """
    from bibagreements.services.house_style_exchange import house_styles_data

    clauses = uow.session.scalars(select(ClauseRow).order_by(ClauseRow.id))
    templates = uow.session.scalars(select(AgreementTemplateRow).order_by(AgreementTemplateRow.id))
    return library_item(
        [clause_record(row) for row in clauses],
        [template_record(row) for row in templates],
        house_styles_data(uow),
    )


def import_library(uow: UnitOfWork, library: dict[str, Any] | None) -> tuple[int, int]:
    """Add the file's clauses and templates that are not there yet; (clauses, templates) added.

    The file was validated: each item can be saved. InterchangeError for a
    template whose name another one has.
    """
    if not library:
        return 0, 0
    session = uow.session
    clause_uids = set(session.scalars(select(ClauseRow.uid)))
    template_rows = list(
        session.execute(select(AgreementTemplateRow.uid, AgreementTemplateRow.name))
    )
    template_uids = {uid for uid, _ in template_rows}
    names = {name.casefold() for _, name in template_rows}
    taken = [
        Problem("template_name_taken", "library", "templates", k, "name", name=item["name"])
        for k, item in enumerate(library.get("templates", []))
        if item["uid"] not in template_uids and item["name"].strip().casefold() in names
    ]
    if taken:
        raise InterchangeError(taken)
    clauses = [clause_from(x) for x in library.get("clauses", []) if x["uid"] not in clause_uids]
    for clause in clauses:
        save_clause(uow, clause)
    templates = [
        template_from(x) for x in library.get("templates", []) if x["uid"] not in template_uids
    ]
    for template in templates:
        save_template(uow, template)
    return len(clauses), len(templates)
