"""The periods a review is read over, as a manager names them ("this quarter")."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from crmdesk.domain.contracts import Period, period_start


class PeriodChoice(StrEnum):
    THIS_MONTH = "this_month"
    THIS_QUARTER = "this_quarter"
    LAST_QUARTER = "last_quarter"
    THIS_YEAR = "this_year"
    CUSTOM = "custom"


PERIOD_LABELS: dict[PeriodChoice, str] = {
    PeriodChoice.THIS_MONTH: "This month",
    PeriodChoice.THIS_QUARTER: "This quarter",
    PeriodChoice.LAST_QUARTER: "Last quarter",
    PeriodChoice.THIS_YEAR: "This year",
    PeriodChoice.CUSTOM: "Custom…",
}


def _next_start(start: date, months: int) -> date:
    month = start.month - 1 + months
    return date(start.year + month // 12, month % 12 + 1, 1)


def period_dates(choice: PeriodChoice, today: date) -> tuple[date, date]:
    """The first and last day (both included) of the named period around `today`
    (CUSTOM reads as this quarter: the dates the user then edits)."""
    if choice is PeriodChoice.THIS_MONTH:
        start = period_start(today, Period.MONTH)
        return start, _next_start(start, 1) - timedelta(days=1)
    if choice is PeriodChoice.THIS_YEAR:
        return date(today.year, 1, 1), date(today.year, 12, 31)
    start = period_start(today, Period.QUARTER)
    if choice is PeriodChoice.LAST_QUARTER:
        start = _next_start(start, -3)
    return start, _next_start(start, 3) - timedelta(days=1)


def default_period(today: date) -> tuple[date, date]:
    """What the review opens on: this quarter."""
    return period_dates(PeriodChoice.THIS_QUARTER, today)
