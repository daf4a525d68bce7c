"""The agenda: the user's follow-ups, tasks, deal close dates, onboarding tasks and care
reminders from what is overdue to a week ahead, under a heading a day (Overdue, Today,
Tomorrow, each later day of this week, Next week). From the keyboard: Up/Down move
between items, Enter or Space marks one done, R moves it (tomorrow, +3 days, next week,
a day picked), O or a double-click opens its company in the window. The reads are
crmdesk.store.agenda_queries (off the UI thread), the actions crmdesk.app.agenda."""

from __future__ import annotations

import bisect
from dataclasses import replace
from datetime import date, timedelta
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crmdesk.app import agenda
from crmdesk.app.care import REMINDERS
from crmdesk.domain.activity import QUICK_CHOICES, quick_follow_up
from crmdesk.domain.agenda import (
    DEFAULT_DAYS,
    AgendaItem,
    AgendaKind,
    Group,
    Section,
    group_of,
    order_key,
    reschedule_problem,
    sections,
)
from crmdesk.store import agenda_queries
from crmdesk.store.refusals import NotFound, Refused
from crmdesk.ui import changes
from crmdesk.ui.bidi import isolate_cells
from crmdesk.ui.context import AppContext
from crmdesk.ui.formats import month_day_text, time_text, weekday_day_text, weekday_text
from crmdesk.ui.style import muted, overdue_color, today_color
from crmdesk.ui.words import agenda_what, refusal_words

Index = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
ACCOUNT_ID_ROLE = Qt.ItemDataRole.UserRole + 2


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class AgendaModel(QAbstractTableModel):
    """The agenda's rows: a heading for each section, then its items."""

    COL_WHEN, COL_KIND, COL_COMPANY, COL_WHAT = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Section | AgendaItem] = []
        self._sections: list[Section] = []
        self.today = date.today()
        self._headers = [self.tr("When"), self.tr("Kind"), self.tr("Company"), self.tr("What")]

    def set_items(self, items: list[AgendaItem], today: date) -> bool:
        """Show `items` as read; False when the view shows them already (the edit it
        made at once was the store's): nothing is redrawn, nothing moves."""
        found = sections(items, today)
        rows: list[Section | AgendaItem] = []
        for section in found:
            rows.append(section)
            rows += section.items
        if today == self.today and rows == self._rows:
            return False
        self.beginResetModel()
        self.today = today
        self._sections = found
        self._rows = rows
        self.endResetModel()
        return True

    # ---- one item changed, at once (the read that follows replaces them all) --------
    def _heading_of(self, row: int) -> int:
        while row >= 0 and not isinstance(self._rows[row], Section):
            row -= 1
        return row

    def _retitle(self, at: int, section: Section) -> None:
        """The heading at row `at` now heads `section` (its count changed)."""
        self._sections[self._sections.index(cast(Section, self._rows[at]))] = section
        self._rows[at] = section
        self.dataChanged.emit(self.index(at, 0), self.index(at, self.columnCount() - 1))

    def remove_item(self, item: AgendaItem) -> bool:
        """Take the item out of the view (its heading too when it was its last)."""
        row = self.row_of(item)
        if row < 0:
            return False
        at = self._heading_of(row)
        section = cast(Section, self._rows[at])
        left = tuple(i for i in section.items
                     if (i.kind, i.record_id) != (item.kind, item.record_id))
        if left:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self._retitle(at, Section(section.group, section.day, left))
        else:
            self.beginRemoveRows(QModelIndex(), at, row)
            del self._rows[at:row + 1]
            self._sections.remove(section)
            self.endRemoveRows()
        return True

    def insert_item(self, item: AgendaItem) -> tuple[int, int]:
        """Put the item in its place; the value is its row and the row of a heading
        made for it (-1: its heading was there)."""
        group = group_of(item.day, self.today)
        day = item.day if group in (Group.TODAY, Group.TOMORROW, Group.THIS_WEEK) else None
        rank = (group, day or date.min)
        headings = self.heading_rows()
        for at in headings:
            section = cast(Section, self._rows[at])
            if (section.group, section.day) == (group, day):
                keys = [order_key(i) for i in section.items]
                place = bisect.bisect(keys, order_key(item))
                row = at + 1 + place
                self.beginInsertRows(QModelIndex(), row, row)
                self._rows.insert(row, item)
                self.endInsertRows()
                self._retitle(at, Section(group, day, (*section.items[:place], item,
                                                       *section.items[place:])))
                return row, -1
        at = next((r for r in headings if (cast(Section, self._rows[r]).group,
                                           cast(Section, self._rows[r]).day or date.min)
                   > rank), len(self._rows))
        made = Section(group, day, (item,))
        self.beginInsertRows(QModelIndex(), at, at + 1)
        self._rows[at:at] = [made, item]
        self._sections.insert(sum(1 for r in headings if r < at), made)
        self.endInsertRows()
        return at + 1, at

    def sections(self) -> list[Section]:
        return list(self._sections)

    def item_at(self, row: int) -> AgendaItem | None:
        found = self._rows[row] if 0 <= row < len(self._rows) else None
        return found if isinstance(found, AgendaItem) else None

    def row_of(self, item: AgendaItem) -> int:
        return next((i for i, r in enumerate(self._rows) if isinstance(r, AgendaItem)
                     and (r.kind, r.record_id) == (item.kind, item.record_id)), -1)

    def heading_rows(self) -> list[int]:
        return [i for i, r in enumerate(self._rows) if isinstance(r, Section)]

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

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.item_at(index.row()) is None:  # a heading: shown, never stood on
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def heading(self, section: Section) -> str:
        """A section's heading, with its day and how many items it holds."""
        day = section.day
        if section.group is Group.OVERDUE:
            title = self.tr("Overdue")
        elif section.group is Group.TODAY:
            title = self.tr("Today")
        elif section.group is Group.TOMORROW:
            title = self.tr("Tomorrow")
        elif section.group is Group.NEXT_WEEK:
            title = self.tr("Next week")
        elif section.group is Group.LATER:
            title = self.tr("Later")
        else:
            title = weekday_text(day) if day is not None else ""
        if day is not None:
            title += " · " + month_day_text(day)
        return f"{title}  ({len(section.items)})"

    def kind_text(self, item: AgendaItem) -> str:
        return {AgendaKind.FOLLOW_UP: self.tr("Follow-up"), AgendaKind.TASK: self.tr("Task"),
                AgendaKind.DEAL_CLOSE: self.tr("Deal closes"),
                AgendaKind.SERVICE_TASK: self.tr("Service task"),
                AgendaKind.CARE: self.tr("Care")}[item.kind]

    def when_text(self, item: AgendaItem) -> str:
        """Its time if it has one; in a section of many days, its day too."""
        at = time_text(item.at) if item.at is not None else ""
        if item.day in (self.today, self.today + timedelta(days=1)) or (
                item.day > self.today and item.day.isocalendar()[:2]
                == self.today.isocalendar()[:2]):
            return at
        return (weekday_day_text(item.day) + (" " + at if at else "")).strip()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if isinstance(row, Section):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.heading(row) if col == 0 else None
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                if row.group is Group.OVERDUE:
                    return overdue_color()
                return today_color() if row.group is Group.TODAY else None
            return None
        if role == ITEM_ROLE:
            return row
        if role == ACCOUNT_ID_ROLE:
            return row.account_id
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.when_text(row), self.kind_text(row), row.company,
                    agenda_what(row))[col] \
                if 0 <= col < 4 else None
        if role == Qt.ItemDataRole.ToolTipRole:
            what = agenda_what(row)
            return f"{row.company}\n{what}" if what else row.company
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_WHEN \
                and row.day < self.today:
            return overdue_color()
        return None


class DayPicker(QDialog):
    """Pick the day to move an item to (today or later)."""

    def __init__(self, today: date, shown: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move to a day"))
        self.calendar = QCalendarWidget()
        self.calendar.setMinimumDate(_qdate(today))
        self.calendar.setSelectedDate(_qdate(max(shown, today)))
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.activated.connect(lambda _d: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)

    def day(self) -> date:
        picked: date = self.calendar.selectedDate().toPython()  # type: ignore[assignment]
        return picked


class AgendaPane(QWidget):
    """The counts, the agenda table, the keys it takes and what the last action said."""

    loaded = Signal()
    #: the items read, each time they are (the reminders watch them)
    items_loaded = Signal(list)

    def __init__(self, ctx: AppContext, days: int = DEFAULT_DAYS,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self.days = ctx, days
        self.is_loaded = False
        self.items: list[AgendaItem] = []
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = AgendaModel(self)
        self.table = QTableView()
        isolate_cells(self.table)  # names in their own direction, right to left too
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AgendaModel.COL_WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AgendaModel.COL_KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AgendaModel.COL_COMPANY, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        # the columns fit the rows in view, not the first thousand of a few thousand
        # measured again at each edit (most of the frame an edit has to show in)
        header.setResizeContentsPrecision(0)
        header.resizeSection(AgendaModel.COL_COMPANY, 180)
        # "What" takes the rest and elides: never a sideways scroll (a long Chinese company
        # name or day pushed it off the pane), the company narrowed when the pane is
        header.setMinimumSectionSize(40)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.viewport().installEventFilter(self)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda index: self.open_item(index.row()))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.hint = QLabel(self.tr("Enter or Space: done · R: reschedule · O: open the "
                                   "company · ↑↓: move"))
        self.hint.setStyleSheet(f"color: {muted(self).name()}")
        # on two lines in a narrow pane, not a wider window (a wide font made it 1050 px)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        self.reschedule_menu: QMenu | None = None
        self.day_picker: DayPicker | None = None
        self._moving: AgendaItem | None = None  # the item a menu or picker moves
        self._edits = 0  # the edits shown at once so far (a read older than one is stale)
        self._unsaved = 0  # of them, those not saved yet
        ctx.bus.changed.connect(self._on_changes)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(150)
        self._reload_timer.timeout.connect(self.reload)
        self.reload()

    # ---- reading ------------------------------------------------------------------
    @property
    def reload_pending(self) -> bool:
        return self._reload_timer.isActive()

    def reload(self) -> None:
        user, today = self._ctx.user, self._ctx.today()
        until = today + timedelta(days=self.days)
        edits = self._edits

        def query(session: Session) -> list[AgendaItem]:
            return agenda_queries.agenda_items(session, user, today, until)

        self._ctx.read(query, lambda items: self._show(items, today, edits), key="agenda")

    def _show(self, items: list[AgendaItem], today: date, edits: int | None = None) -> None:
        if edits is not None and (edits != self._edits or self._unsaved):
            # read before an edit the view shows already was saved: the read its saving
            # asks for follows, and this one would undo the edit in the view a moment
            return
        keep, was_at = self.current_item(), self.table.currentIndex().row()
        self.items = items
        if self.model.set_items(items, today):
            for row in self.model.heading_rows():
                self.table.setSpan(row, 0, 1, self.model.columnCount())
            at = self.model.row_of(keep) if keep is not None else -1
            if at < 0:  # done or moved away: the item that took its place
                at = self._item_row(max(was_at, 0), 1)
                if at < 0:
                    at = self._item_row(max(was_at, 0), -1)
            if at >= 0:
                self.table.setCurrentIndex(self.model.index(at, 0))
        self._count(items, today)
        self.is_loaded = True
        self.loaded.emit()
        self.items_loaded.emit(items)

    def _count(self, items: list[AgendaItem], today: date) -> None:
        overdue = sum(1 for item in items if item.day < today)
        due = sum(1 for item in items if item.day == today)
        self.summary.setText(self.tr("{0} overdue · {1} today · {2} in all").format(
            overdue, due, len(items)) if items else self.tr(
            "Nothing on your agenda this week."))
        self.summary.setStyleSheet(f"color: {overdue_color(self).name()}" if overdue else "")

    def _at_once(self, item: AgendaItem, moved: AgendaItem | None) -> None:
        """Show an edit of `item` at once, before it is saved and read again: done, it
        leaves the view and the next item takes its place; moved, it stands on its new
        day (still current). The read after the save replaces the view, keeping the
        current item."""
        self._edits += 1
        self._unsaved += 1
        row = self.model.row_of(item)
        if row < 0 or not self.model.remove_item(item):
            return
        self.items = [i for i in self.items if (i.kind, i.record_id) != (item.kind,
                                                                          item.record_id)]
        at = -1
        if moved is not None and moved.day <= self.model.today + timedelta(days=self.days):
            at, heading = self.model.insert_item(moved)
            if heading >= 0:
                self.table.setSpan(heading, 0, 1, self.model.columnCount())
            self.items.append(moved)
        if at < 0:
            at = self._item_row(row, 1)
            if at < 0:
                at = self._item_row(min(row, self.model.rowCount() - 1), -1)
        if at >= 0:
            self.table.setCurrentIndex(self.model.index(at, 0))
        self._count(self.items, self.model.today)

    def _saved(self) -> None:
        """An edit shown at once was saved, or refused: read the agenda again."""
        self._unsaved -= 1
        self._reload_timer.start()

    def _on_changes(self, change: changes.Changes) -> None:
        if change.what & {changes.QUEUE, changes.ACCOUNT, changes.ACTIVITIES, changes.DEALS,
                          REMINDERS}:
            self._reload_timer.start()

    # ---- the keyboard -------------------------------------------------------------
    def fit_columns(self) -> None:
        """The company gets at most a third of the room (180 pixels), "What" the rest."""
        header = self.table.horizontalHeader()
        room = self.table.viewport().width() - sum(
            header.sectionSize(c) for c in (AgendaModel.COL_WHEN, AgendaModel.COL_KIND))
        header.resizeSection(AgendaModel.COL_COMPANY, max(60, min(180, room // 3)))

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
            return False
        if watched is self.table and isinstance(event, QKeyEvent) and \
                event.type() == QKeyEvent.Type.KeyPress and \
                event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
                self.mark_done()
            elif key == Qt.Key.Key_R:
                self.ask_reschedule()
            elif key == Qt.Key.Key_O:
                self.open_item(self.table.currentIndex().row())
            elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self.step(1 if key == Qt.Key.Key_Down else -1)
            else:
                return super().eventFilter(watched, event)
            return True
        return super().eventFilter(watched, event)

    def _item_row(self, start: int, delta: int) -> int:
        """The first item's row from `start` on in direction `delta` (-1 if none)."""
        row = start
        while 0 <= row < self.model.rowCount():
            if self.model.item_at(row) is not None:
                return row
            row += delta
        return -1

    def step(self, delta: int) -> None:
        """Move to the next (1) or previous (-1) item, over the headings."""
        at = self.table.currentIndex().row()
        found = self._item_row(at + delta if at >= 0 else 0, delta if at >= 0 else 1)
        if found >= 0:
            self.table.setCurrentIndex(self.model.index(found, 0))

    def current_item(self) -> AgendaItem | None:
        index = self.table.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _failed(self, exc: BaseException, shown: bool = False) -> None:
        """A command refused (or broken): say why; an edit `shown` at once is undone in
        the view by the read that follows."""
        if isinstance(exc, (Refused, NotFound)):
            self.say(refusal_words(exc))
        else:
            self._ctx.runner.report(exc)
        self._saved_if(shown)

    # ---- the actions --------------------------------------------------------------
    def open_item(self, row: int) -> None:
        """Select the item's company in the window (card, graph and timeline)."""
        item = self.model.item_at(row)
        if item is not None:
            self._ctx.selection.select_account(item.account_id)

    def mark_done(self) -> None:
        item = self.current_item()
        if item is None:
            return
        self.say("")
        if item.kind is not AgendaKind.DEAL_CLOSE:  # a deal is won or lost, not done
            self._at_once(item, None)

        def done(_account: object) -> None:
            self.say(self.tr("Done: {0} · {1}").format(self.model.kind_text(item),
                                                     item.company))
            self._saved_if(item.kind is not AgendaKind.DEAL_CLOSE)

        self._ctx.command(lambda app: agenda.done(app, item), done,
                          lambda exc: self._failed(
                              exc, item.kind is not AgendaKind.DEAL_CLOSE))

    def _saved_if(self, shown: bool) -> None:
        if shown:
            self._saved()

    def ask_reschedule(self) -> QMenu | None:
        """The choices of a day to move the current item to, under it."""
        item = self.current_item()
        if item is None:
            return None
        self._moving = item
        menu = QMenu(self)
        labels = {"tomorrow": self.tr("&Tomorrow"), "+3d": self.tr("+&3 days"),
                  "next_week": self.tr("&Next week")}
        for choice in QUICK_CHOICES:
            action = menu.addAction(labels[choice])
            action.setData(choice)
            action.triggered.connect(lambda _=False, c=choice: self.reschedule(
                quick_follow_up(c, self._ctx.today())))
        menu.addAction(self.tr("&Pick a date…")).triggered.connect(self.pick_day)
        rect = self.table.visualRect(self.table.currentIndex())
        menu.popup(self.table.viewport().mapToGlobal(rect.bottomLeft() + QPoint(0, 1)))
        if self.reschedule_menu is not None:
            self.reschedule_menu.deleteLater()
        self.reschedule_menu = menu
        return menu

    def pick_day(self) -> DayPicker:
        item = self._moving or self.current_item()
        today = self._ctx.today()
        picker = DayPicker(today, item.day if item is not None else today, self)
        picker.accepted.connect(lambda: self.reschedule(picker.day()))
        if self.day_picker is not None:
            self.day_picker.deleteLater()
        self.day_picker = picker
        picker.open()
        return picker

    def reschedule(self, day: date) -> None:
        """Move the item the menu was opened on (else the current one) to `day`."""
        item, self._moving = self._moving or self.current_item(), None
        if item is None:
            return
        problem = reschedule_problem(day, self._ctx.today())
        if problem is not None:
            self.say(self.tr("Choose today or a later day."))
            return
        self.say("")
        shown = item.kind is not AgendaKind.CARE  # a care reminder's day is its occasion's
        if shown:
            self._at_once(item, replace(item, day=day, at=None if item.kind is AgendaKind.TASK
                                        else item.at))

        def done(_account: object) -> None:
            self.say(self.tr("Moved to {0}: {1} · {2}").format(
                weekday_day_text(day), self.model.kind_text(item), item.company))
            self._saved_if(shown)

        self._ctx.command(lambda app: agenda.reschedule(app, item, day), done,
                          lambda exc: self._failed(exc, shown))

    def focus(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid():
            self.step(1)

