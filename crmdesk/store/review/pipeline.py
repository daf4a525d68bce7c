"""The review's pipeline panel: deals by stage (open, and won and lost in the period),
every open deal as the board lists it, and what changed since a chosen day.

Deals are those of the scope (its team's, or everyone's; its rep's when it names one) in
the scope's currency, live and of live accounts, as the deal lists show them; their
figures (weighted, days in stage, stuck, slips) by crmdesk.domain.deals, what changed by
crmdesk.domain.pipeline_changes.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, time

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from crmdesk.domain import deals as rules
from crmdesk.domain import pipeline_changes as moves
from crmdesk.domain.deals import STAGE_LABELS, Change, OpportunityStage
from crmdesk.domain.report import (
    Behind,
    Cell,
    Chart,
    ChartKind,
    Column,
    Panel,
    ReviewScope,
    Row,
    Table,
)
from crmdesk.store.models import Account, DealChange, Opportunity
from crmdesk.store.review.deal_facts import DealFact, Raw, deal_conditions, live_deals, rows

_CLOSED = (OpportunityStage.WON, OpportunityStage.LOST)


def figures(session: Session, scope: ReviewScope) -> Panel:
    """The pipeline panel for `scope`."""
    owners = None if scope.rep_id is None else (scope.rep_id,)
    open_deals = live_deals(session, scope.today, team_id=scope.team_id, owner_ids=owners,
                            currency=scope.currency, slips=True)
    closed = live_deals(session, scope.today, stages=_CLOSED, team_id=scope.team_id,
                        owner_ids=owners, currency=scope.currency,
                        closed_between=(scope.start, scope.end))
    elsewhere = _other_currencies(session, scope, owners)
    return Panel("pipeline", "Pipeline", (
        by_stage(open_deals, closed, scope, elsewhere),
        deal_list(open_deals, scope, elsewhere),
        changes(session, scope, owners, elsewhere)))


def _other_currencies(session: Session, scope: ReviewScope,
                      owners: Sequence[uuid.UUID] | None) -> list[str]:
    """The currencies of the scope's live deals other than the scope's own."""
    return sorted(c for c in session.scalars(
        select(Opportunity.currency).distinct()
        .join(Account, Account.id == Opportunity.account_id)
        .where(*deal_conditions(stages=rules.ORDER, team_id=scope.team_id, owner_ids=owners,
                                currency=None, closed_between=None),
               Opportunity.currency != scope.currency)))


def _currency_note(elsewhere: Sequence[str]) -> str:
    return (f" Deals in {', '.join(elsewhere)} are not counted (no exchange rates)."
            if elsewhere else "")


def by_stage(open_deals: Sequence[DealFact], closed: Sequence[DealFact], scope: ReviewScope,
             elsewhere: Sequence[str] = ()) -> Table:
    """One row per open stage, in order, then won and lost closed in the period: how
    many deals, their amount and weighted amount, their average days in the stage (open
    stages) and how many are stuck."""
    rows = []
    for stage in rules.ORDER:
        deals = [d for d in (closed if stage in _CLOSED else open_deals) if d.stage is stage]
        days = [d.days_in_stage for d in deals if d.days_in_stage is not None]
        average = round(sum(days) / len(days)) if days and stage not in _CLOSED else None
        rows.append(Row((STAGE_LABELS[stage], len(deals), sum(d.amount or 0 for d in deals),
                         sum(d.weighted for d in deals), average,
                         sum(d.stuck is not None for d in deals)),
                        tuple(d.id for d in deals)))
    return Table(
        "pipeline.by_stage", "Deals by stage",
        (Column("stage", "Stage", Cell.TEXT), Column("deals", "Deals", Cell.COUNT),
         Column("amount", "Amount", Cell.MONEY), Column("weighted", "Weighted", Cell.MONEY),
         Column("days", "Avg. days in stage", Cell.DAYS),
         Column("stuck", "Stuck", Cell.COUNT)),
        tuple(rows), scope.currency, Behind.DEALS,
        Chart(ChartKind.BAR, "stage", ("amount", "weighted")),
        f"Open deals now; won and lost closed {scope.start.isoformat()} to "
        f"{scope.end.isoformat()}." + _currency_note(elsewhere))


def deal_list(open_deals: Sequence[DealFact], scope: ReviewScope,
              elsewhere: Sequence[str] = ()) -> Table:
    """Every open deal, by stage then soonest close: the board's cards."""
    return Table(
        "pipeline.deals", "Open deals",
        (Column("deal", "Deal", Cell.TEXT), Column("account", "Account", Cell.TEXT),
         Column("owner", "Owner", Cell.TEXT), Column("stage", "Stage", Cell.TEXT),
         Column("amount", "Amount", Cell.MONEY),
         Column("probability", "Probability", Cell.PERCENT),
         Column("weighted", "Weighted", Cell.MONEY),
         Column("expected_close", "Expected close", Cell.DATE),
         Column("days", "Days in stage", Cell.DAYS), Column("flag", "Needs a look", Cell.TEXT)),
        tuple(Row((d.name, d.account, d.owner or "Pool", STAGE_LABELS[d.stage], d.amount,
                   d.probability / 100, d.weighted, d.expected_close, d.days_in_stage,
                   moves.deal_flag(d.stuck, d.days_in_stage, d.stuck_limit, d.slip)),
                  (d.id,)) for d in open_deals),
        scope.currency, Behind.DEALS, None,
        "Stuck: no stage change for longer than the team's limit, or the close date has "
        "passed; slipping: its close date was pushed out." + _currency_note(elsewhere))


def changes(session: Session, scope: ReviewScope, owners: Sequence[uuid.UUID] | None,
            elsewhere: Sequence[str] = ()) -> Table:
    """What changed since `scope.since` (the period's start when unset): the deals new,
    advanced, moved back, of a larger or smaller amount, whose close was pushed, won
    and lost, each counted once a kind by its net movement, with their amounts now."""
    since = scope.since or scope.start
    since_at = datetime.combine(since, time.min)
    narrow = deal_conditions(stages=rules.ORDER, team_id=scope.team_id, owner_ids=owners,
                             currency=scope.currency, closed_between=None)
    raw = Raw()
    changed = select(DealChange.opportunity_id).where(DealChange.deleted.is_(False),
                                                      DealChange.changed_at >= since_at)
    now = list(rows(session, select(
        raw.text(Opportunity.id), raw.text(Opportunity.stage), Opportunity.amount,
        raw.text(Opportunity.expected_close), raw.text(Opportunity.created_on))
        .join(Account, Account.id == Opportunity.account_id)
        .where(*narrow, or_(Opportunity.created_on >= since,
                            Opportunity.id.in_(changed)))))
    # the first kept change of each field of each deal since then: the values it had
    number = func.row_number().over(
        partition_by=(DealChange.opportunity_id, DealChange.field),
        order_by=(DealChange.changed_at, DealChange.id)).label("n")
    firsts = (select(raw.text(DealChange.opportunity_id).label("deal"),
                     raw.text(DealChange.field).label("field"), DealChange.old_value,
                     DealChange.new_value, number)
              # every deal's (read by the day alone): those out of scope are not asked
              .where(DealChange.deleted.is_(False), DealChange.changed_at >= since_at)
              .subquery())
    first: dict[str, dict[rules.DealField, Change]] = {}
    for deal_id, field_text, old, new in rows(session, select(
            firsts.c.deal, firsts.c.field, firsts.c.old_value, firsts.c.new_value)
            .where(firsts.c.n == 1)):
        field = rules.DealField(field_text)
        first.setdefault(deal_id, {})[field] = Change(field, old, new)
    found: dict[moves.Movement, list[tuple[uuid.UUID, int]]] = {
        m: [] for m in moves.MOVEMENT_ORDER}
    for deal_id, stage, amount, expected, created in sorted(now, key=lambda r: r[0]):
        current = moves.DealState(raw.stage(stage), amount, raw.day(expected))
        then = moves.state_then(current, first.get(deal_id, {}))
        made = raw.day(created)
        for movement in moves.movements(then, current, new=made is not None and made >= since):
            found[movement].append((uuid.UUID(deal_id), amount or 0))
    return Table(
        "pipeline.changes", f"Changes since {since.isoformat()}",
        (Column("change", "Change", Cell.TEXT), Column("deals", "Deals", Cell.COUNT),
         Column("amount", "Amount now", Cell.MONEY)),
        tuple(Row((moves.MOVEMENT_LABELS[m], len(found[m]), sum(a for _i, a in found[m])),
                  tuple(i for i, _a in found[m])) for m in moves.MOVEMENT_ORDER),
        scope.currency, Behind.DEALS, None,
        f"Each deal by its net movement from {since.isoformat()} to now: its stage, amount "
        "and close date then against now, so a deal moved forward and back again has not "
        "moved; a deal counts once in each row." + _currency_note(elsewhere))
