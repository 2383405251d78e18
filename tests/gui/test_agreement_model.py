"""The list's models: the table of agreements and the filter proxy."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from bibagreements.domain.enums import AgreementKind, AgreementStatus
from bibagreements.domain.records import AgreementSummary, StatusOnDay
from bibagreements.gui.agreement_model import (
    ID_ROLE,
    AgreementFilterProxy,
    AgreementTableModel,
    Column,
    Filters,
    Row,
    View,
)


def _summaries(n: int) -> list[AgreementSummary]:
    statuses = list(AgreementStatus)
    return [
        AgreementSummary(
            id=i + 1,
            title=f"Avtal {i:03d}",
            kind=AgreementKind.COOPERATION,
            stored_status=statuses[i % len(statuses)],
            start=date(2020 + i % 5, 1, 1),
            end=_end(i),
            party_names=(f"Kommun {i % 4}", "Region Test"),
            next_checkin=date(2030, 1, 1 + i % 28) if i % 3 else None,
            updated_at=None,
            # The status as given: these tests are about the model, not the calendar.
            state=StatusOnDay(
                statuses[i % len(statuses)],
                date(2022, 6, 1),
                _end(i),
                _end(i),
                in_force=statuses[i % len(statuses)] is AgreementStatus.ACTIVE,
            ),
        )
        for i in range(n)
    ]


def _end(i: int) -> date | None:
    return date(2021 + i % 5, 12, 31) if i % 7 else None


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
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) == QColor("#1e7b34")  # green
    icon = model.data(index, Qt.ItemDataRole.DecorationRole)
    assert icon.pixmap(32, 32).toImage().pixelColor(16, 16) == QColor("#1e7b34")  # a dot
    draft = model.index(0, Column.STATUS)
    assert model.data(draft) == "Draft"
    assert model.data(draft, Qt.ItemDataRole.ForegroundRole) == QColor("#6b6b6b")  # grey
    draft_icon = model.data(draft, Qt.ItemDataRole.DecorationRole)
    assert draft_icon.pixmap(32, 32).toImage() != icon.pixmap(32, 32).toImage()  # another shape
    assert model.data(model.index(2, Column.TITLE), Qt.ItemDataRole.ForegroundRole) is None
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
    shown_after = [proxy.index(r, Column.TITLE).data() for r in range(proxy.rowCount())]
    assert shown_after == sorted(shown_after, reverse=True)
    assert len(shown_after) == len(expected)
    proxy.set_filters(Filters(active_on=date(2020, 6, 1)))
    for r in range(proxy.rowCount()):
        assert proxy.index(r, Column.PERIOD).data().startswith("2020-01-01")


def test_search_over_a_sorted_list_keeps_its_order_and_the_selection(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QTableView

    summaries = _summaries(60)
    model = AgreementTableModel()
    model.set_agreements(
        summaries, [f"avtal {s.id} {'udda' if s.id % 2 else 'jämn'}" for s in summaries]
    )
    proxy = AgreementFilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    proxy.sort(Column.TITLE, Qt.SortOrder.DescendingOrder)
    expected = [s for s in summaries if s.id % 2 and s.status is AgreementStatus.ACTIVE]
    kept = expected[1].id
    chosen = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(ID_ROLE) == kept)
    view.selectRow(chosen)
    proxy.set_filters(Filters(text="UDDA", status=AgreementStatus.ACTIVE))
    shown = [proxy.index(r, Column.TITLE).data() for r in range(proxy.rowCount())]
    assert shown == sorted((s.title for s in expected), reverse=True)
    assert [i.data(ID_ROLE) for i in view.selectionModel().selectedRows()] == [kept]
    proxy.set_filters(Filters(text="jämn"))  # the selected agreement is hidden
    assert view.selectionModel().selectedRows() == []
    assert proxy.mapFromSource(model.index(model.row_of(kept), 0)).isValid() is False
    proxy.set_filters(Filters())
    assert proxy.rowCount() == model.rowCount() == 60


def test_view_counts_are_what_each_view_shows() -> None:
    from bibagreements.gui.agreement_model import View, view_counts

    model = AgreementTableModel()
    model.set_agreements(_summaries(50), today=date(2022, 6, 1))
    proxy = AgreementFilterProxy()
    proxy.setSourceModel(model)
    attention = frozenset({2, 3, 5, 8})
    counts = view_counts(model.rows(), attention)
    assert set(counts) == set(View)
    for view in View:
        proxy.set_filters(Filters(view=view, attention=attention))
        assert counts[view] == proxy.rowCount(), view
    assert counts[View.ALL] == 50 and 0 < counts[View.DRAFTS] < 50
    assert View.TODO not in view_counts(model.rows(), None)


def _passes(row: Row, f: Filters, today: date) -> bool:
    """Whether a row passes the filters, tested row by row (the reference)."""
    from bibagreements.domain.lifecycle import summary_on

    s = row.summary
    in_view = {
        View.TODO: f.attention is not None and s.id in f.attention,
        View.ENDING: row.ends_soon,
        View.DRAFTS: s.status is AgreementStatus.DRAFT,
        View.ALL: True,
    }[f.view]
    return (
        (f.status is None or s.status is f.status)
        and (not f.organisation or f.organisation in s.party_names)
        and in_view
        and (f.active_on is None or summary_on(s, f.active_on).in_force)
        and all(w in row.summary.title.casefold() for w in f.text.casefold().split())
    )


def test_every_filter_shows_what_testing_each_row_would(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Filters one after another, on a sorted list and after a reload: each keystroke's
    rows are the rows passing every filter (nothing kept from an earlier search or
    an earlier load leaks into a later one)."""
    from PySide6.QtWidgets import QTableView

    day = date(2023, 11, 1)  # the active ones end 2023-12-31: soon
    attention = frozenset({2, 3, 5, 8, 13, 21, 34})
    sequence = [
        Filters(text="avtal 0"),
        Filters(text="avtal 01"),
        Filters(text="avtal 01", status=AgreementStatus.ACTIVE),
        Filters(text="avtal 0", status=AgreementStatus.ACTIVE),
        Filters(text="avtal 02", status=AgreementStatus.ACTIVE),
        Filters(text="avtal 02"),
        Filters(text="avtal 03", view=View.DRAFTS),
        Filters(text="3", view=View.TODO, attention=attention),
        Filters(text="3", view=View.TODO, attention=frozenset({3})),
        Filters(view=View.ENDING),
        Filters(text="0", view=View.ENDING, organisation="Kommun 1"),
        Filters(text="0", active_on=date(2022, 3, 1)),
        Filters(text="1 avtal", status=AgreementStatus.ACTIVE, active_on=date(2022, 3, 1)),
        Filters(text="vtal 0"),
        Filters(),
    ]
    model = AgreementTableModel()
    proxy = AgreementFilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    for load, size in enumerate((90, 70)):
        summaries = _summaries(size)
        if load:  # the reload changes every title: nothing kept may answer for it
            summaries = [s._replace(title=f"Avtal {s.id * 7 % 100:03d}") for s in summaries]
        model.set_agreements(summaries, [s.title.casefold() for s in summaries], today=day)
        for sorting in (None, Column.TITLE, Column.NAME):
            if sorting is not None:
                # Sorted while filtered: what the filters let through is renumbered.
                proxy.set_filters(sequence[2])
                proxy.sort(sorting, Qt.SortOrder.DescendingOrder)
            for filters in sequence:
                proxy.set_filters(filters)
                shown = [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())]
                expected = [r.summary.id for r in model.rows() if _passes(r, filters, day)]
                assert shown == expected, (load, sorting, filters)
