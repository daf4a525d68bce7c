"""The review's pipeline panel: deals by stage (open, and won and lost in the period),
each stage's largest open deals as the board lists them, and what changed since a
chosen day.

Deals are those of the scope (its team's, or everyone's; its rep's when it names one) in
the scope's currency, live and of live accounts, as the deal lists show them; their
figures (weighted, days in stage, stuck, slips) by crmdesk.domain.deals, what changed by
crmdesk.domain.pipeline_changes. The figures are summed in the database (tens of
thousands of open deals at 100k accounts: read one by one into Python they took
seconds): the stages grouped by stage, day entered and team; the changes each deal's
first of a field since the day (found by the laptop's facts, crmdesk.store.flow), each
counted in its kind's sums as it is read, its kind worked out by the rules written as
SQL from crmdesk.domain's (`stage_kind`); only the board's deals are read whole.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, tzinfo
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    case,
    func,
    literal,
    literal_column,
    or_,
    select,
    true,
    union,
    union_all,
)
from sqlalchemy import cast as sa_cast
from sqlalchemy.orm import Session

from crmdesk.domain import deals as rules
from crmdesk.domain import pipeline_changes as moves
from crmdesk.domain.deals import STAGE_LABELS, OpportunityStage, StageRules
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
from crmdesk.domain.words import Sentences, Worded, tr_noop
from crmdesk.store import flow
from crmdesk.store.deal_queries import playbook_for
from crmdesk.store.models import DealChange, Opportunity
from crmdesk.store.review.deal_facts import (
    DealFact,
    Raw,
    deal_conditions,
    live_deals,
    rows,
    weighted_amount,
)
from crmdesk.store.review.scope_sql import currencies_note

_CLOSED = (OpportunityStage.WON, OpportunityStage.LOST)
#: What the notes call the deals left out in other currencies.
_DEALS = Worded(tr_noop("Deals"))
#: The owner of a deal of the team's pool, in the board's list.
_POOL = Worded(tr_noop("Pool"))


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
    out). The open ones grouped by stage and the day the deal entered it (a few hundred
    days), so the days in stage are the rule's (rules.days_in_stage): read in that order
    from ix_opportunities_stage_days, no sort; the closed ones of the period from
    ix_opportunities_closed; the other currencies from ix_opportunities_currency_used."""
    out = {stage: _Stage() for stage in rules.ORDER}
    raw = Raw()
    entered = func.coalesce(Opportunity.stage_since, Opportunity.created_on)
    # one rep's few thousand from ix_opportunities_owner_open (and sorted), not every
    # rep's open deals read in the stages' index for theirs: its currency left unindexed
    # the stages each read's own (open, or closed): not a list of every stage as well
    ours = deal_conditions(stages=None, team_id=scope.team_id, owner_ids=owners,
                           currency=scope.currency if owners is None else None,
                           closed_between=None)
    if owners is not None:
        ours.append(_unindexed(Opportunity.currency) == scope.currency)
    sums = (func.count(), func.sum(func.coalesce(Opportunity.amount, 0)),
            func.sum(weighted_amount()),
            # the deals whose close date has passed: stuck whatever their days
            func.sum(case((Opportunity.expected_close < scope.today, 1), else_=0)),
            # the ids in one text a group: a row a deal would cost more than the figures
            func.group_concat(raw.text(Opportunity.id), ","))
    # the terms of ix_opportunities_closed's WHERE, written the same
    closed: ColumnElement[bool] = literal_column("opportunities.stage").in_(
        [literal_column(f"'{s.value}'") for s in _CLOSED])
    books: dict[uuid.UUID | None, dict[OpportunityStage, StageRules]] = {}
    for stage_text, entered_text, team_text, count, amount, weighted, passed, joined in [
            # the open ones by the day they entered their stage and their team: the same
            # days, the same team's limit, so stuck in the stage (rules.stuck) or not
            *rows(session, select(raw.text(Opportunity.stage), raw.text(entered),
                                  raw.text(Opportunity.team_id), *sums)
                  .where(*ours, Opportunity.stage.in_([s.value for s in rules.OPEN_ORDER]))
                  .group_by(Opportunity.stage, entered, Opportunity.team_id)),
            # none closed is stuck: the index holds no more than these sums read
            *rows(session, select(raw.text(Opportunity.stage), literal(None), literal(None),
                                  *sums[:3], literal(0), sums[4])
                  .where(*ours, closed, Opportunity.closed_on >= scope.start,
                         Opportunity.closed_on <= scope.end)
                  .group_by(Opportunity.stage))]:
        stage = raw.stage(stage_text)
        into = out[stage]
        into.deals += count
        into.amount += int(amount or 0)
        into.weighted += int(weighted or 0)
        days = rules.days_in_stage(raw.day(entered_text), None, scope.today)
        if stage in rules.OPEN_STAGES:
            team = raw.uuid(team_text)
            if team not in books:
                books[team] = playbook_for(session, team)
            limit = books[team][stage].stuck_days
            stuck = rules.stuck(stage, days, None, scope.today, limit) is not None
            into.stuck += count if stuck else int(passed or 0)
        if days is not None:
            into.days += days * count
            into.dated += count
        into.joined.append(joined)
    # the index's expression word for word (lookup.currencies), below and above the
    # scope's (two ranges of it): the few deals in other currencies read, not every deal
    # (one rep's too: their owner left unindexed, or their every deal is read for it)
    code: ColumnElement[str] = literal_column("opportunities.currency || ''")
    anyone = deal_conditions(stages=rules.ORDER, team_id=scope.team_id, owner_ids=None,
                             currency=None, closed_between=None)
    if owners is not None:
        anyone.append(_unindexed(Opportunity.owner_id).in_(list(owners)))
    others = session.scalars(union(select(code).where(*anyone, code < scope.currency),
                                   select(code).where(*anyone, code > scope.currency))).all()
    return out, sorted(others)


def _unindexed(column: Any) -> Any:
    """`column` as SQLite reads it but never looks it up in an index by (unary +): so
    another term of the query chooses the index."""
    return literal_column(f"+{column.table.name}.{column.name}", column.type)


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
        # the database counted them: not counted again in megabytes of text
        out.append(Row((STAGE_LABELS[stage], of.deals, of.amount, of.weighted, average,
                        of.stuck), JoinedIds(",".join(j for j in of.joined if j), of.deals)))
    return Table(
        "pipeline.by_stage", tr_noop("Deals by stage"),
        (Column("stage", tr_noop("Stage"), Cell.TEXT),
         Column("deals", tr_noop("Deals"), Cell.COUNT),
         Column("amount", tr_noop("Amount"), Cell.MONEY),
         Column("weighted", tr_noop("Weighted"), Cell.MONEY),
         Column("days", tr_noop("Avg. days in stage"), Cell.DAYS),
         Column("stuck", tr_noop("Stuck"), Cell.COUNT)),
        tuple(out), scope.currency, Behind.DEALS,
        Chart(ChartKind.BAR, "stage", ("amount", "weighted")),
        Sentences(Worded(tr_noop("Open deals now; won and lost closed {0} to {1}."),
                         scope.start, scope.end),
                  currencies_note(elsewhere, scope.currency, _DEALS)))


def board_deals(session: Session, scope: ReviewScope, owners: Sequence[uuid.UUID] | None,
                limit: int = BOARD_LIMIT) -> list[DealFact]:
    """The open deals the board lists: each stage's `limit` largest by weighted amount
    (then by id, so the same ones each time), with their figures."""
    narrow = deal_conditions(stages=rules.OPEN_STAGES, team_id=scope.team_id,
                             owner_ids=owners, currency=scope.currency, closed_between=None)
    # each stage's first `limit` on their own, in the order of ix_opportunities_board:
    # its expression word for word (`weighted_amount` with its numbers written in, not
    # bound), so SQLite reads the first ones of the index, not every open deal
    weighted: ColumnElement[int] = literal_column(
        "coalesce(opportunities.amount, 0) * opportunities.probability / 100")
    tops = [select(Opportunity.id).where(*narrow, Opportunity.stage == stage.value)
            .order_by(weighted.desc(), Opportunity.id).limit(limit).subquery()
            for stage in rules.OPEN_ORDER]
    # read where the deals and their slips are (a look into the index a stage, each):
    # their ids read into Python and bound back, two hundred a read, cost more
    top = union_all(*(select(t.c.id) for t in tops))
    return live_deals(session, scope.today, team_id=scope.team_id, owner_ids=owners,
                      currency=scope.currency, slips=True, among=top)


def deal_list(session: Session, scope: ReviewScope, owners: Sequence[uuid.UUID] | None,
              elsewhere: Sequence[str] = (), *, total: int | None = None,
              limit: int = BOARD_LIMIT) -> Table:
    """The board's cards: each stage's `limit` largest open deals by weighted amount, by
    stage then soonest close; `total` (the scope's open deals) is said in the note."""
    open_deals = board_deals(session, scope, owners, limit)
    shown = (Worded(tr_noop("The {0} largest open deals of each stage by weighted amount "
                            "({1:,} of {2:,}); a stage's bar in Deals by stage opens all of "
                            "them."), limit, len(open_deals), total) if total is not None
             else Worded(tr_noop("The {0} largest open deals of each stage by weighted "
                                 "amount; a stage's bar in Deals by stage opens all of "
                                 "them."), limit))
    return Table(
        "pipeline.deals", tr_noop("Open deals"),
        (Column("deal", tr_noop("Deal"), Cell.TEXT),
         Column("account", tr_noop("Account"), Cell.TEXT),
         Column("owner", tr_noop("Owner"), Cell.TEXT), Column("stage", tr_noop("Stage"), Cell.TEXT),
         Column("amount", tr_noop("Amount"), Cell.MONEY),
         Column("probability", tr_noop("Probability"), Cell.PERCENT),
         Column("weighted", tr_noop("Weighted"), Cell.MONEY),
         Column("expected_close", tr_noop("Expected close"), Cell.DATE),
         Column("days", tr_noop("Days in stage"), Cell.DAYS),
         Column("flag", tr_noop("Needs a look"), Cell.TEXT)),
        tuple(Row((d.name, d.account, d.owner or _POOL, STAGE_LABELS[d.stage], d.amount,
                   d.probability / 100, d.weighted, d.expected_close, d.days_in_stage,
                   moves.deal_flag(d.stuck, d.days_in_stage, d.stuck_limit, d.slip)),
                  (d.id,)) for d in open_deals),
        scope.currency, Behind.DEALS, None,
        Sentences(shown, Worded(tr_noop("Stuck: no stage change for longer than the team's "
                                        "limit, or the close date has passed; slipping: its "
                                        "close date was pushed out.")),
                  currencies_note(elsewhere, scope.currency, _DEALS)))


def changes(session: Session, scope: ReviewScope, owners: Sequence[uuid.UUID] | None,
            elsewhere: Sequence[str] = ()) -> Table:
    """What changed since `scope.since` (the period's start when unset): the deals new,
    advanced, moved back, of a larger or smaller amount, whose close was pushed, won
    and lost, each counted once a kind by its net movement, with their amounts now.
    Counted in the database by kind (`movements`, `made_since`): each deal's first
    change of each field since then against the deal now, classified by
    crmdesk.domain.pipeline_changes's rules written as SQL (`stage_kind`), and the
    deals made since."""
    since = scope.since or scope.start
    counted: dict[moves.Movement, tuple[int, int, list[str]]] = {
        m: (0, 0, []) for m in moves.MOVEMENT_ORDER}

    def add(kind: str | None, count: int, amount: int | None, joined: str | None) -> None:
        if kind is None or not count:
            return  # the first changes that moved nothing (the made deals' row's)
        m = moves.Movement(kind)
        deals, total, behind = counted[m]
        counted[m] = (deals + count, total + int(amount or 0), [*behind, joined or ""])

    moved = next(rows(session, movements(since, team_id=scope.team_id, owner_ids=owners,
                                         currency=scope.currency, zone=scope.zone)))
    for at, kind in enumerate(_CHANGED):
        add(kind.value, *moved[3 * at:3 * at + 3])
    made = next(rows(session, made_since(since, team_id=scope.team_id, owner_ids=owners,
                                         currency=scope.currency)))
    for at, kind in enumerate((moves.Movement.NEW, moves.Movement.WON, moves.Movement.LOST)):
        add(kind.value, *made[3 * at:3 * at + 3])
    return Table(
        "pipeline.changes", Worded(tr_noop("Changes since {0}"), since),
        (Column("change", tr_noop("Change"), Cell.TEXT),
         Column("deals", tr_noop("Deals"), Cell.COUNT),
         Column("amount", tr_noop("Amount now"), Cell.MONEY)),
        tuple(Row((moves.MOVEMENT_LABELS[m], counted[m][0], counted[m][1]),
                  # the database counted them: not counted again in megabytes of text
                  JoinedIds(",".join(p for p in counted[m][2] if p), counted[m][0]))
              for m in moves.MOVEMENT_ORDER),
        scope.currency, Behind.DEALS, None,
        Sentences(Worded(tr_noop("Each deal by its net movement from {0} to now: its stage, "
                                 "amount and close date then against now, so a deal moved "
                                 "forward and back again has not moved; a deal counts once "
                                 "in each row."), since),
                  currencies_note(elsewhere, scope.currency, _DEALS)))


_STAGES = {s.value: s for s in OpportunityStage}
_CLOSED_MOVES = (moves.Movement.WON, moves.Movement.LOST)
#: A stage's value then that no stage has (`moves.stage_movement` reads it as none of
#: the open ones).
_NO_STAGE = "?"


@functools.cache
def _stage_moved(then: str | None, now: OpportunityStage, made: bool) -> str | None:
    """The movement (its value) of a deal's stage from `then` (a stored value) to `now`
    when its first stage change since reads `then`: `moves.stage_movement`'s, but won
    and lost of a deal made since are `made_since`'s."""
    stage = None if then is None else _STAGES.get(then, then)
    moved = moves.stage_movement(stage, now, new=made)  # type: ignore[arg-type]
    return None if moved is None or (made and moved in _CLOSED_MOVES) else moved.value


def stage_kind(then: ColumnElement[Any], now: ColumnElement[Any],
               made: ColumnElement[bool]) -> ColumnElement[Any]:
    """`_stage_moved` as SQL, written from it: for each stage now (and whether made
    since), each value then's movement (`then` as stored, '' for none; a value of no
    stage as `_NO_STAGE`'s), the ones alike as the CASE's ELSE; NULL: none. So the rule
    stays crmdesk.domain's and the database counts by kind (no row a group brought to
    Python). Each CASE compares its value, read once, with the stages (a CASE of
    conditions reads `then` again for each)."""
    values: tuple[str | None, ...] = (*(s.value for s in rules.ORDER), None)

    def by_then(made_since: bool, stage: OpportunityStage) -> ColumnElement[Any]:
        other = _stage_moved(_NO_STAGE, stage, made_since)
        found = {_text(v or ""): _code(k) for v in values
                 if (k := _stage_moved(v, stage, made_since)) != other}
        return case(found, value=then, else_=_code(other)) if found else _code(other)

    def of(stage: OpportunityStage) -> ColumnElement[Any]:
        if all(_stage_moved(v, stage, True) == _stage_moved(v, stage, False)
               for v in (*values, _NO_STAGE)):
            return by_then(False, stage)
        return case((made, by_then(True, stage)), else_=by_then(False, stage))

    return case({_text(s.value): of(s) for s in rules.ORDER}, value=now, else_=_code(None))


def _text(value: str | None) -> ColumnElement[Any]:
    """`value` written into the SQL (NULL for None)."""
    return literal_column("NULL" if value is None else f"'{value}'")


#: The movements a field's change makes (`movements`' columns, in this order), each
#: counted as its place here (a number compared faster than a text).
_CHANGED: tuple[moves.Movement, ...] = tuple(
    m for m in moves.MOVEMENT_ORDER if m is not moves.Movement.NEW)


def _code(kind: str | None) -> ColumnElement[Any]:
    """The movement `kind` (its value) as `movements` counts it (NULL: none)."""
    return literal_column("NULL" if kind is None else str(_CHANGED.index(moves.Movement(kind))))


def known_stage(stage: ColumnElement[Any]) -> ColumnElement[bool]:
    """`stage` is one of the stages (`stage IN (...)` in effect, NULL when not): as a
    CASE of its values, which SQLite compares in turn, where the list costs a lookup a
    row (two fifths of the read of a quarter's close-date changes at 100k accounts)."""
    clause: ColumnElement[bool] = case(
        {_text(s.value): literal_column("1") for s in rules.ORDER}, value=stage,
        else_=literal_column("NULL")) == literal_column("1")
    return clause


def _owners(field: rules.DealField) -> Any:
    """The owners (not none) of the deals whose kept changes of `field` are kept, found
    as ix_deal_changes_first_owner orders them: the first, then each one after the last
    found, a look into the index each (a dozen or so at 100k accounts), not a read of
    every change."""
    owner = flow.deal("deal_owner")
    kept = (DealChange.field == field, DealChange.deleted.is_(False))
    first = select(func.min(owner).label("owner")).where(*kept).cte(
        f"owners_{field.value}", recursive=True)
    after = select(func.min(owner)).where(*kept, owner > first.c.owner).scalar_subquery()
    return select(first.union_all(select(after).where(first.c.owner.is_not(None))).c.owner)


def movements(since: date, *, team_id: uuid.UUID | None,
              owner_ids: Sequence[uuid.UUID] | None, currency: str,
              zone: tzinfo | None = None) -> Select[Any]:
    """The live deals of the team (None: every team) and owners (None: anyone's) in
    `currency` that moved since `since` (a day of `zone`'s calendar, None: the
    laptop's; its changes those from its start) by a change of their stage, amount or
    close date, counted by kind: one row of, for each of `_CHANGED` in order, the deals,
    their amount now and their ids joined. The deals made since are `made_since`'s.

    A deal's value then of a field is read from its first change of that field since
    (`moves.state_then`): the change made since whose previous one was made before (the
    laptop's fact `prev_at`, crmdesk.store.flow), so the period's first changes are
    read without grouping the period's changes by deal, each with its deal now as the
    change carries it (its copy, the same facts): from ix_deal_changes_first_owner
    alone, a range of the field's changes since for each owner (the scope's, or every
    one's, `_owners`, and the pool's), no deal looked up. Each such change's kind is
    worked out as it is read and counted in its kind's sums (FILTER): no sort of tens
    of thousands of rows by kind, as a GROUP BY would (a third of the read)."""
    since_at = day_start(since, zone)
    raw = Raw()
    then = func.nullif(func.coalesce(DealChange.old_value, DealChange.new_value), "")
    stage_now = raw.text(flow.deal("deal_stage"))
    amount = flow.deal("deal_amount")
    owner = flow.deal("deal_owner")
    made = and_(flow.deal("deal_made").is_not(None), flow.deal("deal_made") >= since)

    def firsts(field: rules.DealField, kind: ColumnElement[Any],
               *moved: ColumnElement[bool]) -> list[Select[Any]]:
        """`field`'s first changes since, for each range of owners: (kind, amount now,
        deal)."""
        # the stage's kind is NULL at a stage of none; the others' deals at a stage
        # (`known_stage`)
        known = [] if field is rules.DealField.STAGE else [known_stage(stage_now)]
        common = [DealChange.field == field, DealChange.deleted.is_(False),
                  DealChange.changed_at >= since_at,
                  or_(flow.prev_at().is_(None), flow.prev_at() < since_at),
                  *flow.deal_conditions(stages=None, team_id=team_id,
                                        owner_ids=None, currency=currency), *known, *moved]
        ranges = ([owner.in_(list(owner_ids))] if owner_ids is not None
                  else [owner.in_(_owners(field)), owner.is_(None)])
        return [select(kind.label("kind"), func.coalesce(amount, 0).label("amount"),
                       raw.text(DealChange.opportunity_id).label("deal"))
                .where(among, *common) for among in ranges]

    def counted(parts: list[Select[Any]], kinds: Sequence[moves.Movement]
                ) -> dict[moves.Movement, list[Any]]:
        """The sums of each of `kinds` over the rows of `parts` (one row)."""
        found = union_all(*parts).subquery()
        sums = []
        for kind in kinds:
            of = found.c.kind == _code(kind.value)
            sums += [func.count().filter(of).label(f"{kind.value}_deals"),
                     func.sum(found.c.amount).filter(of).label(f"{kind.value}_amount"),
                     func.group_concat(found.c.deal, ",").filter(of)
                     .label(f"{kind.value}_ids")]
        row = select(*sums).subquery()
        rows_read.append(row)
        return {kind: list(row.c)[3 * at:3 * at + 3] for at, kind in enumerate(kinds)}

    rows_read: list[Any] = []
    up = amount > sa_cast(then, Integer)
    # each field's kinds summed over its own changes alone (a kind looked for in the
    # rows that cannot be it costs a comparison a row)
    stored = func.coalesce(DealChange.old_value, DealChange.new_value)
    sums = {
        # those at the stage they were at then moved none (a third: the deals made since
        # at the stage they were made at): left out before their kind is worked out
        **counted(firsts(rules.DealField.STAGE,
                         stage_kind(func.coalesce(stored, ""), stage_now, made),
                         stage_now.is_distinct_from(stored)),
                  (moves.Movement.ADVANCED, moves.Movement.MOVED_BACK,
                   moves.Movement.WON, moves.Movement.LOST)),
        **counted(firsts(rules.DealField.AMOUNT,
                         case((up, _code(moves.Movement.AMOUNT_UP.value)),
                              else_=_code(moves.Movement.AMOUNT_DOWN.value)),
                         amount != sa_cast(then, Integer)),
                  (moves.Movement.AMOUNT_UP, moves.Movement.AMOUNT_DOWN)),
        **counted(firsts(rules.DealField.EXPECTED_CLOSE, _code(moves.Movement.PUSHED.value),
                         raw.text(flow.deal("deal_close")) > then),
                  (moves.Movement.PUSHED,))}
    # a row each: side by side
    side = rows_read[0]
    for row in rows_read[1:]:
        side = side.join(row, true())
    return select(*(column for kind in _CHANGED for column in sums[kind])).select_from(side)


def made_since(since: date, *, team_id: uuid.UUID | None,
               owner_ids: Sequence[uuid.UUID] | None, currency: str) -> Select[Any]:
    """The live deals of the team and owners in `currency` made since `since` (new), and
    of them those won and those lost now (a deal made since was neither then): one row
    of (deals, their amount now, their ids joined) for each of the three, summed in one
    read of ix_opportunities_made (not grouped: no sort)."""
    raw = Raw()
    amount = func.coalesce(Opportunity.amount, 0)
    ids = raw.text(Opportunity.id)
    sums: list[ColumnElement[Any]] = [func.count(), func.sum(amount),
                                      func.group_concat(ids, ",")]
    for closed in _CLOSED:
        at = Opportunity.stage == literal_column(f"'{closed.value}'")
        sums += [func.count().filter(at), func.sum(amount).filter(at),
                 func.group_concat(ids, ",").filter(at)]
    return select(*sums).where(
        *deal_conditions(stages=rules.ORDER, team_id=team_id, owner_ids=owner_ids,
                         currency=currency, closed_between=None),
        Opportunity.created_on.is_not(None), Opportunity.created_on >= since)
