"""Cyclic garbage is collected on the GUI thread, never on the worker."""

import gc
import threading

from bibagreements.gui import main_thread_gc


def test_automatic_collection_is_off_and_the_timer_collects(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    collector = main_thread_gc.install()
    assert collector is not None and main_thread_gc.install() is collector
    assert not gc.isenabled()
    assert collector.timer.isActive()
    freed_on: list[str] = []

    class Cycle:
        def __del__(self) -> None:
            freed_on.append(threading.current_thread().name)

    def make_garbage() -> None:
        for _ in range(collector.thresholds[0] + 10):
            a, b = Cycle(), Cycle()
            a.other, b.other = b, a  # type: ignore[attr-defined]

    worker = threading.Thread(target=make_garbage, name="worker")
    worker.start()
    worker.join()
    assert freed_on == []  # nothing collected on the thread that made the garbage
    qtbot.waitUntil(lambda: bool(freed_on), timeout=5_000)
    assert set(freed_on) == {threading.main_thread().name}
