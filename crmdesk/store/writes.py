"""Writes a user makes. Each runs inside the caller's unit of work (one session
transaction per user action), so the row and its consequences commit together."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.domain.activity import CONVERSATION_KINDS, ActivityKind, Outcome
from crmdesk.domain.dedupe import company_key, email_domain, phone_key, website_domain
from crmdesk.domain.lifecycle import Status, derive_status
from crmdesk.store.models import Account, Activity, Contact, utcnow
from crmdesk.store.queries import facts_for


class NotFound(LookupError):
    """The record was deleted or never existed (e.g. removed by a sync meanwhile)."""


@dataclass(frozen=True, slots=True)
class ActivityInput:
    kind: ActivityKind
    outcome: Outcome | None = None
    notes: str = ""
    next_follow_up_on: date | None = None
    contact_id: uuid.UUID | None = None
    occurred_at: datetime | None = None


def log_activity(session: Session, account_id: uuid.UUID, author_id: uuid.UUID | None,
                 entry: ActivityInput) -> uuid.UUID:
    """Record an activity and update what it changes on the account: last contact, next
    follow-up, and the status its conditions now support. Returns the activity id."""
    account = session.get(Account, account_id)
    if account is None or account.deleted:
        raise NotFound("This account no longer exists; the activity was not saved.")
    when = entry.occurred_at or utcnow()
    activity = Activity(
        id=uuid.uuid4(), account_id=account_id, owner_id=account.owner_id,
        team_id=account.team_id, kind=entry.kind, outcome=entry.outcome, notes=entry.notes,
        next_follow_up_on=entry.next_follow_up_on, contact_id=entry.contact_id,
        occurred_at=when, author_id=author_id, done=False,
    )
    session.add(activity)
    session.flush()
    if entry.kind in CONVERSATION_KINDS and (
            account.last_contact_at is None or when >= account.last_contact_at):
        account.last_contact_at = when
    # The newest activity's follow-up date is the account's next step; an entry with
    # none clears it, which is how a rep says "nothing more planned".
    newest = session.scalar(
        select(Activity.id).where(Activity.account_id == account_id,
                                  Activity.deleted.is_(False))
        .order_by(Activity.occurred_at.desc(), Activity.id.desc()).limit(1))
    if newest == activity.id:
        account.next_follow_up_on = entry.next_follow_up_on
    account.status = derive_status(account.status, facts_for(session, account_id))
    return activity.id


def new_account(session: Session, *, name: str, owner_id: uuid.UUID | None,
                team_id: uuid.UUID | None, website: str | None = None,
                phone: str | None = None, region: str = "CN", **fields: object) -> uuid.UUID:
    """Create an account with its matching keys filled in. Run the duplicate check first."""
    if not name.strip():
        raise ValueError("A company needs a name.")
    account = Account(
        id=uuid.uuid4(), name=name.strip(), name_key=company_key(name), website=website,
        domain=website_domain(website), phone=phone, phone_e164=phone_key(phone, region),
        owner_id=owner_id, team_id=team_id, status=Status.LEAD, custom_fields={},
        **fields,
    )
    session.add(account)
    session.flush()
    return account.id


def new_contact(session: Session, account_id: uuid.UUID, *, name: str,
                mobile: str | None = None, landline: str | None = None,
                email: str | None = None, region: str = "CN", **fields: object) -> uuid.UUID:
    """Add a contact to an account with normalised phone and email keys."""
    account = session.get(Account, account_id)
    if account is None or account.deleted:
        raise NotFound("This account no longer exists.")
    if not name.strip():
        raise ValueError("A contact needs a name.")
    contact = Contact(
        id=uuid.uuid4(), account_id=account_id, owner_id=account.owner_id,
        team_id=account.team_id, name=name.strip(), mobile=mobile,
        mobile_e164=phone_key(mobile, region), landline=landline,
        landline_e164=phone_key(landline, region), email=email,
        email_domain=email_domain(email), **fields,
    )
    session.add(contact)
    session.flush()
    return contact.id
