"""Membership: a customer's member card, its points ledger and its level.

Points are entries, never a balance field: the balance is the sum of the card's entries,
so points added on two laptops offline both count once they meet on the server. Each
entry says who made it, when and why. A payment earns by the team's rule (so many
points per so much money in one currency, rounded down); the entry's id is derived from
the payment, so a payment earns once however many laptops earn for it, and a payment
taken back (refunded, removed) gets one reversing entry, derived the same way. A
redemption never takes more than the balance; an adjustment says why.

Levels follow the points a member has collected (earned, reversed and adjusted), not
what is left after redeeming: spending a reward never costs a member their level.

Plain Python, no I/O: the checks here are the ones the laptop's commands and the
server's push both run (crmdesk.domain.row_checks).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from crmdesk.domain.currencies import DECIMALS, clean_currency, currency_problem
from crmdesk.domain.words import Counted, Worded, tr_noop


class EntryKind(StrEnum):
    """What a ledger entry is."""

    EARNED = "earned"      # from a payment, by the team's rule (more than zero)
    REVERSED = "reversed"  # a payment's points taken back (less than zero)
    REDEEMED = "redeemed"  # spent on a reward (less than zero, never beyond the balance)
    ADJUSTED = "adjusted"  # a correction either way, with its reason


#: What people call each kind of entry.
KIND_LABELS: Mapping[EntryKind, str] = {
    EntryKind.EARNED: tr_noop("Earned"), EntryKind.REVERSED: tr_noop("Reversed"),
    EntryKind.REDEEMED: tr_noop("Redeemed"), EntryKind.ADJUSTED: tr_noop("Adjusted"),
}

NUMBER_MAX = 40
REASON_MAX = 500
LEVEL_NAME_MAX = 40
#: The most points one entry moves (and a rule gives per amount): beyond is a typo.
POINTS_MAX = 100_000_000

NO_CARD = tr_noop("This customer has no member card; issue one first.")
NO_NUMBER = tr_noop("A member card needs a number.")
HAS_CARD = tr_noop("This customer already has member card {0}.")
NUMBER_TAKEN = tr_noop("Card number {0} is already {1}'s.")
CONTACT_ELSEWHERE = tr_noop("The card holder is a contact of this company.")
NO_POINTS = tr_noop("An entry moves some points: enter a number other than zero.")
NO_REASON = tr_noop("Say why: {0} needs a reason.")
NO_AUTHOR = tr_noop("An entry says who made it.")
NO_PAYMENT = tr_noop("Points earned or reversed name the payment they come from.")
EARNED_POSITIVE = tr_noop("Points earned are more than zero.")
TAKEN_NEGATIVE = tr_noop("Points redeemed or reversed are taken away (less than zero).")
TOO_MANY = Worded(tr_noop("An entry moves at most {0:,} points."), POINTS_MAX)
NOT_A_KIND = tr_noop("An entry is earned, reversed, redeemed or adjusted.")
NO_TEAM = tr_noop("The membership rule belongs to a team; choose one.")
NOTHING_EARNED = tr_noop("Nothing to earn: {0}")


@dataclass(frozen=True, slots=True)
class Level:
    """A level a member reaches at `points` collected."""

    name: str
    points: int


#: The levels a team starts with: every member is a Member, then by points collected.
#: (The window shows these names in its language: a team's own names are shown as typed.)
DEFAULT_LEVELS: tuple[Level, ...] = (Level(tr_noop("Member"), 0), Level(tr_noop("Silver"), 1_000),
                                     Level(tr_noop("Gold"), 5_000),
                                     Level(tr_noop("Platinum"), 20_000))


@dataclass(frozen=True, slots=True)
class Rule:
    """A team's membership rule: `points` for every `per_amount` (minor units) paid in
    `currency`, the levels by points collected, and the SMS template a member is sent
    when their points change (None: no SMS)."""

    points: int = 1
    per_amount: int = 100_00
    currency: str = "CNY"
    levels: tuple[Level, ...] = DEFAULT_LEVELS
    sms_template: str | None = None


DEFAULT_RULE = Rule()


def rule_id(team_id: uuid.UUID) -> uuid.UUID:
    """The team's one membership rule row: two laptops setting it offline set one row."""
    return uuid.uuid5(team_id, "membership-rule")


def card_id(account_id: uuid.UUID) -> uuid.UUID:
    """The account's member card: issued on two laptops offline, it is one card."""
    return uuid.uuid5(account_id, "member-card")


def card_number(account_id: uuid.UUID) -> str:
    """The number a card gets when none is typed: derived from the account, so the same
    card issued on two laptops offline has the same number ("M" and ten digits)."""
    return f"M{int(account_id.hex[:16], 16) % 10**10:010d}"


def earned_id(payment_id: uuid.UUID) -> uuid.UUID:
    """The entry a payment earns: one, however many laptops earn for it."""
    return uuid.uuid5(payment_id, "points:earned")


def reversed_id(payment_id: uuid.UUID) -> uuid.UUID:
    """The entry taking a payment's points back: one, like the entry it reverses."""
    return uuid.uuid5(payment_id, "points:reversed")


def earned_points(amount: int, currency: str, rule: Rule) -> int:
    """The points a payment of `amount` (minor units) in `currency` earns: in
    proportion, rounded down (1 point per 100.00: 12,345.67 earns 123); none in
    another currency than the rule's (never converted)."""
    if clean_currency(currency) != rule.currency or amount <= 0 or rule.per_amount <= 0:
        return 0
    return min(amount * rule.points // rule.per_amount, POINTS_MAX)


def why_nothing_earned(amount: int, currency: str, rule: Rule) -> str:
    """Why a payment earns no points, in a rep's words."""
    if clean_currency(currency) != rule.currency:
        return Worded(NOTHING_EARNED, Worded(tr_noop("the team's rule counts payments in {0}, "
                                                     "and this one is in {1}."),
                                             rule.currency, clean_currency(currency)))
    return Worded(NOTHING_EARNED,
                  Worded(tr_noop("the payment is less than the rule's amount for a point.")))


# ---- the ledger --------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Entry:
    """One ledger entry as the rules read it."""

    kind: EntryKind
    points: int


def balance(entries: Iterable[Entry]) -> int:
    """The points a member holds: the sum of their entries."""
    return sum(e.points for e in entries)


def collected(entries: Iterable[Entry]) -> int:
    """The points a member has collected, which set their level: all but redemptions."""
    return sum(e.points for e in entries if e.kind is not EntryKind.REDEEMED)


def level_for(points: int, levels: Sequence[Level]) -> Level | None:
    """The highest level reached with `points` collected (None: none reached yet)."""
    reached = [lv for lv in levels if points >= lv.points]
    return max(reached, key=lambda lv: lv.points) if reached else None


def next_level(points: int, levels: Sequence[Level]) -> Level | None:
    """The next level up from `points` collected (None: the top one is reached)."""
    ahead = [lv for lv in levels if lv.points > points]
    return min(ahead, key=lambda lv: lv.points) if ahead else None


@dataclass(frozen=True, slots=True)
class Standing:
    """Where a member stands: their balance, the points collected, the level reached
    and the next one with how many points are still needed."""

    balance: int
    collected: int
    level: Level | None
    next: Level | None = None
    to_next: int = 0

    @property
    def level_name(self) -> str:
        return self.level.name if self.level is not None else ""


def standing(balance_now: int, collected_now: int, levels: Sequence[Level]) -> Standing:
    ahead = next_level(collected_now, levels)
    return Standing(balance_now, collected_now, level_for(collected_now, levels), ahead,
                    0 if ahead is None else ahead.points - collected_now)


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def entry_problems(kind: object, points: object, reason: object, made_by: object,
                   payment_id: object, balance_before: int | None) -> list[str]:
    """Everything that stops a ledger entry being stored, one sentence a problem: the
    check the laptop's commands and the server's push both run. `balance_before` is the
    card's balance without this entry (None: no such live card)."""
    if balance_before is None:
        return [NO_CARD]
    if kind not in set(EntryKind):
        return [NOT_A_KIND]
    which = EntryKind(str(kind))
    value = _int(points)
    out: list[str] = []
    if value is None or value == 0:
        out.append(NO_POINTS)
    elif abs(value) > POINTS_MAX:
        out.append(TOO_MANY)
    elif which is EntryKind.EARNED and value < 0:
        out.append(EARNED_POSITIVE)
    elif which in (EntryKind.REDEEMED, EntryKind.REVERSED) and value > 0:
        out.append(TAKEN_NEGATIVE)
    text = reason.strip() if isinstance(reason, str) else ""
    if which in (EntryKind.REDEEMED, EntryKind.ADJUSTED) and not text:
        out.append(Worded(NO_REASON, Worded(tr_noop("a redemption") if which is EntryKind.REDEEMED
                                            else tr_noop("an adjustment"))))
    if isinstance(reason, str) and len(reason) > REASON_MAX:
        out.append(Counted("A reason is at most %n character(s).", "", REASON_MAX))
    if which in (EntryKind.EARNED, EntryKind.REVERSED) and payment_id is None:
        out.append(NO_PAYMENT)
    if which in (EntryKind.REDEEMED, EntryKind.ADJUSTED) and made_by is None:
        out.append(NO_AUTHOR)
    if which is EntryKind.REDEEMED and value is not None and value < 0 \
            and balance_before + value < 0:
        out.append(redeem_problem(-value, balance_before))
    return out


def redeem_problem(points: int, balance_now: int) -> str:
    """A redemption of more points than the card holds, in a rep's words."""
    return Counted("Only {0:,} point(s) to redeem; {1:,} asked.", "", balance_now, balance_now,
                   points)


def card_problems(number: object, contact_account: uuid.UUID | None, account_id: object,
                  contact_id: object) -> list[str]:
    """What stops a member card being stored: a number, and a holder (when named) who
    is a contact of the card's company (`contact_account`: the named contact's)."""
    out = []
    if not isinstance(number, str) or not number.strip():
        out.append(NO_NUMBER)
    elif len(number) > NUMBER_MAX:
        out.append(Counted("A card number is at most %n character(s).", "", NUMBER_MAX))
    if contact_id is not None and contact_account != account_id:
        out.append(CONTACT_ELSEWHERE)
    return out


# ---- a team's rule -----------------------------------------------------------------------

def levels_from(value: object) -> tuple[Level, ...] | None:
    """The levels stored as a list of {"name", "points"} (None: not such a list)."""
    if not isinstance(value, list):
        return None
    out = []
    for item in value:
        if not isinstance(item, Mapping):
            return None
        name, points = item.get("name"), _int(item.get("points"))
        if not isinstance(name, str) or points is None:
            return None
        out.append(Level(name, points))
    return tuple(out)


def levels_value(levels: Iterable[Level]) -> list[dict[str, Any]]:
    """The levels as stored: a list of {"name", "points"}, lowest first."""
    return [{"name": lv.name, "points": lv.points}
            for lv in sorted(levels, key=lambda lv: lv.points)]


def parse_levels(text: str) -> tuple[Level, ...]:
    """Levels typed as "Member=0, Silver=1000, Gold=5000"; ValueError says what is wrong."""
    out = []
    for part in (p.strip() for p in text.replace(";", ",").split(",")):
        if not part:
            continue
        name, eq, points = part.rpartition("=")
        if not eq or not name.strip():
            raise ValueError(Worded(tr_noop("“{0}” is not NAME=POINTS (such as Gold=5000)."), part))
        try:
            out.append(Level(name.strip(), int(points.strip().replace("_", ""))))
        except ValueError:
            raise ValueError(Worded(tr_noop("“{0}” is not a whole number of points."),
                                    points.strip())) from None
    return tuple(out)


def rule_problems(team_id: object, points: object, per_amount: object, currency: object,
                  levels: object, sms_template: object) -> list[str]:
    """Everything that stops a team's membership rule being stored, one a line."""
    out = []
    if not isinstance(team_id, uuid.UUID):
        out.append(NO_TEAM)
    value = _int(points)
    if value is None or not 1 <= value <= 10_000:
        out.append(tr_noop("A rule gives between 1 and 10,000 points per amount."))
    amount = _int(per_amount)
    if amount is None or amount <= 0:
        out.append(tr_noop("A rule's amount for its points is more than zero."))
    code = currency if isinstance(currency, str) else ""
    bad = currency_problem(code) if code else tr_noop("Choose the currency the rule counts.")
    if bad:
        out.append(bad)
    elif amount is not None and amount > POINTS_MAX * 10 ** DECIMALS[clean_currency(code)]:
        out.append(tr_noop("A rule's amount for its points is beyond belief."))
    found = levels_from(levels)
    if found is None:
        out.append(tr_noop("Levels are a list of names with the points they start at."))
    else:
        out += levels_problems(found)
    if sms_template is not None and (not isinstance(sms_template, str)
                                     or not sms_template.strip() or len(sms_template) > 120):
        out.append(tr_noop("Name the SMS template (at most 120 characters), or none."))
    return out


def levels_problems(levels: Sequence[Level]) -> list[str]:
    """What is wrong with a list of levels: names unique and given, points not negative
    and each level's different."""
    out = []
    names = [lv.name.strip().casefold() for lv in levels]
    if any(not n for n in names):
        out.append(tr_noop("Every level has a name."))
    if any(len(lv.name) > LEVEL_NAME_MAX for lv in levels):
        out.append(Counted("A level's name is at most %n character(s).", "", LEVEL_NAME_MAX))
    if len(set(names)) != len(names):
        out.append(tr_noop("Two levels have the same name."))
    if any(lv.points < 0 for lv in levels):
        out.append(tr_noop("A level starts at zero points or more."))
    if len({lv.points for lv in levels}) != len(levels):
        out.append(tr_noop("Two levels start at the same points."))
    return out


def rule_from(points: object, per_amount: object, currency: object, levels: object,
              sms_template: object) -> Rule:
    """A stored rule row as a Rule (values a check refused fall back to the defaults)."""
    found = levels_from(levels)
    return Rule(points=_int(points) or DEFAULT_RULE.points,
                per_amount=_int(per_amount) or DEFAULT_RULE.per_amount,
                currency=currency if isinstance(currency, str) and currency
                else DEFAULT_RULE.currency,
                levels=tuple(sorted(found, key=lambda lv: lv.points)) if found is not None
                else DEFAULT_LEVELS,
                sms_template=sms_template if isinstance(sms_template, str) else None)


def signed(points: int) -> str:
    """Points as a change reads: "+120", "-50"."""
    return f"{points:+,}"
