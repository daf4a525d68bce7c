"""Where one request's milliseconds go: each kind of request the laptop's incremental sync
sends (GET /v1/me, POST /v1/push of three edits, GET /v1/changes, GET /v1/conflicts),
sent one at a time to a real `crmdesk-server serve` process (one worker) on PostgreSQL
holding the demo workspace (15,000 accounts by default).

Per kind: the latency a laptop sees (p50) and the server process's own CPU time per
request (from /proc, so the whole process: uvicorn, FastAPI, the thread hop, SQLAlchemy,
psycopg). Then, in this process against the same database, the layers of a request timed
alone (pool checkout, the token lookup, each query of a pull) so the two can be compared.
With --py-spy PATH the server is also sampled by py-spy while each kind runs (top
functions printed), if py-spy is at PATH.

    python bench/profile_server_requests.py                     # 15,000 accounts, 400 each
    python bench/profile_server_requests.py --database-url URL  # a loaded database (kept)
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx
from sqlalchemy.engine import make_url

from bench.bench_server_load import KINDS, Laptop, Rep, log_head, make_reps
from bench.common import percentile, wait_until_serving
from crmdesk.protocol import MAX_CHANGES, PROTOCOL_VERSION, PushRequest
from crmdesk.server.db import ServerDB, connect

ROOT = Path(__file__).resolve().parent.parent
_TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of process `pid` so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / _TICK


def tree_cpu_seconds(pid: int) -> float:
    """CPU time so far of process `pid` and of its descendants still running (a server's
    worker processes)."""
    total = 0.0
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            children = (task / "children").read_text().split()
        except OSError:
            continue  # ended meanwhile
        for child in children:
            total += tree_cpu_seconds(int(child))
    try:
        return total + cpu_seconds(pid)
    except OSError:
        return total


def machine_cpu() -> tuple[float, float]:
    """(busy, all) CPU seconds of the whole machine so far, every core and process."""
    # user, nice, system, idle, iowait, irq, softirq, steal (guest time is in user's)
    fields = [int(n) for n in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    idle = fields[3] + fields[4]  # idle, iowait
    return (sum(fields) - idle) / _TICK, sum(fields) / _TICK


def postgres_cpu_seconds(database: str) -> float:
    """CPU time so far of the PostgreSQL backends connected to `database` (the server's
    pooled connections, which live through a run)."""
    total = 0.0
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            title = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            if not title.startswith("postgres: ") or f" {database} " not in title:
                continue
            fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended meanwhile
        total += (int(fields[11]) + int(fields[12])) / _TICK
    return total


#: How far back in the log a timed pull starts: about ten pushes of three edits each.
BEHIND = 30
#: Extra arguments for `crmdesk-server serve` (--access-log, to measure what it costs).
SERVE_ARGS: list[str] = []


@contextmanager
def server(url: str, logs: Path) -> Iterator[tuple[str, int]]:
    """One `crmdesk-server serve` worker on a free port: (base URL, its pid)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])}
    with open(logs / "server.log", "w") as log:
        process = subprocess.Popen([sys.executable, "-m", "crmdesk.server.cli", "serve",
                                    "--database-url", url, "--port", str(port), *SERVE_ARGS],
                                   stdout=log, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        if not wait_until_serving(base, process, 90, poll=0.2):
            raise SystemExit((logs / "server.log").read_text()[-2000:])
        yield base, process.pid
    finally:
        process.terminate()
        process.wait(30)


@contextmanager
def sampled(py_spy: str | None, pid: int, out: Path) -> Iterator[None]:
    """py-spy recording `pid` (all threads, raw folded stacks) while the body runs."""
    if py_spy is None:
        yield
        return
    recorder = subprocess.Popen([py_spy, "record", "-p", str(pid), "-r", "400", "-f", "raw",
                                 "-o", str(out), "--nonblocking"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)  # attached
    try:
        yield
    finally:
        recorder.send_signal(2)
        recorder.wait(30)


#: Where a sample's innermost frame is, by the first of these its file path holds.
LAYERS = (("psycopg/", "psycopg (driver; the wait on PostgreSQL included)"),
          ("sqlalchemy/orm/", "SQLAlchemy ORM (sessions, loading, flush)"),
          ("sqlalchemy/", "SQLAlchemy Core (compiling, executing, rows)"),
          ("pydantic", "pydantic (validation, serialisation)"),
          ("fastapi/", "FastAPI (routing, dependencies, responses)"),
          ("starlette/", "Starlette (requests, responses, middleware)"),
          ("prometheus_client/", "prometheus-client (metrics)"),
          ("uvicorn/", "uvicorn"), ("h11/", "h11 (HTTP parsing)"),
          ("httptools", "httptools (HTTP parsing)"), ("anyio/", "anyio (thread hops)"),
          ("asyncio/", "asyncio (event loop)"), ("uvloop", "uvloop (event loop)"),
          ("threading.py", "threads (hand-offs)"), ("crmdesk/", "crmdesk's own code"),
          ("orjson", "orjson"), ("json/", "json"))


def layers(folded: Path) -> list[str]:
    """The share of the server's samples (idle threads left out by py-spy) whose innermost
    frame is in each layer: where the CPU went."""
    spent: Counter[str] = Counter()
    total = 0
    for line in folded.read_text().splitlines():
        stack, _, n = line.rpartition(" ")
        total += int(n)
        for frame in reversed(stack.split(";")):
            where = next((name for marker, name in LAYERS if marker in frame), None)
            if where is not None:
                spent[where] += int(n)
                break
        else:
            spent["other (" + stack.split(";")[-1][:60] + ")"] += int(n)
    return [f"{n / total:6.1%}  {name}" for name, n in spent.most_common(12)] if total else []


def run_kind(http: httpx.Client, pid: int, database: str, count: int,
             send: Callable[[], httpx.Response]) -> tuple[float, float, float, float]:
    """(p50 ms, p95 ms, server CPU ms, PostgreSQL CPU ms per request) over `count`
    requests sent one by one."""
    for _ in range(20):  # warm: prepared statements, caches
        send()
    took: list[float] = []
    cpu, backends = cpu_seconds(pid), postgres_cpu_seconds(database)
    for _ in range(count):
        started = time.perf_counter()
        answer = send()
        took.append((time.perf_counter() - started) * 1000)
        if answer.status_code != 200:
            raise SystemExit(f"{answer.status_code}: {answer.text[:300]}")
    spent = (cpu_seconds(pid) - cpu) * 1000 / count
    backends = (postgres_cpu_seconds(database) - backends) * 1000 / count
    return percentile(took, 50), percentile(took, 95), spent, backends


def profile_http(url: str, rep: Rep, count: int, py_spy: str | None, logs: Path) -> None:
    db = connect(url)
    try:
        cursor = log_head(db)
    finally:
        db.close()
    import random
    laptop = Laptop(rep, cursor, "2000-01-01T00:00:00", random.Random(1))
    # values no earlier run wrote (with --database-url the database is kept): every
    # push changes its account, as a rep's does
    laptop.edited = int(time.time())
    with server(url, logs) as (base, pid), httpx.Client(
            base_url=base, headers={"Authorization": f"Bearer {rep.token}"}) as http:

        def push() -> httpx.Response:
            body = PushRequest(client_id=rep.client_id, protocol=PROTOCOL_VERSION,
                               ops=laptop.ops()).model_dump_json()
            return http.post("/v1/push", content=body,
                             headers={"Content-Type": "application/json"})

        def changes() -> httpx.Response:
            # from a cursor a few pushes back, as a laptop between rounds
            return http.get("/v1/changes", params={"cursor": laptop.cursor,
                                                   "limit": MAX_CHANGES, "kinds": KINDS,
                                                   "epoch": 0})

        kinds: dict[str, Callable[[], httpx.Response]] = {
            "GET /v1/me": lambda: http.get("/v1/me"),
            "POST /v1/push": push,
            "GET /v1/changes": changes,
            "GET /v1/conflicts": lambda: http.get("/v1/conflicts",
                                                  params={"after": laptop.after}),
            "GET /nowhere (404)": lambda: _ok(http.get("/nowhere")),
        }
        print(f"-- over HTTP, {count} requests of each kind one at a time, one worker:")
        for name, send in kinds.items():
            if name == "GET /v1/changes":
                laptop.cursor = max(0, _head(http) - BEHIND)  # about ten pushes to read
            raw = logs / f"{name.split()[1].strip('/').replace('/', '_')}.txt"
            with sampled(py_spy, pid, raw) if py_spy else nullcontext():
                p50, p95, cpu, database = run_kind(http, pid, make_url(url).database or "", count,
                                                   send)
            print(f"   {name:<20} p50 {p50:6.2f} ms  p95 {p95:6.2f} ms  CPU per request: "
                  f"server {cpu:5.2f} ms, PostgreSQL {database:5.2f} ms")
            if py_spy and raw.exists():
                for line in layers(raw):
                    print("        " + line)


def crowd(url: str, reps: list[Rep], seconds: float, logs: Path) -> None:
    """Each of `reps` syncing round after round with no pause, each from its own thread
    and connection: the server saturated, with as many requests at once as reps (up to
    its admission limit, the rest waiting for a place). Requests/s and CPU per request
    say what concurrency itself costs (thread hand-offs, the GIL, lock waits)."""
    import random
    import threading

    db = connect(url)
    try:
        cursor = log_head(db)
    finally:
        db.close()
    with server(url, logs) as (base, pid):
        answered: list[int] = []
        stop = time.monotonic() + seconds

        def sync(rep: Rep) -> None:
            laptop = Laptop(rep, cursor, "2000-01-01T00:00:00", random.Random(rep.token))
            done = 0
            with httpx.Client(base_url=base, timeout=60,
                              headers={"Authorization": f"Bearer {rep.token}"}) as http:
                while time.monotonic() < stop:
                    http.get("/v1/me")
                    http.post("/v1/push", content=PushRequest(
                        client_id=rep.client_id, protocol=PROTOCOL_VERSION,
                        ops=laptop.ops()).model_dump_json(),
                        headers={"Content-Type": "application/json"})
                    page = http.get("/v1/changes", params={
                        "cursor": laptop.cursor, "limit": MAX_CHANGES, "kinds": KINDS})
                    laptop.cursor = int(page.headers.get("Crmdesk-Cursor", laptop.cursor))
                    http.get("/v1/conflicts", params={"after": laptop.after})
                    done += 4
            answered.append(done)

        cpu, started = cpu_seconds(pid), time.perf_counter()
        threads = [threading.Thread(target=sync, args=(rep,)) for rep in reps]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        wall = time.perf_counter() - started
        total = sum(answered)
        print(f"-- {len(reps)} reps syncing with no pause for {seconds:.0f} s: "
              f"{total / wall:,.0f} requests/s, server CPU "
              f"{(cpu_seconds(pid) - cpu) * 1000 / max(1, total):.2f} ms/request, "
              f"its CPU use {(cpu_seconds(pid) - cpu) / wall:.0%} of a core")


def _head(http: httpx.Client) -> int:
    return int(json.loads(http.get("/v1/changes", params={
        "cursor": 0, "limit": 1, "kinds": KINDS}).text)["head"])


def _ok(answer: httpx.Response) -> httpx.Response:
    answer.status_code = 200 if answer.status_code == 404 else answer.status_code
    return answer


def profile_layers(url: str, rep: Rep, count: int) -> None:
    """The parts of a request timed alone, in this process."""
    from crmdesk.domain.scope import Viewer
    from crmdesk.server import auth, history, in_flight, sync
    from crmdesk.server.app import _pull_standing

    db = connect(url)
    timed: dict[str, float] = {}

    def time_it(name: str, work: Callable[[], object]) -> None:
        for _ in range(10):
            work()
        started = time.perf_counter()
        for _ in range(count):
            work()
        timed[name] = (time.perf_counter() - started) * 1000 / count

    def checkout() -> None:
        with db.engine.connect():
            pass

    def session_query() -> None:
        with db.session() as unit:
            unit.scalar(__import__("sqlalchemy").text("SELECT 1"))

    # the token lookup this version has (auth.signed_in; auth.login_for_token before it)
    lookup = getattr(auth, "signed_in", None) or auth.login_for_token

    def token() -> None:
        with db.session() as unit:
            lookup(unit, rep.token)

    with db.session() as unit:
        found = lookup(unit, rep.token)
        user = found[0] if isinstance(found, tuple) else found
        user_id = getattr(user, "user_id", None) or user.id
        role = user.role if isinstance(user.role, str) else user.role.value
        viewer = Viewer(user_id, role, user.team_id)
        top = sync.head(unit)

    def pull_queries() -> None:  # as GET /v1/changes makes them, the token's aside
        with db.session() as unit:
            history.hold_off_compaction(unit)
            head = in_flight.readable_head(unit, after=top - BEHIND)
            standing, epoch, _stamp, on_team = _pull_standing(unit, viewer.user_id,
                                                              top - BEHIND)
            assert not history.behind(top - BEHIND, 0, epoch)
            sync.changes_json(unit, standing, top - BEHIND, head, MAX_CHANGES,
                              KINDS.split(","), members=on_team)

    def conflicts() -> None:
        with db.session() as unit:
            sync.overwritten(unit, viewer, rep.client_id, __import__("datetime").datetime(
                2000, 1, 1))

    try:
        time_it("pool checkout + pre-ping + checkin", checkout)
        time_it("session + SELECT 1", session_query)
        time_it("session + token lookup (login_for_token)", token)
        time_it("session + the queries of a pull (no token)", pull_queries)
        time_it("session + the conflicts query (no token)", conflicts)
    finally:
        db.close()
    print(f"-- in this process, each part alone ({count} times):")
    for name, ms in timed.items():
        print(f"   {name:<58} {ms:6.2f} ms")


def _the_rep(db: ServerDB) -> Rep:
    """The profiling rep (made on first use) with a fresh token."""
    from sqlalchemy import select

    from crmdesk.server import auth
    from crmdesk.store.models import Account, User

    with db.session.begin() as session:
        user = session.scalar(select(User).where(User.username == "bench.rep0000"))
        if user is None:
            return make_reps(db, 1)[0]
        client_id = f"bench-{user.username}"
        token = auth.issue(session, user.id, client_id)[0]
        accounts = tuple(a.hex for a in session.scalars(select(Account.id).where(
            Account.owner_id == user.id, Account.deleted.is_(False))))
        return Rep(user.username, client_id, token, accounts)


def _reps(db: ServerDB, count: int) -> list[Rep]:
    """`count` reps other than the profiling one, each with a fresh token."""
    from sqlalchemy import select

    from crmdesk.server import auth
    from crmdesk.store.models import Account, User

    with db.session.begin() as session:
        users = list(session.scalars(select(User).where(
            User.username.like("bench.rep%"), User.username != "bench.rep0000")
            .order_by(User.username)))
        if len(users) < count:
            raise SystemExit(f"{len(users)} reps here; make more with the load bench")
        made = []
        for user in users[:count]:
            client_id = f"bench-{user.username}"
            accounts = tuple(a.hex for a in session.scalars(select(Account.id).where(
                Account.owner_id == user.id, Account.deleted.is_(False))))
            made.append(Rep(user.username, client_id,
                            auth.issue(session, user.id, client_id)[0], accounts))
        return made


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--accounts", type=int, default=15_000)
    parser.add_argument("--count", type=int, default=400, help="requests of each kind")
    parser.add_argument("--database-url", help="a database the load bench's loader "
                        "filled (kept); default: a fresh one, dropped after")
    parser.add_argument("--py-spy", metavar="PATH", help="sample the server with py-spy")
    parser.add_argument("--access-log", action="store_true",
                        help="the server logs a line per request (what it costs)")
    parser.add_argument("--crowd", type=int, nargs="*", metavar="N",
                        help="instead: N reps syncing with no pause (each N in turn)")
    args = parser.parse_args(argv)
    SERVE_ARGS[:] = ["--access-log"] if args.access_log else []
    from bench.bench_sync import fresh_database, settle

    with (nullcontext(args.database_url) if args.database_url else fresh_database()
          ) as url, tempfile.TemporaryDirectory(prefix="crmdesk-profile-") as tmp:
        db = connect(url)
        try:
            if not args.database_url:
                subprocess.run([sys.executable, str(ROOT / "bench" / "bench_sync.py"),
                                "--load", url, "--accounts", str(args.accounts)],
                               capture_output=True, text=True, check=True)
            rep = _the_rep(db)
            crowds = args.crowd or []
            many = _reps(db, max(crowds)) if crowds else []
        finally:
            db.close()
        settle(url)
        if crowds:
            for n in crowds:
                crowd(url, many[:n], 15.0, Path(tmp))
            return
        profile_http(url, rep, args.count, args.py_spy, Path(tmp))
        profile_layers(url, rep, args.count)


if __name__ == "__main__":
    main()
