"""The agreement list: the models, search as you type, filters and commands."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from bibagreements.domain.enums import AgreementKind, AgreementStatus
from bibagreements.domain.records import AgreementSummary
from bibagreements.gui import dialogs
from bibagreements.gui.agreement_model import (
    AgreementFilterProxy,
    AgreementTableModel,
    Column,
    Filters,
)
from bibagreements.gui.main_window import PAGE_LIST, PAGE_WELCOME
from bibagreements.services.demo import REFERENCE_TITLE


def _summaries(n: int) -> list[AgreementSummary]:
    statuses = list(AgreementStatus)
    return [
        AgreementSummary(
            id=i + 1,
            title=f"Avtal {i:03d}",
            kind=AgreementKind.COOPERATION,
            status=statuses[i % len(statuses)],
            start=date(2020 + i % 5, 1, 1),
            end=date(2021 + i % 5, 12, 31) if i % 7 else None,
            party_names=(f"Kommun {i % 4}", "Region Test"),
            next_checkin=date(2030, 1, 1 + i % 28) if i % 3 else None,
            updated_at=None,
        )
        for i in range(n)
    ]


def test_models_pass_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = AgreementTableModel()
    model.set_agreements(_summaries(40), {3: "kristianstad"})
    qtmodeltester.check(model)
    proxy = AgreementFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filters(Filters(text="avtal 01"))
    qtmodeltester.check(proxy)
    proxy.sort(Column.PERIOD, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)


def test_status_shown_by_text_colour_and_icon() -> None:
    model = AgreementTableModel()
    model.set_agreements(_summaries(5))
    index = model.index(2, Column.STATUS)
    assert model.data(index) == "Active"
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(1, Column.PERIOD)) == "2021-01-01 – 2022-12-31"


def test_filters_combine_and_sorting_keeps_them() -> None:
    model = AgreementTableModel()
    model.set_agreements(_summaries(50))
    proxy = AgreementFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filters(Filters(organisation="Kommun 1", status=AgreementStatus.DRAFT))
    expected = {
        s.id
        for s in _summaries(50)
        if s.status is AgreementStatus.DRAFT and "Kommun 1" in s.party_names
    }
    shown = {proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) for r in range(proxy.rowCount())}
    assert shown == expected
    proxy.sort(Column.TITLE, Qt.SortOrder.DescendingOrder)
    shown_after = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert shown_after == sorted(shown_after, reverse=True)
    assert len(shown_after) == len(expected)
    proxy.set_filters(Filters(active_on=date(2020, 6, 1)))
    for r in range(proxy.rowCount()):
        assert proxy.index(r, Column.PERIOD).data().startswith("2020-01-01")


def test_search_as_you_type_over_texts(qtbot, demo_window, typist) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    assert window.pages.currentIndex() == PAGE_LIST
    assert window.proxy.rowCount() == 3
    window.list_page.search_edit.setFocus()
    qtbot.keyClicks(window.list_page.search_edit, "kristianstad")
    assert window.proxy.rowCount() == 1
    assert window.proxy.index(0, 0).data() == REFERENCE_TITLE
    window.list_page.search_edit.clear()
    qtbot.keyClicks(window.list_page.search_edit, "KOHA")  # in the framework's purpose only
    assert [window.proxy.index(r, 0).data() for r in range(window.proxy.rowCount())] == [
        "Samverkansavtal om gemensamt bibliotekssystem i Västmanlands län"
    ]
    window.list_page.search_edit.clear()
    typist(window.list_page.search_edit, "källkritik")  # background text
    assert window.proxy.rowCount() == 1
    window.list_page.search_edit.clear()
    qtbot.keyClicks(window.list_page.search_edit, "no such words")
    assert window.proxy.rowCount() == 0
    assert window.list_page.empty_hint.isVisibleTo(window)
    window.list_page.search_edit.clear()
    assert window.proxy.rowCount() == 3


def test_status_organisation_and_date_filters(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.list_page.status_filter.setCurrentIndex(window.list_page.status_filter.findData("draft"))
    assert window.proxy.rowCount() == 1
    window.list_page.status_filter.setCurrentIndex(0)
    window.list_page.organisation_filter.setCurrentIndex(
        window.list_page.organisation_filter.findData("Biblioteken i Kristianstad")
    )
    assert window.proxy.rowCount() == 1
    window.list_page.organisation_filter.setCurrentIndex(0)
    qtbot.mouseClick(window.list_page.active_check, Qt.MouseButton.LeftButton)
    window.list_page.active_date.setDate(QDate(2020, 6, 1))
    assert window.proxy.rowCount() == 2  # the reference and the framework
    window.list_page.active_check.setChecked(False)
    assert window.proxy.rowCount() == 3


def test_enter_opens_the_editor(qtbot, demo_window, idle) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.list_page.table.setFocus()
    qtbot.keyClick(window.list_page.table, Qt.Key.Key_Down)
    window.select_agreement(window.model.summary(0).id)
    qtbot.keyClick(window.list_page.table, Qt.Key.Key_Return)
    idle(window.ctx)
    qtbot.waitUntil(lambda: bool(window.editors.tracked))
    editor = next(iter(window.editors.tracked.values()))
    assert editor.ui.titleEdit.text() == window.model.summary(0).title
    editor.close()


def test_delete_refuses_signed_and_deletes_drafts(qtbot, demo_window, idle, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    told: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: told.append(text))
    reference = next(r.summary for r in window.model.rows() if r.summary.title == REFERENCE_TITLE)
    window.select_agreement(reference.id)
    window.main_actions.delete.trigger()
    assert told and "public records" in told[0]
    assert window.model.rowCount() == 3
    draft = next(
        r.summary for r in window.model.rows() if r.summary.status is AgreementStatus.DRAFT
    )
    window.select_agreement(draft.id)
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    with qtbot.waitSignal(window.list_loaded):
        window.main_actions.delete.trigger()
    idle(window.ctx)
    assert window.model.rowCount() == 2


def test_renew_creates_a_linked_draft_for_the_next_period(qtbot, demo_window, idle) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    reference = next(r.summary for r in window.model.rows() if r.summary.title == REFERENCE_TITLE)
    window.select_agreement(reference.id)
    window.main_actions.renew.trigger()
    idle(window.ctx)
    qtbot.waitUntil(lambda: window.model.rowCount() == 4 and bool(window.editors.tracked))
    editor = next(iter(window.editors.tracked.values()))
    assert editor.stored is not None and editor.stored.predecessor_id == reference.id
    assert editor.ui.startEdit.value() == date(2021, 1, 1)
    assert editor.ui.statusCombo.currentData() == "draft"
    assert editor.ui.predecessorValue.text() == REFERENCE_TITLE
    editor.close()


def test_welcome_on_an_empty_database(qtbot, empty_window, idle, typist) -> None:  # type: ignore[no-untyped-def]
    window = empty_window
    assert window.pages.currentIndex() == PAGE_WELCOME
    welcome = window.welcome_view()
    assert welcome.own_box.isVisibleTo(window)
    typist(welcome.own_edit, "Region Skånes kulturförvaltning")
    qtbot.mouseClick(welcome.own_button, Qt.MouseButton.LeftButton)
    assert window.ctx.settings.own_organisation == "Region Skånes kulturförvaltning"
    assert window.ctx.settings.own_organisation_asked
    with qtbot.waitSignal(window.list_loaded, timeout=15_000):
        qtbot.mouseClick(welcome.examples_button, Qt.MouseButton.LeftButton)
    idle(window.ctx)
    assert window.pages.currentIndex() == PAGE_LIST
    assert window.model.rowCount() == 3


def test_new_agreement_starts_with_own_organisation(qtbot, demo_window, idle) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.ctx.settings.own_organisation = "Biblioteken i Kristianstad"
    qtbot.keyClick(window.list_page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    idle(window.ctx)
    qtbot.waitUntil(lambda: bool(window.editors.tracked))
    editor = next(iter(window.editors.tracked.values()))
    parties = editor.ui.partiesEditor
    assert [p.name for p in parties.parties()] == ["Biblioteken i Kristianstad"]
    assert not editor.save_button.isEnabled()
    editor.close()


def test_window_state_is_remembered(qtbot, demo_ctx, idle) -> None:  # type: ignore[no-untyped-def]
    from bibagreements.gui.main_window import MainWindow

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    window.ensure_list_page()
    window.list_page.splitter.setSizes([300, 300])
    window.close()
    saved = demo_ctx.settings.blob("window/splitter")
    assert saved is not None
    # Closed before its list page was built: the saved layout stays as it was.
    early = MainWindow(demo_ctx)
    qtbot.addWidget(early)
    early.show()
    early.close()
    assert demo_ctx.settings.blob("window/splitter") == saved
    demo_ctx.settings.hidden_columns = frozenset({"period", "next_checkin"})
    again = MainWindow(demo_ctx)
    qtbot.addWidget(again)
    table = again.ensure_list_page().table
    assert table.isColumnHidden(Column.PERIOD)
    assert table.isColumnHidden(Column.NEXT_CHECKIN)
    assert not table.isColumnHidden(Column.STATUS)


def test_the_window_opens_on_the_loading_page_and_builds_the_list_once_loading(  # type: ignore[no-untyped-def]
    qtbot, demo_ctx, idle
) -> None:
    from bibagreements.gui.main_window import PAGE_LIST, PAGE_LOADING, MainWindow

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.pages.currentIndex() == PAGE_LOADING
    assert window._list is None  # not built yet: the window shows sooner
    with qtbot.waitSignal(window.list_loaded, timeout=10_000):
        window.reload()
    idle(demo_ctx)
    assert window.pages.currentIndex() == PAGE_LIST
    assert window.proxy.rowCount() == window.model.rowCount() > 0
    assert window.list_page.table.model() is window.proxy
