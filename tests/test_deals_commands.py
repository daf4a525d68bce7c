"""Deal commands on a real SQLite workspace: each one's effect, the history it keeps in
the same unit of work, the changes it announces, and each bad input's message with
nothing saved (not even an outbox entry)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from crmdesk.app import deals
from crmdesk.app.changes import ACCOUNT, CONTRACTS, DEALS, QUEUE, Changes
from crmdesk.app.context import Context
from crmdesk.domain.deals import (
    Condition,
    DealField,
    DecisionRoleKind,
    Due,
    Line,
    OpportunityStage,
    StageRules,
    Stance,
    Stuck,
)
from crmdesk.domain.lifecycle import Status
from crmdesk.secrets import MemoryStore
from crmdesk.store import deal_queries as dq
from crmdesk.store import queries as q
from crmdesk.store.db import Store
from crmdesk.store.deal_writes import ContractIn, DealInput
from crmdesk.store.journal import pending_count
from crmdesk.store.models import (
    Account,
    Contract,
    ContractInstalment,
    DealChange,
    Opportunity,
    Payment,
    Product,
    Role,
    StageSetting,
    User,
)
from crmdesk.store.refusals import Refused
from tests.conftest import TODAY

Q, NEEDS, PROPOSAL, NEGO, WON, LOST = (
    OpportunityStage.QUALIFY, OpportunityStage.NEEDS, OpportunityStage.PROPOSAL,
    OpportunityStage.NEGOTIATION, OpportunityStage.WON, OpportunityStage.LOST)


@pytest.fixture
def ctx(empty: Store, world: dict[str, uuid.UUID]) -> Context:
    with empty.session.begin() as s:
        s.add_all([Product(id=uuid.UUID(int=1), name="Seat", sku="S-1", list_price=100_00),
                   Product(id=uuid.UUID(int=2), name="Setup", sku="S-2", list_price=5000_00)])
    with empty.session() as s:
        rep = q.user_by_id(s, world["rep"])
    secrets = MemoryStore()
    return Context(empty, rep, "CN", lambda: TODAY, lambda: secrets)


def _counts(store: Store) -> tuple[int, ...]:
    """How many deals, history rows, contracts, instalments, payments and outbox entries
    the workspace holds: what a refused command must leave as it was."""
    with store.session() as s:
        counts = [s.scalar(select(func.count()).select_from(m)) or 0 for m in (
            Opportunity, DealChange, Contract, ContractInstalment, Payment)]
        return (*counts, pending_count(s))


def _deal(ctx: Context, world: dict[str, uuid.UUID], **given: object) -> uuid.UUID:
    fields: dict[str, object] = {"name": "Fleet rollout", "amount": 120_000_00,
                                 "expected_close": TODAY + timedelta(days=40)}
    fields.update(given)
    return deals.new_deal(ctx, world["acme"], DealInput(**fields)).value  # type: ignore[arg-type]


def _history(ctx: Context, deal_id: uuid.UUID) -> list[tuple[str, str | None, str | None]]:
    with ctx.store.session() as s:
        detail = dq.deal(s, deal_id, TODAY)
        assert detail is not None
        return [(h.field.value, h.old, h.new) for h in detail.history]


def test_a_new_deal_takes_the_stage_default_and_starts_its_history(
        ctx: Context, world: dict[str, uuid.UUID]) -> None:
    done = deals.new_deal(ctx, world["acme"], DealInput(
        "Fleet rollout", amount=120_000_00, currency="cny",
        expected_close=TODAY + timedelta(days=40), competitors=("Rival", " rival ", "Other")))
    assert done.changes == Changes.of({world["acme"]}, DEALS, ACCOUNT, QUEUE)
    with ctx.store.session() as s:
        detail = dq.deal(s, done.value, TODAY)
        assert detail is not None
        assert (detail.row.stage, detail.row.probability, detail.row.currency) == (Q, 10, "CNY")
        assert detail.row.weighted == 12_000_00 and detail.created_on == TODAY
        assert detail.competitors == ("Rival", "Other")
        assert detail.row.owner == "rep" and detail.row.days_in_stage == 0
    # one unit of work's changes, in the order of their fields
    assert _history(ctx, done.value) == [
        ("amount", None, "12000000"),
        ("expected_close", None, (TODAY + timedelta(days=40)).isoformat()),
        ("stage", None, "qualify")]


@pytest.mark.parametrize(("given", "message"), [
    ({"amount": -5}, "The amount cannot be negative."),
    ({"amount": 10**13 + 1}, "The amount 100,000,000,000.01 CNY is beyond belief (more "
                             "than 10,000,000,000 CNY); check the digits."),
    ({"currency": "XYZ"}, "“XYZ” is not a currency code (ISO 4217, three letters such "
                          "as CNY, USD or EUR)."),
    ({"expected_close": TODAY - timedelta(days=1)},
     f"The expected close ({TODAY - timedelta(days=1)}) is before the deal was created "
     f"({TODAY})."),
    ({"probability": 120}, "The probability goes from 0 to 100 %, not 120."),
    ({"stage": LOST}, "Say why the deal was lost."),
    ({"name": "  "}, "A deal needs a name."),
])
def test_a_bad_new_deal_says_why_and_saves_nothing(
        ctx: Context, world: dict[str, uuid.UUID], given: dict[str, object],
        message: str) -> None:
    before = _counts(ctx.store)
    with pytest.raises(Refused) as refused:
        _deal(ctx, world, **given)
    assert str(refused.value) == message
    assert _counts(ctx.store) == before


def test_every_problem_is_named_at_once(ctx: Context, world: dict[str, uuid.UUID]) -> None:
    with pytest.raises(Refused) as refused:
        _deal(ctx, world, amount=-1, currency="ABC", probability=-3)
    assert str(refused.value).splitlines() == [
        "“ABC” is not a currency code (ISO 4217, three letters such as CNY, USD or EUR).",
        "The amount cannot be negative.", "The probability goes from 0 to 100 %, not -3."]


def test_editing_keeps_each_change_of_stage_amount_and_close(
        ctx: Context, world: dict[str, uuid.UUID]) -> None:
    deal_id = _deal(ctx, world)
    later = TODAY + timedelta(days=70)
    deals.edit_deal(ctx, deal_id, DealInput("Fleet rollout (phase 1)", stage=NEEDS,
                                            amount=90_000_00, expected_close=later,
                                            next_step="Workshop with IT"))
    history = _history(ctx, deal_id)
    assert history[3:] == [("amount", "12000000", "9000000"),
                           ("expected_close", (TODAY + timedelta(days=40)).isoformat(),
                            later.isoformat()),
                           ("stage", "qualify", "needs_analysis")]
    with ctx.store.session() as s:
        detail = dq.deal(s, deal_id, TODAY)
        assert detail is not None
        assert detail.row.probability == 25  # the new stage's default
        assert detail.slip.times == 1 and detail.slip.days == 30
        assert detail.row.next_step == "Workshop with IT"
    # an edit that changes nothing tracked adds no history
    deals.edit_deal(ctx, deal_id, DealInput("Fleet rollout (phase 1)", stage=NEEDS,
                                            amount=90_000_00, expected_close=later,
                                            probability=40))
    assert len(_history(ctx, deal_id)) == len(history)


def test_a_bad_edit_saves_nothing(ctx: Context, world: dict[str, uuid.UUID]) -> None:
    deal_id = _deal(ctx, world)
    before = _counts(ctx.store)
    with pytest.raises(Refused, match="cannot be negative"):
        deals.edit_deal(ctx, deal_id, DealInput("Fleet", stage=NEEDS, amount=-1))
    assert _counts(ctx.store) == before
    with ctx.store.session() as s:
        deal = s.get(Opportunity, deal_id)
        assert deal is not None and (deal.name, deal.stage) == ("Fleet rollout", Q)


def test_moving_forward_names_unmet_conditions_and_waits_for_confirmation(
        ctx: Context, world: dict[str, uuid.UUID]) -> None:
    deal_id = _deal(ctx, world, expected_close=None)
    before = _counts(ctx.store)
    done = deals.move_stage(ctx, deal_id, PROPOSAL)
    assert not done.value.moved and done.changes.empty
    assert [u.condition for u in done.value.unmet] == [
        Condition.CLOSE_DATE, Condition.DECISION_MAKER, Condition.ECONOMIC_BUYER,
        Condition.MEETING, Condition.COMPETITORS, Condition.NEXT_STEP]
    assert done.value.unmet[1].text == ("The decision maker is on the decision map (to "
                                        "leave Qualification)")
    assert _counts(ctx.store) == before
    deals.set_role(ctx, deal_id, world["ann"], DecisionRoleKind.DECISION_MAKER,
                   Stance.SUPPORTS)
    confirmed = deals.move_stage(ctx, deal_id, PROPOSAL, confirmed=True)
    assert confirmed.value.moved and Condition.DECISION_MAKER not in {
        u.condition for u in confirmed.value.unmet}
    with ctx.store.session() as s:
        deal = s.get(Opportunity, deal_id)
        assert deal is not None and (deal.stage, deal.probability) == (PROPOSAL, 50)
    assert _history(ctx, deal_id)[-1] == ("stage", "qualify", "proposal")
    # back a step: no conditions asked
    back = deals.move_stage(ctx, deal_id, NEEDS)
    assert back.value.moved and back.value.unmet == ()


def test_lost_needs_a_reason_and_keeps_it(ctx: Context, world: dict[str, uuid.UUID]) -> None:
    deal_id = _deal(ctx, world)
    with pytest.raises(Refused, match="Say why the deal was lost"):
        deals.move_stage(ctx, deal_id, LOST)
    assert deals.move_stage(ctx, deal_id, LOST, reason="Went with a rival").value.moved
    with ctx.store.session() as s:
        deal = s.get(Opportunity, deal_id)
        assert deal is not None
        assert (deal.loss_reason, deal.closed_on, deal.probability) == (
            "Went with a rival", TODAY, 0)


def test_product_lines_and_an_amount_that_follows_them(
        ctx: Context, world: dict[str, uuid.UUID]) -> None:
    deal_id = _deal(ctx, world)
    seat, setup = uuid.UUID(int=1), uuid.UUID(int=2)
    total = deals.set_lines(ctx, deal_id, [Line(seat, 40, 100_00), Line(setup, 1, 4500_00)])
    assert total.value == 8500_00
    with ctx.store.session() as s:
        detail = dq.deal(s, deal_id, TODAY)
        assert detail is not None and detail.amount_from_lines
        assert detail.row.amount == 8500_00
        assert [(ln.product, ln.quantity, ln.total) for ln in detail.lines] == [
            ("Seat", 40, 4000_00), ("Setup", 1, 4500_00)]
    assert _history(ctx, deal_id)[-1] == ("amount", "12000000", "850000")
    deals.set_lines(ctx, deal_id, [Line(seat, 10, 100_00)])
    with ctx.store.session() as s:
        detail = dq.deal(s, deal_id, TODAY)
        assert detail is not None
        assert [ln.product for ln in detail.lines] == ["Seat"] and detail.row.amount == 1000_00
    before = _counts(ctx.store)
    with pytest.raises(Refused, match="quantity is at least 1"):
        deals.set_lines(ctx, deal_id, [Line(seat, 0, 100_00)])
    assert _counts(ctx.store) == before


def test_the_decision_map_has_roles_and_stances(
        ctx: Context, world: dict[str, uuid.UUID]) -> None:
    deal_id = _deal(ctx, world)
    deals.set_role(ctx, deal_id, world["ann"], DecisionRoleKind.ECONOMIC_BUYER,
                   Stance.OPPOSES)
    deals.set_role(ctx, deal_id, world["bob"], DecisionRoleKind.CHAMPION, Stance.SUPPORTS)
    deals.set_role(ctx, deal_id, world["ann"], DecisionRoleKind.ECONOMIC_BUYER,
                   Stance.NEUTRAL)
    with ctx.store.session() as s:
        assert [(m.name, m.role, m.stance) for m in dq.decision_map(s, deal_id)] == [
            ("Ann", DecisionRoleKind.ECONOMIC_BUYER, Stance.NEUTRAL),
            ("Bob", DecisionRoleKind.CHAMPION, Stance.SUPPORTS)]
    deals.set_role(ctx, deal_id, world["bob"], None)
    with ctx.store.session() as s:
        assert [m.name for m in dq.decision_map(s, deal_id)] == ["Ann"]


def _won(ctx: Context, world: dict[str, uuid.UUID]) -> uuid.UUID:
    deal_id = _deal(ctx, world)
    assert deals.move_stage(ctx, deal_id, WON, confirmed=True).value.moved
    return deal_id


def test_a_contract_from_a_won_deal_with_its_schedule_and_payments(
        ctx: Context, world: dict[str, uuid.UUID]) -> None:
    deal_id = _won(ctx, world)
    signed = TODAY - timedelta(days=60)
    schedule = (Due(signed, 40_000_00, "Deposit"), Due(signed + timedelta(days=30), 40_000_00),
                Due(TODAY + timedelta(days=30), 40_000_00))
    done = deals.record_contract(ctx, world["acme"], ContractIn(
        "C-2026-7", signed, 120_000_00, term_months=12, schedule=schedule, deal_id=deal_id))
    assert done.changes == Changes.of({world["acme"]}, CONTRACTS, DEALS, ACCOUNT, QUEUE)
    contract_id = done.value
    with ctx.store.session() as s:
        [row] = dq.contracts(s, world["acme"], TODAY)
        assert (row.number, row.deal, row.ends_on) == ("C-2026-7", "Fleet rollout",
                                                       date(2027, 9, 25))
        assert (row.figures.paid, row.figures.due, row.figures.overdue) == (
            0, 120_000_00, 80_000_00)
        first, second, _third = (s.id for s in row.figures.instalments)
    # the deposit, paid late against its instalment; then an unnamed payment
    deals.record_payment(ctx, contract_id, 40_000_00, signed + timedelta(days=3),
                         instalment_id=first)
    deals.record_payment(ctx, contract_id, 10_000_00, TODAY)
    with ctx.store.session() as s:
        figures = dq.contract_figures(s, contract_id, TODAY)
        account = s.get(Account, world["acme"])
        assert account is not None and account.status is Status.CONTRACTED
    assert (figures.paid, figures.due, figures.overdue) == (50_000_00, 70_000_00, 30_000_00)
    states = {s.id: s for s in figures.instalments}
    assert states[first].paid_late and not states[first].overdue
    assert states[second].paid == 10_000_00 and states[second].overdue


@pytest.mark.parametrize(("amount", "named", "message"), [
    (130_000_00, False, "The payment 130,000.00 CNY is more than is still due on the "
                        "contract (120,000.00 CNY)."),
    (50_000_00, True, "The payment 50,000.00 CNY is more than is still due on that "
                      "instalment (40,000.00 CNY)."),
    (0, False, "A payment is more than zero."),
])
def test_a_payment_larger_than_what_is_due_is_refused(
        ctx: Context, world: dict[str, uuid.UUID], amount: int, named: bool,
        message: str) -> None:
    signed = TODAY - timedelta(days=10)
    contract_id = deals.record_contract(ctx, world["acme"], ContractIn(
        "C-9", signed, 120_000_00, schedule=(Due(signed, 40_000_00),
                                            Due(signed + timedelta(days=90), 80_000_00)))).value
    with ctx.store.session() as s:
        first = dq.contract_figures(s, contract_id, TODAY).instalments[0].id
    before = _counts(ctx.store)
    with pytest.raises(Refused) as refused:
        deals.record_payment(ctx, contract_id, amount, TODAY,
                             instalment_id=first if named else None)
    assert str(refused.value) == message
    assert _counts(ctx.store) == before


@pytest.mark.parametrize(("contract", "message"), [
    (ContractIn("C-1", TODAY, 100_00, schedule=(Due(TODAY, 60_00), Due(TODAY, 30_00))),
     "The instalments add up to 90.00 CNY, not the contract's 100.00 CNY."),
    (ContractIn("C-1", TODAY, 100_00, currency="ZZZ"),
     "“ZZZ” is not a currency code (ISO 4217, three letters such as CNY, USD or EUR)."),
    (ContractIn("C-1", TODAY, 100_00, ends_on=TODAY - timedelta(days=1)),
     f"The contract ends ({TODAY - timedelta(days=1)}) before it was signed ({TODAY})."),
    (ContractIn(" ", TODAY, 100_00), "A contract needs a number."),
])
def test_a_bad_contract_says_why_and_saves_nothing(
        ctx: Context, world: dict[str, uuid.UUID], contract: ContractIn, message: str) -> None:
    before = _counts(ctx.store)
    with pytest.raises(Refused) as refused:
        deals.record_contract(ctx, world["acme"], contract)
    assert str(refused.value) == message
    assert _counts(ctx.store) == before


def test_only_a_won_deal_becomes_a_contract(ctx: Context, world: dict[str, uuid.UUID]) -> None:
    deal_id = _deal(ctx, world)
    with pytest.raises(Refused, match="mark the deal won first"):
        deals.record_contract(ctx, world["acme"], ContractIn("C-1", TODAY, 100_00,
                                                             deal_id=deal_id))


def test_the_list_marks_stuck_deals_by_the_teams_limit(
        ctx: Context, world: dict[str, uuid.UUID]) -> None:
    fresh = _deal(ctx, world, name="Fresh")
    old = _deal(ctx, world, name="Old")
    passed = _deal(ctx, world, name="Passed")
    won = _won(ctx, world)
    with ctx.store.write.begin() as s:
        for deal_id, since in ((old, TODAY - timedelta(days=22)),
                               (passed, TODAY - timedelta(days=2))):
            deal = s.get(Opportunity, deal_id)
            assert deal is not None
            deal.stage_since = deal.created_on = since
        deal = s.get(Opportunity, passed)
        assert deal is not None
        deal.expected_close = TODAY - timedelta(days=1)
    with ctx.store.session() as s:
        rows = dq.account_deals(s, world["acme"], TODAY)
        assert [(r.name, r.stuck) for r in rows] == [
            ("Passed", Stuck.CLOSE_PASSED), ("Fresh", None), ("Old", Stuck.IN_STAGE),
            ("Fleet rollout", None)]
        assert rows[-1].id == won and not rows[-1].open
        assert [r.id for r in dq.deal_rows(s, TODAY, stuck_only=True)] == [passed, old]
        assert rows[2].days_in_stage == 22
    assert fresh in {r.id for r in rows}
    # a lead gives the team a longer limit in qualification: no longer stuck
    with ctx.store.write.begin() as s:
        lead = User(username="lead", display_name="Lee Lead", role=Role.LEAD,
                    team_id=world["team"])
        s.add(lead)
    with ctx.store.session() as s:
        lead_ref = q.user_by_name(s, "lead")
    lead_ctx = Context(ctx.store, lead_ref, "CN", lambda: TODAY, ctx.secrets)
    deals.set_stage_rules(lead_ctx, Q, StageRules(15, 30, "Call them.", (Condition.AMOUNT,)))
    with ctx.store.session() as s:
        assert [r.id for r in dq.deal_rows(s, TODAY, stuck_only=True)] == [passed]
        assert dq.playbook_for(s, world["team"])[Q].probability == 15
    assert _deal(ctx, world, name="New")  # takes the team's default now
    with ctx.store.session() as s:
        newest = s.scalars(select(Opportunity).where(Opportunity.name == "New")).one()
        assert newest.probability == 15


def test_only_a_lead_sets_the_playbook(ctx: Context, world: dict[str, uuid.UUID]) -> None:
    with pytest.raises(Refused, match="Only a team lead"):
        deals.set_stage_rules(ctx, Q, StageRules(15, 30))
    with ctx.store.session() as s:
        assert s.scalar(select(func.count()).select_from(StageSetting)) == 0


def test_history_rows_take_the_deals_owner_and_team(
        ctx: Context, world: dict[str, uuid.UUID]) -> None:
    deal_id = _deal(ctx, world)
    with ctx.store.session() as s:
        rows = s.scalars(select(DealChange).where(DealChange.opportunity_id == deal_id)).all()
        assert {(r.owner_id, r.team_id, r.changed_by) for r in rows} == {
            (world["rep"], world["team"], world["rep"])}
        assert {r.field for r in rows} == set(DealField)


def test_a_merge_and_a_reassignment_carry_deal_history_and_schedules(
        ctx: Context, world: dict[str, uuid.UUID]) -> None:
    """The new kinds hang on a deal or a contract: they follow their account's owner."""
    from crmdesk.app import accounts

    with ctx.store.write.begin() as s:
        pooled = Account(name="Acme Twin", name_key="acme twin", owner_id=None,
                         team_id=world["team"])
        s.add(pooled)
    deal_id = deals.new_deal(ctx, pooled.id, DealInput("Twin deal", amount=5_00,
                                                       stage=WON)).value
    contract_id = deals.record_contract(ctx, pooled.id, ContractIn(
        "C-T", TODAY, 5_00, deal_id=deal_id, schedule=(Due(TODAY, 5_00),))).value
    with ctx.store.session() as s:
        assert {r.owner_id for r in s.scalars(select(DealChange))} == {None}
    accounts.claim(ctx, pooled.id)  # a rep claims a pool account before merging it
    with ctx.store.session() as s:
        assert {r.owner_id for r in s.scalars(select(DealChange))} == {world["rep"]}
    accounts.merge(ctx, world["acme"], pooled.id)
    with ctx.store.session() as s:
        assert {(r.owner_id, r.team_id) for r in s.scalars(select(DealChange))} == {
            (world["rep"], world["team"])}
        instalment = s.scalars(select(ContractInstalment)).one()
        assert (instalment.contract_id, instalment.owner_id) == (contract_id, world["rep"])
        assert [c.number for c in dq.contracts(s, world["acme"], TODAY)] == ["C-T"]
    accounts.reassign(ctx, world["acme"], None)
    with ctx.store.session() as s:
        assert {r.owner_id for r in s.scalars(select(DealChange))} == {None}
        assert s.scalars(select(ContractInstalment)).one().owner_id is None
