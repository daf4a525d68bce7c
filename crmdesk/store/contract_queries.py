"""Reads around contracts and payments: the won deals a contract can come from, what a
payment can be recorded against, the contract and payment entries of the follow-up
timeline, and sales credited per seller and period (from payments only).

Each takes the caller's session and returns plain frozen dataclasses; the words and the
credit rule are crmdesk.domain.contracts, the money figures crmdesk.domain.deals.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.domain import contracts as words
from crmdesk.domain.contracts import Credit, Paid, Period
from crmdesk.domain.deals import InstalmentState, OpportunityStage
from crmdesk.store import deal_queries
from crmdesk.store.deal_queries import ContractRow, LineRow
from crmdesk.store.models import (
    Contract,
    ContractInstalment,
    Opportunity,
    OpportunityProduct,
    Payment,
    Product,
    User,
)

# ---- what the dialogs offer ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WonDeal:
    """A won deal a contract can come from, with what prefills it."""

    id: uuid.UUID
    name: str
    amount: int | None
    currency: str
    lines: tuple[LineRow, ...]
    contracts: int  # contracts already recorded from it

    @property
    def products(self) -> str:
        """Its products as one line: "3 × Cloud ERP, 1 × Training"."""
        return ", ".join(f"{line.quantity} × {line.product}" for line in self.lines)


def won_deals(session: Session, account_id: uuid.UUID) -> list[WonDeal]:
    """The account's won deals, those without a contract yet first, latest won first."""
    rows = session.execute(
        select(Opportunity.id, Opportunity.name, Opportunity.amount, Opportunity.currency,
               Opportunity.closed_on)
        .where(Opportunity.account_id == account_id, Opportunity.deleted.is_(False),
               Opportunity.stage == OpportunityStage.WON)).all()
    ids = [r[0] for r in rows]
    lines: dict[uuid.UUID, list[LineRow]] = {i: [] for i in ids}
    for deal_id, product_id, name, quantity, price in session.execute(
            select(OpportunityProduct.opportunity_id, OpportunityProduct.product_id,
                   Product.name, OpportunityProduct.quantity, OpportunityProduct.unit_price)
            .join(Product, Product.id == OpportunityProduct.product_id)
            .where(OpportunityProduct.opportunity_id.in_(ids),
                   OpportunityProduct.deleted.is_(False))
            .order_by(Product.name)):
        lines[deal_id].append(LineRow(product_id, name, quantity, price))
    counts: dict[uuid.UUID | None, int] = {deal_id: n for deal_id, n in session.execute(
        select(Contract.opportunity_id, func.count())
        .where(Contract.opportunity_id.in_(ids), Contract.deleted.is_(False))
        .group_by(Contract.opportunity_id))}
    deals = [(WonDeal(i, name, amount, currency, tuple(lines[i]), counts.get(i, 0)), closed)
             for i, name, amount, currency, closed in rows]
    deals.sort(key=lambda d: (d[0].contracts > 0, -(d[1] or date.min).toordinal(),
                              d[0].name))
    return [d for d, _closed in deals]


@dataclass(frozen=True, slots=True)
class Instalment:
    """An instalment as the payment dialog offers it."""

    state: InstalmentState
    position: int  # 1-based, in due order
    of: int
    label: str | None


@dataclass(frozen=True, slots=True)
class PayableContract:
    """A contract with its instalments, in due order (the payment dialog's choices)."""

    row: ContractRow
    instalments: tuple[Instalment, ...]

    def earliest_outstanding(self) -> Instalment | None:
        return next((i for i in self.instalments if i.state.outstanding > 0), None)


def payable_contracts(session: Session, account_id: uuid.UUID, today: date
                      ) -> list[PayableContract]:
    """The account's contracts (latest signed first) with their instalments' states and
    labels: what a payment may be recorded against."""
    rows = deal_queries.contracts(session, account_id, today)
    labels: dict[uuid.UUID, str | None] = {i: label for i, label in session.execute(
        select(ContractInstalment.id, ContractInstalment.label)
        .where(ContractInstalment.contract_id.in_([r.id for r in rows])))}
    out = []
    for row in rows:
        states = row.figures.instalments
        out.append(PayableContract(row, tuple(
            Instalment(s, n, len(states), labels.get(s.id))
            for n, s in enumerate(states, start=1))))
    return out


# ---- the timeline's contract and payment entries --------------------------------------


@dataclass(frozen=True, slots=True)
class MoneyEntry:
    """A contract signed or a payment received, as the timeline lists it among the
    activities. `occurred_at` is the end of its day: it heads that day's entries."""

    kind: str  # "contract" or "payment"
    id: uuid.UUID
    day: date
    text: str  # in English (the command line); the window words the figures below
    late_days: int
    contract: str  # the contract's number
    amount: int = 0  # minor units of `currency`
    currency: str = ""
    term_months: int | None = None  # a contract's
    position: int | None = None  # a payment's instalment: its place, of how many
    of: int = 0

    @property
    def occurred_at(self) -> datetime:
        return datetime.combine(self.day, time.max)


def money_entries(session: Session, account_id: uuid.UUID) -> list[MoneyEntry]:
    """The account's contracts and payments, newest first (on one day, the payments
    above the contract: money arriving is the later news)."""
    contracts = session.execute(
        select(Contract.id, Contract.number, Contract.signed_on, Contract.amount,
               Contract.currency, Contract.term_months)
        .where(Contract.account_id == account_id, Contract.deleted.is_(False))).all()
    numbers = {c[0]: c[1] for c in contracts}
    order: dict[uuid.UUID, list[tuple[date, str, uuid.UUID]]] = {c[0]: [] for c in contracts}
    for of_contract, inst_id, inst_due in session.execute(
            select(ContractInstalment.contract_id, ContractInstalment.id,
                   ContractInstalment.due_on)
            .where(ContractInstalment.contract_id.in_(list(numbers)),
                   ContractInstalment.deleted.is_(False))):
        order[of_contract].append((inst_due, str(inst_id), inst_id))
    # an instalment's place in its schedule, in the order the money rules use
    place: dict[uuid.UUID, tuple[int, int, date]] = {}
    for schedule in order.values():
        schedule.sort()
        for n, (inst_due, _key, inst_id) in enumerate(schedule, start=1):
            place[inst_id] = (n, len(schedule), inst_due)
    out = [MoneyEntry("contract", cid, signed, words.contract_line(number, amount, currency,
                                                                  term), 0, number,
                      amount, currency, term_months=term)
           for cid, number, signed, amount, currency, term in contracts]
    for payment_id, contract_id, received, amount, currency, instalment_id in session.execute(
            select(Payment.id, Payment.contract_id, Payment.received_on, Payment.amount,
                   Payment.currency, Payment.instalment_id)
            .where(Payment.account_id == account_id, Payment.deleted.is_(False),
                   Payment.contract_id.in_(list(numbers)))):
        position: int | None = None
        due_on: date | None = None
        of = 0
        if instalment_id in place:  # paid against a named instalment of its schedule
            position, of, due_on = place[instalment_id]
        late = words.days_late(due_on, received)
        out.append(MoneyEntry("payment", payment_id, received,
                              words.payment_line(amount, currency, position, of, late),
                              late, numbers[contract_id], amount, currency,
                              position=position, of=of))
    out.sort(key=lambda e: (e.day, e.kind == "payment", e.id.hex), reverse=True)
    return out


# ---- credit -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CreditRow:
    """Sales credited to one seller in one period and currency, with their name."""

    seller_id: uuid.UUID | None
    seller: str | None  # as people know them (None: nobody owned the deal)
    period: date
    currency: str
    amount: int
    payments: int


def credited_sales(session: Session, start: date, end: date, period: Period = Period.MONTH,
                   *, seller_id: uuid.UUID | None = None, team_id: uuid.UUID | None = None
                   ) -> list[CreditRow]:
    """Sales credited from `start` to `end` (both included) per seller and period: each
    payment counts on the day it was received, for the owner of the deal its contract
    came from (the contract's owner when it came straight from the account). Contracts
    without money count nothing. `seller_id` / `team_id` narrow to one seller or to the
    sellers of one team."""
    seller = func.coalesce(Opportunity.owner_id, Contract.owner_id)
    query = (select(seller, Payment.received_on, Payment.amount, Payment.currency)
             .join(Contract, Contract.id == Payment.contract_id)
             .outerjoin(Opportunity, Opportunity.id == Contract.opportunity_id)
             .where(Payment.deleted.is_(False), Contract.deleted.is_(False),
                    Payment.received_on >= start, Payment.received_on <= end))
    if seller_id is not None:
        query = query.where(seller == seller_id)
    if team_id is not None:
        query = query.where(seller.in_(select(User.id).where(User.team_id == team_id)))
    paid = [Paid(*row) for row in session.execute(query)]
    credits: list[Credit] = words.credit(paid, period)
    names: dict[uuid.UUID, str] = {i: name for i, name in session.execute(
        select(User.id, User.display_name)
        .where(User.id.in_([c.seller for c in credits if c.seller is not None])))}
    return [CreditRow(c.seller, names.get(c.seller) if c.seller else None, c.period,
                      c.currency, c.amount, c.payments) for c in credits]
