"""Commands on a team's rules for assigning web enquiries: the rules dialog saves them
all at once. One unit of work: on bad input it raises Refused with every problem, one a
line, and nothing is saved. Only the team's lead (for their team) or an admin sets them,
by the server's own rule (crmdesk.domain.scope.may_write), in its words; the server's
push runs the same row check (crmdesk.domain.row_checks), so whatever this accepts the
server accepts. A rep marks themselves away and back (`set_away`): their own row of
the settings, by the server's rule for it too (crmdesk.domain.intake.setting_refusal)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from crmdesk.app._unit import write
from crmdesk.app.changes import ASSIGNMENT, Changes, Done
from crmdesk.app.context import Context
from crmdesk.app.rights import viewer
from crmdesk.domain.intake import Assignment
from crmdesk.domain.words import tr_noop
from crmdesk.store import assignment
from crmdesk.store.assignment import TeamRep
from crmdesk.store.refusals import Refused


@dataclass(frozen=True, slots=True)
class TeamAssignment:
    """What the rules dialog shows: the team's settings and the people rules may name."""

    team_id: uuid.UUID
    settings: Assignment
    reps: list[TeamRep]


def load(ctx: Context, team_id: uuid.UUID) -> TeamAssignment:
    with ctx.store.session() as session:
        return TeamAssignment(team_id, assignment.team_assignment(session, team_id),
                              assignment.team_reps(session, team_id))


def set_assignment(ctx: Context, team_id: uuid.UUID, wanted: Assignment) -> Done[int]:
    """Save the team's assignment settings as the dialog holds them; the value is how
    many rows were written (0: nothing changed, nothing queued for sync)."""
    written = write(ctx, lambda s: assignment.set_assignment(s, viewer(ctx, s), team_id,
                                                             wanted))
    return Done(written, Changes(frozenset(), frozenset({ASSIGNMENT})) if written
                else Changes())


#: The answer to an away day already past.
PAST_DAY = tr_noop("Choose today or a later day (you are back once it has passed).")


def away_until(ctx: Context) -> date | None:
    """The last day the user is away from web enquiries (None: not set; a day past:
    back since)."""
    with ctx.store.session() as session:
        return assignment.away_until(session, ctx.me.team_id, ctx.me.id)


def set_away(ctx: Context, until: date | None) -> Done[int]:
    """Mark the user away from their team's web enquiries up to and including `until`,
    or back (None): the intake gives their leads to others meanwhile. The value is how
    many rows were written (0: it was so already, nothing queued for sync)."""
    if until is not None and until < ctx.today():
        raise Refused(PAST_DAY)
    written = write(ctx, lambda s: assignment.set_away(s, viewer(ctx, s), until))
    return Done(written, Changes(frozenset(), frozenset({ASSIGNMENT})) if written
                else Changes())
