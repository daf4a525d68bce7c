"""The team's care reminders (crmdesk.domain.care): for each kind, how many days before
the occasion a reminder comes due, and the template its suggested message uses. A team
lead (or an administrator, choosing the team) sets them through one command
(crmdesk.app.care.set_settings), checked as the CLI's `care-settings` is checked."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from crmdesk.app import care
from crmdesk.domain.care import DEFAULT_LEAD_DAYS, KIND_LABELS, MAX_LEAD_DAYS, CareKind
from crmdesk.store.care_queries import KindSetting
from crmdesk.store.models import Role
from crmdesk.ui.context import AppContext
from crmdesk.ui.dialogs import CommandDialog, buttons
from crmdesk.ui.wheel import ComboBox, SpinBox
from crmdesk.ui.words import word


def may_set_care(role: Role) -> bool:
    """Who may change a team's care settings (the command refuses anyone else)."""
    return role in (Role.LEAD, Role.ADMIN)


class CareSettingsDialog(CommandDialog):
    """A row per kind: days ahead, and the template (the one named after the kind, or
    one of the team's). Save sends the kinds changed, as one command."""

    def __init__(self, ctx: AppContext, teams: list[care.TeamCare],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.teams = teams
        self.setWindowTitle(self.tr("Care reminders"))
        note = QLabel(self.tr(
            "Renewals, birthdays and anniversaries come into the queue's Care reminders "
            "this many days before the day. Ctrl+M on one writes the message of the "
            "template chosen here."))
        note.setWordWrap(True)
        self.team = ComboBox()
        for team in teams:
            self.team.addItem(team.name, team.team_id)
        self.days: dict[CareKind, SpinBox] = {}
        self.templates: dict[CareKind, ComboBox] = {}
        form = QFormLayout()
        if len(teams) > 1:
            form.addRow(self.tr("Team"), self.team)
        for kind in CareKind:
            spin = SpinBox()
            spin.setRange(0, MAX_LEAD_DAYS)
            spin.setSuffix(self.tr(" days ahead"))
            spin.setSpecialValueText(self.tr("on the day"))
            spin.setToolTip(self.tr("0 to {0} days; {1} when the team sets none").format(
                MAX_LEAD_DAYS, DEFAULT_LEAD_DAYS[kind]))
            chooser = ComboBox()
            chooser.setMinimumContentsLength(18)
            self.days[kind], self.templates[kind] = spin, chooser
            row = QHBoxLayout()
            row.addWidget(spin)
            row.addWidget(chooser, 1)
            form.addRow(word(KIND_LABELS[kind]), row)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        self.box = buttons(self, self.tr("Save"))
        layout.addWidget(self.box)
        self._initial: list[KindSetting] = []
        self.team.currentIndexChanged.connect(self._fill)
        self._fill(0)

    def _fill(self, index: int) -> None:
        if not self.teams:
            self.error.setText(self.tr("You belong to no team: care settings are a team's."))
            self.box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        team = self.teams[index]
        for kind, setting in team.settings.items():
            self.days[kind].setValue(setting.lead_days)
            chooser = self.templates[kind]
            chooser.clear()
            chooser.addItem(self.tr("“{0}” (named after it)").format(KIND_LABELS[kind]), "")
            names = list(team.templates)
            if setting.template and setting.template not in names:
                names.append(setting.template)  # gone since: kept, not quietly dropped
            for name in names:
                chooser.addItem(name if name in team.templates else
                                self.tr("{0} (no such template)").format(name), name)
            chooser.setCurrentIndex(max(0, chooser.findData(setting.template)))
        self._initial = self.settings()

    def settings(self) -> list[KindSetting]:
        return [KindSetting(kind, self.days[kind].value(),
                            str(self.templates[kind].currentData() or ""))
                for kind in CareKind]

    def team_id(self) -> uuid.UUID | None:
        return self.teams[self.team.currentIndex()].team_id if self.teams else None

    def accept(self) -> None:
        changed = [s for s, was in zip(self.settings(), self._initial, strict=True)
                   if s != was]
        if not changed:
            QDialog.accept(self)  # nothing to send
            return
        team = self.team_id()
        self.submit(lambda app: care.set_settings(app, changed, team_id=team))


def open_care_settings(ctx: AppContext, parent: QWidget) -> None:
    """Open the dialog over `parent` once the teams' settings are read (on a worker)."""
    for open_one in parent.findChildren(CareSettingsDialog):
        if open_one.isVisible():
            open_one.raise_()
            return
        open_one.deleteLater()
    app = ctx.app

    def show(teams: list[care.TeamCare]) -> None:
        CareSettingsDialog(ctx, teams, parent).open()

    ctx.read(lambda _s: care.teams_care(app), show, key="care-settings")
