"""Finding likely duplicate accounts in a workspace, using the rules in domain.dedupe."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import datetime
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import bindparam, func, or_, select, text
from sqlalchemy.orm import Session

from crmdesk.domain.dedupe import (
    FUZZY_THRESHOLD,
    Candidate,
    Cluster,
    Identity,
    clusters,
    company_words,
    name_similarity,
    rank,
)
from crmdesk.domain.merge import MERGE_FIELDS, History, MergeSide
from crmdesk.store.db import raw_connection
from crmdesk.store.models import (
    Account,
    Activity,
    Contact,
    Contract,
    Opportunity,
    OutboxEntry,
    Payment,
)


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


def _similar_keys(session: Session, new: Identity, limit: int) -> list[str]:
    """Ids (hex) of accounts whose name is similar to `new`'s.

    Names are compared by their stored exact-match keys (distinctive words, no spaces),
    read as plain strings: scanning 100k names this way takes tens of milliseconds,
    where re-deriving every name's words would take a second. The few that come close
    are then judged on their words by the domain rule.
    """
    # Plain tuples from the driver: building 100k ORM rows would cost more than the match.
    cursor = raw_connection(session).cursor()
    rows = cursor.execute(
        "SELECT id, name_key FROM accounts WHERE deleted = 0 AND name_key != ''").fetchall()
    hits = process.extract(new.key, [r[1] for r in rows], scorer=fuzz.ratio, score_cutoff=80,
                           limit=limit * 5)
    close = [rows[i][0] for _k, _s, i in hits]
    if not close:
        return []
    found = session.execute(text("SELECT id, name FROM accounts WHERE id IN :ids")
                            .bindparams(bindparam("ids", expanding=True)), {"ids": close})
    names: dict[str, str] = {row[0]: row[1] for row in found}
    return [hex_id for hex_id in close
            if name_similarity(new.words, company_words(names[hex_id])) >= FUZZY_THRESHOLD
            ][:limit]


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
        found.update(uuid.UUID(hex_id) for hex_id in _similar_keys(session, new, limit))
    if not found:
        return []
    return rank(new, identities(session, found))[:limit]


# An account's insert is journaled with every column (see store.journal); its later
# edits carry only what changed.
_INSERTED = frozenset(c.key for c in Account.__table__.columns) - {"id", "updated_at"}


def merge_side(account: Account, history: History | None = None,
               created: datetime | None = None) -> MergeSide:
    """The account as the merge rules see it (history uncounted unless given)."""
    return MergeSide(account.id, {f: getattr(account, f) for f in MERGE_FIELDS},
                     history or History(), account.acquired_on, created)


def _history(session: Session, account_id: uuid.UUID) -> History:
    def live(model: Any) -> Any:
        return select(func.count()).where(model.account_id == account_id,
                                          model.deleted.is_(False)).scalar_subquery()

    row = session.execute(select(*(live(m) for m in (Contact, Activity, Opportunity,
                                                     Contract, Payment)))).one()
    return History(*(int(n) for n in row))


def _made_here(session: Session, account_id: uuid.UUID) -> datetime | None:
    """When this laptop made the account, if its insert still waits to be sent."""
    entries = session.execute(select(OutboxEntry.created_at, OutboxEntry.fields).where(
        OutboxEntry.entity == Account.__tablename__, OutboxEntry.row_id == account_id)
        .order_by(OutboxEntry.seq))
    return next((at for at, fields in entries if fields.keys() >= _INSERTED), None)


def merge_pair(session: Session, first: uuid.UUID, second: uuid.UUID
               ) -> tuple[MergeSide, MergeSide] | None:
    """Both accounts as the merge dialog compares them, with their history counted, in
    the order given; None if either is gone."""
    sides = []
    for account_id in (first, second):
        account = session.get(Account, account_id)
        if account is None or account.deleted:
            return None
        sides.append(merge_side(account, _history(session, account_id),
                                _made_here(session, account_id)))
    return sides[0], sides[1]
