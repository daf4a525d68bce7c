"""A demo workspace on the server: the generated data a laptop can seed, held centrally
with a change log, so laptops can sync it (and benchmarks can measure that at scale).

Rows are loaded in bulk (COPY on PostgreSQL, executemany on SQLite) with one change-log
entry each, holding the row's snapshot as `record_change` would, parents before
children, so a laptop's first sync receives everything in an order it can apply.
Field stamps are left out: a demo value has no stamp, so any later edit wins.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import JSON, Boolean, Connection, DateTime, func, select, text
from sqlalchemy.orm import Session

from crmdesk.demo.generate import COLUMNS, Chunk, Generator, Row
from crmdesk.server import auth
from crmdesk.server.db import ServerDB, ServerError
from crmdesk.server.schema import Credential
from crmdesk.store.models import Base, User, synced_models, utcnow
from crmdesk.store.records import RECORDS
from crmdesk.store.seed_loader import prefetched

#: Every demo user signs in with this password (the demo is for trying and measuring).
DEMO_PASSWORD = "crmdesk-demo"

_ORDER = [t.name for t in Base.metadata.sorted_tables if t.name in COLUMNS]
_CHANGE_COLUMNS = ("entity", "row_id", "owner_id", "team_id", "prev_owner_id",
                   "prev_team_id", "row", "user_id", "at", "via", "prev_via")


def load_demo(db: ServerDB, accounts: int, seed: int = 1, today: date | None = None,
              password: str = DEMO_PASSWORD,
              progress: Callable[[int], None] | None = None) -> dict[str, int]:
    """Fill an empty server database (migrated) with a generated workspace of `accounts`
    accounts and give every generated user `password`; returns row counts.

    All or nothing: it runs in one transaction. The generator's data is adjusted where it
    would break the server's scopes, so each user's laptop can hold its share with its
    foreign keys intact: lead batches become shared lists (like channels), and links
    between companies are kept only where everyone who sees the link sees both companies.
    """
    with db.session() as session:
        if session.scalar(select(func.count()).select_from(User)):
            raise ServerError("This database already has users; load the demo into a new one.")
    counts = dict.fromkeys(_ORDER, 0)
    counts["server_changes"] = 0
    at = utcnow().strftime("%Y-%m-%d %H:%M:%S.%f")
    snapshot = _Snapshots()
    columns = {**COLUMNS, "server_changes": _CHANGE_COLUMNS}

    def with_changes() -> Iterator[Chunk]:
        for chunk in _scoped(Generator(accounts, seed, today).chunks()):
            chunk["server_changes"] = [change for table in _ORDER if table in chunk
                                       for change in snapshot.changes(table, chunk[table], at)]
            yield chunk

    with db.engine.begin() as conn:
        write = _writer(conn)
        done = 0
        # the next chunk is made while the database takes this one
        for chunk in prefetched(with_changes()):
            for table in (*_ORDER, "server_changes"):
                rows = chunk.get(table)
                if rows:
                    write(table, columns[table], rows)
                    counts[table] += len(rows)
            done += len(chunk.get("accounts", ()))
            if progress is not None:
                progress(done)
        with Session(bind=conn) as session:
            users = list(session.scalars(select(User.id)))
            auth.set_password(session, users[0], password)
            session.flush()
            # one argon2 hash (a fifth of a second each) serves every user of the shared
            # demo password; verifying it works the same for each
            digest = session.get_one(Credential, users[0]).password_hash
            session.add_all(Credential(user_id=u, password_hash=digest) for u in users[1:])
            session.commit()  # into the connection's transaction, which commits it below
    if db.engine.dialect.name == "postgresql":
        with db.engine.connect() as conn:
            conn.execute(text("ANALYZE"))  # the planner should know the tables' sizes now
            conn.commit()
    return counts


def _writer(conn: Connection) -> Callable[[str, tuple[str, ...], Sequence[Row]], None]:
    raw = conn.connection.driver_connection
    if conn.dialect.name == "postgresql":
        import psycopg

        pg = cast(psycopg.Connection[Any], raw)
        superuser = pg.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
        if cast(tuple[bool], superuser.fetchone())[0]:
            # Foreign-key checks row by row halve the load's speed; our generator's rows
            # are consistent (every laptop's first sync checks them again at its commit).
            # Only a superuser may skip them, so others load at the slower pace.
            pg.execute("SET LOCAL session_replication_role = replica")

        def copy(table: str, columns: tuple[str, ...], rows: Sequence[Row]) -> None:
            # COPY's text format takes the generator's values as they are: hex UUIDs,
            # ISO dates and times, 0/1 for booleans, JSON as text.
            with pg.cursor() as cursor, cursor.copy(
                    f"COPY {table} ({', '.join(columns)}) FROM STDIN") as stream:
                for row in rows:
                    stream.write_row(row)
        return copy

    lite = cast(sqlite3.Connection, raw)

    def insert(table: str, columns: tuple[str, ...], rows: Sequence[Row]) -> None:
        marks = ", ".join("?" for _ in columns)
        lite.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
    return insert


def _scoped(chunks: Iterator[Chunk]) -> Iterator[Chunk]:
    """The generator's chunks, adjusted to the server's scopes (see `load_demo`)."""
    holder: dict[str, tuple[object, object]] = {}  # account id -> (owner, team)
    accounts = COLUMNS["accounts"]
    a_owner, a_team = accounts.index("owner_id"), accounts.index("team_id")
    # a company link (a relation, a referral) whose two companies a laptop of its
    # scope holds
    links = {"account_relations": ("from_account_id", "to_account_id"),
             "referrals": ("account_id", "referred_id")}
    b_team = COLUMNS["lead_batches"].index("team_id")
    for chunk in chunks:
        if "lead_batches" in chunk:
            chunk["lead_batches"] = [(*row[:b_team], None, *row[b_team + 1:])
                                     for row in chunk["lead_batches"]]
        for row in chunk.get("accounts", ()):
            holder[cast(str, row[0])] = (row[a_owner], row[a_team])
        for table, columns in links.items():
            if table not in chunk:
                continue
            r_owner, r_team = COLUMNS[table].index("owner_id"), COLUMNS[table].index("team_id")
            ends = tuple(COLUMNS[table].index(column) for column in columns)
            chunk[table] = [
                row for row in chunk[table]
                if all(holder[cast(str, row[end])][1] == row[r_team]
                       and holder[cast(str, row[end])][0] in (row[r_owner], None)
                       for end in ends)]
        yield chunk


class _Snapshots:
    """Change-log rows for generated rows: the JSON `json_values.snapshot` makes of the
    same row read back from the database (keys in column order, booleans as JSON
    booleans, times in ISO form, JSON columns as objects)."""

    def __init__(self) -> None:
        self._plans: dict[str, list[tuple[str, int, Callable[[Any], Any] | None]]] = {}
        #: each row's member key (crmdesk.store.deal_team) of the kinds others see
        #: through, by id (the deals of activities, for the people spoken to in them)
        self._keys: dict[str, dict[Any, Any]] = {}
        #: the columns the generator does not write, with their defaults, by table
        self._left: dict[str, dict[str, Any]] = {}

    def _plan(self, table: str) -> list[tuple[str, int, Callable[[Any], Any] | None]]:
        plan = self._plans.get(table)
        if plan is None:
            order = COLUMNS[table]
            plan = []
            for column in synced_models()[table].__table__.columns:
                kind = column.type
                convert: Callable[[Any], Any] | None = None
                if isinstance(kind, Boolean):
                    convert = bool
                elif isinstance(kind, DateTime):
                    convert = _iso_datetime
                elif isinstance(kind, JSON):
                    convert = _json_value
                if column.name not in order:  # left to its default by the generator
                    default = column.default  # (a column newer than it): so in the row
                    self._left.setdefault(table, {})[column.name] = (
                        default.arg if default is not None and default.is_scalar else None)
                    continue
                plan.append((column.name, order.index(column.name), convert))
            self._plans[table] = plan
        return plan

    def changes(self, table: str, rows: Sequence[Row], at: str) -> Iterator[Row]:
        plan = self._plan(table)
        left = self._left.get(table, {})
        columns = COLUMNS[table]
        owner = columns.index("owner_id") if "owner_id" in columns else None
        # a user's team is not its scope: users go to every laptop (record_change), and
        # a deal's team takes colleagues of other teams, whom a laptop must know
        team = columns.index("team_id") if owner is not None else None
        seen = RECORDS[table].seen_by if table in RECORDS else None
        key = None if seen is None else columns.index(seen.column)
        above = {} if seen is None or seen.through is None else self._keys[seen.through]
        kept = None
        if any(k.seen_by is not None and k.seen_by.through == table for k in RECORDS.values()):
            kept = self._keys.setdefault(table, {})
        dumps = json.dumps
        for row in rows:
            snap = {name: row[i] if convert is None or row[i] is None else convert(row[i])
                    for name, i, convert in plan} | left
            who = None if owner is None else row[owner]
            where = None if team is None else row[team]
            via = None if key is None else row[key]
            if seen is not None and seen.through is not None:
                via = above.get(via)
            if kept is not None and via is not None:
                kept[row[0]] = via
            yield (table, row[0], who, where, who, where, dumps(snap), None, at, via, via)


def _iso_datetime(value: Any) -> str:
    return datetime.fromisoformat(value).isoformat()


def _json_value(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value
