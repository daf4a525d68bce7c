"""The review's pipeline panel: deals by stage (open, and won and lost in the period),
each stage's largest open deals as the board lists them, and what changed since a
chosen day.

Deals are those of the scope (its team's, or everyone's; its rep's when it names one) in
the scope's currency, live and of live accounts, as the deal lists show them; their
figures (weighted, days in stage, stuck, slips) by crmdesk.domain.deals, what changed by
crmdesk.domain.pipeline_changes. The figures are summed in the database (tens of
thousands of open deals at 100k accounts: read one by one into Python they took
seconds): the stages grouped by stage and day entered, the changes by the rules in their
SQL form (`movement_clauses`); only the board's deals are read whole.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, tzinfo
from typing import Any

from sqlalchemy import (
    CTE,
    ColumnElement,
    Integer,
    String,
    and_,
    case,
    func,
    literal_column,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy import cast as sa_cast
from sqlalchemy.orm import Session

from crmdesk.domain import deals as rules
from crmdesk.domain import pipeline_changes as moves
from crmdesk.domain.deals import STAGE_LABELS, OpportunityStage
from crmdesk.domain.local_time import day_start
from crmdesk.domain.report import (
    Behind,
    Cell,
    Chart,
    ChartKind,
    Column,
    JoinedIds,
    Panel,
    ReviewScope,
    Row,
    Table,
)
from crmdesk.store.models import DealChange, Opportunity
from crmdesk.store.review.deal_facts import (
    DealFact,
    Raw,
    deal_conditions,
    live_deals,
    rows,
    stuck_clause,
    weighted_amount,
)
from crmdesk.store.review.scope_sql import currencies_note

_CLOSED = (OpportunityStage.WON, OpportunityStage.LOST)


#: The board lists this many open deals of each stage, the largest by weighted amount
#: (tens of thousands of cards are no board); a stage's bar opens all of them.
BOARD_LIMIT = 100


def figures(session: Session, scope: ReviewScope) -> Panel:
    """The pipeline panel for `scope`."""
    owners = None if scope.rep_id is None else (scope.rep_id,)
    sums, elsewhere = _stage_sums(session, scope, owners)
    return Panel("pipeline", "Pipeline", (
        stage_table(sums, scope, elsewhere),
        deal_list(session, scope, owners, elsewhere,
                  total=sum(sums[stage].deals for stage in rules.OPEN_ORDER)),
        changes(session, scope, owners, elsewhere)))


@dataclass
class _Stage:
    deals: int = 0
    amount: int = 0
    weighted: int = 0
    days: int = 0       # days in stage added up, over `dated` deals
    dated: int = 0
    stuck: int = 0
    joined: list[str] = field(default_factory=list)  # each group's ids, as joined


def _stage_sums(session: Session, scope: ReviewScope, owners: Sequence[uuid.UUID] | None
                ) -> tuple[dict[OpportunityStage, _Stage], list[str]]:
    """Each stage's deals summed in the database: the open ones now, won and lost closed
    in the period; and the currencies of the scope's live deals other than its own (left
    out). One read, grouped by currency, stage and the day the deal entered the stage (a
    few hundred days), so the days in stage are the rule's (rules.days_in_stage)."""
    out = {stage: _Stage() for stage in rules.ORDER}
    others: set[str] = set()
    raw = Raw()
    entered = func.coalesce(Opportunity.stage_since, Opportunity.created_on)
    stuck = stuck_clause(session, scope.today)
    for (currency, stage_text, entered_text, count, amount, weighted, stuck_count,
         joined) in rows(session, select(
            Opportunity.currency, raw.text(Opportunity.stage), raw.text(entered), func.count(),
            func.sum(func.coalesce(Opportunity.amount, 0)), func.sum(weighted_amount()),
            func.sum(case((stuck, 1), else_=0)),
            # the ids in one text a group: a row a deal would cost more than the figures
            func.group_concat(raw.text(Opportunity.id), ","))
            .where(*deal_conditions(stages=rules.ORDER, team_id=scope.team_id,
                                    owner_ids=owners, currency=None, closed_between=None),
                   or_(Opportunity.currency != scope.currency,
                       Opportunity.stage.in_([s.value for s in rules.OPEN_ORDER]),
                       and_(Opportunity.closed_on >= scope.start,
                            Opportunity.closed_on <= scope.end)))
            .group_by(Opportunity.currency, Opportunity.stage, entered)):
        if currency != scope.currency:
            others.add(currency)
            continue
        into = out[raw.stage(stage_text)]
        into.deals += count
        into.amount += int(amount or 0)
        into.weighted += int(weighted or 0)
        into.stuck += int(stuck_count or 0)
        days = rules.days_in_stage(raw.day(entered_text), None, scope.today)
        if days is not None:
            into.days += days * count
            into.dated += count
        into.joined.append(joined)
    return out, sorted(others)


def by_stage(session: Session, scope: ReviewScope, owners: Sequence[uuid.UUID] | None,
             elsewhere: Sequence[str] = ()) -> Table:
    """One row per open stage, in order, then won and lost closed in the period: how
    many deals, their amount and weighted amount, their average days in the stage (open
    stages) and how many are stuck."""
    sums, found = _stage_sums(session, scope, owners)
    return stage_table(sums, scope, elsewhere or found)


def stage_table(sums: dict[OpportunityStage, _Stage], scope: ReviewScope,
                elsewhere: Sequence[str] = ()) -> Table:
    """`by_stage`'s table of the stages' sums."""
    out = []
    for stage in rules.ORDER:
        of = sums[stage]
        average = round(of.days / of.dated) if of.dated and stage not in _CLOSED else None
        out.append(Row((STAGE_LABELS[stage], of.deals, of.amount, of.weighted, average,
                        of.stuck), JoinedIds.of(of.joined)))
    return Table(
        "pipeline.by_stage", "Deals by stage",
        (Column("stage", "Stage", Cell.TEXT), Column("deals", "Deals", Cell.COUNT),
         Column("amount", "Amount", Cell.MONEY), Column("weighted", "Weighted", Cell.MONEY),
         Column("days", "Avg. days in stage", Cell.DAYS),
         Column("stuck", "Stuck", Cell.COUNT)),
        tuple(out), scope.currency, Behind.DEALS,
        Chart(ChartKind.BAR, "stage", ("amount", "weighted")),
        f"Open deals now; won and lost closed {scope.start.isoformat()} to "
        f"{scope.end.isoformat()}." + currencies_note(elsewhere, scope.currency, "Deals"))


def board_deals(session: Session, scope: ReviewScope, owners: Sequence[uuid.UUID] | None,
                limit: int = BOARD_LIMIT) -> list[DealFact]:
    """The open deals the board lists: each stage's `limit` largest by weighted amount
    (then by id, so the same ones each time), with their figures."""
    narrow = deal_conditions(stages=rules.OPEN_STAGES, team_id=scope.team_id,
                             owner_ids=owners, currency=scope.currency, closed_between=None)
    # each stage's first `limit` on their own (SQLite keeps the top ones as it reads: a
    # fifth of the time of ranking every open deal in a window at 100k accounts)
    tops = [select(Opportunity.id).where(*narrow, Opportunity.stage == stage.value)
            .order_by(weighted_amount().desc(), Opportunity.id).limit(limit).subquery()
            for stage in rules.OPEN_ORDER]
    # the ids first, once (live_deals reads the deals, then their slips, by them)
    top = list(session.scalars(union_all(*(select(t.c.id) for t in tops))))
    return live_deals(session, scope.today, team_id=scope.team_id, owner_ids=owners,
                      currency=scope.currency, slips=True, among=top)


def deal_list(session: Session, scope: ReviewScope, owners: Sequence[uuid.UUID] | None,
              elsewhere: Sequence[str] = (), *, total: int | None = None,
              limit: int = BOARD_LIMIT) -> Table:
    """The board's cards: each stage's `limit` largest open deals by weighted amount, by
    stage then soonest close; `total` (the scope's open deals) is said in the note."""
    open_deals = board_deals(session, scope, owners, limit)
    shown = (f"The {limit} largest open deals of each stage by weighted amount"
             + (f" ({len(open_deals):,} of {total:,}); " if total is not None else "; ")
             + "a stage's bar in Deals by stage opens all of them. ")
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
        shown + "Stuck: no stage change for longer than the team's limit, or the close date has "
        "passed; slipping: its close date was pushed out."
        + currencies_note(elsewhere, scope.currency, "Deals"))


def changes(session: Session, scope: ReviewScope, owners: Sequence[uuid.UUID] | None,
            elsewhere: Sequence[str] = ()) -> Table:
    """What changed since `scope.since` (the period's start when unset): the deals new,
    advanced, moved back, of a larger or smaller amount, whose close was pushed, won
    and lost, each counted once a kind by its net movement, with their amounts now.
    Counted in the database by `movement_clauses` (crmdesk.domain.pipeline_changes's
    rules in SQL), over each deal's values then from its first changes since."""
    since = scope.since or scope.start
    clauses = movement_clauses()
    narrow = deal_conditions(stages=rules.ORDER, team_id=scope.team_id, owner_ids=owners,
                             currency=scope.currency, closed_between=None)
    moved = _moved_deals(since, narrow, narrowed=scope.team_id is not None or bool(owners),
                         zone=scope.zone)
    raw = Raw()
    # the deals grouped by which movements they went through (a few dozen groups): each
    # rule worked out once a deal, each group's sums once
    flags = [case((clauses[m](moved.c), 1), else_=0) for m in moves.MOVEMENT_ORDER]
    counted: dict[moves.Movement, tuple[int, int, list[str]]] = {
        m: (0, 0, []) for m in moves.MOVEMENT_ORDER}
    for *went, count, amount, joined in rows(session, select(
            *flags, func.count(), func.sum(func.coalesce(moved.c.amount, 0)),
            func.group_concat(raw.text(moved.c.id), ",")).group_by(*flags)):
        for m, flag in zip(moves.MOVEMENT_ORDER, went, strict=True):
            if flag:
                deals, total, behind = counted[m]
                counted[m] = (deals + count, total + int(amount or 0), [*behind, joined])
    return Table(
        "pipeline.changes", f"Changes since {since.isoformat()}",
        (Column("change", "Change", Cell.TEXT), Column("deals", "Deals", Cell.COUNT),
         Column("amount", "Amount now", Cell.MONEY)),
        tuple(Row((moves.MOVEMENT_LABELS[m], counted[m][0], counted[m][1]),
                  JoinedIds.of(counted[m][2])) for m in moves.MOVEMENT_ORDER),
        scope.currency, Behind.DEALS, None,
        f"Each deal by its net movement from {since.isoformat()} to now: its stage, amount "
        "and close date then against now, so a deal moved forward and back again has not "
        "moved; a deal counts once in each row."
        + currencies_note(elsewhere, scope.currency, "Deals"))


def _moved_deals(since: date, narrow: Sequence[ColumnElement[bool]], *,
                 narrowed: bool = False, zone: tzinfo | None = None) -> CTE:
    """The deals of `narrow` made since `since` or changed since then: id, stage, amount,
    close (as stored), whether made since (`new`), and their values then
    (`moves.state_then`: `stage_then`, `amount_then`, `close_then`). `narrowed` (a
    team's, a rep's): the changes read are those of the deals of `narrow` alone. `since` is
    a day of `zone`'s calendar (None: the laptop's), its changes those from its start."""
    since_at = day_start(since, zone)
    # the first kept change of each field of each deal since then, in one pass grouped
    # by deal over ix_deal_changes_changed_at (covering): the least "when id|value" of
    # the field's changes, when and id ordering them as the history lists them, the
    # value (the old one; the new one when it had none: the value it started from)
    # after the "|". Grouped by "+deal" so SQLite reads the day's range and sorts it,
    # not every change in the deal index's order.
    firsts = {}
    for f in rules.DealField:
        firsts[f] = func.min(case((
            DealChange.field == literal_column(f"'{f.value}'"),
            type_coerce(DealChange.changed_at, String) + type_coerce(DealChange.id, String)
            + "|" + func.coalesce(DealChange.old_value, DealChange.new_value, "")))
        ).label(f"{f.value}_first")
    deal: ColumnElement[Any] = literal_column(f"+{DealChange.__tablename__}.opportunity_id")
    ours = ([deal.in_(select(Opportunity.id).where(*narrow))] if narrowed else [])
    thens = (select(DealChange.opportunity_id.label("deal"), *firsts.values())
             # the scope's deals' alone, checked against their set as the day's changes
             # are read ("+": not looked up deal by deal)
             .where(DealChange.deleted.is_(False), DealChange.changed_at >= since_at, *ours)
             .group_by(deal)
             .cte("thens").prefix_with("MATERIALIZED"))

    def then(f: rules.DealField, now: Any) -> Any:
        packed = thens.c[f"{f.value}_first"]
        value = func.nullif(func.substr(packed, func.instr(packed, "|") + 1), "")
        return case((packed.is_not(None),
                     sa_cast(value, Integer) if f is rules.DealField.AMOUNT else value),
                    else_=now)

    close = type_coerce(Opportunity.expected_close, String)
    now = (Opportunity.id, Opportunity.stage, Opportunity.amount, close.label("expected_close"),
           and_(Opportunity.created_on.is_not(None),
                Opportunity.created_on >= since).label("new"))
    # the deals changed since, looked up by their ids; then those made since and not
    # changed, their values then those now. Worked out once (materialized), then read by
    # each rule (SQLite would repeat the text work in each).
    changed = (select(*now, then(rules.DealField.STAGE, Opportunity.stage).label("stage_then"),
                      then(rules.DealField.AMOUNT, Opportunity.amount).label("amount_then"),
                      then(rules.DealField.EXPECTED_CLOSE, close).label("close_then"))
               .select_from(thens).join(Opportunity, Opportunity.id == thens.c.deal)
               .where(*narrow))
    made = (select(*now, Opportunity.stage.label("stage_then"),
                   Opportunity.amount.label("amount_then"), close.label("close_then"))
            .where(*narrow, Opportunity.created_on >= since,
                   Opportunity.id.not_in(select(thens.c.deal))))
    return union_all(changed, made).cte("moved").prefix_with("MATERIALIZED")


def movement_clauses() -> dict[moves.Movement, Callable[[Any], ColumnElement[bool]]]:
    """`moves.movements(then, now, new=...)` in SQL: for each movement, the condition on a
    row of `_moved_deals` (its values now and then) that the deal went through it."""
    stage_rank = {s.value: i for i, s in enumerate(rules.OPEN_ORDER)}
    open_values = [s.value for s in rules.OPEN_ORDER]

    def rank(value: Any) -> Any:
        return case(*((value == literal_column(f"'{k}'"), i) for k, i in stage_rank.items()),
                    else_=None)

    def closed_as(stage: OpportunityStage) -> Callable[[Any], ColumnElement[bool]]:
        def clause(c: Any) -> ColumnElement[bool]:
            return and_(c.stage == stage.value,
                        or_(c.new.is_(True), c.stage_then.is_distinct_from(stage.value)))
        return clause

    def moved(c: Any) -> ColumnElement[bool]:
        return and_(c.stage.in_(open_values), c.stage_then.is_not(None),
                    c.stage_then != c.stage)

    return {
        moves.Movement.NEW: lambda c: c.new.is_(True),
        moves.Movement.ADVANCED: lambda c: and_(
            moved(c), c.stage_then.in_(open_values), rank(c.stage) > rank(c.stage_then)),
        moves.Movement.MOVED_BACK: lambda c: and_(moved(c), or_(
            c.stage_then.not_in(open_values), rank(c.stage) < rank(c.stage_then))),
        moves.Movement.AMOUNT_UP: lambda c: and_(
            c.amount_then.is_not(None), c.amount.is_not(None), c.amount > c.amount_then),
        moves.Movement.AMOUNT_DOWN: lambda c: and_(
            c.amount_then.is_not(None), c.amount.is_not(None), c.amount < c.amount_then),
        moves.Movement.PUSHED: lambda c: and_(
            c.close_then.is_not(None), c.expected_close.is_not(None),
            c.expected_close > c.close_then),
        moves.Movement.WON: closed_as(OpportunityStage.WON),
        moves.Movement.LOST: closed_as(OpportunityStage.LOST),
    }
