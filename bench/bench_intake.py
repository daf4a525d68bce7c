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
import sys
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, insert, select

from bench.bench_server_load import ServerDidNotStart, served
from bench.calibrate import calibrate
from bench.common import Figure, percentile
from crmdesk.domain.dedupe import company_key
from crmdesk.domain.intake import ENQUIRY_HEADING, Assignment, AssignmentKind, Rule
from crmdesk.domain.scope import Viewer
from crmdesk.server import intake
from crmdesk.server.db import connect, migrate
from crmdesk.store.assignment import set_assignment
from crmdesk.store.models import Account, Activity, Channel, ChannelKind, Role, Team, User

SECONDS_ENV = "CRMDESK_BENCH_SECONDS"
#: The issue's targets: 200 enquiries a second, each assigned within a second.
RATE_TARGET, LATENCY_TARGET_MS = 200.0, 1000.0
#: One in this many enquiries repeats an earlier company (a duplicate: an activity).
DUPLICATE_EVERY = 20
REPS = 12
TIMEOUT_S = 30.0
#: Kept-alive connections the generator posts over.
CONNECTIONS = 64


@dataclass
class Tally:
    latencies_ms: list[float] = field(default_factory=list)
    statuses: Counter[int] = field(default_factory=Counter)
    references: list[str] = field(default_factory=list)
    companies: set[str] = field(default_factory=set)  # companies answered 201
    duplicates: int = 0  # repeats of an earlier company answered 201
    late_ms: float = 0.0  # the most a post started after its planned moment
    wall_s: float = 0.0


def prepare(url: str, accounts: int) -> str:
    """The schema, a team of reps with a round robin, a keyed channel and `accounts`
    accounts already known; the channel's key."""
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
            rng = random.Random(7)
            rows = []
            for n in range(accounts):
                name = f"Known {rng.choice(('Alpha', 'Beta', 'Gamma', 'Delta'))} {n} Co., Ltd."
                rows.append({"id": uuid.uuid4(), "name": name, "name_key": company_key(name),
                             "owner_id": reps[n % REPS].id, "team_id": team.id,
                             "status": "lead", "custom_fields": {}, "value_score": 0,
                             "deleted": False, "acquired_on": date.today()})
            for start in range(0, len(rows), 5000):
                session.execute(insert(Account), rows[start:start + 5000])
        return key
    finally:
        db.close()


def enquiry(n: int) -> dict[str, str]:
    return {"company": f"Enquirer {n} Trading", "person": f"Person {n}",
            "phone": f"+86 138 {n // 10000:04d} {n % 10000:04d}",
            "email": f"p{n}@enquirer{n}.cn", "message": f"Enquiry number {n}, please call."}


async def _read_answer(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    """One HTTP/1.1 answer on a kept-alive connection: (status, body)."""
    status = int((await reader.readline()).split()[1])
    length = 0
    while (line := await reader.readline()) not in (b"\r\n", b""):
        name, _, value = line.decode("latin-1").partition(":")
        if name.strip().lower() == "content-length":
            length = int(value)
    return status, await reader.readexactly(length)


async def post_all(base: str, key: str, rate: float, seconds: float,
                   connections: int = CONNECTIONS) -> Tally:
    """Post `rate` enquiries a second for `seconds`, each at its planned moment (an
    open loop: a slow answer does not slow the posting; an enquiry waiting for a free
    connection waits in its latency). A bare HTTP/1.1 client over kept-alive
    connections: a full client library would spend more of this machine's two cores
    than the server under test."""
    tally = Tally()
    total = int(rate * seconds)
    host, port = base.removeprefix("http://").split(":")
    queue: asyncio.Queue[int | None] = asyncio.Queue()
    started = time.perf_counter()

    async def connection() -> None:
        reader, writer = await asyncio.open_connection(host, int(port))
        try:
            while (n := await queue.get()) is not None:
                repeat = n >= DUPLICATE_EVERY and n % DUPLICATE_EVERY == 0
                fields = enquiry(n - DUPLICATE_EVERY // 2 if repeat else n)
                body = json.dumps(fields).encode()
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
                    reader, writer = await asyncio.open_connection(host, int(port))
                    continue
                tally.latencies_ms.append(
                    (time.perf_counter() - started - n / rate) * 1000)
                tally.statuses[status] += 1
                if status == 201:
                    tally.references.append(json.loads(answer)["reference"])
                    tally.duplicates += repeat
                    tally.companies.add(fields["company"])
        finally:
            writer.close()

    workers = [asyncio.create_task(connection()) for _ in range(connections)]
    for n in range(total):
        await asyncio.sleep(max(0.0, started + n / rate - time.perf_counter()))
        tally.late_ms = max(tally.late_ms, (time.perf_counter() - started - n / rate) * 1000)
        queue.put_nowait(n)
    for _ in workers:
        queue.put_nowait(None)
    await asyncio.gather(*workers)
    tally.wall_s = time.perf_counter() - started
    return tally


def count_rows(url: str) -> tuple[int, int, int, Counter[uuid.UUID | None]]:
    """(enquirers' accounts, their distinct names, enquiry activities, leads per
    owner)."""
    db = connect(url)
    try:
        with db.session() as session:
            enquirers = Account.name.like("Enquirer %")
            made = session.scalar(select(func.count()).where(enquirers)) or 0
            names = session.scalar(select(func.count(func.distinct(Account.name)))
                                   .where(enquirers)) or 0
            notes = session.scalar(select(func.count()).select_from(Activity).where(
                Activity.notes.startswith(ENQUIRY_HEADING))) or 0
            owners = Counter(dict(session.execute(
                select(Account.owner_id, func.count()).where(enquirers)
                .group_by(Account.owner_id)).all()))
        return made, names, notes, owners
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
    with fresh_database() as url, tempfile.TemporaryDirectory(prefix="crmdesk-intake-") as tmp:
        key = prepare(url, args.accounts)
        settle(url)
        print(f"server: {args.accounts:,} known accounts, {REPS} reps in a round robin, "
              f"{args.workers} worker(s); posting {args.rate:g}/s for {args.duration:g} s")
        try:
            with served(url, args.workers, Path(tmp)) as base:
                tally = asyncio.run(post_all(base, key, args.rate, args.duration))
        except ServerDidNotStart as exc:
            print(f"the server did not start ({exc})")
            return []
        made, names, notes, owners = count_rows(url)
    taken = tally.statuses.get(201, 0)
    posted = sum(tally.statuses.values())
    errors = posted - taken
    # each company answered is one lead (its first post made it, a repeat joined it),
    # each enquiry answered one activity, each reference its own
    lost = max(0, taken - notes) + max(0, len(tally.companies) - names)
    twice = (max(0, notes - taken) + (made - names) + max(0, names - len(tally.companies))
             + len(tally.references) - len(set(tally.references)))
    shares = [owners.get(rep, 0) for rep in owners if rep is not None]
    print(f"posted {posted:,} in {tally.wall_s:.1f} s; answers {dict(tally.statuses)}; "
          f"new leads {made:,} ({len(tally.companies):,} companies answered), repeats "
          f"of a company {tally.duplicates:,}; enquiry activities {notes:,}; "
          f"leads per rep {min(shares or [0])}..{max(shares or [0])}; "
          f"the generator's worst lag {tally.late_ms:.0f} ms")
    figures += [
        Figure("enquiries answered per second", taken / (tally.wall_s or 1), "/s",
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
