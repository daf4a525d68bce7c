"""Loyalty and what to sell next on a seeded workspace: one account's suggestions (as the
card reads them, in a session of their own, the counts of every customer's purchases
kept), counting those purchases afresh (the first card after a change to them), and the
loyalty stages of every account (the review's Value panel's read of them).

    python bench/bench_loyalty.py --accounts 100000 [--reuse] [--db COPY]

`--db` names a copy of a bench workspace to use (it is written: migrated to this
version, and given product tiers and referrals when it has none, as a workspace made
before them lacks both). Never point it at a workspace you want to keep as it was.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
import uuid
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from alembic import command
from sqlalchemy import select

from bench.bench_store import seed
from bench.calibrate import calibrate
from bench.common import Figure, percentile, workspace_path
from crmdesk.demo import vocabulary as v
from crmdesk.domain.report import ReviewScope
from crmdesk.store import suggestion_queries
from crmdesk.store.db import Store, alembic_config, make_engine, open_store
from crmdesk.store.models import AccountRollup
from crmdesk.store.review.value import stages

SUGGEST_MS = 15
STAGES_MS = 1000
ACCOUNTS_TIMED = 300
RUNS = 5


def migrate(path: Path) -> None:
    """Bring the workspace to this version's schema in place (no backup copy of a
    multi-gigabyte file: it is a bench copy)."""
    engine = make_engine(path)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    engine.dispose()


def add_tiers_and_referrals(store: Store) -> None:
    """What a workspace generated before them lacks: the demo's product tiers (the
    upper tiers as products of their own) and referrals (each account that came
    through customer referrals was referred by a paying account of its team, a repeat
    one mostly), written in SQL; the triggers keep the rollups and the counter."""
    with store.write.begin() as s:
        conn = s.connection().connection.driver_connection
        assert conn is not None
        if conn.execute("SELECT 1 FROM products WHERE family IS NOT NULL").fetchone():
            return
        for name, (family, tier) in v.PRODUCT_TIERS.items():
            conn.execute("UPDATE products SET family = ?, tier = ? WHERE name = ?",
                         (family, tier, name))
        for name, category, price, family, tier, sku in v.UPPER_TIERS:
            pid = uuid.uuid5(uuid.NAMESPACE_URL, f"crmdesk-demo:{sku}").hex
            conn.execute("INSERT INTO products (id, updated_at, deleted, name, sku, category, "
                         "list_price, currency, family, tier) VALUES (?, "
                         "'2026-01-01 00:00:00.000000', 0, ?, ?, ?, ?, 'CNY', ?, ?)",
                         (pid, name, sku, category, price, family, tier))
        rng = random.Random(16)
        payers: dict[str, list[tuple[str, str | None, bool]]] = {}
        for aid, owner, team, purchases in conn.execute(
                "SELECT a.id, a.owner_id, a.team_id, r.purchases FROM accounts AS a "
                "JOIN account_rollup AS r ON r.account_id = a.id WHERE r.purchases > 0"):
            payers.setdefault(team, []).append((aid, owner, purchases >= 2))
        referred = conn.execute(
            "SELECT a.id, a.team_id FROM accounts AS a JOIN channels AS c "
            "ON c.id = a.channel_id WHERE c.kind = 'referral' AND a.deleted = 0").fetchall()
        rows = []
        for aid, team in referred:
            team_payers = payers.get(team)
            if not team_payers or rng.random() >= 0.8:
                continue
            repeat = [p for p in team_payers if p[2]]
            referrer, owner, _ = rng.choice(repeat if repeat and rng.random() < 0.7
                                            else team_payers)
            if referrer != aid:
                rows.append((uuid.UUID(int=rng.getrandbits(128)).hex, owner, team, referrer,
                             aid))
        conn.executemany(
            "INSERT INTO referrals (id, owner_id, team_id, updated_at, deleted, "
            "account_id, referred_id, note) VALUES (?, ?, ?, "
            "'2026-01-01 00:00:00.000000', 0, ?, ?, NULL)", rows)
        print(f"added product tiers and {len(rows):,} referrals to the copy")


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def run(store: Store, today: date) -> list[Figure]:
    figures: list[Figure] = []
    # counting every customer's purchases afresh: the first card after a change
    wall, cpu = [], []
    for _ in range(3):
        with store.session() as session:
            suggestion_queries.forget(session)
            started, used = time.perf_counter(), time.process_time()
            kept = suggestion_queries.counts(session)
            wall.append(_ms(started))
            cpu.append((time.process_time() - used) * 1000)
    print(f"counting {kept.customers:,} customers' purchases: median "
          f"{statistics.median(wall):.0f} ms (cpu {statistics.median(cpu):.0f} ms)")
    figures.append(Figure("count every customer's purchases (after a change)",
                          statistics.median(wall), "ms", None))
    figures.append(Figure("count every customer's purchases, cpu",
                          statistics.median(cpu), "ms", None))

    # one account's suggestions: customers mostly (the most to read), a few others
    with store.session() as session:
        customers = list(session.scalars(select(AccountRollup.account_id)
                                         .where(AccountRollup.purchases > 0)))
        others = list(session.scalars(select(AccountRollup.account_id)
                                      .where(AccountRollup.purchases == 0).limit(5000)))
    rng = random.Random(7)
    chosen = rng.sample(customers, ACCOUNTS_TIMED * 4 // 5) + rng.sample(
        others, ACCOUNTS_TIMED // 5)
    wall, cpu = [], []
    shown = 0
    for account_id in chosen:
        started, used = time.perf_counter(), time.process_time()
        with store.session() as session:
            found = suggestion_queries.for_account(session, account_id, today)
        wall.append(_ms(started))
        cpu.append((time.process_time() - used) * 1000)
        assert found is not None
        shown += len(found.suggestions)
    print(f"one account's suggestions ({len(chosen)} accounts, {shown / len(chosen):.1f} "
          f"suggestions each): median {statistics.median(wall):.2f} ms, p95 "
          f"{percentile(wall, 95):.2f} ms, max {max(wall):.2f} ms (cpu median "
          f"{statistics.median(cpu):.2f} ms, p95 {percentile(cpu, 95):.2f} ms)")
    figures.append(Figure("one account's suggestions, median", statistics.median(wall), "ms",
                          SUGGEST_MS))
    figures.append(Figure("one account's suggestions, p95", percentile(wall, 95), "ms",
                          SUGGEST_MS))
    figures.append(Figure("one account's suggestions, p95 cpu", percentile(cpu, 95), "ms",
                          SUGGEST_MS))

    # every account's loyalty stage, as the review's Value panel counts them
    scope = ReviewScope(start=today, end=today, today=today, since=today)
    wall, cpu = [], []
    for _ in range(RUNS):
        started, used = time.perf_counter(), time.process_time()
        with store.session() as session:
            by_stage, _payers = stages(session, scope)
        wall.append(_ms(started))
        cpu.append((time.process_time() - used) * 1000)
    counted = {stage.value: len(ids) for stage, ids in by_stage.items()}
    print(f"loyalty stages of every account {counted}: median {statistics.median(wall):.0f} "
          f"ms (cpu {statistics.median(cpu):.0f} ms), max {max(wall):.0f} ms")
    figures.append(Figure("loyalty stages, every account", statistics.median(wall), "ms",
                          STAGES_MS))
    figures.append(Figure("loyalty stages, every account, cpu", statistics.median(cpu), "ms",
                          STAGES_MS))
    return figures


def main(argv: list[str] | None = None) -> list[Figure]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--reuse", action="store_true", help="reuse an existing bench workspace")
    parser.add_argument("--db", type=Path, help="a copy of a bench workspace to use (written)")
    args = parser.parse_args(argv)
    calibration = calibrate()
    figures: list[Figure] = []
    if args.db is not None:
        path = args.db
    else:
        path = workspace_path(args.accounts)
        figures += seed(path, args.accounts, args.reuse)
    migrate(path)
    store = open_store(path)
    try:
        add_tiers_and_referrals(store)
        figures += run(store, date.today())
    finally:
        store.close()
    for line in calibration.lines():
        print(line)
    for figure in figures:
        print(figure.report(calibration))
    return figures


if __name__ == "__main__":
    main()
