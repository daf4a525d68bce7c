"""Writes on the links the relationship graph draws: a company's relations (parent,
subsidiary, supplier, customer, partner, who referred whom to us) and a person's
influence on another. Removing one tombstones its row (`deleted`), which the journal
sends like any edit: a synced delete, as for an activity. Each runs inside the
caller's unit of work."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from crmdesk.domain.row_checks import ALREADY_REFERRED, REFERRALS
from crmdesk.domain.words import Worded, tr_noop
from crmdesk.store import derived, row_facts
from crmdesk.store.graph_queries import ancestors
from crmdesk.store.models import (
    Account,
    AccountRelation,
    ContactInfluence,
    Referral,
    RelationKind,
)
from crmdesk.store.refusals import NotFound, Refused


class Role(StrEnum):
    """What the other company is to the one being edited."""

    PARENT = "parent"
    SUBSIDIARY = "subsidiary"
    SUPPLIER = "supplier"
    CUSTOMER = "customer"
    PARTNER = "partner"
    #: the other company referred this one to us / this one referred the other
    REFERRED_BY = "referred_by"
    REFERRAL = "referral"


#: A role as a refusal names it (its value, in English: "already linked as parent").
_ROLE_WORDS: dict[Role, str] = {
    Role.PARENT: tr_noop("parent"), Role.SUBSIDIARY: tr_noop("subsidiary"),
    Role.SUPPLIER: tr_noop("supplier"), Role.CUSTOMER: tr_noop("customer"),
    Role.PARTNER: tr_noop("partner"), Role.REFERRED_BY: tr_noop("referred_by"),
    Role.REFERRAL: tr_noop("referral")}
#: What a link the two companies already have is refused for.
LINKED_ALREADY = tr_noop("{0} is already linked as {1}.")

#: How each role is stored: (the other is the "from" side, kind).
_STORED: dict[Role, tuple[bool, RelationKind]] = {
    Role.PARENT: (True, RelationKind.PARENT_OF),
    Role.SUBSIDIARY: (False, RelationKind.PARENT_OF),
    Role.SUPPLIER: (True, RelationKind.SUPPLIER_OF),
    Role.CUSTOMER: (False, RelationKind.SUPPLIER_OF),
    Role.PARTNER: (False, RelationKind.PARTNER_OF),
}
#: The roles stored as a referral (a kind of its own, models.Referral): whether the
#: other company is the referrer.
_REFERRALS: dict[Role, bool] = {Role.REFERRED_BY: True, Role.REFERRAL: False}


@dataclass(frozen=True, slots=True)
class Unlinked:
    """A removed link and the companies (or the company of the people) it joined."""

    id: uuid.UUID
    accounts: frozenset[uuid.UUID]


def _company(session: Session, account_id: uuid.UUID) -> Account:
    account = session.get(Account, account_id)
    if account is None or account.deleted:
        raise NotFound(tr_noop("This company no longer exists; nothing was saved."))
    return account


def _live_links(session: Session, a: uuid.UUID, b: uuid.UUID) -> list[AccountRelation]:
    """The live relations between two companies, either way round."""
    return list(session.scalars(select(AccountRelation).where(
        or_(and_(AccountRelation.from_account_id == a, AccountRelation.to_account_id == b),
            and_(AccountRelation.from_account_id == b, AccountRelation.to_account_id == a)),
        AccountRelation.deleted.is_(False))))


def _parent_problem(session: Session, parent: Account, child: Account) -> str | None:
    """Why `parent` cannot become `child`'s parent: a company has one parent, and a
    group never loops back on itself."""
    if child.id in ancestors(session, parent.id):
        return Worded(tr_noop("{0} is already above {1} in the group, so it cannot also be "
                              "below it."), child.name, parent.name)
    held = session.scalars(select(AccountRelation).where(
        AccountRelation.to_account_id == child.id,
        AccountRelation.kind == RelationKind.PARENT_OF,
        AccountRelation.deleted.is_(False))).first()
    if held is not None:
        current = session.get(Account, held.from_account_id)
        name = current.name if current is not None else Worded(tr_noop("another company"))
        return Worded(tr_noop("{0} already has a parent company ({1}); remove that link "
                              "first."), child.name, name)
    return None


def link_companies(session: Session, account_id: uuid.UUID, other_id: uuid.UUID,
                   role: Role) -> uuid.UUID:
    """Record that `other_id` is `role` to `account_id` (its parent, a customer...).
    Refused: the same company twice, a link the two already have, a second parent, or
    a parent link that would close a loop. Returns the relation's id (a link removed
    before is revived rather than written again)."""
    if account_id == other_id:
        raise Refused(tr_noop("A company cannot be linked to itself."))
    mine, other = _company(session, account_id), _company(session, other_id)
    if role in _REFERRALS:
        referrer, referred = (other, mine) if _REFERRALS[role] else (mine, other)
        return _refer(session, referrer, referred, role)
    other_from, kind = _STORED[role]
    source, target = (other, mine) if other_from else (mine, other)
    for link in _live_links(session, mine.id, other.id):
        if link.kind == kind and (kind == RelationKind.PARTNER_OF
                                  or link.from_account_id == source.id):
            raise Refused(Worded(LINKED_ALREADY, other.name, Worded(_ROLE_WORDS[role])))
    if kind == RelationKind.PARENT_OF:
        problem = _parent_problem(session, source, target)
        if problem is not None:
            raise Refused(problem)
    row = session.scalars(select(AccountRelation).where(
        AccountRelation.from_account_id == source.id,
        AccountRelation.to_account_id == target.id, AccountRelation.kind == kind)).first()
    if row is None:
        # the row belongs to its "from" company (store.records), as every relation does
        row = AccountRelation(id=uuid.uuid4(), from_account_id=source.id,
                              to_account_id=target.id, kind=kind,
                              owner_id=source.owner_id, team_id=source.team_id)
        session.add(row)
    else:
        row.deleted = False
    session.flush()
    return row.id


def _refer(session: Session, referrer: Account, referred: Account, role: Role) -> uuid.UUID:
    """Record that `referrer` referred `referred` to us: refused, in the server's words
    (crmdesk.domain.row_checks), when `referred` has a referrer already."""
    row = session.scalars(select(Referral).where(Referral.account_id == referrer.id,
                                                 Referral.referred_id == referred.id)).first()
    if row is not None and not row.deleted:
        raise Refused(Worded(LINKED_ALREADY,
                             referrer.name if role is Role.REFERRED_BY else referred.name,
                             Worded(_ROLE_WORDS[role])))
    values = {"id": uuid.uuid4() if row is None else row.id, "account_id": referrer.id,
              "referred_id": referred.id, "note": None if row is None else row.note,
              "owner_id": referrer.owner_id, "team_id": referrer.team_id, "deleted": False}
    problems = row_facts.problems(session, REFERRALS, values)
    if problems:
        first = problems[0]
        if isinstance(first, Worded) and first.template == ALREADY_REFERRED:
            # the row check's words name the company the user is looking at
            first = Worded(tr_noop("{0} was already referred to us by {1}; remove that link "
                                   "first."), referred.name, *first.args)
        raise Refused(first)
    if row is None:
        # the row belongs to the referrer (store.records), as a relation to its "from"
        row = Referral(**values)
        session.add(row)
    else:
        row.deleted = False  # a link removed before is revived
    session.flush()
    derived.refresh(session, None, [referrer.id])  # its value score counts referrals
    return row.id


def unlink_companies(session: Session, relation_id: uuid.UUID) -> Unlinked:
    """Remove a relation between two companies, or a referral (a synced delete)."""
    row = session.get(AccountRelation, relation_id)
    if row is not None and not row.deleted:
        row.deleted = True
        session.flush()
        return Unlinked(row.id, frozenset({row.from_account_id, row.to_account_id}))
    referral = session.get(Referral, relation_id)
    if referral is None or referral.deleted:
        raise NotFound(tr_noop("This link no longer exists; nothing was changed."))
    referral.deleted = True
    session.flush()
    derived.refresh(session, None, [referral.account_id])
    return Unlinked(referral.id, frozenset({referral.account_id, referral.referred_id}))


def link_kind(session: Session, link_id: uuid.UUID) -> str:
    """The kind of record (table) link `link_id` is: a relation or a referral."""
    return ("referrals" if session.get(AccountRelation, link_id) is None
            and session.get(Referral, link_id) is not None else "account_relations")


def remove_influence(session: Session, influence_id: uuid.UUID) -> Unlinked:
    """Remove one person's influence on another (a synced delete)."""
    row = session.get(ContactInfluence, influence_id)
    if row is None or row.deleted:
        raise NotFound(tr_noop("This influence is no longer recorded; nothing was changed."))
    row.deleted = True
    session.flush()
    return Unlinked(row.id, frozenset({row.account_id}))
