"""Writes announce what changed; panes listen and decide whether to reload.
The current selection lives here too, so panes never call each other."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

ACCOUNT = "account"        # basic fields, status, owner
ACTIVITIES = "activities"  # the timeline (and so next follow-up, last contact)
CONTACTS = "contacts"      # people, reporting lines, influence
RELATIONS = "relations"    # related companies
QUEUE = "queue"            # membership or order of the queue
EVERYTHING = frozenset({ACCOUNT, ACTIVITIES, CONTACTS, RELATIONS, QUEUE})


@dataclass(frozen=True, slots=True)
class Changes:
    accounts: frozenset[uuid.UUID] = field(default_factory=frozenset)
    what: frozenset[str] = field(default_factory=frozenset)

    def touches(self, account_id: uuid.UUID | None, *kinds: str) -> bool:
        return (account_id is None or not self.accounts or account_id in self.accounts) and (
            not kinds or bool(self.what.intersection(kinds)))


class ChangeBus(QObject):
    changed = Signal(object)

    def announce(self, accounts: set[uuid.UUID] | frozenset[uuid.UUID], *what: str) -> None:
        self.changed.emit(Changes(frozenset(accounts), frozenset(what)))


class Selection(QObject):
    """The account (and contact) the user is looking at."""

    account_changed = Signal(object)  # uuid.UUID | None
    contact_changed = Signal(object)  # uuid.UUID | None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.account_id: uuid.UUID | None = None
        self.contact_id: uuid.UUID | None = None

    def select_account(self, account_id: uuid.UUID | None) -> None:
        if account_id != self.account_id:
            self.account_id = account_id
            self.contact_id = None
            self.account_changed.emit(account_id)

    def select_contact(self, account_id: uuid.UUID, contact_id: uuid.UUID | None) -> None:
        self.select_account(account_id)
        if contact_id != self.contact_id:
            self.contact_id = contact_id
            self.contact_changed.emit(contact_id)
