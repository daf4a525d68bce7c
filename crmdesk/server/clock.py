"""The server's clock is the database's.

Several workers on several machines serve one database; their own clocks need not
agree, and a push answered by a machine whose clock is a minute fast must not clamp
laptop stamps, date derived values or order conflicts differently from its neighbour.
So whenever the server needs "now" it asks the database (PostgreSQL's clock_timestamp(),
SQLite's own clock, one machine there anyway).

Stamps the server issues itself (an administrator moving a book) follow the hybrid
logical clock rule over the newest one it issued, kept in the database too: a later move
always beats an earlier one, even if the database's clock is set back in between.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text
from sqlalchemy.orm import Session

from crmdesk.hlc import MAX_COUNTER, Stamp
from crmdesk.server.db import upsert_insert
from crmdesk.server.schema import ServerSetting

#: The node name in stamps the server writes itself (laptops use their workspace ids).
SERVER_NODE = "server"
#: The setting holding the newest stamp the server issued.
SERVER_CLOCK = "server_clock"

#: PostgreSQL's wall clock in milliseconds since 1970, as an SQL expression.
PG_NOW_MS = "CAST(floor(extract(epoch FROM clock_timestamp()) * 1000) AS bigint)"
# julianday('now') counts whole milliseconds; rounding undoes the float's error
_SQLITE_NOW_MS = "CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)"
_NOW_MS = {"postgresql": f"SELECT {PG_NOW_MS}", "sqlite": f"SELECT {_SQLITE_NOW_MS}"}
#: The database's wall clock in microseconds since 1970, as an SQL expression by
#: database (SQLite's counts whole milliseconds).
NOW_US = {"postgresql": "CAST(floor(extract(epoch FROM clock_timestamp()) * 1000000)"
                        " AS bigint)",
          "sqlite": f"{_SQLITE_NOW_MS} * 1000"}


def now_ms(session: Session) -> int:
    """The database's wall clock, in milliseconds since the Unix epoch (read afresh each
    call, not the transaction's start)."""
    dialect = session.get_bind().dialect.name
    return int(session.execute(text(_NOW_MS[dialect])).scalar_one())


def as_datetime(ms: int) -> datetime:
    """Milliseconds since the epoch as the naive UTC datetime stored timestamps use."""
    return datetime.fromtimestamp(ms / 1000, UTC).replace(tzinfo=None)


def server_stamp(session: Session) -> Stamp:
    """A stamp under the server's name from the database's clock, later than every stamp
    the server issued before (a hybrid logical clock kept in the database). Holds a row
    lock on the setting until the transaction ends, so two issuers take turns."""
    held = session.get(ServerSetting, SERVER_CLOCK, with_for_update=True)
    if held is None:
        # the first stamp a database gives: two issuers may both find no row; one makes
        # it, the other waits for that one's commit and then takes its turn on it
        session.execute(upsert_insert(session)(ServerSetting)
                        .values(key=SERVER_CLOCK, value=Stamp(0, 0, SERVER_NODE).encode())
                        .on_conflict_do_nothing())
        held = session.get(ServerSetting, SERVER_CLOCK, with_for_update=True,
                           populate_existing=True)
        assert held is not None
    wall = now_ms(session)  # read once the lock is held: issued in the order of the lock
    stamp = Stamp(wall, 0, SERVER_NODE)
    last = Stamp.decode(held.value)
    if last.wall_ms >= wall:
        stamp = (Stamp(last.wall_ms, last.counter + 1, SERVER_NODE)
                 if last.counter < MAX_COUNTER else Stamp(last.wall_ms + 1, 0, SERVER_NODE))
    held.value = stamp.encode()
    return stamp
