"""The start of each day: derived values that follow from the date are brought to it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QTimer

from crmdesk.app.workspace import begin_day, bring_to_day
from crmdesk.store.derived import DayPlan, plan_day
from crmdesk.ui.context import AppContext

#: How often the date is looked at (ms): a window left open overnight moves on soon
#: after midnight; the look itself costs nothing.
CHECK_EVERY_MS = 60_000


class DayWatch(QObject):
    """Runs the start-of-day command now and whenever the context's date moves on."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.day: date | None = None
        self.starting = False  # a day's pass is under way
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        self.check()

    def check(self) -> None:
        """Start the day if the date is not the one last started (and no pass runs)."""
        today = self._ctx.today()
        if today != self.day and not self.starting:
            self.day, self.starting = today, True
            self._ctx.command(begin_day, lambda since: self._plan(today, since),
                              self._stopped)

    def _plan(self, today: date, since: date | None) -> None:
        if since is None:
            self.starting = False
            return
        # planned on a reader: the writer's queue goes on meanwhile
        self._ctx.read(lambda session: plan_day(session, today, since),
                       lambda plan: self._step(plan, 0, 0))

    def _step(self, plan: DayPlan, index: int, changed: int) -> None:
        # each step is queued once the one before it is done, so a save the user makes
        # meanwhile goes in between instead of waiting for the whole pass
        if index >= plan.steps:
            self.starting = False
            return
        self._ctx.command(lambda app: bring_to_day(app, plan, index, changed),
                          lambda total: self._step(plan, index + 1, total), self._stopped)

    def _stopped(self, exc: BaseException) -> None:
        self.starting = False  # the next start of a day plans the rest again
        self._ctx.runner.report(exc)
