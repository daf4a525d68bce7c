"""Sending the outbox in the background: at start (after marking what a dead run left
"sending" as failed), right after messages are queued, after each sync, and every few
minutes while messages wait (offline, they keep waiting and go once the mail server or
gateway answers).

The outbox's own commands (crmdesk.app.messages.recover and deliver) run on this
service's own worker thread, never on the UI thread nor on the window's reading and
writing threads, so a long batch neither blocks the window nor queues ahead of a save.
They run a few dozen messages at a time: between two runs the service tells how far it
got, and closing the window waits for the run under way only."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from crmdesk.app import message_desk
from crmdesk.app import messages as m
from crmdesk.app.changes import Changes, Done
from crmdesk.domain.messages import OutState
from crmdesk.ui.context import AppContext
from crmdesk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

#: How many messages one run hands over before the window hears how far it got.
CHUNK = 25
#: How often (ms) the service tries again while messages wait.
RETRY_MS = 120_000


class OutboxService(QObject):
    """Runs the outbox and says what it holds."""

    counts_changed = Signal(object)  # dict[OutState, int]
    progress = Signal(int, int)      # handled in this round, handled + still waiting
    delivered = Signal(object)       # m.Delivery: what the whole round did
    running_changed = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QObject | None = None,
                 retry_ms: int = RETRY_MS) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._runner = TaskRunner(self, threads=1)
        self._runner.error.connect(ctx.runner.error)
        self.counts: dict[OutState, int] = dict.fromkeys(OutState, 0)
        self.running = False
        self._again = False
        self._closed = False
        self._round = m.Delivery()
        self._retry = QTimer(self)
        self._retry.setInterval(retry_ms)
        self._retry.timeout.connect(self._try_again)
        ctx.bus.changed.connect(self._changed)

    # ---- what the outbox holds ---------------------------------------------------------
    def refresh(self) -> None:
        """Read the counts again (on the window's reading threads)."""
        app = self._ctx.app
        self._ctx.runner.run(lambda: m.outbox_counts(app), self._counted, key="outbox-counts")

    def _counted(self, counts: dict[OutState, int]) -> None:
        self.counts = counts
        self.counts_changed.emit(counts)

    def _changed(self, change: Changes) -> None:
        if message_desk.OUTBOX in change.what:
            self.refresh()

    # ---- sending -----------------------------------------------------------------------
    def start(self) -> None:
        """At start: what a run that died left "sending" becomes failed (it may have
        gone); then what waits goes."""
        app = self._ctx.app

        def recovered(count: int) -> None:
            if count:
                self._ctx.runner.error.emit(self.tr(
                    "{0} message(s) were cut off when crmdesk last stopped: they are marked "
                    "failed in the outbox (they may have gone; check before sending "
                    "again).").format(count))
            self.refresh()
            self.send_now()

        self._retry.start()
        self._runner.run(lambda: m.recover(app).value, recovered)

    def send_now(self) -> None:
        """Send what waits, in the background (or right after the round under way)."""
        if self._closed:
            return
        if self.running:
            self._again = True
            return
        self.running, self._again = True, False
        self._round = m.Delivery()
        self.running_changed.emit(True)
        self._run_chunk()

    def synced(self, _outcome: object = None) -> None:
        """The laptop reached the server: what waits may go now too."""
        self._try_again()

    def _try_again(self) -> None:
        if self.counts.get(OutState.WAITING, 0):
            self.send_now()

    def _run_chunk(self) -> None:
        app = self._ctx.app
        self._runner.run(lambda: m.deliver(app, limit=CHUNK), self._chunk_done,
                         self._chunk_failed)

    def _chunk_done(self, result: Done[m.Delivery]) -> None:
        report = result.value
        total = self._round
        total.sent += report.sent
        total.failed += report.failed
        total.interrupted += report.interrupted
        total.waiting = report.waiting
        total.busy = total.busy or report.busy
        total.notes += [n for n in report.notes if n not in total.notes]
        total.accounts |= report.accounts
        handled = total.sent + total.failed
        self.progress.emit(handled, handled + report.waiting)
        went_on = report.sent + report.failed + report.interrupted > 0
        if went_on:  # the timelines, and the outbox's list and count
            self._ctx.bus.announce_changes(Changes(
                result.changes.accounts, result.changes.what | {message_desk.OUTBOX}))
        else:
            self.refresh()
        if went_on and report.waiting and not report.notes and not report.busy \
                and not self._closed:
            self._run_chunk()  # more wait and the line is good: the next few
            return
        self._finish()

    def _chunk_failed(self, exc: BaseException) -> None:
        log.error("sending the outbox failed:\n%s", getattr(exc, "__traceback_text__", exc))
        self._round.notes.append(self.tr("Sending stopped: {0}").format(exc))
        self._finish()

    def _finish(self) -> None:
        self.running = False
        self.running_changed.emit(False)
        self.delivered.emit(self._round)
        if self._again and not self._closed:
            self.send_now()

    def shut_down(self, msecs: int = 15000) -> None:
        """Stop: the few messages being handed over finish, nothing more starts."""
        self._closed = True
        self._retry.stop()
        self._runner.shut_down(msecs)

    def wait(self, msecs: int = 60000) -> bool:
        """Block until no run is under way (tests)."""
        return self._runner.wait(msecs)
