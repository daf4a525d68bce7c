"""Commands on the team's public pool: its rules (a lead's or an admin's), and what the
laptop shows of them. Claiming an account is crmdesk.app.accounts.claim."""

from __future__ import annotations

import uuid

from crmdesk.app._unit import write
from crmdesk.app.changes import ACCOUNT, QUEUE, Changes, Done
from crmdesk.app.context import Context
from crmdesk.domain.pool import PoolRules
from crmdesk.store import pool_queries, pool_writes
from crmdesk.store.models import Role


def team_rules(ctx: Context, team_id: uuid.UUID | None = None) -> PoolRules:
    """The pool rules of the user's team (an admin may name another)."""
    me = ctx.me
    team = team_id if team_id is not None and me.role is Role.ADMIN else me.team_id
    with ctx.store.session() as session:
        return pool_queries.rules_for(session, team)


def set_rules(ctx: Context, rules: PoolRules, team_id: uuid.UUID | None = None
              ) -> Done[uuid.UUID]:
    """A lead sets their team's pool rules (an admin may name another team); the server
    applies them at its next sweep, and every laptop of the team warns by them."""
    me = ctx.me
    team = team_id if team_id is not None and me.role is Role.ADMIN else me.team_id
    row_id = write(ctx, lambda s: pool_writes.set_rules(s, me.role, team, rules))
    # every account's warning may change: the queue and the card read them afresh
    return Done(row_id, Changes(frozenset(), frozenset({QUEUE, ACCOUNT})))
