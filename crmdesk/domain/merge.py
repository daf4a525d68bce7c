"""Merging two accounts that are one company: which record survives, and which value of
each basic field it keeps.

The survivor is the record the company's history hangs on, never merely the one that
happened to be open: a new empty duplicate must not take a real customer's name and
acquisition date. The user decides; these rules only make the proposal and check the
choices, so the dialog, the store and the tests agree on one meaning.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from crmdesk.domain.account_fields import EDITABLE
from crmdesk.domain.custom_fields import BUSINESS_LINES
from crmdesk.domain.words import Worded, tr_noop

#: Basic fields the user chooses between when the two records differ, with their labels.
FIELD_LABELS: dict[str, str] = {**EDITABLE, "business_line": tr_noop("Business line")}
MERGE_FIELDS: tuple[str, ...] = tuple(FIELD_LABELS)
#: Matching keys stored beside a field; they go wherever the field's value goes.
DERIVED: dict[str, tuple[str, ...]] = {"name": ("name_key",), "website": ("domain",),
                                       "phone": ("phone_e164",)}


@dataclass(frozen=True, slots=True)
class History:
    """How much of the company's history a record holds (live rows)."""

    contacts: int = 0
    activities: int = 0
    deals: int = 0
    contracts: int = 0
    payments: int = 0

    @property
    def total(self) -> int:
        return self.contacts + self.activities + self.deals + self.contracts + self.payments


@dataclass(frozen=True, slots=True)
class MergeSide:
    """One of the two records, as the merge rules see it."""

    id: uuid.UUID
    fields: Mapping[str, Any]  # the MERGE_FIELDS values
    history: History = History()
    acquired_on: date | None = None
    #: When this laptop made the record, if that is still known (it has not been sent
    #: yet); None: it was already on the server, which makes it the older one.
    created: datetime | None = None


def is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _age_key(side: MergeSide) -> tuple[Any, ...]:
    """Sorts the record to propose as survivor first: more history, then acquired
    earlier (a missing date counts as latest), then made earlier."""
    return (-side.history.total,
            side.acquired_on is None, side.acquired_on or date.max,
            side.created is not None, side.created or datetime.min)


def propose_survivor(a: MergeSide, b: MergeSide) -> tuple[MergeSide, MergeSide]:
    """(survivor, dropped): the record with more history survives; on a tie the one
    acquired first, then the one made first; on a full tie, `a`."""
    return (b, a) if _age_key(b) < _age_key(a) else (a, b)


def differing_fields(a: MergeSide, b: MergeSide) -> list[str]:
    """The basic fields whose values differ (an empty value differs from a filled one)."""
    def norm(value: Any) -> Any:
        return None if is_empty(value) else value

    return [f for f in MERGE_FIELDS if norm(a.fields.get(f)) != norm(b.fields.get(f))]


def proposed_sources(survivor: MergeSide, dropped: MergeSide) -> dict[str, uuid.UUID]:
    """For each differing field, the record whose value the survivor keeps: its own,
    unless it is empty."""
    return {f: dropped.id if is_empty(survivor.fields.get(f)) else survivor.id
            for f in differing_fields(survivor, dropped)}


def choice_problem(survivor: MergeSide, dropped: MergeSide,
                   choices: Mapping[str, uuid.UUID]) -> str | None:
    """What is wrong with the user's per-field choices, in plain words (None: nothing)."""
    if survivor.id == dropped.id:
        return tr_noop("Choose two different accounts to merge.")
    for field, source in choices.items():
        if field not in FIELD_LABELS:
            return Worded(tr_noop("“{0}” is not a field that can be chosen when merging."), field)
        if source not in (survivor.id, dropped.id):
            return Worded(tr_noop("The value of {0} must come from one of the two accounts."),
                          Worded(FIELD_LABELS[field]))
    if "name" in choices:
        chosen = survivor if choices["name"] == survivor.id else dropped
        if is_empty(chosen.fields.get("name")):
            return tr_noop("A company needs a name.")
    return None


def sources(survivor: MergeSide, dropped: MergeSide,
            choices: Mapping[str, uuid.UUID]) -> dict[str, uuid.UUID]:
    """The record each differing field takes its value from: the user's choice where
    given, otherwise the proposal."""
    differ = differing_fields(survivor, dropped)
    return {**proposed_sources(survivor, dropped),
            **{f: s for f, s in choices.items() if f in differ}}


def first_acquired(survivor: MergeSide, dropped: MergeSide) -> MergeSide:
    """The record acquired first. The survivor keeps its acquisition (date, channel and
    batch together, so channel results count the company once, when it first came in);
    the survivor's own when neither or only it has a date."""
    if dropped.acquired_on is not None and (survivor.acquired_on is None or
                                            dropped.acquired_on < survivor.acquired_on):
        return dropped
    return survivor


def merged_custom_fields(line: str | None, primary: Mapping[str, Any],
                         other: Mapping[str, Any]) -> dict[str, Any]:
    """The service-specific fields the survivor keeps: those of the record whose business
    line it keeps, gaps filled from the other's where they belong to that line (a field
    of another line would make every later edit of these fields fail)."""
    specs = BUSINESS_LINES.get(line) if line is not None else None
    if specs is None:
        return dict(primary)
    keys = {spec.key for spec in specs}
    return {k: v for k, v in {**other, **primary}.items() if k in keys and not is_empty(v)}
