"""Order of the lead queue: overdue follow-ups first, then due today, then by value score."""

from __future__ import annotations

from datetime import date
from enum import IntEnum


class Urgency(IntEnum):
    OVERDUE = 0
    DUE_TODAY = 1
    LATER = 2


def urgency(next_follow_up: date | None, today: date) -> Urgency:
    """Which band of the queue an account falls in."""
    if next_follow_up is None or next_follow_up > today:
        return Urgency.LATER
    return Urgency.OVERDUE if next_follow_up < today else Urgency.DUE_TODAY


def queue_key(
    next_follow_up: date | None, value_score: int, name: str, today: date
) -> tuple[int, int, str]:
    """Sort key of one queue row; the store's SQL ordering implements the same rule.

    Within a band the most valuable account comes first; the name breaks ties so the
    order is stable from one refresh to the next.
    """
    return (int(urgency(next_follow_up, today)), -value_score, name)
