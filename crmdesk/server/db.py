"""The server's database: PostgreSQL for real use, a SQLite file to try it alone."""

from __future__ import annotations

import select
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DisconnectionError
from sqlalchemy.orm import Session, sessionmaker

from crmdesk.domain.words import tr_noop

#: Connections one server process keeps to the database (as many requests as it works on
#: at once: see admission.py), and how many more it may open for its scheduled rules and
#: health probes. Each request holds one only while its work runs (see app.py), so a
#: handful serve many laptops; every worker process has its own pool.
POOL_SIZE = 10
POOL_OVERFLOW = 5
#: How long a request waits for a free connection before it is answered "busy, retry"
#: (503): a short wait, so a burst is turned away instead of piling up.
POOL_TIMEOUT_S = 5.0


#: A pooled connection older than this is closed and opened afresh at its next checkout
#: (whatever a server or network in between does to long-lived connections).
RECYCLE_S = 3600


class ServerError(Exception):
    """The server cannot start or an admin command cannot run; the message says why."""


#: An admin command's answer to a user name no one has (marked: crmdesk.domain.words).
NO_USER = tr_noop("No user “{0}”.")


@dataclass(frozen=True, slots=True)
class ServerDB:
    engine: Engine
    session: sessionmaker[Session]
    #: the connections the pool keeps: how many requests the server admits at once (the
    #: overflow is headroom for what runs beside them)
    connections: int = POOL_SIZE
    #: Sessions for reads that need no transaction around their statements (each
    #: statement sees what had committed when it began, as in a transaction at READ
    #: COMMITTED): no BEGIN and no ROLLBACK, two round trips fewer (PostgreSQL). None:
    #: `session` serves (SQLite, whose transactions take the write lock at BEGIN).
    reads: sessionmaker[Session] | None = None

    def read_session(self) -> Session:
        """A session for a read that takes no lock and writes nothing (see `reads`)."""
        return (self.reads or self.session)()

    def close(self) -> None:
        self.engine.dispose()


def connect(url: str, *, pool_size: int = POOL_SIZE, max_overflow: int = POOL_OVERFLOW,
            pool_timeout: float = POOL_TIMEOUT_S) -> ServerDB:
    """An engine for `url` (postgresql+psycopg://… or sqlite:///…) whose pool keeps
    `pool_size` connections, opens up to `max_overflow` more at a peak, and makes a
    caller wait at most `pool_timeout` seconds for one (then sqlalchemy's TimeoutError,
    which the API answers with 503)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ServerError(f"“{url}” is not a database URL (try postgresql+psycopg://user@"
                          "host/db or sqlite:///server.db).") from None
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() != "psycopg":
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in ("postgresql", "sqlite"):
        raise ServerError("The server runs on PostgreSQL, or on a SQLite file for one person.")
    if pool_size < 1 or max_overflow < 0 or pool_timeout <= 0:
        raise ServerError("The connection pool needs at least one connection and a "
                          "positive wait.")
    in_memory = parsed.get_backend_name() == "sqlite" and parsed.database in (None, "",
                                                                              ":memory:")
    # an in-memory SQLite database is one connection per thread, with no pool to size
    pooling = {} if in_memory else {"pool_size": pool_size, "max_overflow": max_overflow,
                                    "pool_timeout": pool_timeout}
    # PostgreSQL: no ping per checkout (a round trip per request), the socket looked at
    # instead (_alive_or_discarded); connections renewed now and then all the same
    engine = create_engine(parsed, pool_pre_ping=parsed.get_backend_name() != "postgresql",
                           pool_recycle=RECYCLE_S, **pooling)
    if parsed.get_backend_name() == "postgresql":
        event.listen(engine, "checkout", _alive_or_discarded)
    if parsed.get_backend_name() == "sqlite":
        @event.listens_for(engine, "connect")
        def _pragmas(conn: Any, _record: Any) -> None:
            conn.isolation_level = None  # SQLAlchemy begins transactions itself (below)
            cursor = conn.cursor()
            for pragma in ("journal_mode=WAL", "foreign_keys=ON", "busy_timeout=10000",
                           "synchronous=FULL"):
                cursor.execute(f"PRAGMA {pragma}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            # One writer at a time, decided when a transaction starts: the SQLite form of
            # the change-log lock, so change numbers follow commit order here too.
            conn.exec_driver_sql("BEGIN IMMEDIATE")
    # the same pool: a connection lent to a read is put back in its transactional mode
    reads = (sessionmaker(engine.execution_options(isolation_level="AUTOCOMMIT"))
             if parsed.get_backend_name() == "postgresql" else None)
    return ServerDB(engine, sessionmaker(engine, expire_on_commit=False), pool_size, reads)


def _alive_or_discarded(dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
    """A pooled PostgreSQL connection is handed out only if its socket has nothing to
    read: an idle connection is never spoken to, so anything there is the server saying
    it closed it (a restart, a terminated backend, an idle timeout) or the end of the
    stream. Such a connection is discarded and the pool takes or opens another
    (DisconnectionError); a live one costs a poll (a select on Windows), not a round
    trip as a ping would."""
    if not dbapi_conn.closed and not has_input(dbapi_conn.fileno()):
        return
    raise DisconnectionError("the server closed this connection while it was idle")


def selected_input(fd: int) -> bool:
    """Whether socket `fd` has anything to read (or has reached its end), asked without
    waiting, by select.select: on every platform, poll does not exist on Windows."""
    readable, _, broken = select.select([fd], [], [fd], 0)
    return bool(readable or broken)


def polled_input(fd: int) -> bool:
    """selected_input by select.poll, where there is one: select.select refuses a file
    descriptor above FD_SETSIZE (1024 on Linux), which a busy server's sockets reach."""
    poller = select.poll()
    poller.register(fd, select.POLLIN | select.POLLPRI)
    return bool(poller.poll(0))


#: What the pool's liveness check asks a socket.
has_input = polled_input if hasattr(select, "poll") else selected_input


def migrate(db: ServerDB) -> None:
    """Bring the server schema up to date (shared tables and server-only tables)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "crmdesk.server:migrations")
    try:
        with db.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    except Exception as exc:
        raise ServerError(f"Could not prepare the database: {str(exc).splitlines()[0]}") from None


def upsert_insert(session: Session) -> Any:
    """The `insert` of the session's database, with its ON CONFLICT clauses
    (PostgreSQL's or SQLite's: the server runs on either)."""
    return pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
