"""Care reminders: a contract's renewal before it ends, a contact's birthday, a customer's
anniversary (the day its first contract was signed), as follow-ups in the queue.

A reminder is never a stored row: it is derived from the facts (a contract's end date, a
contact's birthday, the first contract's signing day) wherever it is shown, so two
laptops never make two of one. What people do with it (done, or dismissed) is a synced
record, a `care_marks` row whose id is derived from the reminder's kind, its subject and
its occurrence (`mark_id`): marked on two laptops offline, it is one row, and once
marked it is marked everywhere.

Each reminder has an occasion (`occurs_on`: the end date, this year's birthday or
anniversary) and is due from `lead_days` before it (the team's setting, else
`DEFAULT_LEAD_DAYS`): from then until the occasion it is due; after the occasion, not
marked, it is overdue; `GRACE_DAYS` after it, it drops off (a greeting three weeks
late is no greeting, and a contract ended a month ago without renewal is a win-back,
no longer a renewal).

A birthday is stored as a date; a birthday whose year is unknown is stored in the year
`NO_YEAR` (1604, as Apple's address book does: a leap year, so 29 February fits), and
one field holds month, day and year together so two laptops' edits never mix one's
month with the other's year. A 29 February birthday falls on 28 February in other
years.
"""

from __future__ import annotations

import calendar
import re
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from enum import IntEnum, StrEnum

from crmdesk.domain.words import Worded, tr_noop


class CareKind(StrEnum):
    RENEWAL = "renewal"
    BIRTHDAY = "birthday"
    ANNIVERSARY = "anniversary"


class MarkState(StrEnum):
    """What the rep did with a reminder."""

    DONE = "done"            # acted on (called, sent the greeting, renewed)
    DISMISSED = "dismissed"  # not worth acting on this time


KIND_LABELS = {CareKind.RENEWAL: tr_noop("Renewal"), CareKind.BIRTHDAY: tr_noop("Birthday"),
               CareKind.ANNIVERSARY: tr_noop("Anniversary")}
MARK_LABELS = {MarkState.DONE: tr_noop("Done"), MarkState.DISMISSED: tr_noop("Dismissed")}

#: Days before the occasion a reminder is due, when the team has set nothing.
DEFAULT_LEAD_DAYS = {CareKind.RENEWAL: 30, CareKind.BIRTHDAY: 3, CareKind.ANNIVERSARY: 7}
#: Days after the occasion a reminder not marked stays (overdue) before it drops off.
GRACE_DAYS = {CareKind.RENEWAL: 30, CareKind.BIRTHDAY: 3, CareKind.ANNIVERSARY: 7}
#: The most days ahead a team may ask for (half a year).
MAX_LEAD_DAYS = 180
#: The year a birthday without a known year is stored in (a leap year).
NO_YEAR = 1604
FIRST_YEAR = 1900
LAST_YEAR = 2100

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
           "Dec")

NO_TEAM = tr_noop("Care settings belong to a team; choose one.")
BAD_KIND = tr_noop("A care reminder is a renewal, a birthday or an anniversary.")
BAD_STATE = tr_noop("A reminder is marked done or dismissed.")
BAD_LEAD = Worded(tr_noop("Days ahead: give a number of days from 0 to {0}."), MAX_LEAD_DAYS)
BAD_MARK = tr_noop("This mark does not name its reminder (its kind, subject and day).")
BAD_BIRTHDAY = tr_noop("A birthday is a day of a year from 1900 on, or a month and day alone "
                       "(YYYY-MM-DD or MM-DD).")
FUTURE_BIRTHDAY = tr_noop("A birthday cannot be after today.")


class Band(IntEnum):
    """Where a reminder stands on a day: the queue's bands (crmdesk.domain.priority)."""

    OVERDUE = 0   # the occasion passed and nobody marked it
    DUE = 1       # within its days ahead of the occasion, or on the day itself
    UPCOMING = 2  # not yet due (shown only when asked to look further ahead)


# ---- birthdays ------------------------------------------------------------------------

def has_year(birthday: date) -> bool:
    return birthday.year != NO_YEAR


def birthday_problem(value: object) -> str | None:
    """Why `value` cannot be stored as a birthday (None: it can; no birthday is fine):
    the check the laptop and the server both run."""
    if value is None:
        return None
    if not isinstance(value, date):
        return BAD_BIRTHDAY
    if value.year != NO_YEAR and not FIRST_YEAR <= value.year <= LAST_YEAR:
        return BAD_BIRTHDAY
    return None


_FULL = re.compile(r"^(\d{4})(?:-(\d{1,2})-(\d{1,2})|(\d{2})(\d{2}))$")
_MONTH_DAY = re.compile(r"^(?:--)?(?:(\d{1,2})-(\d{1,2})|(\d{2})(\d{2}))$")


def parse_birthday(text: str, today: date | None = None) -> date | None:
    """A birthday as people type it or a vCard holds it: "1985-12-08", "19851208",
    "12-08", "--1208", "--12-08" (no year: stored in NO_YEAR); a vCard's date-time
    keeps its date. Empty: no birthday. Raises ValueError with the reason. With
    `today`, a birthday after it is refused."""
    text = text.strip()
    if not text:
        return None
    text = text.split("T", 1)[0] if "T" in text and not text.startswith("--") else text
    full, month_day = _FULL.match(text), _MONTH_DAY.match(text)
    try:
        if full:
            found = date(int(full[1]), int(full[2] or full[4]), int(full[3] or full[5]))
        elif month_day:
            found = date(NO_YEAR, int(month_day[1] or month_day[3]),
                         int(month_day[2] or month_day[4]))
        else:
            raise ValueError(BAD_BIRTHDAY)
    except ValueError:
        raise ValueError(BAD_BIRTHDAY) from None
    problem = birthday_problem(found)
    if problem is not None:
        raise ValueError(problem)
    if today is not None and has_year(found) and found > today:
        raise ValueError(FUTURE_BIRTHDAY)
    return found


def birthday_text(birthday: date | None) -> str:
    """As the contact dialog shows it: "1985-12-08", or "12-08" without a year."""
    if birthday is None:
        return ""
    return birthday.isoformat() if has_year(birthday) else birthday.strftime("%m-%d")


def month_day_text(day: date) -> str:
    """"Dec 8": the same in every locale (the queue's and the CLI's texts)."""
    return f"{_MONTHS[day.month - 1]} {day.day}"


# ---- occurrences ----------------------------------------------------------------------

def on_year(day: date, year: int) -> date:
    """`day`'s month and day in `year`; 29 February falls on the 28th in other years."""
    if day.month == 2 and day.day == 29 and not calendar.isleap(year):
        return date(year, 2, 28)
    return day.replace(year=year)


def yearly(base: date, start: date, end: date) -> list[date]:
    """The days from `start` to `end` (both included) that fall on `base`'s month and
    day, after `base`'s own year (a first anniversary is a year on; a birthday with no
    year known: every year)."""
    first = start.year if base.year == NO_YEAR else max(start.year, base.year + 1)
    return [d for year in range(first, end.year + 1)
            if start <= (d := on_year(base, year)) <= end]


def window(kind: CareKind, today: date, lead_days: int, ahead: int = 0) -> tuple[date, date]:
    """The occasions a list made on `today` shows: from those whose grace has not yet
    run out to those due within `ahead` days."""
    return today - timedelta(days=GRACE_DAYS[kind]), today + timedelta(days=lead_days + ahead)


def band(occurs_on: date, lead_days: int, today: date) -> Band:
    if occurs_on < today:
        return Band.OVERDUE
    return Band.DUE if occurs_on - timedelta(days=lead_days) <= today else Band.UPCOMING


# ---- the reminder and its mark -----------------------------------------------------------

def occurrence(kind: CareKind, occurs_on: date) -> str:
    """Which occurrence a reminder is, in its mark's id: a renewal's end date (a
    contract whose end moves is a new renewal), a birthday's or anniversary's year."""
    return occurs_on.isoformat() if kind is CareKind.RENEWAL else str(occurs_on.year)


def mark_id(kind: CareKind | str, subject_id: uuid.UUID, occurs_on: date) -> uuid.UUID:
    """The one mark of one reminder: the contract (renewal), contact (birthday) or
    account (anniversary) it is about, and its occurrence."""
    kind = CareKind(kind)
    return uuid.uuid5(subject_id, f"care:{kind.value}:{occurrence(kind, occurs_on)}")


def mark_key(kind: CareKind | str, subject_id: uuid.UUID, occurs_on: date
             ) -> tuple[CareKind, uuid.UUID, str]:
    """What `mark_id` is derived from (two reminders of one key have one mark): compared
    as it is where thousands of reminders are, a hash a reminder saved."""
    kind = CareKind(kind)
    return kind, subject_id, occurrence(kind, occurs_on)


def setting_id(team_id: uuid.UUID, kind: CareKind | str) -> uuid.UUID:
    """The one row of a team's settings for one kind of reminder."""
    return uuid.uuid5(team_id, f"care-setting:{CareKind(kind).value}")


@dataclass(frozen=True, slots=True)
class Reminder:
    """One care reminder: what it is about and when."""

    kind: CareKind
    subject_id: uuid.UUID   # the contract, contact or account
    account_id: uuid.UUID
    occurs_on: date
    lead_days: int
    #: the contract's number (renewal), the contact's name (birthday), the company's
    #: name (anniversary)
    subject: str
    #: a birthday's age or an anniversary's years (None: the year is unknown)
    years: int | None = None

    @property
    def id(self) -> uuid.UUID:
        return mark_id(self.kind, self.subject_id, self.occurs_on)

    @property
    def key(self) -> tuple[CareKind, uuid.UUID, str]:
        """What its mark's id is derived from (`mark_key`)."""
        return mark_key(self.kind, self.subject_id, self.occurs_on)

    @property
    def due_on(self) -> date:
        return self.occurs_on - timedelta(days=self.lead_days)

    def band(self, today: date) -> Band:
        return band(self.occurs_on, self.lead_days, today)

    def text(self, company: bool = True) -> str:
        """"Renewal: C-123 ends 2027-01-15", "Birthday: 张伟 (Dec 8)", "Anniversary:
        Acme (3 years a customer, Mar 4)"; without `company` (a list with a column of
        its own for it), "Anniversary: 3 years a customer, Mar 4"."""
        if self.kind is CareKind.RENEWAL:
            return f"Renewal: {self.subject} ends {self.occurs_on.isoformat()}"
        when = month_day_text(self.occurs_on)
        if self.kind is CareKind.BIRTHDAY:
            turns = f", turns {self.years}" if self.years else ""
            return f"Birthday: {self.subject} ({when}{turns})"
        years = f"{self.years} year{'s' if self.years != 1 else ''} a customer, "
        if not company:
            return f"Anniversary: {years}{when}"
        return f"Anniversary: {self.subject} ({years}{when})"


def birthdays(contact_id: uuid.UUID, account_id: uuid.UUID, name: str, birthday: date,
              today: date, lead_days: int, ahead: int = 0) -> list[Reminder]:
    """The birthday reminders of one contact a list made on `today` shows."""
    start, end = window(CareKind.BIRTHDAY, today, lead_days, ahead)
    return [Reminder(CareKind.BIRTHDAY, contact_id, account_id, day, lead_days, name,
                     day.year - birthday.year if has_year(birthday) else None)
            for day in yearly(birthday, start, end)]


def anniversaries(account_id: uuid.UUID, name: str, first_signed: date, today: date,
                  lead_days: int, ahead: int = 0) -> list[Reminder]:
    """The anniversaries of becoming a customer (the first contract signed) shown."""
    start, end = window(CareKind.ANNIVERSARY, today, lead_days, ahead)
    return [Reminder(CareKind.ANNIVERSARY, account_id, account_id, day, lead_days, name,
                     day.year - first_signed.year)
            for day in yearly(first_signed, start, end)]


def renewal(contract_id: uuid.UUID, account_id: uuid.UUID, number: str, ends_on: date,
            today: date, lead_days: int, ahead: int = 0,
            renewed_on: date | None = None) -> Reminder | None:
    """A contract's renewal reminder, when a list made on `today` shows it. A contract
    of the same company signed since the renewal came due (`renewed_on`: the latest
    signing of another of its contracts) is its renewal, and settles it."""
    start, end = window(CareKind.RENEWAL, today, lead_days, ahead)
    if not start <= ends_on <= end:
        return None
    if renewed_on is not None and renewed_on >= ends_on - timedelta(days=lead_days):
        return None
    return Reminder(CareKind.RENEWAL, contract_id, account_id, ends_on, lead_days, number)


def order_key(reminder: Reminder, today: date, company: str
              ) -> tuple[int, date, str, str, str]:
    """Overdue first, then due, then coming up; the nearest occasion first within each
    (for overdue ones: the oldest), then by company (ties: by kind and subject, a
    fixed order without hashing a mark's id a reminder)."""
    return (int(reminder.band(today)), reminder.occurs_on, company, reminder.kind.value,
            reminder.subject_id.hex)


# ---- checks (the laptop's command and the server's push) ------------------------------

def mark_problems(row_id: object, kind: object, subject_id: object, occurs_on: object,
                  state: object) -> list[str]:
    """What stops a mark being stored: a kind or state unknown, or an id that is not
    its reminder's (two laptops must make one row of one reminder's mark)."""
    if kind not in set(CareKind):
        return [BAD_KIND]
    out = [] if state in set(MarkState) else [BAD_STATE]
    if not isinstance(subject_id, uuid.UUID) or not isinstance(occurs_on, date) or (
            row_id is not None and row_id != mark_id(str(kind), subject_id, occurs_on)):
        out.append(BAD_MARK)
    return out


def setting_problems(row_id: object, team_id: object, kind: object, lead_days: object
                     ) -> list[str]:
    """What stops a team's care setting being stored."""
    if not isinstance(team_id, uuid.UUID):
        return [NO_TEAM]
    if kind not in set(CareKind):
        return [BAD_KIND]
    out: list[str] = []
    if not isinstance(lead_days, int) or isinstance(lead_days, bool) or \
            not 0 <= lead_days <= MAX_LEAD_DAYS:
        out.append(BAD_LEAD)
    if row_id is not None and row_id != setting_id(team_id, str(kind)):
        out.append(BAD_KIND)
    return out


# ---- the suggested message ------------------------------------------------------------

#: The template a reminder suggests when its team named none: the team's template of
#: this name (case and spacing aside).
DEFAULT_TEMPLATES = dict(KIND_LABELS)


def suggested_template(kind: CareKind, chosen: str | None, names: list[str]) -> str | None:
    """The template a reminder of `kind` suggests, among the team's `names`: the one the
    team chose for the kind (`chosen`), else the one named after the kind ("Renewal");
    None when the team has neither."""
    folded = {" ".join(n.split()).casefold(): n for n in names}
    for wanted in (chosen, DEFAULT_TEMPLATES[kind]):
        if wanted and " ".join(wanted.split()).casefold() in folded:
            return folded[" ".join(wanted.split()).casefold()]
    return None
