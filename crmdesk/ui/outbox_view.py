"""The outbox (Messages → Outbox…): every message the laptop queued, newest first, with
its state (waiting, sending, sent, failed and why, skipped and why), the exact text of
the one chosen, "Send again" for failed ones the user checked did not go, and "Send
now" for what waits. The list follows the outbox service as it sends."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.app import message_desk as desk
from crmdesk.app import messages as m
from crmdesk.app.changes import Changes
from crmdesk.domain.local_time import local
from crmdesk.domain.messages import MessageChannel, OutState
from crmdesk.domain.words import tr_noop
from crmdesk.store.message_outbox import OutRow
from crmdesk.ui.context import AppContext
from crmdesk.ui.formats import moment_text
from crmdesk.ui.outbox_service import OutboxService
from crmdesk.ui.style import error_color, muted, ok_color, warning_color
from crmdesk.ui.wheel import ComboBox
from crmdesk.ui.words import sentence, word

Index = QModelIndex | QPersistentModelIndex
COL_QUEUED, COL_STATE, COL_KIND, COL_TO, COL_ADDRESS, COL_TEMPLATE, COL_WHY = range(7)
#: A row's message (OutRow), for the view and tests.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

STATE_WORDS = {OutState.WAITING: tr_noop("Waiting"), OutState.SENDING: tr_noop("Sending"),
               OutState.SENT: tr_noop("Sent"), OutState.FAILED: tr_noop("Failed"),
               OutState.SKIPPED: tr_noop("Skipped")}


class OutboxModel(QAbstractTableModel):
    """The outbox's messages as plain rows (at most the newest thousand)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[OutRow] = []
        self._colours: dict[OutState, QColor] = {}

    def set_rows(self, rows: list[OutRow], colours: dict[OutState, QColor]) -> None:
        self.beginResetModel()
        self.rows, self._colours = rows, colours
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Queued"), self.tr("State"), self.tr("Kind"), self.tr("To"),
                    self.tr("Address"), self.tr("Template"), self.tr("Why"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATE:
            return self._colours.get(row.state)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_WHY:
            return None if row.reason is None else sentence(row.reason)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == COL_QUEUED:
            # stored in UTC: the laptop's clock, as the locale writes a day and a time
            return moment_text(local(row.queued_at))
        if col == COL_STATE:
            return word(STATE_WORDS[row.state])
        if col == COL_KIND:
            return self.tr("Email") if row.channel is MessageChannel.EMAIL else self.tr("SMS")
        if col == COL_TO:
            return row.contact_name
        if col == COL_ADDRESS:
            return row.recipient or ""
        if col == COL_TEMPLATE:
            return row.template_name
        # our sentences in the user's language, the server's answer in them as it said it
        return "" if row.reason is None else sentence(row.reason)


class OutboxView(QDialog):
    """What waits, what went, what failed and why; send again, send now."""

    def __init__(self, ctx: AppContext, outbox: OutboxService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._outbox = ctx, outbox
        self.setWindowTitle(self.tr("Outbox"))
        self.show_state = ComboBox()
        self.show_state.addItem(self.tr("All messages"), None)
        for state in (OutState.WAITING, OutState.FAILED, OutState.SENT, OutState.SKIPPED):
            self.show_state.addItem(word(STATE_WORDS[state]), state.value)
        self.show_state.currentIndexChanged.connect(lambda _i: self.reload())
        self.counts = QLabel()
        self.model = OutboxModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_WHY, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._chosen())
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setPlaceholderText(self.tr("Choose a message to read what it says."))
        self.again_button = QPushButton(self.tr("Send again"))
        self.again_button.setToolTip(self.tr(
            "Send the selected failed messages again. One cut off while it was handed over "
            "may have gone: look for it in your sent mail first."))
        self.again_button.setEnabled(False)
        self.again_button.clicked.connect(self.send_again)
        self.send_button = QPushButton(self.tr("Send waiting now"))
        self.send_button.clicked.connect(outbox.send_now)
        self.status = QLabel()
        self.status.setWordWrap(True)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        for button in (self.again_button, self.send_button, close):
            button.setAutoDefault(False)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Show")))
        head.addWidget(self.show_state)
        head.addStretch(1)
        head.addWidget(self.counts)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.text)
        split.setSizes([360, 160])
        foot = QHBoxLayout()
        foot.addWidget(self.status, 1)
        foot.addWidget(self.again_button)
        foot.addWidget(self.send_button)
        foot.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(split, 1)
        layout.addLayout(foot)
        self.resize(1000, 600)
        ctx.bus.changed.connect(self._on_changes)
        outbox.running_changed.connect(self._running)
        outbox.progress.connect(self._progress)
        outbox.delivered.connect(self._delivered)
        self._running(outbox.running)
        self.reload()

    # ---- the list -------------------------------------------------------------------------
    def reload(self) -> None:
        app, chosen = self._ctx.app, self.show_state.currentData()
        states = None if chosen is None else [OutState(chosen)]

        def read() -> tuple[list[OutRow], dict[OutState, int]]:
            return m.outbox_rows(app, states), m.outbox_counts(app)

        self._ctx.runner.run(read, self._show, key="outbox-rows")

    def _show(self, got: tuple[list[OutRow], dict[OutState, int]]) -> None:
        if not shiboken6.isValid(self):
            return
        rows, counts = got
        kept = {r.id for r in self.selected()}
        self.model.set_rows(rows, {OutState.SENT: ok_color(self),
                                   OutState.FAILED: error_color(self),
                                   OutState.WAITING: warning_color(self),
                                   OutState.SENDING: warning_color(self),
                                   OutState.SKIPPED: muted(self)})
        selection = self.table.selectionModel()
        for at, row in enumerate(rows):
            if row.id in kept:
                selection.select(self.model.index(at, 0),
                                 selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
        self.counts.setText(self.tr("{0} waiting · {1} sent · {2} failed · {3} skipped")
                            .format(counts[OutState.WAITING] + counts[OutState.SENDING],
                                    counts[OutState.SENT], counts[OutState.FAILED],
                                    counts[OutState.SKIPPED]))
        self.send_button.setEnabled(counts[OutState.WAITING] > 0 and not self._outbox.running)
        self._chosen()

    def _on_changes(self, change: Changes) -> None:
        if desk.OUTBOX in change.what:
            self.reload()

    def selected(self) -> list[OutRow]:
        return [self.model.rows[i.row()] for i in self.table.selectionModel().selectedRows()
                if i.row() < len(self.model.rows)]

    def _chosen(self) -> None:
        chosen = self.selected()
        self.again_button.setEnabled(any(r.state is OutState.FAILED for r in chosen))
        if len(chosen) != 1:
            self.text.setPlainText("")
            return
        row = chosen[0]
        lines = [self.tr("To: {0} <{1}>").format(row.contact_name, row.recipient or "-")]
        if row.subject:
            lines.append(self.tr("Subject: {0}").format(row.subject))
        if row.reason:
            lines.append(self.tr("{0}: {1}").format(word(STATE_WORDS[row.state]),
                                                    sentence(row.reason)))
        self.text.setPlainText("\n".join(lines) + "\n\n" + row.body)

    # ---- sending ----------------------------------------------------------------------------
    def send_again(self) -> None:
        """The selected failed messages wait again, and go now."""
        ids = [r.id for r in self.selected() if r.state is OutState.FAILED]
        if not ids:
            return

        def queued(count: int) -> None:
            if shiboken6.isValid(self):
                self.say(self.tr("{0} message(s) will be sent again.").format(count))
            self._outbox.send_now()

        self._ctx.command(lambda app: desk.send_again(app, ids), queued)

    def _running(self, running: bool) -> None:
        if running:
            self.say(self.tr("Sending…"))
        self.send_button.setEnabled(not running and
                                    self._outbox.counts.get(OutState.WAITING, 0) > 0)

    def _progress(self, handled: int, total: int) -> None:
        self.say(self.tr("Sending: {0} of {1}…").format(handled, total))

    def _delivered(self, report: m.Delivery) -> None:
        if not shiboken6.isValid(self):
            return
        text = self.tr("Sent {0}, failed {1}, waiting {2}.").format(
            report.sent, report.failed, report.waiting)
        if report.busy:
            text = self.tr("Another crmdesk is sending this outbox; the messages wait "
                           "for it.")
        elif report.notes:
            text += " " + sentence(report.notes[0])
        self.say(text, error=bool(report.failed or report.notes))
        self.reload()

    def say(self, text: str, error: bool = False) -> None:
        colour = error_color(self) if error else muted(self)
        self.status.setStyleSheet(f"QLabel {{ color: {colour.name()}; }}")
        self.status.setText(text)
