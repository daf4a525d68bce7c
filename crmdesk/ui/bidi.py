"""People's own text, and a table's current row, in a window laid out right to left
(Hebrew).

A right-to-left window lays each line out right to left, and the bidirectional algorithm
then moves the neutral characters of a left-to-right name or number to the wrong side:
"Acme Ltd." shows as ".Acme Ltd", "+1 (617) 296-0728" as "296-0728 (617) 1+". Wrapped as
an isolate that takes its own direction from its first letter (FIRST STRONG ISOLATE …
POP DIRECTIONAL ISOLATE), such text reads as typed, Hebrew text still right to left, and
the line around it is not disturbed. A left-to-right window shows text as it is (its
lists and tests compare plain strings). A table's cells are isolated as they are drawn
(`isolate_cells`), its model's text left plain; a paragraph of rich text that starts
with such text is given the window's direction (`html_dir`). `select_row` makes a
table's row current in either direction; `forward` is the arrow from one value to the
next, as the window reads.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

#: FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE (Unicode's bidirectional algorithm):
#: a run with none of its own letters (a phone number) is laid out left to right.
FSI, PDI = "\u2068", "\u2069"


def isolated(text: str) -> str:
    """`text` as a unit in its own direction in a right-to-left window; else as it is."""
    if not text or QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return text
    return f"{FSI}{text}{PDI}"


def html_dir() -> str:
    """The window's direction as rich text's `dir` attribute. A paragraph of rich text
    otherwise takes its direction from its first letter: a line that starts with a Latin
    name is laid out left to right in a Hebrew window, its Hebrew words and their
    neutral marks ("More ▾") then out of place."""
    return "rtl" if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft \
        else "ltr"


def select_row(view: QTableView, row: int) -> None:
    """Make `row` the view's current, selected row. QTableView.selectRow finds its column
    by a position that, right to left, lies past a table not laid out yet (a list just
    switched to): it then selects nothing, and the pane opens on no record."""
    model = view.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    column = next((c for c in range(model.columnCount()) if not view.isColumnHidden(c)), 0)
    view.setCurrentIndex(model.index(row, column))  # selects the row: the views select rows


def forward() -> str:
    """The arrow from a value to the one after it, pointing the way the window reads."""
    return "←" if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft else "→"


class IsolatingDelegate(QStyledItemDelegate):
    """Draws each cell's text as an isolate in a right-to-left view, so a table's names
    read as typed while its model keeps plain text (found by typing, copied as is)."""

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if option.direction == Qt.LayoutDirection.RightToLeft and option.text:
            option.text = f"{FSI}{option.text}{PDI}"


def isolate_cells(view: QAbstractItemView) -> None:
    """Give `view` the delegate that isolates its cells' text (see IsolatingDelegate)."""
    view.setItemDelegate(IsolatingDelegate(view))
