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
from crmdesk.domain.scope import Viewer, may_write
from crmdesk.store import deal_team, served
from crmdesk.store.models import Account, Role, User
from crmdesk.store.records import ACCOUNTS, RECORDS, of_company

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
    whose = f"{owner}'s" if owner else "its team's"
    if ctx.me.role == Role.SERVICE:
        return (f"You serve this customer: you can log activities and mark your onboarding "
                f"tasks done; the company and its sales are {whose} to change.")
    return (f"You are on this deal's team: you can log activities here; the deal and the "
            f"company are {whose} to change.")


def logs_on(session: Session, ctx: Context, account_id: uuid.UUID,
            deal_ids: list[uuid.UUID]) -> uuid.UUID | None:
    """The deal among `deal_ids` a colleague on its team logs on by default at a company
    not theirs to change (an entry on no deal would be refused), or None."""
    if refuse(ctx, session, ((ACCOUNTS, account_id),)) is None:
        return None
    mine = viewer(ctx, session).deals
    return next((deal_id for deal_id in deal_ids if deal_id in mine), None)
