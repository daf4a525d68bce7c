"""Commands on the workspace's own settings (local to this laptop, never synced)."""

from __future__ import annotations

from datetime import date

from crmdesk.app._unit import write
from crmdesk.app.changes import ACCOUNT, NOTHING, QUEUE, Changes, Done
from crmdesk.app.context import Context
from crmdesk.domain.dedupe import region_problem
from crmdesk.store import derived
from crmdesk.store.workspace_keys import PHONE_REGION
from crmdesk.store.writes import Refused

#: What a day's pass announces: any account's derived values, and so the queue's order.
_NEW_DAY = Changes(frozenset(), frozenset({ACCOUNT, QUEUE}))


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


def begin_day(ctx: Context) -> Done[date | None]:
    """Begin the day `ctx.today()` for the derived values (status, last contact, value
    score): saves compute on it from now on. The value is the day every account was
    last brought to, to plan the pass from (`derived.plan_day`, a read) and bring a
    step at a time (`bring_to_day`), so saves made meanwhile wait for one step at most;
    None when the day was begun already. Run when the window opens and when the date
    changes."""
    today = ctx.today()
    return Done(write(ctx, lambda session: derived.begin_day(session, today)))


def bring_to_day(ctx: Context, plan: derived.DayPlan, index: int,
                 changed_before: int = 0) -> Done[int]:
    """Step `index` of `plan`. The value is how many accounts the pass has changed so
    far (`changed_before` and this step's); the last step announces them."""
    changed = changed_before + write(
        ctx, lambda session: derived.bring_to_day(session, plan, index))
    last = index + 1 >= plan.steps
    return Done(changed, _NEW_DAY if last and changed else NOTHING)


def start_day(ctx: Context) -> Done[int]:
    """`begin_day`, its plan and every step of it, each its own unit of work, one after another
    (the terminal, the tests). The value is how many accounts changed."""
    changed = derived.catch_up(ctx.store, ctx.today())
    return Done(changed, _NEW_DAY if changed else NOTHING)
