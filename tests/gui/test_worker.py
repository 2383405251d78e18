"""The worker delivers results and exceptions on the GUI thread; errors read well."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtWidgets import QApplication, QProgressDialog

from bibagreements.domain.problems import Problem
from bibagreements.errors import ConflictError, DatabaseTooNewError, ValidationError
from bibagreements.gui.errors import DetailsDialog, ErrorPresenter, Message
from bibagreements.gui.worker import Worker


def test_results_arrive_in_order_on_the_gui_thread(qtbot) -> None:
    errors: list[BaseException] = []
    worker = Worker(errors.append)
    seen: list[tuple[int, bool]] = []
    main = threading.get_ident()
    threads: list[int] = []

    def job(n: int):  # type: ignore[no-untyped-def]
        def run() -> int:
            threads.append(threading.get_ident())
            time.sleep(0.01)
            return n

        return run

    for n in range(5):
        worker.submit(job(n), lambda r: seen.append((r, threading.get_ident() == main)))
    qtbot.waitUntil(lambda: not worker.busy)
    assert seen == [(n, True) for n in range(5)]
    assert main not in threads and len(set(threads)) == 1
    assert errors == []


def test_exceptions_reach_the_error_handler(qtbot) -> None:
    errors: list[BaseException] = []
    worker = Worker(errors.append)

    def boom() -> None:
        raise ConflictError("saved_meanwhile")

    worker.submit(boom)
    own: list[BaseException] = []
    worker.submit(boom, on_error=own.append)
    qtbot.waitUntil(lambda: not worker.busy)
    assert [type(e) for e in errors] == [ConflictError]
    assert [type(e) for e in own] == [ConflictError]


def _progress_dialogs() -> list[QProgressDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]


def test_progress_only_for_slow_work(qtbot) -> None:
    worker = Worker(lambda exc: None)
    worker.submit(lambda: time.sleep(0.05))
    qtbot.waitUntil(lambda: not worker.busy)
    qtbot.wait(600)
    assert _progress_dialogs() == []
    worker.submit(lambda: time.sleep(1.0), label="Slow")
    qtbot.waitUntil(lambda: bool(_progress_dialogs()), timeout=2000)
    qtbot.waitUntil(lambda: not worker.busy, timeout=3000)
    assert _progress_dialogs() == []


def test_known_errors_are_friendly() -> None:
    presenter = ErrorPresenter()
    message = presenter.describe(ValidationError([Problem("end_before_start", "period")]))
    assert not message.is_bug
    assert "Period: The end date is before the start date" in message.text
    too_new = DatabaseTooNewError("database_too_new", path="x.sqlite3", revision="9999")
    assert "newer version" in presenter.describe(too_new).text
    assert not presenter.describe(OSError(2, "No such file", "/x.json")).is_bug


def test_bugs_get_details_and_copy(qtbot) -> None:
    presenter = ErrorPresenter()
    try:
        raise KeyError("internal")
    except KeyError as exc:
        message = presenter.describe(exc)
    assert message.is_bug
    assert "Traceback" in message.details and "KeyError" in message.details
    assert "Traceback" not in message.text
    dialog = DetailsDialog(message)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(
        dialog.copy_button, pytest.importorskip("PySide6.QtCore").Qt.MouseButton.LeftButton
    )
    assert "KeyError" in QApplication.clipboard().text()


def test_excepthook_routes_to_the_presenter(presenter) -> None:  # type: ignore[no-untyped-def]
    try:
        raise RuntimeError("slot failed")
    except RuntimeError as exc:
        presenter.excepthook(type(exc), exc, exc.__traceback__)
    assert presenter.messages and presenter.messages[0].is_bug
    assert isinstance(presenter.messages[0], Message)


def test_void_calls_do_not_exhaust_none(qapp) -> None:  # type: ignore[no-untyped-def]
    # PySide6 6.12 on Python 3.11 drops a reference to None per void call (see gui/_refguard).
    for _ in range(50_000):
        QApplication.processEvents()
