"""The team's public pool rules (crmdesk.domain.pool): when an idle account goes back to
the pool, how many a rep claims a day and holds, the previous owner's cooling-off, and
how far ahead laptops warn. A team lead (or an administrator) edits them through one
command (crmdesk.app.pool.set_rules); anyone else reads them. The server applies them."""

from __future__ import annotations

import uuid
from dataclasses import asdict

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crmdesk.app import pool as pool_commands
from crmdesk.domain.pool import (
    MAX_COUNT,
    MAX_DAYS,
    RULE_LABELS,
    SUGGESTED_RETURNS,
    PoolRules,
)
from crmdesk.store import plan_queries as pq
from crmdesk.store import pool_queries
from crmdesk.store.models import Role
from crmdesk.ui.context import AppContext
from crmdesk.ui.dialogs import CommandDialog, buttons
from crmdesk.ui.wheel import ComboBox, SpinBox
from crmdesk.ui.words import word

#: Which rules count days (the others count accounts).
_DAYS = frozenset({"no_contact_days", "no_deal_days", "cooling_days", "warn_days"})


def may_edit_rules(role: Role) -> bool:
    """Who may change a team's pool rules (the command refuses anyone else)."""
    return role in (Role.LEAD, Role.ADMIN)


#: The teams the dialog offers, by name, each with its rules.
TeamsRules = list[tuple[uuid.UUID | None, str, PoolRules]]


def load_rules(session: Session, role: Role, team_id: uuid.UUID | None) -> TeamsRules:
    """The teams whose rules the user sees (an admin: every team; anyone else: their
    own), each with its rules as the server applies them (on a worker)."""
    if role is not Role.ADMIN and team_id is None:
        return [(None, "", pool_queries.rules_for(session, None))]
    found = pq.teams(session, None if role is Role.ADMIN else team_id)
    rules = pool_queries.rules_by_team(session, [t.id for t in found])
    return [(t.id, t.name, rules[t.id]) for t in found]


class PoolRulesDialog(CommandDialog):
    """A spin box per rule; 0 turns a rule off. Save sends them all, as one command. An
    administrator chooses the team first."""

    def __init__(self, ctx: AppContext, teams: TeamsRules, parent: QWidget | None = None
                 ) -> None:
        super().__init__(ctx, parent)
        self.may_edit = may_edit_rules(ctx.user.role)
        self.teams = teams
        self.team = ComboBox()
        for team_id, name, _rules in teams:
            self.team.addItem(name, team_id)
        self.team.currentIndexChanged.connect(self._team_chosen)
        rules = teams[0][2] if teams else PoolRules()
        self.setWindowTitle(self.tr("Team pool rules"))
        note = QLabel(
            self.tr("The server returns a rep's idle Lead and Potential accounts to the "
                    "team's pool by these rules, with their history; laptops warn ahead. "
                    "0 turns a rule off: until you set days, nothing returns. "
                    "Suggested fills in the usual rules.") if self.may_edit else
            self.tr("Your team lead sets these; the server applies them to everyone's "
                    "accounts."))
        note.setWordWrap(True)
        self.spins: dict[str, SpinBox] = {}
        form = QFormLayout()
        for name, value in asdict(rules).items():
            spin = SpinBox()
            spin.setRange(0, MAX_DAYS if name in _DAYS else MAX_COUNT)
            if name in _DAYS:
                spin.setSuffix(self.tr(" days"))
            spin.setSpecialValueText(self.tr("no limit") if name in (
                "claims_per_day", "max_open_leads") else self.tr("off"))
            spin.setValue(value)
            # read-only rather than greyed out: a rep reads the figures
            spin.setReadOnly(not self.may_edit)
            if not self.may_edit:
                spin.setButtonSymbols(SpinBox.ButtonSymbols.NoButtons)
            self.spins[name] = spin
            form.addRow(word(RULE_LABELS[name]), spin)
        self._initial = self.rules()
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        if len(teams) > 1:
            form.insertRow(0, self.tr("Team"), self.team)
        layout.addLayout(form)
        layout.addWidget(self.error)
        if self.may_edit:
            self.box = buttons(self, self.tr("Save"))
            self.suggested = self.box.addButton(self.tr("Suggested"),
                                                QDialogButtonBox.ButtonRole.ResetRole)
            self.suggested.setToolTip(self.tr(
                "Back after {0} days without two-way contact or {1} without a deal; "
                "the other rules as they were").format(
                    SUGGESTED_RETURNS.no_contact_days, SUGGESTED_RETURNS.no_deal_days))
            self.suggested.clicked.connect(self.use_suggested)
        else:
            self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            self.box.rejected.connect(self.reject)
        layout.addWidget(self.box)

    def rules(self) -> PoolRules:
        return PoolRules(**{name: spin.value() for name, spin in self.spins.items()})

    def use_suggested(self) -> None:
        """Fill in the suggested return rules (`SUGGESTED_RETURNS`); Save sends them."""
        for name in ("no_contact_days", "no_deal_days"):
            self.spins[name].setValue(getattr(SUGGESTED_RETURNS, name))

    def team_id(self) -> uuid.UUID | None:
        return self.teams[self.team.currentIndex()][0] if self.teams else None

    def _team_chosen(self, index: int) -> None:
        for name, value in asdict(self.teams[index][2]).items():
            self.spins[name].setValue(value)
        self._initial = self.rules()

    def accept(self) -> None:
        wanted, team = self.rules(), self.team_id()
        if not self.may_edit or wanted == self._initial:
            QDialog.accept(self)  # nothing to send
            return
        self.submit(lambda app: pool_commands.set_rules(app, wanted, team_id=team))


def open_pool_rules(ctx: AppContext, parent: QWidget) -> None:
    """Open the dialog over `parent` once the team's rules are read (on a worker)."""
    for open_one in parent.findChildren(PoolRulesDialog):
        if open_one.isVisible():
            open_one.raise_()
            return
        open_one.deleteLater()
    role, team_id = ctx.user.role, ctx.user.team_id

    def show(teams: TeamsRules) -> None:
        PoolRulesDialog(ctx, teams, parent).open()

    ctx.read(lambda s: load_rules(s, role, team_id), show, key="pool-rules")
