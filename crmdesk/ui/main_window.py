"""The workstation window: four docks around the rep's day, menus, status bar (with
sync: online or not, changes waiting, last sync, conflicts, first-sync progress)."""

from __future__ import annotations

import html
import uuid
from datetime import datetime
from urllib.parse import urlsplit

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QToolButton,
    QWidget,
)
from sqlalchemy.orm import Session

from crmdesk.app import accounts
from crmdesk.app.syncing import SyncOutcome
from crmdesk.domain.lifecycle import MoveCheck
from crmdesk.domain.merge import MergeSide
from crmdesk.secrets import KeyringStore, SecretStore
from crmdesk.store import queries as q
from crmdesk.store import refused
from crmdesk.store.conflicts import unresolved_count
from crmdesk.store.duplicates import merge_pair
from crmdesk.store.journal import pending_count
from crmdesk.store.turns import taking_turns
from crmdesk.store.writes import MergeResult
from crmdesk.ui import changes
from crmdesk.ui.card_pane import CardPane
from crmdesk.ui.collector import UiThreadCollector
from crmdesk.ui.conflicts_view import ConflictsView
from crmdesk.ui.context import AppContext
from crmdesk.ui.dialogs import (
    ContractDialog,
    ImportDialog,
    LostDialog,
    MergeDialog,
    NewContactDialog,
    NewLeadDialog,
    ShortcutsDialog,
)
from crmdesk.ui.graph_pane import GraphPane
from crmdesk.ui.queue_pane import QueuePane
from crmdesk.ui.shortcuts import keys
from crmdesk.ui.sign_in_dialog import SignInDialog
from crmdesk.ui.style import error_color, muted, ok_color, warning_color
from crmdesk.ui.sync_service import SYNC_INTERVAL, State, SyncService, SyncStatus
from crmdesk.ui.timeline_pane import TimelinePane
from crmdesk.ui.wheel import install as guard_wheels

LAYOUT_VERSION = 1
#: The open account's card, its duplicate's, and both as the merge rules see them.
_MergePair = tuple[q.Card | None, q.Card | None, tuple[MergeSide, MergeSide] | None]


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, secrets: SecretStore | None = None,
                 sync_interval_s: int | None = None) -> None:
        """`secrets` holds the sync token (default: the OS keyring, opened when first
        needed); tests pass crmdesk.secrets.MemoryStore."""
        super().__init__()
        guard_wheels()  # before any pane is built: a wheel scrolls, never changes a value
        self._collector = UiThreadCollector(self)  # Qt objects die on the UI thread
        # The window's saves and a background sync's batches take turns on one lock,
        # so a save waits for one batch at most and never meets "database is locked".
        ctx.store = taking_turns(ctx.store)
        self.ctx = ctx
        self._secrets = secrets
        ctx.secrets = self.secret_store  # the commands keep tokens where the window does
        self.sync = SyncService(ctx.store, ctx.bus, self.secret_store,
                                sync_interval_s or SYNC_INTERVAL.get(ctx.settings), self)
        self.sign_in_dialog: SignInDialog | None = None
        self.conflicts_view: ConflictsView | None = None
        self.setWindowTitle(self.tr("crmdesk — {0}").format(ctx.user.display_name))
        self.setDockNestingEnabled(True)
        self.queue = QueuePane(ctx)
        self.card = CardPane(ctx)
        self.graph = GraphPane(ctx)
        self.timeline = TimelinePane(ctx)
        self.docks: dict[str, QDockWidget] = {}
        # Docks only: the user arranges the panes; the central area stays empty.
        spacer = QWidget()
        spacer.setMaximumSize(0, 0)
        self.setCentralWidget(spacer)
        self._dock("queue", self.tr("Lead queue"), self.queue, Qt.DockWidgetArea.LeftDockWidgetArea)
        self._dock("card", self.tr("Customer card"), self.card,
                   Qt.DockWidgetArea.RightDockWidgetArea)
        self._dock("timeline", self.tr("Follow-up timeline"), self.timeline,
                   Qt.DockWidgetArea.RightDockWidgetArea)
        self.splitDockWidget(self.docks["card"], self.docks["timeline"],
                             Qt.Orientation.Horizontal)
        self._dock("graph", self.tr("Relationship graph"), self.graph,
                   Qt.DockWidgetArea.RightDockWidgetArea)
        self.splitDockWidget(self.docks["card"], self.docks["graph"], Qt.Orientation.Vertical)
        self._default_state = self.saveState(LAYOUT_VERSION)
        self._sized = False
        self._restored = False

        self.online = QLabel(self.tr("Local only — no server connected"))
        self.pending = QLabel()
        self.last_sync = QLabel(self.tr("Last sync: never"))
        self.online.setTextFormat(Qt.TextFormat.RichText)
        self.online.linkActivated.connect(lambda _link: self.sign_in())
        self.conflicts = QToolButton()
        self.conflicts.setAutoRaise(True)
        self.conflicts.setToolTip(self.tr("Values of yours that a later edit replaced"))
        self.conflicts.clicked.connect(self.show_conflicts)
        self.conflicts.hide()
        self.refused = QToolButton()
        self.refused.setAutoRaise(True)
        self.refused.setToolTip(self.tr("New records of yours the server refused: they stay "
                                        "here, marked, until you fix or discard them"))
        self.refused.clicked.connect(self.show_refused)
        self.refused.hide()
        self._refused_accounts: list[uuid.UUID] = []
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.who = QLabel()
        self._show_user()
        bar = self.statusBar()
        for widget in (self.progress, self.refused, self.conflicts, self.online, self.pending,
                       self.last_sync):
            bar.addPermanentWidget(widget)
        bar.addWidget(self.who)
        self._build_menus()
        self.card.action_requested.connect(self._card_action)
        self.card.merge_requested.connect(self.merge)
        ctx.runner.error.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._pending_timer = QTimer(self)
        self._pending_timer.setSingleShot(True)
        self._pending_timer.setInterval(200)
        self._pending_timer.timeout.connect(self.refresh_pending)
        self._pending_timer.timeout.connect(self.refresh_refused)
        ctx.bus.changed.connect(lambda _c: self._pending_timer.start())
        self.sync.status_changed.connect(self._show_sync)
        self.sync.progress.connect(self._show_progress)
        self.sync.synced.connect(self._synced)
        self.sync.user_arrived.connect(self._work_as)
        self.sync.records_forgotten.connect(self._forgotten)
        self._was_signed_in = False  # the last status was signed in (a token in use)
        self._show_sync(self.sync.status)
        self.refresh_pending()
        self.refresh_conflicts()
        self.refresh_refused()

    def _dock(self, name: str, title: str, pane: QWidget, area: Qt.DockWidgetArea) -> None:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{name}")
        dock.setWidget(pane)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable |
                         QDockWidget.DockWidgetFeature.DockWidgetFloatable |
                         QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        self.docks[name] = dock

    def _action(self, name: str, text: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys(name)))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file = menu.addMenu(self.tr("&File"))
        file.addAction(self._action("new_lead", self.tr("New lead…"), self.new_lead))
        file.addAction(self._action("new_contact", self.tr("New contact…"), self.new_contact))
        file.addAction(self._action("import", self.tr("Import leads…"), self.import_leads))
        file.addSeparator()
        file.addAction(self._action("quit", self.tr("Quit"), self.close))
        account = menu.addMenu(self.tr("&Account"))
        account.addAction(self._action("log", self.tr("Log an activity"),
                                       self.timeline.focus_form))
        account.addAction(self._action("contract", self.tr("Record contract and payment…"),
                                       lambda: self._card_action("contract")))
        account.addAction(self._action("lost", self.tr("Mark lost…"),
                                       lambda: self._card_action("lost")))
        account.addAction(self._action("claim", self.tr("Claim from team pool"),
                                       lambda: self._card_action("claim")))
        account.addSeparator()
        account.addAction(self._action("next_row", self.tr("Next account"),
                                       lambda: self.queue.step(1)))
        account.addAction(self._action("prev_row", self.tr("Previous account"),
                                       lambda: self.queue.step(-1)))
        view = menu.addMenu(self.tr("&View"))
        view.addAction(self._action("search", self.tr("Search…"), self.queue.focus_search))
        for name, pane_focus in (("focus_queue", self.queue.table.setFocus),
                                 ("focus_card", self.card.setFocus),
                                 ("focus_graph", self.graph.view.setFocus),
                                 ("focus_timeline", self.timeline.list.setFocus)):
            dock = self.docks[name.removeprefix("focus_")]
            view.addAction(self._action(name, dock.windowTitle(),
                                        lambda d=dock, f=pane_focus: (d.show(), d.raise_(),
                                                                      f())))
        view.addSeparator()
        for dock in self.docks.values():
            view.addAction(dock.toggleViewAction())
        reset = QAction(self.tr("Reset layout"), self)
        reset.triggered.connect(self.reset_layout)
        view.addAction(reset)
        view.addAction(self._action("refresh", self.tr("Reload"),
                                    lambda: self.ctx.bus.announce_changes(changes.ALL)))
        sync = menu.addMenu(self.tr("&Sync"))
        self.sign_in_action = sync.addAction(self.tr("Sign in to server…"))
        self.sign_in_action.triggered.connect(self.sign_in)
        sync.addAction(self._action("sync_now", self.tr("Sync now"), self.sync_now))
        self.sign_out_action = sync.addAction(self.tr("Sign out"))
        self.sign_out_action.triggered.connect(self.sign_out)
        sync.addSeparator()
        sync.addAction(self._action("conflicts", self.tr("Conflicts…"), self.show_conflicts))
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action("shortcuts", self.tr("Keyboard shortcuts"),
                                         lambda: ShortcutsDialog(self).exec()))

    # ---- state ----------------------------------------------------------------------
    def restore_layout(self) -> None:
        geometry = self.ctx.settings.value("window/geometry")
        state = self.ctx.settings.value("window/state")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self._restored = self.restoreState(state, LAYOUT_VERSION)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._sized and not self._restored:
            self._sized = True
            self.size_docks()

    def reset_layout(self) -> None:
        self.restoreState(self._default_state, LAYOUT_VERSION)
        for dock in self.docks.values():
            dock.show()
        self.size_docks()

    def size_docks(self) -> None:
        """Default proportions: a wide queue, the card over the graph, the timeline right."""
        width, height = self.width(), self.height()
        self.resizeDocks([self.docks["queue"], self.docks["card"], self.docks["timeline"]],
                         [int(width * 0.34), int(width * 0.36), int(width * 0.30)],
                         Qt.Orientation.Horizontal)
        self.resizeDocks([self.docks["card"], self.docks["graph"]],
                         [int(height * 0.52), int(height * 0.48)], Qt.Orientation.Vertical)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.sync.shut_down()
        self.ctx.runner.wait(10000)  # queued writes first, then the draft
        self.timeline.keep_draft(now=True)
        self.ctx.settings.setValue("window/geometry", self.saveGeometry())
        self.ctx.settings.setValue("window/state", self.saveState(LAYOUT_VERSION))
        self.ctx.settings.sync()
        # a pane's delayed reload or check must not start work for widgets about to go
        for timer in self.findChildren(QTimer):
            timer.stop()
        self.ctx.runner.shut_down()
        self._collector.stop()
        super().closeEvent(event)

    def is_settled(self, background: bool = True) -> bool:
        """Every pane has shown its data and no work is pending; with `background`
        False, checks shown a moment later (the duplicate banner) may still run."""
        if background and (self.ctx.runner.background_pending or
                           self.card.duplicate_check_pending):
            return False
        return (self.ctx.runner.pending == 0 and self.queue.is_loaded and
                not self.queue.reload_pending and
                self.card.is_loaded and self.timeline.is_loaded and
                (self.graph.is_loaded or self.ctx.selection.account_id is None))

    def refresh_pending(self) -> None:
        self.ctx.read(pending_count, self._show_pending, key="pending")

    def _show_pending(self, count: int) -> None:
        self.pending.setText(self.tr("1 change waiting to sync") if count == 1 else
                             self.tr("{0} changes waiting to sync").format(count))

    # ---- actions --------------------------------------------------------------------
    def _current(self) -> uuid.UUID | None:
        account_id = self.ctx.selection.account_id
        if account_id is None:
            self.statusBar().showMessage(self.tr("Select an account first."), 5000)
        return account_id

    def new_lead(self) -> None:
        dialog = NewLeadDialog(self.ctx, self)
        dialog.check()
        if dialog.exec() == NewLeadDialog.DialogCode.Accepted and dialog.created is not None:
            self.ctx.selection.select_account(dialog.created)

    def import_leads(self) -> None:
        ImportDialog(self.ctx, self).exec()

    def new_contact(self) -> None:
        account_id = self._current()
        if account_id is None or self.card.data is None:
            return
        NewContactDialog(self.ctx, account_id, self.card.data.card.name, self).exec()

    def _card_action(self, action: str) -> None:
        account_id = self._current()
        if account_id is None or self.card.data is None:
            return
        name = self.card.data.card.name
        if action == "lost":
            LostDialog(self.ctx, account_id, name, self).exec()
        elif action == "reopen":
            def said(check: MoveCheck) -> None:
                if not check.allowed:
                    QMessageBox.information(self, self.tr("Not possible"), check.reason)

            self.ctx.command(lambda app: accounts.reopen(app, account_id), said)
        elif action == "contract":
            ContractDialog(self.ctx, account_id, self).exec()
        elif action == "claim":
            self.ctx.command(lambda app: accounts.claim(app, account_id))

    def merge(self, open_id: uuid.UUID, other_id: uuid.UUID) -> None:
        """Compare the open account with its duplicate; merge as the user chooses."""
        today = self.ctx.today()
        reasons = next((c.reasons for c in self.card.duplicates if c.ref == other_id.hex), ())

        def query(session: Session) -> _MergePair:
            return (q.card(session, open_id, today), q.card(session, other_id, today),
                    merge_pair(session, open_id, other_id))

        def ask(result: _MergePair) -> None:
            first, second, sides = result
            if first is None or second is None or sides is None:
                self.statusBar().showMessage(self.tr("One of the accounts is gone."), 5000)
                return
            dialog = MergeDialog((first, second), sides, reasons, self)
            accepted = dialog.exec() == MergeDialog.DialogCode.Accepted
            survivor, dropped, choices = (dialog.survivor_id(), dialog.dropped_id(),
                                          dialog.choices())
            # Deleted here, on the UI thread: its signal connections make reference
            # cycles, and a garbage collection on a worker thread must not free it.
            dialog.deleteLater()
            if not accepted:
                return
            names = {first.id: first.name, second.id: second.name}

            def merged(done: MergeResult) -> None:
                if self.ctx.selection.account_id == done.dropped:
                    self.ctx.selection.select_account(done.kept)
                self.statusBar().showMessage(self.tr("Merged {0} into {1}.").format(
                    names[done.dropped], names[done.kept]), 8000)

            self.ctx.command(lambda app: accounts.merge(app, survivor, dropped, choices),
                             merged)

        self.ctx.read(query, ask)

    # ---- sync -----------------------------------------------------------------------
    def secret_store(self) -> SecretStore:
        if self._secrets is None:
            self._secrets = KeyringStore()
        return self._secrets

    def start_sync(self) -> None:
        """Sync now if signed in, and keep syncing. A workspace whose token is gone (no
        keyring last time) or refused (expired, revoked) asks for the password once the
        first attempt finds out (the keyring is read off the UI thread)."""
        self.sync.start()

    def sign_in(self, note: str | None = None) -> None:
        if self.sign_in_dialog is None or not self.sign_in_dialog.isVisible():
            self.sign_in_dialog = SignInDialog(self.sync, self,
                                               note or self.sync.keyring_warning())
        self.sign_in_dialog.open()  # window-modal, but the event loop keeps running
        self.sign_in_dialog.raise_()

    def sync_now(self) -> None:
        if self.sync.signed_in:
            self.sync.sync_now()
        else:
            self.sign_in()

    def sign_out(self) -> None:
        self.sync.sign_out()
        self.statusBar().showMessage(self.tr("Signed out: your work stays on this laptop "
                                             "until you sign in again."), 8000)

    def show_conflicts(self) -> None:
        if self.conflicts_view is None:
            self.conflicts_view = ConflictsView(self.ctx, self)
            self.conflicts_view.resolved.connect(self.refresh_conflicts)
        self.conflicts_view.reload()
        self.conflicts_view.show()
        self.conflicts_view.raise_()

    def refresh_conflicts(self) -> None:
        self.ctx.read(unresolved_count, self._show_conflicts, key="conflict-count")

    def _show_conflicts(self, count: int) -> None:
        self.conflicts.setText(self.tr("⚠ 1 conflict") if count == 1 else
                               self.tr("⚠ {0} conflicts").format(count))
        self.conflicts.setStyleSheet(f"color: {warning_color(self).name()}; "
                                     "font-weight: bold;")
        self.conflicts.setVisible(count > 0)

    def refresh_refused(self) -> None:
        self.ctx.read(refused.accounts, self._show_refused, key="refused-count")

    def _show_refused(self, accounts: list[uuid.UUID]) -> None:
        self._refused_accounts = accounts
        self.refused.setText(self.tr("⚠ 1 company with a refused record") if len(accounts) == 1
                             else self.tr("⚠ {0} companies with refused records").format(
                                 len(accounts)))
        self.refused.setStyleSheet(f"color: {error_color(self).name()}; font-weight: bold;")
        self.refused.setVisible(bool(accounts))

    def show_refused(self) -> None:
        """Open the next company with a refused record, wherever it is in the queues."""
        if not self._refused_accounts:
            return
        current = self.ctx.selection.account_id
        at = (self._refused_accounts.index(current) + 1
              if current in self._refused_accounts else 0)
        self.ctx.selection.select_account(
            self._refused_accounts[at % len(self._refused_accounts)])

    def _show_user(self) -> None:
        user = self.ctx.user
        self.setWindowTitle(self.tr("crmdesk — {0}").format(user.display_name))
        self.who.setText(self.tr("{0} ({1})").format(user.display_name, user.role.value))

    def _show_sync(self, status: SyncStatus) -> None:
        host = urlsplit(status.server or "").netloc or status.server or ""
        dot = '<span style="color:{0}">●</span> '
        if status.state is State.LOCAL:
            text, tip = self.tr("Local only — no server connected"), ""
        elif status.state is State.SIGN_IN:
            text = (dot.format(error_color(self).name()) + '<a href="sign-in">' +
                    html.escape(self.tr("Sign in needed")) + "</a>")
            tip = status.message or ""
        elif status.syncing:
            text = dot.format(ok_color(self).name()) + html.escape(
                self.tr("Syncing with {0}…").format(host))
            tip = ""
        elif status.state is State.ONLINE:
            text = dot.format(ok_color(self).name()) + html.escape(self.tr("Online"))
            tip = self.tr("Syncing with {0} as {1}").format(status.server, status.username)
        elif status.state is State.OFFLINE:
            text = dot.format(muted(self).name()) + html.escape(
                self.tr("Offline — changes are kept"))
            tip = status.message or ""
        else:
            text = dot.format(warning_color(self).name()) + html.escape(
                self.tr("Sync problem"))
            tip = status.message or ""
        self.online.setText(text)
        self.online.setToolTip(tip)
        self.sign_out_action.setEnabled(status.state is not State.LOCAL)
        self.progress.setVisible(status.syncing and status.first)
        if status.syncing and status.first and self.progress.maximum() != 0:
            self.progress.setRange(0, 0)  # busy until the first figures arrive
        self.stamp_sync(status.last_sync)
        # a sync found no token (no keyring last run) or the server refused it (expired,
        # revoked, another workspace's): ask for the password, once; syncing waits
        refused = status.state is State.SIGN_IN and self._was_signed_in
        self._was_signed_in = status.state not in (State.LOCAL, State.SIGN_IN)
        if refused and status.username:
            self.sign_in(note=self.sync.keyring_warning() or status.message)

    def _show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, max(total, done))
            self.progress.setValue(done)
            self.progress.setFormat(self.tr("Receiving {0:,} of {1:,}").format(
                done, max(total, done)))

    def _synced(self, outcome: SyncOutcome) -> None:
        self._show_pending(outcome.pending)
        self._show_conflicts(outcome.conflicts)
        self.refresh_refused()
        if self.conflicts_view is not None and self.conflicts_view.isVisible():
            self.conflicts_view.reload()
        if outcome.user is not None:
            self._work_as(outcome.user)

    def _forgotten(self) -> None:
        """The workspace was someone else's: what the panes show of it goes now."""
        self.statusBar().showMessage(self.tr(
            "This workspace held another person's records: they were removed from this "
            "laptop, and yours are arriving."), 15000)
        self.ctx.bus.announce_changes(changes.ALL)

    def _work_as(self, user: q.UserRef) -> None:
        """Signed in as a server user: work as them from now on."""
        if user != self.ctx.user:
            role_before, self.ctx.user = self.ctx.user.role, user
            self._show_user()
            self.queue.user_changed(role_before)
            self.ctx.bus.announce_changes(changes.ALL)

    def stamp_sync(self, when: datetime | None) -> None:
        if when is None:
            shown = self.tr("never")
        elif when.date() == datetime.now().date():
            shown = when.strftime("%H:%M")
        else:
            shown = when.strftime("%Y-%m-%d %H:%M")
        self.last_sync.setText(self.tr("Last sync: {0}").format(shown))
