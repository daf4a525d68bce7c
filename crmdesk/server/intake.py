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
- Assignment (crmdesk.domain.intake.choose_rep): under a lock per team
  (pg_advisory_xact_lock), so round robin stays fair with many workers; each rep's
  last turn lives in the database (schema.AssignmentTurn).
- The rows are written by crmdesk.server.rule_writes, so laptops receive them at their
  next pull.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import typing
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

import psycopg
from sqlalchemy import Table, delete, func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from crmdesk.domain.activity import ActivityKind
from crmdesk.domain.dedupe import (
    company_key,
    email_domain,
    identity,
    phone_key,
    rank,
    website_domain,
)
from crmdesk.domain.intake import Enquiry, Rep, choose_rep, enquiry_note
from crmdesk.domain.lifecycle import Status
from crmdesk.server.rule_writes import Changed, log_changed, log_new, server_stamp
from crmdesk.server.schema import AssignmentTurn, IntakeCount, IntakeKey, IntakeReceipt
from crmdesk.server.sync import advisory_lock
from crmdesk.store import derived
from crmdesk.store.assignment import TAKERS, team_assignment
from crmdesk.store.duplicates import candidates, identities
from crmdesk.store.models import (
    Account,
    Activity,
    ActivityContact,
    Channel,
    Contact,
    User,
    activity_contact_id,
    utcnow,
)
from crmdesk.store.workspace_keys import PHONE_REGION

#: Phones written without a country code are read in this region (the laptops' default).
REGION = PHONE_REGION.default
KEY_PREFIX = "cik_"
#: The top 16 bits of a team's assignment lock ("IT"): apart from the other advisory
#: keys (crmdesk.server.in_flight).
_TEAM_TAG = 0x4954
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

def _count(session: Session, bucket: str, window: int) -> int:
    """Count one request in `bucket`'s `window`; the count so far, this one included.
    An upsert: two workers counting at once both count."""
    dialect = session.get_bind().dialect.name
    maker = pg_insert if dialect == "postgresql" else sqlite_insert
    table = typing.cast(Table, IntakeCount.__table__)
    statement = maker(table).values(bucket=bucket, window=window, count=1)
    upsert = statement.on_conflict_do_update(
        index_elements=["bucket", "window"],
        set_={"count": table.c.count + 1}).returning(table.c.count)
    count = int(session.execute(upsert).scalar_one())
    if count == 1:  # a new window: the bucket's older ones are done with
        session.execute(delete(IntakeCount).where(IntakeCount.bucket == bucket,
                                                  IntakeCount.window < window))
    return count


def _over(count: int, limit: int, window: int, limits: Limits, now_s: float,
          what: str) -> None:
    if count > limit:
        wait = max(1, int(window + limits.window_s - now_s + 0.999))
        raise IntakeRefused(429, f"Too many enquiries from {what}; try again in {wait} "
                                 "seconds.", wait)


def channel_named(session: Session, ref: str) -> Channel | None:
    """The live channel a URL names, by its id or its name."""
    try:
        by_id: Channel | None = session.get(Channel, uuid.UUID(ref))
    except ValueError:
        by_id = None
    found = by_id or session.scalars(select(Channel).where(
        Channel.name == " ".join(ref.split()))).first()
    return None if found is None or found.deleted else found


def admit(session: Session, channel_ref: str, key: str | None, address: str,
          limits: Limits, now_s: float) -> tuple[Channel, uuid.UUID]:
    """Count the request against its address and its key, and check the key: the
    channel and the team its enquiries go to. The caller commits, whatever the answer
    (refused requests count too)."""
    window = int(now_s // limits.window_s) * limits.window_s
    _over(_count(session, f"address:{address}", window), limits.per_address, window,
          limits, now_s, "this address")
    channel = channel_named(session, channel_ref)
    if channel is None:
        raise IntakeRefused(404, "There is no such channel taking enquiries.")
    held = None if not key else session.scalars(select(IntakeKey).where(
        IntakeKey.key_hash == key_hash(key.strip()))).first()
    if held is None or held.channel_id != channel.id:
        raise IntakeRefused(401, "The intake key is missing or wrong for this channel.")
    _over(_count(session, f"key:{channel.id}", window), limits.per_key, window, limits,
          now_s, "this website")
    return channel, held.team_id


# ---- taking an enquiry ------------------------------------------------------------

def team_lock(team_id: uuid.UUID) -> int:
    """The advisory lock key assignment for `team_id` runs under."""
    key = (_TEAM_TAG << 48) | (team_id.int & ((1 << 48) - 1))
    return key - (1 << 64) if key >= 1 << 63 else key


def _known(session: Session, enquiry: Enquiry) -> Account | None:
    """The account the enquiry's company is (the one duplicate rule), best first."""
    ident = identity("", enquiry.company, [enquiry.phone], [enquiry.email],
                     enquiry.website or None, REGION)
    try:
        with session.begin_nested():
            found = candidates(session, ident, limit=1)
    except (DBAPIError, psycopg.Error):
        # TODO(integration): the reworked duplicate finder runs on PostgreSQL; until
        # then its name scan (SQLite-only SQL) fails there, and the exact keys decide
        found = _exact_candidates(session, ident)
    if not found:
        return None
    return session.get(Account, uuid.UUID(found[0].ref))


def _exact_candidates(session: Session, ident: Any) -> list[Any]:
    ids: set[uuid.UUID] = set()
    live = Account.deleted.is_(False)
    if ident.key:
        ids.update(session.scalars(select(Account.id).where(Account.name_key == ident.key,
                                                            live)))
    if ident.phones:
        ids.update(session.scalars(select(Account.id).where(
            Account.phone_e164.in_(ident.phones), live)))
        ids.update(session.scalars(select(Contact.account_id).where(
            Contact.mobile_e164.in_(ident.phones), Contact.deleted.is_(False))))
    if ident.domains:
        ids.update(session.scalars(select(Contact.account_id).where(
            Contact.email_domain.in_(ident.domains), Contact.deleted.is_(False))))
        ids.update(session.scalars(select(Account.id).where(
            Account.domain.in_(ident.domains), live)))
    return rank(ident, identities(session, ids)) if ids else []


def _reps(session: Session, team_id: uuid.UUID, settings: Any
          ) -> tuple[dict[uuid.UUID, Rep], list[uuid.UUID]]:
    """Everyone a rule may name (the team's reps and leads, and anyone a rule names),
    as assignment weighs them, and the team's active reps (a round robin's default)."""
    named = {rep for rule in settings.rules for rep in rule.reps}
    people = session.execute(select(User.id, User.role, User.active, User.deleted,
                                     User.team_id).where(
        (User.team_id == team_id) | User.id.in_(named)))
    turns = dict(session.execute(select(AssignmentTurn.user_id, AssignmentTurn.turn).where(
        AssignmentTurn.team_id == team_id)).all())
    open_leads: dict[uuid.UUID | None, int] = {}
    if settings.cap is not None:  # only a cap needs them counted
        open_leads = dict(session.execute(
            select(Account.owner_id, func.count()).where(
                Account.owner_id.is_not(None), Account.status == Status.LEAD,
                Account.deleted.is_(False),
                Account.owner_id.in_(select(User.id).where(
                    (User.team_id == team_id) | User.id.in_(named))))
            .group_by(Account.owner_id)).all())
    reps: dict[uuid.UUID, Rep] = {}
    everyone: list[uuid.UUID] = []
    for user_id, role, active, deleted, team in people:
        # someone moved to another team no longer takes this team's leads
        takes = bool(active) and not deleted and team == team_id and role in TAKERS
        reps[user_id] = Rep(user_id, takes, open_leads.get(user_id, 0),
                            int(turns.get(user_id, 0)))
        if takes and role == "rep":
            everyone.append(user_id)
    return reps, sorted(everyone, key=lambda u: u.hex)


def _take_turn(session: Session, team_id: uuid.UUID, user_id: uuid.UUID) -> None:
    top = session.scalar(select(func.max(AssignmentTurn.turn)).where(
        AssignmentTurn.team_id == team_id)) or 0
    row = session.get(AssignmentTurn, (team_id, user_id))
    if row is None:
        session.add(AssignmentTurn(team_id=team_id, user_id=user_id, turn=top + 1))
    else:
        row.turn = top + 1


def _rederive(session: Session, account: Account, today: date, new: bool) -> None:
    """The account's derived values (next follow-up, value score...) by the rules, as a
    push's are; a known account's changed ones logged with the server's stamp."""
    values = derived.stale(session, today, [account.id]).get(account.id, {})
    if not values:
        return
    for column, value in values.items():
        setattr(account, column, value)
    if not new:
        log_changed(session, [Changed(account, (account.owner_id, account.team_id),
                                      tuple(values))], server_stamp(session))


@dataclass(frozen=True, slots=True)
class Received:
    """What an enquiry became: its reference (the activity noting it), the lead made
    (None: a known account's), and its owner (None: the team's pool)."""

    reference: uuid.UUID
    account_id: uuid.UUID
    new_lead: bool
    owner_id: uuid.UUID | None
    again: bool = False  # a retry of an enquiry already taken


def receive(session: Session, channel: Channel, team_id: uuid.UUID, enquiry: Enquiry,
            idempotency_key: str | None = None, today: date | None = None) -> Received:
    """Take a checked enquiry: an activity on the account it duplicates, or a new lead
    assigned by the team's rules. The caller commits."""
    today = today or date.today()
    # the duplicate finder reads, under no lock: a lead's assignment alone waits its turn
    known = _known(session, enquiry)
    advisory_lock(session, team_lock(team_id))  # one enquiry per team at a time
    if idempotency_key:
        receipt = session.get(IntakeReceipt, (channel.id, idempotency_key))
        if receipt is not None:
            activity = session.get(Activity, receipt.reference)
            return Received(receipt.reference, activity.account_id if activity else
                            receipt.reference, False,
                            activity.owner_id if activity else None, again=True)
    now = utcnow()
    note = enquiry_note(enquiry, channel.name)
    if known is not None:
        activity = Activity(id=uuid.uuid4(), account_id=known.id, owner_id=known.owner_id,
                            team_id=known.team_id, kind=ActivityKind.NOTE,
                            occurred_at=now, notes=note, next_follow_up_on=today,
                            done=False)
        log_new(session, [activity])
        _rederive(session, known, today, new=False)
        answer = Received(activity.id, known.id, False, known.owner_id)
    else:
        settings = team_assignment(session, team_id)
        reps, everyone = _reps(session, team_id, settings)
        owner = choose_rep(settings, reps, everyone, enquiry.region or None,
                           enquiry.industry or None, today).rep
        account = Account(
            id=uuid.uuid4(), name=enquiry.company, name_key=company_key(enquiry.company),
            website=enquiry.website or None, domain=website_domain(enquiry.website or None),
            region=enquiry.region or None, industry=enquiry.industry or None,
            owner_id=owner, team_id=team_id, status=Status.LEAD, custom_fields={},
            channel_id=channel.id, acquired_on=today,
            assigned_on=today if owner is not None else None)
        contact = Contact(id=uuid.uuid4(), account_id=account.id, owner_id=owner,
                          team_id=team_id, name=enquiry.person, is_key_person=True,
                          mobile=enquiry.phone or None,
                          mobile_e164=phone_key(enquiry.phone or None, REGION),
                          email=enquiry.email or None,
                          email_domain=email_domain(enquiry.email or None))
        activity = Activity(id=uuid.uuid4(), account_id=account.id, contact_id=contact.id,
                            owner_id=owner, team_id=team_id, kind=ActivityKind.NOTE,
                            occurred_at=now, notes=note, next_follow_up_on=today,
                            done=False)
        spoken = ActivityContact(id=activity_contact_id(activity.id, contact.id),
                                 activity_id=activity.id, contact_id=contact.id,
                                 owner_id=owner, team_id=team_id)
        for row in (account, contact, activity, spoken):  # referred rows first: the
            session.add(row)                              # models have no relationships
            session.flush()                               # to order them by
        _rederive(session, account, today, new=True)
        log_new(session, [account, contact, activity, spoken])
        if owner is not None:
            _take_turn(session, team_id, owner)
        answer = Received(activity.id, account.id, True, owner)
    if idempotency_key:
        session.add(IntakeReceipt(channel_id=channel.id, idempotency_key=idempotency_key,
                                  reference=answer.reference))
    session.flush()
    return answer
