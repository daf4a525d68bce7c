"""The sales plans editor: a team's targets per rep, for the team, per product or per
customer, month by month (of a quarter), quarter by quarter (of a year) or for the
year, with what was credited in each period beside the target, read-only.

A team lead edits their own team's targets, an admin any team's. A rep opens it
read-only: their team's targets are already on their laptop (a team sees its targets),
and a rep who knows what the team expects of them, and where they stand, is what the
targets are for; the Save button is simply not there.

Typed cells are held until Save, across switches of team, kind and period, so a lead
fills several grids and saves once; Save sends only the cells whose target changed, and
a dialog left alone writes nothing. An empty (or zero) cell clears its target.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crmdesk.app.plans import set_plans
from crmdesk.domain.contracts import Period, period_end, short_money
from crmdesk.domain.currencies import minor_per_unit, parse_money
from crmdesk.domain.plans import Dimension, period_label, plan_amount_problem
from crmdesk.domain.words import tr_noop
from crmdesk.store import plan_queries as pq
from crmdesk.store.models import Role
from crmdesk.store.plan_queries import PlanGrid, Subject
from crmdesk.store.plan_writes import PlanEntry
from crmdesk.ui.context import AppContext
from crmdesk.ui.dialogs import CommandDialog, buttons
from crmdesk.ui.wheel import ComboBox, SpinBox
from crmdesk.ui.words import refusal_words, sentence, word

#: (team, dimension, subject, period kind, first day): a cell of any grid
CellKey = tuple[uuid.UUID, Dimension, uuid.UUID, Period, date]

DIMENSIONS = ((Dimension.REP, tr_noop("Reps")), (Dimension.TEAM, tr_noop("The team")),
              (Dimension.PRODUCT, tr_noop("Products")), (Dimension.CUSTOMER, tr_noop("Customers")))
PERIODS = ((Period.MONTH, tr_noop(
    "Months of a quarter")), (Period.QUARTER, tr_noop("Quarters of a year")),
           (Period.YEAR, tr_noop("The whole year")))
GREY = QColor("#666666")
BEHIND = QColor("#b3261e")  # credited under the target
AHEAD = QColor("#1e7b34")   # at or above it


def may_edit_plans(role: Role) -> bool:
    """Who sets targets (the command refuses anyone else, in the server's words)."""
    return role in (Role.LEAD, Role.ADMIN)


def amount_text(amount: int | None, currency: str) -> str:
    """A target as the cell shows it for typing: "1,250,000" (no sign, decimals only
    when there are some)."""
    if amount is None:
        return ""
    per = minor_per_unit(currency)
    whole, part = divmod(amount, per)
    return f"{whole:,}" + (f".{part:0{len(str(per)) - 1}d}" if part else "")


@dataclass(frozen=True, slots=True)
class View:
    """Which grid the dialog shows."""

    team_id: uuid.UUID
    dimension: Dimension
    period: Period
    year: int
    quarter: int  # 1..4, for months

    def span(self) -> tuple[date, date]:
        if self.period is Period.MONTH:
            start = date(self.year, 3 * (self.quarter - 1) + 1, 1)
            return start, period_end(start, Period.QUARTER)
        return date(self.year, 1, 1), date(self.year, 12, 31)


class PlansDialog(CommandDialog):
    """Targets down the subjects and across the periods, a target column (typed) and a
    credited column (read) per period; Save sends what changed."""

    def __init__(self, ctx: AppContext, teams: list[Subject], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.may_edit = may_edit_plans(ctx.user.role)
        self.today = today
        self.currency = "CNY"
        self.grid: PlanGrid | None = None
        #: typed cells not yet saved, and the targets as loaded (what "changed" reads)
        self.typed: dict[CellKey, int | None] = {}
        self.loaded: dict[CellKey, int | None] = {}
        self.bad: set[CellKey] = set()  # cells whose text is not an amount
        self._filling = False
        self.setWindowTitle(self.tr("Sales targets"))
        own = [t for t in teams if t.id == ctx.user.team_id]
        shown = teams if ctx.user.role is Role.ADMIN else own
        self.team = ComboBox()
        for team in shown:
            self.team.addItem(team.name, team.id)
        self.team.setEnabled(len(shown) > 1)
        self.dimension = ComboBox()
        for dimension, text in DIMENSIONS:
            self.dimension.addItem(word(text), dimension)
        self.period = ComboBox()
        for period, text in PERIODS:
            self.period.addItem(word(text), period)
        self.period.setCurrentIndex(1)  # quarters: how targets are mostly set
        self.year = SpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.quarter = ComboBox()
        for q in range(1, 5):
            self.quarter.addItem(f"Q{q}", q)
        self.quarter.setCurrentIndex((today.month - 1) // 3)
        self.table = QTableWidget()
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.itemChanged.connect(self._typed)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.unsaved = QLabel()
        pick = QHBoxLayout()
        for text, widget in ((self.tr("Team"), self.team), (self.tr("Targets for"),
                                                            self.dimension),
                             (self.tr("By"), self.period), (self.tr("Year"), self.year),
                             (self.tr("Quarter"), self.quarter)):
            label = QLabel(text)
            label.setBuddy(widget)
            pick.addWidget(label)
            pick.addWidget(widget)
        pick.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.unsaved)
        layout.addWidget(self.error)
        if self.may_edit:
            self.box = buttons(self, self.tr("Save targets"))
        else:
            self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            self.box.rejected.connect(self.reject)
        layout.addWidget(self.box)
        for combo in (self.team, self.dimension, self.period, self.quarter):
            combo.currentIndexChanged.connect(self.reload)
        self.year.valueChanged.connect(self.reload)
        self.resize(980, 560)
        if shown:
            self.reload()

    # ---- which grid ---------------------------------------------------------------
    def view(self) -> View | None:
        team = self.team.currentData()
        if team is None:
            return None
        # Qt hands an enum back as its plain value: made the enum again here
        return View(team, Dimension(self.dimension.currentData()),
                    Period(self.period.currentData()), self.year.value(),
                    int(self.quarter.currentData()))

    def reload(self) -> None:
        view = self.view()
        if view is None:
            return
        self.quarter.setEnabled(view.period is Period.MONTH)
        start, end = view.span()
        currency = self.currency
        self._ctx.read(lambda s: _load(s, view, start, end, currency), self.show_grid,
                       key="plans-grid")

    def show_grid(self, grid: PlanGrid) -> None:
        view = self.view()
        if view is None or (grid.team_id, grid.dimension, grid.period) != (
                view.team_id, view.dimension, view.period):
            return  # an older read: the newer one is on its way
        self.grid = grid
        # a cell left with text that is not an amount is not on this grid: its error
        # goes with it, and it no longer holds Save back
        self.bad.clear()
        self.error.clear()
        self._filling = True
        table = self.table
        table.clear()
        headers = [self.tr("Rep") if grid.dimension is Dimension.REP else
                   self.tr("Team") if grid.dimension is Dimension.TEAM else
                   self.tr("Product") if grid.dimension is Dimension.PRODUCT else
                   self.tr("Customer")]
        for start in grid.starts:
            label = period_label(start, grid.period)
            running = start <= self.today <= period_end(start, grid.period)
            headers += [self.tr("{0} target").format(label),
                        self.tr("{0} credited so far").format(label) if running else
                        self.tr("{0} credited").format(label)]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        # the subjects, then a total the lead weighs against the team's own target
        table.setRowCount(len(grid.subjects) + (1 if len(grid.subjects) > 1 else 0))
        for row, subject in enumerate(grid.subjects):
            name = QTableWidgetItem(subject.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            table.setItem(row, 0, name)
            for i, start in enumerate(grid.starts):
                key: CellKey = (grid.team_id, grid.dimension, subject.id, grid.period, start)
                stored = grid.target(subject.id, start)
                self.loaded.setdefault(key, stored)
                target = self.typed.get(key, stored) if key in self.typed else stored
                cell = QTableWidgetItem(amount_text(target, grid.currency))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
                cell.setData(Qt.ItemDataRole.UserRole, key)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if self.may_edit:
                    flags |= Qt.ItemFlag.ItemIsEditable
                    cell.setToolTip(self.tr("Type the target in {0}; empty clears it.")
                                    .format(grid.currency))
                cell.setFlags(flags)
                table.setItem(row, 1 + 2 * i, cell)
                actual = grid.actual(subject.id, start)
                # whole units: beside a target, the fen are noise
                per = minor_per_unit(grid.currency)
                # a period yet to come has nothing credited yet: blank, not ¥0
                done = QTableWidgetItem("" if start > self.today else
                                        short_money(round(actual / per) * per, grid.currency))
                done.setFlags(Qt.ItemFlag.ItemIsEnabled)
                done.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
                colour = GREY if not target else (AHEAD if actual >= target else BEHIND)
                done.setForeground(QBrush(colour))
                if target:
                    done.setToolTip(self.tr("{0:.0f}% of the target").format(
                        actual * 100 / target))
                table.setItem(row, 2 + 2 * i, done)
        self._totals()
        header = table.horizontalHeader()
        # names whole, the figures beside them; a long grid scrolls sideways
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._filling = False
        self.note.setText(self._note(grid))
        self._count()

    def _note(self, grid: PlanGrid) -> str:
        what = {Dimension.REP: self.tr("each rep's payments credited (their deals')"),
                Dimension.TEAM: self.tr("the payments credited to the team's people"),
                Dimension.PRODUCT: self.tr("payments split over each deal's products by "
                                           "their value"),
                Dimension.CUSTOMER: self.tr("the customer's payments (the team's top "
                                            "payers and any with a target are listed)")}
        lead = (self.tr("Type targets in {0}, in whole {0}; ").format(grid.currency)
                if self.may_edit else self.tr("Your team lead sets these targets; "))
        return lead + self.tr("beside each: {0}, green at or above target, red below.") \
            .format(what[grid.dimension])

    def _totals(self) -> None:
        """The bottom row: every subject's target (as typed) and credited, summed."""
        grid, table = self.grid, self.table
        if grid is None or len(grid.subjects) < 2:
            return
        row = len(grid.subjects)
        was, self._filling = self._filling, True
        bold = table.font()
        bold.setBold(True)
        cells = [self.tr("Total")]
        for start in grid.starts:
            target = 0
            for subject in grid.subjects:
                key: CellKey = (grid.team_id, grid.dimension, subject.id, grid.period, start)
                target += (self.typed[key] if key in self.typed else
                           grid.target(subject.id, start)) or 0
            actual = sum(grid.actual(subject.id, start) for subject in grid.subjects)
            per = minor_per_unit(grid.currency)
            cells += [amount_text(target, grid.currency) if target else "",
                      "" if start > self.today else
                      short_money(round(actual / per) * per, grid.currency)]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setFont(bold)
            if column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)
        self._filling = was

    # ---- typing ---------------------------------------------------------------------
    def _typed(self, item: QTableWidgetItem) -> None:
        if self._filling or self.grid is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        if key is None:
            return
        try:
            amount = parse_money(item.text(), self.grid.currency)
            problem = None if amount is None else plan_amount_problem(amount)
        except ValueError as exc:
            amount, problem = None, refusal_words(exc)
        if problem is not None:
            self.bad.add(key)
            self.error.setText(sentence(problem))
            return
        self.bad.discard(key)
        if not self.bad:
            self.error.clear()
        self.typed[key] = amount or None
        self._totals()
        self._count()

    def changed(self) -> dict[CellKey, int | None]:
        """The typed cells whose target differs from what was loaded."""
        return {key: amount for key, amount in self.typed.items()
                if amount != self.loaded.get(key)}

    def _count(self) -> None:
        n = len(self.changed())
        self.unsaved.setText(self.tr("{0} target(s) changed, not saved yet.").format(n)
                             if n else "")

    def accept(self) -> None:
        if self.may_edit and self.bad:
            return  # a cell that is not an amount (the error says which): fixed first
        changed = self.changed()
        if not self.may_edit or not changed:
            QDialog.accept(self)  # nothing to send
            return
        currency = self.currency
        entries = [PlanEntry(team, dimension, subject, period, start, amount, currency)
                   for (team, dimension, subject, period, start), amount
                   in sorted(changed.items(), key=lambda kv: str(kv[0]))]
        self.submit(lambda app: set_plans(app, entries))


def _load(session: Session, view: View, start: date, end: date, currency: str) -> PlanGrid:
    return pq.plan_grid(session, view.team_id, view.dimension, view.period, start, end,
                        currency)


def load_teams(session: Session) -> list[Subject]:
    """The teams the dialog offers (on a worker)."""
    return pq.teams(session)


def open_plans(ctx: AppContext, parent: QWidget) -> None:
    """Open the editor over `parent` once the teams are read (on a worker); a dialog
    already open is brought forward instead."""
    for open_one in parent.findChildren(PlansDialog):
        if open_one.isVisible():
            open_one.raise_()
            return
        open_one.deleteLater()

    def show(teams: list[Subject]) -> None:
        dialog = PlansDialog(ctx, teams, ctx.today(), parent)
        dialog.open()

    ctx.read(load_teams, show, key="plans-teams")
