"""Telling the rep of new leads from the website: when a sync brings accounts this
laptop did not hold (crmdesk.sync.report.SyncReport.arrived), the ones that are the
signed-in user's leads from a web enquiry are named in the status bar, and in a desktop
notification where the desktop has a system tray."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from crmdesk.app.syncing import SyncOutcome
from crmdesk.store.enquiries import new_web_leads
from crmdesk.ui.context import AppContext
from crmdesk.ui.icons import company_icon
from crmdesk.ui.sync_status import StatusBar

#: How long the status bar keeps the news.
SHOWN_MS = 20000


class WebLeadNotice(QObject):
    """Listens to finished syncs; says what came from the website for the user."""

    def __init__(self, ctx: AppContext, status: StatusBar, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx, self._status = ctx, status
        self.tray: QSystemTrayIcon | None = None
        #: the last thing said (tests and the bench read it)
        self.last: str | None = None

    def synced(self, outcome: SyncOutcome) -> None:
        arrived = set(outcome.report.arrived)
        if not arrived:
            return
        me: uuid.UUID = self._ctx.user.id
        self._ctx.read(lambda s: new_web_leads(s, arrived, me), self._say)

    def _say(self, companies: list[str]) -> None:
        if not companies:
            return
        text = (self.tr("New lead from the website: {0}").format(companies[0])
                if len(companies) == 1 else
                self.tr("%n new lead(s) from the website", "", len(companies)))
        self.last = text
        self._status.say(text, SHOWN_MS)
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is None:
                self.tray = QSystemTrayIcon(company_icon(), self)
                self.tray.setToolTip("crmdesk")
            self.tray.show()
            self.tray.showMessage(self.tr("crmdesk"), text,
                                  QSystemTrayIcon.MessageIcon.Information, SHOWN_MS)
