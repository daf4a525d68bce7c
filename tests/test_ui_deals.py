"""Deals in the window, driven as a rep and a lead drive them: the card's list with its
stuck marks, Ctrl+D and the deal editor, the playbook dialog. Real widgets, offscreen,
over a real SQLite workspace."""

from __future__ import annotations

import html
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from crmdesk.app import deals
from crmdesk.app.context import Context
from crmdesk.domain.deals import DEFAULT_PLAYBOOK, Line, OpportunityStage, Stuck
from crmdesk.secrets import MemoryStore
from crmdesk.store import deal_queries as dq
from crmdesk.store import queries as q
from crmdesk.store.db import Store
from crmdesk.store.deal_writes import DealEdit
from crmdesk.store.journal import pending_count
from crmdesk.store.models import DealChange, Opportunity, Product, Role, User
from crmdesk.ui.deal_dialog import DealDialog
from crmdesk.ui.formats import day_text
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.playbook_dialog import PlaybookDialog
from tests.conftest import TODAY
from tests.test_ui import make_window, settle

Q, NEEDS, PROPOSAL, NEGO, WON, LOST = (
    OpportunityStage.QUALIFY, OpportunityStage.NEEDS, OpportunityStage.PROPOSAL,
    OpportunityStage.NEGOTIATION, OpportunityStage.WON, OpportunityStage.LOST)


@pytest.fixture
def acme(empty: Store, world: dict[str, uuid.UUID]) -> dict[str, uuid.UUID]:
    """`world` with two products and a team lead."""
    with empty.session.begin() as s:
        s.add_all([Product(id=uuid.UUID(int=1), name="Seat", sku="S-1", list_price=100_00),
                   Product(id=uuid.UUID(int=2), name="Setup", sku="S-2",
                           list_price=5000_00),
                   User(username="lead", display_name="Lee Lead", role=Role.LEAD,
                        team_id=world["team"])])
    return world


def as_user(store: Store, username: str, day: date = TODAY) -> Context:
    with store.session() as s:
        user = q.user_by_name(s, username)
    secrets = MemoryStore()
    return Context(store, user, "CN", lambda: day, lambda: secrets)


def new_deal(store: Store, account: uuid.UUID, day: date = TODAY, **fields: object
             ) -> uuid.UUID:
    """A deal made by the rep on `day`, through the editor's command."""
    given: dict[str, object] = {"name": "Fleet rollout", "amount": 120_000_00,
                                "expected_close": TODAY + timedelta(days=40)}
    given.update(fields)
    saved = deals.save_deal(as_user(store, "rep", day), account, None, DealEdit(given))
    assert saved.value.deal_id is not None
    return saved.value.deal_id


def stored(store: Store, deal_id: uuid.UUID) -> Opportunity:
    with store.session() as s:
        deal = s.get(Opportunity, deal_id)
        assert deal is not None
        s.expunge(deal)
        return deal


def history_count(store: Store) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(DealChange)) or 0


@pytest.fixture
def window(empty: Store, acme: dict[str, uuid.UUID], tmp_path: Path, qtbot: QtBot
           ) -> Iterator[MainWindow]:
    win = make_window(empty, tmp_path, qtbot, "rep")
    win.ctx.selection.select_account(acme["acme"])
    settle(win, qtbot)
    yield win
    win.ctx.runner.wait()


def open_editor(window: MainWindow, qtbot: QtBot, deal_id: uuid.UUID | None = None
                ) -> DealDialog:
    section = window.card.deals
    before = section.dialog
    if deal_id is None:
        section.new_deal()
    else:
        section.open_deal(deal_id)
    qtbot.waitUntil(lambda: section.dialog is not before and section.dialog is not None
                    and section.dialog.isVisible(), timeout=10000)
    assert section.dialog is not None
    return section.dialog


def saved(dialog: DealDialog | PlaybookDialog, qtbot: QtBot) -> None:
    def done() -> None:
        assert not dialog.error.text(), dialog.error.text()
        assert dialog.result() == QDialog.DialogCode.Accepted

    qtbot.waitUntil(done, timeout=10000)


def test_the_card_lists_open_deals_first_and_marks_the_stuck_ones(
        empty: Store, acme: dict[str, uuid.UUID], tmp_path: Path, qtbot: QtBot) -> None:
    account = acme["acme"]
    new_deal(empty, account, TODAY - timedelta(days=60), name="Old proposal",
             stage=PROPOSAL)  # 60 days in proposal; the team's limit is 30
    new_deal(empty, account, TODAY - timedelta(days=10), name="Late renewal",
             expected_close=TODAY - timedelta(days=3))
    new_deal(empty, account, name="Fresh pilot", stage=NEEDS,
             expected_close=TODAY + timedelta(days=60), next_step="Workshop on Tuesday")
    new_deal(empty, account, TODAY - timedelta(days=90), name="Last year's seats",
             stage=WON)
    new_deal(empty, account, TODAY - timedelta(days=80), name="Tablets", stage=LOST,
             loss_reason="Chose a rival")
    window = make_window(empty, tmp_path, qtbot, "rep")
    window.ctx.selection.select_account(account)
    settle(window, qtbot)
    section = window.card.deals
    assert [(r.name, r.stuck) for r in section.rows] == [
        ("Late renewal", Stuck.CLOSE_PASSED), ("Old proposal", Stuck.IN_STAGE),
        ("Fresh pilot", None), ("Last year's seats", None), ("Tablets", None)]
    text = html.unescape(section.list.text())
    # the three open ones show; the closed fold into "and 2 more" until it is clicked
    assert text.index("Late renewal") < text.index("Old proposal") < text.index(
        "Fresh pilot") < text.index("and 2 more")
    assert "Last year" not in text and "Tablets" not in text
    section.list.linkActivated.emit("more-rows")
    text = html.unescape(section.list.text())
    assert text.index("Late renewal") < text.index("Old proposal") < text.index(
        "Fresh pilot") < text.index("Last year") < text.index("Tablets")
    assert "and 2 more" not in text
    assert "Stuck: 60 days in Proposal, over the team's limit of 30" in text
    close = day_text(TODAY - timedelta(days=3))  # as the window's locale writes it
    assert f"Stuck: its expected close ({close}) has passed, 3 days ago" in text
    assert text.count("⚠") == 2
    # the fresh one shows its figures and next step
    fresh = text[text.index("Fresh pilot"):text.index("Last year")]
    assert "120,000.00 CNY" in fresh and "Needs analysis · 25 %" in fresh
    assert "0 days in stage" in fresh and "Rep One" in fresh
    assert "Workshop on Tuesday" in fresh
    assert section.isVisible() and section.list.isVisible()
    dialog = open_editor(window, qtbot, section.rows[1].id)  # the editor says so too
    assert any("Stuck: 60 days in Proposal" in label.text()
               for label in dialog.findChildren(QLabel))
    dialog.reject()
    window.ctx.runner.wait()


def test_ctrl_d_opens_a_new_deal_and_saving_lists_it(window: MainWindow, qtbot: QtBot,
                                                     acme: dict[str, uuid.UUID]) -> None:
    section = window.card.deals
    assert "No deals yet" in section.list.text()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: section.dialog is not None and section.dialog.isVisible(),
                    timeout=10000)
    dialog = section.dialog
    assert dialog is not None and dialog.deal_id is None
    assert dialog.probability.value() == 10  # qualification's default
    qtbot.keyClicks(dialog.name, "Warehouse scanners")
    dialog.amount.setValue(48_000)
    dialog.accept()
    saved(dialog, qtbot)
    settle(window, qtbot)
    assert [r.name for r in section.rows] == ["Warehouse scanners"]
    deal = stored(window.ctx.store, section.rows[0].id)
    assert (deal.amount, deal.stage, deal.probability, deal.account_id) == (
        48_000_00, Q, 10, acme["acme"])
    assert "48,000.00 CNY" in section.list.text()
    # the section's own button opens one too, and the Account menu has it
    qtbot.mouseClick(section.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.dialog is not dialog and section.dialog is not None
                    and section.dialog.isVisible(), timeout=10000)
    assert section.dialog is not None and section.dialog.deal_id is None
    section.dialog.reject()
    assert any(a.text() == "New deal…" and a.shortcut().toString() == "Ctrl+D"
               for a in window.findChildren(QAction))


def test_editing_one_field_sends_only_it(window: MainWindow, qtbot: QtBot,
                                         acme: dict[str, uuid.UUID]) -> None:
    store = window.ctx.store
    deal_id = new_deal(store, acme["acme"], next_step="Call IT")
    dialog = open_editor(window, qtbot, deal_id)
    # a colleague's amount arrives (a sync) while the editor is open
    deals.save_deal(as_user(store, "rep"), acme["acme"], deal_id,
                    DealEdit({"amount": 150_000_00}))
    dialog.next_step.clear()
    qtbot.keyClicks(dialog.next_step, "Send the proposal on Friday")
    edit = dialog.edit()
    assert dict(edit.fields) == {"next_step": "Send the proposal on Friday"}
    assert edit.lines is None
    dialog.accept()
    saved(dialog, qtbot)
    deal = stored(store, deal_id)
    assert (deal.next_step, deal.amount) == ("Send the proposal on Friday", 150_000_00)


def test_a_form_left_alone_changes_nothing(window: MainWindow, qtbot: QtBot,
                                           acme: dict[str, uuid.UUID]) -> None:
    store = window.ctx.store
    deal_id = new_deal(store, acme["acme"], competitors=("Rival Co",), next_step="Call")
    deals.set_lines(as_user(store, "rep"), deal_id, [Line(uuid.UUID(int=1), 40, 100_00)],
                    amount_follows=False)
    window.ctx.runner.wait()
    with store.session() as s:
        before = (pending_count(s), history_count(store))
    dialog = open_editor(window, qtbot, deal_id)
    assert dialog.edit().empty
    dialog.accept()
    saved(dialog, qtbot)
    window.ctx.runner.wait()
    with store.session() as s:
        assert (pending_count(s), history_count(store)) == before


def test_probability_follows_the_stage_until_typed(window: MainWindow, qtbot: QtBot,
                                                   acme: dict[str, uuid.UUID]) -> None:
    dialog = open_editor(window, qtbot)
    qtbot.keyClicks(dialog.name, "Cloud migration")
    dialog.stage.setCurrentIndex(dialog.stage.findData(PROPOSAL.value))
    assert dialog.probability.value() == 50
    assert dialog.probability_note.text() == "the stage's default"
    dialog.stage.setCurrentIndex(dialog.stage.findData(NEEDS.value))
    assert dialog.probability.value() == 25
    dialog.probability.setValue(35)  # the user's own figure
    dialog.stage.setCurrentIndex(dialog.stage.findData(NEGO.value))
    assert dialog.probability.value() == 35
    assert "the stage's default is 75 %" in dialog.probability_note.text()
    assert dialog.edit().fields["probability"] == 35
    dialog.accept()
    saved(dialog, qtbot)
    deal_id = dialog.saved_id
    assert deal_id is not None
    deal = stored(window.ctx.store, deal_id)
    assert (deal.stage, deal.probability) == (NEGO, 35)
    # an open deal's editor: the stage moved, the probability follows again
    again = open_editor(window, qtbot, deal_id)
    again.stage.setCurrentIndex(again.stage.findData(PROPOSAL.value))
    assert again.probability.value() == 50
    assert "probability" not in again.edit().fields
    again.stage.setCurrentIndex(again.stage.findData(NEGO.value))
    assert again.probability.value() == 35  # its own stage: what it had
    assert again.edit().empty
    again.reject()


def test_moving_on_past_unmet_conditions_asks_and_no_saves_nothing(
        window: MainWindow, qtbot: QtBot, acme: dict[str, uuid.UUID]) -> None:
    store = window.ctx.store
    deal_id = new_deal(store, acme["acme"], amount=None)
    before = history_count(store)
    dialog = open_editor(window, qtbot, deal_id)
    assert "✗</span> The amount is known" in dialog.playbook.text()
    qtbot.keyClicks(dialog.next_step, "Demo on Monday")
    dialog.stage.setCurrentIndex(dialog.stage.findData(PROPOSAL.value))
    assert "Moving here leaves unmet" in dialog.playbook.text()
    assert "Send a proposal" in dialog.playbook.text()  # the proposal stage's to-do
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.confirm_box is not None, timeout=10000)
    box = dialog.confirm_box
    assert box is not None
    assert "The amount is known (to leave Qualification)" in box.text()
    assert "The decision maker is on the decision map (to leave Qualification)" in box.text()
    assert "next step" not in box.text()  # typed in this form: met
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: dialog.confirm_box is None, timeout=5000)
    window.ctx.runner.wait()
    assert dialog.isVisible() and dialog.error.text().startswith("Not saved")
    deal = stored(store, deal_id)
    assert (deal.stage, deal.next_step) == (Q, None) and history_count(store) == before
    assert dialog.next_step.text() == "Demo on Monday"  # what was typed stays
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.confirm_box is not None, timeout=10000)
    assert dialog.confirm_yes is not None
    dialog.confirm_yes.click()
    saved(dialog, qtbot)
    deal = stored(store, deal_id)
    assert (deal.stage, deal.next_step, deal.probability) == (PROPOSAL, "Demo on Monday", 50)
    assert history_count(store) == before + 1


def test_lost_needs_a_reason_and_bad_input_keeps_what_was_typed(
        window: MainWindow, qtbot: QtBot, acme: dict[str, uuid.UUID]) -> None:
    store = window.ctx.store
    deal_id = new_deal(store, acme["acme"])
    dialog = open_editor(window, qtbot, deal_id)
    assert not dialog.loss_reason.isVisible()
    dialog.stage.setCurrentIndex(dialog.stage.findData(LOST.value))
    assert dialog.loss_reason.isVisible()
    dialog.accept()
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=10000)
    assert dialog.error.text() == "Say why the deal was lost."
    assert dialog.isVisible() and stored(store, deal_id).stage is Q
    qtbot.keyClicks(dialog.loss_reason, "Budget frozen until 2028")
    dialog.accept()
    saved(dialog, qtbot)
    deal = stored(store, deal_id)
    assert (deal.stage, deal.loss_reason) == (LOST, "Budget frozen until 2028")

    fresh = open_editor(window, qtbot)
    qtbot.keyClicks(fresh.name, "Scanners")
    fresh.currency.setCurrentText("XYZ")
    fresh.accept()
    qtbot.waitUntil(lambda: bool(fresh.error.text()), timeout=10000)
    assert fresh.error.text().startswith("“XYZ” is not a currency code")
    assert fresh.isVisible() and fresh.name.text() == "Scanners"
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Opportunity)) == 1


def test_products_make_the_amount_until_one_is_typed(window: MainWindow, qtbot: QtBot,
                                                     acme: dict[str, uuid.UUID]) -> None:
    dialog = open_editor(window, qtbot)
    qtbot.keyClicks(dialog.name, "Seats for the call centre")
    assert dialog.follow.isChecked()
    seats = dialog.add_line()
    seats.quantity.setValue(30)
    assert dialog.amount_minor() == 30 * 100_00
    setup = dialog.add_line()  # the next product not on the deal yet, at its list price
    assert setup.product.currentData() == uuid.UUID(int=2)
    assert dialog.amount_minor() == 30 * 100_00 + 5000_00
    dialog.accept()
    saved(dialog, qtbot)
    assert dialog.saved_id is not None
    with window.ctx.store.session() as s:
        detail = dq.deal(s, dialog.saved_id, TODAY)
    assert detail is not None and detail.amount_from_lines
    assert detail.row.amount == 8000_00 and len(detail.lines) == 2
    again = open_editor(window, qtbot, dialog.saved_id)
    assert again.follow.isChecked()
    assert [(r.product.currentData(), r.quantity.value()) for r in again.line_rows] == [
        (uuid.UUID(int=1), 30), (uuid.UUID(int=2), 1)]
    again.amount.setValue(7500)  # a discount typed over the lines
    assert not again.follow.isChecked()
    edit = again.edit()
    assert dict(edit.fields) == {"amount": 7500_00} and edit.lines is not None
    again.accept()
    saved(again, qtbot)
    deal = stored(window.ctx.store, dialog.saved_id)
    assert (deal.amount, deal.amount_from_lines) == (7500_00, False)


def test_the_editor_shows_the_deals_history_and_its_slips(
        window: MainWindow, qtbot: QtBot, acme: dict[str, uuid.UUID]) -> None:
    store = window.ctx.store
    deal_id = new_deal(store, acme["acme"], TODAY - timedelta(days=20),
                       expected_close=TODAY + timedelta(days=10), amount=100_000_00)
    lead = as_user(store, "lead", TODAY - timedelta(days=5))
    deals.save_deal(lead, acme["acme"], deal_id, DealEdit(
        {"expected_close": TODAY + timedelta(days=40), "amount": 80_000_00}))
    deals.save_deal(lead, acme["acme"], deal_id, DealEdit({"stage": NEEDS}), confirmed=True)
    dialog = open_editor(window, qtbot, deal_id)
    text = html.unescape(dialog.history.text())
    assert "Slipped 1 time(s), 30 days in all" in text
    assert (f"Expected close: {day_text(TODAY + timedelta(days=10))} → "
            f"{day_text(TODAY + timedelta(days=40))}") in text  # as the locale writes days
    assert "slipped 30 days" in text
    assert "Amount: 100,000.00 CNY → 80,000.00 CNY" in text
    assert "Stage: Qualification → Needs analysis" in text
    assert "Lee Lead" in text and "Rep One" in text
    # newest first: the stage move is above the first entries
    assert text.index("Needs analysis") < text.index("Stage: Qualification<")
    dialog.reject()


def test_a_lead_edits_the_playbook_from_the_menu(
        empty: Store, acme: dict[str, uuid.UUID], tmp_path: Path, qtbot: QtBot) -> None:
    window = make_window(empty, tmp_path, qtbot, "lead")
    action = next(a for a in window.findChildren(QAction)
                  if a.text() == "Team playbook (deal stages)…")
    action.trigger()
    section = window.card.deals
    qtbot.waitUntil(lambda: section.playbook_dialog is not None and
                    section.playbook_dialog.isVisible(), timeout=10000)
    dialog = section.playbook_dialog
    assert isinstance(dialog, PlaybookDialog) and dialog.may_edit
    proposal = dialog.forms[PROPOSAL]
    proposal.probability.setValue(55)
    proposal.todo.setPlainText("Send the proposal within a week of the workshop.")
    assert set(dialog.changed()) == {PROPOSAL}
    dialog.accept()
    saved(dialog, qtbot)
    with empty.session() as s:
        book = dq.playbook_for(s, acme["team"])
    assert (book[PROPOSAL].probability, book[PROPOSAL].todo) == (
        55, "Send the proposal within a week of the workshop.")
    assert book[PROPOSAL].exit_conditions == DEFAULT_PLAYBOOK[PROPOSAL].exit_conditions
    window.ctx.runner.wait()


def test_a_rep_reads_the_playbook_but_cannot_change_it(window: MainWindow, qtbot: QtBot,
                                                       acme: dict[str, uuid.UUID]) -> None:
    section = window.card.deals
    section.open_playbook()
    qtbot.waitUntil(lambda: section.playbook_dialog is not None and
                    section.playbook_dialog.isVisible(), timeout=10000)
    dialog = section.playbook_dialog
    assert dialog is not None and not dialog.may_edit
    form = dialog.forms[PROPOSAL]
    assert form.probability.isReadOnly() and form.stuck.isReadOnly()
    assert form.todo.isReadOnly() and "Send a proposal" in form.todo.toPlainText()
    assert not any(c.isEnabled() for c in form.conditions.values())
    assert dialog.box.standardButtons() == QDialogButtonBox.StandardButton.Close
    dialog.accept()  # even so: nothing is sent
    window.ctx.runner.wait()
    with window.ctx.store.session() as s:
        assert dq.playbook_for(s, acme["team"]) == dict(DEFAULT_PLAYBOOK)
