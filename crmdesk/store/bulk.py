"""The bulk path: loading many rows at once (seeding a workspace, a first sync).

Row-by-row search triggers cost about 3x on large loads, so this path switches them
off, inserts with executemany in one transaction, rebuilds the index once from the
same views the triggers use, and puts the triggers back.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import cast

from crmdesk.store.db import CACHE_SIZE, Store
from crmdesk.store.models import Base

Rows = Mapping[str, Sequence[tuple[object, ...]]]

#: What the search index holds, by document kind: the view (from migration 0002) that
#: defines each document's title and body, for the triggers and the bulk paths alike.
SEARCH_SOURCES: tuple[tuple[str, str], ...] = (
    ("account", "search_accounts"), ("contact", "search_contacts"))


def index_from_view(view: str, where: str = "") -> str:
    """The statement that indexes `view`'s documents (those matching `where`, a condition
    on the view's columns as `s`) under their search_doc ids."""
    return ("INSERT INTO search_fts (rowid, title, body) SELECT d.doc_id, s.title, s.body "
            f"FROM {view} AS s JOIN search_doc AS d ON d.ref_id = s.ref_id"
            + (f" WHERE {where}" if where else ""))


# Migration 0002 indexes an upgraded workspace with the same statements; it keeps its own
# copy on purpose, because a migration must stay as it was written.
_REBUILD_SEARCH = (
    "DELETE FROM search_fts",
    "DELETE FROM search_doc",
    *(f"INSERT INTO search_doc (kind, ref_id, account_id) "
      f"SELECT '{kind}', ref_id, account_id FROM {view}" for kind, view in SEARCH_SOURCES),
    *(index_from_view(view) for _, view in SEARCH_SOURCES),
    "INSERT INTO search_fts (search_fts) VALUES ('optimize')",
)


def drop_search_triggers(conn: sqlite3.Connection) -> list[str]:
    """Drop the triggers that keep the search index, inside the caller's transaction;
    returns their definitions for `create_triggers`."""
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type='trigger' AND name LIKE 'search_%'"
    ).fetchall()
    for name, _ in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    return [create for _, create in triggers]


def create_triggers(conn: sqlite3.Connection, definitions: Iterable[str]) -> None:
    for create in definitions:
        conn.execute(create)


def _insert_sql(table: str, columns: Sequence[str]) -> str:
    known = Base.metadata.tables.get(table)
    if known is None:
        raise ValueError(f"unknown table {table!r}")
    unknown = set(columns) - set(known.columns.keys())
    if unknown:
        raise ValueError(f"table {table!r} has no columns {sorted(unknown)}")
    marks = ", ".join("?" for _ in columns)
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"


def prefetched(chunks: Iterable[Rows], depth: int = 3) -> Iterator[Rows]:
    """Produce chunks in a second thread. sqlite3 releases the GIL while it steps, so
    generating the next chunk overlaps inserting this one on a second core."""
    handoff: queue.Queue[tuple[str, object]] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def produce() -> None:
        try:
            for chunk in chunks:
                if stop.is_set():
                    return
                handoff.put(("chunk", chunk))
            handoff.put(("end", None))
        except BaseException as exc:  # handed to the consumer, which re-raises it
            handoff.put(("error", exc))

    worker = threading.Thread(target=produce, name="bulk-producer", daemon=True)
    worker.start()
    try:
        while True:
            kind, item = handoff.get()
            if kind == "end":
                return
            if kind == "error":
                raise cast(BaseException, item)
            yield cast(Rows, item)
    finally:
        stop.set()
        while worker.is_alive():
            try:
                handoff.get_nowait()
            except queue.Empty:
                worker.join(0.05)


def bulk_load(
    store: Store,
    chunks: Iterable[Rows],
    columns: Mapping[str, Sequence[str]],
    progress: Callable[[int], None] | None = None,
) -> dict[str, int]:
    """Insert every chunk's rows (tuples in `columns` order) and rebuild the search index.

    All or nothing: on any error the workspace is left as it was. Returns row counts.
    Rows are trusted to be consistent (they come from our own generator or server), so
    foreign keys are not checked row by row; tests run `PRAGMA foreign_key_check`.
    """
    sql = {table: _insert_sql(table, cols) for table, cols in columns.items()}
    order = [t.name for t in Base.metadata.sorted_tables if t.name in sql]
    counts = dict.fromkeys(order, 0)
    fairy = store.engine.raw_connection()
    try:
        conn = cast(sqlite3.Connection, fairy.driver_connection)
        if conn.in_transaction:
            conn.commit()
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        # Random UUID keys touch pages all over each table; a large cache for the load
        # keeps them in memory instead of spilling and re-reading.
        conn.execute("PRAGMA cache_size=-524288")
        # Triggers and secondary indexes are dropped for the load and made again after:
        # building an index once over sorted keys beats updating it row by row.
        marks = ", ".join("?" for _ in order)
        indexes = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL "
            f"AND name LIKE 'ix_%' AND tbl_name IN ({marks})", order
        ).fetchall()
        try:
            conn.execute("BEGIN")
            triggers = drop_search_triggers(conn)
            for name, _ in indexes:
                conn.execute(f"DROP INDEX {name}")
            done = 0
            for chunk in prefetched(chunks):
                for table in order:
                    rows = chunk.get(table)
                    if rows:
                        conn.executemany(sql[table], rows)
                        counts[table] += len(rows)
                done += len(chunk.get("accounts", ()))
                if progress is not None:
                    progress(done)
            for _, create in indexes:
                conn.execute(create)
            for statement in _REBUILD_SEARCH:
                conn.execute(statement)
            create_triggers(conn, triggers)
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
        finally:
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute(f"PRAGMA cache_size={CACHE_SIZE}")
        conn.execute("ANALYZE")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        fairy.close()
    return counts
