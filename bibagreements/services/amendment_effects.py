"""The effect of a signed amendment on the agreement it amends (see services.amendments)."""

from __future__ import annotations

from bibagreements.domain.records import Agreement
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import AgreementRow, AreaRow, PartyRow


def apply_amendment(uow: UnitOfWork, amendment: Agreement) -> None:
    """Let a fully signed amendment's changes take effect on the agreement it amends."""
    from bibagreements.services.schedule import regenerate_schedule

    assert amendment.amends_id is not None
    target = uow.session.get(AgreementRow, amendment.amends_id)
    assert target is not None
    effect = amendment.start
    if amendment.new_end is not None:
        target.end_date = amendment.new_end
    present = {p.organisation_id: p for p in target.parties}
    for party in amendment.parties:
        existing = present.get(party.organisation_id)
        if party.leaves:
            if existing is not None and existing.left_on is None:
                existing.left_on = effect or party.signed_on
        elif existing is None:
            target.parties.append(
                PartyRow(
                    organisation_id=party.organisation_id,
                    position=len(target.parties),
                    registry_number="",
                    contact_person_id=party.contact_person_id,
                    signatory_id=party.signatory_id,
                    signatory_title=party.signatory_title,
                    signed_on=party.signed_on,
                    signed_place=party.signed_place,
                )
            )
    titles = {area.title.casefold() for area in target.areas}
    for area in amendment.areas:
        if area.title.casefold() not in titles:
            target.areas.append(
                AreaRow(position=len(target.areas), title=area.title, description=area.description)
            )
    uow.session.flush()
    if amendment.new_end is not None:
        regenerate_schedule(uow, target.id)
