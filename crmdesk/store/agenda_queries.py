"""The agenda of one user (crmdesk.domain.agenda): their accounts' follow-up dates, their
open tasks, their open deals' close dates, the onboarding tasks assigned to them and
their care reminders, up to a day; and the two writes only the agenda makes (a task
marked done, a task or an onboarding task moved to another day)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from sqlalchemy import ColumnElement, and_, literal_column, or_, select
from sqlalchemy.orm import Session, aliased

from crmdesk.domain.activity import ActivityKind
from crmdesk.domain.agenda import MOST_DAYS, AgendaItem, AgendaKind, first_line
from crmdesk.domain.calendar import Person
from crmdesk.domain.currencies import format_money
from crmdesk.domain.deals import OPEN_STAGES, STAGE_LABELS
from crmdesk.domain.lifecycle import Status
from crmdesk.domain.local_time import day_start, local
from crmdesk.domain.scope import Viewer, may_write
from crmdesk.domain.words import tr_noop
from crmdesk.store import care_queries as cq
from crmdesk.store import served
from crmdesk.store.calendar_queries import chosen_person
from crmdesk.store.models import Account, Activity, Contact, Opportunity, Role, ServiceTask
from crmdesk.store.queries import UserRef
from crmdesk.store.refusals import NotFound, Refused


def _reach(person: Person | None) -> str:
    """Whom a follow-up is with and how to reach them: "Ann Lee, Buyer · 138 0000 1111"."""
    if person is None:
        return ""
    who = person.name + (f", {person.title}" if person.title else "")
    reach = person.mobile or person.landline or person.email
    return who + (f" · {reach}" if reach else "")


def open_task_terms() -> list[ColumnElement[bool]]:
    """An open task (of kind task, not done, not removed) in the words of the WHERE of
    ix_activities_open_tasks (migration 0030_agenda_speed): literal values, so SQLite
    uses that partial index, a few hundred entries at 100k accounts."""
    return [Activity.kind == literal_column(f"'{ActivityKind.TASK.value}'"),
            Activity.done.is_(False),
            Activity.deleted.is_(False)]


def agenda_items(session: Session, user: UserRef, today: date, until: date) -> list[AgendaItem]:
    """What is on `user`'s agenda up to `until` (overdue items from any earlier day):
    the next follow-ups of the live accounts they own and still pursue, the open tasks
    they logged (or, logged by the rules, of their accounts), the close dates of their
    open deals, the onboarding tasks assigned to them and the care reminders of their
    own accounts. Unsorted: crmdesk.domain.agenda.sections orders them.

    Each kind is one query of the columns shown (plain rows, no ORM objects), along an
    index of its own: the follow-ups with whom each is with joined in (not every
    activity and contact of a few thousand companies read to choose them), the open
    tasks from their partial index (not every activity the user logged)."""
    return [*follow_ups(session, user.id, until), *open_tasks(session, user.id, until),
            *deal_closes(session, user.id, until), *onboarding(session, user.id, until),
            *care_items(session, user, today, until)]


def follow_ups(session: Session, me: uuid.UUID, until: date) -> list[AgendaItem]:
    """The next follow-ups up to `until` of the live accounts `me` owns and still
    pursues, each saying whom to call (crmdesk.store.calendar_queries.chosen_person)."""
    a, p = Account, aliased(Contact)
    rows = session.execute(
        select(a.id, a.name, a.next_follow_up_on, p.name, p.title, p.mobile, p.landline,
               p.email)
        .outerjoin(p, p.id == chosen_person(a.id))
        .where(a.owner_id == me, a.deleted.is_(False), a.next_follow_up_on <= until,
               a.status != Status.LOST))
    return [AgendaItem(AgendaKind.FOLLOW_UP, account_id, account_id, name,
                       _reach(None if who is None
                              else Person(who, title, mobile, landline, email)), day)
            for account_id, name, day, who, title, mobile, landline, email in rows
            if day is not None]


def open_tasks(session: Session, me: uuid.UUID, until: date) -> list[AgendaItem]:
    """The open tasks `me` logged (or, logged by the rules with no author, of their
    accounts) due by `until`: a task is due on its follow-up date, or (none chosen)
    when it was set down, at that time."""
    a, t = Account, Activity
    rows = session.execute(
        select(t.id, t.account_id, a.name, t.notes, t.next_follow_up_on, t.occurred_at)
        .join(a, a.id == t.account_id)
        .where(or_(t.author_id == me, and_(t.author_id.is_(None), t.owner_id == me)),
               *open_task_terms(), a.deleted.is_(False),
               or_(t.next_follow_up_on <= until,
                   and_(t.next_follow_up_on.is_(None),
                        t.occurred_at < day_start(until + timedelta(days=1))))))
    items = []
    for task_id, account_id, name, notes, follow_up, occurred in rows:
        seen = local(occurred)
        items.append(AgendaItem(
            AgendaKind.TASK, task_id, account_id, name, first_line(notes),
            follow_up or seen.date(), None if follow_up is not None else seen.time()))
    return items


def deal_closes(session: Session, me: uuid.UUID, until: date) -> list[AgendaItem]:
    """The expected close dates up to `until` of `me`'s open deals."""
    a, o = Account, Opportunity
    rows = session.execute(
        select(o.id, o.account_id, a.name, o.name, o.amount, o.currency, o.stage,
               o.expected_close)
        .join(a, a.id == o.account_id)
        .where(o.owner_id == me, o.deleted.is_(False), o.stage.in_(OPEN_STAGES),
               o.expected_close <= until, a.deleted.is_(False)))
    items = []
    for deal_id, account_id, company, deal, amount, currency, stage, close in rows:
        parts = [deal, format_money(amount, currency) if amount is not None else "",
                 STAGE_LABELS[stage]]
        if close is not None:  # never: the query asks for a close date
            items.append(AgendaItem(AgendaKind.DEAL_CLOSE, deal_id, account_id, company,
                                    " · ".join(p for p in parts if p), close,
                                    stage=stage))
    return items


def onboarding(session: Session, me: uuid.UUID, until: date) -> list[AgendaItem]:
    """The onboarding tasks assigned to `me`, not done, due by `until`."""
    a, s = Account, ServiceTask
    rows = session.execute(
        select(s.id, s.account_id, a.name, s.title, s.due_on)
        .join(a, a.id == s.account_id)
        .where(s.assignee_id == me, s.done_on.is_(None), s.deleted.is_(False),
               s.due_on <= until, a.deleted.is_(False)))
    return [AgendaItem(AgendaKind.SERVICE_TASK, task_id, account_id, company, title, due)
            for task_id, account_id, company, title, due in rows]


def care_items(session: Session, user: UserRef, today: date, until: date
               ) -> list[AgendaItem]:
    """The care reminders of `user`'s own accounts due by `until` (crmdesk.store
    .care_queries): on its occasion when that is on the agenda, else on the day it is
    due. A service user owns no accounts: none."""
    if user.role is Role.SERVICE:
        return []
    ahead = max(0, min((until - today).days, MOST_DAYS))
    items = []
    # a lead's and an admin's own accounts, as a rep's (theirs anyway): the day is theirs
    for row in cq.reminders(session, user, today, ahead=ahead, owner=user.id):
        occurs, due = row.reminder.occurs_on, row.reminder.due_on
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
        raise NotFound(tr_noop("This task no longer exists; nothing was saved."))
    scope = (task.owner_id, task.team_id)
    values = {"due_on": due_on}
    refusal = may_write(me, scope, scope, in_service=served.in_service(
        session, "service_tasks", task, values) if me.role == "service" else None)
    if refusal is not None:
        raise Refused(refusal)
    if task.due_on != due_on:
        task.due_on = due_on
    return task.account_id

