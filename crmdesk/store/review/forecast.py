"""The review's forecast panel: the open deals' weighted amounts by the month they are
expected to close, this month and the next two (and those whose day has passed), each
split into commit, best case and pipeline; and the categories added up.

The rules are crmdesk.domain.forecast (the categories, the months) and
crmdesk.domain.deals.weighted; here they are asked in SQL over the laptop's rows: the
scope's live open deals (of live accounts) in its currency, summed per month and
category in one GROUP BY, then their ids for the lists behind the rows.

Plan against the forecast: the plans panel's targets land with their own kind of
record; the integrator adds a "plan" column after "total" in `_MONTH_COLUMNS` (money,
the scope's plan for each month, None for "Past due") and `against="plan"` on the
chart (see `by_month`). Nothing here stands in for it meanwhile.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from crmdesk.domain import forecast as rules
from crmdesk.domain.deals import OPEN_STAGES, add_months
from crmdesk.domain.forecast import CATEGORIES, CATEGORY_LABELS, PAST_DUE, Category
from crmdesk.domain.report import (
    Behind,
    Cell,
    Chart,
    ChartKind,
    Column,
    Panel,
    ReviewScope,
    Row,
    Table,
)
from crmdesk.store.models import Account, Opportunity
from crmdesk.store.review.funnel import deal_scope, other_currencies_note


def figures(session: Session, scope: ReviewScope) -> Panel:
    """The forecast panel for `scope`."""
    found = _deals(session, scope)
    return Panel("forecast", "Forecast", (by_month(found, scope), categories(found, scope)))


@dataclass
class _Sum:
    """The deals of one bucket (a month, a category): their sums and ids."""

    weighted: dict[Category, int] = field(default_factory=lambda: defaultdict(int))
    amount: int = 0
    ids: list[uuid.UUID] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.weighted.values())


@dataclass
class _Found:
    """The scope's open deals in the forecast: per bucket (month, or `PAST_DUE`) and
    per category; and what is left out of it, for the notes."""

    buckets: dict[date | str, _Sum]
    by_category: dict[Category, _Sum]
    undated: int = 0
    later: int = 0
    others: list[str] = field(default_factory=list)


def _category_sql() -> Any:
    """`crmdesk.domain.forecast.category` of an open deal, as SQL."""
    return case(
        (or_(Opportunity.committed.is_(True), Opportunity.stage.in_(rules.COMMIT_STAGES)),
         Category.COMMIT.value),
        (Opportunity.stage.in_(rules.BEST_CASE_STAGES), Category.BEST_CASE.value),
        else_=Category.PIPELINE.value)


def _bucket_sql(today: date) -> Any:
    """`crmdesk.domain.forecast.bucket` as SQL: "past", a month's index, or NULL."""
    months = rules.months(today)
    ends = [*months[1:], add_months(months[-1], 1)]
    return case(
        (Opportunity.expected_close < today, -1),
        *((Opportunity.expected_close < end, i) for i, end in enumerate(ends)),
        else_=None)


def _deals(session: Session, scope: ReviewScope) -> _Found:
    months = rules.months(scope.today)
    found = _Found({PAST_DUE: _Sum(), **{m: _Sum() for m in months}},
                   {c: _Sum() for c in CATEGORIES})
    bucket, category = _bucket_sql(scope.today), _category_sql()
    live_open = [*deal_scope(scope), Opportunity.stage.in_(OPEN_STAGES)]
    # the sums, per bucket and category, in the database (weighted per deal, as the
    # domain rounds it: integer division of each deal's amount × probability)
    for where, kind, count, amount, weighted, currency in session.execute(
            select(bucket, category, func.count(), func.coalesce(func.sum(Opportunity.amount), 0),
                   func.coalesce(func.sum(
                       func.coalesce(Opportunity.amount, 0) * Opportunity.probability // 100),
                       0),
                   Opportunity.currency)
            .join(Account, Account.id == Opportunity.account_id).where(*live_open)
            .group_by(bucket, category, Opportunity.currency)):
        if currency != scope.currency:
            found.others.extend([currency] * int(count))
            continue
        if where is None:
            continue
        into = found.buckets[PAST_DUE if where < 0 else months[where]]
        into.weighted[Category(kind)] += int(weighted)
        into.amount += int(amount)
        sums = found.by_category[Category(kind)]
        sums.weighted[Category(kind)] += int(weighted)
        sums.amount += int(amount)
    # the ids behind each row, and what the forecast leaves out
    for deal_id, where, kind, expected in session.execute(
            select(Opportunity.id, bucket, category, Opportunity.expected_close)
            .join(Account, Account.id == Opportunity.account_id)
            .where(*live_open, Opportunity.currency == scope.currency)
            .order_by(Opportunity.expected_close, Opportunity.id)):
        if where is None:
            if expected is None:
                found.undated += 1
            else:
                found.later += 1
            continue
        found.buckets[PAST_DUE if where < 0 else months[where]].ids.append(deal_id)
        found.by_category[Category(kind)].ids.append(deal_id)
    return found


#: The columns of the forecast by month (the plan's goes after "total": see the
#: module's docstring).
_MONTH_COLUMNS = (
    Column("month", "Expected close", Cell.TEXT),
    Column("commit", "Commit", Cell.MONEY),
    Column("best_case", "Best case", Cell.MONEY),
    Column("pipeline", "Pipeline", Cell.MONEY),
    Column("total", "Total weighted", Cell.MONEY),
    Column("amount", "Unweighted", Cell.MONEY),
    Column("deals", "Deals", Cell.COUNT),
)


def _notes(found: _Found, scope: ReviewScope) -> str:
    bits = []
    if found.undated:
        bits.append(f" {found.undated} open deal(s) without an expected close are left out.")
    if found.later:
        bits.append(f" {found.later} open deal(s) expected to close later are left out.")
    return "".join(bits) + other_currencies_note(found.others, f"{len(found.others)} deal(s)",
                                                 scope.currency)


def by_month(found: _Found, scope: ReviewScope) -> Table:
    """Past due, then this month and the next two: the weighted amount of the open deals
    expected to close then, per category, in all, unweighted, and how many."""
    rows = []
    for key, sums in found.buckets.items():
        label = key if isinstance(key, str) else rules.month_label(key)
        rows.append(Row((label, *(sums.weighted[c] for c in CATEGORIES), sums.total,
                         sums.amount, len(sums.ids)), tuple(sums.ids)))
    return Table(
        "forecast.by_month", "Forecast by expected close month", _MONTH_COLUMNS,
        tuple(rows), scope.currency, Behind.DEALS,
        # the plan, once it lands, is drawn over the bars: against="plan"
        Chart(ChartKind.STACKED, "month", ("commit", "best_case", "pipeline")),
        f"Open deals, weighted by their probability, by the month they are expected to "
        f"close; past due: expected before {scope.today.isoformat()} and still open. "
        "Commit: negotiation and deals their owner marks committed; best case: proposal; "
        "pipeline: the rest." + _notes(found, scope))


def categories(found: _Found, scope: ReviewScope) -> Table:
    """The forecast's deals (past due and the three months) per category."""
    return Table(
        "forecast.categories", "Forecast by category",
        (Column("category", "Category", Cell.TEXT), Column("deals", "Deals", Cell.COUNT),
         Column("amount", "Unweighted", Cell.MONEY), Column("weighted", "Weighted", Cell.MONEY)),
        tuple(Row((CATEGORY_LABELS[c], len(s.ids), s.amount, s.total), tuple(s.ids))
              for c, s in found.by_category.items()),
        scope.currency, Behind.DEALS, Chart(ChartKind.BAR, "category", ("weighted",)),
        "The deals of the forecast by month (past due included) added up per category."
        + _notes(found, scope))
