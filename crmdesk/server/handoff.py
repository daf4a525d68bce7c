"""The hand-off to customer service, run by the server (the one place always on).

When a contracted customer's first payment arrives (a push brings it: `after_push`),
the account gets a service owner by its team's rule (crmdesk.domain.service: in turn
among the team's active service users, or one named), its onboarding tasks are made
from the team's checklist with their due dates, and a note on its timeline tells the
rep. The rep keeps the account (its owner is unchanged) for further sales, and the sale
stays credited to the rep by the payment. No service user in the team: the account
waits, and `hand_off_waiting` hands it off once there is one: on the schedule inside
`crmdesk-server serve` (crmdesk.server.pool_schedule) or at once with
`crmdesk-server service handoff`.

The rule's writes go to the change log like any server edit (crmdesk.server.rule_writes):
the service owner's field with the server's stamp, the new tasks and note as new rows;
and, for the service user who now serves the account (and the one who no longer does,
`reassign`), an entry of their own for every row of it, so their laptop receives the
account whole, or loses it, at its next pull.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Select, select, text
from sqlalchemy.orm import Session

from crmdesk.domain import service as rules
from crmdesk.domain.activity import ActivityKind
from crmdesk.domain.lifecycle import Status
from crmdesk.domain.words import Worded, tr_noop
from crmdesk.hlc import Stamp
from crmdesk.protocol import Op
from crmdesk.server.db import NO_USER, ServerError
from crmdesk.server.rule_writes import Changed, family, log_changed, log_new, server_stamp
from crmdesk.server.schema import ServerSetting
from crmdesk.server.sync import lock_change_log, record_change
from crmdesk.store.models import (
    Account,
    Activity,
    Contract,
    HandoffRule,
    Payment,
    Role,
    ServiceTask,
    Team,
    User,
    notes_columns,
    utcnow,
)

#: PostgreSQL advisory lock key of a team's turn (two pushes handing off at once take
#: turns there, so the round robin never gives both customers to one person).
TURN_LOCK = 4250
_TURN_LOCK = text("SELECT pg_advisory_xact_lock(:first, hashtext(:key))")


class HandoffRefused(ServerError):
    """An administrator's hand-off command cannot be done as asked; nothing changed."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the hand-off did with one account: `served_by` (a name) and its tasks, or
    why it waits."""

    account: str
    served_by: str | None
    tasks: tuple[rules.Task, ...] = ()
    waits: str | None = None

    def line(self) -> str:
        if self.served_by is None:
            return f"{self.account}: waits ({self.waits})."
        if not self.tasks:  # moved to another service user, with its open tasks
            return f"{self.account}: handed to {self.served_by}."
        first = min((t.due_on for t in self.tasks), default=None)
        due = f", the first due {first.isoformat()}" if first is not None else ""
        return (f"{self.account}: handed to {self.served_by}; {len(self.tasks)} onboarding "
                f"task(s){due}.")


def after_push(session: Session, ops: Sequence[Op], now_ms: int,
               user_id: uuid.UUID | None) -> list[Outcome]:
    """Hand off each account whose first payment (or contract) this push brought, now
    contracted and with no service owner yet: the server's hook after a push applied
    (crmdesk.server.sync). Its accounts are locked by the push already."""
    accounts: set[uuid.UUID] = set()
    for model in (Payment, Contract):
        wanted = [op.row_id for op in ops if op.entity == model.__tablename__]
        if wanted:
            accounts.update(session.scalars(select(model.account_id).where(
                model.id.in_(wanted))))
    if not accounts:
        return []
    today = datetime.fromtimestamp(now_ms / 1000, UTC).date()
    out = []
    for account_id in sorted(accounts):
        account = session.get(Account, account_id)
        if account is not None and due_for_handoff(account):
            out.append(hand_off(session, account, today, user_id=user_id))
    return out


def due_for_handoff(account: Account) -> bool:
    """Is `account` a live contracted customer (signed and paid: its derived status)
    with no service owner yet?"""
    return (not account.deleted and account.status is Status.CONTRACTED
            and account.service_owner_id is None)


def team_rule(session: Session, team_id: uuid.UUID) -> tuple[rules.AssignBy, uuid.UUID | None,
                                                             tuple[rules.Step, ...]]:
    """The team's rule: how the owner is chosen, who is named, the checklist (a team with
    no rule, or an empty checklist: the defaults)."""
    row = session.get(HandoffRule, rules.handoff_rule_id(team_id))
    if row is None or row.deleted:
        return rules.AssignBy.ROUND_ROBIN, None, rules.DEFAULT_CHECKLIST
    steps = rules.steps_of(row.checklist) or rules.DEFAULT_CHECKLIST
    return rules.AssignBy(row.assign), row.service_user_id, steps


def service_users(session: Session, team_id: uuid.UUID) -> list[User]:
    """The team's active service users, in the round robin's order (by user name)."""
    return list(session.scalars(select(User).where(
        User.team_id == team_id, User.role == Role.SERVICE, User.active.is_(True),
        User.deleted.is_(False)).order_by(User.username)))


def _turn_key(team_id: uuid.UUID) -> str:
    return f"service_turn:{team_id.hex}"


def hand_off(session: Session, account: Account, today: date, *,
             stamp: Stamp | None = None, user_id: uuid.UUID | None = None) -> Outcome:
    """Give `account` a service owner by its team's rule, make its onboarding tasks and
    the timeline's note, and log them all (or, with no one to serve it, change nothing
    and say why it waits)."""
    if account.team_id is None:
        return Outcome(account.name, None, waits="it belongs to no team")
    team_id = account.team_id
    if session.get_bind().dialect.name == "postgresql":
        session.execute(_TURN_LOCK, {"first": TURN_LOCK, "key": team_id.hex})
    assign, named, steps = team_rule(session, team_id)
    people = service_users(session, team_id)
    turn = session.get(ServerSetting, _turn_key(team_id))
    last = uuid.UUID(turn.value) if turn is not None else None
    chosen = rules.choose_owner(assign, named, [p.id for p in people], last)
    if chosen is None:
        team = session.get(Team, team_id)
        name = team.name if team is not None else "its team"
        why = (f"the service user named by {name}'s rule is not an active service user"
               if assign is rules.AssignBy.NAMED and people else
               f"team {name} has no active service user")
        return Outcome(account.name, None, waits=why)
    person = next(p for p in people if p.id == chosen)
    if assign is rules.AssignBy.ROUND_ROBIN:
        session.merge(ServerSetting(key=_turn_key(team_id), value=chosen.hex))
    tasks = rules.onboarding_tasks(steps, today)
    _serve(session, account, person, tasks, stamp or server_stamp(session), user_id)
    return Outcome(account.name, person.display_name, tuple(tasks))


def _serve(session: Session, account: Account, person: User, tasks: Sequence[rules.Task],
           stamp: Stamp, user_id: uuid.UUID | None) -> None:
    before = account.service_owner_id
    account.service_owner_id = person.id
    log_changed(session, [Changed(account, (account.owner_id, account.team_id),
                                  ("service_owner_id",))], stamp, user_id)
    # the rows the account had: the new service owner's laptop receives them whole (and
    # the one before loses them), by entries of their own
    announce(session, [account], [p for p in (before, person.id) if p is not None], user_id)
    place = {"owner_id": account.owner_id, "team_id": account.team_id}
    made: list[object] = [ServiceTask(account_id=account.id, assignee_id=person.id,
                                      title=task.title, due_on=task.due_on,
                                      position=task.position, deleted=False, **place)
                          for task in tasks]
    # the rep's next follow-up stands: the newest entry's is the account's (a note with
    # none would have the rep's next note wipe it, crmdesk.store.writes)
    made.append(Activity(account_id=account.id, kind=ActivityKind.NOTE,
                         occurred_at=utcnow(), author_id=None, deleted=False,
                         next_follow_up_on=account.next_follow_up_on,
                         **notes_columns(rules.handoff_note(person.display_name, tasks)),
                         **place))
    log_new(session, made, user_id)


def open_tasks_to(session: Session, account_id: uuid.UUID, person: uuid.UUID
                  ) -> list[Changed]:
    """Give the account's open onboarding tasks to its new service owner `person` (who
    alone marks them done); the changes, for the caller to log."""
    moved = []
    for task in session.scalars(select(ServiceTask).where(
            ServiceTask.account_id == account_id, ServiceTask.done_on.is_(None),
            ServiceTask.deleted.is_(False), ServiceTask.assignee_id != person)):
        task.assignee_id = person
        moved.append(Changed(task, (task.owner_id, task.team_id), ("assignee_id",)))
    return moved


def announce(session: Session, accounts: Sequence[Account], people: Iterable[uuid.UUID],
             user_id: uuid.UUID | None) -> None:
    """For each of `people` whose service scope gained or lost `accounts`, an entry of
    their own for every row of those accounts (the accounts first): whole or a removal,
    by their scope at their pull."""
    session.flush()
    rows: list[tuple[str, object]] = [("accounts", a) for a in accounts]
    rows += [(kin.__tablename__, kin) for kin in family(session, [a.id for a in accounts])]
    for person in people:
        for entity, row in rows:
            record_change(session, entity, row, (row.owner_id, row.team_id),  # type: ignore[attr-defined]
                          user_id, audience=person)


def _waiting(teams: Collection[uuid.UUID] | None = None) -> Select[Any]:
    """The contracted, paid customers without a service owner (of `teams`)."""
    query = select(Account).where(
        Account.deleted.is_(False), Account.status == Status.CONTRACTED,
        Account.service_owner_id.is_(None))
    return query if teams is None else query.where(Account.team_id.in_(list(teams)))


def served_teams(session: Session) -> set[uuid.UUID]:
    """The teams with a customer waiting whose rule now finds someone to serve it (a
    service user to take turns, or the one it names, active): those `hand_off_waiting`
    would hand off. The schedule asks first, so a turn with none takes no lock."""
    teams = {team for team in session.scalars(
        _waiting().with_only_columns(Account.team_id).distinct()) if team is not None}
    out: set[uuid.UUID] = set()
    for team_id in teams:
        assign, named, _steps = team_rule(session, team_id)
        people = [p.id for p in service_users(session, team_id)]
        if rules.choose_owner(assign, named, people, None) is not None:
            out.add(team_id)
    return out


def hand_off_waiting(session: Session, today: date,
                     teams: Collection[uuid.UUID] | None = None) -> list[Outcome]:
    """Hand off every contracted, paid customer still without a service owner (paid
    before its team had a service user, or before the rule existed): the administrator's
    one-shot command. Takes the change log to itself, as a book move does."""
    lock_change_log(session, exclusive=True)
    waiting = session.scalars(_waiting(teams).order_by(Account.name, Account.id)
                              .with_for_update())
    stamp = server_stamp(session)
    return [hand_off(session, account, today, stamp=stamp) for account in list(waiting)]


def reassign(session: Session, leaving: str, to: str | None) -> list[Outcome]:
    """Give the customers `leaving` serves to the service user `to`, or by each team's
    rule among its other active service users; their open onboarding tasks go along.
    The old laptop loses the accounts and the new one receives them whole."""
    lock_change_log(session, exclusive=True)
    old = session.scalars(select(User).where(User.username == leaving)).first()
    if old is None:
        raise HandoffRefused(Worded(NO_USER, leaving))
    target = None
    if to is not None:
        target = session.scalars(select(User).where(User.username == to)).first()
        if target is None or target.role is not Role.SERVICE or not target.active:
            raise HandoffRefused(Worded(tr_noop("“{0}” is not an active service user."), to))
        if target.id == old.id:
            raise HandoffRefused(Worded(tr_noop("Choose someone else to serve these "
                                                "customers.")))
    stamp = server_stamp(session)
    out = []
    for account in list(session.scalars(select(Account).where(
            Account.service_owner_id == old.id).order_by(Account.name).with_for_update())):
        person = target
        if person is None:
            others = [p for p in service_users(session, account.team_id) if p.id != old.id] \
                if account.team_id is not None else []
            assign, named, _steps = (team_rule(session, account.team_id)
                                     if account.team_id is not None else
                                     (rules.AssignBy.ROUND_ROBIN, None, ()))
            turn = None if account.team_id is None else session.get(
                ServerSetting, _turn_key(account.team_id))
            chosen = rules.choose_owner(assign, named, [p.id for p in others],
                                        uuid.UUID(turn.value) if turn is not None else None)
            if chosen is None:
                out.append(Outcome(account.name, None, waits="no other active service "
                                   "user in its team; name one with --to"))
                continue
            person = next(p for p in others if p.id == chosen)
            if assign is rules.AssignBy.ROUND_ROBIN and account.team_id is not None:
                session.merge(ServerSetting(key=_turn_key(account.team_id), value=chosen.hex))
        account.service_owner_id = person.id
        log_changed(session, [Changed(account, (account.owner_id, account.team_id),
                                      ("service_owner_id",)),
                              *open_tasks_to(session, account.id, person.id)], stamp)
        announce(session, [account], [old.id, person.id], None)
        out.append(Outcome(account.name, person.display_name))
    return out
