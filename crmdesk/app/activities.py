"""Commands on the timeline: log, edit and delete an activity; keep a half-written
entry as a draft."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from crmdesk.app._unit import write
from crmdesk.app.changes import ACCOUNT, ACTIVITIES, DEALS, QUEUE, Changes, Done
from crmdesk.app.context import Context
from crmdesk.app.rights import viewer
from crmdesk.domain.scope import InService, OnDeal, Viewer, may_write
from crmdesk.domain.words import tr_noop
from crmdesk.store import writes
from crmdesk.store.models import Account, Activity, Opportunity
from crmdesk.store.workspace_keys import activity_draft
from crmdesk.store.writes import ActivityInput, Refused


def entry_problem(entry: ActivityInput) -> str | None:
    """Why `entry` cannot be saved: an activity says what happened, or how it went."""
    if not entry.notes.strip() and entry.outcome is None:
        return tr_noop("Write a note or choose an outcome first.")
    return None


def _refuse_empty(entry: ActivityInput) -> None:
    problem = entry_problem(entry)
    if problem is not None:
        raise Refused(problem)


def _timeline(account_id: uuid.UUID, entry: ActivityInput | None = None) -> Changes:
    # an activity moves the next follow-up and last contact: the card and queue show
    # them; one about a deal counts in its playbook's facts (meetings held)
    if entry is not None and entry.opportunity_id is not None:
        return Changes.of({account_id}, ACTIVITIES, ACCOUNT, QUEUE, DEALS)
    return Changes.of({account_id}, ACTIVITIES, ACCOUNT, QUEUE)


def account_facts(session: Session, ctx: Context, account_id: uuid.UUID,
                  entry: ActivityInput, was: Activity | None = None,
                  me: Viewer | None = None) -> bool:
    """May the user write the account's own facts as this entry is logged (its next
    follow-up)? Yes when the account is theirs to change; a colleague on one of its
    deals' teams logs on that deal only, leaving the account's facts to its owner
    (the server's rule, crmdesk.domain.scope). Refused otherwise, in the server's
    words. `me`: the user's `viewer`, when the caller read it already (asking about
    many accounts)."""
    account = session.get(Account, account_id)
    if account is None:
        return True  # the write itself says it is gone
    scope = (account.owner_id, account.team_id)
    me = me or viewer(ctx, session)
    if may_write(me, scope, scope) is None:
        return True
    if me.role == "service":  # logs where they serve; the account's facts are the rep's
        served = account.service_owner_id
        refusal = may_write(me, None if was is None else scope, scope, in_service=InService(
            served, served, logs=True, doer=me.user_id if was is None else was.author_id))
        if refusal is not None:
            raise writes.Refused(refusal)
        return False
    if account_id not in me.member_of:
        return True  # not ours at all: the server answers it
    # on no deal of theirs: ON_YOUR_DEAL; on another company's deal: its words
    deal = None if entry.opportunity_id is None else session.get(Opportunity,
                                                                 entry.opportunity_id)
    refusal = may_write(me, None if was is None else scope, scope, on_deal=OnDeal(
        None if was is None else was.opportunity_id, entry.opportunity_id,
        me.user_id if was is None else was.author_id, account=account_id,
        deal_account=None if deal is None else deal.account_id))
    if refusal is not None:
        raise writes.Refused(refusal)
    return False


def log_activity(ctx: Context, account_id: uuid.UUID, entry: ActivityInput
                 ) -> Done[uuid.UUID]:
    """Save an entry by the user, with the people spoken to (`entry.contacts`, the first
    foremost) and the deal it was about (`entry.opportunity_id`), both the account's;
    its draft goes in the same transaction. A colleague on a deal's team logs on that
    deal (and leaves the account's next follow-up to its owner)."""
    author = ctx.me.id
    _refuse_empty(entry)

    def change(session: Session) -> uuid.UUID:
        facts = account_facts(session, ctx, account_id, entry)
        new_id = writes.log_activity(session, account_id, author, entry, facts)
        activity_draft(account_id).clear(session)
        return new_id

    return Done(write(ctx, change), _timeline(account_id, entry))


def edit_activity(ctx: Context, account_id: uuid.UUID, activity_id: uuid.UUID,
                  entry: ActivityInput) -> Done[None]:
    _refuse_empty(entry)

    def change(session: Session) -> None:
        facts = account_facts(session, ctx, account_id, entry,
                              session.get(Activity, activity_id))
        writes.edit_activity(session, activity_id, entry, facts)

    write(ctx, change)
    return Done(None, _timeline(account_id, entry))


def delete_activity(ctx: Context, activity_id: uuid.UUID) -> Done[uuid.UUID]:
    """Remove an activity; the value is its account."""
    account_id = write(ctx, lambda s: writes.delete_activity(s, activity_id))
    return Done(account_id, _timeline(account_id))


def keep_draft(ctx: Context, account_id: uuid.UUID, text: str | None) -> Done[None]:
    """Keep (or with None, forget) the half-written entry of an account. Nothing the
    panes show changes."""

    def change(session: Session) -> None:
        if text is None:
            activity_draft(account_id).clear(session)
        else:
            activity_draft(account_id).put(session, text)

    write(ctx, change)
    return Done(None)
