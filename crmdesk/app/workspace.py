"""Commands on the workspace's own settings (local to this laptop, never synced)."""

from __future__ import annotations

from crmdesk.app._unit import write
from crmdesk.app.changes import ACCOUNT, NOTHING, QUEUE, Changes, Done
from crmdesk.app.context import Context
from crmdesk.domain.dedupe import region_problem
from crmdesk.store import derived
from crmdesk.store.workspace_keys import PHONE_REGION
from crmdesk.store.writes import Refused


def phone_region(ctx: Context) -> str:
    """The region phone numbers typed without a country code are read in."""
    with ctx.store.session() as session:
        return PHONE_REGION.get(session)


def set_phone_region(ctx: Context, code: str) -> Done[str]:
    """Read phone numbers typed without a country code in `code` (e.g. "US") from now
    on; numbers already stored keep their country. Raises Refused for a code that is no
    region. The value is the code as stored (upper case)."""
    problem = region_problem(code)
    if problem is not None:
        raise Refused(problem)
    region = code.strip().upper()
    write(ctx, lambda session: PHONE_REGION.put(session, region))
    return Done(region)


def start_day(ctx: Context) -> Done[int]:
    """Bring the derived values (status, last contact, value score) to `ctx.today()`:
    the accounts whose score turns by then (every account, the first time). The value
    is how many changed. Run when the window opens and when the date changes."""
    changed = write(ctx, lambda session: derived.refresh(session, ctx.today()))
    return Done(changed, Changes(frozenset(), frozenset({ACCOUNT, QUEUE}))
                if changed else NOTHING)
