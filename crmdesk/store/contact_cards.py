"""The workspace's people as vCards (crmdesk.domain.contact_cards), and what an import
of cards matches them against: the people of known companies."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.domain.contact_cards import Card, PersonKeys
from crmdesk.domain.dedupe import company_key, email_domain, phone_key
from crmdesk.store import derived
from crmdesk.store.journal import insert_new
from crmdesk.store.models import Account, Contact


def contact_cards(session: Session, account_ids: Collection[uuid.UUID] | None = None
                  ) -> list[Card]:
    """Every live person of a live company (or of `account_ids`) as a card, by company,
    its key people first, then name; the UID is the contact's id, so a card brought
    back finds them."""
    query = (select(Contact.id, Contact.name, Account.name, Contact.department,
                    Contact.title, Contact.mobile, Contact.landline, Contact.email,
                    Contact.notes, Contact.birthday)
             .join(Account, Account.id == Contact.account_id)
             .where(Contact.deleted.is_(False), Account.deleted.is_(False))
             # key people first: an import makes a new company's first card its key person
             .order_by(Account.name, Account.id, Contact.is_key_person.desc(), Contact.name,
                       Contact.id))
    if account_ids is not None:
        query = query.where(Account.id.in_(account_ids))
    return [Card(name=name, company=company, department=department or "",
                 title=title or "", mobile=mobile or "", landline=landline or "",
                 email=email or "", notes=notes or "", uid=f"urn:uuid:{contact_id}",
                 birthday=birthday)
            for contact_id, name, company, department, title, mobile, landline, email, notes,
            birthday in session.execute(query)]


def accounts_named(session: Session, name: str) -> list[uuid.UUID]:
    """The live companies called `name`: by the name as written, else by the name with
    its legal form ignored (crmdesk.domain.dedupe.company_key)."""
    live = Account.deleted.is_(False)
    found = list(session.scalars(select(Account.id).where(live, Account.name == name.strip())))
    return found or list(session.scalars(select(Account.id).where(
        live, Account.name_key == company_key(name))))


def people_of(session: Session, account_ids: Collection[uuid.UUID]
              ) -> dict[uuid.UUID, list[PersonKeys]]:
    """The live people of each company, as the keys that tell a person apart."""
    found: dict[uuid.UUID, list[PersonKeys]] = defaultdict(list)
    ordered = sorted(account_ids)
    for start in range(0, len(ordered), 500):
        for contact_id, account_id, name, mobile, landline, email in session.execute(
                select(Contact.id, Contact.account_id, Contact.name, Contact.mobile_e164,
                       Contact.landline_e164, Contact.email)
                .where(Contact.account_id.in_(ordered[start:start + 500]),
                       Contact.deleted.is_(False))):
            found[account_id].append(PersonKeys(
                name, frozenset({contact_id}),
                frozenset(p for p in (mobile, landline) if p), email or ""))
    return found


@dataclass(frozen=True, slots=True)
class NewPerson:
    """A person an import adds to a live company (its details checked already)."""

    id: uuid.UUID
    account_id: uuid.UUID
    name: str
    title: str | None = None
    department: str | None = None
    mobile: str | None = None
    landline: str | None = None
    email: str | None = None
    notes: str | None = None
    is_key_person: bool = False
    birthday: date | None = None


def add_people(session: Session, people: Sequence[NewPerson], region: str) -> None:
    """Add `people` as writes.new_contact adds one (its company's owner and team, the
    phones' and email's matching keys), in one statement, each journaled as a single
    new contact is (crmdesk.store.journal.insert_new); then their companies' derived
    values are brought up to date once (a flush and a refresh a person made an
    address book of 2,000 cards take seconds)."""
    if not people:
        return
    session.flush()  # the companies made just before, for their owners
    places: dict[uuid.UUID, tuple[uuid.UUID | None, uuid.UUID | None]] = {}
    ids = sorted({person.account_id for person in people})
    for start in range(0, len(ids), 500):
        for account_id, owner_id, team_id in session.execute(
                select(Account.id, Account.owner_id, Account.team_id)
                .where(Account.id.in_(ids[start:start + 500]))):
            places[account_id] = (owner_id, team_id)
    rows = [{"id": p.id, "account_id": p.account_id, "owner_id": places[p.account_id][0],
             "team_id": places[p.account_id][1], "name": p.name.strip(), "title": p.title,
             "department": p.department, "mobile": p.mobile,
             "mobile_e164": phone_key(p.mobile, region), "landline": p.landline,
             "landline_e164": phone_key(p.landline, region), "email": p.email,
             "email_domain": email_domain(p.email), "notes": p.notes,
             "is_key_person": p.is_key_person, "birthday": p.birthday}
            for p in people]
    insert_new(session, Contact, rows)
    derived.refresh(session, None, ids)
