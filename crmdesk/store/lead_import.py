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
from crmdesk.domain.lead_import import ParsedBatch, RowProblem
from crmdesk.store.duplicates import identities
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
    index = _Index(identities(session))
    for row in parsed.rows:
        new = identity(row.name, row.name, (row.phone, row.mobile), (row.email,),
                       row.website, region)
        reason = index.duplicate_reason(new)
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
        index.add(new)  # later rows of the same file are checked against this one too
    batch.row_count = len(result.created)
    return result
