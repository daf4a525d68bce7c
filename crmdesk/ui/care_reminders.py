"""The queue's care reminders (crmdesk.app.care): renewals, birthdays and anniversaries,
overdue first, as rows of their own in the queue pane. Selecting one opens its company
on the card; Space marks it done, Delete dismisses it, Ctrl+Z takes the last mark back;
"Suggested message…" hands the message it suggests to whoever sends it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from crmdesk.app import care
from crmdesk.domain.care import KIND_LABELS, Band, MarkState
from crmdesk.store.care_queries import ReminderRow
from crmdesk.ui.bidi import isolate_cells
from crmdesk.ui.context import AppContext
from crmdesk.ui.formats import day_text
from crmdesk.ui.style import overdue_color, today_color
from crmdesk.ui.words import care_text, days_away, refusal_words, word

Index = QModelIndex | QPersistentModelIndex
REMINDER_ROLE = Qt.ItemDataRole.UserRole + 11


def when_text(row: ReminderRow, today: date) -> str:
    """"today", "in 3 days", "5 days ago": the occasion from today (its date is in the
    reminder's own words)."""
    return days_away((row.reminder.occurs_on - today).days)


class ReminderModel(QAbstractTableModel):
    """The reminders listed, as plain rows (a few dozen: no lazy loading needed)."""

    COL_WHEN, COL_REMINDER, COL_COMPANY, COL_OWNER = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ReminderRow] = []
        self._today = date.today()
        self._headers = [self.tr("When"), self.tr("Reminder"), self.tr("Company"),
                         self.tr("Owner")]

    def set_rows(self, rows: list[ReminderRow], today: date) -> None:
        self.beginResetModel()
        self._rows, self._today = rows, today
        self.endResetModel()

    def rows(self) -> list[ReminderRow]:
        return list(self._rows)

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
        if role == REMINDER_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            # the company has its column: an anniversary's words leave its name out
            return (when_text(row, self._today), care_text(row.reminder, company=False),
                    row.company, row.owner or self.tr("Team pool"))[col] \
                if 0 <= col < 4 else None
        if role == Qt.ItemDataRole.ForegroundRole and col in (self.COL_WHEN,
                                                             self.COL_REMINDER):
            if row.band is Band.OVERDUE:
                return overdue_color()
            if row.band is Band.DUE:
                return today_color()
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_WHEN:
            return day_text(row.reminder.occurs_on)
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.COL_COMPANY, self.COL_OWNER):
            # the whole name, however narrow its column
            return row.company + (f" · {row.owner}" if row.owner else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            state = {Band.OVERDUE: self.tr("Overdue: the day has passed"),
                     Band.DUE: self.tr("Due: the day is near"),
                     Band.UPCOMING: self.tr("Coming up")}[row.band]
            return self.tr("{0}\n{1} {2} · Space: done · Delete: dismiss").format(
                care_text(row.reminder), word(KIND_LABELS[row.kind]), state.lower())
        return None


class ReminderTable(QTableView):
    """The reminders' table with their actions: done, dismiss, undo, suggested message.
    `suggested` carries a crmdesk.app.care.Suggestion for the send dialog to open."""

    suggested = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.model_ = ReminderModel(self)
        self.setModel(self.model_)
        isolate_cells(self)  # names in their own direction, right to left too
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        # a long line loses its middle, not its end: a renewal keeps its date, a company
        # its legal form ("北京市宏飞…有限责任公司"); the tooltip has it whole
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.horizontalHeader()
        header.setSectionResizeMode(ReminderModel.COL_REMINDER, QHeaderView.ResizeMode.Stretch)
        for col in (ReminderModel.COL_WHEN, ReminderModel.COL_OWNER):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # as wide as its names, up to a share of the table (`fit_columns`): one long
        # company name must not squeeze every reminder's words
        header.setSectionResizeMode(ReminderModel.COL_COMPANY,
                                    QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        self.model_.modelReset.connect(self.fit_columns)
        #: the last marks, newest last: Ctrl+Z takes one back
        self.undo_stack: list[ReminderRow] = []
        self.done_action = self._action(self.tr("Mark done"), "Space",
                                        lambda: self.mark_current(MarkState.DONE))
        self.dismiss_action = self._action(self.tr("Dismiss"), "Delete",
                                           lambda: self.mark_current(MarkState.DISMISSED))
        self.undo_action = self._action(self.tr("Undo the last mark"), "Ctrl+Z", self.undo)
        self.suggest_action = self._action(self.tr("Suggested message…"), "Ctrl+M",
                                           self.suggest_current)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.menu: QMenu | None = None
        self.failure: str | None = None

    def _action(self, text: str, key: str, slot: Any) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    #: the most of the table's width the company column takes by itself
    COMPANY_SHARE = 0.3

    def fit_columns(self) -> None:
        """The company column as wide as its longest name, at most `COMPANY_SHARE` of
        the table (the reminders' words stretch over the rest)."""
        col = ReminderModel.COL_COMPANY
        widest = max(self.sizeHintForColumn(col),
                     self.horizontalHeader().sectionSizeHint(col))
        self.setColumnWidth(col, min(widest, max(120, int(self.viewport().width()
                                                         * self.COMPANY_SHARE))))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_columns()

    def _own(self, event: QKeyEvent) -> QAction | None:
        """The table's action whose keys these are."""
        keys = QKeySequence(event.keyCombination())
        return next((a for a in self.actions() if not a.shortcut().isEmpty() and
                     keys.matches(a.shortcut()) is QKeySequence.SequenceMatch.ExactMatch),
                    None)

    def event(self, event: QEvent) -> bool:
        # the table's keys win over the window's while it has the focus: Ctrl+M is the
        # reminder's message here, the chosen contact's elsewhere (an ambiguous shortcut
        # would do neither)
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and self._own(event) is not None:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        action = self._own(event)
        if action is None:
            super().keyPressEvent(event)
            return
        action.trigger()
        event.accept()

    def current(self) -> ReminderRow | None:
        index = self.currentIndex()
        found = self.model_.data(index, REMINDER_ROLE) if index.isValid() else None
        return found if isinstance(found, ReminderRow) else None

    def _failed(self, exc: BaseException) -> None:
        self.failure = refusal_words(exc)

    def mark_current(self, state: MarkState) -> None:
        """Mark the selected reminder done or dismissed (it leaves the list)."""
        row = self.current()
        if row is None:
            return
        self.undo_stack.append(row)
        self._ctx.command(lambda app: care.mark(app, row, state), failed=self._failed)

    def undo(self) -> None:
        """Take the last mark back: its reminder comes back to the list."""
        if not self.undo_stack:
            return
        row = self.undo_stack.pop()
        self._ctx.command(lambda app: care.unmark(app, row), failed=self._failed)

    def suggest_current(self) -> None:
        """Work out the selected reminder's message (template, recipients) off the UI
        thread and hand it on through `suggested`."""
        row = self.current()
        if row is None:
            return
        self._ctx.read(lambda _s: care.suggestion(self._ctx.app, row), self.suggested.emit,
                       key="care-suggestion")

    def _menu(self, at: Any) -> None:
        index = self.indexAt(at)
        if index.isValid():
            self.setCurrentIndex(index)
        if self.current() is None:
            return
        menu = QMenu(self)
        for action in (self.suggest_action, self.done_action, self.dismiss_action):
            menu.addAction(action)
        if self.undo_stack:
            menu.addSeparator()
            menu.addAction(self.undo_action)
        self.menu = menu
        menu.popup(self.viewport().mapToGlobal(at))
