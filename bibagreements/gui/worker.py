"""Database and file work off the GUI thread, one job at a time.

Jobs run in submission order on a pool with a single thread, so two user
operations never touch the database at once. Each job opens its own unit of
work; results and exceptions come back to the GUI thread through signals.
A job may name the object that owns it: once that object is deleted (its
window closed), the job's callbacks are not called; an error then goes to the
general error handler, so it is still reported. A progress dialog appears
only when the queue stays busy for half a second.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog, QWidget

PROGRESS_DELAY_MS = 500

Done = Callable[[Any], object]
Failed = Callable[[BaseException], None]


class _Pending(NamedTuple):  # not a dataclass: see gui.operations
    on_done: Done | None
    on_error: Failed | None
    label: str
    owner: QObject | None
    after: Done | None  # on success, after on_done, even when the owner is gone

    def owner_gone(self) -> bool:
        return self.owner is not None and not shiboken6.isValid(self.owner)


class _Relay(QObject):
    # Lives in the GUI thread: signals emitted from the pool thread are queued to it.
    finished = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, job_id: int, func: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.job_id = job_id
        self.func = func
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.func()
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self.relay.failed.emit(self.job_id, exc)
        else:
            self.relay.finished.emit(self.job_id, result)


class Worker(QObject):
    busy_changed = Signal(bool)

    def __init__(
        self,
        on_error: Failed,
        parent_widget: Callable[[], QWidget | None] = lambda: None,
    ) -> None:
        super().__init__()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # keep the thread: starting one costs time
        self._relay = _Relay()
        self._relay_connected = False  # on the first job: see _connect_relay
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._on_error = on_error
        self._parent_widget = parent_widget
        self._progress: QProgressDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PROGRESS_DELAY_MS)
        self._timer.timeout.connect(self._show_progress)

    def _connect_relay(self) -> None:
        # Not in __init__: the worker is made before the main window shows, and the
        # first use of PySide6's Qt namespace builds all its enums (about 12 ms).
        from PySide6.QtCore import Qt

        self._relay.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._relay.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self._relay_connected = True

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def submit(
        self,
        func: Callable[[], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        label: str = "",
        owner: QObject | None = None,
        after: Done | None = None,
    ) -> None:
        """Run ``func()`` after the jobs already queued; call back on the GUI thread.

        ``on_done`` and ``on_error`` are skipped once ``owner`` is deleted (see the
        module's docstring); ``after`` runs on success in any case.
        """
        if not self._relay_connected:
            self._connect_relay()
        job_id = next(self._ids)
        was_busy = self.busy
        self._pending[job_id] = _Pending(on_done, on_error, label, owner, after)
        if not was_busy:
            self._timer.start()
            self.busy_changed.emit(True)
        self._pool.start(_Job(job_id, func, self._relay))

    @Slot(int, object)
    def _finished(self, job_id: int, result: Any) -> None:
        pending = self._pending.pop(job_id)
        self._settle()
        try:
            if pending.on_done is not None and not pending.owner_gone():
                pending.on_done(result)
        finally:
            if pending.after is not None:
                pending.after(result)

    @Slot(int, object)
    def _failed(self, job_id: int, exc: BaseException) -> None:
        pending = self._pending.pop(job_id)
        self._settle()
        if pending.on_error is not None and not pending.owner_gone():
            pending.on_error(exc)
        else:
            self._on_error(exc)

    def _settle(self) -> None:
        if self._pending:
            if self._progress is not None:
                self._progress.setLabelText(self._current_label())
            return
        self._timer.stop()
        if self._progress is not None:
            self._progress.hide()
            self._progress.deleteLater()
            self._progress = None
        self.busy_changed.emit(False)

    def _current_label(self) -> str:
        labels = [p.label for p in self._pending.values() if p.label]
        return labels[0] if labels else self.tr("Working…")

    def _show_progress(self) -> None:
        if not self._pending or self._progress is not None:
            return
        from PySide6.QtWidgets import QProgressDialog

        dialog = QProgressDialog(self._current_label(), "", 0, 0, self._parent_widget())
        dialog.setWindowTitle(self.tr("Please wait"))
        dialog.setCancelButton(None)
        dialog.setMinimumDuration(0)
        from PySide6.QtCore import Qt

        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.show()
        self._progress = dialog

    def wait_for_done(self, timeout_ms: int = 30_000) -> bool:
        """Block until the queue is empty (used at shutdown)."""
        return self._pool.waitForDone(timeout_ms)
