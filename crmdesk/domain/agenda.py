"""The rep's day: what falls due (follow-ups, tasks, deal close dates, onboarding tasks,
care reminders), grouped by day, and when a reminder of it is due.

Plain rules on dates: the agenda's groups (Overdue, Today, Tomorrow, each weekday left
of this week, Next week, Later) follow the calendar's weeks (Monday first), so a month's
or a year's end changes nothing; an item falls due at its own time of day when it has
one, else at the reminder time the user chose (09:00 by default).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import IntEnum, StrEnum

from crmdesk.domain.care import Reminder
from crmdesk.domain.deals import OpportunityStage
from crmdesk.domain.words import tr_noop

#: The agenda looks this many days ahead unless told otherwise.
DEFAULT_DAYS = 7
#: The most days ahead the agenda (and the CLI's lookup by id) reads.
MOST_DAYS = 366
#: When an item with no time of its own falls due, unless the user chose another time.
DEFAULT_REMIND_AT = time(9, 0)

#: Answers to an action an item does not take.
DEAL_NOT_DONE = tr_noop("A deal is done when it is won or lost: open it on its company's card "
                        "and move its stage.")
CARE_NOT_MOVED = tr_noop("A care reminder falls on its occasion: mark it done, or dismiss it in "
                         "the queue's care reminders.")
PAST_DAY = tr_noop("Choose today or a later day.")
NO_SUCH_ITEM = tr_noop("Nothing on your agenda has the id {0}.")
SEVERAL_ITEMS = tr_noop("More than one item's id starts with {0}; give more of it.")


class AgendaKind(StrEnum):
    FOLLOW_UP = "follow-up"        # an account's next follow-up date
    TASK = "task"                  # an open task (an activity of kind task, not done)
    DEAL_CLOSE = "deal-close"      # an open deal's expected close date
    SERVICE_TASK = "service-task"  # an onboarding task assigned to the user
    CARE = "care"                  # a care reminder (renewal, birthday, anniversary)


KIND_LABELS: dict[AgendaKind, str] = {
    AgendaKind.FOLLOW_UP: "Follow-up", AgendaKind.TASK: "Task",
    AgendaKind.DEAL_CLOSE: "Deal closes", AgendaKind.SERVICE_TASK: "Service task",
    AgendaKind.CARE: "Care",
}


class Group(IntEnum):
    """Where a day stands on the agenda, in the order shown."""

    OVERDUE = 0
    TODAY = 1
    TOMORROW = 2
    THIS_WEEK = 3  # a later day of this week: one group per day
    NEXT_WEEK = 4
    LATER = 5


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """One thing on the agenda: what kind, which record (the account of a follow-up;
    the activity, deal, onboarding task; the care reminder's mark id), the company, what
    to do, on which day and (if it has one) at what time of the laptop's clock."""

    kind: AgendaKind
    record_id: uuid.UUID
    account_id: uuid.UUID
    company: str
    what: str
    day: date
    at: time | None = None
    #: a care item's reminder, a deal's stage: the window words them in its language
    #: (`what` is their English, the command line's)
    reminder: Reminder | None = None
    stage: OpportunityStage | None = None

    @property
    def key(self) -> str:
        """The item's id as the CLI shows it (its record's id in hex)."""
        return self.record_id.hex

    @property
    def short_key(self) -> str:
        return self.record_id.hex[:8]

    def told_key(self) -> str:
        """What remembers that a reminder of it was shown (moved to another day, it is
        due afresh)."""
        return f"{self.kind.value}:{self.record_id.hex}:{self.day.isoformat()}"


def week_start(day: date) -> date:
    """The Monday of `day`'s week."""
    return day - timedelta(days=day.weekday())


def group_of(day: date, today: date) -> Group:
    """The agenda group of `day` seen on `today`."""
    if day < today:
        return Group.OVERDUE
    if day == today:
        return Group.TODAY
    if day == today + timedelta(days=1):
        return Group.TOMORROW
    weeks = (week_start(day) - week_start(today)).days // 7
    if weeks == 0:
        return Group.THIS_WEEK
    return Group.NEXT_WEEK if weeks == 1 else Group.LATER


@dataclass(frozen=True, slots=True)
class Section:
    """One heading of the agenda and its items: `day` is the day of a one-day group
    (today, tomorrow, a day of this week), None for overdue, next week and later."""

    group: Group
    day: date | None
    items: tuple[AgendaItem, ...]


_KIND_ORDER = {kind: n for n, kind in enumerate(AgendaKind)}


def order_key(item: AgendaItem) -> tuple[date, time, int, str, str]:
    """By day, then time (those without one first: the day's work), kind, company."""
    return (item.day, item.at or time.min, _KIND_ORDER[item.kind], item.company.casefold(),
            item.key)


def sections(items: Iterable[AgendaItem], today: date) -> list[Section]:
    """The items under their headings, in the order shown; empty headings left out."""
    found: dict[tuple[Group, date | None], list[AgendaItem]] = {}
    for item in sorted(items, key=order_key):
        group = group_of(item.day, today)
        one_day = group in (Group.TODAY, Group.TOMORROW, Group.THIS_WEEK)
        found.setdefault((group, item.day if one_day else None), []).append(item)
    return [Section(group, day, tuple(found[(group, day)]))
            for group, day in sorted(found, key=lambda k: (k[0], k[1] or date.min))]


def heading(section: Section) -> str:
    """A section's heading in English (the CLI's; the window translates its own)."""
    if section.group is Group.OVERDUE:
        return "Overdue"
    if section.group is Group.TODAY:
        return "Today"
    if section.group is Group.TOMORROW:
        return "Tomorrow"
    if section.group is Group.THIS_WEEK and section.day is not None:
        return section.day.strftime("%A")
    return "Next week" if section.group is Group.NEXT_WEEK else "Later"


def reschedule_problem(day: date, today: date) -> str | None:
    """Why an item cannot be moved to `day`: never into the past."""
    return PAST_DAY if day < today else None


def first_line(text: str, most: int = 90) -> str:
    """A note's first line, cut to `most` characters: what an item says to do."""
    line = next((part.strip() for part in text.splitlines() if part.strip()), "")
    return line if len(line) <= most else line[:most - 1].rstrip() + "…"


# ---- reminders -------------------------------------------------------------------------

def due_at(item: AgendaItem, remind_at: time = DEFAULT_REMIND_AT) -> datetime:
    """When a reminder of the item is due: its own time on its day, else `remind_at`."""
    return datetime.combine(item.day, item.at or remind_at)


def falls_due(item: AgendaItem, now: datetime, remind_at: time = DEFAULT_REMIND_AT) -> bool:
    """Is the item due by `now` (local, naive)?"""
    return due_at(item, remind_at) <= now


def to_tell(items: Sequence[AgendaItem], now: datetime, told: Iterable[str],
            remind_at: time = DEFAULT_REMIND_AT) -> list[AgendaItem]:
    """The items due by `now` (overdue ones included) not told of yet, overdue first."""
    seen = set(told)
    return sorted((item for item in items
                   if falls_due(item, now, remind_at) and item.told_key() not in seen),
                  key=order_key)


def parse_time(text: str, default: time = DEFAULT_REMIND_AT) -> time:
    """A time of day typed as HH:MM; anything else is `default`."""
    try:
        hours, minutes = (int(part) for part in text.strip().split(":"))
        return time(hours, minutes)
    except (ValueError, TypeError):
        return default
