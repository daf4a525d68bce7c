"""The status bar: who works here, sync (online or not, changes waiting, last sync,
first-sync progress), and the conflicts and refused records waiting for the user."""

from __future__ import annotations

import html
import uuid
from datetime import datetime
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton, QWidget

from crmdesk.app.syncing import SyncOutcome
from crmdesk.domain.messages import OutState
from crmdesk.domain.words import tr_noop
from crmdesk.store import refused
from crmdesk.store.conflicts import unresolved_count
from crmdesk.store.journal import pending_count
from crmdesk.ui.context import AppContext
from crmdesk.ui.formats import moment_text, time_text
from crmdesk.ui.style import error_color, muted, ok_color, warning_color
from crmdesk.ui.sync_service import State, SyncStatus
from crmdesk.ui.words import word

#: A user's role as the status bar names it.
ROLE_WORDS = {"rep": tr_noop("sales rep"), "lead": tr_noop("team lead"),
              "admin": tr_noop("administrator"), "service": tr_noop("customer service")}

class StatusBar(QObject):
    """The permanent widgets of the window's status bar and what they show."""

    sign_in_clicked = Signal()
    conflicts_clicked = Signal()
    outbox_clicked = Signal()

    def __init__(self, ctx: AppContext, bar: QStatusBar, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx, self._bar, self._palette = ctx, bar, parent
        self.online = QLabel(self.tr("Local only — no server connected"))
        self.pending = QLabel()
        self.last_sync = QLabel(self.tr("Last sync: never"))
        self.online.setTextFormat(Qt.TextFormat.RichText)
        self.online.linkActivated.connect(lambda _link: self.sign_in_clicked.emit())
        self.conflicts = QToolButton()
        self.conflicts.setAutoRaise(True)
        self.conflicts.setToolTip(self.tr("Values of yours that a later edit replaced"))
        self.conflicts.clicked.connect(self.conflicts_clicked)
        self.conflicts.hide()
        self.refused = QToolButton()
        self.refused.setAutoRaise(True)
        self.refused.setToolTip(self.tr("New records of yours the server refused: they stay "
                                        "here, marked, until you fix or discard them"))
        self.refused.clicked.connect(self.show_next_refused)
        self.refused.hide()
        self._refused_accounts: list[uuid.UUID] = []
        self.outbox = QToolButton()
        self.outbox.setAutoRaise(True)
        self.outbox.setToolTip(self.tr("Messages waiting in the outbox: they go once the "
                                       "mail server or SMS gateway answers. Click to see "
                                       "them."))
        self.outbox.clicked.connect(self.outbox_clicked)
        self.outbox.hide()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.who = QLabel()
        for widget in (self.progress, self.outbox, self.refused, self.conflicts, self.online,
                       self.pending,
                       self.last_sync):
            bar.addPermanentWidget(widget)
        bar.addWidget(self.who)
        # after a burst of edits, count what waits once
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(200)
        self._recount.timeout.connect(self.refresh_pending)
        self._recount.timeout.connect(self.refresh_refused)
        ctx.bus.changed.connect(lambda _c: self._recount.start())
        ctx.runner.error.connect(lambda text: bar.showMessage(text, 8000))
        self.show_user()
        self.refresh_pending()
        self.refresh_conflicts()
        self.refresh_refused()

    def show_user(self) -> None:
        user = self._ctx.user
        self.who.setText(self.tr("{0} ({1})").format(
            user.display_name, word(ROLE_WORDS.get(user.role.value, user.role.value))))

    # ---- changes waiting, conflicts, refused records ------------------------------------
    def refresh_pending(self) -> None:
        self._ctx.read(pending_count, self.show_pending, key="pending")

    def show_pending(self, count: int) -> None:
        self.pending.setText(self.tr("1 change waiting to sync") if count == 1 else
                             self.tr("{0} changes waiting to sync").format(count))

    def refresh_conflicts(self) -> None:
        self._ctx.read(unresolved_count, self.show_conflicts, key="conflict-count")

    def show_conflicts(self, count: int) -> None:
        self.conflicts.setText(self.tr("⚠ 1 conflict") if count == 1 else
                               self.tr("⚠ {0} conflicts").format(count))
        self.conflicts.setStyleSheet(f"color: {warning_color(self._palette).name()}; "
                                     "font-weight: bold;")
        self.conflicts.setVisible(count > 0)

    def refresh_refused(self) -> None:
        self._ctx.read(refused.accounts, self.show_refused, key="refused-count")

    def show_refused(self, accounts: list[uuid.UUID]) -> None:
        self._refused_accounts = accounts
        self.refused.setText(self.tr("⚠ 1 company with a refused record") if len(accounts) == 1
                             else self.tr("⚠ {0} companies with refused records").format(
                                 len(accounts)))
        self.refused.setStyleSheet(f"color: {error_color(self._palette).name()}; "
                                   "font-weight: bold;")
        self.refused.setVisible(bool(accounts))

    def show_next_refused(self) -> None:
        """Open the next company with a refused record, wherever it is in the queues."""
        if not self._refused_accounts:
            return
        current = self._ctx.selection.account_id
        at = (self._refused_accounts.index(current) + 1
              if current in self._refused_accounts else 0)
        self._ctx.selection.select_account(
            self._refused_accounts[at % len(self._refused_accounts)])

    def show_outbox(self, counts: dict[OutState, int]) -> None:
        """How many messages wait to go, beside the sync's count (failed ones stay in the
        outbox's list: a message not sent again would otherwise be shown for ever)."""
        waiting = counts.get(OutState.WAITING, 0) + counts.get(OutState.SENDING, 0)
        self.outbox.setText(self.tr("✉ 1 message waiting") if waiting == 1 else
                            self.tr("✉ {0} messages waiting").format(waiting))
        self.outbox.setStyleSheet(f"color: {warning_color(self._palette).name()};")
        self.outbox.setVisible(waiting > 0)

    # ---- sync -----------------------------------------------------------------------
    def show_sync(self, status: SyncStatus) -> None:
        host = urlsplit(status.server or "").netloc or status.server or ""
        dot = '<span style="color:{0}">●</span> '
        palette = self._palette
        if status.state is State.LOCAL:
            text, tip = self.tr("Local only — no server connected"), ""
        elif status.state is State.SIGN_IN:
            text = (dot.format(error_color(palette).name()) + '<a href="sign-in">' +
                    html.escape(self.tr("Sign in needed")) + "</a>")
            tip = status.message or ""
        elif status.syncing:
            text = dot.format(ok_color(palette).name()) + html.escape(
                self.tr("Syncing with {0}…").format(host))
            tip = ""
        elif status.state is State.ONLINE:
            text = dot.format(ok_color(palette).name()) + html.escape(self.tr("Online"))
            tip = self.tr("Syncing with {0} as {1}").format(status.server, status.username)
        elif status.state is State.OFFLINE:
            text = dot.format(muted(palette).name()) + html.escape(
                self.tr("Offline — changes are kept"))
            tip = status.message or ""
        else:
            text = dot.format(warning_color(palette).name()) + html.escape(
                self.tr("Sync problem"))
            tip = status.message or ""
        self.online.setText(text)
        self.online.setToolTip(tip)
        self.progress.setVisible(status.syncing and status.first)
        if status.syncing and status.first and self.progress.maximum() != 0:
            self.progress.setRange(0, 0)  # busy until the first figures arrive
        self.stamp_sync(status.last_sync)

    def show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, max(total, done))
            self.progress.setValue(done)
            self.progress.setFormat(self.tr("Receiving {0:,} of {1:,}").format(
                done, max(total, done)))

    def show_synced(self, outcome: SyncOutcome) -> None:
        self.show_pending(outcome.pending)
        self.show_conflicts(outcome.conflicts)
        self.refresh_refused()

    def stamp_sync(self, when: datetime | None) -> None:
        if when is None:
            shown = self.tr("never")
        elif when.date() == datetime.now().date():
            shown = time_text(when)
        else:
            shown = moment_text(when)
        self.last_sync.setText(self.tr("Last sync: {0}").format(shown))

    def say(self, text: str, msecs: int = 8000) -> None:
        self._bar.showMessage(text, msecs)
