"""Importing a parsed lead batch into the workspace: one lead batch row, one account per
new company (with its contact), duplicates skipped with their reasons."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from crmdesk.domain.dedupe import company_key, email_domain, phone_key, website_domain
from crmdesk.domain.lead_import import LeadRow, ParsedBatch, RowProblem
from crmdesk.store.models import Channel, ChannelKind, LeadBatch
from crmdesk.store.writes import Refused, new_account, new_contact


@dataclass(frozen=True, slots=True)
class Skipped:
    line: int
    name: str
    reason: str


@dataclass
class ImportResult:
    batch_id: uuid.UUID
    created: list[uuid.UUID] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)


def _known(session: Session) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Existing names, phones and domains (key -> company name) for exact matching."""
    names: dict[str, str] = {}
    phones: dict[str, str] = {}
    domains: dict[str, str] = {}
    for key, name, phone, domain in session.execute(text(
            "SELECT name_key, name, phone_e164, domain FROM accounts WHERE deleted = 0")):
        names.setdefault(key, name)
        if phone:
            phones.setdefault(phone, name)
        if domain:
            domains.setdefault(domain, name)
    for mobile, landline, domain, name in session.execute(text(
            "SELECT c.mobile_e164, c.landline_e164, c.email_domain, a.name FROM contacts c "
            "JOIN accounts a ON a.id = c.account_id WHERE c.deleted = 0 AND a.deleted = 0")):
        for phone in (mobile, landline):
            if phone:
                phones.setdefault(phone, name)
        if domain:
            domains.setdefault(domain, name)
    return names, phones, domains


def _duplicate(row: LeadRow, known: tuple[dict[str, str], dict[str, str], dict[str, str]],
               region: str) -> str | None:
    names, phones, domains = known
    key = company_key(row.name)
    if key and key in names:
        return f"same company name as “{names[key]}”"
    for raw in (row.phone, row.mobile):
        phone = phone_key(raw, region)
        if phone and phone in phones:
            return f"phone {phone} already belongs to “{phones[phone]}”"
    for domain in (website_domain(row.website), email_domain(row.email)):
        if domain and domain in domains:
            return f"domain {domain} already belongs to “{domains[domain]}”"
    return None


def channel_named(session: Session, name: str) -> uuid.UUID:
    """The channel of that name, made on first use (a new source of leads)."""
    found = session.scalar(select(Channel.id).where(Channel.name == name.strip()))
    if found is not None:
        return found
    if not name.strip():
        raise Refused("Say which channel the leads came from.")
    channel = Channel(id=uuid.uuid4(), name=name.strip(), kind=ChannelKind.COLD_LIST)
    session.add(channel)
    session.flush()
    return channel.id


def import_leads(session: Session, parsed: ParsedBatch, *, channel_id: uuid.UUID,
                 owner_id: uuid.UUID | None, team_id: uuid.UUID | None, file_name: str,
                 received_on: date, region: str = "CN") -> ImportResult:
    """Import every row that is not already in the workspace (or earlier in the file).

    Runs in the caller's transaction, so a failure part-way leaves nothing behind.
    Rows go through the same writes as the dialogs, so each is journaled for sync.
    """
    batch = LeadBatch(id=uuid.uuid4(), channel_id=channel_id, received_on=received_on,
                      file_name=file_name, row_count=0, owner_id=owner_id, team_id=team_id)
    session.add(batch)
    result = ImportResult(batch.id, problems=list(parsed.problems))
    known = _known(session)
    for row in parsed.rows:
        reason = _duplicate(row, known, region)
        if reason is not None:
            result.skipped.append(Skipped(row.line, row.name, reason))
            continue
        account_id = new_account(
            session, name=row.name, owner_id=owner_id, team_id=team_id,
            website=row.website or None, phone=row.phone or None, phone_region=region,
            region=row.region or None, industry=row.industry or None, channel_id=channel_id,
            batch_id=batch.id, acquired_on=received_on)
        if row.contact:
            new_contact(session, account_id, name=row.contact, title=row.title or None,
                        mobile=row.mobile or None, email=row.email or None, phone_region=region,
                        is_key_person=True)
        result.created.append(account_id)
        result.warnings += [RowProblem(row.line, w) for w in row.warnings]
        # later rows of the same file are checked against this one too
        names, phones, domains = known
        names.setdefault(company_key(row.name), row.name)
        for raw in (row.phone, row.mobile):
            if (phone := phone_key(raw, region)) is not None:
                phones.setdefault(phone, row.name)
        for domain in (website_domain(row.website), email_domain(row.email)):
            if domain:
                domains.setdefault(domain, row.name)
    batch.row_count = len(result.created)
    return result
