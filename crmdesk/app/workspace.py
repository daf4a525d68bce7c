"""Commands on the workspace's own settings (local to this laptop, never synced)."""

from __future__ import annotations

from crmdesk.app._unit import write
from crmdesk.app.changes import Done
from crmdesk.app.context import Context
from crmdesk.domain.dedupe import region_problem
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
