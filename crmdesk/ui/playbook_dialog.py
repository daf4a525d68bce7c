"""The team's playbook: for each stage, the probability a deal in it starts with, the
days after which a deal in it is stuck, what to do in it and what must be true to leave
it. A team lead (or an administrator) edits it; anyone else reads it."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crmdesk.app import deals
from crmdesk.domain.deals import (
    CONDITION_LABELS,
    MAX_STUCK_DAYS,
    OPEN_STAGES,
    ORDER,
    STAGE_LABELS,
    Condition,
    OpportunityStage,
    StageRules,
)
from crmdesk.store import deal_queries as dq
from crmdesk.store.models import Role
from crmdesk.ui.context import AppContext
from crmdesk.ui.dialogs import CommandDialog, buttons
from crmdesk.ui.wheel import SpinBox
from crmdesk.ui.words import word


def load_playbook(session: Session, team_id: uuid.UUID | None
                  ) -> dict[OpportunityStage, StageRules]:
    """The team's playbook as its deals follow it (on a worker)."""
    return dq.playbook_for(session, team_id)


def may_edit_playbook(role: Role) -> bool:
    """Who may change a team's playbook (the command refuses anyone else)."""
    return role in (Role.LEAD, Role.ADMIN)


class _StageForm(QWidget):
    """One stage's settings; an open stage also has a stuck limit and exit conditions."""

    def __init__(self, stage: OpportunityStage, stage_rules: StageRules, editable: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.probability = SpinBox()
        self.probability.setRange(0, 100)
        self.probability.setSuffix(" %")
        self.probability.setValue(stage_rules.probability)
        self.stuck = SpinBox()
        self.stuck.setRange(0, MAX_STUCK_DAYS)
        self.stuck.setSuffix(self.tr(" days"))
        self.stuck.setSpecialValueText(self.tr("never stuck"))
        self.stuck.setValue(stage_rules.stuck_days)
        # the default words in the user's language, kept as they were unless changed (a
        # team's playbook does not switch language with who saved it)
        self._todo, self._todo_shown = stage_rules.todo, word(stage_rules.todo)
        self.todo = QPlainTextEdit(self._todo_shown)
        self.todo.setPlaceholderText(self.tr("What a salesperson does in this stage"))
        self.todo.setReadOnly(not editable)
        self.conditions: dict[Condition, QCheckBox] = {}
        self._order = stage_rules.exit_conditions
        form = QFormLayout(self)
        form.addRow(self.tr("Probability of a deal in it"), self.probability)
        is_open = stage in OPEN_STAGES
        if is_open:
            form.addRow(self.tr("Stuck after"), self.stuck)
        form.addRow(self.tr("What to do"), self.todo)
        if is_open:
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            for condition in Condition:
                check = QCheckBox(word(CONDITION_LABELS[condition]))
                check.setChecked(condition in stage_rules.exit_conditions)
                check.setEnabled(editable)
                self.conditions[condition] = check
                column.addWidget(check)
            form.addRow(self.tr("To leave it"), box)
        for spin in (self.probability, self.stuck):
            # read-only rather than greyed out: a rep reads the figures
            spin.setReadOnly(not editable)
            if not editable:
                spin.setButtonSymbols(SpinBox.ButtonSymbols.NoButtons)

    def stage_rules(self) -> StageRules:
        # the conditions in the order the team had them, any newly ticked after
        ticked = [c for c, check in self.conditions.items() if check.isChecked()]
        order = [c for c in self._order if c in ticked] + [c for c in ticked
                                                           if c not in self._order]
        typed = self.todo.toPlainText().strip()
        todo = self._todo if typed == self._todo_shown.strip() else typed
        return StageRules(self.probability.value(), self.stuck.value(), todo, tuple(order))


class PlaybookDialog(CommandDialog):
    """The team's stage settings, a tab per stage; Save sends the stages changed."""

    def __init__(self, ctx: AppContext, book: dict[OpportunityStage, StageRules],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.may_edit = may_edit_playbook(ctx.user.role)
        self.setWindowTitle(self.tr("Team playbook: deal stages"))
        note = QLabel(
            self.tr("Your team's rules for its deals: a new stage gives a deal its "
                    "probability; a deal is stuck when it stays longer than the limit; "
                    "moving on past an unmet condition asks first.") if self.may_edit else
            self.tr("Your team lead sets these; here they are as your deals follow them."))
        note.setWordWrap(True)
        self.tabs = QTabWidget()
        self.forms: dict[OpportunityStage, _StageForm] = {}
        for stage in ORDER:
            form = _StageForm(stage, book[stage], self.may_edit)
            self.forms[stage] = form
            self.tabs.addTab(form, word(STAGE_LABELS[stage]))
        self._initial = {stage: form.stage_rules() for stage, form in self.forms.items()}
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        if self.may_edit:
            self.box = buttons(self, self.tr("Save"))
        else:
            self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            self.box.rejected.connect(self.reject)
        layout.addWidget(self.box)
        self.resize(640, 560)

    def changed(self) -> dict[OpportunityStage, StageRules]:
        """The stages whose settings the user changed."""
        return {stage: form.stage_rules() for stage, form in self.forms.items()
                if form.stage_rules() != self._initial[stage]}

    def accept(self) -> None:
        changed = self.changed()
        if not self.may_edit or not changed:
            QDialog.accept(self)  # nothing to send (a rep's dialog has no Save)
            return
        self.submit(lambda app: deals.set_playbook(app, changed))
