"""80/20: accounts ranked by what they paid, their cumulative share, and the key accounts.

The key accounts are the top of the ranking that makes KEY_SHARE (80%) of the revenue:
ranked by amount, largest first, the rows up to and including the one whose cumulative
share first reaches 80%. Accounts that paid exactly as much as the last of them are key
too: equal revenue never splits into "key" and "not key" by an accident of names.

A workspace with tens of thousands of paying accounts cannot draw one bar each, so
`bands` cuts the same ranking into bands of accounts (the top 5%, the next 5%, ...).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from operator import attrgetter, itemgetter
from typing import Any, Generic, NamedTuple, TypeVar

T = TypeVar("T")

#: The share of revenue the key accounts make.
KEY_SHARE = Fraction(4, 5)
#: Bands of the ranking the compact chart draws (20: 5% of the accounts each).
BANDS = 20


class Ranked(NamedTuple, Generic[T]):
    """One item in the ranking: its amount, its share of the total, the cumulative share
    of it and all ranked above it, and whether it is a key account. A named tuple:
    tens of thousands are made a review, each a fraction of a dataclass's cost."""

    item: T
    amount: int
    share: float
    cumulative: float
    key: bool


def rank(items: Iterable[tuple[T, int]], order: Callable[[T], Any] | None = None,
         cut: Fraction = KEY_SHARE) -> list[Ranked[T]]:
    """`items` (item, amount) with amount > 0, largest first (equal amounts in `order`
    of their items, else as given), with shares of their total and the key flag. Items
    of no amount have no share of revenue and are left out."""
    paying = [pair for pair in items if pair[1] > 0]
    if order is not None:
        paying.sort(key=lambda p: order(p[0]))
    paying.sort(key=_AMOUNT_OF_PAIR, reverse=True)  # stable: ties keep `order`
    total = sum(map(_AMOUNT_OF_PAIR, paying))
    out: list[Ranked[T]] = []
    before = 0  # revenue of the items ranked above this one
    last_key: int | None = None  # amount of the row that reached the cut
    # exact arithmetic: "reaches 80%" must not hinge on a float rounding; in integers
    # (x < cut * total as x * den < num * total), not Fractions compared tens of
    # thousands of times at 100k paying accounts
    den = cut.denominator
    threshold = cut.numerator * total
    for item, amount in paying:
        key = before * den < threshold or amount == last_key
        if key and last_key is None and (before + amount) * den >= threshold:
            last_key = amount
        before += amount
        out.append(Ranked(item, amount, amount / total, before / total, key))
    return out


def key_count(ranked: Sequence[Ranked[T]]) -> int:
    """How many of `ranked` are key accounts (they come first)."""
    return sum(map(_KEY, ranked))


# tens of thousands of rows: each read by a function of C, not a generator's step
_AMOUNT_OF_PAIR = itemgetter(1)
_ITEM, _AMOUNT, _KEY = attrgetter("item"), attrgetter("amount"), attrgetter("key")


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
        """"Top 5%" for the first band, "5-10%" for the others."""
        low, high = _percent(self.low), _percent(self.high)
        return f"Top {high}" if self.low == 0 else f"{low[:-1]}–{high}"


def _percent(fraction: float) -> str:
    value = fraction * 100
    return f"{value:.0f}%" if abs(value - round(value)) < 1e-9 else f"{value:.1f}%"


def bands(ranked: Sequence[Ranked[T]], count: int = BANDS) -> list[Band[T]]:
    """The ranking cut into `count` bands of (nearly) equal numbers of accounts, the
    band b holding ranks floor(b*n/count) to floor((b+1)*n/count) - 1; with fewer
    accounts than bands, the empty bands are left out."""
    n = len(ranked)
    total = sum(map(_AMOUNT, ranked))
    out: list[Band[T]] = []
    before = 0
    for b in range(count):
        start, end = b * n // count, (b + 1) * n // count
        if start == end:
            continue
        part = ranked[start:end]
        amount = sum(map(_AMOUNT, part))
        before += amount
        out.append(Band(b / count, (b + 1) / count, tuple(map(_ITEM, part)), amount,
                        amount / total, before / total, sum(map(_KEY, part))))
    return out
