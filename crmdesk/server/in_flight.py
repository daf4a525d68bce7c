"""Writers of the change log in flight, and how far a reader may read past them.

Pushes write the change log in parallel (PostgreSQL), so a change-log position is
taken when a writer inserts its entry, not when it commits: a push holding position 7
may commit after another has committed 8. A pull that read 8 and moved its cursor past
7 would never see 7. So readers stop below the oldest writer still in flight, as sync
engines reading a database's log do.

Each writer announces itself before it takes a position: it takes two shared
transaction-level advisory locks whose keys carry (a) the newest position handed out so
far (every position it takes afterwards is larger) and (b) the database's clock (every
conflict it records is stamped later). PostgreSQL shows advisory locks to every session
at once, committed or not, and releases them only after the commit is visible. A reader
reads the newest committed position first, then the locks: a writer it does not see
either committed before (its entries are visible to the reader's next statement) or
announced itself afterwards (so all its positions are above what the reader read).

SQLite serves one writer at a time (BEGIN IMMEDIATE), so it needs none of this.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, literal_column, select, text
from sqlalchemy.orm import Session

from crmdesk.server import clock
from crmdesk.server.schema import ServerChange

#: The top 16 bits of an announcement's 64-bit lock key say what its low 48 bits hold:
#: a change-log position (2**48 of them) or milliseconds since 1970 (until year 10889).
#: Other advisory keys in use (4242, 4243, the tests' template lock) differ in them.
POSITION_TAG, TIME_TAG = 0x4C47, 0x4C48
_LOW = 48
_MASK = (1 << _LOW) - 1

#: The announcements (see the module's docstring), then, with `:joined`, that lock
#: shared (the change log's): one statement, one round trip. It returns the clock read
#: once every lock is held: at or after the time announced (so a conflict stamped with
#: it is later, as readers assume), and after any wait for an administrator's command
#: holding the change log (so a push clamps and derives with the time it runs at).
#: OFFSET 0 keeps the locks in a subquery PostgreSQL runs before the outer clock read.
def _announcing(*locks: str) -> str:
    return (f"SELECT {clock.PG_NOW_MS} FROM (SELECT {', '.join(locks)}"
            f" FROM (SELECT {clock.PG_NOW_MS} AS ms) AS now OFFSET 0) AS announced")


_POSITION_LOCK = ("pg_advisory_xact_lock_shared((CAST(:position AS bigint) << 48)"
                  " | coalesce(pg_sequence_last_value(CAST(pg_get_serial_sequence("
                  "'server_changes', 'seq') AS regclass)), 0)) AS at_position")
_TIME_LOCK = "pg_advisory_xact_lock_shared((CAST(:time AS bigint) << 48) | now.ms) AS at_time"
_ANNOUNCE = text(_announcing(_POSITION_LOCK, _TIME_LOCK,
                             "pg_advisory_xact_lock_shared(CAST(:joined AS bigint)) AS joined"))
_ANNOUNCE_ALONE = text(_announcing(_POSITION_LOCK, _TIME_LOCK))

#: The oldest announcement of each kind among the advisory locks held in this database,
#: as two scalar subqueries over one lock scan (the costly part: PostgreSQL copies its
#: whole lock table), for a statement to use where it needs them.
_HELD = ("SELECT (CAST(classid AS bigint) << 32) | CAST(objid AS bigint) AS key"
         " FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 1"
         " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")
_OLDEST_POSITION = (f"(SELECT min(key & {_MASK}) FROM ({_HELD}) AS held"
                    f" WHERE key >> {_LOW} = {POSITION_TAG})")
_OLDEST_TIME = (f"(SELECT min(key & {_MASK}) FROM ({_HELD}) AS held"
                f" WHERE key >> {_LOW} = {TIME_TAG})")

#: The newest committed position and, only if it is past `floor` (a pull from a cursor
#: the log has not moved past reads nothing, so it needs no bound), the oldest position
#: announced by a writer in flight: one statement, so one snapshot and one round trip.
#: The newest is read at the statement's snapshot, which precedes the lock scan, as the
#: module's docstring asks; PostgreSQL runs the uncorrelated subquery (an InitPlan) only
#: when the CASE reaches it.
_HEAD = text("SELECT newest, CASE WHEN newest > :floor THEN "
             f"{_OLDEST_POSITION} END FROM (SELECT coalesce(max(seq), 0) AS newest"
             " FROM server_changes) AS log")

#: The time this statement began (taken before its lock scan) and the oldest time
#: announced by a writer in flight, in one statement.
_STARTED_MS = "CAST(floor(extract(epoch FROM statement_timestamp()) * 1000) AS bigint)"
_SETTLED = text(f"SELECT {_STARTED_MS}, {_OLDEST_TIME}")
#: The same two values as columns, for a request's first statement to read as well
#: (settled_columns, settled_from): a reader of conflicts then needs no statement of
#: its own for them.
_SETTLED_COLUMNS: tuple[Any, ...] = (literal_column(_STARTED_MS), literal_column(_OLDEST_TIME))


def _postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def announce(session: Session, joining: int | None = None) -> int | None:
    """Say that this transaction is about to write the change log (PostgreSQL; held
    until it ends), and, with `joining`, then take that advisory lock shared, in the same
    statement. Call it before the first entry is inserted. Returns the database's clock
    once the locks are held (milliseconds since 1970; not before the time announced):
    conflicts this transaction records may be stamped with it. None: nothing to
    announce (SQLite)."""
    if not _postgres(session):
        return None
    params = {"position": POSITION_TAG, "time": TIME_TAG}
    if joining is None:
        row = session.execute(_ANNOUNCE_ALONE, params).one()
    else:
        row = session.execute(_ANNOUNCE, params | {"joined": joining}).one()
    return int(row[-1])


def readable_head(session: Session, after: int = -1) -> int:
    """The newest change-log position a reader may read up to: every entry at or below
    it has committed, or never will. Read the entries in a later statement. A reader
    that reads only entries past `after` gets the newest committed position unbounded
    when that is not past `after` (every entry at or below `after` is readable already:
    `after` is a head it was given), without the lock scan."""
    if not _postgres(session):
        return session.scalar(select(func.max(ServerChange.seq))) or 0
    newest, below = session.execute(_HEAD, {"floor": max(after, -1)}).one()
    return int(newest) if below is None else min(int(newest), int(below))


def settled_before(session: Session) -> datetime | None:
    """A time before which every conflict that will ever be recorded is committed (None:
    no bound needed, SQLite). Read the conflicts in a later statement."""
    if not _postgres(session):
        return None
    return settled_from(tuple(session.execute(_SETTLED).one()))


def settled_columns(session: Session) -> tuple[Any, ...]:
    """What settled_before reads, as columns for another statement to read (none:
    SQLite): pass their values to settled_from. Read the conflicts in a later statement."""
    return _SETTLED_COLUMNS if _postgres(session) else ()


def settled_from(read: tuple[Any, ...]) -> datetime | None:
    """settled_before from the values of settled_columns."""
    if not read:
        return None
    now, oldest_ms = read
    return clock.as_datetime(int(now) if oldest_ms is None else min(int(now), int(oldest_ms)))
