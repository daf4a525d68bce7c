"""Customer service on the laptop: a service user's task queue, a card's onboarding line,
marking a task done (and undoing it), and a team's hand-off rule as its lead edits it.
The rules are crmdesk.domain.service; who may change what is crmdesk.domain.scope, the
very rule the server runs on a push."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from crmdesk.domain import service as rules
from crmdesk.domain.row_checks import HANDOFF_RULES
from crmdesk.domain.scope import Viewer, may_write
from crmdesk.domain.words import lines, tr_noop
from crmdesk.store import row_facts, served
from crmdesk.store.models import Account, HandoffRule, Role, ServiceTask, Team, User
from crmdesk.store.refusals import NotFound, Refused


class TaskFilter(StrEnum):
    """Which of a service user's tasks the queue lists."""

    TO_DO = "to_do"      # not done yet, overdue first
    OVERDUE = "overdue"
    DONE = "done"
    ALL = "all"


FILTER_LABELS: dict[TaskFilter, str] = {
    TaskFilter.TO_DO: tr_noop("To do"),
    TaskFilter.OVERDUE: tr_noop("Overdue"),
    TaskFilter.DONE: tr_noop("Done"),
    TaskFilter.ALL: tr_noop("All my tasks"),
}


@dataclass(frozen=True, slots=True)
class TaskRow:
    """One onboarding task as the service queue lists it."""

    task_id: uuid.UUID
    account_id: uuid.UUID
    account: str
    title: str
    due_on: date
    done_on: date | None
    state: rules.TaskState


def task_queue(session: Session, user_id: uuid.UUID, today: date,
               show: TaskFilter = TaskFilter.TO_DO) -> list[TaskRow]:
    """The live onboarding tasks assigned to `user_id` at live companies, by due date
    (done ones: the latest done first)."""
    t = ServiceTask
    query = (select(t.id, t.account_id, Account.name, t.title, t.due_on, t.done_on)
             .join(Account, Account.id == t.account_id)
             .where(t.assignee_id == user_id, t.deleted.is_(False),
                    Account.deleted.is_(False)))
    if show is TaskFilter.TO_DO:
        query = query.where(t.done_on.is_(None))
    elif show is TaskFilter.OVERDUE:
        query = query.where(t.done_on.is_(None), t.due_on < today)
    elif show is TaskFilter.DONE:
        query = query.where(t.done_on.is_not(None))
    if show is TaskFilter.DONE:
        query = query.order_by(t.done_on.desc(), t.due_on, t.position, t.id)
    else:
        query = query.order_by(t.due_on, Account.name, t.position, t.id)
    return [TaskRow(task_id, account_id, name, title, due_on, done_on,
                    rules.task_state(due_on, done_on, today))
            for task_id, account_id, name, title, due_on, done_on in session.execute(query)]


@dataclass(frozen=True, slots=True)
class Onboarding:
    """A company's service: who serves it and how far its onboarding is."""

    service_owner: str | None
    done: int
    total: int

    @property
    def text(self) -> str | None:
        """The card's line ("Onboarding: 1 of 3 done · service: Dana Levi"), or None."""
        return rules.progress_text(self.done, self.total, self.service_owner)


def onboarding(session: Session, account_id: uuid.UUID) -> Onboarding:
    """Who serves the company and how many of its onboarding tasks are done."""
    owner = session.scalar(select(User.display_name).join(
        Account, Account.service_owner_id == User.id).where(Account.id == account_id))
    done, total = session.execute(
        select(func.count(case((ServiceTask.done_on.is_not(None), 1))), func.count())
        .where(ServiceTask.account_id == account_id, ServiceTask.deleted.is_(False))).one()
    return Onboarding(owner, int(done or 0), int(total or 0))


def set_done(session: Session, me: Viewer, task_id: uuid.UUID, done_on: date | None
             ) -> uuid.UUID:
    """Mark the task done on `done_on` (None: not done, an undo), as `me` (its assignee,
    or who may change the company's records); the value is the task's company."""
    task = session.get(ServiceTask, task_id)
    if task is None or task.deleted:
        raise NotFound(tr_noop("This task no longer exists; nothing was saved."))
    scope = (task.owner_id, task.team_id)
    values = {"done_on": done_on}
    refusal = may_write(me, scope, scope, in_service=served.in_service(
        session, "service_tasks", task, values) if me.role == "service" else None)
    if refusal is not None:
        raise Refused(refusal)
    if task.done_on != done_on:
        task.done_on = done_on
    return task.account_id


@dataclass(frozen=True, slots=True)
class RuleView:
    """A team's hand-off rule as the dialog shows it (`stored`: the team set one)."""

    team_id: uuid.UUID
    assign: rules.AssignBy
    service_user_id: uuid.UUID | None
    steps: tuple[rules.Step, ...]
    stored: bool


def handoff_rule(session: Session, team_id: uuid.UUID) -> RuleView:
    """The team's hand-off rule, or the defaults."""
    row = session.get(HandoffRule, rules.handoff_rule_id(team_id))
    if row is None or row.deleted:
        return RuleView(team_id, rules.AssignBy.ROUND_ROBIN, None, rules.DEFAULT_CHECKLIST,
                        False)
    return RuleView(team_id, rules.AssignBy(row.assign), row.service_user_id,
                    rules.steps_of(row.checklist) or rules.DEFAULT_CHECKLIST, True)


@dataclass(frozen=True, slots=True)
class ServiceUser:
    user_id: uuid.UUID
    name: str


def service_users(session: Session, team_id: uuid.UUID) -> list[ServiceUser]:
    """The team's active service users, in the round robin's order."""
    return [ServiceUser(user_id, name) for user_id, name in session.execute(
        select(User.id, User.display_name).where(
            User.team_id == team_id, User.role == Role.SERVICE, User.active.is_(True),
            User.deleted.is_(False)).order_by(User.username))]


def set_handoff_rule(session: Session, me: Viewer, team_id: uuid.UUID,
                     assign: rules.AssignBy, service_user_id: uuid.UUID | None,
                     steps: Sequence[rules.Step]) -> uuid.UUID:
    """Write the team's hand-off rule, as its lead or an admin (the server's rule, in its
    words); refused with every problem, one a line, and nothing saved."""
    row_id = rules.handoff_rule_id(team_id)
    row = session.get(HandoffRule, row_id)
    refusal = may_write(me, None if row is None else (row.owner_id, row.team_id),
                        (None, team_id), leads_only=True)
    if refusal is not None:
        raise Refused(refusal)
    named = service_user_id if assign is rules.AssignBy.NAMED else None
    checklist = rules.stored_steps(steps)
    values = {"id": row_id, "owner_id": None, "team_id": team_id, "deleted": False,
              "assign": assign, "service_user_id": named, "checklist": checklist}
    problems = row_facts.problems(session, HANDOFF_RULES, values)
    if problems:
        raise Refused(lines(problems))
    if row is None:
        row = HandoffRule(id=row_id, owner_id=None, team_id=team_id)
        session.add(row)
    row.deleted, row.assign, row.service_user_id = False, assign, named
    if row.checklist != checklist:
        row.checklist = checklist
    session.flush()
    return row_id


@dataclass(frozen=True, slots=True)
class RuleSetup:
    """What the hand-off dialog shows for a team: its rule, its service users, and the
    teams an administrator may choose among (by name)."""

    rule: RuleView
    people: list[ServiceUser]
    teams: list[tuple[uuid.UUID, str]]


def rule_setup(session: Session, team_id: uuid.UUID | None) -> RuleSetup | None:
    """The dialog's data for `team_id` (None: the first team, for an administrator of
    none); None when there is no team at all."""
    teams = [(tid, name) for tid, name in session.execute(
        select(Team.id, Team.name).where(Team.deleted.is_(False)).order_by(Team.name))]
    if team_id is None:
        if not teams:
            return None
        team_id = teams[0][0]
    return RuleSetup(handoff_rule(session, team_id), service_users(session, team_id), teams)
