"""The forecast (shared/PRODUCT.md, "Review"): open deals' weighted amounts by the month
they are expected to close, in three categories.

Commit: negotiation, and any open deal its owner marks committed; best case: proposal
(the stages from proposal up that are not commit); pipeline: the rest (qualification,
needs analysis). The weighted amount is `crmdesk.domain.deals.weighted`.

Plain Python: crmdesk.store.review.forecast asks the same in SQL, the tests in Python.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from crmdesk.domain.contracts import Period, next_start, period_start
from crmdesk.domain.deals import OPEN_STAGES, OpportunityStage
from crmdesk.domain.report import MonthName
from crmdesk.domain.words import tr_noop


class Category(StrEnum):
    COMMIT = "commit"
    BEST_CASE = "best_case"
    PIPELINE = "pipeline"


#: In the order a forecast lists them, most certain first.
CATEGORIES: tuple[Category, ...] = (Category.COMMIT, Category.BEST_CASE, Category.PIPELINE)
CATEGORY_LABELS: dict[Category, str] = {
    Category.COMMIT: tr_noop("Commit"), Category.BEST_CASE: tr_noop("Best case"),
    Category.PIPELINE: tr_noop("Pipeline")}

#: The stages that are commit whether marked or not, and those that are best case
#: unless marked committed (proposal "and up": negotiation is already commit).
COMMIT_STAGES: frozenset[OpportunityStage] = frozenset({OpportunityStage.NEGOTIATION})
BEST_CASE_STAGES: frozenset[OpportunityStage] = frozenset({OpportunityStage.PROPOSAL})

#: How many months ahead the forecast looks: the month holding today and the next two.
MONTHS_AHEAD = 3
PAST_DUE = tr_noop("Past due")


def category(stage: OpportunityStage, committed: bool) -> Category | None:
    """The forecast category of an open deal at `stage` (None: a closed deal is in
    none)."""
    if stage not in OPEN_STAGES:
        return None
    if committed or stage in COMMIT_STAGES:
        return Category.COMMIT
    if stage in BEST_CASE_STAGES:
        return Category.BEST_CASE
    return Category.PIPELINE


def months(today: date) -> tuple[date, ...]:
    """The months the forecast covers (their first days): today's and the next ones."""
    out = [period_start(today, Period.MONTH)]
    while len(out) < MONTHS_AHEAD:
        out.append(next_start(out[-1], Period.MONTH))
    return tuple(out)


def bucket(expected_close: date | None, today: date) -> date | str | None:
    """Where an open deal expected to close on `expected_close` goes: `PAST_DUE` when the
    day has passed, the first day of its month when it falls in `months(today)`, else
    None (no close date, or beyond the forecast)."""
    if expected_close is None:
        return None
    if expected_close < today:
        return PAST_DUE
    month = period_start(expected_close, Period.MONTH)
    return month if month in months(today) else None


def month_label(month: date) -> str:
    """A forecast month as its row says it: "2026-11" (named in the user's language by
    the window: crmdesk.domain.report.MonthName)."""
    return MonthName(month)
