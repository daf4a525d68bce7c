"""Follow-up records: the kinds of activity, their outcomes, and quick follow-up dates."""

from __future__ import annotations

from datetime import date, timedelta
from enum import Enum, StrEnum
from typing import Literal, TypeAlias


class ActivityKind(StrEnum):
    CALL = "call"
    VISIT = "visit"
    MEETING = "meeting"
    EMAIL = "email"
    SMS = "sms"
    NOTE = "note"
    TASK = "task"


class Outcome(StrEnum):
    """What came of an activity. Only some outcomes mean we actually talked with them."""

    REACHED = "reached"
    INTERESTED = "interested"
    NOT_INTERESTED = "not_interested"
    MEETING_BOOKED = "meeting_booked"
    QUOTE_REQUESTED = "quote_requested"
    NO_ANSWER = "no_answer"
    LEFT_MESSAGE = "left_message"
    SENT = "sent"
    DONE = "done"


TWO_WAY_OUTCOMES: frozenset[Outcome] = frozenset(
    {
        Outcome.REACHED,
        Outcome.INTERESTED,
        Outcome.NOT_INTERESTED,
        Outcome.MEETING_BOOKED,
        Outcome.QUOTE_REQUESTED,
    }
)

#: Kinds that are a conversation with the customer (a note or a task is not).
CONVERSATION_KINDS: frozenset[ActivityKind] = frozenset(
    {ActivityKind.CALL, ActivityKind.VISIT, ActivityKind.MEETING, ActivityKind.EMAIL,
     ActivityKind.SMS}
)


def is_two_way(kind: ActivityKind, outcome: Outcome | None) -> bool:
    """Did this activity reach the customer and get an answer back?"""
    return kind in CONVERSATION_KINDS and outcome in TWO_WAY_OUTCOMES


#: The quick follow-up picks, in the order offered (the timeline's buttons, the agenda's
#: reschedule menu, the CLI's `--to`).
QUICK_CHOICES: tuple[str, ...] = ("tomorrow", "+3d", "next_week")


def quick_follow_up(choice: str, today: date) -> date:
    """The date behind a quick pick: 'tomorrow', '+3d', 'next_week' (next Monday)."""
    if choice == "tomorrow":
        return today + timedelta(days=1)
    if choice == "+3d":
        return today + timedelta(days=3)
    if choice == "next_week":
        return today + timedelta(days=7 - today.weekday())
    raise ValueError(f"unknown quick follow-up choice: {choice!r}")


class FollowUp(Enum):
    """A next follow-up the user left alone."""

    KEEP = "keep"


#: What an entry says about the next follow-up: a date, None ("nothing more planned",
#: chosen explicitly), or KEEP (left alone: the date stays as it is).
FollowUpChoice: TypeAlias = date | Literal[FollowUp.KEEP] | None


def resolve_follow_up(choice: FollowUpChoice, current: date | None) -> date | None:
    """The follow-up date after an entry: a date or None as chosen; KEEP keeps `current`.
    Nothing clears a follow-up unless the user said so."""
    return current if choice is FollowUp.KEEP else choice
