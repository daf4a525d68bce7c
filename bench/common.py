"""Shared helpers for benchmark scripts: timing, percentiles, one report line per figure."""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from bench.calibrate import Calibration

DATA = Path(__file__).resolve().parent / "data"


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    target: float | None  # None: reported, with no target set for it
    lower_is_better: bool = True
    #: Bound by storage rather than by Python: a time compared with the calibration's
    #: sqlite insert, not its python loop. (Rates are always compared with the insert.)
    storage: bool = False

    @property
    def ok(self) -> bool:
        if self.target is None:
            return True
        return self.value <= self.target if self.lower_is_better else self.value >= self.target

    def line(self) -> str:
        sign = "<=" if self.lower_is_better else ">="
        mark = "ok  " if self.ok else "MISS"
        goal = "no target" if self.target is None else f"target {sign} {self.target:g} {self.unit}"
        return f"{mark} {self.name:<46} {self.value:>10.2f} {self.unit:<6} ({goal})"

    def ratio(self, calibration: Calibration) -> str:
        """This figure over the calibration figure it is compared with, and which one; ""
        for a figure that is neither a time nor a rate (memory, a count)."""
        seconds = {"s": 1.0, "ms": 1e-3}.get(self.unit)
        if seconds is not None:
            if self.storage:
                return f"{self.value * seconds / calibration.insert_s:.4g} x sql"
            return f"{self.value * seconds / calibration.loop_s:.4g} x py"
        if self.unit.endswith("/s"):
            return f"{self.value / calibration.insert_rate:.4g} x sql rate"
        return ""

    def report(self, calibration: Calibration) -> str:
        """line() and, after it, the ratio to the calibration measured in this run."""
        ratio = self.ratio(calibration)
        return f"{self.line()}  {ratio}" if ratio else self.line()


def percentile(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def time_each(calls: list[Callable[[], object]]) -> list[float]:
    """Milliseconds each call took."""
    out: list[float] = []
    for call in calls:
        started = time.perf_counter()
        call()
        out.append((time.perf_counter() - started) * 1000)
    return out


def summary(samples: list[float]) -> str:
    return (f"n={len(samples)} median={statistics.median(samples):.2f} "
            f"p95={percentile(samples, 95):.2f} max={max(samples):.2f} ms")


def workspace_path(accounts: int) -> Path:
    DATA.mkdir(parents=True, exist_ok=True)
    return DATA / f"bench-{accounts}.db"


def copy_readonly(src: Path, dst: Path) -> None:
    """Copy the bench workspace without writing it (read only, even its WAL index)."""
    if not Path(f"{src}-wal").exists():
        shutil.copyfile(src, dst)
        return
    with sqlite3.connect(f"file:{src}?mode=ro", uri=True) as a, sqlite3.connect(dst) as b:
        a.backup(b)


def wait_until_serving(base: str, process: subprocess.Popen[Any], timeout: float,
                       poll: float = 0.1) -> bool:
    """Whether the server `process` started answers its health check at `base` within
    `timeout` seconds (False as soon as the process has ended)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            if httpx.get(f"{base}/v1/health", timeout=2).status_code == 200:
                return True
        except httpx.HTTPError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            return False
        time.sleep(poll)
