"""Reminders of the agenda: a desktop notification (the system tray's) when a follow-up
or task falls due, and when the window opens, one that sums up what is overdue or due
already; clicking it opens the company. Where the desktop has no tray, or a tray that
shows no messages (the offscreen platform, some Linux desktops), the same words show in
the window's status bar, on a button that opens the company.

An item falls due at its own time, else at the reminder time of day the user chose
(crmdesk.ui.settings.AGENDA_REMIND_AT, 09:00 by default): crmdesk.domain.agenda. The
items told of today are kept in the settings (AGENDA_TOLD), so none is told twice a
day, also across a restart. The items are the agenda pane's, as it reads them: the
check itself reads nothing, so it runs every half minute for free."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QStatusBar, QSystemTrayIcon, QToolButton, QWidget

from crmdesk.domain.agenda import AgendaItem, parse_time, to_tell
from crmdesk.ui.bidi import isolated
from crmdesk.ui.context import AppContext
from crmdesk.ui.icons import company_icon
from crmdesk.ui.settings import AGENDA_REMIND_AT, AGENDA_TOLD
from crmdesk.ui.words import agenda_what

#: How often what falls due is looked at (ms).
CHECK_EVERY_MS = 30_000
#: How long a notification (and the in-window notice) stays.
SHOWN_MS = 30_000
#: The most items a notification names; the rest are counted.
NAMED = 3


def tray_shows_messages() -> bool:
    """Does this desktop have a system tray that shows notifications? (Some have a tray
    whose messages go nowhere: the in-window notice is told there instead.)"""
    return QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()


class AgendaReminders(QObject):
    """Watches the agenda's items; tells the user of each one as it falls due."""

    def __init__(self, ctx: AppContext, bar: QStatusBar,
                 open_account: Callable[[uuid.UUID], None],
                 now: Callable[[], datetime] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._open_account = ctx, open_account
        #: the laptop's clock, on the context's day (tests fix the day, and set their own)
        self.clock: Callable[[], datetime] = now or (
            lambda: datetime.combine(ctx.today(), datetime.now().time()))
        #: whether notifications go to the system tray (tests set their own: the offscreen
        #: platform has none)
        self.tray_available: Callable[[], bool] = tray_shows_messages
        self.items: list[AgendaItem] | None = None  # None: not read yet
        self.started = False  # the summary of the start is told
        #: the last notice: its words and the company a click opens (tests read them)
        self.last: str | None = None
        self.last_account: uuid.UUID | None = None
        self.tray: QSystemTrayIcon | None = None
        self.notice = QToolButton()
        self.notice.setAutoRaise(True)
        self.notice.setToolTip(self.tr("Click to open the company"))
        self.notice.clicked.connect(self.clicked)
        self.notice.hide()
        bar.addWidget(self.notice)
        self._hide_notice = QTimer(self)
        self._hide_notice.setSingleShot(True)
        self._hide_notice.setInterval(SHOWN_MS)
        self._hide_notice.timeout.connect(self.notice.hide)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(lambda: self.check())
        self._timer.start()
        # the status bar goes with its window, before this (a child of it) does: nothing
        # is told from then on
        self.notice.destroyed.connect(self._timer.stop)
        self.notice.destroyed.connect(self._hide_notice.stop)

    # ---- what was told today ------------------------------------------------------
    def told(self, today: date) -> set[str]:
        """The items told of on `today` (kept in the settings; another day's are gone)."""
        day, _, keys = AGENDA_TOLD.get(self._ctx.settings).partition(" ")
        return set(keys.split()) if day == today.isoformat() else set()

    def _remember(self, today: date, items: list[AgendaItem]) -> None:
        keys = self.told(today) | {item.told_key() for item in items}
        AGENDA_TOLD.set(self._ctx.settings, " ".join([today.isoformat(), *sorted(keys)]))

    # ---- checking -----------------------------------------------------------------
    def set_items(self, items: list[AgendaItem]) -> None:
        """The agenda as just read; the first time, tell what is overdue or due."""
        self.items = items
        if not self.started:
            self.check()

    def check(self, now: datetime | None = None) -> list[AgendaItem]:
        """Tell of the items due by `now` (default: the clock's) not told of today; the
        first check after the window opens sums them up in one notice. The value is
        what was told."""
        if self.items is None:
            return []
        now = now or self.clock()
        remind_at = parse_time(AGENDA_REMIND_AT.get(self._ctx.settings))
        due = to_tell(self.items, now, self.told(now.date()), remind_at)
        at_start, self.started = not self.started, True
        if not due:
            return []
        self._remember(now.date(), due)
        self._tell(due, now.date(), at_start)
        return due

    def _tell(self, due: list[AgendaItem], today: date, at_start: bool) -> None:
        overdue = sum(1 for item in due if item.day < today)
        if at_start:
            title = self.tr("Your agenda: {0} overdue, {1} due today").format(
                overdue, len(due) - overdue)
        elif len(due) == 1:
            title = self.tr("Due now")
        else:
            title = self.tr("{0} items due now").format(len(due))
        # the companies and what to do in their own direction (a right-to-left window
        # mirrors them)
        lines = [f"{isolated(item.company)} — {isolated(agenda_what(item))}" if item.what
                 else isolated(item.company) for item in due[:NAMED]]
        if len(due) > NAMED:
            lines.append(self.tr("and {0} more").format(len(due) - NAMED))
        self.notify(title, "\n".join(lines), due[0].account_id)

    def notify(self, title: str, text: str, account_id: uuid.UUID) -> None:
        """A desktop notification, or (no system tray) the notice in the status bar."""
        self.last, self.last_account = f"{title}\n{text}", account_id
        if self.tray_available():
            if self.tray is None:
                self.tray = QSystemTrayIcon(company_icon(), self)
                self.tray.setToolTip("crmdesk")
                self.tray.messageClicked.connect(self.clicked)
            self.tray.show()
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information,
                                  SHOWN_MS)
            return
        first = text.splitlines()[0] if text else ""
        self.notice.setText(title + (f" — {first}" if first else ""))
        self.notice.setToolTip(text + "\n\n" + self.tr("Click to open the company"))
        self.notice.show()
        self._hide_notice.start()

    def clicked(self) -> None:
        """The notification was clicked: open the company it names first."""
        self.notice.hide()
        if self.last_account is not None:
            self._open_account(self.last_account)
