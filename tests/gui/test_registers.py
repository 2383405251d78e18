"""The registers of organisations and people: searching, and a person's data rights."""

from __future__ import annotations

import json
from pathlib import Path

from bibagreements.errors import ConflictError, ValidationError
from bibagreements.gui import dialogs
from bibagreements.gui.registers import RegistersDialog
from bibagreements.services.agreements import get_agreement
from tests.gui.conftest import select_person


def _registers(qtbot, ctx, idle) -> RegistersDialog:  # type: ignore[no-untyped-def]
    dialog = RegistersDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reload()
    idle(ctx)
    return dialog


def test_search_export_erase_and_replace_people(  # type: ignore[no-untyped-def]
    qtbot, demo_ctx, idle, typist, presenter, monkeypatch, tmp_path: Path
) -> None:
    dialog = _registers(qtbot, demo_ctx, idle)
    assert dialog.org_model.rowCount() > 5
    typist(dialog.org_page.search, "kristianstad")
    assert dialog.org_page.proxy.rowCount() == 2  # the municipality and its libraries

    select_person(qtbot, dialog, typist, "Sara Lind")
    target = tmp_path / "sara.json"
    monkeypatch.setattr(dialogs, "save_file", lambda *args: str(target))
    dialog.export_person()
    idle(demo_ctx)
    data = json.loads(target.read_text("utf-8"))
    assert data["person"]["email"] == "sara.lind@example.org"
    assert "Exported" in dialog.message.text()

    # Sara is in a signed agreement: erasing is refused with the reason.
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    dialog.erase_person()
    idle(demo_ctx)
    assert [type(e) for e in presenter.exceptions] == [ConflictError]
    assert "signed" in presenter.messages[0].text

    # Eva Norén is the contact of the active framework agreement: replace her.
    select_person(qtbot, dialog, typist, "Eva Norén")
    people = [p.name for p in dialog.people_model.records if p.name != "Eva Norén"]
    monkeypatch.setattr(
        dialogs,
        "choose",
        lambda parent, title, label, options: next(
            i for i, o in enumerate(options) if o.startswith("Maria Ek")
        ),
    )
    assert "Maria Ek" in people
    dialog.replace_person()
    idle(demo_ctx)
    # Maria belongs to another organisation: refused and explained, nothing changed.
    assert [type(e) for e in presenter.exceptions] == [ConflictError, ValidationError]
    assert "Maria Ek does not belong to that party" in presenter.messages[1].text
    with demo_ctx._database().unit_of_work() as uow:
        framework = get_agreement(uow, 2)
    contacts = [p.contact_person.name for p in framework.parties if p.contact_person]
    assert "Eva Norén" in contacts and "Maria Ek" not in contacts


def test_the_organisations_are_listed_in_swedish_order(qtbot, demo_ctx, idle) -> None:  # type: ignore[no-untyped-def]
    from bibagreements.domain.enums import OrganisationKind
    from bibagreements.domain.records import Organisation
    from bibagreements.services.organisations import save_organisation

    with demo_ctx._database().unit_of_work() as uow:
        for name in ("Ängelholms kommun", "Åmåls kommun", "Östersunds kommun", "Zinkgruvan"):
            save_organisation(uow, Organisation(name, OrganisationKind.MUNICIPALITY))
    dialog = _registers(qtbot, demo_ctx, idle)
    proxy = dialog.org_page.proxy
    names = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert names[-4:] == ["Zinkgruvan", "Åmåls kommun", "Ängelholms kommun", "Östersunds kommun"]
    assert names.index("Kungsörs kommun") < names.index("Köpings kommun")
