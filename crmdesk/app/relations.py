"""Commands on the links the relationship graph shows: link two companies (parent,
subsidiary, supplier, customer, partner, who referred whom to us), remove such a link,
remove an influence."""

from __future__ import annotations

import uuid

from crmdesk.app._unit import write
from crmdesk.app.changes import CONTACTS, RELATIONS, Changes, Done
from crmdesk.app.context import Context
from crmdesk.store import links
from crmdesk.store.links import Role

__all__ = ["Role", "link_companies", "remove_influence", "unlink_companies"]

#: A company link can change the group of every company in it, not only the two it
#: joins: any account's relations may have changed.
_ANY_GROUP = Changes(frozenset(), frozenset({RELATIONS}))


def link_companies(ctx: Context, account_id: uuid.UUID, other_id: uuid.UUID,
                   role: Role) -> Done[uuid.UUID]:
    """`other_id` is `role` to `account_id` ("Acme is a supplier of this company").
    Refused (nothing saved): the company itself, a link already there, a second parent,
    a parent link that would loop, a second referrer. The value is the relation's (or
    the referral's) id."""
    relation_id = write(ctx, lambda s: links.link_companies(s, account_id, other_id, role),
                        ("accounts", account_id))
    return Done(relation_id, _ANY_GROUP)


def unlink_companies(ctx: Context, relation_id: uuid.UUID) -> Done[frozenset[uuid.UUID]]:
    """Remove a link between two companies (a relation or a referral); the value is the
    two companies."""
    with ctx.store.session() as session:
        kind = links.link_kind(session, relation_id)
    gone = write(ctx, lambda s: links.unlink_companies(s, relation_id), (kind, relation_id))
    return Done(gone.accounts, _ANY_GROUP)


def remove_influence(ctx: Context, influence_id: uuid.UUID) -> Done[uuid.UUID]:
    """Remove one person's influence on another; the value is their company."""
    gone = write(ctx, lambda s: links.remove_influence(s, influence_id),
                 ("contact_influences", influence_id))
    (account_id,) = gone.accounts
    return Done(account_id, Changes.of(gone.accounts, CONTACTS))
