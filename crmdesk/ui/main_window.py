"""The workstation window: four docks around the rep's day (crmdesk.ui.window_docks),
menus (crmdesk.ui.window_menus), a status bar with sync (crmdesk.ui.sync_status). This
module wires them and holds what the user does from the menus and the card: each action
opens its dialog or runs its command (crmdesk.app), nothing more."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QTableView
from sqlalchemy.orm import Session

from crmdesk.app import accounts, care
from crmdesk.app.syncing import SyncOutcome
from crmdesk.domain.lifecycle import MoveCheck
from crmdesk.domain.merge import MergeSide
from crmdesk.secrets import KeyringStore, SecretStore
from crmdesk.store import queries as q
from crmdesk.store.duplicates import merge_pair
from crmdesk.store.models import Role
from crmdesk.store.service_queries import RuleSetup
from crmdesk.store.turns import taking_turns
from crmdesk.store.writes import MergeResult
from crmdesk.ui import changes
from crmdesk.ui.agenda_pane import AgendaPane
from crmdesk.ui.agenda_reminders import AgendaReminders
from crmdesk.ui.card_pane import CardPane
from crmdesk.ui.collector import UiThreadCollector
from crmdesk.ui.conflicts_view import ConflictsView
from crmdesk.ui.contact_dialog import NewContactDialog
from crmdesk.ui.context import AppContext
from crmdesk.ui.contract_dialogs import ContractDialog, PaymentDialog
from crmdesk.ui.day_watch import DayWatch
from crmdesk.ui.dialogs import (
    LostDialog,
    MergeDialog,
    NewLeadDialog,
)
from crmdesk.ui.graph_pane import GraphPane
from crmdesk.ui.handoff_dialog import HandoffDialog, read_setup
from crmdesk.ui.import_dialog import ImportDialog
from crmdesk.ui.mail_settings_dialog import open_mail_settings
from crmdesk.ui.outbox_service import OutboxService
from crmdesk.ui.outbox_view import OutboxView
from crmdesk.ui.queue_pane import QueuePane
from crmdesk.ui.review_pane import ReviewWindow
from crmdesk.ui.send_dialog import Recipients, SendDialog
from crmdesk.ui.service_queue import ServiceQueuePane
from crmdesk.ui.settings import SYNC_INTERVAL, WORK
from crmdesk.ui.settings_dialog import SettingsDialog
from crmdesk.ui.sign_in_dialog import SignInDialog
from crmdesk.ui.start_here import IMPORT, NEW_LEAD, SYNC
from crmdesk.ui.sync_service import State, SyncService, SyncStatus
from crmdesk.ui.sync_status import StatusBar
from crmdesk.ui.templates_dialog import TemplatesDialog, open_templates
from crmdesk.ui.timeline_pane import TimelinePane
from crmdesk.ui.web_lead_notice import WebLeadNotice
from crmdesk.ui.window_docks import Docks
from crmdesk.ui.window_menus import build_menus, show_actions_of_role
from crmdesk.ui.words import move_words

#: The open account's card, its duplicate's, and both as the merge rules see them.
_MergePair = tuple[q.Card | None, q.Card | None, tuple[MergeSide, MergeSide] | None]


class MainWindow(QMainWindow):
    sign_in_action: QAction
    sign_out_action: QAction
    focus_queue_action: QAction
    #: menu items shown only to the roles that may use them (crmdesk.ui.window_menus)
    role_actions: list[tuple[QAction, Callable[[Role], bool]]]

    def __init__(self, ctx: AppContext, secrets: SecretStore | None = None,
                 sync_interval_s: int | None = None) -> None:
        """`secrets` holds the sync token (default: the OS keyring, opened when first
        needed); tests pass crmdesk.secrets.MemoryStore."""
        super().__init__()
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
        self.review: ReviewWindow | None = None
        self.handoff_dialog: HandoffDialog | None = None
        self.send_dialog: SendDialog | None = None
        self.outbox_view: OutboxView | None = None
        #: sends the message outbox in the background (crmdesk.ui.outbox_service)
        self.outbox = OutboxService(ctx, self)
        self.setWindowTitle(self.tr("crmdesk — {0}").format(ctx.user.display_name))
        self.queue = QueuePane(ctx)
        # a service user works their onboarding tasks where a rep's queue stands
        self.service_queue = ServiceQueuePane(ctx)
        self.queues = QStackedWidget()
        self.queues.addWidget(self.queue)
        self.queues.addWidget(self.service_queue)
        self.card = CardPane(ctx)
        self.graph = GraphPane(ctx)
        self.timeline = TimelinePane(ctx)
        self.agenda = AgendaPane(ctx)
        self.dock_layout = Docks(self, {"queue": (self.tr("Lead queue"), self.queues),
                                    "card": (self.tr("Customer card"), self.card),
                                    "timeline": (self.tr("Follow-up timeline"), self.timeline),
                                    "graph": (self.tr("Relationship graph"), self.graph),
                                    "agenda": (self.tr("Agenda"), self.agenda)})
        self.docks = self.dock_layout.docks
        self._show_queue_of_role()
        self._sized = False
        self.status = StatusBar(ctx, self.statusBar(), self)
        # the status bar's widgets, by the names the tests and the bench know
        self.online, self.pending, self.last_sync = (self.status.online, self.status.pending,
                                                     self.status.last_sync)
        self.conflicts, self.refused, self.progress = (self.status.conflicts,
                                                       self.status.refused,
                                                       self.status.progress)
        self.status.sign_in_clicked.connect(self.sign_in)
        self.status.conflicts_clicked.connect(self.show_conflicts)
        self.status.outbox_clicked.connect(self.show_outbox)
        self.outbox.counts_changed.connect(self.status.show_outbox)
        self.outbox.delivered.connect(self._delivered)
        self.outbox.refresh()
        build_menus(self)
        self.card.action_requested.connect(self.card_action)
        self.card.merge_requested.connect(self.merge)
        self.card.message_requested.connect(self.message_contact)
        self.queue.message_requested.connect(self.message_accounts)
        self.queue.reminders.suggested.connect(self.send_suggestion)
        self.queue.start_requested.connect(self.start_with)
        self.card.start_requested.connect(self.start_with)
        self.card.contracts.record_requested.connect(self.record_money)
        self.graph.deal_opened.connect(self.card.deals.open_deal)  # read-only to a member
        self.sync.status_changed.connect(self._show_sync)
        self.sync.progress.connect(self.status.show_progress)
        self.sync.synced.connect(self._synced)
        self.sync.synced.connect(self.outbox.synced)
        self.web_leads = WebLeadNotice(ctx, self.status, self)
        self.sync.synced.connect(self.web_leads.synced)
        # what falls due on the agenda, told as it does (and at start, what is overdue)
        self.reminders = AgendaReminders(ctx, self.statusBar(), self.open_account, parent=self)
        self.agenda.items_loaded.connect(self.reminders.set_items)
        if self.agenda.is_loaded:
            self.reminders.set_items(self.agenda.items)
        self.sync.user_arrived.connect(self._work_as)
        self.sync.records_forgotten.connect(self._forgotten)
        self._was_signed_in = False  # the last status was signed in (a token in use)
        self._show_sync(self.sync.status)
        self.day_watch = DayWatch(ctx, self)  # after the panes: they hear what it changed

    # ---- layout ---------------------------------------------------------------------
    def restore_layout(self) -> None:
        self.dock_layout.restore(self.ctx.settings)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._sized and not self.dock_layout.restored:
            self._sized = True
            self.dock_layout.size()

    def reset_layout(self) -> None:
        self.dock_layout.reset()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        for dialog in self.findChildren(ImportDialog):  # an import running stops
            dialog.close()
        self.sync.shut_down()
        self.outbox.shut_down()
        self.ctx.runner.wait(10000)  # queued writes first, then the draft
        self.timeline.keep_draft(now=True)
        self.dock_layout.save(self.ctx.settings)
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
                not self.queue.reload_pending and self.service_queue.is_loaded and
                not self.service_queue.reload_pending and
                self.card.is_loaded and self.card.contracts.is_loaded and
                self.card.membership.is_loaded and
                self.timeline.is_loaded and
                self.agenda.is_loaded and not self.agenda.reload_pending and
                (self.graph.is_loaded or self.ctx.selection.account_id is None))

    # ---- actions --------------------------------------------------------------------
    def _current(self) -> uuid.UUID | None:
        account_id = self.ctx.selection.account_id
        if account_id is None:
            self.status.say(self.tr("Select an account first."), 5000)
        return account_id

    def new_lead(self) -> None:
        dialog = NewLeadDialog(self.ctx, self)
        dialog.check()
        if dialog.exec() == NewLeadDialog.DialogCode.Accepted and dialog.created is not None:
            self.ctx.selection.select_account(dialog.created)

    def start_with(self, what: str) -> None:
        """An empty workspace's first step, as its panes offer it (crmdesk.ui.start_here)."""
        if what == IMPORT:
            self.import_leads()
        elif what == NEW_LEAD:
            self.new_lead()
        elif what == SYNC:
            self.sync_now()  # asks to sign in first when not signed in

    def import_leads(self) -> None:
        ImportDialog(self.ctx, self).exec()

    def choose_phone_region(self) -> None:
        self.open_settings(WORK)

    def open_settings(self, page: str | None = None) -> SettingsDialog:
        """File ▸ Settings…, on `page` (crmdesk.ui.settings.PAGES) if given."""
        dialog = SettingsDialog(self.ctx, self, page)
        dialog.changed.connect(self._settings_changed)
        dialog.open()
        return dialog

    def _settings_changed(self, keys: list[str]) -> None:
        if SYNC_INTERVAL.key in keys:
            self.sync.set_interval(SYNC_INTERVAL.get(self.ctx.settings))

    def new_contact(self) -> None:
        account_id = self._current()
        if account_id is None or self.card.data is None:
            return
        NewContactDialog(self.ctx, account_id, self.card.data.card.name, self).exec()

    def new_deal(self) -> None:
        if self._current() is not None:
            self.card.deals.new_deal()

    def card_action(self, action: str) -> None:
        """Lost, reopen, contract, payment or claim on the open account."""
        account_id = self._current()
        if account_id is None or self.card.data is None:
            return
        name = self.card.data.card.name
        if action == "lost":
            LostDialog(self.ctx, account_id, name, self).exec()
        elif action == "reopen":
            def said(check: MoveCheck) -> None:
                if not check.allowed:
                    QMessageBox.information(self, self.tr("Not possible"), move_words(check))

            self.ctx.command(lambda app: accounts.reopen(app, account_id), said)
        elif action in ("contract", "payment"):
            self.record_money(action, None)
        elif action == "claim":
            self.ctx.command(lambda app: accounts.claim(app, account_id))

    def show_owner(self, user_id: uuid.UUID | None) -> bool:
        """Bring the lead queue forward on one person's accounts (None: the team's pool),
        as the review asks when a lead opens a rep's queue; False when the user may not
        see that person's (a rep, or someone of another team)."""
        shown = self.queue.show_owner(user_id)
        if shown:
            self.docks["queue"].show()
            self.docks["queue"].raise_()
        return shown

    def record_money(self, what: str, contract_id: uuid.UUID | None) -> None:
        """A new contract, or a payment (on `contract_id`, or one the user picks)."""
        account_id = self._current()
        if account_id is None or self.card.data is None:
            return
        if what == "contract":
            ContractDialog(self.ctx, account_id, self.card.data.card.name, self).exec()
        else:
            PaymentDialog(self.ctx, account_id, self, contract_id).exec()

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
                self.status.say(self.tr("One of the accounts is gone."), 5000)
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
                self.status.say(self.tr("Merged {0} into {1}.").format(
                    names[done.dropped], names[done.kept]))

            self.ctx.command(lambda app: accounts.merge(app, survivor, dropped, choices),
                             merged)

        self.ctx.read(query, ask)

    def open_handoff(self) -> None:
        """The team's hand-off to service: a lead edits it, anyone else reads it."""

        def show(setup: RuleSetup | None) -> None:
            if setup is None:
                self.status.say(self.tr("There is no team yet, so no hand-off rule."), 5000)
                return
            if self.handoff_dialog is not None:
                self.handoff_dialog.deleteLater()
            self.handoff_dialog = HandoffDialog(self.ctx, setup, self)
            self.handoff_dialog.open()

        self.ctx.read(read_setup(self.ctx), show, key="handoff-rule")

    def show_review(self) -> ReviewWindow:
        """The team review in its own window (made on first use), over this one."""
        if self.review is None:
            self.review = ReviewWindow(self.ctx, self)
            self.review.pane.account_opened.connect(self.open_account)
            self.review.pane.deal_opened.connect(self.open_deal)
            self.review.pane.queue_opened.connect(self.open_queue_of)
            self.review.pane.message_requested.connect(self.message_accounts)
            self.review.resize(self.size())
        self.review.show()
        self.review.raise_()
        self.review.activateWindow()
        return self.review

    def open_account(self, account_id: uuid.UUID) -> None:
        """Show an account in the panes (asked from the review, or a reminder clicked),
        this window in front: brought back first if it was minimised (a reminder is
        mostly clicked while the user works elsewhere)."""
        self.ctx.selection.select_account(account_id)
        if self.isMinimized():
            self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
            self.show()
        self.raise_()
        self.activateWindow()

    def show_agenda(self) -> None:
        """Bring the agenda forward, the keyboard on its current item."""
        self.docks["agenda"].show()
        self.docks["agenda"].raise_()
        self.agenda.focus()

    def open_queue_of(self, user_id: uuid.UUID) -> bool:
        """Show a person's queue (asked from the review), this window in front."""
        shown = self.show_owner(user_id)
        if not shown:
            self.status.say(self.tr("That person's queue is not yours to open."), 5000)
        self.raise_()
        self.activateWindow()
        return shown

    def open_deal(self, account_id: uuid.UUID, deal_id: uuid.UUID) -> None:
        """Show a deal's account and open the deal in its editor (from the review)."""
        self.open_account(account_id)
        self.card.deals.open_deal(deal_id)

    # ---- messages -------------------------------------------------------------------
    def send_message(self, to: Recipients) -> SendDialog:
        """Open the send dialog for these people (one at a time: a new one replaces a
        dialog not yet sent from)."""
        if self.send_dialog is not None and self.send_dialog.isVisible() and \
                self.send_dialog.queued is None:
            self.send_dialog.close()
        dialog = SendDialog(self.ctx, self.outbox, to, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.outbox_button.clicked.connect(self.show_outbox)
        dialog.destroyed.connect(lambda _o=None: self._forget_send(dialog))
        self.send_dialog = dialog
        dialog.show()
        return dialog

    def _forget_send(self, dialog: SendDialog) -> None:
        if self.send_dialog is dialog:
            self.send_dialog = None

    def message_contact(self, contact_id: uuid.UUID | None = None) -> SendDialog | None:
        """Write to one contact: the one given (from the card's menu), else the one
        chosen on the card, else the open company's only contact."""
        people = self.card.data.contacts if self.card.data is not None else []
        if contact_id is None:
            contact_id = self.ctx.selection.contact_id
        if contact_id is None and len(people) == 1:
            contact_id = people[0].id
        chosen = next((p for p in people if p.id == contact_id), None)
        if chosen is None or self.card.data is None:
            self.status.say(self.tr("Choose a contact on the card first (click their "
                                    "name)."), 6000)
            return None
        return self.send_message(Recipients(
            self.tr("{0} at {1}").format(chosen.name, self.card.data.card.name),
            contact_ids=(chosen.id,)))

    def message_accounts(self, account_ids: list[uuid.UUID], what: str) -> SendDialog:
        """Write to the people of these companies (from the queue or the review)."""
        self.raise_()
        self.activateWindow()
        return self.send_message(Recipients(what, account_ids=tuple(account_ids)))

    def send_suggestion(self, found: care.Suggestion) -> SendDialog | None:
        """A care reminder's message (Ctrl+M on it): the send dialog with the template
        it suggests chosen and its people as recipients, Enter away from sent; marked
        done once queued (the queue's Ctrl+Z takes the mark back)."""
        row = found.reminder
        why = [self.tr("The team has no template “{0}”: add one, or choose one in the "
                       "team's care settings.").format(found.wanted)
               ] if found.template is None else []
        if not found.contact_ids:
            why.append(self.tr("The company has no contact to write to."))
            self.status.say(" ".join(why), 8000)
            return None
        if why:  # no template of the kind: the rep chooses one in the dialog
            self.status.say(" ".join(why), 8000)
        n = len(found.contact_ids)
        what = (self.tr("{0} at {1}").format(row.reminder.subject, row.company)
                if row.contact_id is not None else
                self.tr("{0} ({1} people)").format(row.company, n) if n != 1 else
                self.tr("{0} (1 person)").format(row.company))
        dialog = self.send_message(Recipients(
            what, contact_ids=found.contact_ids,
            template=found.template.name if found.template is not None else None,
            reminder=row))
        dialog.marked.connect(self.queue.reminders.undo_stack.append)
        dialog.send_button.setFocus()
        return dialog

    def message_queue(self) -> None:
        if not self.queue.message_shown():
            self.status.say(self.tr("The queue shows no companies."), 5000)

    def message_selected(self) -> None:
        if not self.queue.message_selected():
            self.status.say(self.tr("Select companies in the queue first."), 5000)

    def open_templates(self) -> TemplatesDialog:
        return open_templates(self.ctx, self)

    def show_outbox(self) -> OutboxView:
        if self.outbox_view is None:
            self.outbox_view = OutboxView(self.ctx, self.outbox, self)
        else:
            self.outbox_view.reload()
        self.outbox_view.show()
        self.outbox_view.raise_()
        return self.outbox_view

    def open_mail_settings(self) -> None:
        open_mail_settings(self.ctx, self)

    def _delivered(self, report: object) -> None:
        """Say in the status bar what a round of the outbox did (when it did anything)."""
        from crmdesk.app.messages import Delivery

        assert isinstance(report, Delivery)
        if report.sent or report.failed or report.interrupted:
            text = self.tr("Messages: {0} sent, {1} failed, {2} waiting.").format(
                report.sent, report.failed + report.interrupted, report.waiting)
            self.status.say(text + (" " + self.tr("See the outbox for why.")
                                    if report.failed else ""), 10000)

    def start_outbox(self) -> None:
        """Mark what a run that died left "sending" as failed; send what waits."""
        self.outbox.start()

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
        self.status.say(self.tr("Signed out: your work stays on this laptop until you sign "
                                "in again."))

    def show_conflicts(self) -> None:
        if self.conflicts_view is None:
            self.conflicts_view = ConflictsView(self.ctx, self)
            self.conflicts_view.resolved.connect(self.status.refresh_conflicts)
        self.conflicts_view.reload()
        self.conflicts_view.show()
        self.conflicts_view.raise_()

    def _show_sync(self, status: SyncStatus) -> None:
        self.status.show_sync(status)
        self.sign_out_action.setEnabled(status.state is not State.LOCAL)
        # a sync found no token (no keyring last run) or the server refused it (expired,
        # revoked, another workspace's): ask for the password, once; syncing waits
        refused = status.state is State.SIGN_IN and self._was_signed_in
        self._was_signed_in = status.state not in (State.LOCAL, State.SIGN_IN)
        if refused and status.username:
            self.sign_in(note=self.sync.keyring_warning() or status.message)

    def _synced(self, outcome: SyncOutcome) -> None:
        self.status.show_synced(outcome)
        if self.conflicts_view is not None and self.conflicts_view.isVisible():
            self.conflicts_view.reload()
        if outcome.user is not None:
            self._work_as(outcome.user)

    def _forgotten(self) -> None:
        """The workspace was someone else's: what the panes show of it goes now."""
        self.status.say(self.tr(
            "This workspace held another person's records: they were removed from this "
            "laptop, and yours are arriving."), 15000)
        self.ctx.bus.announce_changes(changes.ALL)

    def _work_as(self, user: q.UserRef) -> None:
        """Signed in as a server user: work as them from now on."""
        if user != self.ctx.user:
            role_before, self.ctx.user = self.ctx.user.role, user
            if self.review is not None:  # its choices were the other user's
                self.review.close()
                self.review.deleteLater()
                self.review = None
            self.setWindowTitle(self.tr("crmdesk — {0}").format(user.display_name))
            self.status.show_user()
            self.queue.user_changed(role_before)
            self._show_queue_of_role()
            show_actions_of_role(self)
            self.ctx.bus.announce_changes(changes.ALL)

    def queue_table(self) -> QTableView:
        """The table of the queue the user works: the lead queue, or (a service user)
        their onboarding tasks."""
        return self.service_queue.table if self.serves else self.queue.table

    def step_queue(self, delta: int) -> None:
        """Move to the next or previous row of the queue the user works."""
        (self.service_queue if self.serves else self.queue).step(delta)

    @property
    def serves(self) -> bool:
        """The user is customer service: they work onboarding tasks, not leads."""
        return self.ctx.user.role is Role.SERVICE

    def _show_queue_of_role(self) -> None:
        """A service user's onboarding tasks, or the lead queue for everyone else."""
        serves = self.serves
        self.queues.setCurrentWidget(self.service_queue if serves else self.queue)
        self.docks["queue"].setWindowTitle(self.tr("Service tasks") if serves
                                           else self.tr("Lead queue"))
