"""An account and the rows that hang on it.

Contacts, activities, opportunities and the rest belong to whoever holds their account:
they share its owner and team, move with it when it is claimed or reassigned, and are
seen by exactly those who see it. Laptop writes, the server's push checks and the
admin's book reassignment all use these functions, so the rule is written once; which
kinds belong to an account, and through which column, is each kind's declaration
(`crmdesk.store.records`).
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterator, Mapping
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from crmdesk.store.records import ACCOUNTS, RECORDS, RecordKind, belongs_to_account, of_accounts

__all__ = ["account_id_of", "belongs_to_account", "descendants", "move_families",
           "move_family", "of_these_accounts", "owned_through"]


def owned_through(entity: str, column: str) -> bool:
    """Is `column` of `entity` the link by which its rows belong to an account (directly
    or through an opportunity), rather than a mere reference?"""
    kind = RECORDS.get(entity)
    return kind is not None and kind.parent is not None and kind.parent.column == column


def account_id_of(session: Session, entity: str, fields: Mapping[str, Any]
                  ) -> uuid.UUID | None:
    """The account a row of `entity` with these column values belongs to (None: the
    record it hangs on is unknown here). Only for entities where `belongs_to_account`
    holds."""
    parent = RECORDS[entity].parent
    assert parent is not None, f"{entity} belongs to no account"
    value = fields.get(parent.column)
    if not isinstance(value, uuid.UUID) or parent.kind == ACCOUNTS:
        return value if isinstance(value, uuid.UUID) else None
    holder = RECORDS[parent.kind]
    assert holder.parent is not None
    above = session.scalar(select(getattr(holder.model, holder.parent.column)).where(
        holder.model.id == value))
    return account_id_of(session, parent.kind, {holder.parent.column: above})


def of_these_accounts(kind: RecordKind, account_ids: Collection[uuid.UUID] | Any
                      ) -> ColumnElement[bool]:
    """The condition on `kind`'s rows that they belong to one of `account_ids` (a
    collection or a subquery of ids), following its declared path to the account."""
    parent = kind.parent
    assert parent is not None, f"{kind.table} belongs to no account"
    column = getattr(kind.model, parent.column)
    if parent.kind == ACCOUNTS:
        return column.in_(account_ids)  # type: ignore[no-any-return]
    holder = RECORDS[parent.kind]
    return column.in_(  # type: ignore[no-any-return]
        select(holder.model.id).where(of_these_accounts(holder, account_ids)))


def descendants(session: Session, account_id: uuid.UUID) -> Iterator[Any]:
    """Every row (tombstoned ones too) that belongs to the account, as ORM objects."""
    for kind in of_accounts():
        yield from session.scalars(select(kind.model).where(
            of_these_accounts(kind, [account_id])))


def move_family(session: Session, account_id: uuid.UUID, owner_id: uuid.UUID | None,
                team_id: uuid.UUID | None) -> list[tuple[Any, tuple[Any, Any]]]:
    """Give every row of the account the account's owner and team (the account itself
    is the caller's); returns the rows moved, each with its (owner, team) before."""
    moved = []
    for row in descendants(session, account_id):
        if row.owner_id != owner_id or row.team_id != team_id:
            moved.append((row, (row.owner_id, row.team_id)))
            row.owner_id, row.team_id = owner_id, team_id
    return moved


def move_families(session: Session, account_ids: Collection[uuid.UUID],
                  owner_id: uuid.UUID | None, team_id: uuid.UUID | None) -> int:
    """`move_family` for many accounts of one team at once: a query per kind and per
    few hundred accounts rather than per account, and no flush between them (a book of
    a thousand accounts moves in seconds, not minutes). Returns how many rows moved."""
    moved = 0
    ids = list(account_ids)
    with session.no_autoflush:
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for kind in of_accounts():
                for row in session.scalars(select(kind.model).where(
                        of_these_accounts(kind, chunk))):
                    if row.owner_id != owner_id or row.team_id != team_id:
                        row.owner_id, row.team_id = owner_id, team_id
                        moved += 1
    return moved
