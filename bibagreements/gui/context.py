"""What every window needs: settings, the error presenter, the worker and the database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtWidgets import QApplication, QWidget

from bibagreements.gui import main_thread_gc
from bibagreements.gui.errors import ErrorPresenter
from bibagreements.gui.settings import Settings
from bibagreements.gui.worker import Done, Failed, Worker

if TYPE_CHECKING:  # the storage layer (SQLAlchemy, Alembic) loads in the worker thread
    from bibagreements.storage.database import Database, UnitOfWork

T = TypeVar("T")


def _active_window() -> QWidget | None:
    return QApplication.activeWindow()


class AppContext:
    def __init__(
        self,
        db_name: str | None,
        settings: Settings,
        errors: ErrorPresenter | None = None,
    ) -> None:
        main_thread_gc.install()  # before the worker thread exists
        self.db_name = db_name
        self.settings = settings
        self.errors = errors or ErrorPresenter(_active_window)
        self.worker = Worker(self._report, _active_window)
        self._db: Database | None = None  # touched only in the worker thread
        # "Today" for reminders and check-ins; tests put a fixed date here.
        self.today: Callable[[], date] = date.today

    def _report(self, exc: BaseException) -> None:
        self.errors.present(exc)

    def _database(self) -> Database:
        if self._db is None:
            from bibagreements.storage.database import open_database

            self._db = open_database(self.db_name)
        return self._db

    def switch_database(self, db_name: str | None) -> None:
        """Use another database from the next job on (queued behind the current ones)."""

        def job() -> None:
            if self._db is not None:
                self._db.close()
                self._db = None
            self.db_name = db_name

        self.worker.submit(job)

    @property
    def database_url(self) -> str:
        return self._db.url if self._db is not None else (self.db_name or "")

    def call(
        self,
        func: Callable[[UnitOfWork], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        label: str = "",
    ) -> None:
        """Run ``func(uow)`` in one unit of work on the worker thread."""

        def job() -> Any:
            with self._database().unit_of_work() as uow:
                return func(uow)

        self.worker.submit(job, on_done, on_error, label)

    def run(
        self,
        func: Callable[[], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        label: str = "",
    ) -> None:
        """Run ``func()`` (no database) on the worker thread, after queued database work."""
        self.worker.submit(func, on_done, on_error, label)

    def close(self) -> None:
        self.worker.wait_for_done()
        if self._db is not None:
            self._db.close()
            self._db = None
