"""Who may see and change which rows (shared/PRODUCT.md, "Who may see what").

A rep: their own rows and their team's public pool (rows of the team with no owner).
A team lead: every row of their team. An admin: everything. Reference rows that belong
to no team and no one (channels, products, tags, users, teams) are visible to all.

A colleague on a deal's virtual team (of any team) also sees, while on it, the deal
and what hangs on it, its company and the company's contacts: each such row carries a
member key (the deal's id or the company's, crmdesk.store.deal_team), and the viewer's
`member_of` holds the deals they are on and those deals' companies. On a deal whose
team they are on they log activities (and name the people spoken to), and change the
ones they logged; the deal itself, its company and contacts stay the owner's and the
team's to change. A deal's team is set by the deal's owner, the team's lead or an admin.

A service user sees the companies they serve (each row's `served_by`, its company's
service owner, is theirs) with all that hangs on them, and nothing of any team's pool.
There they mark their onboarding tasks done and log activities (changing the ones they
logged); the company's sales records stay its owner's (`InService`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from crmdesk.domain.words import Worded, tr_noop


@dataclass(frozen=True, slots=True)
class Viewer:
    user_id: uuid.UUID
    role: str  # "rep", "lead", "admin", "service"
    team_id: uuid.UUID | None
    #: the deals whose virtual team the viewer is on, and those deals' companies
    member_of: frozenset[uuid.UUID] = frozenset()
    #: of those, the deals (an activity is logged on one of them)
    deals: frozenset[uuid.UUID] = frozenset()


def visible(viewer: Viewer, owner_id: uuid.UUID | None, team_id: uuid.UUID | None,
            via: uuid.UUID | None = None, served_by: uuid.UUID | None = None) -> bool:
    """May `viewer` see a row owned by `owner_id` in `team_id`, whose member key (the
    deal or company a deal's team sees it through) is `via`, and whose company is
    served by `served_by`?"""
    if viewer.role == "admin":
        return True
    if via is not None and via in viewer.member_of:
        return True
    if owner_id is None and team_id is None:
        return True  # shared reference data
    if viewer.role == "service":  # the companies they serve, no team's pool
        return served_by is not None and served_by == viewer.user_id
    if viewer.role == "lead":
        return team_id is not None and team_id == viewer.team_id
    # a rep's own rows and the pool, both only within the rep's own team
    return (team_id is not None and team_id == viewer.team_id
            and (owner_id is None or owner_id == viewer.user_id))


#: The answer to a rep changing a kind only a team's lead changes.
LEADS_ONLY = tr_noop("Only a team lead sets the team's stages, playbook and sales targets (or an "
                     "administrator).")
#: The answer to anyone else setting who is on a deal's team.
TEAM_OWNERS = tr_noop("Only the deal's owner or their team lead chooses who is on the deal's team.")
#: The answer to a colleague on a deal's team changing an activity someone else logged.
OWN_LOGS = tr_noop("On a deal whose team you are on, you change only the activities you "
                   "logged.")

#: The answer to a row given to someone outside its team (the server's push check, and
#: the laptop's reassignment before it saves).
OWNER_IN_TEAM = tr_noop("The owner must be a member of the record's team.")

#: The answer to a colleague on a company's deal team logging on no deal of theirs there.
ON_YOUR_DEAL = tr_noop("You are on this company's deal team, not its owner's team: log it on "
                       "the deal you are on.")
#: The answer to an activity naming another company's deal (the laptop's and the
#: server's row check, crmdesk.domain.row_checks, and a colleague's write here).
ITS_COMPANYS_DEAL = tr_noop("Only a deal of this company can be named on its activity.")
#: The answer to an activity naming people of another company.
ITS_COMPANYS_PEOPLE = tr_noop("Only people of this company can be named on its activity.")
#: The answer to a colleague on a deal's team handing an activity to someone else.
KEEP_AUTHOR = tr_noop("On a deal whose team you are on, an activity you logged stays yours: "
                      "you cannot make someone else its author.")

#: The answer to a service user changing a served company's sales records.
SERVICE_READS = tr_noop("You serve this customer: you mark your onboarding tasks done and log "
                        "activities here; its sales records stay with its owner.")
#: The answer to a service user changing an activity someone else logged.
SERVICE_OWN_LOGS = tr_noop("At a customer you serve, you change only the activities you logged.")

Scope = tuple[uuid.UUID | None, uuid.UUID | None]


@dataclass(frozen=True, slots=True)
class InService:
    """A row of a company as a service user writes it: the company's service owner
    before (None: a new row) and after the change; whether the kind is one a service
    user logs (activities, the people spoken to); who logged the row or is assigned it
    (as it was; a new row: as sent) and whether the change names someone else; the
    fields the change sets and those an assignee may change (a task's done date)."""

    served_before: uuid.UUID | None
    served_after: uuid.UUID | None
    logs: bool = False
    doer: uuid.UUID | None = None
    new_doer: bool = False
    fields: frozenset[str] = frozenset()
    writable: frozenset[str] = frozenset()


def _service_write(viewer: Viewer, before: Scope | None, change: InService) -> str | None:
    """Why a service user may not make `change` (None: allowed)."""
    if change.served_after != viewer.user_id or (
            before is not None and change.served_before != viewer.user_id):
        return outside_scope(THIS_RECORD if before is not None else AS_CHANGED)
    if change.logs:
        if change.doer != viewer.user_id:
            return SERVICE_OWN_LOGS
        return SERVICE_OWN_LOGS if change.new_doer else None
    if (before is not None and change.writable and change.doer == viewer.user_id
            and not change.new_doer and change.fields <= change.writable):
        return None
    return SERVICE_READS


@dataclass(frozen=True, slots=True)
class OnDeal:
    """An activity, or a person spoken to in one, as a colleague on a deal's team
    writes it: the deal it was on (None: a new row, or none) and is on as changed, and
    who logged the activity; the company the activity is of as changed, and that of the
    deal it is on (a colleague writes only on their deal of its own company); whether
    the change names another author."""

    before: uuid.UUID | None
    after: uuid.UUID | None
    author: uuid.UUID | None
    account: uuid.UUID | None = None
    deal_account: uuid.UUID | None = None
    new_author: bool = False


def may_write(viewer: Viewer, before: Scope | None, after: Scope, *,
              leads_only: bool = False, owners_only: bool = False,
              on_deal: OnDeal | None = None, in_service: InService | None = None
              ) -> str | None:
    """Why `viewer` may not change a row from (owner, team) `before` (None: a new row) to
    `after`, or None when allowed. Shared reference rows are changed only by admins;
    rows of a `leads_only` kind (a team's settings) by the team's lead; of an
    `owners_only` kind (a deal's team) by the deal's owner or the team's lead. A kind
    a deal's team logs (`on_deal` given) is also written by a colleague on the team of
    the deal it is on, before and after, when they logged it, keep its author, and the
    deal is of the activity's company. A service user's write to a company's row
    (`in_service` given) is judged by what they may do where they serve."""
    if viewer.role == "admin":
        return None
    if leads_only and viewer.role != "lead":
        return LEADS_ONLY
    refusal = _outside(viewer, before, after)
    if refusal is not None and viewer.role == "service" and in_service is not None \
            and (on_deal is None or on_deal.after not in viewer.deals):
        return _service_write(viewer, before, in_service)
    if owners_only and (refusal is not None or (viewer.role != "lead" and any(
            scope is not None and scope[0] != viewer.user_id for scope in (before, after)))):
        return TEAM_OWNERS
    if refusal is None or on_deal is None:
        return refusal
    if on_deal.after in viewer.deals and (before is None or on_deal.before in viewer.deals):
        if on_deal.author != viewer.user_id:
            return OWN_LOGS
        if on_deal.new_author:
            return KEEP_AUTHOR
        # the row's scope is the activity's company's: only their deal's company is theirs
        return None if on_deal.account == on_deal.deal_account else ITS_COMPANYS_DEAL
    if on_deal.account is not None and on_deal.account in viewer.member_of:
        return ON_YOUR_DEAL  # the laptop's words (crmdesk.app.activities)
    return refusal


def _outside(viewer: Viewer, before: Scope | None, after: Scope) -> str | None:
    for label, tuple_ in ((THIS_RECORD, before), (AS_CHANGED, after)):
        if tuple_ is None:
            continue
        owner, team = tuple_
        if owner is None and team is None:
            return tr_noop("Only an administrator changes shared lists (channels, products, "
                           "users).")
        if team != viewer.team_id or not visible(viewer, owner, team):
            return outside_scope(label)
    return None


#: What `outside_scope` names: the record as it was, or as the change would make it.
THIS_RECORD = tr_noop("this record")
AS_CHANGED = tr_noop("the record as changed")


def outside_scope(label: str = AS_CHANGED) -> str:
    """The answer to a change outside the viewer's scope. A row referring to a record
    the viewer may not see, or to none at all, gets this same answer, so it never tells
    whether another team's record exists."""
    return Worded(tr_noop("You may not change {0}: it belongs to another person or team."),
                  Worded(label))
