"""Dialogs: new lead (with the duplicate check), lost reason, side-by-side merge, and
the keyboard shortcut list. A person's dialogs are in crmdesk.ui.contact_dialog;
contracts and payments in crmdesk.ui.contract_dialogs."""

from __future__ import annotations

import html
import logging
import uuid
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crmdesk.app import accounts, rights
from crmdesk.app.changes import Done
from crmdesk.app.context import Context
from crmdesk.domain.dedupe import Candidate, identity, reasons_text
from crmdesk.domain.lifecycle import LABELS
from crmdesk.domain.merge import (
    FIELD_LABELS,
    MERGE_FIELDS,
    MergeSide,
    differing_fields,
    first_acquired,
    is_empty,
    propose_survivor,
    proposed_sources,
)
from crmdesk.store import queries as q
from crmdesk.store.duplicates import candidates
from crmdesk.store.writes import NotFound, Refused
from crmdesk.ui.bidi import isolated
from crmdesk.ui.context import AppContext
from crmdesk.ui.formats import day_text
from crmdesk.ui.shortcuts import table
from crmdesk.ui.team_choice import TeamChooser
from crmdesk.ui.words import refusal_words, sentence, tr, word, worded

T = TypeVar("T")
log = logging.getLogger(__name__)


def buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    """OK (named `ok_text`) and Cancel, wired to the dialog's accept and reject."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                           QDialogButtonBox.StandardButton.Cancel)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #c62828;")
    return label


def _problem(exc: BaseException) -> str:
    """What a refused save says; anything else, in the words the runner would use."""
    if isinstance(exc, Refused | NotFound):
        return refusal_words(exc)
    log.error("saving failed:\n%s", getattr(exc, "__traceback_text__", exc))
    return QCoreApplication.translate("dialogs", "Not saved: {0}").format(exc)


class CommandDialog(QDialog):
    """A dialog whose OK runs a command: it closes once the command is done, or stays
    open showing why it was refused (the command's words, not the dialog's own)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.error = _error_label()
        self._saving = False

    def submit(self, do: Callable[[Context], Done[T]],
               done: Callable[[T], str | None] | None = None) -> None:
        """Run `do`; `done` may answer a problem in plain words, which keeps the dialog
        open (the command saved nothing)."""
        if self._saving:
            return
        self._saving = True
        self.error.clear()

        def finished(value: T) -> None:
            self._saving = False
            problem = done(value) if done is not None else None
            if problem:
                self.error.setText(sentence(problem))
            else:
                QDialog.accept(self)

        def failed(exc: BaseException) -> None:
            self._saving = False
            self.error.setText(_problem(exc))

        self._ctx.command(do, finished, failed)


def candidates_html(found: list[Candidate], title: str) -> str:
    """Records a new one may duplicate, each with why (worded), under `title`."""
    if not found:
        return ""
    rows = "".join("<li>" + tr("{0}: {1}").format(
        f"<b>{html.escape(isolated(c.name))}</b>", html.escape(worded(reasons_text(c.reasons))))
        + "</li>" for c in found)
    return f"<b>{html.escape(title)}</b><ul style='margin:2px'>{rows}</ul>"


class NewLeadDialog(CommandDialog):
    """A new company. Duplicates are looked for while the user types, and shown with
    their reasons; saving anyway needs a second, deliberate click."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.created: uuid.UUID | None = None
        self.setWindowTitle(self.tr("New lead"))
        self.name = QLineEdit()
        self.website = QLineEdit()
        self.phone = QLineEdit()
        self.contact = QLineEdit()
        self.mobile = QLineEdit()
        self.email = QLineEdit()
        self.found: list[Candidate] = []
        self._checked: tuple[str, list[str], list[str], str] | None = None
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self._confirmed = False
        form = QFormLayout(self)
        for label, widget in ((self.tr("Company name"), self.name),
                              (self.tr("Website"), self.website),
                              (self.tr("Switchboard"), self.phone),
                              (self.tr("Contact name"), self.contact),
                              (self.tr("Contact mobile"), self.mobile),
                              (self.tr("Contact email"), self.email)):
            form.addRow(label, widget)
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(self._schedule_check)
        # an administrator, in no team, says whose pool the lead goes to
        self.team: TeamChooser | None = None
        if rights.chooses_team(ctx.user):
            self.team = TeamChooser(ctx)
            self.team.setToolTip(self.tr("The new lead goes to this team's pool."))
            form.insertRow(0, self.tr("Team"), self.team)
        form.addRow(self.warning)
        form.addRow(self.error)
        self.box = buttons(self, self.tr("Create lead"))
        form.addRow(self.box)
        # who may make no leads at all is told so at once, not after typing a company
        self.refusal = rights.new_lead_refusal(ctx.user)
        if self.refusal is not None:
            self.error.setText(sentence(self.refusal))
            self.box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.check)
        self.resize(520, 0)

    def _schedule_check(self) -> None:
        self._confirmed = False
        self.box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create lead"))
        self._timer.start()

    def identity(self) -> tuple[str, list[str], list[str], str]:
        return (self.name.text(), [self.phone.text(), self.mobile.text()], [self.email.text()],
                self.website.text())

    def check(self) -> None:
        name, phones, emails, website = self.identity()
        region = self._ctx.region

        def query(session: Session) -> list[Candidate]:
            return candidates(session, identity("new", name, phones, emails, website, region))

        typed = self.identity()
        self._ctx.read(query, lambda found: self._show_found(found, typed),
                       key="new-lead-dupes")

    def _show_found(self, found: list[Candidate],
                    typed: tuple[str, list[str], list[str], str]) -> None:
        self.found, self._checked = found, typed
        self.warning.setText(candidates_html(found, self.tr("This may already be in the CRM:")))

    def lead(self) -> accounts.NewLead:
        return accounts.NewLead(self.name.text(), self.website.text(), self.phone.text(),
                                self.contact.text(), self.mobile.text(), self.email.text())

    def problems(self) -> list[str]:
        """The command's own checks, shown before the duplicate check."""
        return accounts.lead_problems(self.lead(), self._ctx.region)

    def accept(self) -> None:
        if self.refusal is not None:
            self.error.setText(sentence(self.refusal))
            return
        problems = self.problems()
        if self.team is not None and self.team.team_id() is None:
            problems.append(rights.CHOOSE_TEAM)
        self.error.setText("\n".join(map(sentence, problems)))
        if problems:
            return
        if self._timer.isActive() or self._checked != self.identity():
            # saved before the check caught up with the typing: check now, on the spot
            self._timer.stop()
            name, phones, emails, website = self.identity()
            region = self._ctx.region
            self._show_found(self._ctx.read_now(lambda s: candidates(
                s, identity("new", name, phones, emails, website, region))), self.identity())
        if self.found and not self._confirmed:
            self._confirmed = True
            self.box.button(QDialogButtonBox.StandardButton.Ok).setText(
                self.tr("Create anyway"))
            self.error.setText(self.tr("Check the possible duplicates above first."))
            return
        lead, team = self.lead(), self.team.team_id() if self.team is not None else None

        def created(account_id: uuid.UUID) -> None:
            self.created = account_id

        self.submit(lambda app: accounts.new_lead(app, lead, team), created)


class LostDialog(CommandDialog):
    def __init__(self, ctx: AppContext, account_id: uuid.UUID, account_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._account_id = account_id
        self.setWindowTitle(self.tr("Mark {0} lost").format(account_name))
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Why? e.g. chose a competitor, no budget"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Reason")))
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(buttons(self, self.tr("Mark lost")))

    def accept(self) -> None:
        account_id, reason = self._account_id, self.reason.toPlainText()
        # the lifecycle says whether (and why not): a reason is one of its conditions
        self.submit(lambda app: accounts.mark_lost(app, account_id, reason),
                    lambda check: None if check.allowed else check.reason)


def _shown(value: object) -> str:
    return "—" if is_empty(value) else str(getattr(value, "value", value))


class MergeDialog(QDialog):
    """Two duplicate accounts side by side. The user picks the record that survives
    (proposed: the one with more history) and, for each basic field where the two
    differ, which value it keeps. Nothing is merged until they press Merge."""

    def __init__(self, cards: tuple[q.Card, q.Card], sides: tuple[MergeSide, MergeSide],
                 reasons: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge duplicate accounts"))
        self._cards = {card.id: card for card in cards}
        self._sides = {side.id: side for side in sides}
        self._ids = (sides[0].id, sides[1].id)
        proposed, _ = propose_survivor(*sides)

        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        row = 0
        self.survivor_group = QButtonGroup(self)
        self.survivor_buttons: dict[uuid.UUID, QRadioButton] = {}
        for col, card in enumerate(cards, start=1):
            grid.addWidget(self._heading(card.name), row, col)
            button = QRadioButton(self.tr("Keep this record"))
            self.survivor_group.addButton(button)
            self.survivor_buttons[card.id] = button
            grid.addWidget(button, row + 1, col)
        row += 2
        info = ((self.tr("Status"), [word(LABELS[c.status]) for c in cards]),
                (self.tr("Owner"), [c.owner or self.tr("Team pool") for c in cards]),
                (self.tr("Channel"), [c.channel for c in cards]),
                (self.tr("Acquired"), [c.acquired_on for c in cards]),
                (self.tr("Value"), [c.value_score for c in cards]))
        for label, values in info:
            grid.addWidget(QLabel(label), row, 0)
            for col, value in enumerate(values, start=1):
                grid.addWidget(QLabel(_shown(value)), row, col)
            row += 1
        grid.setRowMinimumHeight(row, 6)  # a gap before each section
        row += 1
        grid.addWidget(self._heading(self.tr("History")), row, 0)
        row += 1
        counts = ((self.tr("Contacts"), "contacts"), (self.tr("Activities"), "activities"),
                  (self.tr("Deals"), "deals"), (self.tr("Contracts"), "contracts"),
                  (self.tr("Payments"), "payments"))
        for label, attr in counts:
            grid.addWidget(QLabel(label), row, 0)
            for col, side in enumerate(sides, start=1):
                grid.addWidget(QLabel(str(getattr(side.history, attr))), row, col)
            row += 1
        grid.setRowMinimumHeight(row, 6)
        row += 1
        grid.addWidget(self._heading(self.tr("Details the kept record will have")), row, 0,
                       1, 3)
        row += 1
        differ = set(differing_fields(*sides))
        self.field_buttons: dict[str, dict[uuid.UUID, QRadioButton]] = {}
        for field in MERGE_FIELDS:
            grid.addWidget(QLabel(word(FIELD_LABELS[field])), row, 0)
            if field not in differ:
                same = QLabel(_shown(sides[0].fields.get(field)))
                same.setToolTip(self.tr("The same in both records."))
                grid.addWidget(same, row, 1, 1, 2)
            else:
                group = QButtonGroup(self)
                self.field_buttons[field] = {}
                for col, side in enumerate(sides, start=1):
                    value = side.fields.get(field)
                    # "&" would make a shortcut of the next letter in a button's text
                    button = QRadioButton(self.tr("(empty)") if is_empty(value)
                                          else str(value).replace("&", "&&"))
                    group.addButton(button)
                    button.toggled.connect(self._update_summary)
                    self.field_buttons[field][side.id] = button
                    grid.addWidget(button, row, col)
            row += 1
        why = QLabel(self.tr("Why they look alike: {0}").format(
            worded(reasons_text(reasons))))
        why.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(why)
        layout.addLayout(grid)
        layout.addWidget(self.summary)
        self.buttons = buttons(self, self.tr("Merge"))
        layout.addWidget(self.buttons)
        self._proposing = False
        self.survivor_group.buttonToggled.connect(self._survivor_changed)
        self.survivor_buttons[proposed.id].setChecked(True)

    @staticmethod
    def _heading(text: str) -> QLabel:
        shown = text if len(text) <= 60 else text[:59] + "…"
        label = QLabel(f"<b>{html.escape(shown)}</b>")
        label.setToolTip(text)
        return label

    def survivor_id(self) -> uuid.UUID:
        """The record the user chose to keep."""
        return next(i for i, b in self.survivor_buttons.items() if b.isChecked())

    def dropped_id(self) -> uuid.UUID:
        """The record that is folded into the survivor and removed."""
        return next(i for i in self._ids if i != self.survivor_id())

    def choices(self) -> dict[str, uuid.UUID]:
        """For each differing field, the record whose value the survivor keeps."""
        return {field: next(i for i, b in buttons.items() if b.isChecked())
                for field, buttons in self.field_buttons.items()}

    def _survivor_changed(self, _button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        # A new survivor starts again from its own proposal: its values, gaps filled.
        survivor = self._sides[self.survivor_id()]
        dropped = self._sides[self.dropped_id()]
        self._proposing = True  # the summary waits until every field has its value
        for field, source in proposed_sources(survivor, dropped).items():
            self.field_buttons[field][source].setChecked(True)
        self._proposing = False
        self._update_summary()

    def _update_summary(self) -> None:
        if self._proposing or self.survivor_group.checkedButton() is None:
            return
        kept = self._cards[self.survivor_id()]
        gone = self._cards[self.dropped_id()]
        survivor, dropped = self._sides[kept.id], self._sides[gone.id]
        acquired = first_acquired(survivor, dropped).acquired_on
        lines = [self.tr("“{0}” stays and takes every contact, activity, deal, contract, "
                         "payment, tag and relation of “{1}”, which is then removed.")
                 .format(html.escape(kept.name), html.escape(gone.name))]
        if acquired is not None:
            lines.append(self.tr("It keeps the earliest acquired date of the two: {0}.").format(
                day_text(acquired)))
        taken = [word(FIELD_LABELS[f]) for f, source in self.choices().items()
                 if source == gone.id]
        if taken:
            lines.append(self.tr("From the other record it takes: {0}.").format(
                ", ".join(taken)))
        self.summary.setText("<br>".join(lines))


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        grid = QGridLayout(self)
        for row, shortcut in enumerate(table()):
            keys = QLabel(f"<b>{html.escape(shortcut.keys)}</b>")
            grid.addWidget(keys, row, 0)
            grid.addWidget(QLabel(shortcut.description), row, 1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        grid.addWidget(box, len(table()), 0, 1, 2)


