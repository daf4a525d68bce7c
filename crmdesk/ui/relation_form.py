"""A small form that links the company shown to another one (its parent, a subsidiary,
a supplier, a customer, a partner, or who referred whom to us), found by typing its
name. The card and the graph both carry one."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from crmdesk.app import relations
from crmdesk.app.relations import Role
from crmdesk.domain.words import tr_noop
from crmdesk.store import queries as q
from crmdesk.ui.context import AppContext
from crmdesk.ui.wheel import ComboBox
from crmdesk.ui.words import refusal_words, word

#: What the other company is, as the form offers it.
ROLE_LABELS: dict[Role, str] = {
    Role.PARENT: tr_noop("is its parent company"),
    Role.SUBSIDIARY: tr_noop("is its subsidiary"),
    Role.SUPPLIER: tr_noop("is its supplier"),
    Role.CUSTOMER: tr_noop("is its customer"),
    Role.PARTNER: tr_noop("is its partner"),
    Role.REFERRED_BY: tr_noop("referred it to us"),
    Role.REFERRAL: tr_noop("was referred to us by it"),
}


def company_hits(session: Session, typed: str, leave_out: uuid.UUID | None
                 ) -> list[tuple[uuid.UUID, str]]:
    """Companies whose name, people, phone or email match what was typed."""
    out: dict[uuid.UUID, str] = {}
    for hit in q.search(session, typed, limit=30):
        if hit.kind == "account" and hit.account_id != leave_out:
            out.setdefault(hit.account_id, hit.title)
    return list(out.items())[:12]


class RelationForm(QWidget):
    """[company found by name] [is its … ] [Link]; refusals shown under it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 narrow: bool = False) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.account_id: uuid.UUID | None = None
        self.finder = QLineEdit()
        self.finder.setPlaceholderText(self.tr("Link a company: type its name…"))
        self.finder.textEdited.connect(self._search)
        self.company = ComboBox()
        self.company.setMinimumContentsLength(10)
        self.company.setSizeAdjustPolicy(ComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.role = ComboBox()
        for role, label in ROLE_LABELS.items():
            self.role.addItem(word(label), role)
        self.link = QPushButton(self.tr("Link"))
        self.link.clicked.connect(self.add_link)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.finder, 2)
        row.addWidget(self.company, 2)
        second = QHBoxLayout() if narrow else row  # a narrow pane: two rows
        second.setContentsMargins(0, 0, 0, 0)
        second.addWidget(self.role, 1)
        second.addWidget(self.link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        if narrow:
            layout.addLayout(second)
        layout.addWidget(self.problem)

    def set_account(self, account_id: uuid.UUID | None) -> None:
        if account_id != self.account_id:
            self.account_id = account_id
            self.finder.clear()
            self.company.clear()
            self.problem.hide()

    def _search(self, typed: str) -> None:
        leave_out = self.account_id
        self._ctx.read(lambda s: company_hits(s, typed, leave_out), self.show_hits,
                       key=f"relation-form-{id(self)}")

    def show_hits(self, hits: list[tuple[uuid.UUID, str]]) -> None:
        self.company.clear()
        for account_id, name in hits:
            self.company.addItem(name, account_id)
        if self.finder.text().strip() and not hits:
            self.company.addItem(self.tr("(no company matches)"), None)

    def add_link(self) -> None:
        account_id, other = self.account_id, self.company.currentData()
        role = Role(self.role.currentData())  # Qt hands an enum's value back as a str
        if account_id is None:
            return
        if not isinstance(other, uuid.UUID):
            self._show(self.tr("Type part of a company's name and pick it first."))
            return
        self.problem.hide()

        def done(_relation: uuid.UUID) -> None:
            self.finder.clear()
            self.company.clear()

        self._ctx.command(lambda app: relations.link_companies(app, account_id, other, role),
                          done, lambda exc: self._show(refusal_words(exc)))

    def _show(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
