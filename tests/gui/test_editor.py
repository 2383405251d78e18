"""The agreement editor, driven like a person would: keyboard and mouse only."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCompleter, QSizePolicy, QTableWidget, QWidget

from bibagreements.domain.enums import AgreementStatus, Cadence
from bibagreements.gui import dialogs
from bibagreements.gui.agreement_model import Column
from bibagreements.gui.editor import AgreementEditor
from bibagreements.gui.record_dialogs import OrganisationDialog, PersonDialog
from tests.gui.conftest import (
    delete_editor,
    discard_changes,
    error_labels,
    hold_worker,
    open_editor,
    replace_eva,
)

TITLE = (
    "Överenskommelse om samarbete mellan Region Skånes kulturförvaltning "
    "och Biblioteken i Kristianstad"
)
PURPOSE = (
    "Överenskommelsen synliggör samarbetet mellan parterna och anger de "
    "samverkansområden som parterna gemensamt har identifierat."
)
BACKGROUND = (
    "Digital delaktighet är en demokratifråga. Barn och unga ska utveckla digital "
    "kompetens och källkritik. Från januari 2020 är barnkonventionen svensk lag."
)
DOCUMENTS = [
    ("Regional kulturplan för Skåne", "Region Skåne", "2016", "2019", "", ""),
    ("Regional biblioteksplan Region Skåne", "Region Skåne", "2017", "2020", "", ""),
    (
        "Biblioteksplan för Kristianstads kommun",
        "Kristianstads kommun",
        "2019",
        "2022",
        "2019-03-12",
        "Kommunfullmäktige",
    ),
]
AREAS = [
    ("Regional arbetsgrupp", "Stadsbiblioteket deltar i den regionala arbetsgruppen."),
    ("Kompetensutveckling", "Utbildning för bibliotekspersonal i hela Skåne."),
    ("Spridning", "Information och erfarenheter sprids till andra kommuner."),
]
SECTION = ("Särskilda samarbeten", "Särskilda samarbeten genomförs som projekt med egna avtal.")
PARTIES = [
    {
        "name": "Biblioteken i Kristianstad",
        "number": "212000-0951",
        "registry": "KS 2019/0001",
        "contact": ("Sara Lind", "Bibliotekarie", "sara.lind@example.org"),
        "signatory": ("Johan Berg", "Bibliotekschef", "johan.berg@example.org"),
    },
    {
        "name": "Region Skånes kulturförvaltning",
        "number": "232100-0255",
        "registry": "KUN 2019/470",
        "contact": ("Maria Ek", "Verksamhetsutvecklare", "maria.ek@example.org"),
        "signatory": ("Lars Holm", "Kulturdirektör", "lars.holm@example.org"),
    },
]


def click(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def replace_text(qtbot, typist, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    typist(widget, text)


def type_cell(qtbot, typist, table: QTableWidget, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    table.scrollTo(table.model().index(row, column))
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(table, Qt.Key.Key_F2)
    line = table.viewport().focusWidget() or QApplication.focusWidget()
    editors = [w for w in table.findChildren(QWidget) if w.inherits("QLineEdit") and w.isVisible()]
    target = editors[0] if editors else line
    typist(target, text)
    qtbot.keyClick(target, Qt.Key.Key_Return)


def choose_in_combo(qtbot, typist, combo, text: str) -> None:  # type: ignore[no-untyped-def]
    combo.setFocus()
    typist(combo, text)
    assert combo.currentText() == text


def dialog_of(kind):  # type: ignore[no-untyped-def]
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert len(found) == 1, found
    return found[0]


def add_person(qtbot, typist, idle, ctx, button, person) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, button)
    dialog = dialog_of(PersonDialog)
    name, title, email = person
    typist(dialog.ui.nameEdit, name)
    typist(dialog.ui.titleEdit, title)
    typist(dialog.ui.emailEdit, email)
    click(qtbot, dialog.save_button)
    idle(ctx)
    assert not dialog.isVisible()


def type_reference_agreement(qtbot, typist, idle, editor: AgreementEditor) -> None:  # type: ignore[no-untyped-def]
    ui = editor.ui
    ctx = editor.ctx
    # General
    typist(ui.titleEdit, TITLE)
    choose_in_combo(qtbot, typist, ui.statusCombo, "Active")
    click(qtbot, ui.startEdit)
    typist(ui.startEdit, "2019-11-08")
    click(qtbot, ui.endEdit)
    typist(ui.endEdit, "2020-12-31")
    typist(ui.programmeEdit, "Digitalt först med användaren i fokus")
    choose_in_combo(qtbot, typist, ui.cadenceCombo, "Half-yearly")
    # Purpose, background, governing documents
    editor.sections.show(ui.textsTab)
    click(qtbot, ui.purposeEdit)
    typist(ui.purposeEdit, PURPOSE)
    click(qtbot, ui.backgroundEdit)
    typist(ui.backgroundEdit, BACKGROUND)
    for row, values in enumerate(DOCUMENTS):
        click(qtbot, ui.addDocumentButton)
        for column, value in enumerate(values):
            if value:
                type_cell(qtbot, typist, ui.documentsTable, row, column, value)
    # Areas and sections
    for tab, items in ((ui.areasTab, AREAS), (ui.sectionsTab, [SECTION])):
        editor.sections.show(tab)
        list_editor = ui.areasEditor if tab is ui.areasTab else ui.sectionsEditor
        for title, text in items:
            click(qtbot, list_editor.add_button)
            replace_text(qtbot, typist, list_editor.title_edit, title)
            click(qtbot, list_editor.text_edit)
            typist(list_editor.text_edit, text)
    # Parties, with the organisations and people created from the editor
    editor.sections.show(ui.partiesTab)
    parties = ui.partiesEditor
    for party in PARTIES:
        click(qtbot, parties.add_button)
        click(qtbot, parties.new_organisation_button)
        dialog = dialog_of(OrganisationDialog)
        typist(dialog.ui.nameEdit, party["name"])
        typist(dialog.ui.numberEdit, party["number"])
        click(qtbot, dialog.save_button)
        idle(ctx)
        assert parties.organisation_combo.currentText() == party["name"]
        typist(parties.registry_edit, party["registry"])
        add_person(qtbot, typist, idle, ctx, parties.new_contact_button, party["contact"])
        add_person(qtbot, typist, idle, ctx, parties.new_signatory_button, party["signatory"])
        assert parties.signatory_title_edit.text() == party["signatory"][1]  # taken from the person
        click(qtbot, parties.signed_on_edit)
        typist(parties.signed_on_edit, "2019-11-08")
        typist(parties.signed_place_edit, "Malmö")


def check_reference_agreement(editor: AgreementEditor) -> None:
    ui = editor.ui
    assert ui.titleEdit.text() == TITLE
    assert ui.kindCombo.currentData() == "cooperation"
    assert ui.statusCombo.currentData() == "active"
    assert ui.startEdit.value() == date(2019, 11, 8)
    assert ui.endEdit.value() == date(2020, 12, 31)
    assert ui.languageCombo.currentData() == "sv"
    assert ui.programmeEdit.text() == "Digitalt först med användaren i fokus"
    assert ui.cadenceCombo.currentData() == Cadence.HALF_YEARLY.value
    assert ui.purposeEdit.toPlainText() == PURPOSE
    assert ui.backgroundEdit.toPlainText() == BACKGROUND
    table = ui.documentsTable
    shown = [
        tuple(table.item(r, c).text() for c in range(table.columnCount()))
        for r in range(table.rowCount())
    ]
    assert shown == DOCUMENTS
    assert [(x.title, x.text) for x in ui.areasEditor.items()] == AREAS
    assert [(x.title, x.text) for x in ui.sectionsEditor.items()] == [SECTION]
    parties = ui.partiesEditor.parties()
    people = ui.partiesEditor.people
    assert [p.name for p in parties] == [p["name"] for p in PARTIES]
    for party, expected in zip(parties, PARTIES, strict=True):
        assert party.registry_number == expected["registry"]
        assert people[party.contact_person_id].name == expected["contact"][0]
        assert people[party.signatory_id].name == expected["signatory"][0]
        assert party.signatory_title == expected["signatory"][1]
        assert party.signed_on == date(2019, 11, 8)
        assert party.signed_place == "Malmö"
        assert party.organisation is not None
        assert party.organisation.org_number == expected["number"]


def test_type_save_and_reopen_the_reference_agreement(  # type: ignore[no-untyped-def]
    qtbot, empty_window, idle, typist, presenter
) -> None:
    window = empty_window
    editor = open_editor(qtbot, window, idle)
    type_reference_agreement(qtbot, typist, idle, editor)
    assert editor.problems() == []
    assert editor.save_button.isEnabled()
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        click(qtbot, editor.save_button)
    idle(window.ctx)
    assert presenter.messages == []
    assert not editor.dirty
    editor.close()
    qtbot.waitUntil(lambda: not window.editors.tracked)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    idle(window.ctx)

    # Reopen from the list with a double click and find every value again.
    rect = window.list_page.table.visualRect(window.proxy.index(0, 0))
    # A double click is a press, a release and a double-click press (QTest sends only the last).
    qtbot.mouseClick(
        window.list_page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    qtbot.mouseDClick(
        window.list_page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    idle(window.ctx)
    qtbot.waitUntil(lambda: bool(window.editors.tracked))
    again = next(iter(window.editors.tracked.values()))
    check_reference_agreement(again)
    assert not again.dirty
    summary = window.model.summary(0)
    assert summary.stored_status is AgreementStatus.ACTIVE  # signed, as typed
    # … and, its period over by the window's today, ended without anyone saving it.
    assert window.ctx.today() > date(2021, 1, 1)
    assert summary.status is AgreementStatus.ENDED
    assert window.model.data(window.model.index(0, Column.STATUS)) == "Ended"
    again.close()


def test_validation_blocks_saving_with_reasons(qtbot, demo_window, idle, typist) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, demo_window, idle)
    ui = editor.ui
    assert not editor.save_button.isEnabled()  # nothing typed: nothing to save
    assert not ui.titleError.shows_problem()  # and nothing wrong yet
    assert not ui.partiesError.shows_problem()
    typist(ui.titleEdit, "T")
    ui.titleEdit.setFocus()
    qtbot.keyClick(ui.titleEdit, Qt.Key.Key_Backspace)
    assert ui.titleError.shows_problem() and "empty" in ui.titleError.text()
    typist(ui.titleEdit, "Testavtal")
    assert not ui.titleError.shows_problem()
    click(qtbot, ui.startEdit)
    typist(ui.startEdit, "2024-06-01")
    click(qtbot, ui.endEdit)
    typist(ui.endEdit, "2024-01-01")
    assert "before the start" in ui.periodError.text()
    assert "Cannot save yet" in ui.problemsLabel.text()
    assert_save_refused(qtbot, editor)
    ui.endEdit.setFocus()
    qtbot.keyClick(ui.endEdit, Qt.Key.Key_Delete)  # clears the end date
    assert not ui.periodError.shows_problem()
    editor.sections.show(ui.partiesTab)
    parties = ui.partiesEditor
    assert "two parties" in ui.partiesError.text()  # shown since saving was tried
    for _ in range(2):
        click(qtbot, parties.add_button)
        choose_in_combo(qtbot, typist, parties.organisation_combo, "Västerås stad")
    assert "twice" in ui.partiesError.text()
    assert "⚠" in editor.sections.title(ui.partiesTab)
    assert_save_refused(qtbot, editor)
    parties.organisation_combo.setFocus()
    parties.organisation_combo.lineEdit().selectAll()
    typist(parties.organisation_combo, "Region Västmanland")
    assert not ui.partiesError.shows_problem()
    assert "⚠" not in editor.sections.title(ui.partiesTab)
    assert editor.save_button.isEnabled()
    assert editor.problems() == []


def assert_save_refused(qtbot, editor: AgreementEditor) -> None:  # type: ignore[no-untyped-def]
    """Clicking Save saves nothing while something is wrong; it shows what."""
    saved: list[object] = []
    editor.saved.connect(saved.append)
    click(qtbot, editor.save_button)
    assert not editor.saving and saved == []
    assert editor.ui.problemsLabel.isVisibleTo(editor)
    assert "Cannot save yet" in editor.ui.problemsLabel.text()
    editor.saved.disconnect(saved.append)


def test_project_fields_only_for_project_agreements(qtbot, demo_window, idle, typist) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, demo_window, idle)
    ui = editor.ui
    assert not editor.sections.is_visible(ui.projectTab)
    assert not ui.parentCombo.isVisibleTo(editor)
    choose_in_combo(qtbot, typist, ui.kindCombo, "Project agreement")
    assert editor.sections.is_visible(ui.projectTab)
    assert ui.parentCombo.isVisibleTo(editor)
    assert "parent agreement" in ui.parentError.text()
    typist(ui.fundingEdit, "44o")
    assert "amount" in ui.projectError.text()
    discard_changes(editor)


def test_areas_reorder_with_keyboard_and_buttons(qtbot, demo_window, idle, typist) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, demo_window, idle)
    areas = editor.ui.areasEditor
    for title in ("A", "B", "C"):
        click(qtbot, areas.add_button)
        replace_text(qtbot, typist, areas.title_edit, title)
    areas.list.setFocus()
    qtbot.keyClick(areas.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [x.title for x in areas.items()] == ["A", "C", "B"]
    click(qtbot, areas.up_button)
    assert [x.title for x in areas.items()] == ["C", "A", "B"]
    qtbot.keyClick(areas.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [x.title for x in areas.items()] == ["A", "C", "B"]
    click(qtbot, areas.remove_button)
    assert [x.title for x in areas.items()] == ["A", "B"]
    discard_changes(editor)


def test_closing_with_changes_asks(qtbot, demo_window, idle, typist, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    summary = demo_window.model.summary(0)
    editor = open_editor(qtbot, demo_window, idle, summary.id)
    typist(editor.ui.titleEdit, " (ändrad)")
    assert editor.windowTitle().startswith("* ")
    asked: list[str] = []

    def answer(choice):  # type: ignore[no-untyped-def]
        return lambda parent, what, **_: asked.append(what) or choice

    monkeypatch.setattr(dialogs, "ask_unsaved", answer(dialogs.Unsaved.CANCEL))
    editor.close()
    assert editor.isVisible() and len(asked) == 1
    monkeypatch.setattr(dialogs, "ask_unsaved", answer(dialogs.Unsaved.SAVE))
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.close()
    idle(demo_window.ctx)
    qtbot.waitUntil(lambda: not demo_window.editors.tracked)
    qtbot.waitUntil(
        lambda: any(r.summary.title.endswith("(ändrad)") for r in demo_window.model.rows())
    )


def _saved_by_someone_else(qtbot, demo_window, idle, typist, monkeypatch, answer):  # type: ignore[no-untyped-def]
    """The editor's save after a colleague's, with ``answer`` to "What now?"."""
    summary = demo_window.model.summary(0)
    editor = open_editor(qtbot, demo_window, idle, summary.id)
    from bibagreements.services.agreements import get_agreement, save_agreement

    def someone_else(uow):  # type: ignore[no-untyped-def]
        stored = get_agreement(uow, summary.id)
        save_agreement(uow, replace(stored, short_title="Ändrat av någon annan"))

    asked: list[list[str]] = []
    monkeypatch.setattr(
        dialogs, "choose", lambda _p, _t, _label, options: (asked.append(options), answer)[1]
    )
    demo_window.ctx.op(demo_window, someone_else)
    idle(demo_window.ctx)
    typist(editor.ui.titleEdit, " (min ändring)")
    click(qtbot, editor.save_button)
    idle(demo_window.ctx)
    assert len(asked) == 1 and len(asked[0]) == 3
    return editor


def test_a_newer_version_is_refused_and_the_changes_can_stay(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, typist, presenter, monkeypatch
) -> None:
    editor = _saved_by_someone_else(qtbot, demo_window, idle, typist, monkeypatch, 2)
    assert "someone else" in editor.ui.problemsLabel.text()
    assert editor.isVisible() and editor.dirty  # nothing typed is lost
    assert presenter.exceptions == []
    discard_changes(editor)


def test_after_a_colleague_s_save_my_text_is_copied_and_theirs_opened(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, typist, presenter, monkeypatch
) -> None:
    from PySide6.QtGui import QGuiApplication

    editor = _saved_by_someone_else(qtbot, demo_window, idle, typist, monkeypatch, 0)
    qtbot.waitUntil(lambda: editor.short_title_edit.text() == "Ändrat av någon annan")
    assert not editor.dirty and "(min ändring)" not in editor.ui.titleEdit.text()
    assert "(min ändring)" in QGuiApplication.clipboard().text()
    assert presenter.exceptions == []
    discard_changes(editor)


def test_a_signed_agreement_keeps_what_was_signed(qtbot, demo_window, idle, typist) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, demo_window, idle, agreement_id=1)  # the reference, active
    ui = editor.ui
    assert ui.signedBanner.isVisibleTo(editor)
    banner = ui.signedBannerText.text()
    for still in ("registry numbers", "contact persons", "development area", "amendment"):
        assert still in banner
    assert ui.amendButton.isVisibleTo(editor)
    for edit in (ui.titleEdit, ui.programmeEdit, ui.purposeEdit, ui.backgroundEdit):
        assert edit.isReadOnly(), edit.objectName()
    for box in (ui.startEdit, ui.endEdit, ui.noticeMonthsSpin, ui.extensionSpin):
        assert box.isReadOnly(), box.objectName()
    for combo in (ui.kindCombo, ui.languageCombo, ui.cadenceCombo, ui.noticeRuleCombo):
        assert not combo.isEnabled(), combo.objectName()
    assert not ui.addDocumentButton.isEnabled()
    assert ui.areasEditor.title_edit.isReadOnly() and not ui.areasEditor.add_button.isEnabled()
    parties = ui.partiesEditor
    assert not parties.organisation_combo.isEnabled() and not parties.add_button.isEnabled()
    assert parties.signed_place_edit.isReadOnly()
    assert not ui.developmentAreaEdit.isReadOnly() and ui.statusCombo.isEnabled()
    assert not parties.registry_edit.isReadOnly() and parties.contact_combo.isEnabled()
    title = ui.titleEdit.text()
    ui.titleEdit.setFocus()
    ui.titleEdit.end(False)
    typist(ui.titleEdit, " (ändrad)")
    assert ui.titleEdit.text() == title and not editor.dirty
    assert not ui.statusError.shows_problem()
    typist(ui.developmentAreaEdit, " 2")  # not signed text: editing it is no problem
    assert editor.dirty and editor.problems() == []
    assert not ui.statusError.shows_problem()
    discard_changes(editor)


def test_a_signed_agreement_offers_an_amendment(qtbot, demo_window, idle) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    editor = open_editor(qtbot, window, idle, agreement_id=1)
    before = set(window.editors.tracked)
    click(qtbot, editor.ui.amendButton)
    idle(window.ctx)
    qtbot.waitUntil(lambda: len(window.editors.tracked) == len(before) + 1)
    (new_id,) = set(window.editors.tracked) - before
    amendment = window.editors.tracked[new_id]
    assert amendment.ui.kindCombo.currentData() == "amendment"
    assert amendment.stored is not None and amendment.stored.amends_id == 1
    assert not amendment.ui.signedBanner.isVisibleTo(amendment)  # a draft: all editable
    assert not amendment.ui.titleEdit.isReadOnly()
    discard_changes(amendment)
    discard_changes(editor)


def load_editor_data_now(window, agreement_id):  # type: ignore[no-untyped-def]
    from bibagreements.gui.editor_data import load_editor_data

    with window.ctx._database().unit_of_work() as uow:
        return load_editor_data(uow, agreement_id)


def test_the_development_area_is_typed_saved_and_suggested(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, typist
) -> None:
    window = demo_window
    window.select_agreement(1)
    window.open_selected()
    idle(window.ctx)
    qtbot.waitUntil(lambda: bool(window.editors.tracked))
    editor = next(iter(window.editors.tracked.values()))
    edit = editor.ui.developmentAreaEdit
    assert edit.text() == "Digital utveckling"
    suggestions = edit.completer().model()
    names = [suggestions.index(i, 0).data() for i in range(suggestions.rowCount())]
    assert names == ["Bibliotekssamverkan", "Digital utveckling"]
    edit.clear()
    typist(edit, "Läsfrämjande")
    assert editor.save_button.isEnabled()  # a signed agreement: the area is not signed text
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    idle(window.ctx)
    from bibagreements.services.agreements import get_agreement

    with window.ctx._database().unit_of_work() as uow:
        assert get_agreement(uow, 1).development_area == "Läsfrämjande"
    editor._data_reloaded(load_editor_data_now(window, 1))  # as after a register change
    assert len(edit.findChildren(QCompleter)) == 1  # the old completer went with its model
    names = [edit.completer().model().index(i, 0).data() for i in range(3)]
    assert names == ["Bibliotekssamverkan", "Digital utveckling", "Läsfrämjande"]
    editor.close()


def test_a_new_agreement_title_error_spans_the_field(qtbot, demo_window, idle) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.editors.open_agreement(None)
    idle(window.ctx)
    (editor,) = window.editors.open_editors()
    for label in error_labels(editor):
        assert label.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Expanding, (
            label.objectName()
        )
    error = editor.ui.titleError
    assert error.isVisible() and not error.shows_problem()  # nothing typed: not wrong yet
    editor.ui.titleEdit.setFocus()
    editor.ui.kindCombo.setFocus()  # left without a title
    qtbot.waitUntil(error.shows_problem)
    qtbot.waitUntil(lambda: error.width() >= editor.ui.titleEdit.width() - 2)


def test_register_changes_refresh_open_editors(
    qtbot, demo_window, idle, typist, presenter, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    editor = open_editor(qtbot, window, idle, 2)
    replace_eva(qtbot, window, idle, typist, monkeypatch)
    idle(window.ctx)
    assert not editor.dirty
    contacts = [p.contact_person_id for p in editor.ui.partiesEditor.parties()]
    assert any(editor.ui.partiesEditor.people[c].name == "Ny Kontakt" for c in contacts if c)
    editor.sections.show(editor.ui.partiesTab)
    typist(editor.ui.partiesEditor.registry_edit, " 2")  # may change once signed
    assert editor.save_button.isEnabled(), editor.ui.problemsLabel.text()
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    idle(window.ctx)
    assert presenter.exceptions == []


def test_closing_while_a_reload_or_save_runs_is_quiet(qtbot, demo_window, idle, presenter) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, demo_window, idle, 1)
    gate = hold_worker(demo_window.ctx)
    editor.reload_from_database()
    editor.ui.checkinsPanel.regenerate()
    delete_editor(editor)
    gate.set()
    idle(demo_window.ctx)
    assert presenter.exceptions == []


def test_control_characters_are_shown_at_their_field(qtbot, demo_window, idle, typist) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, demo_window, idle)
    ui = editor.ui
    ui.titleEdit.setText("Avtal\x1b[2J")  # pasted: no key types ESC
    assert "control character (U+001B)" in ui.titleError.text()
    assert ui.titleError.shows_problem()
    ui.titleEdit.setText("Avtal")
    assert not ui.titleError.shows_problem()
    ui.purposeEdit.setPlainText("Första stycket.\n\n\tAndra stycket.")  # a running text's breaks
    assert "Introduction and purpose" not in ui.problemsLabel.text()
    ui.purposeEdit.setPlainText("Syfte\x07")
    assert "Introduction and purpose: Contains a control character (U+0007)" in (
        ui.problemsLabel.text()
    )
    assert_save_refused(qtbot, editor)


def test_the_short_title_is_under_the_title_and_editable_after_signing(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, typist
) -> None:
    editor = open_editor(qtbot, demo_window, idle, agreement_id=1)  # the reference, active
    edit = editor.short_title_edit
    assert edit.text() == "Kristianstad 2019"
    assert editor.ui.titleEdit.nextInFocusChain() is edit
    assert editor.ui.generalForm.getWidgetPosition(edit)[0] == 1  # the row under the title
    edit.clear()
    typist(edit, "Kristianstad bibliotek")
    assert not editor.ui.statusError.isVisibleTo(editor)  # not signed text
    assert editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    idle(demo_window.ctx)
    from bibagreements.services.agreements import get_agreement

    with demo_window.ctx._database().unit_of_work() as uow:
        assert get_agreement(uow, 1).short_title == "Kristianstad bibliotek"
    editor.close()


def test_a_clause_section_stays_a_clause_through_the_editor(qtbot, demo_window, idle) -> None:  # type: ignore[no-untyped-def]
    from bibagreements.services.demo import FRAMEWORK_TEMPLATE
    from bibagreements.services.templates import find_template, new_agreement_from_template
    from tests.builders import org

    with demo_window.ctx._database().unit_of_work() as uow:
        template = find_template(uow, FRAMEWORK_TEMPLATE)
        parties = [org(uow, "Mall A"), org(uow, "Mall B")]
        draft = new_agreement_from_template(uow, template.id or 0, "Från mall", parties)
    editor = open_editor(qtbot, demo_window, idle, draft.id)
    collected = editor.collect()[0]
    assert [(s.heading, s.filled) for s in collected.sections] == [
        (s.heading, True) for s in template.sections
    ]
    assert collected.sections == draft.sections
    discard_changes(editor)
