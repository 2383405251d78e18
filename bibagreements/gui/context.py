"""What every window needs: settings, the error presenter, the worker, the database and
the broadcast of changes.

Every background operation goes through ``op`` (database) or ``run`` (files only),
naming the widget that owns it: its callbacks never run once that widget is gone,
and what it changed is announced once on ``changes`` (see ``operations``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from bibagreements.domain import clock
from bibagreements.gui import main_thread_gc
from bibagreements.gui.errors import ErrorPresenter
from bibagreements.gui.operations import Change, ChangeHub, Changes, OpChanges
from bibagreements.gui.settings import Settings
from bibagreements.gui.worker import Failed, Worker

if TYPE_CHECKING:  # the database layer (SQLAlchemy, Alembic) loads in the worker thread
    from bibagreements.services.database import Database, UnitOfWork

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
        self.changes = ChangeHub()
        self._db: Database | None = None  # touched only in the worker thread
        self._checked = False  # a direct read found its pages whole (worker thread)
        # "Today" for the whole window (``--today`` sets it); tests put a fixed date here.
        self.today: Callable[[], date] = clock.today
        # A team server's password typed this session: kept in memory, never in Settings.
        self._password: str | None = None

    def _report(self, exc: BaseException) -> None:
        if getattr(exc, "code", "") == "database_needs_password" and self._ask_password(exc):
            return
        self.errors.present(exc)

    def _ask_password(self, exc: BaseException) -> bool:
        """Ask for the server's password (on the GUI thread), then let every view read
        again; the user may keep it in the keyring. False: not given."""
        from bibagreements.gui import dialogs

        url = dict(getattr(exc, "params", ())).get("url", "")
        answer = dialogs.ask_password(_active_window(), str(url))
        if answer is None:
            return False
        password, remember = answer
        self._password = password
        if remember:
            name = self.db_name or str(url)

            def keep() -> None:
                from bibagreements.services.database import remember_database_password

                remember_database_password(name, password)

            self.worker.submit(keep)  # a keyring that cannot keep it says so
        self.announce(Change.ALL)
        return True

    def _database(self) -> Database:
        if self._db is None:
            from bibagreements.services.database import open_database

            checked, self._checked = self._checked, False
            self._db = open_database(self.db_name, checked=checked, password=self._password)
        return self._db

    def switch_database(self, db_name: str | None) -> None:
        """Use another database from the next job on (queued behind the current ones)."""

        def job() -> None:
            if self._db is not None:
                self._db.close()
                self._db = None
            self._checked = False
            self._password = None
            self.db_name = db_name

        self.worker.submit(job)

    @property
    def database_url(self) -> str:
        return self._db.url if self._db is not None else (self.db_name or "")

    def op(
        self,
        owner: QObject,
        func: Callable[[UnitOfWork], T],
        on_done: Callable[[T], object] | None = None,
        on_error: Failed | None = None,
        *,
        changes: Changes = Change.NONE,
        agreement_id: int | None = None,
        label: str = "",
    ) -> None:
        """Run ``func(uow)`` in one unit of work on the worker thread, for ``owner``.

        On success ``on_done(result)`` runs (unless ``owner`` is gone), then what
        the operation changed is announced, also when ``owner`` is gone: the data
        did change. ``changes`` is a ``Change``, or a function of the result giving
        one (or a whole ``OpChanges``).
        """

        sender = self.settings.sender  # read here: Settings belong to the GUI thread

        def job() -> T:
            from bibagreements.services.database import actor_named

            db = self._database()
            db.actor = actor_named(sender)
            with db.unit_of_work() as uow:
                return func(uow)

        def announce(result: T) -> None:
            self._announce(changes, result, owner, agreement_id)

        self.worker.submit(job, on_done, on_error, label, owner, announce)

    def _announce(
        self, changes: Changes, result: object, owner: QObject, agreement_id: int | None
    ) -> None:
        made = changes if isinstance(changes, Change) else changes(result)
        if isinstance(made, Change):
            ids = frozenset() if agreement_id is None else frozenset({agreement_id})
            made = OpChanges(made, ids, owner)
        self.changes.announce(made)

    def run(
        self,
        owner: QObject,
        func: Callable[[], T],
        on_done: Callable[[T], object] | None = None,
        on_error: Failed | None = None,
        label: str = "",
    ) -> None:
        """Run ``func()`` (no database) on the worker thread, after queued database work."""
        self.worker.submit(func, on_done, on_error, label, owner)

    def run_closed(
        self,
        owner: QObject,
        func: Callable[[], T],
        on_done: Callable[[T], object] | None = None,
        on_error: Failed | None = None,
        label: str = "",
    ) -> None:
        """Like ``run``, with the database closed first (a restore replaces its file);
        the next operation opens it again."""

        def job() -> T:
            if self._db is not None:
                self._db.close()
                self._db = None
            return func()

        self.worker.submit(job, on_done, on_error, label, owner)

    def first_read(
        self,
        owner: QObject,
        direct: Callable[[str | None], T | None],
        func: Callable[[UnitOfWork], T],
        on_done: Callable[[T], object] | None = None,
        on_error: Failed | None = None,
        label: str = "",
    ) -> None:
        """Like ``op``; while the database is not open yet, ``direct(db_name)`` first: a
        read of an up-to-date SQLite file without the database layer, which loads
        after it (None: it could not be read so, and ``func`` runs as ``op`` would)."""

        def job() -> T:
            if self._db is None:
                found = direct(self.db_name)
                if found is not None:
                    self._checked = True
                    return found
            with self._database().unit_of_work() as uow:
                return func(uow)

        self.worker.submit(job, on_done, on_error, label, owner)

    def announce(self, kinds: Change, origin: object | None = None) -> None:
        """Announce a change that did not come from an operation (a refresh, a new database)."""
        self.changes.announce(OpChanges(kinds, origin=origin))

    def close(self) -> None:
        self.worker.wait_for_done()
        if self._db is not None:
            self._db.close()
            self._db = None
