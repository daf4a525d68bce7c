"""The review's forecast panel: the open deals' weighted amounts by the month they are
expected to close, this month and the next two (and those whose day has passed), each
split into commit, best case and pipeline; and the categories added up.

The rules are crmdesk.domain.forecast (the categories, the months) and
crmdesk.domain.deals.weighted; here they are asked in SQL over the laptop's rows: the
scope's live open deals (of live accounts) in its currency expected to close by the
third month's end, added up in the database per month, stage and "committed" (the
domain names the category of the two; weighted deal by deal), their ids joined (read
when a list is opened), and those left out counted in one GROUP BY.

Against each month: the scope's target for it (crmdesk.store.plan_queries.scope_plan:
the rep's, the team's, or every team's added up), drawn over the bars.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import String, case, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from crmdesk.domain import forecast as rules
from crmdesk.domain.contracts import Period, next_start
from crmdesk.domain.deals import OPEN_STAGES
from crmdesk.domain.forecast import CATEGORIES, CATEGORY_LABELS, PAST_DUE, Category
from crmdesk.domain.report import (
    Behind,
    Cell,
    Chart,
    ChartKind,
    Column,
    JoinedIds,
    Panel,
    ReviewScope,
    Row,
    Table,
)
from crmdesk.domain.words import Counted, Sentences, Worded, tr_noop
from crmdesk.store.models import Opportunity
from crmdesk.store.plan_queries import scope_plan
from crmdesk.store.review import kept_facts as kept
from crmdesk.store.review.deal_facts import deal_conditions, weighted_amount
from crmdesk.store.review.scope_sql import currencies_note


def figures(session: Session, scope: ReviewScope) -> Panel:
    """The forecast panel for `scope`."""
    found = _deals(session, scope)
    months = rules.months(scope.today)
    plan = scope_plan(session, Period.MONTH, months[0], months[-1], scope.currency,
                      team_id=scope.team_id, rep_id=scope.rep_id)
    return Panel("forecast", "Forecast", (by_month(found, scope, plan),
                                          categories(found, scope)))


@dataclass
class _Sum:
    """The deals of one bucket (a month, a category): their sums, how many, and their
    ids as the database joined them (read when a bar's list is opened)."""

    weighted: dict[Category, int] = field(default_factory=lambda: defaultdict(int))
    amount: int = 0
    count: int = 0
    joined: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.weighted.values())

    @property
    def ids(self) -> JoinedIds:
        return JoinedIds.of(self.joined)


@dataclass
class _Found:
    """The scope's open deals in the forecast: per bucket (month, or `PAST_DUE`) and
    per category; and what is left out of it, for the notes."""

    buckets: dict[date | str, _Sum]
    by_category: dict[Category, _Sum]
    undated: int = 0
    later: int = 0
    others: list[str] = field(default_factory=list)


def _bucket_sql(today: date) -> Any:
    """`crmdesk.domain.forecast.bucket` as SQL: -1 past due, a month's index, or NULL."""
    months = rules.months(today)
    ends = [*months[1:], next_start(months[-1], Period.MONTH)]
    return case(
        (Opportunity.expected_close < today, -1),
        *((Opportunity.expected_close < end, i) for i, end in enumerate(ends)),
        else_=None)


def _deals(session: Session, scope: ReviewScope) -> _Found:
    months = rules.months(scope.today)
    found = _Found({PAST_DUE: _Sum(), **{m: _Sum() for m in months}},
                   {c: _Sum() for c in CATEGORIES})
    bucket = _bucket_sql(scope.today)
    # expected before the third month ends (today is in the first): in a bucket
    end = next_start(months[-1], Period.MONTH)
    live_open = [*deal_conditions(stages=OPEN_STAGES, team_id=scope.team_id,
                                  owner_ids=None if scope.rep_id is None else (scope.rep_id,),
                                  currency=None, closed_between=None),
                 # the same stages in the words of ix_opportunities_forecast's WHERE
                 kept.open_terms()]
    # the deals in the forecast added up in the database per bucket, stage and "committed"
    # (a category is the domain's of the two): for every team a range of
    # ix_opportunities_forecast, not a row of each into Python (half the panel's time)
    for where, stage, committed, count, amount, weighted, joined in session.execute(
            select(bucket, Opportunity.stage, Opportunity.committed, func.count(),
                   func.sum(func.coalesce(Opportunity.amount, 0)),
                   # rules.weighted, deal by deal: an integer division each
                   func.sum(weighted_amount()),
                   func.group_concat(type_coerce(Opportunity.id, String)))
            .where(*live_open, Opportunity.currency == scope.currency,
                   Opportunity.expected_close < end)
            .group_by(bucket, Opportunity.stage, Opportunity.committed)):
        kind = rules.category(stage, bool(committed))
        assert kind is not None  # an open deal's
        for sums in (found.buckets[PAST_DUE if where < 0 else months[where]],
                     found.by_category[kind]):
            sums.weighted[kind] += int(weighted)
            sums.amount += int(amount)
            sums.count += int(count)
            sums.joined.append(joined)
    # what the forecast leaves out, counted in the database
    other = Opportunity.currency != scope.currency
    why = case((other, "currency"), (Opportunity.expected_close.is_(None), "undated"),
               else_="later")
    for reason, currency, count in session.execute(
            select(why, Opportunity.currency, func.count())
            .where(*live_open, or_(other, Opportunity.expected_close.is_(None),
                                   Opportunity.expected_close >= end))
            .group_by(why, Opportunity.currency)):
        if reason == "currency":
            found.others.extend([currency] * int(count))
        elif reason == "undated":
            found.undated += int(count)
        else:
            found.later += int(count)
    return found


#: The columns of the forecast by month.
_MONTH_COLUMNS = (
    Column("month", tr_noop("Expected close"), Cell.TEXT),
    Column("commit", tr_noop("Commit"), Cell.MONEY),
    Column("best_case", tr_noop("Best case"), Cell.MONEY),
    Column("pipeline", tr_noop("Pipeline"), Cell.MONEY),
    Column("total", tr_noop("Total weighted"), Cell.MONEY),
    Column("plan", tr_noop("Plan"), Cell.MONEY),
    Column("amount", tr_noop("Unweighted"), Cell.MONEY),
    Column("deals", tr_noop("Deals"), Cell.COUNT),
)


def _notes(found: _Found) -> list[str]:
    """The sentences saying what the forecast leaves out (marked, with their counts)."""
    return [
        Counted("Left out: %n open deal(s) without an expected close.", "",
                found.undated) if found.undated else "",
        Counted("Left out: %n open deal(s) expected to close later.", "",
                found.later) if found.later else ""]


def _left_out(found: _Found, scope: ReviewScope) -> list[str]:
    """`_notes` and the deals in other currencies."""
    return [*_notes(found), currencies_note(
        found.others, scope.currency,
        Counted("%n deal(s)", "", len(found.others)))]


#: Whose target the forecast's plan is, by the scope: a rep's, a team's, every team's.
_PLAN_OF = {
    "rep": tr_noop("Plan: the month's sales target (the rep's)."),
    "team": tr_noop("Plan: the month's sales target (the team's)."),
    "all": tr_noop("Plan: the month's sales target (every team's added up)."),
}


def by_month(found: _Found, scope: ReviewScope, plan: dict[date, int] | None = None
             ) -> Table:
    """Past due, then this month and the next two: the weighted amount of the open deals
    expected to close then, per category, in all, against the month's `plan` (None
    where it has none), unweighted, and how many."""
    rows = []
    for key, sums in found.buckets.items():
        label = Worded(key) if isinstance(key, str) else rules.month_label(key)
        target = None if isinstance(key, str) else (plan or {}).get(key)
        rows.append(Row((label, *(sums.weighted[c] for c in CATEGORIES), sums.total,
                         target, sums.amount, sums.count), sums.ids))
    return Table(
        "forecast.by_month", tr_noop("Forecast by expected close month"), _MONTH_COLUMNS,
        tuple(rows), scope.currency, Behind.DEALS,
        Chart(ChartKind.STACKED, "month", ("commit", "best_case", "pipeline"), "plan"),
        Sentences(
            Worded(tr_noop("Open deals, weighted by their probability, by the month they "
                           "are expected to close; past due: expected before {0} and still "
                           "open."), scope.today),
            Worded(tr_noop("Commit: negotiation and deals their owner marks committed; "
                           "best case: proposal; pipeline: the rest.")),
            Worded(_PLAN_OF["rep" if scope.rep_id else "team" if scope.team_id else "all"]),
            *_left_out(found, scope)))


def categories(found: _Found, scope: ReviewScope) -> Table:
    """The forecast's deals (past due and the three months) per category."""
    return Table(
        "forecast.categories", tr_noop("Forecast by category"),
        (Column("category", tr_noop("Category"), Cell.TEXT),
         Column("deals", tr_noop("Deals"), Cell.COUNT),
         Column("amount", tr_noop("Unweighted"), Cell.MONEY),
         Column("weighted", tr_noop("Weighted"), Cell.MONEY)),
        tuple(Row((CATEGORY_LABELS[c], s.count, s.amount, s.total), s.ids)
              for c, s in found.by_category.items()),
        scope.currency, Behind.DEALS, Chart(ChartKind.BAR, "category", ("weighted",)),
        Sentences(Worded(tr_noop("The deals of the forecast by month (past due included) "
                                 "added up per category.")), *_left_out(found, scope)))
