"""Commands of the agenda (crmdesk.domain.agenda): read the user's day, mark an item
done, move it to another day. The window's agenda pane, its reminders and the CLI
(`crmdesk agenda`, `crmdesk done`, `crmdesk reschedule`) all call these.

Each kind of item is done and moved by the command that already owns its record:

- a follow-up is an account's next step, which is its newest entry's (crmdesk.store
  .writes): done logs a note "done" that plans nothing more; moved logs a note that
  plans the new day. Both stay on the timeline, saying who did it and when;
- a task is marked done, or its day (its follow-up date) moved;
- a deal's close date moves as the deal editor moves it (its history keeps the slip);
  a deal is done only by winning or losing it, in the deal editor;
- an onboarding task is marked done as the service queue marks it, and moved by whoever
  may change the company's records;
- a care reminder is marked done as the queue marks it; its day is its occasion's.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from sqlalchemy.orm import Session

from crmdesk.app import activities, care, deals, service
from crmdesk.app._unit import write
from crmdesk.app.changes import ACCOUNT, ACTIVITIES, QUEUE, Changes, Done
from crmdesk.app.context import Context
from crmdesk.app.rights import viewer
from crmdesk.domain.activity import ActivityKind, Outcome
from crmdesk.domain.agenda import (
    CARE_NOT_MOVED,
    DEAL_NOT_DONE,
    DEFAULT_DAYS,
    MOST_DAYS,
    NO_SUCH_ITEM,
    SEVERAL_ITEMS,
    AgendaItem,
    AgendaKind,
    reschedule_problem,
)
from crmdesk.domain.words import Worded, tr_noop
from crmdesk.store import agenda_queries, writes
from crmdesk.store.deal_writes import DealEdit
from crmdesk.store.models import Activity
from crmdesk.store.refusals import NotFound, Refused
from crmdesk.store.writes import ActivityInput

#: The note a follow-up marked done on the agenda leaves on the timeline (kept marked:
#: each reader's window words it, crmdesk.store.models.notes_columns).
FOLLOW_UP_DONE = tr_noop("Follow-up done.")
#: The note a follow-up moved on the agenda leaves ({0}: the day it was due).
FOLLOW_UP_MOVED = tr_noop("Follow-up moved from {0}.")


def agenda(ctx: Context, days: int = DEFAULT_DAYS) -> list[AgendaItem]:
    """The user's agenda from what is overdue to `days` days ahead (0: today alone)."""
    me, today = ctx.me, ctx.today()
    until = today + timedelta(days=max(0, min(days, MOST_DAYS)))
    with ctx.store.session() as session:
        return agenda_queries.agenda_items(session, me, today, until)


def find(ctx: Context, key: str) -> AgendaItem:
    """The item on the user's agenda (looking a year ahead) whose id starts with `key`."""
    wanted = key.strip().lower().replace("-", "")
    found = [item for item in agenda(ctx, MOST_DAYS)
             if wanted and item.key.startswith(wanted)]
    if not found:
        raise NotFound(Worded(NO_SUCH_ITEM, key))
    if len({(item.kind, item.record_id) for item in found}) > 1:
        raise NotFound(Worded(SEVERAL_ITEMS, key))
    return found[0]


def _timeline(account_id: uuid.UUID) -> Changes:
    return Changes.of({account_id}, ACTIVITIES, ACCOUNT, QUEUE)


def _task_account_facts(session: Session, ctx: Context, task_id: uuid.UUID) -> bool:
    """May the user change the task's company's own facts (its next follow-up), as
    logging on it would? Refused, in the server's words, when they may not touch the
    task at all."""
    task = session.get(Activity, task_id)
    if task is None or task.deleted:
        raise NotFound(tr_noop("This task no longer exists; nothing was saved."))
    entry = ActivityInput(ActivityKind.TASK, opportunity_id=task.opportunity_id)
    return activities.account_facts(session, ctx, task.account_id, entry, task)


def done(ctx: Context, item: AgendaItem) -> Done[uuid.UUID]:
    """Mark the item done; the value is its company."""
    if item.kind is AgendaKind.FOLLOW_UP:
        entry = ActivityInput(ActivityKind.NOTE, Outcome.DONE, Worded(FOLLOW_UP_DONE),
                              next_follow_up_on=None)
        activities.log_activity(ctx, item.account_id, entry)
        return Done(item.account_id, _timeline(item.account_id))
    if item.kind is AgendaKind.TASK:
        account_id = write(ctx, lambda s: writes.set_task(
            s, item.record_id, done=True,
            account_facts=_task_account_facts(s, ctx, item.record_id)))
        return Done(account_id, _timeline(account_id))
    if item.kind is AgendaKind.SERVICE_TASK:
        return service.mark_done(ctx, item.record_id)
    if item.kind is AgendaKind.CARE:
        marked = care.mark(ctx, care.find(ctx, item.record_id.hex))
        return Done(item.account_id, marked.changes)
    raise Refused(DEAL_NOT_DONE)


def reschedule(ctx: Context, item: AgendaItem, day: date) -> Done[uuid.UUID]:
    """Move the item to `day` (today or later); the value is its company."""
    problem = reschedule_problem(day, ctx.today())
    if problem is not None:
        raise Refused(problem)
    if item.kind is AgendaKind.FOLLOW_UP:
        entry = ActivityInput(ActivityKind.NOTE, notes=Worded(FOLLOW_UP_MOVED, item.day),
                              next_follow_up_on=day)
        activities.log_activity(ctx, item.account_id, entry)
        return Done(item.account_id, _timeline(item.account_id))
    if item.kind is AgendaKind.TASK:
        account_id = write(ctx, lambda s: writes.set_task(
            s, item.record_id, due=day,
            account_facts=_task_account_facts(s, ctx, item.record_id)))
        return Done(account_id, _timeline(account_id))
    if item.kind is AgendaKind.DEAL_CLOSE:
        moved = deals.save_deal(ctx, item.account_id, item.record_id,
                                DealEdit({"expected_close": day}))
        return Done(item.account_id, moved.changes)
    if item.kind is AgendaKind.SERVICE_TASK:
        account_id = write(ctx, lambda s: agenda_queries.set_service_due(
            s, viewer(ctx, s), item.record_id, day))
        return Done(account_id, Changes.of({account_id}, ACCOUNT, ACTIVITIES, QUEUE))
    raise Refused(CARE_NOT_MOVED)
