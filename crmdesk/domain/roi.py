"""Channel ROI for an acquisition cohort, and a channel's monthly cost as an admin types it.

A cohort is the leads one channel brought in one month (T, the month of each account's
`acquired_on`). Its revenue "by T+1" is every payment received from those accounts up
to the last day of month T+1, "by T+2" up to the last day of T+2, and "to date" up to
today; its ROI over one of those windows is (revenue − cost) / cost, where cost is the
channel's cost for month T. A cohort is complete once its T+2 month has ended: until
then its T+2 figure still grows.

A team's or a rep's cohort carries the channel's cost shared by leads: the cost × the
cohort's leads ÷ all the leads the channel brought that month (every lead costs the
channel the same), so a team is measured against what its own leads cost, never
against the whole company's spend.

Plain Python: months are `date`s on the first of the month, money integer minor units.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date

from crmdesk.domain.contracts import Period, period_end, period_start
from crmdesk.domain.currencies import (
    DECIMALS,
    NOT_AN_AMOUNT,
    clean_currency,
    currency_problem,
    parse_money,
)
from crmdesk.domain.deals import add_months
from crmdesk.domain.words import Worded, tr_noop

#: The windows a cohort's revenue is read over, in months after T.
WINDOWS: tuple[int, ...] = (1, 2)
#: The window after which a cohort is complete.
LAST_WINDOW = WINDOWS[-1]
#: The largest monthly cost an admin may type, in major units (a typo guard: 10 billion).
MAX_COST_UNITS = 10_000_000_000

_CHANNEL_COST_IDS = uuid.UUID("5d1f7c36-2f51-4d38-9f5e-0b1a6c4e9a21")
_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")


def window_end(acquired: date, window: int) -> date:
    """The last day a payment counts in a cohort of month `acquired` by T+`window`."""
    return period_end(add_months(period_start(acquired, Period.MONTH), window), Period.MONTH)


def counts_by(acquired: date, received_on: date, window: int) -> bool:
    """Does a payment received on `received_on` count for the cohort of `acquired`'s
    month by T+`window`? (The last day of T+window does; the first of the next does not.)"""
    return received_on <= window_end(acquired, window)


def month_counts_by(acquired: date, paid_month: date, window: int) -> bool:
    """`counts_by` for every payment of month `paid_month` at once (payments counted by
    month: the window always ends on a month's last day)."""
    return period_start(paid_month, Period.MONTH) <= add_months(
        period_start(acquired, Period.MONTH), window)


def complete(acquired: date, today: date) -> bool:
    """Has the cohort's last window (T+2) ended by `today`? Until it has, its figures
    still grow."""
    return window_end(acquired, LAST_WINDOW) <= today


def roi(revenue: int, cost: int | None) -> float | None:
    """(revenue − cost) / cost: 0.5 = the cohort brought back its cost and half again;
    -1 = nothing came back. None without a cost to measure against (none entered, or 0)."""
    if cost is None or cost <= 0:
        return None
    return (revenue - cost) / cost


def shared_cost(cost: int | None, leads: int, all_leads: int) -> int | None:
    """The part of a channel's monthly `cost` that `leads` of its `all_leads` that month
    carry (every lead costs the same), rounded to the minor unit. The whole cost when
    `leads` is all of them; None without a cost."""
    if cost is None:
        return None
    if all_leads <= 0 or leads >= all_leads:
        return cost
    return (cost * leads * 2 + all_leads) // (all_leads * 2)  # rounded half up


@dataclass(frozen=True, slots=True)
class CohortFigures:
    """One cohort's money, in one currency: cost (None: none entered) and revenue by
    each window and to date."""

    cost: int | None
    by_t1: int
    by_t2: int
    to_date: int

    @property
    def roi_t1(self) -> float | None:
        return roi(self.by_t1, self.cost)

    @property
    def roi_t2(self) -> float | None:
        return roi(self.by_t2, self.cost)

    @property
    def roi_to_date(self) -> float | None:
        return roi(self.to_date, self.cost)


# ---- a channel's monthly cost, as an admin types it ------------------------------------

BAD_MONTH = tr_noop("A month is written YYYY-MM, e.g. 2026-03.")
NEGATIVE_COST = tr_noop("A channel's cost cannot be below zero.")
NOT_A_MONTH_START = tr_noop("A channel cost is for a whole month: its month is the month's "
                            "first day.")


def cost_id(channel_id: uuid.UUID, month: date) -> uuid.UUID:
    """The id of a channel's cost row for `month`: the same on every laptop and on the
    server, so two admins entering it offline enter one row (one per channel and month)."""
    return uuid.uuid5(_CHANNEL_COST_IDS, f"{channel_id.hex}:{month:%Y-%m}")


def parse_month(text: str) -> date:
    """"2026-03" as the first day of that month; ValueError (BAD_MONTH) otherwise."""
    found = _MONTH.match(text)
    if found is None or not 1 <= int(found.group(2)) <= 12 or int(found.group(1)) < 1900:
        raise ValueError(BAD_MONTH)
    return date(int(found.group(1)), int(found.group(2)), 1)


def parse_amount(text: str, currency: str) -> int:
    """A cost typed as "12000.00" or "12,000" in `currency`, in minor units; ValueError
    with the reason (not a number, too many decimals, below zero, absurdly large)."""
    minor = parse_money(text, currency)
    if minor is None:
        raise ValueError(Worded(NOT_AN_AMOUNT, text))
    problem = cost_problem(minor, clean_currency(currency))
    if problem is not None:
        raise ValueError(problem)
    return minor


def cost_problem(amount: int, currency: str) -> str | None:
    """Why a monthly cost of `amount` minor units of `currency` cannot be stored, or None."""
    problem = currency_problem(currency)
    if problem is not None:
        return problem
    if amount < 0:
        return NEGATIVE_COST
    if amount > MAX_COST_UNITS * 10 ** DECIMALS.get(clean_currency(currency), 2):
        return Worded(tr_noop("A channel's monthly cost is at most {0:,} {1}."), MAX_COST_UNITS,
                      currency)
    return None


def cost_row_problems(month: date | None, amount: int | None, currency: str) -> list[str]:
    """What stops a channel cost row (as it would be stored) being stored: the check the
    laptop and the server both run (crmdesk.domain.row_checks)."""
    out = []
    if month is None or month.day != 1:
        out.append(NOT_A_MONTH_START)
    problem = cost_problem(amount if amount is not None else -1, currency)
    if problem is not None:
        out.append(problem)
    return out
