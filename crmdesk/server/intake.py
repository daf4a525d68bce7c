"""Web enquiries: a website's form posts to `POST /v1/intake/{channel}` with the
channel's secret key, and the enquiry becomes a lead assigned by the team's rules, or an
activity on the account it duplicates, in one transaction, before the answer.

- Keys (`issue_key`): one per channel, naming the team its enquiries go to; issuing a
  new one replaces the old, which stops working at once. Only its SHA-256 hash is
  kept (a random 32-byte token: see schema.IntakeKey for why not argon2).
- Rate limits (`admit`): per source address and per key, counted in fixed windows in
  the database (schema.IntakeCount), so every worker on every machine counts together;
  the counts commit on their own, so refused requests count too.
- Duplicates: the one duplicate finder (crmdesk.store.duplicates.candidates). A match
  gets an activity noting the enquiry, for the account's owner; the answer is the same
  as for a new lead, so it never tells whether any team knows the company.
- Assignment (crmdesk.domain.intake): each rep's last turn lives in the database
  (schema.AssignmentTurn); an assignment locks the turn of the rep it gives the lead
  to, and assignments running at once skip the reps another holds (SKIP LOCKED), so
  many workers assign fairly without queueing behind one team-wide lock (`_assign`).
- The rows are written by crmdesk.server.rule_writes, so laptops receive them at their
  next pull.
"""

from __future__ import annotations

import hashlib
import os
import random
import secrets
import time
import typing
import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import Table, delete, func, literal_column, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from crmdesk.domain.activity import ActivityKind
from crmdesk.domain.dedupe import (
    company_key,
    email_domain,
    identity,
    phone_key,
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
from crmdesk.server import clock
from crmdesk.server.db import upsert_insert
from crmdesk.server.rule_writes import Changed, log_changed, log_new, server_stamp
from crmdesk.server.schema import AssignmentTurn, IntakeCount, IntakeKey, IntakeReceipt
from crmdesk.server.sync import (
    PUSH_ATTEMPTS,
    RETRY_PAUSE_S,
    forget_change_log_lock,
    lock_change_log,
    try_again,
)
from crmdesk.store import derived
from crmdesk.store.assignment import TAKERS, team_assignment
from crmdesk.store.duplicates import candidates
from crmdesk.store.models import (
    Account,
    Activity,
    ActivityContact,
    Channel,
    Contact,
    Role,
    User,
    activity_contact_id,
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


class IntakeRefused(Exception):
    """The enquiry is not taken; `detail` says why, in words a website can show."""

    def __init__(self, status: int, detail: str, retry_after: int | None = None) -> None:
        super().__init__(detail)
        self.status, self.detail, self.retry_after = status, detail, retry_after


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


# ---- rate limits ------------------------------------------------------------------

def _count(session: Session, buckets: Sequence[str], window: int) -> dict[str, int]:
    """Count one request in each of `buckets` for `window`, in one statement; the counts
    so far, this one included. An upsert: workers counting at once all count."""
    table = typing.cast(Table, IntakeCount.__table__)
    statement = upsert_insert(session)(table).values(
        [{"bucket": bucket, "window": window, "count": 1} for bucket in buckets])
    upsert = statement.on_conflict_do_update(
        index_elements=["bucket", "window"],
        set_={"count": table.c.count + 1}).returning(table.c.bucket, table.c.count)
    counts = {bucket: int(count) for bucket, count in session.execute(upsert)}
    # A bucket's first request of a window: every earlier window is done with. One
    # request at a time clears them (the others go on: a later one will).
    if any(count == 1 for count in counts.values()) and (
            session.get_bind().dialect.name != "postgresql" or session.scalar(
                text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": _CLEANUP_LOCK})):
        session.execute(delete(IntakeCount).where(IntakeCount.window < window))
    return counts


def _over(count: int, limit: int, window: int, limits: Limits, now_s: float,
          what: str) -> None:
    if count > limit:
        wait = max(1, int(window + limits.window_s - now_s + 0.999))
        raise IntakeRefused(429, f"Too many enquiries from {what}; try again in {wait} "
                                 "seconds.", wait)


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


def admit(session: Session, channel_ref: str, key: str | None, address: str,
          limits: Limits) -> tuple[Channel, uuid.UUID]:
    """Count the request against its address and its key, and check the key: the
    channel (loaded, usable after the session ends) and the team its enquiries go to.
    The caller commits, whatever the answer: refused requests count too. Windows go by
    the database's clock: every worker on every machine counts in the same one."""
    if session.get_bind().dialect.name == "postgresql":
        # counts need no wait for the disk: a crash forgetting the last few is harmless,
        # and each enquiry's own commit (which does wait) is the one that matters
        now_s = int(session.execute(_UNSYNCED_NOW).scalar_one()) / 1000
    else:
        now_s = clock.now_ms(session) / 1000
    window = int(now_s // limits.window_s) * limits.window_s
    hashed = key_hash(key.strip()) if key else None
    by_address, by_key = f"address:{address}", f"key:{(hashed or '-')[:32]}"
    counts = _count(session, [by_address, by_key], window)
    _over(counts[by_address], limits.per_address, window, limits, now_s, "this address")
    held = None if hashed is None else session.execute(
        select(IntakeKey.team_id, Channel).join(Channel, Channel.id == IntakeKey.channel_id)
        .where(IntakeKey.key_hash == hashed)).first()
    if held is None or not _names(held[1], channel_ref):
        if channel_named(session, channel_ref) is None:
            raise IntakeRefused(404, "There is no such channel taking enquiries.")
        raise IntakeRefused(401, "The intake key is missing or wrong for this channel.")
    _over(counts[by_key], limits.per_key, window, limits, now_s, "this website")
    return held[1], held[0]


# ---- taking an enquiry ------------------------------------------------------------

def _known(session: Session, enquiry: Enquiry) -> Account | None:
    """The account the enquiry's company is (the one duplicate rule), best first, locked
    until the transaction ends and read as it then stands: another enquiry for it (found
    by other keys), a push or a rule writing it meanwhile is waited for, so what this
    one writes and logs of it starts from theirs, never from a copy read before."""
    ident = identity("", enquiry.company, [enquiry.phone], [enquiry.email],
                     enquiry.website or None, REGION)
    _hold_identity(session, ident.match_keys())
    for _attempt in range(_LOOKUPS):
        found = candidates(session, ident, limit=1)
        if not found:
            return None
        # the change log joined first, then the account: a push's order
        # (crmdesk.server.sync), so an administrator's command taking both never waits
        # on this in a circle
        lock_change_log(session)
        account = session.get(Account, uuid.UUID(found[0].ref), populate_existing=True,
                              with_for_update={"key_share": True})
        if account is not None and not account.deleted:
            return account
        # removed while its lock was waited for (a merge folded it into another): the
        # lookup again, which finds the one it went into
    return None


#: Lookups of the known account an enquiry makes, each after one was removed under it.
_LOOKUPS = 3


#: The top 16 bits of the advisory locks on an enquiry's matching keys ("ID"): apart
#: from the other advisory keys (crmdesk.server.in_flight).
_IDENTITY_TAG = 0x4944


def _hold_identity(session: Session, keys: Sequence[str]) -> None:
    """Lock the enquiry's matching keys (its name's, phones', domains') until the
    transaction ends: two enquiries from one company at once are taken one after the
    other, so the second finds the lead the first made, never makes a second. Taken in
    one order, in one statement (PostgreSQL; SQLite has one writer anyway)."""
    if not keys or session.get_bind().dialect.name != "postgresql":
        return
    locks = sorted({(_IDENTITY_TAG << 48) | int.from_bytes(
        hashlib.sha256(key.encode()).digest()[:6], "big") for key in keys})
    session.execute(text(
        "SELECT count(pg_advisory_xact_lock(k)) FROM "
        "(SELECT unnest(CAST(:keys AS bigint[])) AS k ORDER BY k) AS held"),
        {"keys": locks})


def _open_leads(session: Session, owners: Collection[uuid.UUID]) -> dict[uuid.UUID, int]:
    """Each of `owners`' open leads (accounts in the Lead status)."""
    return {owner: int(n) for owner, n in session.execute(
        select(Account.owner_id, func.count()).where(
            Account.owner_id.in_(list(owners)), Account.status == Status.LEAD,
            Account.deleted.is_(False)).group_by(Account.owner_id)) if owner is not None}


def _reps(session: Session, team_id: uuid.UUID, settings: Assignment
          ) -> tuple[dict[uuid.UUID, Rep], list[uuid.UUID]]:
    """Everyone a rule may name (the team's reps and leads, and anyone a rule names),
    as assignment weighs them, with their turns, and the team's active reps (a round
    robin's default)."""
    named = {rep for rule in settings.rules for rep in rule.reps}
    turns = AssignmentTurn.__table__.c
    people = list(session.execute(
        select(User.id, User.role, User.active, User.deleted, User.team_id, turns.turn)
        .outerjoin(AssignmentTurn, (turns.user_id == User.id) & (turns.team_id == team_id))
        .where((User.team_id == team_id) | User.id.in_(named))))
    open_leads = ({} if settings.cap is None  # only a cap needs them counted
                  else _open_leads(session, [row[0] for row in people]))
    reps: dict[uuid.UUID, Rep] = {}
    everyone: list[uuid.UUID] = []
    for user_id, role, active, deleted, team, turn in people:
        # someone moved to another team no longer takes this team's leads
        takes = bool(active) and not deleted and team == team_id and role in TAKERS
        # no turn yet: none taken (-1 tells "no row" from a row at 0)
        reps[user_id] = Rep(user_id, takes, open_leads.get(user_id, 0),
                            -1 if turn is None else int(turn))
        if takes and role == Role.REP:
            everyone.append(user_id)
    return reps, sorted(everyone, key=lambda u: u.hex)


def _assign(session: Session, team_id: uuid.UUID, enquiry: Enquiry, today: date
            ) -> uuid.UUID | None:
    """The rep a new lead goes to by the team's rules (None: the pool), their turn
    taken. Workers assign at once without waiting on each other: each takes the
    eligible rep whose last web lead is longest ago among those no other assignment
    holds right now (a row lock on their turn, skipped when held); only when all are
    held does it wait for them, then read the turns afresh. A cap is counted again once
    the rep is held, so two assignments never both take a rep's last place."""
    settings = team_assignment(session, team_id)
    reps, everyone = _reps(session, team_id, settings)
    while True:
        _rule, eligible = eligible_reps(settings, reps, everyone, enquiry.region or None,
                                        enquiry.industry or None, today)
        if not eligible:
            return None
        picked = _hold_turn(session, team_id, eligible)
        if settings.cap is None or _open_leads(session, [picked]).get(
                picked, 0) < settings.cap:
            _set_turn(session, team_id, picked)
            return picked
        reps[picked] = replace(reps[picked], open_leads=settings.cap)  # full meanwhile


def _hold_turn(session: Session, team_id: uuid.UUID, eligible: Sequence[Rep]) -> uuid.UUID:
    """Lock the turn of the eligible rep next in turn that no other assignment holds
    (waiting for them all when every one is held); their id."""
    # made in one order (by id): two first assignments never wait on each other's rows
    missing = sorted((rep.id for rep in eligible if rep.turn < 0), key=lambda u: u.hex)
    if missing:  # rows to lock: a rep's first web lead
        table = typing.cast(Table, AssignmentTurn.__table__)
        session.execute(upsert_insert(session)(table).values(
            [{"team_id": team_id, "user_id": rep_id, "turn": 0} for rep_id in missing])
            .on_conflict_do_nothing())
    ids = [rep.id for rep in eligible]
    known = {rep.id: max(rep.turn, 0) for rep in eligible}
    turns = select(AssignmentTurn.user_id, AssignmentTurn.turn).where(
        AssignmentTurn.team_id == team_id, AssignmentTurn.user_id.in_(ids))
    for _attempt in range(len(ids) + 1):
        # In its own savepoint: a rep whose turn was taken between the read of the turns
        # and the lock (the lock returns the turn as it now stands, the order came from
        # before) is let go, and the choice made again on the turns as they now are.
        attempt = session.begin_nested()
        free = session.execute(turns.order_by(AssignmentTurn.turn, AssignmentTurn.user_id)
                               .limit(1).with_for_update(skip_locked=True)).first()
        if free is not None and free[1] <= known[free[0]]:
            attempt.commit()  # the lock stays with the transaction
            return free[0]
        attempt.rollback()
        if free is None:
            break
        known = {user_id: int(turn) for user_id, turn in session.execute(turns)}
    # every one is being given a lead: wait for them all (in one order: no deadlock),
    # then read their turns as those assignments left them
    list(session.execute(turns.order_by(AssignmentTurn.user_id).with_for_update()))
    fresh = {user_id: int(turn) for user_id, turn in session.execute(turns)}
    return next_in_turn([replace(rep, turn=fresh.get(rep.id, 0)) for rep in eligible]).id


def _set_turn(session: Session, team_id: uuid.UUID, user_id: uuid.UUID) -> None:
    """Mark `user_id`'s turn taken now: microseconds of the database's clock (the one
    every worker on every machine reads), growing (two workers taking turns within a
    microsecond tie, and the tie goes by id)."""
    session.execute(update(AssignmentTurn).where(
        AssignmentTurn.team_id == team_id, AssignmentTurn.user_id == user_id)
        .values(turn=literal_column(clock.NOW_US[session.get_bind().dialect.name])))


def _hold_receipt(session: Session, channel_id: uuid.UUID, idempotency_key: str,
                  reference: uuid.UUID) -> uuid.UUID:
    """Record that `idempotency_key` is answered by `reference`, first thing: the
    reference it is answered by (another, when a post of the same enquiry was taken
    first; a post taking it now is waited for)."""
    table = typing.cast(Table, IntakeReceipt.__table__)
    made = session.execute(upsert_insert(session)(table).values(
        channel_id=channel_id, idempotency_key=idempotency_key, reference=reference,
        at=utcnow()).on_conflict_do_nothing().returning(table.c.reference)).first()
    if made is not None:
        return reference
    return typing.cast(uuid.UUID, session.scalar(select(IntakeReceipt.reference).where(
        IntakeReceipt.channel_id == channel_id,
        IntakeReceipt.idempotency_key == idempotency_key)))


@dataclass(frozen=True, slots=True)
class Received:
    """What an enquiry became: its reference (the activity noting it), the account
    (new, or the known one it joined), and its owner (None: the team's pool)."""

    reference: uuid.UUID
    account_id: uuid.UUID | None
    new_lead: bool
    owner_id: uuid.UUID | None
    again: bool = False  # a retry of an enquiry already taken


def receive(session: Session, channel: Channel, team_id: uuid.UUID, enquiry: Enquiry,
            idempotency_key: str | None = None, today: date | None = None) -> Received:
    """Take a checked enquiry: an activity on the account it duplicates, or a new lead
    assigned by the team's rules; `today` (None: the UTC day by the database's clock, as
    every server rule reads it) dates them and says who is away. The caller commits.

    Enquiries, pushes and rules run at once: one the database gives up on for meeting
    another (a deadlock over the reps' turns or an account, a serialisation failure) is
    rolled back to its savepoint and taken again, a few times, as a push is
    (crmdesk.server.sync.apply_push), never answered with an error for it."""
    now = clock.as_datetime(clock.now_ms(session))
    today = today or now.date()
    for attempt in range(1, PUSH_ATTEMPTS + 1):
        savepoint = session.begin_nested()
        try:
            taken = _receive(session, channel, team_id, enquiry, idempotency_key, now, today)
        except DBAPIError as exc:
            savepoint.rollback()
            if not try_again(exc) or attempt == PUSH_ATTEMPTS:
                raise
            forget_change_log_lock(session)  # its locks went with the savepoint
            time.sleep(random.uniform(0, RETRY_PAUSE_S * 2 ** attempt))
            continue
        savepoint.commit()
        return taken
    raise AssertionError("unreachable: the last attempt returns or raises")


def _receive(session: Session, channel: Channel, team_id: uuid.UUID, enquiry: Enquiry,
             idempotency_key: str | None, now: datetime, today: date) -> Received:
    reference = uuid.uuid4()  # the activity noting the enquiry
    if idempotency_key:
        taken = _hold_receipt(session, channel.id, idempotency_key, reference)
        if taken != reference:
            first = session.get(Activity, taken)
            return Received(taken, first.account_id if first else None, False,
                            first.owner_id if first else None, again=True)
    note = enquiry_note(enquiry, channel.name)
    known = _known(session, enquiry)
    if known is not None:
        activity = Activity(id=reference, account_id=known.id, owner_id=known.owner_id,
                            team_id=known.team_id, kind=ActivityKind.NOTE,
                            occurred_at=now, notes=note, next_follow_up_on=today,
                            done=False)
        log_new(session, [activity])
        # the newest entry's follow-up is the account's next step (as on the laptop)
        changed = ["next_follow_up_on"] if known.next_follow_up_on != today else []
        known.next_follow_up_on = today
        changed += _rederive(session, known, today)
        if changed:
            log_changed(session, [Changed(known, (known.owner_id, known.team_id),
                                          tuple(changed))], server_stamp(session))
        return Received(reference, known.id, False, known.owner_id)
    owner = _assign(session, team_id, enquiry, today)
    account = Account(
        id=uuid.uuid4(), name=enquiry.company, name_key=company_key(enquiry.company),
        website=enquiry.website or None, domain=website_domain(enquiry.website or None),
        region=enquiry.region or None, industry=enquiry.industry or None,
        owner_id=owner, team_id=team_id, status=Status.LEAD, custom_fields={},
        channel_id=channel.id, acquired_on=today, next_follow_up_on=today,
        assigned_on=today if owner is not None else None)
    contact = Contact(id=uuid.uuid4(), account_id=account.id, owner_id=owner,
                      team_id=team_id, name=enquiry.person, is_key_person=True,
                      mobile=enquiry.phone or None,
                      mobile_e164=phone_key(enquiry.phone or None, REGION),
                      email=enquiry.email or None,
                      email_domain=email_domain(enquiry.email or None))
    activity = Activity(id=reference, account_id=account.id, contact_id=contact.id,
                        owner_id=owner, team_id=team_id, kind=ActivityKind.NOTE,
                        occurred_at=now, notes=note, next_follow_up_on=today, done=False)
    spoken = ActivityContact(id=activity_contact_id(activity.id, contact.id),
                             activity_id=activity.id, contact_id=contact.id,
                             owner_id=owner, team_id=team_id)
    for row in (account, contact, activity, spoken):  # referred rows first: the models
        session.add(row)                              # have no relationships to order
        session.flush()                               # them by
    _rederive(session, account, today)
    log_new(session, [account, contact, activity, spoken])
    return Received(reference, account.id, True, owner)


def _rederive(session: Session, account: Account, today: date) -> list[str]:
    """Set the account's derived values (status, last contact, value score) by the
    rules, as a push's are; the columns that changed."""
    values = derived.stale(session, today, [account.id]).get(account.id, {})
    for column, value in values.items():
        setattr(account, column, value)
    return list(values)
