"""Real databases and a real server on loopback for the server tests."""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import psycopg
import uvicorn

from crmdesk.server.app import create_app
from crmdesk.server.db import ServerDB, connect, migrate

PG_ADMIN = os.environ.get("CRMDESK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


@contextmanager
def database_url(kind: str, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database of `kind` ("sqlite" or "postgres"), dropped afterwards."""
    if kind == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.db'}"
        return
    name = f"crmdesk_test_{uuid.uuid4().hex[:12]}"
    try:
        admin = psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        raise RuntimeError(f"These tests need PostgreSQL at {PG_ADMIN} (.ci/run starts it): "
                           f"{exc}") from None
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running_server(url: str) -> Iterator[tuple[str, ServerDB]]:
    """The API served by uvicorn on a loopback port in this process; yields its base URL."""
    db = connect(url)
    migrate(db)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield base, db
    finally:
        server.should_exit = True
        thread.join(10)
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

    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin = io.StringIO("" if password is None else password + "\n")
    sys.stdout, sys.stderr = out, err
    try:
        code = main(list(args))
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
