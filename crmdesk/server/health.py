"""Whether the server's database answers, for `/v1/health`: asked on a connection of its
own with short timeouts, and (PostgreSQL) without a worker thread, so a health check
answers within seconds even when the database is down or unreachable, or every pooled
connection and every thread is busy."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
from sqlalchemy import Engine

#: Seconds a health check waits for the database to accept a connection, and to answer.
TIMEOUT_S = 2


async def database_problem(engine: Engine) -> str | None:
    """None when the database answers SELECT 1 in time, else what went wrong (one line,
    never the password)."""
    try:
        if engine.dialect.name == "postgresql":
            await _ask_postgresql(engine)
        else:
            _ask_sqlite(engine)  # a local file: read-only, answered at once
    except (psycopg.Error, sqlite3.Error, OSError) as exc:
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        return f"The database does not answer: {first}"
    return None


async def _ask_postgresql(engine: Engine) -> None:
    # the engine's own connection arguments, without its pool; no prepared statements,
    # so this works through a pooler in transaction mode too
    _args, params = engine.dialect.create_connect_args(engine.url)
    params = {key: value for key, value in params.items()
              if key not in ("prepare_threshold", "context")}
    conn = await psycopg.AsyncConnection.connect(**params, connect_timeout=TIMEOUT_S,
                                                 prepare_threshold=None)
    async with conn:
        # LOCAL: a pooler may hand this server connection to another client afterwards
        await conn.execute(f"SET LOCAL statement_timeout = {TIMEOUT_S * 1000}")
        await (await conn.execute("SELECT 1")).fetchone()
        await conn.rollback()


def _ask_sqlite(engine: Engine) -> None:
    name = engine.url.database or ""
    if not Path(name).is_file():  # sqlite3 would make an empty file rather than fail
        raise sqlite3.OperationalError(f"no database file at {name}")
    conn = sqlite3.connect(f"{Path(name).resolve().as_uri()}?mode=ro", uri=True,
                           timeout=TIMEOUT_S)
    try:
        conn.execute("SELECT 1").fetchone()
    finally:
        conn.close()
