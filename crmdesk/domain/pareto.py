"""80/20: accounts ranked by what they paid, their cumulative share, and the key accounts.

The key accounts are the top of the ranking that makes KEY_SHARE (80%) of the revenue:
ranked by amount, largest first, the rows up to and including the one whose cumulative
share first reaches 80%. Accounts that paid exactly as much as the last of them are key
too: equal revenue never splits into "key" and "not key" by an accident of names.

A workspace with tens of thousands of paying accounts cannot draw one bar each, so
`ranking_bands` cuts the same ranking into bands of accounts (the top 5%, the next 5%, ...).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from itertools import accumulate, repeat
from operator import truediv
from typing import Generic, TypeVar

from crmdesk.domain.words import Worded, tr_noop

T = TypeVar("T")
V = TypeVar("V")

#: The share of revenue the key accounts make.
KEY_SHARE = Fraction(4, 5)
#: Bands of the ranking the compact chart draws (20: 5% of the accounts each).
BANDS = 20


@dataclass(frozen=True, slots=True)
class Ranking(Generic[T]):
    """The same ranking as columns, an object a column rather than one a row (the
    review's 80/20 ranks tens of thousands of accounts): the items largest first,
    their amounts, the running totals (each item's with all above it) and how many of
    the first items are key."""

    items: Sequence[T]
    amounts: Sequence[int]
    running: Sequence[int]
    keys: int

    def __len__(self) -> int:
        return len(self.amounts)

    @property
    def total(self) -> int:
        return self.running[-1] if self.running else 0

    def shares(self) -> list[float]:
        """Each item's share of the total."""
        return list(map(truediv, self.amounts, repeat(self.total, len(self))))

    def cumulative(self) -> list[float]:
        """Each item's cumulative share (its and all above it)."""
        return list(map(truediv, self.running, repeat(self.total, len(self))))

    def key_flags(self, key: V, other: V) -> list[V]:
        """`key` for each key item, `other` for the rest, in order."""
        return [key] * self.keys + [other] * (len(self) - self.keys)



def ranking(items: Sequence[T], amounts: Sequence[int],
            cut: Fraction = KEY_SHARE) -> Ranking[T]:
    """`items` with their `amounts`, already largest first, every amount > 0. The key
    items run to the one whose cumulative share first reaches `cut`, and on through
    those that paid exactly as much as it (equal amounts are next to each other)."""
    running = list(accumulate(amounts))
    if not running:
        return Ranking(items, amounts, running, 0)
    # exact arithmetic: "reaches 80%" must not hinge on a float rounding. In integers,
    # running * den >= num * total, i.e. running >= the ceiling of num * total / den;
    # the running totals rise (every amount > 0), so the first to reach it is found by
    # bisection
    reached = bisect_left(running, -(-cut.numerator * running[-1] // cut.denominator))
    last, end = amounts[reached], reached + 1
    while end < len(amounts) and amounts[end] == last:
        end += 1
    return Ranking(items, amounts, running, end)


@dataclass(frozen=True, slots=True)
class Band(Generic[T]):
    """A band of the ranking: the accounts from `low` to `high` (fractions of all the
    ranked accounts, 0.0 = the top), what they paid and the cumulative share at its end."""

    low: float
    high: float
    items: tuple[T, ...]
    amount: int
    share: float
    cumulative: float
    keys: int  # key accounts among them

    @property
    def label(self) -> str:
        """"Top 5%" for the first band (marked words the window translates), "5-10%" for
        the others."""
        low, high = _percent(self.low), _percent(self.high)
        return Worded(tr_noop("Top {0}"), high) if self.low == 0 else f"{low[:-1]}–{high}"


def _percent(fraction: float) -> str:
    value = fraction * 100
    return f"{value:.0f}%" if abs(value - round(value)) < 1e-9 else f"{value:.1f}%"


def ranking_bands(ranked: Ranking[T], count: int = BANDS) -> list[Band[T]]:
    """The ranking cut into `count` bands of (nearly) equal numbers of accounts, the
    band b holding ranks floor(b*n/count) to floor((b+1)*n/count) - 1; with fewer
    accounts than bands, the empty bands are left out."""
    n, total, running = len(ranked), ranked.total, ranked.running
    out: list[Band[T]] = []
    for b in range(count):
        start, end = b * n // count, (b + 1) * n // count
        if start == end:
            continue
        before = running[start - 1] if start else 0
        amount = running[end - 1] - before
        out.append(Band(b / count, (b + 1) / count, tuple(ranked.items[start:end]), amount,
                        amount / total, running[end - 1] / total,
                        max(0, min(end, ranked.keys) - start)))
    return out
