"""A service user's queue: their onboarding tasks (to do, overdue, done, all) with the
customer, due date and state, by due date. Enter or a double-click opens the customer;
Space marks the task done (or, on a done one, not done), Ctrl+Z takes the last mark
back. The queries are crmdesk.store.service_queries, the writes crmdesk.app.service."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crmdesk.app import service
from crmdesk.domain.service import STATE_LABELS, TaskState
from crmdesk.store import service_queries as sq
from crmdesk.ui import changes
from crmdesk.ui.bidi import isolate_cells
from crmdesk.ui.context import AppContext
from crmdesk.ui.formats import day_text
from crmdesk.ui.shortcuts import keys
from crmdesk.ui.style import muted, overdue_color, today_color
from crmdesk.ui.wheel import ComboBox
from crmdesk.ui.words import word

Index = QModelIndex | QPersistentModelIndex
TASK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ACCOUNT_ID_ROLE = Qt.ItemDataRole.UserRole + 2


class ServiceTaskModel(QAbstractTableModel):
    """The tasks listed, as plain rows."""

    COL_DUE, COL_TASK, COL_COMPANY, COL_STATE = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[sq.TaskRow] = []
        self._headers = [self.tr("Due"), self.tr("Task"), self.tr("Company"), self.tr("Status")]

    def set_rows(self, rows: list[sq.TaskRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[sq.TaskRow]:
        return list(self._rows)

    def row_of(self, task_id: uuid.UUID) -> int:
        return next((i for i, r in enumerate(self._rows) if r.task_id == task_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if role == TASK_ID_ROLE:
            return row.task_id
        if role == ACCOUNT_ID_ROLE:
            return row.account_id
        if role == Qt.ItemDataRole.DisplayRole:
            state = word(STATE_LABELS[row.state])
            if row.done_on is not None:
                state = self.tr("Done {0}").format(day_text(row.done_on))
            # a default onboarding step's name in the user's language (a team's own as
            # typed); days as the locale writes them
            return (day_text(row.due_on), word(row.title), row.account, state)[col] \
                if 0 <= col < 4 else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.state is TaskState.OVERDUE and col in (self.COL_DUE, self.COL_STATE):
                return overdue_color()
            if row.state is TaskState.DUE_TODAY and col in (self.COL_DUE, self.COL_STATE):
                return today_color()
        return None


class ServiceQueuePane(QWidget):
    """Filter, count and the task table; Enter opens the customer on the card."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.is_loaded = False
        self.filter = ComboBox()
        for value, label in sq.FILTER_LABELS.items():
            self.filter.addItem(word(label), value.value)
        self.count = QLabel()
        self.hint = QLabel(self.tr("Enter opens the customer · Space marks done · "
                                   "Ctrl+Z undoes"))
        self.hint.setStyleSheet(f"color: {muted(self).name()}")
        self.hint.setWordWrap(True)  # a narrow pane wraps it rather than widening
        self.model = ServiceTaskModel(self)
        self.table = QTableView()
        isolate_cells(self.table)  # names in their own direction, right to left too
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ServiceTaskModel.COL_COMPANY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ServiceTaskModel.COL_TASK,
                                    QHeaderView.ResizeMode.ResizeToContents)
        header.setHighlightSections(False)
        self.table.installEventFilter(self)
        row = QHBoxLayout()
        row.addWidget(self.filter)
        row.addStretch(1)
        row.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        #: the last marks, newest last, each (task, done): Ctrl+Z takes one back
        # each mark with the day the task was done before it (None: it was not done)
        self.undo_stack: list[tuple[uuid.UUID, date | None]] = []
        self.done_action = QAction(self.tr("Mark done"), self)
        self.done_action.setShortcut(QKeySequence(keys("task_done")))
        self.undo_action = QAction(self.tr("Undo the last mark"), self)
        self.undo_action.setShortcut(QKeySequence(keys("undo_task")))
        for action, slot in ((self.done_action, self.toggle_done),
                             (self.undo_action, self.undo)):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.table.addAction(action)
        self.filter.currentIndexChanged.connect(self.reload)
        self.table.doubleClicked.connect(self._open)
        # moving through the tasks shows each one's customer, as the lead queue does
        self._quiet = False  # standing on a row after a reload opens nothing
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: None if self._quiet else self._open(current))
        ctx.bus.changed.connect(self._on_changes)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(150)
        self._reload_timer.timeout.connect(self.reload)
        self.reload()

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802
        if watched is self.table and isinstance(event, QKeyEvent) and \
                event.type() == QKeyEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open(self.table.currentIndex())
            return True
        return super().eventFilter(watched, event)

    @property
    def reload_pending(self) -> bool:
        return self._reload_timer.isActive()

    def current_filter(self) -> sq.TaskFilter:
        return sq.TaskFilter(self.filter.currentData())

    def show_filter(self, which: sq.TaskFilter) -> None:
        self.filter.setCurrentIndex(self.filter.findData(which.value))

    def reload(self) -> None:
        user_id, today, which = self._ctx.user.id, self._ctx.today(), self.current_filter()

        def query(session: Session) -> list[sq.TaskRow]:
            return sq.task_queue(session, user_id, today, which)

        self._ctx.read(query, self._show, key="service-queue")

    def _show(self, rows: list[sq.TaskRow]) -> None:
        keep, was_at = self.current_task(), self.table.currentIndex().row()
        self.model.set_rows(rows)
        self.count.setText(self.tr("1 task") if len(rows) == 1 else
                           self.tr("{0} tasks").format(len(rows)))
        if rows:
            shown = self._ctx.selection.account_id
            # a reload (a task marked done, an undo, a sync) leaves the card on the
            # customer the user is working on: they log the call next. Only a first
            # load, with no customer open yet, opens one.
            self._select(self._row_to_keep(keep, was_at, shown), announce=shown is None)
        self.is_loaded = True
        self.loaded.emit()

    def _row_to_keep(self, task_id: uuid.UUID | None, was_at: int,
                     account_id: uuid.UUID | None) -> int:
        """The row to stand on after a reload: the same task; or (it left the list:
        marked done) the customer's next task from where it stood; or the row that
        moved up into its place."""
        at = self.model.row_of(task_id) if task_id is not None else -1
        if at >= 0:
            return at
        rows = self.model.rows()
        was_at = min(max(was_at, 0), len(rows) - 1)
        if account_id is not None:
            same = [i for i, row in enumerate(rows) if row.account_id == account_id]
            if same:
                return next((i for i in same if i >= was_at), same[-1])
        return was_at

    def _select(self, row: int, announce: bool = True) -> None:
        """Stand on `row`; `announce`: and open its customer on the card."""
        self._quiet = not announce
        try:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self._quiet = False

    def step(self, delta: int) -> None:
        """Move to the next or previous task (and show its customer). Standing on a task
        of another customer than the card shows (the row that moved up when the card's
        customer's last task was marked done), Next opens that one first."""
        rows = self.model.rowCount()
        if not rows:
            return
        at = self.table.currentIndex().row()
        if (delta > 0 and 0 <= at < rows
                and self.model.rows()[at].account_id != self._ctx.selection.account_id):
            self._open(self.model.index(at, 0))  # it is current already: opened by hand
            return
        self._select(max(0, min(rows - 1, at + delta)))

    def current_task(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return self.model.data(index, TASK_ID_ROLE) if index.isValid() else None

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self._ctx.selection.select_account(self.model.data(index, ACCOUNT_ID_ROLE))

    def toggle_done(self) -> None:
        """Mark the selected task done, or a done one not done."""
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row = self.model.rows()[index.row()]
        done = row.done_on is None
        self.undo_stack.append((row.task_id, row.done_on))
        self._ctx.command(lambda app: service.mark_done(app, row.task_id, done))

    def undo(self) -> None:
        """Take the last mark back: a task marked not done is done again on the day it
        was, not today."""
        if not self.undo_stack:
            return
        task_id, was_done_on = self.undo_stack.pop()
        self._ctx.command(lambda app: service.mark_done(
            app, task_id, was_done_on is not None, on=was_done_on))

    def _on_changes(self, change: changes.Changes) -> None:
        if change.what & {changes.QUEUE, changes.ACCOUNT}:
            self._reload_timer.start()

