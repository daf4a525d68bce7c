"""The window's layout as a rep meets it on a 1366x768 laptop (and a 1024x700 one): the
card's essentials without scrolling, each account opened at its top, no pane cut off at
the side, the View menu, search hits that tell look-alikes apart, and an empty workspace
that says how to start. Real widgets, offscreen, over real workspaces."""

from __future__ import annotations

import html
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDockWidget, QMenu, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from crmdesk.domain.account_fields import place
from crmdesk.domain.lifecycle import LABELS
from crmdesk.store import queries as q
from crmdesk.store.db import Store
from crmdesk.store.models import Account, Contact, Opportunity, User
from crmdesk.store.stand_in import new_stand_in
from crmdesk.store.writes import new_account
from crmdesk.ui import changes
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.start_here import IMPORT, NEW_LEAD, SYNC
from tests.test_ui import make_window, settle


@pytest.fixture
def window(seeded: Store, tmp_path: Path, qtbot: QtBot) -> Iterator[MainWindow]:
    win = make_window(seeded, tmp_path, qtbot)
    yield win
    win.ctx.runner.wait()


def _busiest(store: Store) -> uuid.UUID:
    """The account with the most deals, then contacts (the longest card)."""
    with store.session() as session:
        deals = (select(Opportunity.account_id, func.count().label("n"))
                 .group_by(Opportunity.account_id).subquery())
        people = (select(Contact.account_id, func.count().label("n"))
                  .group_by(Contact.account_id).subquery())
        found = session.scalar(
            select(Account.id).join(deals, deals.c.account_id == Account.id)
            .join(people, people.c.account_id == Account.id)
            .order_by(deals.c.n.desc(), people.c.n.desc(), Account.id).limit(1))
    assert found is not None
    return found


def _open(window: MainWindow, qtbot: QtBot, account_id: uuid.UUID) -> None:
    window.ctx.selection.select_account(account_id)
    settle(window, qtbot)
    qtbot.wait(20)  # the card's last layout after its sections filled


def _bottom_in_view(window: MainWindow, widget: QWidget) -> int:
    """Where `widget` ends, in the card's scroll viewport."""
    viewport = window.card._scroll.viewport()
    return widget.mapTo(viewport, QPoint(0, widget.height())).y()


def test_the_card_shows_name_status_deals_and_contacts_at_1366x768_unscrolled(
        seeded: Store, tmp_path: Path, qtbot: QtBot) -> None:
    window = make_window(seeded, tmp_path, qtbot)
    busiest = _busiest(seeded)
    _open(window, qtbot, busiest)
    card = window.card
    assert card.data is not None and card.data.card.id == busiest
    assert len(card.deals.rows) > 3 and len(card.data.contacts) > 4
    height = card._scroll.viewport().height()
    assert card._scroll.verticalScrollBar().value() == 0
    for widget in (card.name, card.path, card.next_step, card.deals.list, card.people_title,
                   card.people):
        assert widget.isVisible()
        assert _bottom_in_view(window, widget) <= height, widget
    # long lists end in "and N more", which shows the rest
    assert f"and {len(card.deals.rows) - 2} more" in card.deals.list.text()
    card.deals.list.linkActivated.emit("more-rows")
    assert "more-rows" not in card.deals.list.text()
    names = [html.escape(c.name) for c in card.data.contacts]
    assert names[-1] not in card.people.text()
    card.people.linkActivated.emit("more-rows")
    assert all(name in card.people.text() for name in names)
    window.ctx.runner.wait()


def test_a_newly_opened_account_starts_at_the_top(seeded: Store, tmp_path: Path,
                                                  qtbot: QtBot) -> None:
    window = make_window(seeded, tmp_path, qtbot)
    busiest = _busiest(seeded)
    _open(window, qtbot, busiest)
    bar = window.card._scroll.verticalScrollBar()
    assert bar.maximum() > 0  # the company's fields lie below
    bar.setValue(bar.maximum())
    # the same account changed: the rep's place stays
    window.ctx.bus.announce_changes(changes.Changes.of([busiest], changes.ACCOUNT))
    settle(window, qtbot)
    assert bar.value() == bar.maximum() > 0
    other = next(i for i in window.queue.model.ids() if i != busiest)
    _open(window, qtbot, other)
    assert window.card.data is not None and window.card.data.card.id == other
    assert bar.value() == 0
    window.ctx.runner.wait()


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1024, 700)])
@pytest.mark.parametrize("username", [None, "lead.north"])
def test_no_pane_is_cut_off_at_the_side(seeded: Store, tmp_path: Path, qtbot: QtBot,
                                        width: int, height: int, username: str | None) -> None:
    """A lead's queue has the owner chooser too. Every pane fits its dock (a pane wider
    than its dock is cut at the side), and the window is no wider than the screen."""
    window = make_window(seeded, tmp_path, qtbot, username)
    _open(window, qtbot, _busiest(seeded))
    window.resize(1500, 900)  # narrower again after wider: nothing kept from before
    settle(window, qtbot)
    window.resize(width, height)
    settle(window, qtbot)
    qtbot.wait(20)
    assert window.minimumSizeHint().width() <= width
    assert window.width() == width
    for name, dock in window.docks.items():
        pane = dock.widget()
        assert pane.isVisible()
        assert pane.minimumSizeHint().width() <= pane.width(), name
    card = window.card
    viewport = card._scroll.viewport()
    assert card._content.minimumSizeHint().width() <= viewport.width()
    assert not card._scroll.horizontalScrollBar().isVisible()
    # a dock made narrow by the user: the panes still fit it (down to their minimum)
    window.resizeDocks([window.docks["card"]], [300], Qt.Orientation.Horizontal)
    settle(window, qtbot)
    assert card._content.minimumSizeHint().width() <= viewport.width()
    assert not card._scroll.horizontalScrollBar().isVisible()
    window.ctx.runner.wait()


@pytest.mark.parametrize("username", [None, "lead.north"])
def test_the_care_reminders_choices_show_whole_in_hebrew(
        seeded: Store, tmp_path: Path, qtbot: QtBot, hebrew: None, username: str | None
        ) -> None:
    """The list, (a lead's) owner, the reminders' kinds and days ahead and their count
    side by side cut the Hebrew words at 1366 wide, a lead's pane wider than its dock."""
    window = make_window(seeded, tmp_path, qtbot, username)
    queue = window.queue
    queue.show_reminders()
    settle(window, qtbot)
    qtbot.wait(20)
    assert queue.showing_reminders and window.isRightToLeft()
    assert queue.minimumSizeHint().width() <= queue.width()
    shown = [w for w in (queue.filter, queue.owner, queue.care_kind, queue.care_ahead,
                         queue.count) if w.isVisible()]
    assert queue.care_kind in shown and queue.care_ahead in shown
    assert (queue.owner in shown) == (username is not None)
    for widget in shown:
        assert widget.width() >= widget.sizeHint().width(), widget
    # the accounts again: the reminders' choices go
    queue.filter.setCurrentIndex(0)
    settle(window, qtbot)
    assert not queue.care_kind.isVisible() and queue.status.isVisible()
    window.ctx.runner.wait()


def _view_menu(window: MainWindow) -> QMenu:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert isinstance(menu, QMenu)
    return menu


def test_the_view_menu_lists_each_pane_once(window: MainWindow, qtbot: QtBot) -> None:
    texts = [a.text() for a in _view_menu(window).actions()
             if not a.isSeparator() and a.isVisible()]
    assert len(texts) == len(set(texts))
    for name, dock in window.docks.items():
        assert texts.count(dock.windowTitle()) == 1, name
    # the one item brings a closed pane back, raised and focused
    card_dock = window.docks["card"]
    card_dock.close()
    assert not card_dock.isVisible()
    bring = next(a for a in _view_menu(window).actions() if a.text() == card_dock.windowTitle())
    bring.trigger()
    assert card_dock.isVisible()
    assert all(isinstance(d, QDockWidget) for d in window.docks.values())


def test_search_hits_say_status_owner_and_city(window: MainWindow, qtbot: QtBot,
                                               seeded: Store) -> None:
    """Look-alike names ("北京市信通商贸有限公司", "北京市信通商贸股份有限公司") told
    apart by where they stand, whose they are and where they are."""
    with seeded.session() as session:
        names = session.scalars(select(Account.name)).all()
        stems: dict[str, int] = {}
        for name in names:
            stems[name[:6]] = stems.get(name[:6], 0) + 1
        stem = max(stems, key=lambda s: stems[s])
        expected = {h.account_id: h for h in q.search(session, stem, limit=30)}
        owners = dict(session.execute(select(Account.id, User.display_name)
                                      .join(User, User.id == Account.owner_id)).all())
        places = {i: place(r, a) for i, r, a in session.execute(
            select(Account.id, Account.region, Account.address))}
    assert len(expected) > 1
    window.queue.search.setText(stem)
    qtbot.waitUntil(lambda: window.queue.results_model.rowCount() > 1, timeout=10000)
    model = window.queue.results_model
    for row, hit in enumerate(model.hits()):
        text = model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole)
        lines = text.split("\n")
        assert lines[0] == hit.title
        assert hit.status is not None and LABELS[hit.status] in lines[-1]
        owner = owners.get(hit.account_id)
        assert (f"owner {owner}" if owner else "in the team pool") in lines[-1]
        shown_place = places[hit.account_id]
        assert shown_place and shown_place in lines[-1]
    assert window.queue.results.wordWrap()


def _empty_window(store: Store, tmp_path: Path, qtbot: QtBot) -> MainWindow:
    with store.session.begin() as session:
        me = new_stand_in(session)
        username = me.username
    return make_window(store, tmp_path, qtbot, username)


def test_an_empty_workspace_says_what_to_do_first(empty: Store, tmp_path: Path,
                                                  qtbot: QtBot) -> None:
    window = _empty_window(empty, tmp_path, qtbot)
    queue, card = window.queue, window.card
    assert queue.stack.currentWidget() is queue.start and queue.start.isVisible()
    assert "no accounts yet" in queue.start.title.text()
    shown = [w for w, b in queue.start.buttons.items() if b.isVisible()]
    assert shown == [IMPORT, NEW_LEAD, SYNC]
    assert "Ctrl+N" in queue.start.buttons[NEW_LEAD].text()
    # the button opens the new lead dialog (modal: closed here once it shows)
    opened: list[str] = []

    def close_when_shown() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            opened.append(type(dialog).__name__)
            dialog.reject()
        else:
            QTimer.singleShot(20, close_when_shown)

    QTimer.singleShot(20, close_when_shown)
    with qtbot.waitSignal(queue.start_requested) as asked:
        qtbot.mouseClick(queue.start.buttons[NEW_LEAD], Qt.MouseButton.LeftButton)
    assert asked.args == [NEW_LEAD] and opened == ["NewLeadDialog"]
    # the card says it too, with the same first steps as links
    assert card.empty.isVisible() and card.workspace_empty
    for key in (IMPORT, NEW_LEAD, SYNC):
        assert f"href='{key}'" in card.empty.text()
    with qtbot.waitSignal(card.start_requested) as asked:
        card.empty.linkActivated.emit(SYNC)
    assert asked.args == [SYNC]
    # the window does it: syncing, not signed in, asks to sign in first
    window.start_with(SYNC)
    assert window.sign_in_dialog is not None and window.sign_in_dialog.isVisible()
    window.sign_in_dialog.reject()
    # the search box still searches (nothing), and clearing it comes back here
    queue.search.setText("acme")
    qtbot.waitUntil(lambda: queue.hint.isVisible(), timeout=5000)
    queue.search.clear()
    assert queue.stack.currentWidget() is queue.start

    # a first account arrives: the queue lists it, the card shows it
    user = window.ctx.user
    with empty.session.begin() as session:
        first = new_account(session, name="Acme Trading", owner_id=user.id,
                            team_id=user.team_id)
    window.ctx.bus.announce_changes(changes.ALL)
    qtbot.waitUntil(lambda: queue.stack.currentWidget() is queue.table, timeout=10000)
    settle(window, qtbot)
    assert queue.model.ids() == [first]
    assert card.data is not None and card.data.card.id == first
    assert not queue.start.isVisible() and not card.empty.isVisible()
    window.ctx.runner.wait()


def test_an_empty_workspace_at_1024x700_fits(empty: Store, tmp_path: Path,
                                             qtbot: QtBot) -> None:
    window = _empty_window(empty, tmp_path, qtbot)
    window.resize(1024, 700)
    settle(window, qtbot)
    assert window.width() == 1024
    for name, dock in window.docks.items():
        assert dock.widget().minimumSizeHint().width() <= dock.widget().width(), name
    window.ctx.runner.wait()
