"""The public pool's reads, on the laptop's SQLite file and the server's database alike:
a team's rules, the facts the return rule reads, the accounts due back by a day (the
rule of crmdesk.domain.pool as one SQL condition: the server's sweep and the review's
count select by it), and the facts a claim's limits read (the laptop's claim and the
server's push check both ask `claim_refusal`, so whatever one accepts the other does).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    and_,
    case,
    cast,
    exists,
    false,
    func,
    literal,
    null,
    or_,
    select,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.sqltypes import NullType

from crmdesk.domain import pool
from crmdesk.domain.pool import ClaimFacts, PoolFacts, PoolRules
from crmdesk.store.models import (
    OPEN_STAGES,
    Account,
    Activity,
    Opportunity,
    PoolRule,
    Role,
    Team,
)
from crmdesk.store.review.scope_sql import two_way_terms

#: The rules' columns, as PoolRules names its fields.
RULE_FIELDS: tuple[str, ...] = tuple(pool.RULE_LABELS)
_CHUNK = 500


def as_rules(row: PoolRule | None) -> PoolRules:
    """A rules row as the domain reads it (None or removed: the defaults)."""
    if row is None or row.deleted:
        return pool.DEFAULT_RULES
    return PoolRules(**{name: int(getattr(row, name)) for name in RULE_FIELDS})


def rules_for(session: Session, team_id: uuid.UUID | None) -> PoolRules:
    """The team's pool rules (no team, or no row: the defaults)."""
    if team_id is None:
        return pool.DEFAULT_RULES
    return as_rules(session.get(PoolRule, pool.pool_rule_id(team_id)))


def rules_by_team(session: Session, teams: Iterable[uuid.UUID]) -> dict[uuid.UUID, PoolRules]:
    """The rules of each of `teams`, read in one query."""
    wanted = {team: pool.pool_rule_id(team) for team in teams}
    rows = {row.id: row for row in session.scalars(select(PoolRule).where(
        PoolRule.id.in_(list(wanted.values()))))} if wanted else {}
    return {team: as_rules(rows.get(row_id)) for team, row_id in wanted.items()}


# ---- when an account is due back -----------------------------------------------------

_start = func.coalesce(Account.assigned_on, Account.acquired_on)


class _Live(ColumnElement[bool]):
    """An activity not removed, as each database's two-way partial indexes say it (SQLite
    "deleted IS 0", PostgreSQL "NOT deleted"): the terms then hold their WHERE word for
    word, and PostgreSQL reads ix_activities_two_way_when alone, without the rows."""

    inherit_cache = True
    # untyped: a Boolean would have SQLite's compiler add "= 1" ("deleted IS 0 = 1"),
    # which no partial index's WHERE says, so SQLite would not use them
    type = NullType()  # type: ignore[assignment]


@compiles(_Live)
def _live_sqlite(_element: _Live, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(Activity.deleted.is_(False), **kw))


@compiles(_Live, "postgresql")
def _live_postgresql(_element: _Live, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(~Activity.deleted, **kw))


def _two_way_live() -> list[ColumnElement[bool]]:
    """A live two-way conversation (crmdesk.store.derived.TWO_WAY) in the words of the
    partial indexes on it, on either database."""
    return [_Live(), *two_way_terms()[1:]]
_LIVE_DEAL = (Opportunity.account_id == Account.id, Opportunity.deleted.is_(False))


def due_by(rules: PoolRules, day: date) -> ColumnElement[bool]:
    """Accounts due back to the pool by `rules` on or before `day`: domain.pool.due's
    day <= `day`, as a condition on Account (a test holds the two together). Each rule
    reads as "its clock started at least N days before `day`, and nothing since"."""
    if not rules.returns:
        return false()
    ways: list[ColumnElement[bool]] = []
    if rules.no_contact_days > 0:
        cutoff = day - timedelta(days=rules.no_contact_days)
        talked_after = datetime.combine(cutoff + timedelta(days=1), datetime.min.time())
        ways.append(and_(_start <= cutoff, ~exists().where(
            Activity.account_id == Account.id, *_two_way_live(),
            Activity.occurred_at >= talked_after)))
    if rules.no_deal_days > 0:
        cutoff = day - timedelta(days=rules.no_deal_days)
        ways.append(and_(
            _start <= cutoff,
            ~exists().where(*_LIVE_DEAL, Opportunity.stage.in_(OPEN_STAGES)),
            ~exists().where(*_LIVE_DEAL, Opportunity.created_on > cutoff)))
    return and_(Account.deleted.is_(False), Account.owner_id.is_not(None),
                Account.status.in_(sorted(pool.RETURNING)), or_(*ways))


def due_in_teams(rules: Mapping[uuid.UUID, PoolRules], day: date) -> ColumnElement[bool]:
    """`due_by` for the accounts of each team by that team's rules."""
    parts = [and_(Account.team_id == team, due_by(team_rules, day))
             for team, team_rules in rules.items() if team_rules.returns]
    return or_(*parts) if parts else false()


def due_within_warning(rules: Mapping[uuid.UUID, PoolRules], today: date
                       ) -> ColumnElement[bool]:
    """Accounts due back within their team's warn days of `today` (or past due, awaiting
    the sweep): those the laptop warns of, as one condition (the review counts them)."""
    parts = [and_(Account.team_id == team, due_by(r, today + timedelta(days=r.warn_days)))
             for team, r in rules.items() if r.returns and r.warn_days > 0]
    return or_(*parts) if parts else false()


def all_teams_rules(session: Session) -> dict[uuid.UUID, PoolRules]:
    """Every live team's rules."""
    return rules_by_team(session, list(session.scalars(select(Team.id).where(
        Team.deleted.is_(False)))))


def pool_facts(session: Session, account_ids: list[uuid.UUID]) -> dict[uuid.UUID, PoolFacts]:
    """What the return rule reads of each live account, a query per 500 accounts."""
    talks = (select(func.max(Activity.occurred_at)).where(
        Activity.account_id == Account.id, *two_way_terms()).scalar_subquery())
    open_deal = exists().where(*_LIVE_DEAL, Opportunity.stage.in_(OPEN_STAGES))
    last_deal = select(func.max(Opportunity.created_on)).where(*_LIVE_DEAL).scalar_subquery()
    out: dict[uuid.UUID, PoolFacts] = {}
    for start in range(0, len(account_ids), _CHUNK):
        chunk = account_ids[start:start + _CHUNK]
        for row in session.execute(select(
                Account.id, Account.status, Account.assigned_on, Account.acquired_on, talks,
                open_deal, last_deal).where(Account.id.in_(chunk),
                                            Account.deleted.is_(False))):
            out[row[0]] = PoolFacts(row[1], row[2], row[3], _when(row[4]), bool(row[5]),
                                    _day(row[6]))
    return out


def due_of(session: Session, account_ids: list[uuid.UUID]
           ) -> dict[uuid.UUID, tuple[PoolRules, pool.Due | None]]:
    """Each owned account's rules and the day it goes back to the pool (None: never)."""
    teams = dict(session.execute(select(Account.id, Account.team_id).where(
        Account.id.in_(account_ids), Account.owner_id.is_not(None))).all()) \
        if account_ids else {}
    rules = rules_by_team(session, {t for t in teams.values() if t is not None})
    facts = pool_facts(session, list(teams))
    out = {}
    for account_id, team in teams.items():
        team_rules = rules.get(team, pool.DEFAULT_RULES) if team else pool.DEFAULT_RULES
        found = facts.get(account_id)
        out[account_id] = (team_rules, None if found is None else pool.due(team_rules, found))
    return out


def warnings(session: Session, account_ids: list[uuid.UUID], today: date
             ) -> dict[uuid.UUID, int]:
    """The accounts among `account_ids` whose return the laptop warns of, with the days
    left (0: today, or past due awaiting the server's sweep)."""
    out = {}
    for account_id, (rules, when) in due_of(session, account_ids).items():
        left = pool.warned(rules, when, today)
        if left is not None:
            out[account_id] = left
    return out


def _when(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))  # SQLite's max() of a timestamp is its text


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


# ---- claims --------------------------------------------------------------------------

def claim_facts(session: Session, rep: uuid.UUID, account: Account, day: date) -> ClaimFacts:
    """What the claim limits read: the rep's other claims on `day`, the Lead and
    Potential accounts they hold, and whom the rules last took `account` from."""
    # both counts in one statement (the server indexes each: migration s0017)
    claims, held = session.execute(select(
        select(func.count()).select_from(Account).where(
            Account.pool_claimed_by == rep, Account.pool_claimed_on == day,
            Account.id != account.id, Account.deleted.is_(False)).scalar_subquery(),
        select(func.count()).select_from(Account).where(
            Account.owner_id == rep, Account.status.in_(sorted(pool.RETURNING)),
            Account.id != account.id, Account.deleted.is_(False)).scalar_subquery())).one()
    return ClaimFacts(int(claims or 0), int(held or 0), account.pool_returned_from,
                      account.pool_returned_at)


def is_claim(role: Role | str, pusher: uuid.UUID, owner_before: uuid.UUID | None,
             owner_after: uuid.UUID | None) -> bool:
    """Is a change of owner a rep's claim from the pool? A lead or an admin giving a pool
    account to someone (themselves too) is a reassignment: the limits are the reps'."""
    return (Role(role) is Role.REP and owner_before is None and owner_after == pusher)


def claim_refusal(session: Session, rep: uuid.UUID, account: Account, day: date
                  ) -> str | None:
    """Why `rep` may not claim `account` on `day` by their team's rules (None: they may)."""
    return pool.claim_problem(rules_for(session, account.team_id), rep,
                              claim_facts(session, rep, account, day), day)


# ---- the laptop's warning, in SQL (SQLite's date functions) --------------------------

def _per_team(rules: Mapping[uuid.UUID, PoolRules], value: Any, default: Any) -> Any:
    """A value of each team's rules as one SQL expression on Account.team_id."""
    whens = [(Account.team_id == team, value(r)) for team, r in rules.items()]
    fallback = value(pool.DEFAULT_RULES) if default is _DEFAULT else default
    return case(*whens, else_=fallback) if whens else literal(fallback)


_DEFAULT = object()


def _plus(days: int) -> str | None:
    return f"+{days} days" if days > 0 else None


def due_on_sql(rules: Mapping[uuid.UUID, PoolRules]) -> ColumnElement[Any]:
    """The day each account goes back to the pool (domain.pool.due's day; NULL: never), as
    a SQLite expression on Account, each team by its `rules` (a team not among them: the
    defaults). The laptop's queue shows and sorts by it; a test holds it to the rule."""
    talk = (select(func.max(Activity.occurred_at)).where(
        Activity.account_id == Account.id, *two_way_terms()).scalar_subquery())
    last_deal = select(func.max(Opportunity.created_on)).where(*_LIVE_DEAL).scalar_subquery()
    open_deal = exists().where(*_LIVE_DEAL, Opportunity.stage.in_(OPEN_STAGES))
    # SQLite's max() of several values: NULL if any is, hence the coalesces
    by_contact = func.date(func.max(_start, func.coalesce(func.date(talk), _start)),
                           _per_team(rules, lambda r: _plus(r.no_contact_days), _DEFAULT))
    by_deal = case((open_deal, null()), else_=func.date(
        func.max(_start, func.coalesce(last_deal, _start)),
        _per_team(rules, lambda r: _plus(r.no_deal_days), _DEFAULT)))
    earlier = case((by_contact.is_(None), by_deal), (by_deal.is_(None), by_contact),
                   else_=func.min(by_contact, by_deal))
    return case((and_(Account.owner_id.is_not(None), Account.deleted.is_(False),
                      Account.status.in_(sorted(pool.RETURNING))), earlier), else_=null())


def warn_days_sql(rules: Mapping[uuid.UUID, PoolRules]) -> Any:
    """Each account's team's warn days, as SQL."""
    return _per_team(rules, lambda r: r.warn_days, _DEFAULT)


def teams_rules(session: Session) -> dict[uuid.UUID, PoolRules]:
    """The rules of every team the workspace holds accounts of (a laptop: a few)."""
    teams = set(session.scalars(select(Account.team_id).distinct().where(
        Account.team_id.is_not(None))))
    return rules_by_team(session, {t for t in teams if t is not None})


def days_left_sql(rules: Mapping[uuid.UUID, PoolRules], today: date) -> ColumnElement[Any]:
    """The days left until each account returns to the pool, as the laptop shows them:
    only within its team's warn days (0: today, or past due awaiting the sweep), NULL
    otherwise. The queue's "To pool" column shows and sorts by it."""
    left = func.julianday(due_on_sql(rules)) - func.julianday(today.isoformat())
    warn = warn_days_sql(rules)
    return case((and_(warn > 0, left <= warn), func.max(cast(left, Integer), 0)),
                else_=null())


def pool_days(session: Session, account_ids: list[uuid.UUID], today: date,
              rules: Mapping[uuid.UUID, PoolRules] | None = None) -> dict[uuid.UUID, int]:
    """The accounts among `account_ids` the laptop warns of, with the days left until
    they return (`days_left_sql`). One statement for a page of the queue; `rules`: the
    teams' rules as read once for the whole queue (`teams_rules`; None: read here)."""
    if not account_ids:
        return {}
    days = days_left_sql(teams_rules(session) if rules is None else rules, today)
    return {account_id: int(left) for account_id, left in session.execute(
        select(Account.id, days).where(Account.id.in_(account_ids), days.is_not(None)))}
