"""Follow-ups and tasks as calendar events (iCalendar, RFC 5545), for a .ics file and
for the server's feed alike: one writer, so a file imported once and a feed subscribed
to later describe each item the same way.

Each item is an all-day event on its day: a follow-up date and a task's due date are
days of the rep's own calendar, not instants, so they are written as floating dates
(VALUE=DATE) that stay on that day in whatever zone the calendar shows; the reminder
is at 09:00 of that day, local to the calendar. The instants written (DTSTAMP,
LAST-MODIFIED) are UTC, as stored. The UID is the record's own id, so importing the
file again, or the feed's next refresh, updates an event instead of adding a second;
SEQUENCE grows with each change of the record.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum

from icalendar import Alarm, Calendar, Event

#: The product that wrote a calendar (PRODID).
PRODID = "-//crmdesk//follow-ups and tasks//EN"
#: The UIDs' domain part: ids are UUIDs, unique anywhere.
UID_DOMAIN = "crmdesk"
#: A feed is fetched again this often by the apps that honour the hint.
REFRESH = timedelta(hours=1)
#: The reminder: this long after the start of the day (09:00 in the calendar's zone).
REMIND_AT = timedelta(hours=9)
#: SEQUENCE counts minutes since this moment: it grows with every change of a record.
_SEQUENCE_EPOCH = datetime(2020, 1, 1)


class ItemKind(StrEnum):
    FOLLOW_UP = "follow-up"
    TASK = "task"


@dataclass(frozen=True, slots=True)
class Person:
    """The contact an item is with: what a calendar shows of them."""

    name: str
    title: str | None = None
    mobile: str | None = None
    landline: str | None = None
    email: str | None = None


@dataclass(frozen=True, slots=True)
class CalendarItem:
    """An open follow-up (an account's next follow-up date) or task (an onboarding task
    due on a day), with the company and the person it is about."""

    kind: ItemKind
    record_id: uuid.UUID  # the account (a follow-up) or the task
    day: date
    account: str
    title: str = ""  # a task's own title
    person: Person | None = None
    changed_at: datetime | None = None  # naive UTC, as stored


def uid(item: CalendarItem) -> str:
    """The event's stable UID: the same record gives the same UID in every export."""
    return f"{item.kind.value}-{item.record_id}@{UID_DOMAIN}"


def summary(item: CalendarItem) -> str:
    """The event's title: what to do, at which company, with whom."""
    with_whom = f" — {item.person.name}" if item.person is not None else ""
    if item.kind is ItemKind.FOLLOW_UP:
        return f"Follow up: {item.account}{with_whom}"
    return f"{item.title}: {item.account}{with_whom}"


def description(item: CalendarItem) -> str:
    """The event's notes: the company, then the person and how to reach them."""
    lines = [f"Company: {item.account}"]
    person = item.person
    if person is not None:
        lines.append(f"Contact: {person.name}" + (f", {person.title}" if person.title else ""))
        lines += [f"{label}: {value}" for label, value in (
            ("Mobile", person.mobile), ("Phone", person.landline), ("Email", person.email))
            if value]
    return "\n".join(lines)


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def event(item: CalendarItem, now: datetime) -> Event:
    """One item as a VEVENT (`now`: the DTSTAMP, naive UTC or aware)."""
    found = Event()
    found.add("uid", uid(item))
    found.add("dtstamp", _utc(now))
    found.add("dtstart", item.day)
    found.add("dtend", item.day + timedelta(days=1))
    found.add("summary", summary(item))
    found.add("description", description(item))
    found.add("categories", ["crmdesk", item.kind.value])
    found.add("transp", "TRANSPARENT")  # a reminder of work, not a busy slot
    if item.person is not None:
        reach = item.person.mobile or item.person.landline or item.person.email
        found.add("contact", ", ".join(p for p in (item.person.name, item.account, reach) if p))
    if item.changed_at is not None:
        found.add("last-modified", _utc(item.changed_at))
        minutes = int((item.changed_at.replace(tzinfo=None) - _SEQUENCE_EPOCH)
                      .total_seconds() // 60)
        found.add("sequence", max(0, minutes))
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary(item))
    alarm.add("trigger", REMIND_AT)
    found.add_component(alarm)
    return found


def calendar(items: Iterable[CalendarItem], name: str, now: datetime) -> Calendar:
    """The items as one calendar called `name` (what a calendar app lists it as)."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    # an X- property takes its text as written (a timedelta would print as "1:00:00")
    cal.add("x-published-ttl", f"PT{int(REFRESH.total_seconds())}S")
    for item in items:
        cal.add_component(event(item, now))
    return cal


def ics_bytes(items: Iterable[CalendarItem], name: str, now: datetime) -> bytes:
    """The calendar as the bytes of a .ics file (UTF-8, CRLF lines)."""
    written: bytes = calendar(items, name, now).to_ical()
    return written


def calendar_name(whose: str) -> str:
    """What a calendar app lists the calendar (the file's, the feed's) as."""
    return f"crmdesk — {whose}"
