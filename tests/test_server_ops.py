"""Running the server as an operator does: `crmdesk-server serve --workers 2` as a real
process on PostgreSQL, its health check and Prometheus metrics, migrations run once."""

from __future__ import annotations

import gc
import os
import re
import select as io_select
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
from psycopg import sql
from sqlalchemy import select, text

from bench.common import wait_until_serving
from crmdesk.hlc import Stamp
from crmdesk.protocol import PROTOCOL_VERSION
from crmdesk.server import db as db_module
from crmdesk.server.db import ServerDB, connect
from crmdesk.server.deploy import DATABASE_ENV, MIGRATE_LOCK, open_database
from crmdesk.server.factory import YOUNG_COLLECTION_AT, app_from_environment
from crmdesk.store.models import Team
from tests.server_fixtures import (
    PASSWORD,
    PG_ADMIN,
    database_url,
    free_port,
    login,
    pg_url,
    running_server,
    server_cli_here,
    serving_app,
)

ROOT = Path(__file__).resolve().parent.parent
#: The `server` fixture's tests here need PostgreSQL's row locks.
SERVER_BACKENDS = ("postgres",)


def _environment() -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)  # serve makes its own
    return env


@contextmanager
def serving(url: str, workers: int) -> Iterator[str]:
    """`crmdesk-server serve --workers N` as a real process; yields its base URL."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "crmdesk.server.cli", "serve", "--workers", str(workers),
         "--port", str(port), "--database-url", url],
        env=_environment(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        if not wait_until_serving(base, process, 120):
            process.kill()  # it may still be starting: its output ends only when it does
            raise RuntimeError(f"serve did not start: {process.communicate()[1][-2000:]}")
        yield base
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _samples(text: str, name: str) -> dict[str, float]:
    """The samples of metric `name` in a scrape, by their label text."""
    found = {}
    for line in text.splitlines():
        match = re.fullmatch(rf"{name}(\{{.*\}})? (\S+)", line)
        if match:
            found[match.group(1) or ""] = float(match.group(2))
    return found


def test_two_workers_serve_one_database_and_their_metrics_add_up(tmp_path: Path) -> None:
    with database_url("postgres", tmp_path) as url:
        assert server_cli_here("init", "--database-url", url, "--admin", "root",
                               password=PASSWORD).returncode == 0
        assert server_cli_here("team", "add", "East", "--database-url", url).returncode == 0
        with serving(url, workers=2) as base, httpx.Client(base_url=base, timeout=30) as http:
            health = http.get("/v1/health")
            assert health.status_code == 200
            assert health.json() == {"status": "ok", "protocol": PROTOCOL_VERSION,
                                     "database": "ok"}

            # no connection kept: each request connects anew, for either worker to accept
            fresh = httpx.Client(base_url=base, timeout=30,
                                 limits=httpx.Limits(max_keepalive_connections=0))

            def ask(_n: int) -> int:
                return fresh.get("/v1/me").status_code

            sent = 0
            # until both workers have answered some: the system hands each connection to
            # either, and on a busy machine one may take many rounds in a row
            deadline = time.monotonic() + 120
            while True:
                with ThreadPoolExecutor(8) as pool:
                    assert set(pool.map(ask, range(40))) == {401}
                sent += 40
                workers = _samples(http.get("/metrics").text, "crmdesk_worker_requests")
                if (len(workers) == 2 and all(workers.values())) or time.monotonic() > deadline:
                    break
            assert len(workers) == 2 and all(workers.values()), workers
            assert all(re.fullmatch(r'\{pid="\d+"\}', labels) for labels in workers)

            token = login(http, "root", PASSWORD, client_id="ops").json()["token"]
            east = http.get("/v1/changes", headers={"Authorization": f"Bearer {token}"},
                            params={"kinds": "teams"}).json()["changes"][0]["row_id"]
            pushed = http.post("/v1/push", headers={"Authorization": f"Bearer {token}"}, json={
                "client_id": "ops", "protocol": PROTOCOL_VERSION, "ops": [{
                    "op_id": str(uuid.uuid4()), "seq": 1, "entity": "accounts",
                    "row_id": str(uuid.uuid4()), "stamp": Stamp(1_790_000_000_000, 1,
                                                                "ops").encode(),
                    "fields": {"name": "Acme", "name_key": "acme", "status": "lead",
                               "owner_id": None, "team_id": east, "custom_fields": {},
                               "value_score": 0, "deleted": False}}]})
            assert [r["status"] for r in pushed.json()["results"]] == ["applied"]
            http.get("/no/such/page")

            scrape = http.get("/metrics")
            assert scrape.status_code == 200
            text = scrape.text
            fresh.close()
        # every worker's requests, whichever worker answered the scrape
        requests = _samples(text, "crmdesk_http_requests_total")
        assert requests['{method="GET",route="/v1/me",status="401"}'] == sent
        assert requests['{method="POST",route="/v1/push",status="200"}'] == 1
        assert requests['{method="GET",route="unmatched",status="404"}'] == 1
        assert not any("/no/such" in labels for labels in requests)
        latency = _samples(text, "crmdesk_http_request_duration_seconds_count")
        assert latency['{method="GET",route="/v1/me"}'] == sent
        assert _samples(text, "crmdesk_push_ops_total") == {'{result="applied"}': 1}
        one = connect(url)
        try:
            per_worker = one.engine.pool.size()  # type: ignore[attr-defined]
        finally:
            one.close()
        assert _samples(text, "crmdesk_db_pool_size") == {"": 2 * per_worker}
        assert _samples(text, "crmdesk_db_pool_checked_out")[""] >= 0


def test_health_reports_a_database_gone_quickly_with_503(tmp_path: Path) -> None:
    with database_url("postgres", tmp_path) as url, running_server(url) as (base, db):
        assert httpx.get(f"{base}/v1/health", timeout=5).json()["database"] == "ok"
        db.close()  # the pool's connections would keep the database from being dropped
        name = url.rsplit("/", 1)[1]
        with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
            admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(
                sql.Identifier(name)))
        started = time.monotonic()
        gone = httpx.get(f"{base}/v1/health", timeout=10)
        assert time.monotonic() - started < 3
        assert gone.status_code == 503
        body = gone.json()
        assert body["status"] == "unavailable" and body["protocol"] == PROTOCOL_VERSION
        assert "does not exist" in body["database"]


def _account_op(seq: int, row_id: uuid.UUID, team: uuid.UUID, name: str) -> dict[str, Any]:
    return {"op_id": str(uuid.uuid4()), "seq": seq, "entity": "accounts",
            "row_id": str(row_id), "stamp": Stamp(1_790_000_000_000, seq, "ops").encode(),
            "fields": {"name": name, "name_key": name.lower(), "status": "lead",
                       "owner_id": None, "team_id": team.hex, "custom_fields": {},
                       "value_score": 0, "deleted": False}}


def test_health_answers_while_every_request_thread_waits(
        server: tuple[httpx.Client, ServerDB, str]) -> None:
    """Pushes stuck behind a row lock take every connection and every thread (those
    past the admission limit are told to come back); the health check still answers at
    once, and says the database is there."""
    http, db, url = server
    token = login(http, "root", PASSWORD, client_id="ops").json()["token"]
    auth = {"Authorization": f"Bearer {token}"}
    with db.session() as session:
        east = session.scalars(select(Team.id)).one()
    acme = uuid.uuid4()

    def push(seq: int) -> int:
        return http.post("/v1/push", headers=auth, timeout=60, json={
            "client_id": "ops", "protocol": PROTOCOL_VERSION,
            "ops": [_account_op(seq, acme, east, f"Acme {seq}")]}).status_code

    assert push(1) == 200
    plain = url.replace("+psycopg", "")
    with psycopg.connect(plain) as blocker, psycopg.connect(plain, autocommit=True) as watch:
        blocker.execute("SELECT 1 FROM accounts WHERE id = %s FOR UPDATE", (acme,))
        with ThreadPoolExecutor(60) as pool:
            stuck = [pool.submit(push, seq) for seq in range(2, 62)]
            deadline = time.monotonic() + 20
            while watch.execute(  # until the pushes are stuck
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                    " AND wait_event_type = 'Lock'").fetchone() in (None, (0,)):
                assert time.monotonic() < deadline
                time.sleep(0.05)
            time.sleep(1)  # the rest of the requests take the remaining threads
            started = time.monotonic()
            health = httpx.get(str(http.base_url.join("/v1/health")), timeout=30)
            took = time.monotonic() - started
            blocker.rollback()
            answered = [future.result() for future in stuck]
    assert health.status_code == 200 and health.json()["database"] == "ok"
    assert took < 2, took
    # the pushes past what the server takes at once were told to come back (503)
    assert 200 in answered and set(answered) <= {200, 503}


def test_the_factory_needs_only_the_environment_and_reports_a_closed_port(
        monkeypatch: pytest.MonkeyPatch) -> None:
    closed = free_port()  # nothing listens there
    monkeypatch.setenv(DATABASE_ENV, f"postgresql+psycopg://postgres:secret-pw@127.0.0.1:"
                                     f"{closed}/crmdesk")
    before = gc.get_threshold()
    with serving_app(app_from_environment()) as base:
        # serving collects the youngest generation less often (factory.collect_less)
        assert gc.get_threshold()[0] == YOUNG_COLLECTION_AT != before[0]
        started = time.monotonic()
        answer = httpx.get(f"{base}/v1/health", timeout=10)
        assert time.monotonic() - started < 3
    assert gc.get_threshold() == before  # and leaves the process's collector as it was
    assert answer.status_code == 503
    assert str(closed) in answer.json()["database"]
    assert "secret-pw" not in answer.text


def test_concurrent_migrations_run_one_at_a_time(tmp_path: Path) -> None:
    """Two machines starting together: each waits for the migration lock, then one
    migrates and the other finds the schema at head."""
    name = f"crmdesk_test_{uuid.uuid4().hex[:12]}"
    url = pg_url(name)
    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        try:
            with psycopg.connect(pg_url(name).replace("+psycopg", "")) as holder:
                holder.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATE_LOCK,))
                runs = [subprocess.Popen(
                    [sys.executable, "-m", "crmdesk.server.cli", "migrate", "--database-url",
                     url], env=_environment(), stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE, text=True) for _ in range(2)]
                deadline = time.monotonic() + 30
                while True:  # both wait on the lock, and neither has touched the schema
                    waiting = holder.execute(
                        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT "
                        "granted AND database = (SELECT oid FROM pg_database WHERE datname "
                        "= current_database())").fetchone()
                    if waiting and waiting[0] == 2:
                        break
                    assert time.monotonic() < deadline, [r.poll() for r in runs]
                    time.sleep(0.1)
                assert holder.execute("SELECT to_regclass('alembic_version')"
                                      ).fetchone() == (None,)
                holder.rollback()  # the lock goes with the transaction
            for run in runs:
                out, err = run.communicate(timeout=60)
                assert run.returncode == 0, err
                assert "up to date" in out
            with psycopg.connect(pg_url(name).replace("+psycopg", "")) as check:
                versions = check.execute("SELECT version_num FROM alembic_version").fetchall()
            assert len(versions) == 1
        finally:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(name)))


@pytest.mark.parametrize("pooler", [False, True])
def test_a_declared_pooler_gets_no_prepared_statements(tmp_path: Path, pooler: bool) -> None:
    """Through PgBouncer in transaction mode a statement prepared on one server
    connection is missing on the next: declared, the server prepares none."""
    with database_url("postgres", tmp_path) as url:
        db = open_database(url, pooler)
        try:
            with db.engine.connect() as conn:
                for _ in range(8):  # psycopg prepares what it has run 5 times
                    conn.execute(text("SELECT count(*) FROM users WHERE active"))
                prepared = conn.execute(text(
                    "SELECT count(*) FROM pg_prepared_statements")).scalar_one()
        finally:
            db.close()
    assert (prepared == 0) is pooler


def test_connections_the_database_ended_while_idle_are_replaced_not_answered_with_errors(
        server: tuple[httpx.Client, ServerDB, str]) -> None:
    """The pool pings no connection before lending it (a round trip per request): one
    whose backend PostgreSQL ended while it sat in the pool (a restart, an administrator,
    an idle timeout) is told by its socket and replaced, and every request is answered."""
    http, _db, url = server
    token = login(http, "amy", PASSWORD).json()["token"]
    auth = {"Authorization": f"Bearer {token}"}
    with ThreadPoolExecutor(4) as pool:  # several connections in the pool
        assert set(pool.map(lambda _: http.get("/v1/me", headers=auth).status_code,
                            range(40))) == {200}
    name = url.rsplit("/", 1)[1]
    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        ended = admin.execute("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                              " WHERE datname = %s AND pid <> pg_backend_pid()",
                              (name,)).fetchone()
    assert ended is not None and ended[0] >= 2  # the pool's idle connections
    time.sleep(0.5)  # their sockets have the news
    answers = [http.get("/v1/me", headers=auth).status_code for _ in range(20)]
    assert answers == [200] * 20
    assert http.get("/v1/changes", headers=auth).status_code == 200


@pytest.mark.parametrize("ask", [
    db_module.selected_input,
    pytest.param(db_module.polled_input, marks=pytest.mark.skipif(
        not hasattr(io_select, "poll"), reason="no select.poll here (Windows)"))])
def test_the_liveness_check_tells_a_live_socket_from_one_the_other_end_closed(
        ask: Callable[[int], bool]) -> None:
    """The pool's check, by select.select (what Windows has: no select.poll there) and
    by poll: nothing to read on a quiet socket; input once the other end wrote or
    closed."""
    ours, theirs = socket.socketpair()
    try:
        assert not ask(ours.fileno())
        theirs.sendall(b"E")  # the server's last words (a termination notice)
        assert ask(ours.fileno())
        ours.recv(1)
        assert not ask(ours.fileno())
        theirs.close()
        assert ask(ours.fileno())  # the end of the stream
    finally:
        ours.close()
        theirs.close()
