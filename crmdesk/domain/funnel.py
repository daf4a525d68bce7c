"""The review's funnels (shared/PRODUCT.md, "Review"): deals from stage to stage, and
accounts along the customer lifecycle.

Conversion between stages: of the deals that reached a stage in a period, the share
that went on to the next one. Here a deal *reached* a stage when its stage history says
it entered it (its first entry is the stage it was created in; a stage skipped over is
not reached), and it *went on* when, at or after its first entry into that stage in the
period and up to today, it entered any later stage of `FUNNEL_STAGES` (won included,
lost not). A deal that moved back into a stage it had passed counts as reaching it
again, and goes on only if it moves forward again.

The lifecycle funnel: an account on the path has passed every step before its status;
a lost account has no status history, so the steps it reached are read from its facts
by the path's own conditions (`furthest_step`).

Plain Python: crmdesk.store.review.funnel asks these in SQL and the tests in Python.
"""

from __future__ import annotations

from collections.abc import Sequence

from crmdesk.domain.deals import OPEN_ORDER, OpportunityStage
from crmdesk.domain.lifecycle import PATH, AccountFacts, Status, derive_status
from crmdesk.domain.report import share

#: The stages of the deal funnel, in order: the open ones, then won (lost is off it).
FUNNEL_STAGES: tuple[OpportunityStage, ...] = (*OPEN_ORDER, OpportunityStage.WON)

#: Each funnel stage's place (lost has none): entering a stage of a higher place is going
#: on from one of a lower.
RANK: dict[OpportunityStage, int] = {stage: i for i, stage in enumerate(FUNNEL_STAGES)}


def next_stage(stage: OpportunityStage) -> OpportunityStage | None:
    """The funnel stage after `stage` (None after won, and off the funnel)."""
    if stage not in RANK or RANK[stage] + 1 >= len(FUNNEL_STAGES):
        return None
    return FUNNEL_STAGES[RANK[stage] + 1]


def conversion(reached: int, went_on: int) -> float | None:
    """The share of the deals that reached a stage that went on (None without any)."""
    return share(went_on, reached)


def furthest_step(status: Status, facts: AccountFacts) -> Status:
    """The furthest step of the lifecycle path an account has reached: its status when
    it is on the path; for a lost account, the step its facts meet (a reachable person
    and a two-way conversation: Potential; also a deal with an amount and a close date,
    whatever became of it: Intended; a contract with money received: Contracted), Lead
    when they meet none. `facts.open_opportunity_ready` is read as "had such a deal"."""
    if status in PATH:
        return status
    return derive_status(Status.LEAD, facts)


def steps_reached(furthest: Status) -> tuple[Status, ...]:
    """The path's steps an account whose furthest step is `furthest` has passed."""
    return PATH[:PATH.index(furthest) + 1]


def step_shares(counts: Sequence[int]) -> list[tuple[float | None, float | None]]:
    """For each step's count, its share of the first step and of the step before (None
    for the first step's step before, and where there is no base)."""
    return [(share(n, counts[0]) if counts else None,
             share(n, counts[i - 1]) if i else None) for i, n in enumerate(counts)]
