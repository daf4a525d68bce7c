"""Customer value: a 0-100 score with its reasons, churn risk, and loyalty stage.

80/20: the score has to single out the few accounts that matter most. It weighs what
the customer pays us, what is in the pipeline, how big they are and how warm the
relationship is, and every point it gives comes with a reason a rep can read.

An advocate (a company that referred others to us) scores higher than the same
customer that referred none: a referral is business it brought us (the customers it
referred and what they pay), a financial contribution beyond its own payments, which
the product's value assessment weighs (PRODUCT.md: characteristics, transactions,
financial contribution, contact status). The points are few (5 a referral, at most 10)
so paying customers still lead the 80/20; the loyalty stage says "advocacy" only of a
repeat customer, the score counts a referral from anyone.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from math import log10
from typing import NamedTuple, TypeVar

V = TypeVar("V", bound=Hashable)

#: Employee-count bands, smallest first; the index is the scale's weight.
SCALES: tuple[str, ...] = ("1-9", "10-49", "50-199", "200-999", "1000-4999", "5000+")
#: Contact within RECENT_DAYS earns points; none for more than SILENT_DAYS costs some.
RECENT_DAYS, SILENT_DAYS = 30, 180
#: Revenue counts over the last REVENUE_DAYS (and the span before, for the trend).
REVENUE_DAYS = 365


class ValueInputs(NamedTuple):
    """What the score is computed from; amounts are in minor units (cents, fen). A named
    tuple: the review makes one for each of thousands of customers at risk."""

    revenue_12m: int = 0
    revenue_prev_12m: int = 0
    purchases: int = 0
    open_pipeline: int = 0
    scale: str | None = None
    has_key_person: bool = False
    days_since_contact: int | None = None
    referrals: int = 0


class Why(StrEnum):
    """What a reason says; its `Reason.n` is an amount, a count or days as noted."""

    PAID = "paid"                  # n: paid in the last 12 months, minor units
    PURCHASES = "purchases"        # n: purchases so far
    PIPELINE = "pipeline"          # n: in open opportunities, minor units
    SCALE = "scale"                # scale: the employee band
    KEY_PERSON = "key_person"
    REFERRED = "referred"          # n: customers referred
    RECENT = "recent"              # n: in contact within the last n days
    SILENT = "silent"              # n: days without contact
    NEVER = "never"                # no contact recorded
    FELL = "fell"                  # purchases fell by more than half


class Reason(NamedTuple):
    """One reason behind a score or a churn risk, as a code and its figure: the window
    words it in the user's language (crmdesk.ui.words.value_reason), the command line
    and the review's exports in English (`reason_text`)."""

    why: Why
    n: int = 0
    scale: str = ""


@dataclass(frozen=True, slots=True)
class Score:
    value: int
    reasons: tuple[Reason, ...]


def _money(minor: int) -> str:
    return f"{minor / 100:,.0f}"


#: The reasons in English (the command line's, the review's exports').
_ENGLISH: dict[Why, Callable[[Reason], str]] = {
    Why.PAID: lambda r: f"paid {_money(r.n)} in the last 12 months",
    Why.PURCHASES: lambda r: f"{r.n} purchases so far",
    Why.PIPELINE: lambda r: f"{_money(r.n)} in open opportunities",
    Why.SCALE: lambda r: f"{r.scale} employees",
    Why.KEY_PERSON: lambda r: "a key person is among the contacts",
    Why.REFERRED: lambda r: (f"referred {r.n} {'company' if r.n == 1 else 'companies'} "
                             "to us"),
    Why.RECENT: lambda r: f"in contact within the last {r.n} days",
    Why.SILENT: lambda r: f"no contact for {r.n} days",
    Why.NEVER: lambda r: "no contact for a long time",
    Why.FELL: lambda r: "purchases fell by more than half against the year before",
}


def reason_text(reason: Reason) -> str:
    """`reason` in English: "paid 12,000 in the last 12 months"."""
    return _ENGLISH[reason.why](reason)


def reasons_text(reasons: Sequence[Reason]) -> str:
    """`reasons` in English, one after the other: "no contact for 120 days; ..."."""
    return "; ".join(map(reason_text, reasons))


class Said(str):
    """Reasons as a review's cell holds them: their English words (what the exports
    and the command line write, what sorts), with the reasons themselves in `reasons`
    for the window to word."""

    reasons: tuple[Reason, ...]

    def __new__(cls, reasons: tuple[Reason, ...]) -> Said:
        said = super().__new__(cls, reasons_text(reasons))
        said.reasons = reasons
        return said

    def __reduce__(self) -> tuple[object, ...]:
        return (Said, (self.reasons,))


# both remembered by amount: the review scores thousands of customers, among whom the
# same amounts recur (a seventh as many distinct ones at 100k accounts), each a logarithm
@lru_cache(maxsize=4096)
def _revenue_points(minor: int) -> int:
    # the heaviest weight, on a log-like scale: 10k -> 10, 100k -> 20, 1M -> 30...
    return min(40, int(10 * max(0.0, _log10(minor / 100) - 3.0)) + 5)


@lru_cache(maxsize=4096)
def _pipeline_points(minor: int) -> int:
    return min(20, int(6 * max(0.0, _log10(minor / 100) - 3.0)) + 3)


def _purchase_points(purchases: int) -> int:
    return min(10, 3 * purchases)


def _scale_points(scale: str | None) -> int:
    return 2 * SCALES.index(scale) if scale in SCALES else 0


def _referral_points(referrals: int) -> int:
    return min(10, 5 * referrals)


# points for a key person among the contacts, for contact within RECENT_DAYS, and (taken
# off) for none for more than SILENT_DAYS
_KEY_PERSON, _RECENT, _SILENT = 5, 5, -10


def _clamped(points: int) -> int:
    return max(0, min(100, points))


def value_score(inputs: ValueInputs) -> Score:
    """The account's value score (0-100) and the reasons behind it, largest first."""
    parts: list[tuple[int, Reason]] = []
    if inputs.revenue_12m > 0:
        parts.append((_revenue_points(inputs.revenue_12m),
                      Reason(Why.PAID, inputs.revenue_12m)))
    if inputs.purchases >= 2:
        parts.append((_purchase_points(inputs.purchases),
                      Reason(Why.PURCHASES, inputs.purchases)))
    if inputs.open_pipeline > 0:
        parts.append((_pipeline_points(inputs.open_pipeline),
                      Reason(Why.PIPELINE, inputs.open_pipeline)))
    scale = _scale_points(inputs.scale)
    if scale:
        parts.append((scale, Reason(Why.SCALE, scale=inputs.scale or "")))
    if inputs.has_key_person:
        parts.append((_KEY_PERSON, Reason(Why.KEY_PERSON)))
    if inputs.referrals:
        parts.append((_referral_points(inputs.referrals),
                      Reason(Why.REFERRED, inputs.referrals)))
    days = inputs.days_since_contact
    if days is not None and days <= RECENT_DAYS:
        parts.append((_RECENT, Reason(Why.RECENT, RECENT_DAYS)))
    elif days is not None and days > SILENT_DAYS:
        parts.append((_SILENT, Reason(Why.SILENT, days)))
    total = _clamped(sum(p for p, _ in parts))
    parts.sort(key=lambda p: -abs(p[0]))
    return Score(total, tuple(text for _, text in parts))


def score_values(revenues: Sequence[int], purchases: Sequence[int], pipelines: Sequence[int],
                 scales: Sequence[str | None], key_people: Sequence[object],
                 days: Sequence[int | None], referrals: Sequence[int]) -> list[int]:
    """`value_score(...).value` of each account given as columns, without the words of
    each, each term worked out once for each distinct value of its column (the review
    scores thousands of customers, among whom the values recur) and looked up."""
    totals = list(map(sum, zip(
        _each(_revenue_term, revenues), _each(_purchase_term, purchases),
        _each(_pipeline_term, pipelines), _each(_scale_points, scales),
        _each(_key_term, key_people), _each(_contact_term, days),
        _each(_referral_term, referrals), strict=True)))
    return _each(_clamped, totals)


def _each(term: Callable[[V], int], column: Sequence[V]) -> list[int]:
    """`term` of each of `column`, worked out once for each distinct value."""
    return list(map({v: term(v) for v in set(column)}.__getitem__, column))


def _revenue_term(minor: int) -> int:
    return _revenue_points(minor) if minor > 0 else 0


def _purchase_term(purchases: int) -> int:
    return _purchase_points(purchases) if purchases >= 2 else 0


def _pipeline_term(minor: int) -> int:
    return _pipeline_points(minor) if minor > 0 else 0


def _referral_term(referrals: int) -> int:
    return _referral_points(referrals) if referrals else 0


def _key_term(key_person: object) -> int:
    return _KEY_PERSON if key_person else 0


def _contact_term(days: int | None) -> int:
    if days is not None and days <= RECENT_DAYS:
        return _RECENT
    if days is not None and days > SILENT_DAYS:
        return _SILENT
    return 0


def _log10(x: float) -> float:
    return log10(x) if x > 0 else 0.0


class ChurnRisk(NamedTuple):
    at_risk: bool
    reasons: tuple[Reason, ...]


#: A paying customer not contacted for more than this many days is at risk of churn.
CHURN_SILENT_DAYS = 90


def churn_risk(inputs: ValueInputs, silent_days: int = CHURN_SILENT_DAYS) -> ChurnRisk:
    """A paying customer is at risk when contact has gone quiet or purchases are falling."""
    if inputs.purchases == 0:
        return ChurnRisk(False, ())
    why = _why(_quiet(inputs.days_since_contact, silent_days),
               _fell(inputs.revenue_12m, inputs.revenue_prev_12m))
    return ChurnRisk(bool(why), why)


def churn_reasons(purchases: Sequence[int], days: Sequence[int | None],
                  revenues: Sequence[int], before: Sequence[int],
                  silent_days: int = CHURN_SILENT_DAYS) -> list[tuple[Reason, ...]]:
    """`churn_risk(...).reasons` of each account given as columns (at risk: some
    reason), the silence's reason made once for each distinct number of days."""
    quiet = {d: _quiet(d, silent_days) for d in set(days)}
    return list(map(_why, map(quiet.__getitem__, days), map(_fell, revenues, before),
                    map(bool, purchases)))


_NEVER, _FELL = Reason(Why.NEVER), Reason(Why.FELL)


def _quiet(days: int | None, silent_days: int) -> Reason | None:
    if days is None:
        return _NEVER
    return Reason(Why.SILENT, days) if days > silent_days else None


def _fell(revenue: int, before: int) -> Reason | None:
    return _FELL if before > 0 and revenue < before // 2 else None


def _why(quiet: Reason | None, fell: Reason | None,
         paying: bool = True) -> tuple[Reason, ...]:
    if not paying:
        return ()
    if quiet is None:
        return () if fell is None else (fell,)
    return (quiet,) if fell is None else (quiet, fell)


class Loyalty(StrEnum):
    SUSPICION = "suspicion"
    EXPECTATION = "expectation"
    FIRST_PURCHASE = "first_purchase"
    REPEAT_PURCHASE = "repeat_purchase"
    ADVOCACY = "advocacy"


def loyalty_stage(purchases: int, referrals: int, engaged: bool) -> Loyalty:
    """Loyalty from purchase history and referrals; `engaged` means a two-way contact."""
    if purchases >= 2 and referrals > 0:
        return Loyalty.ADVOCACY
    if purchases >= 2:
        return Loyalty.REPEAT_PURCHASE
    if purchases == 1:
        return Loyalty.FIRST_PURCHASE
    return Loyalty.EXPECTATION if engaged else Loyalty.SUSPICION
