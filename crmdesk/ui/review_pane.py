"""The team lead's review: a scope bar (team, person, period, currency, changes since)
over one tab per panel of crmdesk.store.review. Each tab shows its
tables, each as a chart (crmdesk.ui.review_chart) beside or over a sortable table
(crmdesk.ui.review_table_model), with PNG, CSV and XLSX exports. A click on a bar lists
the records behind it; choosing a person's row narrows every panel to them.

Figures are computed on the task runner, the visible tab first, the next tabs ahead in
the background while the user reads it. An answer for a scope the user has since left
is not shown but kept, as all figures are, by panel and scope, so going back and forth
shows them at once (a person or team chosen over the reps' side by side is read from
its rows); a change the workspace announces drops them. The window opens the review as
a window of its own (View → Team review, Ctrl+R) so the charts have room at 1366x768;
what the review opens (a company, a deal) opens in the main window."""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QDate,
    QEvent,
    QModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QBoxLayout,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.app import report_export
from crmdesk.app.changes import Changes
from crmdesk.app.review import (
    ScopeChoices,
    available_panels,
    behind,
    narrowed,
    open_deals_of,
    review_panel,
    review_scope,
    scope_choices,
)
from crmdesk.domain.report import Behind, Cell, Panel, ReviewScope, Table
from crmdesk.domain.review_period import PERIOD_LABELS, PeriodChoice, period_dates
from crmdesk.store.models import Role
from crmdesk.store.refusals import Refused
from crmdesk.store.review.lookup import BehindList
from crmdesk.ui.context import AppContext
from crmdesk.ui.reassign_dialog import ReassignDialog
from crmdesk.ui.review_chart import ReportChart
from crmdesk.ui.review_table_model import (
    KEPT,
    ROW_ROLE,
    ReportProxy,
    ReportTableModel,
    shown_text,
)
from crmdesk.ui.style import error_color, muted, scaled
from crmdesk.ui.tasks import TaskRunner
from crmdesk.ui.wheel import ComboBox, DateEdit
from crmdesk.ui.words import refusal_words, title_words, word, worded

#: Scope bar choices meaning "no narrowing".
ALL = None
#: The scope as the bar asks for it, as a key of the figures computed for it.
Asked = tuple[object, ...]
#: How many panels' figures a review keeps (a Pareto over 100k accounts is a few MB).
CACHED = 32
#: How long the review waits, idle, before it computes the next tab's figures ahead.
AHEAD_MS = 300


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def find(combo: QComboBox, value: object) -> int:
    """The index of the item holding `value` (findData cannot match a uuid), or -1."""
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)


def squeezed(widths: list[int], names: list[bool], over: int, floor: int) -> list[int]:
    """`widths` less `over` pixels, taken from the widest of the columns of names
    (`names`) first, none made narrower than `floor`."""
    out = list(widths)
    while over > 0:
        cols = [c for c, name in enumerate(names) if name and out[c] > floor]
        if not cols:
            break
        widest = max(out[c] for c in cols)
        top = [c for c in cols if out[c] == widest]
        below = max([out[c] for c in cols if out[c] < widest] + [floor])
        take = min(widest - below, -(-over // len(top)))
        for c in top:
            out[c] -= take
        over -= take * len(top)
    return out


#: The ways a review table is tried against its view's width, in order: the headings'
#: lines (`ReportTableModel.wrap_headings`) and the room after each column.
_FITS = ((0, 12), (0, 2), (2, 12), (2, 2), (3, 2))


class SortedHeader(QHeaderView):
    """A header whose sections are as wide as their headings, with a line's height of
    room for the sort arrow in the sorted column alone. Qt keeps the heading's height of
    room for the arrow in every section of a sortable table: across the fifteen figures
    of the reps side by side, a screen's width more than their headings and figures take
    (the table scrolled sideways at 1366 wide)."""

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:  # noqa: N802, N803
        size = super().sectionSizeFromContents(logicalIndex)
        if self.isSortIndicatorShown() and self.orientation() == Qt.Orientation.Horizontal:
            # what Qt adds for the arrow (QHeaderView::sectionSizeFromContents): the
            # heading's height, three lines' worth for a heading on three
            margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
            ours = self.fontMetrics().height() + margin \
                if logicalIndex == self.sortIndicatorSection() else 0
            size.setWidth(size.width() - (size.height() + margin) + ours)
        return size


class ReportTableView(QTableView):
    """A review table: sortable, figures right-aligned, one line a row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeader(SortedHeader(Qt.Orientation.Horizontal, self))
        self.model_ = ReportTableModel(parent=self)
        self.proxy = ReportProxy(self)
        self.proxy.setSourceModel(self.model_)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the panel's own order first
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setStretchLastSection(False)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().sortIndicatorChanged.connect(lambda *_: self._sorted())
        # columns as wide as their first rows' text, not measured over 100k rows
        self.horizontalHeader().setResizeContentsPrecision(200)
        self._sized_for = -1  # the view's width the columns were last sized for
        #: the column widths of the last tables shown (`content_widths`)
        self._measured: OrderedDict[tuple[int, str, int],
                                    tuple[Table | None, list[int]]] = \
            OrderedDict()

    def show_table(self, table: Table | None) -> None:
        self.model_.show(table)
        # its rows laid out now, not at the next turn of the event loop (after the
        # table is drawn, which it would then be again)
        self.doItemsLayout()
        header = self.horizontalHeader()
        self._size_columns()
        rows = self.model_.rowCount()
        height = (header.height() + self.verticalHeader().defaultSectionSize() * min(rows, 12)
                  + 2 * self.frameWidth() + 4)
        # a short table (a dozen rows or fewer) shows whole; a long one may shrink
        self.setMinimumHeight(height if 0 < rows <= 12 else min(height, 140) if rows
                              else header.height() + 8)
        self.setMaximumHeight(max(height, header.height() + 8) + 16)

    def _size_columns(self) -> None:
        """Each column as wide as its contents, and a little room; where that is wider
        than the view, the room goes first, then every heading of more than a word takes
        two lines, then three, then the longest names give up their ends (each whole in
        its tooltip), down to a few letters: every column of a table shows without
        scrolling sideways where it can."""
        header, table = self.horizontalHeader(), self.model_.table
        if table is None:
            return
        last = len(table.columns) - 1
        # a long name must not eat the rest, but the last column's text (a churn risk's
        # reasons) may take more room
        most = [640 if col == last and column.cell is Cell.TEXT else 260
                for col, column in enumerate(table.columns)]
        room = self.viewport().width()
        self._sized_for = room
        for lines, spare in _FITS:
            with self.model_.headings_as(lines):
                natural = self.content_widths()
            widths = [min(wide + spare, limit)
                      for wide, limit in zip(natural, most, strict=True)]
            if sum(widths) <= room:
                break
        else:
            names = [column.cell is Cell.TEXT for column in table.columns]
            floor = self.fontMetrics().horizontalAdvance("x" * 8)
            widths = squeezed(widths, names, sum(widths) - room, floor)
        self.model_.wrap_headings(lines)
        for col, wide in enumerate(widths):
            header.resizeSection(col, wide)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        # the view's room changes with the window, and with its own vertical scroll bar
        if event.type() == QEvent.Type.Resize and self.viewport().width() != self._sized_for:
            self._size_columns()
        return super().viewportEvent(event)

    def _sorted(self) -> None:
        """The sort arrow moved to another column: its heading takes the arrow's room,
        the one before gives it back (measured again)."""
        for lines in {lines for lines, _spare in _FITS}:
            self._measured.pop((id(self.model_.table), self.font().key(), lines), None)
        self._size_columns()

    def content_widths(self) -> list[int]:
        """Each column as wide as its heading and its first rows' text (what resizing to
        contents gives, measured from the texts the model keeps rather than by asking
        each cell's delegate a dozen roles: a third of a redraw); a table shown again
        (everyone after a person) as measured before, in the same font."""
        table = self.model_.table
        key = (id(table), self.font().key(), self.model_.heading_lines)
        kept = self._measured.pop(key, None)
        if kept is None or kept[0] is not table:
            kept = (table, self._measure())
        self._measured[key] = kept
        while len(self._measured) > KEPT:
            self._measured.popitem(last=False)
        return kept[1]

    def _measure(self) -> list[int]:
        header, model, metrics = self.horizontalHeader(), self.model_, self.fontMetrics()
        # the delegate's room around a text, the grid line, and a pixel a text measured in
        # fractions may need
        pad = 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                            self) + 1) + int(self.showGrid()) + 1
        rows = range(min(model.rowCount(), header.resizeContentsPrecision()))
        return [max(header.sectionSizeHint(col),
                    max((metrics.horizontalAdvance(model.text(row, col)) for row in rows),
                        default=0) + pad)
                for col in range(model.columnCount())]

    def row_of(self, index: QModelIndex) -> int:
        """The table row a (sorted) view index shows."""
        return int(self.proxy.data(index, ROW_ROLE))


class TableBlock(QWidget):
    """One table of a panel: its title and note, export buttons, chart and table."""

    behind_requested = Signal(object, int)  # (Table, row): list what the row counts
    person_chosen = Signal(object)          # a person's id, from a table of people
    queue_requested = Signal(object)        # a person's id: open their queue
    deals_requested = Signal(object)        # a person's id: list their open deals
    book_requested = Signal(object)         # a person's id: give their whole book away
    #: a message to the contacts of these accounts (ids, what they are in words)
    message_requested = Signal(object, str)

    def __init__(self, parent: QWidget | None = None, runner: TaskRunner | None = None
                 ) -> None:
        super().__init__(parent)
        self.table: Table | None = None
        self._arranged: tuple[bool, bool] | None = None  # (a chart, beside the table)
        #: writes the CSV and Excel files off the UI thread (a large table takes seconds)
        self.runner = runner
        self.title = QLabel()
        self.title.setFont(scaled(self.font(), 1, bold=True))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("QLabel { font-style: italic; }")  # muted grey read faint
        self.png_button = QPushButton(self.tr("PNG…"))
        self.png_button.setToolTip(self.tr("Save the chart as a picture"))
        self.csv_button = QPushButton(self.tr("CSV…"))
        self.csv_button.setToolTip(self.tr("Save the table as CSV (opens in Excel)"))
        self.xlsx_button = QPushButton(self.tr("Excel…"))
        self.xlsx_button.setToolTip(self.tr("Save the table as an Excel workbook (XLSX)"))
        for kind, button in (("png", self.png_button), ("csv", self.csv_button),
                             ("xlsx", self.xlsx_button)):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, k=kind: self._ask_export(k))
        # a table of people: the chosen person's work opens from here (and its menu)
        self.queue_action = QAction(self.tr("Open their queue"), self)
        self.queue_action.setToolTip(self.tr("Show this person's accounts in the queue of "
                                             "the main window"))
        self.queue_action.triggered.connect(lambda: self._for_person(self.queue_requested))
        self.deals_action = QAction(self.tr("Their open deals"), self)
        self.deals_action.setToolTip(self.tr("List this person's open deals"))
        self.deals_action.triggered.connect(lambda: self._for_person(self.deals_requested))
        # a leaving rep's book, for those who may give it (offer_books)
        self.book_action = QAction(self.tr("Give their book to…"), self)
        self.book_action.setToolTip(self.tr("Give every account this person owns, with its "
                                            "history, to a colleague or the team's pool "
                                            "(when they leave or move)"))
        self.book_action.triggered.connect(lambda: self._for_person(self.book_requested))
        self.book_action.setVisible(False)
        self.gives_books = False
        # a table of accounts (the churn-risk list, say): write to their people
        self.message_action = QAction(self.tr("Message their contacts…"), self)
        self.message_action.setToolTip(self.tr(
            "Send a template to the contacts of the selected rows' accounts (of every "
            "row, when none is selected)"))
        self.message_action.triggered.connect(self.message_chosen)
        self.message_button = QToolButton()
        self.message_button.setDefaultAction(self.message_action)
        self.message_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.message_button.hide()
        self.person_buttons: list[QToolButton] = []
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        for action in (self.queue_action, self.deals_action, self.book_action):
            tool = QToolButton()
            tool.setDefaultAction(action)
            tool.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            tool.hide()
            self.person_buttons.append(tool)
            head.addWidget(tool)
        head.addWidget(self.message_button)
        for button in (self.png_button, self.csv_button, self.xlsx_button):
            head.addWidget(button)
        self.chart = ReportChart()
        self.chart.bar_clicked.connect(lambda row: self._asked_behind(row))
        self.view = ReportTableView()
        self.view.doubleClicked.connect(lambda index: self._asked_behind(
            self.view.row_of(index)))
        self.view.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.view.addActions([self.queue_action, self.deals_action, self.book_action])
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.setSpacing(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 10)
        layout.addLayout(head)
        layout.addWidget(self.note)
        layout.addLayout(self.body)

    def show_table(self, table: Table) -> None:
        self.table = table
        self.title.setText(title_words(table.title) + (f"  ({table.currency})" if table.currency
                                                else ""))
        self.note.setText(worded(table.note))
        self.note.setVisible(bool(table.note))
        drawn = table.chart is not None
        self.png_button.setVisible(drawn)
        self.chart.setVisible(drawn)
        # a narrow table sits beside its chart; a wide one under it, full width (laid
        # out again only when that changes: a new scope's figures keep the arrangement)
        beside = drawn and len(table.columns) <= 5
        if self._arranged != (drawn, beside):
            self._arranged = (drawn, beside)
            while self.body.count():
                self.body.takeAt(0)
            self.body.setDirection(QBoxLayout.Direction.LeftToRight if beside
                                   else QBoxLayout.Direction.TopToBottom)
            if drawn:
                self.body.addWidget(self.chart, 3)
                # beside its table the chart takes the block's height; over a wide table
                # it stays short enough for the table to show on the same screen, and
                # of one height: a table of another length (a person chosen, everyone
                # again) must not resize it, which has its axes laid out and drawn
                # again (twice: squeezed by the layout's first pass, then let out)
                self.chart.setMinimumHeight(300)
                self.chart.setMaximumHeight(16777215 if beside else 300)
            self.body.addWidget(self.view, 2)
        self.view.show_table(table)
        if beside:
            self.view.setMaximumHeight(16777215)
        self.chart.show_table(table if drawn else None)
        self.view.setToolTip(self.tr("Double-click a row to list what it counts")
                             if any(r.behind for r in table.rows) else "")
        self._show_person_buttons()
        accounts = table.behind is Behind.ACCOUNTS
        self.message_button.setVisible(accounts)
        self.message_action.setIconText(self.message_action.text())
        # rows of accounts are chosen several at a time (to write to them)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection
                                   if accounts else
                                   QAbstractItemView.SelectionMode.SingleSelection)
        people = table.behind is Behind.USERS
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu if people
                                       else Qt.ContextMenuPolicy.DefaultContextMenu)
        self._name_actions()

    def offer_books(self, gives: bool) -> None:
        """Offer "Give their book to…" on a table of people (to a team lead or admin)."""
        self.gives_books = gives
        self._show_person_buttons()

    def _show_person_buttons(self) -> None:
        people = self.table is not None and self.table.behind is Behind.USERS
        for button in self.person_buttons:
            book = button.defaultAction() is self.book_action
            button.setVisible(people and (self.gives_books or not book))
        self.book_action.setVisible(people and self.gives_books)

    def person(self) -> uuid.UUID | None:
        """The person of a table of people the actions act on: the chosen row's, else
        the only row's (the table narrowed to one person)."""
        table = self.table
        if table is None or table.behind is not Behind.USERS:
            return None
        current = self.view.currentIndex()
        if current.isValid():
            ids = table.rows[self.view.row_of(current)].behind
        elif len(table.rows) == 1:
            ids = table.rows[0].behind
        else:
            ids = ()
        return ids[0] if len(ids) == 1 else None

    def _name_actions(self) -> None:
        table, person = self.table, self.person()
        name = ""
        if person is not None and table is not None and table.chart is not None:
            row = next(r for r in table.rows if r.behind == (person,))
            name = str(row.values[table.column(table.chart.x)])
        for action, text, named in (
                (self.queue_action, self.tr("Open their queue"), self.tr("Open {0}'s queue")),
                (self.deals_action, self.tr("Their open deals"),
                 self.tr("{0}'s open deals")),
                (self.book_action, self.tr("Give their book to…"),
                 self.tr("Give {0}'s book to…"))):
            action.setEnabled(person is not None)
            action.setText(named.format(name) if name else text)
            # a tool button shows the icon text, which drops a trailing "…"
            action.setIconText(action.text())

    def chosen_accounts(self) -> tuple[list[uuid.UUID], str]:
        """The accounts of the selected rows (of every row, none selected) of a table of
        accounts, and what they are in words."""
        table = self.table
        if table is None or table.behind is not Behind.ACCOUNTS:
            return [], ""
        rows = sorted({self.view.row_of(i) for i in self.view.selectionModel().selectedRows()})
        every = not rows
        ids = list(dict.fromkeys(a for r in (rows or range(len(table.rows)))
                                 for a in table.rows[r].behind))
        if every:
            what = self.tr("the contacts of the {0:,} companies of “{1}”").format(
                len(ids), title_words(table.title))
        elif len(ids) == 1:
            what = self.tr("the contacts of {0}").format(table.rows[rows[0]].values[0])
        else:
            what = self.tr("the contacts of {0:,} companies of “{1}”").format(
                len(ids), title_words(table.title))
        return ids, what

    def message_chosen(self) -> None:
        ids, what = self.chosen_accounts()
        if ids:
            self.message_requested.emit(ids, what)

    def _for_person(self, signal: SignalInstance) -> None:
        person = self.person()
        if person is not None:
            signal.emit(person)

    def _asked_behind(self, row: int) -> None:
        if self.table is not None and 0 <= row < len(self.table.rows) and \
                self.table.rows[row].behind:
            self.behind_requested.emit(self.table, row)

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._name_actions()
        table = self.table
        if table is None or table.behind is not Behind.USERS or not current.isValid():
            return
        ids = table.rows[self.view.row_of(current)].behind
        if len(ids) == 1:
            self.person_chosen.emit(ids[0])

    # ---- exports ----------------------------------------------------------------------
    def export(self, kind: str, path: Path) -> bool:
        """Write the chart (png) or the table (csv, xlsx) to `path`. The files keep the
        figures machine-readable whatever the window's language: ISO dates, plain numbers
        (money in units, shares as numbers), the English words and headings the command
        line writes (crmdesk.app.report_export); the table on screen is the one in the
        user's language and locale."""
        if self.table is None:
            return False
        if kind == "png":
            return self.chart.export_png(path)
        if kind == "csv":
            report_export.write_csv(self.table, path)
        else:
            report_export.write_xlsx(self.table, path)
        return True

    def _ask_export(self, kind: str) -> None:
        if self.table is None:
            return
        filters = {"png": self.tr("PNG picture (*.png)"), "csv": self.tr("CSV file (*.csv)"),
                   "xlsx": self.tr("Excel workbook (*.xlsx)")}
        name = self.table.key.replace(".", "-") + "." + kind
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"),
                                              str(Path.home() / name), filters[kind])
        if not path:
            return
        table = self.table
        if kind != "png" and self.runner is not None:
            write = report_export.write_csv if kind == "csv" else report_export.write_xlsx
            self.runner.run(lambda: write(table, Path(path)), lambda _done: None,
                            lambda exc: self._not_saved(path, exc))
            return
        try:
            if not self.export(kind, Path(path)):
                self._not_saved(path, None)
        except OSError as exc:
            self._not_saved(path, exc)

    def _not_saved(self, path: str, exc: BaseException | None) -> None:
        why = "" if exc is None else (getattr(exc, "strerror", None) or str(exc))
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, self.tr("Not saved"),
                            self.tr("Could not write {0}. {1}").format(path, why))


class PanelView(QScrollArea):
    """One panel's tab: its tables one under the other, a busy or error line on top."""

    def __init__(self, key: str, parent: QWidget | None = None,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.runner = runner
        self.panel: Panel | None = None
        self.blocks: list[TableBlock] = []
        self._made: list[TableBlock] = []  # blocks made since the last show_panel
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()
        self.column = QVBoxLayout(inner)
        self.column.setContentsMargins(10, 6, 10, 6)
        self.column.addWidget(self.status)
        self.column.addStretch(1)
        self.setWidget(inner)

    def busy(self) -> None:
        """Say the figures are being computed, on the status line over an empty tab; over
        figures already shown the scope bar's line says it (this one would push the
        charts down, and they would all be drawn again on the UI thread while the
        figures are computed, slowing the worker that waits on it for the interpreter)."""
        if any(not block.isHidden() for block in self.blocks):
            return
        self.status.setStyleSheet(f"QLabel {{ color: {muted(self).name()}; }}")
        self.status.setText(self.tr("Computing…"))
        self.status.show()

    def failed(self, message: str) -> None:
        self.status.setStyleSheet(f"QLabel {{ color: {error_color(self).name()}; }}")
        self.status.setText(message)
        self.status.show()
        for block in self.blocks:
            block.hide()

    def prepare(self) -> None:
        """Make the first table's block (a chart's widgets take tens of milliseconds to
        make) while the first figures are computed, hidden until they come."""
        if not self.blocks:
            self._add_block().hide()

    def _add_block(self) -> TableBlock:
        block = TableBlock(runner=self.runner)
        self.column.insertWidget(self.column.count() - 1, block)
        self.blocks.append(block)
        self._made.append(block)
        return block

    def show_panel(self, panel: Panel) -> list[TableBlock]:
        """Show `panel`'s tables, reusing the blocks already there; the blocks not shown
        before (their signals are for the caller to connect)."""
        self.panel = panel
        self.status.hide()
        while len(self.blocks) < len(panel.tables):
            self._add_block()
        made, self._made = self._made, []
        for block, table in zip(self.blocks, panel.tables, strict=False):
            block.show_table(table)
            block.show()
        for block in self.blocks[len(panel.tables):]:
            block.hide()
        if not panel.tables:
            self.status.setText(self.tr("Nothing to show for this scope."))
            self.status.show()
        return made


class BehindDialog(QDialog):
    """The records behind one figure (or a person's open deals), by name; a double-click
    opens one. A lead or an admin gives the selected accounts, or the accounts of the
    selected deals, to a rep of the team or to the pool from here."""

    account_opened = Signal(object)       # an account's id
    deal_opened = Signal(object, object)  # (account id, deal id)
    person_chosen = Signal(object)        # a person's id
    reassigned = Signal()                 # accounts changed hands: the figures changed
    message_requested = Signal(object, str)  # accounts' ids, what they are in words

    def __init__(self, ctx: AppContext, kind: Behind, what: str, count: int,
                 fetch: Callable[[], BehindList], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._fetch = fetch
        self.kind = kind
        self.listed: BehindList | None = None
        self.reassign: ReassignDialog | None = None
        self.setWindowTitle(what)
        self._what = what
        self.heading = QLabel(self.tr("{0} — loading {1} record(s)…").format(what, count))
        self.heading.setFont(scaled(self.font(), 0, bold=True))
        self.heading.setWordWrap(True)
        self.view = ReportTableView()
        self.view.setMaximumHeight(16777215)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.doubleClicked.connect(self._open)
        role = Role(ctx.user.role) if ctx.user is not None else None
        self.give_button = QPushButton(self.tr("Give to a rep or the pool…"))
        self.give_button.setAutoDefault(False)
        self.give_button.setToolTip(
            self.tr("Give the selected accounts, with their history, to a rep of their "
                    "team or to the team's pool") if kind is Behind.ACCOUNTS else
            self.tr("Give the accounts of the selected deals (a deal's owner is its "
                    "account's) to a rep of their team or to the team's pool"))
        self.give_button.setVisible(kind in (Behind.ACCOUNTS, Behind.DEALS)
                                    and role in (Role.LEAD, Role.ADMIN))
        self.give_button.setEnabled(False)
        self.give_button.clicked.connect(self.give)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.give_button.setEnabled(bool(self.selected_rows())))
        self.message_button = QPushButton(self.tr("Message their contacts…"))
        self.message_button.setAutoDefault(False)
        self.message_button.setToolTip(self.tr(
            "Send a template to the contacts of the selected accounts (or deals' accounts); "
            "of all those listed, when none is selected"))
        self.message_button.setVisible(kind in (Behind.ACCOUNTS, Behind.DEALS))
        self.message_button.clicked.connect(self.message_chosen)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        foot = QHBoxLayout()
        foot.addWidget(QLabel(self.tr("Double-click a row to open it.")))
        foot.addStretch(1)
        foot.addWidget(self.message_button)
        foot.addWidget(self.give_button)
        foot.addWidget(close)
        layout.addLayout(foot)
        self.resize(QSize(980, 520))
        self.load()

    @classmethod
    def of_row(cls, ctx: AppContext, table: Table, row: int,
               parent: QWidget | None = None) -> BehindDialog:
        """The records row `row` of `table` counts."""
        kind = table.behind or Behind.ACCOUNTS
        names = ""
        if table.chart is not None:  # the row's name as the chart and the table show it
            x = table.columns[table.column(table.chart.x)]
            names = shown_text(table.rows[row].values[table.column(x.key)], x.cell,
                               table.currency, x.key)
        app, ids, currency = ctx.app, table.rows[row].behind, table.currency or "CNY"
        title = f"{title_words(table.title)}: {names}"
        return cls(ctx, kind, title, len(ids),
                   lambda: behind(app, kind, ids, currency, title), parent)

    def load(self) -> None:
        """List the records (again: after a reassignment their owners changed)."""
        self._ctx.runner.run(self._fetch, self._show, key="review-behind")

    def _show(self, listed: BehindList) -> None:
        if not shiboken6.isValid(self):
            return  # closed and deleted while the list was read
        self.listed = listed
        count = len(listed.table.rows)
        text = self.tr("{0} — {1} record(s)").format(self._what, count + listed.left_out)
        if listed.left_out:
            text += " · " + self.tr("the first {0} listed").format(count)
        if listed.table.note:
            text += " · " + worded(listed.table.note)
        self.heading.setText(text)
        self.view.show_table(listed.table)
        self.view.setMaximumHeight(16777215)
        self.give_button.setEnabled(False)

    def selected_rows(self) -> list[int]:
        """The selected rows, in the listing's own order."""
        if self.listed is None:
            return []
        return sorted({self.view.row_of(index)
                       for index in self.view.selectionModel().selectedRows()})

    def selected_accounts(self) -> list[uuid.UUID]:
        """The accounts the selection names: the selected accounts, or the selected
        deals' accounts."""
        listed = self.listed
        if listed is None or self.kind not in (Behind.ACCOUNTS, Behind.DEALS):
            return []
        rows = self.selected_rows()
        ids = ([listed.accounts[r] for r in rows] if self.kind is Behind.DEALS
               else [listed.table.rows[r].behind[0] for r in rows])
        return list(dict.fromkeys(i for i in ids if i is not None))

    def message_chosen(self) -> None:
        """Ask for a message to the people of the selected accounts (all listed, none
        selected)."""
        listed = self.listed
        if listed is None:
            return
        chosen = self.selected_accounts()
        if not chosen:
            everyone = (listed.accounts if self.kind is Behind.DEALS
                        else [r.behind[0] for r in listed.table.rows])
            chosen = list(dict.fromkeys(i for i in everyone if i is not None))
        if chosen:
            self.message_requested.emit(chosen, self.tr(
                "the contacts of {0:,} companies of “{1}”").format(len(chosen), self._what))

    def give(self) -> ReassignDialog | None:
        """Ask whom to give the selected accounts to (ReassignDialog), then list again."""
        accounts = self.selected_accounts()
        if not accounts or not self.give_button.isVisible():
            return None
        note = ""
        if self.kind is Behind.DEALS:
            deals = len(self.selected_rows())
            # a deal's owner always follows its account's: say what really moves
            note = self.tr("A deal belongs to its account's owner: the {0} selected deal(s) "
                           "go with their {1} account(s), and so does everything else of "
                           "those accounts.").format(deals, len(accounts))
        dialog = ReassignDialog(self._ctx, accounts, self, note)
        dialog.finished.connect(lambda _code: self._given(dialog))
        self.reassign = dialog
        dialog.open()
        return dialog

    def _given(self, dialog: ReassignDialog) -> None:
        if dialog.result_value is not None and dialog.result_value.accounts:
            self.reassigned.emit()
            self.load()
        dialog.deleteLater()
        if self.reassign is dialog:
            self.reassign = None

    def open_row(self, row: int) -> None:
        """Open the record of row `row` (in the listing's own order)."""
        if self.listed is None:
            return
        record = self.listed.table.rows[row].behind[0]
        if self.kind is Behind.DEALS:
            self.deal_opened.emit(self.listed.accounts[row], record)
        elif self.kind is Behind.ACCOUNTS:
            self.account_opened.emit(record)
        else:
            self.person_chosen.emit(record)

    def _open(self, index: QModelIndex) -> None:
        self.open_row(self.view.row_of(index))


class ReviewPane(QWidget):
    """The scope bar and a tab per panel; see the module's doc."""

    account_opened = Signal(object)
    deal_opened = Signal(object, object)
    queue_opened = Signal(object)   # a person's id: their queue, in the main window
    message_requested = Signal(object, str)  # accounts' ids, in words: write to their people

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.choices: ScopeChoices | None = None
        self.generation = 0        # raised by every change of scope: older answers drop
        self._fresh: set[str] = set()   # panels showing the current scope
        self._pending: set[str] = set()
        self.scope: ReviewScope | None = None
        self.dialog: BehindDialog | None = None
        self.book_dialog: ReassignDialog | None = None
        #: a team lead or an admin hands a leaving person's book on from here
        self.gives_books = ctx.user is not None and Role(ctx.user.role) in (Role.LEAD,
                                                                            Role.ADMIN)
        self._filling = False
        #: (panel, generation) of the figures computed for the bar's defaults while its
        #: choices are read (`_load_choices`), until they are answered
        self._early: tuple[str, int] | None = None
        self._held: tuple[ReviewScope, Panel] | None = None  # theirs, before the bar's
        #: figures already computed, by panel and the bar's scope (`asked_key`), so going
        #: back and forth among tabs, people and teams shows them at once; dropped when
        #: the workspace changes (its answers from `_valid_from`'s generation on only)
        self._cache: OrderedDict[tuple[str, Asked], tuple[ReviewScope, Panel]] = \
            OrderedDict()
        self._valid_from = 0
        #: a panel computed ahead, in the background, before its tab is shown:
        #: (panel, generation, scope asked)
        self._next: tuple[str, int, Asked] | None = None
        self._choosing: uuid.UUID | None = None  # a person chosen in a table, a moment ago
        self._ahead = QTimer(self)
        self._ahead.setSingleShot(True)
        self._ahead.setInterval(AHEAD_MS)
        self._ahead.timeout.connect(self._compute_ahead)
        # ---- the scope bar
        self.team = ComboBox()
        self.team.setToolTip(self.tr("Whose figures: one team or all of them"))
        self.rep = ComboBox()
        self.rep.setToolTip(self.tr("Narrow every panel to one person"))
        self.rep.setMinimumContentsLength(12)
        for combo in (self.team, self.rep):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period = ComboBox()
        for choice in PeriodChoice:
            self.period.addItem(word(PERIOD_LABELS[choice]), choice.value)
        self.period.setCurrentIndex(find(self.period, PeriodChoice.THIS_QUARTER.value))
        today = ctx.today()
        start, end = period_dates(PeriodChoice.THIS_QUARTER, today)
        self.start, self.end = DateEdit(_qdate(start)), DateEdit(_qdate(end))
        self.since = DateEdit(_qdate(today - timedelta(days=7)))
        self.since.setToolTip(self.tr("The pipeline's changes are counted from this day"))
        for edit in (self.start, self.end, self.since):
            edit.setCalendarPopup(True)
        self.currency = ComboBox()
        self.currency.setToolTip(self.tr("Money figures in this currency (never added up "
                                         "across currencies)"))
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.setAutoDefault(False)
        self.busy = QLabel()
        self.busy.setStyleSheet(f"QLabel {{ color: {muted(self).name()}; }}")
        # as wide with its word as without: its coming and going moves nothing else (a
        # move has the charts drawn again while the figures are computed)
        self.busy.setFixedWidth(self.busy.fontMetrics().horizontalAdvance(
            self.tr("Computing…")) + 8)
        bar = QHBoxLayout()
        self._team_label, self._rep_label = QLabel(self.tr("Team")), QLabel(self.tr("Person"))
        self._currency_label = QLabel(self.tr("Currency"))
        self._dash = QLabel("–")
        for widget in (self._team_label, self.team, self._rep_label, self.rep,
                       QLabel(self.tr("Period")), self.period, self.start, self._dash, self.end,
                       self._currency_label, self.currency, QLabel(self.tr("Changes since")),
                       self.since):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.busy)
        bar.addWidget(self.reload_button)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.views: dict[str, PanelView] = {}
        for key, title in available_panels():
            view = PanelView(key, runner=ctx.runner)
            self.views[key] = view
            self.tabs.addTab(view, word(title))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        self._custom(False)
        # ---- what changes the scope
        self.team.currentIndexChanged.connect(self._team_changed)
        self.rep.currentIndexChanged.connect(self._scope_changed)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.currency.currentIndexChanged.connect(self._scope_changed)
        for edit in (self.start, self.end, self.since):
            edit.dateChanged.connect(self._scope_changed)
        self.reload_button.clicked.connect(self.reload)
        self.tabs.currentChanged.connect(lambda _i: self._compute_shown())
        # what a sync or an edit changed: the figures are redone (once, a moment later)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(400)
        self._later.timeout.connect(self.reload)
        ctx.bus.changed.connect(self._on_changes)
        self._load_choices()

    # ---- the scope bar ----------------------------------------------------------------
    def _load_choices(self) -> None:
        app = self._ctx.app
        self._ctx.read(lambda s: scope_choices(app, s), self._fill, key="review-choices")
        # meanwhile the shown tab's figures for the scope the bar starts at (its
        # defaults: every team the user may see, the workspace's currency), so the window
        # does not wait for the choices before computing; checked against the bar once
        # it is filled (`_computed`)
        key = self.shown_key
        if key is not None and self.choices is None:
            self._early = (key, self.generation)
            self.compute(key)

    def _fill(self, choices: ScopeChoices) -> None:
        self.choices = choices
        self._filling = True
        try:
            self.team.clear()
            if choices.may_choose_team:
                self.team.addItem(self.tr("All teams"), ALL)
            for team in choices.teams:
                self.team.addItem(team.name, team.id)
            self.team.setEnabled(choices.may_choose_team and self.team.count() > 1)
            for widget in (self.team, self._team_label):
                widget.setVisible(bool(choices.teams) or choices.may_choose_team)
            self._fill_people()
            self.currency.clear()
            for code in choices.currencies:
                self.currency.addItem(code, code)
            several = len(choices.currencies) > 1
            self.currency.setVisible(several)
            self._currency_label.setVisible(several)
        finally:
            self._filling = False
        self._scope_changed()

    def _fill_people(self) -> None:
        choices = self.choices
        if choices is None:
            return
        was = self.rep.currentData()
        self.rep.blockSignals(True)
        self.rep.clear()
        if choices.fixed_rep is None:
            self.rep.addItem(self.tr("All"), ALL)
        for person in choices.people_of(self.team.currentData()):
            self.rep.addItem(person.display_name, person.id)
        self.rep.setEnabled(choices.fixed_rep is None)
        found = find(self.rep, was)
        self.rep.setCurrentIndex(max(0, found))
        self.rep.blockSignals(False)

    def _team_changed(self) -> None:
        if not self._filling:
            self._fill_people()
            self._scope_changed()

    def _custom(self, shown: bool) -> None:
        for widget in (self.start, self._dash, self.end):
            widget.setVisible(shown)

    def _period_changed(self) -> None:
        choice = PeriodChoice(self.period.currentData())
        self._custom(choice is PeriodChoice.CUSTOM)
        if choice is not PeriodChoice.CUSTOM:
            start, end = period_dates(choice, self._ctx.today())
            for edit, day in ((self.start, start), (self.end, end)):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)
        self._scope_changed()

    def choose_rep(self, user_id: uuid.UUID | None) -> bool:
        """Narrow every panel to `user_id` (None: everyone the user may see); False when
        that person is not among the choices."""
        found = find(self.rep, user_id)
        if found < 0 and self.team.isEnabled():  # a person of another team: theirs first
            person = next((p for p in (self.choices.people if self.choices else ())
                           if p.id == user_id), None)
            if person is not None:
                self.team.setCurrentIndex(max(0, find(self.team, ALL)))
                found = find(self.rep, user_id)
        if found < 0:
            return False
        self.rep.setCurrentIndex(found)
        return True

    def _person_clicked(self, user_id: uuid.UUID) -> None:
        """A person's row chosen in a table: narrowed to them once the click is done with
        the table (narrowed at once, `known`, the table is laid out anew)."""
        self._choosing = user_id
        QTimer.singleShot(0, self, self._chosen_clicked)

    def _chosen_clicked(self) -> None:
        chosen, self._choosing = self._choosing, None
        if chosen is not None:
            self.choose_rep(chosen)

    def asked(self) -> dict[str, object]:
        """The scope as the bar asks for it (review_scope's keywords)."""
        return {"team_id": self.team.currentData(), "rep_id": self.rep.currentData(),
                "start": _pydate(self.start.date()), "end": _pydate(self.end.date()),
                "currency": self.currency.currentData(), "since": _pydate(self.since.date())}

    def asked_key(self) -> Asked:
        """The scope on the bar as a key of the figures computed for it (today's: a
        review left open overnight computes anew)."""
        a = self.asked()
        return (a["team_id"], a["rep_id"], a["start"], a["end"], a["currency"], a["since"],
                self._ctx.today())

    def _scope_changed(self) -> None:
        if self._filling or self.choices is None:
            return
        if self._early is not None and self._early == (self.shown_key, self.generation):
            # the bar's first scope: its figures are on their way, or here (_load_choices)
            held, self._held = self._held, None
            if held is not None:
                self._computed(*self._early, held)
            return
        self._early = self._held = None  # another tab shown, or the scope moved on
        self.generation += 1
        self._fresh.clear()
        self._compute_shown()

    def reload(self) -> None:
        """Compute the figures again (the shown tab now, the others when shown)."""
        self._forget()
        if self.choices is not None:
            self._early = self._held = None  # not the figures asked before the reload
            self._scope_changed()

    def _forget(self) -> None:
        """Drop the figures computed so far, and those being computed: the workspace
        changed (or the user asks for them again)."""
        self._cache.clear()
        self._valid_from = self.generation + 1

    def _on_changes(self, change: Changes) -> None:
        if change.empty:
            return
        self._forget()
        if self.isVisible():
            self._later.start()
        else:  # figures from before the change are not shown again when it reopens
            self.generation += 1
            self._fresh.clear()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self.choices is not None and self.shown_key not in self._fresh:
            self._compute_shown()

    # ---- computing --------------------------------------------------------------------
    @property
    def shown_key(self) -> str | None:
        view = self.tabs.currentWidget()
        return view.key if isinstance(view, PanelView) else None

    @property
    def is_settled(self) -> bool:
        """The shown tab has its figures for the scope on the bar, and no person chosen
        in a table is still to come to the bar (tests, screenshots)."""
        key = self.shown_key
        return (self.choices is not None and not self._pending and self._choosing is None
                and (key is None or key in self._fresh))

    def show_panel_tab(self, key: str) -> bool:
        view = self.views.get(key)
        if view is None:
            return False
        self.tabs.setCurrentWidget(view)
        return True

    def _compute_shown(self) -> None:
        key = self.shown_key
        if key is None or self.choices is None or key in self._fresh:
            return
        known = self.known(key)
        if known is not None:  # no need to wait: drawn now
            self._pending.discard(key)
            self._show_busy()
            self._show(key, known)
            return
        ahead = self._next
        if ahead is not None and ahead[0] == key and ahead[1] >= self._valid_from and \
                ahead[2] == self.asked_key():
            # computed ahead for this very scope, and on its way: waited for
            self._pending.add(key)
            self._show_busy()
            self.views[key].busy()
            return
        self.compute(key)

    def known(self, key: str) -> tuple[ReviewScope, Panel] | None:
        """Panel `key`'s figures for the scope on the bar, when they need no computing:
        computed before, or read from those of a wider scope (one person's row of the
        reps side by side: crmdesk.app.review.narrowed)."""
        asked = self.asked_key()
        found = self._cache.get((key, asked))
        if found is not None:
            self._cache.move_to_end((key, asked))
            return found
        team, rep = self.team.currentData(), self.rep.currentData()
        if self.choices is None or (team is None and rep is None):
            return None
        for wider in ((team, None, *asked[2:]), (None, None, *asked[2:])):
            cached = self._cache.get((key, wider))
            if wider == asked or cached is None:
                continue
            found = narrowed(key, *cached, self.choices.people, team, rep)
            if found is not None:
                self._remember(key, asked, found)
                return found
        return None

    def _remember(self, key: str, asked: Asked, got: tuple[ReviewScope, Panel]) -> None:
        self._cache[(key, asked)] = got
        self._cache.move_to_end((key, asked))
        while len(self._cache) > CACHED:
            self._cache.popitem(last=False)

    def _job(self, key: str) -> Callable[[], tuple[ReviewScope, Panel]]:
        asked, app = self.asked(), self._ctx.app

        def job() -> tuple[ReviewScope, Panel]:
            with app.store.session() as session:
                scope = review_scope(app, session, **asked)  # type: ignore[arg-type]
            return scope, review_panel(app, key, scope)

        return job

    def compute(self, key: str) -> None:
        generation = self.generation
        # the bar's scope, once it is filled (the figures asked before are kept as the
        # scope the bar then asks for, when it is theirs: `_computed`)
        asked = self.asked_key() if self.choices is not None else None
        self._pending.add(key)
        self._show_busy()
        self.views[key].busy()
        self._ctx.runner.run(self._job(key),
                             lambda got: self._computed(key, generation, got, asked),
                             lambda exc: self._failed(key, generation, exc),
                             key=f"review-{key}")
        self.views[key].prepare()  # on the UI thread while the worker computes

    def _show_busy(self) -> None:
        self.busy.setText(self.tr("Computing…") if self._pending else "")

    def _computed(self, key: str, generation: int, got: tuple[ReviewScope, Panel],
                  asked: Asked | None = None) -> None:
        if not shiboken6.isValid(self):
            return  # the pane was deleted while its figures were computed
        if asked is not None and generation >= self._valid_from:
            self._remember(key, asked, got)  # for a scope asked again, even if not now
        self._pending.discard(key)
        self._show_busy()
        if self._early == (key, generation):
            if generation != self.generation:
                self._early = None  # the workspace changed meanwhile: stale (below)
            elif self.choices is None:
                self._held = got  # shown once the bar is filled, if it asks for them
                return
            else:
                self._early = None
                if not self._is_asked(got[0]):  # the bar came to another scope
                    self.generation += 1
                    self._fresh.clear()
                    self._compute_shown()
                    return
                if generation >= self._valid_from:
                    self._remember(key, self.asked_key(), got)
        if generation != self.generation:
            # the scope moved on meanwhile: this answer is stale (the shown tab, if it is
            # another, was asked for when it moved on)
            if key == self.shown_key:
                self._compute_shown()
            return
        if key not in self._fresh:
            self._show(key, got)

    def _show(self, key: str, got: tuple[ReviewScope, Panel]) -> None:
        """Show panel `key`'s figures, for the scope on the bar."""
        self.scope, panel = got
        self._fresh.add(key)
        for block in self.views[key].show_panel(panel):
            block.behind_requested.connect(self.open_behind)
            block.person_chosen.connect(self._person_clicked)
            block.queue_requested.connect(self.queue_opened)
            block.deals_requested.connect(self.open_deals_of)
            block.book_requested.connect(self.give_book_of)
            block.message_requested.connect(self.message_requested)
            block.offer_books(self.gives_books)
        if self.shown_key == key and self.isVisible():
            # laid out (scroll bar and all) and drawn now, once: not at some later turn
            # of the event loop, drawn first at a width the layout then changes and again
            # after, holding the interpreter from the worker computing what is asked next
            for _ in range(3):
                QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            self.views[key].repaint()
        self._ahead.start()

    # ---- computing ahead --------------------------------------------------------------
    def _compute_ahead(self) -> None:
        """Compute the next tab's figures for the scope on the bar, in the background,
        one panel at a time, while the user reads the shown one (the tabs after it
        first): a tab then shows at once when chosen."""
        if self._pending or self._next is not None or self.choices is None or \
                not self.isVisible() or self._early is not None:
            return
        keys = list(self.views)
        shown = self.shown_key
        at = keys.index(shown) + 1 if shown in keys else 0
        asked = self.asked_key()
        for key in keys[at:] + keys[:at]:
            if key == shown or (key, asked) in self._cache or self.known(key) is not None:
                continue
            self._start_ahead(key, asked)
            return

    def _start_ahead(self, key: str, asked: Asked) -> None:
        generation = self.generation
        self._next = (key, generation, asked)
        self._ctx.runner.run(
            self._job(key), lambda got: self._ahead_done(key, generation, asked, got),
            lambda _exc: self._ahead_done(key, generation, asked, None),
            key="review-ahead", background=True)

    def _ahead_done(self, key: str, generation: int, asked: Asked,
                    got: tuple[ReviewScope, Panel] | None) -> None:
        if not shiboken6.isValid(self):
            return
        self._next = None
        if got is not None and generation >= self._valid_from:
            self._remember(key, asked, got)
        if key in self._pending and key == self.shown_key and asked == self.asked_key():
            # its tab was shown meanwhile, waiting for these figures (or computes them
            # now: they failed, or the workspace changed meanwhile)
            self._pending.discard(key)
            self._compute_shown()
        if not self._pending:
            self._ahead.start()

    def _is_asked(self, scope: ReviewScope) -> bool:
        """Is `scope` the one the bar asks for now?"""
        asked = self.asked()
        return (scope.team_id, scope.rep_id, scope.start, scope.end, scope.currency,
                scope.since) == (asked["team_id"], asked["rep_id"], asked["start"],
                                 asked["end"], asked["currency"], asked["since"])

    def _failed(self, key: str, generation: int, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._pending.discard(key)
        if self._early == (key, generation):
            # computed again for the scope the bar asks for, once it is filled
            self._early = None
            self.generation += 1
            self._fresh.clear()
            self._show_busy()
            self._compute_shown()
            return
        self._show_busy()
        if generation != self.generation:
            if key == self.shown_key:
                self._compute_shown()
            return
        self._fresh.add(key)  # not asked again until the scope changes or Reload
        if isinstance(exc, Refused | LookupError):
            message = refusal_words(exc)
        else:
            self._ctx.runner.report(exc)  # logged with its traceback
            message = self.tr("The figures could not be computed: {0}").format(exc)
        self.views[key].failed(message)

    # ---- the records behind a figure --------------------------------------------------
    def open_behind(self, table: Table, row: int) -> BehindDialog:
        """List the records row `row` of `table` counts."""
        return self._open_dialog(BehindDialog.of_row(self._ctx, table, row, self.window()))

    def open_deals_of(self, user_id: uuid.UUID) -> BehindDialog:
        """List a person's open deals (from a table of people)."""
        app = self._ctx.app
        currency = self.scope.currency if self.scope is not None else "CNY"
        name = self.rep.itemText(find(self.rep, user_id)) if find(self.rep, user_id) >= 0 \
            else ""
        what = self.tr("Open deals of {0}").format(name) if name else self.tr("Open deals")
        return self._open_dialog(BehindDialog(
            self._ctx, Behind.DEALS, what, 0,
            lambda: open_deals_of(app, user_id, currency), self.window()))

    def give_book_of(self, user_id: uuid.UUID) -> ReassignDialog:
        """Ask whom to give every account `user_id` owns to (a leaving rep's book)."""
        at = find(self.rep, user_id)
        name = self.rep.itemText(at) if at >= 0 else self.tr("this person")
        dialog = ReassignDialog.of_book(self._ctx, user_id, name, self.window())
        dialog.finished.connect(lambda _code: self._book_given(dialog))
        if self.book_dialog is not None:
            self.book_dialog.deleteLater()
        self.book_dialog = dialog
        dialog.open()
        return dialog

    def _book_given(self, dialog: ReassignDialog) -> None:
        if dialog.result_value is not None and dialog.result_value.accounts:
            self.reload()
        if self.book_dialog is dialog:
            self.book_dialog = None
        dialog.deleteLater()

    def _open_dialog(self, dialog: BehindDialog) -> BehindDialog:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.account_opened.connect(self.account_opened)
        dialog.deal_opened.connect(self.deal_opened)
        dialog.person_chosen.connect(self.choose_rep)
        dialog.reassigned.connect(self.reload)
        dialog.message_requested.connect(self.message_requested)
        dialog.show()
        return dialog


class ReviewWindow(QMainWindow):
    """The review in a window of its own, beside the workstation (View → Team review)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Team review — {0}").format(ctx.user.display_name))
        self.pane = ReviewPane(ctx)
        self.setCentralWidget(self.pane)
        self.pane.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        QShortcut(QKeySequence("F5"), self, self.pane.reload)
        QShortcut(QKeySequence("Esc"), self, self.close)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.pane.dialog is not None:
            self.pane.dialog.close()
        super().closeEvent(event)

