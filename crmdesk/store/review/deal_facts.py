"""Deals as the review reads them (the reps and pipeline panels): one set-based read of
the live deals in a scope, each with the figures the card and `crmdesk deals` show for
it (weighted, days in stage, stuck by its team's playbook, how it slipped), computed by
the same rules (crmdesk.domain.deals, the playbooks of crmdesk.store.deal_queries).
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Executable,
    String,
    and_,
    case,
    func,
    literal_column,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from crmdesk.domain import deals as rules
from crmdesk.domain.deals import OpportunityStage, Slip, StageRules, Stuck
from crmdesk.domain.report import uuids
from crmdesk.store.deal_queries import playbook_for
from crmdesk.store.models import Account, DealChange, Opportunity, StageSetting, User


@dataclass(frozen=True, slots=True)
class DealFact:
    """A live deal with its figures as of `today`."""

    id: uuid.UUID
    name: str
    account: str
    owner_id: uuid.UUID | None
    owner: str | None  # as people know them (None: the team's pool)
    team_id: uuid.UUID | None
    stage: OpportunityStage
    amount: int | None
    currency: str
    probability: int
    weighted: int
    expected_close: date | None
    created_on: date | None
    closed_on: date | None
    days_in_stage: int | None
    stuck: Stuck | None
    stuck_limit: int
    slip: Slip = field(default_factory=Slip)


def live_deals(session: Session, today: date, *,
               stages: Collection[OpportunityStage] = rules.OPEN_STAGES,
               team_id: uuid.UUID | None = None,
               owner_ids: Collection[uuid.UUID] | None = None,
               currency: str | None = None,
               closed_between: tuple[date, date] | None = None,
               slips: bool = False, among: Any = None) -> list[DealFact]:
    """The live deals (of live accounts, as the deal lists show them) at `stages`, of
    team `team_id` (None: every team), owned by one of `owner_ids` (None: anyone, the
    pool too), in `currency` (None: any), closed between the two days given (both
    included), among the ids `among` selects (None: any); with how each slipped when
    `slips` (one more read, of close-date changes). Ordered by stage, then soonest close
    (none last), then name."""
    narrow = deal_conditions(stages=stages, team_id=team_id, owner_ids=owner_ids,
                             currency=currency, closed_between=closed_between)
    if among is not None:
        narrow.append(Opportunity.id.in_(among))
    # the columns read as stored (text), each distinct value converted once: tens of
    # thousands of deals share a handful of teams, owners, stages and days
    raw = Raw()
    query = (select(
        raw.text(Opportunity.id), Opportunity.name, Account.name,
        raw.text(Opportunity.owner_id), User.display_name, raw.text(Opportunity.team_id),
        raw.text(Opportunity.stage), Opportunity.amount, Opportunity.currency,
        Opportunity.probability, raw.text(Opportunity.expected_close),
        raw.text(Opportunity.created_on), raw.text(Opportunity.closed_on),
        raw.text(Opportunity.stage_since))
        .join(Account, Account.id == Opportunity.account_id)
        .outerjoin(User, User.id == Opportunity.owner_id).where(*narrow))
    # how each slipped, read first: each deal made once, with it (not made again)
    history: dict[str, list[rules.Change]] = {}
    if slips:
        # only pushes later can be slips (ISO dates order as text): the rest are not read
        for deal_id, old, new in rows(session,
                select(raw.text(DealChange.opportunity_id), DealChange.old_value,
                       DealChange.new_value)
                .join(Opportunity, Opportunity.id == DealChange.opportunity_id)
                .join(Account, Account.id == Opportunity.account_id)
                .where(DealChange.deleted.is_(False),
                       DealChange.field == rules.DealField.EXPECTED_CLOSE,
                       DealChange.old_value.is_not(None), DealChange.new_value.is_not(None),
                       DealChange.new_value > DealChange.old_value, *narrow)
                .order_by(DealChange.opportunity_id, DealChange.changed_at, DealChange.id)):
            history.setdefault(deal_id, []).append(
                rules.Change(rules.DealField.EXPECTED_CLOSE, old, new))
    books: dict[uuid.UUID | None, dict[OpportunityStage, StageRules]] = {}
    out: list[DealFact] = []
    none = Slip()
    found = list(rows(session, query))
    # the deals' ids made at once (uuids), not one call a deal
    for made_id, (deal_id, name, account, owner_id, owner, deal_team, stage_text, amount,
                  deal_currency, probability, expected_text, created_text, closed_text,
                  since_text) in zip(uuids(row[0] for row in found), found, strict=True):
        team = raw.uuid(deal_team)
        if team not in books:
            books[team] = playbook_for(session, team)
        stage = raw.stage(stage_text)
        limit = books[team][stage].stuck_days
        expected, created = raw.day(expected_text), raw.day(created_text)
        days = rules.days_in_stage(raw.day(since_text), created, today)
        pushed = history.get(deal_id)
        out.append(DealFact(
            made_id, name, account, raw.uuid(owner_id), owner, team, stage,
            amount, deal_currency, probability, rules.weighted(amount, probability),
            expected, created, raw.day(closed_text), days,
            rules.stuck(stage, days, expected, today, limit), limit,
            none if pushed is None else rules.slips(pushed)))
    rank = {stage: i for i, stage in enumerate(rules.ORDER)}
    out.sort(key=lambda d: (rank[d.stage], d.expected_close is None,
                            d.expected_close or date.min, d.name, str(d.id)))
    return out


def rows(session: Session, query: Executable) -> Iterator[Sequence[Any]]:
    """The rows of a read of columns, through the session's connection: without the
    ORM's per-row work (a third of the time over tens of thousands of deals)."""
    return iter(session.connection().execute(query))


def weighted_amount() -> ColumnElement[int]:
    """`rules.weighted` of a deal in SQL: the integer division of each (summed, it adds
    up to the deals' own weighted amounts)."""
    return func.coalesce(Opportunity.amount, 0) * Opportunity.probability // 100


def joined_ids(joined: str | None) -> list[uuid.UUID]:
    """The ids of a `group_concat(id, ',')` (None: none)."""
    return uuids(joined.split(",")) if joined else []


class Raw:
    """Columns read as their stored text, and each distinct text converted once."""

    def __init__(self) -> None:
        self.uuids: dict[str | None, uuid.UUID | None] = {None: None}
        self.days: dict[str | None, date | None] = {None: None}

    @staticmethod
    def text(column: Any) -> Any:
        return type_coerce(column, String)

    def uuid(self, text: str | None) -> uuid.UUID | None:
        if text not in self.uuids:
            self.uuids[text] = uuid.UUID(text)
        return self.uuids[text]

    def day(self, text: str | None) -> date | None:
        if text not in self.days:
            self.days[text] = date.fromisoformat(text[:10])  # type: ignore[index]
        return self.days[text]

    @staticmethod
    def stage(text: str) -> OpportunityStage:
        return _STAGES[text]


_STAGES = {s.value: s for s in OpportunityStage}


def of_live_account(account_id: Any) -> ColumnElement[bool]:
    """`account_id` is not that of a removed account: one read of the few removed (a
    partial index holds just them, ix_accounts_removed) instead of a lookup of the
    account a row, which cost more than the rest of a review's figures at 100k."""
    removed = select(Account.id).where(Account.deleted.is_(True))
    clause: ColumnElement[bool] = account_id.not_in(removed)
    return clause


def deal_conditions(*, stages: Collection[OpportunityStage] | None,
                    team_id: uuid.UUID | None, owner_ids: Collection[uuid.UUID] | None,
                    currency: str | None, closed_between: tuple[date, date] | None
                    ) -> list[ColumnElement[bool]]:
    """The conditions (on Opportunity alone: no join with Account needed) narrowing
    deals as `live_deals` says. `stages` None: no term on the stage (the caller says
    which, once: a second list of stages costs a quarter of a read of the open deals)."""
    out: list[ColumnElement[bool]] = [
        Opportunity.deleted.is_(False), of_live_account(Opportunity.account_id)]
    if stages is not None:
        out.append(Opportunity.stage.in_([s.value for s in stages]))
    if team_id is not None:
        out.append(Opportunity.team_id == team_id)
    if owner_ids is not None:
        out.append(Opportunity.owner_id.in_(list(owner_ids)))
    if currency is not None:
        out.append(Opportunity.currency == currency)
    if closed_between is not None:
        out += [Opportunity.closed_on >= closed_between[0],
                Opportunity.closed_on <= closed_between[1]]
    return out


# ---- the same rules as SQL, for counting in the database ------------------------------


def stuck_clause(session: Session, today: date) -> ColumnElement[bool]:
    """`rules.stuck` as a condition on Opportunity, for counting stuck deals in the
    database without reading each: open, and its close date passed or its days in the
    stage beyond its team's limit for the stage (0: none). The limits are the playbooks'
    (`playbook_for`): the default, and the teams whose lead set their own. The tests
    hold it to the rule over the seeded deals."""
    default = playbook_for(session, None)
    teams = session.scalars(select(StageSetting.team_id).distinct().where(
        StageSetting.deleted.is_(False), StageSetting.team_id.is_not(None))).all()
    books = {team: playbook_for(session, team) for team in teams}

    def before(limit: int) -> date | None:
        # more than `limit` days in the stage: in it since before this day
        return today - timedelta(days=limit) if limit > 0 else None

    whens: list[tuple[ColumnElement[bool], date | None]] = [
        (and_(Opportunity.team_id == team, Opportunity.stage == stage),
         before(book[stage].stuck_days))
        for team, book in books.items() for stage in rules.OPEN_ORDER
        if book[stage].stuck_days != default[stage].stuck_days]
    whens += [(Opportunity.stage == stage, before(default[stage].stuck_days))
              for stage in rules.OPEN_ORDER]
    since = func.coalesce(Opportunity.stage_since, Opportunity.created_on)
    return and_(Opportunity.stage.in_([s.value for s in rules.OPEN_ORDER]),
                or_(Opportunity.expected_close < today,
                    since < case(*whens, else_=None)))


def slipped_clause() -> ColumnElement[bool]:
    """`rules.slips(history).slipped` as a condition on Opportunity: its close date was
    pushed later at least once (ISO dates order as text). SQLite reads it from the
    partial index of pushes alone, ix_deal_changes_pushed (covering: no row read), a
    fraction of the cost over every open deal."""
    return (select(DealChange.opportunity_id)
            .where(DealChange.opportunity_id == Opportunity.id, *pushed_terms())
            .exists())


def pushed_terms() -> list[ColumnElement[bool]]:
    """A change that pushed a close date later: the terms of ix_deal_changes_pushed's
    WHERE, written the same (literal values), so SQLite can use it."""
    return [DealChange.field == literal_column(f"'{rules.DealField.EXPECTED_CLOSE.value}'"),
            DealChange.deleted.is_(False),
            DealChange.old_value.is_not(None), DealChange.new_value.is_not(None),
            DealChange.new_value > DealChange.old_value]
