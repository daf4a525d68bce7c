"""Values that follow from an account's facts by rule: status, last contact, value score.

People enter facts (activities, contacts, deals, contracts, payments, "lost" and its
reason); the rules of crmdesk.domain derive the rest. The derived columns stay on the
account row, because the queue sorts by them and laptops of the version before read
them from the wire, but each side computes them itself from the facts it holds:

- the laptop after each local write, after each pull (for the accounts whose facts
  or derived columns the pull wrote) and at the start of each day with the app's
  clock (`begin_day`, then `plan_day` names the accounts whose score turns by then,
  every account the first time, and `bring_to_day` brings them a step at a time, so
  saves go in between);
- the server after each push, with its own clock (so older laptops receive values that
  agree with the rules).

The laptop writes them without journaling them: a derived value is never pushed, so a
laptop's computation never overwrites another's, and one pulled is replaced by the
laptop's own computation. Of the three, only the value score reads the clock (revenue
of the last 12 months, days since the last contact); status and last contact follow
from the facts alone.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Date,
    Select,
    Table,
    and_,
    bindparam,
    case,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from crmdesk.domain.activity import CONVERSATION_KINDS, TWO_WAY_OUTCOMES
from crmdesk.domain.lifecycle import AccountFacts, Status, derive_status
from crmdesk.domain.value import (
    RECENT_DAYS,
    REVENUE_DAYS,
    SILENT_DAYS,
    ValueInputs,
    value_score,
)
from crmdesk.store.db import Store
from crmdesk.store.models import (
    OPEN_STAGES,
    Account,
    Activity,
    Contact,
    Contract,
    Opportunity,
    Payment,
    Referral,
)
from crmdesk.store.workspace_keys import DERIVED_CATCH_UP, DERIVED_DAY

#: The kinds of record whose rows are facts some derived value reads, besides accounts.
FACT_KINDS: dict[str, Any] = {
    "contacts": Contact, "activities": Activity, "opportunities": Opportunity,
    "contracts": Contract, "payments": Payment,
    # the companies an account referred to us (a referral is its referrer's row)
    "referrals": Referral,
}

#: The account's own columns the rules read (besides its facts' rows): an edit of any
#: other (its region, its industry) changes no derived value.
ACCOUNT_FACTS = frozenset({"status", "scale", "value_score", "last_contact_at", "deleted"})


def reads(entity: str, fields: Collection[str]) -> bool:
    """Whether an edit of `fields` of a row of `entity` can change a derived value."""
    if entity == "accounts":
        return not ACCOUNT_FACTS.isdisjoint(fields)
    return entity in FACT_KINDS


# The conditions the rules name, written once for the card's checks and the sums here.
#: A person we can reach: a phone that parsed, or an email of at least a@b.c shape (an
#: import keeps a malformed one as written, but nobody can be reached at it).
REACHABLE = or_(Contact.mobile_e164.is_not(None), Contact.landline_e164.is_not(None),
                Contact.email.like("%_@_%._%"))
CONVERSATION = Activity.kind.in_(CONVERSATION_KINDS)
TWO_WAY = and_(CONVERSATION, Activity.outcome.in_(TWO_WAY_OUTCOMES))
OPEN = Opportunity.stage.in_(OPEN_STAGES)
READY = and_(OPEN, Opportunity.amount > 0, Opportunity.expected_close.is_not(None))
#: Money received: a purchase is a contract with money on it, not one merely typed in.
PAID = Payment.amount > 0

#: Accounts read per statement (well under SQLite's limit of bound values).
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class Derivation:
    """What the rules make of one account's facts on one day."""

    facts: AccountFacts
    inputs: ValueInputs
    status: Status
    last_contact_at: datetime | None

    @property
    def value_score(self) -> int:
        return value_score(self.inputs).value


def _flag(condition: ColumnElement[bool]) -> Any:
    # max() of a 0/1: PostgreSQL has no max() of booleans
    return func.max(case((condition, 1), else_=0))


def _sum(condition: ColumnElement[bool], amount: Any) -> Any:
    return func.coalesce(func.sum(case((condition, amount), else_=0)), 0)


_ACCOUNTS = bindparam("accounts", type_=Account.id.type, expanding=True)
_YEAR_AGO = bindparam("year_ago", type_=Date)
_TWO_YEARS_AGO = bindparam("two_years_ago", type_=Date)


def _facts_select(some: bool) -> Select[Any]:
    """One row per live account: its stored values and every fact the rules read,
    each kind of fact summed once per account. `some`: only the accounts bound."""

    def per_account(model: Any, *columns: Any) -> Any:
        query = select(model.account_id, *columns).where(model.deleted.is_(False))
        if some:
            query = query.where(model.account_id.in_(_ACCOUNTS))
        return query.group_by(model.account_id).subquery()

    people = per_account(Contact, _flag(REACHABLE).label("reachable"),
                         _flag(Contact.is_key_person.is_(True)).label("key_person"))
    talks = per_account(Activity, _flag(TWO_WAY).label("two_way"),
                        func.max(case((CONVERSATION, Activity.occurred_at))).label("last"))
    deals = per_account(Opportunity, _flag(READY).label("ready"),
                        _sum(OPEN, Opportunity.amount).label("pipeline"))
    signed = per_account(Contract, func.count().label("contracts"))
    referred = per_account(Referral, func.count().label("referrals"))
    money = per_account(
        Payment,
        _sum(Payment.received_on > _YEAR_AGO, Payment.amount).label("revenue"),
        _sum(and_(Payment.received_on <= _YEAR_AGO, Payment.received_on > _TWO_YEARS_AGO),
             Payment.amount).label("revenue_before"),
        func.count(func.distinct(case((PAID, Payment.contract_id)))).label("purchases"),
        _flag(PAID).label("paid"))
    query = (
        select(Account.id, Account.status, Account.scale, Account.value_score,
               Account.last_contact_at, people.c.reachable, people.c.key_person,
               talks.c.two_way, talks.c.last, deals.c.ready, deals.c.pipeline,
               signed.c.contracts, money.c.revenue, money.c.revenue_before,
               money.c.purchases, money.c.paid, referred.c.referrals)
        .outerjoin(people, people.c.account_id == Account.id)
        .outerjoin(talks, talks.c.account_id == Account.id)
        .outerjoin(deals, deals.c.account_id == Account.id)
        .outerjoin(signed, signed.c.account_id == Account.id)
        .outerjoin(money, money.c.account_id == Account.id)
        .outerjoin(referred, referred.c.account_id == Account.id)
        .where(Account.deleted.is_(False))
    )
    return query.where(Account.id.in_(_ACCOUNTS)) if some else query


# Built once: every save and every card reads one account's facts through it.
_SOME, _ALL = _facts_select(True), _facts_select(False)


def _derive(row: Any, today: date) -> Derivation:
    (_, status, scale, _, _, reachable, key_person, two_way, last, ready, pipeline,
     contracts, revenue, revenue_before, purchases, paid, referrals) = row
    facts = AccountFacts(bool(reachable), bool(two_way), bool(ready), bool(contracts),
                         bool(paid))
    days = None if last is None else (today - last.date()).days
    inputs = ValueInputs(int(revenue or 0), int(revenue_before or 0), int(purchases or 0),
                         int(pipeline or 0), scale, bool(key_person), days,
                         int(referrals or 0))
    return Derivation(facts, inputs, derive_status(Status(status), facts), last)


def _rows(session: Session, today: date,
          accounts: Collection[uuid.UUID] | None) -> Iterator[Any]:
    window = {"year_ago": today - timedelta(days=REVENUE_DAYS),
              "two_years_ago": today - timedelta(days=2 * REVENUE_DAYS)}
    if accounts is None:
        yield from session.execute(_ALL, window)
        return
    ids = list(accounts)
    for start in range(0, len(ids), _CHUNK):
        yield from session.execute(_SOME, {**window, "accounts": ids[start:start + _CHUNK]})


def derive(session: Session, today: date,
           accounts: Collection[uuid.UUID]) -> dict[uuid.UUID, Derivation]:
    """The rules' view of each live account among `accounts` on `today` (the card's)."""
    return {row[0]: _derive(row, today) for row in _rows(session, today, accounts)}


def stale(session: Session, today: date, accounts: Collection[uuid.UUID] | None = None
          ) -> dict[uuid.UUID, dict[str, Any]]:
    """The derived columns that differ from what the rules give on `today`, by account
    (`accounts` None: every live account). What the server and the laptop both apply."""
    out: dict[uuid.UUID, dict[str, Any]] = {}
    for row in _rows(session, today, accounts):
        derived = _derive(row, today)
        values = {"status": derived.status, "value_score": derived.value_score,
                  "last_contact_at": derived.last_contact_at}
        held = {"status": row[1], "value_score": row[3], "last_contact_at": row[4]}
        changed = {k: v for k, v in values.items() if held[k] != v}
        if changed:
            out[row[0]] = changed
    return out


def day(session: Session) -> date:
    """The day the workspace's derived values are kept for: the one the app's clock last
    brought them to (`refresh`), never behind the computer's calendar (so a laptop that
    syncs keeps them current even before the app tells it the day)."""
    stored = DERIVED_DAY.get(session)
    today = date.today()
    return today if stored is None else max(today, stored)


_TABLE = cast(Table, Account.__table__)
_WRITE = (update(_TABLE)
          .where(_TABLE.c.id == bindparam("account"))
          # a derived value changes no one's record: updated_at stays the server's
          .values(updated_at=_TABLE.c.updated_at))


def _write(session: Session, changes: Mapping[uuid.UUID, dict[str, Any]]) -> None:
    """Store derived values without journaling them (a Core statement the journal does
    not see); accounts the session holds take them as their stored state too."""
    by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for account_id, values in changes.items():
        by_columns.setdefault(tuple(sorted(values)), []).append(
            {"account": account_id, **values})
    for columns, rows in by_columns.items():
        statement = _WRITE.values({c: bindparam(f"new_{c}") for c in columns})
        session.execute(statement, [{"account": row["account"],
                                     **{f"new_{c}": row[c] for c in columns}}
                                    for row in rows])
        for row in rows:
            held = session.identity_map.get(session.identity_key(Account, row["account"]))
            for column in columns:
                if held is not None:
                    set_committed_value(held, column, row[column])


def _turning(session: Session, before: date, after: date) -> set[uuid.UUID]:
    """The accounts whose value score may read differently on `after` than on `before`:
    their last contact or a payment crosses one of the score's day limits in between
    (everything else in it is the same on any day). A day of slack each side."""
    low, high = min(before, after), max(before, after)

    def between(column: Any, days: int, at: Any = lambda d: d) -> ColumnElement[bool]:
        span: ColumnElement[bool] = column.between(at(low - timedelta(days=days + 1)),
                                                   at(high - timedelta(days=days - 1)))
        return span

    def midnight(d: date) -> datetime:
        return datetime.combine(d, datetime.min.time())

    contact = or_(*(between(Account.last_contact_at, n, midnight)
                    for n in (RECENT_DAYS, SILENT_DAYS)))
    money = or_(*(between(Payment.received_on, n) for n in (REVENUE_DAYS, 2 * REVENUE_DAYS)))
    found = set(session.scalars(select(Account.id).where(Account.deleted.is_(False), contact)))
    found.update(session.scalars(select(Payment.account_id).where(Payment.deleted.is_(False),
                                                                  money)))
    return found


#: Accounts brought to a new day per unit of work (`bring_to_day`): a save made while a
#: day is started waits for one step at most (about 50 ms at 100,000 accounts).
DAY_STEP = 500
#: DERIVED_CATCH_UP's value for "never computed here": every account is brought.
NEVER = date.min


@dataclass(frozen=True, slots=True)
class DayPlan:
    """The accounts to bring to `today`, in `DAY_STEP`s (`everyone`: the first time)."""

    today: date
    accounts: tuple[uuid.UUID, ...]
    everyone: bool

    @property
    def steps(self) -> int:
        """At least one: the last step ends the pass, whether or not it brings any."""
        return max(1, -(-len(self.accounts) // DAY_STEP))

    def step(self, index: int) -> tuple[uuid.UUID, ...]:
        return self.accounts[index * DAY_STEP:(index + 1) * DAY_STEP]


def begin_day(session: Session, today: date) -> date | None:
    """Make `today` the workspace's day, in the caller's unit of work: saves compute on
    it from now on. Returns the day every account was last brought to (NEVER: not yet),
    which `plan_day` plans from, or None when there is nothing to bring. Until a pass's
    last step, DERIVED_CATCH_UP keeps that day, so a pass cut short (the window closed)
    is planned again in full by the next start."""
    since = DERIVED_CATCH_UP.get(session) or DERIVED_DAY.get(session) or NEVER
    if since == today and not DERIVED_CATCH_UP.is_set(session):
        return None
    DERIVED_DAY.put(session, today)
    DERIVED_CATCH_UP.put(session, since)
    return since


def plan_day(session: Session, today: date, since: date) -> DayPlan:
    """The accounts whose values may read differently on `today` than on `since` (every
    account for NEVER), in steps. A read: run it outside the unit of work that began the
    day, so saves meanwhile are not held up (from the start of the day they compute on
    it, and the facts of those before are read here)."""
    if since == NEVER:
        accounts = tuple(session.scalars(select(Account.id).where(Account.deleted.is_(False))
                                         .order_by(Account.id)))
    else:
        accounts = tuple(sorted(_turning(session, since, today)))
    return DayPlan(today, accounts, since == NEVER)


def bring_to_day(session: Session, plan: DayPlan, index: int) -> int:
    """Bring the accounts of step `index` of `plan` to its day, as one unit of work with
    the caller's; the last step ends the pass. Returns how many accounts changed."""
    session.flush()
    changes = stale(session, plan.today, plan.step(index))
    _write(session, changes)
    if index + 1 >= plan.steps:
        DERIVED_CATCH_UP.clear(session)
    return len(changes)


def catch_up(store: Store, today: date | None = None) -> int:
    """Begin the day `today` (None: the workspace's day, to finish a pass left due),
    plan it and bring every step of it, each its own unit of work (saves go in
    between). Returns how many accounts changed."""
    with store.write.begin() as session:
        if today is None and not DERIVED_CATCH_UP.is_set(session):
            return 0
        today = day(session) if today is None else today
        since = begin_day(session, today)
    if since is None:
        return 0
    with store.session() as session:
        plan = plan_day(session, today, since)
    changed = 0
    for index in range(plan.steps):
        with store.write.begin() as session:
            changed += bring_to_day(session, plan, index)
    return changed


def refresh(session: Session, today: date | None = None,
            accounts: Collection[uuid.UUID] | None = ()) -> int:
    """Bring derived values up to the rules, as one unit of work with the caller's:
    `accounts` (None: every account) on `today`, or on the workspace's day when None.
    A `today` the workspace's values were not kept for becomes its day, and the
    accounts `plan_day` names are brought to it too, all at once (a loader, the tests;
    the window and a sync start a day a step at a time). Returns how many changed."""
    session.flush()  # the facts of this unit of work are part of what is read
    since = None if today is None else begin_day(session, today)
    if today is not None and since is not None:
        DERIVED_CATCH_UP.clear(session)
        if since == NEVER:
            accounts = None
        elif accounts is not None:
            accounts = {*accounts, *plan_day(session, today, since).accounts}
    changes = stale(session, day(session) if today is None else today, accounts)
    _write(session, changes)
    return len(changes)


def accounts_of(session: Session, touched: Mapping[str, Collection[uuid.UUID]]
                ) -> set[uuid.UUID]:
    """The accounts whose facts are among `touched` rows (by kind of record)."""
    found = set(touched.get("accounts", ()))
    for entity, model in FACT_KINDS.items():
        ids = list(touched.get(entity, ()))
        for start in range(0, len(ids), _CHUNK):
            found.update(session.scalars(select(model.account_id).where(
                model.id.in_(ids[start:start + _CHUNK]))))
    return found


def after_pull(session: Session, touched: Mapping[str, Collection[uuid.UUID]], *,
               first_sync: bool, last: bool) -> int:
    """After a pull's batch is written: recompute the accounts whose facts it brought,
    `touched` being the rows it wrote a column of that the rules read (`reads`: a
    pulled derived value is written, so is never kept; a pulled region costs nothing).
    After a first sync's `last` batch (its rows are written in bulk), or a workspace's
    whose values were never kept (an older version's), every account is left to
    `catch_up`, which the sync runs once the pull is done, a step at a time. Returns
    how many changed."""
    if first_sync and not last:
        return 0
    if first_sync or not DERIVED_DAY.is_set(session):
        if last:  # every account, a step at a time once the pull is done (`catch_up`)
            today = day(session)
            DERIVED_DAY.put(session, today)
            DERIVED_CATCH_UP.put(session, NEVER)
            return 0
        return refresh(session, None, accounts_of(session, touched))  # not the day yet
    return refresh(session, day(session), accounts_of(session, touched))
