"""A person's details: one form for the new-contact and edit-contact dialogs, and the
menu of things done to a contact from the card (edit, key person, roles on deals,
delete)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)

from crmdesk.app import deals, people
from crmdesk.domain.care import birthday_text
from crmdesk.domain.deals import DecisionRoleKind, Stance
from crmdesk.domain.dedupe import identity
from crmdesk.store import queries as q
from crmdesk.store.duplicates import candidates
from crmdesk.store.writes import CONTACT_TEXT
from crmdesk.ui.context import AppContext
from crmdesk.ui.dialogs import CommandDialog, buttons, candidates_html
from crmdesk.ui.wheel import ComboBox
from crmdesk.ui.words import tr


def role_label(role: DecisionRoleKind | str) -> str:
    """"decision_maker" as a rep says it: "Decision maker"."""
    return str(role).replace("_", " ").capitalize()


class ContactForm(QWidget):
    """Name, title, department, phones and email; with `links`, also key person and
    whom they report to (among `others` at the company). Filled from a contact, it
    tells which fields the user changed."""

    def __init__(self, links: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.title = QLineEdit()
        self.department = QLineEdit()
        self.mobile = QLineEdit()
        self.landline = QLineEdit()
        self.email = QLineEdit()
        self.texts: dict[str, QLineEdit] = {
            "name": self.name, "title": self.title, "department": self.department,
            "mobile": self.mobile, "landline": self.landline, "email": self.email}
        assert tuple(self.texts) == CONTACT_TEXT
        # text, not a date picker: a birthday is often known without its year
        self.birthday = QLineEdit()
        self.birthday.setPlaceholderText(self.tr("YYYY-MM-DD, or MM-DD without the year"))
        # wide enough to read its hint whole (the form is otherwise as narrow as a name)
        self.birthday.setMinimumWidth(
            self.birthday.fontMetrics().horizontalAdvance(self.birthday.placeholderText())
            + 24)
        self.birthday.setToolTip(self.tr("Their birthday: a care reminder comes up a few "
                                         "days before it"))
        self.key_person = QCheckBox(self.tr("Key person (KP)"))
        self.reports_to = ComboBox()
        self._loaded: q.ContactRow | None = None
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label, widget in ((self.tr("Name"), self.name), (self.tr("Title"), self.title),
                              (self.tr("Department"), self.department),
                              (self.tr("Mobile"), self.mobile),
                              (self.tr("Landline"), self.landline),
                              (self.tr("Email"), self.email),
                              (self.tr("Birthday"), self.birthday)):
            layout.addRow(label, widget)
        if links:
            layout.addRow("", self.key_person)
            layout.addRow(self.tr("Reports to"), self.reports_to)

    def fill(self, contact: q.ContactRow, others: list[q.ContactRow]) -> None:
        """Show `contact` as stored; `others` are whom they might report to."""
        self._loaded = contact
        for name, line in self.texts.items():
            line.setText(getattr(contact, name) or "")
        self.birthday.setText(birthday_text(contact.birthday))
        self.key_person.setChecked(contact.is_key_person)
        self.reports_to.clear()
        self.reports_to.addItem(self.tr("(nobody)"), "")
        for other in others:
            if other.id != contact.id:  # ids as text: a combo finds text, not a UUID
                self.reports_to.addItem(other.name, other.id.hex)
        manager = contact.reports_to_id.hex if contact.reports_to_id else ""
        self.reports_to.setCurrentIndex(max(0, self.reports_to.findData(manager)))

    def manager(self) -> uuid.UUID | None:
        """Whom the form says they report to (None: nobody)."""
        chosen = self.reports_to.currentData()
        return uuid.UUID(chosen) if chosen else None

    def person(self) -> people.NewContact:
        typed = people.NewContact(*(line.text() for line in self.texts.values()))
        return replace(typed, birthday=self.birthday.text())

    def changed(self) -> dict[str, Any]:
        """The fields the user changed from what `fill` showed (all typed ones if it
        showed nothing): a form left alone changes nothing."""
        was = self._loaded
        out: dict[str, Any] = {}
        for name, line in self.texts.items():
            typed = line.text().strip()
            if was is None or typed != (getattr(was, name) or ""):
                out[name] = typed
        typed = self.birthday.text().strip()
        if typed != birthday_text(was.birthday if was is not None else None):
            out["birthday"] = typed
        if was is not None:
            if self.key_person.isChecked() != was.is_key_person:
                out["is_key_person"] = self.key_person.isChecked()
            if self.manager() != was.reports_to_id:
                out["reports_to_id"] = self.manager()
        return out


class NewContactDialog(CommandDialog):
    """A new person at the current account; warns when the phone or email is known."""

    def __init__(self, ctx: AppContext, account_id: uuid.UUID, account_name: str,
                 parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self._account_id = account_id
        self.setWindowTitle(self.tr("New contact at {0}").format(account_name))
        self.form = ContactForm()
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        layout = QFormLayout(self)
        layout.addRow(self.form)
        for field in (self.form.mobile, self.form.landline, self.form.email):
            field.editingFinished.connect(self.check)
        layout.addRow(self.warning)
        layout.addRow(self.error)
        layout.addRow(buttons(self, self.tr("Add contact")))

    def check(self) -> None:
        phones = [self.form.mobile.text(), self.form.landline.text()]
        emails = [self.form.email.text()]
        region = self._ctx.region
        self._ctx.read(lambda s: candidates(s, identity("new", "", phones, emails, None,
                                                         region)),
                       lambda found: self.warning.setText(candidates_html(
                           found, self.tr("These details are already known at:"))),
                       key="new-contact-dupes")

    def person(self) -> people.NewContact:
        return self.form.person()

    def accept(self) -> None:
        account_id, person = self._account_id, self.person()
        self.submit(lambda app: people.new_contact(app, account_id, person))


class EditContactDialog(CommandDialog):
    """A contact's details, key person and reporting line; saving writes only what the
    user changed (nothing at all for a form left alone)."""

    def __init__(self, ctx: AppContext, contact: q.ContactRow, others: list[q.ContactRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._contact_id = contact.id
        self.setWindowTitle(self.tr("Edit {0}").format(contact.name))
        self.form = ContactForm(links=True)
        self.form.fill(contact, others)
        layout = QFormLayout(self)
        layout.addRow(self.form)
        layout.addRow(self.error)
        layout.addRow(buttons(self, self.tr("Save")))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 30)

    def accept(self) -> None:
        changed, contact_id = self.form.changed(), self._contact_id
        if not changed:
            QDialog.accept(self)  # nothing changed: nothing to write
            return
        self.submit(lambda app: people.edit_contact(app, contact_id, changed))


def contact_menu(ctx: AppContext, parent: QWidget, account_id: uuid.UUID,
                 contact: q.ContactRow, edit: Callable[[], None],
                 delete: Callable[[], None],
                 failed: Callable[[BaseException], None] | None = None) -> QMenu:
    """What can be done to a contact: edit, key person or not, a role and stance on each
    of the account's open deals (when it has any), delete. `edit` and `delete` open
    their dialog and question; the others run their command at once."""
    menu = QMenu(parent)
    menu.addAction(tr("Edit…"), edit)
    contact_id = contact.id
    key = QAction(tr("Key person"), menu)
    key.setCheckable(True)
    key.setChecked(contact.is_key_person)
    key.triggered.connect(lambda checked: ctx.command(
        lambda app: people.set_key_person(app, contact_id, checked), failed=failed))
    menu.addAction(key)
    roles = ctx.read_now(lambda s: q.contact_roles(s, account_id, contact_id))
    if roles:
        menu.addSection(tr("Role on open deals"))
    for held in roles:
        shown = role_label(held.role) if held.role else tr("not on the map")
        if held.role and held.stance:
            shown += f", {held.stance.value}"
        sub = menu.addMenu(f"{held.deal}: {shown}")
        _role_actions(ctx, sub, held, contact_id, failed)
    menu.addSeparator()
    menu.addAction(tr("Delete…"), delete)
    return menu


def _role_actions(ctx: AppContext, menu: QMenu, held: q.ContactRole, contact_id: uuid.UUID,
                  failed: Callable[[BaseException], None] | None) -> None:
    """A deal's role choices (one checked) and, for someone on the map, stances."""
    deal_id, stance = held.deal_id, held.stance or Stance.NEUTRAL

    def put(role: DecisionRoleKind | None, where: Stance) -> None:
        ctx.command(lambda app: deals.set_role(app, deal_id, contact_id, role, where),
                    failed=failed)

    group = QActionGroup(menu)
    for role in (*DecisionRoleKind, None):
        action = QAction(role_label(role) if role else tr("Not on the map"), menu)
        action.setCheckable(True)
        action.setChecked((role.value if role else None) == held.role)
        action.triggered.connect(lambda _c=False, r=role: put(r, stance))
        group.addAction(action)
        menu.addAction(action)
    if held.role is None:
        return
    current = DecisionRoleKind(held.role)
    menu.addSection(tr("Stance"))
    stances = QActionGroup(menu)
    for choice in Stance:
        action = QAction(choice.value.capitalize(), menu)
        action.setCheckable(True)
        action.setChecked(choice is stance)
        action.triggered.connect(lambda _c=False, s=choice: put(current, s))
        stances.addAction(action)
        menu.addAction(action)
