"""Moving a person's book: a leaving rep's accounts to a colleague or the team's pool
(`reassign_book`), or a person to another team with or without them (`move_team`).

An account moves with every row that hangs on it (store/family.py). Each moved row is
written to the change log with the owner and team it had, so the laptops that held it
delete it at their next pull and the laptops that may now see it receive it whole. The
owner and team fields get a stamp from the server's clock: an edit of them made on a
laptop before the move and pushed afterwards loses by last-writer-wins. A book given to
the pool is released from its owner, as a release by push is (crmdesk.server.pool): the
previous owner waits out the cooling-off to claim an account back, and each account's
timeline says so.

A move takes the change log to itself (no push runs meanwhile), so it reads and moves
a book that stands still.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.domain.words import Worded, tr_noop
from crmdesk.hlc import Stamp
from crmdesk.server import pool
from crmdesk.server.db import NO_USER, ServerError
from crmdesk.server.history import require_resync
from crmdesk.server.rule_writes import (
    Changed,
    Place,
    move_accounts,
    publish_users,
    server_stamp,
)
from crmdesk.server.sync import lock_change_log
from crmdesk.store.models import Account, LeadBatch, Role, Team, User, utcnow


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
        raise BookRefused(Worded(NO_USER, name))
    return user


def find_team(session: Session, name: str) -> Team:
    team = session.scalars(select(Team).where(Team.name == name)).first()
    if team is None:
        names = ", ".join(session.scalars(select(Team.name).order_by(Team.name)))
        raise BookRefused(Worded(tr_noop("No team “{0}”. Teams: {1}."), name, names)
                          if names else Worded(tr_noop("No team “{0}”. Teams: none yet."),
                                               name))
    return team


def reassign_book(session: Session, leaving: str, to: str | None,
                  stamp: Stamp | None = None) -> Moved:
    """Give every account `leaving` owns (tombstoned ones too), with its history, to the
    rep `to` of the same team, or to the team's public pool when `to` is None."""
    lock_change_log(session, exclusive=True)  # before reading: no push meanwhile
    user = find_user(session, leaving)
    if user.team_id is None:
        raise BookRefused(Worded(tr_noop("“{0}” belongs to no team, so has no team book to "
                                         "pass on."), leaving))
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
        raise BookRefused(Worded(tr_noop("“{0}” is {1} and belongs to no team; only reps and "
                                         "team leads move between teams."), name,
                                 user.role.value))
    old_team = user.team_id
    if old_team == team.id:
        raise BookRefused(Worded(tr_noop("“{0}” is already in team “{1}”."), name,
                                 team.name))
    if keep and book_to is not None:
        raise BookRefused(Worded(tr_noop("Either keep the book or give it to someone, not "
                                         "both.")))
    stamp = stamp or server_stamp(session)
    if keep:
        place: Place = (user.id, team.id)
    else:
        if old_team is None:
            raise BookRefused(Worded(tr_noop("“{0}” has no team whose pool could keep the "
                                             "book."), name))
        place = (None if book_to is None else _colleague(session, user, book_to).id, old_team)
    user.team_id = team.id
    user.updated_at = utcnow()
    session.flush()
    # logged before the book, so a laptop has the new owner before the rows naming them
    publish_users(session, [user])
    moved = _move_book(session, user, place, stamp)
    require_resync(session, user.id)  # what they may see changed as a whole
    return moved


def _colleague(session: Session, user: User, name: str) -> User:
    """The active rep or lead `name` of `user`'s team, to take over the book."""
    target = find_user(session, name)
    if target.id == user.id:
        raise BookRefused(Worded(tr_noop("“{0}” cannot pass the book to themselves."), name))
    if not target.active or target.deleted:
        raise BookRefused(Worded(tr_noop("“{0}” is disabled; choose an active colleague."),
                                 name))
    if target.team_id != user.team_id or target.role not in (Role.REP, Role.LEAD):
        raise BookRefused(Worded(tr_noop("“{0}” is not a rep or lead of {1}'s team; a book "
                                         "stays in its team (use move-team to change "
                                         "teams)."), name, user.username))
    return target


def _move_book(session: Session, user: User, place: Place, stamp: Stamp) -> Moved:
    owner, team = place
    accounts = list(session.scalars(select(Account).where(Account.owner_id == user.id)
                                    .order_by(Account.id)))
    # to the pool: a release from them, as theirs would be (their claim back waits for
    # the cooling-off), written on each live account's timeline once moved
    released = [a for a in accounts if not a.deleted] if owner is None else []
    now = pool.now_of(session)  # the database's UTC day, as every server rule reads it
    if released:
        settles = pool.released(user.id, now)
        for account in released:
            for field, value in settles.items():
                setattr(account, field, value)
    # Lead batches the accounts come from travel too: a laptop needs them to hold the
    # accounts that name them.
    batches = []
    for batch in session.scalars(select(LeadBatch).where(LeadBatch.owner_id == user.id)):
        fields = tuple(f for f, value in (("owner_id", owner), ("team_id", team))
                       if getattr(batch, f) != value)
        batches.append(Changed(batch, (batch.owner_id, batch.team_id), fields))
        batch.owner_id, batch.team_id = owner, team
    rows = move_accounts(session, accounts, place, stamp, now.date(), also=batches)
    if released:
        pool.note_releases(session, released, None)
    return Moved(accounts=len(accounts), rows=rows + len(batches))
