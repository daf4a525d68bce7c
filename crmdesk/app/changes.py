"""What a command changed, so the panes showing it can decide whether to reload."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")

ACCOUNT = "account"        # basic fields, status, owner, tags
ACTIVITIES = "activities"  # the timeline (and so next follow-up, last contact)
CONTACTS = "contacts"      # people, reporting lines, influence
RELATIONS = "relations"    # related companies
QUEUE = "queue"            # membership or order of the queue
DEALS = "deals"            # deals: their fields, history, products, decision maps
CONTRACTS = "contracts"    # contracts, their schedules and payments
PLAYBOOK = "playbook"      # a team's stage settings (any account's deals may show them)
PLANS = "plans"            # a team's sales targets (the review's plan figures)
ASSIGNMENT = "assignment"  # a team's rules for assigning web enquiries
MEMBERSHIP = "membership"  # member cards, their points ledgers, a team's membership rule
EVERYTHING = frozenset({ACCOUNT, ACTIVITIES, CONTACTS, RELATIONS, QUEUE, DEALS, CONTRACTS,
                        PLAYBOOK, PLANS, ASSIGNMENT, MEMBERSHIP})
#: An account and everything hanging on it (a new lead, a merge, a discard).
WHOLE_ACCOUNT = frozenset({ACCOUNT, QUEUE, CONTACTS, ACTIVITIES, DEALS, CONTRACTS,
                           MEMBERSHIP})


@dataclass(frozen=True, slots=True)
class Changes:
    """Which accounts (none: any of them) and which kinds of their data changed."""

    accounts: frozenset[uuid.UUID] = field(default_factory=frozenset)
    what: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, accounts: Iterable[uuid.UUID], *what: str) -> Changes:
        return cls(frozenset(accounts), frozenset(what))

    @property
    def empty(self) -> bool:
        return not self.what

    def touches(self, account_id: uuid.UUID | None, *kinds: str) -> bool:
        return (account_id is None or not self.accounts or account_id in self.accounts) and (
            not kinds or bool(self.what.intersection(kinds)))


NOTHING = Changes()
#: Anything may have changed (a sync brought news, the user asked to reload).
ALL = Changes(frozenset(), EVERYTHING)


@dataclass(frozen=True, slots=True)
class Done(Generic[T]):
    """A command's answer: what it returns (`value`) and what it changed."""

    value: T
    changes: Changes = NOTHING
