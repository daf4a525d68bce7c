"""Finding likely duplicate accounts in a workspace, using the rules in domain.dedupe."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import String, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from crmdesk.domain.dedupe import (
    Candidate,
    Cluster,
    Identity,
    block_text,
    clusters,
    company_words,
    rank,
    similar_names,
)
from crmdesk.domain.merge import MERGE_FIELDS, History, MergeSide
from crmdesk.store.models import (
    Account,
    Activity,
    Contact,
    Contract,
    Opportunity,
    OutboxEntry,
    Payment,
)
from crmdesk.store.records import server_sets

_SLICE = 10_000


def _hex(value: Any) -> str:
    # SQLite hands the stored 32 hex digits over as they are; PostgreSQL a UUID
    return value if isinstance(value, str) else value.hex


def identities(session: Session, ids: set[uuid.UUID] | None = None) -> list[Identity]:
    """Matching keys of every live account (or those in `ids`), contacts' keys included.

    Ids are read as text, not made into UUIDs: for a whole workspace (the import, the
    duplicate list) that is 400k objects fewer."""
    account_id = type_coerce(Account.id, String)
    accounts = select(account_id, Account.name, Account.phone_e164, Account.domain).where(
        Account.deleted.is_(False))
    people = select(type_coerce(Contact.account_id, String), Contact.mobile_e164,
                    Contact.landline_e164, Contact.email_domain).where(
        Contact.deleted.is_(False), or_(Contact.mobile_e164.is_not(None),
                                        Contact.landline_e164.is_not(None),
                                        Contact.email_domain.is_not(None)))
    if ids is not None:
        accounts = accounts.where(Account.id.in_(ids))
        people = people.where(Contact.account_id.in_(ids))
    # keys gathered in lists (a third of a set's size), made sets once per account
    phones: dict[str, list[str]] = defaultdict(list)
    domains: dict[str, list[str]] = defaultdict(list)
    # streamed in slices: a whole workspace's 300k people never sit in memory as rows
    for owner, mobile, landline, domain in session.execute(
            people.execution_options(yield_per=_SLICE)):
        ref = _hex(owner)
        if mobile:
            phones[ref].append(mobile)
        if landline:
            phones[ref].append(landline)
        if domain:
            domains[ref].append(domain)
    out: list[Identity] = []
    empty: frozenset[str] = frozenset()
    for found, name, phone, domain in session.execute(
            accounts.execution_options(yield_per=_SLICE)):
        ref = _hex(found)
        mine = phones.pop(ref, [])
        if phone:
            mine.append(phone)
        sites = domains.pop(ref, [])
        if domain:
            sites.append(domain)
        out.append(Identity(ref, name, company_words(name),
                            frozenset(mine) if mine else empty,
                            frozenset(sites) if sites else empty))
    return out


def duplicate_clusters(session: Session) -> list[Cluster]:
    """Groups of accounts that look like one company, with the reasons."""
    return clusters(identities(session))


def _block_mates(session: Session, new: Identity) -> set[uuid.UUID]:
    """Accounts sharing a name block with `new` (domain.dedupe.name_blocks) whose names
    the rule calls similar.

    Each block is a piece of the stored name key, so the database narrows 100k names
    to those containing one (plain LIKE: the same on SQLite and PostgreSQL, no search
    index needed); their words are then derived and judged by the domain rule. SQLite
    reads the keys first, from the name-key index alone (it scans that, not the wide
    table: a few times faster), then their accounts through it; PostgreSQL reads the
    accounts in the one statement (measured at 100k accounts: half the time of the two
    steps there)."""
    blocks = new.blocks
    if not blocks:
        return set()
    pieces = sorted({block_text(b) for b in blocks})
    holds = or_(*(Account.name_key.contains(piece, autoescape=True) for piece in pieces))
    live = Account.deleted.is_(False)
    named = select(Account.id, Account.name)
    if session.get_bind().dialect.name == "postgresql":
        batches: Iterable[Iterable[Any]] = [session.execute(named.where(holds, live))]
    else:
        keys = list(session.scalars(select(Account.name_key).where(holds).distinct()))
        batches = (session.execute(named.where(
            live, Account.name_key.in_(keys[start:start + _KEYS_AT_ONCE])))
            for start in range(0, len(keys), _KEYS_AT_ONCE))
    return {account_id for rows in batches for account_id, name in rows
            if similar_names(new.words, company_words(name)) is not None}


#: Name keys looked up in one statement (within every database's limit on parameters).
_KEYS_AT_ONCE = 500


def candidates(session: Session, new: Identity, limit: int = 10) -> list[Candidate]:
    """Existing accounts that may be the company described by `new`, reasons attached:
    the one lookup behind the new-lead dialog, the card, the import and the web intake
    (which runs it on the server's PostgreSQL). It finds exactly the accounts
    `domain.dedupe.reasons` accepts: those sharing a name key, a phone or an email
    domain (through indexes) and those with a similar name in one of its blocks."""
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
        found.update(_block_mates(session, new))
    if not found:
        return []
    return rank(new, identities(session, found))[:limit]


# An account's insert is journaled with every column a laptop sends (see store.journal);
# its later edits carry only what changed.
_INSERTED = (frozenset(c.key for c in Account.__table__.columns) - {"id", "updated_at"}
             - server_sets(Account.__tablename__))


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
