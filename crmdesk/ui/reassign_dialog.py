"""Giving accounts, with their history, to a rep of their team or to the team's pool:
the dialog asks whom, says how many on its button, runs the one command
(crmdesk.app.accounts.reassign_many, or reassign_book for a leaving rep's whole book)
and shows what it moved, or why not."""

from __future__ import annotations

import uuid
from dataclasses import replace

import shiboken6
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crmdesk.app.accounts import Reassigned, reassign_book, reassign_many
from crmdesk.store import queries as q
from crmdesk.store.refusals import NotFound, Refused
from crmdesk.ui.context import AppContext
from crmdesk.ui.style import error_color
from crmdesk.ui.wheel import ComboBox

#: The chooser's value for the team's pool (a person's is their id's hex).
_POOL = "pool"


class ReassignDialog(QDialog):
    """Whom to give `account_ids` to; not blocking (`open()`), so the window keeps
    painting while the command runs."""

    def __init__(self, ctx: AppContext, account_ids: list[uuid.UUID],
                 parent: QWidget | None = None, note: str = "",
                 book: tuple[uuid.UUID, str] | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.account_ids = list(dict.fromkeys(account_ids))
        #: (person, name) when giving away a person's whole book (read when it opens)
        self.book = book
        self.result_value: Reassigned | None = None
        self.setWindowTitle(self.tr("Give accounts to…") if book is None else
                            self.tr("Give {0}'s book to…").format(book[1]))
        n = len(self.account_ids)
        self.question = QLabel(
            self.tr("Reading {0}'s book…").format(book[1]) if book is not None else
            self.tr("Give the selected account, with its contacts, activities, deals, "
                    "contracts and payments, to:") if n == 1 else
            self.tr("Give the {0:,} selected accounts, each with its contacts, activities, "
                    "deals, contracts and payments, to:").format(n))
        self.question.setWordWrap(True)
        if book is not None:  # its question is read when the book is: room for it
            self.setMinimumWidth(440)
        #: what the accounts were chosen by, when not by themselves (deals: their accounts)
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        if note:  # three lines of explanation read better a little wider
            self.setMinimumWidth(440)
        self.to = ComboBox()
        self.to.setEnabled(False)
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.answer.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.give: QPushButton = self.buttons.addButton(
            self.tr("Give"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.give.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.question)
        layout.addWidget(self.to)
        layout.addWidget(self.answer)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.give.clicked.connect(self._give)
        self.to.currentIndexChanged.connect(self._name_button)
        self.is_loaded = False
        self.working = False
        ids, person = self.account_ids, None if book is None else book[0]

        def query(session: Session) -> tuple[list[uuid.UUID], q.ReassignTargets]:
            held = ids if person is None else q.book_of(session, person)
            return held, q.reassign_targets(session, held)

        ctx.read(query, self._fill)

    @classmethod
    def of_book(cls, ctx: AppContext, person: uuid.UUID, name: str,
                parent: QWidget | None = None) -> ReassignDialog:
        """Give every account `person` (named `name`) owns, e.g. as they leave, to a
        colleague of their team or to the team's pool."""
        return cls(ctx, [], parent, book=(person, name))

    def _fill(self, loaded: tuple[list[uuid.UUID], q.ReassignTargets]) -> None:
        if not shiboken6.isValid(self):  # closed before the book was read
            return
        self.is_loaded = True
        self.account_ids, targets = loaded
        if self.book is not None:
            person, name = self.book
            if not self.account_ids:
                self._say(self.tr("{0} owns no accounts now: there is no book to give.")
                          .format(name))
                return
            n = len(self.account_ids)
            self.question.setText(self.tr(
                "Give all {0:,} accounts {1} owns, each with its contacts, activities, "
                "deals, contracts and payments, to:").format(n, name))
            targets = replace(targets, reps=tuple(r for r in targets.reps if r.id != person))
            self.adjustSize()
        if targets.team_id is None:
            self._say(self.tr("These accounts belong to {0} teams: give one team's accounts "
                              "at a time.").format(targets.teams) if targets.teams > 1
                      else self.tr("These accounts are gone or belong to no team."), error=True)
            return
        for rep in targets.reps:
            self.to.addItem(rep.display_name, rep.id.hex)
        self.to.addItem(self.tr("{0} pool").format(targets.team or self.tr("Team")), _POOL)
        self.to.setEnabled(True)
        self.give.setEnabled(True)
        self._name_button()

    def choose(self, owner_id: uuid.UUID | None) -> bool:
        """Pick whom to give to (None: the pool); False when they are not offered."""
        at = self.to.findData(_POOL if owner_id is None else owner_id.hex)
        if at >= 0:
            self.to.setCurrentIndex(at)
        return at >= 0

    def chosen(self) -> uuid.UUID | None:
        data = self.to.currentData()
        return None if data in (None, _POOL) else uuid.UUID(data)

    def _name_button(self) -> None:
        # the count and the person on the button: what pressing it does, in full
        n, whom = len(self.account_ids), self.to.currentText()
        self.give.setText(self.tr("Give 1 account to {0}").format(whom) if n == 1 else
                          self.tr("Give {0:,} accounts to {1}").format(n, whom))

    def _give(self) -> None:
        if self.working or self.result_value is not None:
            self.accept()
            return
        ids, owner, book = self.account_ids, self.chosen(), self.book
        self.working = True
        self.give.setEnabled(False)
        self.to.setEnabled(False)
        # a book of hundreds takes a few seconds on the writer thread: say it is under way
        self._say(self.tr("Moving {0:,} accounts with their history…").format(len(ids)))
        if book is None:
            self._ctx.command(lambda app: reassign_many(app, ids, owner), self._done,
                              self._failed)
        else:  # the book as it stands when given (claims made since go too)
            self._ctx.command(lambda app: reassign_book(app, book[0], owner), self._done,
                              self._failed)

    def _done(self, done: Reassigned) -> None:
        if not shiboken6.isValid(self):  # closed while moving: they are moved all the same
            return
        self.working = False
        self.result_value = done
        whom = done.owner or self.tr("the team pool")
        said = (self.tr("Gave {0:,} accounts ({1:,} records with their history) to {2}.")
                .format(done.accounts, done.rows, whom) if done.accounts != 1 else
                self.tr("Gave 1 account ({0:,} records with its history) to {1}.")
                .format(done.rows, whom))
        if done.already:
            said += " " + self.tr("{0:,} of them were there already.").format(done.already)
        self._say(said)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.give.setText(self.tr("Close"))
        self.give.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, NotFound | Refused):
            self._ctx.runner.report(exc)
        if not shiboken6.isValid(self):  # closed meanwhile: nothing to say it in
            return
        self.working = False
        self._say(self.tr("Nothing was moved. {0}").format(exc), error=True)
        self.to.setEnabled(True)
        self.give.setEnabled(True)

    def _say(self, text: str, error: bool = False) -> None:
        self.answer.setText(text)
        self.answer.setStyleSheet(f"color: {error_color().name()};" if error else "")
        self.answer.show()
        self.adjustSize()  # room for the answer, the question kept above it
