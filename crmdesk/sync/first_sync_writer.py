"""A first sync's fast path: a pulled batch written in bulk into a workspace that has no
local edits yet.

The row-by-row path costs a lookup, a statement, index updates and a run of the
per-row search triggers for every change. Here each table's rows go in with one
prepared upsert, with the secondary indexes and the search index taken down
(`crmdesk.store.deferred`) until the sync has every row; only the search documents'
numbering is kept as rows arrive, so search ranks as after a row-by-row sync.
"""

from __future__ import annotations

import json
import re
import sqlite3
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from operator import itemgetter
from typing import Any

import orjson
from sqlalchemy import Dialect, Table
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from crmdesk.domain.words import Worded, message, tr_noop
from crmdesk.json_values import BadOp, decode_row
from crmdesk.protocol import Change, PullResponse
from crmdesk.store.db import raw_connection
from crmdesk.store.deferred import defer
from crmdesk.store.models import Base, synced_models
from crmdesk.store.records import search_documents
from crmdesk.sync.pulled_values import ConvertColumn, column_converter

_IDS = "SELECT value FROM json_each(?)"
# A document per account and contact, numbered in arrival order as the insert triggers
# number them: search ranks ties and caps broad matches in that order.
_ADD_DOC = ("INSERT INTO search_doc (kind, ref_id, account_id) VALUES (?, ?, ?) "
            "ON CONFLICT (ref_id) DO UPDATE SET account_id = excluded.account_id")
_DROP_DOCS = f"DELETE FROM search_doc WHERE ref_id IN ({_IDS})"


#: Each searched table's document kind and the column naming its company (None: the
#: row is the company).
_SEARCHED = {searched.table: (searched.doc_kind, searched.company_column)
             for searched in search_documents()}
_CHANGE_FIELDS = frozenset(Change.model_fields)
# a row id as the server writes it (or bare): what uuid.UUID reads, without its cost
_ROW_ID = re.compile(r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}")


@dataclass
class Prepared:
    """A batch made ready for writing: the latest copy of each row, grouped by table,
    with its values already converted to what SQLite stores. Preparing needs no
    database, so it can be done while the previous batch is being written."""

    raw: list[dict[str, Any]]  # the changes as the server sent them
    order: list[tuple[str, str]] = field(default_factory=list)  # (table, id) as they came
    by_table: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    gone: list[tuple[str, str]] = field(default_factory=list)
    # each table's whole rows as stored values in `_columns` order, one after another
    rows: dict[str, list[Any]] = field(default_factory=dict)
    # the same values a column at a time
    columns: dict[str, dict[str, Sequence[Any]]] = field(default_factory=dict)
    partial: dict[str, list[tuple[str, dict[str, Any]]]] = field(default_factory=dict)

    def changes(self) -> list[Change]:
        """The batch as changes, for the row-by-row path."""
        return [Change.model_validate(item) for item in self.raw]


def read_first_batch(body: bytes, dialect: Dialect) -> tuple[PullResponse, Prepared]:
    """A pulled page, read straight into rows ready to write: the answer (its `changes`
    left empty; they are in `Prepared`). Raises BadOp for what this app cannot read, or
    pydantic's ValidationError for what is not an answer at all."""
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        data = None
    if not isinstance(data, dict) or not isinstance(data.get("changes"), list):
        answer = PullResponse.model_validate_json(body)  # says what is wrong
        return answer, prepare_first_batch(answer.changes, dialect)
    answer = PullResponse.model_validate({**data, "changes": []})
    return answer, _prepare(data["changes"], dialect)


def prepare_first_batch(changes: Sequence[Change], dialect: Dialect) -> Prepared:
    """Convert a pulled batch for `apply_first_batch` (raises BadOp for what this app
    cannot read)."""
    return _prepare([{"seq": c.seq, "entity": c.entity, "row_id": c.row_id.hex,
                      "row": c.row} for c in changes], dialect)


def _prepare(raw: list[Any], dialect: Dialect) -> Prepared:
    latest: dict[tuple[str, str], dict[str, Any] | None] = {}
    ready = Prepared(raw)
    for item in raw:
        if type(item) is dict and item.keys() == _CHANGE_FIELDS \
                and type(item["seq"]) is int and type(item["entity"]) is str \
                and type(item["row_id"]) is str and _ROW_ID.fullmatch(item["row_id"]) \
                and (item["row"] is None or type(item["row"]) is dict):
            key = (item["entity"], item["row_id"].replace("-", ""))
            latest[key] = item["row"]
        else:  # not in the usual form: the protocol's own check says what is wrong
            change = Change.model_validate(item)
            key = (change.entity, change.row_id.hex)
            latest[key] = change.row
        ready.order.append(key)
    unknown = {entity for entity, _ in latest} - synced_models().keys()
    if unknown:
        raise BadOp(Worded(tr_noop("The server sent an unknown kind of record “{0}”; "
                                   "update crmdesk."), sorted(unknown)[0]))
    for (entity, ref), row in latest.items():
        if row is None:
            ready.gone.append((entity, ref))
        else:
            ready.by_table.setdefault(entity, {})[ref] = row
    for name, rows in ready.by_table.items():
        try:
            ready.rows[name] = _convert(name, rows, dialect, ready)
        except BadOp as exc:
            raise BadOp(Worded(tr_noop("The server sent a {0} record this app cannot read "
                                       "({1}); update crmdesk."), name,
                               message(exc))) from None
    return ready


def _convert(name: str, rows: dict[str, dict[str, Any]], dialect: Dialect,
             ready: Prepared) -> list[Any]:
    """A table's whole rows as stored values in `_columns` order, a column at a time;
    rows that are not whole go to `ready.partial`, written as the row-by-row path writes
    them. The change names the row: like the row-by-row path, trust that over its id."""
    columns = _columns(Base.metadata.tables[name])[1:]
    get = itemgetter(*columns)
    refs, found = list(rows), list(rows.values())
    try:
        values = list(map(get, found))
    except KeyError:
        whole = set(columns)
        ready.partial[name] = [(r, row) for r, row in rows.items() if not whole <= row.keys()]
        refs = [r for r, row in rows.items() if whole <= row.keys()]
        values = [get(rows[r]) for r in refs]
    if not refs:
        return []
    if len(columns) == 1:
        values = [(v,) for v in values]
    converted = [convert(column) for convert, column
                 in zip(_converters(name, dialect), zip(*values, strict=True), strict=True)]
    ready.columns[name] = {"id": refs, **dict(zip(columns, converted, strict=True))}
    return list(chain.from_iterable(zip(refs, *converted, strict=True)))


def _columns(table: Table) -> list[str]:
    """The order stored rows are prepared and written in: the id first."""
    return ["id", *(c.name for c in table.columns if c.name != "id")]


@lru_cache(maxsize=128)
def _converters(name: str, dialect: Dialect) -> list[ConvertColumn]:
    table = Base.metadata.tables[name]
    return [column_converter(table, table.columns[c], dialect) for c in _columns(table)[1:]]


def apply_first_batch(session: Session, batch: Prepared | Sequence[Change]) -> int:
    """Write one pulled batch in bulk (prepared already, or now); returns how many rows
    it wrote. Takes the indexes and search down first if they are up: the caller
    restores them (`crmdesk.store.deferred.restore`) once the sync has every row.

    Call inside the batch's write transaction, with foreign keys deferred, in a workspace
    with no unsent edits. The same row twice in a batch: the later wins. A change with no
    row (it left the user's scope) removes the row and what hangs on it, as the
    row-by-row path does; rows from earlier batches may be there.
    """
    session.flush()
    ready = batch if isinstance(batch, Prepared) else prepare_first_batch(
        batch, session.get_bind().dialect)
    conn = raw_connection(session)
    defer(conn)
    removed = _remove(conn, ready.gone)
    conn.execute(_DROP_DOCS, (json.dumps([ref for table in _SEARCHED
                                          for ref in removed.get(table, ())]),))
    written = 0
    for table in Base.metadata.sorted_tables:
        if table.name in ready.by_table:
            written += _upsert(conn, session, table, ready)
    conn.executemany(_ADD_DOC, _documents(ready))
    return written


def _documents(ready: Prepared) -> Iterable[tuple[str, str, str]]:
    """(kind, ref, account) of each searched row in the batch, in arrival order; a row
    sent without its company's column (not a whole row) keeps the company it had."""
    seen: set[str] = set()
    for entity, ref in ready.order:
        if ref in seen or entity not in _SEARCHED:
            continue
        row = ready.by_table.get(entity, {}).get(ref)
        doc, column = _SEARCHED[entity]
        if row is None or (column is not None and column not in row):
            continue
        seen.add(ref)
        yield doc, ref, ref if column is None else uuid.UUID(row[column]).hex


def _remove(conn: sqlite3.Connection, gone: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """Delete rows that left scope with the rows that refer to them; returns what went,
    by table. No local edits exist on this path, so none need keeping. Walked a level at
    a time, one statement per table and level, because the indexes may be down."""
    children: dict[str, list[tuple[str, str]]] = {}
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            children.setdefault(fk.column.table.name, []).append((table.name, fk.parent.name))
    removed: dict[str, set[str]] = {}
    level: dict[str, set[str]] = {}
    for name, row_id in gone:
        level.setdefault(name, set()).add(row_id)
    while level:
        below: dict[str, set[str]] = {}
        for name, ids in level.items():
            held = {r[0] for r in conn.execute(
                f"SELECT id FROM {name} WHERE id IN ({_IDS})", (json.dumps(list(ids)),))}
            new = held - removed.setdefault(name, set())  # a loop is walked once
            removed[name] |= new
            for child, column in children.get(name, ()) if new else ():
                below.setdefault(child, set()).update(r[0] for r in conn.execute(
                    f"SELECT id FROM {child} WHERE {column} IN ({_IDS})",
                    (json.dumps(list(new)),)))
        level = below
    for name, ids in removed.items():
        if ids:
            conn.execute(f"DELETE FROM {name} WHERE id IN ({_IDS})", (json.dumps(list(ids)),))
    return removed


def _upsert(conn: sqlite3.Connection, session: Session, table: Table, ready: Prepared
            ) -> int:
    # Many rows a statement. sqlite3's executemany takes Python's lock back after every
    # row, and waits for it while another thread (reading the next page) holds it: many
    # times slower than the insert itself.
    width = len(_columns(table))
    most = max(1, conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // width) * width
    values = ready.rows[table.name]
    for start in range(0, len(values), most):
        part = values[start:start + most]
        conn.execute(_upsert_sql(table.name, len(part) // width), part)
    for row_id, row in ready.partial.get(table.name, ()):
        _upsert_partial(session, table, row_id, row)
    return len(ready.by_table[table.name])


@lru_cache(maxsize=256)
def _upsert_sql(name: str, count: int) -> str:
    """An upsert of `count` whole rows of table `name`."""
    names = _columns(Base.metadata.tables[name])
    row = f"({', '.join('?' for _ in names)})"
    updates = ", ".join(f"{n} = excluded.{n}" for n in names[1:])
    return (f"INSERT INTO {name} ({', '.join(names)}) VALUES {', '.join([row] * count)} "
            f"ON CONFLICT (id) DO UPDATE SET {updates}")


def _upsert_partial(session: Session, table: Table, row_id: str, row: dict[str, Any]) -> None:
    values = decode_row(synced_models()[table.name], row)
    statement = sqlite_insert(table).values(id=uuid.UUID(row_id), **values)
    if values:
        statement = statement.on_conflict_do_update(index_elements=["id"], set_=values)
    else:
        statement = statement.on_conflict_do_nothing(index_elements=["id"])
    session.execute(statement)


def unresolved(session: Session, ready: Prepared) -> dict[str, set[str]]:
    """Rows of a batch written by `apply_first_batch` that may refer to a row this
    workspace does not hold, for `orphans` to settle: those whose reference is missing
    (each id looked up once, in one statement, however many rows share it), and rows
    that were not whole. For a first sync, which writes without SQLite's reference
    checks."""
    wanted: dict[Table, set[Any]] = {}
    for name, columns in ready.columns.items():
        for fk in Base.metadata.tables[name].foreign_keys:
            wanted.setdefault(fk.column.table, set()).update(columns[fk.parent.name])
    parents = [(table, json.dumps([v for v in ids if v is not None]))
               for table, ids in wanted.items()]
    missing: dict[str, set[str]] = {}
    if parents:
        lookups = " UNION ALL ".join(
            f"SELECT {i}, value FROM json_each(?) WHERE NOT EXISTS "
            f"(SELECT 1 FROM {table.name} WHERE id = value)"
            for i, (table, _) in enumerate(parents))
        for i, value in raw_connection(session).execute(lookups, [ids for _, ids in parents]):
            missing.setdefault(parents[i][0].name, set()).add(value)
    found: dict[str, set[str]] = {}
    for name, columns in ready.columns.items() if missing else ():
        for fk in Base.metadata.tables[name].foreign_keys:
            gone = missing.get(fk.column.table.name, set())
            found.setdefault(name, set()).update(
                ref for ref, value in zip(columns["id"], columns[fk.parent.name], strict=True)
                if value in gone)
    for name, rows in ready.partial.items():
        found.setdefault(name, set()).update(ref for ref, _ in rows)
    return {name: refs for name, refs in found.items() if refs}


def orphans(session: Session, touched: Mapping[str, Iterable[uuid.UUID]]
            ) -> dict[str, set[uuid.UUID]]:
    """Rows among `touched` (ids by table) that refer to a row this workspace does not
    hold: one statement per foreign key for the whole batch, so checking a first sync's
    batch of thousands of rows stays cheap."""
    conn = raw_connection(session)
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
