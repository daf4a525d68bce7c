"""The review's Value panel: the 80/20 of 12-month revenue, the churn-risk list and the
loyalty stages of the accounts in scope.

Accounts are in scope by their own owner and team (an account figure: whose book it is
in), live ones only. Revenue is the payments received in the value score's window (the
REVENUE_DAYS ending on the scope's day, as crmdesk.domain.value counts them) in the
scope's currency. The churn list and the loyalty stages read each account's facts as
the card does (crmdesk.store.derived): money from the payments in every currency, the
last contact and the status as the account holds them (both follow from its facts
alone and are kept after every write and pull), and what its records add up to
(contracts paid, a two-way conversation, the open pipeline, a key person) from its
rollup row (models.AccountRollup, kept by triggers on every write of them).

Two statements: the accounts in scope counted by what loyalty reads of their rollup
(a range of its index each, every account's id joined in the database: four in five
have no purchase); and the accounts in scope with payments, one row each with their
sums (each account's payments read in its order, a covering index: no sort of 100k
payments), read in the 80/20's order, only the customers at risk with the rest of
what the churn list shows.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Executable,
    Select,
    String,
    and_,
    case,
    cast,
    func,
    literal_column,
    or_,
    select,
)
from sqlalchemy.orm import Session

from crmdesk.domain import pareto
from crmdesk.domain.lifecycle import LABELS as STATUS_LABELS
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
    CHURN_SILENT_DAYS,
    REVENUE_DAYS,
    Loyalty,
    ValueInputs,
    churn_risk,
    loyalty_stage,
    score_value,
)
from crmdesk.store.models import Account, AccountRollup, Payment, User
from crmdesk.store.review.cycles import no_cycle_collection
from crmdesk.store.review.deal_facts import Raw, of_live_account, rows
from crmdesk.store.review.scope_sql import account_conditions, currencies_note, narrowed

#: The loyalty stages in the order a customer goes through them, as people say them.
LOYALTY_LABELS: dict[Loyalty, str] = {
    Loyalty.SUSPICION: "Suspicion",
    Loyalty.EXPECTATION: "Expectation",
    Loyalty.FIRST_PURCHASE: "First purchase",
    Loyalty.REPEAT_PURCHASE: "Repeat purchase",
    Loyalty.ADVOCACY: "Advocacy",
}


def _day(column: Any) -> Any:
    # the stored text, compared with ISO days as text: the column's own (numeric)
    # affinity would have SQLite try each bound day as a number on every payment
    return cast(column, String)


def _sum(condition: ColumnElement[bool]) -> Any:
    """The amounts of an account's payments that meet `condition` added up (0: none)."""
    return func.coalesce(func.sum(Payment.amount).filter(condition), 0)


def _mine(column: Any, scope: ReviewScope) -> list[ColumnElement[bool]]:
    """A team's or a rep's facts are found through their accounts (by index); an
    admin's are all of them, read straight through."""
    if not narrowed(scope):
        return []
    return [column.in_(select(Account.id).where(*account_conditions(scope)))]


def _stages(session: Session, scope: ReviewScope) -> tuple[dict[Loyalty, JoinedIds], int]:
    """The accounts in scope by loyalty stage (their ids as joined in the database:
    tens of thousands, read when a stage's list is opened), and how many have paid.
    Counted by purchases and two-way conversation (what the stage reads) from the
    rollups' index, each group a range of it in order: every team's are every rollup
    (a live account's each), a team's or a rep's those of their accounts."""
    rollup = AccountRollup
    query = select(rollup.purchases, rollup.two_way, func.count(),
                   func.group_concat(Raw.text(rollup.account_id), ","))
    if narrowed(scope):
        query = (query.select_from(Account).join(rollup, rollup.account_id == Account.id)
                 .where(*account_conditions(scope)))
    parts: dict[Loyalty, list[str]] = {stage: [] for stage in Loyalty}
    payers = 0
    for purchases, talked, count, joined in rows(
            session, query.group_by(rollup.purchases, rollup.two_way)):
        # no record says which customer referred which account yet: no referrals
        parts[loyalty_stage(purchases, 0, bool(talked))].append(joined)
        if purchases:
            payers += count
    return {stage: JoinedIds.of(joined) for stage, joined in parts.items()}, payers


def _statement(scope: ReviewScope) -> Select[Any]:
    """One row per account in scope with a live payment that the 80/20 counts (its
    12-month revenue in the scope's currency) or that the churn rule may call at risk
    (flagged: `churn_risk`'s terms, which it then applies), with the rest the churn
    list shows and the value score reads: the card's money (every currency, no end to
    the window), contact and rollup. Each account's payments are read in its order
    (ix_payments_account_money: no sort of every payment). Unordered: sorted in
    Python, a fraction of SQLite's sort of these rows."""
    year_ago = scope.today - timedelta(days=REVENUE_DAYS)
    since, to = year_ago.isoformat(), scope.today.isoformat()
    before = (year_ago - timedelta(days=REVENUE_DAYS)).isoformat()
    day = _day(Payment.received_on)
    money = (select(
        Payment.account_id,
        _sum(and_(day > since, day <= to, Payment.currency == scope.currency)).label("paid"),
        # the card's (crmdesk.store.derived): every currency, no end to the window
        _sum(day > since).label("revenue"),
        _sum(and_(day <= since, day > before)).label("before"))
        .where(Payment.deleted.is_(False), *_mine(Payment.account_id, scope))
        .group_by(Payment.account_id).subquery("money"))
    rollup = AccountRollup
    quiet = (scope.today - timedelta(days=CHURN_SILENT_DAYS)).isoformat()
    risky = and_(rollup.purchases > 0, or_(
        Account.last_contact_at.is_(None), Raw.text(Account.last_contact_at) < quiet,
        and_(money.c.before > 0, money.c.revenue < money.c.before // 2)))
    return (
        select(Raw.text(Account.id), Account.name, Raw.text(Account.owner_id),
               money.c.paid, case((risky, 1), else_=0), Account.status, Account.scale,
               Raw.text(Account.last_contact_at), rollup.purchases, rollup.open_pipeline,
               rollup.key_person, money.c.revenue, money.c.before)
        .select_from(money)
        .join(Account, Account.id == money.c.account_id)
        .join(rollup, rollup.account_id == money.c.account_id)
        .where(*account_conditions(scope), or_(money.c.paid > 0, risky)))


def _other_currencies(session: Session, scope: ReviewScope) -> list[str]:
    """The currencies besides the scope's of the payments the 80/20 would count. The
    currencies in use are stepped through in their index (ix_payments_currency_used:
    a seek each, as few as there are currencies), and each other one looked for among
    the window's payments in scope."""
    # the index's expression word for word, so SQLite reads it
    code: ColumnElement[str] = literal_column("payments.currency || ''")
    year_ago = scope.today - timedelta(days=REVENUE_DAYS)
    found: list[str] = []
    currency: str | None = ""
    while True:
        currency = session.scalar(select(func.min(code)).where(
            code > currency, Payment.deleted.is_(False)))
        if currency is None:
            return found
        if currency != scope.currency and session.execute(select(Payment.id).where(
                Payment.deleted.is_(False), Payment.currency == currency,
                Payment.received_on > year_ago, Payment.received_on <= scope.today,
                *_live(Payment.account_id, scope)).limit(1)).first() is not None:
            found.append(currency)


def _live(column: Any, scope: ReviewScope) -> list[ColumnElement[bool]]:
    """`column` is an account in scope (for every team: any live one)."""
    return _mine(column, scope) if narrowed(scope) else [of_live_account(column)]


def _driver_rows(session: Session, query: Executable) -> list[Any]:
    """The rows of `query` as the driver reads them (stored text, 0 and 1 for truth),
    without SQLAlchemy's work on each: a tenth of the panel over 20k accounts."""
    result = session.connection().execute(query)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


def figures(session: Session, scope: ReviewScope) -> Panel:
    with no_cycle_collection():
        return _figures(session, scope)


def _figures(session: Session, scope: ReviewScope) -> Panel:
    # owners by their stored id: thousands of rows name a dozen people
    users: dict[str | None, str] = {user.hex: name for user, name in session.execute(
        select(User.id, User.display_name))}
    users[None] = ""
    stages, payers = _stages(session, scope)
    raw = Raw()
    paying: list[tuple[int, str, str, str]] = []
    at_risk: list[tuple[int, int, str, str, tuple[object, ...]]] = []
    for (account, name, owner_text, paid, flagged, status, scale, last_text, purchases,
         pipeline, key_person, revenue_12m, before) in _driver_rows(session, _statement(scope)):
        owner = users.get(owner_text, "")
        if paid > 0:
            # the 80/20's order: largest first, equal amounts by name, then id (stored
            # ids, 32 hex digits, sort as the ids do)
            paying.append((-paid, name, account, owner))
        if not flagged:
            continue
        last = raw.day(last_text)
        inputs = ValueInputs(revenue_12m, before, purchases, pipeline, scale,
                             bool(key_person),
                             None if last is None else (scope.today - last).days)
        risk = churn_risk(inputs)
        if not risk.at_risk:
            continue
        # the column is the 80/20's revenue (the scope's currency); the rule reads every
        # currency, as the card does
        in_currency = max(paid, 0)
        score = score_value(inputs)
        # the list's order: highest score, then revenue, then by name and id (every
        # account once: the row's values are never compared)
        at_risk.append((-score, -in_currency, name, account, (
            name, owner, STATUS_LABELS[status], last, in_currency, score,
            "; ".join(risk.reasons))))
    paying.sort()
    at_risk.sort()
    risky = [Row(r[4], (account,))
             for r, account in zip(at_risk, uuids(r[3] for r in at_risk), strict=True)]
    return Panel("value", "Value", (
        *_pareto_tables(paying, _other_currencies(session, scope), scope),
        _churn(risky, payers, scope),
        _loyalty(stages),
    ))


# ---- 80/20 ----------------------------------------------------------------------------


def _pareto_tables(accounts: list[tuple[int, str, str, str]], others: list[str],
                   scope: ReviewScope) -> tuple[Table, Table]:
    """`accounts`: (minus the amount, name, stored id, owner) in the 80/20's order,
    which the ranking keeps: largest first, equal amounts as given."""
    amounts = [-account[0] for account in accounts]
    ranked = pareto.rank(zip(uuids(account[2] for account in accounts), amounts, strict=True))
    keys = pareto.key_count(ranked)
    total = sum(amounts)
    paying = len(ranked)
    if paying:
        note = (f"{keys:,} of {paying:,} paying accounts ({keys / paying:.1%}) make "
                f"{float(pareto.KEY_SHARE):.0%} of {cell_text(total, Cell.MONEY, scope.currency)} "
                "over the last 12 months.")
    else:
        note = "No payments received over the last 12 months."
    note += currencies_note(others, scope.currency, "Payments")
    table = Table(
        "value.pareto", "Accounts by revenue over the last 12 months",
        (Column("account", "Account", Cell.TEXT), Column("owner", "Owner", Cell.TEXT),
         Column("revenue", "Revenue", Cell.MONEY), Column("share", "Share", Cell.PERCENT),
         Column("cumulative", "Cumulative", Cell.PERCENT),
         Column("key", "Key account", Cell.TEXT)),
        tuple(Row((name, owner, r.amount, r.share, r.cumulative, "yes" if r.key else "no"),
                  (r.item,))
              for r, (_, name, _, owner) in zip(ranked, accounts, strict=True)),
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
    return table, banded


# ---- churn risk and loyalty -----------------------------------------------------------


def _churn(risky: list[Row], payers: int, scope: ReviewScope) -> Table:
    """The accounts in scope the card calls at risk, the most valuable first."""
    return Table(
        "value.churn", "Customers at risk of churn",
        (Column("account", "Account", Cell.TEXT), Column("owner", "Owner", Cell.TEXT),
         Column("status", "Status", Cell.TEXT),
         Column("last_contact", "Last contact", Cell.DATE),
         Column("revenue", "Revenue 12 months", Cell.MONEY),
         Column("value_score", "Value score", Cell.COUNT),
         Column("reasons", "Why", Cell.TEXT)),
        tuple(risky), currency=scope.currency, behind=Behind.ACCOUNTS,
        note=(f"{len(risky):,} of {payers:,} paying customers: no contact for 90 days, "
              "or paid less than half of the year before; highest value score first."))


def _loyalty(behind: dict[Loyalty, JoinedIds]) -> Table:
    """The accounts of each stage (read when a stage's list is opened: tens of
    thousands)."""
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
