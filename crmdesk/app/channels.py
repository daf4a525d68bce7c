"""Commands on channels' monthly costs, which make channel ROI measurable: an admin
enters them on the laptop (or on the server, `crmdesk-server channel cost`); anyone else
is refused in the server's words before anything is queued."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date

from sqlalchemy.orm import Session

from crmdesk.app._unit import write
from crmdesk.app.changes import Changes, Done
from crmdesk.app.context import Context
from crmdesk.domain.scope import Viewer, may_write
from crmdesk.store import channel_costs
from crmdesk.store.models import Role
from crmdesk.store.refusals import Refused

#: What a cost change touches: no account, the ROI figures only.
COSTS = "channel_costs"


def refusal(ctx: Context) -> str | None:
    """Why the user acting may not change channel costs (a shared list: admins only), in
    the server's words, or None (workspace-wide work with no user acting, too)."""
    if ctx.user is None:
        return None
    me = ctx.user
    shared = (None, None)  # a shared list's rows have no owner and no team
    return may_write(Viewer(me.id, Role(me.role).value, me.team_id), shared, shared)


def set_channel_cost(ctx: Context, channel_id: uuid.UUID, month: date, amount: int,
                     currency: str = "CNY") -> Done[uuid.UUID]:
    """Set (or change) a channel's cost for a month; the value is the cost row's id."""
    row_id = set_channel_costs(ctx, {(channel_id, month): amount}, currency).value
    return Done(row_id[0], Changes(frozenset(), frozenset({COSTS})))


def set_channel_costs(ctx: Context, costs: Mapping[tuple[uuid.UUID, date], int],
                      currency: str = "CNY") -> Done[list[uuid.UUID]]:
    """The cost dialog saved: every (channel, month) cost given, all or none."""
    refused = refusal(ctx)
    if refused is not None:
        raise Refused(refused)

    def change(session: Session) -> list[uuid.UUID]:
        return [channel_costs.set_cost(session, channel_id, month, amount, currency)
                for (channel_id, month), amount in costs.items()]

    ids = write(ctx, change)
    return Done(ids, Changes(frozenset(), frozenset({COSTS})) if ids else Changes())
