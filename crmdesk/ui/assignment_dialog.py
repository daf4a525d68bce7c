"""The team's rules for assigning web enquiries: rules tried in order (every lead in
turn, or a region or industry with its reps), a cap on each rep's open leads, and who is
away until when. A team lead edits their team's, an admin any team's; a rep reads them
(and marks themselves away in crmdesk.ui.away_dialog).
Save sends them all at once through one command (crmdesk.app.assignment), which the
server's push holds to the same check."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crmdesk.app import assignment as commands
from crmdesk.app.assignment import TeamAssignment
from crmdesk.domain.intake import BY_LABELS, RULES, Assignment, AssignmentKind, Rule
from crmdesk.domain.words import tr_noop
from crmdesk.store import assignment as store
from crmdesk.store import plan_queries as pq
from crmdesk.store.assignment import TeamRep
from crmdesk.store.models import Role
from crmdesk.store.plan_queries import Subject
from crmdesk.ui.bidi import select_row
from crmdesk.ui.context import AppContext
from crmdesk.ui.dialogs import CommandDialog, buttons
from crmdesk.ui.wheel import ComboBox, DateEdit, SpinBox
from crmdesk.ui.words import word

Index = QModelIndex | QPersistentModelIndex
COL_ORDER, COL_MATCH, COL_REPS = 0, 1, 2
_HEADERS = ("#", tr_noop("Matches"), tr_noop("Gives leads to"))


def may_edit_assignment(role: Role) -> bool:
    """Who may change a team's assignment rules (the command refuses anyone else)."""
    return role in (Role.LEAD, Role.ADMIN)


def load(session: Session, team_id: uuid.UUID) -> TeamAssignment:
    """A team's settings and people, on a worker."""
    return TeamAssignment(team_id, store.team_assignment(session, team_id),
                          store.team_reps(session, team_id))


class RulesModel(QAbstractTableModel):
    """The rules in the order they are tried."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rules: list[Rule] = []
        self.names: dict[uuid.UUID, str] = {}

    def show_rules(self, rules: list[Rule], names: dict[uuid.UUID, str]) -> None:
        self.beginResetModel()
        self.rules, self.names = list(rules), names
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rules)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return word(_HEADERS[section]) if 0 <= section < len(_HEADERS) else None
        return None

    def describe(self, rule: Rule) -> tuple[str, str]:
        match = word(BY_LABELS[rule.by]) + (f" {rule.match}" if rule.match else "")
        reps = (", ".join(self.names.get(r, self.tr("(someone gone)")) for r in rule.reps)
                if rule.reps else self.tr("every active rep of the team, in turn"))
        return match, reps

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        rule = self.rules[index.row()]
        if index.column() == COL_ORDER:
            return str(index.row() + 1)
        match, reps = self.describe(rule)
        return match if index.column() == COL_MATCH else reps


class AssignmentDialog(CommandDialog):
    """A team's assignment rules, cap and away reps; Save sends them all."""

    def __init__(self, ctx: AppContext, teams: list[Subject], loaded: TeamAssignment,
                 today: date, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._ctx, self.today = ctx, today
        self.may_edit = may_edit_assignment(ctx.user.role)
        self.setWindowTitle(self.tr("Web enquiry assignment"))
        note = QLabel(self.tr(
            "A lead from the website goes to a rep by these rules, tried in order: the "
            "first rule matching the lead with a rep available (active, not away, under "
            "the cap) gives it to the rep whose last web lead is longest ago. No rule "
            "left: the team's pool.") if self.may_edit else self.tr(
            "Your team lead sets these; here is how web leads reach your team. Mark "
            "yourself away in Account ▸ Away from web enquiries…"))
        note.setWordWrap(True)
        self.team = ComboBox()
        for team in teams:
            self.team.addItem(team.name, team.id)
        self.team.setCurrentIndex(max(0, self.team.findData(loaded.team_id)))
        self.team.setEnabled(ctx.user.role is Role.ADMIN and len(teams) > 1)
        self.team.currentIndexChanged.connect(self._team_chosen)

        self.model = RulesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_ORDER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_MATCH, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._rule_selected)

        # the rule being written: what it matches and its reps
        self.by = ComboBox()
        for kind in RULES:
            self.by.addItem(word(BY_LABELS[kind]), kind.value)
        self.match = QLineEdit()
        self.match.setPlaceholderText(self.tr("e.g. Shanghai, or Healthcare"))
        self.by.currentIndexChanged.connect(self._by_changed)
        self.reps = QListWidget()
        self.reps.setMaximumHeight(110)
        self.add = QPushButton(self.tr("Add rule"))
        self.change = QPushButton(self.tr("Change rule"))
        self.remove = QPushButton(self.tr("Remove"))
        self.up = QPushButton(self.tr("Up"))
        self.down = QPushButton(self.tr("Down"))
        self.add.clicked.connect(lambda: self._put(None))
        self.change.clicked.connect(lambda: self._put(self._row()))
        self.remove.clicked.connect(self._remove)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        rule_box = QGroupBox(self.tr("Rule"))
        rule_form = QFormLayout(rule_box)
        what = QHBoxLayout()
        what.addWidget(self.by)
        what.addWidget(self.match, 1)
        rule_form.addRow(self.tr("Matches"), what)
        rule_form.addRow(self.tr("Reps (none: every rep, in turn)"), self.reps)
        actions = QHBoxLayout()
        for button in (self.add, self.change, self.remove, self.up, self.down):
            actions.addWidget(button)
        actions.addStretch(1)
        rule_form.addRow(actions)

        self.cap = SpinBox()
        self.cap.setRange(0, 100_000)
        self.cap.setSpecialValueText(self.tr("no cap"))
        self.cap.setSuffix(self.tr(" open leads"))
        self.away_rows = QWidget()
        self.away_grid = QGridLayout(self.away_rows)
        self.away: dict[uuid.UUID, tuple[QCheckBox, DateEdit]] = {}
        away_scroll = QScrollArea()
        away_scroll.setWidgetResizable(True)
        away_scroll.setWidget(self.away_rows)
        away_scroll.setMaximumHeight(150)

        layout = QVBoxLayout(self)
        layout.addWidget(note)
        top = QFormLayout()
        top.addRow(self.tr("Team"), self.team)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        if self.may_edit:
            layout.addWidget(rule_box)
        bottom = QFormLayout()
        bottom.addRow(self.tr("At most, per rep"), self.cap)
        bottom.addRow(self.tr("Away (until and including)"), away_scroll)
        layout.addLayout(bottom)
        layout.addWidget(self.error)
        if self.may_edit:
            self.box = buttons(self, self.tr("Save"))
        else:
            self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            self.box.rejected.connect(self.reject)
        layout.addWidget(self.box)
        self.cap.setEnabled(self.may_edit)
        self.show_team(loaded)
        self._by_changed()
        self.resize(760, 640)

    # ---- showing a team -------------------------------------------------------------
    def show_team(self, loaded: TeamAssignment) -> None:
        self.loaded = loaded
        self.people: list[TeamRep] = loaded.reps
        names = {rep.id: rep.name for rep in loaded.reps}
        self.model.show_rules(list(loaded.settings.rules), names)
        self.reps.clear()
        for rep in loaded.reps:
            label = rep.name + ("" if rep.active else self.tr(" (disabled)")) + (
                self.tr(" (lead)") if rep.role is Role.LEAD else "")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, rep.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.reps.addItem(item)
        self.cap.setValue(loaded.settings.cap or 0)
        while self.away_grid.count():
            taken = self.away_grid.takeAt(0)
            gone = taken.widget() if taken is not None else None
            if gone is not None:
                gone.deleteLater()
        self.away.clear()
        for row, rep in enumerate(r for r in loaded.reps if r.active):
            until = loaded.settings.away.get(rep.id)
            check = QCheckBox(rep.name)
            check.setChecked(until is not None and until >= self.today)
            day = DateEdit()
            day.setCalendarPopup(True)
            shown = until if until is not None else self.today + timedelta(days=7)
            day.setDate(QDate(shown.year, shown.month, shown.day))
            check.setEnabled(self.may_edit)
            day.setEnabled(self.may_edit)
            self.away_grid.addWidget(check, row, 0)
            self.away_grid.addWidget(day, row, 1)
            self.away[rep.id] = (check, day)
        self._initial = self.settings()

    def _team_chosen(self) -> None:
        team_id = self.team.currentData()
        if team_id is None or team_id == self.loaded.team_id:
            return
        self._ctx.read(lambda s: load(s, team_id), self.show_team, key="assignment")

    # ---- editing the rules ------------------------------------------------------------
    def _row(self) -> int | None:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else None

    def _by_changed(self) -> None:
        self.match.setEnabled(self.may_edit and self.by.currentData() != AssignmentKind.ROUND_ROBIN)

    def _rule_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        rule = self.model.rules[current.row()]
        self.by.setCurrentIndex(self.by.findData(rule.by.value))
        self.match.setText(rule.match)
        for i in range(self.reps.count()):
            item = self.reps.item(i)
            item.setCheckState(Qt.CheckState.Checked
                               if item.data(Qt.ItemDataRole.UserRole) in rule.reps
                               else Qt.CheckState.Unchecked)

    def written_rule(self, keep: Rule | None = None) -> Rule:
        """The rule as the editor holds it (keeping `keep`'s id)."""
        by = AssignmentKind(self.by.currentData())
        reps = tuple(self.reps.item(i).data(Qt.ItemDataRole.UserRole)
                     for i in range(self.reps.count())
                     if self.reps.item(i).checkState() == Qt.CheckState.Checked)
        match = "" if by is AssignmentKind.ROUND_ROBIN else self.match.text().strip()
        return Rule(by, match, reps, 0, keep.id if keep is not None else None)

    def _put(self, row: int | None) -> None:
        rules = list(self.model.rules)
        if row is None:
            rules.append(self.written_rule())
            row = len(rules) - 1
        else:
            rules[row] = self.written_rule(rules[row])
        self.model.show_rules(rules, self.model.names)
        select_row(self.table, row)

    def _remove(self) -> None:
        row = self._row()
        if row is not None:
            rules = list(self.model.rules)
            del rules[row]
            self.model.show_rules(rules, self.model.names)

    def _move(self, step: int) -> None:
        row = self._row()
        if row is None or not 0 <= row + step < len(self.model.rules):
            return
        rules = list(self.model.rules)
        rules[row], rules[row + step] = rules[row + step], rules[row]
        self.model.show_rules(rules, self.model.names)
        select_row(self.table, row + step)

    # ---- saving -------------------------------------------------------------------------
    def settings(self) -> Assignment:
        """The team's settings as the dialog holds them."""
        away = {}
        for rep_id, (check, day) in self.away.items():
            if check.isChecked():
                picked = day.date()
                away[rep_id] = date(picked.year(), picked.month(), picked.day())
        # a past away day the dialog does not show is kept as it was
        for rep_id, until in self.loaded.settings.away.items():
            if rep_id not in away and (rep_id not in self.away or until < self.today):
                away[rep_id] = until
        return Assignment(tuple(self.model.rules), self.cap.value() or None, away)

    def accept(self) -> None:
        wanted = self.settings()
        if not self.may_edit or wanted == self._initial:
            QDialog.accept(self)  # nothing to send
            return
        team_id = self.loaded.team_id
        self.submit(lambda app: commands.set_assignment(app, team_id, wanted))


def open_assignment(ctx: AppContext, parent: QWidget) -> None:
    """The dialog over `parent` on the user's team (an admin's: the first team), once
    read on a worker."""
    def read(session: Session) -> tuple[list[Subject], TeamAssignment | None]:
        teams = pq.teams(session, None if ctx.user.role is Role.ADMIN else ctx.user.team_id)
        first = ctx.user.team_id or (teams[0].id if teams else None)
        return teams, None if first is None else load(session, first)

    def show(found: tuple[list[Subject], TeamAssignment | None]) -> None:
        teams, loaded = found
        if loaded is None:
            return  # no team yet: nothing to assign to
        dialog = AssignmentDialog(ctx, teams, loaded, ctx.today(), parent)
        dialog.open()

    ctx.read(read, show, key="assignment-open")
