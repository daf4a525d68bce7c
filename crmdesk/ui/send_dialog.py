"""Sending a template (Messages → Send…, a contact's "Send message…" on the card, the
queue's and the review's lists): the template, the exact message for each person in
turn (the first one first), and how many go, how many opted out and how many have no
address, all before anything is queued. Send queues them through
crmdesk.app.messages.queue_messages and the window's outbox service sends them in the
background; the dialog shows how far it got and what happened."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.app import care
from crmdesk.app import message_desk as desk
from crmdesk.app import messages as m
from crmdesk.app.changes import Changes
from crmdesk.domain.messages import MessageChannel, OutState
from crmdesk.store.care_queries import ReminderRow
from crmdesk.store.message_queries import TemplateRow
from crmdesk.ui.bidi import isolated
from crmdesk.ui.context import AppContext
from crmdesk.ui.outbox_service import OutboxService
from crmdesk.ui.style import error_color, muted, ok_color, scaled
from crmdesk.ui.wheel import ComboBox
from crmdesk.ui.words import care_text, refusal_words, sentence


@dataclass(frozen=True, slots=True)
class Recipients:
    """Whom a send is for: contacts named, and every contact of the companies named;
    `what` says it in words ("Ann at Acme Ltd.", "the 35 companies of My queue").
    A care reminder's message (`reminder`) names its template (`template`, chosen at
    once) and may mark the reminder done once queued."""

    what: str
    contact_ids: tuple[uuid.UUID, ...] = ()
    account_ids: tuple[uuid.UUID, ...] = ()
    template: str | None = None
    reminder: ReminderRow | None = None


class SendDialog(QDialog):
    """Choose a template, look at each message, see the counts, send. `marked` carries
    the care reminder marked done when its message was queued (for the queue's undo)."""

    marked = Signal(object)

    def __init__(self, ctx: AppContext, outbox: OutboxService, to: Recipients,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._outbox, self.to = ctx, outbox, to
        self.plan: m.Queued | None = None
        self.at = 0            # the person previewed, in the plan's order
        self.queued: m.Queued | None = None
        self.outcome: m.Delivery | None = None
        self._templates: list[TemplateRow] = []
        self.setWindowTitle(self.tr("Send a message"))
        self.heading = QLabel(self.tr("To: {0}").format(to.what))
        self.heading.setFont(scaled(self.font(), 1, bold=True))
        self.heading.setWordWrap(True)
        self.template = ComboBox()
        self.template.setMinimumContentsLength(24)
        self.edit_templates = QPushButton(self.tr("Templates…"))
        self.edit_templates.setAutoDefault(False)
        self.edit_templates.setToolTip(self.tr("Write or change the team's templates"))
        self.edit_templates.clicked.connect(self._open_templates)
        # a reminder's message: marked done once queued, unless the rep says otherwise
        self.mark_done = QCheckBox()
        self.mark_done.setVisible(to.reminder is not None)
        self.mark_done.setChecked(to.reminder is not None)
        if to.reminder is not None:
            self.mark_done.setText(self.tr("Mark “{0}” done once it is queued").format(
                care_text(to.reminder.reminder)))
            self.mark_done.setToolTip(self.tr(
                "The outbox sends it (and again, when the server is away); Ctrl+Z in "
                "the reminders takes the mark back"))
        self.counts = QLabel(self.tr("Looking up whom it goes to…"))
        self.counts.setWordWrap(True)
        self.counts.setFont(scaled(self.font(), 0, bold=True))
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.previous = QPushButton(self.tr("◀ Previous"))
        self.next = QPushButton(self.tr("Next ▶"))
        for button, step in ((self.previous, -1), (self.next, 1)):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, s=step: self.step(s))
        self.subject = QLabel()
        self.subject.setFont(scaled(self.font(), 0, bold=True))
        self.subject.setWordWrap(True)
        self.subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = QPlainTextEdit()
        self.body.setReadOnly(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"QLabel {{ color: {muted(self).name()}; }}")
        self.progress = QProgressBar()
        self.progress.hide()
        self.outcome_label = QLabel()
        self.outcome_label.setWordWrap(True)
        self.outcome_label.hide()
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setDefault(True)
        self.send_button.setEnabled(False)
        self.send_button.clicked.connect(self.send)
        self.outbox_button = QPushButton(self.tr("Open outbox"))
        self.outbox_button.setAutoDefault(False)
        self.outbox_button.hide()
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Template")))
        choose.addWidget(self.template, 1)
        choose.addWidget(self.edit_templates)
        steps = QHBoxLayout()
        steps.addWidget(self.who, 1)
        steps.addWidget(self.previous)
        steps.addWidget(self.next)
        foot = QHBoxLayout()
        foot.addWidget(self.outbox_button)
        foot.addStretch(1)
        foot.addWidget(self.send_button)
        foot.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(choose)
        layout.addWidget(self.counts)
        layout.addLayout(steps)
        layout.addWidget(self.subject)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.mark_done)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome_label)
        layout.addLayout(foot)
        self.resize(720, 560)
        self.template.currentIndexChanged.connect(lambda _i: self.plan_send())
        outbox.progress.connect(self._progress)
        outbox.delivered.connect(self._delivered)
        ctx.bus.changed.connect(self._on_changes)
        self._show_step()
        self.load_templates()

    # ---- the templates --------------------------------------------------------------------
    def load_templates(self) -> None:
        app = self._ctx.app
        self._ctx.runner.run(lambda: m.templates(app), self._fill_templates,
                             key="send-templates")

    def _fill_templates(self, rows: list[TemplateRow]) -> None:
        if not shiboken6.isValid(self):
            return
        # the one chosen before a reload, else the one the reminder suggests
        was = self.template.currentData() or self.to.template
        self._templates = rows
        self.template.blockSignals(True)
        self.template.clear()
        for row in rows:
            kind = self.tr("Email") if row.channel is MessageChannel.EMAIL else self.tr("SMS")
            self.template.addItem(f"{row.name}  ({kind})", row.name)
        at = self.template.findData(was) if was is not None else 0
        self.template.setCurrentIndex(max(0, at))
        self.template.blockSignals(False)
        if not rows:
            self.counts.setText(self.tr("Your team has no templates yet: write one first "
                                        "(Templates…)."))
            self.send_button.setEnabled(False)
            return
        self.plan_send()

    def _on_changes(self, change: Changes) -> None:
        if m.TEMPLATES in change.what and self.queued is None:
            self.load_templates()

    def _open_templates(self) -> None:
        from crmdesk.ui.templates_dialog import open_templates

        open_templates(self._ctx, self, self.template.currentData())

    # ---- the plan: who gets what -------------------------------------------------------
    def plan_send(self) -> None:
        """Render the chosen template for everyone (a dry run, on a worker)."""
        name = self.template.currentData()
        if name is None or self.queued is not None:
            return
        self.plan = None
        self.send_button.setEnabled(False)
        self.counts.setText(self.tr("Preparing the messages…"))
        app, to = self._ctx.app, self.to

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self.counts.setText(refusal_words(exc))
                self.counts.setStyleSheet(f"QLabel {{ color: {error_color(self).name()}; }}")

        self._ctx.runner.run(lambda: m.queue_messages(
            app, name, contact_ids=to.contact_ids, account_ids=to.account_ids,
            dry_run=True).value, self._planned, failed, key="send-plan")

    def _planned(self, plan: m.Queued) -> None:
        if not shiboken6.isValid(self) or self.queued is not None:
            return
        self.plan = plan
        self.counts.setStyleSheet("")
        self.counts.setText(self.counts_text(plan))
        # the first one that goes is shown first
        self.at = next((i for i, p in enumerate(plan.planned) if p.skipped is None), 0)
        self.send_button.setText(self.tr("Send {0} message(s)").format(plan.to_send)
                                 if plan.to_send != 1 else self.tr("Send 1 message"))
        self.send_button.setEnabled(plan.to_send > 0)
        self._show_step()

    def counts_text(self, plan: m.Queued) -> str:
        email = plan.template.channel is MessageChannel.EMAIL
        parts = [self.tr("{0} to send").format(plan.to_send),
                 self.tr("{0} opted out (skipped)").format(plan.opted_out),
                 (self.tr("{0} without an email address (skipped)") if email else
                  self.tr("{0} without a mobile number (skipped)")).format(plan.no_address)]
        if not plan.planned:
            return self.tr("Nobody to write to: these companies have no contacts.")
        return " · ".join(parts)

    def step(self, delta: int) -> None:
        """Show the next (or previous) person's message."""
        if self.plan is None or not self.plan.planned:
            return
        self.at = max(0, min(len(self.plan.planned) - 1, self.at + delta))
        self._show_step()

    def _show_step(self) -> None:
        plan = self.plan
        if plan is None or not plan.planned:
            self.who.setText("")
            self.subject.hide()
            self.body.setPlainText("")
            self.note.setText("")
            self.previous.setEnabled(False)
            self.next.setEnabled(False)
            return
        p = plan.planned[self.at]
        # the person, the address and the subject in their own direction (a right-to-left
        # window mirrors "Ann <ann@acme.com>" and a subject's full stop)
        where = f" <{p.recipient}>" if p.recipient else ""
        self.who.setText(self.tr("{0} of {1}: {2}").format(
            self.at + 1, len(plan.planned), isolated(f"{p.contact_name}{where}")))
        self.subject.setText(self.tr("Subject: {0}").format(isolated(p.subject)))
        self.subject.setVisible(bool(p.subject))
        self.body.setPlainText(p.body)
        notes = []
        if p.skipped is not None:
            notes.append(self.tr("Not sent to {0}: {1}.").format(p.contact_name,
                                                                 sentence(p.skipped)))
        if p.blanks:
            notes.append(self.tr("No value here for: {0} (left empty, or the text after "
                                 "“|”).").format(", ".join(p.blanks)))
        self.note.setText(" ".join(notes))
        self.note.setStyleSheet(f"QLabel {{ color: "
                                f"{(error_color(self) if p.skipped else muted(self)).name()}; }}")
        self.previous.setEnabled(self.at > 0)
        self.next.setEnabled(self.at < len(plan.planned) - 1)

    # ---- sending -----------------------------------------------------------------------
    def send(self) -> None:
        """Queue the messages (one transaction), then the outbox sends them."""
        plan = self.plan
        if plan is None or plan.to_send == 0 or self.queued is not None:
            return
        self.send_button.setEnabled(False)
        self.template.setEnabled(False)
        self.edit_templates.setEnabled(False)
        self.mark_done.setEnabled(False)
        name, to = plan.template.name, self.to
        reminder = to.reminder if self.mark_done.isChecked() else None

        def queued(done: m.Queued) -> None:
            if not shiboken6.isValid(self):
                return
            self.queued = done
            self.counts.setText(self.counts_text(done))
            self.progress.setRange(0, done.to_send)
            self.progress.setValue(0)
            self.progress.setFormat(self.tr("Sending: %v of %m"))
            self.progress.show()
            self.close_button.setText(self.tr("Close"))
            self.outbox_button.show()
            if reminder is not None and done.to_send:
                self.marked.emit(reminder)
            self._outbox.send_now()

        def refused(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self.send_button.setEnabled(True)
                self.template.setEnabled(True)
                self.mark_done.setEnabled(True)
                self.counts.setText(refusal_words(exc))

        if reminder is not None:
            self._ctx.command(lambda app: care.send(app, reminder, name, to.contact_ids),
                              queued, refused)
            return
        self._ctx.command(lambda app: desk.queue(app, name, contact_ids=to.contact_ids,
                                                 account_ids=to.account_ids),
                          queued, refused)

    def _progress(self, handled: int, _total: int) -> None:
        if self.queued is not None and shiboken6.isValid(self):
            self.progress.setValue(min(handled, self.progress.maximum()))

    def _delivered(self, report: m.Delivery) -> None:
        if self.queued is None or not shiboken6.isValid(self):
            return
        app, batch = self._ctx.app, self.queued.batch_id
        self._ctx.runner.run(lambda: m.outbox_counts(app, batch),
                             lambda counts: self._show_outcome(counts, report),
                             key="send-outcome")

    def _show_outcome(self, counts: dict[OutState, int], report: m.Delivery) -> None:
        if not shiboken6.isValid(self):
            return
        sent, failed = counts[OutState.SENT], counts[OutState.FAILED]
        waiting = counts[OutState.WAITING] + counts[OutState.SENDING]
        self.progress.setValue(min(sent + failed, self.progress.maximum()))
        lines = [self.tr("Sent {0}, failed {1}, waiting {2}.").format(sent, failed, waiting)]
        if failed:
            lines.append(self.tr("The outbox says why each failed, and sends one again when "
                                 "you ask."))
        if waiting:
            lines.append(self.tr("They wait in the outbox and go by themselves once the "
                                 "server answers."))
            if report.notes:  # why they wait, the server's answer as it said it
                lines.append(sentence(report.notes[0]))
        colour = ok_color(self) if not failed and not waiting else error_color(self)
        self.outcome_label.setStyleSheet(f"QLabel {{ color: {colour.name()}; }}")
        self.outcome_label.setText("\n".join(lines))
        self.outcome_label.show()
        self.outcome = report
