"""An administrator's channel costs: a table of the channels by the months of a year, each
cell what the channel cost that month. Typing in a cell marks it changed; Save sends the
changed cells only, all or none (crmdesk.app.channels), and every laptop receives them at
its next sync. A wheel scrolls the table; it never changes a cost."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.app import channels as commands
from crmdesk.domain import roi
from crmdesk.domain.currencies import format_money
from crmdesk.store.channel_costs import CostGrid, cost_grid
from crmdesk.store.models import Role
from crmdesk.ui.context import AppContext
from crmdesk.ui.dialogs import CommandDialog, buttons
from crmdesk.ui.formats import month_text
from crmdesk.ui.wheel import SpinBox
from crmdesk.ui.words import refusal_words

Index = QModelIndex | QPersistentModelIndex
#: The currency the dialog enters costs in (the workspace's money is in it).
CURRENCY = "CNY"
_CHANGED = QColor("#fff3c4")


def may_enter_costs(role: Role) -> bool:
    """Who may enter channel costs (the command refuses anyone else)."""
    return role is Role.ADMIN


def _amount_text(amount: int) -> str:
    """A cost as the cell shows and edits it: "12,000.00"."""
    return format_money(amount, CURRENCY).rsplit(" ", 1)[0]


class CostModel(QAbstractTableModel):
    """A channel a row, a month a column; the costs held (amount, currency) and the
    admin's edits (amounts in CURRENCY, kept across years until saved)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = CostGrid(date.today().year, (), {})
        self.edits: dict[tuple[uuid.UUID, date], int] = {}
        self.problem = ""

    def show_grid(self, grid: CostGrid) -> None:
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.grid.channels)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 12

    def _key(self, index: Index) -> tuple[uuid.UUID, date]:
        return self.grid.channels[index.row()].id, date(self.grid.year, index.column() + 1, 1)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            # the month as the user's language names it (strftime's are English)
            return QLocale().standaloneMonthName(section + 1, QLocale.FormatType.ShortFormat) \
                if 0 <= section < 12 else None
        return self.grid.channels[section].name if 0 <= section < len(self.grid.channels) \
            else None

    def _held(self, key: tuple[uuid.UUID, date]) -> tuple[int, str] | None:
        if key in self.edits:
            return self.edits[key], CURRENCY
        return self.grid.costs.get(key)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        held = self.grid.costs.get(self._key(index))
        if held is not None and held[1] != CURRENCY:
            return base  # entered in another currency: changed on the server
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = self._key(index)
        held = self._held(key)
        if role == Qt.ItemDataRole.DisplayRole:
            if held is None:
                return ""
            return _amount_text(held[0]) if held[1] == CURRENCY else format_money(*held)
        if role == Qt.ItemDataRole.EditRole:
            return "" if held is None else _amount_text(held[0])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and key in self.edits:
            return QBrush(_CHANGED)
        if role == Qt.ItemDataRole.FontRole and key in self.edits:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            channel = self.grid.channels[index.row()].name
            when = month_text(key[1])
            if held is not None and held[1] != CURRENCY:
                return self.tr("{0}, {1}: entered in {2}; change it with crmdesk-server "
                               "channel cost").format(channel, when, held[1])
            if held is None:
                return self.tr("{0}, {1}: no cost entered yet").format(channel, when)
            return f"{channel}, {when}"
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        key = self._key(index)
        stored = self.grid.costs.get(key)
        text = str(value).strip()
        self.problem = ""
        if not text:
            if stored is not None:  # a cost once entered is changed, never blanked
                self.problem = self.tr("A cost entered cannot be left blank: type 0 if "
                                       "the channel cost nothing that month.")
                return False
            self.edits.pop(key, None)
        else:
            try:
                amount = roi.parse_amount(text, CURRENCY)
            except ValueError as exc:
                self.problem = refusal_words(exc)
                return False
            if stored == (amount, CURRENCY):
                self.edits.pop(key, None)  # typed back to what it was: no change
            else:
                self.edits[key] = amount
        self.dataChanged.emit(index, index)
        return True


class ChannelCostsDialog(CommandDialog):
    """Channels × the months of a year; Save sends the cells changed."""

    def __init__(self, ctx: AppContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Channel costs"))
        self.model = CostModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.year = SpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.year.valueChanged.connect(self.load)
        note = QLabel(self.tr(
            "What each channel cost per month, in {0}: channel ROI compares it with the "
            "revenue its leads bring. Type in a cell to change it; Save sends the changed "
            "cells, and every laptop receives them at its next sync.").format(CURRENCY))
        note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addStretch(1)
        self.changes = QLabel()
        top.addWidget(self.changes)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        self.box = buttons(self, self.tr("Save"))
        layout.addWidget(self.box)
        self.model.dataChanged.connect(self._edited)
        # a refused entry changes no data: say why as the editor closes
        self.table.itemDelegate().closeEditor.connect(lambda *_: self._edited())
        self.resize(1100, 420)
        self.load()

    def load(self) -> None:
        """Read the year's costs on a worker; the table shows them when they arrive."""
        year = self.year.value()
        self._ctx.read(lambda s: cost_grid(s, year), self.model.show_grid,
                       key="channel_costs")

    def _edited(self) -> None:
        count = len(self.model.edits)
        self.changes.setText(self.tr("{0} cell(s) changed").format(count) if count else "")
        self.error.setText(self.model.problem)

    def changed(self) -> dict[tuple[uuid.UUID, date], int]:
        return dict(self.model.edits)

    def accept(self) -> None:
        edits = self.changed()
        if not edits:
            QDialog.accept(self)  # nothing to send
            return
        self.submit(lambda app: commands.set_channel_costs(app, edits, CURRENCY))


def open_channel_costs(ctx: AppContext, parent: QWidget) -> ChannelCostsDialog:
    """The admin's channel costs dialog, on the year of today."""
    dialog = ChannelCostsDialog(ctx, ctx.today().year, parent)
    dialog.open()
    return dialog
