"""What the review's scope bar and its lists need besides the figures: the teams and
people to choose from, the currencies in use, and the records behind a figure by name."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, func, literal_column, select
from sqlalchemy.orm import Session

from crmdesk.domain.deals import STAGE_LABELS
from crmdesk.domain.report import Behind, Cell, Column, Row, Table
from crmdesk.domain.words import Counted, Worded, tr_noop
from crmdesk.store.models import Account, Opportunity, Payment, Role, Team, User
from crmdesk.store.queries import UserRef

#: The most records a list behind a figure names (a Pareto bar over a large workspace
#: may count tens of thousands; the list says how many it leaves out).
MOST_LISTED = 5000
_CHUNK = 900  # ids per IN (…): under SQLite's oldest limit on bound values
#: The owner of a record of the team's pool.
_POOL = Worded(tr_noop("Team pool"))
#: What a person does, as a list of people says it.
_ROLES: dict[Role, str] = {
    Role.REP: tr_noop("Rep"), Role.LEAD: tr_noop("Team lead"), Role.ADMIN: tr_noop("Admin"),
    Role.SERVICE: tr_noop("Service")}


@dataclass(frozen=True, slots=True)
class TeamRef:
    id: uuid.UUID
    name: str


def teams(session: Session) -> list[TeamRef]:
    return [TeamRef(*row) for row in session.execute(
        select(Team.id, Team.name).where(Team.deleted.is_(False)).order_by(Team.name))]


def team_by_name(session: Session, name: str) -> TeamRef | None:
    row = session.execute(select(Team.id, Team.name).where(
        func.lower(Team.name) == name.strip().lower(), Team.deleted.is_(False))).first()
    return None if row is None else TeamRef(*row)


def team_by_id(session: Session, team_id: uuid.UUID) -> TeamRef | None:
    row = session.execute(select(Team.id, Team.name).where(
        Team.id == team_id, Team.deleted.is_(False))).first()
    return None if row is None else TeamRef(*row)


def sellers(session: Session, team_id: uuid.UUID | None) -> list[UserRef]:
    """The people a review narrows to: the reps and leads of `team_id` (None: of every
    team), reps first, by name."""
    stmt = (select(User.id, User.username, User.display_name, User.role, User.team_id)
            .where(User.deleted.is_(False), User.role.in_((Role.REP, Role.LEAD)))
            .order_by(User.role.desc(), User.display_name))
    if team_id is not None:
        stmt = stmt.where(User.team_id == team_id)
    return [UserRef(*row) for row in session.execute(stmt)]


def currencies(session: Session) -> list[str]:
    """The currencies the workspace's live deals and payments are in, most used first.
    Counted from the laptop's indexes of `currency || ''` (migration 0016_speed), one
    read of index entries a table instead of every deal's and payment's row (190 ms at
    100k accounts, when the review opens)."""
    used: dict[str, int] = {}
    for model in (Opportunity, Payment):
        # the index's expression word for word, so SQLite reads it (and nothing else
        # narrowing by currency does)
        code: ColumnElement[str] = literal_column(f"{model.__tablename__}.currency || ''")
        for found, count in session.execute(select(code, func.count())
                                            .where(model.deleted.is_(False))
                                            .group_by(code)):
            used[found] = used.get(found, 0) + count
    return sorted(used, key=lambda c: (-used[c], c))


def in_use(session: Session, currency: str) -> bool:
    """Is `currency` among `currencies`? One look into each of their indexes, not a
    count of every deal and payment."""
    for model in (Opportunity, Payment):
        code: ColumnElement[str] = literal_column(f"{model.__tablename__}.currency || ''")
        # a range of one value: SQLite's statistics say one currency is every row, so
        # for an equality it would scan a narrower index (the whole of it when none is)
        if session.scalar(select(literal_column("1")).where(
                code >= currency, code <= currency, model.deleted.is_(False))
                .limit(1)) is not None:
            return True
    return False


@dataclass(frozen=True, slots=True)
class BehindList:
    """The records behind a figure as a table of their own (one row each, its id the
    row's `behind`), each row's account (what a double-click opens), and how many were
    left out past MOST_LISTED."""

    table: Table
    accounts: tuple[uuid.UUID | None, ...]
    left_out: int = 0


def _chunks(ids: Sequence[uuid.UUID]) -> list[Sequence[uuid.UUID]]:
    return [ids[i:i + _CHUNK] for i in range(0, len(ids), _CHUNK)]


def behind_list(session: Session, kind: Behind, ids: Sequence[uuid.UUID],
                currency: str, title: str = "") -> BehindList:
    """The records `ids` of `kind` by name, for the list a click on a bar opens."""
    wanted = list(dict.fromkeys(ids))
    left_out = max(0, len(wanted) - MOST_LISTED)
    wanted = wanted[:MOST_LISTED]
    if kind is Behind.DEALS:
        return _deals(session, wanted, currency, title, left_out)
    if kind is Behind.ACCOUNTS:
        return _accounts(session, wanted, title, left_out)
    return _users(session, wanted, title, left_out)


def _deals(session: Session, ids: list[uuid.UUID], currency: str, title: str,
           left_out: int) -> BehindList:
    found: list[Any] = []
    for part in _chunks(ids):
        found += session.execute(
            select(Opportunity.id, Opportunity.account_id, Opportunity.name, Account.name,
                   Opportunity.stage, Opportunity.amount, Opportunity.currency,
                   Opportunity.expected_close, User.display_name)
            .join(Account, Account.id == Opportunity.account_id)
            .outerjoin(User, User.id == Opportunity.owner_id)
            .where(Opportunity.id.in_(part))).all()
    found.sort(key=lambda r: (-(r[5] or 0) if r[6] == currency else 1, r[2]))
    other = len([r for r in found if r[6] != currency and r[5] is not None])
    columns = (Column("deal", tr_noop("Deal"), Cell.TEXT),
               Column("account", tr_noop("Company"), Cell.TEXT),
               Column("stage", tr_noop("Stage"), Cell.TEXT),
               Column("amount", tr_noop("Amount"), Cell.MONEY),
               Column("close", tr_noop("Expected close"), Cell.DATE),
               Column("owner", tr_noop("Owner"), Cell.TEXT))
    rows = tuple(Row((name, account, STAGE_LABELS[stage],
                      amount if code == currency else None, close, owner or _POOL),
                     (deal_id,))
                 for deal_id, _acc, name, account, stage, amount, code, close, owner in found)
    note = (Counted("%n deal(s) in other currencies: their amounts are not shown.", "",
                    other) if other else "")
    return BehindList(Table("behind.deals", title or tr_noop("Deals"), columns, rows, currency,
                            Behind.DEALS, note=note),
                      tuple(r[1] for r in found), left_out)


def _accounts(session: Session, ids: list[uuid.UUID], title: str,
              left_out: int) -> BehindList:
    found: list[Any] = []
    for part in _chunks(ids):
        found += session.execute(
            select(Account.id, Account.name, Account.status, Account.region,
                   Account.value_score, User.display_name)
            .outerjoin(User, User.id == Account.owner_id)
            .where(Account.id.in_(part))).all()
    found.sort(key=lambda r: r[1])
    columns = (Column("account", tr_noop("Company"), Cell.TEXT),
               Column("status", tr_noop("Status"), Cell.TEXT),
               Column("region", tr_noop("Region"), Cell.TEXT),
               Column("value", tr_noop("Value"), Cell.COUNT),
               Column("owner", tr_noop("Owner"), Cell.TEXT))
    rows = tuple(Row((name, str(status.value).capitalize(), region or "", score,
                      owner or _POOL), (account_id,))
                 for account_id, name, status, region, score, owner in found)
    return BehindList(Table("behind.accounts", title or tr_noop("Accounts"), columns, rows,
                            behind=Behind.ACCOUNTS),
                      tuple(r[0] for r in found), left_out)


def _users(session: Session, ids: list[uuid.UUID], title: str, left_out: int) -> BehindList:
    found: list[Any] = []
    for part in _chunks(ids):
        found += session.execute(
            select(User.id, User.display_name, User.role, Team.name)
            .outerjoin(Team, Team.id == User.team_id).where(User.id.in_(part))).all()
    found.sort(key=lambda r: r[1])
    columns = (Column("name", tr_noop("Name"), Cell.TEXT),
               Column("role", tr_noop("Role"), Cell.TEXT),
               Column("team", tr_noop("Team"), Cell.TEXT))
    rows = tuple(Row((name, Worded(_ROLES.get(role, str(role.value).capitalize())),
                      team or ""), (user_id,))
                 for user_id, name, role, team in found)
    return BehindList(Table("behind.users", title or tr_noop("People"), columns, rows,
                            behind=Behind.USERS), tuple(None for _ in found), left_out)
