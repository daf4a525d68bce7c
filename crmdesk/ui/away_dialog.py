"""Marking oneself away from the team's web enquiries, and back (Account ▸ Away from web
enquiries…): one command (crmdesk.app.assignment.set_away), which the server's push
holds to the same rule (a rep writes only their own away day; the rest of the
assignment rules are the team lead's)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crmdesk.app import assignment as commands
from crmdesk.store import assignment as store
from crmdesk.store.models import Role
from crmdesk.ui.context import AppContext
from crmdesk.ui.dialogs import CommandDialog, buttons
from crmdesk.ui.formats import day_text
from crmdesk.ui.wheel import DateEdit


def may_be_away(role: Role) -> bool:
    """Who takes web leads, so may mark themselves away (the command refuses anyone in
    no team)."""
    return role in store.TAKERS


class AwayDialog(CommandDialog):
    """The last day the user is away; OK sets it, "I'm back" ends it now."""

    def __init__(self, ctx: AppContext, until: date | None, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Away from web enquiries"))
        note = QLabel(self.tr(
            "While you are away, leads from the website go to your colleagues by the "
            "team's rules (or to its pool), up to and including the day you choose. Your "
            "team lead sees it in the assignment rules."))
        note.setWordWrap(True)
        away = until is not None and until >= today
        self.state = QLabel(self.tr("You are away until {0}.").format(day_text(until))
                            if away and until is not None else self.tr("You are not away."))
        self.day = DateEdit()
        self.day.setCalendarPopup(True)
        self.day.setMinimumDate(QDate(today.year, today.month, today.day))
        shown = until if away and until is not None else today + timedelta(days=7)
        self.day.setDate(QDate(shown.year, shown.month, shown.day))
        self.back = QPushButton(self.tr("I'm back"))
        self.back.setEnabled(away)
        self.back.clicked.connect(self.come_back)
        form = QFormLayout()
        form.addRow(self.tr("Away until (and including)"), self.day)
        self.box = buttons(self, self.tr("Away until then"))
        self.box.addButton(self.back, QDialogButtonBox.ButtonRole.ResetRole)
        layout = QVBoxLayout(self)
        for widget in (note, self.state):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.box)
        self.setMinimumWidth(460)

    def picked(self) -> date:
        day = self.day.date()
        return date(day.year(), day.month(), day.day())

    def accept(self) -> None:
        until = self.picked()
        self.submit(lambda app: commands.set_away(app, until))

    def come_back(self) -> None:
        self.submit(lambda app: commands.set_away(app, None))


def open_away(ctx: AppContext, parent: QWidget) -> None:
    """The dialog over `parent`, once the user's away day is read on a worker."""
    user = ctx.user

    def read(session: Session) -> date | None:
        return store.away_until(session, user.team_id, user.id)

    def show(until: date | None) -> None:
        AwayDialog(ctx, until, ctx.today(), parent).open()

    ctx.read(read, show, key="away-open")
