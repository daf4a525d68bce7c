"""Deals through the real server over HTTP: the new kinds of record sync field by field
as their declarations say, and what two laptops did offline to one deal and one contract
(a stage change each, a payment each) all survives, the same last payment recorded on
both included: it is money received twice, kept, and shown as an overpayment; and a contract
recorded offline survives its deal being reopened elsewhere."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from crmdesk.app import deals
from crmdesk.app.activities import log_activity
from crmdesk.domain import deals as rules
from crmdesk.domain.activity import ActivityKind, Outcome
from crmdesk.domain.deals import (
    Condition,
    DecisionRoleKind,
    Due,
    OpportunityStage,
    StageRules,
    Stance,
)
from crmdesk.store import deal_queries as dq
from crmdesk.store.contract_queries import payable_contracts
from crmdesk.store.db import raw_connection
from crmdesk.store.deal_writes import ContractIn, DealInput
from crmdesk.store.models import (
    Contract,
    ContractInstalment,
    DealChange,
    DecisionRole,
    Opportunity,
    Payment,
    StageSetting,
)
from crmdesk.store.refusals import Refused
from crmdesk.store.review import kept_facts
from crmdesk.store.writes import ActivityInput, new_account, new_contact
from crmdesk.ui.card_contracts import RED, contract_html
from tests.conftest import TODAY
from tests.review_world import assert_flow_facts
from tests.sync_harness import Laptop, Server, add_people, laptop_context, laptop_rows, viewer_of


def _deal_tables(laptop: Laptop) -> dict[tuple[str, uuid.UUID], dict[str, object]]:
    kinds = {"opportunities", "deal_changes", "contracts", "contract_instalments",
             "payments", "decision_roles", "stage_settings"}
    return {k: v for k, v in laptop_rows(laptop.store).items() if k[0] in kinds}


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_stage_changes_and_payments_made_offline_on_two_laptops_all_survive(
        server: Server, tmp_path: Path) -> None:
    http, db, _url = server
    ids = add_people(server)
    amy, lea = (Laptop(tmp_path, str(http.base_url), name, viewer_of(db, name))
                for name in ("amy", "lea"))
    with amy.store.write.begin() as s:
        account = new_account(s, name="Two Laptops Ltd", owner_id=ids["amy"],
                              team_id=ids["East"])
        buyer = new_contact(s, account, name="Bea Buyer")
    ctx_amy, ctx_lea = laptop_context(amy), laptop_context(lea)
    deal_id = deals.new_deal(ctx_amy, account, DealInput(
        "Warehouse scanners", amount=90_000_00,
        expected_close=TODAY + timedelta(days=20))).value
    deals.set_role(ctx_amy, deal_id, buyer, DecisionRoleKind.ECONOMIC_BUYER, Stance.SUPPORTS)
    won = deals.new_deal(ctx_amy, account, DealInput("Earlier order", amount=60_000_00,
                                                     stage=OpportunityStage.WON)).value
    contract_id = deals.record_contract(ctx_amy, account, ContractIn(
        "C-77", TODAY - timedelta(days=40), 60_000_00, term_months=12, deal_id=won,
        schedule=(Due(TODAY - timedelta(days=40), 20_000_00, "Deposit"),
                  Due(TODAY - timedelta(days=10), 20_000_00),
                  Due(TODAY + timedelta(days=20), 20_000_00)))).value
    amy.sync()
    lea.sync()
    with lea.store.session() as s:
        [first, second, _third] = dq.contract_figures(s, contract_id, TODAY).instalments

    # offline: each moves the deal's stage and records a payment
    assert deals.move_stage(ctx_amy, deal_id, OpportunityStage.NEEDS,
                            confirmed=True).value.moved
    deals.record_payment(ctx_amy, contract_id, 20_000_00, TODAY - timedelta(days=38),
                         instalment_id=first.id)
    lea.store.clock.receive(amy.store.clock.tick())  # lea's edits come after amy's
    assert deals.move_stage(ctx_lea, deal_id, OpportunityStage.PROPOSAL,
                            confirmed=True).value.moved
    deals.record_payment(ctx_lea, contract_id, 15_000_00, TODAY - timedelta(days=2),
                         instalment_id=second.id)
    # amy pushes the close date later (a slip), lea talks with the buyer: facts the
    # review keeps on each laptop's rows, pulled by the other
    deals.edit_deal(ctx_amy, deal_id, DealInput(
        "Warehouse scanners", OpportunityStage.NEEDS, amount=90_000_00,
        expected_close=TODAY + timedelta(days=50)))
    log_activity(ctx_lea, account, ActivityInput(ActivityKind.CALL, Outcome.REACHED,
                                                 occurred_at=datetime(2026, 11, 30, 10)))
    deals.set_stage_rules(ctx_lea, OpportunityStage.QUALIFY,
                          StageRules(15, 14, "Qualify within two weeks.",
                                     (Condition.AMOUNT, Condition.DECISION_MAKER)))
    for laptop in (amy, lea, amy):
        report = laptop.sync()
        assert report.refused == 0, report.conflicts

    with db.session() as s:
        changes = s.scalars(select(DealChange).where(
            DealChange.opportunity_id == deal_id, DealChange.field == "stage")
            .order_by(DealChange.changed_at)).all()
        assert [(c.old_value, c.new_value) for c in changes] == [
            (None, "qualify"), ("qualify", "needs_analysis"), ("qualify", "proposal")]
        assert {c.changed_by for c in changes[1:]} == {ids["amy"], ids["lea"]}
        deal = s.get(Opportunity, deal_id)
        assert deal is not None and deal.stage is OpportunityStage.PROPOSAL  # the later
        paid = sorted(p.amount for p in s.scalars(
            select(Payment).where(Payment.contract_id == contract_id)))
        assert paid == [15_000_00, 20_000_00]
        assert len(s.scalars(select(ContractInstalment)).all()) == 3
        role = s.scalars(select(DecisionRole)).one()
        assert (role.role, role.stance) == (DecisionRoleKind.ECONOMIC_BUYER, Stance.SUPPORTS)
        setting = s.scalars(select(StageSetting)).one()
        assert (setting.owner_id, setting.team_id, setting.probability) == (
            None, ids["East"], 15)

    # both laptops hold the same deals, history, schedule and payments as each other
    assert _deal_tables(amy) == _deal_tables(lea)
    for laptop in (amy, lea):
        with laptop.store.session() as s:
            figures = dq.contract_figures(s, contract_id, TODAY)
            assert (figures.paid, figures.due, figures.overdue) == (
                35_000_00, 25_000_00, 5_000_00)
            detail = dq.deal(s, deal_id, TODAY)
            assert detail is not None and detail.row.stage is OpportunityStage.PROPOSAL
            assert [h.new for h in detail.history if h.field.value == "stage"] == [
                "qualify", "needs_analysis", "proposal"]
            # the lead's playbook reached the rep's laptop
            assert dq.playbook_for(s, ids["East"])[OpportunityStage.QUALIFY].stuck_days == 14
            # the review's kept facts followed every pull (crmdesk.store.review.kept_facts)
            raw = raw_connection(s)
            assert kept_facts.drift(raw) == []
            assert raw.execute("SELECT review_talked_at FROM accounts WHERE id = ?",
                               (account.hex,)).fetchone()[0].startswith("2026-11-30 10:00")
            assert raw.execute("SELECT review_slipped FROM opportunities WHERE id = ?",
                               (deal_id.hex,)).fetchone()[0] == 1
        # the facts each laptop keeps for the review follow what it pulled: lea's move came
        # after amy's, amy's arrived on lea's laptop after it (before it in the history)
        assert_flow_facts(laptop.store)
    for laptop in (amy, lea):
        laptop.close()


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_the_same_last_payment_and_stage_move_on_two_laptops_offline_both_survive(
        server: Server, tmp_path: Path) -> None:
    """Both laptops, offline, record the contract's last payment and move the deal to
    the same stage: each was right by what its person knew, so the server takes both
    payments (refusing one would lose money received) and both history entries; every
    laptop then holds them all, and the card shows the overpayment for a lead to sort
    out, with nothing due or overdue gone below zero."""
    http, db, _url = server
    ids = add_people(server)
    amy, lea = (Laptop(tmp_path, str(http.base_url), name, viewer_of(db, name))
                for name in ("amy", "lea"))
    with amy.store.write.begin() as s:
        account = new_account(s, name="Paid Twice Ltd", owner_id=ids["amy"],
                              team_id=ids["East"])
    ctx_amy, ctx_lea = laptop_context(amy), laptop_context(lea)
    deal_id = deals.new_deal(ctx_amy, account, DealInput(
        "Renewal", amount=30_000_00, expected_close=TODAY + timedelta(days=20))).value
    won = deals.new_deal(ctx_amy, account, DealInput("Order", amount=60_000_00,
                                                     stage=OpportunityStage.WON)).value
    contract_id = deals.record_contract(ctx_amy, account, ContractIn(
        "C-88", TODAY - timedelta(days=60), 60_000_00, deal_id=won,
        schedule=(Due(TODAY - timedelta(days=60), 20_000_00),
                  Due(TODAY - timedelta(days=30), 20_000_00),
                  Due(TODAY - timedelta(days=1), 20_000_00)))).value
    with amy.store.session() as s:
        first, second, last = (i.id for i in dq.contract_figures(
            s, contract_id, TODAY).instalments)
    deals.record_payment(ctx_amy, contract_id, 20_000_00, TODAY - timedelta(days=59), first)
    deals.record_payment(ctx_amy, contract_id, 20_000_00, TODAY - timedelta(days=29),
                         second)
    assert amy.sync().refused == 0
    assert lea.sync().refused == 0

    # offline, each records the last 20,000 (each laptop sees it still due) and moves
    # the deal on to proposal
    amy_paid = deals.record_payment(ctx_amy, contract_id, 20_000_00, TODAY, last).value
    assert deals.move_stage(ctx_amy, deal_id, OpportunityStage.PROPOSAL,
                            confirmed=True).value.moved
    lea.store.clock.receive(amy.store.clock.tick())
    lea_paid = deals.record_payment(ctx_lea, contract_id, 20_000_00, TODAY, last).value
    assert deals.move_stage(ctx_lea, deal_id, OpportunityStage.PROPOSAL,
                            confirmed=True).value.moved
    for laptop in (amy, lea, amy):
        report = laptop.sync()
        assert (report.refused, report.conflicts) == (0, []), report.conflicts

    with db.session() as s:
        payments = {p.id: p.amount for p in s.scalars(
            select(Payment).where(Payment.contract_id == contract_id))}
        moves = s.scalars(select(DealChange).where(
            DealChange.opportunity_id == deal_id, DealChange.field == "stage",
            DealChange.new_value == "proposal")).all()
    assert payments[amy_paid] == payments[lea_paid] == 20_000_00 and len(payments) == 4
    assert sorted((m.old_value, m.changed_by) for m in moves) == sorted(
        [("qualify", ids["amy"]), ("qualify", ids["lea"])])
    assert _deal_tables(amy) == _deal_tables(lea)
    for laptop in (amy, lea):
        with laptop.store.session() as s:
            assert {p.id for p in s.scalars(select(Payment).where(
                Payment.contract_id == contract_id))} == set(payments)
            [item] = payable_contracts(s, account, TODAY)
            detail = dq.deal(s, deal_id, TODAY)
        money = item.row.figures
        assert (money.paid, money.due, money.overdue, money.overpaid) == (
            80_000_00, 0, 0, 20_000_00)
        assert all(i.state.outstanding == 0 and i.state.paid == i.state.amount
                   for i in item.instalments)
        card = contract_html(item, TODAY)
        assert (f"<span style='color:{RED}'>⚠ Overpaid by ¥20,000: the payments add up to "
                "more than the contract") in card, card
        assert "Paid in full" not in card and "Record payment" not in card
        assert detail is not None and [h.new for h in detail.history
                                       if h.field.value == "stage"] == [
            "qualify", "proposal", "proposal"]
    for laptop in (amy, lea):
        laptop.close()


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_another_teams_rep_gets_none_of_it(server: Server, tmp_path: Path) -> None:
    """The new kinds follow their deal's and contract's account into scope, and no
    further: West's rep holds none of East's deal history, schedule or playbook."""
    http, db, _url = server
    ids = add_people(server)
    amy, wes = (Laptop(tmp_path, str(http.base_url), name, viewer_of(db, name))
                for name in ("amy", "wes"))
    with amy.store.write.begin() as s:
        account = new_account(s, name="East Only Ltd", owner_id=ids["amy"],
                              team_id=ids["East"])
    ctx = laptop_context(amy)
    won = deals.new_deal(ctx, account, DealInput("Order", amount=10_000_00,
                                                 stage=OpportunityStage.WON)).value
    deals.record_contract(ctx, account, ContractIn(
        "C-1", TODAY, 10_000_00, deal_id=won, schedule=(Due(TODAY, 10_000_00),)))
    amy.sync()
    wes.sync()
    assert _deal_tables(wes) == {}
    with db.session() as s:
        assert len(s.scalars(select(DealChange)).all()) == 2  # its stage and amount
    for laptop in (amy, wes):
        laptop.close()


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_a_contract_recorded_offline_while_its_deal_is_reopened_elsewhere_both_survive(
        server: Server, tmp_path: Path) -> None:
    """amy records the signed contract of her won deal offline; meanwhile lea moves the
    deal back to negotiation and syncs first. The deal was won when amy recorded it (the
    laptop command's rule, at entry), so the server keeps both: the contract and the
    reopened deal, on every laptop; a new contract from the reopened deal is refused."""
    http, db, _url = server
    ids = add_people(server)
    amy, lea = (Laptop(tmp_path, str(http.base_url), name, viewer_of(db, name))
                for name in ("amy", "lea"))
    with amy.store.write.begin() as s:
        account = new_account(s, name="Reopened Ltd", owner_id=ids["amy"],
                              team_id=ids["East"])
    ctx_amy, ctx_lea = laptop_context(amy), laptop_context(lea)
    won = deals.new_deal(ctx_amy, account, DealInput("Order", amount=60_000_00,
                                                     stage=OpportunityStage.WON)).value
    assert amy.sync().refused == 0
    assert lea.sync().refused == 0

    contract_id = deals.record_contract(ctx_amy, account, ContractIn(
        "C-90", TODAY, 60_000_00, deal_id=won,
        schedule=(Due(TODAY, 30_000_00), Due(TODAY + timedelta(days=30), 30_000_00)))).value
    lea.store.clock.receive(amy.store.clock.tick())
    assert deals.move_stage(ctx_lea, won, OpportunityStage.NEGOTIATION,
                            confirmed=True).value.moved
    for laptop in (lea, amy, lea):
        report = laptop.sync()
        assert (report.refused, report.conflicts) == (0, []), report.conflicts

    with db.session() as s:
        contract = s.get(Contract, contract_id)
        deal = s.get(Opportunity, won)
        assert contract is not None and not contract.deleted and contract.opportunity_id == won
        assert deal is not None and deal.stage is OpportunityStage.NEGOTIATION
        assert len(s.scalars(select(ContractInstalment).where(
            ContractInstalment.contract_id == contract_id)).all()) == 2
    assert _deal_tables(amy) == _deal_tables(lea)
    with amy.store.session() as s:
        assert [i.row.id for i in payable_contracts(s, account, TODAY)] == [contract_id]
    # the entry-time rule still holds for what is recorded now
    with pytest.raises(Refused) as refused:
        deals.record_contract(ctx_amy, account, ContractIn("C-91", TODAY, 10_000_00,
                                                           deal_id=won))
    assert str(refused.value) == rules.NOT_WON
    for laptop in (amy, lea):
        laptop.close()
