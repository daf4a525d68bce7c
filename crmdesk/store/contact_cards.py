"""The workspace's people as vCards (crmdesk.domain.contact_cards), and what an import
of cards matches them against: the people of known companies."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.domain.contact_cards import Card, PersonKeys
from crmdesk.domain.dedupe import company_key
from crmdesk.store.models import Account, Contact


def contact_cards(session: Session, account_ids: Collection[uuid.UUID] | None = None
                  ) -> list[Card]:
    """Every live person of a live company (or of `account_ids`) as a card, by company,
    its key people first, then name; the UID is the contact's id, so a card brought
    back finds them."""
    query = (select(Contact.id, Contact.name, Account.name, Contact.department,
                    Contact.title, Contact.mobile, Contact.landline, Contact.email,
                    Contact.notes)
             .join(Account, Account.id == Contact.account_id)
             .where(Contact.deleted.is_(False), Account.deleted.is_(False))
             # key people first: an import makes a new company's first card its key person
             .order_by(Account.name, Account.id, Contact.is_key_person.desc(), Contact.name,
                       Contact.id))
    if account_ids is not None:
        query = query.where(Account.id.in_(account_ids))
    return [Card(name=name, company=company, department=department or "",
                 title=title or "", mobile=mobile or "", landline=landline or "",
                 email=email or "", notes=notes or "", uid=f"urn:uuid:{contact_id}")
            for contact_id, name, company, department, title, mobile, landline, email, notes
            in session.execute(query)]


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
