"""Reads and writes behind messages: a team's templates (saved through ORM objects, so the
journal queues them for sync, after the row check the server runs too), the values a
template's merge fields take for one contact, and the people of a set of companies."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.domain.currencies import format_money
from crmdesk.domain.deals import OPEN_STAGES
from crmdesk.domain.messages import MessageChannel, template_id
from crmdesk.domain.row_checks import TEMPLATES
from crmdesk.domain.scope import Viewer, may_write, visible
from crmdesk.domain.words import lines
from crmdesk.store import row_facts
from crmdesk.store.models import (
    Account,
    Contact,
    Contract,
    MemberCard,
    MessageTemplate,
    Opportunity,
    User,
)
from crmdesk.store.records import length_problem
from crmdesk.store.refusals import Refused
from crmdesk.store.writes import refuse_bad_text


@dataclass(frozen=True, slots=True)
class TemplateRow:
    id: uuid.UUID
    team_id: uuid.UUID | None
    name: str
    channel: MessageChannel
    subject: str
    body: str


def _row(t: MessageTemplate) -> TemplateRow:
    return TemplateRow(t.id, t.team_id, t.name, t.channel, t.subject, t.body)


def templates(session: Session, me: Viewer | None = None) -> list[TemplateRow]:
    """The live templates (those `me` sees, when given), by name."""
    rows = session.scalars(select(MessageTemplate).where(MessageTemplate.deleted.is_(False))
                           .order_by(MessageTemplate.name, MessageTemplate.id))
    return [_row(t) for t in rows
            if me is None or visible(me, t.owner_id, t.team_id)]


def template_named(session: Session, name: str, me: Viewer | None = None
                   ) -> TemplateRow | None:
    """The live template called `name` (case and spacing aside) that `me` sees; of
    several teams' (an administrator's laptop), the first by team."""
    wanted = " ".join(name.split()).casefold()
    found = [t for t in templates(session, me) if " ".join(t.name.split()).casefold() == wanted]
    return found[0] if found else None


def save_template(session: Session, me: Viewer, team_id: uuid.UUID, name: str,
                  channel: MessageChannel, subject: str, body: str) -> uuid.UUID:
    """Add or change the team's template called `name` (one of a name a team), in the
    caller's unit of work. Refused, in the server's words, for someone outside the team
    or a template the server would refuse (an unknown merge field among them)."""
    refuse_bad_text(name=name, subject=subject, body=body)
    row_id = template_id(team_id, name)
    row = session.get(MessageTemplate, row_id)
    refusal = may_write(me, None if row is None else (row.owner_id, row.team_id),
                        (None, team_id))
    if refusal is not None:
        raise Refused(refusal)
    clean_name = " ".join(name.split())
    values = {"id": row_id, "owner_id": None, "team_id": team_id, "deleted": False,
              "name": clean_name, "channel": channel, "subject": subject, "body": body}
    problems = row_facts.problems(session, TEMPLATES, values)
    too_long = length_problem(TEMPLATES, values)
    if problems or too_long:
        raise Refused(lines([*problems, *([too_long] if too_long else [])]))
    if row is None:
        row = MessageTemplate(id=row_id, owner_id=None, team_id=team_id)
        session.add(row)
    row.deleted, row.name, row.channel = False, clean_name, channel
    row.subject, row.body = subject, body
    session.flush()
    return row_id


def remove_template(session: Session, me: Viewer, row_id: uuid.UUID) -> bool:
    """Remove a template (False: there was none live)."""
    row = session.get(MessageTemplate, row_id)
    if row is None or row.deleted:
        return False
    refusal = may_write(me, (row.owner_id, row.team_id), (row.owner_id, row.team_id))
    if refusal is not None:
        raise Refused(refusal)
    row.deleted = True
    session.flush()
    return True


# ---- merge values --------------------------------------------------------------------

#: SQLite's bound parameters: lists of ids are asked about in chunks of this many.
_CHUNK = 500


def merge_values(session: Session, contact_id: uuid.UUID) -> dict[str, str | None] | None:
    """What each merge field holds for this contact (None: no value), or None when the
    contact is gone (see `merge_values_of`)."""
    return merge_values_of(session, [contact_id]).get(contact_id)


def merge_values_of(session: Session, contact_ids: Sequence[uuid.UUID]
                    ) -> dict[uuid.UUID, dict[str, str | None]]:
    """What each merge field holds for each of these contacts, by contact (a contact
    gone, or of a company gone, is not among them); three queries a chunk, whatever
    the number of people. The deal is the company's largest open deal; the contract,
    the one ending last (the one a renewal is about)."""
    out: dict[uuid.UUID, dict[str, str | None]] = {}
    ids = list(dict.fromkeys(contact_ids))
    for start in range(0, len(ids), _CHUNK):
        found = session.execute(
            select(Contact.id, Contact.name, Contact.title, Account.id, Account.name,
                   User.display_name)
            .join(Account, Account.id == Contact.account_id)
            .outerjoin(User, User.id == Account.owner_id)
            .where(Contact.id.in_(ids[start:start + _CHUNK]), Contact.deleted.is_(False),
                   Account.deleted.is_(False))).all()
        accounts = list({row[3] for row in found})
        deals: dict[uuid.UUID, str] = {}
        # largest first within each company: the first row a company's is its deal
        for account_id, amount, currency in session.execute(
                select(Opportunity.account_id, Opportunity.amount, Opportunity.currency)
                .where(Opportunity.account_id.in_(accounts), Opportunity.deleted.is_(False),
                       Opportunity.stage.in_(OPEN_STAGES), Opportunity.amount.is_not(None))
                .order_by(Opportunity.account_id, Opportunity.amount.desc(),
                          Opportunity.id)):
            if account_id not in deals:
                deals[account_id] = format_money(amount, currency)
        ends: dict[uuid.UUID, date] = {
            account_id: last for account_id, last in session.execute(
                select(Contract.account_id, func.max(Contract.ends_on))
                .where(Contract.account_id.in_(accounts), Contract.deleted.is_(False))
                .group_by(Contract.account_id)) if last is not None}
        members = _member_values(session, accounts)
        for contact_id, name, title, account_id, company, owner in found:
            end = ends.get(account_id)
            out[contact_id] = {
                "contact.name": name, "contact.title": title, "company.name": company,
                "owner.name": owner, "deal.amount": deals.get(account_id),
                "contract.end_date": None if end is None else end.isoformat(),
                **members.get(account_id, NO_CARD)}
    return out


#: The membership merge fields of a customer without a member card.
NO_CARD: dict[str, str | None] = dict.fromkeys(
    ("member.number", "member.balance", "member.level", "member.points"))


def _member_values(session: Session, account_ids: Sequence[uuid.UUID]
                   ) -> dict[uuid.UUID, dict[str, str | None]]:
    """The membership merge fields of those of these customers that hold a card (one
    query for all; the few with a card read their standing)."""
    from crmdesk.store.membership import member_values  # it reads these values too

    carded = session.scalars(select(MemberCard.account_id).where(
        MemberCard.account_id.in_(account_ids), MemberCard.deleted.is_(False))).all()
    return {account_id: member_values(session, account_id) for account_id in carded}


# ---- who a message goes to -------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Person:
    """A live contact a message may go to."""

    contact_id: uuid.UUID
    account_id: uuid.UUID
    name: str
    email: str | None
    mobile: str | None
    opted_out: bool


_PERSON = (Contact.id, Contact.account_id, Contact.name, Contact.email,
           func.coalesce(Contact.mobile_e164, Contact.mobile), Contact.opted_out)


def people_of(session: Session, account_ids: Sequence[uuid.UUID]) -> list[Person]:
    """The live contacts of these live companies, the companies in the order given."""
    out: list[Person] = []
    for start in range(0, len(account_ids), _CHUNK):
        chunk = list(account_ids[start:start + _CHUNK])
        rows = session.execute(select(*_PERSON).join(Account, Account.id == Contact.account_id)
                               .where(Contact.account_id.in_(chunk),
                                      Contact.deleted.is_(False), Account.deleted.is_(False))
                               .order_by(Contact.name, Contact.id)).all()
        order = {a: i for i, a in enumerate(chunk)}
        out += sorted((Person(*r) for r in rows), key=lambda p: order[p.account_id])
    return out


def person(session: Session, contact_id: uuid.UUID) -> Person | None:
    return next(iter(people(session, [contact_id])), None)


def people(session: Session, contact_ids: Sequence[uuid.UUID]) -> list[Person]:
    """These live contacts of live companies, in the order given, each once (one
    query a chunk)."""
    ids = list(dict.fromkeys(contact_ids))
    found: dict[uuid.UUID, Person] = {}
    for start in range(0, len(ids), _CHUNK):
        found.update((p.contact_id, p) for p in (Person(*r) for r in session.execute(
            select(*_PERSON).join(Account, Account.id == Contact.account_id)
            .where(Contact.id.in_(ids[start:start + _CHUNK]), Contact.deleted.is_(False),
                   Account.deleted.is_(False)))))
    return [found[c] for c in ids if c in found]


def accounts_matching(session: Session, text: str) -> list[uuid.UUID]:
    """The live companies whose name holds `text` (case aside), by name."""
    return list(session.scalars(select(Account.id).where(
        Account.deleted.is_(False), Account.name.icontains(text, autoescape=True))
        .order_by(Account.name, Account.id)))
