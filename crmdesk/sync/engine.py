"""Syncing a workspace with the server: push the outbox, pull the change log.

Runs without Qt (the window wraps it in a worker). Every step that changes the
workspace is one SQLite transaction: an answered push and the removal of its outbox
entries; a pulled batch and its cursor. A failure at any point leaves the workspace as
it was before that step, and the next sync carries on from there.
"""

from __future__ import annotations

import gc
import json
import sqlite3
import uuid
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import httpx
from pydantic import ValidationError
from sqlalchemy import (
    Column,
    MetaData,
    String,
    Table,
    UniqueConstraint,
    and_,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from crmdesk.hlc import Stamp
from crmdesk.json_values import SERVER_FIELDS, BadOp, decode_row, snapshot
from crmdesk.protocol import (
    MAX_CHANGES,
    MAX_OPS,
    PROTOCOL_VERSION,
    ConflictsResponse,
    LoginRequest,
    LoginResponse,
    Op,
    PullResponse,
    PushRequest,
    PushResponse,
    UserInfo,
)
from crmdesk.store import deferred, derived, refused, settings
from crmdesk.store.db import (
    BULK_WRITE,
    CACHE_SIZE,
    CLOCK_LAST,
    SYNC_CURSOR,
    Store,
    raw_connection,
)
from crmdesk.store.family import owned_through
from crmdesk.store.handover import STAND_IN_USER, hand_over
from crmdesk.store.journal import QUIET, pending_count
from crmdesk.store.models import (
    Base,
    LocalConflict,
    OutboxEntry,
    RefusedRecord,
    User,
    synced_models,
)
from crmdesk.sync.bulk_apply import (
    Prepared,
    apply_first_batch,
    orphans,
    prepare_first_batch,
    read_first_batch,
    unresolved,
)
from crmdesk.sync.kinds import (
    SYNC_SCHEMA,
    CatchUp,
    Schema,
    encode,
    known_schema,
    learnt,
    synced_schema,
)
from crmdesk.sync.pages import Page, Pages

CONFLICTS_AFTER = "sync_conflicts_after"
LAST_SYNC = "last_sync_at"
#: Rows pulled before the row they refer to (or whose parent I may not see), kept aside
#: as JSON and put back once the parent arrives.
PARKED = "sync_parked"
#: Set while a full resync is under way: rows it has not brought are swept at its end.
RESYNC = "sync_resync"
#: The server's epoch when this laptop last started syncing from the beginning.
SYNC_EPOCH = "sync_epoch"
#: The server user whose records this workspace holds (their id, set by their sync).
SYNC_USER_ID = "sync_user_id"
#: SQLite page cache while a first sync writes in bulk (KiB, negative as PRAGMA wants).
BULK_CACHE = -256 * 1024
#: WAL pages between checkpoints while a first sync writes in bulk (SQLite's default: 1000).
BULK_CHECKPOINT = 50_000
#: Changes a first sync writes in one transaction at most (a save waits for one).
BULK_ROWS = 25_000
#: A push body stays under this size (the server refuses more than 8 MB).
PUSH_BYTES = 4 * 1024 * 1024
#: Called during a pull with (changes read so far, changes to read in all, estimated).
Progress = Callable[[int, int], None]


class SyncError(Exception):
    """Sync stopped; the message says why in plain words. Nothing was lost."""


class SignInNeeded(SyncError):
    """The token expired, was revoked or was made for another workspace: sign in with
    the password again."""


class NotAskedToReplace(SyncError):
    """The workspace holds another person's records, and the user was not asked whether
    to remove them from this laptop."""


class TooLarge(SyncError):
    """The server refused a request as too large."""


class ResyncNeeded(SyncError):
    """The server no longer keeps the history after my cursor: sync afresh."""


@dataclass
class SyncReport:
    pushed: int = 0
    refused: int = 0
    lost_fields: int = 0
    pulled: int = 0
    removed: int = 0
    taken: int = 0  # records refused before that the server took this time
    forgot: bool = False  # the records of the person who synced here before were dropped
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
        if response.status_code == 403 and url == "/v1/push":
            # the token was made for another workspace (one an older version shared
            # between workspaces of this user): this one signs in for itself
            raise SignInNeeded(detail)
        if response.status_code == 413:
            raise TooLarge(detail)
        if response.status_code == 410:
            raise ResyncNeeded(detail)
        raise SyncError(detail if response.status_code == 401 else
                        f"The server refused: {detail}")
    return response


def sign_in(http: httpx.Client, username: str, password: str, client_id: str) -> LoginResponse:
    """Exchange a password for a token (the caller keeps it in the keyring only)."""
    body = LoginRequest(username=username, password=password, client_id=client_id,
                        protocol=PROTOCOL_VERSION)
    response = _call(http, "POST", "/v1/login", json=body.model_dump(mode="json"))
    return LoginResponse.model_validate(response.json())


def other_holder(session: Session, user_id: uuid.UUID) -> str | None:
    """Who (a quoted user name) this workspace holds the records of, when that is not
    `user_id`; None when it holds theirs, or no one's yet. A workspace an older version
    synced without noting for whom holds an unknown person's records, unless it holds
    unsent or refused work: that may be `user_id`'s, and stays with them."""
    held = settings.get(session, SYNC_USER_ID)
    if held == user_id.hex:
        return None
    if held is None:
        synced = settings.get(session, LAST_SYNC) is not None
        return "the person who synced it last" if synced and not any(_local_work(session)) \
            else None
    other = session.get(User, uuid.UUID(held))
    return f"“{other.username}”" if other is not None else "the person who synced it last"


def _local_work(session: Session) -> tuple[int, int, int]:
    """Work that exists only on this laptop: how many unsent edits, how many edits the
    server refused that are kept in Conflicts, and how many records it refused to
    create, marked where they were made."""
    kept = session.scalar(select(func.count()).select_from(LocalConflict).where(
        LocalConflict.resolved.is_(False), LocalConflict.server_id.is_(None)))
    return pending_count(session), int(kept or 0), refused.count(session)


def held_for_another(session: Session, name: str | None) -> str | None:
    """Why this workspace may not sync as someone else now that it holds the records of
    `name` (from `other_holder`), or None. It holds that person's work that exists
    nowhere else: unsent edits (sent as someone else, they would be theirs) or edits the
    server refused, kept in Conflicts or marked where they were made. That person signs
    in to send or settle them first."""
    if name is None:
        return None
    unsent, kept, marked = _local_work(session)
    if not unsent and not kept and not marked:
        return None
    work = " and ".join(part for part in (
        f"{unsent} change(s) by {name} not yet sent" if unsent else "",
        f"{kept} refused change(s) by {name} kept in Conflicts" if kept else "",
        f"{marked} record(s) by {name} the server refused, marked where they were made"
        if marked else "") if part)
    return (f"This workspace holds {work}. Sign in as {name} to deal with them first, "
            "or open another workspace for this account.")


class SyncClient:
    def __init__(self, store: Store, http: httpx.Client, token: str) -> None:
        self.store, self.http = store, http
        self.headers = {"Authorization": f"Bearer {token}"}
        self.models = synced_models()
        self._afresh = False  # this sync's pull reads the whole log again
        #: the kinds of record and columns this laptop knows (what it asks the server for)
        self.schema: Schema = known_schema()
        self.page = MAX_CHANGES  # changes asked for per pull

    # ---- push -----------------------------------------------------------------------
    def push(self, report: SyncReport) -> None:
        """Send the outbox in order, in batches; each answered batch leaves the outbox.
        A batch too large for the server is halved until it fits."""
        self._send_again()
        limit = MAX_OPS
        while True:
            with self.store.session() as session:
                entries = session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)
                                          .limit(limit)).all()
            if not entries:
                return
            ops = [Op(op_id=e.op_id, seq=e.seq, entity=e.entity, row_id=e.row_id,
                      fields=e.fields, stamp=e.stamp or self.store.clock.tick().encode(),
                      base=e.base_seq)
                   for e in entries]
            body = PushRequest(client_id=self.store.client_id, protocol=PROTOCOL_VERSION,
                               ops=ops).model_dump_json().encode()
            try:
                if len(body) > PUSH_BYTES:
                    raise TooLarge("over the push size")
                response = _call(self.http, "POST", "/v1/push", content=body,
                                 headers=self.headers | {"Content-Type": "application/json"})
            except TooLarge:
                if len(entries) > 1:
                    limit = len(entries) // 2
                    continue
                self._set_aside(entries[0], report)  # one edit the server will never take
                continue
            self._settle(PushResponse.model_validate(response.json()), entries, ops, report)

    def _send_again(self) -> None:
        """Refused records the user has edited since (their fix) go again as whole new
        records, with the refused records that hang on them (refused for want of them),
        parents first: their unsent edits are replaced by one entry each that creates
        the row as it now stands."""
        with self.store.session() as session:
            if not refused.count(session):  # the usual case: no write lock taken
                return
        with self.store.write.begin() as session:
            session.info[QUIET] = True
            marks = refused.marked(session)
            entries = [e for e in session.scalars(select(OutboxEntry))
                       if (e.entity, e.row_id) in marks]
            again = {(e.entity, e.row_id) for e in entries}
            rows = {key: session.get(self.models[key[0]], key[1]) for key in marks
                    if key[0] in self.models}
            grown = True
            while grown:  # what refers to a record going again goes too
                grown = False
                for key, row in rows.items():
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
            seen = int(self.store.sync_state.get("cursor", 0) or 0)
            for table in Base.metadata.sorted_tables:
                for key in sorted(k for k in again if k[0] == table.name):
                    row = rows.get(key)
                    if row is None:  # gone meanwhile: nothing to send, nothing to mark
                        refused.unmark(session, [key])
                        continue
                    fields = {k: v for k, v in snapshot(row).items() if k not in SERVER_FIELDS}
                    session.add(OutboxEntry(
                        op_id=uuid.uuid4(), entity=key[0], row_id=key[1], fields=fields,
                        creates=True, stamp=self.store.clock.tick().encode(), base_seq=seen))
                    session.flush()  # in this order: a parent's entry before its rows'

    def _set_aside(self, entry: OutboxEntry, report: SyncReport) -> None:
        reason = ("This change is larger than the server accepts, so it was not sent; "
                  "it is kept here.")
        with self.store.write.begin() as session:
            session.info[QUIET] = True
            if entry.creates or (entry.entity, entry.row_id) in refused.marked(session):
                refused.mark(session, entry.entity, entry.row_id, reason)
            else:
                session.add(LocalConflict(entity=entry.entity, row_id=entry.row_id,
                                          field=None, my_value=entry.fields, reason=reason))
            session.execute(delete(OutboxEntry).where(OutboxEntry.seq == entry.seq))
        report.refused += 1
        report.conflicts.append(reason)

    def _settle(self, answer: PushResponse, entries: Iterable[OutboxEntry], ops: list[Op],
                report: SyncReport) -> None:
        """Record a push's answer: lost and refused edits go to the conflict log, the row
        as the server holds it replaces mine, and the answered entries leave the outbox.
        A record the server refused to create stays as it is, marked with the reason."""
        by_op = {e.op_id: e for e in entries}
        with self.store.write.begin() as session:
            session.info[QUIET] = True
            back: dict[tuple[str, uuid.UUID], tuple[str, dict[str, Any] | None]] = {}
            marks = refused.marked(session)
            for result in answer.results:
                entry = by_op.pop(result.op_id, None)
                if entry is None:  # unknown, or answered twice
                    continue
                current = result.current
                key = (entry.entity, entry.row_id)
                if (result.status == "refused" and not result.lost and current is None
                        and entry.entity in self.models and (entry.creates or key in marks)):
                    # the server has no such row: mine is the only copy, and stays
                    if entry.creates or key not in marks:  # a later edit's answer adds nothing
                        refused.mark(session, entry.entity, entry.row_id, result.reason)
                        marks.add(key)
                        report.refused += 1
                        report.conflicts.append(result.reason)
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
                                              reason=result.reason))
                    report.conflicts.append(result.reason)
                for lost in result.lost:
                    report.lost_fields += 1
                    session.add(LocalConflict(
                        entity=entry.entity, row_id=entry.row_id, field=lost,
                        my_value=entry.fields.get(lost), reason=result.reason,
                        their_value=None if current is None else current.get(lost),
                        their_by=result.lost_to.get(lost)))
                if result.status != "applied" and entry.entity in self.models:
                    back[(entry.entity, entry.row_id)] = (result.status, current)
                report.pushed += 1
            session.execute(delete(OutboxEntry).where(
                OutboxEntry.op_id.in_([r.op_id for r in answer.results])))
            if back:
                # my copy of a row the server did not take becomes the server's
                session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
                pending = self._pending(session)
                touched: dict[str, set[uuid.UUID]] = defaultdict(set)
                for (entity, row_id), (status, current) in back.items():
                    if current is not None:
                        self._upsert(session, entity, row_id, current,
                                     pending.get((entity, row_id), set()))
                        touched[entity].add(row_id)
                    elif status == "refused":
                        self._remove(session, entity, row_id, pending, marks=marks)
                parked = {key: row for key, row in self._parked(session).items()
                          if key not in back}  # the server's answer replaces them
                parked.update(self._park_orphans(session, touched))
                self._put_parked(session, parked)
            newest = max((o.stamp for o in ops), default=None)
            if newest:
                settings.put(session, CLOCK_LAST, newest)

    # ---- pull -----------------------------------------------------------------------
    def pull(self, report: SyncReport, progress: Progress | None = None,
             catch_up: CatchUp | None = None) -> None:
        """Apply the server's changes batch by batch, each with its cursor. The next
        batch is fetched while this one is written, so server and laptop work at once.
        A first sync that stops half-way builds its indexes and search before it gives
        up, so the rows it brought can be worked offline. With `catch_up`, only the log's
        changes of some kinds of record, from its start up to where this laptop is,
        leaving the cursor as it is."""
        try:
            self._pull(report, progress, catch_up)
        except SyncError:
            with self.store.write.begin() as session:
                session.info[QUIET] = True
                deferred.restore(raw_connection(session))
            raise

    def _pull(self, report: SyncReport, progress: Progress | None,
              catch_up: CatchUp | None) -> None:
        with self.store.session() as session:
            cursor = 0 if catch_up else int(settings.get(session, SYNC_CURSOR, "0") or 0)
            # a first sync's batches are converted for the bulk path as they arrive
            bulk = catch_up is None and settings.get(session, LAST_SYNC) is None \
                and not self._pending(session)
            since = 0 if catch_up else int(settings.get(session, SYNC_EPOCH, "0") or 0)
        start, restarted, fresh = cursor, False, cursor == 0
        pages = self._pages(cursor, since, bulk, catch_up)
        # a first sync makes millions of short-lived objects; Python's collector would
        # walk everything the app already holds again and again meanwhile
        gc.freeze()
        try:
            while True:
                try:
                    page = pages.next()
                except ResyncNeeded:
                    pages.close()
                    if restarted or catch_up is not None:
                        raise SyncError("The server keeps asking for a fresh sync; try "
                                        "again later.") from None
                    self._begin_resync()
                    cursor, start, restarted, fresh = 0, 0, True, True
                    pages = self._pages(0, 0, bulk=True, catch_up=None)
                    continue
                if fresh:  # the answer to a cursor of 0: syncing from the start as of it
                    fresh = False
                    if catch_up is None:
                        self._note_epoch(page.answer.epoch)
                        self._afresh = True
                if page.after != cursor:  # it was asked for on the headers' word
                    raise SyncError("The server's pages do not follow on from each "
                                    "other; nothing was lost, try again later.")
                group = [page]
                while _room_for_more(group) and (
                        after := pages.poll(group[-1].answer.cursor)) is not None:
                    group.append(after)
                answer = group[-1].answer
                cursor = answer.cursor
                self._apply_batch([(p.answer, p.ready) for p in group], report, catch_up)
                # edits made from now on have seen this far (a fresh sync going over the
                # log again has not made them see less)
                if catch_up is None:
                    self.store.sync_state["cursor"] = max(
                        cursor, int(self.store.sync_state.get("cursor", 0) or 0))
                if progress is not None:
                    progress(cursor - start, max(answer.head, cursor) - start)
                if not answer.more:
                    return
        finally:
            pages.close()
            gc.unfreeze()

    def _note_epoch(self, epoch: int) -> None:
        """Syncing from the log's start, as of `epoch`: it brings every kind this laptop
        knows, so they count as known even if this sync stops half-way."""
        with self.store.write.begin() as session:
            session.info[QUIET] = True
            settings.put(session, SYNC_EPOCH, str(epoch))
            settings.put(session, SYNC_SCHEMA, encode(self.schema))

    def _pages(self, cursor: int, epoch: int, bulk: bool,
               catch_up: CatchUp | None) -> Pages[Prepared | None]:
        """The pages after `cursor` of the kinds this laptop knows (or is catching up
        on), fetched ahead; for the bulk path each is read straight into rows ready to
        write (its answer's changes left empty)."""
        params: dict[str, str | int] = {"limit": self.page, "kinds": ",".join(
            sorted(self.schema if catch_up is None else catch_up.kinds))}
        if catch_up is not None:
            params["until"] = catch_up.until

        def request(after: int, since: int) -> httpx.Response:
            return _call(self.http, "GET", "/v1/changes", headers=self.headers,
                         params={**params, "cursor": after, "epoch": since})

        def read(body: bytes) -> tuple[PullResponse, Prepared | None]:
            try:
                if not bulk:
                    return PullResponse.model_validate_json(body), None
                return read_first_batch(body, self.store.engine.dialect)
            except ValidationError as exc:
                raise SyncError("The server's answer could not be read "
                                f"({exc.error_count()} problems); try again later.") from None
            except BadOp as exc:
                raise SyncError(str(exc)) from None

        return Pages(request, read, cursor, epoch)

    def _apply_batch(self, pages: list[tuple[PullResponse, Prepared | None]],
                     report: SyncReport, catch_up: CatchUp | None) -> None:
        """Pulled pages and the last one's cursor, in one transaction.

        A first sync's pages (read into `Prepared`) are written in bulk without
        SQLite's row-by-row reference checks: each referenced id is looked up once
        instead. If an edit was made meanwhile, they are written row by row after all.
        Should SQLite refuse a commit (a row clashing with one here), they are written
        again row by row, with every row in the workspace that refers to a missing one
        found and kept aside."""
        done = SyncReport()

        def row_by_row() -> list[tuple[PullResponse, Prepared | None]]:
            return [(_whole(answer, ready), None) for answer, ready in pages]

        try:
            try:
                self._write_batch(pages, done, False, catch_up)
            except _NotBulk:
                done = SyncReport()
                self._write_batch(row_by_row(), done, False, catch_up)
        except (IntegrityError, sqlite3.IntegrityError):
            done = SyncReport()
            self._write_batch(row_by_row(), done, True, catch_up)
        report.pulled += done.pulled
        report.removed += done.removed

    def _write_batch(self, pages: list[tuple[PullResponse, Prepared | None]],
                     report: SyncReport, careful: bool, catch_up: CatchUp | None) -> None:
        unchecked = not careful and all(ready is not None for _, ready in pages)
        answer = pages[-1][0]
        with self.store.write.begin() as session:
            session.info[QUIET] = True
            connection = session.connection(
                execution_options={BULK_WRITE: True} if unchecked else None)
            # rows of one batch may refer to each other in any order
            connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            pending = self._pending(session)
            marks = refused.marked(session)
            resync = catch_up is None and settings.get(session, RESYNC) is not None
            parked = self._parked(session)
            touched: dict[str, set[uuid.UUID]] = defaultdict(set)
            bulk = catch_up is None and not careful and not pending and (
                resync or settings.get(session, LAST_SYNC) is None)
            raw = raw_connection(session)
            if unchecked and not bulk:
                raise _NotBulk
            if bulk:
                # a first sync (or a fresh one): thousands of rows, written in bulk, with
                # room to keep the growing indexes in memory (given back at the end)
                raw.execute(f"PRAGMA cache_size = {BULK_CACHE}")
                # fewer, larger checkpoints: each batch's pages reach the file once
                raw.execute(f"PRAGMA wal_autocheckpoint = {BULK_CHECKPOINT}")
            else:  # row by row needs the indexes, and keeps search up to date
                deferred.restore(raw)
            for page, ready in pages:
                if bulk:
                    if ready is None:
                        try:
                            ready = prepare_first_batch(page.changes, self.store.engine.dialect)
                        except BadOp as exc:
                            raise SyncError(str(exc)) from None
                    seen = [(entity, ref) for entity, rows in ready.by_table.items()
                            for ref in rows] if resync else []
                else:
                    page, ready = _whole(page, ready), None
                    seen = [(c.entity, c.row_id.hex) for c in page.changes
                            if c.row is not None] if resync else []
                if seen:
                    session.execute(insert(_SEEN).prefix_with("OR IGNORE"),
                                    [{"entity": entity, "row_id": ref} for entity, ref in seen])
                if ready is not None:
                    report.pulled += apply_first_batch(session, ready)
                    if unchecked:
                        for name, refs in unresolved(session, ready).items():
                            touched[name].update(uuid.UUID(ref) for ref in refs)
                    # sent again: written above, and checked with the rest
                    for entity, ref in ready.order if parked else ():
                        parked.pop((entity, uuid.UUID(ref)), None)
                    continue
                for change in page.changes:
                    parked.pop((change.entity, change.row_id), None)
                    known = None if catch_up is None else catch_up.before.get(change.entity)
                    if known is not None:
                        # a kind known before: only its new columns are read again; its
                        # rows, their removals and other columns stay as the pulls left
                        # them (an older version replayed would undo newer ones)
                        if change.row is not None and self._upsert(
                                session, change.entity, change.row_id, change.row,
                                known | pending.get((change.entity, change.row_id), set()),
                                insert_new=False):
                            report.pulled += 1
                        continue
                    if change.row is None:  # left my scope, and what belongs to it too
                        report.removed += self._remove(session, change.entity,
                                                       change.row_id, pending,
                                                       family_only=True, marks=marks)
                    else:
                        self._upsert(session, change.entity, change.row_id, change.row,
                                     pending.get((change.entity, change.row_id), set()))
                        touched[change.entity].add(change.row_id)
                        report.pulled += 1
            for (entity, row_id), row in parked.items():  # their parent may be here now
                self._upsert(session, entity, row_id, row,
                             pending.get((entity, row_id), set()))
                touched[entity].add(row_id)
            if resync and not answer.more:
                for entity, ids in self._sweep(session, pending).items():
                    touched[entity].update(ids)
            if careful:  # every row in the workspace that refers to a missing one
                for name, ids in self._broken_references(session).items():
                    touched[name].update(ids)
            parked = self._park_orphans(session, touched)
            self._put_parked(session, parked)
            if bulk and not answer.more:  # every row is here: build the indexes once
                deferred.restore(raw)
                # and give back this connection's settings
                raw.execute(f"PRAGMA cache_size = {CACHE_SIZE}")
                raw.execute("PRAGMA wal_autocheckpoint = 1000")
                raw.execute("PRAGMA shrink_memory")
            derived.after_pull(session, touched, first_sync=bulk, last=not answer.more)
            if catch_up is None:
                settings.put(session, SYNC_CURSOR, str(answer.cursor))
            if answer.stamp:
                received = self.store.clock.receive(Stamp.decode(answer.stamp))
                # kept, so after a restart this laptop still orders after what it saw
                settings.put(session, CLOCK_LAST, received.encode())

    # ---- whose workspace ------------------------------------------------------------
    def _claim(self, me: UserInfo, report: SyncReport, replace: bool) -> None:
        """Sync this workspace as `me`. One that held another person's records (signed in
        as someone else, or to another server) forgets them and syncs afresh, so nothing
        of theirs stays that `me` may not see: all of it is on their server. Refused
        while it holds their work that exists nowhere else (`held_for_another`), and
        unless the user agreed to `replace` them."""
        with self.store.write.begin() as session:
            session.info[QUIET] = True
            # forgetting may delete a big workspace: without SQLite's per-row checks
            session.connection(execution_options={BULK_WRITE: True})
            other = other_holder(session, me.id)
            refusal = held_for_another(session, other)
            if refusal is not None:
                raise SyncError(refusal)
            if other is not None:
                if not replace:
                    raise NotAskedToReplace(
                        f"This workspace holds the records of {other}; syncing as "
                        f"“{me.username}” would remove them from this laptop (they stay "
                        "on the server).")
                self._forget_all(session)
                # edits from now on have seen nothing of this log as `me`
                self.store.sync_state["cursor"] = 0
                report.forgot = True
            if settings.get(session, SYNC_USER_ID) != me.id.hex:
                settings.put(session, SYNC_USER_ID, me.id.hex)

    def _forget_all(self, session: Session) -> None:
        """Empty every synced table, the conflict log and how far the server's log was
        read, inside the caller's transaction (a BULK_WRITE one): the next pull is a
        first sync."""
        raw = raw_connection(session)
        deferred.defer(raw)  # built again, over the new rows, by the first sync's end
        for table in reversed(Base.metadata.sorted_tables):
            if table.name in self.models:
                raw.execute(f"DELETE FROM {table.name}")
        raw.execute("DELETE FROM search_doc")
        raw.execute("DELETE FROM search_fts")
        _SEEN.drop(session.connection(), checkfirst=True)
        session.execute(delete(LocalConflict))
        session.execute(delete(RefusedRecord))
        for key in (LAST_SYNC, RESYNC, PARKED, SYNC_EPOCH, CONFLICTS_AFTER):
            session.execute(settings.delete_stmt(key))
        settings.put(session, SYNC_CURSOR, "0")

    # ---- a full resync ---------------------------------------------------------------
    def _begin_resync(self) -> None:
        """Start over from the beginning of the server's log, noting every row it brings
        so that what it no longer brings can be swept at the end. Resumable: the note
        and the cursor survive a restart."""
        with self.store.write.begin() as session:
            session.info[QUIET] = True
            _SEEN.create(session.connection(), checkfirst=True)
            session.execute(delete(_SEEN))
            settings.put(session, RESYNC, "1")
            settings.put(session, SYNC_CURSOR, "0")
            self._put_parked(session, {})

    def _sweep(self, session: Session, pending: dict[tuple[str, uuid.UUID], set[str]]
               ) -> dict[str, set[uuid.UUID]]:
        """End a resync: remove the rows it did not bring (they left my scope while I was
        away), except those with unsent edits and those the server refused to create;
        returns those kept, to check their parents."""
        kept: dict[str, set[uuid.UUID]] = defaultdict(set)
        for entity, row_id in [*pending, *refused.marked(session)]:  # only here
            kept[entity].add(row_id)
        for table in reversed(Base.metadata.sorted_tables):
            if table.name not in self.models:
                continue
            seen = select(_SEEN.c.row_id).where(_SEEN.c.entity == table.name)
            unsent = list(kept.get(table.name, ()))
            session.execute(delete(table).where(table.c.id.not_in(seen),
                                                table.c.id.not_in(unsent)))
        _SEEN.drop(session.connection())
        session.execute(settings.delete_stmt(RESYNC))
        return kept

    def _broken_references(self, session: Session) -> dict[str, set[uuid.UUID]]:
        """Rows referring to a row that is not here, in the whole workspace (slow; only
        after SQLite refused a batch's commit for it)."""
        found: dict[str, set[uuid.UUID]] = defaultdict(set)
        connection = session.connection()
        for table, rowid, _parent, _fk in connection.exec_driver_sql(
                "PRAGMA foreign_key_check").all():
            if table in self.models:
                row_id = connection.exec_driver_sql(
                    f"SELECT id FROM {table} WHERE rowid = ?", (rowid,)).scalar()
                if row_id is not None:
                    found[table].add(uuid.UUID(row_id))
        return found

    # ---- rows kept aside until their parent arrives ---------------------------------
    def _parked(self, session: Session) -> dict[tuple[str, uuid.UUID], dict[str, Any]]:
        kept = json.loads(settings.get(session, PARKED, "[]") or "[]")
        return {(e["entity"], uuid.UUID(e["row_id"])): e["row"] for e in kept}

    @staticmethod
    def _put_parked(session: Session,
                    parked: dict[tuple[str, uuid.UUID], dict[str, Any]]) -> None:
        settings.put(session, PARKED, json.dumps([
            {"entity": entity, "row_id": row_id.hex, "row": row}
            for (entity, row_id), row in parked.items()]))

    def _park_orphans(self, session: Session, touched: dict[str, set[uuid.UUID]]
                      ) -> dict[tuple[str, uuid.UUID], dict[str, Any]]:
        """Take off the rows among `touched` that refer to a row this laptop does not
        have (and the rows hanging on those), so the batch commits; returns them to keep
        aside. A pull may bring a child before its parent, or a link to a record I may
        not see (a relation to another rep's company)."""
        parked: dict[tuple[str, uuid.UUID], dict[str, Any]] = {}
        queue: dict[str, set[uuid.UUID]] = {name: set(ids) for name, ids in touched.items()
                                            if ids}
        while queue:
            found = orphans(session, queue)
            queue = defaultdict(set)
            for name, ids in found.items():
                model, table = self._table(name)
                for row_id in ids:
                    if (name, row_id) in parked:
                        continue
                    row = session.get(model, row_id)
                    if row is None:
                        continue
                    parked[(name, row_id)] = snapshot(row)
                    session.expunge(row)
                    session.execute(delete(table).where(table.c.id == row_id))
                    for child in Base.metadata.sorted_tables:  # what hangs on it goes too
                        for fk in child.foreign_keys:
                            if fk.column.table is table and child.name in self.models:
                                queue[child.name].update(session.scalars(
                                    select(child.c.id).where(fk.parent == row_id)))
        return parked  # with their unsent values: they are in the snapshot

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
                row: dict[str, Any], keep: Collection[str], insert_new: bool = True) -> bool:
        """Write a pulled row, all but the columns in `keep` (my unsent edits); a row not
        here is inserted unless `insert_new` is off. Whether it wrote anything."""
        model, table = self._table(entity)
        try:
            values = decode_row(model, row)
        except BadOp as exc:
            raise SyncError(f"The server sent a {entity} record this app cannot read ({exc}); "
                            "update crmdesk.") from None
        found = session.execute(select(table).where(table.c.id == row_id)).first()
        if found is None:
            if not insert_new:
                return False
            self._give_way(session, table, row_id, values)
            session.execute(insert(table).values(id=row_id, **values))
            return True
        else:
            # only what differs: my own edits come back from the server with only its
            # stamp new, and an update of a searched column re-indexes the row
            held = found._mapping
            changes = {k: v for k, v in values.items() if k not in keep and held[k] != v}
            if changes:  # the server's stamps, not this laptop's clock (`onupdate`); a
                # stamp kept stays as it is
                changes |= {c.name: held[c.name] if c.name in keep else values[c.name]
                            for c in table.columns
                            if c.onupdate is not None and c.name in values}
                session.execute(update(table).where(table.c.id == row_id).values(**changes))
            return bool(changes)

    def _give_way(self, session: Session, table: Table, row_id: uuid.UUID,
                  values: dict[str, Any]) -> None:
        """A local row holding the same natural key (a tag's name, a tag on an account)
        as an arriving one gives way to it: what referred to mine now refers to the
        server's, in the tables and in unsent edits, and mine goes."""
        for constraint in table.constraints:
            if not isinstance(constraint, UniqueConstraint):
                continue
            names = [c.name for c in constraint.columns]
            if any(values.get(n) is None for n in names):
                continue
            clash = session.scalar(select(table.c.id).where(
                and_(*(table.c[n] == values[n] for n in names)), table.c.id != row_id))
            if clash is None and table.name == "tags":  # mine, the same name in any case
                clash = refused.own_tag_named(session, values["name"], row_id)
            if clash is None:
                continue
            for child in Base.metadata.sorted_tables:
                for fk in child.foreign_keys:
                    if fk.column.table is table:
                        session.execute(update(child).where(fk.parent == clash)
                                        .values({fk.parent.name: row_id}))
                        for entry in session.scalars(select(OutboxEntry).where(
                                OutboxEntry.entity == child.name)):
                            if entry.fields.get(fk.parent.name) == clash.hex:
                                entry.fields = entry.fields | {fk.parent.name: row_id.hex}
            session.execute(delete(OutboxEntry).where(OutboxEntry.entity == table.name,
                                                      OutboxEntry.row_id == clash))
            refused.unmark(session, [(table.name, clash)])
            session.execute(delete(table).where(table.c.id == clash))

    def _remove(self, session: Session, entity: str, row_id: uuid.UUID,
                pending: dict[tuple[str, uuid.UUID], set[str]],
                visited: set[tuple[str, uuid.UUID]] | None = None,
                family_only: bool = False,
                marks: set[tuple[str, uuid.UUID]] | None = None) -> int:
        """Take a row off this laptop with the rows that hang on it (`family_only`: only
        those that belong to it, such as an account's contacts; a row that merely refers
        to it, like a relation from one of my companies, stays and is kept aside when
        the batch is checked). Unsent edits to removed rows go to the conflict log, and so
        do records the server refused to create (`marks`, read here when not given)."""
        visited = set() if visited is None else visited
        marks = refused.marked(session) if marks is None else marks
        if (entity, row_id) in visited:
            return 0  # a loop (A reports to B reports to A) is walked once
        visited.add((entity, row_id))
        model, table = self._table(entity)
        removed = 0
        for child in Base.metadata.sorted_tables:
            for fk in child.foreign_keys:
                if family_only and not owned_through(child.name, fk.parent.name):
                    continue
                if fk.column.table is table and child.name in self.models:
                    for (child_id,) in session.execute(select(child.c.id).where(
                            fk.parent == row_id)).all():
                        removed += self._remove(session, child.name, child_id, pending,
                                                visited, family_only, marks)
        if (entity, row_id) in pending:
            for entry in session.scalars(select(OutboxEntry).where(
                    OutboxEntry.entity == entity, OutboxEntry.row_id == row_id)):
                session.add(LocalConflict(
                    entity=entity, row_id=row_id, field=None, my_value=entry.fields,
                    reason="This record left your scope (reassigned or moved) before your "
                           "change was sent; your change is kept here."))
                session.delete(entry)
        if (entity, row_id) in marks:
            row = session.get(model, row_id)
            if row is not None:
                session.add(LocalConflict(
                    entity=entity, row_id=row_id, field=None,
                    my_value={k: v for k, v in snapshot(row).items() if k not in SERVER_FIELDS},
                    reason="This record, which the server had refused, hung on one that left "
                           "your scope; it is kept here."))
                session.expunge(row)
            refused.unmark(session, [(entity, row_id)])
            marks.discard((entity, row_id))
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
            told = {(c.entity, c.row_id, c.field, json.dumps(c.my_value)): c
                    for c in session.scalars(select(LocalConflict).where(
                        LocalConflict.server_id.is_(None), LocalConflict.field.is_not(None)))}
            for note in fresh:
                same = told.pop((note.entity, note.row_id, note.field,
                                 json.dumps(note.lost_value)), None)
                if same is not None:  # the push that lost it said so already
                    same.server_id, same.their_at = note.id, note.at
                    continue
                who = note.kept_by or "someone"
                session.add(LocalConflict(
                    entity=note.entity, row_id=note.row_id, field=note.field,
                    my_value=note.lost_value, server_id=note.id,
                    their_value=note.kept_value, their_by=note.kept_by, their_at=note.at,
                    reason=f"Replaced by {who}'s later edit."))
                report.lost_fields += 1
            settings.put(session, CONFLICTS_AFTER,
                         max(c.at for c in answer.conflicts).isoformat())

    def _catch_up(self, before: Schema, report: SyncReport) -> None:
        """Kinds and columns this laptop knows that its last sync did not (an upgrade came
        between): their rows are read from the log's start up to where the laptop now
        is, so what it skipped arrives without syncing afresh. Each row ends as the
        pull just left it: changes after that position come with the next pull."""
        kinds = learnt(before, self.schema)
        if kinds:
            with self.store.session() as session:
                until = int(settings.get(session, SYNC_CURSOR, "0") or 0)
            self.pull(report, None, CatchUp(kinds, until, {
                name: before[name] for name in kinds if name in before}))

    # ---- both -----------------------------------------------------------------------
    def sync(self, progress: Progress | None = None,
             forgot: Callable[[], None] | None = None, replace: bool = False) -> SyncReport:
        """Push my edits, pull everyone's, fetch my overwritten values; `progress` hears
        how far the pull is, `forgot` that the last person's records were just dropped
        (the workspace is someone else's now). Without `replace`, a workspace holding
        another person's records is refused instead (the user was not asked)."""
        report = SyncReport()
        self._afresh = False  # set when the pull reads the whole log again
        me = UserInfo.model_validate(_call(self.http, "GET", "/v1/me",
                                           headers=self.headers).json())
        self._claim(me, report, replace)
        if report.forgot and forgot is not None:
            forgot()
        with self.store.session() as session:
            first = settings.get(session, LAST_SYNC) is None
            stand_in = settings.get(session, STAND_IN_USER) is not None
            before = synced_schema(session)
        if not first:
            self.push(report)
        self.pull(report, progress)
        if first:
            if stand_in:  # what was made before signing in becomes the signed-in user's
                with self.store.write.begin() as session:
                    session.info[QUIET] = True
                    hand_over(session, me.id)
            self.push(report)
        if not self._afresh:
            self._catch_up(before, report)
        self.fetch_overwritten(report)
        with self.store.write.begin() as session:
            session.info[QUIET] = True
            settings.put(session, SYNC_SCHEMA, encode(self.schema))
            settings.put(session, LAST_SYNC, datetime.now().isoformat(timespec="seconds"))
            if session.get(User, me.id) is not None:  # work as the signed-in user
                settings.put(session, settings.CURRENT_USER, me.id.hex)
        return report


def _room_for_more(group: list[Page[Prepared | None]]) -> bool:
    """Whether another page already read may join a first sync's transaction. Pages
    are written together because a commit writes every index page it touched, and
    random ids touch most of them: fewer commits, much less written."""
    return group[-1].ready is not None and group[-1].answer.more and sum(
        len(p.ready.raw) for p in group if p.ready is not None) < BULK_ROWS


class _NotBulk(Exception):
    """A batch read for the bulk path must be written row by row after all."""


def _whole(answer: PullResponse, ready: Prepared | None) -> PullResponse:
    """The answer with its changes, also when they were read straight into `ready`."""
    return answer if ready is None else answer.model_copy(update={"changes": ready.changes()})


#: The rows a full resync has brought so far (local, made only during a resync).
_SEEN = Table("sync_seen", MetaData(), Column("entity", String(40), primary_key=True),
              Column("row_id", String(32), primary_key=True))
