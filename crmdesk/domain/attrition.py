"""Customers kept and lost (shared/PRODUCT.md, "Review": attrition rate = customers lost
in a year over customers at its start).

Accounts carry no "lost on" date, and a contracted customer is never marked lost (it is
handed to service), so both sides come from the contracts, as a sales manager counts:

- A paid contract *covers* an account from the day its first money arrived to its end
  (`ends_on`; without one, `DEFAULT_TERM_MONTHS` after signing) and for
  `RENEWAL_GRACE_DAYS` more, the time a renewal usually takes to be signed and paid.
- A *customer* on a day is an account that some paid contract covers that day.
- The customers at the start of a year are those on its 1 January; one of them is
  *lost in* that year when no paid contract covers it on the day the year is read
  at: the next 1 January, or today for the year in progress (year to date).

So a customer whose last contract ran out (with the grace) in the year, and was not
renewed, is lost that year; one who renewed in time never is. Money in any currency
counts: this is who pays us, not how much.

Plain Python: crmdesk.store.review.funnel asks the same in SQL, the tests in Python.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from crmdesk.domain.deals import add_months, contract_end
from crmdesk.domain.report import share

#: How long a contract signed without an end (nor a term) is taken to run.
DEFAULT_TERM_MONTHS = 12
#: Days after a contract ends during which its customer is still one (renewal time).
RENEWAL_GRACE_DAYS = 30
#: How many years the attrition table goes back (this one included).
YEARS = 10


@dataclass(frozen=True, slots=True)
class Cover:
    """The days a paid contract makes its account a customer, both ends included."""

    start: date
    end: date

    def covers(self, day: date) -> bool:
        return self.start <= day <= self.end


def cover(signed_on: date, ends_on: date | None, first_paid: date | None) -> Cover | None:
    """The cover of a contract signed on `signed_on`, ending `ends_on`, whose first money
    arrived `first_paid` (None: no money yet, no cover)."""
    if first_paid is None:
        return None
    end = ends_on or contract_end(signed_on, DEFAULT_TERM_MONTHS)
    assert end is not None
    return Cover(first_paid, end + timedelta(days=RENEWAL_GRACE_DAYS))


def customer_on(covers: Iterable[Cover], day: date) -> bool:
    """Is an account with these contracts' covers a customer on `day`?"""
    return any(c.covers(day) for c in covers)


def years(today: date) -> list[int]:
    """The years the attrition table reads, oldest first, to `today`'s."""
    return list(range(today.year - YEARS + 1, today.year + 1))


def year_start(year: int) -> date:
    return date(year, 1, 1)


def read_on(year: int, today: date) -> date:
    """The day `year`'s losses are read at: the next 1 January, or today while the
    year is in progress."""
    return min(date(year + 1, 1, 1), today)


def in_progress(year: int, today: date) -> bool:
    """Is `year` still running on `today` (its row is year to date)?"""
    return year == today.year


def lost_in(covers: Iterable[Cover], year: int, today: date) -> bool:
    """Was an account with these covers a customer at the start of `year`, and lost
    in it (as read on `read_on`)?"""
    kept = list(covers)
    return customer_on(kept, year_start(year)) and not customer_on(kept, read_on(year, today))


def attrition_rate(lost: int, at_start: int) -> float | None:
    """Customers lost over customers at the start (None without any)."""
    return share(lost, at_start)


def signed_since(day: date) -> date:
    """The earliest signing day whose contract, without an end, still covers `day`
    (later ones' default ends fall later: `add_months` is monotone); the SQL side reads
    open-ended contracts through it instead of doing date arithmetic itself."""
    # the default end covers `day` when add_months(signed, N) - 1 + grace >= day
    target = day - timedelta(days=RENEWAL_GRACE_DAYS - 1)
    guess = add_months(target, -DEFAULT_TERM_MONTHS)
    while add_months(guess, DEFAULT_TERM_MONTHS) < target:  # a 29 February clamped
        guess += timedelta(days=1)
    while add_months(guess - timedelta(days=1), DEFAULT_TERM_MONTHS) >= target:
        guess -= timedelta(days=1)
    return guess
