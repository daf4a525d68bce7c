"""What running the server as several workers, on several machines, needs: where a
worker finds its database, a connection pooler's setting, and migrations run once."""

from __future__ import annotations

import os
from typing import Any

from sqlalchemy import event, text

from crmdesk.server.db import ServerDB, ServerError, connect, migrate

#: The database URL an app made by crmdesk.server.factory serves.
DATABASE_ENV = "CRMDESK_SERVER_DB"
#: Set (to anything but "" or "0"): the database is reached through a connection pooler
#: in transaction mode (PgBouncer), see behind_pooler.
POOLER_ENV = "CRMDESK_SERVER_POOLER"
#: Held while migrations run, by any machine migrating this PostgreSQL ("crmdmigr").
MIGRATE_LOCK = 0x63726D64_6D696772


def pooler_declared() -> bool:
    """Whether POOLER_ENV says the database sits behind a pooler."""
    return os.environ.get(POOLER_ENV, "") not in ("", "0")


def behind_pooler(db: ServerDB) -> None:
    """Make `db`'s PostgreSQL connections safe through a pooler in transaction mode: no
    server-side prepared statements (psycopg 3 prepares a query it has run five times;
    through PgBouncer the next transaction may run on a server connection that never saw
    it). Call before the first connection is made."""
    if db.engine.dialect.name != "postgresql":
        return

    @event.listens_for(db.engine, "connect")
    def _unprepared(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.prepare_threshold = None


def open_database(url: str, pooler: bool) -> ServerDB:
    """connect(url), set up for a pooler if one is declared."""
    db = connect(url)
    if pooler:
        behind_pooler(db)
    return db


def migrate_once(db: ServerDB) -> None:
    """migrate(db), one machine or process at a time: the others wait, then find the
    schema at head and do nothing. The lock is held by a transaction of its own (not a
    session lock), so it is released even through a pooler and if this process dies."""
    if db.engine.dialect.name != "postgresql":
        migrate(db)  # SQLite: migrate()'s BEGIN IMMEDIATE already admits one at a time
        return
    try:
        holder = db.engine.connect()
    except Exception as exc:
        raise ServerError(f"Could not prepare the database: {str(exc).splitlines()[0]}"
                          ) from None
    with holder, holder.begin():
        holder.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATE_LOCK})
        migrate(db)
