"""Syncing a workspace with the server: push the outbox, pull the change log.

Runs without Qt (the window wraps it in a worker). Every step that changes the
workspace is one SQLite transaction: an answered push and the removal of its outbox
entries; a pulled batch and its cursor. A failure at any point leaves the workspace as
it was before that step, and the next sync carries on from there.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import httpx
from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from crmdesk.protocol import (
    MAX_OPS,
    PROTOCOL_VERSION,
    ConflictsResponse,
    LoginRequest,
    LoginResponse,
    Op,
    PullResponse,
    PushRequest,
    PushResponse,
)
from crmdesk.store import settings
from crmdesk.store.db import CLOCK_LAST, SYNC_CURSOR, Store
from crmdesk.store.journal import QUIET
from crmdesk.store.models import Base, LocalConflict, OutboxEntry, synced_models
from crmdesk.store.rowcodec import SERVER_FIELDS, BadOp, coerce
from crmdesk.sync.clock import Stamp

CONFLICTS_AFTER = "sync_conflicts_after"
LAST_SYNC = "last_sync_at"


class SyncError(Exception):
    """Sync stopped; the message says why in plain words. Nothing was lost."""


class SignInNeeded(SyncError):
    """The token expired or was revoked: sign in with the password again."""


@dataclass
class SyncReport:
    pushed: int = 0
    refused: int = 0
    lost_fields: int = 0
    pulled: int = 0
    removed: int = 0
    conflicts: list[str] = field(default_factory=list)


def _call(http: httpx.Client, method: str, url: str, **kwargs: Any) -> httpx.Response:
    try:
        response = http.request(method, url, **kwargs)
    except httpx.HTTPError as exc:
        raise SyncError(f"The server could not be reached ({exc.__class__.__name__}); "
                        "your changes are kept and will be sent next time.") from None
    if response.status_code >= 400:
        try:
            detail = response.json().get("detail", response.text)
        except ValueError:
            detail = response.text[:200]
        if response.status_code == 401 and url != "/v1/login":
            raise SignInNeeded(detail)
        raise SyncError(detail if response.status_code == 401 else
                        f"The server refused: {detail}")
    return response


def sign_in(http: httpx.Client, username: str, password: str, client_id: str) -> LoginResponse:
    """Exchange a password for a token (the caller keeps it in the keyring only)."""
    body = LoginRequest(username=username, password=password, client_id=client_id,
                        protocol=PROTOCOL_VERSION)
    response = _call(http, "POST", "/v1/login", json=body.model_dump(mode="json"))
    return LoginResponse.model_validate(response.json())


class SyncClient:
    def __init__(self, store: Store, http: httpx.Client, token: str) -> None:
        self.store, self.http = store, http
        self.headers = {"Authorization": f"Bearer {token}"}
        self.models = synced_models()

    # ---- push -----------------------------------------------------------------------
    def push(self, report: SyncReport) -> None:
        """Send the outbox in order, in batches; each answered batch leaves the outbox."""
        while True:
            with self.store.session() as session:
                entries = session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)
                                          .limit(MAX_OPS)).all()
            if not entries:
                return
            ops = [Op(op_id=e.op_id, seq=e.seq, entity=e.entity, row_id=e.row_id,
                      fields=e.fields, stamp=e.stamp or self.store.clock.tick().encode(),
                      base=e.base_seq)
                   for e in entries]
            body = PushRequest(client_id=self.store.client_id, protocol=PROTOCOL_VERSION,
                               ops=ops)
            answer = PushResponse.model_validate(_call(
                self.http, "POST", "/v1/push", headers=self.headers,
                json=body.model_dump(mode="json")).json())
            by_op = {e.op_id: e for e in entries}
            with self.store.write.begin() as session:
                session.info[QUIET] = True
                for result in answer.results:
                    entry = by_op.get(result.op_id)
                    if entry is None:
                        continue
                    if result.status == "refused" and not result.lost:
                        report.refused += 1
                        session.add(LocalConflict(entity=entry.entity, row_id=entry.row_id,
                                                  field=None, my_value=entry.fields,
                                                  reason=result.reason))
                        report.conflicts.append(result.reason)
                    for lost in result.lost:
                        report.lost_fields += 1
                        session.add(LocalConflict(entity=entry.entity, row_id=entry.row_id,
                                                  field=lost, my_value=entry.fields.get(lost),
                                                  reason=result.reason))
                    report.pushed += 1
                session.execute(delete(OutboxEntry).where(
                    OutboxEntry.op_id.in_([r.op_id for r in answer.results])))
                newest = max((o.stamp for o in ops), default=None)
                if newest:
                    settings.put(session, CLOCK_LAST, newest)

    # ---- pull -----------------------------------------------------------------------
    def pull(self, report: SyncReport) -> None:
        """Apply the server's changes batch by batch, each with its cursor."""
        while True:
            with self.store.session() as session:
                cursor = int(settings.get(session, SYNC_CURSOR, "0") or 0)
            answer = PullResponse.model_validate(_call(
                self.http, "GET", "/v1/changes", headers=self.headers,
                params={"cursor": cursor}).json())
            with self.store.write.begin() as session:
                session.info[QUIET] = True
                # rows of one batch may refer to each other in any order
                session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
                pending = self._pending(session)
                for change in answer.changes:
                    if change.row is None:
                        report.removed += self._remove(session, change.entity, change.row_id,
                                                       pending)
                    else:
                        self._upsert(session, change.entity, change.row_id, change.row,
                                     pending.get((change.entity, change.row_id), set()))
                        report.pulled += 1
                settings.put(session, SYNC_CURSOR, str(answer.cursor))
                if answer.stamp:
                    received = self.store.clock.receive(Stamp.decode(answer.stamp))
                    # kept, so after a restart this laptop still orders after what it saw
                    settings.put(session, CLOCK_LAST, received.encode())
            # edits made from now on have seen this far
            self.store.sync_state["cursor"] = answer.cursor
            if not answer.more:
                return

    def _pending(self, session: Session) -> dict[tuple[str, uuid.UUID], set[str]]:
        """Fields with local edits not yet pushed: a pulled value must not overwrite them."""
        pending: dict[tuple[str, uuid.UUID], set[str]] = defaultdict(set)
        for entity, row_id, fields in session.execute(
                select(OutboxEntry.entity, OutboxEntry.row_id, OutboxEntry.fields)):
            pending[(entity, row_id)].update(fields)
        return pending

    def _table(self, entity: str) -> tuple[Any, Table]:
        model = self.models.get(entity)
        if model is None:
            raise SyncError(f"The server sent an unknown kind of record “{entity}”; "
                            "update crmdesk.")
        return model, model.__table__

    def _upsert(self, session: Session, entity: str, row_id: uuid.UUID,
                row: dict[str, Any], keep: set[str]) -> None:
        model, table = self._table(entity)
        values: dict[str, Any] = {}
        try:
            for name, value in row.items():
                if name == "updated_at":
                    values[name] = datetime.fromisoformat(value)
                elif name not in SERVER_FIELDS and name in table.columns:
                    values[name] = coerce(model, name, value)
        except BadOp as exc:
            raise SyncError(f"The server sent a {entity} record this app cannot read ({exc}); "
                            "update crmdesk.") from None
        exists = session.execute(select(table.c.id).where(table.c.id == row_id)).first()
        if exists is None:
            session.execute(insert(table).values(id=row_id, **values))
        else:
            changes = {k: v for k, v in values.items() if k not in keep}
            if changes:
                session.execute(update(table).where(table.c.id == row_id).values(**changes))

    def _remove(self, session: Session, entity: str, row_id: uuid.UUID,
                pending: dict[tuple[str, uuid.UUID], set[str]],
                visited: set[tuple[str, uuid.UUID]] | None = None) -> int:
        """Take a row that left my scope off this laptop, with the rows that hang on it.
        Unsent edits to any of them are moved to the conflict log, not dropped."""
        visited = set() if visited is None else visited
        if (entity, row_id) in visited:
            return 0  # a loop (A reports to B reports to A) is walked once
        visited.add((entity, row_id))
        _model, table = self._table(entity)
        removed = 0
        for child in Base.metadata.sorted_tables:
            for fk in child.foreign_keys:
                if fk.column.table is table and child.name in self.models:
                    for (child_id,) in session.execute(select(child.c.id).where(
                            fk.parent == row_id)).all():
                        removed += self._remove(session, child.name, child_id, pending,
                                                visited)
        if (entity, row_id) in pending:
            for entry in session.scalars(select(OutboxEntry).where(
                    OutboxEntry.entity == entity, OutboxEntry.row_id == row_id)):
                session.add(LocalConflict(
                    entity=entity, row_id=row_id, field=None, my_value=entry.fields,
                    reason="This record left your scope (reassigned or moved) before your "
                           "change was sent; your change is kept here."))
                session.delete(entry)
        result = session.execute(delete(table).where(table.c.id == row_id))
        return removed + int(result.rowcount or 0)  # type: ignore[attr-defined]

    def fetch_overwritten(self, report: SyncReport) -> None:
        """Record here the values I had sent that a later edit from elsewhere replaced."""
        with self.store.session() as session:
            after = settings.get(session, CONFLICTS_AFTER, "2000-01-01T00:00:00")
            known = set(session.scalars(select(LocalConflict.server_id)
                                        .where(LocalConflict.server_id.is_not(None))))
        answer = ConflictsResponse.model_validate(_call(
            self.http, "GET", "/v1/conflicts", headers=self.headers,
            params={"after": after}).json())
        fresh = [c for c in answer.conflicts if c.id not in known]
        if not answer.conflicts:
            return
        with self.store.write.begin() as session:
            session.info[QUIET] = True
            for note in fresh:
                who = note.kept_by or "someone"
                session.add(LocalConflict(
                    entity=note.entity, row_id=note.row_id, field=note.field,
                    my_value=note.lost_value, server_id=note.id,
                    reason=f"Replaced by {who}'s later edit ({note.kept_value!r:.80})."))
                report.lost_fields += 1
            settings.put(session, CONFLICTS_AFTER,
                         max(c.at for c in answer.conflicts).isoformat())

    # ---- both -----------------------------------------------------------------------
    def sync(self) -> SyncReport:
        report = SyncReport()
        self.push(report)
        self.pull(report)
        self.fetch_overwritten(report)
        with self.store.write.begin() as session:
            session.info[QUIET] = True
            settings.put(session, LAST_SYNC, datetime.now().isoformat(timespec="seconds"))
        return report
