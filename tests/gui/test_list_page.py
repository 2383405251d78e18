"""The agreement list: search as you type, filters, opening, the preview."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from bibagreements.gui.agreement_model import ID_ROLE, Column
from bibagreements.gui.main_window import PAGE_LIST
from bibagreements.services.demo import REFERENCE_TITLE


def test_search_as_you_type_over_texts(qtbot, demo_window, typist) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    assert window.pages.currentIndex() == PAGE_LIST
    assert window.proxy.rowCount() == 3
    window.list_page.search_edit.setFocus()
    qtbot.keyClicks(window.list_page.search_edit, "kristianstad")
    assert window.proxy.rowCount() == 1
    assert window.proxy.index(0, Column.TITLE).data() == REFERENCE_TITLE
    window.list_page.search_edit.clear()
    qtbot.keyClicks(window.list_page.search_edit, "KOHA")  # in the framework's purpose only
    assert [window.proxy.index(r, Column.TITLE).data() for r in range(window.proxy.rowCount())] == [
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


def test_the_list_preview_names_the_development_area(qtbot, demo_window, idle) -> None:  # type: ignore[no-untyped-def]
    demo_window.select_agreement(1)
    qtbot.waitUntil(
        lambda: "Digital utveckling" in demo_window.list_page.preview.toPlainText(), timeout=5000
    )
    assert "Development area" in demo_window.list_page.preview.toPlainText()


def _rows(window) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    proxy = window.proxy
    return [
        tuple(proxy.index(r, c).data() for c in range(proxy.columnCount()))
        for r in range(proxy.rowCount())
    ]


def _reload(qtbot, window, idle) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.list_loaded, timeout=10_000):
        window.reload()
    idle(window.ctx)


def test_the_columns_tell_agreements_apart(qtbot, demo_ctx, idle) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace
    from datetime import date

    from bibagreements.services.agreements import get_agreement, save_agreement
    from bibagreements.services.renewal import renew_agreement
    from tests.gui.conftest import close_window, open_window

    demo_ctx.today = lambda: date(2020, 11, 2)
    window = open_window(qtbot, demo_ctx)
    try:
        header = [window.model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
        assert header == [
            "Short title or partners",
            "Title",
            "Period",
            "Status",
            "Development area",
            "Next date",
        ]
        by_title = {row[Column.TITLE]: row for row in _rows(window)}
        reference = by_title[REFERENCE_TITLE]
        assert reference[Column.NAME] == "Kristianstad 2019"
        assert reference[Column.STATUS] == "Active"  # the status on the day
        assert reference[Column.AREA] == "Digital utveckling"
        assert reference[Column.NEXT_DATE] == "⚠ Check-in 2020-05-08"  # late, before the end
        framework = next(row for row in _rows(window) if row[Column.TITLE].startswith("Samv"))
        assert framework[Column.NEXT_DATE] == "Check-in 2022-01-03"
        table = window.list_page.table
        assert table.itemDelegateForColumn(Column.TITLE).__class__.__name__ == (
            "_ElideMiddleDelegate"
        )
        # Without a short title: the partners, not the region that issues it.
        with demo_ctx._database().unit_of_work() as uow:
            a = get_agreement(uow, window.model.summary(window.model.row_of(1)).id)
            plain = save_agreement(uow, replace(a, short_title=""))
            first = renew_agreement(uow, plain.id or 0)
            renew_agreement(uow, first.id or 0)
        _reload(qtbot, window, idle)
        same = [row for row in _rows(window) if row[Column.TITLE] == REFERENCE_TITLE]
        assert len(same) == 3 and len(set(same)) == 3  # the period tells them apart
        assert {row[Column.NAME] for row in same} == {"Biblioteken i Kristianstad"}
        assert len({row[Column.PERIOD] for row in same}) == 3
    finally:
        close_window(window)


def test_own_organisation_is_not_a_partner(qtbot, demo_ctx, idle) -> None:  # type: ignore[no-untyped-def]
    from bibagreements.gui.agreement_model import partners_of

    (framework,) = [s for s in _summaries_of(demo_ctx) if s.title.startswith("Samverkansavtal")]
    assert "Region Västmanland" not in partners_of(framework)  # a region issues it
    assert partners_of(framework, "Arboga kommun")[0] == "Region Västmanland"
    only_regions = _summary_with(framework, ("Region A", "Region B"))
    assert partners_of(only_regions) == ("Region A", "Region B")  # never nobody


def _summaries_of(ctx):  # type: ignore[no-untyped-def]
    from bibagreements.services.agreements import list_agreements

    with ctx._database().unit_of_work() as uow:
        return list_agreements(uow)


def _summary_with(summary, names):  # type: ignore[no-untyped-def]

    from bibagreements.domain.enums import OrganisationKind

    return summary._replace(party_names=names, party_kinds=(OrganisationKind.REGION,) * len(names))


def test_saved_views_combine_with_the_search(qtbot, demo_ctx, idle, typist) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from bibagreements.gui.agreement_model import View
    from tests.gui.conftest import close_window, open_window

    demo_ctx.today = lambda: date(2020, 11, 2)
    window = open_window(qtbot, demo_ctx)
    page = window.list_page
    try:

        def names() -> list[str]:
            return sorted(row[Column.NAME] for row in _rows(window))

        assert page.current_view() is View.ALL and len(names()) == 3
        page.choose_view(View.ENDING)
        assert names() == ["Kristianstad 2019"]
        page.choose_view(View.DRAFTS)
        assert names() == ["Webbplats Västmanland"]
        page.choose_view(View.TODO)
        idle(window.ctx)  # what needs attention is read in the background
        from bibagreements.services.reminders import list_reminders

        with demo_ctx._database().unit_of_work() as uow:
            wanted = {r.agreement_id for r in list_reminders(uow, date(2020, 11, 2))}
        shown = {window.proxy.index(r, 0).data(ID_ROLE) for r in range(window.proxy.rowCount())}
        assert shown == wanted and len(shown) >= 2
        tabs = [page.views.tabText(i) for i in range(page.views.count())]
        assert tabs == [
            f"To do ({len(wanted)})",
            "Ending within 90 days (1)",
            "Drafts (1)",
            "All (3)",
        ]
        page.choose_view(View.DRAFTS)
        typist(page.search_edit, "kristianstad")
        assert names() == []  # the view and the search together
        page.search_edit.clear()
        typist(page.search_edit, "webbplats")
        assert names() == ["Webbplats Västmanland"]
        page.search_edit.clear()
        page.choose_view(View.TODO)
        # Keyboard: Tab reaches the views, the arrow keys move between them.
        page.views.setFocus()
        qtbot.keyClick(page.views, Qt.Key.Key_Right)
        assert page.current_view() is View.ENDING
        assert names() == ["Kristianstad 2019"]
        for _ in range(2):
            qtbot.keyClick(page.views, Qt.Key.Key_Right)
        assert page.current_view() is View.ALL and len(names()) == 3
    finally:
        close_window(window)


def test_the_organisation_filter_lists_names_in_swedish_order(demo_window) -> None:  # type: ignore[no-untyped-def]

    page = demo_window.list_page
    base = demo_window.model.summary(0)
    names = ("Östersunds kommun", "Ängelholms kommun", "Åmåls kommun", "Zinkgruvan")
    page.fill_organisation_filter([base._replace(party_names=names)])
    combo = page.organisation_filter
    shown = [combo.itemText(i) for i in range(1, combo.count())]
    assert shown == ["Zinkgruvan", "Åmåls kommun", "Ängelholms kommun", "Östersunds kommun"]


def test_the_search_texts_keep_each_word_once_after_the_list_shows(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle
) -> None:
    from bibagreements.gui.text_search import words_of

    idle(demo_window.ctx)
    index = demo_window.model.search
    assert len(index) == 3
    for row in range(len(index)):
        words = index.text_of(row).split()
        assert words and len(words) == len(set(words))
    found = index.matching(words_of("kristianstad"))
    assert found is not None and len(found) == 1
