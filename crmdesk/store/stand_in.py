"""The stand-in user of a new workspace, and its work given to the person who signs in.

(Not the hand-off of a customer to service, a rule the server runs: this is only about
whose name the laptop's own work before its first sign-in goes under.)

A new workspace works as a stand-in user of its own ("Me", in "My team") until it
signs in to a server. That user never leaves the laptop: the server knows the real
people. Once the signed-in user's own record has arrived, everything the stand-in owned
or wrote, in the tables and in unsent edits alike, becomes theirs, and the stand-in
goes, so the first push is accepted rather than refused as someone else's.
"""

from __future__ import annotations

import uuid

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from crmdesk.store import workspace_keys as keys
from crmdesk.store.models import Base, OutboxEntry, Role, Team, User


def new_stand_in(session: Session) -> User:
    """Make a new workspace's own user ("Me", in "My team") and work as it. Made
    without journaling: it is never sent."""
    team = Team(name="My team")
    session.add(team)
    session.flush()
    me = User(username="me", display_name="Me", role=Role.REP, team_id=team.id)
    session.add(me)
    session.flush()
    keys.CURRENT_USER.put(session, me.id)
    keys.STAND_IN_USER.put(session, me.id)
    return me


def retire_stand_in(session: Session, user_id: uuid.UUID) -> bool:
    """Give the stand-in's work to `user_id` (whose record must be here); False when
    there is no stand-in or that user has not arrived yet."""
    stand_in_id = keys.STAND_IN_USER.get(session)
    me = session.get(User, user_id)
    if stand_in_id is None or me is None:
        return False
    stand_in = session.get(User, stand_in_id)
    if stand_in is None or stand_in.id == user_id:
        keys.STAND_IN_USER.clear(session)
        return stand_in is not None
    swaps: dict[str, tuple[uuid.UUID, uuid.UUID | None]] = {"users": (stand_in.id, me.id)}
    if stand_in.team_id is not None:  # to no team for an administrator
        swaps["teams"] = (stand_in.team_id, me.team_id)
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name in swaps:
                old, new = swaps[fk.column.table.name]
                session.execute(update(table).where(fk.parent == old)
                                .values({fk.parent.name: new}))
    by_hex = {old.hex: None if new is None else new.hex for old, new in swaps.values()}
    for entry in session.scalars(select(OutboxEntry)):
        if any(isinstance(v, str) and v in by_hex for v in entry.fields.values()):
            entry.fields = {k: by_hex.get(v, v) if isinstance(v, str) else v
                            for k, v in entry.fields.items()}
    team_id = stand_in.team_id
    session.delete(stand_in)
    session.flush()
    if "teams" in swaps:
        session.execute(delete(Team).where(Team.id == team_id))
    if keys.CURRENT_USER.get(session) == stand_in_id:
        keys.CURRENT_USER.put(session, me.id)
    keys.STAND_IN_USER.clear(session)
    return True
