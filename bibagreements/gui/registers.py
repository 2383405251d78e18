"""The registers of organisations and people: search, edit, and a person's data rights."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bibagreements.domain.records import Organisation, Person
from bibagreements.gui import dialogs
from bibagreements.gui.collation import CollatingProxy
from bibagreements.gui.context import AppContext
from bibagreements.gui.folders import save_folder
from bibagreements.gui.labels import organisation_kind_label
from bibagreements.gui.operations import Change, OpChanges
from bibagreements.gui.record_dialogs import OrganisationDialog, PersonDialog
from bibagreements.gui.screen_fit import fitting_size

if TYPE_CHECKING:
    from bibagreements.services.database import UnitOfWork

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


class RecordsModel(QAbstractTableModel, Generic[R]):
    """A read-only table of records; each column is a header and a getter."""

    def __init__(
        self, columns: Sequence[tuple[str, Callable[[R], str]]], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.records: list[R] = []

    def set_records(self, records: list[R]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.columns[index.column()][1](self.records[index.row()])
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section][0]
        return None


class RegisterPage(QWidget, Generic[R]):
    """A search field, a sortable table and a row of buttons."""

    def __init__(self, model: RecordsModel[R], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = CollatingProxy(self)
        self.proxy.setSourceModel(model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)

    def add_button(
        self, text: str, slot: Callable[[], None], needs_selection: bool = True
    ) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        button.setProperty("needs_selection", needs_selection)
        self.buttons.addWidget(button)
        return button

    def current(self) -> R | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.records[self.proxy.mapToSource(index).row()]


class RegistersDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        ctx.changes.changed.connect(self._changes_announced)
        # Asked before a change that rewrites agreements (replace, erase); the main
        # window refuses while an open editor has unsaved changes.
        self.may_change_agreements: Callable[[], bool] = lambda: True
        self.setWindowTitle(self.tr("Organisations and people"))
        self.resize(fitting_size(self, QSize(820, 520)))
        self.organisations: list[Organisation] = []
        self.org_model: RecordsModel[Organisation] = RecordsModel(
            [
                (self.tr("Name"), lambda o: o.name),
                (self.tr("Kind"), lambda o: organisation_kind_label(o.kind)),
                (self.tr("Organisation number"), lambda o: o.org_number or ""),
                (self.tr("Part of"), lambda o: o.parent_name or ""),
            ],
            self,
        )
        self.people_model: RecordsModel[Person] = RecordsModel(
            [
                (self.tr("Name"), lambda p: p.name),
                (self.tr("Title"), lambda p: p.title),
                (self.tr("E-mail"), lambda p: p.email),
                (self.tr("Phone"), lambda p: p.phone),
                (self.tr("Organisation"), lambda p: p.organisation_name or ""),
            ],
            self,
        )
        self.org_page = RegisterPage(self.org_model, self)
        self.org_page.add_button(self.tr("New organisation…"), self.new_organisation, False)
        self.org_page.add_button(self.tr("Edit…"), self.edit_organisation)
        self.org_page.buttons.addStretch(1)
        self.org_page.table.doubleClicked.connect(self.edit_organisation)
        self.people_page = RegisterPage(self.people_model, self)
        self.people_page.add_button(self.tr("New person…"), self.new_person, False)
        self.people_page.add_button(self.tr("Edit…"), self.edit_person)
        self.people_page.buttons.addStretch(1)
        self.people_page.add_button(self.tr("Export data…"), self.export_person)
        self.people_page.add_button(self.tr("Replace by…"), self.replace_person)
        self.people_page.add_button(self.tr("Erase…"), self.erase_person)
        self.people_page.table.doubleClicked.connect(self.edit_person)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.org_page, self.tr("&Organisations"))
        self.tabs.addTab(self.people_page, self.tr("&People"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)

    def reload(self) -> None:
        from bibagreements.services.organisations import list_organisations, list_people

        def job(uow: UnitOfWork) -> tuple[list[Organisation], list[Person]]:
            return list_organisations(uow), list_people(uow)

        self.ctx.op(self, job, self._loaded)

    def _changes_announced(self, changes: OpChanges) -> None:
        if changes.touches(Change.REGISTERS) and self.isVisible():
            self.reload()

    def _loaded(self, result: tuple[list[Organisation], list[Person]]) -> None:
        self.organisations, people = result
        self.org_model.set_records(self.organisations)
        self.people_model.set_records(people)

    def _say(self, text: str) -> None:
        self.message.setText(text)

    # -- organisations -------------------------------------------------------------------

    def new_organisation(self) -> None:
        OrganisationDialog(self.ctx, self.organisations, None, self).open()

    def edit_organisation(self, *_args: object) -> None:
        org = self.org_page.current()
        if org is None:
            return
        OrganisationDialog(self.ctx, self.organisations, org, self).open()

    # -- people ----------------------------------------------------------------------------

    def new_person(self) -> None:
        PersonDialog(self.ctx, self.organisations, None, None, self).open()

    def edit_person(self, *_args: object) -> None:
        person = self.people_page.current()
        if person is None:
            return
        PersonDialog(self.ctx, self.organisations, person, None, self).open()

    def export_person(self) -> None:
        person = self.people_page.current()
        if person is None or person.id is None:
            return
        folder = save_folder(self.ctx.settings)
        suggested = str(folder / f"{person.name.replace(' ', '_')}.json")
        path = dialogs.save_file(
            self, self.tr("Export a person's data"), suggested, self.tr("JSON files (*.json)")
        )
        if not path:
            return
        from bibagreements.services.personal_data import export_person_to_file

        person_id = person.id
        self.ctx.op(
            self,
            lambda uow: export_person_to_file(uow, person_id, Path(path)),
            lambda _r: self._say(
                self.tr("Exported the data of {0} to {1}.").format(person.name, path)
            ),
        )

    def replace_person(self) -> None:
        person = self.people_page.current()
        if person is None or person.id is None or not self.may_change_agreements():
            return
        others = [p for p in self.people_model.records if p.id != person.id]
        labels = [
            f"{p.name} ({p.organisation_name})" if p.organisation_name else p.name for p in others
        ]
        choice = dialogs.choose(
            self,
            self.tr("Replace a person"),
            self.tr("Who takes over from {0} in ongoing agreements?").format(person.name),
            labels,
        )
        if choice is None:
            return
        from bibagreements.services.personal_data import replace_person

        old_id, new = person.id, others[choice]
        assert new.id is not None
        new_id = new.id

        def done(count: int) -> None:
            self._say(
                self.tr("{0} replaced {1} in %n agreement(s).", "", count).format(
                    new.name, person.name
                )
            )

        self.ctx.op(
            self,
            lambda uow: replace_person(uow, old_id, new_id),
            done,
            changes=Change.REGISTERS | Change.AGREEMENTS,
        )

    def erase_person(self) -> None:
        person = self.people_page.current()
        if person is None or person.id is None or not self.may_change_agreements():
            return
        if not dialogs.confirm(
            self,
            self.tr("Erase a person"),
            self.tr(
                "Erase {0} and remove them from every unsigned agreement? This cannot be undone."
            ).format(person.name),
            self.tr("Erase"),
        ):
            return
        from bibagreements.services.personal_data import erase_person

        person_id = person.id

        def done(_result: object) -> None:
            self._say(self.tr("Erased {0}.").format(person.name))

        self.ctx.op(
            self,
            lambda uow: erase_person(uow, person_id),
            done,
            changes=Change.REGISTERS | Change.AGREEMENTS,
        )
