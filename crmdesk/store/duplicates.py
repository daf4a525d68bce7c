"""Finding likely duplicate accounts in a workspace, using the rules in domain.dedupe."""

from __future__ import annotations

import uuid
from collections import defaultdict

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from crmdesk.domain.dedupe import (
    Candidate,
    Cluster,
    Identity,
    clusters,
    company_words,
    rank,
    similar_names,
)
from crmdesk.store.models import Account, Contact


def identities(session: Session, ids: set[uuid.UUID] | None = None) -> list[Identity]:
    """Matching keys of every live account (or those in `ids`), contacts' keys included."""
    accounts = select(Account.id, Account.name, Account.phone_e164, Account.domain).where(
        Account.deleted.is_(False))
    people = select(Contact.account_id, Contact.mobile_e164, Contact.landline_e164,
                    Contact.email_domain).where(Contact.deleted.is_(False))
    if ids is not None:
        accounts = accounts.where(Account.id.in_(ids))
        people = people.where(Contact.account_id.in_(ids))
    phones: dict[uuid.UUID, set[str]] = defaultdict(set)
    domains: dict[uuid.UUID, set[str]] = defaultdict(set)
    for account_id, mobile, landline, domain in session.execute(people):
        phones[account_id].update(p for p in (mobile, landline) if p)
        if domain:
            domains[account_id].add(domain)
    out: list[Identity] = []
    for account_id, name, phone, domain in session.execute(accounts):
        if phone:
            phones[account_id].add(phone)
        if domain:
            domains[account_id].add(domain)
        out.append(Identity(account_id.hex, name, company_words(name),
                            frozenset(phones.get(account_id, ())),
                            frozenset(domains.get(account_id, ()))))
    return out


def duplicate_clusters(session: Session) -> list[Cluster]:
    """Groups of accounts that look like one company, with the reasons."""
    return clusters(identities(session))


def candidates(session: Session, new: Identity, limit: int = 10) -> list[Candidate]:
    """Existing accounts that may be the company described by `new`, reasons attached.

    Exact keys are looked up through indexes; similar names are scored over all names,
    which stays well under a keystroke's time at 100k accounts.
    """
    found: set[uuid.UUID] = set()
    key = new.key
    if key:
        found.update(session.scalars(select(Account.id).where(
            Account.name_key == key, Account.deleted.is_(False))))
    if new.phones:
        found.update(session.scalars(select(Account.id).where(
            Account.phone_e164.in_(new.phones), Account.deleted.is_(False))))
        found.update(session.scalars(select(Contact.account_id).where(
            or_(Contact.mobile_e164.in_(new.phones), Contact.landline_e164.in_(new.phones)),
            Contact.deleted.is_(False))))
    if new.domains:
        found.update(session.scalars(select(Account.id).where(
            Account.domain.in_(new.domains), Account.deleted.is_(False))))
        found.update(session.scalars(select(Contact.account_id).where(
            Contact.email_domain.in_(new.domains), Contact.deleted.is_(False))))
    if new.words:
        all_names = session.execute(
            select(Account.id, Account.name).where(Account.deleted.is_(False))).all()
        words = [company_words(name) for _, name in all_names]
        found.update(all_names[i][0] for i in similar_names(new.words, words, limit=limit))
    if not found:
        return []
    return rank(new, identities(session, found))[:limit]
