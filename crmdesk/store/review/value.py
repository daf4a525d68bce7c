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
(from its index alone, 0031_value_speed; a stage's ids, tens of thousands, read only
when its list is opened: report.LaterIds); and the accounts in scope with payments, one
row each with their sums (each account's payments read in its order, a covering index:
no sort of 100k payments), sorted in Python in the 80/20's order. Every team's are read
in parts by account id on a worker, in the session's transaction, each part's rows
packed by SQLite in one step (which runs without Python's lock) while the panel's
thread makes the rows of the parts already read. A team's or a rep's accounts are
listed from an index of their ids (0023_review_panels_speed). Tens of thousands of
rows are read as columns (crmdesk.domain.pareto.ranking, the churn rule mapped over
the flagged accounts), their rows made in C (crmdesk.domain.report.rows_of).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from functools import partial
from itertools import compress, repeat
from operator import itemgetter, neg
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Engine,
    Select,
    String,
    and_,
    case,
    func,
    literal_column,
    or_,
    select,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from crmdesk.domain import pareto
from crmdesk.domain.lifecycle import LABELS as STATUS_LABELS
from crmdesk.domain.report import (
    Amount,
    Behind,
    Cell,
    Chart,
    ChartKind,
    Column,
    JoinedIds,
    LaterIds,
    Panel,
    ReviewScope,
    Row,
    Table,
    each_one,
    rows_of,
    share,
)
from crmdesk.domain.value import (
    CHURN_SILENT_DAYS,
    REVENUE_DAYS,
    Loyalty,
    Reason,
    Said,
    churn_reasons,
    loyalty_stage,
    score_values,
)
from crmdesk.domain.words import Sentences, Worded, tr_noop
from crmdesk.store.models import Account, AccountRollup, Payment, User
from crmdesk.store.review.cycles import no_cycle_collection
from crmdesk.store.review.deal_facts import Raw, of_live_account, rows
from crmdesk.store.review.scope_sql import account_conditions, currencies_note, narrowed

#: The loyalty stages in the order a customer goes through them, as people say them.
LOYALTY_LABELS: dict[Loyalty, str] = {
    Loyalty.SUSPICION: tr_noop("Suspicion"),
    Loyalty.EXPECTATION: tr_noop("Expectation"),
    Loyalty.FIRST_PURCHASE: tr_noop("First purchase"),
    Loyalty.REPEAT_PURCHASE: tr_noop("Repeat purchase"),
    Loyalty.ADVOCACY: tr_noop("Advocacy"),
}


def _day(column: Any) -> Any:
    # the stored text, compared with ISO days as text: the column's own (numeric)
    # affinity would have SQLite try each bound day as a number on every payment. A
    # unary plus takes the affinity away without a CAST's work on each of 100k payments
    # (a tenth of the payments' sums)
    return UnaryExpression(column, operator=custom_op("+"), type_=String())


def _sum(condition: ColumnElement[bool]) -> Any:
    """The amounts of an account's payments that meet `condition` added up (0: none)."""
    return func.coalesce(func.sum(Payment.amount).filter(condition), 0)


def _mine(column: Any, scope: ReviewScope) -> list[ColumnElement[bool]]:
    """A team's or a rep's facts are found through their accounts (by index); an
    admin's are all of them, read straight through."""
    if not narrowed(scope):
        return []
    return [column.in_(select(Account.id).where(*account_conditions(scope)))]


def stages(session: Session, scope: ReviewScope) -> tuple[dict[Loyalty, JoinedIds], int]:
    """The accounts in scope by loyalty stage (their ids read when a stage's list is
    opened: tens of thousands, a tenth of the panel when read with it), and how many
    have paid. Counted by purchases, two-way conversation and referrals (what the stage
    reads, models.AccountRollup.referrals: its live referrals, models.Referral):
    every team's from the rollups' index, each group a range of it in order (a rollup
    a live account); a team's or a rep's from their accounts' ids (an index of their
    own, 0023_review_panels_speed), each account's rollup looked up."""
    counts = dict.fromkeys(Loyalty, 0)
    payers = 0
    for stage, purchases, count in _groups(session, scope, func.count()):
        counts[stage] += count
        if purchases:
            payers += count
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    return {stage: LaterIds(partial(_stage_ids, engine, scope, stage), count)
            for stage, count in counts.items()}, payers


def _groups(session: Session, scope: ReviewScope,
            what: ColumnElement[Any]) -> Iterator[tuple[Loyalty, int, Any]]:
    """The stage, the purchases and `what` of each group of the accounts in scope by
    what the stage reads (their purchases, two-way conversation and whether they
    referred anyone), in the index's order."""
    rollup = AccountRollup
    # by the referrals themselves (a few distinct counts; the stage reads whether any),
    # as ix_account_rollup_stage holds them (0031_value_speed): every team's groups are
    # read from the index alone, not each rollup row looked up for its referrals
    # (seven times slower at 100k accounts). A team's or a rep's accounts listed from
    # their index first, each rollup then looked up (as a join, SQLite would rather read
    # every rollup in the stages' order and look each account up: two and a half times
    # slower for a team at 100k)
    query = (select(rollup.purchases, rollup.two_way, rollup.referrals, what)
             .where(*_mine(rollup.account_id, scope))
             .group_by(rollup.purchases, rollup.two_way, rollup.referrals))
    for purchases, talked, referrals, found in rows(session, query):
        yield loyalty_stage(purchases, referrals, bool(talked)), purchases, found


def _stage_ids(engine: Engine, scope: ReviewScope, stage: Loyalty) -> str:
    """The ids of the accounts in scope at `stage` as the database joins them, read
    when its list is opened (from wherever that runs: a session of its own)."""
    with Session(engine) as session:
        return ",".join(joined for at, _, joined in _groups(
            session, scope, func.group_concat(Raw.text(AccountRollup.account_id), ","))
            if at is stage and joined)


def _statement(scope: ReviewScope, part: tuple[str, str | None]) -> Select[Any]:
    """One row per account in scope (its stored id in `part`) with a live payment that
    the 80/20 counts (its 12-month revenue in the scope's currency) or that the churn
    rule may call at risk (flagged: `churn_risk`'s terms, which it then applies), with
    the rest the churn list shows and the value score reads: the card's money (every
    currency, no end to the window), contact and rollup. Each account's payments are
    read in its order (ix_payments_account_money: no sort of every payment). Unordered:
    sorted in Python, a fraction of SQLite's sort of these rows."""
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
        .where(Payment.deleted.is_(False), *_mine(Payment.account_id, scope),
               *_ids_in(Payment.account_id, part))
        .group_by(Payment.account_id).subquery("money"))
    rollup = AccountRollup
    quiet = (scope.today - timedelta(days=CHURN_SILENT_DAYS)).isoformat()
    risky = and_(rollup.purchases > 0, or_(
        Account.last_contact_at.is_(None), Raw.text(Account.last_contact_at) < quiet,
        and_(money.c.before > 0, money.c.revenue < money.c.before // 2)))
    return (
        # minus the amount first, then name and id: the rows sort in the 80/20's order
        # as they are; the last contact's day alone (a few hundred distinct)
        select(-money.c.paid, Account.name, Raw.text(Account.id),
               Raw.text(Account.owner_id), case((risky, 1), else_=0), Account.status,
               Account.scale, func.substr(Raw.text(Account.last_contact_at), 1, 10),
               rollup.purchases, rollup.open_pipeline, rollup.key_person, money.c.revenue,
               money.c.before, rollup.referrals)
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


#: The parts the accounts with payments are read in, by their stored ids (32 hex digits
#: of a random uuid4: as many in each), from the lowest (from, up to; None: the end).
_PARTS: tuple[tuple[str, str | None], ...] = (
    ("", "2"), ("2", "5"), ("5", "8"), ("8", "b"), ("b", "e"), ("e", None))
#: The place in the statement's rows (`_statement`) of whether the churn rule may call
#: the account at risk
_FLAGGED_AT = 4
#: A team's or a rep's accounts, in one part (a tenth of every team's: not worth a worker)
_WHOLE: tuple[tuple[str, str | None], ...] = (("", None),)


def _ids_in(column: Any, part: tuple[str, str | None]) -> list[ColumnElement[bool]]:
    """`column`'s stored id is in `part` (a range of the index it is read in)."""
    low, high = part
    stored = Raw.text(column)
    return ([stored >= low] if low else []) + ([stored < high] if high is not None else [])


def _packed(session: Session, scope: ReviewScope, part: tuple[str, str | None]) -> Any:
    """The statement's rows of the accounts in `part` as one row of its columns, each a
    JSON array: made in one step of SQLite's, which runs without Python's lock (each row
    read on its own would take the lock back from the thread making the tables)."""
    found = _statement(scope, part).subquery("found")
    return session.connection().execute(
        select(*(func.json_group_array(column) for column in found.c))).one()


def _unpacked(packed: Any) -> tuple[list[tuple[Any, ...]], list[Any]]:
    """Of a `_packed` part, read as the driver would (ints, text, None): the 80/20's rows
    (those paying in the scope's currency: minus the amount, name, stored id, owner) in
    its order (`_figures`); and the columns of those flagged (`_statement`'s fifth: the
    churn rule may call them at risk), each whole."""
    columns = list(map(json.loads, packed))
    negated = columns[0]
    paying = sorted(compress(zip(*columns[:4], strict=True), map((0).__gt__, negated)))
    flagged = columns[_FLAGGED_AT]
    return paying, [list(compress(column, flagged)) for column in columns]


def figures(session: Session, scope: ReviewScope) -> Panel:
    with no_cycle_collection():
        return _figures(session, scope)


def _figures(session: Session, scope: ReviewScope) -> Panel:
    # owners by their stored id: thousands of rows name a dozen people
    users: dict[str | None, str] = {user.hex: name for user, name in session.execute(
        select(User.id, User.display_name))}
    users[None] = ""
    # SQLite's work on a worker, in the session's transaction (one read of the
    # workspace), one statement after another; this thread meanwhile makes each part's
    # rows, then the tables: both cores at once (SQLite computes without Python's
    # lock), a quarter of the panel's time over 100k accounts
    worker = ThreadPoolExecutor(1, thread_name_prefix="value")
    try:
        others = worker.submit(_other_currencies, session, scope)
        parts = [worker.submit(_packed, session, scope, part)
                 for part in (_PARTS if not narrowed(scope) else _WHOLE)]
        paying: list[Any] = []
        at_risk: list[Any] = []
        for i, part in enumerate(parts, 1):
            ranked, flagged = _unpacked(part.result())
            if i == len(parts):
                # asked for once the worker is done with the parts: else its start
                # (Python's, under the lock) would hold up this thread's last part
                found_stages = worker.submit(stages, session, scope)
            # each part in order as it comes (the last sorts merge these runs): the
            # 80/20's, largest first, equal amounts by name, then id (stored ids, 32 hex
            # digits, sort as the ids do; each row starts with minus its amount, its
            # name and its id, so the rows sort as they are: no key made a row); the
            # churn list's (`_churn_rows`)
            paying += ranked
            at_risk += sorted(_at_risk(flagged, users, scope))
        paying.sort()
        tables = _pareto_tables(paying, users, others.result(), scope)
        churn = _churn_rows(at_risk)
        behind, payers = found_stages.result()
    finally:
        # on an error, what the worker has not started is left unread; the session is
        # the caller's alone again once it has finished what it started
        worker.shutdown(cancel_futures=True)
    return Panel("value", "Value", (*tables, _churn(churn, payers, scope), _loyalty(behind)))


_SORTED, _ACCOUNT = itemgetter(4), itemgetter(3)


def _at_risk(flagged: list[Any], users: dict[str | None, str],
             scope: ReviewScope) -> list[tuple[Any, ...]]:
    """Of the accounts the statement flagged (`flagged`: its columns, of those alone),
    those the churn rule calls at risk, each as its place in the churn list
    (`_churn_rows`) and its row's values. Read as columns (thousands of accounts): the
    rules run on each account, the rest is stepped through in C."""
    (negated, names, ids, owners, _, statuses, scales, last_days, purchases, pipelines,
     key_people, revenues, befores, referrals) = flagged
    if not ids:
        return []
    # the last contact's day (a few hundred distinct) as a date and days ago, once each
    lasts: dict[str | None, date | None] = {None: None}
    silent: dict[str | None, int | None] = {None: None}
    for text in set(last_days) - {None}:
        lasts[text] = day = date.fromisoformat(text)
        silent[text] = (scope.today - day).days
    days = list(map(silent.__getitem__, last_days))
    reasons = churn_reasons(purchases, days, revenues, befores)
    # each distinct set of reasons (a few hundred: the days of silence) in words once
    said: dict[tuple[Reason, ...], Said] = {r: Said(r) for r in set(reasons)}
    scores = score_values(revenues, purchases, pipelines, scales, key_people, days,
                          referrals)
    # the column is the 80/20's revenue (the scope's currency); the rule reads every
    # currency, as the card does
    in_currency = list(map(max, map(neg, negated), repeat(0)))
    values = zip(names, map(users.get, owners, repeat("")),
                 map(STATUS_LABELS.__getitem__, statuses), map(lasts.__getitem__, last_days),
                 in_currency, scores, map(said.__getitem__, reasons), strict=False)
    return list(compress(zip(map(neg, scores), map(neg, in_currency), names, ids, values,
                             strict=False), reasons))


def _churn_rows(at_risk: list[tuple[Any, ...]]) -> tuple[Row, ...]:
    """The churn list's rows of `_at_risk`'s accounts (of every part read), in the list's
    order: highest score, then revenue, then by name and id (every account once: the
    row's values are never compared)."""
    at_risk.sort()
    return rows_of(list(map(_SORTED, at_risk)), each_one(list(map(_ACCOUNT, at_risk))))


# ---- 80/20 ----------------------------------------------------------------------------

_NEGATED, _NAME, _ID, _OWNER = itemgetter(0), itemgetter(1), itemgetter(2), itemgetter(3)
#: Whether an account is a key account (one of the few that make 80% of the revenue).
_YES, _NO = Worded(tr_noop("yes")), Worded(tr_noop("no"))


def _pareto_tables(paying: list[Any], users: dict[str | None, str], others: list[str],
                   scope: ReviewScope) -> tuple[Table, Table]:
    """`paying`: the statement's rows of the accounts paying in the scope's currency
    (minus the amount, name, stored id, owner, ...) in the 80/20's order, which the
    ranking keeps: largest first, equal amounts as given. Read as columns: tens of
    thousands of accounts make no object each but their row."""
    names, ids = list(map(_NAME, paying)), list(map(_ID, paying))
    amounts = list(map(neg, map(_NEGATED, paying)))
    ranked = pareto.ranking(ids, amounts)
    total, keys, count = ranked.total, ranked.keys, len(ranked)
    note = Sentences(
        Worded(tr_noop("{0:,} of {1:,} paying accounts ({2:.1%}) make {3:.0%} of {4} over "
                       "the last 12 months."), keys, count, keys / count,
               float(pareto.KEY_SHARE), Amount(total, scope.currency)) if count else
        Worded(tr_noop("No payments received over the last 12 months.")),
        currencies_note(others, scope.currency, Worded(tr_noop("Payments"))))
    owners = map(users.get, map(_OWNER, paying), repeat(""))
    table = Table(
        "value.pareto", tr_noop("Accounts by revenue over the last 12 months"),
        (Column("account", tr_noop("Account"), Cell.TEXT),
         Column("owner", tr_noop("Owner"), Cell.TEXT),
         Column("revenue", tr_noop("Revenue"), Cell.MONEY),
         Column("share", tr_noop("Share"), Cell.PERCENT),
         Column("cumulative", tr_noop("Cumulative"), Cell.PERCENT),
         Column("key", tr_noop("Key account"), Cell.TEXT)),
        # one id behind each, made a uuid when its list is opened
        rows_of(list(zip(names, owners, amounts, ranked.shares(), ranked.cumulative(),
                         ranked.key_flags(_YES, _NO), strict=True)),
                each_one(ids)),
        currency=scope.currency, behind=Behind.ACCOUNTS,
        chart=Chart(ChartKind.PARETO, x="account", y=("revenue",)), note=note)
    banded = Table(
        "value.pareto_bands", tr_noop("Revenue by band of accounts (top 5% first)"),
        (Column("band", tr_noop("Accounts ranked"), Cell.TEXT),
         Column("accounts", tr_noop("Accounts"), Cell.COUNT),
         Column("revenue", tr_noop("Revenue"), Cell.MONEY),
         Column("share", tr_noop("Share"), Cell.PERCENT),
         Column("cumulative", tr_noop("Cumulative"), Cell.PERCENT),
         Column("keys", tr_noop("Key accounts"), Cell.COUNT)),
        tuple(Row((b.label, len(b.items), b.amount, b.share, b.cumulative, b.keys),
                  JoinedIds(",".join(b.items)))
              for b in pareto.ranking_bands(ranked)),
        currency=scope.currency, behind=Behind.ACCOUNTS,
        chart=Chart(ChartKind.PARETO, x="band", y=("revenue",)), note=note)
    return table, banded


# ---- churn risk and loyalty -----------------------------------------------------------


def _churn(risky: tuple[Row, ...], payers: int, scope: ReviewScope) -> Table:
    """The accounts in scope the card calls at risk, the most valuable first."""
    return Table(
        "value.churn", tr_noop("Customers at risk of churn"),
        (Column("account", tr_noop("Account"), Cell.TEXT),
         Column("owner", tr_noop("Owner"), Cell.TEXT),
         Column("status", tr_noop("Status"), Cell.TEXT),
         Column("last_contact", tr_noop("Last contact"), Cell.DATE),
         Column("revenue", tr_noop("Revenue 12 months"), Cell.MONEY),
         Column("value_score", tr_noop("Value score"), Cell.COUNT),
         Column("reasons", tr_noop("Why"), Cell.TEXT)),
        risky, currency=scope.currency, behind=Behind.ACCOUNTS,
        note=Worded(tr_noop("{0:,} of {1:,} paying customers: no contact for 90 days, or "
                            "paid less than half of the year before; highest value score "
                            "first."), len(risky), payers))


def _loyalty(behind: dict[Loyalty, JoinedIds]) -> Table:
    """The accounts of each stage (read when a stage's list is opened: tens of
    thousands)."""
    total = sum(len(ids) for ids in behind.values())
    return Table(
        "value.loyalty", tr_noop("Loyalty stages"),
        (Column("stage", tr_noop("Stage"), Cell.TEXT),
         Column("accounts", tr_noop("Accounts"), Cell.COUNT),
         Column("share", tr_noop("Share"), Cell.PERCENT)),
        tuple(Row((LOYALTY_LABELS[stage], len(ids), share(len(ids), total)), ids)
              for stage, ids in behind.items()),
        behind=Behind.ACCOUNTS, chart=Chart(ChartKind.BAR, x="stage", y=("accounts",)),
        note=Worded(tr_noop(
            "Purchases are contracts with money received on them; expectation is a two-way "
            "conversation without a purchase yet; advocacy is a repeat customer that "
            "referred another company to us (\"referred it to us\" on the card's related "
            "companies).")))
