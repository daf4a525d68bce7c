"""Writing the server's rows into the workspace, one at a time: a pulled row or the
server's answer to a push replaces mine (all but my unsent edits), a row that left my
scope goes with what hangs on it. `models` is the synced models by table name."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection
from typing import Any

from sqlalchemy import Table, UniqueConstraint, and_, delete, insert, select, update
from sqlalchemy.orm import Session

from crmdesk.domain.words import Worded, message, tr_noop
from crmdesk.json_values import SERVER_FIELDS, BadOp, decode_row, snapshot
from crmdesk.store import refused
from crmdesk.store.family import owned_through
from crmdesk.store.models import Base, LocalConflict, OutboxEntry
from crmdesk.sync.errors import SyncError

Models = dict[str, type[Any]]


def pending(session: Session) -> dict[tuple[str, uuid.UUID], set[str]]:
    """Fields with local edits not yet pushed: a pulled value must not overwrite them."""
    found: dict[tuple[str, uuid.UUID], set[str]] = defaultdict(set)
    for entity, row_id, fields in session.execute(
            select(OutboxEntry.entity, OutboxEntry.row_id, OutboxEntry.fields)):
        found[(entity, row_id)].update(fields)
    return found


def table_of(models: Models, entity: str) -> tuple[Any, Table]:
    """The model and table of a kind of record the server sent."""
    model = models.get(entity)
    if model is None:
        raise SyncError(Worded(tr_noop("The server sent an unknown kind of record “{0}”; "
                                       "update crmdesk."), entity))
    return model, model.__table__


def upsert(session: Session, models: Models, entity: str, row_id: uuid.UUID,
           row: dict[str, Any], keep: Collection[str], insert_new: bool = True
           ) -> frozenset[str]:
    """Write a pulled row, all but the columns in `keep` (my unsent edits); a row not
    here is inserted unless `insert_new` is off. The columns it wrote (none: nothing),
    so a caller knows whether a derived value can have changed (derived.reads)."""
    model, table = table_of(models, entity)
    try:
        values = decode_row(model, row)
    except BadOp as exc:
        raise SyncError(Worded(tr_noop("The server sent a {0} record this app cannot read "
                                       "({1}); update crmdesk."), entity,
                               message(exc))) from None
    found = session.execute(select(table).where(table.c.id == row_id)).first()
    if found is None:
        if not insert_new:
            return frozenset()
        give_way(session, table, row_id, values)
        session.execute(insert(table).values(id=row_id, **values))
        return frozenset(values) | {"id"}
    else:
        # only what differs: my own edits come back from the server with only its
        # stamp new, and an update of a searched column re-indexes the row
        held = found._mapping
        changes = {k: v for k, v in values.items() if k not in keep and held[k] != v}
        if changes:  # the server's stamps, not this laptop's clock (`onupdate`); a
            # stamp kept stays as it is
            changes |= {c.name: held[c.name] if c.name in keep else values[c.name]
                        for c in table.columns
                        if c.onupdate is not None and c.name in values}
            session.execute(update(table).where(table.c.id == row_id).values(**changes))
        return frozenset(changes)


def give_way(session: Session, table: Table, row_id: uuid.UUID,
             values: dict[str, Any]) -> None:
    """A local row holding the same natural key (a tag's name, a tag on an account)
    as an arriving one gives way to it: what referred to mine now refers to the
    server's, in the tables and in unsent edits, and mine goes."""
    for constraint in table.constraints:
        if not isinstance(constraint, UniqueConstraint):
            continue
        names = [c.name for c in constraint.columns]
        if any(values.get(n) is None for n in names):
            continue
        clash = session.scalar(select(table.c.id).where(
            and_(*(table.c[n] == values[n] for n in names)), table.c.id != row_id))
        if clash is None and table.name == "tags":  # mine, the same name in any case
            clash = refused.own_tag_named(session, values["name"], row_id)
        if clash is None:
            continue
        for child in Base.metadata.sorted_tables:
            for fk in child.foreign_keys:
                if fk.column.table is table:
                    session.execute(update(child).where(fk.parent == clash)
                                    .values({fk.parent.name: row_id}))
                    for entry in session.scalars(select(OutboxEntry).where(
                            OutboxEntry.entity == child.name)):
                        if entry.fields.get(fk.parent.name) == clash.hex:
                            entry.fields = entry.fields | {fk.parent.name: row_id.hex}
        session.execute(delete(OutboxEntry).where(OutboxEntry.entity == table.name,
                                                  OutboxEntry.row_id == clash))
        refused.unmark(session, [(table.name, clash)])
        session.execute(delete(table).where(table.c.id == clash))


def remove(session: Session, models: Models, entity: str, row_id: uuid.UUID,
           pending: dict[tuple[str, uuid.UUID], set[str]],
           visited: set[tuple[str, uuid.UUID]] | None = None,
           family_only: bool = False,
           marks: set[tuple[str, uuid.UUID]] | None = None) -> int:
    """Take a row off this laptop with the rows that hang on it (`family_only`: only
    those that belong to it, such as an account's contacts; a row that merely refers
    to it, like a relation from one of my companies, stays and is kept aside when
    the batch is checked). Unsent edits to removed rows go to the conflict log, and so
    do records the server refused to create (`marks`, read here when not given)."""
    visited = set() if visited is None else visited
    marks = refused.marked(session) if marks is None else marks
    if (entity, row_id) in visited:
        return 0  # a loop (A reports to B reports to A) is walked once
    visited.add((entity, row_id))
    model, table = table_of(models, entity)
    removed = 0
    for child in Base.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if family_only and not owned_through(child.name, fk.parent.name):
                continue
            if fk.column.table is table and child.name in models:
                for (child_id,) in session.execute(select(child.c.id).where(
                        fk.parent == row_id)).all():
                    removed += remove(session, models, child.name, child_id, pending,
                                      visited, family_only, marks)
    if (entity, row_id) in pending:
        for entry in session.scalars(select(OutboxEntry).where(
                OutboxEntry.entity == entity, OutboxEntry.row_id == row_id)):
            session.add(LocalConflict(
                entity=entity, row_id=row_id, field=None, my_value=entry.fields,
                reason=Worded(tr_noop("This record left your scope (reassigned or moved) "
                                      "before your change was sent; your change is kept "
                                      "here."))))
            session.delete(entry)
    if (entity, row_id) in marks:
        row = session.get(model, row_id)
        if row is not None:
            session.add(LocalConflict(
                entity=entity, row_id=row_id, field=None,
                my_value={k: v for k, v in snapshot(row).items() if k not in SERVER_FIELDS},
                reason=Worded(tr_noop("This record, which the server had refused, hung on "
                                      "one that left your scope; it is kept here."))))
            session.expunge(row)
        refused.unmark(session, [(entity, row_id)])
        marks.discard((entity, row_id))
    result = session.execute(delete(table).where(table.c.id == row_id))
    return removed + int(result.rowcount or 0)  # type: ignore[attr-defined]


def broken_references(session: Session, models: Models) -> dict[str, set[uuid.UUID]]:
    """Rows referring to a row that is not here, in the whole workspace (slow; only
    after SQLite refused a batch's commit for it)."""
    found: dict[str, set[uuid.UUID]] = defaultdict(set)
    connection = session.connection()
    for table, rowid, _parent, _fk in connection.exec_driver_sql(
            "PRAGMA foreign_key_check").all():
        if table in models:
            row_id = connection.exec_driver_sql(
                f"SELECT id FROM {table} WHERE rowid = ?", (rowid,)).scalar()
            if row_id is not None:
                found[table].add(uuid.UUID(row_id))
    return found
