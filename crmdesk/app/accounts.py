"""Commands on an account: create one, edit its fields and tags, move its status,
claim or reassign it, merge two. (Contracts and payments: crmdesk.app.deals.)"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.app import rights
from crmdesk.app._unit import write
from crmdesk.app.changes import ACCOUNT, QUEUE, WHOLE_ACCOUNT, Changes, Done
from crmdesk.app.checks import refuse
from crmdesk.app.context import Context
from crmdesk.domain.account_fields import check_lead
from crmdesk.domain.lifecycle import MoveCheck, Status
from crmdesk.domain.scope import OWNER_IN_TEAM, may_write
from crmdesk.domain.words import Worded, message, tr_noop
from crmdesk.store import queries as q
from crmdesk.store import writes
from crmdesk.store.models import Account, Role, User
from crmdesk.store.pool_queries import is_claim
from crmdesk.store.records import ACCOUNTS
from crmdesk.store.refusals import NotFound, Refused


@dataclass(frozen=True, slots=True)
class NewLead:
    """A new lead as the user typed it; `person` empty: no contact yet."""

    name: str
    website: str = ""
    phone: str = ""
    person: str = ""
    mobile: str = ""
    email: str = ""


def lead_problems(lead: NewLead, region: str) -> list[str]:
    """What stops `lead` being saved: the card's rules for the company's fields, and the
    contact's details (the same checks an imported row passes: domain check_lead)."""
    return list(check_lead(lead.name, lead.website, lead.phone, lead.person, lead.mobile,
                           lead.email, region).problems)


#: A refusal naming the company it is about: "Acme: You may not change…".
NAMED = tr_noop("{0}: {1}")


def _whole(*accounts: uuid.UUID) -> Changes:
    return Changes(frozenset(accounts), WHOLE_ACCOUNT)


def new_lead(ctx: Context, lead: NewLead, team_id: uuid.UUID | None = None
             ) -> Done[uuid.UUID]:
    """Create a lead with its key person if one was named: the user's own, in their
    team; an administrator's goes to the pool of the team they chose (`team_id`: they
    are in no team, and the server takes no owner outside the record's team). Who may
    not make leads at all is refused first (rights.new_lead_refusal)."""
    user, region, today = ctx.me, ctx.region, ctx.today()
    refusal = rights.new_lead_refusal(user)
    if refusal is not None:
        raise Refused(refusal)
    refuse(lead_problems(lead, region))
    owner_id = None if rights.chooses_team(user) else user.id

    def change(session: Session) -> uuid.UUID:
        team = rights.new_lead_team(session, user, team_id, owner_id)
        account_id = writes.new_account(
            session, name=lead.name, owner_id=owner_id, team_id=team,
            website=lead.website or None, phone=lead.phone or None, phone_region=region,
            acquired_on=today)
        if lead.person.strip():
            writes.new_contact(session, account_id, name=lead.person,
                               mobile=lead.mobile or None, email=lead.email or None,
                               phone_region=region, is_key_person=True)
        return account_id

    account_id = write(ctx, change)
    return Done(account_id, _whole(account_id))


def edit_field(ctx: Context, account_id: uuid.UUID, field: str, raw: str
               ) -> Done[str | None]:
    """Check and save one basic field typed on the card; the value is the problem in
    plain words (nothing saved), or None."""
    region = ctx.region
    checked = write(ctx, lambda s: writes.update_account_field(s, account_id, field, raw,
                                                               region),
                    (ACCOUNTS, account_id))
    if checked.problem:
        return Done(checked.problem)
    return Done(None, Changes.of({account_id}, ACCOUNT, QUEUE))


def edit_custom_fields(ctx: Context, account_id: uuid.UUID, values: Mapping[str, Any]
                       ) -> Done[list[str]]:
    """Save service-specific fields; the value lists the problems (nothing saved)."""
    problems = write(ctx, lambda s: writes.update_custom_fields(s, account_id, dict(values)),
                     (ACCOUNTS, account_id))
    return Done(problems, Changes() if problems else Changes.of({account_id}, ACCOUNT))


def add_tag(ctx: Context, account_id: uuid.UUID, name: str) -> Done[uuid.UUID]:
    tag_id = write(ctx, lambda s: writes.add_tag(s, account_id, name),
                   (ACCOUNTS, account_id))
    return Done(tag_id, Changes.of({account_id}, ACCOUNT))


def remove_tag(ctx: Context, account_id: uuid.UUID, tag_id: uuid.UUID) -> Done[None]:
    write(ctx, lambda s: writes.remove_tag(s, account_id, tag_id), (ACCOUNTS, account_id))
    return Done(None, Changes.of({account_id}, ACCOUNT))


def move_status(ctx: Context, account_id: uuid.UUID, target: Status, reason: str = ""
                ) -> Done[MoveCheck]:
    """Mark lost (with why), reopen, step back: if the lifecycle rule allows; the value
    says whether it did and why not."""
    check = write(ctx, lambda s: writes.move_status(s, account_id, target, reason),
                  (ACCOUNTS, account_id))
    return Done(check, _whole(account_id) if check.allowed else Changes())


def mark_lost(ctx: Context, account_id: uuid.UUID, reason: str) -> Done[MoveCheck]:
    return move_status(ctx, account_id, Status.LOST, reason)


def reopen(ctx: Context, account_id: uuid.UUID) -> Done[MoveCheck]:
    return move_status(ctx, account_id, Status.LEAD)


def claim(ctx: Context, account_id: uuid.UUID) -> Done[None]:
    """Take an account from the team's pool, with all that hangs on it, within the team's
    limits (crmdesk.domain.pool.claim_problem: claims a day, open leads held, the
    previous owner's cooling-off); a refusal says which, in the server's words."""
    user_id, today = ctx.me.id, ctx.today()
    write(ctx, lambda s: writes.claim(s, account_id, user_id, today), (ACCOUNTS, account_id))
    return Done(None, _whole(account_id))


def reassign(ctx: Context, account_id: uuid.UUID, owner_id: uuid.UUID | None) -> Done[int]:
    """Give an account (and its history) to another owner, or to the pool (None), by
    the checks of `reassign_many`; the value is how many rows moved."""
    done = reassign_many(ctx, [account_id], owner_id)
    return Done(done.value.rows, done.changes)


@dataclass(frozen=True, slots=True)
class Reassigned:
    """What `reassign_many` moved: accounts, rows in all (the accounts included), and
    to whom (None: the team's pool); `already` were theirs before and stayed untouched."""

    accounts: int
    rows: int
    owner: str | None
    already: int = 0


def reassign_many(ctx: Context, account_ids: Collection[uuid.UUID],
                  owner_id: uuid.UUID | None) -> Done[Reassigned]:
    """Give accounts, each with its history (contacts, activities, deals, contracts,
    payments), to `owner_id` or to their team's pool (None), in one unit of work: all of
    them move, or none. Each is checked by the rule the server runs on the push (a lead
    gives their team's accounts, an admin anyone's; a rep gives none to a colleague) and
    the new owner must be an active rep or lead of the account's team; the first
    refusal names the company and says why in the server's words."""
    wanted = list(dict.fromkeys(account_ids))
    today = ctx.today()

    def change(session: Session) -> Reassigned:
        owner = None if owner_id is None else session.get(User, owner_id)
        if owner_id is not None and (owner is None or owner.deleted or not owner.active
                                     or owner.role not in (Role.REP, Role.LEAD)):
            raise Refused(tr_noop("Give the accounts to an active rep or lead of their team."))
        me = None if ctx.user is None else rights.viewer(ctx, session)
        found = {a.id: a for a in session.scalars(select(Account).where(
            Account.id.in_(wanted), Account.deleted.is_(False)))}
        for account_id in wanted:
            account = found.get(account_id)
            if account is None:
                raise NotFound(tr_noop("One of the accounts is gone (merged or removed "
                                       "meanwhile)."))
            problem = None
            if owner is not None and owner.team_id != account.team_id:
                problem = OWNER_IN_TEAM
            elif me is not None:
                problem = may_write(me, (account.owner_id, account.team_id),
                                    (owner_id, account.team_id))
            if problem is not None:
                raise Refused(Worded(NAMED, account.name, problem))
        # one already theirs keeps its day of assignment (the pool rules count from it)
        moving = [a for a in wanted if found[a].owner_id != owner_id]
        # a rep taking pool accounts for themselves claims them, whichever command they
        # use: the team's limits hold, as the server holds them to the push
        claimer = me.user_id if me is not None and is_claim(
            me.role, me.user_id, None, owner_id) else None
        claims = [a for a in moving if found[a].owner_id is None] if claimer else []
        rows = 0
        for account_id in claims:
            assert claimer is not None
            try:
                rows += writes.claim(session, account_id, claimer, today)
            except Refused as exc:
                raise Refused(Worded(NAMED, found[account_id].name,
                                     message(exc))) from None
        rows += writes.reassign_many(session, [a for a in moving if a not in claims],
                                     owner_id, today)
        return Reassigned(len(moving), rows, None if owner is None else owner.display_name,
                          len(wanted) - len(moving))

    done = write(ctx, change)
    return Done(done, _whole(*wanted) if done.accounts else Changes())


def reassign_book(ctx: Context, user_id: uuid.UUID, owner_id: uuid.UUID | None
                  ) -> Done[Reassigned]:
    """Give every account `user_id` owns (a leaving rep's book), each with its history,
    to `owner_id` or to the team's pool (None), by the checks of `reassign_many`. The
    book is read as it stands now, so accounts claimed since it was shown go too."""
    if owner_id == user_id:
        raise Refused(tr_noop("Choose someone else to take over the book, or the team's pool."))
    with ctx.store.session() as session:
        book = q.book_of(session, user_id)
    if not book:
        return Done(Reassigned(0, 0, None), Changes())
    return reassign_many(ctx, book, owner_id)


def merge(ctx: Context, survivor: uuid.UUID, dropped: uuid.UUID,
          choices: Mapping[str, uuid.UUID] | None = None) -> Done[writes.MergeResult]:
    """Fold `dropped` into `survivor`, keeping per field the value `choices` names."""
    def change(session: Session) -> writes.MergeResult:
        refused = rights.merge_refusal(session, rights.viewer(ctx, session), dropped)
        if refused is not None:
            raise Refused(refused)
        return writes.merge_accounts(session, survivor, dropped, choices=choices)

    result = write(ctx, change, (ACCOUNTS, survivor), (ACCOUNTS, dropped))
    return Done(result, _whole(result.kept, result.dropped))
