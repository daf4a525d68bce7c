"""Moving a person's book: a leaving rep's accounts to a colleague or the team's pool
(`reassign_book`), or a person to another team with or without them (`move_team`).

An account moves with every row that hangs on it (store/family.py). Each moved row is
written to the change log with the owner and team it had, so the laptops that held it
delete it at their next pull and the laptops that may now see it receive it whole. The
owner and team fields get a stamp from the server's clock: an edit of them made on a
laptop before the move and pushed afterwards loses by last-writer-wins.

A move takes the change log to itself (no push runs meanwhile), so it reads and moves
a book that stands still.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.hlc import Stamp
from crmdesk.server import clock
from crmdesk.server.db import ServerError
from crmdesk.server.history import require_resync
from crmdesk.server.schema import FieldStamp, ServerChange
from crmdesk.server.sync import lock_change_log, record_change
from crmdesk.store.family import of_these_accounts
from crmdesk.store.models import (
    Account,
    Activity,
    Base,
    LeadBatch,
    Role,
    Team,
    User,
    utcnow,
)
from crmdesk.store.records import of_accounts

#: The node id of stamps the server writes itself (laptops use their workspace ids).
#: Tables in an order where a row comes after the rows it refers to: a laptop applying
#: the change log in pull batches never meets a reference to a row it has not received.
_ORDER = {table.name: i for i, table in enumerate(Base.metadata.sorted_tables)}
_CHUNK = 500

Place = tuple[uuid.UUID | None, uuid.UUID | None]  # (owner, team)


class BookRefused(ServerError):
    """The move cannot be made as asked; nothing was changed."""


@dataclass(frozen=True, slots=True)
class Moved:
    """What a move changed: accounts, and rows in all (accounts included)."""

    accounts: int
    rows: int


def find_user(session: Session, name: str) -> User:
    user = session.scalars(select(User).where(User.username == name)).first()
    if user is None:
        raise BookRefused(f"No user “{name}”.")
    return user


def find_team(session: Session, name: str) -> Team:
    team = session.scalars(select(Team).where(Team.name == name)).first()
    if team is None:
        names = ", ".join(session.scalars(select(Team.name).order_by(Team.name)))
        raise BookRefused(f"No team “{name}”. Teams: {names or 'none yet'}.")
    return team


def server_stamp(session: Session) -> Stamp:
    """A stamp from the database's clock, no later than now: it beats every laptop edit
    made before the move and loses to any made after it, whichever machine runs it."""
    return clock.server_stamp(session)


def reassign_book(session: Session, leaving: str, to: str | None,
                  stamp: Stamp | None = None) -> Moved:
    """Give every account `leaving` owns (tombstoned ones too), with its history, to the
    rep `to` of the same team, or to the team's public pool when `to` is None."""
    lock_change_log(session, exclusive=True)  # before reading: no push meanwhile
    user = find_user(session, leaving)
    if user.team_id is None:
        raise BookRefused(f"“{leaving}” belongs to no team, so has no team book to pass on.")
    owner = None if to is None else _colleague(session, user, to).id
    return _move_book(session, user, (owner, user.team_id), stamp or server_stamp(session))


def move_team(session: Session, name: str, team_name: str, book_to: str | None,
              keep: bool, stamp: Stamp | None = None) -> Moved:
    """Move `name` to another team. Their book goes with them (`keep`), or stays in the
    old team: to the rep `book_to`, or to the old team's pool when that is None too.
    The role (rep or lead) is kept."""
    lock_change_log(session, exclusive=True)
    user = find_user(session, name)
    team = find_team(session, team_name)
    if user.role in (Role.ADMIN, Role.SERVICE) and user.team_id is None:
        raise BookRefused(f"“{name}” is {user.role.value} and belongs to no team; "
                          "only reps and team leads move between teams.")
    old_team = user.team_id
    if old_team == team.id:
        raise BookRefused(f"“{name}” is already in team “{team.name}”.")
    if keep and book_to is not None:
        raise BookRefused("Either keep the book or give it to someone, not both.")
    stamp = stamp or server_stamp(session)
    if keep:
        place: Place = (user.id, team.id)
    else:
        if old_team is None:
            raise BookRefused(f"“{name}” has no team whose pool could keep the book.")
        place = (None if book_to is None else _colleague(session, user, book_to).id, old_team)
    user.team_id = team.id
    user.updated_at = utcnow()
    session.flush()
    # logged before the book, so a laptop has the new owner before the rows naming them
    _publish_users(session, [user])
    moved = _move_book(session, user, place, stamp)
    require_resync(session, user.id)  # what they may see changed as a whole
    return moved


def _colleague(session: Session, user: User, name: str) -> User:
    """The active rep or lead `name` of `user`'s team, to take over the book."""
    target = find_user(session, name)
    if target.id == user.id:
        raise BookRefused(f"“{name}” cannot pass the book to themselves.")
    if not target.active or target.deleted:
        raise BookRefused(f"“{name}” is disabled; choose an active colleague.")
    if target.team_id != user.team_id or target.role not in (Role.REP, Role.LEAD):
        raise BookRefused(f"“{name}” is not a rep or lead of {user.username}'s team; "
                          "a book stays in its team (use move-team to change teams).")
    return target


def _move_book(session: Session, user: User, place: Place, stamp: Stamp) -> Moved:
    with session.no_autoflush:  # one flush at the end, not one per query of a large book
        return _move_rows(session, user, place, stamp)


def _move_rows(session: Session, user: User, place: Place, stamp: Stamp) -> Moved:
    owner, team = place
    today = date.today()
    accounts = list(session.scalars(select(Account).where(Account.owner_id == user.id)
                                    .order_by(Account.id)))
    moves: list[tuple[Any, Place]] = []
    # Lead batches the accounts come from travel too: a laptop needs them to hold the
    # accounts that name them.
    for batch in session.scalars(select(LeadBatch).where(LeadBatch.owner_id == user.id)):
        moves.append((batch, (batch.owner_id, batch.team_id)))
        batch.owner_id, batch.team_id = owner, team
    for account in accounts:
        moves.append((account, (account.owner_id, account.team_id)))
        account.owner_id, account.team_id = owner, team
        account.assigned_on = today if owner is not None else None
    for kin in _family(session, [a.id for a in accounts]):
        if (kin.owner_id, kin.team_id) != place:
            moves.append((kin, (kin.owner_id, kin.team_id)))
            kin.owner_id, kin.team_id = owner, team
    moves.sort(key=lambda move: _ORDER[move[0].__tablename__])
    # the activities name their authors: whoever may now see them needs those users first
    _publish_users(session, [author for author in _authors(session, moves)
                             if author.team_id not in (None, team)])
    now = utcnow()
    logged: list[tuple[Any, Place, ServerChange]] = []
    for row, before in moves:
        row.updated_at = now
        logged.append((row, before, record_change(session, row.__tablename__, row, before,
                                                  None)))
    session.flush()  # gives each change its seq
    _stamp(session, logged, stamp)
    return Moved(accounts=len(accounts), rows=len(moves))


def _family(session: Session, account_ids: list[uuid.UUID]) -> Iterator[Any]:
    """Every row of these accounts, tombstoned ones too: the rows store/family.py's
    `descendants` gives for one account, read for many accounts per query."""
    for start in range(0, len(account_ids), _CHUNK):
        chunk = account_ids[start:start + _CHUNK]
        for kind in of_accounts():
            yield from session.scalars(select(kind.model).where(
                of_these_accounts(kind, chunk)))


def _stamp(session: Session, logged: list[tuple[Any, Place, ServerChange]],
           stamp: Stamp) -> None:
    """Stamp the owner and team fields the move set, with the change that set them."""
    wanted: dict[str, dict[uuid.UUID, tuple[list[str], int]]] = defaultdict(dict)
    for row, (was_owner, was_team), change in logged:
        fields = [f for f, was in (("owner_id", was_owner), ("team_id", was_team))
                  if getattr(row, f) != was]
        if isinstance(row, Account):
            fields.append("assigned_on")
        wanted[row.__tablename__][row.id] = (fields, change.seq)
    code = stamp.encode()
    for entity, rows in wanted.items():
        ids = list(rows)
        held: dict[tuple[uuid.UUID, str], FieldStamp] = {}
        for start in range(0, len(ids), _CHUNK):
            held.update({(s.row_id, s.field): s for s in session.scalars(
                select(FieldStamp).where(FieldStamp.entity == entity,
                                         FieldStamp.row_id.in_(ids[start:start + _CHUNK])))})
        for row_id, (fields, seq) in rows.items():
            for field in fields:
                mark = held.get((row_id, field))
                if mark is None:
                    mark = FieldStamp(entity=entity, row_id=row_id, field=field)
                    session.add(mark)
                mark.stamp, mark.user_id, mark.seq = code, None, seq
                mark.client_id = clock.SERVER_NODE


def _authors(session: Session, moves: Iterable[tuple[Any, Place]]) -> list[User]:
    ids = {row.author_id for row, _before in moves
           if isinstance(row, Activity) and row.author_id is not None}
    if not ids:
        return []
    return list(session.scalars(select(User).where(User.id.in_(ids))))


def _publish_users(session: Session, users: Iterable[User]) -> None:
    """Log users again (the change log gives users to every laptop): a laptop that is to
    hold a moved row needs the user it names, even one whose earlier entry it skipped."""
    for user in users:
        record_change(session, "users", user, None, None)
