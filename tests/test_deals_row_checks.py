"""The one check per row of a deal's kinds (crmdesk.domain.row_checks), as the laptop's
commands run it on a real SQLite workspace (the server's push runs the same:
tests/test_deals_server_checks.py): each refusal in its words with nothing saved, not
even an outbox entry; and the deal editor's save writes a typed probability once."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from crmdesk.app import deals
from crmdesk.app.context import Context
from crmdesk.domain import deals as rules
from crmdesk.domain.deals import (
    DecisionRoleKind,
    Due,
    OpportunityStage,
    PaidInto,
    StageRules,
)
from crmdesk.domain.row_checks import (
    CHECKED,
    ContractRef,
    DealRef,
    row_problem,
    row_problems,
)
from crmdesk.secrets import MemoryStore
from crmdesk.store import deal_queries as dq
from crmdesk.store import queries as q
from crmdesk.store.db import Store
from crmdesk.store.deal_writes import ContractIn, DealEdit, DealInput
from crmdesk.store.journal import pending_count
from crmdesk.store.models import OutboxEntry, Role, User
from crmdesk.store.refusals import Refused
from crmdesk.store.writes import new_account, new_contact
from tests.conftest import TODAY
from tests.test_deals_commands import _counts

PROPOSAL, WON = OpportunityStage.PROPOSAL, OpportunityStage.WON


@pytest.fixture
def ctx(empty: Store, world: dict[str, uuid.UUID]) -> Context:
    with empty.session() as s:
        rep = q.user_by_id(s, world["rep"])
    secrets = MemoryStore()
    return Context(empty, rep, "CN", lambda: TODAY, lambda: secrets)


def _deal(ctx: Context, account: uuid.UUID, **given: object) -> uuid.UUID:
    fields: dict[str, object] = {"name": "Fleet rollout", "amount": 120_000_00,
                                 "expected_close": TODAY + timedelta(days=40)}
    fields.update(given)
    return deals.new_deal(ctx, account, DealInput(**fields)).value  # type: ignore[arg-type]


def _refused(ctx: Context, message: str, command: object) -> None:
    before = _counts(ctx.store)
    with pytest.raises(Refused) as refused:
        command()  # type: ignore[operator]
    assert str(refused.value) == message
    assert _counts(ctx.store) == before


def pending_count_of(ctx: Context) -> int:
    with ctx.store.session() as s:
        return pending_count(s)


def test_a_payment_against_another_contracts_instalment_is_refused(
        ctx: Context, world: dict[str, uuid.UUID]) -> None:
    first = deals.record_contract(ctx, world["acme"], ContractIn(
        "C-1", TODAY, 100_00, schedule=(Due(TODAY, 100_00),))).value
    second = deals.record_contract(ctx, world["acme"], ContractIn(
        "C-2", TODAY, 100_00, schedule=(Due(TODAY, 100_00),))).value
    with ctx.store.session() as s:
        theirs = dq.contract_figures(s, second, TODAY).instalments[0].id
        own = dq.contract_figures(s, first, TODAY).instalments[0].id
    _refused(ctx, "That instalment is not on this contract.", lambda: deals.record_payment(
        ctx, first, 50_00, TODAY, instalment_id=theirs))
    _refused(ctx, "The contract is in CNY; record the payment in CNY.",
             lambda: deals.record_payment(ctx, first, 50_00, TODAY, own, currency="usd"))
    assert deals.record_payment(ctx, first, 50_00, TODAY, instalment_id=own).value


def test_the_decision_map_holds_only_the_deals_companys_people(
        ctx: Context, world: dict[str, uuid.UUID]) -> None:
    with ctx.store.write.begin() as s:
        other = new_account(s, name="Other Co", owner_id=world["rep"], team_id=world["team"])
        zed = new_contact(s, other, name="Zed")
    deal_id = _deal(ctx, world["acme"])
    before = pending_count_of(ctx)
    with pytest.raises(Refused) as refused:
        deals.set_role(ctx, deal_id, zed, DecisionRoleKind.CHAMPION)
    assert str(refused.value) == rules.NOT_ITS_PEOPLE
    assert pending_count_of(ctx) == before


def test_a_contract_comes_only_from_a_won_deal_of_its_own_company(
        ctx: Context, world: dict[str, uuid.UUID]) -> None:
    with ctx.store.write.begin() as s:
        other = new_account(s, name="Other Co", owner_id=world["rep"], team_id=world["team"])
    theirs = _deal(ctx, other, stage=WON)
    open_deal = _deal(ctx, world["acme"])
    _refused(ctx, rules.ANOTHER_COMPANYS_DEAL, lambda: deals.record_contract(
        ctx, world["acme"], ContractIn("C-1", TODAY, 100_00, deal_id=theirs)))
    _refused(ctx, rules.NOT_WON, lambda: deals.record_contract(
        ctx, world["acme"], ContractIn("C-1", TODAY, 100_00, deal_id=open_deal)))
    # a bad term and a bad schedule are both said, one a line
    _refused(ctx, "The term goes from 1 to 600 months.\nEach instalment is more than zero."
                  "\nThe instalments add up to 0.00 CNY, not the contract's 100.00 CNY.",
             lambda: deals.record_contract(ctx, world["acme"], ContractIn(
                 "C-1", TODAY, 100_00, term_months=601, schedule=(Due(TODAY, 0),))))


@pytest.mark.parametrize(("stage_rules", "message"), [
    (StageRules(101, 10), "The probability goes from 0 to 100 %."),
    (StageRules(10, 400), "The stuck limit goes from 0 (never stuck) to 365 days."),
])
def test_a_leads_bad_stage_settings_save_nothing(
        ctx: Context, world: dict[str, uuid.UUID], stage_rules: StageRules,
        message: str) -> None:
    with ctx.store.write.begin() as s:
        s.add(User(username="lead", display_name="Lee Lead", role=Role.LEAD,
                   team_id=world["team"]))
    with ctx.store.session() as s:
        lead = q.user_by_name(s, "lead")
    lead_ctx = Context(ctx.store, lead, "CN", lambda: TODAY, ctx.secrets)
    before = pending_count_of(ctx)
    with pytest.raises(Refused) as refused:
        deals.set_stage_rules(lead_ctx, PROPOSAL, stage_rules)
    assert str(refused.value) == message
    assert pending_count_of(ctx) == before


def _probabilities_written(ctx: Context, deal_id: uuid.UUID, after: int) -> list[object]:
    """The probabilities the outbox entries after `after` write to the deal."""
    with ctx.store.session() as s:
        return [e.fields["probability"] for e in s.scalars(
            select(OutboxEntry).where(OutboxEntry.seq > after,
                                      OutboxEntry.row_id == deal_id)
            .order_by(OutboxEntry.seq)) if "probability" in e.fields]


def _last_seq(ctx: Context) -> int:
    with ctx.store.session() as s:
        return max(s.scalars(select(OutboxEntry.seq)).all() or [0])


def test_a_typed_probability_with_a_stage_move_is_written_once(
        ctx: Context, world: dict[str, uuid.UUID]) -> None:
    """The editor's save with a typed probability and a new stage writes the typed one
    and nothing else: not the stage's default first, then the typed one over it."""
    deal_id = _deal(ctx, world["acme"])
    after = _last_seq(ctx)
    saved = deals.save_deal(ctx, world["acme"], deal_id,
                            DealEdit({"stage": PROPOSAL, "probability": 40}), confirmed=True)
    assert saved.value.deal_id == deal_id
    assert _probabilities_written(ctx, deal_id, after) == [40]
    # a move alone writes the stage's default, once
    after = _last_seq(ctx)
    deals.save_deal(ctx, world["acme"], deal_id, DealEdit({"stage": WON}), confirmed=True)
    assert _probabilities_written(ctx, deal_id, after) == [100]
    # a bad typed probability with a move is refused whole
    _refused(ctx, "The probability goes from 0 to 100 %, not 140.", lambda: deals.save_deal(
        ctx, world["acme"], deal_id, DealEdit({"stage": PROPOSAL, "probability": 140})))


# ---- the check itself, over plain facts --------------------------------------------


class Facts:
    """Related records as plain values (the domain check reads nothing else)."""

    def __init__(self, deal: DealRef | None = None, contract: ContractRef | None = None,
                 into: PaidInto | None = None,
                 contacts: dict[uuid.UUID, uuid.UUID] | None = None) -> None:
        self._deal, self._contract, self._into = deal, contract, into
        self._contacts = contacts or {}

    def deal(self, deal_id: uuid.UUID) -> DealRef | None:
        return self._deal

    def contact_account(self, contact_id: uuid.UUID) -> uuid.UUID | None:
        return self._contacts.get(contact_id)

    def contract(self, contract_id: uuid.UUID) -> ContractRef | None:
        return self._contract

    def paid_into(self, contract_id: uuid.UUID, instalment_id: uuid.UUID | None
                  ) -> PaidInto | None:
        return self._into


def _deal_row(**given: object) -> dict[str, object]:
    return {"id": uuid.uuid4(), "name": "Scanners", "stage": PROPOSAL, "amount": 100,
            "currency": "CNY", "probability": 50, "expected_close": None,
            "created_on": date(2026, 9, 1), "loss_reason": None, "next_step": None,
            "competitors": [], "deleted": False} | given


def test_the_check_reads_the_whole_row_and_only_its_kinds() -> None:
    facts = Facts()
    assert row_problems("opportunities", _deal_row(), facts) == []
    assert row_problems("opportunities", _deal_row(probability=400, amount=-1), facts) == [
        "The amount cannot be negative.", "The probability goes from 0 to 100 %, not 400."]
    assert row_problem("opportunities", _deal_row(probability=400, amount=-1), facts) == (
        "The amount cannot be negative.")
    # a removed row, or a kind with no check, is never refused
    assert row_problem("opportunities", _deal_row(probability=400, deleted=True), facts) is None
    assert "accounts" not in CHECKED and row_problem("accounts", {"name": ""}, facts) is None
    # a competitor that is not text has no name
    assert row_problem("opportunities", _deal_row(competitors=[7]), facts) == (
        "A competitor needs a name.")


def test_payments_and_instalments_are_read_against_their_contract() -> None:
    instalment = uuid.uuid4()
    facts = Facts(into=PaidInto("CNY", 100, instalment=100),
                  contract=ContractRef("CNY", 100))
    payment = {"id": uuid.uuid4(), "contract_id": uuid.uuid4(), "amount": 100,
               "currency": "CNY", "instalment_id": instalment, "deleted": False}
    assert row_problem("payments", payment, facts) is None
    assert row_problem("payments", payment | {"amount": 101}, facts) == (
        "The payment 1.01 CNY is more than that whole instalment (1.00 CNY).")
    assert row_problem("payments", payment, Facts(into=PaidInto("CNY", 100, elsewhere=True))
                       ) == "That instalment is not on this contract."
    assert row_problem("payments", payment, Facts()) is None  # no contract: not ours to say
    # an instalment on its own: the others are not read (the schedule adding up is the
    # laptop command's rule at entry)
    due = {"id": uuid.uuid4(), "contract_id": uuid.uuid4(), "amount": 100, "deleted": False}
    assert row_problem("contract_instalments", due, facts) is None
    assert row_problem("contract_instalments", due | {"amount": 101}, facts) == (
        "An instalment of 1.01 CNY is more than the contract's 1.00 CNY.")
    assert row_problem("contract_instalments", due | {"amount": 0}, facts) == (
        rules.INSTALMENT_ABOVE_ZERO)


def test_a_contract_row_is_not_judged_by_its_deals_stage_or_company_now() -> None:
    """Reopened since, or merged into another company: the contract row stands (the
    command held it to a won deal of its company when it was recorded)."""
    contract = {"id": uuid.uuid4(), "account_id": uuid.uuid4(),
                "opportunity_id": uuid.uuid4(), "number": "C-1", "signed_on": TODAY,
                "amount": 100, "currency": "CNY", "term_months": 12, "ends_on": None,
                "deleted": False}
    for deal in (DealRef(contract["account_id"], "CNY", PROPOSAL),
                 DealRef(uuid.uuid4(), "CNY", WON)):
        assert row_problems("contracts", contract, Facts(deal=deal)) == []
    assert row_problem("contracts", contract | {"amount": 0}, Facts()) == (
        "The contract amount must be more than zero.")
