"""The main window's tool windows: the registers, the clause library, the database check,
the house style, the settings and About."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from bibagreements import __version__
from bibagreements.gui import dialogs

if TYPE_CHECKING:
    from bibagreements.gui.agreement_editors import EditorManager
    from bibagreements.gui.clause_register import ClauseRegister
    from bibagreements.gui.context import AppContext
    from bibagreements.gui.house_style_dialog import HouseStyleDialog
    from bibagreements.gui.registers import RegistersDialog
    from bibagreements.gui.settings_dialog import SettingsDialog
    from bibagreements.gui.trust_list import TrustListDialog
    from bibagreements.services.health import Health


class MainTools(QObject):
    def __init__(
        self,
        ctx: AppContext,
        window: QWidget,
        editors: EditorManager,
        columns: Callable[[], list[tuple[str, str]]],
        settings_applied: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.editors = editors
        self._columns = columns
        self._settings_applied = settings_applied
        self.registers: RegistersDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.house_style_dialog: HouseStyleDialog | None = None
        self.trust_list_dialog: TrustListDialog | None = None
        self.clause_register: ClauseRegister | None = None

    def show_registers(self) -> None:
        from bibagreements.gui.registers import RegistersDialog

        dialog = self.registers
        if dialog is None:
            dialog = RegistersDialog(self.ctx, self.window)
            self.registers = dialog
            dialog.may_change_agreements = lambda: self.editors.may_change_agreements(dialog)
        dialog.show()
        dialog.raise_()
        dialog.reload()

    def show_clauses(self) -> None:
        from bibagreements.gui.clause_register import ClauseRegister

        dialog = self.clause_register
        if dialog is None:
            dialog = ClauseRegister(self.ctx, self.window)
            self.clause_register = dialog
        else:
            dialog.reload()
        dialog.show()
        dialog.raise_()

    def check_database(self) -> None:
        """SQLite's integrity checks on the worker thread, answered in a message."""
        from bibagreements.services.health import check

        self.ctx.op(self.window, check, self._checked, label=self.tr("Checking the database…"))

    def _checked(self, health: Health) -> None:
        title = self.tr("Check the database")
        if health.whole is None:
            text = self.tr(
                "The database holds {0} agreement(s). A PostgreSQL database is checked by "
                "its administrator."
            ).format(health.agreements)
        elif health.whole:
            text = self.tr("The database is whole: {0} agreement(s), schema revision {1}.").format(
                health.agreements, health.revision
            )
        else:
            from bibagreements.gui.problems import error_text

            text = self.tr("The database is damaged: {0} problem(s) found (first: {1}).").format(
                len(health.problems), health.problems[0]
            )
            if health.advice is not None:
                text += "\n\n" + error_text(health.advice)
        dialogs.inform(self.window, title, text)

    def show_settings(self) -> None:
        from bibagreements.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx.settings, self._columns(), self.window)
        dialog.accepted.connect(self._settings_applied)
        dialog.house_style_requested.connect(lambda: self.show_house_style(dialog))
        dialog.trust_list_requested.connect(lambda: self.show_trust_list(dialog))
        dialog.open()
        self.settings_dialog = dialog

    def show_house_style(self, parent: QWidget | None = None) -> None:
        from bibagreements.gui.house_style_dialog import HouseStyleDialog

        dialog = HouseStyleDialog(
            self.ctx, self.ctx.settings.own_organisation, parent or self.window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._house_style_closed)
        dialog.open()
        self.house_style_dialog = dialog

    def _house_style_closed(self) -> None:
        self.house_style_dialog = None

    def show_trust_list(self, parent: QWidget | None = None) -> None:
        from bibagreements.gui.trust_list import TrustListDialog

        dialog = TrustListDialog(self.ctx, parent or self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._trust_list_closed)
        dialog.open()
        self.trust_list_dialog = dialog

    def _trust_list_closed(self) -> None:
        self.trust_list_dialog = None

    def show_about(self) -> None:
        dialogs.about(self.window, self.tr("About bibagreements"), self.about_text())

    def about_text(self) -> str:
        from html import escape

        from bibagreements.paths import resource_path

        notices = resource_path("THIRD-PARTY-NOTICES.txt")
        return self.tr(
            "<h3>bibagreements {0}</h3><p>Collaboration agreements of Swedish regional "
            "library units: drafting, finding, renewing and following up.</p>"
            "<p>Database: {1}</p>"
            "<p>Free software under the GNU General Public License, version 3 or later: "
            "you may share and change it under its terms; it comes with no warranty.</p>"
            "<p>It uses Qt (LGPL-3.0), Python (PSF) and other free software; their "
            "licences are in {2}.</p>"
        ).format(__version__, escape(self.ctx.database_url), escape(str(notices)))
