"""A deal's virtual team: the rows its colleagues see, by the member key each row carries.

A colleague on a deal's team (a live `DealMember` row of a live deal) sees the deal and
what hangs on it (products, decision map, history, team, the activities logged on it and
the people spoken to in them), and the deal's company with its contacts. Each row's
member key says through what: the deal's id, or the company's; a kind's declaration
(`RecordKind.seen_by`) names the column that holds it. A viewer's member keys
(`member_of`) are the deals they are on and those deals' companies, so a row is theirs
as a member when its key is among them (crmdesk.domain.scope.visible). The server reads
the same keys in SQL (`member_keys_sql`) for pulls; the laptop and tests in Python.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, select, union
from sqlalchemy.orm import Session

from crmdesk.domain.scope import Viewer, may_write
from crmdesk.domain.words import tr_noop
from crmdesk.store.models import (
    DealMember,
    Opportunity,
    Team,
    TeamRole,
    User,
    deal_member_id,
)
from crmdesk.store.records import RECORDS, RecordKind, depth
from crmdesk.store.refusals import NotFound, Refused


def member_key(session: Session, entity: str, row: Any) -> uuid.UUID | None:
    """The deal or company through which a deal's team sees `row` (None: none does)."""
    kind = RECORDS.get(entity)
    seen = None if kind is None else kind.seen_by
    if seen is None:
        return None
    value = getattr(row, seen.column)
    if seen.through is None or value is None:
        return value  # type: ignore[no-any-return]
    holder = RECORDS[seen.through]
    above = session.get(holder.model, value)  # in the push's session already, mostly
    return None if above is None else member_key(session, seen.through, above)


def member_key_sql(kind: RecordKind) -> ColumnElement[Any] | None:
    """`member_key` as a SQL expression on `kind`'s table (None: no deal's team sees it)."""
    seen = kind.seen_by
    if seen is None:
        return None
    column = getattr(kind.model, seen.column)
    if seen.through is None:
        return column  # type: ignore[no-any-return]
    holder = RECORDS[seen.through]
    above = member_key_sql(holder)
    assert above is not None
    return (select(above).where(holder.model.id == column)
            .correlate(kind.model).scalar_subquery())


def _live_memberships(user: Any) -> Any:
    return (select(DealMember.opportunity_id, Opportunity.account_id)
            .join(Opportunity, Opportunity.id == DealMember.opportunity_id)
            .where(DealMember.user_id == user, DealMember.deleted.is_(False),
                   Opportunity.deleted.is_(False)))


def member_of(session: Session, user_id: uuid.UUID) -> frozenset[uuid.UUID]:
    """The member keys of `user_id`: the live deals they are on, and those deals'
    companies."""
    return as_member(session, user_id)[0]


def as_member(session: Session, user_id: uuid.UUID
              ) -> tuple[frozenset[uuid.UUID], frozenset[uuid.UUID]]:
    """(member keys, deals) of `user_id`: what a Viewer holds of the deals' teams they
    are on (crmdesk.domain.scope), read at once."""
    found = session.execute(_live_memberships(user_id)).all()
    deals = frozenset(deal_id for deal_id, _ in found)
    return deals | {account_id for _, account_id in found}, deals


def member_keys_sql(user: Any) -> Select[Any]:
    """`member_of` as a subquery, for the user `user` (a bound parameter or a value)."""
    live = _live_memberships(user).subquery()
    return select(union(select(live.c.opportunity_id), select(live.c.account_id))
                  .subquery().c[0])


def has_memberships_sql(user: Any) -> ColumnElement[bool]:
    """Is `user` on any deal's team at all (an index lookup: a pull with none takes the
    plain form of the scope condition)?"""
    return exists().where(DealMember.user_id == user, DealMember.deleted.is_(False))


def rows_under(session: Session, keys: Collection[uuid.UUID]) -> Iterator[tuple[str, Any]]:
    """Every row (tombstoned ones too) whose member key is among `keys`, as (entity, ORM
    row), companies first and what hangs on them after (a laptop writes them in order)."""
    if not keys:
        return
    kinds = sorted((k for k in RECORDS.values() if k.seen_by is not None),
                   key=lambda k: (k.seen_by is not None and k.seen_by.through is not None,
                                  depth(k)))
    for kind in kinds:
        key = member_key_sql(kind)
        assert key is not None
        for row in session.scalars(select(kind.model).where(and_(key.in_(list(keys))))
                                   .order_by(kind.model.id)):
            yield kind.table, row


# ---- on the laptop: who is on a deal's team, and changing it -----------------------


@dataclass(frozen=True, slots=True)
class TeamMember:
    """A colleague on a deal's team, as the deal editor lists them."""

    user_id: uuid.UUID
    name: str
    team: str | None
    role: TeamRole


@dataclass(frozen=True, slots=True)
class Colleague:
    """Someone who may be put on a deal's team: any active user, of any team."""

    user_id: uuid.UUID
    username: str
    name: str
    team: str | None


def deal_team(session: Session, deal_id: uuid.UUID) -> list[TeamMember]:
    """The live members of a deal's team, by name."""
    rows = session.execute(
        select(DealMember.user_id, User.display_name, Team.name, DealMember.role)
        .join(User, User.id == DealMember.user_id)
        .outerjoin(Team, Team.id == User.team_id)
        .where(DealMember.opportunity_id == deal_id, DealMember.deleted.is_(False))
        .order_by(User.display_name))
    return [TeamMember(user_id, name, team, TeamRole(role)) for user_id, name, team, role
            in rows]


def colleagues(session: Session) -> list[Colleague]:
    """Every active user of every team (and none), by name: a deal's team may take any."""
    rows = session.execute(
        select(User.id, User.username, User.display_name, Team.name)
        .outerjoin(Team, Team.id == User.team_id)
        .where(User.deleted.is_(False), User.active.is_(True))
        .order_by(User.display_name))
    return [Colleague(user_id, username, name, team) for user_id, username, name, team
            in rows]


def team_sizes(session: Session, deal_ids: Collection[uuid.UUID]) -> dict[uuid.UUID, int]:
    """How many colleagues are on each of `deal_ids`' teams (deals with none left out):
    the card marks them."""
    if not deal_ids:
        return {}
    return {deal: int(count) for deal, count in session.execute(
        select(DealMember.opportunity_id, func.count())
        .where(DealMember.opportunity_id.in_(list(deal_ids)), DealMember.deleted.is_(False))
        .group_by(DealMember.opportunity_id))}


def _deal_to_manage(session: Session, viewer: Viewer, deal_id: uuid.UUID) -> Opportunity:
    deal = session.get(Opportunity, deal_id)
    if deal is None or deal.deleted:
        raise NotFound(tr_noop("This deal no longer exists; nothing was saved."))
    scope = (deal.owner_id, deal.team_id)
    refusal = may_write(viewer, scope, scope, owners_only=True)  # the server's rule
    if refusal is not None:
        raise Refused(refusal)
    return deal


def set_member(session: Session, viewer: Viewer, deal_id: uuid.UUID,
               user_id: uuid.UUID, role: TeamRole) -> uuid.UUID:
    """Put `user_id` on the deal's team with `role` (or give them that role), as
    `viewer`: the deal's owner, their team's lead or an admin. Returns the row's id."""
    deal = _deal_to_manage(session, viewer, deal_id)
    user = session.get(User, user_id)
    if user is None or user.deleted or not user.active:
        raise NotFound(tr_noop("This colleague is no longer a user; nothing was saved."))
    if user_id == deal.owner_id:
        raise Refused(tr_noop("The deal's owner is on its team already."))
    row_id = deal_member_id(deal_id, user_id)
    row = session.get(DealMember, row_id)
    if row is None:
        session.add(DealMember(id=row_id, opportunity_id=deal_id, user_id=user_id,
                               role=role, owner_id=deal.owner_id, team_id=deal.team_id,
                               deleted=False))
    else:  # back on the team, or another role
        row.role, row.deleted = role, False
    return row_id


def remove_member(session: Session, viewer: Viewer, deal_id: uuid.UUID,
                  user_id: uuid.UUID) -> None:
    """Take `user_id` off the deal's team (a tombstone: their laptop drops the deal,
    its account and contacts at its next sync)."""
    _deal_to_manage(session, viewer, deal_id)
    row = session.get(DealMember, deal_member_id(deal_id, user_id))
    if row is None or row.deleted:
        raise NotFound(tr_noop("This colleague is not on the deal's team; nothing was saved."))
    row.deleted = True
