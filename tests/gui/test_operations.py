"""What an operation changed, and one announcement of it reaching every view."""

from __future__ import annotations

from bibagreements.gui.operations import Change, OpChanges
from tests.gui.conftest import open_editor


def test_touches_matches_kinds_and_agreements() -> None:
    change = OpChanges(Change.CHECKINS, frozenset({4}))
    assert change.touches(Change.CHECKINS | Change.AGREEMENTS)
    assert change.touches(Change.CHECKINS, 4)
    assert not change.touches(Change.CHECKINS, 5)
    assert not change.touches(Change.REGISTERS)
    # No agreements named: any agreement may be concerned.
    assert OpChanges(Change.ALL).touches(Change.FOLLOWUPS, 5)


def test_recording_a_check_in_from_the_reminders_refreshes_list_and_open_editor(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle
) -> None:
    """One announcement reaches every view: the list, the reminders, an open editor's tab."""
    from datetime import date

    from bibagreements.services.schedule import record_checkin

    window = demo_window
    agreement_id = window.model.summary(0).id
    editor = open_editor(qtbot, window, idle, agreement_id)
    panel = editor.ui.checkinsPanel
    editor.sections.show(editor.ui.checkinsTab)
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
