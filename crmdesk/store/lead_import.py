"""Importing leads into the workspace: the known companies to match them against, and
the bulk write of the rows an import keeps (one lead batch, one account per new company
with its contact, each journaled for sync as any single entry is)."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.domain.dedupe import company_key, email_domain, key_of_words, website_domain
from crmdesk.domain.lead_import import (
    FIELDS,
    LeadRow,
    Outcome,
    ParsedBatch,
    RowProblem,
    sort_out,
)
from crmdesk.domain.lifecycle import Status
from crmdesk.domain.words import Counted, Worded, tr_noop
from crmdesk.store import derived
from crmdesk.store.db import raw_connection
from crmdesk.store.deferred import (
    ROLLUP_COLUMNS,
    create_triggers,
    drop_triggers,
    index_from_view,
    is_deferred,
)
from crmdesk.store.duplicates import identities
from crmdesk.store.journal import insert_new
from crmdesk.store.models import Account, Channel, Contact, LeadBatch
from crmdesk.store.records import search_documents
from crmdesk.store.review import kept_facts
from crmdesk.store.writes import Refused


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
        raise Refused(tr_noop("Say which channel the leads came from."))
    found = session.scalar(select(Channel.id).where(Channel.name == name.strip(),
                                                    Channel.deleted.is_(False)))
    if found is not None:
        return found
    names = channel_names(session)
    raise UnknownChannel(Worded(
        tr_noop("No channel “{0}”. Channels: {1}. An administrator adds channels on the "
                "server (crmdesk-server channel add NAME); they arrive with the next sync."),
        name.strip(), ", ".join(names) or Worded(tr_noop("none yet"))))


#: The longest text each imported field may hold (the columns it is stored in).
_LIMITS: dict[str, int] = {
    key: int(column.type.length)
    for key, column in (("name", Account.name), ("website", Account.website),
                        ("phone", Account.phone), ("region", Account.region),
                        ("industry", Account.industry), ("contact", Contact.name),
                        ("title", Contact.title), ("mobile", Contact.mobile),
                        ("email", Contact.email))
    if getattr(column.type, "length", None) is not None}


def too_long(row: LeadRow) -> str | None:
    """Why a row holds a value longer than the column it goes to (as the card says it
    of a field), or None."""
    for key, length in _LIMITS.items():
        if len(value := getattr(row, key)) > length:
            return Counted("{0} is at most %n character(s); this one has {1}.", "", length,
                           Worded(FIELDS[key]), len(value))
    return None


def fitting(row: LeadRow) -> LeadRow | RowProblem:
    """The row, or its problem when a value is longer than its column."""
    problem = too_long(row)
    return row if problem is None else RowProblem(row.line, problem, row.name[:80], row.name)


#: Rows written per statement: progress and Cancel are looked at between them.
CHUNK = 5000


class Cancelled(Exception):
    """The user cancelled the import; the transaction it ran in is rolled back."""


def _account_row(row: LeadRow, *, owner_id: uuid.UUID | None, team_id: uuid.UUID | None,
                 channel_id: uuid.UUID, batch_id: uuid.UUID, received_on: date
                 ) -> dict[str, Any]:
    """The account a row makes, with the values and keys writes.new_account gives one."""
    key = company_key(row.name) if row.words is None else key_of_words(row.words)
    return {"id": uuid.uuid4(), "name": row.name.strip(), "name_key": key,
            "website": row.website or None, "domain": website_domain(row.website or None),
            "phone": row.phone or None, "phone_e164": row.phone_e164,
            "owner_id": owner_id, "team_id": team_id, "status": Status.LEAD,
            "custom_fields": {}, "assigned_on": received_on if owner_id else None,
            "region": row.region or None, "industry": row.industry or None,
            "channel_id": channel_id, "batch_id": batch_id, "acquired_on": received_on}


def _contact_row(row: LeadRow, account: dict[str, Any]) -> dict[str, Any]:
    """Its key person, as writes.new_contact makes one."""
    return {"id": uuid.uuid4(), "account_id": account["id"], "owner_id": account["owner_id"],
            "team_id": account["team_id"], "name": row.contact.strip(),
            "title": row.title or None, "mobile": row.mobile or None,
            "mobile_e164": row.mobile_e164, "email": row.email or None,
            "email_domain": email_domain(row.email or None), "is_key_person": True}


def write_leads(session: Session, rows: Sequence[LeadRow], *, channel_id: uuid.UUID,
                owner_id: uuid.UUID | None, team_id: uuid.UUID | None, file_name: str,
                received_on: date,
                progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None
                ) -> tuple[uuid.UUID | None, list[uuid.UUID]]:
    """Write the lead batch and, for each row, its account and key person, in the
    caller's transaction; returns the batch's id and each row's new account id. No
    rows, no batch (None): an empty batch would sit in the channel's figures and sync
    to the server for nothing.

    Rows go in CHUNK at a time as plain inserts, each journaled as a single entry would
    be (store.journal.insert_new): an import of 100k rows is not 200k flushes. Raises
    Cancelled when `cancelled` says so between chunks (the caller rolls back)."""
    if not rows:
        return None, []
    # the batch is a shared list the server lets no rep change later: it is written
    # once, with its count, and never updated
    batch = LeadBatch(id=uuid.uuid4(), channel_id=channel_id, received_on=received_on,
                      file_name=file_name, row_count=len(rows), owner_id=owner_id,
                      team_id=team_id)
    session.add(batch)
    session.flush()  # before the accounts that refer to it
    made: list[uuid.UUID] = []
    # the search index, the rollups and the review's facts are brought up to date once
    # for the whole batch, not by triggers per row (DESIGN.md, Data): several times
    # cheaper; all of it inside this transaction, so a rollback puts the triggers back
    triggers = _insert_triggers_down(session)
    for start in range(0, len(rows), CHUNK):
        if cancelled is not None and cancelled():
            raise Cancelled
        chunk = rows[start : start + CHUNK]
        accounts = [_account_row(row, owner_id=owner_id, team_id=team_id,
                                 channel_id=channel_id, batch_id=batch.id,
                                 received_on=received_on) for row in chunk]
        people = [_contact_row(row, account)
                  for row, account in zip(chunk, accounts, strict=True) if row.contact]
        insert_new(session, Account, accounts)
        insert_new(session, Contact, people)
        made += [account["id"] for account in accounts]
        if progress is not None:
            progress(len(made), len(rows))
    if triggers is not None:
        _catch_up_batch(session, batch.id, triggers)
    # status and value score follow from the new facts, computed once for them all
    derived.refresh(session, None, made)
    return batch.id, made


#: The tables an import adds rows to.
_SEARCHED = ("accounts", "contacts")
#: The triggers kept by a row's insert into them that the import takes down and does the
#: work of once for the whole batch (by name prefix): the search index, each account's
#: rollup (models.AccountRollup) and the review's facts (store.review.kept_facts). Row
#: by row they cost more than writing the rows (at 80k new leads: about 20 s of CPU).
_BATCHED = ("search_", "rollup_", "review_facts_")


def _insert_triggers_down(session: Session) -> list[tuple[str, str]] | None:
    """Drop the insert triggers on accounts and contacts that `_BATCHED` names, returning
    their names and definitions; None when they are not kept now (a first sync took them
    down: all is rebuilt whole afterwards) or the database has none (the server)."""
    if session.get_bind().dialect.name != "sqlite":
        return None
    conn = raw_connection(session)
    if is_deferred(conn):
        return None
    return drop_triggers(conn, _BATCHED, tables=_SEARCHED, inserts_only=True)


#: The batch's new accounts, by the batch id as parameter.
_MINE = "SELECT id FROM accounts WHERE batch_id = ?"


def _catch_up_batch(session: Session, batch_id: uuid.UUID,
                    triggers: list[tuple[str, str]]) -> None:
    """Do for the batch's accounts and their people what the dropped triggers would
    have done row by row, and put the triggers back."""
    conn = raw_connection(session)
    batch = batch_id.hex
    dropped = {name for name, _sql in triggers}
    if any(name.startswith("search_") for name in dropped):
        _index_batch(conn, batch)
    if any(name.startswith("rollup_") for name in dropped):
        conn.execute(f"INSERT OR REPLACE INTO account_rollup ({ROLLUP_COLUMNS}) SELECT "
                     f"{ROLLUP_COLUMNS} FROM account_rollup_source WHERE account_id IN "
                     f"({_MINE})", (batch,))
    if any(name.startswith("review_facts_") for name in dropped):
        # a new account's facts come from records that name it, and no record can name
        # an id made in this transaction (foreign keys): each trigger's update finds
        # nothing. Were that ever not so, every fact is computed again.
        named = conn.execute(
            f"SELECT EXISTS (SELECT 1 FROM activities WHERE account_id IN ({_MINE})) OR "
            f"EXISTS (SELECT 1 FROM opportunities WHERE account_id IN ({_MINE}))",
            (batch, batch)).fetchone()[0]
        if named:
            kept_facts.refill(conn)
    create_triggers(conn, [sql for _name, sql in triggers])


def _index_batch(conn: sqlite3.Connection, batch: str) -> None:
    """Index the batch's accounts and their people for search, as the dropped triggers
    would have row by row."""
    for searched in search_documents():
        if searched.table not in _SEARCHED:
            continue
        account = searched.company_column or "id"
        mine = f"SELECT id FROM {searched.table} WHERE {account} IN ({_MINE})"
        conn.execute(f"INSERT OR IGNORE INTO search_doc (kind, ref_id, account_id) SELECT "
                     f"'{searched.doc_kind}', id, {account} FROM {searched.table} "
                     f"WHERE id IN ({mine})", (batch,))
        conn.execute(index_from_view(searched.view, f"s.ref_id IN ({mine})"), (batch,))


@dataclass
class ImportResult:
    """What a whole-file import did (crmdesk.app.lead_import gives the full report)."""

    batch_id: uuid.UUID | None  # None: nothing was imported, so no batch was written
    created: list[uuid.UUID] = field(default_factory=list)
    skipped: list[RowProblem] = field(default_factory=list)  # known, or repeated in the file
    problems: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)


def import_leads(session: Session, parsed: ParsedBatch, *, channel_id: uuid.UUID,
                 owner_id: uuid.UUID | None, team_id: uuid.UUID | None, file_name: str,
                 received_on: date, region: str | None = None) -> ImportResult:
    """Import every row of a parsed file that is not already in the workspace (or
    earlier in the file), in the caller's transaction, by the rules every import
    follows (domain.lead_import.sort_out). `region` is unused: the rows' numbers were
    read when the file was parsed."""
    del region
    items: list[LeadRow | RowProblem] = sorted(
        [*(fitting(row) for row in parsed.rows), *parsed.problems], key=lambda item: item.line)
    verdicts = sort_out(items, identities(session))
    keep = [v.row for v in verdicts if v.row is not None]
    batch_id, created = write_leads(session, keep, channel_id=channel_id,
                                    owner_id=owner_id, team_id=team_id,
                                    file_name=file_name, received_on=received_on)
    result = ImportResult(batch_id, created)
    for verdict in verdicts:
        if verdict.outcome is Outcome.MATCHED or (verdict.outcome is Outcome.SKIPPED
                                                  and not verdict.text):
            result.skipped.append(RowProblem(verdict.line, verdict.reason, verdict.name))
        elif verdict.outcome is Outcome.SKIPPED:
            result.problems.append(RowProblem(verdict.line, verdict.reason, verdict.text))
        elif verdict.row is not None:
            result.warnings += [RowProblem(verdict.line, w) for w in verdict.row.warnings]
    return result
