"""Pulling the server's change log: batch by batch, each written with its cursor in one
transaction; the next batch is fetched while this one is written.

A first sync (or a fresh one) writes its thousands of rows in bulk, with the indexes
and search built once at its end. A pulled value never overwrites a field with an
unsent local edit. The pull's apply, where every pulled batch lands, is `write_batch`.
"""

from __future__ import annotations

import gc
import sqlite3
import uuid
from collections import defaultdict

import httpx
from pydantic import ValidationError
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from crmdesk.domain.words import Worded, message, tr_noop
from crmdesk.hlc import Stamp
from crmdesk.json_values import BadOp
from crmdesk.protocol import PullResponse
from crmdesk.store import deferred, derived, refused
from crmdesk.store import workspace_keys as keys
from crmdesk.store.db import CACHE_SIZE, FIRST_SYNC_WRITE, raw_connection
from crmdesk.store.journal import QUIET
from crmdesk.sync import parking, rows
from crmdesk.sync.errors import ResyncNeeded, SyncError
from crmdesk.sync.first_sync_writer import (
    Prepared,
    apply_first_batch,
    prepare_first_batch,
    read_first_batch,
    unresolved,
)
from crmdesk.sync.kinds import CatchUp, Schema, encode, learnt
from crmdesk.sync.link import Link
from crmdesk.sync.pages import Page, Pages
from crmdesk.sync.report import Progress, SyncReport
from crmdesk.sync.resync import SEEN, begin_resync, sweep
from crmdesk.sync.wire import call

#: SQLite page cache while a first sync writes in bulk (KiB, negative as PRAGMA wants).
BULK_CACHE = -256 * 1024
#: WAL pages between checkpoints while a first sync writes in bulk (SQLite's default: 1000).
BULK_CHECKPOINT = 50_000
#: Changes a first sync writes in one transaction at most (a save waits for one).
BULK_ROWS = 25_000


def pull(link: Link, report: SyncReport, progress: Progress | None = None,
         catch_up: CatchUp | None = None) -> None:
    """Apply the server's changes batch by batch, each with its cursor. The next
    batch is fetched while this one is written, so server and laptop work at once.
    A first sync that stops half-way builds its indexes and search before it gives
    up, so the rows it brought can be worked offline. With `catch_up`, only the log's
    changes of some kinds of record, from its start up to where this laptop is,
    leaving the cursor as it is."""
    try:
        _pull(link, report, progress, catch_up)
    except SyncError:
        with link.store.write.begin() as session:
            session.info[QUIET] = True
            deferred.restore(raw_connection(session))
        raise


def _pull(link: Link, report: SyncReport, progress: Progress | None,
          catch_up: CatchUp | None) -> None:
    with link.store.session() as session:
        cursor = 0 if catch_up else keys.SYNC_CURSOR.get(session)
        # a first sync's batches are converted for the bulk path as they arrive
        bulk = catch_up is None and not keys.LAST_SYNC.is_set(session) \
            and not rows.pending(session)
        since = 0 if catch_up else keys.SYNC_EPOCH.get(session)
    start, restarted, fresh = cursor, False, cursor == 0
    pages = _pages(link, cursor, since, bulk, catch_up)
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
                    raise SyncError(Worded(tr_noop("The server keeps asking for a fresh "
                                                   "sync; try again later."))) from None
                begin_resync(link)
                cursor, start, restarted, fresh = 0, 0, True, True
                pages = _pages(link, 0, 0, bulk=True, catch_up=None)
                continue
            if fresh:  # the answer to a cursor of 0: syncing from the start as of it
                fresh = False
                if catch_up is None:
                    _note_epoch(link, page.answer.epoch)
                    link.afresh = True
            if page.after != cursor:  # it was asked for on the headers' word
                raise SyncError(Worded(tr_noop("The server's pages do not follow on from "
                                               "each other; nothing was lost, try again "
                                               "later.")))
            group = [page]
            while _room_for_more(group) and (
                    after := pages.poll(group[-1].answer.cursor)) is not None:
                group.append(after)
            answer = group[-1].answer
            cursor = answer.cursor
            apply_batch(link, [(p.answer, p.ready) for p in group], report, catch_up)
            # edits made from now on have seen this far (a fresh sync going over the
            # log again has not made them see less)
            if catch_up is None:
                link.store.sync_state["cursor"] = max(
                    cursor, int(link.store.sync_state.get("cursor", 0) or 0))
            if progress is not None:
                progress(cursor - start, max(answer.head, cursor) - start)
            if not answer.more:
                return
    finally:
        pages.close()
        gc.unfreeze()


def catch_up(link: Link, before: Schema, report: SyncReport) -> None:
    """Kinds and columns this laptop knows that its last sync did not (an upgrade came
    between): their rows are read from the log's start up to where the laptop now
    is, so what it skipped arrives without syncing afresh. Each row ends as the
    pull just left it: changes after that position come with the next pull."""
    kinds = learnt(before, link.schema)
    if kinds:
        with link.store.session() as session:
            until = keys.SYNC_CURSOR.get(session)
        pull(link, report, None, CatchUp(kinds, until, {
            name: before[name] for name in kinds if name in before}))


def _note_epoch(link: Link, epoch: int) -> None:
    """Syncing from the log's start, as of `epoch`: it brings every kind this laptop
    knows, so they count as known even if this sync stops half-way."""
    with link.store.write.begin() as session:
        session.info[QUIET] = True
        keys.SYNC_EPOCH.put(session, epoch)
        keys.SYNC_SCHEMA.put(session, encode(link.schema))


def _pages(link: Link, cursor: int, epoch: int, bulk: bool,
           catch_up: CatchUp | None) -> Pages[Prepared | None]:
    """The pages after `cursor` of the kinds this laptop knows (or is catching up
    on), fetched ahead; for the bulk path each is read straight into rows ready to
    write (its answer's changes left empty)."""
    params: dict[str, str | int] = {"limit": link.page, "kinds": ",".join(
        sorted(link.schema if catch_up is None else catch_up.kinds))}
    if catch_up is not None:
        params["until"] = catch_up.until

    def request(after: int, since: int) -> httpx.Response:
        return call(link.http, "GET", "/v1/changes", headers=link.headers,
                    params={**params, "cursor": after, "epoch": since})

    def read(body: bytes) -> tuple[PullResponse, Prepared | None]:
        try:
            if not bulk:
                return PullResponse.model_validate_json(body), None
            return read_first_batch(body, link.store.engine.dialect)
        except ValidationError as exc:
            raise SyncError(Worded(tr_noop("The server's answer could not be read ({0} "
                                           "problems); try again later."),
                                   exc.error_count())) from None
        except BadOp as exc:
            raise SyncError(message(exc)) from None

    return Pages(request, read, cursor, epoch)


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


def apply_batch(link: Link, pages: list[tuple[PullResponse, Prepared | None]],
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
            write_batch(link, pages, done, False, catch_up)
        except _NotBulk:
            done = SyncReport()
            write_batch(link, row_by_row(), done, False, catch_up)
    except (IntegrityError, sqlite3.IntegrityError):
        done = SyncReport()
        write_batch(link, row_by_row(), done, True, catch_up)
    report.pulled += done.pulled
    report.removed += done.removed
    report.arrived |= done.arrived


def write_batch(link: Link, pages: list[tuple[PullResponse, Prepared | None]],
                report: SyncReport, careful: bool, catch_up: CatchUp | None) -> None:
    """The pull's apply: write pulled pages, the rows kept aside whose parent may have
    come, and the last page's cursor and clock, in one transaction. `careful` (after
    SQLite refused a commit): row by row, and every broken reference in the workspace
    is found and kept aside."""
    models = link.models
    store = link.store
    unchecked = not careful and all(ready is not None for _, ready in pages)
    answer = pages[-1][0]
    with store.write.begin() as session:
        session.info[QUIET] = True
        connection = session.connection(
            execution_options={FIRST_SYNC_WRITE: True} if unchecked else None)
        # rows of one batch may refer to each other in any order
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        pending = rows.pending(session)
        marks = refused.marked(session)
        resync = catch_up is None and keys.RESYNC.get(session)
        parked = parking.parked(session)
        touched: dict[str, set[uuid.UUID]] = defaultdict(set)
        # the rows whose written columns a derived value reads (a pulled region, or my
        # own edit coming back with only the server's stamp new, changes none; a row
        # written as it was, none at all)
        facts: dict[str, set[uuid.UUID]] = defaultdict(set)
        bulk = catch_up is None and not careful and not pending and (
            resync or not keys.LAST_SYNC.is_set(session))
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
                        ready = prepare_first_batch(page.changes, store.engine.dialect)
                    except BadOp as exc:
                        raise SyncError(message(exc)) from None
                seen = [(entity, ref) for entity, refs in ready.by_table.items()
                        for ref in refs] if resync else []
            else:
                page, ready = _whole(page, ready), None
                seen = [(c.entity, c.row_id.hex) for c in page.changes
                        if c.row is not None] if resync else []
            if seen:
                session.execute(insert(SEEN).prefix_with("OR IGNORE"),
                                [{"entity": entity, "row_id": ref} for entity, ref in seen])
            if ready is not None:
                report.pulled += apply_first_batch(session, ready)
                if unchecked:
                    for name, refs in unresolved(session, ready).items():
                        touched[name].update(uuid.UUID(ref) for ref in refs)
                        facts[name].update(uuid.UUID(ref) for ref in refs)
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
                    if change.row is not None and rows.upsert(
                            session, models, change.entity, change.row_id, change.row,
                            known | pending.get((change.entity, change.row_id), set()),
                            insert_new=False):
                        report.pulled += 1
                    continue
                if change.row is None:  # left my scope, and what belongs to it too
                    report.removed += rows.remove(session, models, change.entity,
                                                  change.row_id, pending,
                                                  family_only=True, marks=marks)
                else:
                    written = rows.upsert(session, models, change.entity, change.row_id,
                                          change.row,
                                          pending.get((change.entity, change.row_id), set()))
                    touched[change.entity].add(change.row_id)
                    if written and derived.reads(change.entity, written):
                        facts[change.entity].add(change.row_id)
                    if change.entity == "accounts" and "id" in written:  # inserted
                        report.arrived.add(change.row_id)
                    report.pulled += 1
        for (entity, row_id), row in parked.items():  # their parent may be here now
            written = rows.upsert(session, models, entity, row_id, row,
                                  pending.get((entity, row_id), set()))
            touched[entity].add(row_id)
            if written and derived.reads(entity, written):
                facts[entity].add(row_id)
        if resync and not answer.more:
            for entity, ids in sweep(session, models, pending).items():
                touched[entity].update(ids)
                facts[entity].update(ids)
        if careful:  # every row in the workspace that refers to a missing one
            for name, ids in rows.broken_references(session, models).items():
                touched[name].update(ids)
                facts[name].update(ids)
        parked = parking.park_orphans(session, models, touched)
        parking.put_parked(session, parked)
        if bulk and not answer.more:  # every row is here: build the indexes once
            deferred.restore(raw)
            # and give back this connection's settings
            raw.execute(f"PRAGMA cache_size = {CACHE_SIZE}")
            raw.execute("PRAGMA wal_autocheckpoint = 1000")
            raw.execute("PRAGMA shrink_memory")
        derived.after_pull(session, facts, first_sync=bulk, last=not answer.more)
        if catch_up is None:
            keys.SYNC_CURSOR.put(session, answer.cursor)
        if answer.stamp:
            received = store.clock.receive(Stamp.decode(answer.stamp))
            # kept, so after a restart this laptop still orders after what it saw
            keys.CLOCK_LAST.put(session, received.encode())
