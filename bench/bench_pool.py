"""Pool sweep benchmark on a PostgreSQL server database holding the demo workspace
(100,000 accounts by default): finding the accounts due back among all of them, the
dry run's preview of them with reasons, a sweep's first transaction (the due found, a
batch returned with their history and a timeline entry each: crmdesk.server.pool), and
the rate a backlog drains at, SWEEP_BATCH accounts a transaction.

    python bench/bench_pool.py --accounts 100000

Needs PostgreSQL at $CRMDESK_BENCH_PG (default postgresql://postgres@127.0.0.1:5432/
postgres); a fresh database is made for the run and dropped after it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select

from bench.bench_sync import fresh_database, settle
from bench.calibrate import calibrate
from bench.common import Figure
from crmdesk.server.db import connect, migrate
from crmdesk.server.demo import load_demo
from crmdesk.server.pool import due_ids, now_of, sweep, team_rules
from crmdesk.server.pool_schedule import SWEEP_BATCH
from crmdesk.store.models import Account

TARGET_S = 5.0
DRAIN_BATCHES = 5


def main(argv: list[str] | None = None) -> list[Figure]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--reuse", action="store_true", help="accepted for bench/run.py; "
                        "the server database is always made afresh")
    parser.add_argument("--load", metavar="URL", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
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
    with fresh_database() as url:
        started = time.perf_counter()
        # loaded by another process, as bench_sync does: this one starts clean
        loaded = subprocess.run([sys.executable, __file__, "--load", url, "--accounts",
                                 str(args.accounts)], capture_output=True, text=True,
                                check=True)
        counts = json.loads(loaded.stdout.splitlines()[-1])
        print(f"demo server: {counts['accounts']:,} accounts, {counts['activities']:,} "
              f"activities, {counts['opportunities']:,} deals loaded in "
              f"{time.perf_counter() - started:.1f} s")
        db = connect(url)
        try:
            with db.session() as s:
                owned = s.scalar(select(func.count()).select_from(Account).where(
                    Account.owner_id.is_not(None)))
            # the due accounts among all of them, found in SQL (what each sweep asks)
            with db.session() as s:
                today = now_of(s).date()
                rules = team_rules(s)
                began = time.perf_counter()
                due = due_ids(s, today, rules)
                found_s = time.perf_counter() - began
            print(f"{len(due):,} of {owned:,} owned accounts are due back by the default "
                  "rules (a workspace never swept before)")
            figures.append(Figure(f"find due accounts among {counts['accounts']:,}",
                                  found_s, "s", TARGET_S, storage=True))
            # the preview: every due account with its reason (crmdesk-server pool sweep
            # --dry-run)
            with db.session.begin() as s:
                began = time.perf_counter()
                dry = sweep(s, dry_run=True)
                dry_s = time.perf_counter() - began
                s.rollback()
            figures.append(Figure(f"dry run: {len(dry.returned):,} due, with reasons",
                                  dry_s, "s", None, storage=True))
            # one turn of the schedule's first transaction: the due found, a batch of
            # them returned with their history and a timeline note each
            with db.session.begin() as s:
                began = time.perf_counter()
                done = sweep(s, limit=SWEEP_BATCH)
            swept_s = time.perf_counter() - began
            print(f"a sweep returned {len(done.returned):,} accounts, {done.rows:,} rows "
                  f"with their history, in {swept_s:.2f} s")
            figures.append(Figure(
                f"sweep over {counts['accounts']:,}: find + {len(done.returned)} returned",
                swept_s, "s", TARGET_S, storage=True))
            # draining the backlog: the next batches of those already found
            rest = [a for a in due if a not in {r.account_id for r in done.returned}]
            began = time.perf_counter()
            moved = 0
            for start in range(0, DRAIN_BATCHES * SWEEP_BATCH, SWEEP_BATCH):
                with db.session.begin() as s:
                    moved += len(sweep(s, among=rest[start:start + SWEEP_BATCH]).returned)
            drained_s = time.perf_counter() - began
            figures.append(Figure(f"draining a backlog ({moved} in {DRAIN_BATCHES} "
                                  "transactions)", moved / drained_s, "acc/s", None,
                                  lower_is_better=False))
        finally:
            db.close()
    for figure in figures:
        print(figure.report(calibration))
    return figures


if __name__ == "__main__":
    main()
