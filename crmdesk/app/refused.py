"""Commands on what the server refused or overwrote: discard a refused record, put my
value back over a later edit, or accept theirs."""

from __future__ import annotations

import uuid

from crmdesk.app._unit import write
from crmdesk.app.changes import WHOLE_ACCOUNT, Changes, Done
from crmdesk.app.context import Context
from crmdesk.store import conflicts
from crmdesk.store import refused as marks
from crmdesk.store.refused import Discarded


def discard(ctx: Context, account_id: uuid.UUID, entity: str, row_id: uuid.UUID
            ) -> Done[Discarded]:
    """Remove a record the server refused (and what hangs on it only) from this laptop;
    a payment's points are taken back with it."""
    by = ctx.user.id if ctx.user else None
    gone = write(ctx, lambda s: marks.discard(s, entity, row_id, by))
    return Done(gone, Changes(frozenset({account_id}), WHOLE_ACCOUNT))


def restore_mine(ctx: Context, conflict_id: int) -> Done[uuid.UUID | None]:
    """Put my value back over the later edit that replaced it; the value is its account."""
    region = ctx.region
    account_id = write(ctx, lambda s: conflicts.restore_mine(s, conflict_id, region))
    return Done(account_id, Changes(frozenset({account_id} if account_id else ()),
                                    WHOLE_ACCOUNT))


def dismiss(ctx: Context, conflict_id: int) -> Done[None]:
    """Accept the later edit: the conflict is settled, nothing else changes."""
    write(ctx, lambda s: conflicts.dismiss(s, conflict_id))
    return Done(None, Changes(frozenset(), WHOLE_ACCOUNT))
