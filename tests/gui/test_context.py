"""Operations are bound to their owner; what they change is announced once, after success."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QWidget

from bibagreements.errors import ConflictError
from bibagreements.gui.operations import Change, OpChanges


def test_touches_matches_kinds_and_agreements() -> None:
    change = OpChanges(Change.CHECKINS, frozenset({4}))
    assert change.touches(Change.CHECKINS | Change.AGREEMENTS)
    assert change.touches(Change.CHECKINS, 4)
    assert not change.touches(Change.CHECKINS, 5)
    assert not change.touches(Change.REGISTERS)
    # No agreements named: any agreement may be concerned.
    assert OpChanges(Change.ALL).touches(Change.FOLLOWUPS, 5)


def test_a_successful_operation_runs_its_callback_then_announces(qtbot, demo_ctx, idle) -> None:  # type: ignore[no-untyped-def]
    owner = QWidget()
    order: list[str] = []
    announced: list[OpChanges] = []
    demo_ctx.changes.changed.connect(lambda c: (order.append("announced"), announced.append(c)))
    demo_ctx.op(
        owner,
        lambda uow: 7,
        lambda result: order.append(f"done {result}"),
        changes=Change.CHECKINS,
        agreement_id=3,
    )
    idle(demo_ctx)
    assert order == ["done 7", "announced"]
    assert announced == [OpChanges(Change.CHECKINS, frozenset({3}), owner)]


def test_the_change_can_follow_from_the_result(qtbot, demo_ctx, idle) -> None:  # type: ignore[no-untyped-def]
    owner = QWidget()
    announced: list[OpChanges] = []
    demo_ctx.changes.changed.connect(announced.append)
    demo_ctx.op(
        owner,
        lambda uow: 12,
        changes=lambda new_id: OpChanges(Change.AGREEMENTS, frozenset({new_id})),
    )
    idle(demo_ctx)
    assert announced == [OpChanges(Change.AGREEMENTS, frozenset({12}))]


def test_a_failed_operation_announces_nothing(qtbot, demo_ctx, idle, presenter) -> None:  # type: ignore[no-untyped-def]
    owner = QWidget()
    announced: list[OpChanges] = []
    demo_ctx.changes.changed.connect(announced.append)

    def fail(uow: object) -> None:
        raise ConflictError("saved_meanwhile")

    demo_ctx.op(owner, fail, changes=Change.AGREEMENTS)
    idle(demo_ctx)
    assert announced == []
    assert [type(e) for e in presenter.exceptions] == [ConflictError]


def test_callbacks_of_a_deleted_owner_never_run_but_its_changes_are_announced(  # type: ignore[no-untyped-def]
    qtbot, demo_ctx, idle, presenter
) -> None:
    import threading

    gate = threading.Event()
    owner = QWidget()
    ran: list[object] = []
    announced: list[OpChanges] = []
    demo_ctx.changes.changed.connect(announced.append)
    demo_ctx.op(owner, lambda uow: gate.wait(10), ran.append, ran.append, changes=Change.SNOOZES)
    shiboken6.delete(owner)  # the window closed while the job ran
    gate.set()
    idle(demo_ctx)
    assert ran == []
    assert [c.kinds for c in announced] == [Change.SNOOZES]  # the data did change
    assert presenter.exceptions == []


def test_the_error_of_a_deleted_owner_is_still_reported(qtbot, demo_ctx, idle, presenter) -> None:  # type: ignore[no-untyped-def]
    owner = QWidget()
    own_handler: list[BaseException] = []

    def fail(uow: object) -> None:
        raise ConflictError("saved_meanwhile")

    demo_ctx.op(owner, fail, on_error=own_handler.append)
    shiboken6.delete(owner)
    idle(demo_ctx)
    assert own_handler == []
    assert [type(e) for e in presenter.exceptions] == [ConflictError]


def test_recording_a_check_in_from_the_reminders_refreshes_list_and_open_editor(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle
) -> None:
    """One announcement reaches every view: the list, the reminders, an open editor's tab."""
    from datetime import date

    from bibagreements.services.schedule import record_checkin

    window = demo_window
    agreement_id = window.model.summary(0).id
    window.editors.open_agreement(agreement_id)
    idle(window.ctx)
    qtbot.waitUntil(lambda: agreement_id in window.editors.tracked)
    editor = window.editors.tracked[agreement_id]
    panel = editor.ui.checkinsPanel
    editor.ui.tabs.setCurrentWidget(editor.ui.checkinsTab)
    idle(window.ctx)
    before = [c.status for c in panel.checkins]
    planned = next(c for c in panel.checkins if c.status.value == "planned")

    def record(uow):  # type: ignore[no-untyped-def]
        return record_checkin(uow, planned.id, planned.due, today=date(2030, 1, 1))

    with qtbot.waitSignal(window.list_loaded, timeout=10_000):
        window.ctx.op(
            window.followup.reminders_panel(),
            record,
            changes=Change.CHECKINS,
            agreement_id=agreement_id,
        )
    idle(window.ctx)
    after = {c.id: c.status.value for c in panel.checkins}
    assert after[planned.id] == "held"
    assert [c.status for c in panel.checkins] != before
    # The list shows the next planned check-in, no longer the one just held.
    assert window.model.summary(window.model.row_of(agreement_id)).next_checkin != planned.due
