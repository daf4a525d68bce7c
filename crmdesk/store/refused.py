"""Records made on this laptop that the server refused to create.

Such a record stays where the user made it, marked with the server's reason (see
`RefusedRecord`), until the user fixes it (any edit: the next sync sends it again,
whole) or discards it. Sync marks and unmarks; the panes read the marks; Discard is the
one write here. Plain functions over a caller's session; results are plain dataclasses.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from crmdesk.domain import membership
from crmdesk.domain.tags import tag_key
from crmdesk.domain.words import tr_noop
from crmdesk.json_values import worded
from crmdesk.store import membership as member_writes
from crmdesk.store.family import account_id_of, belongs_to_account
from crmdesk.store.models import (
    Base,
    OutboxEntry,
    PointsEntry,
    RefusedRecord,
    Tag,
    synced_models,
    utcnow,
)
from crmdesk.store.records import RECORDS, label, plural
from crmdesk.store.writes import NotFound, Refused

Key = tuple[str, uuid.UUID]

#: Why a discarded payment's points were taken back (the reversing entry's reason).
DISCARDED = "Payment discarded: the server refused it"

#: Discard of a record the server has taken meanwhile (or never refused).
NOT_MARKED = tr_noop("This record is not marked as refused (the server may have taken it "
                     "meanwhile); nothing was discarded.")
#: Discard of a record another one on the server needs.
DEPENDED_ON = tr_noop("Another record on the server depends on this one; nothing was "
                      "discarded.")

@dataclass(frozen=True, slots=True)
class RefusedItem:
    """One refused record, ready to show."""

    entity: str
    row_id: uuid.UUID
    kind: str    # "company", "contact", …
    name: str    # which one, in words ("Li Wei", "call on 2026-12-01")
    reason: str  # the server's words (a Worded when it sent their template: see `said`)
    at: datetime


@dataclass(frozen=True, slots=True)
class Discarded:
    """What Discard removed (or would remove): the record and the records that exist
    only because of it, by kind."""

    kind: str
    others: dict[str, int]

    def summary(self) -> str:
        """“the company”, or “the company, 1 contact and 2 activities”."""
        items = [f"the {self.kind}"] + [
            f"{n} {(label(e) if n == 1 else plural(e)).lower()}"
            for e, n in self.others.items()]
        return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _kind(entity: str) -> str:
    """What a rep calls a kind of record, in a sentence (its declaration's label)."""
    return label(entity).lower()


# ---- marks (sync writes them) ------------------------------------------------------------

def mark(session: Session, entity: str, row_id: uuid.UUID, reason: str) -> None:
    """Mark a record the server refused to create (again: the newer reason). A marked
    sentence (Worded) keeps its template and figures (RefusedRecord.reason_words)."""
    session.merge(RefusedRecord(entity=entity, row_id=row_id, reason=reason, at=utcnow()))


def unmark(session: Session, keys: Iterable[Key]) -> None:
    for entity, row_id in keys:
        session.execute(delete(RefusedRecord).where(RefusedRecord.entity == entity,
                                                    RefusedRecord.row_id == row_id))


def marked(session: Session) -> set[Key]:
    """Every marked record (a handful at most: each is the user's to settle)."""
    return {(e, r) for e, r in session.execute(
        select(RefusedRecord.entity, RefusedRecord.row_id))}


def count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(RefusedRecord)) or 0)


# ---- reading them (the panes) ------------------------------------------------------------

def reasons(session: Session, entity: str, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The server's reason for each of `ids` that is marked (a Worded when its template
    was kept: the window words it in the user's language)."""
    wanted = list(ids)
    if not wanted:
        return {}
    return {row_id: worded(reason, words) for row_id, reason, words in session.execute(
        select(RefusedRecord.row_id, RefusedRecord.reason, RefusedRecord.reason_words).where(
            RefusedRecord.entity == entity, RefusedRecord.row_id.in_(wanted)))}


def _on_cards(session: Session) -> list[tuple[uuid.UUID, RefusedItem]]:
    """Every marked record still here that a company's card shows, with that company,
    oldest first."""
    models = synced_models()
    found: list[tuple[uuid.UUID, RefusedItem]] = []
    for mark_ in session.scalars(select(RefusedRecord).order_by(RefusedRecord.at)):
        model = models.get(mark_.entity)
        row = None if model is None else session.get(model, mark_.row_id)
        if row is None:
            continue
        if mark_.entity == "accounts":
            owner = row.id
        elif belongs_to_account(mark_.entity):
            owner = account_id_of(session, mark_.entity, {
                c.key: getattr(row, c.key) for c in row.__mapper__.column_attrs})
        else:
            continue
        if owner is not None:
            found.append((owner, RefusedItem(mark_.entity, mark_.row_id, _kind(mark_.entity),
                                             _name(mark_.entity, row), mark_.said,
                                             mark_.at)))
    return found


def on_account(session: Session, account_id: uuid.UUID) -> list[RefusedItem]:
    """The marked records of one company's card: the company itself first, then its
    contacts, history and the rest, oldest first."""
    found = [item for owner, item in _on_cards(session) if owner == account_id]
    found.sort(key=lambda item: item.entity != "accounts")
    return found


def accounts(session: Session) -> list[uuid.UUID]:
    """The companies whose cards show a refused record, the oldest mark's first (the
    status bar leads the user to them, whichever queue they are looking at)."""
    return list(dict.fromkeys(owner for owner, _item in _on_cards(session)))


def _name(entity: str, row: Any) -> str:
    if entity == "activities":
        return f"{row.kind.value} on {row.occurred_at:%Y-%m-%d}"
    return str(getattr(row, "name", None) or getattr(row, "number", None) or "")


# ---- Discard -----------------------------------------------------------------------------

def _local_only(session: Session) -> set[Key]:
    """Records the server has never had: marked ones, and new ones not yet sent."""
    made = {(e, r) for e, r in session.execute(
        select(OutboxEntry.entity, OutboxEntry.row_id).where(OutboxEntry.creates.is_(True)))}
    return marked(session) | made


def own_tag_named(session: Session, name: str, other_than: uuid.UUID) -> uuid.UUID | None:
    """A tag the server has never had that holds `name` in some spacing or case
    (tag_key), besides `other_than`: the server's tag of that name, arriving, takes its
    place. A tag the server has is never one: it keeps one per name, and so does this
    laptop by mirroring it."""
    mine = [row_id for entity, row_id in _local_only(session)
            if entity == "tags" and row_id != other_than]
    key = tag_key(name)
    return next((row_id for row_id, held in session.execute(
        select(Tag.id, Tag.name).where(Tag.id.in_(mine))) if tag_key(held) == key), None)


def _hanging(session: Session, entity: str, row_id: uuid.UUID, local: set[Key],
             found: dict[Key, None], loose: list[tuple[Any, Any, uuid.UUID]]) -> None:
    """Collect, children first, `row_id` and the local-only records that refer to it;
    references to it from records the server has go to `loose`."""
    if (entity, row_id) in found:
        return
    models = synced_models()
    table = models[entity].__table__
    for child in Base.metadata.sorted_tables:
        if child.name not in models:
            continue
        for fk in child.foreign_keys:
            if fk.column.table is not table:
                continue
            for (child_id,) in session.execute(select(child.c.id).where(
                    fk.parent == row_id)).all():
                if (child.name, child_id) in local:
                    _hanging(session, child.name, child_id, local, found, loose)
                else:
                    loose.append((child, fk.parent, child_id))
    found[(entity, row_id)] = None


def _what_goes(session: Session, entity: str, row_id: uuid.UUID
               ) -> tuple[list[Key], list[tuple[Any, Any, uuid.UUID]]]:
    if (entity, row_id) not in marked(session):
        raise NotFound(NOT_MARKED)
    found: dict[Key, None] = {}
    loose: list[tuple[Any, Any, uuid.UUID]] = []
    local = _local_only(session)
    _hanging(session, entity, row_id, local, found, loose)
    # a payment's points entries name it without a foreign key: the ones the server
    # never had go with it (the ones it has are reversed, see `discard`)
    for payment_id in [r for e, r in found if e == "payments"]:
        for entry_id in (membership.earned_id(payment_id), membership.reversed_id(payment_id)):
            if ("points_entries", entry_id) in local:
                found = {("points_entries", entry_id): None} | found
    return list(found), loose


def _reverse_points(session: Session, keys: list[Key], by: uuid.UUID | None) -> None:
    """Take back the points of each discarded payment that the server holds (earned
    there, so pushed apart from the payment it refused): one reversing entry each, in
    the same transaction, with the points SMS as any reversal sends it."""
    gone = set(keys)
    for entity, payment_id in keys:
        if entity != "payments":
            continue
        earned = session.get(PointsEntry, membership.earned_id(payment_id))
        if earned is None or earned.deleted or ("points_entries", earned.id) in gone \
                or ("member_cards", earned.card_id) in gone \
                or session.get(PointsEntry, membership.reversed_id(payment_id)) is not None:
            continue
        member_writes.reverse_payment(session, payment_id, DISCARDED, by, utcnow())


def _summary(entity: str, keys: list[Key]) -> Discarded:
    others: dict[str, int] = {}
    order = list(RECORDS)  # contacts before activities, as the card reads
    for other, _row in sorted(keys[:-1], key=lambda k: (
            order.index(k[0]) if k[0] in order else len(order), k[0])):
        others[other] = others.get(other, 0) + 1
    return Discarded(_kind(entity), others)


def discard_preview(session: Session, entity: str, row_id: uuid.UUID) -> Discarded:
    """What `discard` would remove, for the question asked first."""
    keys, _loose = _what_goes(session, entity, row_id)
    return _summary(entity, keys)


def discard(session: Session, entity: str, row_id: uuid.UUID,
            by: uuid.UUID | None = None) -> Discarded:
    """Remove a refused record from this laptop with the records that exist only because
    of it (made here after it, or refused with it), their unsent edits and their marks.
    Nothing is sent: the server never had them. A record the server has that refers to
    it only loses that reference here (its own unsent edit, if any, is still sent and
    answered). A payment discarded takes back the points it earned (`by` the user
    discarding). Run in a writer transaction."""
    keys, loose = _what_goes(session, entity, row_id)
    _reverse_points(session, keys, by)
    models = synced_models()
    for child, column, child_id in loose:
        if not column.nullable:  # the server would have refused it too: never so
            raise Refused(DEPENDED_ON)
        session.execute(update(child).where(child.c.id == child_id)
                        .values({column.name: None}))
    for other, other_id in keys:  # children first
        session.execute(delete(OutboxEntry).where(OutboxEntry.entity == other,
                                                  OutboxEntry.row_id == other_id))
        session.execute(delete(models[other].__table__).where(
            models[other].__table__.c.id == other_id))
    unmark(session, keys)
    return _summary(entity, keys)
