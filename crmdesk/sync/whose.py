"""Whose workspace this is: the server user whose records it holds.

A workspace syncs as one person. Signed in as someone else (or to another server), it
forgets the records it held and syncs afresh, but only with the user's say, and never
while it holds that person's work that exists nowhere else.
"""

from __future__ import annotations

import uuid

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from crmdesk.protocol import UserInfo
from crmdesk.store import deferred, refused
from crmdesk.store import workspace_keys as keys
from crmdesk.store.db import FIRST_SYNC_WRITE, raw_connection
from crmdesk.store.journal import QUIET, pending_count
from crmdesk.store.models import Base, LocalConflict, RefusedRecord, User
from crmdesk.sync.errors import NotAskedToReplace, SyncError
from crmdesk.sync.link import Link
from crmdesk.sync.report import SyncReport
from crmdesk.sync.resync import SEEN
from crmdesk.sync.rows import Models


def other_holder(session: Session, user_id: uuid.UUID) -> str | None:
    """Who (a quoted user name) this workspace holds the records of, when that is not
    `user_id`; None when it holds theirs, or no one's yet. A workspace an older version
    synced without noting for whom holds an unknown person's records, unless it holds
    unsent or refused work: that may be `user_id`'s, and stays with them."""
    held = keys.SYNC_USER_ID.get(session)
    if held == user_id:
        return None
    if held is None:
        synced = keys.LAST_SYNC.is_set(session)
        return "the person who synced it last" if synced and not any(_local_work(session)) \
            else None
    other = session.get(User, held)
    return f"“{other.username}”" if other is not None else "the person who synced it last"


def _local_work(session: Session) -> tuple[int, int, int]:
    """Work that exists only on this laptop: how many unsent edits, how many edits the
    server refused that are kept in Conflicts, and how many records it refused to
    create, marked where they were made."""
    kept = session.scalar(select(func.count()).select_from(LocalConflict).where(
        LocalConflict.resolved.is_(False), LocalConflict.server_id.is_(None)))
    return pending_count(session), int(kept or 0), refused.count(session)


def held_for_another(session: Session, name: str | None) -> str | None:
    """Why this workspace may not sync as someone else now that it holds the records of
    `name` (from `other_holder`), or None. It holds that person's work that exists
    nowhere else: unsent edits (sent as someone else, they would be theirs) or edits the
    server refused, kept in Conflicts or marked where they were made. That person signs
    in to send or settle them first."""
    if name is None:
        return None
    unsent, kept, marked = _local_work(session)
    if not unsent and not kept and not marked:
        return None
    work = " and ".join(part for part in (
        f"{unsent} change(s) by {name} not yet sent" if unsent else "",
        f"{kept} refused change(s) by {name} kept in Conflicts" if kept else "",
        f"{marked} record(s) by {name} the server refused, marked where they were made"
        if marked else "") if part)
    return (f"This workspace holds {work}. Sign in as {name} to deal with them first, "
            "or open another workspace for this account.")


def claim(link: Link, me: UserInfo, report: SyncReport, replace: bool) -> None:
    """Sync this workspace as `me`. One that held another person's records (signed in
    as someone else, or to another server) forgets them and syncs afresh, so nothing
    of theirs stays that `me` may not see: all of it is on their server. Refused
    while it holds their work that exists nowhere else (`held_for_another`), and
    unless the user agreed to `replace` them."""
    with link.store.write.begin() as session:
        session.info[QUIET] = True
        # forgetting may delete a big workspace: without SQLite's per-row checks
        session.connection(execution_options={FIRST_SYNC_WRITE: True})
        other = other_holder(session, me.id)
        refusal = held_for_another(session, other)
        if refusal is not None:
            raise SyncError(refusal)
        if other is not None:
            if not replace:
                raise NotAskedToReplace(
                    f"This workspace holds the records of {other}; syncing as "
                    f"“{me.username}” would remove them from this laptop (they stay "
                    "on the server).")
            forget_all(session, link.models)
            # edits from now on have seen nothing of this log as `me`
            link.store.sync_state["cursor"] = 0
            report.forgot = True
        if keys.SYNC_USER_ID.get(session) != me.id:
            keys.SYNC_USER_ID.put(session, me.id)


def forget_all(session: Session, models: Models) -> None:
    """Empty every synced table, the conflict log and how far the server's log was
    read, inside the caller's transaction (a FIRST_SYNC_WRITE one): the next pull is a
    first sync."""
    raw = raw_connection(session)
    deferred.defer(raw)  # built again, over the new rows, by the first sync's end
    for table in reversed(Base.metadata.sorted_tables):
        if table.name in models:
            raw.execute(f"DELETE FROM {table.name}")
    raw.execute("DELETE FROM search_doc")
    raw.execute("DELETE FROM search_fts")
    SEEN.drop(session.connection(), checkfirst=True)
    session.execute(delete(LocalConflict))
    session.execute(delete(RefusedRecord))
    for key in (keys.LAST_SYNC, keys.RESYNC, keys.PARKED, keys.SYNC_EPOCH,
                keys.CONFLICTS_AFTER):
        key.clear(session)
    keys.SYNC_CURSOR.put(session, 0)
