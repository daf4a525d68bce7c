"""Customer service in the window, real widgets offscreen over the seeded workspace (its
recent customers handed to the service users): a service user's queue lists their
onboarding tasks by due date, moving through them opens each customer (read-only, with
the onboarding line), Space marks a task done and Ctrl+Z takes it back; the rep's card
shows who serves the customer; a lead edits the hand-off rule in its dialog, a rep only
reads it."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crmdesk.demo.service_demo import hand_off_recent
from crmdesk.domain.service import AssignBy, Step, handoff_rule_id
from crmdesk.store import queries as q
from crmdesk.store import service_queries as sq
from crmdesk.store.db import Store
from crmdesk.store.journal import QUIET, pending_count
from crmdesk.store.models import Account, HandoffRule, ServiceTask, User
from crmdesk.ui.handoff_dialog import HandoffDialog
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.service_queue import TASK_ID_ROLE
from tests.conftest import TODAY
from tests.test_ui import make_window, settle


@pytest.fixture
def served(seeded: Store) -> Store:
    """The seeded workspace with its latest paid customers handed to service, as the
    demo has them."""
    with seeded.session.begin() as s:
        s.info[QUIET] = True
        assert hand_off_recent(s, TODAY) > 3
    return seeded


def _pending(store: Store) -> int:
    with store.session() as s:
        return pending_count(s)


def _done_on(store: Store, task_id: object) -> object:
    with store.session() as s:
        task = s.get(ServiceTask, task_id)
        assert task is not None
        return task.done_on


def test_a_service_user_works_their_onboarding_tasks(served: Store, tmp_path: Path,
                                                     qtbot: QtBot) -> None:
    window = make_window(served, tmp_path, qtbot, "service.amy")
    settle(window, qtbot)
    pane = window.service_queue
    assert window.queues.currentWidget() is pane
    assert window.docks["queue"].windowTitle() == "Service tasks"
    with served.session() as s:
        me = s.scalars(select(User).where(User.username == "service.amy")).one()
        want = sq.task_queue(s, me.id, TODAY)
    rows = pane.model.rows()
    assert rows == want and len(rows) > 3
    assert [r.due_on for r in rows] == sorted(r.due_on for r in rows)
    # the first task's customer is open, read-only, with who serves it and how far
    first = rows[0]
    qtbot.waitUntil(lambda: window.card.data is not None
                    and window.card.data.card.id == first.account_id, timeout=10000)
    settle(window, qtbot)
    assert window.card.service_line.text().endswith("service: Amy Service")
    assert "You serve this customer" in (window.card.locked or "")
    # the customer's contracts show, without the sales side's "Record payment…"
    contracts = window.card.contracts
    assert contracts.items and "Record payment" not in contracts.list.text()
    # (where money is still due, a rep's card offers it; this one's does not)
    from dataclasses import replace

    from crmdesk.ui.card_contracts import contract_html
    item = contracts.items[0]
    owing = replace(item, row=replace(item.row, figures=replace(item.row.figures, due=100)))
    assert "Record payment" in contract_html(owing, TODAY)
    assert "Record payment" not in contract_html(owing, TODAY, pays=False)

    # Space marks it done: it leaves the To do list; Ctrl+Z brings it back
    pane.table.setFocus()
    before = _pending(served)
    qtbot.keyClick(pane.table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _done_on(served, first.task_id) == TODAY, timeout=10000)
    settle(window, qtbot)
    assert first.task_id not in [r.task_id for r in pane.model.rows()]
    assert _pending(served) == before + 1  # waits in the outbox to sync
    qtbot.keyClick(pane.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _done_on(served, first.task_id) is None, timeout=10000)
    settle(window, qtbot)
    assert pane.model.rows()[0].task_id == first.task_id
    # the Done list; Enter on a task opens its customer
    pane.show_filter(sq.TaskFilter.DONE)
    settle(window, qtbot)
    done = pane.model.rows()
    assert done and all(r.done_on is not None for r in done)
    last = pane.model.index(len(done) - 1, 0)
    pane.table.setCurrentIndex(last)
    qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    assert window.ctx.selection.account_id == done[-1].account_id
    assert pane.model.data(last, TASK_ID_ROLE) == done[-1].task_id
    # a task done on an earlier day, marked not done by mistake: Ctrl+Z gives it back
    # the day it was done, not today
    earlier = next(r for r in done if r.done_on is not None and r.done_on < TODAY)
    pane.table.setCurrentIndex(pane.model.index(done.index(earlier), 0))
    qtbot.keyClick(pane.table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _done_on(served, earlier.task_id) is None, timeout=10000)
    settle(window, qtbot)
    qtbot.keyClick(pane.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _done_on(served, earlier.task_id) == earlier.done_on,
                    timeout=10000)
    window.ctx.runner.wait()


def test_the_reps_card_shows_who_serves_the_customer(served: Store, tmp_path: Path,
                                                    qtbot: QtBot) -> None:
    with served.session() as s:
        account = s.scalars(select(Account).where(Account.service_owner_id.is_not(None))
                            .order_by(Account.name)).first()
        assert account is not None
        owner = s.get(User, account.owner_id)
        assert owner is not None
        line = sq.onboarding(s, account.id).text
        username, account_id = owner.username, account.id
    window: MainWindow = make_window(served, tmp_path, qtbot, username)
    window.ctx.selection.select_account(account_id)
    settle(window, qtbot)
    assert window.queues.currentWidget() is window.queue  # a rep's lead queue
    assert line is not None and line.startswith("Onboarding:")
    assert window.card.service_line.isVisible() and window.card.service_line.text() == line
    assert window.card.locked is None  # the rep keeps the account
    window.ctx.runner.wait()


def _open(window: MainWindow, qtbot: QtBot) -> HandoffDialog:
    action = next(a for a in window.menuBar().actions()[1].menu().actions()
                  if a.text() == "Hand-off to customer service…")
    action.trigger()
    qtbot.waitUntil(lambda: window.handoff_dialog is not None
                    and window.handoff_dialog.isVisible(), timeout=10000)
    assert window.handoff_dialog is not None
    return window.handoff_dialog


def test_a_lead_sets_the_handoff_rule_and_a_rep_reads_it(served: Store, tmp_path: Path,
                                                        qtbot: QtBot) -> None:
    window = make_window(served, tmp_path, qtbot, "lead.east")
    settle(window, qtbot)
    dialog = _open(window, qtbot)
    assert dialog.may_edit and dialog.chosen_assign() is AssignBy.ROUND_ROBIN
    assert [s.name for s in dialog.steps()] == ["Kick-off call", "Account opening",
                                                "Training"]
    # a step without a name is refused in the command's words, nothing saved
    dialog.add_step.click()
    dialog.accept()
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=10000)
    assert "needs a name" in dialog.error.text()
    team = window.ctx.user.team_id
    assert team is not None
    with served.session() as s:
        assert s.get(HandoffRule, handoff_rule_id(team)) is None
    dialog.rows[-1].name.setText("Quarterly review")
    dialog.rows[-1].days.setValue(90)
    dialog.rows[0].remove.click()
    if dialog.person.count():
        dialog.assign.setCurrentIndex(dialog.assign.findData(AssignBy.NAMED.value))
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    with served.session() as s:
        rule = sq.handoff_rule(s, team)
    assert rule.stored and rule.steps == (Step("Account opening", 5), Step("Training", 10),
                                          Step("Quarterly review", 90))
    assert rule.assign is (AssignBy.NAMED if dialog.person.count() else AssignBy.ROUND_ROBIN)
    window.ctx.runner.wait()

    rep_window = make_window(served, tmp_path / "rep", qtbot)
    read = _open(rep_window, qtbot)
    assert not read.may_edit and not read.add_step.isVisible()
    assert all(row.name.isReadOnly() for row in read.rows)
    rep_window.ctx.runner.wait()


def test_a_rule_naming_someone_no_longer_active_names_no_one_else(
        served: Store, tmp_path: Path, qtbot: QtBot) -> None:
    """The service user a rule names has left: the dialog chooses no one in their place
    and says why customers wait; saved as it is, it is refused, nothing changed."""
    with served.session.begin() as s:
        s.info[QUIET] = True  # as the server has it
        lead = s.scalars(select(User).where(User.username == "lead.east")).one()
        person = s.scalars(select(User).where(User.role == "service",
                                              User.team_id == lead.team_id)).first()
        assert person is not None and lead.team_id is not None
        s.add(HandoffRule(id=handoff_rule_id(lead.team_id), team_id=lead.team_id,
                          assign=AssignBy.NAMED.value, service_user_id=person.id,
                          checklist=[], deleted=False))
        person.active = False
        s.add(User(id=uuid.uuid4(), username="service.zoe", display_name="Zoe Service",
                   role="service", team_id=lead.team_id, active=True))
        team, gone = lead.team_id, person.id
    window = make_window(served, tmp_path, qtbot, "lead.east")
    settle(window, qtbot)
    dialog = _open(window, qtbot)
    assert dialog.chosen_assign() is AssignBy.NAMED
    assert dialog.person.currentIndex() == -1 and dialog.chosen_person() is None
    assert "no longer active" in dialog.no_one.text() and dialog.no_one.isVisibleTo(dialog)
    dialog.accept()
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=10000)
    with served.session() as s:
        assert sq.handoff_rule(s, team).service_user_id == gone
    window.ctx.runner.wait()


#: What a service user may not do: hidden from their menus, not shown and then refused.
SALES_ITEMS = {"New lead…", "New contact…", "Import leads…", "Channels…", "Channel costs…",
               "New deal…", "Team playbook (deal stages)…", "Sales targets…",
               "Web enquiry assignment…", "Away from web enquiries…", "Team pool rules…",
               "New contract…",
               "Record payment…", "Mark lost…", "Claim from team pool", "Search…",
               "Team review…"}


def _menu_items(window: MainWindow) -> dict[str, bool]:
    """Every item of the window's menus, and whether it shows."""
    found: dict[str, bool] = {}
    for top in window.menuBar().actions():
        menu = top.menu()
        assert menu is not None
        for action in menu.actions():
            if action.text():
                found[action.text()] = action.isVisible()
    return found


def test_a_service_user_is_offered_nothing_they_cannot_use(served: Store, tmp_path: Path,
                                                          qtbot: QtBot) -> None:
    window = make_window(served, tmp_path, qtbot, "service.amy")
    settle(window, qtbot)
    items = _menu_items(window)
    assert set(items) >= SALES_ITEMS  # built, and hidden
    assert {text for text in SALES_ITEMS if items[text]} == set()
    for action, _shown in window.role_actions:
        if action.text() in SALES_ITEMS:  # nor reached by a shortcut
            assert not action.isEnabled(), action.text()
    assert all(items[text] for text in ("Log an activity", "Hand-off to customer service…",
                                        "Next account", "Service tasks", "Sync now",
                                        "Conflicts…", "Keyboard shortcuts"))
    assert not window.queue.reassign_action.isEnabled()
    # nor on the card: no status move, claim, deal, contract or payment is offered
    card = window.card
    assert card.data is not None
    sales_buttons = [*card.buttons.values(), card.deals.new_button,
                     card.contracts.new_contract, card.contracts.new_payment]
    assert all(button.isHidden() for button in sales_buttons)
    # Next account moves through the tasks they work, and opens each one's customer
    pane = window.service_queue
    rows = pane.model.rows()
    next_account = next(a for a in window.actions() if a.text() == "Next account")
    next_account.trigger()
    settle(window, qtbot)
    assert pane.table.currentIndex().row() == 1
    assert window.ctx.selection.account_id == rows[1].account_id
    window.focus_queue_action.trigger()
    assert window.queue_table() is pane.table
    # signed in as a rep on this laptop: the sales side is back
    with served.session() as s:
        rep = q.user_by_name(s, "sarah.chen")
    assert rep is not None
    window._work_as(rep)
    settle(window, qtbot)
    items = _menu_items(window)
    assert all(items[text] for text in SALES_ITEMS - {"Channels…", "Channel costs…"})
    assert not items["Channels…"] and items["Lead queue"]  # an administrator's
    assert not card.buttons["lost"].isHidden() and not card.deals.new_button.isHidden()
    assert not card.contracts.new_contract.isHidden()
    window.ctx.runner.wait()


def test_the_card_stays_on_the_customer_after_a_task_is_marked(served: Store, tmp_path: Path,
                                                              qtbot: QtBot) -> None:
    """Marking a task done takes it off the To do list; the card keeps the customer the
    user was working on (they log the call next), rather than jumping to the next
    task's company."""
    window = make_window(served, tmp_path, qtbot, "service.amy")
    settle(window, qtbot)
    pane = window.service_queue
    rows = pane.model.rows()
    # a task whose neighbour below is another customer's, and one of a customer with
    # another task still to do
    at = next(i for i in range(len(rows) - 1) if rows[i + 1].account_id != rows[i].account_id
              and sum(r.account_id == rows[i].account_id for r in rows) == 1)
    task, customer = rows[at].task_id, rows[at].account_id
    pane.table.setCurrentIndex(pane.model.index(at, 0))
    settle(window, qtbot)
    assert window.card.data is not None and window.card.data.card.id == customer
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _done_on(served, task) == TODAY, timeout=10000)
    settle(window, qtbot)
    assert task not in [r.task_id for r in pane.model.rows()]
    assert window.ctx.selection.account_id == customer
    assert window.card.data is not None and window.card.data.card.id == customer
    # the row that moved up is where the cursor stays, ready, not opened; Next opens
    # it (not the one after it, which would skip a customer never seen)
    assert pane.table.currentIndex().row() == at
    moved_up = pane.model.rows()[at]
    pane.step(+1)
    settle(window, qtbot)
    assert pane.table.currentIndex().row() == at
    assert window.ctx.selection.account_id == moved_up.account_id
    # a customer with several tasks: marking one keeps the cursor on their next one
    twice = next(r for r in pane.model.rows()
                 if sum(o.account_id == r.account_id for o in pane.model.rows()) > 1)
    first = pane.model.row_of(twice.task_id)
    pane.table.setCurrentIndex(pane.model.index(first, 0))
    settle(window, qtbot)
    qtbot.keyClick(pane.table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _done_on(served, twice.task_id) == TODAY, timeout=10000)
    settle(window, qtbot)
    assert window.ctx.selection.account_id == twice.account_id
    current = pane.model.rows()[pane.table.currentIndex().row()]
    assert current.account_id == twice.account_id and current.task_id != twice.task_id
    # Ctrl+Z brings the task back, the card still on the customer
    qtbot.keyClick(pane.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _done_on(served, twice.task_id) is None, timeout=10000)
    settle(window, qtbot)
    assert window.ctx.selection.account_id == twice.account_id
    # moving on is the user's: Down opens the next task's customer
    qtbot.keyClick(pane.table, Qt.Key.Key_Down)
    settle(window, qtbot)
    moved = pane.model.rows()[pane.table.currentIndex().row()]
    assert window.ctx.selection.account_id == moved.account_id
    window.ctx.runner.wait()
