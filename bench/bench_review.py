"""The team lead's review on a seeded workspace opened as an admin: each panel's figures
for every team over this quarter, the whole review, and the panels again for one rep
(what switching the rep recomputes).

    python bench/bench_review.py --accounts 100000 [--reuse]
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bench.bench_store import seed
from bench.calibrate import calibrate
from bench.common import Figure, summary, workspace_path
from crmdesk.domain.contracts import Period, period_start
from crmdesk.domain.deals import add_months
from crmdesk.domain.report import ReviewScope
from crmdesk.store.db import Store, open_store
from crmdesk.store.models import Opportunity, Role, User
from crmdesk.store.review import PANELS, panel

RUNS = 5
PANEL_MS = 200
REVIEW_MS = 500
SWITCH_MS = 100
FRAME_MS = 16  # what the UI thread may spend on an interaction: a frame at 60 Hz


def quarter(today: date) -> tuple[date, date]:
    start = period_start(today, Period.QUARTER)
    return start, date.fromordinal(add_months(start, 3).toordinal() - 1)


def present(only: list[str] | None = None) -> list[tuple[str, str]]:
    """The panels whose module is there (the others land later), or those of them named
    in `only`: each skipped is said."""
    out = []
    for key, title in PANELS:
        if only and key not in only:
            continue
        if importlib.util.find_spec(f"crmdesk.store.review.{key}") is None:
            print(f"{title:<12} skipped: crmdesk.store.review.{key} is not there yet")
        else:
            out.append((key, title))
    return out


def timed(store: Store, key: str, scope: ReviewScope) -> tuple[list[float], list[float]]:
    """Milliseconds, wall and CPU (this process's: the machine may be busy with others),
    for `RUNS` computations of one panel, each in a fresh session as the view's worker
    opens one."""
    wall, cpu = [], []
    for _ in range(RUNS):
        started, used = time.perf_counter(), time.process_time()
        with store.session() as session:
            result = panel(session, key, scope)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - used) * 1000)
        assert result.tables, key
    return wall, cpu


def heaviest_rep(session: Session) -> uuid.UUID:
    """The rep with the most deals: the heaviest single rep's review."""
    rep: uuid.UUID = session.execute(
        select(Opportunity.owner_id, func.count()).where(Opportunity.owner_id.is_not(None))
        .group_by(Opportunity.owner_id).order_by(func.count().desc()).limit(1)).one()[0]
    return rep


def run(store: Store, today: date, only: list[str] | None = None) -> list[Figure]:
    with store.session() as session:
        admin = session.scalar(select(User.id).where(User.role == Role.ADMIN).limit(1))
        rep = heaviest_rep(session)
    assert admin is not None
    start, end = quarter(today)
    everyone = ReviewScope(start=start, end=end, today=today, since=start)
    one = ReviewScope(start=start, end=end, today=today, since=start, rep_id=rep)
    panels = present(only)
    figures: list[Figure] = []
    whole = whole_cpu = 0.0
    for key, title in panels:
        wall, cpu = timed(store, key, everyone)
        median, median_cpu = statistics.median(wall), statistics.median(cpu)
        whole, whole_cpu = whole + median, whole_cpu + median_cpu
        print(f"{title:<12} all teams: median {median:7.1f} ms (cpu {median_cpu:7.1f} ms), "
              f"max {max(wall):7.1f} ms")
        figures.append(Figure(f"review panel {key}, all teams", median, "ms", PANEL_MS))
        figures.append(Figure(f"review panel {key}, all teams, cpu", median_cpu, "ms",
                              PANEL_MS))
    figures.append(Figure("whole review (panels one after another)", whole, "ms", REVIEW_MS))
    figures.append(Figure("whole review, cpu", whole_cpu, "ms", REVIEW_MS))
    slowest = slowest_cpu = 0.0
    for key, title in panels:
        wall, cpu = timed(store, key, one)
        median, median_cpu = statistics.median(wall), statistics.median(cpu)
        slowest, slowest_cpu = max(slowest, median), max(slowest_cpu, median_cpu)
        print(f"{title:<12} one rep:   median {median:7.1f} ms (cpu {median_cpu:7.1f} ms), "
              f"max {max(wall):7.1f} ms")
    figures.append(Figure("switching the rep: slowest panel for one rep", slowest, "ms",
                          SWITCH_MS))
    figures.append(Figure("switching the rep: slowest panel, cpu", slowest_cpu, "ms",
                          SWITCH_MS))
    if "pipeline" in dict(panels):
        # what changed since last week (the Monday review) rather than since the quarter
        # began: the changes read are a week's
        week = ReviewScope(start=start, end=end, today=today, since=today - timedelta(days=7))
        wall, cpu = timed(store, "pipeline", week)
        median, median_cpu = statistics.median(wall), statistics.median(cpu)
        print(f"{'Pipeline':<12} all teams, changes since a week ago: median {median:7.1f} ms "
              f"(cpu {median_cpu:7.1f} ms)")
        figures.append(Figure("review panel pipeline, all teams, since a week ago", median,
                              "ms", PANEL_MS))
    return figures


def view_times(path: Path, today: date, rep: uuid.UUID) -> list[Figure]:
    """The review window as an admin uses it, offscreen: from asking for it to the first
    tab's figures drawn (the other tabs compute when shown), then from choosing a rep to
    that tab redrawn for them, and from choosing everyone again to it redrawn. Each is a
    median of three, wall time and the UI thread's CPU time (what it spends there is
    what the window cannot answer the user meanwhile)."""
    import os
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings
    from PySide6.QtWidgets import QApplication

    from crmdesk.store import queries as q
    from crmdesk.ui.changes import ChangeBus, Selection
    from crmdesk.ui.context import AppContext
    from crmdesk.ui.review_pane import ReviewPane
    from crmdesk.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    store = open_store(path)
    with store.session() as session:
        admin = q.user_by_name(session, "admin")
    assert admin is not None
    folder = Path(tempfile.mkdtemp())
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(store, admin, TaskRunner(app), ChangeBus(app), Selection(app), settings,
                     today=lambda: today)

    times: dict[str, tuple[list[float], list[float]]] = {
        what: ([], []) for what in ("open", "rep", "everyone")}

    def settled(what: str, pane: ReviewPane, started: float, used: float) -> None:
        # wait as the app's event loop waits: asleep until an event comes (a loop that
        # spins on processEvents holds the interpreter and slows the worker it waits on)
        app.processEvents()
        while not pane.is_settled:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        times[what][0].append((time.perf_counter() - started) * 1000)
        times[what][1].append((time.thread_time() - used) * 1000)

    for _ in range(3):
        started, used = time.perf_counter(), time.thread_time()
        pane = ReviewPane(ctx)
        pane.resize(1366, 740)
        pane.show()
        settled("open", pane, started, used)
        started, used = time.perf_counter(), time.thread_time()
        assert pane.choose_rep(rep)
        settled("rep", pane, started, used)
        started, used = time.perf_counter(), time.thread_time()
        assert pane.choose_rep(None)
        settled("everyone", pane, started, used)
        pane.close()
        pane.deleteLater()
        ctx.runner.wait()
    store.close()
    figures = []
    for what, told, name, short, target in (
            ("open", "review window opened to its first tab drawn",
             "review window opens (first tab drawn)", "review window opens", REVIEW_MS),
            ("rep", "a rep chosen to the tab redrawn for them",
             "switching the rep repaints the shown tab", "switching the rep", SWITCH_MS),
            ("everyone", "everyone chosen again to the tab redrawn",
             "everyone again repaints the shown tab", "everyone again", SWITCH_MS)):
        wall, cpu = times[what]
        print(f"{told + ':':<46} {summary(wall)}; UI thread cpu {summary(cpu)}")
        figures.append(Figure(name, statistics.median(wall), "ms", target))
        # the UI thread's share: a frame for an interaction, the window's target to open
        figures.append(Figure(f"{short}, UI thread cpu", statistics.median(cpu), "ms",
                              REVIEW_MS if what == "open" else FRAME_MS))
    return figures


def main(argv: list[str] | None = None) -> list[Figure]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--reuse", action="store_true", help="reuse an existing bench workspace")
    parser.add_argument("--panel", action="append", choices=[key for key, _ in PANELS],
                        help="time only this panel (repeatable); the whole-review figures "
                             "then add up only those")
    parser.add_argument("--no-view", action="store_true",
                        help="leave out the review window's timings")
    args = parser.parse_args(argv)
    calibration = calibrate()
    path = workspace_path(args.accounts)
    figures = seed(path, args.accounts, args.reuse)
    store = open_store(path)
    try:
        figures += run(store, date.today(), args.panel)
        with store.session() as session:
            rep = heaviest_rep(session)
    finally:
        store.close()
    if not args.no_view:
        figures += view_times(path, date.today(), rep)
    for line in calibration.lines():
        print(line)
    for figure in figures:
        print(figure.report(calibration))
    return figures


if __name__ == "__main__":
    main()
