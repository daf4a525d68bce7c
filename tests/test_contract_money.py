"""Contracts and payments read back, without Qt, on a real SQLite workspace: money as
people write it, the schedule's quick fills, the timeline's contract and payment lines,
and sales credited to the deal's owner on the day each payment arrives."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest

from crmdesk.app import deals
from crmdesk.app.context import Context
from crmdesk.domain.contracts import (
    Fill,
    Period,
    contract_line,
    payment_line,
    period_start,
    quick_schedule,
    short_money,
)
from crmdesk.domain.deals import Due, OpportunityStage
from crmdesk.secrets import MemoryStore
from crmdesk.store import queries as q
from crmdesk.store.contract_queries import credited_sales, money_entries, payable_contracts
from crmdesk.store.db import Store
from crmdesk.store.deal_writes import ContractIn, DealInput
from crmdesk.store.models import Opportunity, User
from crmdesk.store.writes import new_account
from tests.conftest import TODAY


@pytest.fixture
def ctx(empty: Store, world: dict[str, uuid.UUID]) -> Context:
    with empty.session() as s:
        rep = q.user_by_id(s, world["rep"])
    secrets = MemoryStore()
    return Context(empty, rep, "CN", lambda: TODAY, lambda: secrets)


def test_money_is_written_short() -> None:
    assert short_money(60_000_00, "CNY") == "¥60,000"
    assert short_money(1_250_50, "CNY") == "¥1,250.50"
    assert short_money(980_00, "CHF") == "980 CHF"
    assert short_money(5000, "JPY") == "JP¥5,000"


def test_quick_fills_add_up_to_the_amount() -> None:
    signed = date(2026, 1, 31)
    assert quick_schedule(Fill.ONE, 60_000_00, signed) == [
        Due(signed, 60_000_00, "Payment in full")]
    three = quick_schedule(Fill.MONTHLY, 100_000_01, signed, 3)
    assert [d.due_on for d in three] == [date(2026, 1, 31), date(2026, 2, 28),
                                         date(2026, 3, 31)]
    assert [d.amount for d in three] == [33_333_33, 33_333_33, 33_333_35]
    assert three[1].label == "Instalment 2 of 3"


def test_the_lines_the_timeline_shows() -> None:
    assert contract_line("C-77", 60_000_00, "CNY", 12) == (
        "Contract C-77 signed · ¥60,000 · 12 months")
    assert contract_line("C-78", 5_00, "USD", None) == "Contract C-78 signed · $5"
    assert payment_line(20_000_00, "CNY", 2, 3, 5) == (
        "Payment ¥20,000 · instalment 2 of 3 · 5 days late")
    assert payment_line(20_000_00, "CNY", 1, 3, 0) == "Payment ¥20,000 · instalment 1 of 3"
    assert payment_line(1_00, "CNY", None, 0, 1) == "Payment ¥1 · 1 day late"


def _won_deal(ctx: Context, account_id: uuid.UUID, amount: int) -> uuid.UUID:
    deal_id = deals.new_deal(ctx, account_id, DealInput(
        "Fleet", amount=amount, expected_close=TODAY + timedelta(days=9))).value
    assert deals.move_stage(ctx, deal_id, OpportunityStage.WON, confirmed=True).value.moved
    return deal_id


def test_contracts_and_payments_are_timeline_entries_in_date_order(
        ctx: Context, world: dict[str, uuid.UUID]) -> None:
    acme = world["acme"]
    signed = date(2026, 9, 1)
    contract_id = deals.record_contract(ctx, acme, ContractIn(
        "C-77", signed, 60_000_00, term_months=12, schedule=tuple(
            quick_schedule(Fill.MONTHLY, 60_000_00, signed, 3)))).value
    with ctx.store.session() as s:
        [item] = payable_contracts(s, acme, TODAY)
    first, second, _third = (i.state.id for i in item.instalments)
    deals.record_payment(ctx, contract_id, 20_000_00, date(2026, 9, 1), first)
    deals.record_payment(ctx, contract_id, 20_000_00, date(2026, 10, 6), second)
    with ctx.store.session() as s:
        entries = money_entries(s, acme)
    assert [(e.day, e.text) for e in entries] == [
        (date(2026, 10, 6), "Payment ¥20,000 · instalment 2 of 3 · 5 days late"),
        (date(2026, 9, 1), "Payment ¥20,000 · instalment 1 of 3"),
        (date(2026, 9, 1), "Contract C-77 signed · ¥60,000 · 12 months"),
    ]
    assert [e.late_days for e in entries] == [5, 0, 0]
    assert {e.contract for e in entries} == {"C-77"}


def test_a_sale_is_credited_to_the_deals_owner_when_each_payment_arrives(
        ctx: Context, world: dict[str, uuid.UUID]) -> None:
    acme = world["acme"]
    with ctx.store.session.begin() as s:
        sam = User(username="sam", display_name="Sam Seller", team_id=world["team"])
        other = User(username="oz", display_name="Oz Other")
        s.add_all([sam, other])
        s.flush()
        sam_id, other_id = sam.id, other.id
        # a company of another owner: its contract (no deal) is credited to its owner
        beta = new_account(s, name="Beta Co", owner_id=other_id, team_id=None)
    deal_id = _won_deal(ctx, acme, 90_000_00)
    with ctx.store.session.begin() as s:  # the deal is Sam's, the company the rep's
        deal = s.get(Opportunity, deal_id)
        assert deal is not None
        deal.owner_id = sam_id
    signed = date(2026, 10, 20)
    contract_id = deals.record_contract(ctx, acme, ContractIn(
        "C-1", signed, 90_000_00, deal_id=deal_id, schedule=tuple(
            quick_schedule(Fill.MONTHLY, 90_000_00, signed, 3)))).value
    # typed in, no money: nothing is credited in October
    with ctx.store.session() as s:
        assert credited_sales(s, date(2026, 10, 1), date(2026, 12, 31)) == []
    deals.record_payment(ctx, contract_id, 30_000_00, date(2026, 11, 3))
    deals.record_payment(ctx, contract_id, 10_000_00, date(2026, 11, 28))
    deals.record_payment(ctx, contract_id, 20_000_00, date(2026, 12, 2))
    beta_contract = deals.record_contract(ctx, beta, ContractIn("B-1", signed, 5_00)).value
    deals.record_payment(ctx, beta_contract, 5_00, date(2026, 11, 30))
    with ctx.store.session() as s:
        months = credited_sales(s, date(2026, 10, 1), date(2026, 12, 31))
        quarter = credited_sales(s, date(2026, 10, 1), date(2026, 12, 31), Period.QUARTER,
                                 seller_id=sam_id)
        team = credited_sales(s, date(2026, 11, 1), date(2026, 11, 30),
                              team_id=world["team"])
        early = credited_sales(s, date(2026, 11, 1), date(2026, 11, 27))
    nov, dec = date(2026, 11, 1), date(2026, 12, 1)
    assert sorted((c.seller, c.period, c.amount, c.payments) for c in months) == sorted([
        ("Sam Seller", nov, 40_000_00, 2), ("Oz Other", nov, 5_00, 1),
        ("Sam Seller", dec, 20_000_00, 1)])
    assert [(c.seller, c.period, c.amount) for c in quarter] == [
        ("Sam Seller", date(2026, 10, 1), 60_000_00)]
    assert [(c.seller, c.amount) for c in team] == [("Sam Seller", 40_000_00)]
    assert [(c.seller, c.amount) for c in early] == [("Sam Seller", 30_000_00)]
    assert all(c.seller_id != world["rep"] for c in months)  # not the account's owner


def test_period_starts() -> None:
    day = date(2026, 8, 17)
    assert period_start(day, Period.MONTH) == date(2026, 8, 1)
    assert period_start(day, Period.QUARTER) == date(2026, 7, 1)
    assert period_start(day, Period.YEAR) == date(2026, 1, 1)
