"""Load bench: N simulated reps syncing at once against a real `crmdesk-server serve`
process on PostgreSQL holding the demo workspace (15,000 accounts by default).

Each rep does the laptop's incremental sync round, as `SyncClient.sync` sends it: GET
/v1/me, POST /v1/push with three field edits to one of its own accounts (real ops: op
id, client sequence, hybrid-logical-clock stamp, base), GET /v1/changes from its cursor
(page after page while there is more), GET /v1/conflicts; then a pause of 0-2 s; for a
fixed time. Reported per run: requests/s, p50/p95/p99 per endpoint, errors by status,
field edits applied per second, and how busy the load generator itself was.

    python bench/bench_server_load.py                       # N = 100, 300, 1000; 1 and 2 workers
    python bench/bench_server_load.py --quick               # smoke run: 20 reps, 10 s, 1 worker
    python bench/bench_server_load.py --reps 300 --workers 2 --duration 120

Needs PostgreSQL at $CRMDESK_BENCH_PG (default postgresql://postgres@127.0.0.1:5432/
postgres); a fresh database is made for the run and dropped after it. The reps are made
directly in the database with their tokens (crmdesk.server.auth.issue), not by N sign-ins:
argon2 at about 3 a second would take minutes before the first request.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import multiprocessing
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx
from sqlalchemy import select, update

from bench.calibrate import calibrate
from bench.common import Figure, percentile, wait_until_serving
from crmdesk.domain.account_fields import INDUSTRIES
from crmdesk.hlc import Clock
from crmdesk.protocol import (
    CURSOR_HEADER,
    MAX_CHANGES,
    MORE_HEADER,
    PROTOCOL_VERSION,
    Op,
    PushRequest,
)
from crmdesk.server import auth
from crmdesk.server.db import ServerDB, connect
from crmdesk.server.sync import head, record_change
from crmdesk.store.models import Account, Role, Team, User, utcnow
from crmdesk.sync.kinds import known_schema

ROOT = Path(__file__).resolve().parent.parent
#: Each rep waits a random time up to this between rounds (and before its first).
PAUSE_MAX = 2.0
#: A request unanswered this long counts as an error (a "timeout").
TIMEOUT_S = 30.0
ENDPOINTS = ("GET /v1/me", "POST /v1/push", "GET /v1/changes", "GET /v1/conflicts")
#: The issue's targets on this machine (at 1,000 reps for the edits).
P95_TARGET_MS = 200.0
EDITS_TARGET = 1000.0
#: The generator is near its limit past these: its own delay is then in the latencies.
BUSY_CPU, BUSY_LAG_MS = 0.85, 20.0
#: The kinds a laptop of this version asks its changes for.
KINDS = ",".join(sorted(known_schema()))


# ---- setting up ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Rep:
    """One simulated laptop: its user, workspace (client id), token and own accounts."""

    username: str
    client_id: str
    token: str
    accounts: tuple[str, ...]


def make_reps(db: ServerDB, count: int) -> list[Rep]:
    """`count` new reps spread over the teams, each given its token directly (no
    password, so no argon2) and a share of its team's accounts. The accounts change
    owner by a direct update without change-log entries: the reps start at the log's
    head, so no pull reads them."""
    with db.session.begin() as session:
        teams = list(session.scalars(select(Team.id).where(Team.deleted.is_(False))
                                     .order_by(Team.name)))
        users = [User(username=f"bench.rep{i:04d}", display_name=f"Bench Rep {i}",
                      role=Role.REP, team_id=teams[i % len(teams)], active=True)
                 for i in range(count)]
        session.add_all(users)
        session.flush()
        for user in users:  # laptops learn who owns what, as `user add` records it
            record_change(session, "users", user, None, None)
        by_team: dict[uuid.UUID, list[User]] = defaultdict(list)
        for user in users:
            by_team[user.team_id].append(user)  # type: ignore[index]
        owned: dict[uuid.UUID, list[str]] = defaultdict(list)
        moves: list[dict[str, object]] = []
        dealt: Counter[uuid.UUID] = Counter()
        for account_id, team_id in session.execute(
                select(Account.id, Account.team_id).where(Account.deleted.is_(False))
                .order_by(Account.id)):
            if team_id is None or not (reps := by_team.get(team_id)):
                continue  # an account of no team: no rep of ours may edit it
            rep = reps[dealt[team_id] % len(reps)]
            dealt[team_id] += 1
            moves.append({"id": account_id, "owner_id": rep.id})
            owned[rep.id].append(account_id.hex)
        session.execute(update(Account), moves)
        short = [u.username for u in users if not owned[u.id]]
        if short:
            raise SystemExit(f"{len(short)} reps have no account to edit: load more accounts "
                             "than reps.")
        return [Rep(u.username, f"bench-{u.username}", auth.issue(session, u.id,
                                                                  f"bench-{u.username}")[0],
                    tuple(owned[u.id]))
                for u in users]


def log_head(db: ServerDB) -> int:
    with db.session() as session:
        return head(session)


# ---- the laptops ----------------------------------------------------------------------------

@dataclass
class Tally:
    """What one generator process saw."""

    ms: dict[str, list[float]] = field(default_factory=lambda: {e: [] for e in ENDPOINTS})
    errors: Counter[str] = field(default_factory=Counter)  # "endpoint: status or exception"
    rounds: int = 0
    edits: int = 0  # field edits the server answered it applied
    refused_ops: int = 0
    lag_ms: list[float] = field(default_factory=list)  # the event loop's own delays
    cpu: float = 0.0  # this process's CPU time over its wall time (1.0: a whole core)
    wall_s: float = 0.0

    def merge(self, other: Tally) -> None:
        for name, samples in other.ms.items():
            self.ms[name].extend(samples)
        self.errors.update(other.errors)
        self.rounds += other.rounds
        self.edits += other.edits
        self.refused_ops += other.refused_ops
        self.lag_ms.extend(other.lag_ms)
        self.cpu = max(self.cpu, other.cpu)
        self.wall_s = max(self.wall_s, other.wall_s)


class Laptop:
    """One rep's laptop between rounds: its cursor, clock and sequence numbers."""

    def __init__(self, rep: Rep, cursor: int, after: str, rng: random.Random) -> None:
        self.rep, self.cursor, self.after, self.rng = rep, cursor, after, rng
        self.clock = Clock(rep.client_id)
        self.seq = 0
        self.edited = 0
        self.retry_after = 0.0  # seconds a busy server asked for (Retry-After)

    def ops(self) -> list[Op]:
        """Three field edits to one of my accounts, as three saves on its card make them."""
        account = uuid.UUID(self.rng.choice(self.rep.accounts))
        self.edited += 1
        values = {"region": f"Bench region {self.edited}",
                  "address": f"{self.edited} Bench Street",
                  "industry": self.rng.choice(INDUSTRIES)}
        made: list[Op] = []
        for name, value in values.items():
            self.seq += 1
            made.append(Op(op_id=uuid.uuid4(), seq=self.seq, entity="accounts",
                           row_id=account, fields={name: value},
                           stamp=self.clock.tick().encode(), base=self.cursor))
        return made

    async def round(self, http: httpx.AsyncClient, tally: Tally) -> None:
        """One incremental sync; it stops at the first failed request, as the client's."""
        if await self.ask(http, tally, "GET /v1/me", "GET", "/v1/me") is None:
            return
        ops = self.ops()
        body = PushRequest(client_id=self.rep.client_id, protocol=PROTOCOL_VERSION,
                           ops=ops).model_dump_json()
        pushed = await self.ask(http, tally, "POST /v1/push", "POST", "/v1/push",
                                content=body, headers={"Content-Type": "application/json"})
        if pushed is None:
            return
        for op, result in zip(ops, pushed.json()["results"], strict=True):
            if result["status"] == "refused":
                tally.refused_ops += 1
            else:
                tally.edits += len(op.fields) - len(result.get("lost", ()))
        more = True
        while more:  # the headers say where the page ends: the body is the laptop's to apply
            page = await self.ask(http, tally, "GET /v1/changes", "GET", "/v1/changes",
                                  params={"cursor": self.cursor, "limit": MAX_CHANGES,
                                          "kinds": KINDS, "epoch": 0})
            if page is None:
                return
            self.cursor = int(page.headers[CURSOR_HEADER])
            more = page.headers[MORE_HEADER] == "true"
        answer = await self.ask(http, tally, "GET /v1/conflicts", "GET", "/v1/conflicts",
                                params={"after": self.after})
        if answer is None:
            return
        conflicts = answer.json()["conflicts"]
        if conflicts:
            self.after = max(c["at"] for c in conflicts)
        tally.rounds += 1

    async def ask(self, http: httpx.AsyncClient, tally: Tally, name: str, method: str,
                  url: str, **kwargs: object) -> httpx.Response | None:
        """Send one request and time it; None when it failed (counted by status). A busy
        server's Retry-After is kept: the laptop waits that long before its next round."""
        response = await _ask(http, tally, name, method, url, **kwargs)
        if response is not None and response.status_code >= 400:
            wait = response.headers.get("Retry-After", "")
            self.retry_after = float(wait) if wait.isdigit() else 0.0
            return None
        return response

    def pause(self, longest: float) -> float:
        """The wait before the next round: 0 to `longest` seconds, and no less than a busy
        server asked for, spread over as much again so the laptops do not all return at
        once."""
        asked, self.retry_after = self.retry_after, 0.0
        return asked * (1 + self.rng.random()) if asked else self.rng.uniform(0, longest)


async def _ask(http: httpx.AsyncClient, tally: Tally, name: str, method: str, url: str,
               **kwargs: object) -> httpx.Response | None:
    """Send one request and time it; None on no answer (counted by what went wrong)."""
    started = time.perf_counter()
    try:
        response = await http.request(method, url, **kwargs)  # type: ignore[arg-type]
    except httpx.TimeoutException:
        tally.errors[f"{name}: timeout"] += 1
        return None
    except httpx.HTTPError as exc:
        tally.errors[f"{name}: {type(exc).__name__}"] += 1
        return None
    # an answer, whatever its status, took this long: a quick 503 is a latency too
    tally.ms[name].append((time.perf_counter() - started) * 1000)
    if response.status_code >= 400:
        tally.errors[f"{name}: {response.status_code}"] += 1
    return response


async def _watch_lag(tally: Tally, stop: asyncio.Event, tick: float = 0.05) -> None:
    """How late the event loop wakes: past a few ms, the generator itself is slow."""
    while not stop.is_set():
        before = time.perf_counter()
        await asyncio.sleep(tick)
        tally.lag_ms.append((time.perf_counter() - before - tick) * 1000)


async def _drive(base: str, reps: Sequence[Rep], start_at: float, duration: float,
                 pause: float, cursor: int, after: str, seed: int) -> Tally:
    tally = Tally()
    await asyncio.sleep(max(0.0, start_at - time.time()))  # every process starts together
    cpu, started = time.process_time(), time.perf_counter()
    deadline = started + duration
    stop = asyncio.Event()
    watcher = asyncio.create_task(_watch_lag(tally, stop))
    # one TLS context for every client (making one per client is slow and needs none)
    tls = httpx.create_ssl_context()

    async def laptop(n: int, rep: Rep) -> None:
        rng = random.Random(seed * 1_000_003 + n)
        machine = Laptop(rep, cursor, after, rng)
        # each laptop its own connection, as on a sales force's laptops
        async with httpx.AsyncClient(base_url=base, timeout=TIMEOUT_S, verify=tls,
                                     headers={"Authorization": f"Bearer {rep.token}"},
                                     limits=httpx.Limits(max_connections=1)) as http:
            await asyncio.sleep(rng.uniform(0, pause))
            while time.perf_counter() < deadline:
                await machine.round(http, tally)
                # no pause past the end: the run's time is the time its requests took
                left = deadline - time.perf_counter()
                await asyncio.sleep(min(machine.pause(pause), max(0.0, left)))

    await asyncio.gather(*(laptop(n, rep) for n, rep in enumerate(reps)))
    stop.set()
    await watcher
    tally.wall_s = time.perf_counter() - started
    tally.cpu = (time.process_time() - cpu) / tally.wall_s
    return tally


def _drive_part(args: tuple[str, list[Rep], float, float, float, int, str, int]) -> Tally:
    return asyncio.run(_drive(*args))


def drive(base: str, reps: Sequence[Rep], duration: float, pause: float = PAUSE_MAX,
          procs: int = 1, cursor: int = 0, after: str | None = None, seed: int = 1) -> Tally:
    """Run `reps` against the server at `base` for `duration` seconds (rounds begun by
    then finish) from `procs` processes (1: this one), starting at the log position
    `cursor`; returns what they saw, together."""
    since = after or utcnow().isoformat()
    if procs <= 1:
        return asyncio.run(_drive(base, reps, time.time(), duration, pause, cursor, since,
                                  seed))
    start_at = time.time() + 3.0  # past every process's start-up
    parts = [(base, list(reps[i::procs]), start_at, duration, pause, cursor, since, seed + i)
             for i in range(procs)]
    total = Tally()
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(procs, mp_context=spawn) as pool:
        for part in pool.map(_drive_part, parts):
            total.merge(part)
    return total


# ---- the server -----------------------------------------------------------------------------

class ServerDidNotStart(RuntimeError):
    pass


@contextmanager
def served(url: str, workers: int, logs: Path) -> Iterator[str]:
    """`crmdesk-server serve` as its own process (with `--workers` past one) on a free
    loopback port; yields its base URL once it answers."""
    with serving(url, workers, logs) as (base, _pid):
        yield base


@contextmanager
def serving(url: str, workers: int, logs: Path) -> Iterator[tuple[str, int]]:
    """`served`, with the server process's id as well (its workers are its children)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    command = [sys.executable, "-m", "crmdesk.server.cli", "serve", "--database-url", url,
               "--port", str(port)] + (["--workers", str(workers)] if workers > 1 else [])
    log_path = logs / f"server-{workers}-workers.log"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])}
    with open(log_path, "w") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        if not wait_until_serving(base, process, 90, poll=0.2):
            tail = log_path.read_text(errors="replace").strip().splitlines()[-3:]
            raise ServerDidNotStart(" / ".join(tail) or "no output")
        yield base, process.pid
    finally:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# ---- the report -----------------------------------------------------------------------------

def report(tally: Tally, reps: int, workers: int, procs: int) -> list[Figure]:
    """Print one run's figures and return them (each printed later with its ratio)."""
    label = f"{reps} reps, {workers} worker{'s' if workers > 1 else ''}"
    wall = tally.wall_s or float("nan")
    answered = [ms for samples in tally.ms.values() for ms in samples]
    errors = sum(tally.errors.values())
    rate, edits = len(answered) / wall, tally.edits / wall
    print(f"== {label}: {len(answered):,} requests answered in {wall:.1f} s = {rate:,.1f}/s; "
          f"{tally.rounds:,} whole rounds; {tally.edits:,} field edits applied = "
          f"{edits:,.1f}/s; {tally.refused_ops} ops refused")
    print("   errors: " + (", ".join(f"{k} x{n}" for k, n in sorted(tally.errors.items()))
                           or "none"))
    for name in (*ENDPOINTS, "all"):
        samples = answered if name == "all" else tally.ms[name]
        if samples:
            print(f"   {name:<18} n={len(samples):>7,}  p50 {percentile(samples, 50):8.1f}  "
                  f"p95 {percentile(samples, 95):8.1f}  p99 {percentile(samples, 99):8.1f} ms")
    lag = percentile(tally.lag_ms, 99)
    print(f"   load generator: {procs} process(es), the busiest at {tally.cpu:.0%} of a core, "
          f"event-loop lag p99 {lag:.1f} ms")
    if tally.cpu > BUSY_CPU:
        print("   WARNING: the load generator was near its limit, so its own delay is in "
              "these latencies: run with more --procs")
    elif lag > BUSY_LAG_MS:
        print("   WARNING: the generator woke late while using little CPU: the machine was "
              "busy, and that delay is in these latencies")
    figures = [Figure(f"{label}: requests answered/s", rate, "req/s", None,
                      lower_is_better=False),
               Figure(f"{label}: p95 per request", percentile(answered, 95), "ms",
                      P95_TARGET_MS),
               Figure(f"{label}: errors", errors, "", 0),
               Figure(f"{label}: field edits applied/s", edits, "edits/s",
                      EDITS_TARGET if reps >= 1000 else None, lower_is_better=False)]
    figures += [Figure(f"{label}: {name} p95", percentile(tally.ms[name], 95), "ms", None)
                for name in ENDPOINTS]
    return figures


def _numbers(text: str) -> list[int]:
    try:
        found = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a comma-separated list of "
                                         "whole numbers") from None
    if not found or min(found) < 1:
        raise argparse.ArgumentTypeError("give one or more numbers, each at least 1")
    return found


def main(argv: list[str] | None = None) -> list[Figure]:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reps", type=_numbers, default=None, metavar="N,N,...",
                        help="numbers of simulated reps (default 100,300,1000)")
    parser.add_argument("--workers", type=_numbers, default=None, metavar="W,W,...",
                        help="server worker processes (default 1,2)")
    parser.add_argument("--duration", type=float, default=None,
                        help="seconds each run lasts (default 60)")
    parser.add_argument("--accounts", type=int, default=None,
                        help="demo accounts on the server (default 15000)")
    parser.add_argument("--procs", type=int, default=0,
                        help="load generator processes (default: one per 250 reps)")
    parser.add_argument("--quick", action="store_true",
                        help="a smoke run: 20 reps, 10 s, 1 worker, 1,000 accounts")
    args = parser.parse_args(argv)
    quick = args.quick
    reps: list[int] = args.reps or ([20] if quick else [100, 300, 1000])
    workers: list[int] = args.workers or ([1] if quick else [1, 2])
    duration: float = args.duration or (10.0 if quick else 60.0)
    accounts: int = args.accounts or (1000 if quick else 15_000)

    from bench.bench_sync import fresh_database, settle

    calibration = calibrate()
    figures: list[Figure] = []
    throughput: dict[tuple[int, int], float] = {}
    with fresh_database() as url, tempfile.TemporaryDirectory(prefix="crmdesk-load-") as tmp:
        started = time.perf_counter()
        # loaded by another process (bench_sync's loader): this one stays a lean client
        loaded = subprocess.run([sys.executable, str(ROOT / "bench" / "bench_sync.py"),
                                 "--load", url, "--accounts", str(accounts)],
                                capture_output=True, text=True, check=True)
        counts = json.loads(loaded.stdout.splitlines()[-1])
        db = connect(url)
        try:
            made = make_reps(db, max(reps))
        finally:
            db.close()
        settle(url)
        print(f"demo server: {counts['accounts']:,} accounts on PostgreSQL; {len(made):,} "
              f"reps made with their tokens directly (crmdesk.server.auth.issue, no argon2 "
              f"sign-ins), each given a share of its team's accounts; "
              f"{time.perf_counter() - started:.1f} s")
        for count in workers:
            try:
                with served(url, count, Path(tmp)) as base:
                    for n in reps:
                        procs = args.procs or max(1, math.ceil(n / 250))
                        db = connect(url)
                        try:
                            cursor = log_head(db)
                        finally:
                            db.close()
                        tally = drive(base, made[:n], duration, procs=procs, cursor=cursor,
                                      seed=n * 10 + count)
                        figures += report(tally, n, count, procs)
                        throughput[(n, count)] = tally.edits / (tally.wall_s or math.inf)
                        time.sleep(2)  # the server drains before the next run
            except ServerDidNotStart as exc:
                print(f"== {count} workers: the server did not start ({exc}); skipped")
    for n in reps:
        if (n, 1) in throughput and (n, 2) in throughput and throughput[(n, 1)]:
            figures.append(Figure(f"{n} reps: field edits/s, 2 workers over 1",
                                  throughput[(n, 2)] / throughput[(n, 1)], "x",
                                  1.0 if n == max(reps) else None, lower_is_better=False))
    print()
    for figure in figures:
        print(figure.report(calibration))
    return figures


if __name__ == "__main__":
    main()
