"""The agenda in the window, real widgets offscreen over a real workspace: its headings
by day, Up/Down over them, Enter marks done and R moves an item (the store and the view
both change), O opens the company; the reminders tell what falls due once, and a click
opens the company."""

from __future__ import annotations

import threading
import uuid
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import QStatusBar, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from crmdesk.domain.agenda import AgendaKind, Group
from crmdesk.store.db import Store
from crmdesk.store.models import Account, Activity
from crmdesk.ui.agenda_pane import AgendaModel
from crmdesk.ui.agenda_reminders import AgendaReminders
from crmdesk.ui.settings import AGENDA_REMIND_AT
from tests.test_agenda import TODAY as AGENDA_DAY
from tests.test_agenda import _item, day_of_work
from tests.test_ui import TODAY, make_window, settle


def _labels(model: AgendaModel) -> list[str]:
    return [model.data(model.index(r, 0)) for r in model.heading_rows()]


def test_the_agenda_pane(empty: Store, world: dict[str, uuid.UUID], tmp_path: Path,
                         qtbot: QtBot, qtmodeltester: object) -> None:
    assert TODAY == AGENDA_DAY  # the window's day is the week's
    ids = {**world, **day_of_work(empty, world)}
    window = make_window(empty, tmp_path, qtbot)
    window.show_agenda()
    pane, model = window.agenda, window.agenda.model
    assert window.docks["agenda"].isVisible() and pane.table.hasFocus()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert [s.group for s in model.sections()] == [
        Group.OVERDUE, Group.TODAY, Group.TOMORROW, Group.THIS_WEEK, Group.THIS_WEEK,
        Group.NEXT_WEEK]
    assert _labels(model)[0].startswith("Overdue") and _labels(model)[3].startswith("Friday")
    # the first item is current: Acme's overdue follow-up, under its heading
    first = pane.current_item()
    assert first is not None and first.company == "Acme Ltd." and pane.table.currentIndex(
        ).row() == 1
    # Down goes over the "Today" heading to today's task; Up comes back
    qtbot.keyClick(pane.table, Qt.Key.Key_Down)
    task = pane.current_item()
    assert task is not None and task.kind is AgendaKind.TASK and pane.table.currentIndex(
        ).row() == 3
    assert model.data(model.index(3, AgendaModel.COL_WHEN)) == QLocale().toString(
        QTime(14, 30), QLocale.FormatType.ShortFormat)
    qtbot.keyClick(pane.table, Qt.Key.Key_Up)
    assert pane.current_item() == first
    # O opens the company
    qtbot.keyClick(pane.table, Qt.Key.Key_O)
    assert window.ctx.selection.account_id == ids["acme"]
    settle(window, qtbot)
    # Enter: done; the follow-up leaves the view and the account plans nothing more
    qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.row_of(first) < 0, timeout=10000)
    settle(window, qtbot)
    with empty.session() as s:
        assert s.get_one(Account, ids["acme"]).next_follow_up_on is None
    assert pane.current_item() == task  # the next item took its place
    # R: the quick choices; Tomorrow moves the task there
    menu = pane.ask_reschedule()
    assert menu is not None
    assert [a.data() for a in menu.actions()][:3] == ["tomorrow", "+3d", "next_week"]
    menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: any(
        i.kind is AgendaKind.TASK and i.day == TODAY + timedelta(days=1) for i in pane.items),
        timeout=10000)
    settle(window, qtbot)
    with empty.session() as s:
        assert s.get_one(Activity, ids["task"]).next_follow_up_on == TODAY + timedelta(days=1)
    tomorrow = next(s for s in model.sections() if s.group is Group.TOMORROW)
    assert AgendaKind.TASK in {i.kind for i in tomorrow.items}
    assert pane.current_item() is not None and pane.current_item().kind is AgendaKind.TASK
    # Space: the task done
    qtbot.keyClick(pane.table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: all(i.kind is not AgendaKind.TASK for i in pane.items),
                    timeout=10000)
    settle(window, qtbot)  # the view changed at once; the store when it was saved
    with empty.session() as s:
        assert s.get_one(Activity, ids["task"]).done is True
    # a day picked: the deal's close date; the past is not offered
    settle(window, qtbot)
    deal_row = next(r for r in range(model.rowCount())
                    if (i := model.item_at(r)) is not None and i.kind is AgendaKind.DEAL_CLOSE)
    pane.table.setCurrentIndex(model.index(deal_row, 0))
    pane.ask_reschedule()
    picker = pane.pick_day()
    assert picker.calendar.minimumDate() == QDate(TODAY.year, TODAY.month, TODAY.day)
    picker.calendar.setSelectedDate(QDate(2026, 12, 1))
    picker.accept()
    qtbot.waitUntil(lambda: any(i.kind is AgendaKind.DEAL_CLOSE and i.day == date(2026, 12, 1)
                                for i in pane.items), timeout=10000)
    # Enter on a deal says what to do instead, and changes nothing
    settle(window, qtbot)
    deal_row = next(r for r in range(model.rowCount())
                    if (i := model.item_at(r)) is not None and i.kind is AgendaKind.DEAL_CLOSE)
    pane.table.setCurrentIndex(model.index(deal_row, 0))
    qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "won or lost" in pane.message.text(), timeout=10000)
    # double-click opens the company
    where = pane.table.visualRect(model.index(deal_row, 2)).center()
    qtbot.mouseClick(pane.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(pane.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.ctx.selection.account_id == ids["Crane Inc."]


@pytest.mark.parametrize("locale", [QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
                                    QLocale(QLocale.Language.Hebrew, QLocale.Country.Israel),
                                    QLocale(QLocale.Language.Chinese, QLocale.Country.China)])
def test_the_agenda_writes_times_as_the_locale_does(locale: QLocale) -> None:
    """An American reads "2:30 PM" in the When column, as on the timeline, not "14:30"."""
    before = QLocale()
    QLocale.setDefault(locale)
    try:
        model = AgendaModel()
        week = [_item(TODAY, AgendaKind.TASK, time(14, 30)),
                _item(TODAY + timedelta(days=12), AgendaKind.TASK, time(9, 5))]
        model.set_items(week, TODAY)
        times = [model.data(model.index(model.row_of(i), AgendaModel.COL_WHEN)) for i in week]
    finally:
        QLocale.setDefault(before)
    short = QLocale.FormatType.ShortFormat
    assert times[0] == locale.toString(QTime(14, 30), short)
    assert times[1].endswith(" " + locale.toString(QTime(9, 5), short))  # after its day
    if locale.language() == QLocale.Language.English:
        assert "PM" in times[0] and "AM" in times[1]


def test_reminders_tell_once_and_open_the_company(
        empty: Store, world: dict[str, uuid.UUID], tmp_path: Path, qtbot: QtBot) -> None:
    ids = {**world, **day_of_work(empty, world)}
    window = make_window(empty, tmp_path, qtbot)
    items = window.agenda.items
    assert items
    # the window's own reminders told at start; a second, on a clock of our own
    window.ctx.settings.remove("agenda/told")
    AGENDA_REMIND_AT.set(window.ctx.settings, "09:30")
    opened: list[uuid.UUID] = []
    bar = QStatusBar()
    qtbot.addWidget(bar)
    reminders = AgendaReminders(window.ctx, bar, opened.append,
                                now=lambda: datetime.combine(TODAY, time(8)))
    reminders.set_items(items)  # at start: what is overdue, in one notice
    assert reminders.last is not None and reminders.last.startswith(
        "Your agenda: 1 overdue, 0 due today") and "Acme Ltd." in reminders.last
    if not QSystemTrayIcon.isSystemTrayAvailable():  # offscreen: the in-window notice
        assert not reminders.notice.isHidden() and "1 overdue" in reminders.notice.text()
    reminders.clicked()
    assert opened == [ids["acme"]] and reminders.notice.isHidden()
    # nothing more until the reminder time; then the follow-ups of the day (none
    # today) and the task at its own time
    assert reminders.check(datetime.combine(TODAY, time(9, 29))) == []
    told = reminders.check(datetime.combine(TODAY, time(14, 30)))
    assert [(i.kind, i.company) for i in told] == [(AgendaKind.TASK, "Bolt GmbH")]
    assert reminders.last is not None and reminders.last.startswith("Due now")
    assert reminders.check(datetime.combine(TODAY, time(14, 31))) == []
    # not twice in a day, across a restart too; the next day's are told on it
    again = AgendaReminders(window.ctx, bar, opened.append,
                            now=lambda: datetime.combine(TODAY, time(15)))
    again.set_items(items)
    assert again.last is None
    tomorrow = datetime.combine(TODAY + timedelta(days=1), time(9, 30))
    kinds = {i.kind for i in again.check(tomorrow)}
    assert kinds == {AgendaKind.FOLLOW_UP, AgendaKind.TASK, AgendaKind.SERVICE_TASK}
    again.clicked()
    assert opened[-1] == ids["acme"]


def test_done_and_moved_show_at_once_and_the_read_after_keeps_the_place(
        empty: Store, world: dict[str, uuid.UUID], tmp_path: Path, qtbot: QtBot,
        request: pytest.FixtureRequest) -> None:
    """Enter and R change the view on the UI thread at once, before the edit is saved or
    the agenda read again; a read begun before the save is not shown (it would put the
    item back a moment); the read after the save finds the view as it is: nothing is
    reset, the current item stays current."""
    ids = {**world, **day_of_work(empty, world)}
    window = make_window(empty, tmp_path, qtbot)
    window.show_agenda()
    settle(window, qtbot)
    pane, model = window.agenda, window.agenda.model
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    gate = threading.Event()  # holds the writer thread: nothing is saved until it opens
    request.addfinalizer(gate.set)  # a failed check must not leave the writer waiting
    window.ctx.runner.run(gate.wait, lambda _r: None, write=True)
    first = pane.current_item()
    assert first is not None and first.company == "Acme Ltd."
    qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    # at once: gone from the view, the counts say so, the next item (today's task) current
    assert model.row_of(first) < 0 and first not in pane.items
    task = pane.current_item()
    assert task is not None and task.kind is AgendaKind.TASK
    assert pane.summary.text().startswith("0 overdue")
    assert not any(s.group is Group.OVERDUE for s in model.sections())  # its heading too
    # a read now (before the save) is left unshown
    pane.reload()
    qtbot.wait(300)
    assert model.row_of(first) < 0 and pane.current_item() == task
    with empty.session() as s:
        assert s.get_one(Account, ids["acme"]).next_follow_up_on is not None  # not saved
    gate.set()
    settle(window, qtbot)
    with empty.session() as s:
        assert s.get_one(Account, ids["acme"]).next_follow_up_on is None
    # the read after the save found what the view showed: nothing reset, nothing moved
    assert resets == [] and pane.current_item() == task
    # R, Tomorrow: the task stands under Tomorrow at once, still current
    gate.clear()
    window.ctx.runner.run(gate.wait, lambda _r: None, write=True)
    menu = pane.ask_reschedule()
    assert menu is not None
    menu.actions()[0].trigger()
    moved = pane.current_item()
    assert moved is not None and moved.record_id == ids["task"]
    assert moved.day == TODAY + timedelta(days=1) and moved.at is None
    row = pane.table.currentIndex().row()
    heading = max(r for r in model.heading_rows() if r < row)
    assert model.data(model.index(heading, 0)).startswith("Tomorrow")
    assert pane.table.columnSpan(heading, 0) == model.columnCount()
    gate.set()
    settle(window, qtbot)
    with empty.session() as s:
        assert s.get_one(Activity, ids["task"]).next_follow_up_on == TODAY + timedelta(days=1)
    # the read after it brought what the view could not know (the task, Bolt's newest
    # entry, planned Bolt's next follow-up too): the model replaced, the task current
    assert resets == [1] and pane.current_item() == moved
    assert any(i.kind is AgendaKind.FOLLOW_UP and i.company == "Bolt GmbH"
               for i in pane.items)


def test_what_takes_the_rest_of_a_narrow_pane_and_nothing_scrolls_sideways(
        empty: Store, world: dict[str, uuid.UUID], tmp_path: Path, qtbot: QtBot) -> None:
    day_of_work(empty, world)
    window = make_window(empty, tmp_path, qtbot)
    window.show_agenda()
    pane = window.agenda
    header = pane.table.horizontalHeader()
    for width in (420, 700):
        pane.table.resize(width, 400)
        qtbot.waitUntil(lambda: abs(header.length() - pane.table.viewport().width()) <= 1)
        what = header.sectionSize(AgendaModel.COL_WHAT)
        assert what >= header.sectionSize(AgendaModel.COL_COMPANY)
        assert not pane.table.horizontalScrollBar().isVisible()
