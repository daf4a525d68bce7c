"""Care reminders on the 100k-account bench workspace: an administrator's, a lead's and
a rep's list of reminders due and overdue (what the queue's Care reminders list shows),
and the count the queue says beside every account list ("N care reminders (M
overdue)"), each in a fresh session as the window's worker opens one.

The bench workspace predates birthdays: it is copied (never written), the copy migrated
as crmdesk opens it, and ~35% of its people given a birthday by one UPDATE, as the demo
draws them (a fifth of those without the year), each drawn from the person's id so two
runs measure the same people.

    python bench/bench_care.py [--workspace bench/data/bench-100000.db] [--reuse]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select, text

from bench.calibrate import calibrate
from bench.common import Figure, copy_readonly, summary, workspace_path
from crmdesk.app import care
from crmdesk.app.context import Context
from crmdesk.store.db import Store, open_store
from crmdesk.store.models import Account, Contact, Role, User
from crmdesk.store.queries import UserRef, user_by_id

RUNS = 7
LIST_MS = 200    # an administrator's whole list
COUNT_MS = 50    # the count beside an account list, on every refresh of the queue
REP_MS = 30      # a rep's list (and count)

#: A person's birthday from their id (hex text): 35% have one (the first two hex digits
#: below 90 of 256), a fifth of those without the year (1604, crmdesk.domain.care.NO_YEAR),
#: the others born 1958 to 1997; the day from four more digits.
_DIGIT = "(instr('0123456789abcdef', substr(id, {0}, 1)) - 1)"
_BYTE = f"({_DIGIT.format(1)} * 16 + {_DIGIT.format(2)})"
_YEARLESS = f"({_DIGIT.format(3)} * 16 + {_DIGIT.format(4)}) < 51"
_DAYS = (f"({_DIGIT.format(5)} * 4096 + {_DIGIT.format(6)} * 256 + {_DIGIT.format(7)} * 16 "
         f"+ {_DIGIT.format(8)})")
BIRTHDAYS = (f"UPDATE contacts SET birthday = CASE WHEN {_BYTE} >= 90 THEN NULL "
             f"WHEN {_YEARLESS} THEN date('1604-01-01', '+' || ({_DAYS} % 366) || ' days') "
             f"ELSE date('1958-01-01', '+' || ({_DAYS} % 14600) || ' days') END")


def prepare(source: Path, copy: Path, reuse: bool) -> None:
    """The copy of the bench workspace, migrated, its people with birthdays."""
    if not (reuse and copy.exists()):
        print(f"copying {source} to {copy}")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{copy}{suffix}").unlink(missing_ok=True)
        copy_readonly(source, copy)
    store = open_store(copy)  # migrates it, keeping the copy before as a .bak
    for backup in copy.parent.glob(f"{copy.name}.before-*.bak"):
        backup.unlink()  # a copy of a copy: 3 GB to no purpose
    try:
        with store.write.begin() as session:
            if not session.scalar(select(func.count()).where(Contact.birthday.is_not(None))):
                session.execute(text(BIRTHDAYS))
        with store.session() as session:
            people = session.scalar(select(func.count()).select_from(Contact))
            born = session.scalar(select(func.count()).where(Contact.birthday.is_not(None)))
        print(f"{born:,} of {people:,} people have a birthday ({born / max(people, 1):.0%})")
    finally:
        store.close()


def users(store: Store) -> dict[str, UserRef]:
    """The administrator, the lead of the largest team and the rep with most accounts."""
    with store.session() as s:
        admin = s.scalar(select(User.id).where(User.role == Role.ADMIN).limit(1))
        rep = s.execute(select(Account.owner_id, func.count())
                        .join(User, User.id == Account.owner_id).where(User.role == Role.REP)
                        .group_by(Account.owner_id).order_by(func.count().desc())
                        .limit(1)).one()[0]
        team = s.execute(select(Account.team_id, func.count()).where(
            Account.team_id.is_not(None)).group_by(Account.team_id)
            .order_by(func.count().desc()).limit(1)).one()[0]
        lead = s.scalar(select(User.id).where(User.role == Role.LEAD, User.team_id == team)
                        .limit(1))
        found = {who: user_by_id(s, uid) for who, uid in
                 (("admin", admin), ("lead", lead), ("rep", rep)) if uid is not None}
    return {who: ref for who, ref in found.items() if ref is not None}


def timed(call: Callable[[], object]) -> tuple[list[float], list[float], object]:
    """Milliseconds, wall and CPU (this process's: the machine may be busy with others),
    of `RUNS` calls, after one to warm the page cache."""
    result = call()
    wall, cpu = [], []
    for _ in range(RUNS):
        started, used = time.perf_counter(), time.process_time()
        result = call()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - used) * 1000)
    return wall, cpu, result


def run(store: Store, today: date) -> list[Figure]:
    figures: list[Figure] = []
    for who, user in users(store).items():
        ctx = Context(store, user, today=lambda: today)
        target_list = LIST_MS if who != "rep" else REP_MS
        target_count = COUNT_MS if who != "rep" else REP_MS
        wall, cpu, rows = timed(lambda ctx=ctx: care.reminders(ctx))
        assert isinstance(rows, list)
        print(f"{who:<6} list of {len(rows):,} reminders: {summary(wall)}; cpu {summary(cpu)}")
        figures.append(Figure(f"{who}'s reminders (the list)", statistics.median(wall), "ms",
                              target_list))
        figures.append(Figure(f"{who}'s reminders (the list), cpu", statistics.median(cpu),
                              "ms", target_list))
        wall, cpu, counted = timed(lambda ctx=ctx: care.count(ctx))
        assert isinstance(counted, care.cq.ReminderCount) and counted.total == len(rows)
        print(f"{who:<6} count ({counted.total:,}, {counted.overdue:,} overdue): "
              f"{summary(wall)}; cpu {summary(cpu)}")
        figures.append(Figure(f"{who}'s reminders counted", statistics.median(wall), "ms",
                              target_count))
        figures.append(Figure(f"{who}'s reminders counted, cpu", statistics.median(cpu), "ms",
                              target_count))
    return figures


def main(argv: list[str] | None = None) -> list[Figure]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--workspace", type=Path, help="the bench workspace to copy "
                        "(default: bench/data/bench-ACCOUNTS.db)")
    parser.add_argument("--copy", type=Path, help="where the copy measured is made "
                        "(default: bench/data/bench-care-ACCOUNTS.db)")
    parser.add_argument("--reuse", action="store_true", help="reuse the copy made before")
    args = parser.parse_args(argv)
    calibration = calibrate()
    source = args.workspace or workspace_path(args.accounts)
    copy = args.copy or source.with_name(f"bench-care-{args.accounts}.db")
    prepare(source, copy, args.reuse)
    store = open_store(copy)
    try:
        figures = run(store, date.today())
    finally:
        store.close()
    for line in calibration.lines():
        print(line)
    for figure in figures:
        print(figure.report(calibration))
    return figures


if __name__ == "__main__":
    main()
