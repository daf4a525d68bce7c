"""What the relationship graph reads beyond one account: the company group (up to the top
parent and down to every subsidiary), the checks a new parent link needs, and one deal's
decision tree."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import CTE, and_, func, literal, select
from sqlalchemy.orm import Session, aliased

from crmdesk.domain.deals import DecisionRoleKind, OpportunityStage, Stance
from crmdesk.store.models import (
    Account,
    AccountRelation,
    Contact,
    ContactInfluence,
    DecisionRole,
    Opportunity,
    RelationKind,
)

#: How many levels above and below the account the group is followed. Real groups are
#: rarely deeper than five; the bound also ends any cycle the data may hold.
MAX_DEPTH = 12
#: The most companies a group shows (a conglomerate's whole tree is not a picture).
MAX_GROUP = 300


@dataclass(frozen=True, slots=True)
class GroupMember:
    """One company of the group: its parent in the group (None: the top), the link to
    that parent (to remove it), and its level."""

    id: uuid.UUID
    name: str
    parent_id: uuid.UUID | None
    depth: int
    link_id: uuid.UUID | None = None


def _parent_links() -> tuple[type[AccountRelation], type[Account]]:
    return aliased(AccountRelation), aliased(Account)


def group(session: Session, account_id: uuid.UUID, max_depth: int = MAX_DEPTH,
          limit: int = MAX_GROUP) -> list[GroupMember]:
    """The whole group `account_id` belongs to, top parent first then level by level;
    [] when the company has neither a parent nor a subsidiary. One statement: a
    recursive walk up to the top parent, then one down from it; each step is bounded by
    `max_depth` and UNION drops repeats, so a cycle in the data ends, it never hangs."""
    up = _above(account_id, max_depth)
    top = select(up.c.id).order_by(up.c.depth.desc(), up.c.id).limit(1).scalar_subquery()

    link2, company2 = _parent_links()
    down = (select(top.label("id"), literal(None, Account.id.type).label("parent_id"),
                   literal(0).label("depth"), literal(None, Account.id.type).label("link_id"))
            .cte("down", recursive=True))
    down = down.union(
        select(link2.to_account_id, link2.from_account_id, down.c.depth + 1, link2.id)
        .join(link2, and_(link2.from_account_id == down.c.id,
                          link2.kind == RelationKind.PARENT_OF, link2.deleted.is_(False)))
        .join(company2, and_(company2.id == link2.to_account_id,
                             company2.deleted.is_(False)))
        .where(down.c.depth < max_depth))
    # a company reached twice (two parents, or a cycle) keeps its shallowest place:
    # SQLite takes the bare columns from the row MIN() chose
    depth = func.min(down.c.depth).label("depth")
    rows = session.execute(
        select(down.c.id, Account.name, down.c.parent_id, depth, down.c.link_id)
        .join(Account, Account.id == down.c.id)
        .group_by(down.c.id)
        .order_by(depth, Account.name, down.c.id)
        .limit(limit)).all()
    if len(rows) <= 1:
        return []
    members = [GroupMember(r[0], r[1], r[2], r[3], r[4]) if r[3] else
               GroupMember(r[0], r[1], None, 0) for r in rows]
    shown = {m.id for m in members}
    # a parent cut off by the limit leaves its child at the top rather than dangling
    return [m if m.parent_id is None or m.parent_id in shown else
            GroupMember(m.id, m.name, None, m.depth) for m in members]


def _above(account_id: uuid.UUID, max_depth: int) -> CTE:
    """The companies above `account_id` through live parent links, with how many steps
    up (0: itself): a recursive walk, bounded by `max_depth`."""
    link, company = _parent_links()
    up = (select(literal(account_id, Account.id.type).label("id"),
                 literal(0).label("depth"))
          .cte("above", recursive=True))
    return up.union(
        select(link.from_account_id, up.c.depth + 1)
        .join(link, and_(link.to_account_id == up.c.id, link.kind == RelationKind.PARENT_OF,
                         link.deleted.is_(False)))
        .join(company, and_(company.id == link.from_account_id, company.deleted.is_(False)))
        .where(up.c.depth < max_depth))


def ancestors(session: Session, account_id: uuid.UUID,
              max_depth: int = MAX_DEPTH) -> set[uuid.UUID]:
    """Every company above `account_id` through parent links (itself included when the
    data already holds a cycle through it): one recursive statement, bounded."""
    up = _above(account_id, max_depth)
    return set(session.scalars(select(up.c.id).where(up.c.depth > 0).distinct()))


# ---- a deal's decision tree --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TreePerson:
    """A person with a role on the deal."""

    id: uuid.UUID
    name: str
    title: str | None
    department: str | None
    is_key_person: bool
    role: DecisionRoleKind
    stance: Stance


@dataclass(frozen=True, slots=True)
class TreeInfluence:
    id: uuid.UUID
    from_id: uuid.UUID
    to_id: uuid.UUID
    strength: int


@dataclass(frozen=True, slots=True)
class DecisionTree:
    """What a deal's decision tree shows: the deal, its people (by name), the reporting
    lines of its company's people (person -> manager, everyone's: a line may pass
    through people without a role) and the influence between people on the deal."""

    deal_id: uuid.UUID
    account_id: uuid.UUID
    name: str
    stage: OpportunityStage
    people: tuple[TreePerson, ...]
    reports_to: dict[uuid.UUID, uuid.UUID]
    influences: tuple[TreeInfluence, ...]


def decision_tree(session: Session, deal_id: uuid.UUID) -> DecisionTree | None:
    """One live deal's decision tree; None when the deal is gone. Four small statements
    on indexed columns (the deal, its roles, its company's reporting lines, influence)."""
    found = session.execute(
        select(Opportunity.account_id, Opportunity.name, Opportunity.stage)
        .where(Opportunity.id == deal_id, Opportunity.deleted.is_(False))).first()
    if found is None:
        return None
    account_id, name, stage = found
    people = tuple(TreePerson(*r) for r in session.execute(
        select(Contact.id, Contact.name, Contact.title, Contact.department,
               Contact.is_key_person, DecisionRole.role, DecisionRole.stance)
        .join(Contact, Contact.id == DecisionRole.contact_id)
        .where(DecisionRole.opportunity_id == deal_id, DecisionRole.deleted.is_(False),
               Contact.deleted.is_(False))
        .order_by(Contact.name, Contact.id)))
    lines = {person: boss for person, boss in session.execute(
        select(Contact.id, Contact.reports_to_id)
        .where(Contact.account_id == account_id, Contact.deleted.is_(False),
               Contact.reports_to_id.is_not(None))) if boss is not None}
    on_deal = [p.id for p in people]
    influences = tuple(TreeInfluence(*r) for r in session.execute(
        select(ContactInfluence.id, ContactInfluence.from_contact_id,
               ContactInfluence.to_contact_id, ContactInfluence.strength)
        .where(ContactInfluence.account_id == account_id,
               ContactInfluence.deleted.is_(False),
               ContactInfluence.from_contact_id.in_(on_deal),
               ContactInfluence.to_contact_id.in_(on_deal))
        .order_by(ContactInfluence.id))) if on_deal else ()
    return DecisionTree(deal_id, account_id, name, stage, people, lines, influences)
