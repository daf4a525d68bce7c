"""Importing a parsed lead batch into the workspace: one lead batch row, one account per
new company (with its contact), duplicates skipped with their reasons."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.domain.dedupe import Identity, identity, reasons
from crmdesk.domain.lead_import import LeadRow, ParsedBatch, RowProblem
from crmdesk.store.duplicates import identities
from crmdesk.store.models import Account, Channel, Contact, LeadBatch
from crmdesk.store.workspace_keys import PHONE_REGION
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


class _Index:
    """Existing companies by their exact keys, for checking a whole file quickly; the
    reasons come from the same domain rule as every other way a lead comes in."""

    def __init__(self, known: list[Identity]) -> None:
        self._by: dict[str, list[Identity]] = defaultdict(list)
        for record in known:
            self.add(record)

    def add(self, record: Identity) -> None:
        for key in record.match_keys():
            self._by[key].append(record)

    def duplicate_reason(self, new: Identity) -> str | None:
        for key in new.match_keys():
            for other in self._by.get(key, ()):
                why = reasons(new, other)
                if why:
                    return f"{why[0]}: “{other.name}”"
        return None


class UnknownChannel(Refused):
    """No channel of that name: channels are made by an administrator on the server and
    reach the laptops by sync, so a rep imports only under one that exists."""


def channel_names(session: Session) -> list[str]:
    """The channels a batch may come from, by name."""
    return list(session.scalars(select(Channel.name).where(Channel.deleted.is_(False))
                                .order_by(Channel.name)))


def channel_named(session: Session, name: str) -> uuid.UUID:
    """The channel of that name (never made here: see UnknownChannel)."""
    if not name.strip():
        raise Refused("Say which channel the leads came from.")
    found = session.scalar(select(Channel.id).where(Channel.name == name.strip(),
                                                    Channel.deleted.is_(False)))
    if found is not None:
        return found
    names = channel_names(session)
    raise UnknownChannel(
        f"No channel “{name.strip()}”. Channels: {', '.join(names) or 'none yet'}. "
        "An administrator adds channels on the server (crmdesk-server channel add NAME); "
        "they arrive with the next sync.")


#: The longest text each imported field may hold (the columns it is stored in).
_LIMITS = {"name": Account.name, "website": Account.website, "phone": Account.phone,
           "region": Account.region, "industry": Account.industry,
           "contact": Contact.name, "title": Contact.title, "mobile": Contact.mobile,
           "email": Contact.email}


def _too_long(row: LeadRow) -> str | None:
    for key, column in _LIMITS.items():
        length = getattr(column.type, "length", None)
        value = getattr(row, key)
        if length is not None and len(value) > length:
            return f"its {key} is longer than {length} characters"
    return None


def import_leads(session: Session, parsed: ParsedBatch, *, channel_id: uuid.UUID,
                 owner_id: uuid.UUID | None, team_id: uuid.UUID | None, file_name: str,
                 received_on: date, region: str | None = None) -> ImportResult:
    """Import every row that is not already in the workspace (or earlier in the file).
    Phones written without a country code are read in `region` (by default the
    workspace's, `PHONE_REGION`).

    Runs in the caller's transaction, so a failure part-way leaves nothing behind.
    Rows go through the same writes as the dialogs, so each is journaled for sync.
    """
    region = PHONE_REGION.get(session) if region is None else region
    result = ImportResult(uuid.uuid4(), problems=list(parsed.problems))
    index = _Index(identities(session))
    new: list[LeadRow] = []
    for row in parsed.rows:
        too_long = _too_long(row)
        if too_long is not None:
            result.problems.append(RowProblem(row.line, too_long, row.name[:80]))
            continue
        found = identity(row.name, row.name, (row.phone, row.mobile), (row.email,),
                         row.website, region)
        reason = index.duplicate_reason(found)
        if reason is not None:
            result.skipped.append(Skipped(row.line, row.name, reason))
            continue
        new.append(row)
        index.add(found)  # later rows of the same file are checked against this one too
    result.problems.sort(key=lambda problem: problem.line)
    # the batch is a shared list the server lets no rep change later: it is written
    # once, with its count, and never updated
    batch = LeadBatch(id=result.batch_id, channel_id=channel_id, received_on=received_on,
                      file_name=file_name, row_count=len(new), owner_id=owner_id,
                      team_id=team_id)
    session.add(batch)
    session.flush()  # before the accounts that refer to it
    for row in new:
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
    return result
