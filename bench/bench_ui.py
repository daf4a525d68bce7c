"""Window benchmarks on a seeded workspace: cold start, switching accounts, search
keystrokes, scrolling a 100k-row queue, peak memory.

    python bench/bench_ui.py --accounts 100000   (seeds with bench_store first if needed)
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.calibrate import calibrate
from bench.common import Figure, percentile, summary, workspace_path


def _high_water_mb() -> float:
    """This process's peak resident memory. (ru_maxrss would include the peak of the
    parent this process was forked from, such as a benchmark that just seeded 100k rows.)"""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cold_start(path: Path, runs: int = 7) -> list[float]:
    """Seconds from launching the process to every pane showing its data (the window
    reports the moment on a system-wide clock; the screenshot is taken after)."""
    out: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(runs):
            started = time.monotonic()
            result = subprocess.run(
                [sys.executable, "-m", "crmdesk.cli", "--db", str(path), "--screenshot",
                 f"{tmp}/start{n}.png"], capture_output=True, text=True,
                env={**os.environ, "HOME": tmp, "CRMDESK_REPORT_LOADED": "1"})
            if result.returncode != 0:
                raise SystemExit(f"screenshot failed: {result.stderr}")
            loaded = next(float(line.split()[1]) for line in result.stderr.splitlines()
                          if line.startswith("loaded-at "))
            out.append(loaded - started)
    return out


def in_process(path: Path, rng: random.Random) -> list[Figure]:
    from PySide6.QtCore import QEventLoop, QSettings
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from crmdesk.store import queries as q
    from crmdesk.store.db import open_store
    from crmdesk.store.models import Account, Contact
    from crmdesk.ui.changes import ChangeBus, Selection
    from crmdesk.ui.context import AppContext
    from crmdesk.ui.main_window import MainWindow
    from crmdesk.ui.tasks import TaskRunner

    sys.setswitchinterval(0.0005)  # as crmdesk.ui.app sets it
    app = QApplication.instance() or QApplication([])
    loop = QEventLoop()
    store = open_store(path)
    with store.session() as session:
        user = q.first_rep(session)
        admin = q.user_by_name(session, "admin")
        mine = list(session.scalars(select(Account.id).where(Account.owner_id == user.id)))  # type: ignore[union-attr]
        names = list(session.scalars(select(Contact.name).limit(3000)))
    assert user is not None and admin is not None
    tmp = tempfile.mkdtemp()
    settings = QSettings(f"{tmp}/s.ini", QSettings.Format.IniFormat)
    ctx = AppContext(store, user, TaskRunner(app), ChangeBus(app), Selection(app), settings)
    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()

    def settle(background: bool = True) -> None:
        # wait as the app's event loop waits: blocked in Qt, the GIL free for workers
        while not window.is_settled(background):
            loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        # then let Qt paint everything that changed, as it would on screen
        app.sendPostedEvents()
        app.processEvents()

    settle()
    step: list[float] = []
    for _ in range(60):  # working down the queue: the next row, again and again
        started = time.perf_counter()
        window.queue.step(1)
        settle(background=False)
        step.append((time.perf_counter() - started) * 1000)
    print("next account in the queue, all panes repainted:", summary(step))
    switch: list[float] = []
    banner: list[float] = []
    for account_id in rng.sample(mine, 60):  # jumping anywhere, as from a search hit
        started = time.perf_counter()
        ctx.selection.select_account(account_id)
        settle(background=False)
        switch.append((time.perf_counter() - started) * 1000)
        settle(background=True)
        banner.append((time.perf_counter() - started) * 1000)
    print("jump to any account, all panes repainted:", summary(switch))
    print("jump to any account, duplicate check shown too:", summary(banner))

    keys: list[float] = []
    for name in rng.sample(names, 40):
        window.queue.search.clear()
        settle()
        for k in range(2, min(len(name), 7) + 1):
            started = time.perf_counter()
            window.queue.search.setText(name[:k])
            while window.ctx.runner.pending:
                loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            window.queue.results.repaint()
            app.processEvents()
            keys.append((time.perf_counter() - started) * 1000)
    window.queue.search.clear()
    print("search keystroke to repainted results:", summary(keys))
    window.close()

    # an admin's whole workspace in the queue, scrolled top to bottom
    ctx2 = AppContext(store, admin, TaskRunner(app), ChangeBus(app), Selection(app), settings)
    big = MainWindow(ctx2)
    big.resize(1366, 768)
    big.show()
    combo = big.queue.filter
    combo.setCurrentIndex(combo.findData("team"))
    while not big.is_settled() or big.queue.model.rowCount() < 1000:
        app.processEvents()
        time.sleep(0.001)
    rows = big.queue.model.rowCount()
    bar = big.queue.table.verticalScrollBar()
    frames: list[float] = []
    for position in range(0, bar.maximum() + 1, max(1, bar.maximum() // 300)):
        started = time.perf_counter()
        bar.setValue(position)
        big.queue.table.viewport().repaint()
        frames.append((time.perf_counter() - started) * 1000)
    print(f"scroll through {rows:,} queue rows, per frame:", summary(frames))
    big.close()
    peak_mb = _high_water_mb()
    print(f"peak memory {peak_mb:.0f} MB")
    store.close()
    return [
        Figure("next account: all panes repainted p95", percentile(step, 95), "ms", 50),
        Figure("jump to any account: all panes repainted p95", percentile(switch, 95), "ms",
               50),
        Figure("switch account: duplicate banner resolved p95 (check starts after 300 ms)",
               percentile(banner, 95), "ms", 600),
        Figure("search keystroke to repainted results p95", percentile(keys, 95), "ms", 30),
        Figure(f"scroll frame, {rows:,}-row queue p95", percentile(frames, 95), "ms", 16),
        Figure("peak memory (window, 100k-row queue)", peak_mb, "MB", 400),
    ]


def main(argv: list[str] | None = None) -> list[Figure]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=100_000)
    args = parser.parse_args(argv)
    calibration = calibrate()
    path = workspace_path(args.accounts)
    if not path.exists():
        from bench import bench_store

        bench_store.seed(path, args.accounts, reuse=False)
    starts = cold_start(path)
    print("cold start to every pane loaded:", summary([s * 1000 for s in starts]))
    figures = [Figure("process start to loaded window (median)", sorted(starts)[len(starts) // 2],
                      "s", 1.5)]
    # the in-process part runs in a child so its peak memory is its own
    child = subprocess.run([sys.executable, __file__, "--inner", str(path)], text=True,
                           capture_output=True)
    print(child.stdout, end="")
    if child.returncode != 0:
        raise SystemExit(child.stderr)
    for line in child.stdout.splitlines():
        if line.startswith("FIGURE "):
            name, value, unit, target = line[7:].split("|")
            figures.append(Figure(name, float(value), unit, float(target)))
    for figure in figures:
        print(figure.report(calibration))
    return figures


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--inner":
        for fig in in_process(Path(sys.argv[2]), random.Random(5)):
            print(f"FIGURE {fig.name}|{fig.value}|{fig.unit}|{fig.target}")
        sys.stdout.flush()
        os._exit(0)  # skip interpreter teardown: Qt objects freed by GC at exit can crash
    else:
        main()
