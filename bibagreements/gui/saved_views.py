"""The saved views on the list's filter row: To do, Ending within 90 days, Drafts, All.

Tab-like: Tab reaches them, the arrow keys switch. Each says how many agreements
it holds (of the whole list: the search and the filters narrow it further).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabBar, QWidget

from bibagreements.gui.agreement_model import View


class SavedViews(QTabBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedViews")
        self.setDrawBase(False)
        self.setExpanding(False)
        self.setUsesScrollButtons(False)  # every view in sight, never behind arrows
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Saved views"))
        self._texts: dict[View, str] = {}
        for view, text, tip in (
            (View.TODO, self.tr("To do"), self.tr("Agreements with something to attend to")),
            (
                View.ENDING,
                self.tr("Ending within 90 days"),
                self.tr("Signed agreements that end within 90 days, with nothing extending them"),
            ),
            (View.DRAFTS, self.tr("Drafts"), self.tr("Agreements not yet sent for signature")),
            (View.ALL, self.tr("All"), self.tr("Every agreement")),
        ):
            index = self.addTab(text)
            self.setTabData(index, view.value)
            self.setTabToolTip(index, tip)
            self._texts[view] = text
        self.setCurrentIndex(self.count() - 1)  # All

    def current_view(self) -> View:
        return View(self.tabData(self.currentIndex()))

    def choose(self, view: View) -> None:
        self.setCurrentIndex(list(View).index(view))

    def show_counts(self, counts: dict[View, int]) -> None:
        """ "To do (4)"; a view whose count is not known yet shows its name alone."""
        for index, view in enumerate(View):
            count = counts.get(view)
            text = self._texts[view]
            self.setTabText(index, text if count is None else f"{text} ({count})")
