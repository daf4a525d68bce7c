"""Web enquiry bench: enquiries posted at a steady rate (200 a second by default) for a
minute to a real `crmdesk-server serve` on PostgreSQL, each checked for duplicates
against a workspace of accounts and assigned by round robin among a team's reps.

The answer comes after the commit, so an enquiry's response time is the time from its
post to its lead (or activity) being committed and assigned: reported as p50/p95/max.
Afterwards the rows are counted: every enquiry answered 201 is one activity, every new
company one lead, nothing lost and nothing twice; and the round robin's evenness.

    python bench/bench_intake.py                  # 200/s for 60 s, 2 workers, 10,000 accounts
    CRMDESK_BENCH_SECONDS=10 python bench/bench_intake.py
    python bench/bench_intake.py --rate 300 --workers 1 --accounts 50000

Needs PostgreSQL at $CRMDESK_BENCH_PG (default postgresql://postgres@127.0.0.1:5432/
postgres); a fresh database is made for the run and dropped after it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Coroutine
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, insert, select
from sqlalchemy.engine import make_url

from bench.bench_server_load import ServerDidNotStart, serving
from bench.calibrate import calibrate
from bench.common import Figure, percentile
from bench.profile_server_requests import machine_cpu, postgres_cpu_seconds, tree_cpu_seconds
from crmdesk.demo.generate import Generator
from crmdesk.domain.activity import ActivityKind
from crmdesk.domain.dedupe import company_key
from crmdesk.domain.intake import ENQUIRY_HEADING, Assignment, AssignmentKind, Rule
from crmdesk.domain.lifecycle import AccountFacts, Status, derive_status
from crmdesk.domain.scope import Viewer
from crmdesk.domain.value import ValueInputs, value_score
from crmdesk.server import intake
from crmdesk.server.db import connect, migrate
from crmdesk.store import derived
from crmdesk.store.assignment import set_assignment
from crmdesk.store.models import (
    Account,
    Activity,
    Channel,
    ChannelKind,
    Contact,
    Role,
    Team,
    User,
)

SECONDS_ENV = "CRMDESK_BENCH_SECONDS"
#: The issue's targets: 200 enquiries a second, each assigned within a second.
RATE_TARGET, LATENCY_TARGET_MS = 200.0, 1000.0
#: One in this many enquiries repeats an earlier company (a duplicate: an activity).
DUPLICATE_EVERY = 20
REPS = 12
TIMEOUT_S = 30.0
#: The most connections the generator posts over at once (opened as they are needed).
CONNECTIONS = 1000
#: A connection idle this long is not used again: the server closes idle ones (uvicorn,
#: after 5 s).
IDLE_S = 2.0


@dataclass
class Tally:
    latencies_ms: list[float] = field(default_factory=list)
    statuses: Counter[int] = field(default_factory=Counter)
    references: list[str] = field(default_factory=list)
    # each company answered 201, with its enquiries' references
    companies: defaultdict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    duplicates: int = 0  # repeats of an earlier company answered 201
    late_ms: float = 0.0  # the most a post started after its planned moment
    connections: int = 0  # the connections it held at the end (opened when none was free)
    by_worker: list[int] = field(default_factory=list)  # of them, each server worker's
    wall_s: float = 0.0


class Names:
    """Company names as the demo workspace makes them (English, Chinese and Hebrew; one
    combination each, so none repeats), the known accounts' first and the enquirers'
    after: a duplicate check sees what it sees in a real workspace, where names share a
    block (domain.dedupe.name_blocks) with a few others, not with thousands."""

    def __init__(self, accounts: int, enquiries: int) -> None:
        self._made = Generator(1, seed=7)
        total = accounts + enquiries
        self._numbers = random.Random(7).sample(range(total * 5 // 4 + 1000), total)
        self._accounts = accounts

    def known(self, n: int) -> str:
        return self._made.company_name(self._numbers[n])

    def enquirer(self, n: int) -> str:
        return self._made.company_name(self._numbers[self._accounts + n])


def prepare(url: str, accounts: int, names: Names) -> str:
    """The schema, a team of reps with a round robin, a keyed channel and `accounts`
    accounts already known, each with its key person and a note of an earlier talk, as a
    workspace's accounts have (their derived values as the rules give them); the
    channel's key.

    Not an empty table of people and notes: PostgreSQL keeps the plans of the checks of
    a foreign key for as long as a connection lives, and those made against an empty
    table scan it, so every new lead's person and note would scan all those made before
    it in the run (until autovacuum analyses them, a minute or more later): a cost that
    grows through the run, which no workspace in use has."""
    db = connect(url)
    try:
        migrate(db)
        with db.session.begin() as session:
            team = Team(id=uuid.uuid4(), name="Web")
            admin = User(id=uuid.uuid4(), username="root", display_name="root",
                         role=Role.ADMIN)
            session.add_all([team, admin])
            session.flush()
            reps = [User(id=uuid.uuid4(), username=f"rep{n:02d}", display_name=f"Rep {n}",
                         role=Role.REP, team_id=team.id) for n in range(REPS)]
            session.add_all(reps)
            channel = Channel(id=uuid.uuid4(), name="Website", kind=ChannelKind.WEBSITE)
            session.add(channel)
            session.flush()
            set_assignment(session, Viewer(admin.id, "admin", None), team.id,
                           Assignment((Rule(AssignmentKind.ROUND_ROBIN),)))
            key = intake.issue_key(session, channel.id, team.id)
            # what the rules derive of a lead with a key person reachable and a note
            status = derive_status(Status.LEAD, AccountFacts(has_reachable_contact=True))
            score = value_score(ValueInputs(has_key_person=True)).value
            talked = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=30)
            rows: dict[Any, list[dict[str, Any]]] = defaultdict(list)
            for n in range(accounts):
                name, owner = names.known(n), reps[n % REPS].id
                account, person = uuid.uuid4(), uuid.uuid4()
                rows[Account].append({
                    "id": account, "name": name, "name_key": company_key(name),
                    "owner_id": owner, "team_id": team.id, "status": status,
                    "custom_fields": {}, "value_score": score, "deleted": False,
                    "acquired_on": date.today()})
                rows[Contact].append({
                    "id": person, "account_id": account, "owner_id": owner,
                    "team_id": team.id, "name": f"Known {n}", "is_key_person": True,
                    "mobile": f"+86 139 {n // 10000:04d} {n % 10000:04d}",
                    "mobile_e164": f"+86139{n // 10000:04d}{n % 10000:04d}",
                    "email": f"k{n}@known{n}.com", "email_domain": f"known{n}.com",
                    "opted_out": False, "deleted": False})
                rows[Activity].append({
                    "id": uuid.uuid4(), "account_id": account, "contact_id": person,
                    "owner_id": owner, "team_id": team.id, "kind": ActivityKind.NOTE,
                    "occurred_at": talked, "notes": "Met at the trade fair.",
                    "done": False, "deleted": False})
            for kind in (Account, Contact, Activity):
                for start in range(0, accounts, 5000):
                    session.execute(insert(kind), rows[kind][start:start + 5000])
            assert not derived.stale(session, date.today()), "the derived values differ"
        return key
    finally:
        db.close()


def enquiry(n: int, names: Names) -> dict[str, str]:
    return {"company": names.enquirer(n), "person": f"Person {n}",
            "phone": f"+86 138 {n // 10000:04d} {n % 10000:04d}",
            "email": f"p{n}@enquirer{n}.cn", "message": f"Enquiry number {n}, please call."}


async def _read_answer(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    """One HTTP/1.1 answer on a kept-alive connection: (status, body)."""
    first = (await reader.readline()).split()
    if len(first) < 2:
        raise ConnectionResetError("the server closed the connection")
    status = int(first[1])
    length = 0
    while (line := await reader.readline()) not in (b"\r\n", b""):
        name, _, value = line.decode("latin-1").partition(":")
        if name.strip().lower() == "content-length":
            length = int(value)
    return status, await reader.readexactly(length)


def posted_forms(total: int, names: Names) -> list[dict[str, str]]:
    """Every post's form, in order (each DUPLICATE_EVERY-th repeats an earlier company):
    made before the posting starts, as the visitors' browsers compose them, not this
    machine's cores, which the server under test shares."""
    return [enquiry(n - DUPLICATE_EVERY // 2 if _repeat(n) else n, names)
            for n in range(total)]


async def post_all(base: str, key: str, rate: float, seconds: float, names: Names,
                   connections: int = CONNECTIONS,
                   forms: list[dict[str, str]] | None = None) -> Tally:
    """Post `rate` enquiries a second for `seconds`, each at its planned moment (an
    open loop: a slow answer does not slow the posting). Each goes over a kept-alive
    connection that is free, or a new one when none is (at most `connections`; past
    that an enquiry waits for one, in its latency), as visitors' browsers come: at 200
    a second answered within a second, 200 are under way at once, and a server of
    several workers is handed new connections by whichever accepts first. A bare
    HTTP/1.1 client: a full client library would spend more of this machine's two cores
    than the server under test."""
    tally = Tally()
    total = int(rate * seconds)
    host, port = base.removeprefix("http://").split(":")
    # free connections, with when each was last used
    free: list[tuple[asyncio.StreamReader, asyncio.StreamWriter, float]] = []
    places = asyncio.Semaphore(connections)
    forms = forms or posted_forms(total, names)
    bodies = [json.dumps(fields).encode() for fields in forms]
    started = time.perf_counter()

    async def post(n: int) -> None:
        repeat, fields, body = _repeat(n), forms[n], bodies[n]
        async with places:
            while free and free[-1][2] < time.perf_counter() - IDLE_S:
                free.pop()[1].close()  # the server may close it meanwhile
            reader, writer, _used = free.pop() if free else (
                *await asyncio.open_connection(host, int(port)), 0.0)
            writer.write(
                (f"POST /v1/intake/Website HTTP/1.1\r\nHost: {host}\r\n"
                 f"Content-Type: application/json\r\nX-Intake-Key: {key}\r\n"
                 f"Content-Length: {len(body)}\r\n\r\n").encode() + body)
            try:
                await writer.drain()
                status, answer = await asyncio.wait_for(_read_answer(reader), TIMEOUT_S)
            except (TimeoutError, OSError, asyncio.IncompleteReadError):
                tally.statuses[0] += 1
                writer.close()
                return
            free.append((reader, writer, time.perf_counter()))
        tally.latencies_ms.append((time.perf_counter() - started - n / rate) * 1000)
        tally.statuses[status] += 1
        if status == 201:
            reference = json.loads(answer)["reference"]
            tally.references.append(reference)
            tally.duplicates += repeat
            tally.companies[fields["company"]].append(reference)

    posts = []
    for n in range(total):
        await asyncio.sleep(max(0.0, started + n / rate - time.perf_counter()))
        tally.late_ms = max(tally.late_ms, (time.perf_counter() - started - n / rate) * 1000)
        posts.append(asyncio.create_task(post(n)))
    await asyncio.gather(*posts)
    tally.wall_s = time.perf_counter() - started
    tally.connections, tally.by_worker = len(free), _by_worker(int(port))
    for _reader, writer, _used in free:
        writer.close()
    return tally


def _repeat(n: int) -> bool:
    """Does the `n`th post repeat an earlier company (a duplicate: an activity)?"""
    return n >= DUPLICATE_EVERY and n % DUPLICATE_EVERY == 0


def _run(posting: Coroutine[Any, Any, Tally]) -> Tally:
    """Run the generator on uvloop where it is installed (the server's own loop, a
    dependency but on Windows): a little less CPU a post than asyncio's (0.17-0.22 ms
    against 0.21-0.24, measured against a bare responder), CPU the server under test
    shares this machine's two cores with."""
    try:
        import uvloop
    except ImportError:
        return asyncio.run(posting)
    return uvloop.run(posting)


def _by_worker(port: int) -> list[int]:
    """The connections to the server on `port` each of its processes holds, most first
    (from `ss`; none if it cannot tell)."""
    try:
        listed = subprocess.run(["ss", "-tnpH", "state", "established", f"sport = :{port}"],
                                capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted(Counter(re.findall(r"pid=(\d+)", listed)).values(), reverse=True)


@dataclass(frozen=True)
class Usage:
    """CPU seconds used so far: the server's processes, the database's PostgreSQL
    backends, this process (the generator), and the whole machine (busy, all; others'
    work included: the machine is shared)."""

    server: float
    postgres: float
    generator: float
    busy: float
    all: float

    @classmethod
    def now(cls, pid: int, database: str) -> Usage:
        return cls(tree_cpu_seconds(pid), postgres_cpu_seconds(database),
                   time.process_time(), *machine_cpu())

    def __sub__(self, earlier: Usage) -> Usage:
        return Usage(self.server - earlier.server, self.postgres - earlier.postgres,
                     self.generator - earlier.generator, self.busy - earlier.busy,
                     self.all - earlier.all)


@dataclass
class Rows:
    """What the enquiries left in the database."""

    leads: int  # accounts the channel made
    lead_names: int  # their distinct names
    notes: int  # enquiry activities
    accounts_of: dict[str, uuid.UUID]  # each enquiry activity's account
    owners: Counter[uuid.UUID | None]  # the leads per owner


def count_rows(url: str) -> Rows:
    """Count what the enquiries made: leads (accounts with a channel: the known ones
    have none), enquiry activities and the account each is on."""
    db = connect(url)
    try:
        with db.session() as session:
            leads = Account.channel_id.is_not(None)
            made = session.scalar(select(func.count()).where(leads)) or 0
            names = session.scalar(select(func.count(func.distinct(Account.name)))
                                   .where(leads)) or 0
            accounts_of = {str(reference): account for reference, account in session.execute(
                select(Activity.id, Activity.account_id).where(
                    Activity.notes.startswith(ENQUIRY_HEADING)))}
            owners = Counter(dict(session.execute(
                select(Account.owner_id, func.count()).where(leads)
                .group_by(Account.owner_id)).all()))
        return Rows(made, names, len(accounts_of), accounts_of, owners)
    finally:
        db.close()


def main(argv: list[str] | None = None) -> list[Figure]:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rate", type=float, default=RATE_TARGET,
                        help="enquiries posted a second (default 200)")
    parser.add_argument("--duration", type=float,
                        default=float(os.environ.get(SECONDS_ENV, "60")),
                        help=f"seconds of posting (default 60, or ${SECONDS_ENV})")
    parser.add_argument("--workers", type=int, default=2,
                        help="server worker processes (default 2)")
    parser.add_argument("--accounts", type=int, default=10_000,
                        help="accounts already known, for the duplicate check (default "
                             "10,000)")
    args = parser.parse_args(argv)

    from bench.bench_sync import fresh_database, settle

    calibration = calibrate()
    # every enquiry comes from this machine's one address
    os.environ[intake.PER_ADDRESS_ENV] = str(int(args.rate * 60 * 2))
    os.environ[intake.PER_KEY_ENV] = str(int(args.rate * 60 * 2))
    figures: list[Figure] = []
    names = Names(args.accounts, int(args.rate * args.duration) + 1)
    with fresh_database() as url, tempfile.TemporaryDirectory(prefix="crmdesk-intake-") as tmp:
        key = prepare(url, args.accounts, names)
        settle(url)
        print(f"server: {args.accounts:,} known accounts, {REPS} reps in a round robin, "
              f"{args.workers} worker(s); posting {args.rate:g}/s for {args.duration:g} s")
        try:
            with serving(url, args.workers, Path(tmp)) as (base, pid):
                database = str(make_url(url).database)
                forms = posted_forms(int(args.rate * args.duration), names)
                before = Usage.now(pid, database)
                tally = _run(post_all(base, key, args.rate, args.duration, names,
                                      forms=forms))
                used = Usage.now(pid, database) - before
        except ServerDidNotStart as exc:
            print(f"the server did not start ({exc})")
            return []
        rows = count_rows(url)
    taken = tally.statuses.get(201, 0)
    posted = sum(tally.statuses.values())
    errors = posted - taken
    # each enquiry answered is its own activity; a company's enquiries all land on one
    # account (its first made the lead, or found a known account like it; a repeat
    # joins that one); no lead is made twice
    lost = sum(reference not in rows.accounts_of for reference in tally.references)
    twice = (max(0, rows.notes - taken) + (rows.leads - rows.lead_names)
             + len(tally.references) - len(set(tally.references))
             + sum(len({rows.accounts_of.get(r) for r in refs}) - 1
                   for refs in tally.companies.values()))
    shares = [rows.owners.get(rep, 0) for rep in rows.owners if rep is not None]
    print(f"posted {posted:,} in {tally.wall_s:.1f} s; answers {dict(tally.statuses)}; "
          f"new leads {rows.leads:,} ({len(tally.companies):,} companies answered), repeats "
          f"of a company {tally.duplicates:,}; enquiry activities {rows.notes:,}; "
          f"leads per rep {min(shares or [0])}..{max(shares or [0])}; "
          f"the generator's worst lag {tally.late_ms:.0f} ms, over {tally.connections} "
          f"connections (by server worker: {tally.by_worker or '?'})")
    cores = used.all / (tally.wall_s or 1)
    print(f"CPU while posting ({tally.wall_s:.1f} s, {cores:.1f} cores): the server's "
          f"processes {used.server:.1f} s, PostgreSQL {used.postgres:.1f} s, the generator "
          f"{used.generator:.1f} s; the machine {used.busy / (used.all or 1):.0%} busy "
          f"(others' work included)")
    # the posts taken, a second of the posting (of 200 a second for a minute, as many
    # as were taken): the last answer's wait is the latency figures' to judge, not this
    # one's (over the seconds until it came, 12,000 posts could never make 200 a
    # second); the generator's own lag is told above
    figures += [
        Figure("server CPU per enquiry taken", used.server * 1000 / max(taken, 1), "ms",
               None),
        Figure("PostgreSQL CPU per enquiry taken", used.postgres * 1000 / max(taken, 1),
               "ms", None, storage=True),
        Figure("enquiries answered per second", taken / (args.duration or 1), "/s",
               RATE_TARGET, lower_is_better=False),
        Figure("post to committed, assigned: p50", percentile(tally.latencies_ms, 50), "ms",
               None, storage=True),
        Figure("post to committed, assigned: p95", percentile(tally.latencies_ms, 95), "ms",
               None, storage=True),
        Figure("post to committed, assigned: max", max(tally.latencies_ms or [0.0]), "ms",
               LATENCY_TARGET_MS, storage=True),
        Figure("enquiries refused or failed", errors, "", 0),
        Figure("enquiries lost (answered, no row)", lost, "", 0),
        Figure("enquiries made twice", twice, "", 0),
        Figure("round robin: most - fewest leads a rep", max(shares or [0]) - min(shares or [0]),
               "", 1),
    ]
    print()
    for figure in figures:
        print(figure.report(calibration))
    return figures


if __name__ == "__main__":
    main()
