"""A full resync: the server no longer keeps the log after my cursor, so the laptop
reads it again from the start, noting every row it brings; at the end, the rows it did
not bring (they left my scope while I was away) are swept. Resumable: the note and
the cursor survive a restart."""

from __future__ import annotations

import uuid
from collections import defaultdict

from sqlalchemy import Column, MetaData, String, Table, delete, select
from sqlalchemy.orm import Session

from crmdesk.store import refused
from crmdesk.store import workspace_keys as keys
from crmdesk.store.journal import QUIET
from crmdesk.store.models import Base
from crmdesk.sync import parking
from crmdesk.sync.link import Link
from crmdesk.sync.rows import Models

#: The rows a full resync has brought so far (local, made only during a resync).
SEEN = Table("sync_seen", MetaData(), Column("entity", String(40), primary_key=True),
             Column("row_id", String(32), primary_key=True))


def begin_resync(link: Link) -> None:
    """Start over from the beginning of the server's log, noting every row it brings
    so that what it no longer brings can be swept at the end. Resumable: the note
    and the cursor survive a restart."""
    with link.store.write.begin() as session:
        session.info[QUIET] = True
        SEEN.create(session.connection(), checkfirst=True)
        session.execute(delete(SEEN))
        keys.RESYNC.put(session, True)
        keys.SYNC_CURSOR.put(session, 0)
        parking.put_parked(session, {})


def sweep(session: Session, models: Models,
          pending: dict[tuple[str, uuid.UUID], set[str]]) -> dict[str, set[uuid.UUID]]:
    """End a resync: remove the rows it did not bring (they left my scope while I was
    away), except those with unsent edits and those the server refused to create;
    returns those kept, to check their parents."""
    kept: dict[str, set[uuid.UUID]] = defaultdict(set)
    for entity, row_id in [*pending, *refused.marked(session)]:  # only here
        kept[entity].add(row_id)
    for table in reversed(Base.metadata.sorted_tables):
        if table.name not in models:
            continue
        seen = select(SEEN.c.row_id).where(SEEN.c.entity == table.name)
        unsent = list(kept.get(table.name, ()))
        session.execute(delete(table).where(table.c.id.not_in(seen),
                                            table.c.id.not_in(unsent)))
    SEEN.drop(session.connection())
    keys.RESYNC.clear(session)
    return kept
