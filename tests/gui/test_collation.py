"""Swedish collation: Å, Ä, Ö after Z, É with E, Ü with Y, in both interface languages."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from bibagreements.domain.enums import AgreementKind, AgreementStatus
from bibagreements.domain.records import AgreementSummary, StatusOnDay
from bibagreements.gui.agreement_model import AgreementFilterProxy, AgreementTableModel, Column
from bibagreements.gui.collation import CollatingProxy, collated

SWEDISH_ORDER = [
    "Émile",
    "Enköping",
    "Uppsala",
    "Yngsjö",
    "Ürdingen",
    "Ystad",
    "Zinkgruvan",
    "Åmål",
    "Ängelholm",
    "Örebro",
    "Östersund",
]
SHUFFLED = ["Östersund", "Ängelholm", "Ürdingen", "Åmål", "Zinkgruvan", "Örebro", "Ystad",
            "Enköping", "Yngsjö", "Uppsala", "Émile"]  # fmt: skip


@pytest.fixture(params=["sv_SE", "en_GB"])
def interface_locale(request: pytest.FixtureRequest) -> Iterator[str]:
    """Swedish names sort the Swedish way also in the English interface."""
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(before)


def test_names_sort_in_swedish_order(interface_locale: str) -> None:
    assert collated(SHUFFLED) == SWEDISH_ORDER
    assert collated(n.lower() for n in SHUFFLED) == [n.lower() for n in SWEDISH_ORDER]


def test_the_agreement_list_sorts_its_names_in_swedish_order(interface_locale: str) -> None:
    model = AgreementTableModel()
    state = StatusOnDay(AgreementStatus.DRAFT, date(2025, 1, 1), None, None)
    base = AgreementSummary(1, "", AgreementKind.COOPERATION, AgreementStatus.DRAFT, None,
                            None, (), None, None, state)  # fmt: skip
    model.set_agreements(
        [base._replace(id=i, title=f"Avtal med {n}", short_title=n) for i, n in enumerate(SHUFFLED)]
    )
    proxy = AgreementFilterProxy()
    proxy.setSourceModel(model)
    for column in (Column.NAME, Column.TITLE):
        proxy.sort(column, Qt.SortOrder.AscendingOrder)
        shown = [proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount())]
        assert shown == SWEDISH_ORDER
    proxy.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, Column.NAME).data() == "Östersund"


def test_a_register_proxy_sorts_in_swedish_order(interface_locale: str) -> None:
    source = QStandardItemModel()
    for name in SHUFFLED:
        source.appendRow(QStandardItem(name))
    proxy = CollatingProxy()
    proxy.setSourceModel(source)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == SWEDISH_ORDER
