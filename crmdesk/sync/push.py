"""Pushing the outbox: my unsent edits go to the server in order, in batches, and its
answer to each batch is recorded in one transaction with the batch leaving the outbox.

An edit the server took is done; one it refused, or whose field a later edit won, goes
to the conflict log; a record it refused to create stays where the user made it,
marked with the reason, and goes again as a whole once the user has fixed it.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from crmdesk.domain.words import Worded, tr_noop
from crmdesk.json_values import SERVER_FIELDS, snapshot, worded
from crmdesk.protocol import (
    MAX_OPS,
    PROTOCOL_VERSION,
    WORDS_HEADER,
    Op,
    OpResult,
    PushRequest,
    PushResponse,
)
from crmdesk.store import refused
from crmdesk.store import workspace_keys as keys
from crmdesk.store.journal import QUIET
from crmdesk.store.models import Base, LocalConflict, OutboxEntry
from crmdesk.store.records import server_sets
from crmdesk.sync import parking, rows
from crmdesk.sync.errors import TooLarge
from crmdesk.sync.link import Link
from crmdesk.sync.report import SyncReport
from crmdesk.sync.wire import call

#: A push body stays under this size (the server refuses more than 8 MB).
PUSH_BYTES = 4 * 1024 * 1024


def push(link: Link, report: SyncReport) -> None:
    """Send the outbox in order, in batches; each answered batch leaves the outbox.
    A batch too large for the server is halved until it fits."""
    store = link.store
    send_again(link)
    limit = MAX_OPS
    while True:
        with store.session() as session:
            entries = session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)
                                      .limit(limit)).all()
        if not entries:
            return
        ops = [Op(op_id=e.op_id, seq=e.seq, entity=e.entity, row_id=e.row_id,
                  fields=e.fields, stamp=e.stamp or store.clock.tick().encode(),
                  base=e.base_seq)
               for e in entries]
        body = PushRequest(client_id=store.client_id, protocol=PROTOCOL_VERSION,
                           ops=ops).model_dump_json().encode()
        try:
            if len(body) > PUSH_BYTES:
                raise TooLarge("over the push size")
            # this laptop reads each refusal's words (OpResult.words): a server sends them
            response = call(link.http, "POST", "/v1/push", content=body,
                            headers=link.headers | {"Content-Type": "application/json",
                                                    WORDS_HEADER: "1"})
        except TooLarge:
            if len(entries) > 1:
                limit = len(entries) // 2
                continue
            set_aside(link, entries[0], report)  # one edit the server will never take
            continue
        settle(link, PushResponse.model_validate(response.json()), entries, ops, report)


def send_again(link: Link) -> None:
    """Refused records the user has edited since (their fix) go again as whole new
    records, with the refused records that hang on them (refused for want of them),
    parents first: their unsent edits are replaced by one entry each that creates
    the row as it now stands."""
    store = link.store
    with store.session() as session:
        if not refused.count(session):  # the usual case: no write lock taken
            return
    with store.write.begin() as session:
        session.info[QUIET] = True
        marks = refused.marked(session)
        entries = [e for e in session.scalars(select(OutboxEntry))
                   if (e.entity, e.row_id) in marks]
        again = {(e.entity, e.row_id) for e in entries}
        held = {key: session.get(link.models[key[0]], key[1]) for key in marks
                if key[0] in link.models}
        grown = True
        while grown:  # what refers to a record going again goes too
            grown = False
            for key, row in held.items():
                if key in again or row is None:
                    continue
                for fk in row.__table__.foreign_keys:
                    value = getattr(row, fk.parent.key)
                    if (fk.column.table.name, value) in again:
                        again.add(key)
                        grown = True
                        break
        if not again:
            return
        for entry in entries:
            if (entry.entity, entry.row_id) in again:
                session.delete(entry)
        session.flush()
        seen = int(store.sync_state.get("cursor", 0) or 0)
        for table in Base.metadata.sorted_tables:
            for key in sorted(k for k in again if k[0] == table.name):
                row = held.get(key)
                if row is None:  # gone meanwhile: nothing to send, nothing to mark
                    refused.unmark(session, [key])
                    continue
                fields = {k: v for k, v in snapshot(row).items()
                          if k not in SERVER_FIELDS and k not in server_sets(key[0])}
                session.add(OutboxEntry(
                    op_id=uuid.uuid4(), entity=key[0], row_id=key[1], fields=fields,
                    creates=True, stamp=store.clock.tick().encode(), base_seq=seen))
                session.flush()  # in this order: a parent's entry before its rows'


def set_aside(link: Link, entry: OutboxEntry, report: SyncReport) -> None:
    """Keep an edit too large for the server here: a record it creates stays marked
    where it was made, any other edit goes to the conflict log; it leaves the outbox."""
    reason = Worded(tr_noop("This change is larger than the server accepts, so it was not "
                            "sent; it is kept here."))
    with link.store.write.begin() as session:
        session.info[QUIET] = True
        if entry.creates or (entry.entity, entry.row_id) in refused.marked(session):
            refused.mark(session, entry.entity, entry.row_id, reason)
        else:
            session.add(LocalConflict(entity=entry.entity, row_id=entry.row_id,
                                      field=None, my_value=entry.fields, reason=reason))
        session.execute(delete(OutboxEntry).where(OutboxEntry.seq == entry.seq))
    report.refused += 1
    report.conflicts.append(reason)


def settle(link: Link, answer: PushResponse, entries: Iterable[OutboxEntry], ops: list[Op],
           report: SyncReport) -> None:
    """Record a push's answer: lost and refused edits go to the conflict log, the row
    as the server holds it replaces mine, and the answered entries leave the outbox.
    A record the server refused to create stays as it is, marked with the reason."""
    models = link.models
    by_op = {e.op_id: e for e in entries}
    with link.store.write.begin() as session:
        session.info[QUIET] = True
        back: dict[tuple[str, uuid.UUID], tuple[str, dict[str, Any] | None]] = {}
        marks = refused.marked(session)
        for result in answer.results:
            entry = by_op.pop(result.op_id, None)
            if entry is None:  # unknown, or answered twice
                continue
            current, reason = result.current, _reason(result)
            key = (entry.entity, entry.row_id)
            if (result.status == "refused" and not result.lost and current is None
                    and entry.entity in models and (entry.creates or key in marks)):
                # the server has no such row: mine is the only copy, and stays
                if entry.creates or key not in marks:  # a later edit's answer adds nothing
                    refused.mark(session, entry.entity, entry.row_id, reason)
                    marks.add(key)
                    report.refuse(key, reason)
                report.pushed += 1
                continue
            if result.status == "applied" and key in marks:
                refused.unmark(session, [key])
                marks.discard(key)
                report.taken += 1
            if result.status == "refused" and not result.lost:
                report.refused += 1
                session.add(LocalConflict(entity=entry.entity, row_id=entry.row_id,
                                          field=None, my_value=entry.fields,
                                          reason=reason))
                report.conflicts.append(reason)
            for lost in result.lost:
                report.lost_fields += 1
                session.add(LocalConflict(
                    entity=entry.entity, row_id=entry.row_id, field=lost,
                    my_value=entry.fields.get(lost), reason=reason,
                    their_value=None if current is None else current.get(lost),
                    their_by=result.lost_to.get(lost)))
            if result.status != "applied" and entry.entity in models:
                back[(entry.entity, entry.row_id)] = (result.status, current)
            report.pushed += 1
        session.execute(delete(OutboxEntry).where(
            OutboxEntry.op_id.in_([r.op_id for r in answer.results])))
        if back:
            _take_back(session, models, back, marks)
        newest = max((o.stamp for o in ops), default=None)
        if newest:
            keys.CLOCK_LAST.put(session, newest)


def _reason(result: OpResult) -> str:
    """Why the server did not (wholly) apply an edit: a Worded when it sent the template
    and figures (the marks and the conflict log keep them; the window words them)."""
    return worded(result.reason, None if result.words is None
                  else result.words.model_dump(mode="json"))


def _take_back(session: Session, models: rows.Models,
               back: dict[tuple[str, uuid.UUID], tuple[str, dict[str, Any] | None]],
               marks: set[tuple[str, uuid.UUID]]) -> None:
    """My copy of a row the server did not take becomes the server's."""
    session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    pending = rows.pending(session)
    touched: dict[str, set[uuid.UUID]] = defaultdict(set)
    for (entity, row_id), (status, current) in back.items():
        if current is not None:
            rows.upsert(session, models, entity, row_id, current,
                        pending.get((entity, row_id), set()))
            touched[entity].add(row_id)
        elif status == "refused":
            rows.remove(session, models, entity, row_id, pending, marks=marks)
    parked = {key: row for key, row in parking.parked(session).items()
              if key not in back}  # the server's answer replaces them
    parked.update(parking.park_orphans(session, models, touched))
    parking.put_parked(session, parked)
