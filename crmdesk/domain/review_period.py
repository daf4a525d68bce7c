"""The periods a review is read over, as a manager names them ("this quarter")."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from crmdesk.domain.contracts import Period, period_end, period_start
from crmdesk.domain.words import tr_noop


class PeriodChoice(StrEnum):
    THIS_MONTH = "this_month"
    THIS_QUARTER = "this_quarter"
    LAST_QUARTER = "last_quarter"
    THIS_YEAR = "this_year"
    CUSTOM = "custom"


PERIOD_LABELS: dict[PeriodChoice, str] = {
    PeriodChoice.THIS_MONTH: tr_noop("This month"),
    PeriodChoice.THIS_QUARTER: tr_noop("This quarter"),
    PeriodChoice.LAST_QUARTER: tr_noop("Last quarter"),
    PeriodChoice.THIS_YEAR: tr_noop("This year"),
    PeriodChoice.CUSTOM: tr_noop("Custom…"),
}


def period_dates(choice: PeriodChoice, today: date) -> tuple[date, date]:
    """The first and last day (both included) of the named period around `today`
    (CUSTOM reads as this quarter: the dates the user then edits)."""
    if choice is PeriodChoice.THIS_MONTH:
        return period_start(today, Period.MONTH), period_end(today, Period.MONTH)
    if choice is PeriodChoice.THIS_YEAR:
        return period_start(today, Period.YEAR), period_end(today, Period.YEAR)
    day = today
    if choice is PeriodChoice.LAST_QUARTER:
        day = period_start(today, Period.QUARTER) - timedelta(days=1)
    return period_start(day, Period.QUARTER), period_end(day, Period.QUARTER)


def default_period(today: date) -> tuple[date, date]:
    """What the review opens on: this quarter."""
    return period_dates(PeriodChoice.THIS_QUARTER, today)
