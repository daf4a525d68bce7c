"""Customer value: a 0-100 score with its reasons, churn risk, and loyalty stage.

80/20: the score has to single out the few accounts that matter most. It weighs what
the customer pays us, what is in the pipeline, how big they are and how warm the
relationship is, and every point it gives comes with a reason a rep can read.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

#: Employee-count bands, smallest first; the index is the scale's weight.
SCALES: tuple[str, ...] = ("1-9", "10-49", "50-199", "200-999", "1000-4999", "5000+")
#: Contact within RECENT_DAYS earns points; none for more than SILENT_DAYS costs some.
RECENT_DAYS, SILENT_DAYS = 30, 180
#: Revenue counts over the last REVENUE_DAYS (and the span before, for the trend).
REVENUE_DAYS = 365


@dataclass(frozen=True, slots=True)
class ValueInputs:
    """What the score is computed from; amounts are in minor units (cents, fen)."""

    revenue_12m: int = 0
    revenue_prev_12m: int = 0
    purchases: int = 0
    open_pipeline: int = 0
    scale: str | None = None
    has_key_person: bool = False
    days_since_contact: int | None = None
    referrals: int = 0


@dataclass(frozen=True, slots=True)
class Score:
    value: int
    reasons: tuple[str, ...]


def _money(minor: int) -> str:
    return f"{minor / 100:,.0f}"


def value_score(inputs: ValueInputs) -> Score:
    """The account's value score (0-100) and the reasons behind it, largest first."""
    parts: list[tuple[int, str]] = []
    # Revenue is the heaviest weight, on a log-like scale: 10k -> 10, 100k -> 20, 1M -> 30...
    if inputs.revenue_12m > 0:
        revenue = inputs.revenue_12m / 100
        points = min(40, int(10 * max(0.0, _log10(revenue) - 3.0)) + 5)
        parts.append((points, f"paid {_money(inputs.revenue_12m)} in the last 12 months"))
    if inputs.purchases >= 2:
        parts.append((min(10, 3 * inputs.purchases), f"{inputs.purchases} purchases so far"))
    if inputs.open_pipeline > 0:
        pipeline = inputs.open_pipeline / 100
        points = min(20, int(6 * max(0.0, _log10(pipeline) - 3.0)) + 3)
        parts.append((points, f"{_money(inputs.open_pipeline)} in open opportunities"))
    if inputs.scale in SCALES:
        points = 2 * SCALES.index(inputs.scale)
        if points:
            parts.append((points, f"{inputs.scale} employees"))
    if inputs.has_key_person:
        parts.append((5, "a key person is among the contacts"))
    if inputs.referrals:
        parts.append((min(10, 5 * inputs.referrals), f"referred {inputs.referrals} customer(s)"))
    days = inputs.days_since_contact
    if days is not None and days <= RECENT_DAYS:
        parts.append((5, f"in contact within the last {RECENT_DAYS} days"))
    elif days is not None and days > SILENT_DAYS:
        parts.append((-10, f"no contact for {days} days"))
    total = max(0, min(100, sum(p for p, _ in parts)))
    parts.sort(key=lambda p: -abs(p[0]))
    return Score(total, tuple(text for _, text in parts))


def _log10(x: float) -> float:
    from math import log10

    return log10(x) if x > 0 else 0.0


@dataclass(frozen=True, slots=True)
class ChurnRisk:
    at_risk: bool
    reasons: tuple[str, ...]


def churn_risk(inputs: ValueInputs, silent_days: int = 90) -> ChurnRisk:
    """A paying customer is at risk when contact has gone quiet or purchases are falling."""
    if inputs.purchases == 0:
        return ChurnRisk(False, ())
    why: list[str] = []
    days = inputs.days_since_contact
    if days is None or days > silent_days:
        why.append("no contact for a long time" if days is None else f"no contact for {days} days")
    if inputs.revenue_prev_12m > 0 and inputs.revenue_12m < inputs.revenue_prev_12m // 2:
        why.append("purchases fell by more than half against the year before")
    return ChurnRisk(bool(why), tuple(why))


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
