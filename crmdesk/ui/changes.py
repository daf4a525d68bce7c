"""Writes announce what changed; panes listen and decide whether to reload.
The current selection lives here too, so panes never call each other."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, Signal

from crmdesk.app.changes import (
    ACCOUNT,
    ACTIVITIES,
    ALL,
    CONTACTS,
    DEALS,
    EVERYTHING,
    QUEUE,
    RELATIONS,
    Changes,
)

# What changed is the application layer's answer (crmdesk.app.changes); the names stay
# importable from here for the panes that listen.
__all__ = ["ACCOUNT", "ACTIVITIES", "ALL", "CONTACTS", "DEALS", "EVERYTHING", "QUEUE",
           "RELATIONS", "ChangeBus", "Changes", "Selection"]


class ChangeBus(QObject):
    changed = Signal(object)

    def announce_changes(self, changes: Changes) -> None:
        """Tell the panes what a command changed (nothing: no news)."""
        if not changes.empty:
            self.changed.emit(changes)

    def announce(self, accounts: set[uuid.UUID] | frozenset[uuid.UUID], *what: str) -> None:
        """Tell of a change made outside a command (tests)."""
        self.announce_changes(Changes(frozenset(accounts), frozenset(what)))


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
