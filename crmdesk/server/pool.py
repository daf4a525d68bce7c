"""The public pool on the server: the sweep that returns idle accounts to their team's
pool, the claim limits on a push, and a return undone by a conversation its owner
logged offline before the deadline (the rules: crmdesk.domain.pool).

The sweep finds the due accounts in SQL (crmdesk.store.pool_queries.due_in_teams), locks
them in id order as a push locks the accounts it touches, reads the condition again on
the locked rows (a push that logged a call meanwhile has committed or waits), and moves
each, with its history, to the team's pool (crmdesk.server.rule_writes), logging the
return on its timeline: a note with no author, saying why. It joins the change log's
writers as a push does, so pushes go on meanwhile; only one sweep runs at a time (on
PostgreSQL an advisory lock taken with try: a second worker's sweep skips its turn).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from crmdesk.domain import pool as rules_of
from crmdesk.domain.activity import ActivityKind, is_two_way
from crmdesk.domain.pool import PoolRules
from crmdesk.domain.scope import Viewer
from crmdesk.domain.words import Worded, tr_noop
from crmdesk.json_values import BadOp, marked
from crmdesk.protocol import Op, OpResult
from crmdesk.server import clock
from crmdesk.server.rule_writes import (
    Changed,
    family,
    log_changed,
    log_new,
    move_accounts,
    server_stamp,
)
from crmdesk.server.sync import lock_change_log, record_change
from crmdesk.store import pool_queries, pool_writes
from crmdesk.store.models import Account, Activity, PoolRule, Role, Team, User, notes_columns
from crmdesk.store.records import ACCOUNTS, RECORDS, server_sets

#: The PostgreSQL advisory lock key one sweep holds (see crmdesk.server.sync's keys).
SWEEP_LOCK = 4250
#: The first key of the advisory lock a rep's pushes that claim take turns on (the
#: second: the hash of the rep's id), apart from the single keys (SWEEP_LOCK, sync's).
CLAIMS_LOCK = 4251
_CLAIMS_LOCK = text("SELECT pg_advisory_xact_lock(:first, hashtext(:key))")
#: The session's note of the accounts whose claims this push refused (check_account).
_REFUSED_CLAIMS = "pool_refused_claims"
#: The session's note of the accounts this push gave to the pool, and whom from
#: (check_account; after_push writes each on its timeline).
_RELEASES = "pool_releases"


@dataclass(frozen=True, slots=True)
class Returned:
    """An account the sweep returned (or, in a dry run, would return)."""

    account_id: uuid.UUID
    name: str
    owner: str | None
    team: str | None
    due_on: date
    reason: str


@dataclass(frozen=True, slots=True)
class Sweep:
    """What one sweep did: the accounts returned and the rows moved with them; `ran`
    False: another sweep held the lock, so this one did nothing."""

    returned: tuple[Returned, ...] = ()
    rows: int = 0
    ran: bool = True


def now_of(session: Session) -> datetime:
    """The database's clock, as stored timestamps read (naive UTC)."""
    return clock.as_datetime(clock.now_ms(session))


def _take_turn(session: Session) -> bool:
    """Is this the only sweep running? (SQLite: one writer anyway.)"""
    if session.get_bind().dialect.name != "postgresql":
        return True
    return bool(session.execute(text("SELECT pg_try_advisory_xact_lock(:key)"),
                                {"key": SWEEP_LOCK}).scalar_one())


def team_rules(session: Session) -> dict[uuid.UUID, PoolRules]:
    """Every live team's pool rules."""
    teams = list(session.scalars(select(Team.id).where(Team.deleted.is_(False))))
    return pool_queries.rules_by_team(session, teams)


def due_ids(session: Session, today: date, rules: dict[uuid.UUID, PoolRules] | None = None,
            limit: int | None = None) -> list[uuid.UUID]:
    """The accounts due back to their team's pool by `today`, in id order."""
    if session.get_bind().dialect.name == "postgresql":
        # the statement looks dear to the planner, which would compile it (JIT) each
        # time at a cost above its run's
        session.execute(text("SET LOCAL jit = off"))
    rules = team_rules(session) if rules is None else rules
    query = (select(Account.id).where(pool_queries.due_in_teams(rules, today))
             .order_by(Account.id))
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


def sweep(session: Session, now: datetime | None = None, *, dry_run: bool = False,
          limit: int | None = None, among: list[uuid.UUID] | None = None) -> Sweep:
    """Return every account due by its team's rules to the team's pool, with its
    history, and log each return on its timeline; `dry_run`: only say which (nothing
    written). `now`: the moment it runs (default: the database's clock); `limit`: at
    most so many accounts this time (the next sweep takes the rest); `among`: only
    these accounts, found due by an earlier read (each is read again, locked). The
    caller commits."""
    if not _take_turn(session):
        return Sweep(ran=False)
    now = now_of(session) if now is None else now
    today = now.date()
    rules = team_rules(session)
    wanted = due_ids(session, today, rules, limit) if among is None else among[:limit]
    if not wanted:
        return Sweep()
    if not dry_run:
        lock_change_log(session)  # a writer of the log, beside the pushes
        # locked in id order as pushes lock accounts; the condition read again on the
        # locked rows: a call pushed meanwhile has committed or waits for this sweep
        for chunk in _chunks(wanted):
            session.execute(select(Account.id).where(Account.id.in_(chunk))
                            .order_by(Account.id).with_for_update(key_share=True)).all()
        wanted = [a for chunk in _chunks(wanted) for a in session.scalars(
            select(Account.id).where(Account.id.in_(chunk),
                                     pool_queries.due_in_teams(rules, today))
            .order_by(Account.id))]
    accounts = [a for chunk in _chunks(wanted) for a in session.scalars(
        select(Account).where(Account.id.in_(chunk)).order_by(Account.id))]
    facts = pool_queries.pool_facts(session, wanted)
    names = _names(session, {a.owner_id for a in accounts} | {a.team_id for a in accounts})
    returned: list[Returned] = []
    notes: list[tuple[Account, str]] = []
    by_team: dict[uuid.UUID | None, list[Account]] = {}
    for account in accounts:
        its_rules = (rules_of.DEFAULT_RULES if account.team_id is None
                     else rules.get(account.team_id, rules_of.DEFAULT_RULES))
        when = rules_of.due(its_rules, facts[account.id]) if account.id in facts else None
        if when is None:
            continue  # the SQL and the rule disagree: a test holds them together
        owner = names.get(account.owner_id)
        returned.append(Returned(account.id, account.name, owner, names.get(account.team_id),
                                 when.on, when.reason))
        if dry_run:
            continue
        account.pool_returned_at, account.pool_returned_from = now, account.owner_id
        account.pool_due_on, account.pool_return_why = when.on, when.why
        notes.append((account, rules_of.return_note(when, owner)))
        by_team.setdefault(account.team_id, []).append(account)
    rows = 0
    if not dry_run and by_team:
        stamp = server_stamp(session)
        for team, moving in by_team.items():
            rows += move_accounts(session, moving, (None, team), stamp, today)
        # written once moved: a note is the pool's, as the account now is
        log_new(session, [_note(account, words, now) for account, words in notes])
    return Sweep(tuple(returned), rows)


def _chunks(ids: list[uuid.UUID], size: int = 1000) -> list[list[uuid.UUID]]:
    """`ids` a statement's worth at a time (a backlog's preview may list tens of
    thousands: more than a statement's bound values)."""
    return [ids[start:start + size] for start in range(0, len(ids), size)]


def _names(session: Session, ids: set[Any]) -> dict[uuid.UUID | None, str]:
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    found: dict[uuid.UUID | None, str] = {}
    for key, name in session.execute(select(User.id, User.display_name).where(
            User.id.in_(wanted))):
        found[key] = name
    for key, name in session.execute(select(Team.id, Team.name).where(Team.id.in_(wanted))):
        found[key] = name
    return found


def _note(account: Account, words: str, now: datetime) -> Activity:
    """A timeline entry the server writes on `account` (no author: the rules' own). Its
    owner and team are the account's once it moved (the team's pool)."""
    return Activity(id=uuid.uuid4(), account_id=account.id, kind=ActivityKind.NOTE,
                    occurred_at=now, outcome=None, **notes_columns(words), author_id=None,
                    owner_id=account.owner_id, team_id=account.team_id, done=True)


# ---- on a push -----------------------------------------------------------------------

#: The fields that make an activity a two-way conversation of its account by its author:
#: the newest of their stamps is when it was logged as one (`after_push`).
TALK_FIELDS = ("account_id", "kind", "outcome", "occurred_at", "author_id", "deleted")


#: The answer to a new account whose clock would start after today.
FUTURE_ASSIGNMENT = tr_noop("The day an account was assigned cannot be later than today.")


def claims_in_turn(session: Session, viewer: Viewer, ops: Sequence[Op]) -> None:
    """A rep's push that may claim pool accounts (an account op giving an account to
    them) waits for their other such pushes under way (two laptops, two workers) before
    it counts their claims (`check_account`), so the second counts the first's and
    together they never pass the day's limit, nor the open leads held. Taken before the
    push locks any account (crmdesk.server.sync._apply_all: the change log, this, then
    the accounts), and by nothing else, so it closes no circle of waits."""
    if (viewer.role != Role.REP.value or session.get_bind().dialect.name != "postgresql"
            or not any(op.entity == ACCOUNTS and _is_user(op.fields.get("owner_id"),
                                                           viewer.user_id) for op in ops)):
        return
    session.execute(_CLAIMS_LOCK, {"first": CLAIMS_LOCK, "key": viewer.user_id.hex})


def _is_user(value: Any, user_id: uuid.UUID) -> bool:
    """Does an op's owner field (text, as sent) name `user_id`?"""
    try:
        return uuid.UUID(str(value)) == user_id
    except ValueError:
        return False


def check_account(session: Session, viewer: Viewer, row: Account | None,
                  values: dict[str, Any], now_ms: int) -> dict[str, Any]:
    """An account op of a push, before it is applied: what only the server sets.

    - The pool fields (records.POOL_FIELDS) are the server's: a value other than the
      one held is refused (BadOp), whoever sends it; the one held is dropped. A laptop
      never sends them; one that does fakes a claim or hides the account from the sweep.
    - The day the account was assigned follows its owner: on an account of the server's
      it changes only with the owner, to the server's day (what the push says is
      dropped); sent alone, a different one is refused.
    - A rep taking a pool account for themselves, by whatever command, is claiming it:
      refused past the team's limits by the laptop's own check
      (crmdesk.store.pool_queries.claim_refusal) on the server's day.

    The value: what the server sets on the account once the op has changed its owner
    (crmdesk.server.sync._apply, after the op's fields): a new owner's clock starts on
    the server's day, and a claim is recorded as its rep's on that day; an account
    given to the pool notes whom it went from and when (their claim back waits for the
    cooling-off), keeping its day of assignment (a return undone gives it back)."""
    held_by = {name: None if row is None else getattr(row, name)
               for name in server_sets(ACCOUNTS)}
    for name in sorted(held_by.keys() & values.keys()):
        if values[name] != held_by[name]:
            raise BadOp(marked(RECORDS[ACCOUNTS].by_rule[name]))
        del values[name]
    if row is None:
        # a new account's clock starts no later than the server's day (a day ahead:
        # a laptop east of UTC is already there); one set later would keep it from the
        # sweep for as long as it liked
        assigned = values.get("assigned_on")
        if isinstance(assigned, date) and assigned > (
                clock.as_datetime(now_ms).date() + timedelta(days=1)):
            raise BadOp(Worded(FUTURE_ASSIGNMENT))
        return {}
    moves = "owner_id" in values and values["owner_id"] != row.owner_id
    if "assigned_on" in values:
        if not moves and values["assigned_on"] != row.assigned_on:
            raise BadOp(marked(RECORDS[ACCOUNTS].by_rule["assigned_on"]))
        del values["assigned_on"]
    if not moves:
        return {}
    now = clock.as_datetime(now_ms)
    owner = values["owner_id"]
    if owner is None:
        if row.owner_id is None:
            return {}
        session.info.setdefault(_RELEASES, {})[row.id] = row.owner_id  # see after_push
        return released(row.owner_id, now)
    settles: dict[str, Any] = {"assigned_on": now.date()}
    if pool_queries.is_claim(viewer.role, viewer.user_id, row.owner_id, owner):
        problem = pool_queries.claim_refusal(session, viewer.user_id, row, now.date())
        if problem is not None:
            session.info.setdefault(_REFUSED_CLAIMS, set()).add(row.id)  # see after_push
            raise BadOp(marked(problem))
        settles |= {"pool_claimed_by": viewer.user_id, "pool_claimed_on": now.date()}
    return settles


def after_push(session: Session, viewer: Viewer, ops: Sequence[Op],
               results: Sequence[OpResult],
               logged_at: Callable[[uuid.UUID], datetime | None]) -> None:
    """An edit made offline wins over a return made while the laptop was away: a
    two-way conversation the account's previous owner held and logged before the
    return's deadline (one that would have kept it, domain.pool.kept_by_talk; when it
    was logged: `logged_at`, the newest stamp of its TALK_FIELDS), pushed after the
    sweep returned it, gives the account with its history back to them as it was (its
    day of assignment too), if it is still in the pool. One a colleague claimed
    meanwhile stays with them (the conversation joins its history)."""
    _send_back_refused_claims(session, ops, results)
    _note_releases(session, viewer, ops, results)
    taken: dict[uuid.UUID, datetime] = {}
    for op, result in zip(ops, results, strict=True):
        if op.entity != "activities" or result.status == "refused":
            continue
        activity = session.get(Activity, op.row_id)
        if (activity is None or activity.deleted or activity.author_id != viewer.user_id
                or not is_two_way(activity.kind, activity.outcome)):
            continue
        account = session.get(Account, activity.account_id)
        if (account is None or account.deleted or account.owner_id is not None
                or account.pool_returned_from != viewer.user_id):
            continue
        rules = pool_queries.rules_for(session, account.team_id)
        if rules_of.kept_by_talk(rules, account.pool_return_why, account.pool_due_on,
                                 activity.occurred_at, logged_at(activity.id)):
            taken[account.id] = min(activity.occurred_at,
                                    taken.get(account.id, activity.occurred_at))
    if not taken:
        return
    owner = session.get(User, viewer.user_id)
    if owner is None or owner.team_id is None or not owner.active:
        return
    accounts = [a for a in (session.get(Account, i) for i in sorted(taken))
                if a is not None and a.team_id == owner.team_id]
    if not accounts:
        return
    now = now_of(session)
    notes = []
    for account in accounts:
        assert account.pool_due_on is not None  # kept_by_talk read it
        notes.append((account, rules_of.back_note(owner.display_name, taken[account.id],
                                                  account.pool_due_on)))
        account.pool_returned_at = account.pool_returned_from = None
        account.pool_due_on = account.pool_return_why = None
    # its clock as it was before the return (the sweep kept its day of assignment)
    move_accounts(session, accounts, (owner.id, owner.team_id), server_stamp(session),
                  now.date(), assigns=False)
    log_new(session, [_note(account, words, now) for account, words in notes])


def _send_back_refused_claims(session: Session, ops: Sequence[Op],
                              results: Sequence[OpResult]) -> None:
    """A refused claim's laptop moved the account's rows along with it, and the server
    took those ops (a row's owner follows its account's), changing nothing: log each
    afresh, so the laptop's next pull puts them back in the pool as the server holds
    them."""
    noted = session.info.pop(_REFUSED_CLAIMS, set())
    refused = [op.row_id for op, result in zip(ops, results, strict=True)
               if op.entity == "accounts" and result.status == "refused"
               and op.row_id in noted]
    for kin in family(session, refused):
        record_change(session, kin.__tablename__, kin, (kin.owner_id, kin.team_id), None)


def _note_releases(session: Session, viewer: Viewer, ops: Sequence[Op],
                   results: Sequence[OpResult]) -> None:
    """Write on its timeline each account this push gave to the pool (check_account
    noted it; the op was not refused, and left it in the pool, from that owner)."""
    noted: dict[uuid.UUID, uuid.UUID] = session.info.pop(_RELEASES, {})
    accounts: dict[uuid.UUID, Account] = {}
    for op, result in zip(ops, results, strict=True):
        if op.entity != ACCOUNTS or result.status == "refused" or op.row_id not in noted:
            continue
        account = session.get(Account, op.row_id)
        if (account is not None and account.owner_id is None
                and account.pool_return_why == rules_of.Why.RELEASED
                and account.pool_returned_from == noted[op.row_id]):
            accounts[account.id] = account
    if accounts:
        note_releases(session, list(accounts.values()), viewer.user_id)


# ---- a release -----------------------------------------------------------------------

def released(owner_id: uuid.UUID, now: datetime) -> dict[str, Any]:
    """The pool fields of an account a person gives to the pool (its owner releasing
    it, their lead or an administrator moving it), as of `now`: whom it went from and
    when, so they wait out the cooling-off before claiming it back; no due day."""
    return {"pool_returned_from": owner_id, "pool_returned_at": now,
            "pool_return_why": rules_of.Why.RELEASED, "pool_due_on": None}


def note_releases(session: Session, accounts: Sequence[Account],
                  by: uuid.UUID | None) -> None:
    """Write on each account's timeline, as the sweep writes a return, that it was given
    to the pool (already moved, its pool fields set: `released`), from whom and by whom
    (`by`; None: an administrator's command on the server)."""
    names = _names(session, {a.pool_returned_from for a in accounts} | {by})
    notes = []
    for account in accounts:
        assert account.pool_returned_at is not None  # set by `released`
        mover = None if by == account.pool_returned_from else names.get(
            by, "an administrator")
        words = rules_of.release_note(names.get(account.pool_returned_from), mover)
        notes.append(_note(account, words, account.pool_returned_at))
    log_new(session, notes)


# ---- an administrator's command ------------------------------------------------------

def set_team_rules(session: Session, team: Team, **changes: int) -> PoolRules:
    """Change some of `team`'s pool rules (the rest stay) by the checks the laptop's
    dialog runs (crmdesk.store.pool_writes), logged and stamped by the server's clock
    so the team's laptops receive them. The value is the rules now."""
    current = pool_queries.rules_for(session, team.id)
    wanted = PoolRules(**({name: getattr(current, name) for name in pool_queries.RULE_FIELDS}
                          | changes))
    row = session.get(PoolRule, rules_of.pool_rule_id(team.id))
    if row is None:
        made = session.get(PoolRule, pool_writes.set_rules(session, None, team.id, wanted))
        log_new(session, [made])
        return wanted
    before = {name: getattr(row, name) for name in (*pool_queries.RULE_FIELDS, "deleted")}
    pool_writes.set_rules(session, None, team.id, wanted)
    fields = tuple(name for name, value in before.items() if getattr(row, name) != value)
    if fields:
        log_changed(session, [Changed(row, (row.owner_id, row.team_id), fields)],
                    server_stamp(session))
    return wanted

