"""The worker delivers results and exceptions on the GUI thread; progress for slow work only."""

from __future__ import annotations

import threading
import time

from PySide6.QtWidgets import QApplication, QProgressDialog

from bibagreements.errors import ConflictError
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
