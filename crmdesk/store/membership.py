"""Reads and writes behind membership: a team's rule, a customer's member card, its points
ledger (entries only ever added, through ORM objects so the journal queues them for sync,
after the row check the server runs too) and the SMS a member is sent when their points
change (rendered from the team's template and put in the laptop's message outbox, in the
same transaction as the entry).

A customer's points are the sum of the live entries of its live cards: one card, or two
after a merge of two members (the points of both then count)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from crmdesk.domain import membership as rules
from crmdesk.domain.contracts import short_money
from crmdesk.domain.membership import EntryKind, Rule, Standing
from crmdesk.domain.messages import (
    NO_MOBILE,
    OPTED_OUT,
    MessageChannel,
    OutState,
    UnknownField,
    render,
    template_id,
)
from crmdesk.domain.row_checks import MEMBER_CARDS, MEMBERSHIP_RULES, PAYMENTS, POINTS
from crmdesk.domain.scope import Viewer, may_write
from crmdesk.domain.words import Worded, lines, message, tr_noop
from crmdesk.store import journal, row_facts
from crmdesk.store import message_outbox as outbox
from crmdesk.store import message_queries as mq
from crmdesk.store.models import (
    Account,
    Contact,
    Contract,
    MemberCard,
    MembershipRule,
    MessageTemplate,
    OutMessage,
    Payment,
    PointsEntry,
    User,
)
from crmdesk.store.records import length_problem
from crmdesk.store.refusals import NotFound, Refused
from crmdesk.store.writes import refuse_bad_text

GONE = tr_noop("This account no longer exists; nothing was saved.")
#: Why a payment's points earned no SMS: another laptop may earn the same payment.
ELSEWHERE = tr_noop("No SMS sent: the payment is on the server already, so another laptop "
                    "may earn it too; only the laptop that records a payment texts its "
                    "points.")


@dataclass(frozen=True, slots=True)
class CardRow:
    """A customer's member card as the card pane and the CLI show it."""

    id: uuid.UUID
    account_id: uuid.UUID
    number: str
    contact_id: uuid.UUID | None
    holder: str | None  # the holder's name (None: nobody named, or gone)
    issued_on: date


@dataclass(frozen=True, slots=True)
class EntryRow:
    """One entry of a ledger, with who made it."""

    id: uuid.UUID
    kind: EntryKind
    points: int
    reason: str | None
    payment_id: uuid.UUID | None
    made_by: str | None
    made_at: datetime
    #: an earned entry's payment as its reason says it (the window words it in its
    #: language): amount, currency, day received, its contract's number
    paid: int | None = None
    currency: str | None = None
    received_on: date | None = None
    contract: str | None = None


@dataclass(frozen=True, slots=True)
class Membership:
    """A customer's membership: its card (None: none issued), how many live cards it
    has (two after a merge), where it stands, its newest entries and its team's rule."""

    card: CardRow | None
    cards: int
    standing: Standing
    entries: tuple[EntryRow, ...]
    rule: Rule


@dataclass(frozen=True, slots=True)
class Written:
    """An entry written: its id and points, where the member stands after it, and what
    became of the SMS (a sentence, or None when the team sends none)."""

    entry_id: uuid.UUID
    points: int
    standing: Standing
    sms: str | None


# ---- the team's rule ----------------------------------------------------------------------

def rule_of(session: Session, team_id: uuid.UUID | None) -> Rule:
    """The team's membership rule (the defaults when it has set none)."""
    row = None if team_id is None else session.get(MembershipRule, rules.rule_id(team_id))
    if row is None or row.deleted:
        return rules.DEFAULT_RULE
    return rules.rule_from(row.points, row.per_amount, row.currency, row.levels,
                           row.sms_template)


def set_rule(session: Session, me: Viewer, team_id: uuid.UUID, rule: Rule) -> uuid.UUID:
    """Set the team's membership rule: its lead (or an admin) does, as the server says."""
    row_id = rules.rule_id(team_id)
    row = session.get(MembershipRule, row_id)
    refusal = may_write(me, None if row is None else (row.owner_id, row.team_id),
                        (None, team_id), leads_only=True)
    if refusal is not None:
        raise Refused(refusal)
    template = " ".join(rule.sms_template.split()) if rule.sms_template else None
    values = {"points": rule.points, "per_amount": rule.per_amount,
              "currency": rule.currency.strip().upper(),
              "levels": rules.levels_value(rule.levels), "sms_template": template}
    problems = row_facts.problems(session, MEMBERSHIP_RULES, values | {
        "id": row_id, "owner_id": None, "team_id": team_id, "deleted": False})
    if problems:
        raise Refused(lines(problems))
    if row is None:
        row = MembershipRule(id=row_id, owner_id=None, team_id=team_id)
        session.add(row)
    row.deleted = False
    for name, value in values.items():
        setattr(row, name, value)
    session.flush()
    return row_id


# ---- cards -------------------------------------------------------------------------------

def _live_account(session: Session, account_id: uuid.UUID) -> Account:
    account = session.get(Account, account_id)
    if account is None or account.deleted:
        raise NotFound(GONE)
    return account


def _cards(session: Session, account_id: uuid.UUID) -> list[MemberCard]:
    return list(session.scalars(select(MemberCard).where(
        MemberCard.account_id == account_id, MemberCard.deleted.is_(False))
        .order_by(MemberCard.issued_on, MemberCard.id)))


def card_of(session: Session, account_id: uuid.UUID) -> MemberCard | None:
    """The customer's card (of two after a merge, the one issued first), or None."""
    found = _cards(session, account_id)
    return found[0] if found else None


def _holder(session: Session, account_id: uuid.UUID) -> uuid.UUID | None:
    """Who holds a card issued without naming anyone: the company's key person with a
    mobile, else anyone with a mobile, else its first person (by name)."""
    mobile = Contact.mobile.is_not(None) & (Contact.mobile != "")
    return session.scalar(select(Contact.id).where(
        Contact.account_id == account_id, Contact.deleted.is_(False))
        .order_by(case((Contact.is_key_person & mobile, 0), (mobile, 1), else_=2),
                  Contact.name, Contact.id).limit(1))


def issue_card(session: Session, account_id: uuid.UUID, today: date,
               number: str | None = None, contact_id: uuid.UUID | None = None) -> uuid.UUID:
    """Issue the customer a member card (its number typed, or derived from the account;
    held by the contact named, or `_holder`'s choice). Refused when it has one, or the
    number is another customer's."""
    account = _live_account(session, account_id)
    refuse_bad_text(number=number or "")
    held = card_of(session, account_id)
    if held is not None:
        raise Refused(Worded(rules.HAS_CARD, held.number))
    clean = " ".join((number or rules.card_number(account_id)).split())
    taken = session.execute(select(Account.name).join(
        MemberCard, MemberCard.account_id == Account.id).where(
        MemberCard.number == clean, MemberCard.deleted.is_(False))).first()
    if taken is not None:
        raise Refused(Worded(rules.NUMBER_TAKEN, clean, taken[0]))
    holder = contact_id if contact_id is not None else _holder(session, account_id)
    row_id = rules.card_id(account_id)
    values = {"account_id": account_id, "contact_id": holder, "number": clean,
              "issued_on": today, "owner_id": account.owner_id, "team_id": account.team_id,
              "deleted": False}
    problems = row_facts.problems(session, MEMBER_CARDS, values | {"id": row_id})
    too_long = length_problem(MEMBER_CARDS, values)
    if problems or too_long:
        raise Refused(lines([*problems, *([too_long] if too_long else [])]))
    row = session.get(MemberCard, row_id)  # removed once, issued again: the same card
    if row is None:
        row = MemberCard(id=row_id)
        session.add(row)
    for name, value in values.items():
        setattr(row, name, value)
    session.flush()
    return row_id


def set_holder(session: Session, account_id: uuid.UUID, contact_id: uuid.UUID | None
               ) -> uuid.UUID:
    """Name the contact who holds the customer's card (the SMS goes to them)."""
    card = card_of(session, account_id)
    if card is None:
        raise Refused(rules.NO_CARD)
    problems = row_facts.problems(session, MEMBER_CARDS,
                                  row_facts.as_row(card) | {"contact_id": contact_id})
    if problems:
        raise Refused(lines(problems))
    card.contact_id = contact_id
    session.flush()
    return card.id


# ---- the ledger ----------------------------------------------------------------------------

def _points(session: Session, account_id: uuid.UUID) -> tuple[int, int]:
    """(balance, points collected) of the customer: its live cards' live entries."""
    found = session.execute(
        select(func.coalesce(func.sum(PointsEntry.points), 0),
               func.coalesce(func.sum(case((PointsEntry.kind != EntryKind.REDEEMED,
                                            PointsEntry.points), else_=0)), 0))
        .join(MemberCard, MemberCard.id == PointsEntry.card_id)
        .where(MemberCard.account_id == account_id, MemberCard.deleted.is_(False),
               PointsEntry.deleted.is_(False))).one()
    return int(found[0]), int(found[1])


def standing_of(session: Session, account_id: uuid.UUID, rule: Rule | None = None
                ) -> Standing:
    """Where the customer stands: balance, points collected, level and the next one."""
    if rule is None:
        rule = rule_of(session, session.scalar(select(Account.team_id).where(
            Account.id == account_id)))
    return rules.standing(*_points(session, account_id), rule.levels)


def entries(session: Session, account_id: uuid.UUID, limit: int | None = None
            ) -> list[EntryRow]:
    """The customer's ledger, newest first (the first `limit` of it)."""
    query = (select(PointsEntry.id, PointsEntry.kind, PointsEntry.points, PointsEntry.reason,
                    PointsEntry.payment_id, User.display_name, PointsEntry.made_at,
                    Payment.amount, Payment.currency, Payment.received_on, Contract.number)
             .join(MemberCard, MemberCard.id == PointsEntry.card_id)
             .outerjoin(User, User.id == PointsEntry.made_by)
             .outerjoin(Payment, (Payment.id == PointsEntry.payment_id)
                        & (PointsEntry.kind == EntryKind.EARNED))
             .outerjoin(Contract, Contract.id == Payment.contract_id)
             .where(MemberCard.account_id == account_id, MemberCard.deleted.is_(False),
                    PointsEntry.deleted.is_(False))
             .order_by(PointsEntry.made_at.desc(), PointsEntry.id))
    if limit is not None:
        query = query.limit(limit)
    return [EntryRow(*row) for row in session.execute(query)]


def membership(session: Session, account_id: uuid.UUID, last: int = 8) -> Membership:
    """The customer's membership as its card shows it."""
    team = session.scalar(select(Account.team_id).where(Account.id == account_id))
    rule = rule_of(session, team)
    cards = _cards(session, account_id)
    card = None
    if cards:
        first = cards[0]
        holder = None if first.contact_id is None else session.scalar(
            select(Contact.name).where(Contact.id == first.contact_id,
                                       Contact.deleted.is_(False)))
        card = CardRow(first.id, account_id, first.number, first.contact_id, holder,
                       first.issued_on)
    return Membership(card, len(cards), standing_of(session, account_id, rule),
                      tuple(entries(session, account_id, last)) if cards else (), rule)


def add_entry(session: Session, account_id: uuid.UUID, kind: EntryKind, points: int,
              reason: str | None, by: uuid.UUID | None, now: datetime, *,
              payment_id: uuid.UUID | None = None, entry_id: uuid.UUID | None = None,
              notify: bool = True) -> Written:
    """Add an entry to the customer's ledger, refused for what the server refuses it for
    too (a redemption beyond the balance, an adjustment without a reason), and queue the
    team's SMS to the card holder (`notify`; otherwise the answer says none goes)."""
    account = _live_account(session, account_id)
    card = card_of(session, account_id)
    if card is None:
        raise Refused(rules.NO_CARD)
    why = reason.strip() if reason else None
    refuse_bad_text(reason=why or "")
    row_id = entry_id or uuid.uuid4()
    values = {"card_id": card.id, "kind": kind, "points": points, "reason": why,
              "payment_id": payment_id, "made_by": by, "made_at": now,
              "owner_id": card.owner_id, "team_id": card.team_id, "deleted": False}
    problems = row_facts.problems(session, POINTS, values | {"id": row_id})
    if problems:
        raise Refused(lines(problems))
    session.add(PointsEntry(id=row_id, **values))
    session.flush()
    rule = rule_of(session, account.team_id)
    now_standing = standing_of(session, account_id, rule)
    sms = points_sms(session, card, points, now_standing, rule, by) if notify \
        else None if rule.sms_template is None else ELSEWHERE
    return Written(row_id, points, now_standing, sms)


def _payment_words(session: Session, payment: Payment) -> str:
    number = session.scalar(select(Contract.number).where(Contract.id == payment.contract_id))
    return (f"Payment {short_money(payment.amount, payment.currency)} received "
            f"{payment.received_on.isoformat()}" + (f" on contract {number}" if number else ""))


def earn_for_payment(session: Session, payment_id: uuid.UUID, by: uuid.UUID | None,
                     now: datetime) -> Written | None:
    """The points a payment earns by its team's rule, written once (the entry's id is
    the payment's): None when its customer has no card, it earned already, or it earns
    nothing (another currency, less than the rule's amount).

    The points SMS goes only while the payment is this laptop's alone (recorded here and
    not yet pushed, or refused by the server): then no other laptop can earn it, so
    two laptops earning one payment offline never both text the member. A payment that
    reached the server earns without an SMS (the member sees the points in the balance
    of their next one)."""
    payment = session.get(Payment, payment_id)
    if payment is None or payment.deleted:
        raise NotFound(tr_noop("This payment no longer exists."))
    if card_of(session, payment.account_id) is None:
        return None
    entry_id = rules.earned_id(payment_id)
    if session.get(PointsEntry, entry_id) is not None:
        return None  # earned already (here, or on another laptop and synced)
    rule = rule_of(session, payment.team_id)
    points = rules.earned_points(payment.amount, payment.currency, rule)
    if points == 0:
        return None
    return add_entry(session, payment.account_id, EntryKind.EARNED, points,
                     _payment_words(session, payment), by, now, payment_id=payment_id,
                     entry_id=entry_id,
                     notify=journal.made_here_only(session, PAYMENTS, payment_id))


def why_not_earned(session: Session, payment_id: uuid.UUID) -> str:
    """Why `earn_for_payment` wrote nothing for this payment, in a rep's words."""
    payment = session.get(Payment, payment_id)
    if payment is None or payment.deleted:
        return tr_noop("This payment no longer exists.")
    if card_of(session, payment.account_id) is None:
        return rules.NO_CARD
    if session.get(PointsEntry, rules.earned_id(payment_id)) is not None:
        return tr_noop("This payment has earned its points already.")
    return rules.why_nothing_earned(payment.amount, payment.currency,
                                    rule_of(session, payment.team_id))


def reverse_payment(session: Session, payment_id: uuid.UUID, reason: str,
                    by: uuid.UUID | None, now: datetime) -> Written:
    """Take back the points a payment earned (refunded, or recorded by mistake): one
    reversing entry, whose id is the payment's, so reversed on two laptops it is one."""
    earned = session.get(PointsEntry, rules.earned_id(payment_id))
    if earned is None or earned.deleted:
        raise Refused(tr_noop("This payment earned no points; there is nothing to reverse."))
    if session.get(PointsEntry, rules.reversed_id(payment_id)) is not None:
        raise Refused(tr_noop("This payment's points are reversed already."))
    card = session.get_one(MemberCard, earned.card_id)
    return add_entry(session, card.account_id, EntryKind.REVERSED, -earned.points,
                     reason, by, now, payment_id=payment_id,
                     entry_id=rules.reversed_id(payment_id))


# ---- merge fields and the SMS ---------------------------------------------------------------

def member_values(session: Session, account_id: uuid.UUID) -> dict[str, str | None]:
    """What the membership merge fields hold for the customer (None: no card, so no
    value); `member.points` (the change) has a value only in the points SMS."""
    card = card_of(session, account_id)
    if card is None:
        return {"member.number": None, "member.balance": None, "member.level": None,
                "member.points": None}
    now = standing_of(session, account_id)
    return {"member.number": card.number, "member.balance": f"{now.balance:,}",
            "member.level": now.level_name or None, "member.points": None}


def _values(session: Session, contact_id: uuid.UUID, card: MemberCard, points: int,
            now: Standing) -> Mapping[str, str | None]:
    return (mq.merge_values(session, contact_id) or {}) | {
        "member.number": card.number, "member.balance": f"{now.balance:,}",
        "member.level": now.level_name or None, "member.points": rules.signed(points)}


def points_sms(session: Session, card: MemberCard, points: int, now: Standing, rule: Rule,
               by: uuid.UUID | None) -> str | None:
    """Queue the team's "points changed" SMS to the card holder in the laptop's message
    outbox (it goes with the next send, once, and is archived on the timeline), and say
    what became of it; None when the team sends none."""
    if rule.sms_template is None:
        return None
    template = session.get(MessageTemplate, template_id(card.team_id, rule.sms_template)) \
        if card.team_id is not None else None
    if template is None or template.deleted or template.channel is not MessageChannel.SMS:
        return Worded(tr_noop("No SMS sent: the team has no SMS template called “{0}”."),
                      rule.sms_template)
    person = None if card.contact_id is None else mq.person(session, card.contact_id)
    if person is None:
        return tr_noop("No SMS sent: the card names no holder.")
    try:
        text = render("", template.body, _values(session, person.contact_id, card, points,
                                                 now))
    except (UnknownField, ValueError) as exc:
        return Worded(tr_noop("No SMS sent: {0}"), message(exc))
    skipped = OPTED_OUT if person.opted_out else None if person.mobile else NO_MOBILE
    outbox.add(session, [OutMessage(
        batch_id=uuid.uuid4(), channel=MessageChannel.SMS, template_id=template.id,
        template_name=template.name, account_id=person.account_id,
        contact_id=person.contact_id, contact_name=person.name, recipient=person.mobile,
        subject="", body=text.body, author_id=by,
        state=OutState.WAITING if skipped is None else OutState.SKIPPED, reason=skipped)])
    if skipped is not None:
        return Worded(tr_noop("No SMS to {0}: {1}."), person.name, skipped)
    return Worded(tr_noop("SMS to {0} waits in the outbox."), person.name)
