"""Web enquiries: a website's form posts to `POST /v1/intake/{channel}` with the
channel's secret key, and the enquiry becomes a lead assigned by the team's rules, or an
activity on the account it duplicates, committed before the answer.

Enquiries are taken in batches (crmdesk.server.intake_batch gathers the ones posted
while the previous batch is written): `admit` and `receive` each take a whole batch with
set-based statements, and a single enquiry is a batch of one.

- Keys (`issue_key`): one per channel, naming the team its enquiries go to; issuing a
  new one replaces the old, which stops working at once. Only its SHA-256 hash is
  kept (a random 32-byte token: see schema.IntakeKey for why not argon2).
- Rate limits (`admit`): per source address and per key, counted in fixed windows in
  the database (schema.IntakeCount), so every worker on every machine counts together:
  a batch's counts in one upsert and its keys in one lookup, committed on their own, so
  refused requests count too.
- Idempotency: the batch's keys recorded in one upsert (schema.IntakeReceipt); a repeat,
  in the same batch or a later one, is answered with the first post's reference.
- Duplicates: the one duplicate finder (crmdesk.store.duplicates.candidates, in its
  form for many at once, its similar names found through the server's table of name
  blocks: crmdesk.server.name_blocks), and the same rule (crmdesk.domain.dedupe) against the leads
  the batch itself makes, so two enquiries from one company make one lead. The matching
  keys of every enquiry of a batch are locked first, in one statement, until it
  commits, so batches of two workers never both make a company: an enquiry whose keys
  another batch holds (a company that worker is taking right now) is not waited for but
  deferred to the next batch (`Deferred`), which finds what that one made, so two
  workers' batches do not wait on each other's whole transaction; twice deferred, it
  is taken by a batch that waits for the keys, taken in one order, so none waits in a
  circle. A match gets an activity noting the enquiry, for the account's owner; the
  answer is the same as for a new lead, so it never tells whether any team knows the
  company.
- Assignment (crmdesk.domain.intake): each rep's last turn lives in the database
  (schema.AssignmentTurn); a batch locks its team's turns once, chooses every new
  lead's rep in memory by the rules, and writes the turns back (`_assign`). It takes
  them last, after the duplicate checks, the notes on known accounts, the new leads'
  rows made and their team's settings read, so two batches wait on each other only
  while the new leads' rows are written.
- The rows are inserted with a statement per kind, their derived values set, and
  logged with one statement (crmdesk.server.rule_writes: insert_new, log_inserted), so
  laptops receive them at their next pull. The stamp of what a batch wrote on known
  accounts is taken last, just before the commit: it holds the server clock's lock,
  which every rule's writer takes in turn.
- A batch the database refuses is taken back and its enquiries taken one by one, each in
  its own savepoint, so the one at fault fails alone (`receive`).
"""

from __future__ import annotations

import hashlib
import os
import secrets
import typing
import uuid
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import Table, delete, func, literal_column, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from crmdesk.domain.activity import ActivityKind
from crmdesk.domain.dedupe import (
    Identity,
    company_key,
    email_domain,
    identity,
    likely_pairs,
    phone_key,
    rank,
    website_domain,
)
from crmdesk.domain.intake import (
    Assignment,
    Enquiry,
    Rep,
    eligible_reps,
    enquiry_note,
    next_in_turn,
)
from crmdesk.domain.lifecycle import Status
from crmdesk.domain.text import text_problem
from crmdesk.domain.words import Worded, tr_noop
from crmdesk.server import clock, name_blocks
from crmdesk.server.db import upsert_insert
from crmdesk.server.rule_writes import (
    Changed,
    Logged,
    insert_new,
    log_inserted,
    log_unstamped,
    server_stamp,
    stamp_logged,
)
from crmdesk.server.schema import AssignmentTurn, IntakeCount, IntakeKey, IntakeReceipt
from crmdesk.server.sync import (
    forget_change_log_lock,
    lock_change_log,
    retried,
    try_again,
)
from crmdesk.store import derived
from crmdesk.store.assignment import TAKERS, team_assignment
from crmdesk.store.duplicates import candidates_of
from crmdesk.store.models import (
    Account,
    Activity,
    ActivityContact,
    Channel,
    Contact,
    Role,
    User,
    activity_contact_id,
    notes_columns,
    utcnow,
)
from crmdesk.store.workspace_keys import PHONE_REGION

#: Phones written without a country code are read in this region (the laptops' default).
REGION = PHONE_REGION.default
KEY_PREFIX = "cik_"
#: Held by the one request clearing old rate-limit windows ("IC" in the top 16 bits).
_CLEANUP_LOCK = 0x4943 << 48
#: Requests a minute, by default: a busy website's key (200 a second), one address (a
#: visitor sends a few; someone guessing keys, many).
DEFAULT_PER_KEY, DEFAULT_PER_ADDRESS = 12_000, 120
PER_KEY_ENV, PER_ADDRESS_ENV = "CRMDESK_INTAKE_PER_KEY", "CRMDESK_INTAKE_PER_ADDRESS"


@dataclass(frozen=True, slots=True)
class Refusal:
    """An enquiry not taken: the status it is answered with and why, in words a website
    can show (429: with the seconds to wait)."""

    status: int
    detail: str
    retry_after: int | None = None


@dataclass(frozen=True, slots=True)
class Limits:
    """Requests taken per window: per key (a busy website) and per source address (one
    visitor, or someone guessing keys)."""

    per_key: int = DEFAULT_PER_KEY
    per_address: int = DEFAULT_PER_ADDRESS
    window_s: int = 60

    @classmethod
    def from_environment(cls) -> Limits:
        def number(name: str, default: int) -> int:
            raw = os.environ.get(name, "")
            return int(raw) if raw.isdigit() and int(raw) > 0 else default

        return cls(number(PER_KEY_ENV, DEFAULT_PER_KEY),
                   number(PER_ADDRESS_ENV, DEFAULT_PER_ADDRESS))


@dataclass(frozen=True, slots=True)
class Posted:
    """An enquiry as posted, its fields checked already: the channel its URL names, the
    intake key and idempotency key given (None: none), the address it came from, and
    what is wrong with its fields (answered 400 once its key lets it in: a wrong key is
    told first, as a website's author needs to hear it)."""

    channel_ref: str
    key: str | None
    address: str
    enquiry: Enquiry
    idempotency_key: str | None = None
    problems: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Admitted:
    """A posted enquiry its key lets in: the channel (loaded, usable after the session
    ends) and the team its enquiries go to."""

    posted: Posted
    channel: Channel
    team_id: uuid.UUID


@dataclass(frozen=True, slots=True)
class Deferred:
    """An enquiry not taken yet: another batch (another worker's) is taking its company
    at this moment (it holds one of the enquiry's matching keys). Taken in the next
    batch, once that one has committed: it then finds what that one made."""


@dataclass(frozen=True, slots=True)
class Received:
    """An enquiry taken: its reference (the activity noting it); `again`: a repeat of a
    post already taken (its idempotency key), answered with that one's reference."""

    reference: uuid.UUID
    again: bool = False


# ---- keys -------------------------------------------------------------------------

def key_hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def issue_key(session: Session, channel_id: uuid.UUID, team_id: uuid.UUID,
              by: uuid.UUID | None = None) -> str:
    """A new intake key for `channel_id`, its enquiries going to `team_id`: returned
    once, only its hash kept; the channel's previous key stops working when this
    commits."""
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    row = session.get(IntakeKey, channel_id, with_for_update=True)
    if row is None:
        row = IntakeKey(channel_id=channel_id)
        session.add(row)
    row.team_id, row.key_hash, row.created_at, row.created_by = (team_id, key_hash(key),
                                                                 utcnow(), by)
    session.flush()
    return key


def intake_teams(session: Session) -> dict[uuid.UUID, uuid.UUID]:
    """Channel -> the team its enquiries go to, for the channels that take them."""
    return dict(session.execute(select(IntakeKey.channel_id, IntakeKey.team_id)).all())


# ---- rate limits and keys ---------------------------------------------------------

def _count(session: Session, buckets: Sequence[str], window: int) -> list[int]:
    """Count a request in each of `buckets` for `window` (a bucket named n times counts
    n), in one statement: each one's count so far, itself included, in the order given.
    An upsert: workers counting at once all count; its rows go in one order (by name),
    so two never wait on each other in a circle."""
    table = typing.cast(Table, IntakeCount.__table__)
    many = Counter(buckets)
    statement = upsert_insert(session)(table).values(
        [{"bucket": bucket, "window": window, "count": n}
         for bucket, n in sorted(many.items())])
    upsert = statement.on_conflict_do_update(
        index_elements=["bucket", "window"],
        set_={"count": table.c.count + statement.excluded["count"]}
    ).returning(table.c.bucket, table.c.count)
    totals = {bucket: int(count) for bucket, count in session.execute(upsert)}
    # A bucket's first requests of a window: every earlier window is done with. One
    # batch at a time clears them (the others go on: a later one will).
    if any(totals[bucket] == n for bucket, n in many.items()) and (
            session.get_bind().dialect.name != "postgresql" or session.scalar(
                text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": _CLEANUP_LOCK})):
        session.execute(delete(IntakeCount).where(IntakeCount.window < window))
    seen: Counter[str] = Counter()
    out = []
    for bucket in buckets:
        seen[bucket] += 1
        out.append(totals[bucket] - many[bucket] + seen[bucket])
    return out


#: Whose requests went over their limit (`_over`).
ADDRESS, WEBSITE = "address", "website"


def _over(count: int, limit: int, window: int, limits: Limits, now_s: float,
          what: str) -> Refusal | None:
    if count <= limit:
        return None
    wait = max(1, int(window + limits.window_s - now_s + 0.999))
    if what == ADDRESS:
        return Refusal(429, Worded(tr_noop("Too many enquiries from this address; try again "
                                           "in {0} seconds."), wait), wait)
    return Refusal(429, Worded(tr_noop("Too many enquiries from this website; try again in "
                                       "{0} seconds."), wait), wait)


def _ref_id(ref: str) -> uuid.UUID | None:
    """The channel id a URL gives, in any form a UUID is written (with or without its
    dashes, in either case); None: it gives a name."""
    try:
        return uuid.UUID(ref.strip())
    except ValueError:
        return None


def _ref_name(ref: str) -> str | None:
    """The channel name a URL gives, spaced as names are kept (None: text no name holds,
    such as a NUL, which PostgreSQL would refuse to compare)."""
    name = " ".join(ref.split())
    return name if text_problem("name", name) is None else None


def channel_named(session: Session, ref: str) -> Channel | None:
    """The live channel a URL names, by its id or its name (as `_names` reads it)."""
    by_id = _ref_id(ref)
    found = None if by_id is None else session.get(Channel, by_id)
    name = _ref_name(ref)
    if found is None and name is not None:
        found = session.scalars(select(Channel).where(Channel.name == name)).first()
    return None if found is None or found.deleted else found


def _names(channel: Channel, ref: str) -> bool:
    """Does the URL's `ref` name `channel`, by its id or its name (as `channel_named`
    finds it)?"""
    return not channel.deleted and (channel.id == _ref_id(ref)
                                    or channel.name == _ref_name(ref))


#: SET LOCAL synchronous_commit TO OFF, and the database's clock, in one round trip.
_UNSYNCED_NOW = text(f"SELECT {clock.PG_NOW_MS} FROM (SELECT set_config("
                     "'synchronous_commit', 'off', true)) AS unsynced")


def admit(session: Session, posted: Sequence[Posted], limits: Limits
          ) -> list[Admitted | Refusal]:
    """Count each request against its address and its key, and check its key, for a
    batch at once: each one's channel and team, or why it is refused (429 over a limit,
    404 no such channel, 401 a wrong key), in order. The caller commits, whatever the
    answers: refused requests count too. Windows go by the database's clock: every
    worker on every machine counts in the same one."""
    if session.get_bind().dialect.name == "postgresql":
        # counts need no wait for the disk: a crash forgetting the last few is harmless,
        # and the enquiries' own commit (which does wait) is the one that matters
        now_s = int(session.execute(_UNSYNCED_NOW).scalar_one()) / 1000
    else:
        now_s = clock.now_ms(session) / 1000
    window = int(now_s // limits.window_s) * limits.window_s
    hashed = [key_hash(p.key.strip()) if p.key else None for p in posted]
    counts = _count(session, [f"address:{p.address}" for p in posted]
                    + [f"key:{(h or '-')[:32]}" for h in hashed], window)
    wanted = {h for h in hashed if h is not None}
    held = {} if not wanted else {h: (team_id, channel) for h, team_id, channel in
                                  session.execute(
        select(IntakeKey.key_hash, IntakeKey.team_id, Channel)
        .join(Channel, Channel.id == IntakeKey.channel_id)
        .where(IntakeKey.key_hash.in_(wanted)))}
    exists: dict[str, bool] = {}  # whether a URL names a live channel, once per URL
    out: list[Admitted | Refusal] = []
    for n, (one, hashed_key) in enumerate(zip(posted, hashed, strict=True)):
        refused = _over(counts[n], limits.per_address, window, limits, now_s, ADDRESS)
        if refused is not None:
            out.append(refused)
            continue
        found = held.get(hashed_key) if hashed_key is not None else None
        if found is None or not _names(found[1], one.channel_ref):
            if one.channel_ref not in exists:
                exists[one.channel_ref] = channel_named(session, one.channel_ref) is not None
            out.append(Refusal(401, Worded(tr_noop(
                "The intake key is missing or wrong for this channel.")))
                       if exists[one.channel_ref] else
                       Refusal(404, Worded(tr_noop("There is no such channel taking "
                                                   "enquiries."))))
            continue
        refused = _over(counts[len(posted) + n], limits.per_key, window, limits, now_s,
                        WEBSITE)
        out.append(refused if refused is not None else Admitted(one, found[1], found[0]))
    return out


# ---- taking enquiries -------------------------------------------------------------

Answer = Received | Deferred | Exception


def receive(session: Session, batch: Sequence[Admitted], today: date | None = None,
            wait: bool = False) -> list[Answer]:
    """Take a batch of admitted enquiries in the session's transaction (the caller
    commits; nothing else may be in it, for a failure rolls it back): each becomes an
    activity on the account it duplicates, or a new lead assigned by its team's rules;
    `today` (None: the UTC day by the database's clock, as every server rule reads it)
    dates them and says who is away. The answers, in order: each one's reference, or
    the error that stopped it alone, or `Deferred`: another batch is taking its company
    (`wait`: none is deferred, the batch waits for those instead).

    The whole batch is taken at once. If anything of it fails (the database refuses a
    row), all is taken back and the enquiries taken one by one, each in its own
    savepoint, so the one at fault fails alone, as a push's ops are
    (crmdesk.server.sync.apply_push). Enquiries, pushes and rules run at once: a batch
    the database gives up on for meeting another (a deadlock over the reps' turns or an
    account, a serialisation failure) is taken back and taken again, a few times, never
    answered with an error for it."""
    now = clock.as_datetime(clock.now_ms(session))
    today = today or now.date()

    def attempt() -> list[Answer]:
        try:
            return list(_take(session, batch, now, today, wait))
        except Exception as exc:  # the one at fault is found below
            if isinstance(exc, DBAPIError) and try_again(exc):
                raise
            session.rollback()
            if len(batch) == 1:
                return [exc]
        return _one_by_one(session, batch, now, today, wait)

    return retried(session, attempt)


def _one_by_one(session: Session, batch: Sequence[Admitted], now: datetime, today: date,
                wait: bool) -> list[Answer]:
    """The batch taken enquiry by enquiry, each in its own savepoint: one that fails is
    taken back alone, its error its answer (a deadlock is the batch's: raised)."""
    out: list[Answer] = []
    for one in batch:
        savepoint = session.begin_nested()
        try:
            out.extend(_take(session, [one], now, today, wait))
        except Exception as exc:  # its answer: the others go on
            savepoint.rollback()
            forget_change_log_lock(session)  # its locks went with the savepoint
            if isinstance(exc, DBAPIError) and try_again(exc):
                raise
            out.append(exc)
            continue
        savepoint.commit()
    return out


def _take(session: Session, batch: Sequence[Admitted], now: datetime, today: date,
          wait: bool = False) -> list[Received | Deferred]:
    """Take the batch: the companies' keys locked first (those another batch holds
    deferred, unless `wait`), then the receipts, the known accounts found and locked,
    the notes on them written and logged, the new leads' rows made; only then the new
    leads assigned (the team's turns held from there to the commit, over what needs a
    rep alone), their rows inserted, their derived values set and logged, and last the
    stamp of the fields written on known accounts (the server clock's lock, held to the
    commit too)."""
    idents = {n: _identity(str(n), one.posted.enquiry) for n, one in enumerate(batch)}
    busy = _hold_identity(session, {n: ident.match_keys() for n, ident in idents.items()},
                          wait)
    references = [uuid.uuid4() for _ in batch]  # the activities noting the enquiries
    taking = [n for n in range(len(batch)) if n not in busy]
    repeats = _receipts(session, batch, references, taking)
    fresh = [n for n in taking if n not in repeats]
    known = _known(session, {n: idents[n] for n in fresh})
    # the rest: a new lead each, or an activity on one the batch makes before them (by
    # the one duplicate rule: the earlier lead holds that enquiry's keys), the pairs to
    # ask it about found in bulk
    rest = [n for n in fresh if n not in known]
    earlier: dict[int, list[int]] = defaultdict(list)
    for i, j in likely_pairs([idents[n] for n in rest]):
        earlier[rest[j]].append(rest[i])
    leads: dict[int, None] = {}  # in order
    joins: dict[int, int] = {}
    for n in rest:
        mates = rank(idents[n], [idents[m] for m in earlier[n] if m in leads])
        if mates:
            joins[n] = int(mates[0].ref)
        else:
            leads[n] = None
    # what no rep is chosen for first, the team's turns not yet held: the notes on
    # known accounts, those accounts' next step and derived values, logged
    on_known = [_note(batch[n], known[n], references[n], now, today) for n in fresh
                if n in known]
    to_stamp = _known_noted(session, on_known, known.values(), today) if on_known else None
    # the new leads' rows made, and their teams' rules read, their reps to come
    made = {n: _new_lead(batch[n], references[n], now, today) for n in leads}
    teams = _teams(session, sorted({batch[n].team_id for n in leads}, key=lambda t: t.hex))
    # then the reps chosen: the team's turns held from here to the commit, over the
    # new leads' rows alone
    owners = _assign(session, [(batch[n].team_id, batch[n].posted.enquiry) for n in leads],
                     today, teams)
    for n, owner in zip(leads, owners, strict=True):
        _give(made[n], owner, today)
    notes = [made[n][2] if n in made else _note(batch[n], made[joins[n]][0], references[n],
                                                 now, today)
             for n in fresh if n not in known]
    accounts = [rows[0] for rows in made.values()]
    new_rows = [*accounts, *(rows[1] for rows in made.values()), *notes,
                *(rows[3] for rows in made.values())]
    insert_new(session, new_rows)
    # derived values (status, last contact, value score) by the rules, as a push's are
    values = derived.stale(session, today, [a.id for a in accounts])
    for account in accounts:
        for column, value in values.get(account.id, {}).items():
            setattr(account, column, value)
    log_inserted(session, new_rows)
    if to_stamp is not None and to_stamp.entries:
        stamp_logged(session, to_stamp, server_stamp(session))
    return [Deferred() if n in busy else Received(repeats[n], again=True) if n in repeats
            else Received(references[n]) for n in range(len(batch))]


def _known_noted(session: Session, notes: Sequence[Activity], accounts: Iterable[Account],
                 today: date) -> Logged | None:
    """Insert and log the notes of enquiries on known accounts (locked: `_known`), and
    bring those accounts up to them: the newest entry's follow-up is the account's next
    step (as on the laptop), their derived values by the rules, as a push's are. What
    it changed of them, logged, their stamps to come (None: nothing changed): the
    caller stamps them just before its commit (`stamp_logged`)."""
    insert_new(session, notes)
    log_inserted(session, notes)
    touched = {account.id: account for account in accounts}
    changed = {account_id: ["next_follow_up_on"] for account_id, account in touched.items()
               if account.next_follow_up_on != today}
    for account in touched.values():
        account.next_follow_up_on = today
    # the next step is no fact the rules read: written once, with what follows
    with session.no_autoflush:
        stale = derived.stale(session, today, list(touched))
    for account_id, values in stale.items():
        for column, value in values.items():
            setattr(touched[account_id], column, value)
            changed.setdefault(account_id, []).append(column)
    return log_unstamped(session, [
        Changed(touched[a], (touched[a].owner_id, touched[a].team_id), tuple(fields))
        for a, fields in changed.items()]) if changed else None


def _identity(ref: str, enquiry: Enquiry) -> Identity:
    """The enquiry's matching keys (those of the lead it would make)."""
    return identity(ref, enquiry.company, [enquiry.phone], [enquiry.email],
                    enquiry.website or None, REGION)


def _receipts(session: Session, batch: Sequence[Admitted], references: Sequence[uuid.UUID],
              taking: Sequence[int]) -> dict[int, uuid.UUID]:
    """Record which reference answers each idempotency key of the enquiries taken (those
    at `taking`, not those deferred: a receipt says its post is taken), in one
    statement: the enquiries that repeat a post already taken (in an earlier batch, or
    earlier in this one), with the reference they are answered by. A post of the same
    key being taken now elsewhere is waited for."""
    first: dict[tuple[uuid.UUID, str], int] = {}
    for n in taking:
        one = batch[n]
        if one.posted.idempotency_key:
            first.setdefault((one.channel.id, one.posted.idempotency_key), n)
    if not first:
        return {}
    table = typing.cast(Table, IntakeReceipt.__table__)
    at = utcnow()
    # in one order: two batches never wait on each other's keys in a circle
    made = {(channel_id, key) for channel_id, key in session.execute(
        upsert_insert(session)(table).values(
            [{"channel_id": channel_id, "idempotency_key": key, "reference": references[n],
              "at": at} for (channel_id, key), n in sorted(
                first.items(), key=lambda item: (item[0][0].hex, item[0][1]))])
        .on_conflict_do_nothing().returning(table.c.channel_id, table.c.idempotency_key))}
    answer = {pair: references[n] for pair, n in first.items() if pair in made}
    if len(made) < len(first):  # taken before: their first reference
        answer |= {(channel_id, key): reference for channel_id, key, reference in
                   session.execute(select(IntakeReceipt.channel_id,
                                          IntakeReceipt.idempotency_key,
                                          IntakeReceipt.reference).where(
                       IntakeReceipt.idempotency_key.in_(
                           {key for pair in first if pair not in made for key in pair[1:]})))
                   if (channel_id, key) in first}
    repeats = {}
    for n in taking:
        one = batch[n]
        if one.posted.idempotency_key:
            pair = (one.channel.id, one.posted.idempotency_key)
            if first[pair] != n or pair not in made:
                repeats[n] = answer[pair]
    return repeats


#: The top 16 bits of the advisory locks on an enquiry's matching keys ("ID"): apart
#: from the other advisory keys (crmdesk.server.in_flight).
_IDENTITY_TAG = 0x4944


def _identity_lock(key: str) -> int:
    return (_IDENTITY_TAG << 48) | int.from_bytes(hashlib.sha256(key.encode()).digest()[:6],
                                                  "big")


def identity_locks(enquiry: Enquiry) -> list[int]:
    """The advisory locks a batch taking `enquiry` holds until it commits (those of its
    matching keys), in their order."""
    return sorted({_identity_lock(key) for key in _identity("", enquiry).match_keys()})


#: Each key locked unless another transaction holds it (never waiting): the keys
#: another transaction holds.
_TRY_IDENTITY = text("SELECT k FROM unnest(CAST(:keys AS bigint[])) AS k"
                     " WHERE NOT pg_try_advisory_xact_lock(k)")
#: Every key locked, in one order, each waited for.
_HOLD_IDENTITY = text("SELECT count(pg_advisory_xact_lock(k)) FROM "
                      "(SELECT unnest(CAST(:keys AS bigint[])) AS k ORDER BY k) AS held")


def _hold_identity(session: Session, keys: Mapping[int, Collection[str]], wait: bool
                   ) -> set[int]:
    """Lock the enquiries' matching keys (their names', phones', domains') until the
    transaction ends: two enquiries from one company in two batches at once are taken
    one after the other, so the second finds the lead the first made, never makes a
    second. The enquiries (of `keys`) another batch holds a key of: the batch goes on
    without them (they are deferred to the next, which finds what that one made), so
    the batches of two workers do not wait on each other's whole transaction for a
    company they share; `wait`: none, every key is waited for, taken in one order, in
    one statement, so two batches never wait on each other in a circle (PostgreSQL;
    SQLite has one writer anyway)."""
    if not keys or session.get_bind().dialect.name != "postgresql":
        return set()
    locks = {n: {_identity_lock(key) for key in mine} for n, mine in keys.items()}
    every = sorted(set().union(*locks.values()))
    if not every:
        return set()
    if wait:
        session.execute(_HOLD_IDENTITY, {"keys": every})
        return set()
    held = set(session.scalars(_TRY_IDENTITY, {"keys": every}))
    return {n for n, mine in locks.items() if mine & held}


#: Lookups of the known accounts a batch makes, each after one was removed under it.
_LOOKUPS = 3


def _known(session: Session, idents: Mapping[int, Identity]) -> dict[int, Account]:
    """The account each enquiry's company is (the one duplicate rule, best first), for
    those the workspace knows, locked until the transaction ends and read as they then
    stand: another enquiry for one (found by other keys), a push or a rule writing it
    meanwhile is waited for, so what this batch writes and logs of it starts from
    theirs, never from a copy read before. One removed while its lock was waited for (a
    merge folded it into another) is looked up again, which finds the one it went into."""
    out: dict[int, Account] = {}
    looking = dict(idents)
    for _attempt in range(_LOOKUPS):
        answers = candidates_of(session, list(looking.values()), limit=1,
                                block_mates=name_blocks.block_mates)
        found = {n: uuid.UUID(best[0].ref)
                 for n, best in zip(looking, answers, strict=True) if best}
        if not found:
            break
        # the change log joined first, then the accounts (by id): a push's order
        # (crmdesk.server.sync), so an administrator's command taking both never waits
        # on this in a circle
        lock_change_log(session)
        locked = {account.id: account for account in session.scalars(
            select(Account).where(Account.id.in_(set(found.values())))
            .order_by(Account.id).with_for_update(key_share=True)
            .execution_options(populate_existing=True))}
        looking = {}
        for n, account_id in found.items():
            account = locked.get(account_id)
            if account is not None and not account.deleted:
                out[n] = account
            else:  # removed meanwhile: looked up again
                looking[n] = idents[n]
        if not looking:
            break
    return out


Lead = tuple[Account, Contact, Activity, ActivityContact]


def _new_lead(one: Admitted, reference: uuid.UUID, now: datetime, today: date) -> Lead:
    """The rows of a new lead: the account, its person, the activity noting the
    enquiry (`reference`) and the link saying it was spoken to; in the team's pool until
    `_give` gives them to a rep."""
    enquiry, team_id = one.posted.enquiry, one.team_id
    account = Account(
        id=uuid.uuid4(), name=enquiry.company, name_key=company_key(enquiry.company),
        website=enquiry.website or None, domain=website_domain(enquiry.website or None),
        region=enquiry.region or None, industry=enquiry.industry or None,
        owner_id=None, team_id=team_id, status=Status.LEAD, custom_fields={},
        channel_id=one.channel.id, acquired_on=today, next_follow_up_on=today,
        assigned_on=None)
    contact = Contact(id=uuid.uuid4(), account_id=account.id, owner_id=None,
                      team_id=team_id, name=enquiry.person, is_key_person=True,
                      mobile=enquiry.phone or None,
                      mobile_e164=phone_key(enquiry.phone or None, REGION),
                      email=enquiry.email or None,
                      email_domain=email_domain(enquiry.email or None))
    activity = Activity(id=reference, account_id=account.id, contact_id=contact.id,
                        owner_id=None, team_id=team_id, kind=ActivityKind.NOTE,
                        occurred_at=now, **notes_columns(enquiry_note(enquiry, one.channel.name)),
                        next_follow_up_on=today, done=False)
    spoken = ActivityContact(id=activity_contact_id(activity.id, contact.id),
                             activity_id=activity.id, contact_id=contact.id,
                             owner_id=None, team_id=team_id)
    return account, contact, activity, spoken


def _give(lead: Lead, owner: uuid.UUID | None, today: date) -> None:
    """Give a new lead's rows to `owner` (None: they stay in the team's pool)."""
    if owner is not None:
        for row in lead:
            row.owner_id = owner
        lead[0].assigned_on = today


def _note(one: Admitted, account: Account, reference: uuid.UUID, now: datetime,
          today: date) -> Activity:
    """The activity noting an enquiry on an account it duplicates, for its owner."""
    return Activity(id=reference, account_id=account.id, owner_id=account.owner_id,
                    team_id=account.team_id, kind=ActivityKind.NOTE, occurred_at=now,
                    **notes_columns(enquiry_note(one.posted.enquiry, one.channel.name)),
                    next_follow_up_on=today, done=False)


# ---- assignment -------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Team:
    """What a team's assignment reads before its turns are held: its settings, and
    everyone a rule may name (the team's reps and leads, and anyone a rule names), with
    their turns as they stood."""

    settings: Assignment
    people: list[typing.Any]


def _teams(session: Session, team_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, _Team]:
    """`_Team` of each team (read before the turns are held: the less a batch does
    while it holds them, the less another waits)."""
    out = {}
    for team_id in team_ids:
        settings = team_assignment(session, team_id)
        named = {rep for rule in settings.rules for rep in rule.reps}
        turns = AssignmentTurn.__table__.c
        out[team_id] = _Team(settings, list(session.execute(
            select(User.id, User.role, User.active, User.deleted, User.team_id, turns.turn)
            .outerjoin(AssignmentTurn,
                       (turns.user_id == User.id) & (turns.team_id == team_id))
            .where((User.team_id == team_id) | User.id.in_(named)))))
    return out


def _assign(session: Session, leads: Sequence[tuple[uuid.UUID, Enquiry]], today: date,
            teams: Mapping[uuid.UUID, _Team]) -> list[uuid.UUID | None]:
    """The rep each new lead (its team, its enquiry) goes to by its team's rules (read
    already: `teams`), in order (None: the team's pool), their turns taken. Each team's
    turns are locked once (the teams in one order, each's reps by id: two batches never
    wait on each other in a circle) and read as they then stand, with the reps' open
    leads when a cap counts them; the reps are chosen in memory, each lead counted as it
    is given, and the turns written back in one statement."""
    owners: list[uuid.UUID | None] = [None] * len(leads)
    by_team: dict[uuid.UUID, list[int]] = defaultdict(list)
    for n, (team_id, _enquiry) in enumerate(leads):
        by_team[team_id].append(n)
    for team_id in sorted(by_team, key=lambda t: t.hex):
        settings = teams[team_id].settings
        reps, everyone, now_us = _held_reps(session, team_id, teams[team_id])
        turn = _turn_after(session, reps.values(), now_us)
        taken: dict[uuid.UUID, int] = {}
        for n in by_team[team_id]:
            enquiry = leads[n][1]
            _rule, eligible = eligible_reps(settings, reps, everyone, enquiry.region or None,
                                            enquiry.industry or None, today)
            if not eligible:
                continue
            picked = next_in_turn(eligible)
            turn += 1
            reps[picked.id] = replace(picked, open_leads=picked.open_leads + 1, turn=turn)
            owners[n], taken[picked.id] = picked.id, turn
        if taken:
            _set_turns(session, team_id, taken)
    return owners


def _open_leads(session: Session, owners: Collection[uuid.UUID]) -> dict[uuid.UUID, int]:
    """Each of `owners`' open leads (accounts in the Lead status)."""
    return {owner: int(n) for owner, n in session.execute(
        select(Account.owner_id, func.count()).where(
            Account.owner_id.in_(list(owners)), Account.status == Status.LEAD,
            Account.deleted.is_(False)).group_by(Account.owner_id)) if owner is not None}


def _held_reps(session: Session, team_id: uuid.UUID, team: _Team
               ) -> tuple[dict[uuid.UUID, Rep], list[uuid.UUID], int | None]:
    """Everyone a rule may name (`team`'s people), as assignment weighs them, the
    team's active reps (a round robin's default), and the database's clock in
    microseconds once their turns are held (None: none take leads). The turns of those
    who take leads are locked until the transaction ends (a row made for a first web
    lead) and read as they then stand, with the clock in the same statement; open leads
    are counted (only a cap needs them) once they are held, so two batches never both
    take a rep's last place."""
    settings, people = team.settings, team.people
    # someone moved to another team no longer takes this team's leads
    takers = {user_id: role for user_id, role, active, deleted, team, _turn in people
              if active and not deleted and team == team_id and role in TAKERS}
    # made in one order (by id): two first assignments never wait on each other's rows
    missing = sorted((user_id for user_id, *_rest, turn in people
                      if user_id in takers and turn is None), key=lambda u: u.hex)
    if missing:
        table = typing.cast(Table, AssignmentTurn.__table__)
        session.execute(upsert_insert(session)(table).values(
            [{"team_id": team_id, "user_id": user_id, "turn": 0} for user_id in missing])
            .on_conflict_do_nothing())
    rows: list[typing.Any] = []
    if takers:
        # locked in the subquery, in id order; the clock read above it, once they are
        locked = (select(AssignmentTurn.user_id, AssignmentTurn.turn)
                  .where(AssignmentTurn.team_id == team_id,
                         AssignmentTurn.user_id.in_(list(takers)))
                  .order_by(AssignmentTurn.user_id).with_for_update().subquery())
        rows = list(session.execute(select(
            locked.c.user_id, locked.c.turn,
            literal_column(clock.NOW_US[session.get_bind().dialect.name]))))
    held = {user_id: int(turn) for user_id, turn, _now in rows}
    now_us = int(rows[0][2]) if rows else None
    open_leads = ({} if settings.cap is None or not takers
                  else _open_leads(session, list(takers)))
    reps = {user_id: Rep(user_id, user_id in takers, open_leads.get(user_id, 0),
                         held.get(user_id, 0))
            for user_id, *_rest in people}
    everyone = [user_id for user_id, role in takers.items() if role == Role.REP]
    return reps, sorted(everyone, key=lambda u: u.hex), now_us


def _turn_after(session: Session, reps: Collection[Rep], now_us: int | None = None) -> int:
    """The turn a batch's first lead starts after: microseconds of the database's
    clock (the one every worker on every machine reads; `now_us`: read already), and
    past every turn held."""
    if now_us is None:
        now_us = int(session.execute(select(literal_column(
            clock.NOW_US[session.get_bind().dialect.name]))).scalar_one())
    return max([now_us, *(rep.turn for rep in reps)])


def _set_turns(session: Session, team_id: uuid.UUID, taken: Mapping[uuid.UUID, int]
               ) -> None:
    """Write the turns the batch took (the reps' rows are locked: it made any missing)."""
    table = typing.cast(Table, AssignmentTurn.__table__)
    statement = upsert_insert(session)(table).values(
        [{"team_id": team_id, "user_id": user_id, "turn": turn}
         for user_id, turn in sorted(taken.items(), key=lambda item: item[0].hex)])
    session.execute(statement.on_conflict_do_update(
        index_elements=["team_id", "user_id"], set_={"turn": statement.excluded.turn}))
