"""What the signed-in user may change, by the very rule the server runs on a push
(crmdesk.domain.scope.may_write): a colleague on a deal's virtual team sees the deal,
its company and the company's contacts, logs activities on the deal, and changes none
of the rest. The laptop asks before it writes, so such a change is refused here, in the
server's words, before anything is queued, and the UI shows those records read-only.
Only rows held through a deal's team are asked about (see `refusal`)."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.app.context import Context
from crmdesk.domain.scope import OWNER_IN_TEAM, Viewer, may_write
from crmdesk.domain.words import Worded, tr_noop
from crmdesk.store import deal_team, served
from crmdesk.store.models import Account, Role, Team, User
from crmdesk.store.queries import UserRef
from crmdesk.store.records import ACCOUNTS, RECORDS, of_company
from crmdesk.store.refusals import Refused

#: A record a command changes: (entity, row id).
Target = tuple[str, uuid.UUID]


def viewer(ctx: Context, session: Session) -> Viewer:
    """The user as the server's scope rules see them, with the deals' teams they are on
    as this workspace knows them."""
    me = ctx.me
    return Viewer(me.id, Role(me.role).value, me.team_id,
                  *deal_team.as_member(session, me.id))


def refusal(session: Session, me: Viewer, entity: str, row_id: uuid.UUID) -> str | None:
    """Why `me` may not change the row `row_id` of `entity` as it stands (a row made under
    it, a company's new deal say, takes its scope): the server's answer, or None.

    Asked of the rows the laptop holds through a deal's team the user is on (their
    member key is among `me.member_of`): a synced laptop holds no other row outside the
    user's scope, and a workspace used without a server (the demo, a CLI import) holds
    rows the server never judged, which stay as editable as they were. A row the
    laptop does not hold is left to the write, which says it is gone."""
    kind = RECORDS[entity]
    row = session.get(kind.model, row_id)
    if row is None:
        return None
    if me.role == "service" and of_company(entity):
        # a service user's laptop holds the companies they serve: asked as the server
        # asks a push changing the row's sales fields
        scope = (row.owner_id, row.team_id)
        return may_write(me, scope, scope, leads_only=kind.leads_only,
                         owners_only=kind.owners_only,
                         in_service=served.in_service(session, entity, row, dict.fromkeys(
                             kind.assignee_writes or {"*"})))
    if deal_team.member_key(session, entity, row) not in me.member_of:
        return None
    scope = (row.owner_id, row.team_id)
    return may_write(me, scope, scope, leads_only=kind.leads_only,
                     owners_only=kind.owners_only)


def refuse(ctx: Context, session: Session, targets: tuple[Target, ...]) -> str | None:
    """The first refusal among `targets` for the user acting (none for workspace-wide
    work with no user, a CLI import say)."""
    if ctx.user is None or not targets:
        return None
    me = viewer(ctx, session)
    return next((r for entity, row_id in targets
                 if (r := refusal(session, me, entity, row_id)) is not None), None)


def may_change(ctx: Context, entity: str, row_id: uuid.UUID) -> str | None:
    """Why the user may not change this record, in the server's words, or None."""
    with ctx.store.session() as session:
        return refuse(ctx, session, ((entity, row_id),))


def read_only_note(session: Session, ctx: Context, account_id: uuid.UUID) -> str | None:
    """The one line a company's card (and its deal editor) shows when the user may not
    change the company: a colleague on one of its deals' teams is told what they may do
    and whose the rest is. None: theirs to change (or not held through a deal's team)."""
    if refuse(ctx, session, ((ACCOUNTS, account_id),)) is None:
        return None
    owner = session.scalar(select(User.display_name).join(
        Account, Account.owner_id == User.id).where(Account.id == account_id))
    # marked sentences with the owner as a figure: the window words them in its language
    if ctx.me.role == Role.SERVICE:
        return (Worded(SERVICE_NOTE, owner) if owner else Worded(SERVICE_NOTE_TEAM))
    return Worded(DEAL_TEAM_NOTE, owner) if owner else Worded(DEAL_TEAM_NOTE_TEAM)


#: The card's note to a service user at a customer they serve ({0}: its owner).
SERVICE_NOTE = tr_noop("You serve this customer: you can log activities and mark your "
                       "onboarding tasks done; the company and its sales are {0}'s to "
                       "change.")
SERVICE_NOTE_TEAM = tr_noop("You serve this customer: you can log activities and mark your "
                            "onboarding tasks done; the company and its sales are its "
                            "team's to change.")
#: The card's note to a colleague on one of a company's deals ({0}: its owner).
DEAL_TEAM_NOTE = tr_noop("You are on this deal's team: you can log activities here; the "
                         "deal and the company are {0}'s to change.")
DEAL_TEAM_NOTE_TEAM = tr_noop("You are on this deal's team: you can log activities here; "
                              "the deal and the company are its team's to change.")


def logs_on(session: Session, ctx: Context, account_id: uuid.UUID,
            deal_ids: list[uuid.UUID]) -> uuid.UUID | None:
    """The deal among `deal_ids` a colleague on its team logs on by default at a company
    not theirs to change (an entry on no deal would be refused), or None."""
    if refuse(ctx, session, ((ACCOUNTS, account_id),)) is None:
        return None
    mine = viewer(ctx, session).deals
    return next((deal_id for deal_id in deal_ids if deal_id in mine), None)


# ---- who makes new leads -------------------------------------------------------------

#: The answer to a customer-service user making a lead (typed, imported, from the CLI).
SERVICE_MAKES_NO_LEADS = tr_noop("Customer service does not create leads: you take over customers "
                                 "once they have signed and paid. A rep or the team lead adds new "
                                 "leads.")
#: The answer to a rep or lead in no team: a lead would belong to no team at all.
NO_TEAM_NO_LEADS = tr_noop("You are in no team yet, so a new lead would belong to no one's team "
                           "and no one would see it. An administrator puts you in a team first.")
#: The answer to a user disabled or removed (on the server) making a lead.
INACTIVE_NO_LEADS = tr_noop("You are disabled (or removed) on the server, so you make no new "
                            "leads: an administrator enables you again.")
#: The answer to an administrator (in no team) who did not say where the leads go.
CHOOSE_TEAM = tr_noop("Choose the team the new leads go to.")
#: The answer to a rep or lead naming another team for their new leads.
OWN_TEAM = tr_noop("Your new leads go to your own team.")
#: The answer to new leads given to someone who does not hold leads.
HOLDS_LEADS = tr_noop("New leads go to an active rep or lead of their team, or to its pool.")


def sells(role: Role) -> bool:
    """Does `role` work the sales side: leads, deals, contracts and payments, the pool,
    targets, the review? Customer service serves signed customers: it logs activities
    and marks its onboarding tasks done, and is offered nothing else (the window hides
    the rest rather than refusing it)."""
    return role is not Role.SERVICE


#: The answers to a merge that would go around the pool's or the hand-off's rules.
MERGE_FROM_POOL = tr_noop("“{0}” is in the team pool: claim it first (the pool's limits apply), "
                          "then merge it.")
MERGE_SERVED = tr_noop("“{0}” is served by customer service: its service owner and onboarding "
                       "tasks would be lost in a merge, so an administrator merges it.")


def merge_refusal(session: Session, me: Viewer, dropped_id: uuid.UUID) -> str | None:
    """Why `me` may not fold the account `dropped_id` into another (None: they may, as
    far as these rules go). A rep taking a pool account's history by a merge is
    claiming it, past the claim's limits and cooling-off: they claim it first. A served
    customer's service owner and tasks are the hand-off's (the server refuses moving
    them): an administrator merges it."""
    dropped = session.get(Account, dropped_id)
    if dropped is None or me.role == Role.ADMIN.value:
        return None
    if dropped.service_owner_id is not None:
        return Worded(MERGE_SERVED, dropped.name)
    if dropped.owner_id is None and me.role == Role.REP.value:
        return Worded(MERGE_FROM_POOL, dropped.name)
    return None


def new_lead_refusal(user: UserRef) -> str | None:
    """Why `user` may not create new leads at all (the new-lead dialog, an import, the
    CLI), or None. A user disabled or removed makes none (the server would take none of
    theirs); a customer-service user serves signed customers and makes no leads; a rep
    or lead in no team would make leads no one sees. An administrator, in no team, makes
    them for the team they choose (`new_lead_team`)."""
    if not user.active:
        return INACTIVE_NO_LEADS
    if user.role is Role.SERVICE:
        return SERVICE_MAKES_NO_LEADS
    if user.role is not Role.ADMIN and user.team_id is None:
        return NO_TEAM_NO_LEADS
    return None


def chooses_team(user: UserRef) -> bool:
    """Does `user` choose the team their new leads go to (an administrator, in none)?"""
    return user.role is Role.ADMIN


def new_lead_team(session: Session, user: UserRef | None, team_id: uuid.UUID | None,
                  owner_id: uuid.UUID | None = None) -> uuid.UUID | None:
    """The team new leads made by `user` go to, held by `owner_id` (None: the team's
    pool): a rep's or lead's own team, or the live team an administrator chose. Raises
    Refused, in the words of `new_lead_refusal` and of the server's push check (a rep
    gives no lead to a colleague; an owner is a rep or lead of the team).

    `user` None is workspace-wide work (a CLI import in a workspace with no user yet):
    the team is `team_id`, else the owner's, else none."""
    if user is not None:
        refusal = new_lead_refusal(user)
        if refusal is not None:
            raise Refused(refusal)
        if not chooses_team(user):
            if team_id is not None and team_id != user.team_id:
                raise Refused(OWN_TEAM)
            team_id = user.team_id
        elif team_id is None:
            raise Refused(CHOOSE_TEAM)
    owner = None if owner_id is None else session.get(User, owner_id)
    if owner_id is not None and (owner is None or owner.deleted or not owner.active
                                 or owner.role not in (Role.REP, Role.LEAD)):
        raise Refused(HOLDS_LEADS)
    if team_id is None:
        return owner.team_id if owner is not None else None
    team = session.get(Team, team_id)
    if team is None or team.deleted:
        raise Refused(tr_noop("That team is gone; choose another."))
    if owner is not None and owner.team_id != team_id:
        raise Refused(OWNER_IN_TEAM)
    if user is not None:
        refusal = may_write(Viewer(user.id, Role(user.role).value, user.team_id), None,
                            (owner_id, team_id))
        if refusal is not None:
            raise Refused(refusal)
    return team_id
