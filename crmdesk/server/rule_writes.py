"""Rows the server writes by its own rules (a book moved by an administrator, a web
enquiry assigned, a lead returned to the pool, an account handed to service), logged so
the laptops receive them at their next pull.

A rule's write is a server edit like any other: each row goes to the change log with the
owner and team it had (so laptops that held it delete it and those that may now see it
receive it whole), and the fields the rule set carry a stamp from the server's clock, so
a laptop edit of them made before the rule ran and pushed afterwards loses by
last-writer-wins, and one made after it wins. New rows need no stamps: no laptop can
have edited them before.
"""

from __future__ import annotations

import typing
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Table, insert, select, text
from sqlalchemy.orm import Session, make_transient_to_detached

from crmdesk.hlc import Stamp
from crmdesk.server import clock
from crmdesk.server.schema import FieldStamp, ServerChange
from crmdesk.server.sync import change_values, record_change
from crmdesk.store.family import of_these_accounts
from crmdesk.store.models import Account, Activity, Base, User, utcnow
from crmdesk.store.records import of_accounts

#: Tables in an order where a row comes after the rows it refers to: a laptop applying
#: the change log in pull batches never meets a reference to a row it has not received.
_ORDER = {table.name: i for i, table in enumerate(Base.metadata.sorted_tables)}
_CHUNK = 500

Place = tuple[uuid.UUID | None, uuid.UUID | None]  # (owner, team)


def server_stamp(session: Session) -> Stamp:
    """A stamp from the database's clock, no later than now: it beats every laptop edit
    made before the rule ran and loses to any made after it, whichever machine runs it."""
    return clock.server_stamp(session)


@dataclass(frozen=True, slots=True)
class Changed:
    """A row a rule changed: the owner and team it had before, and the fields the rule
    set (these get the rule's stamp)."""

    row: Any
    before: Place
    fields: tuple[str, ...]


def log_new(session: Session, rows: Iterable[Any], user_id: uuid.UUID | None = None
            ) -> list[ServerChange]:
    """Add rows a rule made and log each, referred rows before the rows naming them."""
    made = sorted(rows, key=lambda row: _ORDER[row.__tablename__])
    session.add_all(made)
    session.flush()  # defaults (ids, updated_at) filled before the snapshot
    return _numbered(session, [record_change(session, row.__tablename__, row, None, user_id)
                               for row in made])


def insert_new(session: Session, rows: Iterable[Any]) -> None:
    """Insert new rows a rule made (not yet in the session), a statement per kind,
    referred kinds first, past the session's unit of work (a batch of web enquiries
    makes hundreds, which it would insert at several times the cost): each row gets
    every column, the ones left unset the value an insert gives them (the column's
    default), and is then held by the session as if read, so what follows (its derived
    values set, `log_new`) finds it and works on it as on a row flushed."""
    by_kind: dict[Any, list[Any]] = defaultdict(list)
    for row in rows:
        by_kind[type(row)].append(row)
    for kind in sorted(by_kind, key=lambda k: _ORDER[k.__tablename__]):
        made = by_kind[kind]
        columns = [(attr.key, attr.columns[0]) for attr in kind.__mapper__.column_attrs]
        values = []
        for row in made:
            value: dict[str, Any] = {}
            held = row.__dict__  # transient: no history to keep, the row is new
            for key, column in columns:
                got = held.get(key)
                if got is None and column.default is not None:
                    got = _default(column)
                held[key] = value[column.key] = got  # even None: held as read, never loaded
            values.append(value)
        session.execute(insert(kind.__table__), values)
        for row in made:
            make_transient_to_detached(row)
            session.add(row)


def log_inserted(session: Session, rows: Iterable[Any], user_id: uuid.UUID | None = None
                 ) -> None:
    """`log_new` for rows `insert_new` inserted (their derived values set since, or
    not): each entry made as `log_new` makes it, and all inserted in one statement
    past the session's unit of work, which reads nothing back: their positions are
    taken as they are inserted, in their order."""
    made = sorted(rows, key=lambda row: _ORDER[row.__tablename__])
    session.flush()  # what was set on them since is written (updated_at) before the snapshot
    entries = [change_values(session, row.__tablename__, row, None, user_id) for row in made]
    if entries:
        session.execute(insert(typing.cast(Table, ServerChange.__table__)), entries)


def _default(column: Any) -> Any:
    """The value an insert gives a column left unset: its default (Python-side ones
    only: the synced models have no others)."""
    default = column.default
    if default.is_scalar:
        return default.arg
    if default.is_callable:
        return default.arg(None)  # wrapped to take the execution context, unused
    raise TypeError(f"{column} has a default only the database can give")


#: The change log's next positions, as many as asked, in one statement.
_NEXT_POSITIONS = text("SELECT nextval(pg_get_serial_sequence('server_changes', 'seq'))"
                       " FROM generate_series(1, :n)")


def _numbered(session: Session, changes: list[ServerChange]) -> list[ServerChange]:
    """Give new entries their positions in the log now, in their order, in one statement
    (PostgreSQL; SQLite numbers them as it inserts them): their insert then reads
    nothing back, so it is sent as one statement parsed once, not as one that holds
    every entry's values. Taken after the writer announced itself (record_change), as
    an insert takes them (crmdesk.server.in_flight)."""
    if len(changes) > 1 and session.get_bind().dialect.name == "postgresql":
        with session.no_autoflush:  # they are pending: numbered before they are sent
            positions = sorted(session.scalars(_NEXT_POSITIONS, {"n": len(changes)}))
        for change, position in zip(changes, positions, strict=True):
            change.seq = position
    return changes


def log_changed(session: Session, changed: Sequence[Changed], stamp: Stamp,
                user_id: uuid.UUID | None = None) -> None:
    """Log rows a rule changed (already changed in the session) and stamp the fields it
    set with `stamp`, each with the change that set it."""
    stamp_logged(session, log_unstamped(session, changed, user_id), stamp)


@dataclass(frozen=True, slots=True)
class Logged:
    """Rows a rule changed, each with its entry in the change log, and the stamps their
    fields held (read as the rows are, under their locks), their new stamps to come
    (`stamp_logged`)."""

    entries: list[tuple[Changed, ServerChange]]
    held: dict[tuple[str, uuid.UUID, str], FieldStamp]


def log_unstamped(session: Session, changed: Sequence[Changed],
                  user_id: uuid.UUID | None = None) -> Logged:
    """`log_changed` without the stamps, for a rule that takes its stamp later
    (`stamp_logged`, in the same transaction, the rows still locked): the stamp holds
    the server clock's lock from when it is taken to the commit, and other writers take
    turns on it, so the less is done after it the better."""
    now = utcnow()
    entries: list[tuple[Changed, ServerChange]] = []
    for item in sorted(changed, key=lambda c: _ORDER[c.row.__tablename__]):
        item.row.updated_at = now
        entries.append((item, record_change(session, item.row.__tablename__, item.row,
                                            item.before, user_id)))
    _numbered(session, [change for _item, change in entries])
    session.flush()  # gives each change its seq (SQLite), the stamps' rows what they name
    return Logged(entries, _held_stamps(session, entries))


def stamp_logged(session: Session, logged: Logged, stamp: Stamp) -> None:
    """Stamp the fields of rows `log_unstamped` logged with `stamp`, each with the change
    that set it."""
    _stamp(session, logged, stamp)


def move_accounts(session: Session, accounts: Sequence[Account], place: Place,
                  stamp: Stamp, today: date, also: Sequence[Changed] = (), *,
                  assigns: bool = True) -> int:
    """Move `accounts`, each with every row that hangs on it (tombstoned ones too), to
    `place` (owner None: the team's pool), log and stamp them with `also` (other rows the
    move changed); the value is how many rows moved, the accounts included. Given to an
    owner, an account's pool clock starts on `today` (its `assigned_on`), unless
    `assigns` is false (a return undone: it goes back as it was); given to the pool, it
    keeps the day it was last assigned."""
    owner, team = place
    moves: list[Changed] = list(also)
    with session.no_autoflush:  # one flush at the end, not one per query of a large book
        for account in accounts:
            before = (account.owner_id, account.team_id)
            fields = _set_place(account, place)
            if owner is not None and assigns and account.assigned_on != today:
                account.assigned_on = today
                fields = (*fields, "assigned_on")
            moves.append(Changed(account, before, fields))
        for kin in family(session, [a.id for a in accounts]):
            if (kin.owner_id, kin.team_id) != (owner, team):
                moves.append(Changed(kin, (kin.owner_id, kin.team_id), _set_place(kin, place)))
        # the activities name their authors: whoever may now see them needs those users
        publish_users(session, [author for author in _authors(session, moves)
                                if author.team_id not in (None, team)])
        log_changed(session, moves, stamp)
    return len(moves) - len(also)


def publish_users(session: Session, users: Iterable[User]) -> None:
    """Log users again (the change log gives users to every laptop): a laptop that is to
    hold a moved row needs the user it names, even one whose earlier entry it skipped."""
    for user in users:
        record_change(session, "users", user, None, None)


def _authors(session: Session, moves: Iterable[Changed]) -> list[User]:
    ids = {item.row.author_id for item in moves
           if isinstance(item.row, Activity) and item.row.author_id is not None}
    if not ids:
        return []
    return list(session.scalars(select(User).where(User.id.in_(ids))))


def _set_place(row: Any, place: Place) -> tuple[str, ...]:
    """Give `row` the owner and team of `place`; the fields that changed."""
    fields = tuple(f for f, value in zip(("owner_id", "team_id"), place, strict=True)
                   if getattr(row, f) != value)
    row.owner_id, row.team_id = place
    return fields


def family(session: Session, account_ids: list[uuid.UUID]) -> Iterator[Any]:
    """Every row of these accounts, tombstoned ones too: the rows store/family.py's
    `descendants` gives for one account, read for many accounts per query."""
    for start in range(0, len(account_ids), _CHUNK):
        chunk = account_ids[start:start + _CHUNK]
        for kind in of_accounts():
            yield from session.scalars(select(kind.model).where(
                of_these_accounts(kind, chunk)))


def _held_stamps(session: Session, entries: list[tuple[Changed, ServerChange]]
                 ) -> dict[tuple[str, uuid.UUID, str], FieldStamp]:
    """The stamps the fields of the rows logged hold now, by (entity, row, field)."""
    ids: dict[str, list[uuid.UUID]] = defaultdict(list)
    for item, _change in entries:
        if item.fields:
            ids[item.row.__tablename__].append(item.row.id)
    held: dict[tuple[str, uuid.UUID, str], FieldStamp] = {}
    for entity, rows in ids.items():
        for start in range(0, len(rows), _CHUNK):
            held.update({(entity, s.row_id, s.field): s for s in session.scalars(
                select(FieldStamp).where(FieldStamp.entity == entity,
                                         FieldStamp.row_id.in_(rows[start:start + _CHUNK])))})
    return held


def _stamp(session: Session, logged: Logged, stamp: Stamp) -> None:
    code = stamp.encode()
    for item, change in logged.entries:
        entity = item.row.__tablename__
        for field in item.fields:
            mark = logged.held.get((entity, item.row.id, field))
            if mark is None:
                mark = FieldStamp(entity=entity, row_id=item.row.id, field=field)
                session.add(mark)
                logged.held[(entity, item.row.id, field)] = mark
            mark.stamp, mark.user_id, mark.seq = code, None, change.seq
            mark.client_id = clock.SERVER_NODE
