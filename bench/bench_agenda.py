"""The agenda of the heaviest rep (the most accounts owned) on a seeded workspace: the
whole read (crmdesk.store.agenda_queries.agenda_items) and each kind's part of it, then
the pane offscreen: an item done and an item moved shown at once on the UI thread, and
the read after the save arriving (the same items: nothing redrawn; others: the model
replaced). Nothing is written: the pane's at-once edits are shown, never saved.

    python bench/bench_agenda.py --accounts 100000 [--reuse] [--db COPY]

`--db`: a copy of a bench workspace to read (never the shared one: opening migrates it).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bench.bench_store import seed
from bench.calibrate import calibrate
from bench.common import Figure, summary, workspace_path
from crmdesk.domain.agenda import DEFAULT_DAYS, AgendaItem
from crmdesk.store import agenda_queries as aq
from crmdesk.store import queries as q
from crmdesk.store.db import Store, open_store
from crmdesk.store.models import Account

RUNS = 5
READ_MS = 150  # the whole agenda read of the heaviest rep, CPU
FRAME_MS = 16  # what the UI thread may spend on an interaction: a frame at 60 Hz


def heaviest_rep(session: Session) -> q.UserRef:
    """The user owning the most live accounts."""
    owner = session.execute(
        select(Account.owner_id).where(Account.deleted.is_(False),
                                       Account.owner_id.is_not(None))
        .group_by(Account.owner_id).order_by(func.count().desc()).limit(1)).scalar_one()
    user = q.user_by_id(session, owner)
    assert user is not None
    return user


def timed(store: Store, read: Callable[[Session], list[AgendaItem]]
          ) -> tuple[list[float], list[float], int]:
    """Milliseconds, wall and CPU (this process's), of `RUNS` reads, each in a fresh
    session as the pane's worker opens one; and how many items the last read."""
    wall, cpu, count = [], [], 0
    for _ in range(RUNS):
        started, used = time.perf_counter(), time.process_time()
        with store.session() as session:
            count = len(read(session))
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - used) * 1000)
    return wall, cpu, count


def reads(store: Store, rep: q.UserRef, today: date) -> list[Figure]:
    until = today + timedelta(days=DEFAULT_DAYS)
    parts: list[tuple[str, Callable[[Session], list[AgendaItem]]]] = [
        ("follow-ups (with whom)", lambda s: aq.follow_ups(s, rep.id, until)),
        ("open tasks", lambda s: aq.open_tasks(s, rep.id, until)),
        ("deal closes", lambda s: aq.deal_closes(s, rep.id, until)),
        ("onboarding tasks", lambda s: aq.onboarding(s, rep.id, until)),
        ("care reminders", lambda s: aq.care_items(s, rep, today, until)),
        ("whole agenda read", lambda s: aq.agenda_items(s, rep, today, until)),
    ]
    figures = []
    for name, read in parts:
        wall, cpu, count = timed(store, read)
        print(f"{name + ':':<26} {count:5} items; wall {summary(wall)}; cpu {summary(cpu)}")
        whole = name.startswith("whole")
        figures.append(Figure(f"agenda: {name}, cpu", statistics.median(cpu), "ms",
                              READ_MS if whole else None))
        figures.append(Figure(f"agenda: {name}, wall", statistics.median(wall), "ms", None))
    return figures


def view_times(store: Store, rep: q.UserRef, today: date) -> list[Figure]:
    """The pane offscreen over the rep's agenda: UI thread time (wall and its own CPU)
    from an item done (then moved) to the view drawn again, shown at once; and from the
    read after the save arriving to the view drawn (the same items, then other ones)."""
    import os
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings
    from PySide6.QtWidgets import QApplication

    from crmdesk.ui.agenda_pane import AgendaPane
    from crmdesk.ui.changes import ChangeBus, Selection
    from crmdesk.ui.context import AppContext
    from crmdesk.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(store, rep, TaskRunner(app), ChangeBus(app), Selection(app), settings,
                     today=lambda: today)
    pane = AgendaPane(ctx)
    pane.resize(1000, 700)
    pane.show()
    app.processEvents()
    while not pane.is_loaded:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    app.processEvents()
    pane.focus()
    times: dict[str, tuple[list[float], list[float]]] = {
        what: ([], []) for what in ("done", "moved", "same", "other")}

    def ui(what: str, step: Callable[[], Any]) -> None:
        started, used = time.perf_counter(), time.thread_time()
        step()
        app.processEvents()  # the layout and the paint the change asks for
        times[what][0].append((time.perf_counter() - started) * 1000)
        times[what][1].append((time.thread_time() - used) * 1000)

    read = list(pane.items)
    for n in range(RUNS):
        item = pane.current_item()
        assert item is not None
        # shown at once, never saved (the command is not run): what Enter does first
        ui("done", lambda item=item: pane._at_once(item, None))  # type: ignore[misc]
        item = pane.current_item()
        assert item is not None
        ui("moved", lambda item=item, n=n: pane._at_once(  # type: ignore[misc]
            item, AgendaItem(item.kind, item.record_id, item.account_id, item.company,
                             item.what, today + timedelta(days=2 + n % 3))))
        pane._unsaved -= 2  # the saves that never come
        shown = list(pane.items)
        edits = pane._edits
        ui("same", lambda shown=shown, edits=edits: pane._show(  # type: ignore[misc]
            shown, today, edits))
        ui("other", lambda: pane._show(read, today, pane._edits))
    pane.close()
    ctx.runner.wait()
    figures = []
    for what, told in (("done", "an item done, shown at once"),
                       ("moved", "an item moved, shown at once"),
                       ("same", "the read after: the same items"),
                       ("other", "the read after: other items (model replaced)")):
        wall, cpu = times[what]
        print(f"{told + ':':<46} {summary(wall)}; UI thread cpu {summary(cpu)}")
        figures.append(Figure(f"{told}, UI thread cpu", statistics.median(cpu), "ms",
                              FRAME_MS if what in ("done", "moved", "same") else None))
        figures.append(Figure(f"{told}, wall", statistics.median(wall), "ms", None))
    return figures


def main(argv: list[str] | None = None) -> list[Figure]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--reuse", action="store_true", help="reuse an existing bench workspace")
    parser.add_argument("--db", type=Path, help="a copy of a bench workspace to read")
    args = parser.parse_args(argv)
    calibration = calibrate()
    figures: list[Figure] = []
    path = args.db
    if path is None:
        path = workspace_path(args.accounts)
        figures += seed(path, args.accounts, args.reuse)
    store = open_store(path)
    try:
        with store.session() as session:
            rep = heaviest_rep(session)
        today = date.today()
        print(f"rep {rep.username}: {uuid.UUID(str(rep.id)).hex[:8]}")
        figures += reads(store, rep, today)
        figures += view_times(store, rep, today)
    finally:
        store.close()
    for line in calibration.lines():
        print(line)
    for figure in figures:
        print(figure.report(calibration))
    return figures


if __name__ == "__main__":
    main()
