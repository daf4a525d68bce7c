"""Real databases and a real server on loopback for the server tests."""

from __future__ import annotations

import asyncio
import hashlib
import io
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import psycopg
import uvicorn
from anyio import to_thread
from psycopg import errors, sql
from psycopg.rows import TupleRow
from sqlalchemy.engine import make_url

import crmdesk.server
from crmdesk.server.app import create_app
from crmdesk.server.db import ServerDB, connect, migrate

PG_ADMIN = os.environ.get("CRMDESK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")

MIGRATIONS = Path(crmdesk.server.__file__).resolve().parent / "migrations"
TEMPLATE_PREFIX = "crmdesk_tmpl_"
#: Held while a template is made or dropped, by any test process on this PostgreSQL.
TEMPLATE_LOCK = 0x63726D64_746D706C  # "crmdtmpl"
#: A template of other migrations unused this long is dropped. (A session whose template
#: was dropped under it makes it again: see _clone.)
TEMPLATE_STALE_S = 3600


def schema_hash() -> str:
    """A digest of the server migrations and of the migrate() that runs them: a changed
    migration makes a new template."""
    digest = hashlib.sha256()
    for path in [*sorted(MIGRATIONS.rglob("*.py")), MIGRATIONS.parent / "db.py"]:
        digest.update(path.relative_to(MIGRATIONS.parent).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def pg_url(name: str) -> str:
    """The SQLAlchemy URL of database `name` on the test PostgreSQL."""
    url = make_url(PG_ADMIN).set(drivername="postgresql+psycopg", database=name)
    return url.render_as_string(hide_password=False)


def _admin() -> psycopg.Connection[TupleRow]:
    try:
        return psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        raise RuntimeError(f"These tests need PostgreSQL at {PG_ADMIN} (.ci/run starts it): "
                           f"{exc}") from None


def _drop(admin: psycopg.Connection[TupleRow], name: str) -> None:
    ident = sql.Identifier(name)
    if admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
        admin.execute(sql.SQL("ALTER DATABASE {} IS_TEMPLATE false").format(ident))
    admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(ident))


def _pg_template(admin: psycopg.Connection[TupleRow]) -> str:
    """The name of a PostgreSQL database migrated to the current head, made if missing.

    Made under a migrated copy's final name only once complete, and closed to
    connections, so CREATE DATABASE … TEMPLATE never meets another session on it. Under
    the same lock, templates of other migrations unused for an hour, and half-made ones
    left by a killed run, are dropped."""
    name = TEMPLATE_PREFIX + schema_hash()
    admin.execute("SELECT pg_advisory_lock(%s)", (TEMPLATE_LOCK,))
    try:
        now = int(time.time())
        rows = admin.execute(
            "SELECT datname, shobj_description(oid, 'pg_database') FROM pg_database "
            "WHERE datname LIKE %s", (TEMPLATE_PREFIX.replace("_", r"\_") + "%",)).fetchall()
        for other, note in rows:
            used = str(note or "").rpartition("last used ")[2]
            stale = not used.isdigit() or now - int(used) > TEMPLATE_STALE_S
            if other != name and stale:
                _drop(admin, str(other))
        if not any(other == name for other, _ in rows):
            building = name + "_new"
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(building)))
            db = connect(pg_url(building))
            try:
                migrate(db)
            finally:
                db.close()
            admin.execute(sql.SQL("ALTER DATABASE {} WITH IS_TEMPLATE true "
                                  "ALLOW_CONNECTIONS false").format(sql.Identifier(building)))
            admin.execute(sql.SQL("ALTER DATABASE {} RENAME TO {}").format(
                sql.Identifier(building), sql.Identifier(name)))
        admin.execute(sql.SQL("COMMENT ON DATABASE {} IS {}").format(
            sql.Identifier(name), sql.Literal(f"crmdesk test template; last used {now}")))
    finally:
        admin.execute("SELECT pg_advisory_unlock(%s)", (TEMPLATE_LOCK,))
    return name


_templates: dict[str, str] = {}
"""Templates this process has made or checked: kind -> PostgreSQL name or SQLite path."""


def _clone(admin: psycopg.Connection[TupleRow], name: str) -> None:
    """Create database `name` as a copy of the migrated template."""
    for attempt in (1, 2):
        if "postgres" not in _templates:
            _templates["postgres"] = _pg_template(admin)
        try:
            admin.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(name), sql.Identifier(_templates["postgres"])))
            return
        except errors.InvalidCatalogName:
            # another session with other migrations dropped it as stale: make it again
            del _templates["postgres"]
            if attempt == 2:
                raise


_sqlite_dir: tempfile.TemporaryDirectory[str] | None = None


def _sqlite_template() -> Path:
    """A SQLite server database migrated to the current head, made once per process."""
    global _sqlite_dir
    if "sqlite" not in _templates:
        if _sqlite_dir is None:
            _sqlite_dir = tempfile.TemporaryDirectory(prefix="crmdesk-template-")
        path = Path(_sqlite_dir.name) / f"server-{schema_hash()}.db"
        db = connect(f"sqlite:///{path}")
        try:
            migrate(db)
        finally:
            db.close()  # the last connection closed: the write-ahead log is in the file
        assert not Path(f"{path}-wal").exists(), "the template is still open"
        _templates["sqlite"] = str(path)
    return Path(_templates["sqlite"])


@contextmanager
def database_url(kind: str, tmp_path: Path) -> Iterator[str]:
    """A fresh database of `kind` ("sqlite" or "postgres"), its schema migrated to head
    and no rows, dropped afterwards. It is a copy of a template migrated once per test
    process (PostgreSQL: once for every process, until a migration changes), so the
    migrate() a server or an init runs on it has nothing to do."""
    if kind == "sqlite":
        path = tmp_path / "server.db"
        if not path.exists():
            shutil.copyfile(_sqlite_template(), path)
        yield f"sqlite:///{path}"
        return
    name = f"crmdesk_test_{uuid.uuid4().hex[:12]}"
    with _admin() as admin:
        _clone(admin, name)
        try:
            yield pg_url(name)
        finally:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(name)))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def serving_app(app: Any, threads: int | None = None) -> Iterator[str]:
    """`app` served by uvicorn on a loopback port in a thread of this process, with
    `threads` worker threads for its endpoints (None: FastAPI's default); yields its
    base URL, and stops it afterwards."""
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=free_port(),
                                           log_level="warning"))

    async def run() -> None:
        if threads is not None:  # the thread pool FastAPI runs endpoints on
            to_thread.current_default_thread_limiter().total_tokens = threads
        await server.serve()

    thread = threading.Thread(target=asyncio.run, args=(run(),), daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{server.config.port}"
    finally:
        server.should_exit = True
        thread.join(10)


@contextmanager
def running_server(url: str) -> Iterator[tuple[str, ServerDB]]:
    """The API served by uvicorn on a loopback port in this process; yields its base URL."""
    db = connect(url)
    migrate(db)
    try:
        with serving_app(create_app(db)) as base:
            yield base, db
    finally:
        db.close()


def server_cli(*args: str, password: str | None = None) -> subprocess.CompletedProcess[str]:
    """`crmdesk-server ARGS` as a real process, the password on its standard input."""
    return subprocess.run([sys.executable, "-m", "crmdesk.server.cli", *args],
                          input=None if password is None else password + "\n",
                          capture_output=True, text=True, timeout=120)


def server_cli_here(*args: str, password: str | None = None) -> subprocess.CompletedProcess[str]:
    """The same command run in this process (much faster), with the same inputs and
    outputs: the password arrives on standard input, never in the arguments."""
    from crmdesk.server.cli import main

    return run_here(main, args, None if password is None else password + "\n")


def crmdesk_here(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """`crmdesk ARGS` run in this process, as `crmdesk` in a process of its own would
    answer (argparse's usage errors included); for the many runs a test makes where a
    process of its own would only add its start-up."""
    from crmdesk.cli import main

    return run_here(main, args, stdin)


def run_here(main: Any, args: tuple[str, ...], stdin: str | None
             ) -> subprocess.CompletedProcess[str]:
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin = io.StringIO(stdin or "")
    sys.stdout, sys.stderr = out, err
    try:
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse: --help, a usage error
            code = exc.code if isinstance(exc.code, int) else 1
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
    return subprocess.CompletedProcess(list(args), code, out.getvalue(), err.getvalue())


def login(client: httpx.Client, username: str, password: str,
          protocol: int | None = None, client_id: str | None = None) -> httpx.Response:
    """Sign in; by default the workspace (client id) is named after the user."""
    from crmdesk.protocol import PROTOCOL_VERSION

    return client.post("/v1/login", json={
        "username": username, "password": password, "client_id": client_id or username,
        "protocol": PROTOCOL_VERSION if protocol is None else protocol})


PASSWORD = "correct horse battery"
