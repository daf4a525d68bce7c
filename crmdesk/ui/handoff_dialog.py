"""The team's hand-off to customer service: who serves a customer once it has signed and
paid (in turn among the team's service users, or always one), and the onboarding
checklist the hand-off creates (steps in order, each due some days after it). A team
lead (or an administrator, for any team) edits it; anyone else reads it. The server
runs it (crmdesk.server.handoff) and checks a push of it by the same rules."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crmdesk.app import service
from crmdesk.domain.service import ASSIGN_LABELS, MAX_DAYS, MAX_STEPS, AssignBy, Step
from crmdesk.store import service_queries as sq
from crmdesk.store.models import Role
from crmdesk.ui.context import AppContext
from crmdesk.ui.dialogs import CommandDialog, buttons
from crmdesk.ui.wheel import ComboBox, SpinBox
from crmdesk.ui.words import word


def may_edit_handoff(role: Role) -> bool:
    """Who may change a team's hand-off rule (the command refuses anyone else)."""
    return role in (Role.LEAD, Role.ADMIN)


class _StepRow:
    """One step's editors: its name, its days after the hand-off, and its remove button.
    A default step's name shows in the user's language, and is kept as it was unless the
    user changes it (a team's checklist does not switch language with who saved it).
    Its words are the dialog's (the row is no widget to take a context from)."""

    def __init__(self, step: Step, editable: bool) -> None:
        self._given, self._shown = step.name, word(step.name)
        self.name = QLineEdit(self._shown)
        self.name.setReadOnly(not editable)
        self.name.setPlaceholderText(QCoreApplication.translate("HandoffDialog",
                                                                "Step, e.g. Kick-off call"))
        self.days = SpinBox()
        self.days.setRange(0, MAX_DAYS)
        self.days.setSuffix(QCoreApplication.translate("HandoffDialog", " days after"))
        self.days.setValue(step.days)
        self.days.setReadOnly(not editable)
        self.remove = QPushButton(QCoreApplication.translate("HandoffDialog", "Remove"))
        self.remove.setEnabled(editable)

    def step(self) -> Step:
        typed = self.name.text().strip()
        return Step(self._given if typed == self._shown.strip() else typed, self.days.value())

    def widgets(self) -> tuple[QWidget, ...]:
        return self.name, self.days, self.remove


class HandoffDialog(CommandDialog):
    """A team's hand-off rule and checklist; Save sends them as one command."""

    def __init__(self, ctx: AppContext, setup: sq.RuleSetup,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.may_edit = may_edit_handoff(ctx.user.role)
        self.setWindowTitle(self.tr("Hand-off to customer service"))
        note = QLabel(
            self.tr("When a contracted customer's first payment arrives, the server gives it "
                    "a service owner by this rule and creates these onboarding tasks, each "
                    "due so many days after. The rep keeps the account for further sales.")
            if self.may_edit else
            self.tr("Your team lead sets this; here it is as the server applies it."))
        note.setWordWrap(True)
        self.team = ComboBox()
        for team_id, name in setup.teams:
            self.team.addItem(name, team_id.hex)
        self.assign = ComboBox()
        for value, label in ASSIGN_LABELS.items():
            self.assign.addItem(word(label), value.value)
        self.person = ComboBox()
        self.no_one = QLabel()
        self.no_one.setWordWrap(True)
        self.form = form = QFormLayout()
        if ctx.user.role is Role.ADMIN:
            form.addRow(self.tr("Team"), self.team)
        form.addRow(self.tr("Service owner"), self.assign)
        form.addRow(self.tr("Service user"), self.person)
        form.addRow("", self.no_one)
        self.steps_box = QWidget()
        self.grid = QGridLayout(self.steps_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.rows: list[_StepRow] = []
        self.add_step = QPushButton(self.tr("Add step"))
        self.add_step.clicked.connect(lambda: self._add(Step("", 7)))
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("<b>Onboarding checklist</b> (in this order)")))
        layout.addWidget(self.steps_box)
        layout.addWidget(self.add_step)
        layout.addStretch(1)
        layout.addWidget(self.error)
        if self.may_edit:
            self.box = buttons(self, self.tr("Save"))
        else:
            self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            self.box.rejected.connect(self.reject)
        layout.addWidget(self.box)
        self.team_id = setup.rule.team_id
        self._fill(setup)
        self.assign.currentIndexChanged.connect(self._assign_changed)
        self.team.currentIndexChanged.connect(self._team_changed)
        self.resize(560, 480)

    # ---- filling ---------------------------------------------------------------------
    def _fill(self, setup: sq.RuleSetup) -> None:
        rule = setup.rule
        self.team_id = rule.team_id
        self.team.blockSignals(True)
        self.team.setCurrentIndex(max(0, self.team.findData(rule.team_id.hex)))
        self.team.blockSignals(False)
        self.assign.setCurrentIndex(self.assign.findData(rule.assign.value))
        self.person.clear()
        for person in setup.people:
            self.person.addItem(person.name, person.user_id.hex)
        gone = False
        if rule.service_user_id is not None:
            # the one named is no longer an active service user: no one is chosen in their
            # place (a save would hand customers to someone the lead never named)
            at = self.person.findData(rule.service_user_id.hex)
            self.person.setCurrentIndex(at)
            gone = at < 0 and rule.assign is AssignBy.NAMED
        if not setup.people:
            warning = self.tr(
                "This team has no active service user: paid customers wait until an "
                "administrator adds one (crmdesk-server user add NAME --role service --team "
                "TEAM); they are then handed off by themselves.")
        elif gone:
            warning = self.tr(
                "The service user this rule names is no longer active, so paid customers "
                "wait: name another, or let the team's service users take turns.")
        else:
            warning = ""
        self.no_one.setText(warning)
        self.form.setRowVisible(self.no_one, bool(warning))
        for row in self.rows:
            for widget in row.widgets():
                widget.deleteLater()
        self.rows = []
        for step in rule.steps:
            self._add(step)
        for widget in (self.assign, self.person):
            widget.setEnabled(self.may_edit)
        self.add_step.setVisible(self.may_edit)
        self._assign_changed()

    def _add(self, step: Step) -> None:
        if len(self.rows) >= MAX_STEPS:
            self.error.setText(self.tr("The onboarding checklist has at most {0} steps.")
                               .format(MAX_STEPS))
            return
        row = _StepRow(step, self.may_edit)
        at = len(self.rows)
        for col, widget in enumerate(row.widgets()):
            self.grid.addWidget(widget, at, col)
        row.remove.clicked.connect(lambda _=False, r=row: self._remove(r))
        self.rows.append(row)

    def _remove(self, row: _StepRow) -> None:
        self.rows.remove(row)
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.deleteLater()
        # the grid again, in order, without the gap
        for at, kept in enumerate(self.rows):
            for col, widget in enumerate(kept.widgets()):
                self.grid.addWidget(widget, at, col)

    def _assign_changed(self) -> None:
        self.form.setRowVisible(self.person, self.chosen_assign() is AssignBy.NAMED)

    def _team_changed(self) -> None:
        team_id = uuid.UUID(self.team.currentData())
        setup = self._ctx.read_now(lambda s: sq.rule_setup(s, team_id))
        if setup is not None:
            self._fill(setup)

    # ---- what was chosen ------------------------------------------------------------
    def chosen_assign(self) -> AssignBy:
        return AssignBy(self.assign.currentData())

    def chosen_person(self) -> uuid.UUID | None:
        data = self.person.currentData()
        return uuid.UUID(data) if data and self.chosen_assign() is AssignBy.NAMED else None

    def steps(self) -> list[Step]:
        return [row.step() for row in self.rows]

    def accept(self) -> None:
        if not self.may_edit:
            QDialog.accept(self)
            return
        assign, person, steps, team = (self.chosen_assign(), self.chosen_person(),
                                       self.steps(), self.team_id)
        self.submit(lambda app: service.set_handoff_rule(app, assign, person, steps, team))



def read_setup(ctx: AppContext) -> Callable[[Session], sq.RuleSetup | None]:
    """The read the dialog opens on: the user's team's rule (an administrator's: the
    first team's)."""
    team_id = ctx.user.team_id
    return lambda session: sq.rule_setup(session, team_id)
