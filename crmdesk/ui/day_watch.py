"""The start of each day: derived values that follow from the date are brought to it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QTimer

from crmdesk.app.workspace import start_day
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
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        self.check()

    def check(self) -> None:
        """Start the day if the date is not the one last started."""
        today = self._ctx.today()
        if today != self.day:
            self.day = today
            self._ctx.command(start_day)
