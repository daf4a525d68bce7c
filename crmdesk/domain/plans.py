"""Sales plans (targets): what a team means to sell per rep, per team, per product or
per customer in a month, quarter or year, and how the review reads them against what was
sold. Plain Python: the ids, the periods, the row's rules and the product split.

A target is a row of its team's pool (no owner), set by the team's lead or an admin,
seen by the whole team. Its id is derived from what it targets (`plan_id`), so two
laptops setting the same target offline set one row, and the later edit wins.
"""

from __future__ import annotations

import uuid
from datetime import date
from enum import StrEnum

# from plans (crmdesk.store.plan_queries, crmdesk.store.review.plans)
from crmdesk.domain.contracts import Period, period_start
from crmdesk.domain.currencies import currency_problem
from crmdesk.domain.report import MonthName
from crmdesk.domain.words import Worded, tr_noop


class Dimension(StrEnum):
    """What a target is for: a rep (a user), the team itself, a product the team sells,
    or a customer (an account of the team)."""

    REP = "rep"
    TEAM = "team"
    PRODUCT = "product"
    CUSTOMER = "customer"


#: The kind of record (table name) each dimension's subject is.
SUBJECT_KINDS: dict[Dimension, str] = {
    Dimension.REP: "users", Dimension.TEAM: "teams", Dimension.PRODUCT: "products",
    Dimension.CUSTOMER: "accounts",
}

#: The largest target, in minor units: a trillion in a two-decimal currency (a typo
#: with a few zeros too many is refused rather than drawn as a bar no one can read).
MAX_PLAN = 10 ** 14

NO_TEAM = tr_noop("A target belongs to a team; choose one.")
BELOW_ZERO = tr_noop("A target is zero or more.")
TOO_LARGE = tr_noop("This target is too large; check the number of zeros.")
NOT_PERIOD_START = tr_noop("A target starts on the first day of its month, quarter or year.")
TEAM_IS_ITSELF = tr_noop("A team's own target names that team.")


def plan_id(team_id: uuid.UUID, dimension: Dimension, subject_id: uuid.UUID,
            period: Period, starts_on: date, currency: str) -> uuid.UUID:
    """The one row holding this target: the same on every laptop, so two people setting
    it offline set one row (the later edit wins)."""
    return uuid.uuid5(team_id, f"plan:{Dimension(dimension).value}:{subject_id.hex}:"
                               f"{Period(period).value}:{starts_on.isoformat()}:"
                               f"{currency.upper()}")


def no_subject(dimension: Dimension) -> str:
    """The answer to a target naming no record of its dimension's kind."""
    words = {Dimension.REP: tr_noop("This target names no such user."),
             Dimension.TEAM: tr_noop("This target names no such team."),
             Dimension.PRODUCT: tr_noop("This target names no such product."),
             Dimension.CUSTOMER: tr_noop("This target names no such customer.")}
    return words[Dimension(dimension)]


#: Scopes up to this many days are reviewed month by month, longer ones by quarter:
#: four months of bars per rep still read at a glance, a year of them does not.
MONTHS_UP_TO_DAYS = 123


def review_period(start: date, end: date) -> Period:
    """The period kind the Plans panel splits [start, end] into."""
    return Period.MONTH if (end - start).days < MONTHS_UP_TO_DAYS else Period.QUARTER


def period_label(start: date, period: Period) -> str:
    """"2026-11", "2026 Q4" or "2026" for the period starting on `start` (a month and a
    quarter kept for the window to name in the user's language)."""
    if period is Period.YEAR:
        return f"{start.year}"
    if period is Period.QUARTER:
        # the year as text: a figure the window would write with digit grouping
        return Worded(tr_noop("{0} Q{1}"), str(start.year), (start.month - 1) // 3 + 1)
    return MonthName(start)


def plan_amount_problem(amount: int) -> str | None:
    """What is wrong with a target's amount (minor units), or None."""
    if amount < 0:
        return BELOW_ZERO
    return TOO_LARGE if amount > MAX_PLAN else None


def plan_problems(dimension: object, subject_id: uuid.UUID | None,
                  team_id: uuid.UUID | None, period: object, starts_on: date | None,
                  amount: object, currency: str) -> list[str]:
    """What stops a target being stored, on the row alone (the subject's kind is the
    caller's read: `no_subject`)."""
    out: list[str] = []
    if team_id is None:
        out.append(NO_TEAM)
    if dimension == Dimension.TEAM and subject_id != team_id:
        out.append(TEAM_IS_ITSELF)
    if not isinstance(amount, int) or isinstance(amount, bool):
        out.append(BELOW_ZERO)
    else:
        out += [p for p in (plan_amount_problem(amount),) if p is not None]
    bad = currency_problem(currency)
    if bad is not None:
        out.append(bad)
    known = period in {p.value for p in Period}
    if not known or not isinstance(starts_on, date) or starts_on != period_start(
            starts_on, Period(str(period))):
        out.append(NOT_PERIOD_START)
    return out


def line_share(amount: int, value: int, total: int) -> int:
    """A product line's part of `amount` (a deal's payments in a period) when it is
    worth `value` of the deal's lines' `total` (> 0): pro rata, rounded half up to the
    minor unit. Computed in floating point in this very order, as the Plans panel's SQL
    does, so both round alike."""
    return int(amount * 1.0 * value / total + 0.5)
