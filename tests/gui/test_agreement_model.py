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
