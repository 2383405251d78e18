"""Swedish collation for every list of names the interface sorts.

One collator for the whole interface: Å, Ä, Ö after Z in that order, É with E,
Ü with Y, case ignored. It is Swedish in the English interface too: the names
are Swedish (municipalities, libraries, people), and a Swedish reader of an
English list still looks for Åmål after Zinkgruvan, where every Swedish
register puts it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache, cmp_to_key
from typing import TypeVar

from PySide6.QtCore import (
    QCollator,
    QCollatorSortKey,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

T = TypeVar("T")


@cache
def collator() -> QCollator:
    """The interface's collator (made on first use: nothing is sorted before the window shows)."""
    result = QCollator(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    result.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return result


def sort_key(text: str) -> QCollatorSortKey:
    """A key that orders texts as the collator does (keys compare with ``<``)."""
    return collator().sortKey(text)


def collated(items: Iterable[T], key: Callable[[T], str] | None = None) -> list[T]:
    """``items`` in Swedish order of ``key(item)`` (the item itself when it is the text)."""
    compare = collator().compare
    text: Callable[[T], str] = key or str

    def order(a: T, b: T) -> int:
        return compare(text(a), text(b))

    return sorted(items, key=cmp_to_key(order))


class CollatingProxy(QSortFilterProxyModel):
    """A sort-and-filter proxy that sorts the displayed texts in Swedish order."""

    def lessThan(
        self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex
    ) -> bool:
        a, b = left.data(), right.data()
        if isinstance(a, str) and isinstance(b, str):
            return collator().compare(a, b) < 0
        return super().lessThan(left, right)
