"""The parts of the main window that its first frame does not show.

The list's model, the editors, the commands, the follow-up views, backups,
the tool windows, database switching and file drops are built once the window
has painted its first frame (or earlier, when first asked for). Importing
their modules makes PySide6 build the Python types of the Qt classes they use,
which would otherwise delay that frame. The actions enabled before the
database opens reach them through the window's properties.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bibagreements.gui.agreement_commands import AgreementCommands
from bibagreements.gui.agreement_editors import EditorManager
from bibagreements.gui.agreement_model import AgreementFilterProxy, AgreementTableModel
from bibagreements.gui.database_backups import DatabaseBackups
from bibagreements.gui.file_drops import FileDrops
from bibagreements.gui.followup_views import FollowUpViews
from bibagreements.gui.keyboard import install_keyboard_aids
from bibagreements.gui.main_tools import MainTools
from bibagreements.gui.recent_databases import DatabaseSwitcher
from bibagreements.gui.report_tools import ReportTools

if TYPE_CHECKING:
    from bibagreements.gui.main_window import MainWindow


class WindowParts:
    def __init__(self, window: MainWindow) -> None:
        from PySide6.QtWidgets import QApplication

        install_keyboard_aids(QApplication.instance())
        window.main_actions.set_shortcuts()
        ctx, status = window.ctx, window.statusBar()
        self.model = AgreementTableModel(window)
        self.proxy = AgreementFilterProxy(window)
        self.proxy.setSourceModel(self.model)
        self.editors = EditorManager(ctx, window)
        self.commands = AgreementCommands(ctx, window, status, window, self.editors)
        self.followup = FollowUpViews(ctx, window, window, self.editors, window.reminders_button)
        self.reports = ReportTools(ctx, window, window.selected_ids)
        self.backups = DatabaseBackups(
            ctx, window, status, lambda: self.editors.may_change_agreements(window)
        )
        self.tools = MainTools(
            ctx, window, self.editors, window.list_columns, window.apply_hidden_columns
        )
        self.databases = DatabaseSwitcher(
            ctx, window, self.editors, window.main_actions.recent_menu, window.database_switched
        )
        # An interchange file dropped anywhere on the window is imported, as File → Import.
        self.drops = FileDrops(
            window,
            frozenset({".json"}),
            lambda path, _pos: self.commands.import_path(path),
            lambda _pos: window.database_ready,
        )
        self._connect(window)

    def _connect(self, window: MainWindow) -> None:
        a, editors, commands, followup, tools = (
            window.main_actions,
            self.editors,
            self.commands,
            self.followup,
            self.tools,
        )
        connections = (
            (a.new, editors.new_agreement),
            (a.new_from_template, commands.new_from_template),
            (a.open, window.open_selected),
            (a.duplicate, commands.duplicate_selected),
            (a.renew, commands.renew_selected),
            (a.delete, commands.delete_selected),
            (a.import_json, commands.import_json),
            (a.import_document, commands.import_document),
            (a.export_json, commands.export_json),
            (a.demo, commands.load_examples),
            (a.backup, commands.backup_database),
            (a.calendar, followup.export_calendar),
            (a.report, followup.write_followup_report),
            (a.report_sections, self.reports.edit_report_sections),
            (a.register_list, self.reports.write_register_list),
            (a.archive, self.reports.write_archive_package),
            (a.reminders, followup.show_reminders),
            (a.timeline, followup.show_timeline),
            (a.organisations, tools.show_registers),
            (a.check, tools.check_database),
            (a.house_style, tools.show_house_style),
            (a.clauses, tools.show_clauses),
        )
        for action, slot in connections:
            action.triggered.connect(slot)
        window.reminders_button.clicked.connect(followup.show_reminders)
        editors.saved.connect(window.agreement_saved)
        self.backups.restored.connect(window.restored)
        editors.quit_may_continue.connect(window.close)
        window.ctx.changes.changed.connect(window.changes_announced)
