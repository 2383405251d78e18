"""The editor's History section: who changed what, newest first, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from bibagreements.domain.records import FollowUp
from bibagreements.gui.operations import Change
from tests.gui.conftest import open_editor


def _rows(panel) -> list[list[str]]:  # type: ignore[no-untyped-def]
    proxy = panel.proxy
    return [
        [str(proxy.data(proxy.index(r, c, QModelIndex()))) for c in range(proxy.columnCount())]
        for r in range(proxy.rowCount())
    ]


def test_the_history_shows_the_import_and_a_colleague_s_change_newest_first(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, presenter
) -> None:
    window = demo_window
    window.ctx.settings.sender = "Åsa Öberg <asa.oberg@example.org>"
    editor = open_editor(qtbot, window, idle, 1)
    editor.sections.show(editor.ui.historyTab)
    idle(window.ctx)
    panel = editor.ui.historyPanel
    first = _rows(panel)
    assert first and "Agreement #1" in first[-1][2] and first[-1][3] == "imported"
    from bibagreements.services.followups import save_followup

    window.ctx.op(
        window,
        lambda uow: save_followup(uow, FollowUp(1, 2021, outcome="Fler lånare")),
        changes=Change.FOLLOWUPS,
        agreement_id=1,
    )
    idle(window.ctx)
    qtbot.waitUntil(lambda: len(_rows(panel)) == len(first) + 1)
    newest = _rows(panel)[0]
    assert newest[1].startswith("Åsa Öberg") and newest[3] == "added"
    assert newest[2].startswith("Follow-up entry #") and "outcome: Fler lånare" in newest[4]
    assert panel.count_label.text() == f"{len(first) + 1} changes recorded"
    panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _rows(panel)[0][3] == "imported"
    assert presenter.exceptions == []
