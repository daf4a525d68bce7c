"""The review's Value panel: the 80/20 of 12-month revenue, the churn-risk list and the
loyalty stages of the accounts in scope.

Accounts are in scope by their own owner and team (an account figure: whose book it is
in), live ones only. Revenue is the payments received in the value score's window (the
REVENUE_DAYS ending on the scope's day, as crmdesk.domain.value counts them) in the
scope's currency. The churn list and the loyalty stages read each account's facts as
the card does (crmdesk.store.derived): money from the payments in every currency, the
last contact and the status as the account holds them (both follow from its facts
alone and are kept after every write and pull), the open pipeline, a key person and
a two-way conversation. Two statements: the paying accounts' figures, one row each;
the accounts without a purchase counted by loyalty stage in the database (at 100k
accounts four in five have none, and reading each of their rows cost most of the panel).
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, String, and_, case, exists, func, select, type_coerce
from sqlalchemy.orm import Session

from crmdesk.domain import pareto
from crmdesk.domain.lifecycle import LABELS as STATUS_LABELS
from crmdesk.domain.lifecycle import Status
from crmdesk.domain.report import (
    Behind,
    Cell,
    Chart,
    ChartKind,
    Column,
    JoinedIds,
    Panel,
    ReviewScope,
    Row,
    Table,
    cell_text,
    share,
    uuids,
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
from crmdesk.store.review.deal_facts import Raw, of_live_account, rows
from crmdesk.store.review.scope_sql import (
    account_conditions,
    currencies_note,
    narrowed,
    two_way_terms,
)

#: The loyalty stages in the order a customer goes through them, as people say them.
LOYALTY_LABELS: dict[Loyalty, str] = {
    Loyalty.SUSPICION: "Suspicion",
    Loyalty.EXPECTATION: "Expectation",
    Loyalty.FIRST_PURCHASE: "First purchase",
    Loyalty.REPEAT_PURCHASE: "Repeat purchase",
    Loyalty.ADVOCACY: "Advocacy",
}


#: Accounts looked up per statement (well under SQLite's limit of bound values).
_CHUNK = 5000


def _sum(condition: ColumnElement[bool], amount: Any) -> Any:
    return func.coalesce(func.sum(case((condition, amount), else_=0)), 0)


def _statement(scope: ReviewScope) -> Select[Any]:
    """One row per account in scope with a live payment, with every figure of the
    panel read from its facts: its 12-month revenue in the scope's currency and the
    other currencies it paid in (the 80/20), the card's money inputs, pipeline and key
    person (churn risk and the value score: only a paying account can be at risk). The
    accounts without a purchase are `_unpaid`'s: a fraction of the accounts pay, and
    reading every account's row here cost most of the panel at 100k accounts."""
    year_ago = scope.today - timedelta(days=REVENUE_DAYS)
    window = and_(Payment.received_on > year_ago, Payment.received_on <= scope.today)
    money = (select(
        Payment.account_id,
        _sum(and_(window, Payment.currency == scope.currency), Payment.amount).label("paid"),
        func.group_concat(func.distinct(
            case((and_(window, Payment.currency != scope.currency), Payment.currency))))
        .label("others"),
        # the card's (crmdesk.store.derived): every currency, no end to the window
        _sum(Payment.received_on > year_ago, Payment.amount).label("revenue"),
        _sum(and_(Payment.received_on <= year_ago,
                  Payment.received_on > year_ago - timedelta(days=REVENUE_DAYS)),
             Payment.amount).label("before"),
        func.count(func.distinct(case((derived.PAID, Payment.contract_id))))
        .label("purchases"))
        .where(Payment.deleted.is_(False), *_mine(Payment.account_id, scope))
        .group_by(Payment.account_id).cte("money"))
    return (
        select(Raw.text(Account.id), Account.name, Raw.text(Account.owner_id),
               Account.status, Account.scale, Raw.text(Account.last_contact_at),
               money.c.paid, money.c.others, money.c.revenue, money.c.before,
               money.c.purchases)
        .select_from(money)
        .join(Account, Account.id == money.c.account_id)
        .where(*account_conditions(scope)))


def _pipeline_and_key_people(session: Session, accounts: list[uuid.UUID]
                             ) -> tuple[dict[uuid.UUID, int], set[uuid.UUID]]:
    """The open pipeline of each of `accounts` and those with a key person: read for
    the customers at risk alone (their value score; whether one is at risk does not
    hang on them), a few thousand lookups instead of every paying account's."""
    # ids bound and read as stored (text): thousands of them
    wanted = {account.hex: account for account in accounts}
    texts = list(wanted)
    pipeline: dict[uuid.UUID, int] = {}
    key_people: set[uuid.UUID] = set()
    deal_account, person_account = Raw.text(Opportunity.account_id), Raw.text(Contact.account_id)
    for at in range(0, len(texts), _CHUNK):
        chunk = texts[at:at + _CHUNK]
        for account, amount in rows(session, select(
                deal_account, _sum(derived.OPEN, Opportunity.amount))
                .where(Opportunity.deleted.is_(False), deal_account.in_(chunk))
                .group_by(Opportunity.account_id)):
            pipeline[wanted[account]] = int(amount)
        key_people.update(wanted[account] for (account,) in rows(session, select(
            person_account).distinct()
            .where(Contact.deleted.is_(False), Contact.is_key_person.is_(True),
                   person_account.in_(chunk))))
    return pipeline, key_people


def _mine(column: Any, scope: ReviewScope) -> list[ColumnElement[bool]]:
    """A team's or a rep's facts are found through their accounts (by index); an
    admin's are all of them, read straight through."""
    if not narrowed(scope):
        return []
    return [column.in_(select(Account.id).where(*account_conditions(scope)))]


def _unpaid(session: Session, scope: ReviewScope) -> dict[bool, JoinedIds]:
    """The accounts in scope without a purchase (no live payment of money), by whether
    a two-way conversation is logged with them (loyalty: expectation, else
    suspicion). One statement, grouped in the database; the conversation is looked up
    in ix_activities_two_way (the two-way ones alone, by account: one seek an account
    instead of reading its activities), the live accounts of an admin's scope in the
    accounts' id index (ix_accounts_removed leaves out the few removed)."""
    engaged = exists().where(Activity.account_id == Account.id, *two_way_terms())
    paying = select(Payment.account_id).where(Payment.deleted.is_(False), derived.PAID,
                                              *_mine(Payment.account_id, scope))
    where = (account_conditions(scope) if narrowed(scope)
             else [of_live_account(Account.id)])
    out = {True: JoinedIds(None), False: JoinedIds(None)}
    for talked, joined in rows(session, select(
            engaged.label("engaged"), func.group_concat(type_coerce(Account.id, String), ","))
            .where(*where, Account.id.not_in(paying)).group_by(engaged)):
        out[bool(talked)] = JoinedIds(joined)
    return out


def figures(session: Session, scope: ReviewScope) -> Panel:
    users: dict[uuid.UUID, str] = {
        user: name for user, name in session.execute(select(User.id, User.display_name))}
    raw = Raw()
    revenue: dict[uuid.UUID, int] = {}
    names: dict[uuid.UUID, tuple[str, str | None]] = {}
    others: set[str] = set()
    payers = 0
    at_risk: list[tuple[uuid.UUID, str, str | None, str, date | None, ValueInputs,
                        tuple[str, ...]]] = []
    stages: dict[Loyalty, list[uuid.UUID]] = {stage: [] for stage in Loyalty}
    unpaid = _unpaid(session, scope)
    # no record says which customer referred which account yet: no referrals
    no_purchase = {loyalty_stage(0, 0, True): unpaid[True],
                   loyalty_stage(0, 0, False): unpaid[False]}
    found = list(rows(session, _statement(scope)))
    for account, (_, name, owner_text, status, scale, last_text, paid, other, revenue_12m,
                  before, purchases) in zip(uuids(r[0] for r in found), found, strict=True):
        owner_id = raw.uuid(owner_text)
        owner = None if owner_id is None else users.get(owner_id)
        purchases = int(purchases or 0)
        if paid:
            revenue[account] = int(paid)
            names[account] = (name, owner)
        if other:
            others.update(other.split(","))
        if not purchases:
            continue  # only a customer who has paid can be at risk (churn_risk)
        stages[loyalty_stage(purchases, 0, True)].append(account)
        payers += 1
        last = raw.day(last_text)
        days = None if last is None else (scope.today - last).days
        # pipeline and key person are read below for those at risk: neither decides it
        inputs = ValueInputs(int(revenue_12m), int(before), purchases, 0, scale, False, days)
        risk = churn_risk(inputs)
        if risk.at_risk:
            at_risk.append((account, name, owner, status, last, inputs, risk.reasons))
    pipeline, key_people = _pipeline_and_key_people(session, [a[0] for a in at_risk])
    risky: list[tuple[int, int, str, uuid.UUID, Row]] = []
    for account, name, owner, status, last, inputs, reasons in at_risk:
        score = value_score(replace(inputs, open_pipeline=int(pipeline.get(account) or 0),
                                    has_key_person=account in key_people)).value
        # the column is the 80/20's revenue (the scope's currency); the rule reads every
        # currency, as the card does
        in_currency = revenue.get(account, 0)
        risky.append((-score, -in_currency, name, account, Row(
            (name, owner or "", STATUS_LABELS[Status(status)], last, in_currency, score,
             "; ".join(reasons)), (account,))))
    risky.sort(key=lambda r: r[:4])
    return Panel("value", "Value", (
        *_pareto_tables(revenue, names, sorted(others), scope),
        _churn(risky, payers, scope),
        _loyalty(stages, no_purchase),
    ))


# ---- 80/20 ----------------------------------------------------------------------------


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
    note += currencies_note(others, scope.currency, "Payments")
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


# ---- churn risk and loyalty -----------------------------------------------------------


def _churn(risky: list[tuple[int, int, str, uuid.UUID, Row]], payers: int,
           scope: ReviewScope) -> Table:
    """The accounts in scope the card calls at risk, the most valuable first."""
    return Table(
        "value.churn", "Customers at risk of churn",
        (Column("account", "Account", Cell.TEXT), Column("owner", "Owner", Cell.TEXT),
         Column("status", "Status", Cell.TEXT),
         Column("last_contact", "Last contact", Cell.DATE),
         Column("revenue", "Revenue 12 months", Cell.MONEY),
         Column("value_score", "Value score", Cell.COUNT),
         Column("reasons", "Why", Cell.TEXT)),
        tuple(r[4] for r in risky), currency=scope.currency, behind=Behind.ACCOUNTS,
        note=(f"{len(risky):,} of {payers:,} paying customers: no contact for 90 days, "
              "or paid less than half of the year before; highest value score first."))


def _loyalty(stages: dict[Loyalty, list[uuid.UUID]],
             no_purchase: dict[Loyalty, JoinedIds]) -> Table:
    """The accounts of each stage: those without a purchase (`no_purchase`, read when
    their list is opened: tens of thousands), then the paying ones (`stages`)."""
    behind: dict[Loyalty, tuple[uuid.UUID, ...] | JoinedIds] = {}
    for stage, paying in stages.items():
        unpaid = no_purchase.get(stage, JoinedIds(None))
        behind[stage] = unpaid if not paying else (*unpaid, *paying)
    total = sum(len(ids) for ids in behind.values())
    return Table(
        "value.loyalty", "Loyalty stages",
        (Column("stage", "Stage", Cell.TEXT), Column("accounts", "Accounts", Cell.COUNT),
         Column("share", "Share", Cell.PERCENT)),
        tuple(Row((LOYALTY_LABELS[stage], len(ids), share(len(ids), total)), ids)
              for stage, ids in behind.items()),
        behind=Behind.ACCOUNTS, chart=Chart(ChartKind.BAR, x="stage", y=("accounts",)),
        note=("Purchases are contracts with money received on them; expectation is a "
              "two-way conversation without a purchase yet. Advocacy needs referral facts "
              "(which customer referred which account), which crmdesk does not record "
              "yet, so no account counts there."))
