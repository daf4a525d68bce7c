"""Loading a seeded workspace: generated rows, many at once (a first sync has its own
writer, crmdesk.sync.first_sync_writer).

Row-by-row search triggers and index updates cost about 3x on large loads, so this
path takes them down (`crmdesk.store.deferred`), inserts with executemany in one
transaction, and builds them once at the end.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import cast

from crmdesk.store.db import CACHE_SIZE, Store
from crmdesk.store.deferred import defer, restore
from crmdesk.store.models import Base

Rows = Mapping[str, Sequence[tuple[object, ...]]]


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


def load_seed(
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
        try:
            conn.execute("BEGIN")
            defer(conn)
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
            restore(conn)
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
