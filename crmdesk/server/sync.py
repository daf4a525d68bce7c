"""Applying pushed edits and reading the change log, checked against the user's scope.

Per field, the later hybrid-logical-clock stamp wins; the losing value is kept in the
conflict log. Pushes run in parallel, each in one transaction: two pushes meet only on
the rows both change, which each locks in one order (accounts first), so the second
sees the first's stamps and loses or wins by them. A change-log position is taken when
an entry is inserted, not when it commits, so readers stop below the oldest writer still
in flight (crmdesk.server.in_flight) and a pull never skips a change that committed
late. Administrators' moves of whole books take the change log to themselves.
"""

from __future__ import annotations

import functools
import json
import random
import time
import typing
import uuid
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Table,
    Text,
    and_,
    bindparam,
    case,
    cast,
    exists,
    func,
    insert,
    literal,
    null,
    or_,
    select,
    text,
    true,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import TextClause

from crmdesk.domain.intake import setting_refusal
from crmdesk.domain.row_checks import ASSIGNMENT, names_anew
from crmdesk.domain.scope import (
    OWNER_IN_TEAM,
    OnDeal,
    Viewer,
    may_write,
    outside_scope,
    visible,
)
from crmdesk.domain.tags import BadTagName, clean_tag_name, tag_id_for, tag_key
from crmdesk.domain.text import first_text_problem
from crmdesk.domain.words import Worded, message, tr_noop
from crmdesk.hlc import Stamp, clamp
from crmdesk.json_values import (
    SERVER_FIELDS,
    BadOp,
    coerce,
    marked,
    plain,
    snapshot,
    words_of,
)
from crmdesk.protocol import MAX_CHANGES, ConflictNote, Op, OpResult, Words
from crmdesk.server import clock, in_flight
from crmdesk.server.schema import AppliedOp, Conflict, FieldStamp, ServerChange
from crmdesk.store import derived, row_facts
from crmdesk.store.deal_team import (
    as_member,
    has_memberships_sql,
    member_key,
    member_key_sql,
    member_keys_sql,
    rows_under,
)
from crmdesk.store.family import account_id_of, belongs_to_account, move_family, owned_through
from crmdesk.store.models import (
    Account,
    Activity,
    DealMember,
    Opportunity,
    Role,
    Tag,
    User,
    synced_models,
    utcnow,
)
from crmdesk.store.records import (
    ACCOUNTS,
    APPEND_ONLY,
    APPEND_ONLY_MOVES,
    RECORDS,
    Access,
    RecordKind,
    length_problem,
    of_company,
    with_access,
)
from crmdesk.store.served import in_service, served_by, served_by_sql, set_by_rule

#: Why an edit that lost to a later one of the same field was not (wholly) applied.
LOST_REASON = tr_noop("A later edit of the same field was kept; yours is in the conflict "
                      "log.")
#: How far ahead of the server's clock a client's stamp may be before it is clamped.
MAX_SKEW_MS = 5 * 60 * 1000
#: Tables only an administrator changes (through crmdesk-server), never by a push.
ADMIN_ONLY = with_access(Access.ADMIN)
#: PostgreSQL advisory lock keys: writers of the change log (pushes share it, an
#: administrator's move of a book takes it alone); compaction against pulls.
CHANGE_LOG_LOCK, COMPACTION_LOCK = 4242, 4243
#: The first key of the advisory locks making a tag's name, by the name's key.
TAG_NAME_LOCK = 4244
#: A push the database gave up on (a deadlock, a serialisation failure) is tried again,
#: this many times in all, after a random pause growing with each try.
PUSH_ATTEMPTS, RETRY_PAUSE_S = 5, 0.02
_RETRY_STATES = frozenset({"40P01", "40001"})  # deadlock detected, serialization failure
#: Set by the server from the row's account or checked against the owner's team.
OWNED_FIELDS = frozenset({"owner_id", "team_id"})
#: Shared lists anyone may add to (a tag, the batch an import came in), never change.
SHARED_NEW = with_access(Access.ADD_ONLY)
#: Shared lists only an administrator changes, by a push too (channels, products).
SHARED = with_access(Access.SHARED)
T = TypeVar("T")
#: The node name in stamps the server hands out.


def lock_change_log(session: Session, exclusive: bool = False) -> int | None:
    """Join the writers of the change log until the transaction ends (PostgreSQL;
    SQLite has one writer anyway): pushes together, each announced to readers
    (crmdesk.server.in_flight); an administrator's command that must see no push under
    way (`exclusive`) alone. An exclusive command takes it before anything else.
    Returns the database's clock as this transaction announced it (None: SQLite)."""
    held = session.get_transaction()
    mode = session.info.get(_LOCKED)
    if mode is None or mode[0] is not held or (exclusive and not mode[1]):
        if exclusive:
            advisory_lock(session, CHANGE_LOG_LOCK)
            announced = in_flight.announce(session)
        else:  # a push: announced and joined in one round trip
            announced = in_flight.announce(session, joining=CHANGE_LOG_LOCK)
        mode = session.info[_LOCKED] = (held, exclusive, announced)
    return typing.cast(int | None, mode[2])


def forget_change_log_lock(session: Session) -> None:
    """After a rollback to a savepoint: a lock_change_log taken since went with it (its
    advisory locks too), so the next writer of the log takes it afresh."""
    session.info.pop(_LOCKED, None)


def advisory_lock(session: Session, key: int, shared: bool = False) -> None:
    """Take PostgreSQL advisory lock `key` until the transaction ends (SQLite, with one
    writer and snapshot reads, needs none)."""
    if session.get_bind().dialect.name == "postgresql":
        kind = "_shared" if shared else ""
        session.execute(text(f"SELECT pg_advisory_xact_lock{kind}(:key)"), {"key": key})


_LOCKED = "change_log_locked_by"


class _Prefetched:
    """A push's rows (locked), field stamps and earlier answers, read a query per kind of
    record rather than several per op. A key not read yet is read on first use.

    Every push locks its rows in one order: the accounts its rows hang on (or will),
    then each kind of record by name, each by id. A push that changes a row under an
    account writes the account too (its derived values; a moved account moves its
    rows), so with the accounts locked first two pushes never wait on each other in a
    circle. The row lock guards the row's field stamps as well: the second of two pushes
    to a row reads the stamps the first committed, and wins or loses by them."""

    def __init__(self, session: Session, client_id: str, ops: list[Op],
                 answers: dict[uuid.UUID, _Answer] | None = None) -> None:
        self.session = session
        #: The answers given earlier to these ops (`answers`: read already, see `pusher`)
        self.answers: dict[uuid.UUID, _Answer] = answers if answers is not None else {
            op_id: _Answer(user_id, result) for op_id, user_id, result in session.execute(
                _EARLIER_ANSWERS, {"client_id": client_id, "op_ids": [op.op_id for op in ops]})}
        #: This push's answers not yet written (`write_answers`).
        self.new_answers: list[dict[str, Any]] = []
        self.rows: dict[tuple[str, uuid.UUID], Any] = {}
        self.stamps: dict[tuple[str, uuid.UUID], dict[str, _Held]] = {}
        #: The field stamps this push set and has not written yet (`write_stamps`).
        self.unwritten: dict[tuple[str, uuid.UUID, str], _Held] = {}
        #: The newest stamp this push had clamped: its later ops never clamp below it.
        self.clamped: Stamp | None = None
        self._conflict_at: datetime | None = None
        #: people whose deal's team scope this push changed, with the member keys whose
        #: rows entered or left it (`announce_team_changes` writes them their entries)
        self.team_changes: dict[uuid.UUID, set[uuid.UUID]] = {}
        #: accounts an administrator's push gave another service owner, with the people
        #: (the one before, the one after) whose service scope gained or lost them
        #: (`announce_served` writes them their entries)
        self.served_changes: dict[uuid.UUID, set[uuid.UUID]] = {}
        #: The synced models by table name, looked up once for the push's ops.
        self.models = models = synced_models()
        by_entity: dict[str, set[uuid.UUID]] = {}
        for op in ops:
            if op.entity in models:
                by_entity.setdefault(op.entity, set()).add(op.row_id)
        accounts = _accounts_under(session, ops, by_entity) | by_entity.get(ACCOUNTS, set())
        by_entity[ACCOUNTS] = by_entity.get(ACCOUNTS, set())
        for entity in sorted(by_entity, key=lambda name: (name != ACCOUNTS, name)):
            ids = by_entity[entity]
            wanted = accounts if entity == ACCOUNTS else ids
            if not wanted:
                continue
            found = {row.id: row for row in session.scalars(_locking(entity),
                                                            {"ids": list(wanted)})}
            for row_id in ids:
                self.rows[(entity, row_id)] = found.get(row_id)
                self.stamps[(entity, row_id)] = {}
            if not ids:
                continue
            for row_id, field, held in _read_stamps(session, entity, ids):
                self.stamps[(entity, row_id)][field] = held

    def conflict_at(self) -> datetime:
        """When this push's conflicts are recorded: the database's clock as the push
        announced itself (or read once after that), so readers of the conflict log can
        stop below it while the push is in flight (crmdesk.server.in_flight)."""
        if self._conflict_at is None:
            announced = lock_change_log(self.session)  # already joined: no round trip
            self._conflict_at = clock.as_datetime(
                announced if announced is not None else clock.now_ms(self.session))
        return self._conflict_at

    def row(self, model: Any, entity: str, row_id: uuid.UUID) -> Any:
        key = (entity, row_id)
        if key not in self.rows:
            self.rows[key] = self.session.get(model, row_id, with_for_update={
                "key_share": True})
        return self.rows[key]

    def field_stamps(self, entity: str, row_id: uuid.UUID) -> dict[str, _Held]:
        key = (entity, row_id)
        if key not in self.stamps:
            self.stamps[key] = {field: held for _, field, held in _read_stamps(
                self.session, entity, [row_id])}
        return self.stamps[key]

    def logged_at(self, entity: str, row_id: uuid.UUID, fields: Collection[str]
                  ) -> datetime | None:
        """When the row's `fields` were last written, by the newest of their stamps (the
        writer's clock, as clamped): None when none is stamped."""
        held = self.field_stamps(entity, row_id)
        stamps = [Stamp.decode(held[field].stamp) for field in fields if field in held]
        return clock.as_datetime(max(stamps).wall_ms) if stamps else None

    def stamped(self, entity: str, row_id: uuid.UUID, field: str, held: _Held) -> None:
        """`held` is what the field's stamp is now: written by `write_stamps`."""
        self.unwritten[(entity, row_id, field)] = held

    def write_stamps(self) -> None:
        """Write the field stamps this push set, each with the change that set its value
        (numbered by now: flushed), in one statement: a stamp is written once, with its
        change's position, rather than inserted and then updated with it."""
        if not self.unwritten:
            return
        self.session.execute(_stamps_upsert(self.session.get_bind().dialect.name),
                             self._stamp_rows())

    def _stamp_rows(self) -> list[dict[str, Any]]:
        """The field stamps left to write, as rows (then none is left)."""
        rows = []
        for (entity, row_id, field), held in self.unwritten.items():
            if held.change is not None:
                held.seq, held.change = held.change.seq, None
            rows.append({"entity": entity, "row_id": row_id, "field": field,
                         "stamp": held.stamp, "user_id": held.user_id,
                         "client_id": held.client_id, "seq": held.seq})
        self.unwritten.clear()
        return rows

    def write(self) -> None:
        """Write the field stamps and the answers left to write: on PostgreSQL in one
        statement (a round trip fewer), each kind a column array apiece."""
        if (self.session.get_bind().dialect.name != "postgresql" or not self.unwritten
                or not self.new_answers or len(self.unwritten) > _ONE_WRITE_MAX
                or len(self.new_answers) > _ONE_WRITE_MAX):
            self.write_stamps()
            self.write_answers()
            return
        stamps, answers = self._stamp_rows(), self.new_answers
        self.new_answers = []
        self.session.execute(_WRITE_ALL, {
            **{f"s_{name}": [row[name] for row in stamps] for name in _STAMP_COLUMNS},
            **{f"a_{name}": [row[name] for row in answers] for name in _ANSWER_COLUMNS[:-1]},
            "a_result": [json.dumps(row["result"]) for row in answers]})

    def answered(self, client_id: str, op: Op, user_id: uuid.UUID, result: OpResult
                 ) -> None:
        """Remember `op`'s answer: for a retry of it, and to write (`write_answers`)."""
        # kept as before words were sent when it has none (most: applied ones)
        answer = result.model_dump(mode="json", exclude={"words"} if result.words is None
                                   else None)
        self.answers[op.op_id] = _Answer(user_id, answer)
        self.new_answers.append({"client_id": client_id, "op_id": op.op_id, "seq": op.seq,
                                 "user_id": user_id, "result": answer})

    def write_answers(self) -> None:
        """Write this push's answers, all in one statement."""
        if self.new_answers:
            self.session.execute(_INSERT_ANSWERS, self.new_answers)
            self.new_answers = []

    def forget(self, entity: str, row_id: uuid.UUID) -> None:
        """After an op was taken back: what it made is gone, read afresh."""
        self.rows.pop((entity, row_id), None)
        self.stamps.pop((entity, row_id), None)
        for key in [k for k in self.unwritten if k[:2] == (entity, row_id)]:
            del self.unwritten[key]


@dataclass(slots=True)
class _Held:
    """A field's stamp, as read or as this push leaves it: the newest stamp of an edit
    that wrote the value it holds, who wrote that value and by which change (`seq`, or
    `change` until that change is numbered). Plain values, not mapped rows: a push
    writes them all at once (`_Prefetched.write_stamps`)."""

    stamp: str
    user_id: uuid.UUID | None
    client_id: str | None
    seq: int
    change: ServerChange | None = None


@dataclass(frozen=True, slots=True)
class _Answer:
    """An op's answer, as given (a retried op gets it again)."""

    user_id: uuid.UUID
    result: dict[str, Any]


_STAMPS = typing.cast(Table, FieldStamp.__table__)
_ANSWERS = typing.cast(Table, AppliedOp.__table__)
#: The columns of a field stamp a later edit rewrites.
_STAMPED = ("stamp", "user_id", "client_id", "seq")
# A push's statements, built once (every push of every laptop runs them) on the tables'
# columns: Core statements, whose rows are plain tuples, not the ORM's.
_EARLIER_ANSWERS = (select(_ANSWERS.c.op_id, _ANSWERS.c.user_id, _ANSWERS.c.result)
                    .where(_ANSWERS.c.client_id == bindparam("client_id"),
                           _ANSWERS.c.op_id.in_(bindparam("op_ids", expanding=True))))
_READ_STAMPS = (select(_STAMPS.c.row_id, _STAMPS.c.field, _STAMPS.c.stamp, _STAMPS.c.user_id,
                       _STAMPS.c.client_id, _STAMPS.c.seq)
                .where(_STAMPS.c.entity == bindparam("entity"),
                       _STAMPS.c.row_id.in_(bindparam("row_ids", expanding=True))))
_INSERT_ANSWERS = insert(_ANSWERS)
_STAMP_COLUMNS = ("entity", "row_id", "field", "stamp", "user_id", "client_id", "seq")
_ANSWER_COLUMNS = ("client_id", "op_id", "user_id", "seq", "result")
#: The field stamps' upsert and the answers' insert as one PostgreSQL statement, the rows
#: passed as one array per column (a fixed text, prepared once, whatever the push's size).
_WRITE_ALL = text(
    "WITH stamped AS (INSERT INTO server_field_stamps (entity, row_id, field, stamp,"
    " user_id, client_id, seq) SELECT * FROM unnest(CAST(:s_entity AS varchar[]),"
    " CAST(:s_row_id AS uuid[]), CAST(:s_field AS varchar[]), CAST(:s_stamp AS varchar[]),"
    " CAST(:s_user_id AS uuid[]), CAST(:s_client_id AS varchar[]), CAST(:s_seq AS bigint[]))"
    " ON CONFLICT (entity, row_id, field) DO UPDATE SET "
    + ", ".join(f"{name} = excluded.{name}" for name in _STAMPED) +
    ") INSERT INTO server_applied_ops (client_id, op_id, user_id, seq, result)"
    " SELECT * FROM unnest(CAST(:a_client_id AS varchar[]), CAST(:a_op_id AS uuid[]),"
    " CAST(:a_user_id AS uuid[]), CAST(:a_seq AS bigint[]), CAST(:a_result AS json[]))")
#: Past this many stamps or answers a push writes them with the two statements above.
_ONE_WRITE_MAX = 1000
#: A push's earlier answers, by op id.
Answers = dict[uuid.UUID, _Answer]
_users = typing.cast(Table, User.__table__).c
#: The pusher's role and team, whether they are on some deal's team, with the earlier
#: answers to the push's ops (none: one row of nulls), in one statement.
_PUSHER = (select(_users.role, _users.team_id, has_memberships_sql(_users.id),
                  _ANSWERS.c.op_id, _ANSWERS.c.user_id, _ANSWERS.c.result)
           .select_from(User.__table__.outerjoin(_ANSWERS, and_(
               _ANSWERS.c.client_id == bindparam("client_id"),
               _ANSWERS.c.op_id.in_(bindparam("op_ids", expanding=True)))))
           .where(_users.id == bindparam("user_id")))


def pusher(session: Session, user_id: uuid.UUID, client_id: str, ops: list[Op]
           ) -> tuple[Viewer, Answers]:
    """The pusher `user_id`'s scope as it stands at this statement (read after the
    push joined the change log's writers, lock_change_log: an administrator's move of
    this user to another team or role, committed meanwhile, is seen), and the answers
    given earlier to `ops` from workspace `client_id`, for apply_push: one round trip."""
    rows = session.execute(_PUSHER, {"user_id": user_id, "client_id": client_id,
                                     "op_ids": [op.op_id for op in ops]}).all()
    role, team_id = rows[0][0], rows[0][1]
    answers = {op_id: _Answer(answered_by, result)
               for _, _, _, op_id, answered_by, result in rows if op_id is not None}
    member = as_member(session, user_id) if rows[0][2] else (frozenset(), frozenset())
    return Viewer(user_id, Role(role).value, team_id, *member), answers


@functools.cache
def _locking(entity: str) -> Any:
    """The statement reading `entity`'s rows by the ids bound as "ids", locked in id
    order. FOR NO KEY UPDATE: ids never change, and rows referring to these may be
    written meanwhile (their foreign keys take the lock that this one allows)."""
    model = synced_models()[entity]
    return (select(model).where(model.id.in_(bindparam("ids", expanding=True)))
            .order_by(model.id).with_for_update(key_share=True))


@functools.cache
def _stamps_upsert(dialect: str) -> Any:
    """The statement writing field stamps (a row each, over any there were), for `dialect`."""
    upsert = (pg_insert if dialect == "postgresql" else sqlite_insert)(_STAMPS)
    return upsert.on_conflict_do_update(
        index_elements=[_STAMPS.c.entity, _STAMPS.c.row_id, _STAMPS.c.field],
        set_={name: upsert.excluded[name] for name in _STAMPED})


def _read_stamps(session: Session, entity: str, row_ids: Collection[uuid.UUID]
                 ) -> Iterator[tuple[uuid.UUID, str, _Held]]:
    """The field stamps of `entity`'s rows `row_ids`: (row id, field, stamp)."""
    for row_id, field, stamp, user_id, client_id, seq in session.execute(
            _READ_STAMPS, {"entity": entity, "row_ids": list(row_ids)}):
        yield row_id, field, _Held(stamp, user_id, client_id, seq)


def _accounts_under(session: Session, ops: list[Op], by_entity: dict[str, set[uuid.UUID]]
                    ) -> set[uuid.UUID]:
    """The accounts the push's rows hang on: those they hang on now and those their ops
    name (unlocked reads: they only choose what to lock first)."""
    found: set[uuid.UUID] = set()
    for entity, ids in by_entity.items():
        kind = RECORDS.get(entity)
        if entity == ACCOUNTS or kind is None or kind.parent is None:
            continue
        column = getattr(kind.model, kind.parent.column)
        for above in session.scalars(select(column).where(kind.model.id.in_(ids))):
            account = account_id_of(session, entity, {kind.parent.column: above})
            if account is not None:
                found.add(account)
    for op in ops:
        kind = RECORDS.get(op.entity)
        if kind is None or kind.parent is None or op.entity not in by_entity:
            continue
        named = {column: ref for column, ref in _referred(op).items()
                 if owned_through(op.entity, column)}
        if named:
            account = account_id_of(session, op.entity, named)
            if account is not None:
                found.add(account)
    return found


@functools.cache
def _reference_columns(entity: str) -> dict[str, str]:
    """The columns of `entity` that name another synced row, with that row's table, read
    from the models' foreign keys so a new kind of record is covered. Owner and team are
    not among them: they are the row's scope, checked as such."""
    model = synced_models().get(entity)
    if model is None:
        return {}
    return {column.name: key.column.table.name for column in model.__table__.columns
            if column.name not in OWNED_FIELDS for key in column.foreign_keys}


def _referred(op: Op) -> dict[str, uuid.UUID]:
    """The ids `op` sets in its reference columns, by column (a value that is no id is
    left to the type check, which refuses it)."""
    found = {}
    for column in _reference_columns(op.entity):
        value = op.fields.get(column)
        if isinstance(value, str):
            try:
                found[column] = uuid.UUID(value)
            except ValueError:
                continue
    return found


def _seen_row(session: Session, viewer: Viewer, entity: str, row: Any) -> bool:
    """May `viewer` see `row` (None: there is no such row)? Rows with no owner are
    reference data, which everyone sees (so pulls send them to all)."""
    if row is None:
        return False
    return not hasattr(row, "owner_id") or visible(
        viewer, row.owner_id, row.team_id, member_key(session, entity, row),
        served_by(session, entity, row) if viewer.role == "service" else None)


class _References:
    """The rows a push's ops refer to that its pusher may see, by the rule pulls use, read
    with one query per kind of record referred to. A row may point only at what its
    writer sees: otherwise it would name another team's contact, account or contract and
    be kept aside on every laptop. A missing row and another team's get the same answer,
    the one for any change outside the pusher's scope, so it tells nothing of theirs."""

    def __init__(self, session: Session, viewer: Viewer, ops: list[Op]) -> None:
        self.session = session
        self.viewer = viewer
        self.seen: set[tuple[str, uuid.UUID]] = set()
        if viewer.role == "admin":
            return  # sees everything; a missing row is the database's to refuse
        wanted: dict[str, set[uuid.UUID]] = {}
        for op in ops:
            for column, ref in _referred(op).items():
                wanted.setdefault(_reference_columns(op.entity)[column], set()).add(ref)
        models = synced_models()
        for table, ids in wanted.items():
            model = models[table]
            query = select(model.id).where(model.id.in_(ids))
            if hasattr(model, "owner_id"):
                kind = RECORDS.get(table)
                via = None if kind is None else member_key_sql(kind)
                served = (served_by_sql(kind) if kind is not None and viewer.role == "service"
                          else None)
                query = query.where(visible_sql(viewer, model.owner_id, model.team_id, via,
                                                served))
            self.seen.update((table, row_id) for row_id in session.scalars(query))

    def check(self, op: Op, cache: _Prefetched) -> None:
        """Refuse `op` (BadOp) if it refers to a row its pusher may not see. A row this
        push makes or changes is judged as it stands when `op` comes."""
        if self.viewer.role == "admin":
            return
        for column, ref in _referred(op).items():
            key = (_reference_columns(op.entity)[column], ref)
            if key in cache.rows:
                seen = _seen_row(self.session, self.viewer, key[0], cache.rows[key])
            else:
                seen = key in self.seen
            if not seen:
                raise BadOp(marked(outside_scope()))


_TAG_LOCK: TextClause = text("SELECT pg_advisory_xact_lock(:first, hashtext(:key))")


def _tag_named(session: Session, op: Op, cache: _Prefetched) -> Op:
    """`op` with its tag name written as the laptop's add_tag writes it (the one rule in
    crmdesk.domain.tags: an empty name is refused), never making a second tag for a name
    another tag holds in some spacing or case."""
    raw = op.fields.get("name")
    if op.entity != "tags" or not isinstance(raw, str):
        return op  # no name, or not text: the type check answers that
    try:
        name = clean_tag_name(raw)
    except BadTagName as exc:
        raise BadOp(message(exc)) from None
    key = tag_key(name)
    if session.get_bind().dialect.name == "postgresql":
        # pushes run in parallel: two making "VIP" and "vip" at once take turns here
        session.execute(_TAG_LOCK, {"first": TAG_NAME_LOCK, "key": key})
    row = cache.row(Tag, op.entity, op.row_id)
    if row is None or tag_key(row.name) != key:
        for other in session.scalars(select(Tag.name).where(Tag.id != op.row_id)):
            if tag_key(other) == key:
                raise BadOp(Worded(tr_noop("There is already a tag “{0}”; use that one."),
                                   other))
    return op.model_copy(update={"fields": op.fields | {"name": name}})


def _give_way(session: Session, ops: list[Op]) -> list[Op]:
    """`ops` with each reference to a tag this server does not hold, by the id a laptop
    derives from a name (tag_id_for), made a reference to the tag that holds that name
    in some case or spacing (tag_key): a laptop that tagged offline under "Aimed" meant
    the tag called "aimed" here, made before ids came from names. Its own new tag is
    refused ("use that one") and gives way to this one when the laptop pulls it."""
    columns = {op.entity: [c for c, table in _reference_columns(op.entity).items()
                           if table == "tags"] for op in ops}
    wanted = {ref for op in ops for column, ref in _referred(op).items()
              if column in columns[op.entity]}
    if not wanted:
        return ops
    missing = wanted - set(session.scalars(select(Tag.id).where(Tag.id.in_(wanted))))
    if not missing:
        return ops
    # live tags come last, so a name held by a removed tag too is a live one's; the
    # list is short (the laptop's find_tag reads it whole as well)
    holder = {tag_id_for(name): tag_id for tag_id, name in session.execute(
        select(Tag.id, Tag.name).order_by(Tag.deleted.desc(), Tag.id.desc()))}
    out = []
    for op in ops:
        moved = {column: holder[ref].hex for column, ref in _referred(op).items()
                 if column in columns[op.entity] and ref in missing and ref in holder}
        out.append(op.model_copy(update={"fields": op.fields | moved}) if moved else op)
    return out


def apply_push(session: Session, viewer: Viewer, client_id: str, ops: list[Op],
               now_ms: int, answers: Answers | None = None) -> list[OpResult]:
    """Apply a push's ops in the client's order, each once (a retried op gets its first
    answer). The quick way writes the whole push at once; if the database refuses any of
    it, everything is taken back and the ops are applied one by one, each in its own
    savepoint, so the one that does not fit is refused alone.

    Pushes run in parallel: one the database gives up on for meeting another (a
    deadlock) is taken back and tried again, a few times, never refused for it.

    `answers`: the ops' earlier answers as `pusher` read them in this transaction, for
    the first try (a try after a rollback reads them afresh)."""
    ops = sorted(ops, key=lambda op: op.seq)
    earlier = [answers]  # a rollback, or a try again, reads them afresh

    def attempt() -> list[OpResult]:
        first, earlier[0] = earlier[0], None
        try:
            return _apply_all(session, viewer, client_id, ops, now_ms, careful=False,
                              answers=first)
        except DBAPIError as exc:  # IntegrityError included
            if try_again(exc):
                raise
            session.rollback()
        return _apply_all(session, viewer, client_id, ops, now_ms, careful=True)

    return retried(session, attempt)


def retried(session: Session, work: Callable[[], T]) -> T:
    """`work()` in the session's transaction; if the database gives it up for meeting
    another transaction (`try_again`), taken back and done again after a random pause
    that grows with each try, PUSH_ATTEMPTS tries in all."""
    for attempt in range(1, PUSH_ATTEMPTS + 1):
        try:
            return work()
        except DBAPIError as exc:
            if not try_again(exc) or attempt == PUSH_ATTEMPTS:
                raise
            session.rollback()
            time.sleep(random.uniform(0, RETRY_PAUSE_S * 2 ** attempt))
    raise AssertionError("unreachable: the last attempt returns or raises")


def try_again(exc: DBAPIError) -> bool:
    """Did the database give up on the transaction for meeting another one (which then
    went on), so that the same work may simply be done again?"""
    return getattr(exc.orig, "sqlstate", None) in _RETRY_STATES


def _apply_all(session: Session, viewer: Viewer, client_id: str, ops: list[Op],
               now_ms: int, careful: bool, answers: Answers | None = None
               ) -> list[OpResult]:
    lock_change_log(session)
    # it writes through rule_writes, which imports us
    from crmdesk.server import pool
    pool.claims_in_turn(session, viewer, ops)  # before any account is locked
    ops = _give_way(session, ops)
    cache = _Prefetched(session, client_id, ops, answers)
    refs = _References(session, viewer, ops)
    results = [_apply_op(session, viewer, client_id, op, now_ms, cache, careful, refs)
               for op in ops]
    session.flush()  # the changes are numbered, and the facts there for _rederive
    _rederive(session, viewer, ops, now_ms)
    _hand_off(session, ops, now_ms, viewer.user_id)
    # the pool: a return undone by a conversation logged offline before its deadline
    pool.after_push(session, viewer, ops, results,
                    lambda row_id: cache.logged_at("activities", row_id, pool.TALK_FIELDS))
    announce_team_changes(session, cache.team_changes, viewer.user_id)
    announce_served(session, cache.served_changes, viewer.user_id)
    session.flush()
    cache.write()
    return results


def _hand_off(session: Session, ops: list[Op], now_ms: int, user_id: uuid.UUID) -> None:
    """A contracted customer's first payment hands it to customer service (its status
    re-derived first): crmdesk.server.handoff, which writes through this module."""
    from crmdesk.server import handoff  # it logs its rows here: imported when needed

    handoff.after_push(session, ops, now_ms, user_id)


def _rederive(session: Session, viewer: Viewer, ops: list[Op], now_ms: int) -> None:
    """Status, last contact and value score of the accounts whose facts a push touched,
    by the rules and the server's clock, whatever a laptop sent for them: laptops of the
    version before read them as the server holds them (newer ones compute their own)."""
    touched: dict[str, set[uuid.UUID]] = {}
    for op in ops:
        if derived.reads(op.entity, op.fields):  # a region edit changes no derived value
            touched.setdefault(op.entity, set()).add(op.row_id)
    if not touched:
        return
    today = datetime.fromtimestamp(now_ms / 1000, UTC).date()
    accounts = derived.accounts_of(session, touched)
    for account_id, values in derived.stale(session, today, accounts).items():
        row = session.get(Account, account_id)
        assert row is not None  # stale() reads live accounts only
        for column, value in values.items():
            setattr(row, column, value)
        row.updated_at = utcnow()
        record_change(session, "accounts", row, (row.owner_id, row.team_id), viewer.user_id)


def _apply_op(session: Session, viewer: Viewer, client_id: str, op: Op, now_ms: int,
              cache: _Prefetched, careful: bool, refs: _References) -> OpResult:
    """Apply one op and return its result. An op not wholly applied carries the row as
    the server holds it, so the laptop can put it back."""
    earlier = cache.answers.get(op.op_id)
    if earlier is not None:
        if earlier.user_id != viewer.user_id:
            return refused_result(op.op_id, Worded(tr_noop(
                "This operation id was already used by someone else.")))
        return OpResult.model_validate(earlier.result)
    taken_back = False
    try:
        refs.check(op, cache)
        op = _tag_named(session, op, cache)
        if careful:
            with session.begin_nested():  # a failing op takes back only itself
                result = _apply(session, viewer, client_id, op, now_ms, cache)
                session.flush()
                cache.write_stamps()
        else:
            result = _apply(session, viewer, client_id, op, now_ms, cache)
    except BadOp as exc:  # raised before anything is written
        result = refused_result(op.op_id, message(exc))
    except IntegrityError as exc:
        if not careful or try_again(exc):
            raise
        taken_back = True
        result = refused_result(op.op_id, Worded(tr_noop(
            "It does not fit the data on the server (a related record is missing or the "
            "value is taken): {0}"), f"{str(exc.orig).splitlines()[0]:.200}"))
    except DBAPIError as exc:  # out of range, bad characters: that op, never the push
        if not careful or try_again(exc):  # a deadlock is the push's: tried again
            raise
        taken_back = True
        result = refused_result(op.op_id, Worded(tr_noop(
            "The server's database cannot store it: {0}"),
            f"{str(exc.orig).splitlines()[0]:.200}"))
    if taken_back:  # with its savepoint: what it made is gone, read afresh
        cache.forget(op.entity, op.row_id)
    if result.status != "applied":
        result.current = _current(session, viewer, op.entity, op.row_id)
    cache.answered(client_id, op, viewer.user_id, result)
    return result


def refused_result(op_id: uuid.UUID, reason: str) -> OpResult:
    """An op refused, saying `reason`: with its template and figures when it is a
    marked sentence (the push of a laptop that reads them gets them: WORDS_HEADER)."""
    words = words_of(reason)
    return OpResult(op_id=op_id, status="refused", reason=str(reason),
                    words=None if words is None else Words.model_validate(words))


def _current(session: Session, viewer: Viewer, entity: str, row_id: uuid.UUID
             ) -> dict[str, Any] | None:
    """The row as the server holds it, if the viewer may see it."""
    model = synced_models().get(entity)
    row = None if model is None else session.get(model, row_id)
    if row is None or not _seen_row(session, viewer, entity, row):
        return None
    return snapshot(row)


_SAME: Any = object()


def record_change(session: Session, entity: str, row: Any,
                  before: tuple[Any, Any] | None, user_id: uuid.UUID | None, *,
                  prev_via: uuid.UUID | None = _SAME,
                  audience: uuid.UUID | None = None,
                  prev_served: uuid.UUID | None = _SAME) -> ServerChange:
    """Append a row's new state to the change log (`before`: its owner and team before
    the change, None for a new row; `prev_via`: its member key before, when the change
    may have moved it to another deal or company; `prev_served`: its company's service
    owner before, when that may have changed). With `audience`, the entry is for that
    person alone: the row entered or left their deal's team or service scope."""
    change = ServerChange(**change_values(session, entity, row, before, user_id,
                                          prev_via=prev_via, audience=audience,
                                          prev_served=prev_served))
    session.add(change)
    return change


def change_values(session: Session, entity: str, row: Any,
                  before: tuple[Any, Any] | None, user_id: uuid.UUID | None, *,
                  prev_via: uuid.UUID | None = _SAME,
                  audience: uuid.UUID | None = None,
                  prev_served: uuid.UUID | None = _SAME) -> dict[str, Any]:
    """The values of `record_change`'s entry (no position yet), for a writer that
    inserts many entries at once; the change log is joined (announced) as there."""
    lock_change_log(session)  # every writer of the log is announced, admin commands too
    via = served = None
    if hasattr(row, "owner_id"):
        owner, team = row.owner_id, row.team_id
        prev_owner, prev_team = before if before is not None else (owner, team)
        via = member_key(session, entity, row)
        served = served_by(session, entity, row)
    else:  # reference rows (users and teams too) go to every laptop: notes name authors
        owner = team = prev_owner = prev_team = None
    return {"entity": entity, "row_id": row.id, "owner_id": owner, "team_id": team,
            "prev_owner_id": prev_owner, "prev_team_id": prev_team, "via": via,
            "prev_via": via if prev_via is _SAME else prev_via, "served_by": served,
            "prev_served_by": served if prev_served is _SAME else prev_served,
            "audience": audience, "row": snapshot(row), "user_id": user_id}


def announce_team_changes(session: Session, changed: dict[uuid.UUID, set[uuid.UUID]],
                          user_id: uuid.UUID | None) -> None:
    """For each person whose deal's team scope changed (they joined or left a deal's
    team, or a deal they are on moved or was removed), an entry of their own for every
    row under the member keys concerned: the log tells laptops about rows that change,
    and these rows entered or left that person's scope without changing. Whether each
    comes whole or as a removal is read at their pull, from their scope then."""
    session.flush()  # rows as this push leaves them
    for person, keys in sorted(changed.items()):
        for entity, row in rows_under(session, keys):
            record_change(session, entity, row, (row.owner_id, row.team_id), user_id,
                          audience=person)
    changed.clear()


def announce_served(session: Session, changed: dict[uuid.UUID, set[uuid.UUID]],
                    user_id: uuid.UUID | None) -> None:
    """For each account given another service owner (an administrator's push), an entry
    of their own for every row of it to the service user who served it and to the one
    who does now, as the hand-off writes them (crmdesk.server.handoff.announce): the
    rows below it did not change (but for its open onboarding tasks, which go to the
    new service owner, as on reassign), but they entered or left those people's
    scope."""
    # they write through this module
    from crmdesk.server import handoff
    from crmdesk.server.rule_writes import log_changed, server_stamp

    for account_id, people in sorted(changed.items()):
        account = session.get(Account, account_id)
        if account is None:
            continue
        if account.service_owner_id is not None:  # its open tasks go along, as on reassign
            moved = handoff.open_tasks_to(session, account.id, account.service_owner_id)
            if moved:
                log_changed(session, moved, server_stamp(session), user_id)
        handoff.announce(session, [account], sorted(people), user_id)
    changed.clear()


def _team_change(session: Session, cache: _Prefetched, entity: str, row: Any,
                 was: dict[str, Any] | None) -> None:
    """Note whose deal's team scope this change of `row` changed (`was`: the fields it
    had, None for a new row): a membership made, removed or moved, or a deal moved to
    another company, removed or brought back. Their entries are written at the push's
    end (`announce_team_changes`)."""
    if entity == "deal_members":
        fields = ("user_id", "opportunity_id", "deleted")
        if was is not None and all(was[f] == getattr(row, f) for f in fields):
            return
        for state in (was, {f: getattr(row, f) for f in fields}):
            if state is None:
                continue
            deal = session.get(Opportunity, state["opportunity_id"])
            keys = cache.team_changes.setdefault(state["user_id"], set())
            keys.add(state["opportunity_id"])
            if deal is not None:
                keys.add(deal.account_id)
    elif entity == "opportunities" and was is not None:
        if was["account_id"] == row.account_id and was["deleted"] == row.deleted:
            return
        for person in session.scalars(select(DealMember.user_id).where(
                DealMember.opportunity_id == row.id, DealMember.deleted.is_(False))):
            cache.team_changes.setdefault(person, set()).update(
                (row.id, was["account_id"], row.account_id))


def _not_below_own(stamp: Stamp, held: list[_Held]) -> Stamp:
    """A clamped `stamp` raised to the newest of its own laptop's stamps these fields
    hold. A laptop's stamps only grow, so its later edit must hold the field; clamped
    against a clock read earlier (the database's, set back since) it could fall below
    its earlier edit's and be dropped. Equal stamps of one laptop: its later op wins."""
    own = [Stamp.decode(h.stamp) for h in held]
    own = [s for s in own if s.node == stamp.node and s > stamp]
    return max(own) if own else stamp


def _holds(held: _Held, stamp: Stamp) -> bool:
    """Does the value a field holds beat an incoming edit stamped `stamp`? Stamps name
    their clock (its node), so equal ones come from one laptop: its later op wins."""
    return Stamp.decode(held.stamp) > stamp


def _scope_after(session: Session, entity: str, row: Any, values: dict[str, Any],
                 before: tuple[Any, Any] | None) -> tuple[Any, Any]:
    """The (owner, team) the row will have once the op is applied.

    An account's rows take the account's owner and team whatever the op says, so they
    are seen by exactly those who see the account; an owner must be in the row's team.
    """
    if entity in SHARED_NEW or belongs_to_account(entity):
        values.pop("owner_id", None)
        values.pop("team_id", None)
    if entity in SHARED_NEW:
        return None, None  # everyone's, like a channel: any laptop may refer to it
    parent = RECORDS[entity].parent
    if parent is not None:
        current = {} if row is None else {parent.column: getattr(row, parent.column)}
        account_id = account_id_of(session, entity, current | values)
        account = None if account_id is None else session.get(Account, account_id)
        if account is None:
            raise BadOp(Worded(tr_noop("Its account is not on the server (it was refused or "
                                       "removed).")))
        return account.owner_id, account.team_id
    if entity in SHARED:
        return None, None  # shared reference data: no owner, no team
    owner = values.get("owner_id", before[0] if before else None)
    team = values.get("team_id", before[1] if before else None)
    moves = before is None or "owner_id" in values or "team_id" in values
    if moves and owner is not None and session.scalar(select(User.team_id).where(User.id == owner)
                                            ) != team:
        raise BadOp(marked(OWNER_IN_TEAM))
    return owner, team


def _same(entity: str, field: str, held: Any, value: Any) -> bool:
    """Is `value` what the field already holds? Names of tags are the same in any case:
    a laptop that made "vip" offline made the tag another called "VIP"."""
    if entity == "tags" and field == "name" and isinstance(held, str) and isinstance(
            value, str):
        return held.casefold() == " ".join(value.split()).casefold()
    return bool(held == value)


def _apply(session: Session, viewer: Viewer, client_id: str, op: Op, now_ms: int,
           cache: _Prefetched) -> OpResult:
    model = cache.models.get(op.entity)
    if model is None or op.entity in ADMIN_ONLY:
        raise BadOp(Worded(tr_noop("“{0}” cannot be changed by sync."), op.entity))
    try:
        sent = Stamp.decode(op.stamp)
    except ValueError as exc:
        raise BadOp(Worded(tr_noop("Bad clock stamp: {0}"), str(exc))) from None
    # what a laptop's writes refuse too
    problem = first_text_problem(op.fields) or length_problem(op.entity, op.fields)
    if problem is not None:
        raise BadOp(marked(problem))
    stamp = clamp(sent, now_ms, MAX_SKEW_MS)
    if stamp != sent:
        # clamping keeps the counter, so (t, 2) then (t + 1, 0) would come out in the
        # wrong order and the later edit would lose to the earlier one: keep the order
        if cache.clamped is not None and stamp < cache.clamped:
            stamp = cache.clamped  # equal stamps of one laptop: its later op wins
        cache.clamped = stamp
    values = {field: coerce(model, field, value) for field, value in op.fields.items()}
    row = cache.row(model, op.entity, op.row_id)
    if row is None:
        missing = sorted(c.name for c in model.__table__.columns
                         if not c.nullable and c.default is None and c.name not in values
                         and c.name not in SERVER_FIELDS and c.name not in OWNED_FIELDS)
        if missing:
            raise BadOp(Worded(tr_noop("A new {0} row needs: {1}."), op.entity,
                               ", ".join(missing)))
    owned = hasattr(model, "owner_id")
    before = (row.owner_id, row.team_id) if owned and row is not None else None
    kind = RECORDS[op.entity]
    # the deal or company a deal's team sees it through, and what a change of it moves
    via_before = member_key(session, op.entity, row) if owned and row is not None else None
    # whom its company was served by, when the change may move it to another company
    # (or, of a company, give it another service owner)
    served_before = (served_by(session, op.entity, row) if row is not None and (
        kind.parent.column if kind.parent is not None else "service_owner_id") in values
        else _SAME)
    was = None if row is None else {f: getattr(row, f) for f in _TEAM_FIELDS.get(op.entity, ())}
    if op.entity in SHARED_NEW and row is not None and all(
            _same(op.entity, f, getattr(row, f), v) for f, v in values.items()):
        return OpResult(op_id=op.op_id, status="applied")  # a tag made twice: nothing new
    after = _scope_after(session, op.entity, row, values, before)
    if not (op.entity in SHARED_NEW and row is None):
        on_deal = (_on_deal(session, op.entity, row, values, via_before)
                   if kind.member_logs and viewer.deals else None)
        serving = (in_service(session, op.entity, row, values)
                   if viewer.role == "service" and of_company(op.entity) else None)
        if op.entity == ASSIGNMENT:  # a team setting; a rep's own away day a rep's too
            refusal = setting_refusal(viewer, None if row is None else row_facts.as_row(row),
                                      _as_left(model, op.row_id, row, values, {}, stamp)
                                      | {"owner_id": after[0], "team_id": after[1]})
        else:
            refusal = may_write(viewer, before if row is not None else None, after,
                                leads_only=kind.leads_only, owners_only=kind.owners_only,
                                on_deal=on_deal, in_service=serving)
        if refusal:
            raise BadOp(marked(refusal))
    ruled = set_by_rule(op.entity, row, values) if viewer.role != "admin" else None
    if ruled is not None:
        raise BadOp(marked(ruled))
    # an account's fields the server alone sets (the pool's, its day of assignment), and
    # a claim from the pool held to its limits: what it sets once the owner changed
    settles: dict[str, Any] = {}
    if op.entity == ACCOUNTS:
        from crmdesk.server import pool  # it writes through rule_writes, which imports us
        settles = pool.check_account(session, viewer, row, values, now_ms)
    if row is not None and kind.append_only and any(
            field not in APPEND_ONLY_MOVES and getattr(row, field) != value
            for field, value in values.items()):
        if _made_again(kind, row, values):
            # the same entry made on two laptops (its id derived from what made it, a
            # payment's points say): the first one made it, this one adds nothing
            return OpResult(op_id=op.op_id, status="applied")
        raise BadOp(marked(APPEND_ONLY))
    stamps = cache.field_stamps(op.entity, op.row_id)
    if stamp != sent:
        stamp = _not_below_own(stamp, [stamps[f] for f in values if f in stamps])
        cache.clamped = stamp
    # the laptop's rules, on the row as the op leaves it
    if names_anew(op.entity, row is None, values.keys()):
        refused = row_facts.problem(session, op.entity, _as_left(
            model, op.row_id, row, values, stamps, stamp))
        if refused is not None:
            raise BadOp(marked(refused))
    created = row is None
    if row is None:
        row = model(id=op.row_id)
        session.add(row)
        cache.rows[(op.entity, op.row_id)] = row
    derived = owned and (belongs_to_account(op.entity) or op.entity in SHARED_NEW)
    changed = derived and (row.owner_id, row.team_id) != after
    if derived:  # follows its account, never edited by itself
        row.owner_id, row.team_id = after
    lost: list[str] = []
    written: list[_Held] = []
    for field, value in values.items():
        held = stamps.get(field)
        # equal stamps from the same client (clamping can make them so): its later op wins
        if held is not None and _holds(held, stamp):
            if Stamp.decode(held.stamp).node == stamp.node:
                continue  # this laptop's own later edit holds it: no one to lose to
            if getattr(row, field) == value:
                continue  # the later edit wrote this very value: nothing was lost
            lost.append(field)  # a later edit already holds this field
            session.add(Conflict(entity=op.entity, row_id=op.row_id, field=field,
                                 kept_value=plain(getattr(row, field)), lost_value=plain(value),
                                 kept_stamp=held.stamp, lost_stamp=stamp.encode(),
                                 lost_user_id=viewer.user_id, lost_client_id=client_id,
                                 kept_user_id=held.user_id, kept_client_id=held.client_id,
                                 team_id=after[1], at=cache.conflict_at()))
            continue
        old = getattr(row, field)
        if (held is not None and old != value and held.client_id != client_id
                and held.seq > op.base):
            # written after what this client had seen: two people edited it at once
            # the later edit wins; the value it replaces is kept, with who wrote it
            session.add(Conflict(entity=op.entity, row_id=op.row_id, field=field,
                                 kept_value=plain(value), lost_value=plain(old),
                                 kept_stamp=stamp.encode(), lost_stamp=held.stamp,
                                 lost_user_id=held.user_id, lost_client_id=held.client_id,
                                 kept_user_id=viewer.user_id, kept_client_id=client_id,
                                 team_id=after[1], at=cache.conflict_at()))
        if held is None:
            held = stamps[field] = _Held(stamp.encode(), None, None, 0)
        # the later edit holds the field even when it wrote the value already there
        held.stamp = stamp.encode()
        cache.stamped(op.entity, op.row_id, field, held)
        if old != value or created or held.client_id is None:
            # who wrote the value stays the one whose change set it: a laptop that wrote
            # the same value at once, unaware of it, and changes it later, replaces that
            # person's value, and the conflict log must say so
            held.user_id, held.client_id = viewer.user_id, client_id
        if old != value or created:
            setattr(row, field, value)
            changed = True
            written.append(held)
    if settles and before is not None and row.owner_id != before[0]:
        for field, value in settles.items():  # the server's, on its clock: no stamps
            if getattr(row, field) != value:
                setattr(row, field, value)
                changed = True
    if changed:
        row.updated_at = utcnow()
        if created:  # its defaults filled and, for rows that refer to it, there first
            session.flush()
        change = record_change(session, op.entity, row, before, viewer.user_id,
                               prev_via=via_before if not created else _SAME,
                               prev_served=served_before)
        if owned and not created and change.via != via_before:
            # what a deal's team sees through this row goes where it goes
            for entity, child in _seen_through(session, op.entity, row.id):
                record_change(session, entity, child, (child.owner_id, child.team_id),
                              viewer.user_id, prev_via=via_before)
        _team_change(session, cache, op.entity, row, was)
        if (op.entity == ACCOUNTS and served_before is not _SAME
                and served_before != row.service_owner_id):
            # its rows leave the one service user's scope and enter the other's
            cache.served_changes.setdefault(row.id, set()).update(
                p for p in (served_before, row.service_owner_id) if p is not None)
        now = (row.owner_id, row.team_id) if owned else None
        if op.entity == "accounts" and before is not None and before != now:
            # its contacts, history and deals go where it goes
            for child, child_before in move_family(session, row.id, row.owner_id,
                                                   row.team_id):
                child.updated_at = row.updated_at
                record_change(session, child.__tablename__, child, child_before,
                              viewer.user_id)
        for held in written:
            held.change = change  # which change set this value (its seq once numbered)
    if not lost:
        return OpResult(op_id=op.op_id, status="applied")
    return OpResult(op_id=op.op_id, status="partly" if changed else "refused", lost=lost,
                    reason=LOST_REASON, words=Words(template=LOST_REASON),
                    lost_to=_writers(session, {f: stamps[f] for f in lost}))


def _made_again(kind: RecordKind, row: Any, values: dict[str, Any]) -> bool:
    """Does an op on an append-only row make it anew, as another laptop made it first?
    Only a creation names the record the row hangs on (what follows that record changes
    owner, team and removal alone), and it names the one the row hangs on."""
    column = None if kind.parent is None else kind.parent.column
    return column is not None and column in values and getattr(row, column) == values[column]


#: The fields whose change changes who is on a deal's team (`_team_change`).
_TEAM_FIELDS = {"deal_members": ("user_id", "opportunity_id", "deleted"),
                "opportunities": ("account_id", "deleted")}


def _on_deal(session: Session, entity: str, row: Any, values: dict[str, Any],
             via_before: uuid.UUID | None) -> OnDeal:
    """An activity, or a person spoken to in one, as `values` change `row` (None: new):
    the deal it was and will be on, who logged the activity (its author as it was; for
    a new one, as sent), the activity's company and the deal's, and whether the change
    names another author."""
    new_author = False
    if entity == "activity_contacts":
        activity_id = values.get("activity_id", None if row is None else row.activity_id)
        activity = None if activity_id is None else session.get(Activity, activity_id)
        deal = None if activity is None else activity.opportunity_id
        author = None if activity is None else activity.author_id
        account = None if activity is None else activity.account_id
    else:
        deal = values.get("opportunity_id", None if row is None else row.opportunity_id)
        author = values.get("author_id") if row is None else row.author_id
        account = values.get("account_id", None if row is None else row.account_id)
        new_author = row is not None and values.get("author_id", author) != author
    on = None if deal is None else session.get(Opportunity, deal)  # in the push's session
    return OnDeal(via_before if row is not None else None, deal, author, account=account,
                  deal_account=None if on is None else on.account_id, new_author=new_author)


def _seen_through(session: Session, entity: str, row_id: uuid.UUID
                  ) -> Iterator[tuple[str, Any]]:
    """The rows a deal's team sees through the row `row_id` of `entity` (the people
    spoken to in an activity)."""
    for kind in RECORDS.values():
        if kind.seen_by is not None and kind.seen_by.through == entity:
            for child in session.scalars(select(kind.model).where(
                    getattr(kind.model, kind.seen_by.column) == row_id)):
                yield kind.table, child


def _as_left(model: Any, row_id: uuid.UUID, row: Any, values: dict[str, Any],
             stamps: dict[str, _Held], stamp: Stamp) -> dict[str, Any]:
    """The whole row as an op stamped `stamp` leaves it: the fields it wins over what
    the row holds (a new row: over the columns' defaults); the loop in `_apply` writes
    exactly these."""
    won = {field: value for field, value in values.items()
           if field not in stamps or not _holds(stamps[field], stamp)}
    held = _defaults(model) if row is None else row_facts.as_row(row)
    return held | won | {"id": row_id}


@functools.cache
def _defaults(model: Any) -> dict[str, Any]:
    """A new row's values before an op's fields: its columns' plain defaults (one a
    function makes, such as an empty list, reads as None)."""
    return {column.name: column.default.arg if column.default is not None
            and column.default.is_scalar else None for column in model.__table__.columns}


def _writers(session: Session, held: dict[str, _Held]) -> dict[str, str]:
    """Who wrote each kept value, by display name."""
    names = dict(session.execute(select(User.id, User.display_name).where(
        User.id.in_({h.user_id for h in held.values() if h.user_id is not None}))).all())
    return {field: names[h.user_id] for field, h in held.items() if h.user_id in names}


def visible_sql(viewer: Viewer, owner: Any, team: Any, via: Any = None, served: Any = None
                ) -> ColumnElement[bool]:
    """crmdesk.domain.scope.visible as a SQL condition on (owner, team) columns, the
    member key column `via` and the company's service owner `served`, so the database,
    not Python, picks a viewer's rows (tests hold the two to the same table)."""
    seen = _visible(_shape(viewer), owner, team, viewer.user_id, viewer.team_id, served)
    if via is None or not viewer.member_of or viewer.role == "admin":
        return seen
    return or_(seen, via.in_(sorted(viewer.member_of)))


def _shape(viewer: Viewer) -> str:
    """Which form of the scope condition serves `viewer`."""
    if viewer.role == "admin":
        return "admin"
    if viewer.role == "service":
        return "service"
    if viewer.team_id is None:
        return "no team"
    return "lead" if viewer.role == "lead" else "rep"


def _visible(shape: str, owner: Any, team: Any, user_id: Any, team_id: Any,
             served: Any = None) -> ColumnElement[bool]:
    """The scope condition of `shape` for the viewer `user_id` in team `team_id` (values,
    or bound parameters of a statement made once); `served`: the column of the row's
    company's service owner."""
    if shape == "admin":
        return true()
    shared = and_(owner.is_(None), team.is_(None))
    if shape == "service":  # the companies they serve, no team's pool
        return shared if served is None else or_(shared, served == user_id)
    if shape == "no team":
        return shared
    if shape == "lead":
        return or_(shared, team == team_id)
    return or_(shared, and_(team == team_id, or_(owner.is_(None), owner == user_id)))


def _viewer_params(viewer: Viewer) -> dict[str, Any]:
    shape = _shape(viewer)
    return {"viewer": viewer.user_id} | ({} if shape in ("admin", "no team", "service")
                                         else {"viewer_team": viewer.team_id})


def _seen_by(shape: str, members: bool, at_cursor: bool = False) -> Any:
    """The scope condition of `shape` on (owner, team, member key) columns, for the
    viewer bound as "viewer" and "viewer_team"; with `members` (the viewer is on some
    deal's team), a row whose member key is theirs is seen too. With `at_cursor`, the
    member keys they held at the pull's cursor count as well (`_HELD_SINCE`)."""
    keys = member_keys_sql(bindparam("viewer")) if members else None

    def seen(owner: Any, team: Any, via: Any, served: Any = None) -> ColumnElement[bool]:
        plain = _visible(shape, owner, team, bindparam("viewer"), bindparam("viewer_team"),
                         served)
        if keys is None:
            return plain
        if at_cursor:
            return or_(plain, via.in_(keys), via.in_(_HELD_SINCE))
        return or_(plain, via.in_(keys))
    return seen


_log = ServerChange.__table__.c
#: The member keys a viewer's scope gained or lost after the pull's cursor: those of
#: the entries made for them alone since (they joined or left a deal's team, or its deal
#: moved). With the keys they hold now, these cover every key they held at the cursor,
#: so a row that left one of them before they left it is taken off their laptop (a
#: key they only gained makes a removal of a row the laptop never had: a no-op).
_HELD_SINCE = select(_log.via).where(_log.audience == bindparam("viewer"),
                                     _log.seq > bindparam("cursor"))


@functools.cache
def _changes_query(shape: str, by_kind: bool, members: bool = False) -> Any:
    """The pull's statement for viewers of `shape`, built once (every pull of every laptop
    runs it): the viewer, cursor, head, limit and kinds are its parameters. With
    `members`, the form for a viewer on some deal's team (most are on none, and their
    statement reads no membership at all)."""
    c = ServerChange.__table__.c
    seen = _seen_by(shape, members and shape != "admin")
    # who saw the row before: by the member keys held at the cursor, not only now (a
    # row that left a deal before the viewer left its team is not among the rows the
    # leave's entries name)
    before = _seen_by(shape, members and shape != "admin", at_cursor=True)

    def part(value: str) -> ColumnElement[str]:
        return literal(value, Text)

    # each change's JSON is written by the database (a first sync reads millions); the
    # entity is one of our table names, so it needs no escaping
    bare = func.replace(cast(c.row_id, Text), "-", "")  # as each database stores it
    dashed: ColumnElement[str] = func.substr(bare, 1, 8)
    for start, length in ((9, 4), (13, 4), (17, 4), (21, 12)):
        dashed = dashed + part("-") + func.substr(bare, start, length)
    now = seen(c.owner_id, c.team_id, c.via, c.served_by)
    change = (part('{"seq":') + cast(c.seq, Text) + part(',"entity":"') + c.entity
              + part('","row_id":"') + dashed + part('","row":')
              + case((now, cast(c.row, Text)), else_=part("null"))
              + part("}"))
    # an entry for one person (they joined or left a deal's team) goes to them alone,
    # whole or as a removal by their scope now; the rest to whoever saw the row before
    # (as their scope stood at the cursor) or sees it after
    query = (select(c.seq, change)
             .where(c.seq > bindparam("cursor"), c.seq <= bindparam("top"),
                    or_(and_(c.audience.is_(None),
                             or_(now, before(c.prev_owner_id, c.prev_team_id, c.prev_via,
                                             c.prev_served_by))),
                        c.audience == bindparam("viewer"))))
    if by_kind:
        query = query.where(c.entity.in_(bindparam("kinds", expanding=True)))
    return query.order_by(c.seq).limit(bindparam("limit"))


def changes_json(session: Session, viewer: Viewer, cursor: int, top: int,
                 limit: int = MAX_CHANGES, kinds: Collection[str] | None = None,
                 members: bool = True) -> tuple[list[str], int, bool]:
    """The viewer's changes after `cursor` in commit order, each already as the JSON of a
    `Change` (stored rows are passed through, never decoded): (changes, new cursor, more
    to come). With `kinds`, only changes of those kinds of record: what the laptop
    knows (it skips columns it does not know by itself). `members`: the viewer may be
    on some deal's team (False, read with the viewer, spares the membership read).

    Every entry up to the head `top` (read first, by `head`, below any writer still in
    flight) has committed, and this statement sees them all: a change that committed
    late is never skipped. A change that took a row out of the viewer's scope
    comes with no row, so the laptop deletes its copy; one that brought it in carries the
    whole row. A deal's team scope is read as it stands at this statement: an entry
    made when someone joined or left one comes whole or as a removal by it; whether the
    viewer saw a row before a change is read by the member keys they held at `cursor`
    too (`members` must then be true when they held any: see ON_A_DEAL_TEAM).
    """
    params = {"cursor": cursor, "top": top, "limit": limit + 1} | _viewer_params(viewer)
    if kinds is not None:
        params["kinds"] = sorted(kinds)
    rows = session.execute(_changes_query(_shape(viewer), kinds is not None, members),
                           params).all()
    more = len(rows) > limit
    rows = rows[:limit]
    return [row for _, row in rows], rows[-1][0] if more else max(top, cursor), more


#: Whether a user is on some deal's team, or was at the pull's cursor (an entry was made
#: for them alone since: they left one): read with the viewer at a pull. Either way the
#: pull takes the statement that reads member keys.
ON_A_DEAL_TEAM: Any = or_(has_memberships_sql(bindparam("user_id")), exists().where(
    _log.audience == bindparam("user_id"), _log.seq > bindparam("cursor")))

_kept_by = User.__table__.c
_noted = Conflict.__table__.c


@functools.cache
def _overwritten_query(settled: bool, shape: str) -> Any:
    """The conflicts a viewer of `shape` is told of: every value of theirs that a later
    edit replaced (their own work is never kept from them), with the value kept only
    while they still see the row, by its latest entry in the change log (its owner,
    team and member key now): of a row that left their scope (another's now, or a
    deal's team they left) the value kept is no longer theirs to read."""
    c = ServerChange.__table__.c
    latest = ServerChange.__table__.alias("latest")
    newest = (select(func.max(latest.c.seq))
              .where(latest.c.row_id == _noted.row_id, latest.c.entity == _noted.entity,
                     latest.c.audience.is_(None)).scalar_subquery())
    seen = _seen_by(shape, shape != "admin")
    still_seen = exists().where(c.seq == newest, seen(c.owner_id, c.team_id, c.via,
                                                      c.served_by))
    kept = case((still_seen, _noted.kept_value), else_=null()) if shape != "admin" \
        else _noted.kept_value
    query = (select(_noted.id, _noted.entity, _noted.row_id, _noted.field,
                    kept.label("kept_value"), _noted.lost_value, _noted.at,
                    _kept_by.display_name)
             .select_from(Conflict.__table__.outerjoin(
                 User.__table__, _kept_by.id == _noted.kept_user_id))
             .where(_noted.lost_client_id == bindparam("client_id"),
                    _noted.lost_user_id == bindparam("viewer"),
                    _noted.kept_client_id != bindparam("client_id"),
                    _noted.at >= bindparam("after")))
    if settled:
        query = query.where(_noted.at < bindparam("settled"))
    return query.order_by(_noted.at).limit(1000)


def overwritten(session: Session, viewer: Viewer, client_id: str, after: datetime,
                settled: tuple[Any, ...] | None = None) -> list[ConflictNote]:
    """Values this client had sent that a later edit from elsewhere replaced (values a
    push of its own lost were answered in that push); the value kept only of rows the
    viewer still sees. Only those recorded before any push still in flight: the laptop
    asks next from the latest time it was given, so a conflict committed late must not
    be earlier than one it already has. `settled`: the values of
    in_flight.settled_columns read by an earlier statement (None: read here)."""
    bound = (in_flight.settled_before(session) if settled is None
             else in_flight.settled_from(settled))
    query = _overwritten_query(bound is not None, _shape(viewer))
    rows = session.execute(query, {"client_id": client_id, "after": after,
                                   "settled": bound} | _viewer_params(viewer)).all()
    return [ConflictNote(id=c.id, entity=c.entity, row_id=c.row_id, field=c.field,
                         kept_value=c.kept_value, lost_value=c.lost_value, at=c.at,
                         kept_by=c.display_name) for c in rows]


#: The newest field stamp the server holds (an index makes this one lookup), as a
#: scalar subquery: a statement of its own or a part of another (a pull's, app.py).
NEWEST_STAMP: Any = select(func.max(FieldStamp.__table__.c.stamp)).scalar_subquery()


def as_servers(newest: str | None) -> str | None:
    """The stamp `newest` (read with NEWEST_STAMP) under the server's name: no earlier
    than any field stamp the server holds, and whose edit it was is not the puller's
    business."""
    if newest is None:
        return None
    stamp = Stamp.decode(newest)
    return Stamp(stamp.wall_ms, stamp.counter, clock.SERVER_NODE).encode()


def head(session: Session) -> int:
    """The newest change-log position a pull may read up to: every entry at or below it
    has committed or never will (writers in flight hold back; see in_flight)."""
    return in_flight.readable_head(session)
