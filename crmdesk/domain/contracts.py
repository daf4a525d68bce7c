"""Contracts and payments as people read them: money written short ("¥60,000"), a
schedule filled in one stroke ("one payment", "N equal instalments monthly"), how late
a payment came, the lines the timeline shows, and how a payment is credited (to the
deal's owner, on the day the money arrived, in the period holding that day).

Plain Python; the money rules themselves (what is due, overdue, refused) are
crmdesk.domain.deals.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from crmdesk.domain.currencies import DECIMALS, SYMBOLS
from crmdesk.domain.deals import Due, even_schedule


def short_money(amount: int, code: str) -> str:
    """`amount` (minor units) as a salesperson writes it: "¥60,000", "¥1,250.50",
    "980 CHF" (decimals only when there are some)."""
    places = DECIMALS.get(code.upper(), 2)
    sign = "-" if amount < 0 else ""
    whole, part = divmod(abs(amount), 10 ** places)
    text = f"{whole:,}" + (f".{part:0{places}d}" if places and part else "")
    symbol = SYMBOLS.get(code.upper())
    return f"{sign}{symbol}{text}" if symbol else f"{sign}{text} {code.upper()}"


class Fill(StrEnum):
    """How the contract dialog fills the schedule in one stroke."""

    ONE = "one"          # the whole amount, once
    MONTHLY = "monthly"  # N equal instalments a month apart


def quick_schedule(fill: Fill, amount: int, first_due: date, parts: int = 1) -> list[Due]:
    """The schedule a quick fill makes: one payment of the whole `amount` due on
    `first_due`, or `parts` equal monthly instalments from it (the last takes the
    remainder, so they always add up to the amount)."""
    if fill is Fill.ONE or parts <= 1:
        return [Due(first_due, amount, "Payment in full")]
    return even_schedule(amount, first_due, parts, 1)


def days_late(due_on: date | None, paid_on: date) -> int:
    """How many days after its due date a payment came (0: on time or early)."""
    return max(0, (paid_on - due_on).days) if due_on is not None else 0


def contract_line(number: str, amount: int, currency: str, term_months: int | None) -> str:
    """The timeline's line for a contract: "Contract C-77 signed · ¥60,000 · 12 months"."""
    bits = [f"Contract {number} signed", short_money(amount, currency)]
    if term_months:
        bits.append(f"{term_months} month" + ("" if term_months == 1 else "s"))
    return " · ".join(bits)


def payment_line(amount: int, currency: str, position: int | None, of: int,
                 late: int) -> str:
    """The timeline's line for a payment: "Payment ¥20,000 · instalment 2 of 3 · 5 days
    late" (no instalment named: only the money; on time: no lateness)."""
    bits = [f"Payment {short_money(amount, currency)}"]
    if position is not None:
        bits.append(f"instalment {position} of {of}")
    if late:
        bits.append(f"{late} day{'' if late == 1 else 's'} late")
    return " · ".join(bits)


def overdue_line(amount: int, currency: str, due_on: date, today: date) -> str:
    """What the card says of an overdue instalment: "¥20,000 overdue since 2026-11-02
    (30 days late)"."""
    late = days_late(due_on, today)
    return (f"{short_money(amount, currency)} overdue since {due_on.isoformat()} "
            f"({late} day{'' if late == 1 else 's'} late)")


class Period(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


def period_start(day: date, period: Period) -> date:
    """The first day of the period holding `day` (the period a sale paid then counts in)."""
    if period is Period.YEAR:
        return date(day.year, 1, 1)
    if period is Period.QUARTER:
        return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    return date(day.year, day.month, 1)


def next_start(day: date, period: Period) -> date:
    """The first day of the period after the one holding `day`."""
    first = period_start(day, period)
    months = {Period.MONTH: 1, Period.QUARTER: 3, Period.YEAR: 12}[Period(period)]
    index = first.year * 12 + first.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def period_end(day: date, period: Period) -> date:
    """The last day of the period holding `day`."""
    return next_start(day, period) - timedelta(days=1)


def periods(start: date, end: date, period: Period) -> list[date]:
    """The first days of the periods of kind `period` that overlap [start, end]."""
    out: list[date] = []
    day = period_start(start, period)
    while day <= end:
        out.append(day)
        day = next_start(day, period)
    return out


@dataclass(frozen=True, slots=True)
class Paid:
    """A payment as credit reads it: who sold (the deal's owner, or the contract's when
    it came straight from the account), when the money arrived, how much, in what."""

    seller: uuid.UUID | None
    received_on: date
    amount: int
    currency: str


@dataclass(frozen=True, slots=True)
class Credit:
    """Sales credited to one seller in one period, in one currency."""

    seller: uuid.UUID | None
    period: date  # its first day
    currency: str
    amount: int
    payments: int


def credit(payments: Sequence[Paid], period: Period) -> list[Credit]:
    """Sales credited per seller, period and currency: each payment counts on the day it
    arrived, for the seller it names (a contract typed in without money counts nothing,
    since only payments come in). Sorted by period, then seller, then currency."""
    sums: dict[tuple[uuid.UUID | None, date, str], list[int]] = {}
    for paid in payments:
        key = (paid.seller, period_start(paid.received_on, period), paid.currency)
        held = sums.setdefault(key, [0, 0])
        held[0] += paid.amount
        held[1] += 1
    return [Credit(seller, start, currency, total, count)
            for (seller, start, currency), (total, count)
            in sorted(sums.items(), key=lambda kv: (kv[0][1], str(kv[0][0] or ""), kv[0][2]))]
