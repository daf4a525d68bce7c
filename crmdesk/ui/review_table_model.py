"""A review table (crmdesk.domain.report.Table) as a Qt model: one row per figure row,
its columns as the table declares them, cells written as people read them in the
window's language (`shown_text`: days, months, numbers and money in the locale, marked
words translated), figures right-aligned, sorted by their raw values (not the text
shown) through `ReportProxy`."""

from __future__ import annotations

import functools
import itertools
import unicodedata
import uuid
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from crmdesk.domain.report import NUMERIC, Cell, MonthName, Table
from crmdesk.domain.value import Said
from crmdesk.domain.words import Sentences, Worded
from crmdesk.ui.formats import day_text, month_text, number_text, percent_text, short_money_text
from crmdesk.ui.words import column_word, value_reasons, word, worded

#: The raw value of a cell (money in minor units, a share as a fraction).
RAW_ROLE = Qt.ItemDataRole.UserRole + 1
#: The ids of the records a row counts (a sequence of uuids: Row.behind).
BEHIND_ROLE = Qt.ItemDataRole.UserRole + 2
#: The model row a (proxy) row shows.
ROW_ROLE = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex
#: How many tables' written cells (and measured widths: crmdesk.ui.review_pane) are kept.
KEPT = 4


def sort_key(value: object, cell: Cell) -> tuple[int, Any]:
    """A value as it sorts: blanks last, figures by number, dates by day, text folded."""
    if value is None:
        return (1, 0)
    if cell in NUMERIC:
        return (0, float(value))  # type: ignore[arg-type]
    if isinstance(value, date):
        return (0, value.toordinal())
    return (0, str(value).casefold())


_DISPLAY, _TOOLTIP = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
#: The roles a cell answers; a view asks each cell for a dozen at every repaint.
_ANSWERED = frozenset({_DISPLAY, _TOOLTIP, _ALIGNMENT, int(RAW_ROLE), int(BEHIND_ROLE),
                       int(ROW_ROLE)})


#: The columns whose text is a label the domain marked (crmdesk.domain.words), shown in
#: the window's language: the rest are names and figures.
LABEL_COLUMNS = frozenset({"stage", "status", "category", "change", "step", "role"})


def shown_text(value: object, cell: Cell, currency: str | None, key: str = "") -> str:
    """A cell of column `key` as the window shows it: as `cell_text` writes it for the
    command line, but in the user's language and locale (money, counts and shares in its
    digits, a day in its short date, a month named; marked words translated, a churn
    risk's reasons worded)."""
    if value is None:
        return ""
    if isinstance(value, Said):
        return value_reasons(value.reasons)
    if isinstance(value, Worded | Sentences | MonthName):
        return worded(value)
    if cell is Cell.MONEY:
        return short_money_text(int(value), currency or "CNY")  # type: ignore[call-overload]
    if cell is Cell.PERCENT:
        return percent_text(float(value))  # type: ignore[arg-type]
    if cell is Cell.COUNT or cell is Cell.DAYS:
        return number_text(int(value))  # type: ignore[call-overload]
    if isinstance(value, date):
        # a month's first day names the month (ROI's "acquired in")
        return month_text(value) if key == "month" else day_text(value)
    text = str(value)
    return word(text) if key in LABEL_COLUMNS else text


class ReportTableModel(QAbstractTableModel):
    """The rows of one review table; `show` swaps in a new table (a new scope). Each
    cell's text is written once and kept (a repaint asks every shown cell again, on the
    UI thread)."""

    def __init__(self, table: Table | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table: Table | None = table
        self._texts: dict[tuple[int, int], str] = {}
        #: the cells written of the last tables shown, by the table's id (with the table,
        #: so the id stays its): a scope shown again (everyone after a person) has its
        #: texts at once
        self._written: OrderedDict[int, tuple[Table, dict[tuple[int, int], str]]] = \
            OrderedDict()
        #: 0: the long headings on two lines; 2 or 3: every heading of more than a word
        #: on up to that many lines (a table too wide for its view)
        self.heading_lines = 0

    def show(self, table: Table | None) -> None:
        self.beginResetModel()
        self.table = table
        self._texts = {}
        if table is not None:
            kept = self._written.pop(id(table), None)
            if kept is not None and kept[0] is table:
                self._texts = kept[1]
            self._written[id(table)] = (table, self._texts)
            while len(self._written) > KEPT:
                self._written.popitem(last=False)
        self.endResetModel()

    @contextmanager
    def headings_as(self, lines: int) -> Iterator[None]:
        """The headings as `wrap_headings(lines)` would have them, meanwhile and unsaid:
        measured without the header laying itself out again for each way tried."""
        shown, self.heading_lines = self.heading_lines, lines
        try:
            yield
        finally:
            self.heading_lines = shown

    def wrap_headings(self, lines: int) -> None:
        """Every heading of more than a word on up to `lines` lines (2 or 3), or (0)
        only the long ones on two."""
        if lines != self.heading_lines:
            self.heading_lines = lines
            if self.table is not None and self.table.columns:
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                            len(self.table.columns) - 1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.table is None else len(self.table.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.table is None else len(self.table.columns)

    def behind(self, row: int) -> Sequence[uuid.UUID]:
        return () if self.table is None else self.table.rows[row].behind

    def text(self, row: int, col: int) -> str:
        """Cell (row, col) as people read it."""
        key = (row, col)
        found = self._texts.get(key)
        if found is None:
            table = self.table
            assert table is not None
            column = table.columns[col]
            found = shown_text(table.rows[row].values[col], column.cell, table.currency,
                               column.key)
            self._texts[key] = found
        return found

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        table = self.table
        role = int(role)
        if role not in _ANSWERED or table is None or not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == _DISPLAY:
            return self.text(row, col)
        if role == _TOOLTIP:
            text = self.text(row, col)
            return f"{column_word(table.columns[col].label)}: {text}" if text else None
        if role == _ALIGNMENT:
            return _RIGHT if table.columns[col].cell in NUMERIC else _LEFT
        if role == RAW_ROLE:
            return table.rows[row].values[col]
        if role == BEHIND_ROLE:
            return table.rows[row].behind
        return row  # ROW_ROLE

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        table = self.table
        if table is None or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(table.columns):
            return None
        col = table.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            label = column_word(col.label)
            lines = self.heading_lines
            return header_label(label, 0, lines) if lines else header_label(label)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column_word(col.label)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = (Qt.AlignmentFlag.AlignRight if col.cell in NUMERIC
                    else Qt.AlignmentFlag.AlignLeft)
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return None


class ReportProxy(QSortFilterProxyModel):
    """Sorts a review table by the raw figures, not their text ("¥9,000" < "¥10,000"),
    blanks last whichever way."""

    def lessThan(self, left: _Index, right: _Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, ReportTableModel) or model.table is None:
            return super().lessThan(left, right)
        cell = model.table.columns[left.column()].cell
        first, second = model.data(left, RAW_ROLE), model.data(right, RAW_ROLE)
        if (first is None) != (second is None):
            return (first is None) == (self.sortOrder() == Qt.SortOrder.DescendingOrder)
        return sort_key(first, cell) < sort_key(second, cell)


#: A heading longer than this goes on two lines.
LONG_HEADING = 12


@functools.lru_cache(maxsize=1024)  # asked at every paint of every heading
def header_label(label: str, longest: int = LONG_HEADING, lines: int = 2) -> str:
    """A column's heading on up to `lines` lines, as even as its words allow, when it is
    longer than `longest` ("Credited\nthis quarter"), so a table of a dozen figures fits
    the width of a laptop's screen without a scroll bar. A line breaks at a space or
    before a full-width bracket, never inside brackets ("跟进记录\n（7 天）")."""
    breaks = _line_breaks(label)
    if len(label) <= longest or not breaks:
        return label

    def pieces(chosen: tuple[tuple[int, int], ...]) -> list[str]:
        ends = [(0, 0), *chosen, (len(label), len(label))]
        return [label[a[1]:b[0]] for a, b in itertools.pairwise(ends)]

    # the fewest lines that make it narrowest
    best = min((chosen for n in range(1, min(lines, len(breaks) + 1))
                for chosen in itertools.combinations(breaks, n)),
               key=lambda chosen: (max(map(_columns, pieces(chosen))), len(chosen)))
    return "\n".join(pieces(best))


def _line_breaks(label: str) -> list[tuple[int, int]]:
    """Where `label` may break: (end of a line, start of the next), outside brackets."""
    out, depth = [], 0
    for at, char in enumerate(label):
        if char in "(（":
            if char == "（" and at and not depth:
                out.append((at, at))
            depth += 1
        elif char in ")）":
            depth = max(0, depth - 1)
        elif char == " " and at and not depth:
            out.append((at, at + 1))
    return out


def _columns(text: str) -> int:
    """`text`'s width in columns: a Chinese character takes two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
