"""The team's membership rule (crmdesk.domain.membership): the points a payment earns (so
many for every so much paid in one currency, rounded down), the levels by points
collected, each with the points it starts at, and the SMS a member is sent when their
points change, chosen from the team's SMS templates.

A team lead edits their own team's rule, an administrator any team's (one command,
crmdesk.app.membership.set_rule). A rep (or customer service) opens it read-only: the
levels are what their customers climb, so they read them; there is no Save. What is
wrong is said as it is typed, in the words the command and the server use
(`rule_problems`), and Save waits until nothing is."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.app import membership as mb
from crmdesk.domain.currencies import DECIMALS, clean_currency
from crmdesk.domain.membership import (
    POINTS_MAX,
    Level,
    Rule,
    levels_value,
    rule_problems,
)
from crmdesk.domain.messages import MessageChannel
from crmdesk.store import membership as store
from crmdesk.store import plan_queries as pq
from crmdesk.store.models import MessageTemplate, Role
from crmdesk.ui.context import AppContext
from crmdesk.ui.contract_dialogs import CURRENCIES, from_minor, to_minor
from crmdesk.ui.dialogs import CommandDialog, buttons
from crmdesk.ui.wheel import ComboBox, DoubleSpinBox, SpinBox
from crmdesk.ui.words import sentence


def may_edit_rule(role: Role) -> bool:
    """Who sets a team's membership rule (the command refuses anyone else)."""
    return role in (Role.LEAD, Role.ADMIN)


@dataclass(frozen=True, slots=True)
class TeamRule:
    """A team the dialog offers, with its rule and its SMS templates' names."""

    team_id: uuid.UUID | None
    name: str
    rule: Rule
    sms_templates: tuple[str, ...]


def load_rules(session: Session, role: Role, team_id: uuid.UUID | None) -> list[TeamRule]:
    """The teams whose rule the user sees (an admin: every team; anyone else: their own),
    each with its rule and SMS templates (on a worker)."""
    if role is not Role.ADMIN and team_id is None:
        return [TeamRule(None, "", store.rule_of(session, None), ())]
    found = pq.teams(session, None if role is Role.ADMIN else team_id)
    names: dict[uuid.UUID, list[str]] = {t.id: [] for t in found}
    for team, name in session.execute(
            select(MessageTemplate.team_id, MessageTemplate.name).where(
                MessageTemplate.deleted.is_(False),
                MessageTemplate.channel == MessageChannel.SMS,
                MessageTemplate.team_id.in_(list(names)))
            .order_by(MessageTemplate.name)):
        if team is not None:
            names[team].append(name)
    return [TeamRule(t.id, t.name, store.rule_of(session, t.id), tuple(names[t.id]))
            for t in found]


class MembershipRuleDialog(CommandDialog):
    """Points per amount and currency, a table of levels (name, points it starts at),
    the points SMS; the problems under them as they are typed. An administrator chooses
    the team first."""

    def __init__(self, ctx: AppContext, teams: list[TeamRule],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.may_edit = may_edit_rule(ctx.user.role)
        self.teams = teams
        self.setWindowTitle(self.tr("Membership levels and points"))
        note = QLabel(
            self.tr("Every payment from a customer with a member card earns points by this "
                    "rule (rounded down; a payment in another currency earns none). The "
                    "level follows the points collected, redeeming never lowers it. It "
                    "reaches the whole team at its next sync.") if self.may_edit else
            self.tr("Your team lead sets these: the points your customers' payments earn "
                    "and the levels they climb."))
        note.setWordWrap(True)
        self.team = ComboBox()
        for team in teams:
            self.team.addItem(team.name, team.team_id)
        self.points = SpinBox()
        self.points.setRange(1, 10_000)
        self.per = DoubleSpinBox()
        self.per.setRange(0, 1e13)  # the check, not the widget, says what is too much
        self.per.setGroupSeparatorShown(True)
        self.currency = ComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency.setFixedWidth(80)
        earning = QHBoxLayout()
        earning.addWidget(self.points)
        earning.addWidget(QLabel(self.tr("points for every")))
        earning.addWidget(self.per, 1)
        earning.addWidget(self.currency)
        self.levels = QTableWidget(0, 2)
        self.levels.setHorizontalHeaderLabels([self.tr("Level"), self.tr("From points")])
        self.levels.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.levels.verticalHeader().hide()
        self.levels.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.levels.setMinimumHeight(170)
        self.add_level = QPushButton(self.tr("Add level"))
        self.remove_level = QPushButton(self.tr("Remove level"))
        self.add_level.clicked.connect(lambda: self._add_row(Level("", 0)))
        self.remove_level.clicked.connect(self._remove_row)
        level_buttons = QHBoxLayout()
        level_buttons.addWidget(self.add_level)
        level_buttons.addWidget(self.remove_level)
        level_buttons.addStretch(1)
        levels = QVBoxLayout()
        levels.addWidget(self.levels, 1)
        if self.may_edit:
            levels.addLayout(level_buttons)
        self.sms = ComboBox()
        self.sms.setToolTip(self.tr("Sent to the card holder when their points change; "
                                    "the team's SMS templates (Messages › Templates…)."))
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #c62828;")
        form = QFormLayout()
        if len(teams) > 1:
            form.addRow(self.tr("Team"), self.team)
        form.addRow(self.tr("Earning"), earning)
        form.addRow(self.tr("Levels"), levels)
        form.addRow(self.tr("SMS when points change"), self.sms)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.error)
        if self.may_edit:
            self.box = buttons(self, self.tr("Save"))
        else:
            self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            self.box.rejected.connect(self.reject)
        layout.addWidget(self.box)
        self._fill(0)
        self.team.currentIndexChanged.connect(self._fill)
        for signal in (self.points.valueChanged, self.per.valueChanged,
                       self.currency.currentTextChanged, self.sms.currentIndexChanged,
                       self.levels.itemChanged):
            signal.connect(self.check)
        self.currency.currentTextChanged.connect(self._currency_changed)
        self.check()
        self.resize(560, 460)

    # ---- filling -------------------------------------------------------------------
    def _fill(self, index: int) -> None:
        """Show the chosen team's rule."""
        shown = self.teams[index] if self.teams else TeamRule(None, "", Rule(), ())
        rule = shown.rule
        for widget in (self.points, self.per, self.currency, self.sms, self.levels):
            widget.blockSignals(True)
        self.points.setValue(rule.points)
        self.currency.setCurrentText(rule.currency)
        self._currency_changed(rule.currency)
        self.per.setValue(from_minor(rule.per_amount, rule.currency))
        self.sms.clear()
        self.sms.addItem(self.tr("No SMS"), None)
        for name in shown.sms_templates:
            self.sms.addItem(name, name)
        if rule.sms_template is not None:
            found = self.sms.findData(rule.sms_template)
            if found < 0:  # named, but the team has no such SMS template (any more)
                self.sms.addItem(self.tr("{0} (no such SMS template)").format(
                    rule.sms_template), rule.sms_template)
                found = self.sms.count() - 1
            self.sms.setCurrentIndex(found)
        self.levels.setRowCount(0)
        for level in rule.levels:
            self._add_row(level)
        for widget in (self.points, self.per, self.currency, self.sms, self.levels):
            widget.blockSignals(False)
        for widget in (self.points, self.per):
            widget.setReadOnly(not self.may_edit)
            if not self.may_edit:
                widget.setButtonSymbols(SpinBox.ButtonSymbols.NoButtons)
        self.currency.setEnabled(self.may_edit)
        self.sms.setEnabled(self.may_edit)
        if not self.may_edit:
            self.levels.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._initial = self.rule()
        self.check()

    def _add_row(self, level: Level) -> None:
        row = self.levels.rowCount()
        blocked = self.levels.blockSignals(True)  # checked once the row is whole
        self.levels.insertRow(row)
        name = QTableWidgetItem(level.name)
        self.levels.setItem(row, 0, name)
        self.levels.blockSignals(blocked)
        points = SpinBox()
        points.setRange(0, POINTS_MAX)
        points.setGroupSeparatorShown(True)
        points.setValue(level.points)
        points.setReadOnly(not self.may_edit)
        if not self.may_edit:
            points.setButtonSymbols(SpinBox.ButtonSymbols.NoButtons)
        points.valueChanged.connect(self.check)
        self.levels.setCellWidget(row, 1, points)
        if not level.name and self.may_edit:
            self.levels.setCurrentCell(row, 0)
            self.levels.editItem(name)
        self.check()

    def _remove_row(self) -> None:
        row = self.levels.currentRow()
        if row >= 0:
            self.levels.removeRow(row)
            self.check()

    def _currency_changed(self, text: str) -> None:
        self.per.setDecimals(DECIMALS.get(clean_currency(text), 2))

    # ---- reading -------------------------------------------------------------------
    def level_list(self) -> tuple[Level, ...]:
        out = []
        for row in range(self.levels.rowCount()):
            item, points = self.levels.item(row, 0), self.levels.cellWidget(row, 1)
            out.append(Level((item.text() if item is not None else "").strip(),
                             points.value() if isinstance(points, SpinBox) else 0))
        return tuple(out)

    def rule(self) -> Rule:
        """The rule as typed."""
        code = clean_currency(self.currency.currentText())
        sms = self.sms.currentData()
        return Rule(self.points.value(), to_minor(self.per.value(), code), code,
                    self.level_list(), sms if isinstance(sms, str) else None)

    def team_id(self) -> uuid.UUID | None:
        return self.teams[self.team.currentIndex()].team_id if self.teams else None

    def problem_list(self) -> list[str]:
        """What is wrong with the rule as typed, in the command's words."""
        rule = self.rule()
        return rule_problems(self.team_id(), rule.points, rule.per_amount, rule.currency,
                             levels_value(rule.levels), rule.sms_template)

    def check(self) -> None:
        """Say what is wrong now; Save waits until nothing is."""
        if not self.may_edit:
            self.problems.hide()
            return
        found = self.problem_list()
        self.problems.setText("\n".join(map(sentence, found)))
        self.problems.setVisible(bool(found))
        self.box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not found)

    def accept(self) -> None:
        wanted, team = self.rule(), self.team_id()
        if not self.may_edit or wanted == self._initial:
            QDialog.accept(self)  # nothing to send
            return
        if self.problem_list():
            return
        self.submit(lambda app: mb.set_rule(app, wanted.points, wanted.per_amount,
                                            wanted.currency, wanted.levels,
                                            wanted.sms_template, team_id=team))


def open_membership_rule(ctx: AppContext, parent: QWidget) -> None:
    """Open the dialog over `parent` once the team's rule is read (on a worker)."""
    for open_one in parent.findChildren(MembershipRuleDialog):
        if open_one.isVisible():
            open_one.raise_()
            return
        open_one.deleteLater()
    role, team_id = ctx.user.role, ctx.user.team_id

    def show(teams: list[TeamRule]) -> None:
        MembershipRuleDialog(ctx, teams, parent).open()

    ctx.read(lambda s: load_rules(s, role, team_id), show, key="membership-rule")
