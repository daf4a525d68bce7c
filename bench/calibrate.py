"""Calibration: a fixed amount of work timed in the same run as the benchmarks, so that
figures from different days, or from a busier machine, can be compared by their ratio to
it. Two figures: a pure-Python loop (what the interpreter does for us) and a raw sqlite3
insert of uuid-keyed 14-column rows into a file (what storage does for us; DESIGN.md
measured about 130k rows/s on this machine).

    python bench/calibrate.py
"""

from __future__ import annotations

import random
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

LOOP_ADDITIONS = 10_000_000
INSERT_ROWS = 200_000
RUNS = 3  # each figure is the best of these

_COLUMNS = ("id", "name", "email", "phone", "city", "region", "industry", "owner_id",
            "team_id", "status", "value", "score", "updated_at", "deleted")


@dataclass(frozen=True, slots=True)
class Calibration:
    loop_s: float  # seconds for LOOP_ADDITIONS additions in a Python for loop
    insert_s: float  # seconds to insert INSERT_ROWS rows with sqlite3 and commit

    @property
    def insert_rate(self) -> float:
        """Rows per second of the calibration insert."""
        return INSERT_ROWS / self.insert_s

    def lines(self) -> list[str]:
        return [
            f"calibration, this run (best of {RUNS}):",
            f"  python loop    {LOOP_ADDITIONS:,} additions        {self.loop_s:8.3f} s",
            f"  sqlite insert  {INSERT_ROWS:,} rows x {len(_COLUMNS)} columns  "
            f"{self.insert_s:8.3f} s = {self.insert_rate:,.0f} rows/s",
            "  each figure's ratio to it: a time / the python loop's time (x py), or / the "
            "sqlite insert's time (x sql) when storage-bound;",
            "  a rate / the sqlite insert's rate (x sql rate). Lower is better for times, "
            "higher for rates, as for the figures.",
        ]


def python_loop(additions: int = LOOP_ADDITIONS) -> int:
    total = 0
    for i in range(additions):
        total += i
    return total


def _rows(count: int) -> list[tuple[object, ...]]:
    """The same rows every run: made before the clock starts, so only the insert is timed."""
    rng = random.Random(130)
    owners = [str(uuid.UUID(int=rng.getrandbits(128))) for _ in range(50)]
    rows: list[tuple[object, ...]] = []
    for n in range(count):
        owner = owners[n % len(owners)]
        rows.append((str(uuid.UUID(int=rng.getrandbits(128))), f"Company {n} Ltd",
                     f"info{n}@example.com", f"+44 20 {n:08d}", "London", "South",
                     "Logistics", owner, owners[n % 7], "active", rng.randrange(10**6),
                     rng.random(), "2026-11-25T09:00:00", 0))
    return rows


def sqlite_insert(rows: list[tuple[object, ...]], directory: Path) -> None:
    """Insert `rows` into a new table in a new file, in one transaction."""
    path = directory / f"calibrate-{uuid.uuid4().hex}.db"
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        # a workspace's settings (crmdesk.store.db), written out here so that the
        # calibration stays the same work when those change
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "cache_size=-16384"):
            conn.execute(f"PRAGMA {pragma}")
        conn.execute(f"CREATE TABLE t ({_COLUMNS[0]} TEXT PRIMARY KEY, "
                     + ", ".join(_COLUMNS[1:]) + ")")
        conn.execute("BEGIN")
        conn.executemany(f"INSERT INTO t VALUES ({', '.join('?' * len(_COLUMNS))})", rows)
        conn.execute("COMMIT")
    finally:
        conn.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def _best(run: Callable[[], object]) -> float:
    times: list[float] = []
    for _ in range(RUNS):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


_measured: list[Calibration] = []


def calibrate() -> Calibration:
    """The calibration figures, measured (and printed) the first time a process asks."""
    if not _measured:
        rows = _rows(INSERT_ROWS)
        with tempfile.TemporaryDirectory(prefix="crmdesk-calibrate-") as tmp:
            found = Calibration(_best(python_loop), _best(lambda: sqlite_insert(rows, Path(tmp))))
        _measured.append(found)
        print("\n".join(found.lines()), flush=True)
    return _measured[0]


if __name__ == "__main__":
    calibrate()
