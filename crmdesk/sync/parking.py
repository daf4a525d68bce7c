"""Rows kept aside until the row they refer to arrives.

A pull may bring a child before its parent, or a link to a record I may not see (a
relation to another rep's company): such rows are taken off so the batch commits, kept
as JSON in the workspace, and put back once the parent is here.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from crmdesk.json_values import snapshot
from crmdesk.store import workspace_keys as keys
from crmdesk.store.models import Base
from crmdesk.sync.first_sync_writer import orphans
from crmdesk.sync.rows import Models, table_of

Parked = dict[tuple[str, uuid.UUID], dict[str, Any]]


def parked(session: Session) -> Parked:
    """The rows kept aside, by (kind, id)."""
    return {(e["entity"], uuid.UUID(e["row_id"])): e["row"] for e in keys.PARKED.get(session)}


def put_parked(session: Session, rows: Parked) -> None:
    """Keep `rows` aside, in place of those kept before."""
    keys.PARKED.put(session, [{"entity": entity, "row_id": row_id.hex, "row": row}
                              for (entity, row_id), row in rows.items()])


def park_orphans(session: Session, models: Models, touched: dict[str, set[uuid.UUID]]
                 ) -> Parked:
    """Take off the rows among `touched` that refer to a row this laptop does not
    have (and the rows hanging on those), so the batch commits; returns them to keep
    aside. A pull may bring a child before its parent, or a link to a record I may
    not see (a relation to another rep's company)."""
    found_parked: Parked = {}
    queue: dict[str, set[uuid.UUID]] = {name: set(ids) for name, ids in touched.items()
                                        if ids}
    while queue:
        found = orphans(session, queue)
        queue = defaultdict(set)
        for name, ids in found.items():
            model, table = table_of(models, name)
            for row_id in ids:
                if (name, row_id) in found_parked:
                    continue
                row = session.get(model, row_id)
                if row is None:
                    continue
                found_parked[(name, row_id)] = snapshot(row)
                session.expunge(row)
                session.execute(delete(table).where(table.c.id == row_id))
                for child in Base.metadata.sorted_tables:  # what hangs on it goes too
                    for fk in child.foreign_keys:
                        if fk.column.table is table and child.name in models:
                            queue[child.name].update(session.scalars(
                                select(child.c.id).where(fk.parent == row_id)))
    return found_parked  # with their unsent values: they are in the snapshot
