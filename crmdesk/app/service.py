"""Commands of customer service: mark an onboarding task done (and undo it), and set a
team's hand-off rule and onboarding checklist (its lead or an admin).

Each is one unit of work, checked on the laptop by the rule the server runs on a push
(crmdesk.domain.scope), so what is refused here is refused in the server's words. The
hand-off itself runs on the server (crmdesk.server.handoff)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from crmdesk.app._unit import write
from crmdesk.app.changes import ACCOUNT, ACTIVITIES, QUEUE, Changes, Done
from crmdesk.app.context import Context
from crmdesk.app.rights import viewer
from crmdesk.domain.service import AssignBy, Step
from crmdesk.domain.words import tr_noop
from crmdesk.store import service_queries
from crmdesk.store.models import Role
from crmdesk.store.refusals import Refused


def mark_done(ctx: Context, task_id: uuid.UUID, done: bool = True,
              on: date | None = None) -> Done[uuid.UUID]:
    """Mark the task done today, or `on` the day given (an undo gives a task back the
    day it was done); `done` False: not done after all. The value is its company. Syncs
    like any edit: offline it waits in the outbox."""
    day = (on or ctx.today()) if done else None
    account_id = write(ctx, lambda s: service_queries.set_done(
        s, viewer(ctx, s), task_id, day))
    # the card's onboarding line and the service queue show it
    return Done(account_id, Changes.of({account_id}, ACCOUNT, ACTIVITIES, QUEUE))


def set_handoff_rule(ctx: Context, assign: AssignBy, service_user_id: uuid.UUID | None,
                     steps: Sequence[Step], team_id: uuid.UUID | None = None
                     ) -> Done[uuid.UUID]:
    """A lead sets their team's hand-off rule and checklist (an administrator may name
    another team); refused with every problem, one a line, and nothing saved."""
    me = ctx.me
    team = team_id if team_id is not None and me.role is Role.ADMIN else me.team_id
    if team is None:
        raise Refused(tr_noop("A hand-off rule belongs to a team; choose one."))
    row_id = write(ctx, lambda s: service_queries.set_handoff_rule(
        s, viewer(ctx, s), team, assign, service_user_id, steps))
    return Done(row_id, Changes())
