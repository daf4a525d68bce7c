"""Store benchmarks on a seeded workspace: seed, search, card, the card's deals, a deal
opened, save, queue.

    python bench/bench_store.py --accounts 100000 [--reuse]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select
from sqlalchemy.orm import Session

from bench.calibrate import calibrate
from bench.common import Figure, percentile, summary, time_each, workspace_path
from crmdesk.demo.seed import seed_workspace
from crmdesk.domain.activity import ActivityKind, Outcome
from crmdesk.store import deal_queries as dq
from crmdesk.store import derived
from crmdesk.store import queries as q
from crmdesk.store.contract_queries import payable_contracts
from crmdesk.store.db import Store, open_store
from crmdesk.store.models import Account, Contact, Opportunity, Role, User
from crmdesk.store.workspace_keys import DERIVED_DAY
from crmdesk.store.writes import ActivityInput, log_activity
from crmdesk.ui.deal_dialog import load_editor  # the editor's read, run on a worker

#: Deals beyond those an account's status gives (crmdesk.demo.generate.Generator): the
#: deals issue measures a workspace with about 1.5 deals an account.
MORE_DEALS = 1.0


def seed(path: Path, accounts: int, reuse: bool) -> list[Figure]:
    if reuse and path.exists():
        print(f"reusing {path}")
        return []
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    counts = seed_workspace(path, accounts, seed=1, more_deals=MORE_DEALS)
    took = time.perf_counter() - started
    rows = sum(counts.values())
    print(f"seeded {rows:,} rows ({counts['accounts']:,} accounts, {counts['contacts']:,} "
          f"contacts, {counts['activities']:,} activities, {counts['opportunities']:,} "
          f"deals = {counts['opportunities'] / counts['accounts']:.2f} an account, "
          f"{counts['deal_changes']:,} deal changes, {counts['contracts']:,} contracts) "
          f"in {took:.1f} s = {rows / took:,.0f} rows/s; "
          f"file {path.stat().st_size / 1e6:,.0f} MB")
    return [Figure(f"seed {accounts:,} accounts", took, "s", 60 if accounts >= 100_000 else
                   60 * accounts / 100_000 + 5, storage=True)]


def _search_terms(path: Path, rng: random.Random, n: int) -> list[str]:
    """What reps type: company and person names letter by letter, phone endings, emails."""
    store = open_store(path)
    with store.session() as session:
        names = list(session.scalars(select(Account.name).order_by(Account.id).limit(4000)))
        people = session.execute(select(Contact.name, Contact.mobile, Contact.email)
                                 .order_by(Contact.id).limit(4000)).all()
    store.close()
    terms: list[str] = []
    while len(terms) < n:
        pick = rng.random()
        if pick < 0.35:
            name = rng.choice(names)
            typed = name.split()[0] if " " in name else name[3:7]
            terms += [typed[:k] for k in range(2, min(len(typed), 8) + 1)]  # as you type
        elif pick < 0.6:
            person = rng.choice(people)[0]
            terms += [person[:k] for k in range(2, len(person) + 1)]
        elif pick < 0.85:
            mobile = rng.choice(people)[1] or ""
            digits = "".join(c for c in mobile if c.isdigit())
            terms += [digits[-k:] for k in range(4, 8)]
        else:
            email = rng.choice(people)[2] or ""
            terms.append(email.split("@")[0][:6])
    return terms[:n]


def run(path: Path, rng: random.Random) -> list[Figure]:
    figures: list[Figure] = []
    today = date.today()
    terms = _search_terms(path, rng, 600)
    store = open_store(path)
    with store.session() as session:
        account_ids = list(session.scalars(select(Account.id).order_by(Account.id)))
        reps = [q.user_by_name(session, u) for u in session.scalars(
            select(User.username).where(User.role == Role.REP).order_by(User.username))]

        # warm the page cache the way a running app would be warm, then measure
        for term in terms[:50]:
            q.search(session, term)
        samples = time_each([lambda t=t: q.search(session, t) for t in terms])  # type: ignore[misc]
        print("search:", summary(samples))
        figures.append(Figure("search p95 (as-you-type terms)", percentile(samples, 95), "ms",
                              15))

        picks = [rng.choice(account_ids) for _ in range(400)]

        def load_card(account_id: uuid.UUID) -> None:
            q.card(session, account_id, today)
            q.contacts(session, account_id)
            q.relations(session, account_id)
            q.influences(session, account_id)
            q.timeline(session, account_id, limit=50)

        samples = time_each([lambda a=a: load_card(a) for a in picks])  # type: ignore[misc]
        print("card+contacts+relations+timeline:", summary(samples))
        figures.append(Figure("account card + contacts + relations + timeline p95",
                              percentile(samples, 95), "ms", 15))

        figures += deal_figures(session, account_ids, today, rng)

        queue_samples: list[float] = []
        for rep in reps:
            assert rep is not None
            for which in (q.QueueFilter.MY_QUEUE, q.QueueFilter.TEAM_POOL,
                          q.QueueFilter.OVERDUE):
                queue_samples += time_each([
                    lambda r=rep, w=which: q.queue_page(session, r, w, today, 0, 100)])
        print("queue first page:", summary(queue_samples))
        figures.append(Figure("queue first page (100 rows) p95", percentile(queue_samples, 95),
                              "ms", 50))
        figures.append(Figure("queue first page (100 rows) max", max(queue_samples), "ms", 50))

        # a lead's whole-team list in a column's order, and one rep's accounts in it:
        # every id, as the queue pane asks for them on a worker thread
        sorted_samples: list[float] = []
        owner_samples: list[float] = []
        for lead in (q.user_by_name(session, u) for u in session.scalars(
                select(User.username).where(User.role == Role.LEAD).order_by(User.username))):
            assert lead is not None
            for sort, descending in ((q.QueueSort.OWNER, False), (q.QueueSort.VALUE, True),
                                     (q.QueueSort.NEXT, False), (q.QueueSort.NAME, False)):
                sorted_samples += time_each([
                    lambda u=lead, o=sort, d=descending: q.queue_ids(  # type: ignore[misc]
                        session, u, q.QueueFilter.TEAM, today, sort=o, descending=d)])
            for person in q.queue_owners(session, lead):
                owner_samples += time_each([
                    lambda u=lead, o=person.id: q.queue_ids(  # type: ignore[misc]
                        session, u, q.QueueFilter.TEAM, today, owner=o)])
        print("lead's team queue sorted by a column:", summary(sorted_samples))
        print("one person's accounts in a lead's queue:", summary(owner_samples))
        figures.append(Figure("lead's team queue in a column's order, every id p95",
                              percentile(sorted_samples, 95), "ms", 250))
        figures.append(Figure("one person's accounts in a lead's queue, every id p95",
                              percentile(owner_samples, 95), "ms", 50))

    def save(account_id: uuid.UUID, n: int) -> None:
        with store.write.begin() as unit:
            log_activity(unit, account_id, None, ActivityInput(
                ActivityKind.CALL, Outcome.REACHED, f"bench call {n}", today))

    picks = [rng.choice(account_ids) for _ in range(300)]
    samples = time_each([lambda a=a, n=n: save(a, n) for n, a in enumerate(picks)])  # type: ignore[misc]
    print("save activity (own transaction, fsync):", summary(samples))
    figures.append(Figure("save an activity p95", percentile(samples, 95), "ms", 5,
                          storage=True))
    figures += day_pass(store, today + timedelta(days=90), "the day 90 days on")
    with store.write.begin() as unit:
        DERIVED_DAY.clear(unit)  # as an older version's workspace, or a first sync, leaves it
    figures += day_pass(store, today + timedelta(days=90), "every account, the first time")
    store.close()
    return figures


def deal_figures(session: Session, account_ids: list[uuid.UUID], today: date,
                 rng: random.Random) -> list[Figure]:
    """The card's deals and contracts sections for a random account (the reads the
    sections run, crmdesk.ui.card_deals and card_contracts), and a random deal opened in
    the editor (crmdesk.ui.deal_dialog.load_editor: its row, history, lines, decision
    map, conditions' facts, playbook and the products)."""
    picks = [rng.choice(account_ids) for _ in range(400)]
    shown: list[int] = []

    def card_sections(account_id: uuid.UUID) -> None:
        shown.append(len(dq.account_deals(session, account_id, today)))
        payable_contracts(session, account_id, today)

    samples = time_each([lambda a=a: card_sections(a) for a in picks])  # type: ignore[misc]
    print(f"card's deals + contracts ({sum(shown) / len(shown):.2f} deals an account "
          f"shown, up to {max(shown)}):", summary(samples))
    figures = [Figure("card's deals + contracts sections p95", percentile(samples, 95),
                      "ms", 15)]
    deals = session.execute(select(Opportunity.account_id, Opportunity.id)
                            .where(Opportunity.deleted.is_(False))
                            .order_by(Opportunity.id)).all()
    opened = [rng.choice(deals) for _ in range(400)]
    history: list[int] = []

    def open_deal(account_id: uuid.UUID, deal_id: uuid.UUID) -> None:
        data = load_editor(session, account_id, deal_id, today)
        assert data is not None and data.detail is not None
        history.append(len(data.detail.history))

    samples = time_each([lambda a=a, d=d: open_deal(a, d) for a, d in opened])  # type: ignore[misc]
    print(f"open a deal in the editor ({sum(history) / len(history):.1f} history entries "
          f"a deal, up to {max(history)}):", summary(samples))
    figures.append(Figure("open a deal (row, history, lines, map, playbook) p95",
                          percentile(samples, 95), "ms", 15))
    return figures


def day_pass(store: Store, today: date, what: str) -> list[Figure]:
    """Start `today` as the window does: plan it, then its steps one by one; a save made
    meanwhile waits for one step at most."""
    started = time.perf_counter()
    with store.write.begin() as unit:
        since = derived.begin_day(unit, today)
    begun = (time.perf_counter() - started) * 1000
    assert since is not None
    with store.session() as session:
        plan = derived.plan_day(session, today, since)
    planned = (time.perf_counter() - started) * 1000 - begun

    def step(index: int) -> None:
        with store.write.begin() as unit:
            derived.bring_to_day(unit, plan, index)

    steps = time_each([lambda i=i: step(i) for i in range(plan.steps)])  # type: ignore[misc]
    total = time.perf_counter() - started
    print(f"start of a day, {what}: begun in {begun:.1f} ms, {len(plan.accounts):,} "
          f"accounts planned in {planned:.0f} ms (a read), {plan.steps} steps: "
          f"{summary(steps)}; {total:.1f} s in all")
    return [Figure(f"start of a day, {what}: begin (a save's wait)", begun, "ms", 50),
            Figure(f"start of a day, {what}: plan (a read)", planned, "ms", None),
            Figure(f"start of a day, {what}: a step p95 (what a save waits at most)",
                   percentile(steps, 95), "ms", 100),
            Figure(f"start of a day, {what}: longest step", max(steps), "ms", None),
            Figure(f"start of a day, {what}: whole pass", total, "s", None)]


def main(argv: list[str] | None = None) -> list[Figure]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--reuse", action="store_true", help="reuse an existing bench workspace")
    args = parser.parse_args(argv)
    calibration = calibrate()
    path = workspace_path(args.accounts)
    figures = seed(path, args.accounts, args.reuse)
    # measure on a copy so saved bench activities never pile up in the reusable file
    work = path.with_name(path.stem + "-run.db")
    from crmdesk.store.db import copy_workspace

    copy_workspace(path, work)
    try:
        figures += run(work, random.Random(11))
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{work}{suffix}").unlink(missing_ok=True)
    for figure in figures:
        print(figure.report(calibration))
    return figures


if __name__ == "__main__":
    main()
