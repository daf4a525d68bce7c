"""Finding likely duplicate accounts in a workspace, using the rules in domain.dedupe."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, String, cast, func, literal, or_, select, type_coerce, union_all
from sqlalchemy.orm import Session

from crmdesk.domain.dedupe import (
    Candidate,
    Cluster,
    Identity,
    block_text,
    clusters,
    company_words,
    rank,
    similar_to_names,
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


def _block_mates(session: Session, news: Sequence[Identity]) -> list[set[uuid.UUID]]:
    """For each of `news`, the accounts sharing a name block with it
    (domain.dedupe.name_blocks) whose names the rule calls similar.

    Each block is a piece of the stored name key, so the database narrows 100k names
    to those containing one (plain LIKE: the same on SQLite and PostgreSQL, no search
    index needed), every piece of `news` in one statement; their words are then derived
    and judged by the domain rule, in bulk (domain.dedupe.similar_to_names). SQLite reads
    the keys first, from the name-key index alone (it scans that, not the wide table: a
    few times faster), then their accounts through it; PostgreSQL reads the accounts in
    the one statement (measured at 100k accounts: half the time of the two steps
    there)."""
    out: list[set[uuid.UUID]] = [set() for _ in news]
    pieces = sorted({block_text(b) for new in news for b in new.blocks})
    if not pieces:
        return out
    holds = or_(*(Account.name_key.contains(piece, autoescape=True) for piece in pieces))
    live = Account.deleted.is_(False)
    named = select(cast(Account.id, String), Account.name)
    if session.get_bind().dialect.name == "postgresql":
        batches: Iterable[Iterable[Any]] = [session.execute(named.where(holds, live))]
    else:
        keys = list(session.scalars(select(Account.name_key).where(holds).distinct()))
        batches = (session.execute(named.where(
            live, Account.name_key.in_(keys[start:start + _KEYS_AT_ONCE])))
            for start in range(0, len(keys), _KEYS_AT_ONCE))
    rows = [row for rows in batches for row in rows]
    # judged by name alone (the keys the lookups find are found by them); a hundred
    # names an enquiry at 10k accounts, so no record is made of them, and an id is made
    # a UUID only when its name is alike
    for i, j in similar_to_names(news, [name for _account, name in rows]):
        out[i].add(uuid.UUID(rows[j][0]))
    return out


#: Name keys looked up in one statement (within every database's limit on parameters).
_KEYS_AT_ONCE = 500


def candidates(session: Session, new: Identity, limit: int = 10) -> list[Candidate]:
    """Existing accounts that may be the company described by `new`, reasons attached:
    the one lookup behind the new-lead dialog, the card, the import and the web intake
    (which runs it on the server's PostgreSQL, for a batch of enquiries at once:
    `candidates_of`). It finds exactly the accounts `domain.dedupe.reasons` accepts:
    those sharing a name key, a phone or an email domain (through indexes) and those
    with a similar name in one of its blocks."""
    return candidates_of(session, [new], limit)[0]


#: Finds each new record's block-mates that the rule calls similar (`_block_mates`).
BlockMates = Callable[[Session, Sequence[Identity]], list[set[uuid.UUID]]]


def candidates_of(session: Session, news: Sequence[Identity], limit: int = 10,
                  block_mates: BlockMates | None = None) -> list[list[Candidate]]:
    """`candidates` of each of `news`, looked up together: one statement for every exact
    key of all of them and one for their name blocks, not a few for each; each one's
    answer is the one it gets alone. `block_mates`: how the similar names are found
    where the database keeps an index of name blocks (the server's:
    crmdesk.server.name_blocks); None: by the pieces of the name keys (`_block_mates`),
    with the same answer."""
    found: list[set[uuid.UUID]] = [set() for _ in news]
    names, phones, domains = (defaultdict(list) for _ in range(3))
    for i, new in enumerate(news):
        if new.key:
            names[new.key].append(i)
        for phone in new.phones:
            phones[phone].append(i)
        for domain in new.domains:
            domains[domain].append(i)

    # every kind of exact key in one statement (a round trip, not five), each row saying
    # which kind it matched: an account's name key, phone or domain, or its person's
    # mobile, landline or email domain, each through its own index
    live = Account.deleted.is_(False)
    live_person = Contact.deleted.is_(False)
    index = {"n": names, "p": phones, "d": domains}
    parts: list[Select[Any, Any, Any]] = [
        select(owner, literal(kind), column).where(column.in_(list(index[kind])), alive)
        for kind, owner, column, alive in (
            ("n", Account.id, Account.name_key, live),
            ("p", Account.id, Account.phone_e164, live),
            ("p", Contact.account_id, Contact.mobile_e164, live_person),
            ("p", Contact.account_id, Contact.landline_e164, live_person),
            ("d", Account.id, Account.domain, live),
            ("d", Contact.account_id, Contact.email_domain, live_person))
        if index[kind]]
    if parts:
        for account_id, kind, key in session.execute(
                union_all(*parts) if len(parts) > 1 else parts[0]):
            for i in index[kind].get(key, ()):
                found[i].add(account_id)
    if any(new.words for new in news):
        for mine, mates in zip(found, (block_mates or _block_mates)(session, news),
                               strict=True):
            mine.update(mates)
    everyone = set().union(*found)
    if not everyone:
        return [[] for _ in news]
    held = {ident.ref: ident for ident in identities(session, everyone)}
    return [rank(new, [held[a.hex] for a in mine if a.hex in held])[:limit]
            for new, mine in zip(news, found, strict=True)]


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
