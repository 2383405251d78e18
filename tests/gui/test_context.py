"""Operations are bound to their owner; what they change is announced once, after success."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QWidget

from bibagreements.errors import ConflictError
from bibagreements.gui.operations import Change, OpChanges


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


def _asking_server(monkeypatch, wanted: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    """open_database as a team server that asks for ``wanted``; the passwords it got."""
    from bibagreements.errors import DatabaseError
    from bibagreements.services import database

    real = database.open_database
    given: list[str | None] = []

    def open_database(name, *, checked=False, password=None):  # type: ignore[no-untyped-def]
        given.append(password)
        if password != wanted:
            raise DatabaseError("database_needs_password", url="postgresql://asa@db/avtal")
        return real(name, checked=checked)

    monkeypatch.setattr(database, "open_database", open_database)
    return given


def test_a_server_that_asks_for_a_password_is_given_the_one_typed(  # type: ignore[no-untyped-def]
    qtbot, demo_ctx, idle, presenter, monkeypatch, settings
) -> None:
    from bibagreements.gui import dialogs

    given = _asking_server(monkeypatch, "hemligt")
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs, "ask_password", lambda _parent, url: (asked.append(url), ("hemligt", False))[1]
    )
    announced: list[OpChanges] = []
    demo_ctx.changes.changed.connect(announced.append)
    owner = QWidget()
    demo_ctx.op(owner, lambda uow: 1)
    idle(demo_ctx)
    assert asked == ["postgresql://asa@db/avtal"] and presenter.exceptions == []
    assert announced and announced[-1].kinds == Change.ALL  # every view reads again
    results: list[int] = []
    demo_ctx.op(owner, lambda uow: 2, results.append)
    idle(demo_ctx)
    assert results == [2] and given == [None, "hemligt"]
    settings.sync()
    assert "hemligt" not in Path(settings.store.fileName()).read_text(encoding="utf-8")


def test_a_password_not_given_is_the_error_it_was(  # type: ignore[no-untyped-def]
    qtbot, demo_ctx, idle, presenter, monkeypatch
) -> None:
    from bibagreements.errors import DatabaseError
    from bibagreements.gui import dialogs

    _asking_server(monkeypatch, "hemligt")
    monkeypatch.setattr(dialogs, "ask_password", lambda *_args: None)
    demo_ctx.op(QWidget(), lambda uow: 1)
    idle(demo_ctx)
    assert [type(e) for e in presenter.exceptions] == [DatabaseError]
