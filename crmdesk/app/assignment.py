"""Commands on a team's rules for assigning web enquiries: the rules dialog saves them
all at once. One unit of work: on bad input it raises Refused with every problem, one a
line, and nothing is saved. Only the team's lead (for their team) or an admin sets them,
by the server's own rule (crmdesk.domain.scope.may_write), in its words; the server's
push runs the same row check (crmdesk.domain.row_checks), so whatever this accepts the
server accepts."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from crmdesk.app._unit import write
from crmdesk.app.changes import ASSIGNMENT, Changes, Done
from crmdesk.app.context import Context
from crmdesk.app.rights import viewer
from crmdesk.domain.intake import Assignment
from crmdesk.store import assignment
from crmdesk.store.assignment import TeamRep


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
