"""The parties of an agreement: a table of parties and a form for the selected one."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bibagreements.domain.problems import Problem
from bibagreements.domain.records import Organisation, Party, Person
from bibagreements.gui.collation import collated
from bibagreements.gui.widgets import OptionalDateEdit, SearchCombo, read_only_table


@dataclass
class PartyDraft:
    organisation_id: int | None = None
    registry_number: str = ""
    contact_person_id: int | None = None
    signatory_id: int | None = None
    signatory_title: str = ""
    signed_on: date | None = None
    signed_place: str = ""
    # The people chosen for each organisation this row had: a stray keystroke in the
    # organisation field must not lose them when the organisation comes back.
    remembered: dict[int, tuple[int | None, int | None]] = field(
        default_factory=dict, compare=False, repr=False
    )

    @classmethod
    def of(cls, party: Party) -> PartyDraft:
        return cls(
            party.organisation_id,
            party.registry_number,
            party.contact_person_id,
            party.signatory_id,
            party.signatory_title,
            party.signed_on,
            party.signed_place,
        )


def ancestors(organisations: dict[int, Organisation], organisation_id: int) -> set[int]:
    """The organisation and those above it: their people may act for it."""
    found: set[int] = set()
    current: int | None = organisation_id
    while current is not None and current not in found:
        found.add(current)
        org = organisations.get(current)
        current = org.parent_id if org else None
    return found


class PartiesEditor(QWidget):
    changed = Signal()
    new_organisation_requested = Signal()
    new_person_requested = Signal(int, str)  # organisation ID, "contact" or "signatory"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.organisations: dict[int, Organisation] = {}
        self.people: dict[int, Person] = {}
        self.drafts: list[PartyDraft] = []
        self._loading = False
        self.signed = False  # only registry numbers and contact persons may change

        self.table = read_only_table(
            self,
            [
                self.tr("Organisation"),
                self.tr("Registry number"),
                self.tr("Contact person"),
                self.tr("Signatory"),
                self.tr("Signed"),
            ],
            stretch_last=False,
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(110)

        self.add_button = QPushButton(self.tr("&Add party"), self)
        self.remove_button = QPushButton(self.tr("Remove party"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        row_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)

        self.form_box = QGroupBox(self.tr("Selected party"), self)
        self.organisation_combo = SearchCombo(self.form_box)
        search = self.organisation_combo.lineEdit()
        assert search is not None  # an editable combo box has a line edit
        search.setPlaceholderText(self.tr("Type to search organisations"))
        self.new_organisation_button = QPushButton(self.tr("New organisation…"), self.form_box)
        self.registry_edit = QLineEdit(self.form_box)
        self.registry_edit.setPlaceholderText(self.tr("The party's own registry number"))
        self.contact_combo = SearchCombo(self.form_box)
        self.new_contact_button = QPushButton(self.tr("New person…"), self.form_box)
        self.signatory_combo = SearchCombo(self.form_box)
        self.new_signatory_button = QPushButton(self.tr("New person…"), self.form_box)
        self.signatory_title_edit = QLineEdit(self.form_box)
        self.signed_on_edit = OptionalDateEdit(self.form_box)
        self.signed_place_edit = QLineEdit(self.form_box)

        form = QFormLayout(self.form_box)
        form.addRow(
            self.tr("&Organisation:"), _pair(self.organisation_combo, self.new_organisation_button)
        )
        form.addRow(self.tr("Re&gistry number:"), self.registry_edit)
        form.addRow(self.tr("&Contact person:"), _pair(self.contact_combo, self.new_contact_button))
        form.addRow(self.tr("S&ignatory:"), _pair(self.signatory_combo, self.new_signatory_button))
        form.addRow(self.tr("Signatory's &title:"), self.signatory_title_edit)
        form.addRow(self.tr("Signed o&n:"), _pair(self.signed_on_edit, None))
        form.addRow(self.tr("Signed in (&place):"), self.signed_place_edit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(self.form_box)

        self.add_button.clicked.connect(self.add_party)
        self.remove_button.clicked.connect(self.remove_party)
        self.up_button.clicked.connect(lambda: self.move_party(-1))
        self.down_button.clicked.connect(lambda: self.move_party(1))
        self.table.currentCellChanged.connect(lambda row, *_: self._show(row))
        self.organisation_combo.editTextChanged.connect(self._organisation_edited)
        self.organisation_combo.currentIndexChanged.connect(self._organisation_edited)
        self.contact_combo.editTextChanged.connect(self._people_edited)
        self.contact_combo.currentIndexChanged.connect(self._people_edited)
        self.signatory_combo.editTextChanged.connect(self._people_edited)
        self.signatory_combo.currentIndexChanged.connect(self._people_edited)
        for edit in (self.registry_edit, self.signatory_title_edit, self.signed_place_edit):
            edit.textEdited.connect(self._fields_edited)
        self.signed_on_edit.dateChanged.connect(self._fields_edited)
        self.new_organisation_button.clicked.connect(self.new_organisation_requested)
        self.new_contact_button.clicked.connect(lambda: self._request_person("contact"))
        self.new_signatory_button.clicked.connect(lambda: self._request_person("signatory"))
        self._show(-1)

    # -- data in and out ---------------------------------------------------------------

    def set_catalogue(self, organisations: list[Organisation], people: list[Person]) -> None:
        self.organisations = {o.id: o for o in organisations if o.id is not None}
        self.people = {p.id: p for p in people if p.id is not None}
        self._refresh_table()
        self._show(self.current_row())

    def set_parties(self, parties: list[PartyDraft]) -> None:
        self.drafts = list(parties)
        self._refresh_table()
        self.table.setCurrentCell(0 if self.drafts else -1, 0)
        self._show(self.current_row())

    def parties(self) -> list[Party]:
        return [
            Party(
                organisation_id=d.organisation_id,
                registry_number=d.registry_number.strip(),
                contact_person_id=d.contact_person_id,
                signatory_id=d.signatory_id,
                signatory_title=d.signatory_title.strip(),
                signed_on=d.signed_on,
                signed_place=d.signed_place.strip(),
                organisation=self.organisations.get(d.organisation_id),
            )
            for d in self.drafts
            if d.organisation_id is not None
        ]

    def problems(self) -> list[Problem]:
        """Problems only the form can see: a row without a chosen organisation."""
        return [
            Problem("choose_organisation", "parties", i)
            for i, d in enumerate(self.drafts)
            if d.organisation_id is None
        ]

    def current_row(self) -> int:
        row = self.table.currentRow()
        return row if 0 <= row < len(self.drafts) else -1

    # -- row operations ----------------------------------------------------------------

    def add_party(self, organisation_id: int | None = None) -> None:
        self.drafts.append(
            PartyDraft(organisation_id if isinstance(organisation_id, int) else None)
        )
        self._refresh_table()
        self.table.setCurrentCell(len(self.drafts) - 1, 0)
        self._show(len(self.drafts) - 1)
        self.organisation_combo.setFocus()
        self.changed.emit()

    def remove_party(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        del self.drafts[row]
        self._refresh_table()
        self.table.setCurrentCell(min(row, len(self.drafts) - 1), 0)
        self._show(self.current_row())
        self.changed.emit()

    def move_party(self, step: int) -> None:
        row = self.current_row()
        target = row + step
        if row < 0 or not 0 <= target < len(self.drafts):
            return
        self.drafts[row], self.drafts[target] = self.drafts[target], self.drafts[row]
        self._refresh_table()
        self.table.setCurrentCell(target, 0)
        self.changed.emit()

    def select_organisation(self, organisation_id: int) -> None:
        """After "New organisation…": put it into the selected row (or a new one)."""
        if self.current_row() < 0:
            self.add_party()
        org = self.organisations.get(organisation_id)
        if org is not None:
            self.organisation_combo.setCurrentIndex(self.organisation_combo.findData(org.id))

    def select_person(self, person_id: int, role: str) -> None:
        combo = self.contact_combo if role == "contact" else self.signatory_combo
        self._fill_people()
        combo.setCurrentIndex(combo.findData(person_id))

    # -- display -----------------------------------------------------------------------

    def _person_name(self, person_id: int | None) -> str:
        person = self.people.get(person_id) if person_id is not None else None
        return person.name if person else ""

    def _refresh_table(self) -> None:
        self.table.setRowCount(len(self.drafts))
        for row, d in enumerate(self.drafts):
            org = self.organisations.get(d.organisation_id) if d.organisation_id else None
            signed = " ".join(
                x for x in (d.signed_place, d.signed_on.isoformat() if d.signed_on else "") if x
            )
            values = (
                org.name if org else self.tr("(choose an organisation)"),
                d.registry_number,
                self._person_name(d.contact_person_id),
                self._person_name(d.signatory_id),
                signed,
            )
            for column, value in enumerate(values):
                item = self.table.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(row, column, item)
                item.setText(value)
        self._update_buttons()

    def set_signed(self, signed: bool) -> None:
        """The parties of a signed agreement: who signed, where and when stay as signed."""
        self.signed = signed
        for widget in (
            self.organisation_combo,
            self.new_organisation_button,
            self.signatory_combo,
            self.new_signatory_button,
        ):
            widget.setEnabled(not signed)
        for edit in (self.signatory_title_edit, self.signed_place_edit):
            edit.setReadOnly(signed)
        self.signed_on_edit.setReadOnly(signed)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.current_row()
        free = not self.signed
        self.add_button.setEnabled(free)
        self.remove_button.setEnabled(free and row >= 0)
        self.up_button.setEnabled(free and row > 0)
        self.down_button.setEnabled(free and 0 <= row < len(self.drafts) - 1)

    def _show(self, row: int) -> None:
        self._loading = True
        try:
            valid = 0 <= row < len(self.drafts)
            self.form_box.setEnabled(valid)
            draft = self.drafts[row] if valid else PartyDraft()
            orgs = collated(self.organisations.values(), key=lambda o: o.name)
            self.organisation_combo.set_items([(o.name, o.id) for o in orgs], draft.organisation_id)
            self.registry_edit.setText(draft.registry_number)
            self.signatory_title_edit.setText(draft.signatory_title)
            self.signed_on_edit.set_value(draft.signed_on)
            self.signed_place_edit.setText(draft.signed_place)
            self._fill_people()
        finally:
            self._loading = False
        self._update_buttons()

    def _fill_people(self) -> None:
        row = self.current_row()
        draft = self.drafts[row] if row >= 0 else PartyDraft()
        allowed = (
            ancestors(self.organisations, draft.organisation_id)
            if draft.organisation_id is not None
            else set()
        )
        people = collated(
            (p for p in self.people.values() if p.organisation_id in allowed),
            key=lambda p: p.name,
        )
        items: list[tuple[str, int | None]] = [(self.tr("(none)"), None)]
        items += [(p.name, p.id) for p in people]
        loading, self._loading = self._loading, True
        self.contact_combo.set_items(items, draft.contact_person_id)
        self.signatory_combo.set_items(items, draft.signatory_id)
        self._loading = loading
        # People belong to an organisation in the register: not to a proposed one (ID < 0).
        has_org = draft.organisation_id is not None and draft.organisation_id > 0
        for widget in (
            self.contact_combo,
            self.signatory_combo,
            self.new_contact_button,
            self.new_signatory_button,
        ):
            widget.setEnabled(has_org)

    # -- edits -------------------------------------------------------------------------

    def _organisation_edited(self, *_args: object) -> None:
        row = self.current_row()
        if self._loading or row < 0:
            return
        draft = self.drafts[row]
        new_id = self.organisation_combo.current_id()
        if new_id == draft.organisation_id:
            return
        if draft.organisation_id is not None:
            draft.remembered[draft.organisation_id] = (
                draft.contact_person_id,
                draft.signatory_id,
            )
        draft.organisation_id = new_id
        if new_id is not None and new_id in draft.remembered:
            draft.contact_person_id, draft.signatory_id = draft.remembered[new_id]
        allowed = ancestors(self.organisations, new_id) if new_id is not None else set()
        for attr in ("contact_person_id", "signatory_id"):
            person = self.people.get(getattr(draft, attr))
            if person is None or person.organisation_id not in allowed:
                setattr(draft, attr, None)
        self._fill_people()
        self._refresh_table()
        self.changed.emit()

    def _people_edited(self, *_args: object) -> None:
        row = self.current_row()
        if self._loading or row < 0:
            return
        draft = self.drafts[row]
        draft.contact_person_id = self.contact_combo.current_id()
        signatory = self.signatory_combo.current_id()
        if signatory != draft.signatory_id and signatory is not None:
            person = self.people.get(signatory)
            if person and person.title and not self.signatory_title_edit.text().strip():
                self.signatory_title_edit.setText(person.title)
                draft.signatory_title = person.title
        draft.signatory_id = signatory
        self._refresh_table()
        self.changed.emit()

    def _fields_edited(self, *_args: object) -> None:
        row = self.current_row()
        if self._loading or row < 0:
            return
        draft = self.drafts[row]
        draft.registry_number = self.registry_edit.text()
        draft.signatory_title = self.signatory_title_edit.text()
        draft.signed_on = self.signed_on_edit.value()
        draft.signed_place = self.signed_place_edit.text()
        self._refresh_table()
        self.changed.emit()

    def _request_person(self, role: str) -> None:
        row = self.current_row()
        organisation_id = self.drafts[row].organisation_id if row >= 0 else None
        if organisation_id is not None and organisation_id > 0:
            self.new_person_requested.emit(self.drafts[row].organisation_id, role)


def _pair(first: QWidget, second: QWidget | None) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(first, 1)
    if second is not None:
        layout.addWidget(second)
    else:
        layout.addStretch(1)
    return box
