"""The admin's channel costs dialog: reached from the File menu (an admin's only), a table
of channels × the months of a year; typing changes a cell, the wheel never does, a bad
amount says why, and Save sends the changed cells only."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QWheelEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crmdesk.domain import roi
from crmdesk.store.db import Store
from crmdesk.store.models import Channel, ChannelCost, OutboxEntry
from crmdesk.ui.channel_costs_dialog import ChannelCostsDialog
from crmdesk.ui.main_window import MainWindow
from tests.test_ui import make_window

MENU_ITEM = "Channel costs…"


def _open(window: MainWindow, qtbot: QtBot) -> ChannelCostsDialog:
    action = next(a for a in window.findChildren(QAction) if a.text() == MENU_ITEM)
    action.trigger()
    qtbot.waitUntil(lambda: (d := window.findChild(ChannelCostsDialog)) is not None
                    and d.isVisible() and d.model.rowCount() > 0, timeout=10000)
    dialog = window.findChild(ChannelCostsDialog)
    assert dialog is not None
    return dialog


def _type(dialog: ChannelCostsDialog, qtbot: QtBot, row: int, month: int, text: str) -> None:
    """Type `text` into a cell as a person does: select it, type, Enter."""
    index = dialog.model.index(row, month - 1)
    dialog.table.setCurrentIndex(index)
    dialog.table.edit(index)
    [editor] = _editors(dialog)
    editor.clear()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not _editors(dialog), timeout=5000)


def _editors(dialog: ChannelCostsDialog) -> list[QLineEdit]:
    """The cell editors open (a closed one lingers hidden until Qt deletes it)."""
    return [e for e in dialog.table.viewport().findChildren(QLineEdit) if e.isVisible()]


def _costs(store: Store) -> dict[tuple[str, date], tuple[int, str]]:
    with store.session() as s:
        return {(name, month): (amount, currency) for name, month, amount, currency in
                s.execute(select(Channel.name, ChannelCost.month, ChannelCost.amount,
                                 ChannelCost.currency)
                          .join(Channel, Channel.id == ChannelCost.channel_id))}


def _wheel(dialog: ChannelCostsDialog, row: int, column: int) -> None:
    viewport = dialog.table.viewport()
    rect = dialog.table.visualRect(dialog.model.index(row, column))
    at = QPointF(rect.center())
    event = QWheelEvent(at, QPointF(viewport.mapToGlobal(rect.center())), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, event)


def test_an_admin_changes_one_cost_and_only_it_is_sent(seeded: Store, tmp_path: Path,
                                                       qtbot: QtBot) -> None:
    window = make_window(seeded, tmp_path, qtbot, "admin")
    before = _costs(seeded)
    with seeded.session() as s:
        queued = s.scalar(select(OutboxEntry.seq).order_by(OutboxEntry.seq.desc()).limit(1))
    dialog = _open(window, qtbot)
    model = dialog.model
    assert dialog.year.value() == 2026 and model.columnCount() == 12
    names = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert names == sorted(names) and "Trade show" in names
    show = names.index("Trade show")
    held = before[("Trade show", date(2026, 3, 1))][0]
    assert model.data(model.index(show, 2)) == f"{held / 100:,.2f}"
    assert model.data(model.index(show, 11)) == ""  # December: not entered yet
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Mar"
    # the wheel over a cell scrolls; it changes nothing
    _wheel(dialog, show, 2)
    assert model.edits == {} and model.data(model.index(show, 2)) == f"{held / 100:,.2f}"
    # a bad amount says why and changes nothing
    _type(dialog, qtbot, show, 3, "lots")
    assert "is not an amount" in dialog.error.text() and model.edits == {}
    # March changed, December entered; one typed back to what it was is no change
    _type(dialog, qtbot, show, 3, "42,000.50")
    _type(dialog, qtbot, show, 12, "9000")
    _type(dialog, qtbot, show, 4, f"{before[('Trade show', date(2026, 4, 1))][0] / 100:.2f}")
    assert not dialog.error.text()
    with seeded.session() as s:
        show_id = s.scalars(select(Channel.id).where(Channel.name == "Trade show")).one()
    assert model.edits == {(show_id, date(2026, 3, 1)): 4_200_050,
                           (show_id, date(2026, 12, 1)): 900_000}
    assert dialog.changes.text() == "2 cell(s) changed"
    assert model.data(model.index(show, 2), Qt.ItemDataRole.BackgroundRole) is not None
    # the wheel over the changed cell leaves it as typed
    _wheel(dialog, show, 2)
    assert model.edits[(show_id, date(2026, 3, 1))] == 4_200_050
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10000)
    window.ctx.runner.wait()
    after = _costs(seeded)
    assert after.pop(("Trade show", date(2026, 3, 1))) == (4_200_050, "CNY")
    assert after.pop(("Trade show", date(2026, 12, 1))) == (900_000, "CNY")
    before.pop(("Trade show", date(2026, 3, 1)))
    assert after == before  # nothing else changed
    with seeded.session() as s:
        sent = s.execute(select(OutboxEntry.entity, OutboxEntry.row_id, OutboxEntry.fields)
                         .where(OutboxEntry.seq > (queued or 0))).all()
    assert sorted((e, f.get("amount")) for e, _r, f in sent) == [
        ("channel_costs", 900_000), ("channel_costs", 4_200_050)]
    assert {r for _e, r, _f in sent} >= {roi.cost_id(show_id, date(2026, 12, 1))}
    march = next(f for _e, _r, f in sent if f.get("amount") == 4_200_050)
    assert set(march) == {"amount"}  # only the field changed travels


def test_another_year_and_a_cost_never_blanked(seeded: Store, tmp_path: Path,
                                               qtbot: QtBot, qtmodeltester: Any) -> None:
    window = make_window(seeded, tmp_path, qtbot, "admin")
    dialog = _open(window, qtbot)
    qtmodeltester.check(dialog.model)
    _type(dialog, qtbot, 0, 1, "")  # a cost entered is changed, never blanked
    assert "cannot be left blank" in dialog.error.text() and dialog.model.edits == {}
    dialog.year.setValue(2024)
    qtbot.waitUntil(lambda: dialog.model.grid.year == 2024, timeout=10000)
    model = dialog.model
    # the demo's history starts in November 2024
    assert model.data(model.index(0, 9)) == "" and model.data(model.index(0, 10)) != ""
    dialog.reject()
    window.ctx.runner.wait()


def test_a_rep_has_no_channel_costs_item(seeded: Store, tmp_path: Path, qtbot: QtBot) -> None:
    window = make_window(seeded, tmp_path, qtbot)
    assert window.ctx.user.role.value == "rep"
    # hidden (with its shortcut off): it shows again if an administrator signs in here
    assert not any(a.text() == MENU_ITEM and (a.isVisible() or a.isEnabled())
                   for a in window.findChildren(QAction))
    window.ctx.runner.wait()


def test_the_dialog_refuses_what_the_command_refuses(seeded: Store, tmp_path: Path,
                                                     qtbot: QtBot) -> None:
    """A rep who reached the dialog anyway is told the server's words; nothing saved."""
    window = make_window(seeded, tmp_path, qtbot)
    dialog = ChannelCostsDialog(window.ctx, 2026, window)
    dialog.open()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10000)
    _type(dialog, qtbot, 0, 1, "1")
    before = _costs(seeded)
    dialog.accept()
    qtbot.waitUntil(lambda: "Only an administrator" in dialog.error.text(), timeout=10000)
    assert dialog.isVisible() and _costs(seeded) == before
    dialog.reject()
    window.ctx.runner.wait()
