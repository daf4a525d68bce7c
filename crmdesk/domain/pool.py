"""The team's public pool (公海): when an account a rep holds goes back to it, and what
limits a rep's claims from it. Plain Python, no I/O: the server's sweep, its push
check, the laptop's claim, card, queue and review all read these rules.

A team's rules are a row of its pool (crmdesk.store.models.PoolRule, one per team,
`pool_rule_id`), set by its lead or an admin; a team with no row has `DEFAULT_RULES`,
which return nothing (`RETURNS_OFF`): a team's accounts go back to the pool only once
its lead turns the returns on (the dialog and the command offer `SUGGESTED_RETURNS`).
A day count of 0 turns that rule off.

When an account is due back (`due`): only a Lead or a Potential account returns (an
Intended or Contracted one has a deal in flight and stays; a Lost one is nobody's
work). Its clock starts on the day it was assigned to its owner (a claim or a
reassignment; failing that, the day it was acquired; with neither it never returns):

- no two-way contact for N days: due N days after the later of that day and the day
  of its last two-way conversation (crmdesk.domain.activity.is_two_way: a call, visit,
  meeting, email or SMS that reached them);
- no deal for M days: while it has no open deal, due M days after the later of that
  day and the day its latest deal was created (a deal won or lost since keeps it as
  long as a new one would).

It is due on the earlier of the two days, and the server returns it on that day or at
its first sweep after. Days are calendar days of UTC (the server's and the stored
timestamps' day).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from crmdesk.domain.lifecycle import Status
from crmdesk.domain.words import Counted, Worded, tr_noop

#: The statuses that return to the pool (and that a rep's held "open leads" count).
RETURNING: frozenset[Status] = frozenset({Status.LEAD, Status.POTENTIAL})
#: The most days any rule counts (ten years): a larger figure is a typo.
MAX_DAYS = 3650
#: The most claims a day or open leads a rule may name.
MAX_COUNT = 100_000


@dataclass(frozen=True, slots=True)
class PoolRules:
    """A team's pool rules; 0 turns a rule off."""

    no_contact_days: int = 0    # N: back after this many days without two-way contact
    no_deal_days: int = 0       # M: back after this many days without a deal
    claims_per_day: int = 20    # K: a rep claims at most this many a day
    max_open_leads: int = 0     # H: a rep holds at most this many open leads (0: no cap)
    cooling_days: int = 7       # the previous owner waits this long to claim it back
    warn_days: int = 5          # the laptop warns this many days ahead

    @property
    def returns(self) -> bool:
        """Does any rule return accounts at all?"""
        return self.no_contact_days > 0 or self.no_deal_days > 0


#: A team with no rules of its own: claims limited, but nothing returns to the pool.
RETURNS_OFF = PoolRules()
DEFAULT_RULES = RETURNS_OFF
#: What the rules dialog and `crmdesk-server pool rules --suggested` offer a lead turning
#: returns on: a month without two-way contact, a quarter without a deal.
SUGGESTED_RETURNS = PoolRules(no_contact_days=30, no_deal_days=90)

#: The rules' fields as people say them (the dialog, the CLI and refusals).
RULE_LABELS: dict[str, str] = {
    "no_contact_days": tr_noop("Back after days without two-way contact"),
    "no_deal_days": tr_noop("Back after days without a deal"),
    "claims_per_day": tr_noop("Claims a day per rep"),
    "max_open_leads": tr_noop("Open leads a rep may hold"),
    "cooling_days": tr_noop("Days before the previous owner may claim it back"),
    "warn_days": tr_noop("Warn this many days ahead"),
}

NO_TEAM = tr_noop("Pool rules belong to a team; choose one.")


def pool_rule_id(team_id: uuid.UUID) -> uuid.UUID:
    """The one row holding a team's pool rules: the same on every laptop, so two leads
    setting them offline set one row (the later edit of each field wins)."""
    return uuid.uuid5(team_id, "pool-rules")


def rules_problems(rules: PoolRules) -> list[str]:
    """What stops these rules being saved, one sentence a problem."""
    out: list[str] = []
    for name in ("no_contact_days", "no_deal_days", "cooling_days", "warn_days"):
        value = getattr(rules, name)
        if not isinstance(value, int) or not 0 <= value <= MAX_DAYS:
            out.append(Worded(tr_noop("{0}: give a number of days from 0 to {1}."),
                              Worded(RULE_LABELS[name]), MAX_DAYS))
    for name in ("claims_per_day", "max_open_leads"):
        value = getattr(rules, name)
        if not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
            out.append(Worded(tr_noop("{0}: give a number from 0 (no limit) to {1}."),
                              Worded(RULE_LABELS[name]), MAX_COUNT))
    return out


# ---- when an account is due back ----------------------------------------------------

@dataclass(frozen=True, slots=True)
class PoolFacts:
    """What the return rules read of one account."""

    status: Status
    assigned_on: date | None
    acquired_on: date | None
    last_two_way_at: datetime | None  # its latest two-way conversation
    open_deal: bool                   # it has a deal in an open stage
    last_deal_on: date | None         # the day its latest deal was created

    @property
    def start(self) -> date | None:
        """The day its owner's clock starts."""
        return self.assigned_on or self.acquired_on


class Why:
    """The reasons' codes (which rule made it due)."""

    NO_CONTACT = "no_contact"
    NO_DEAL = "no_deal"
    RELEASED = "released"  # its owner (or their lead) gave it to the pool


@dataclass(frozen=True, slots=True)
class Due:
    """The day an account returns to the pool, and why."""

    on: date
    why: str           # Why.NO_CONTACT or Why.NO_DEAL
    days: int          # the rule's N or M
    since: date        # the day its clock last started

    @property
    def reason(self) -> str:
        """The reason in words, for the timeline and the card."""
        if self.why == Why.NO_CONTACT:
            return Counted("no two-way contact for %n day(s) (since {0})", "", self.days,
                           self.since)
        return Counted("no deal for %n day(s) (since {0})", "", self.days, self.since)

    def deadline(self) -> datetime:
        """The moment it became due: the start of its due day (UTC)."""
        return datetime.combine(self.on, datetime.min.time())


def due(rules: PoolRules, facts: PoolFacts) -> Due | None:
    """When the account goes back to the pool by `rules`, and why; None: it does not."""
    start = facts.start
    if facts.status not in RETURNING or start is None:
        return None
    found: list[Due] = []
    if rules.no_contact_days > 0:
        talked = facts.last_two_way_at.date() if facts.last_two_way_at else None
        since = max(start, talked) if talked else start
        found.append(Due(since + timedelta(days=rules.no_contact_days), Why.NO_CONTACT,
                         rules.no_contact_days, since))
    if rules.no_deal_days > 0 and not facts.open_deal:
        since = max(start, facts.last_deal_on) if facts.last_deal_on else start
        found.append(Due(since + timedelta(days=rules.no_deal_days), Why.NO_DEAL,
                         rules.no_deal_days, since))
    return min(found, key=lambda d: (d.on, d.why)) if found else None


def days_left(when: Due | None, today: date) -> int | None:
    """Whole days until it returns (0: today; below 0: at the next sweep)."""
    return None if when is None else (when.on - today).days


def warned(rules: PoolRules, when: Due | None, today: date) -> int | None:
    """The days left when the laptop warns of the return (within the rule's warn days,
    or past due awaiting the sweep); None: no warning."""
    left = days_left(when, today)
    if left is None or rules.warn_days <= 0 or left > rules.warn_days:
        return None
    return max(left, 0)


def warning_text(left: int) -> str:
    """The card's and the queue's words for a coming return."""
    if left <= 0:
        return "Returns to the pool today"
    return f"Returns to the pool in {left} day{'s' if left != 1 else ''}"


#: Who an account's owner was when the server knows no name for them.
ITS_OWNER = tr_noop("its owner")


def return_note(when: Due, owner: str | None) -> str:
    """The timeline's entry for a return the sweep made."""
    if owner:
        return Worded(tr_noop("Returned to the team pool from {0}: {1}."), owner,
                      when.reason)
    return Worded(tr_noop("Returned to the team pool: {0}."), when.reason)


def release_note(owner: str | None, by: str | None = None) -> str:
    """The timeline's entry for an account a person gave to the pool: its owner
    releasing it (`by` None), or their lead or an administrator (`by`) moving it."""
    if by is None:
        return Worded(tr_noop("Released to the team pool by {0}."),
                      owner or Worded(ITS_OWNER))
    if owner:
        return Worded(tr_noop("Given to the team pool from {0} by {1}."), owner, by)
    return Worded(tr_noop("Given to the team pool by {0}."), by)


def kept_by_talk(rules: PoolRules, why: str | None, due_on: date | None,
                 talk_at: datetime, logged_at: datetime | None) -> bool:
    """Would a two-way conversation at `talk_at`, logged offline by the owner at
    `logged_at` (the moment its laptop stamped the entry) and received after the sweep
    returned the account (on `due_on`, for `why`), have kept it had the server known it?
    Only a return for want of contact is undone by one, and only by a conversation both
    held and logged before the deadline (one typed in afterwards with an earlier date
    came too late, whatever day it names), inside the rule's window (one from before the
    window's start would not have moved the due day)."""
    if (why != Why.NO_CONTACT or due_on is None or rules.no_contact_days <= 0
            or logged_at is None):
        return False
    deadline = datetime.combine(due_on, datetime.min.time())
    window_start = due_on - timedelta(days=rules.no_contact_days)
    return talk_at < deadline and logged_at < deadline and talk_at.date() > window_start


def back_note(owner: str | None, talk_at: datetime, due_on: date) -> str:
    """The timeline's entry for a return undone by a conversation logged offline."""
    return Worded(tr_noop("Back with {0}: a conversation on {1}, logged before the deadline "
                          "({2}), keeps the lead; the return to the pool is undone."),
                  owner or Worded(ITS_OWNER), talk_at.date(), due_on)


# ---- claims --------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ClaimFacts:
    """What the claim limits read: of the rep, and of the account claimed."""

    claims_that_day: int               # the rep's other claims on the claim's day
    open_leads_held: int               # the rep's Lead and Potential accounts now
    returned_from: uuid.UUID | None    # whom the pool rules last took the account from
    returned_at: datetime | None       # and when


def cooling_until(rules: PoolRules, returned_at: datetime | None) -> date | None:
    """The first day the previous owner may claim the account back (None: at once)."""
    if returned_at is None or rules.cooling_days <= 0:
        return None
    return returned_at.date() + timedelta(days=rules.cooling_days)


def claim_problem(rules: PoolRules, rep: uuid.UUID, facts: ClaimFacts, day: date
                  ) -> str | None:
    """Why rep `rep` may not claim this account from the pool on `day` (None: they
    may). The laptop's claim and the server's push both ask this."""
    if rules.claims_per_day > 0 and facts.claims_that_day >= rules.claims_per_day:
        return Counted("You have claimed %n account(s) on {0}, your team's limit for a day; "
                       "claim more tomorrow.", "", facts.claims_that_day, day.isoformat())
    if rules.max_open_leads > 0 and facts.open_leads_held >= rules.max_open_leads:
        return Counted("You hold %n open lead(s), your team's limit; work or close some "
                       "before claiming more.", "", facts.open_leads_held)
    until = cooling_until(rules, facts.returned_at)
    if facts.returned_from == rep and until is not None and day < until:
        return Worded(tr_noop("This account went back to the pool from you; you may claim it "
                              "again from {0}."), until.isoformat())
    return None
