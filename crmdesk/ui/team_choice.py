"""Where new leads go, as the new-lead and import windows ask it: a rep's or lead's go
to their own team; an administrator, in no team, chooses one (crmdesk.app.rights)."""

from __future__ import annotations

import uuid

import shiboken6
from PySide6.QtWidgets import QWidget

from crmdesk.store.review.lookup import TeamRef, teams
from crmdesk.ui.context import AppContext
from crmdesk.ui.wheel import ComboBox


class TeamChooser(ComboBox):
    """The live teams, none chosen at first: an administrator's leads go nowhere by
    accident (the command refuses none chosen, in its own words)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Choose a team…"))
        self.setCurrentIndex(-1)
        self.is_loaded = False
        ctx.read(teams, self._fill)

    def _fill(self, found: list[TeamRef]) -> None:
        if not shiboken6.isValid(self):  # its window closed while the teams were read
            return
        for team in found:
            self.addItem(team.name, team.id.hex)
        self.setCurrentIndex(-1)
        self.is_loaded = True

    def team_id(self) -> uuid.UUID | None:
        """The team chosen, or None."""
        data = self.currentData()
        return uuid.UUID(data) if isinstance(data, str) and data else None

    def choose(self, name: str) -> None:
        """Choose the team of that name (tests and callers that know it)."""
        self.setCurrentIndex(self.findText(name))
