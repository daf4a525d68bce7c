"""A first sync's fast path: a pulled batch written in bulk into a workspace that has no
local edits yet.

The row-by-row path costs a lookup, a statement and a run of the per-row search
triggers for every change. Here each table's rows go in with one prepared upsert, and
the search index is brought up to date once per batch from the same views the triggers
use. The caller's transaction holds the whole batch: the triggers are dropped and made
again inside it, so a batch that commits has them and one that does not leaves nothing.
"""

from __future__ import annotations

import json
import re
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Dialect,
    Enum,
    Integer,
    String,
    Table,
    Uuid,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from crmdesk.protocol import Change
from crmdesk.store.bulk import (
    SEARCH_SOURCES,
    create_triggers,
    drop_search_triggers,
    index_from_view,
)
from crmdesk.store.models import Base, synced_models
from crmdesk.store.rowcodec import BadOp, coerce, decode_row

Convert = Callable[[Any], Any]
_IDS = "SELECT value FROM json_each(?)"
_KIND = dict(SEARCH_SOURCES)  # "account" -> its view
_DOC_TABLES = {"accounts": "account", "contacts": "contact"}
# One statement for both kinds, so documents are numbered in arrival order across them.
_ADD_DOC = (
    "INSERT INTO search_doc (kind, ref_id, account_id) SELECT kind, ref, account FROM ("
    " SELECT 'account' AS kind, id AS ref, id AS account FROM accounts WHERE id = ?1"
    " UNION ALL SELECT 'contact', id, account_id FROM contacts WHERE id = ?1) WHERE true "
    "ON CONFLICT (ref_id) DO UPDATE SET account_id = excluded.account_id")


@dataclass
class Prepared:
    """A batch made ready for writing: the latest copy of each row, grouped by table,
    with its values already converted to what SQLite stores. Preparing needs no
    database, so it can be done while the previous batch is being written."""

    changes: Sequence[Change]
    by_table: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    gone: list[tuple[str, str]] = field(default_factory=list)
    plain: dict[str, list[list[Any]]] = field(default_factory=dict)
    partial: dict[str, list[tuple[str, dict[str, Any]]]] = field(default_factory=dict)


def prepare_first_batch(changes: Sequence[Change], dialect: Dialect) -> Prepared:
    """Convert a pulled batch for `write_first_batch` (raises BadOp for what this app
    cannot read)."""
    latest: dict[tuple[str, uuid.UUID], dict[str, Any] | None] = {}
    for change in changes:
        latest[(change.entity, change.row_id)] = change.row
    models = synced_models()
    unknown = {entity for entity, _ in latest} - models.keys()
    if unknown:
        raise BadOp(f"The server sent an unknown kind of record “{sorted(unknown)[0]}”; "
                    "update crmdesk.")
    ready = Prepared(changes)
    for (entity, row_id), row in latest.items():
        if row is None:
            ready.gone.append((entity, row_id.hex))
        else:
            ready.by_table.setdefault(entity, {})[row_id.hex] = row
    for table_name, rows in ready.by_table.items():
        table = Base.metadata.tables[table_name]
        converters = [(c.name, converter(table, c, dialect)) for c in table.columns]
        plain = ready.plain.setdefault(table_name, [])
        for ref, row in rows.items():
            try:
                # the change names the row; like the row-by-row path, trust that over it
                plain.append([ref if name == "id" else convert(row[name])
                              for name, convert in converters])
            except KeyError:  # not a whole row: written as the row-by-row path writes it
                ready.partial.setdefault(table_name, []).append((ref, row))
            except BadOp as exc:
                raise BadOp(f"The server sent a {table_name} record this app cannot read "
                            f"({exc}); update crmdesk.") from None
    return ready


def apply_first_batch(session: Session, changes: Sequence[Change],
                      ready: Prepared | None = None) -> int:
    """Write one pulled batch in bulk (prepared already, or now); returns how many rows
    it wrote.

    Call inside the batch's write transaction, with foreign keys deferred, in a workspace
    with no unsent edits. The same row twice in a batch: the later wins. A change with no
    row (it left the user's scope) removes the row and what hangs on it, as the
    row-by-row path does; rows from earlier batches may be there.
    """
    session.flush()
    if ready is None or ready.changes is not changes:
        ready = prepare_first_batch(changes, session.get_bind().dialect)
    conn = cast(sqlite3.Connection, session.connection().connection.driver_connection)
    triggers = drop_search_triggers(conn)
    try:
        written = _apply(conn, session, ready)
    finally:
        create_triggers(conn, triggers)
    return written


def _apply(conn: sqlite3.Connection, session: Session, ready: Prepared) -> int:
    by_table, gone = ready.by_table, ready.gone
    # accounts whose tags change: the account_tags triggers re-index old and new accounts
    retag: set[str] = set()
    tagged = list(by_table.get("account_tags", {})) + [i for e, i in gone if e == "account_tags"]
    if tagged:
        retag.update(r[0] for r in conn.execute(
            f"SELECT account_id FROM account_tags WHERE id IN ({_IDS})", (json.dumps(tagged),)))
    removed = _remove(conn, gone)
    written = 0
    for table in Base.metadata.sorted_tables:
        if table.name in by_table:
            written += _upsert(conn, session, table, ready)
    new_tags = by_table.get("account_tags", {})
    retag.update(row["account_id"] for row in new_tags.values() if "account_id" in row)
    if "tags" in by_table:
        retag.update(r[0] for r in conn.execute(
            f"SELECT account_id FROM account_tags WHERE tag_id IN ({_IDS})",
            (json.dumps(list(by_table["tags"])),)))
    _reindex(conn, ready.changes, by_table, removed, retag)
    return written


def _remove(conn: sqlite3.Connection, gone: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """Delete rows that left scope with the rows that refer to them; returns what went,
    by table. No local edits exist on this path, so none need keeping."""
    children: dict[str, list[tuple[str, str]]] = {}
    for child in Base.metadata.sorted_tables:
        for fk in child.foreign_keys:
            children.setdefault(fk.column.table.name, []).append((child.name, fk.parent.name))
    removed: dict[str, set[str]] = {}
    stack = list(gone)
    while stack:
        name, row_id = stack.pop()
        if row_id in removed.setdefault(name, set()):
            continue  # a loop (A reports to B reports to A) is walked once
        if conn.execute(f"SELECT 1 FROM {name} WHERE id = ?", (row_id,)).fetchone() is None:
            continue
        removed[name].add(row_id)
        for below, column in children.get(name, ()):
            stack.extend((below, r[0]) for r in conn.execute(
                f"SELECT id FROM {below} WHERE {column} = ?", (row_id,)))
    for name, ids in removed.items():
        if ids:
            conn.execute(f"DELETE FROM {name} WHERE id IN ({_IDS})", (json.dumps(list(ids)),))
    return removed


def _upsert(conn: sqlite3.Connection, session: Session, table: Table, ready: Prepared
            ) -> int:
    names = [c.name for c in table.columns]
    marks = ", ".join("?" for _ in names)
    updates = ", ".join(f"{n} = excluded.{n}" for n in names if n != "id")
    conn.executemany(f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({marks}) "
                     f"ON CONFLICT (id) DO UPDATE SET {updates}", ready.plain[table.name])
    for row_id, row in ready.partial.get(table.name, ()):
        _upsert_partial(session, table, row_id, row)
    return len(ready.by_table[table.name])


def _upsert_partial(session: Session, table: Table, row_id: str, row: dict[str, Any]) -> None:
    values = decode_row(synced_models()[table.name], row)
    statement = sqlite_insert(table).values(id=uuid.UUID(row_id), **values)
    if values:
        statement = statement.on_conflict_do_update(index_elements=["id"], set_=values)
    else:
        statement = statement.on_conflict_do_nothing(index_elements=["id"])
    session.execute(statement)


def _reindex(conn: sqlite3.Connection, changes: Sequence[Change],
             by_table: dict[str, dict[str, dict[str, Any]]], removed: dict[str, set[str]],
             retag: set[str]) -> None:
    """Bring the search index up to date for this batch, as the triggers would have."""
    for table, kind in _DOC_TABLES.items():
        gone = json.dumps(list(removed.get(table, ())))
        conn.execute(f"DELETE FROM search_fts WHERE rowid IN (SELECT doc_id FROM search_doc "
                     f"WHERE kind = ? AND ref_id IN ({_IDS}))", (kind, gone))
        conn.execute(f"DELETE FROM search_doc WHERE kind = ? AND ref_id IN ({_IDS})",
                     (kind, gone))
    accounts = set(by_table.get("accounts", ())) | (retag - removed.get("accounts", set()))
    contacts = set(by_table.get("contacts", ()))
    stale = json.dumps(list(accounts | contacts))
    conn.execute(f"DELETE FROM search_fts WHERE rowid IN (SELECT doc_id FROM search_doc "
                 f"WHERE ref_id IN ({_IDS}))", (stale,))
    # documents are numbered in the order the rows arrived, as the insert triggers number
    # them; search ranks ties and caps broad matches in that order
    docs: dict[str, None] = {}
    for change in changes:
        ref = change.row_id.hex
        if change.entity in _DOC_TABLES and ref in by_table.get(change.entity, {}):
            docs[ref] = None
    conn.executemany(_ADD_DOC, ((ref,) for ref in docs))
    for kind, ids in (("account", accounts), ("contact", contacts)):
        if ids:
            conn.execute(index_from_view(_KIND[kind], f"s.ref_id IN ({_IDS})"),
                         (json.dumps(list(ids)),))


# ---- JSON values to column values ---------------------------------------------------------

class _Slow(Exception):
    """The fast check did not accept a value: `coerce` decides (and explains)."""


def converter(table: Table, column: Column[Any], dialect: Dialect) -> Convert:
    """A function from a JSON value to what the row-by-row path writes into `column`:
    `coerce`, then the column type's bind processing, with a fast path for well-formed
    values. Anything the fast path does not accept goes through `coerce` itself, so
    errors and edge cases are exactly the row-by-row path's."""
    model = synced_models()[table.name]
    bind = column.type.dialect_impl(dialect).bind_processor(dialect)
    name = column.name

    def slow(value: Any) -> Any:
        value = coerce(model, name, value)
        return value if bind is None else bind(value)

    if name == "updated_at":  # the server sets it; the row-by-row path parses it as is
        def stamp(value: Any) -> Any:
            moment = datetime.fromisoformat(value)
            return moment if bind is None else bind(moment)
        return stamp
    fast = _fast(column, bind)
    null = slow(None) if column.nullable else None

    def convert(value: Any) -> Any:
        if value is None and column.nullable:
            return null
        try:
            return fast(value)
        except Exception:  # whatever the fast path did not accept, coerce judges
            return slow(value)

    return convert


_HEX32 = re.compile(r"[0-9a-f]{32}")


def _fast(column: Column[Any], bind: Convert | None) -> Convert:
    """The stored value for an ordinary, valid JSON value, computed directly (each case
    gives what `coerce` and the SQLite bind processing give; the tests hold them equal);
    raises for anything else."""
    kind = column.type
    if isinstance(kind, Uuid):
        canonical = _HEX32.fullmatch

        def uuid_hex(value: Any) -> Any:
            if canonical(value):  # already what UUID(value).hex gives
                return value
            raise _Slow
        return uuid_hex
    if isinstance(kind, DateTime):
        def moment(value: Any) -> str:
            parsed = datetime.fromisoformat(value)
            if parsed.tzinfo is None:
                return parsed.isoformat(" ", "microseconds")
            raise _Slow
        return moment
    if isinstance(kind, Date):
        return lambda value: date.fromisoformat(value).isoformat()
    if isinstance(kind, Enum):
        members = {m.value: m for m in kind.enum_class} if kind.enum_class else {}
        stored = {v: m if bind is None else bind(m) for v, m in members.items()}
        return stored.__getitem__
    if isinstance(kind, Boolean):
        truth = {True: True if bind is None else bind(True),
                 False: False if bind is None else bind(False)}

        def boolean(value: Any) -> Any:
            if value is True or value is False:
                return truth[value]
            raise _Slow
        return boolean
    if bind is not None and not isinstance(kind, JSON):
        return _refuse
    if isinstance(kind, Integer):
        def integer(value: Any) -> int:
            if type(value) is int and -(2**63) <= value < 2**63:
                return value
            raise _Slow
        return integer
    if isinstance(kind, String):  # Text too
        limit = kind.length

        def string(value: Any) -> str:
            if type(value) is str and (limit is None or len(value) <= limit) \
                    and "\x00" not in value:
                return value
            raise _Slow
        return string
    if isinstance(kind, JSON) and bind is not None:
        encode = bind

        def document(value: Any) -> Any:
            if type(value) is dict or type(value) is list:
                return encode(value)
            raise _Slow
        return document
    return _refuse


def _refuse(value: Any) -> Any:
    raise _Slow


def orphans(session: Session, touched: Mapping[str, Iterable[uuid.UUID]]
            ) -> dict[str, set[uuid.UUID]]:
    """Rows among `touched` (ids by table) that refer to a row this workspace does not
    hold: one statement per foreign key for the whole batch, so checking a first sync's
    batch of thousands of rows stays cheap."""
    conn = cast(sqlite3.Connection, session.connection().connection.driver_connection)
    found: dict[str, set[uuid.UUID]] = {}
    for name, ids in touched.items():
        batch = json.dumps([row_id.hex for row_id in ids])
        for fk in Base.metadata.tables[name].foreign_keys:
            column, parent = fk.parent.name, fk.column.table.name
            for (row_id,) in conn.execute(
                    f"SELECT t.id FROM {name} AS t WHERE t.id IN ({_IDS}) "
                    f"AND t.{column} IS NOT NULL AND NOT EXISTS "
                    f"(SELECT 1 FROM {parent} AS p WHERE p.id = t.{column})", (batch,)):
                found.setdefault(name, set()).add(uuid.UUID(row_id))
    return found
