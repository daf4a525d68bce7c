"""The review's Value panel: the 80/20 of 12-month revenue, the churn-risk list and the
loyalty stages of the accounts in scope.

Accounts are in scope by their own owner and team (an account figure: whose book it is
in), live ones only. Revenue is the payments received in the value score's window (the
REVENUE_DAYS ending on the scope's day, as crmdesk.domain.value counts them) in the
scope's currency. The churn list and the loyalty stages read each account's facts as
the card does (crmdesk.store.derived), for all the accounts at once.
"""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import Session, aliased

from crmdesk.domain import pareto
from crmdesk.domain.lifecycle import LABELS as STATUS_LABELS
from crmdesk.domain.lifecycle import Status
from crmdesk.domain.report import (
    Behind,
    Cell,
    Chart,
    ChartKind,
    Column,
    Panel,
    ReviewScope,
    Row,
    Table,
    cell_text,
    share,
)
from crmdesk.domain.value import (
    REVENUE_DAYS,
    Loyalty,
    ValueInputs,
    churn_risk,
    loyalty_stage,
    value_score,
)
from crmdesk.store import derived
from crmdesk.store.models import Account, Activity, Contact, Opportunity, Payment, User

#: The loyalty stages in the order a customer goes through them, as people say them.
LOYALTY_LABELS: dict[Loyalty, str] = {
    Loyalty.SUSPICION: "Suspicion",
    Loyalty.EXPECTATION: "Expectation",
    Loyalty.FIRST_PURCHASE: "First purchase",
    Loyalty.REPEAT_PURCHASE: "Repeat purchase",
    Loyalty.ADVOCACY: "Advocacy",
}


def in_scope(scope: ReviewScope) -> list[ColumnElement[bool]]:
    """The live accounts of the scope: of its team, owned by its rep."""
    where: list[ColumnElement[bool]] = [Account.deleted.is_(False)]
    if scope.team_id is not None:
        where.append(Account.team_id == scope.team_id)
    if scope.rep_id is not None:
        where.append(Account.owner_id == scope.rep_id)
    return where


def in_window(scope: ReviewScope) -> ColumnElement[bool]:
    """Payments received in the value score's 12 months ending on the scope's day."""
    return and_(Payment.received_on > scope.today - timedelta(days=REVENUE_DAYS),
                Payment.received_on <= scope.today)


def figures(session: Session, scope: ReviewScope) -> Panel:
    revenue, names, others = _revenue(session, scope)
    return Panel("value", "Value", (
        *_pareto_tables(revenue, names, others, scope),
        _churn(session, scope, revenue),
        _loyalty(session, scope),
    ))


# ---- 80/20 ----------------------------------------------------------------------------


def _revenue(session: Session, scope: ReviewScope
             ) -> tuple[dict[uuid.UUID, int], dict[uuid.UUID, tuple[str, str | None]],
                        list[str]]:
    """Each account in scope's revenue over the window in the scope's currency, its name
    and owner's, and the other currencies money arrived in over the window."""
    owner = aliased(User)
    received = (Payment.deleted.is_(False), in_window(scope))
    rows = session.execute(
        select(Account.id, Account.name, owner.display_name, func.sum(Payment.amount))
        .join(Account, Account.id == Payment.account_id)
        .outerjoin(owner, owner.id == Account.owner_id)
        .where(*received, Payment.currency == scope.currency, *in_scope(scope))
        .group_by(Account.id, Account.name, owner.display_name)).all()
    others = list(session.scalars(
        select(Payment.currency).distinct()
        .join(Account, Account.id == Payment.account_id)
        .where(*received, Payment.currency != scope.currency, *in_scope(scope))
        .order_by(Payment.currency)))
    revenue = {account: int(amount or 0) for account, _, _, amount in rows}
    names: dict[uuid.UUID, tuple[str, str | None]] = {
        account: (name, owner_name) for account, name, owner_name, _ in rows}
    return revenue, names, others


def _others_note(others: list[str]) -> str:
    if not others:
        return ""
    return (f" Payments in {', '.join(others)} are not in it (no exchange rates: "
            "choose that currency to see them).")


def _pareto_tables(revenue: dict[uuid.UUID, int],
                   names: dict[uuid.UUID, tuple[str, str | None]], others: list[str],
                   scope: ReviewScope) -> tuple[Table, Table]:
    ranked = pareto.rank(revenue.items(), order=lambda a: (names[a][0], a))
    keys = pareto.key_count(ranked)
    total = sum(r.amount for r in ranked)
    paying = len(ranked)
    if paying:
        note = (f"{keys:,} of {paying:,} paying accounts ({keys / paying:.1%}) make "
                f"{float(pareto.KEY_SHARE):.0%} of {cell_text(total, Cell.MONEY, scope.currency)} "
                "over the last 12 months.")
    else:
        note = "No payments received over the last 12 months."
    note += _others_note(others)
    accounts = Table(
        "value.pareto", "Accounts by revenue over the last 12 months",
        (Column("account", "Account", Cell.TEXT), Column("owner", "Owner", Cell.TEXT),
         Column("revenue", "Revenue", Cell.MONEY), Column("share", "Share", Cell.PERCENT),
         Column("cumulative", "Cumulative", Cell.PERCENT),
         Column("key", "Key account", Cell.TEXT)),
        tuple(Row((names[r.item][0], names[r.item][1] or "", r.amount, r.share,
                   r.cumulative, "yes" if r.key else "no"), (r.item,)) for r in ranked),
        currency=scope.currency, behind=Behind.ACCOUNTS,
        chart=Chart(ChartKind.PARETO, x="account", y=("revenue",)), note=note)
    banded = Table(
        "value.pareto_bands", "Revenue by band of accounts (top 5% first)",
        (Column("band", "Accounts ranked", Cell.TEXT),
         Column("accounts", "Accounts", Cell.COUNT), Column("revenue", "Revenue", Cell.MONEY),
         Column("share", "Share", Cell.PERCENT),
         Column("cumulative", "Cumulative", Cell.PERCENT),
         Column("keys", "Key accounts", Cell.COUNT)),
        tuple(Row((b.label, len(b.items), b.amount, b.share, b.cumulative, b.keys), b.items)
              for b in pareto.bands(ranked)),
        currency=scope.currency, behind=Behind.ACCOUNTS,
        chart=Chart(ChartKind.PARETO, x="band", y=("revenue",)), note=note)
    return accounts, banded


# ---- churn risk -----------------------------------------------------------------------


def _money(year_ago: date) -> Any:
    """Per account, the card's money facts (crmdesk.store.derived, every currency as the
    value score counts them): revenue over the window and the year before it, and its
    purchases (contracts with money received on them)."""
    two_years_ago = year_ago - timedelta(days=REVENUE_DAYS)
    return (select(Payment.account_id,
                   _sum(Payment.received_on > year_ago, Payment.amount).label("revenue"),
                   _sum(and_(Payment.received_on <= year_ago,
                             Payment.received_on > two_years_ago),
                        Payment.amount).label("before"),
                   func.count(func.distinct(case((derived.PAID, Payment.contract_id))))
                   .label("purchases"))
            .where(Payment.deleted.is_(False)).group_by(Payment.account_id).cte("money"))


def _sum(condition: ColumnElement[bool], amount: Any) -> Any:
    return func.coalesce(func.sum(case((condition, amount), else_=0)), 0)


def _churn(session: Session, scope: ReviewScope, revenue: dict[uuid.UUID, int]) -> Table:
    """The accounts in scope the card would call at risk, the most valuable first.

    The card's inputs, read for every paying account at once: money from the payments,
    the last contact and the status as the account holds them (both follow from its
    facts alone and are kept after every write and pull, crmdesk.store.derived), and
    for the value score the open pipeline, the key person and the scale."""
    money = _money(scope.today - timedelta(days=REVENUE_DAYS))
    payers = select(money.c.account_id).where(money.c.purchases > 0).scalar_subquery()
    deals = (select(Opportunity.account_id,
                    _sum(derived.OPEN, Opportunity.amount).label("pipeline"))
             .where(Opportunity.deleted.is_(False), Opportunity.account_id.in_(payers))
             .group_by(Opportunity.account_id).subquery())
    people = (select(Contact.account_id).distinct()
              .where(Contact.deleted.is_(False), Contact.is_key_person.is_(True),
                     Contact.account_id.in_(payers)).subquery())
    owner = aliased(User)
    rows = session.execute(
        select(Account.id, Account.name, owner.display_name, Account.status, Account.scale,
               Account.last_contact_at, money.c.revenue, money.c.before, money.c.purchases,
               deals.c.pipeline, people.c.account_id.is_not(None))
        .join(money, money.c.account_id == Account.id)
        .outerjoin(owner, owner.id == Account.owner_id)
        .outerjoin(deals, deals.c.account_id == Account.id)
        .outerjoin(people, people.c.account_id == Account.id)
        .where(money.c.purchases > 0, *in_scope(scope))).all()
    risky: list[tuple[int, int, str, uuid.UUID, Row]] = []
    for (account, name, owner_name, status, scale, last, revenue_12m, before, purchases,
         pipeline, key_person) in rows:
        days = None if last is None else (scope.today - last.date()).days
        inputs = ValueInputs(int(revenue_12m), int(before), int(purchases), int(pipeline or 0),
                             scale, bool(key_person), days)
        risk = churn_risk(inputs)
        if not risk.at_risk:
            continue
        score = value_score(inputs).value
        paid = revenue.get(account, 0)
        risky.append((-score, -paid, name, account, Row(
            (name, owner_name or "", STATUS_LABELS[Status(status)],
             None if last is None else last.date(), paid, score, "; ".join(risk.reasons)),
            (account,))))
    risky.sort(key=lambda r: r[:4])
    return Table(
        "value.churn", "Customers at risk of churn",
        (Column("account", "Account", Cell.TEXT), Column("owner", "Owner", Cell.TEXT),
         Column("status", "Status", Cell.TEXT),
         Column("last_contact", "Last contact", Cell.DATE),
         Column("revenue", "Revenue 12 months", Cell.MONEY),
         Column("value_score", "Value score", Cell.COUNT),
         Column("reasons", "Why", Cell.TEXT)),
        tuple(r[4] for r in risky), currency=scope.currency, behind=Behind.ACCOUNTS,
        note=(f"{len(risky):,} of {len(rows):,} paying customers: no contact for 90 days, "
              "or paid less than half of the year before; highest value score first."))


# ---- loyalty --------------------------------------------------------------------------


def _loyalty_rows(session: Session, scope: ReviewScope) -> Any:
    """Each account in scope with its purchases (contracts with money received on them)
    and whether a two-way conversation with it is logged, as the card's facts count."""
    money = _money(scope.today - timedelta(days=REVENUE_DAYS))
    engaged = (select(Activity.account_id).distinct()
               .where(Activity.deleted.is_(False), derived.TWO_WAY).subquery())
    return session.execute(
        select(Account.id, func.coalesce(money.c.purchases, 0),
               engaged.c.account_id.is_not(None))
        .outerjoin(money, money.c.account_id == Account.id)
        .outerjoin(engaged, engaged.c.account_id == Account.id)
        .where(*in_scope(scope)))


def _loyalty(session: Session, scope: ReviewScope) -> Table:
    by_stage: dict[Loyalty, list[uuid.UUID]] = {stage: [] for stage in Loyalty}
    for account, purchases, engaged in _loyalty_rows(session, scope):
        # no record says which customer referred which account yet: no referrals
        by_stage[loyalty_stage(int(purchases), 0, bool(engaged))].append(account)
    counted = Counter({stage: len(ids) for stage, ids in by_stage.items()})
    total = sum(counted.values())
    return Table(
        "value.loyalty", "Loyalty stages",
        (Column("stage", "Stage", Cell.TEXT), Column("accounts", "Accounts", Cell.COUNT),
         Column("share", "Share", Cell.PERCENT)),
        tuple(Row((LOYALTY_LABELS[stage], counted[stage], share(counted[stage], total)),
                  tuple(by_stage[stage])) for stage in Loyalty),
        behind=Behind.ACCOUNTS, chart=Chart(ChartKind.BAR, x="stage", y=("accounts",)),
        note=("Purchases are contracts with money received on them; expectation is a "
              "two-way conversation without a purchase yet. Advocacy needs referral facts "
              "(which customer referred which account), which crmdesk does not record "
              "yet, so no account counts there."))
