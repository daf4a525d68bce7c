"""The demo workspace's customer service: its most recently paid customers handed to
their team's service users, as the server's hand-off would have (crmdesk.server.handoff,
by the same rules: crmdesk.domain.service), so the service queue and the card's
onboarding line have something to show. Older customers, and a team with no service
user, stay as they are: waiting for a hand-off."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.domain import service as rules
from crmdesk.domain.activity import ActivityKind
from crmdesk.domain.lifecycle import Status
from crmdesk.store.models import Account, Activity, Payment, Role, ServiceTask, User, notes_columns

#: How many of the latest paid customers each service user serves.
PER_PERSON = 12


def hand_off_recent(session: Session, today: date) -> int:
    """Hand the recently paid customers of each team with a service user to them, in
    turn; the tasks due before the last few days are done (a few left overdue). Returns
    how many customers were handed off."""
    first_paid = (select(Payment.account_id, func.min(Payment.received_on).label("day"))
                  .where(Payment.deleted.is_(False)).group_by(Payment.account_id).subquery())
    handed = 0
    people = session.execute(select(User.id, User.display_name, User.team_id).where(
        User.role == Role.SERVICE, User.active.is_(True), User.team_id.is_not(None))
        .order_by(User.username)).all()
    for team_id in dict.fromkeys(team for _, _, team in people):
        team_people = [(uid, name) for uid, name, team in people if team == team_id]
        found = session.execute(
            select(Account, first_paid.c.day).join(first_paid, first_paid.c.account_id
                                                   == Account.id)
            .where(Account.team_id == team_id, Account.status == Status.CONTRACTED,
                   Account.deleted.is_(False), Account.service_owner_id.is_(None),
                   first_paid.c.day <= today)
            .order_by(first_paid.c.day.desc(), Account.id)
            .limit(PER_PERSON * len(team_people))).all()
        last = None
        for n, (account, paid) in enumerate(found):
            # handed off as they were paid, the older ones (paid before the team had a
            # rule) one a day over the last weeks, as `service handoff` would have
            day = max(paid, today - timedelta(days=n))
            chosen = rules.choose_owner(rules.AssignBy.ROUND_ROBIN, None,
                                        [uid for uid, _ in team_people], last)
            assert chosen is not None
            last = chosen
            name = next(n for uid, n in team_people if uid == chosen)
            at = datetime.combine(day, time(9))  # every time from the seed's day
            account.service_owner_id, account.updated_at = chosen, at
            tasks = rules.onboarding_tasks(rules.DEFAULT_CHECKLIST, day)
            place = {"owner_id": account.owner_id, "team_id": account.team_id,
                     "deleted": False, "updated_at": at}
            for task in tasks:
                # done by its due day, but every fifth customer's late one is still open
                done = task.due_on < today - timedelta(days=2) and n % 5 != 0
                # ids from the account: the same seed makes the same workspace
                session.add(ServiceTask(id=uuid.uuid5(account.id, f"onboarding:{task.position}"),
                                        account_id=account.id, assignee_id=chosen,
                                        title=task.title, due_on=task.due_on,
                                        done_on=task.due_on if done else None,
                                        position=task.position, **place))
            session.add(Activity(id=uuid.uuid5(account.id, "handoff-note"),
                                 account_id=account.id, kind=ActivityKind.NOTE,
                                 occurred_at=at, author_id=None,
                                 **notes_columns(rules.handoff_note(name, tasks)),
                                 # the rep's next follow-up stands (the newest entry's is
                                 # the account's, crmdesk.store.writes)
                                 next_follow_up_on=account.next_follow_up_on, **place))
            handed += 1
    session.flush()
    return handed
