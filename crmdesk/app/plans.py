"""Commands on sales plans (targets): the plans editor saves a whole grid at once.

One unit of work: on bad input it raises Refused with every problem, one a line, and
nothing is saved. Only the team's lead (for their team) or an admin (any team) sets
targets, by the server's own rule (crmdesk.domain.scope.may_write), in its words.
"""

from __future__ import annotations

from collections.abc import Sequence

from crmdesk.app._unit import write
from crmdesk.app.changes import PLANS, Changes, Done
from crmdesk.app.context import Context
from crmdesk.app.rights import viewer
from crmdesk.store import plan_writes
from crmdesk.store.plan_writes import PlanEntry


def set_plans(ctx: Context, entries: Sequence[PlanEntry]) -> Done[int]:
    """Save the plans editor's cells: those whose target changed are written (an empty
    or zero cell removes its target), all or none; the value is how many rows were
    written (0: nothing changed, nothing queued for sync)."""
    written = write(ctx, lambda s: plan_writes.set_plans(s, viewer(ctx, s), entries))
    return Done(written, Changes(frozenset(), frozenset({PLANS})) if written else Changes())
