"""The agenda of one user (crmdesk.domain.agenda): their accounts' follow-up dates, their
open tasks, their open deals' close dates, the onboarding tasks assigned to them and
their care reminders, up to a day; and the two writes only the agenda makes (a task
marked done, a task or an onboarding task moved to another day)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from crmdesk.domain.activity import ActivityKind
from crmdesk.domain.agenda import MOST_DAYS, AgendaItem, AgendaKind, first_line
from crmdesk.domain.calendar import Person
from crmdesk.domain.currencies import format_money
from crmdesk.domain.deals import OPEN_STAGES, STAGE_LABELS
from crmdesk.domain.lifecycle import Status
from crmdesk.domain.local_time import day_start, local
from crmdesk.domain.scope import Viewer, may_write
from crmdesk.store import care_queries as cq
from crmdesk.store import served
from crmdesk.store.calendar_queries import item_people
from crmdesk.store.models import Account, Activity, Opportunity, Role, ServiceTask
from crmdesk.store.queries import UserRef
from crmdesk.store.refusals import NotFound, Refused


def _reach(person: Person | None) -> str:
    """Whom a follow-up is with and how to reach them: "Ann Lee, Buyer · 138 0000 1111"."""
    if person is None:
        return ""
    who = person.name + (f", {person.title}" if person.title else "")
    reach = person.mobile or person.landline or person.email
    return who + (f" · {reach}" if reach else "")


def agenda_items(session: Session, user: UserRef, today: date, until: date) -> list[AgendaItem]:
    """What is on `user`'s agenda up to `until` (overdue items from any earlier day):
    the next follow-ups of the live accounts they own and still pursue, the open tasks
    they logged (or, logged by the rules, of their accounts), the close dates of their
    open deals, the onboarding tasks assigned to them and the care reminders of their
    own accounts. Unsorted: crmdesk.domain.agenda.sections orders them."""
    me = user.id
    a, t, o, s = Account, Activity, Opportunity, ServiceTask
    items: list[AgendaItem] = []

    follow = session.execute(
        select(a.id, a.name, a.next_follow_up_on).where(
            a.owner_id == me, a.deleted.is_(False), a.next_follow_up_on <= until,
            a.status != Status.LOST)).all()
    people = item_people(session, {row[0] for row in follow})
    items += [AgendaItem(AgendaKind.FOLLOW_UP, account_id, account_id, name,
                         _reach(people.get(account_id)), day)
              for account_id, name, day in follow if day is not None]

    # a task is due on its follow-up date, or (none chosen) when it was set down
    tasks = session.execute(
        select(t.id, t.account_id, a.name, t.notes, t.next_follow_up_on, t.occurred_at)
        .join(a, a.id == t.account_id)
        .where(or_(t.author_id == me, and_(t.author_id.is_(None), t.owner_id == me)),
               t.kind == ActivityKind.TASK, t.done.is_(False), t.deleted.is_(False),
               a.deleted.is_(False),
               or_(t.next_follow_up_on <= until,
                   and_(t.next_follow_up_on.is_(None),
                        t.occurred_at < day_start(until + timedelta(days=1)))))).all()
    for task_id, account_id, name, notes, follow_up, occurred in tasks:
        seen = local(occurred)
        items.append(AgendaItem(
            AgendaKind.TASK, task_id, account_id, name, first_line(notes),
            follow_up or seen.date(), None if follow_up is not None else seen.time()))

    deals = session.execute(
        select(o.id, o.account_id, a.name, o.name, o.amount, o.currency, o.stage,
               o.expected_close)
        .join(a, a.id == o.account_id)
        .where(o.owner_id == me, o.deleted.is_(False), o.stage.in_(OPEN_STAGES),
               o.expected_close <= until, a.deleted.is_(False))).all()
    for deal_id, account_id, company, deal, amount, currency, stage, close in deals:
        parts = [deal, format_money(amount, currency) if amount is not None else "",
                 STAGE_LABELS[stage]]
        if close is not None:  # never: the query asks for a close date
            items.append(AgendaItem(AgendaKind.DEAL_CLOSE, deal_id, account_id, company,
                                    " · ".join(p for p in parts if p), close,
                                    stage=stage))

    onboarding = session.execute(
        select(s.id, s.account_id, a.name, s.title, s.due_on)
        .join(a, a.id == s.account_id)
        .where(s.assignee_id == me, s.done_on.is_(None), s.deleted.is_(False),
               s.due_on <= until, a.deleted.is_(False))).all()
    items += [AgendaItem(AgendaKind.SERVICE_TASK, task_id, account_id, company, title, due)
              for task_id, account_id, company, title, due in onboarding]

    if user.role is not Role.SERVICE:  # a service user owns no accounts
        ahead = max(0, min((until - today).days, MOST_DAYS))
        # a lead's and an admin's own accounts, as a rep's: the day is theirs
        owner = me if user.role in (Role.LEAD, Role.ADMIN) else None
        for row in cq.reminders(session, user, today, ahead=ahead, owner=owner):
            occurs, due = row.reminder.occurs_on, row.reminder.due_on
            # on its occasion when that is on the agenda, else on the day it is due
            day = occurs if occurs <= until else max(due, today)
            items.append(AgendaItem(AgendaKind.CARE, row.id, row.account_id, row.company,
                                    row.text, day, reminder=row.reminder))
    return items


# ---- the agenda's writes ---------------------------------------------------------------

def set_service_due(session: Session, me: Viewer, task_id: uuid.UUID, due_on: date
                    ) -> uuid.UUID:
    """Move an onboarding task to `due_on`, as `me` (who may change the company's
    records: the server lets a service user mark their task done, not move it); the
    value is the task's company."""
    task = session.get(ServiceTask, task_id)
    if task is None or task.deleted:
        raise NotFound("This task no longer exists; nothing was saved.")
    scope = (task.owner_id, task.team_id)
    values = {"due_on": due_on}
    refusal = may_write(me, scope, scope, in_service=served.in_service(
        session, "service_tasks", task, values) if me.role == "service" else None)
    if refusal is not None:
        raise Refused(refusal)
    if task.due_on != due_on:
        task.due_on = due_on
    return task.account_id

