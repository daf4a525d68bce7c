"""The deal editor's save (crmdesk.app.deals.save_deal) and a lead's playbook save, on a
real SQLite workspace: only the edited fields are written, a stage move past unmet
conditions saves nothing until confirmed, and a refused save keeps nothing."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from crmdesk.app import deals
from crmdesk.app.changes import DEALS
from crmdesk.app.context import Context
from crmdesk.domain.deals import Condition, Line, OpportunityStage, StageRules
from crmdesk.secrets import MemoryStore
from crmdesk.store import deal_queries as dq
from crmdesk.store import queries as q
from crmdesk.store.db import Store
from crmdesk.store.deal_writes import DealEdit
from crmdesk.store.journal import pending_count
from crmdesk.store.models import DealChange, Opportunity, Product, Role, StageSetting, User
from crmdesk.store.refusals import Refused
from tests.conftest import TODAY

Q, NEEDS, PROPOSAL, LOST = (OpportunityStage.QUALIFY, OpportunityStage.NEEDS,
                            OpportunityStage.PROPOSAL, OpportunityStage.LOST)
SEAT = uuid.UUID(int=1)


@pytest.fixture
def ctx(empty: Store, world: dict[str, uuid.UUID]) -> Context:
    with empty.session.begin() as s:
        s.add(Product(id=SEAT, name="Seat", sku="S-1", list_price=100_00))
        s.add(User(username="lead", display_name="Lee Lead", role=Role.LEAD,
                   team_id=world["team"]))
    with empty.session() as s:
        rep = q.user_by_id(s, world["rep"])
    secrets = MemoryStore()
    return Context(empty, rep, "CN", lambda: TODAY, lambda: secrets)


def _new(ctx: Context, acme: uuid.UUID, **fields: object) -> uuid.UUID:
    given: dict[str, object] = {"name": "Fleet rollout", "amount": 50_000_00,
                                "expected_close": TODAY + timedelta(days=30)}
    given.update(fields)
    saved = deals.save_deal(ctx, acme, None, DealEdit(given)).value
    assert saved.deal_id is not None
    return saved.deal_id


def _state(store: Store) -> tuple[int, int, int]:
    """Deals, history rows and outbox entries: what a save that keeps nothing leaves."""
    with store.session() as s:
        return (s.scalar(select(func.count()).select_from(Opportunity)) or 0,
                s.scalar(select(func.count()).select_from(DealChange)) or 0,
                pending_count(s))


def _deal(store: Store, deal_id: uuid.UUID) -> Opportunity:
    with store.session() as s:
        deal = s.get(Opportunity, deal_id)
        assert deal is not None
        s.expunge(deal)
        return deal


def test_only_the_edited_fields_are_written(ctx: Context, world: dict[str, uuid.UUID]) -> None:
    deal_id = _new(ctx, world["acme"], next_step="Call IT")
    # meanwhile a sync brings a colleague's amount: the editor never touched it
    deals.save_deal(ctx, world["acme"], deal_id, DealEdit({"amount": 65_000_00}))
    done = deals.save_deal(ctx, world["acme"], deal_id,
                           DealEdit({"next_step": "Send the proposal"}))
    assert done.value.deal_id == deal_id and DEALS in done.changes.what
    deal = _deal(ctx.store, deal_id)
    assert (deal.next_step, deal.amount, deal.name) == ("Send the proposal", 65_000_00,
                                                        "Fleet rollout")
    before = _state(ctx.store)
    left_alone = deals.save_deal(ctx, world["acme"], deal_id, DealEdit())
    assert left_alone.value.deal_id == deal_id and left_alone.changes.empty
    assert _state(ctx.store) == before


def test_a_move_past_unmet_conditions_keeps_nothing_until_confirmed(
        ctx: Context, world: dict[str, uuid.UUID]) -> None:
    deal_id = _new(ctx, world["acme"], amount=None)
    before = _state(ctx.store)
    edit = DealEdit({"stage": PROPOSAL, "next_step": "Demo on Monday", "probability": 40})
    asked = deals.save_deal(ctx, world["acme"], deal_id, edit)
    assert asked.value.deal_id is None and asked.changes.empty
    assert [u.condition for u in asked.value.unmet][:2] == [Condition.AMOUNT,
                                                            Condition.DECISION_MAKER]
    # the next step typed in the same form counts: it is not named
    assert Condition.NEXT_STEP not in {u.condition for u in asked.value.unmet}
    assert _state(ctx.store) == before
    deal = _deal(ctx.store, deal_id)
    assert (deal.stage, deal.next_step) == (Q, None)
    done = deals.save_deal(ctx, world["acme"], deal_id, edit, confirmed=True)
    assert done.value.deal_id == deal_id
    deal = _deal(ctx.store, deal_id)
    # the typed probability stands over the stage's default (50)
    assert (deal.stage, deal.next_step, deal.probability) == (PROPOSAL, "Demo on Monday", 40)


def test_a_stage_change_alone_takes_the_stages_default(
        ctx: Context, world: dict[str, uuid.UUID]) -> None:
    deal_id = _new(ctx, world["acme"])
    deals.save_deal(ctx, world["acme"], deal_id, DealEdit({"stage": NEEDS}), confirmed=True)
    assert _deal(ctx.store, deal_id).probability == 25


def test_lost_needs_a_reason_and_a_refused_save_keeps_nothing(
        ctx: Context, world: dict[str, uuid.UUID]) -> None:
    deal_id = _new(ctx, world["acme"])
    before = _state(ctx.store)
    with pytest.raises(Refused, match="Say why the deal was lost"):
        deals.save_deal(ctx, world["acme"], deal_id,
                        DealEdit({"stage": LOST, "next_step": "gone"}))
    assert _state(ctx.store) == before
    assert _deal(ctx.store, deal_id).next_step is None
    deals.save_deal(ctx, world["acme"], deal_id,
                    DealEdit({"stage": LOST, "loss_reason": "Chose a rival"}))
    deal = _deal(ctx.store, deal_id)
    assert (deal.stage, deal.loss_reason, deal.probability) == (LOST, "Chose a rival", 0)


def test_lines_with_the_amount_following_them(ctx: Context,
                                              world: dict[str, uuid.UUID]) -> None:
    deal_id = _new(ctx, world["acme"], amount=None)
    deals.save_deal(ctx, world["acme"], deal_id,
                    DealEdit(lines=(Line(SEAT, 12, 90_00),), amount_follows=True))
    deal = _deal(ctx.store, deal_id)
    assert (deal.amount, deal.amount_from_lines) == (1080_00, True)
    # a typed amount stops it following
    deals.save_deal(ctx, world["acme"], deal_id,
                    DealEdit({"amount": 2000_00}, (Line(SEAT, 15, 90_00),), False))
    deal = _deal(ctx.store, deal_id)
    assert (deal.amount, deal.amount_from_lines) == (2000_00, False)
    # a new deal with lines and no amount: the lines' total
    second = _new(ctx, world["acme"], amount=None)
    assert _deal(ctx.store, second).amount is None
    third = deals.save_deal(ctx, world["acme"], None, DealEdit(
        {"name": "Seats"}, (Line(SEAT, 3, 100_00),), True)).value.deal_id
    assert third is not None and _deal(ctx.store, third).amount == 300_00


def test_a_playbook_save_is_all_or_nothing_and_a_leads_only(
        ctx: Context, world: dict[str, uuid.UUID]) -> None:
    with ctx.store.session() as s:
        lead = q.user_by_name(s, "lead")
    lead_ctx = Context(ctx.store, lead, "CN", lambda: TODAY, ctx.secrets)
    with pytest.raises(Refused, match="probability goes from 0 to 100"):
        deals.set_playbook(lead_ctx, {Q: StageRules(20, 10), NEEDS: StageRules(120, 10)})
    with pytest.raises(Refused, match="Only a team lead"):
        deals.set_playbook(ctx, {Q: StageRules(20, 10)})
    with ctx.store.session() as s:
        assert s.scalar(select(func.count()).select_from(StageSetting)) == 0
    done = deals.set_playbook(lead_ctx, {Q: StageRules(20, 10, "Qualify hard"),
                                         NEEDS: StageRules(30, 45)})
    assert not done.changes.empty
    with ctx.store.session() as s:
        book = dq.playbook_for(s, world["team"])
    assert (book[Q].probability, book[Q].todo, book[NEEDS].stuck_days) == (20, "Qualify hard",
                                                                           45)
