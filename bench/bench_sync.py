"""Sync benchmarks against a real server process on PostgreSQL holding the demo workspace:
first syncs of empty laptops, a push of 1,000 edits, an incremental round trip, and 20
laptops syncing at once.

    python bench/bench_sync.py --accounts 100000

Needs PostgreSQL at $CRMDESK_BENCH_PG (default postgresql://postgres@127.0.0.1:5432/
postgres); a fresh database is made for the run and dropped after it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx
from sqlalchemy import select

from bench.calibrate import calibrate
from bench.common import Figure, percentile, summary, wait_until_serving
from crmdesk.server.db import connect, migrate
from crmdesk.server.demo import DEMO_PASSWORD, load_demo
from crmdesk.store import workspace_keys as keys
from crmdesk.store.db import Store, copy_workspace, open_store
from crmdesk.store.journal import pending_count
from crmdesk.store.models import Account
from crmdesk.store.writes import update_account_field
from crmdesk.sync.engine import SyncClient, SyncError, SyncReport, sign_in

PG_ADMIN = os.environ.get("CRMDESK_BENCH_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
REP, LEAD, ADMIN = "li.wei", "lead.north", "admin"  # the rep is on the lead's team
FIRST_SYNC_RATE = 20_000  # rows/s, end to end


# ---- the server -------------------------------------------------------------------------

@contextmanager
def fresh_database() -> Iterator[str]:
    import psycopg

    name = f"crmdesk_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=5) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield f"postgresql+psycopg://{PG_ADMIN.split('://', 1)[1].rsplit('/', 1)[0]}/{name}"
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def settle(url: str) -> None:
    """Bring the freshly loaded server to a steady state before anything is timed: its
    statistics gathered and its pages written out, as on a server in use, so that the
    database's own catch-up after a bulk load is not counted against the first sync."""
    import psycopg

    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"),
                         autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
        conn.execute("CHECKPOINT")


class Timed:
    """ASGI wrapper that writes each request's path, server-side milliseconds and
    status to a file, so the bench reads the server's own view of its latency."""

    def __init__(self, app: Any, path: str) -> None:
        self.app = app
        self.out = open(path, "a", buffering=1)  # noqa: SIM115 - open for the server's life

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = [0]

        async def note(message: Any) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, note)
        finally:
            took = (time.perf_counter() - started) * 1000
            self.out.write(f"{scope['path']} {took:.3f} {status[0]}\n")


def serve(url: str, port: int, timings: str) -> None:
    """The server process: the real app, one uvicorn worker, timed per request."""
    import uvicorn

    from crmdesk.server.app import create_app

    uvicorn.run(Timed(create_app(connect(url)), timings), host="127.0.0.1", port=port,
                log_level="warning", access_log=False)


@contextmanager
def served(url: str, workdir: Path) -> Iterator[tuple[str, Path]]:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    timings = workdir / "server-timings.txt"
    timings.touch()
    process = subprocess.Popen([sys.executable, __file__, "--serve", url, str(port),
                                str(timings)])
    base = f"http://127.0.0.1:{port}"
    if not wait_until_serving(base, process, 60):
        process.kill()
        raise RuntimeError("the bench server did not start")
    try:
        yield base, timings
    finally:
        process.terminate()
        process.wait(30)


def server_times(timings: Path, skip: int) -> list[tuple[str, float, int]]:
    """Requests the server timed after the first `skip` lines."""
    lines = timings.read_text().splitlines()[skip:]
    return [(p, float(ms), int(code)) for p, ms, code in (line.split() for line in lines)]


# ---- laptops ----------------------------------------------------------------------------

@dataclass
class Laptop:
    store: Store
    http: httpx.Client
    client: SyncClient
    user_id: uuid.UUID

    def close(self) -> None:
        self.http.close()
        self.store.close()


def laptop(base: str, path: Path, username: str) -> Laptop:
    store = open_store(path, create=True)
    http = httpx.Client(base_url=base, timeout=600)
    signed = sign_in(http, username, DEMO_PASSWORD, store.client_id)
    return Laptop(store, http, SyncClient(store, http, signed.token), signed.user.id)


def clone(base: str, source: Path, path: Path, username: str) -> Laptop:
    """Another laptop with the same data: a copy of a synced workspace under a new
    workspace id (so the server sees a separate client)."""
    copy_workspace(source, path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE workspace_settings SET value = ? WHERE key = ?",
                     (uuid.uuid4().hex, keys.CLIENT_ID.name))
    return laptop(base, path, username)


def edit(machine: Laptop, accounts: list[uuid.UUID], n: int, label: str) -> None:
    """`n` edits made as a user makes them: one unit of work each, through writes.py."""
    for i in range(n):
        with machine.store.write.begin() as unit:
            checked = update_account_field(unit, accounts[i % len(accounts)], "region",
                                           f"{label} {i}")
            assert checked.problem is None, checked.problem


def own_accounts(machine: Laptop, owner: uuid.UUID | None = None) -> list[uuid.UUID]:
    with machine.store.session() as session:
        return list(session.scalars(select(Account.id).where(
            Account.owner_id == (owner or machine.user_id), Account.deleted.is_(False))
            .order_by(Account.id)))


# ---- the measurements -------------------------------------------------------------------

def first_syncs(base: str, workdir: Path) -> tuple[list[Figure], dict[str, Laptop]]:
    figures: list[Figure] = []
    laptops: dict[str, Laptop] = {}
    for username, role in ((REP, "rep"), (LEAD, "team lead"), (ADMIN, "admin")):
        machine = laptop(base, workdir / f"{username}.db", username)
        started = time.perf_counter()
        report = machine.client.sync()
        took = time.perf_counter() - started
        rate = report.pulled / took
        print(f"first sync, {role} {username}: {report.pulled:,} rows in {took:.1f} s "
              f"= {rate:,.0f} rows/s")
        figures.append(Figure(f"first sync, {role} ({report.pulled:,} rows)", rate, "rows/s",
                              FIRST_SYNC_RATE, lower_is_better=False))
        laptops[username] = machine
    return figures, laptops


def push_and_round_trip(laptops: dict[str, Laptop]) -> list[Figure]:
    rep, lead = laptops[REP], laptops[LEAD]
    mine = own_accounts(rep)
    edit(rep, mine, 1000, "Bench push")
    with rep.store.session() as session:
        assert pending_count(session) == 1000
    report = SyncReport()
    started = time.perf_counter()
    rep.client.push(report)
    took = time.perf_counter() - started
    assert report.pushed == 1000 and report.refused == 0, report
    print(f"push of 1,000 pending edits: {took * 1000:.0f} ms")
    figures = [Figure("push 1,000 pending edits", took, "s", 2)]
    rep.client.sync()  # takes back its own pushed changes
    lead.client.sync()

    senders: list[float] = []
    receivers: list[float] = []
    for round_ in range(5):
        theirs = own_accounts(lead, rep.user_id)
        edit(lead, theirs[round_ * 100:] + theirs[:round_ * 100], 100, f"Lead round {round_}")
        started = time.perf_counter()
        sent = lead.client.sync()
        senders.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        got = rep.client.sync()
        receivers.append((time.perf_counter() - started) * 1000)
        assert sent.pushed == 100 and got.pulled >= 100, (sent, got)
    print("incremental, sender pushes 100:", summary(senders))
    print("incremental, receiver pulls 100:", summary(receivers))
    figures.append(Figure("incremental sync, sending 100 changes (median)",
                          percentile(senders, 50), "ms", 300))
    figures.append(Figure("incremental sync, receiving 100 changes (median)",
                          percentile(receivers, 50), "ms", 300))
    return figures


def concurrent(base: str, workdir: Path, laptops: dict[str, Laptop], timings: Path,
               clients: int = 20, rounds: int = 3) -> list[Figure]:
    """`clients` laptops (copies of the rep's and the lead's, each its own workspace)
    edit and then sync at the same moment, several rounds."""
    sources = {REP: laptops[REP].store.path, LEAD: laptops[LEAD].store.path}
    for name in sources:
        laptops[name].store.engine.dispose()  # a quiet file to copy
    crowd = [clone(base, sources[name], workdir / f"crowd-{i}.db", name)
             for i in range(clients) for name in ((REP if i % 4 else LEAD),)]
    rng = random.Random(5)
    scopes = [own_accounts(m, laptops[REP].user_id) for m in crowd]
    errors: list[str] = []
    client_ms: list[float] = []
    skip = len(timings.read_text().splitlines())
    started_all = time.perf_counter()
    for round_ in range(rounds):
        for n, machine in enumerate(crowd):
            picks = rng.sample(scopes[n], 5)
            edit(machine, picks, 5, f"Crowd {round_}.{n}")
        gate = threading.Barrier(clients)

        def run(machine: Laptop, gate: threading.Barrier = gate) -> None:
            gate.wait()
            started = time.perf_counter()
            try:
                report = machine.client.sync()
                if report.refused:
                    errors.append(f"{report.refused} refused")
            except (SyncError, httpx.HTTPError) as exc:
                errors.append(str(exc))
            client_ms.append((time.perf_counter() - started) * 1000)

        threads = [threading.Thread(target=run, args=(m,)) for m in crowd]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    took = time.perf_counter() - started_all
    requests = server_times(timings, skip)
    server_ms = [ms for _, ms, _ in requests]
    failed = [r for r in requests if r[2] >= 400]
    print(f"{clients} laptops x {rounds} rounds at once: {len(requests)} requests in "
          f"{took:.1f} s, {len(errors)} client errors, {len(failed)} error answers")
    for error in errors[:5]:
        print("  error:", error)
    print("  server time per request:", summary(server_ms))
    by_path: dict[str, list[float]] = {}
    for path, ms, _ in requests:
        by_path.setdefault(path, []).append(ms)
    for path, samples in sorted(by_path.items()):
        print(f"    {path}: {summary(samples)}")
    print("  whole sync per laptop (client side):", summary(client_ms))
    for machine in crowd:
        machine.close()
    return [Figure(f"{clients} laptops syncing at once: errors", len(errors) + len(failed),
                   "", 0),
            Figure(f"{clients} laptops at once: server p95 per request",
                   percentile(server_ms, 95), "ms", None)]


def main(argv: list[str] | None = None) -> list[Figure]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--reuse", action="store_true", help="accepted for bench/run.py; "
                        "the server database is always made afresh")
    parser.add_argument("--serve", nargs=3, metavar=("URL", "PORT", "TIMINGS"),
                        help=argparse.SUPPRESS)
    parser.add_argument("--load", metavar="URL", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        serve(args.serve[0], int(args.serve[1]), args.serve[2])
        return []
    if args.load:
        db = connect(args.load)
        migrate(db)
        counts = load_demo(db, args.accounts, seed=1)
        db.close()
        settle(args.load)
        print(json.dumps(counts))
        return []
    calibration = calibrate()
    figures: list[Figure] = []
    with fresh_database() as url, tempfile.TemporaryDirectory(prefix="crmdesk-sync-") as tmp:
        workdir = Path(tmp)
        # the server's data is made by another process, so this one starts as a laptop
        # does, without the loader's millions of objects for Python's collector to walk
        started = time.perf_counter()
        loaded = subprocess.run([sys.executable, __file__, "--load", url, "--accounts",
                                 str(args.accounts)], capture_output=True, text=True,
                                check=True)
        counts = json.loads(loaded.stdout.splitlines()[-1])
        took = time.perf_counter() - started
        print(f"demo server: {counts['accounts']:,} accounts, {counts['server_changes']:,} "
              f"changes loaded into PostgreSQL, then vacuumed, analysed and checkpointed, "
              f"in {took:.1f} s")
        with served(url, workdir) as (base, timings):
            found, laptops = first_syncs(base, workdir)
            figures += found
            figures += push_and_round_trip(laptops)
            figures += concurrent(base, workdir, laptops, timings)
            every = [ms for _, ms, _ in server_times(timings, 0)]
            print("server time per request, whole run:", summary(every))
            for machine in laptops.values():
                machine.close()
    for figure in figures:
        print(figure.report(calibration))
    return figures


if __name__ == "__main__":
    main()
