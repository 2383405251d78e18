"""The window's automatic backup at start-up and its restore from a backup.

The daily backup runs on the worker once the database has opened; when it
fails, the status bar says so and the log keeps it, and the window goes on
(no dialog: nothing is lost yet). A restore is checked on the worker, confirmed,
then run with the window's database closed; the database reopens on the next
job and everything is read again.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStatusBar, QWidget

from bibagreements.errorlog import log_error
from bibagreements.gui import dialogs
from bibagreements.gui.operations import Change

if TYPE_CHECKING:
    from collections.abc import Callable

    from bibagreements.gui.context import AppContext
    from bibagreements.services.daily_backups import DailyBackup
    from bibagreements.services.database import UnitOfWork
    from bibagreements.services.restore import BackupInfo, Restored

log = logging.getLogger(__name__)


def _daily_job(uow: UnitOfWork, ctx: AppContext, daily: int, weekly: int) -> DailyBackup | None:
    from bibagreements.services.daily_backups import make_daily_backup

    return make_daily_backup(uow, ctx.today(), daily, weekly)


def _check_job(db_name: str | None, path: str) -> tuple[Path, BackupInfo]:
    from bibagreements.services.restore import check_backup, database_file

    database = database_file(db_name)
    return database, check_backup(Path(path), database)


class DatabaseBackups(QObject):
    backup_made = Signal(str)  # the path of today's automatic backup
    restored = Signal(str)  # the path of the backup put in place

    def __init__(
        self,
        ctx: AppContext,
        window: QWidget,
        status: QStatusBar,
        may_replace: Callable[[], bool],
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.status = status
        self._may_replace = may_replace  # no open editor holds unsaved work

    # -- the automatic backup ------------------------------------------------------------

    def make_daily_backup(self) -> None:
        """Today's backup, unless there is one (off the GUI thread, never in the way)."""
        s = self.ctx.settings
        daily, weekly = s.daily_backups, s.weekly_backups
        self.ctx.op(
            self,
            lambda uow: _daily_job(uow, self.ctx, daily, weekly),
            self._daily_made,
            self._daily_failed,
        )

    def _daily_made(self, made: DailyBackup | None) -> None:
        if made is not None:
            self.backup_made.emit(made.path)

    def _daily_failed(self, exc: BaseException) -> None:
        message = self.ctx.errors.describe(exc)
        log.warning("the automatic backup failed: %s", type(exc).__name__)
        log_error(exc)  # type and place only: the log never holds record texts
        self.status.showMessage(self.tr("The automatic backup failed: {0}").format(message.text))

    # -- restore ----------------------------------------------------------------------------

    def restore_from_backup(self) -> None:
        if not self._may_replace():
            return
        path = dialogs.open_file(
            self.window,
            self.tr("Restore from a backup"),
            self.tr("bibagreements backups (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if not path:
            return
        db_name = self.ctx.db_name
        self.ctx.run(
            self,
            lambda: _check_job(db_name, path),
            lambda checked: self._confirm(*checked),
            label=self.tr("Checking the backup…"),
        )

    def _confirm(self, database: Path, info: BackupInfo) -> None:
        from bibagreements.services.restore import aside_file_name

        now = datetime.now()  # the name asked about is the name used (unless taken by then)
        question = self.tr(
            "Replace the database with the backup of {0} holding {1} agreement(s)? "
            "The current database is kept as {2}."
        ).format(info.day.isoformat(), info.agreements, aside_file_name(database, now))
        if not dialogs.confirm(
            self.window, self.tr("Restore from a backup"), question, self.tr("&Restore")
        ):
            return
        from bibagreements.services.restore import restore_database

        self.ctx.run_closed(
            self,
            lambda: restore_database(database, Path(info.path), now),
            self._restored,
            label=self.tr("Restoring the database…"),
        )

    def _restored(self, restored: Restored) -> None:
        self.ctx.announce(Change.ALL, self)
        text = self.tr("Restored %n agreement(s) from {0}.", "", restored.backup.agreements).format(
            restored.backup.path
        )
        if restored.aside:
            text += " " + self.tr("The replaced database is kept as {0}.").format(restored.aside)
        self.status.showMessage(text, 15000)
        self.restored.emit(restored.backup.path)
