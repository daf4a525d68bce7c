"""A team lead's queue, driven in the real window at 1366x768: whose accounts it shows
(chosen, or asked for by another pane), sorted by a header click, and several accounts
given to a rep through the dialog, with the keyboard."""

from __future__ import annotations

import uuid
from pathlib import Path

import shiboken6
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crmdesk.domain.lifecycle import Status
from crmdesk.store import queries as q
from crmdesk.store.db import Store
from crmdesk.store.models import Account, Activity, Contact
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.queue_pane import QueueModel
from crmdesk.ui.reassign_dialog import ReassignDialog
from tests.conftest import TODAY
from tests.test_ui import make_window, settle


def _user(store: Store, name: str) -> q.UserRef:
    with store.session() as s:
        user = q.user_by_name(s, name)
    assert user is not None
    return user


def _owners_shown(window: MainWindow) -> set[object]:
    model = window.queue.model
    return {model.data(model.index(r, QueueModel.COL_OWNER))
            for r in range(min(150, model.rowCount()))}


def test_the_owner_column_shows_at_1366x768_on_the_teams_lists(seeded: Store, tmp_path: Path,
                                                               qtbot: QtBot) -> None:
    window = make_window(seeded, tmp_path, qtbot, username="lead.east")
    assert (window.width(), window.height()) == (1366, 768)
    queue = window.queue
    assert queue.filter.currentData() == q.QueueFilter.TEAM.value  # a lead's first list
    table, header = queue.table, queue.table.horizontalHeader()
    assert queue.filter.itemText(queue.filter.findData(q.QueueFilter.OVERDUE.value)) == \
        "Team overdue"
    for which in (q.QueueFilter.TEAM, q.QueueFilter.OVERDUE):
        queue.filter.setCurrentIndex(queue.filter.findData(which.value))
        settle(window, qtbot)
        with seeded.session() as s:
            assert queue.model.ids() == q.queue_ids(s, window.ctx.user, which, TODAY)
        assert not table.isColumnHidden(QueueModel.COL_OWNER)
        left = header.sectionViewportPosition(QueueModel.COL_OWNER)
        assert left >= 0 and left + header.sectionSize(QueueModel.COL_OWNER) <= \
            table.viewport().width()  # inside the pane, not scrolled off
        metrics = table.fontMetrics()
        assert header.sectionSize(QueueModel.COL_OWNER) > metrics.horizontalAdvance(
            "Sarah Chen")
        assert len(_owners_shown(window)) > 1
        # the company keeps a readable width
        assert header.sectionSize(QueueModel.COL_COMPANY) >= metrics.horizontalAdvance(
            "x") * 24
    # one's own list does not spend the room on it
    queue.filter.setCurrentIndex(queue.filter.findData(q.QueueFilter.ALL_MINE.value))
    settle(window, qtbot)
    assert table.isColumnHidden(QueueModel.COL_OWNER)
    assert not queue.owner.isEnabled()


def test_a_lead_chooses_whose_accounts_and_another_pane_can_ask_for_them(
        seeded: Store, tmp_path: Path, qtbot: QtBot) -> None:
    window = make_window(seeded, tmp_path, qtbot, username="lead.east")
    queue, lead = window.queue, window.ctx.user
    sarah, david, li = (_user(seeded, n) for n in ("sarah.chen", "david.kim", "li.wei"))
    assert queue.owner.isVisible()
    assert {p.id for p in queue.people()} >= {sarah.id, david.id, lead.id}
    assert li.id not in {p.id for p in queue.people()}  # another team's
    queue.owner.setCurrentIndex(queue.owner.findData(sarah.id.hex))
    settle(window, qtbot)
    with seeded.session() as s:
        hers = q.queue_ids(s, lead, q.QueueFilter.TEAM, TODAY, owner=sarah.id)
    assert queue.model.ids() == hers and _owners_shown(window) == {"Sarah Chen"}
    assert queue.count.text() == f"{len(hers):,} accounts"
    # with the status filter too
    queue.status.setCurrentIndex(queue.status.findData("lead"))
    settle(window, qtbot)
    with seeded.session() as s:
        assert queue.model.ids() == q.queue_ids(s, lead, q.QueueFilter.TEAM, TODAY,
                                                Status.LEAD, owner=sarah.id)
    # the review asks for David's queue: the whole team's list, any status, his accounts
    queue.filter.setCurrentIndex(queue.filter.findData(q.QueueFilter.ALL_MINE.value))
    settle(window, qtbot)
    assert window.show_owner(david.id)
    settle(window, qtbot)
    assert queue.filter.currentData() == q.QueueFilter.TEAM.value
    assert queue.status.currentData() == "" and queue.current_owner() == david.id
    with seeded.session() as s:
        assert queue.model.ids() == q.queue_ids(s, lead, q.QueueFilter.TEAM, TODAY,
                                                owner=david.id)
    assert window.show_owner(None) and queue.current_owner() == q.POOL
    settle(window, qtbot)
    assert _owners_shown(window) == {"Team pool"}
    assert not window.show_owner(li.id)  # not this lead's to see
    assert queue.current_owner() == q.POOL


def test_a_rep_has_no_owner_chooser_and_cannot_give_accounts(seeded: Store, tmp_path: Path,
                                                             qtbot: QtBot) -> None:
    window = make_window(seeded, tmp_path, qtbot, username="sarah.chen")
    assert not window.queue.owner.isVisible()
    assert not window.queue.reassign_action.isEnabled()
    assert not window.show_owner(_user(seeded, "david.kim").id)
    window.queue.table.setFocus()
    window.queue.table.selectAll()
    qtbot.keyClick(window.queue.table, Qt.Key.Key_G,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.queue.reassign_dialog is None


def test_clicking_a_header_sorts_then_reverses_then_goes_back_to_priority(
        seeded: Store, tmp_path: Path, qtbot: QtBot) -> None:
    window = make_window(seeded, tmp_path, qtbot, username="lead.east")
    queue, lead = window.queue, window.ctx.user
    header = queue.table.horizontalHeader()
    priority = queue.model.ids()

    def click(col: int) -> None:
        at = QPoint(header.sectionViewportPosition(col) + 10, header.height() // 2)
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
        settle(window, qtbot)

    def expected(sort: q.QueueSort, descending: bool) -> list[uuid.UUID]:
        with seeded.session() as s:
            return q.queue_ids(s, lead, q.QueueFilter.TEAM, TODAY, sort=sort,
                               descending=descending)

    click(QueueModel.COL_OWNER)
    assert queue.model.ids() == expected(q.QueueSort.OWNER, False) != priority
    assert header.isSortIndicatorShown() and header.sortIndicatorSection() == \
        QueueModel.COL_OWNER
    assert header.sortIndicatorOrder() is Qt.SortOrder.AscendingOrder
    names = [queue.model.data(queue.model.index(r, QueueModel.COL_OWNER)) for r in range(40)]
    assert names == sorted(names)
    click(QueueModel.COL_OWNER)
    assert queue.model.ids() == expected(q.QueueSort.OWNER, True)
    assert header.sortIndicatorOrder() is Qt.SortOrder.DescendingOrder
    click(QueueModel.COL_OWNER)
    assert queue.model.ids() == priority and not header.isSortIndicatorShown()
    click(QueueModel.COL_COMPANY)
    companies = [queue.model.data(queue.model.index(r, QueueModel.COL_COMPANY))
                 for r in range(queue.model.rowCount())]
    assert queue.model.ids() == expected(q.QueueSort.NAME, False)
    assert companies[:30] == sorted(companies[:30])
    # a sort holds across a change of list, and a hidden column sorts from the menu
    queue.owner.setCurrentIndex(queue.owner.findData(q.POOL))
    settle(window, qtbot)
    with seeded.session() as s:
        assert queue.model.ids() == q.queue_ids(s, lead, q.QueueFilter.TEAM, TODAY,
                                                owner=q.POOL, sort=q.QueueSort.NAME)
    assert q.QueueSort.VALUE in dict(queue.sort_names())
    queue.sort_by(q.QueueSort.VALUE, descending=True)
    settle(window, qtbot)
    with seeded.session() as s:
        assert queue.model.ids() == q.queue_ids(s, lead, q.QueueFilter.TEAM, TODAY,
                                                owner=q.POOL, sort=q.QueueSort.VALUE,
                                                descending=True)


def test_a_lead_gives_selected_accounts_to_a_rep_through_the_dialog(
        seeded: Store, tmp_path: Path, qtbot: QtBot) -> None:
    window = make_window(seeded, tmp_path, qtbot, username="lead.east")
    queue = window.queue
    sarah, david = _user(seeded, "sarah.chen"), _user(seeded, "david.kim")
    assert window.show_owner(sarah.id)
    settle(window, qtbot)
    # the first row by click, two more with Ctrl held: a multi-row selection
    table = queue.table
    for row, modifier in ((0, Qt.KeyboardModifier.NoModifier),
                          (2, Qt.KeyboardModifier.ControlModifier),
                          (3, Qt.KeyboardModifier.ControlModifier)):
        rect = table.visualRect(queue.model.index(row, 0))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier,
                         rect.center())
    settle(window, qtbot)
    chosen = queue.selected_ids()
    assert chosen == [queue.model.ids()[r] for r in (0, 2, 3)]
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_G,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = queue.reassign_dialog
    assert dialog is not None and dialog.account_ids == chosen
    qtbot.waitUntil(lambda: dialog.is_loaded, timeout=5000)
    offered = [dialog.to.itemText(i) for i in range(dialog.to.count())]
    assert "David Kim" in offered and offered[-1] == "East China pool"
    assert "Jennifer Wu" not in offered  # the lead is not a rep
    assert dialog.choose(david.id)
    assert dialog.give.text() == "Give 3 accounts to David Kim"
    qtbot.mouseClick(dialog.give, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=10000)
    assert dialog.result_value is not None and dialog.result_value.accounts == 3
    assert dialog.answer.text().startswith("Gave 3 accounts (")
    assert "to David Kim" in dialog.answer.text()
    assert dialog.give.text() == "Close"
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).isVisible()
    with seeded.session() as s:
        assert set(s.scalars(select(Account.owner_id).where(Account.id.in_(chosen)))) == {
            david.id}
        for model in (Contact, Activity):
            assert set(s.scalars(select(model.owner_id).where(
                model.account_id.in_(chosen)))) <= {david.id}
    qtbot.mouseClick(dialog.give, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    settle(window, qtbot)
    assert not set(chosen) & set(queue.model.ids())  # no longer Sarah's


def test_a_dialog_gone_before_its_accounts_are_given_leaves_no_error(
        seeded: Store, tmp_path: Path, qtbot: QtBot) -> None:
    """A book of thousands takes a while to give: the dialog closed and deleted in the
    meantime (its window closed), the accounts are given all the same and the answer,
    with nothing left to show it in, raises nothing on the UI thread."""
    window = make_window(seeded, tmp_path, qtbot, username="lead.east")
    sarah, david = _user(seeded, "sarah.chen"), _user(seeded, "david.kim")
    with seeded.session() as s:
        book = q.book_of(s, sarah.id)[:3]
    assert book
    dialog = ReassignDialog(window.ctx, book, window)
    qtbot.waitUntil(lambda: dialog.is_loaded, timeout=5000)
    assert dialog.choose(david.id)
    dialog.give.click()
    shiboken6.delete(dialog)  # before the UI thread hears the command's answer
    assert window.ctx.runner.wait()
    qtbot.wait(50)  # the answer delivered: an exception here fails the test
    with seeded.session() as s:
        assert set(s.scalars(select(Account.owner_id).where(Account.id.in_(book)))) == {
            david.id}
    # a dialog deleted before it read what to offer raises nothing either
    shiboken6.delete(ReassignDialog(window.ctx, book, window))
    assert window.ctx.runner.wait()
    qtbot.wait(50)


def test_the_dialog_says_why_nothing_moved_and_offers_one_teams_reps_only(
        seeded: Store, tmp_path: Path, qtbot: QtBot) -> None:
    window = make_window(seeded, tmp_path, qtbot, username="admin")
    queue = window.queue
    assert queue.filter.currentData() == q.QueueFilter.TEAM.value  # "Everyone"
    with seeded.session() as s:
        teams = {t for t in s.scalars(select(Account.team_id)) if t is not None}
    assert len(teams) > 1
    # every row of the list: accounts of several teams
    selection = QItemSelection(queue.model.index(0, 0),
                               queue.model.index(queue.model.rowCount() - 1, 0))
    queue.table.selectionModel().select(
        selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    assert len(queue.selected_ids()) == queue.model.rowCount()
    dialog = queue.reassign_selected()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.is_loaded, timeout=5000)
    assert "teams" in dialog.answer.text() and not dialog.give.isEnabled()
    dialog.reject()


def test_the_rows_menu_gives_the_selection_away_and_the_headers_sorts_a_hidden_column(
        seeded: Store, tmp_path: Path, qtbot: QtBot) -> None:
    window = make_window(seeded, tmp_path, qtbot, username="lead.east")
    queue, lead = window.queue, window.ctx.user
    table = queue.table
    table.selectionModel().select(
        QItemSelection(queue.model.index(1, 0), queue.model.index(3, 0)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    # a right click on a selected row keeps the selection
    table.customContextMenuRequested.emit(table.visualRect(queue.model.index(2, 0)).center())
    assert queue.menu is not None
    give = queue.menu.actions()[0]
    assert give.text() == "Give 3 accounts to a rep or the pool…"
    give.trigger()
    assert queue.reassign_dialog is not None
    assert queue.reassign_dialog.account_ids == queue.model.ids()[1:4]
    queue.reassign_dialog.reject()
    # on a row outside it: that row alone
    table.customContextMenuRequested.emit(table.visualRect(queue.model.index(6, 0)).center())
    assert queue.selected_ids() == [queue.model.ids()[6]]
    header = table.horizontalHeader()
    assert table.isColumnHidden(QueueModel.COL_CHANNEL)  # no room for it at this size
    header.customContextMenuRequested.emit(QPoint(5, 5))
    by_channel = next(a for a in queue.menu.actions() if a.text() == "Sort by Channel")
    by_channel.trigger()
    settle(window, qtbot)
    with seeded.session() as s:
        assert queue.model.ids() == q.queue_ids(s, lead, q.QueueFilter.TEAM, TODAY,
                                                sort=q.QueueSort.CHANNEL)
    header.customContextMenuRequested.emit(QPoint(5, 5))
    assert [a.text() for a in queue.menu.actions() if a.isChecked()] == ["Sort by Channel"]
