"""Commands on membership: issue a customer's member card, earn a payment's points (a
payment recorded here earns by itself: crmdesk.app.deals.record_payment), redeem,
adjust, take a payment's points back, read a customer's membership and ledger, and set
the team's rule (points per amount, levels, the SMS a member is sent).

Each is one unit of work: refused with every problem, one a line, nothing saved. The
card and its ledger are the customer's: whoever may change the company may change them
(the server's rule), and the rules are crmdesk.domain.membership.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy.orm import Session

from crmdesk.app._unit import write
from crmdesk.app.changes import MEMBERSHIP, Changes, Done
from crmdesk.app.context import Context
from crmdesk.app.rights import viewer
from crmdesk.domain.membership import EntryKind, Level, Rule
from crmdesk.domain.words import tr_noop
from crmdesk.store import membership as store
from crmdesk.store.membership import EntryRow, Membership, Written
from crmdesk.store.models import Payment, Role, utcnow
from crmdesk.store.records import ACCOUNTS
from crmdesk.store.refusals import NotFound, Refused

CHOOSE_TEAM = tr_noop("Say which team's membership rule this is.")


def _changed(account_id: uuid.UUID) -> Changes:
    return Changes.of({account_id}, MEMBERSHIP)


def _by(ctx: Context) -> uuid.UUID | None:
    return ctx.user.id if ctx.user else None


def issue_card(ctx: Context, account_id: uuid.UUID, number: str | None = None,
               contact_id: uuid.UUID | None = None) -> Done[uuid.UUID]:
    """Issue the customer a member card (a number typed, or one derived from it), held
    by the contact named (or its key person with a mobile)."""
    today = ctx.today()
    made = write(ctx, lambda s: store.issue_card(s, account_id, today, number, contact_id),
                 (ACCOUNTS, account_id))
    return Done(made, _changed(account_id))


def set_holder(ctx: Context, account_id: uuid.UUID, contact_id: uuid.UUID | None
               ) -> Done[uuid.UUID]:
    """Name the contact who holds the card (the points SMS goes to them)."""
    made = write(ctx, lambda s: store.set_holder(s, account_id, contact_id),
                 (ACCOUNTS, account_id))
    return Done(made, _changed(account_id))


def _entry(ctx: Context, account_id: uuid.UUID, kind: EntryKind, points: int,
           reason: str | None) -> Done[Written]:
    by = _by(ctx)
    written = write(ctx, lambda s: store.add_entry(s, account_id, kind, points, reason, by,
                                                   utcnow()), (ACCOUNTS, account_id))
    return Done(written, _changed(account_id))


def redeem(ctx: Context, account_id: uuid.UUID, points: int, reason: str) -> Done[Written]:
    """Spend `points` (more than zero) of the customer's balance, saying on what."""
    if points <= 0:
        raise Refused(tr_noop("Redeem a number of points more than zero."))
    return _entry(ctx, account_id, EntryKind.REDEEMED, -points, reason)


def adjust(ctx: Context, account_id: uuid.UUID, points: int, reason: str) -> Done[Written]:
    """Correct the customer's points by `points` (either way), saying why."""
    return _entry(ctx, account_id, EntryKind.ADJUSTED, points, reason)


def _payment_account(ctx: Context, payment_id: uuid.UUID) -> uuid.UUID:
    with ctx.store.session() as session:
        payment = session.get(Payment, payment_id)
        if payment is None or payment.deleted:
            raise NotFound(tr_noop("This payment no longer exists."))
        return payment.account_id


def earn(ctx: Context, payment_id: uuid.UUID) -> Done[Written]:
    """Earn a payment's points now (one recorded before the card was issued, or by a
    laptop without membership): refused, with why, when it earns nothing or has earned."""
    account_id, by = _payment_account(ctx, payment_id), _by(ctx)

    def change(session: Session) -> Written:
        written = store.earn_for_payment(session, payment_id, by, utcnow())
        if written is None:
            raise Refused(store.why_not_earned(session, payment_id))
        return written

    return Done(write(ctx, change, (ACCOUNTS, account_id)), _changed(account_id))


def reverse(ctx: Context, payment_id: uuid.UUID, reason: str) -> Done[Written]:
    """Take back the points a payment earned (refunded, recorded by mistake), saying why."""
    account_id, by = _payment_account(ctx, payment_id), _by(ctx)
    written = write(ctx, lambda s: store.reverse_payment(s, payment_id, reason, by, utcnow()),
                    (ACCOUNTS, account_id))
    return Done(written, _changed(account_id))


def membership(ctx: Context, account_id: uuid.UUID, last: int = 8) -> Membership:
    """The customer's card, balance, level and newest entries."""
    with ctx.store.session() as session:
        return store.membership(session, account_id, last)


def ledger(ctx: Context, account_id: uuid.UUID) -> list[EntryRow]:
    """Every entry of the customer's ledger, newest first."""
    with ctx.store.session() as session:
        return store.entries(session, account_id)


def rule(ctx: Context, team_id: uuid.UUID | None = None) -> Rule:
    """The team's membership rule (the user's team unless named)."""
    with ctx.store.session() as session:
        return store.rule_of(session, team_id or (ctx.user.team_id if ctx.user else None))


def set_rule(ctx: Context, points: int, per_amount: int, currency: str,
             levels: Sequence[Level], sms_template: str | None = None,
             team_id: uuid.UUID | None = None) -> Done[uuid.UUID]:
    """A lead sets the team's rule: `points` per `per_amount` (minor units) paid in
    `currency`, the levels by points collected, the SMS template for a points change
    (None: no SMS). An administrator names the team."""
    me = ctx.me
    team = team_id if team_id is not None and me.role is Role.ADMIN else me.team_id
    if team is None:
        raise Refused(CHOOSE_TEAM)
    wanted = Rule(points, per_amount, currency.strip().upper(), tuple(levels),
                  sms_template.strip() if sms_template and sms_template.strip() else None)
    made = write(ctx, lambda s: store.set_rule(s, viewer(ctx, s), team, wanted))
    return Done(made, Changes(frozenset(), frozenset({MEMBERSHIP})))
