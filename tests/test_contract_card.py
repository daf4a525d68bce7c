"""Contracts and payments in the window: the contract dialog's quick fills and schedule,
a contract from a won deal, refusals that keep what was typed, paid / due / overdue on
the card, the payment dialog's defaults, and contracts and payments in the timeline.
Real widgets (pytest-qt) over a real SQLite workspace."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from crmdesk.app import activities, deals
from crmdesk.domain.activity import ActivityKind, FollowUp, Outcome
from crmdesk.domain.contracts import Fill, quick_schedule
from crmdesk.domain.deals import Due, Line, OpportunityStage
from crmdesk.store import queries as q
from crmdesk.store.contract_queries import MoneyEntry
from crmdesk.store.db import Store
from crmdesk.store.deal_writes import ContractIn, DealInput
from crmdesk.store.models import Contract, ContractInstalment, Payment, Product
from crmdesk.store.writes import ActivityInput
from crmdesk.ui import changes
from crmdesk.ui.contract_dialogs import ContractDialog, PaymentDialog
from crmdesk.ui.formats import day_text
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.timeline_pane import ROW_ROLE, DayHeader
from tests.conftest import TODAY
from tests.test_ui import make_window, settle


@pytest.fixture
def window(empty: Store, world: dict[str, uuid.UUID], tmp_path: Path,
           qtbot: QtBot) -> Iterator[MainWindow]:
    win = make_window(empty, tmp_path, qtbot)
    win.ctx.selection.select_account(world["acme"])
    settle(win, qtbot)
    yield win
    win.ctx.runner.wait()


def _counts(store: Store) -> tuple[int, int, int]:
    with store.session() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) or 0  # type: ignore[return-value]
                     for m in (Contract, ContractInstalment, Payment))


def _won_deal(window: MainWindow, account_id: uuid.UUID) -> uuid.UUID:
    app = window.ctx.app
    with window.ctx.store.session.begin() as s:
        s.add(Product(id=uuid.UUID(int=7), name="Cloud ERP seat", sku="E-1",
                      list_price=300_00))
    deal_id = deals.new_deal(app, account_id, DealInput(
        "ERP rollout", expected_close=TODAY + timedelta(days=5))).value
    deals.set_lines(app, deal_id, [Line(uuid.UUID(int=7), 200, 300_00)])  # ¥60,000
    assert deals.move_stage(app, deal_id, OpportunityStage.WON, confirmed=True).value.moved
    return deal_id


def test_quick_fills_and_typed_rows_make_the_schedule(window: MainWindow,
                                                      world: dict[str, uuid.UUID]) -> None:
    dialog = ContractDialog(window.ctx, world["acme"], "Acme Ltd.", window)
    dialog.signed.setDate(QDate(2026, 1, 31))
    dialog.amount.setValue(60_000)
    dialog.one.click()
    assert dialog.schedule() == [Due(date(2026, 1, 31), 60_000_00, "Payment in full")]
    assert "1 instalment, ¥60,000 of ¥60,000" in dialog.total.text()
    dialog.parts.setValue(3)
    dialog.monthly.click()
    assert [(d.due_on, d.amount) for d in dialog.schedule()] == [
        (date(2026, 1, 31), 20_000_00), (date(2026, 2, 28), 20_000_00),
        (date(2026, 3, 31), 20_000_00)]
    # a typed row: the last one removed, then added back for what is left, a month on
    dialog.rows[-1].remove.click()
    assert "¥20,000 still to schedule" in dialog.total.text()
    assert "c62828" in dialog.total.styleSheet()
    dialog.add_row.click()
    assert [(d.due_on, d.amount) for d in dialog.schedule()][-1] == (date(2026, 3, 28),
                                                                     20_000_00)
    dialog.rows[0].label.setText("Deposit")
    assert dialog.schedule()[0].label == "Deposit"
    # the term gives the end date until the user types one
    dialog.term.setValue(12)
    assert dialog.ends.date().toString("yyyy-MM-dd") == "2027-01-30"
    dialog.term.setValue(0)
    assert not dialog.ends.isEnabled() and dialog.values().ends_on is None


def test_a_contract_from_a_won_deal_is_prefilled_and_saved(
        window: MainWindow, qtbot: QtBot, world: dict[str, uuid.UUID], empty: Store) -> None:
    deal_id = _won_deal(window, world["acme"])
    dialog = ContractDialog(window.ctx, world["acme"], "Acme Ltd.", window, deal_id)
    assert dialog.deal.currentData() == deal_id.hex
    assert dialog.amount.value() == 60_000 and dialog.code() == "CNY"
    assert dialog.products.text() == "Products: 200 × Cloud ERP seat"
    assert [d.amount for d in dialog.schedule()] == [60_000_00]  # one payment, prefilled
    dialog.fill(Fill.MONTHLY, 3)
    dialog.accept()  # no number: refused, and everything typed stays
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=10000)
    assert dialog.error.text() == "A contract needs a number."
    assert len(dialog.rows) == 3 and dialog.deal.currentData() == deal_id.hex
    assert _counts(empty) == (0, 0, 0)
    dialog.number.setText("C-77")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.created is not None, timeout=10000)
    with empty.session() as s:
        contract = s.get(Contract, dialog.created)
        assert contract is not None
        assert (contract.opportunity_id, contract.amount, contract.term_months) == (
            deal_id, 60_000_00, 12)
    assert _counts(empty) == (1, 3, 0)
    # the deal now says it has a contract
    again = ContractDialog(window.ctx, world["acme"], "Acme Ltd.", window)
    assert "(has a contract)" in again.deal.itemText(again.deal.findData(deal_id.hex))


def _contract_with_history(window: MainWindow, account_id: uuid.UUID) -> uuid.UUID:
    """C-77, ¥60,000 in three monthly instalments from 2026-09-01: the first paid on
    time, the second 5 days late, the third (due 2026-11-01) overdue on TODAY."""
    app = window.ctx.app
    signed = date(2026, 9, 1)
    contract_id = deals.record_contract(app, account_id, ContractIn(
        "C-77", signed, 60_000_00, term_months=12,
        schedule=tuple(quick_schedule(Fill.MONTHLY, 60_000_00, signed, 3)))).value
    with window.ctx.store.session() as s:
        first, second, _third = s.scalars(select(ContractInstalment.id).where(
            ContractInstalment.contract_id == contract_id).order_by(
                ContractInstalment.due_on)).all()
    deals.record_payment(app, contract_id, 20_000_00, date(2026, 9, 1), first)
    deals.record_payment(app, contract_id, 20_000_00, date(2026, 10, 6), second)
    window.ctx.bus.announce_changes(changes.ALL)
    return contract_id


def test_the_card_shows_paid_due_and_overdue(window: MainWindow, qtbot: QtBot,
                                             world: dict[str, uuid.UUID]) -> None:
    section = window.card.contracts
    assert section.list.text() == "No contracts yet."
    assert not section.new_payment.isEnabled()
    _contract_with_history(window, world["acme"])
    settle(window, qtbot)
    text = section.list.text()
    # dates as the window's locale writes them (crmdesk.ui.formats)
    assert (f"<b>C-77</b> · signed {day_text(date(2026, 9, 1))} · 12 months to "
            f"{day_text(date(2027, 8, 31))}") in text
    assert "Paid <b>¥40,000</b> of ¥60,000 · due ¥20,000" in text
    assert "color:#c62828'><b>overdue ¥20,000</b>" in text
    assert (f"⚠ ¥20,000 overdue since {day_text(date(2026, 11, 1))} · 24 days late · "
            "instalment 3 of 3") in text
    assert section.new_payment.isEnabled()


def test_a_payment_defaults_to_the_earliest_outstanding_instalment(
        window: MainWindow, qtbot: QtBot, world: dict[str, uuid.UUID], empty: Store) -> None:
    contract_id = _contract_with_history(window, world["acme"])
    settle(window, qtbot)
    dialog = PaymentDialog(window.ctx, world["acme"], window)
    assert dialog.contract.currentData() == contract_id.hex
    assert dialog.instalment.currentText() == (
        f"Instalment 3 of 3 · due {day_text(date(2026, 11, 1))} · ¥20,000 outstanding")
    assert dialog.amount.value() == 20_000
    assert "¥20,000 overdue" in dialog.state.text()
    before = _counts(empty)
    dialog.amount.setValue(25_000)
    dialog.accept()  # more than is due: the command's words, nothing saved
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=10000)
    assert dialog.error.text() == ("The payment 25,000.00 CNY is more than is still due on "
                                   "the contract (20,000.00 CNY).")
    assert _counts(empty) == before and dialog.amount.value() == 25_000
    dialog.amount.setValue(20_000)
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.result() == PaymentDialog.DialogCode.Accepted,
                    timeout=10000)
    settle(window, qtbot)
    assert "Paid in full" in window.card.contracts.list.text()
    assert not window.card.contracts.new_payment.isEnabled()


def test_contracts_and_payments_stand_in_the_timeline_among_activities(
        window: MainWindow, qtbot: QtBot, world: dict[str, uuid.UUID]) -> None:
    app = window.ctx.app
    _contract_with_history(window, world["acme"])
    activities.log_activity(app, world["acme"], ActivityInput(
        ActivityKind.CALL, Outcome.REACHED, "asked about the second instalment",
        FollowUp.KEEP, occurred_at=datetime(2026, 10, 2, 10, 30)))
    window.ctx.bus.announce_changes(changes.ALL)
    settle(window, qtbot)
    model = window.timeline.model
    rows = [model.index(i, 0).data(ROW_ROLE) for i in range(model.rowCount())]
    assert [(r.day, r.text) if isinstance(r, MoneyEntry) else r.notes
            for r in rows if isinstance(r, MoneyEntry | q.ActivityRow)] == [
        (date(2026, 10, 6), "Payment ¥20,000 · instalment 2 of 3 · 5 days late"),
        "asked about the second instalment",
        (date(2026, 9, 1), "Payment ¥20,000 · instalment 1 of 3"),
        (date(2026, 9, 1), "Contract C-77 signed · ¥60,000 · 12 months"),
    ]
    headers = [r.day for r in rows if isinstance(r, DayHeader)]
    assert headers == [date(2026, 10, 6), date(2026, 10, 2), date(2026, 9, 1)]
    assert not window.timeline.empty.isVisible()


def test_older_contracts_wait_for_the_page_of_activities_they_fall_in(
        window: MainWindow, qtbot: QtBot, world: dict[str, uuid.UUID]) -> None:
    app = window.ctx.app
    start = datetime(2026, 1, 1, 9, 0)
    for day in range(55):  # more than a page of activities
        activities.log_activity(app, world["acme"], ActivityInput(
            ActivityKind.NOTE, None, f"note {day}", FollowUp.KEEP,
            occurred_at=start + timedelta(days=day)))
    contract_id = deals.record_contract(app, world["acme"], ContractIn(
        "C-OLD", date(2025, 12, 15), 1_000_00)).value
    deals.record_payment(app, contract_id, 500_00, date(2026, 2, 20))
    window.ctx.bus.announce_changes(changes.ALL)
    settle(window, qtbot)
    model = window.timeline.model

    def money() -> list[str]:
        return [r.text for r in (model.index(i, 0).data(ROW_ROLE)
                                 for i in range(model.rowCount()))
                if isinstance(r, MoneyEntry)]

    assert money() == ["Payment ¥500"]  # the contract is older than the first page
    assert model.canFetchMore(model.index(-1, 0).parent())
    model.fetchMore(model.index(-1, 0).parent())
    assert money() == ["Payment ¥500", "Contract C-OLD signed · ¥1,000"]
    last = model.index(model.rowCount() - 1, 0).data(ROW_ROLE)
    assert isinstance(last, MoneyEntry) and last.contract == "C-OLD"


def test_the_cards_payment_link_opens_the_dialog_on_that_contract(
        window: MainWindow, qtbot: QtBot, world: dict[str, uuid.UUID]) -> None:
    app = window.ctx.app
    first = deals.record_contract(app, world["acme"], ContractIn(
        "C-1", TODAY, 1_000_00)).value
    second = deals.record_contract(app, world["acme"], ContractIn(
        "C-2", TODAY - timedelta(days=3), 2_000_00)).value
    window.ctx.bus.announce_changes(changes.ALL)
    settle(window, qtbot)
    assert f"pay:{second.hex}" in window.card.contracts.list.text()
    # the window would open the dialog modally; here the test opens it
    window.card.contracts.record_requested.disconnect(window.record_money)
    with qtbot.waitSignal(window.card.contracts.record_requested) as asked:
        window.card.contracts.list.linkActivated.emit(f"pay:{second.hex}")
    assert asked.args == ["payment", second]
    dialog = PaymentDialog(window.ctx, world["acme"], window, asked.args[1])
    assert dialog.contract.currentData() == second.hex != first.hex
    assert dialog.amount.value() == 2_000
    assert dialog.instalment.currentText() == "No schedule: against the contract"


def test_the_card_shows_an_overpayment_plainly_and_first(
        window: MainWindow, qtbot: QtBot, world: dict[str, uuid.UUID]) -> None:
    """Two laptops offline each recorded C-77's last ¥20,000 (the other's arrives by
    sync, as a row): the card says it is overpaid, in the overdue red, lists it above a
    contract with money still due, and shows nothing due, overdue or negative."""
    app = window.ctx.app
    contract_id = _contract_with_history(window, world["acme"])
    deals.record_contract(app, world["acme"], ContractIn("C-80", TODAY, 5_000_00))
    with window.ctx.store.session() as s:
        last = s.scalars(select(ContractInstalment.id).where(
            ContractInstalment.contract_id == contract_id).order_by(
                ContractInstalment.due_on.desc())).first()
    deals.record_payment(app, contract_id, 20_000_00, TODAY, last)
    with window.ctx.store.write.begin() as s:  # the other laptop's, as a pull writes it
        s.add(Payment(id=uuid.uuid4(), contract_id=contract_id, account_id=world["acme"],
                      received_on=TODAY, amount=20_000_00, currency="CNY",
                      instalment_id=last))
    window.ctx.bus.announce_changes(changes.ALL)
    settle(window, qtbot)
    text = window.card.contracts.list.text()
    c77, c80 = text.split("<br><br>")
    assert "<b>C-77</b>" in c77 and "<b>C-80</b>" in c80  # what needs seeing to first
    assert "Paid <b>¥80,000</b> of ¥60,000<br>" in c77  # no due, no overdue
    assert ("<span style='color:#c62828'>⚠ Overpaid by ¥20,000: the payments add up to "
            "more than the contract; check for one recorded twice</span>") in c77
    assert "Paid in full" not in c77 and "-¥" not in text  # nothing below zero
    assert "Record payment" not in c77


def test_the_card_shows_a_schedule_above_the_contract_plainly(
        window: MainWindow, qtbot: QtBot, world: dict[str, uuid.UUID]) -> None:
    """The server judges each instalment on its own, so a schedule adding up to more
    than its contract may arrive by sync (no laptop command makes one): the card says
    so in red, with by how much."""
    contract_id = _contract_with_history(window, world["acme"])
    settle(window, qtbot)
    assert "more than the contract" not in window.card.contracts.list.text()
    with window.ctx.store.write.begin() as s:  # an instalment as a pull writes it
        s.add(ContractInstalment(id=uuid.uuid4(), contract_id=contract_id,
                                 due_on=date(2026, 12, 1), amount=5_000_00))
    window.ctx.bus.announce_changes(changes.ALL)
    settle(window, qtbot)
    assert ("<span style='color:#c62828'>⚠ The instalments add up to ¥65,000, ¥5,000 more "
            "than the contract; check for one recorded twice</span>"
            ) in window.card.contracts.list.text()
