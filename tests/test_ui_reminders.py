"""The agenda's reminders in the real window, over a real workspace: at start, one notice
says how many items are overdue; a follow-up planned while the window is open is told
when it falls due, naming its company; clicking the notice opens that company's card.
Offscreen there is no system tray: the in-window notice (the status bar's) is what the
user gets, and is driven here as they would; the tray's path runs through the seam
`tray_available` (a real QSystemTrayIcon, its messageClicked emitted as a click does)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, time
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from crmdesk.app.activities import log_activity
from crmdesk.domain.activity import ActivityKind, Outcome
from crmdesk.domain.agenda import AgendaKind
from crmdesk.store import queries as q
from crmdesk.store.db import Store
from crmdesk.store.writes import ActivityInput
from crmdesk.ui.changes import ChangeBus, Selection
from crmdesk.ui.context import AppContext
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.tasks import TaskRunner
from tests.test_agenda import day_of_work
from tests.test_ui import TODAY, settle


class Clock:
    """The laptop's clock as the test sets it."""

    def __init__(self, at: time) -> None:
        self.now = datetime.combine(TODAY, at)

    def set(self, at: time) -> None:
        self.now = datetime.combine(TODAY, at)

    def __call__(self) -> datetime:
        return self.now


def _window(store: Store, tmp_path: Path, qtbot: QtBot, clock: Callable[[], datetime],
            tray: bool) -> MainWindow:
    """The real window on `store`'s rep, its reminders on `clock` (set before the agenda
    is first read: its result arrives through the event loop, after this)."""
    with store.session() as session:
        user = q.first_rep(session)
    assert user is not None
    app = QApplication.instance()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(store, user, TaskRunner(app), ChangeBus(app), Selection(app), settings,
                     today=lambda: TODAY)
    window = MainWindow(ctx)
    window.reminders.clock = clock
    window.reminders.tray_available = lambda: tray
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(window.is_settled, timeout=15000)
    return window


def test_overdue_at_start_a_follow_up_falling_due_and_a_click_opens_its_card(
        empty: Store, world: dict[str, uuid.UUID], tmp_path: Path, qtbot: QtBot) -> None:
    ids = {**world, **day_of_work(empty, world)}
    clock = Clock(time(8))
    window = _window(empty, tmp_path, qtbot, clock, tray=False)
    reminders, notice = window.reminders, window.reminders.notice
    # at start: what is overdue (Acme, two days late), in one notice in the status bar
    assert reminders.last is not None
    title, text = reminders.last.split("\n", 1)
    assert title == "Your agenda: 1 overdue, 0 due today"
    assert text.startswith("Acme Ltd.")
    assert notice.isVisible() and notice.parent() is window.statusBar()
    assert notice.text().startswith("Your agenda: 1 overdue, 0 due today — Acme Ltd.")
    assert reminders.tray is None  # no tray: nothing was sent to one
    # while the window is open, a call plans a follow-up at Dune for today (no time of
    # its own: due at the reminder time, 09:00)
    dune = ids["Dune LLC"]
    window.ctx.command(lambda app: log_activity(app, dune, ActivityInput(
        ActivityKind.CALL, Outcome.REACHED, "Call back before the fair",
        next_follow_up_on=TODAY)))
    qtbot.waitUntil(lambda: any(i.account_id == dune and i.day == TODAY
                                for i in reminders.items or ()), timeout=10000)
    settle(window, qtbot)
    clock.set(time(8, 59))
    assert reminders.check() == []  # what the timer calls: not due yet
    clock.set(time(9))
    told = reminders.check()
    assert [(i.kind, i.account_id) for i in told] == [(AgendaKind.FOLLOW_UP, dune)]
    title, text = reminders.last.split("\n", 1)
    assert title == "Due now" and text.startswith("Dune LLC")
    assert notice.isVisible() and notice.text().startswith("Due now — Dune LLC")
    assert reminders.check() == []  # told once
    # a click on it opens Dune's card
    assert window.ctx.selection.account_id != dune
    qtbot.mouseClick(notice, Qt.MouseButton.LeftButton)
    assert window.ctx.selection.account_id == dune
    settle(window, qtbot)
    assert window.card.name.text() == "Dune LLC" and not notice.isVisible()


def test_the_tray_notification_opens_the_account_and_brings_the_window_back(
        empty: Store, world: dict[str, uuid.UUID], tmp_path: Path, qtbot: QtBot) -> None:
    ids = {**world, **day_of_work(empty, world)}
    clock = Clock(time(15))
    window = _window(empty, tmp_path, qtbot, clock, tray=True)
    reminders = window.reminders
    # at start, at 15:00: the overdue follow-up and today's task (due at 14:30), told by
    # the tray; the status bar's notice stays hidden
    assert reminders.last is not None
    title, text = reminders.last.split("\n", 1)
    assert title == "Your agenda: 1 overdue, 1 due today"
    assert text.splitlines()[0].startswith("Acme Ltd.")
    assert text.splitlines()[1].startswith("Bolt GmbH — Send the price list")
    tray = reminders.tray
    assert isinstance(tray, QSystemTrayIcon) and tray.isVisible()
    assert not reminders.notice.isVisible()
    # the user is elsewhere: the window minimised; a click on the notification opens
    # the first company it names and brings the window back
    window.ctx.selection.select_account(ids["Bolt GmbH"])
    settle(window, qtbot)
    window.showMinimized()
    assert window.isMinimized()
    tray.messageClicked.emit()
    assert window.ctx.selection.account_id == ids["acme"]
    assert not window.isMinimized()
    settle(window, qtbot)
    assert window.card.name.text() == "Acme Ltd."

