"""An account and the rows that hang on it.

Contacts, activities, opportunities and the rest belong to whoever holds their account:
they share its owner and team, move with it when it is claimed or reassigned, and are
seen by exactly those who see it. Laptop writes, the server's push checks and the
admin's book reassignment all use these functions, so the rule is written once.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.store.models import (
    AccountRelation,
    AccountTag,
    Activity,
    Contact,
    ContactInfluence,
    Contract,
    DecisionRole,
    Opportunity,
    OpportunityProduct,
    Payment,
)

#: Tables whose rows belong to an account, by the column naming it.
BY_ACCOUNT: dict[str, str] = {
    "contacts": "account_id", "activities": "account_id", "opportunities": "account_id",
    "contracts": "account_id", "payments": "account_id", "contact_influences": "account_id",
    "account_tags": "account_id", "account_relations": "from_account_id",
}
#: Tables whose rows belong to an opportunity, and so to its account.
BY_OPPORTUNITY = frozenset({"opportunity_products", "decision_roles"})

_DIRECT: tuple[Any, ...] = (Contact, Activity, Opportunity, Contract, Payment,
                            ContactInfluence, AccountTag, AccountRelation)
_VIA_OPPORTUNITY: tuple[Any, ...] = (OpportunityProduct, DecisionRole)


def belongs_to_account(entity: str) -> bool:
    """Does a row of `entity` take its owner and team from an account?"""
    return entity in BY_ACCOUNT or entity in BY_OPPORTUNITY


def owned_through(entity: str, column: str) -> bool:
    """Is `column` of `entity` the link by which its rows belong to an account (directly
    or through an opportunity), rather than a mere reference?"""
    return BY_ACCOUNT.get(entity) == column or (entity in BY_OPPORTUNITY
                                                and column == "opportunity_id")


def account_id_of(session: Session, entity: str, fields: Mapping[str, Any]
                  ) -> uuid.UUID | None:
    """The account a row of `entity` with these column values belongs to (None: its
    opportunity is unknown here). Only for entities where `belongs_to_account` holds."""
    if entity in BY_ACCOUNT:
        value = fields.get(BY_ACCOUNT[entity])
        return value if isinstance(value, uuid.UUID) else None
    opportunity = fields.get("opportunity_id")
    if not isinstance(opportunity, uuid.UUID):
        return None
    return session.scalar(select(Opportunity.account_id).where(Opportunity.id == opportunity))


def descendants(session: Session, account_id: uuid.UUID) -> Iterator[Any]:
    """Every row (tombstoned ones too) that belongs to the account, as ORM objects."""
    for model in _DIRECT:
        column = model.from_account_id if model is AccountRelation else model.account_id
        yield from session.scalars(select(model).where(column == account_id))
    opportunities = select(Opportunity.id).where(Opportunity.account_id == account_id)
    for model in _VIA_OPPORTUNITY:
        yield from session.scalars(select(model).where(
            model.opportunity_id.in_(opportunities)))


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
