"""The Channel ROI panel: per channel and month of acquisition, the leads acquired, their
cost, the revenue received from them by the end of T+1, T+2 and to date, and ROI (the
rules: crmdesk.domain.roi).

Three set-based queries, whatever the workspace's size: the leads per channel and month
acquired (all of them, the base a team's share of the cost is taken over, and the ids
of the scope's, the rows' `behind`), their payments summed per channel, month acquired
and month received (so the month edges are the domain's), and the costs entered.
At 100k accounts they want indexes on accounts (acquired_on, channel_id, team_id,
owner_id, deleted, id) and payments (account_id, received_on, currency, amount,
deleted, contract_id), both covering.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, String, and_, case, func, select, type_coerce
from sqlalchemy.orm import Session

from crmdesk.domain import roi as rules
from crmdesk.domain.contracts import Period, period_end, period_start
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
from crmdesk.domain.words import Counted, Sentences, Worded, tr_noop
from crmdesk.store.models import Account, Channel, ChannelCost, Contract, Payment
from crmdesk.store.review.deal_facts import joined_ids
from crmdesk.store.review.scope_sql import account_conditions, currencies_note

COMPLETE, INCOMPLETE = Worded(tr_noop("complete")), Worded(tr_noop("incomplete"))


@dataclass
class _Cohort:
    channel_id: uuid.UUID
    month: date
    accounts: list[uuid.UUID] = field(default_factory=list)
    cost: int | None = None
    by_t1: int = 0
    by_t2: int = 0
    to_date: int = 0


def _month(text: str) -> date:
    """SQLite's strftime('%Y-%m') back to the month's first day."""
    return date(int(text[:4]), int(text[5:7]), 1)


def _months_of(column: Any) -> ColumnElement[str]:
    """A date column's month as text ("2026-03"), for grouping in SQLite."""
    return func.strftime("%Y-%m", column)


def _in_period(scope: ReviewScope) -> list[ColumnElement[bool]]:
    """Accounts of a cohort the period overlaps: live, of a channel, acquired in one of
    the months the period overlaps (whoever holds them)."""
    first, last = period_start(scope.start, Period.MONTH), period_end(scope.end, Period.MONTH)
    return [Account.deleted.is_(False), Account.channel_id.is_not(None),
            Account.acquired_on >= first, Account.acquired_on <= last]


def _cohorts(session: Session, scope: ReviewScope) -> tuple[dict[tuple[uuid.UUID, date],
                                                                 _Cohort], set[str]]:
    """Every cohort of the scope with its accounts, cost and revenue; and the other
    currencies money of these cohorts was entered in (left out of the figures)."""
    period, of_scope = _in_period(scope), account_conditions(scope, live=False)
    narrowed = bool(of_scope)
    cohorts: dict[tuple[uuid.UUID, date], _Cohort] = {}

    # the queries' channel ids are never None (the accounts are of a channel)
    def cohort(channel_id: Any, month: date) -> _Cohort:
        key = (channel_id, month)
        if key not in cohorts:
            cohorts[key] = _Cohort(channel_id, month)
        return cohorts[key]

    # the leads: one row per cohort, every lead counted (the base a narrowed scope's
    # share of the cost is taken over), the scope's ids joined in one text (a row per
    # account would cost more than the rest of the panel at 100k accounts)
    acquired_month = _months_of(Account.acquired_on)
    raw_id = type_coerce(Account.id, String)
    ids = func.group_concat(case((and_(*of_scope), raw_id)) if narrowed else raw_id, ",")
    all_leads: dict[tuple[Any, date], int] = {}
    for channel_id, acquired_text, count, joined in session.execute(
            select(Account.channel_id, acquired_month, func.count(), ids)
            .where(*period).group_by(Account.channel_id, acquired_month)):
        key = (channel_id, _month(acquired_text))
        all_leads[key] = int(count)
        if joined:
            cohort(*key).accounts.extend(joined_ids(joined))
    others: set[str] = set()

    # revenue: payments of live contracts, summed per cohort and month received
    paid_month = _months_of(Payment.received_on)
    for channel_id, acquired_text, paid_text, currency, amount in session.execute(
            select(Account.channel_id, acquired_month, paid_month, Payment.currency,
                   func.sum(Payment.amount))
            .select_from(Account)
            .join(Payment, Payment.account_id == Account.id)
            .where(*period, *of_scope, Payment.deleted.is_(False),
                   Payment.received_on <= scope.today,
                   # a removed contract's payments go with it (few are removed: one
                   # set of them, not a lookup a payment)
                   Payment.contract_id.not_in(select(Contract.id).where(
                       Contract.deleted.is_(True))))
            .group_by(Account.channel_id, acquired_month, paid_month, Payment.currency)):
        if currency != scope.currency:
            others.add(currency)
            continue
        month, paid = _month(acquired_text), _month(paid_text)
        found = cohort(channel_id, month)
        found.to_date += int(amount)
        if rules.month_counts_by(month, paid, 1):
            found.by_t1 += int(amount)
        if rules.month_counts_by(month, paid, 2):
            found.by_t2 += int(amount)

    # what each lead cost: the channel's monthly cost, shared by leads when narrowed
    first, last = period_start(scope.start, Period.MONTH), period_end(scope.end, Period.MONTH)
    for channel_id, month, amount, currency in session.execute(
            select(ChannelCost.channel_id, ChannelCost.month, ChannelCost.amount,
                   ChannelCost.currency)
            .where(ChannelCost.deleted.is_(False), ChannelCost.month >= first,
                   ChannelCost.month <= last)):
        key = (channel_id, period_start(month, Period.MONTH))
        if currency != scope.currency:
            if key in cohorts or not narrowed:
                others.add(currency)
            continue
        if narrowed:
            if key in cohorts:  # a scope with no lead of it carries none of its cost
                found = cohorts[key]
                found.cost = rules.shared_cost(amount, len(found.accounts),
                                               all_leads.get(key, 0))
        else:
            cohort(*key).cost = amount  # spent with no lead back: still the channel's cost
    return cohorts, others


_COHORT_COLUMNS = (
    Column("channel", tr_noop("Channel"), Cell.TEXT),
    Column("month", tr_noop("Acquired in"), Cell.DATE),
    Column("leads", tr_noop("Leads"), Cell.COUNT),
    Column("cost", tr_noop("Cost"), Cell.MONEY),
    Column("revenue_t1", tr_noop("Revenue by T+1"), Cell.MONEY),
    Column("revenue_t2", tr_noop("Revenue by T+2"), Cell.MONEY),
    Column("revenue_to_date", tr_noop("Revenue to date"), Cell.MONEY),
    Column("roi_t1", tr_noop("ROI T+1"), Cell.PERCENT),
    Column("roi_t2", tr_noop("ROI T+2"), Cell.PERCENT),
    Column("roi_to_date", tr_noop("ROI to date"), Cell.PERCENT),
    Column("complete", tr_noop("Cohort"), Cell.TEXT),  # complete, or incomplete: T+2 not over
)


#: A month's or a channel's columns: the cohorts' added up, and the revenue of those
#: without a cost entered apart (their ROI is read over the cohorts with a cost).
_SUM_COLUMNS = (
    *_COHORT_COLUMNS[2:7],
    Column("revenue_uncosted", tr_noop("Revenue without a cost"), Cell.MONEY),
    *_COHORT_COLUMNS[7:10],
)
_COSTED = Worded(tr_noop("ROI is over the cohorts with a cost entered: their revenue "
                         "against their cost; revenue of months without a cost is in "
                         "“Revenue without a cost” and not in ROI."))


def _note(scope: ReviewScope, others: set[str], *base: str) -> str:
    """The sentences `base` (marked), how a narrowed scope's cost is shared, and the
    money left out in other currencies."""
    shared = (Worded(tr_noop("Cost is the channel's monthly cost shared by leads: this "
                             "scope carries its leads' share of it (of the leads this "
                             "workspace holds)."))
              if scope.team_id is not None or scope.rep_id is not None else "")
    return Sentences(*base, shared,
                     currencies_note(others, scope.currency, Worded(tr_noop("Money"))))


def figures(session: Session, scope: ReviewScope) -> Panel:
    """The Channel ROI panel for `scope`: cohorts, months and channels."""
    cohorts, others = _cohorts(session, scope)
    names: dict[uuid.UUID, str] = {i: n for i, n in session.execute(
        select(Channel.id, Channel.name).where(Channel.id.in_({k[0] for k in cohorts})))}
    ordered = sorted(cohorts.values(),
                     key=lambda c: (c.month, names.get(c.channel_id, ""), c.channel_id))

    def money(c: _Cohort) -> tuple[object, ...]:
        figs = rules.CohortFigures(c.cost, c.by_t1, c.by_t2, c.to_date)
        return (figs.cost, figs.by_t1, figs.by_t2, figs.to_date, figs.roi_t1, figs.roi_t2,
                figs.roi_to_date)

    def summed(s: _Sum) -> tuple[object, ...]:
        return (s.cost, s.by_t1, s.by_t2, s.to_date, s.uncosted, *s.rois)

    cohort_rows = tuple(
        Row((names.get(c.channel_id, "?"), c.month, len(c.accounts), *money(c),
             COMPLETE if rules.complete(c.month, scope.today) else INCOMPLETE),
            tuple(c.accounts))
        for c in ordered)
    open_ones = sum(1 for c in ordered if not rules.complete(c.month, scope.today))
    cohort_note = Worded(tr_noop("Leads of one channel acquired in one month (T); revenue "
                                 "is what those companies paid by the end of month T+1, T+2 "
                                 "and to date; ROI = (revenue − cost) / cost."))
    incomplete = (Counted("Incomplete: %n cohort(s) whose T+2 month has not ended yet "
                          "(their figures still grow).", "", open_ones)
                  if open_ones else "")
    by_cohort = Table("roi.cohorts", tr_noop("ROI by acquisition cohort"), _COHORT_COLUMNS,
                      cohort_rows, scope.currency, Behind.ACCOUNTS, None,
                      _note(scope, others, cohort_note, incomplete))

    months: dict[date, _Sum] = defaultdict(_Sum)
    channels: dict[uuid.UUID, _Sum] = defaultdict(_Sum)
    for c in ordered:
        months[c.month].add(c)
        channels[c.channel_id].add(c)
    month_rows = tuple(
        Row((m, len(s.accounts), *summed(s),
             COMPLETE if rules.complete(m, scope.today) else INCOMPLETE), tuple(s.accounts))
        for m, s in sorted(months.items()))
    by_month = Table(
        "roi.months", tr_noop("Cost and revenue by month of acquisition"),
        (Column("month", tr_noop("Acquired in"), Cell.DATE), *_SUM_COLUMNS, _COHORT_COLUMNS[-1]),
        month_rows, scope.currency, Behind.ACCOUNTS,
        Chart(ChartKind.LINE, "month", ("cost", "revenue_t1", "revenue_t2")),
        _note(scope, others, Worded(tr_noop("Every channel's cohorts of a month added up.")),
              _COSTED))
    channel_rows = tuple(
        Row((names.get(cid, "?"), len(s.accounts), s.cost, s.by_t2, s.to_date, s.uncosted,
             *s.rois[1:]), tuple(s.accounts))
        for cid, s in sorted(channels.items(), key=lambda kv: (names.get(kv[0], ""), kv[0])))
    by_channel = Table(
        "roi.channels", tr_noop("ROI by channel"),
        (Column("channel", tr_noop("Channel"), Cell.TEXT),
         *(c for c in _SUM_COLUMNS if c.key not in {"revenue_t1", "roi_t1"})),
        channel_rows, scope.currency, Behind.ACCOUNTS,
        Chart(ChartKind.BAR, "channel", ("cost", "revenue_to_date")),
        _note(scope, others,
              Worded(tr_noop("Each channel's cohorts of the period added up.")), _COSTED))
    return Panel("roi", "Channel ROI", (by_channel, by_month, by_cohort))


@dataclass
class _Sum:
    """Cohorts added up (a month's, a channel's): no cost entered for any of them is no
    cost (None), not zero. Revenue is every cohort's; ROI is read over the cohorts with
    a cost alone (their revenue against their cost: a month without a cost entered
    would otherwise add revenue bought with money nobody counted), the others' revenue
    to date kept apart (`uncosted`)."""

    accounts: list[uuid.UUID] = field(default_factory=list)
    cost: int | None = None
    by_t1: int = 0
    by_t2: int = 0
    to_date: int = 0
    costed: list[int] = field(default_factory=lambda: [0, 0, 0])  # T+1, T+2, to date
    uncosted: int = 0

    def add(self, c: _Cohort) -> None:
        self.accounts.extend(c.accounts)
        if c.cost is not None:
            self.cost = (self.cost or 0) + c.cost
            for i, revenue in enumerate((c.by_t1, c.by_t2, c.to_date)):
                self.costed[i] += revenue
        else:
            self.uncosted += c.to_date
        self.by_t1 += c.by_t1
        self.by_t2 += c.by_t2
        self.to_date += c.to_date

    @property
    def rois(self) -> tuple[float | None, float | None, float | None]:
        """ROI by T+1, T+2 and to date of the cohorts with a cost."""
        t1, t2, to_date = (rules.roi(revenue, self.cost) for revenue in self.costed)
        return t1, t2, to_date
