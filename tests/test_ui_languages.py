"""What a Chinese or Hebrew salesperson reads, pane by pane (found by looking at every
pane and dialog in the three languages): no English left in a dialog's own words or in
the defaults a team starts with, months, days and regions as the language names them,
people's names, numbers and notes in their own direction in a right-to-left window, and
no hint cut off. Real widgets, offscreen, over a real workspace where one is needed."""

from __future__ import annotations

import html
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtGui import QTextDocument, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from crmdesk.app.rights import SERVICE_NOTE
from crmdesk.domain.agenda import AgendaKind
from crmdesk.domain.deals import DEFAULT_PLAYBOOK, OpportunityStage
from crmdesk.domain.service import DEFAULT_CHECKLIST, TaskState
from crmdesk.domain.words import Worded
from crmdesk.secrets import NO_KEYRING
from crmdesk.store import queries as q
from crmdesk.store import service_queries as sq
from crmdesk.store.db import Store
from crmdesk.ui.agenda_pane import AgendaModel
from crmdesk.ui.away_dialog import AwayDialog
from crmdesk.ui.bidi import FSI, PDI, IsolatingDelegate, forward, isolated
from crmdesk.ui.changes import ChangeBus, Selection
from crmdesk.ui.channel_costs_dialog import CostModel
from crmdesk.ui.contact_dialog import NewContactDialog
from crmdesk.ui.context import AppContext
from crmdesk.ui.formats import money_text
from crmdesk.ui.handoff_dialog import HandoffDialog
from crmdesk.ui.language import install_language
from crmdesk.ui.playbook_dialog import PlaybookDialog
from crmdesk.ui.queue_pane import REMINDERS, QueueModel
from crmdesk.ui.region_dialog import in_name_order, region_name
from crmdesk.ui.service_queue import ServiceTaskModel
from crmdesk.ui.tasks import TaskRunner
from crmdesk.ui.words import KEYRING_WORDS, said, word
from tests.test_agenda import day_of_work
from tests.test_ui import TODAY, make_window, settle
from tests.test_ui_deals import new_deal


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[object]:
    """Put a language in place for one test (before its widgets are made); English
    again after it."""

    def put(language: str) -> None:
        install_language(qapp, language)

    yield put
    install_language(qapp, "en")


def _ctx(store: Store, tmp_path: Path) -> AppContext:
    """The context a dialog takes, on the workspace's rep, without a window."""
    with store.session() as session:
        user = q.first_rep(session)
    assert user is not None
    app = QApplication.instance()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppContext(store, user, TaskRunner(app), ChangeBus(app), Selection(app), settings,
                      today=lambda: TODAY)


def test_the_hand_off_rows_and_the_default_checklist_are_in_the_language(
        empty: Store, world: dict[str, uuid.UUID], tmp_path: Path, qtbot: QtBot,
        speaking: object) -> None:
    ctx = _ctx(empty, tmp_path)
    setup = ctx.read_now(lambda s: sq.rule_setup(s, ctx.user.team_id))
    assert setup is not None and tuple(setup.rule.steps) == DEFAULT_CHECKLIST
    speaking("zh_CN")  # type: ignore[operator]
    dialog = HandoffDialog(ctx, setup)
    qtbot.addWidget(dialog)
    first = dialog.rows[0]
    assert (first.name.text(), first.days.suffix(), first.remove.text()) == (
        "启动会", " 天后", "删除")
    assert first.name.placeholderText() == "步骤，例如：启动会"
    # shown translated, kept as the team has them (English here) unless changed
    assert tuple(dialog.steps()) == DEFAULT_CHECKLIST
    first.name.setText("首次上门拜访")
    assert dialog.steps()[0].name == "首次上门拜访"
    speaking("he")  # type: ignore[operator]
    hebrew = HandoffDialog(ctx, setup)
    qtbot.addWidget(hebrew)
    assert (hebrew.rows[2].name.text(), hebrew.rows[2].remove.text()) == ("הדרכה", "הסרה")


def test_the_default_playbook_reads_in_the_language_and_is_kept_as_it_was(
        empty: Store, world: dict[str, uuid.UUID], tmp_path: Path, qtbot: QtBot,
        speaking: object) -> None:
    ctx = _ctx(empty, tmp_path)
    speaking("zh_CN")  # type: ignore[operator]
    dialog = PlaybookDialog(ctx, dict(DEFAULT_PLAYBOOK))
    qtbot.addWidget(dialog)
    form = dialog.forms[OpportunityStage.QUALIFY]
    assert form.todo.toPlainText().startswith("确认")
    assert "Confirm" not in form.todo.toPlainText()
    form.probability.setValue(15)  # a change of the figure alone sends the words as kept
    changed = dialog.changed()
    assert list(changed) == [OpportunityStage.QUALIFY]
    assert changed[OpportunityStage.QUALIFY].todo == DEFAULT_PLAYBOOK[
        OpportunityStage.QUALIFY].todo


def test_months_days_and_regions_are_named_in_the_language(
        empty: Store, world: dict[str, uuid.UUID], tmp_path: Path, qtbot: QtBot,
        speaking: object) -> None:
    ctx = _ctx(empty, tmp_path)
    until = date(2026, 12, 11)
    speaking("zh_CN")  # type: ignore[operator]
    costs = CostModel()
    assert [costs.headerData(m, Qt.Orientation.Horizontal) for m in (0, 11)] == [
        "1月", "12月"]
    away = AwayDialog(ctx, until, TODAY)
    qtbot.addWidget(away)
    assert "2026/12/11" in away.state.text() and "2026-12-11" not in away.state.text()
    assert region_name("CN") == "中国 (CN, +86)"
    assert region_name("US") == "美国 (US, +1)"
    speaking("he")  # type: ignore[operator]
    assert CostModel().headerData(0, Qt.Orientation.Horizontal) != "Jan"
    assert region_name("IL") == "ישראל (IL, +972)"
    assert region_name("FR") == "France (FR, +33)"  # no Hebrew name known: Qt's
    speaking("en")  # type: ignore[operator]
    assert CostModel().headerData(0, Qt.Orientation.Horizontal) == "Jan"
    assert region_name("CN") == "China (CN, +86)"
    order = in_name_order(["US", "CN", "DE"])
    assert order == ["CN", "DE", "US"]  # China, Germany, United States


def test_the_read_only_note_of_a_card_is_in_the_language(speaking: object) -> None:
    note = Worded(SERVICE_NOTE, "刘洋")
    assert said(note) == str(note) and str(note).startswith("You serve this customer")
    speaking("zh_CN")  # type: ignore[operator]
    assert "刘洋" in said(note) and "You serve" not in said(note)
    speaking("he")  # type: ignore[operator]
    assert "刘洋" in said(note) and "You serve" not in said(note)


def _visual_x(text: str, at: int, direction: Qt.LayoutDirection) -> float:
    """Where the character at `at` of `text` starts on a line laid out in `direction`."""
    layout = QTextLayout(text)
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1000)
    layout.endLayout()
    line.setPosition(QPointF(0, 0))
    return line.cursorToX(at)[0]


def _offsets(text: str, first: int, count: int, direction: Qt.LayoutDirection
             ) -> list[float]:
    """Where `count` characters from `first` start, from the first of them (a shape)."""
    xs = [_visual_x(text, at, direction) for at in range(first, first + count)]
    return [round(x - xs[0], 1) for x in xs]


def _rich_x(document: QTextDocument, text: str) -> float:
    """Where the middle of the first character of `text` lies in the laid-out
    `document`."""
    found = document.find(text)
    assert not found.isNull(), text
    block = found.block()
    at = found.selectionStart() - block.position()
    line = block.layout().lineForTextPosition(at)
    assert line.isValid()  # laid out (the document's size asked for)
    return (line.cursorToX(at)[0] + line.cursorToX(at + 1)[0]) / 2


def test_a_contacts_edit_and_more_read_after_their_name_right_to_left(
        empty: Store, world: dict[str, uuid.UUID], tmp_path: Path, qtbot: QtBot,
        hebrew: None) -> None:
    """A contact's line begins with a Latin name: laid out in the name's direction, the
    Hebrew "More ▾" had its arrow beside "Edit…" instead of its own word."""
    window = make_window(empty, tmp_path, qtbot)
    window.ctx.selection.select_account(world["acme"])
    settle(window, qtbot)
    people = window.card.people
    document = QTextDocument()
    document.setHtml(people.text())
    document.setTextWidth(people.contentsRect().width())
    assert document.size().width() > 0  # laid out
    more = window.card.tr("More ▾").removesuffix(" ▾")
    assert more == "עוד"
    name, edit, word_x, arrow = (_rich_x(document, t) for t in (
        "Ann", window.card.tr("Edit…"), more + " ▾", "▾"))
    assert name > edit > word_x > arrow  # read from the right: name, Edit…, More, ▾
    window.ctx.runner.wait()


def test_a_deals_next_step_follows_an_arrow_pointing_along_a_hebrew_line(
        empty: Store, world: dict[str, uuid.UUID], tmp_path: Path, qtbot: QtBot,
        hebrew: None) -> None:
    new_deal(empty, world["acme"], name="Fleet rollout", next_step="Site visit (Tuesday)")
    window = make_window(empty, tmp_path, qtbot)
    window.ctx.selection.select_account(world["acme"])
    settle(window, qtbot)
    listed = html.unescape(window.card.deals.list.text())
    assert f"⬅ {FSI}Site visit (Tuesday){PDI}" in listed and "➜" not in listed
    assert f"{FSI}Fleet rollout{PDI}" in listed
    # the deal's name on the right, its amount on the left: the row read from the right
    document = QTextDocument()
    document.setHtml(window.card.deals.list.text())
    document.setTextWidth(window.card.deals.list.contentsRect().width())
    amount = money_text(120_000_00, "CNY")
    name_x, amount_x = (_cell_x(document, text) for text in ("Fleet rollout", amount))
    assert name_x > amount_x
    window.ctx.runner.wait()


def _cell_x(document: QTextDocument, text: str) -> float:
    """Where `text` begins in the laid-out `document`, its table cell's place counted."""
    found = document.find(text)
    assert not found.isNull(), text
    block = found.block()
    place = document.documentLayout().blockBoundingRect(block).x()
    return place + _rich_x(document, text)


def test_names_and_numbers_keep_their_order_in_a_right_to_left_window(
        seeded: Store, tmp_path: Path, qtbot: QtBot, speaking: object) -> None:
    phone = "+1 (617) 296-0728"
    rtl, ltr = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
    typed = _offsets(phone, 1, len(phone) - 1, ltr)  # "1 (617) 296-0728" as typed
    # laid out right to left as it is, the number's groups change places
    assert _offsets(phone, 1, len(phone) - 1, rtl) != typed
    assert isolated(phone) == phone  # an English window: as it is
    assert forward() == "→"
    speaking("he")  # type: ignore[operator]
    shown = isolated(phone)
    assert shown == f"{FSI}{phone}{PDI}"
    assert forward() == "←"  # "from A to B" reads right to left too
    # as an isolate it reads as typed, "+" first
    assert _offsets(shown, 2, len(phone) - 1, rtl) == typed
    assert _visual_x(shown, 2, rtl) > 0  # the "+" before the "1", on its left
    # the window's lists draw names in their own direction, their models' text plain
    window = make_window(seeded, tmp_path, qtbot)
    assert window.isRightToLeft()
    settle(window, qtbot)
    views = (window.queue.table, window.queue.reminders, window.agenda.table,
             window.service_queue.table)
    assert all(isinstance(v.itemDelegate(), IsolatingDelegate) for v in views)
    table, model = window.queue.table, window.queue.model
    index = model.index(1, QueueModel.COL_COMPANY)
    name = model.data(index)
    assert not name.startswith(FSI)
    option = QStyleOptionViewItem()
    option.initFrom(table)
    table.itemDelegate().initStyleOption(option, index)
    assert option.text == f"{FSI}{name}{PDI}"
    # so typing a name's start in the table still finds it
    table.setFocus()
    table.setCurrentIndex(model.index(0, QueueModel.COL_COMPANY))
    table.keyboardSearch(name[:6])
    assert model.data(model.index(table.currentIndex().row(), QueueModel.COL_COMPANY)
                      ).startswith(name[:6])


def test_a_new_contact_shows_its_birthday_hint_whole(
        empty: Store, world: dict[str, uuid.UUID], tmp_path: Path, qtbot: QtBot,
        speaking: object) -> None:
    ctx = _ctx(empty, tmp_path)
    for language in ("en", "zh_CN", "he"):
        speaking(language)  # type: ignore[operator]
        dialog = NewContactDialog(ctx, world["acme"], "Acme Ltd.")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        line = dialog.form.birthday
        hint = line.fontMetrics().horizontalAdvance(line.placeholderText())
        assert line.width() >= hint, language
        dialog.close()


def test_the_import_dialog_stops_saying_it_loads_the_channels(
        seeded: Store, tmp_path: Path, qtbot: QtBot) -> None:
    from crmdesk.ui.import_dialog import ImportDialog

    ctx = _ctx(seeded, tmp_path)
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.channel.placeholderText() == "Loading channels…"
    qtbot.waitUntil(lambda: dialog.channel.count() > 0, timeout=10000)
    assert dialog.channel.currentIndex() == -1  # none chosen for the user
    assert dialog.channel.placeholderText() == "Choose the channel of these leads"


def test_onboarding_tasks_show_days_and_default_steps_in_the_language(
        empty: Store, world: dict[str, uuid.UUID], tmp_path: Path, qtbot: QtBot,
        speaking: object) -> None:
    ids = {**world, **day_of_work(empty, world)}  # an onboarding task: "Kick-off call"
    speaking("zh_CN")  # type: ignore[operator]
    tasks = ServiceTaskModel()
    tasks.set_rows([sq.TaskRow(uuid.uuid4(), ids["acme"], "Acme Ltd.", "Kick-off call",
                               date(2026, 11, 26), date(2026, 11, 27), TaskState.DONE),
                    sq.TaskRow(uuid.uuid4(), ids["acme"], "Acme Ltd.", "Site survey",
                               date(2026, 12, 3), None, TaskState.UPCOMING)])
    assert [tasks.data(tasks.index(r, ServiceTaskModel.COL_DUE)) for r in (0, 1)] == [
        "2026/11/26", "2026/12/3"]
    assert [tasks.data(tasks.index(r, ServiceTaskModel.COL_TASK)) for r in (0, 1)] == [
        "启动会", "Site survey"]  # a team's own step as typed
    assert "2026/11/27" in tasks.data(tasks.index(0, ServiceTaskModel.COL_STATE))
    # on the agenda too
    window = make_window(empty, tmp_path, qtbot)
    agenda = window.agenda.model
    whats = [agenda.data(agenda.index(r, AgendaModel.COL_WHAT)) for r in range(
        agenda.rowCount()) if (item := agenda.item_at(r)) is not None
        and item.kind is AgendaKind.SERVICE_TASK]
    assert whats == ["启动会"]


def test_the_care_reminders_open_on_their_first_row_right_to_left_too(
        seeded: Store, tmp_path: Path, qtbot: QtBot, speaking: object) -> None:
    """QTableView.selectRow chose no column in a right-to-left table just switched to:
    the Hebrew list opened on no reminder, and the card on no company."""
    speaking("he")  # type: ignore[operator]
    window = make_window(seeded, tmp_path, qtbot)
    queue = window.queue
    queue.filter.setCurrentIndex(queue.filter.findData(REMINDERS))
    settle(window, qtbot)
    assert queue.reminders.model_.rowCount() > 0
    row = queue.reminders.current()
    assert row is not None and row == queue.reminders.model_.rows()[0]
    assert queue.reminders.selectionModel().isRowSelected(0)
    assert window.ctx.selection.account_id == row.account_id


def test_the_no_keyring_warning_is_in_the_language(speaking: object) -> None:
    """The secret store's warning (sign-in, mail settings) is worded in the window."""
    assert KEYRING_WORDS == NO_KEYRING  # marked for translation word for word
    assert word(NO_KEYRING) == NO_KEYRING
    speaking("zh_CN")  # type: ignore[operator]
    assert "密码" in word(NO_KEYRING)
    speaking("he")  # type: ignore[operator]
    assert "סיסמ" in word(NO_KEYRING)
