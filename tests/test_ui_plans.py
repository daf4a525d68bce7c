"""The sales targets editor, real widgets offscreen over the seeded workspace: a lead
opens it from the Account menu, reads their team's quarterly targets with what was
credited beside them, saves only what they changed (a dialog left alone, or a wheel
turned over it, writes nothing), clears a target with an empty cell; a rep reads the
targets and cannot change them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from crmdesk.domain.contracts import Period
from crmdesk.domain.currencies import parse_money
from crmdesk.domain.plans import Dimension
from crmdesk.store import plan_queries as pq
from crmdesk.store.db import Store
from crmdesk.store.journal import pending_count
from crmdesk.store.models import Plan, User
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.plans_dialog import PlansDialog
from tests.test_ui import make_window, settle

YEAR = (date(2026, 1, 1), date(2026, 12, 31))


def open_dialog(window: MainWindow, qtbot: QtBot) -> PlansDialog:
    action = next(a for a in window.menuBar().actions()[1].menu().actions()
                  if a.text() == "Sales targets…")
    action.trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(PlansDialog)),
                    timeout=10000)
    dialog = next(d for d in window.findChildren(PlansDialog) if d.isVisible())
    qtbot.waitUntil(lambda: dialog.grid is not None, timeout=10000)
    return dialog


def pending(store: Store) -> int:
    with store.session() as s:
        return pending_count(s)


def test_a_lead_edits_the_teams_targets_and_saves_only_what_changed(
        seeded: Store, tmp_path: Path, qtbot: QtBot) -> None:
    window = make_window(seeded, tmp_path, qtbot, "lead.east")
    settle(window, qtbot)
    dialog = open_dialog(window, qtbot)
    team = window.ctx.user.team_id
    assert team is not None and dialog.may_edit and not dialog.team.isEnabled()
    with seeded.session() as s:
        grid = pq.plan_grid(s, team, Dimension.REP, Period.QUARTER, *YEAR)
    assert dialog.grid == grid
    table = dialog.table
    assert table.rowCount() == len(grid.subjects) + 1 > 2  # and the total
    total = table.item(len(grid.subjects), 1 + 2 * 2)
    assert parse_money(total.text(), "CNY") == sum(
        grid.target(s.id, date(2026, 7, 1)) or 0 for s in grid.subjects)
    assert table.columnCount() == 1 + 2 * 4
    rep = grid.subjects[0]
    q3 = date(2026, 7, 1)
    cell = table.item(0, 1 + 2 * 2)
    assert parse_money(cell.text(), "CNY") == grid.target(rep.id, q3)
    credited = table.item(0, 2 + 2 * 2)
    assert not credited.flags() & Qt.ItemFlag.ItemIsEditable

    # months of the chosen quarter
    dialog.period.setCurrentIndex(0)
    qtbot.waitUntil(lambda: dialog.grid is not None and dialog.grid.period is Period.MONTH,
                    timeout=10000)
    assert dialog.quarter.isEnabled() and dialog.grid is not None
    assert dialog.grid.starts == (date(2026, 10, 1), date(2026, 11, 1), date(2026, 12, 1))
    assert table.horizontalHeaderItem(4).text() == "2026-11 credited so far"
    dialog.quarter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: dialog.grid is not None
                    and dialog.grid.starts[0] == date(2026, 1, 1), timeout=10000)
    assert len(dialog.grid.starts) == 3
    dialog.period.setCurrentIndex(1)
    qtbot.waitUntil(lambda: dialog.grid is not None and dialog.grid.period is Period.QUARTER,
                    timeout=10000)

    # the wheel over the grid, and a dialog left alone, write nothing
    before = pending(seeded)
    viewport = table.viewport()
    wheel = QWheelEvent(QPointF(20, 20), QPointF(viewport.mapToGlobal(QPoint(20, 20))),
                        QPoint(0, 0), QPoint(0, -120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, wheel)
    assert dialog.changed() == {}
    cell = table.item(0, 1 + 2 * 2)  # the grid was filled again
    cell.setText(cell.text())  # typed the same figure again: nothing changed
    assert dialog.changed() == {}
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    window.ctx.runner.wait()
    assert pending(seeded) == before

    # a new Q3 target for the first rep, the second's Q4 cleared
    dialog = open_dialog(window, qtbot)
    dialog.table.item(0, 1 + 2 * 2).setText("¥1,234,500")
    assert dialog.grid is not None
    subjects = dialog.grid.subjects
    assert parse_money(dialog.table.item(len(subjects), 1 + 2 * 2).text(), "CNY") == (
        1_234_500_00 + sum(dialog.grid.target(s.id, q3) or 0 for s in subjects[1:]))
    dialog.table.item(1, 1 + 2 * 3).setText("")
    second = dialog.grid.subjects[1] if dialog.grid else None
    assert second is not None
    assert len(dialog.changed()) == 2 and "2 target(s) changed" in dialog.unsaved.text()
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10000)
    window.ctx.runner.wait()
    with seeded.session() as s:
        assert pq.planned(s, Dimension.REP, [rep.id], Period.QUARTER, q3, q3, "CNY",
                          team_id=team) == {rep.id: 1_234_500_00}
        # its quarter target gone, the quarter counts its month targets
        months = pq.planned(s, Dimension.REP, [second.id], Period.MONTH, date(2026, 10, 1),
                            date(2026, 12, 1), "CNY")
        assert pq.planned(s, Dimension.REP, [second.id], Period.QUARTER,
                          date(2026, 10, 1), date(2026, 10, 1), "CNY") == months
        assert not s.scalar(select(func.count()).select_from(Plan).where(
            Plan.subject_id == second.id, Plan.period == Period.QUARTER,
            Plan.starts_on == date(2026, 10, 1), Plan.deleted.is_(False)))
    assert pending(seeded) == before + 2

    # not an amount: said, nothing saved
    dialog = open_dialog(window, qtbot)
    dialog.table.item(0, 1).setText("lots")
    assert "not an amount" in dialog.error.text()
    dialog.accept()
    assert dialog.isVisible()
    dialog.reject()
    window.ctx.runner.wait()


def test_a_rep_reads_the_targets_but_cannot_change_them(
        seeded: Store, tmp_path: Path, qtbot: QtBot) -> None:
    with seeded.session() as s:
        rep = s.scalars(select(User.username).where(User.username == "li.wei")).one()
    window = make_window(seeded, tmp_path, qtbot, rep)
    settle(window, qtbot)
    dialog = open_dialog(window, qtbot)
    assert not dialog.may_edit
    assert dialog.box.button(QDialogButtonBox.StandardButton.Close) is not None
    assert dialog.table.rowCount() > 0
    assert not dialog.table.item(0, 1).flags() & Qt.ItemFlag.ItemIsEditable
    assert "team lead sets" in dialog.note.text()
    dialog.reject()
    window.ctx.runner.wait()


def test_a_cell_that_is_not_an_amount_says_why_and_goes_with_its_grid(
        seeded: Store, tmp_path: Path, qtbot: QtBot) -> None:
    window = make_window(seeded, tmp_path, qtbot, "lead.east")
    settle(window, qtbot)
    dialog = open_dialog(window, qtbot)
    before = pending(seeded)
    for typed, said in (("abc", "is not an amount"), ("inf", "is not an amount"),
                        ("-5", "zero or more"), ("1.005", "at most 2 decimals")):
        dialog.table.item(0, 1 + 2 * 2).setText(typed)
        assert said in dialog.error.text().lower() and dialog.bad, typed
    dialog.accept()  # held back: the error says which
    assert dialog.result() != QDialog.DialogCode.Accepted and pending(seeded) == before
    # another grid: the bad text is not on it, nor its error, and Save is free again
    dialog.period.setCurrentIndex(0)
    qtbot.waitUntil(lambda: dialog.grid is not None and dialog.grid.period is Period.MONTH,
                    timeout=10000)
    assert not dialog.bad and dialog.error.text() == ""
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    window.ctx.runner.wait()
    assert pending(seeded) == before
