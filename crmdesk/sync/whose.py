"""Whose workspace this is: the server user whose records it holds.

A workspace syncs as one person. Signed in as someone else (or to another server), it
forgets the records it held and syncs afresh, but only with the user's say, and never
while it holds that person's work that exists nowhere else.
"""

from __future__ import annotations

import uuid

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from crmdesk.domain.words import Worded, tr_noop
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

#: Who held a workspace an older version synced without noting for whom.
LAST_ONE = tr_noop("the person who synced it last")
#: Two parts of a sentence's list, the later part last.
AND = tr_noop("{0} and {1}")


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
        return Worded(LAST_ONE) if synced and not any(_local_work(session)) else None
    other = session.get(User, held)
    return f"“{other.username}”" if other is not None else Worded(LAST_ONE)


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
    parts = [part for part in (
        Worded(tr_noop("{0} change(s) by {1} not yet sent"), unsent, name) if unsent else "",
        Worded(tr_noop("{0} refused change(s) by {1} kept in Conflicts"), kept, name)
        if kept else "",
        Worded(tr_noop("{0} record(s) by {1} the server refused, marked where they were "
                       "made"), marked, name) if marked else "") if part]
    work = parts[0]
    for part in parts[1:]:
        work = Worded(AND, work, part)
    return Worded(tr_noop("This workspace holds {0}. Sign in as {1} to deal with them "
                          "first, or open another workspace for this account."), work, name)


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
                raise NotAskedToReplace(Worded(tr_noop(
                    "This workspace holds the records of {0}; syncing as “{1}” would "
                    "remove them from this laptop (they stay on the server)."),
                    other, me.username))
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
