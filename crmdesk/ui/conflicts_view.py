"""The Conflicts view: my values that did not survive sync, and what replaced them.

"Restore mine" writes my value back as a new edit (so it syncs, and being the newest
edit it wins); "Dismiss" keeps what is there now. A record that left my scope cannot be
restored; the view says so and still shows my value, ready to copy.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.app import refused as refusals
from crmdesk.store.conflicts import MARKED, ConflictRow, unresolved
from crmdesk.ui.bidi import select_row
from crmdesk.ui.context import AppContext
from crmdesk.ui.style import muted, warning_color
from crmdesk.ui.words import refusal_words, word
from crmdesk.ui.words import said as worded

ROW_ROLE = Qt.ItemDataRole.UserRole + 1

COL_RECORD, COL_FIELD, COL_MINE, COL_THEIRS, COL_BY, COL_WHEN = range(6)

Index = QModelIndex | QPersistentModelIndex


def _when(row: ConflictRow) -> str:
    return f"{(row.their_at or row.at):%Y-%m-%d %H:%M}"


class ConflictsModel(QAbstractTableModel):
    """Unresolved conflicts, newest first, as plain rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ConflictRow] = []
        self._headers = [self.tr("Record"), self.tr("Field"), self.tr("Mine"),
                         self.tr("Theirs"), self.tr("By"), self.tr("When")]

    def set_rows(self, rows: list[ConflictRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[ConflictRow]:
        return list(self._rows)

    def row_of(self, conflict_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == conflict_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            theirs = said(row.theirs) if row.theirs is not None else self.tr("(unknown)")
            record = said(row.record)
            if row.entity != "accounts":
                record = f"{record} · {word(row.kind)}"
            return [record, word(row.field_label), _one_line(said(row.mine)),
                    _one_line(theirs), row.their_by or "—", _when(row)][col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return worded(row.reason) if col != COL_MINE else said(row.mine)
        return None


def said(value: str) -> str:
    """A conflict's value or name as shown: the domain's own words ("(empty)", "yes")
    in the user's language, people's values as they are."""
    return word(value) if value in MARKED else value


def _one_line(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class ConflictsView(QDialog):
    """A window of its own, so a rep can keep it open beside the card."""

    resolved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Conflicts"))
        self.resize(980, 520)
        self.model = ConflictsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for col, width in ((COL_RECORD, 230), (COL_FIELD, 100), (COL_BY, 80),
                           (COL_WHEN, 120)):
            self.table.setColumnWidth(col, width)
        for col in (COL_MINE, COL_THEIRS):  # the values take what room is left
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show())

        self.intro = QLabel(self.tr(
            "When someone else changed the same field later, their value was kept and yours "
            "is listed here. Restore yours to send it again as a new change."))
        self.intro.setWordWrap(True)
        self.empty = QLabel(self.tr("No conflicts: every change you made is on the server."))
        self.empty.setStyleSheet(f"color: {muted(self).name()};")
        self.record = QLabel()
        self.record.setWordWrap(True)
        self.mine = QLabel()
        self.theirs = QLabel()
        self.reason = QLabel()
        self.blocked = QLabel()
        for label in (self.mine, self.theirs, self.reason, self.blocked):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.blocked.setStyleSheet(f"color: {warning_color(self).name()};")
        details = QFormLayout()
        details.addRow(self.tr("Record"), self.record)
        details.addRow(self.tr("Mine"), self.mine)
        details.addRow(self.tr("Theirs"), self.theirs)
        details.addRow(self.tr("Why"), self.reason)
        details.addRow("", self.blocked)

        self.restore = QPushButton(self.tr("Restore mine"))
        self.dismiss = QPushButton(self.tr("Dismiss"))
        self.copy = QPushButton(self.tr("Copy my value"))
        self.restore.clicked.connect(self.restore_current)
        self.dismiss.clicked.connect(self.dismiss_current)
        self.copy.clicked.connect(self.copy_current)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (self.restore, self.dismiss, self.copy):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(details)
        layout.addLayout(buttons)
        self.is_loaded = False
        self._show()

    # ---- loading --------------------------------------------------------------------
    def reload(self) -> None:
        keep = self.current()
        self.is_loaded = False

        def shown(rows: list[ConflictRow]) -> None:
            self.model.set_rows(rows)
            target = self.model.row_of(keep.id) if keep is not None else None
            if rows:
                select_row(self.table, target if target is not None else 0)
            self.is_loaded = True
            self._show()

        self._ctx.read(unresolved, shown, key="conflicts-view")

    def current(self) -> ConflictRow | None:
        index = self.table.currentIndex()
        row = self.model.data(index.siblingAtColumn(0), ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, ConflictRow) else None

    def _show(self) -> None:
        row = self.current()
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows and self.is_loaded)
        for button in (self.dismiss, self.copy):
            button.setEnabled(row is not None)
        self.restore.setEnabled(row is not None and row.blocked is None)
        blocked = word(row.blocked) if row is not None and row.blocked else ""
        self.restore.setToolTip(blocked)
        if row is None:
            for label in (self.record, self.mine, self.theirs, self.reason, self.blocked):
                label.clear()
            return
        self.record.setText(f"{said(row.record)} · {word(row.kind)} · "
                            f"{word(row.field_label)}")
        self.mine.setText(said(row.mine))
        when = f"{row.their_at:%Y-%m-%d %H:%M}" if row.their_at else None
        who = ", ".join(part for part in (row.their_by, when) if part)
        theirs = said(row.theirs) if row.theirs is not None else self.tr("(not known here)")
        self.theirs.setText(f"{theirs} ({who})" if who else theirs)
        self.reason.setText(worded(row.reason))
        self.blocked.setText(blocked)
        self.blocked.setVisible(bool(row.blocked))

    # ---- answers --------------------------------------------------------------------
    def _answered(self, _account_id: object = None) -> None:
        self.resolved.emit()
        self.reload()

    def restore_current(self) -> None:
        row = self.current()
        if row is None or row.blocked is not None:
            return
        self._ctx.command(lambda app: refusals.restore_mine(app, row.id), self._answered,
                          self._refused)

    def dismiss_current(self) -> None:
        row = self.current()
        if row is None:
            return
        self._ctx.command(lambda app: refusals.dismiss(app, row.id), self._answered,
                          self._refused)

    def _refused(self, exc: BaseException) -> None:
        self.blocked.setText(refusal_words(exc))
        self.blocked.setVisible(True)
        self.reload()

    def copy_current(self) -> None:
        row = self.current()
        if row is not None:
            QGuiApplication.clipboard().setText(row.mine)
