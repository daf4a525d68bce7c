"""Applying pushed edits and reading the change log, checked against the user's scope.

Per field, the later hybrid-logical-clock stamp wins; the losing value is kept in the
conflict log. Every push runs in one transaction holding the change-log lock, so the
order of change-log numbers is the order of commits and a pull never skips a change.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Enum,
    Integer,
    String,
    Text,
    Uuid,
    func,
    select,
    text,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from crmdesk.domain.scope import Viewer, may_write, visible
from crmdesk.protocol import MAX_CHANGES, Change, Op, OpResult
from crmdesk.server.schema import AppliedOp, Conflict, FieldStamp, ServerChange
from crmdesk.store.journal import plain
from crmdesk.store.models import synced_models, utcnow
from crmdesk.sync.clock import Stamp, clamp

#: How far ahead of the server's clock a client's stamp may be before it is clamped.
MAX_SKEW_MS = 5 * 60 * 1000
#: Tables only an administrator changes (through crmdesk-server), never by a push.
ADMIN_ONLY = frozenset({"users", "teams"})
#: Columns the server sets itself; a push may not.
_SERVER_FIELDS = frozenset({"id", "updated_at"})


class BadOp(ValueError):
    """An operation that cannot be applied; the message is the reason given back."""


def _coerce(model: type[Any], field: str, value: Any) -> Any:
    column = model.__table__.columns.get(field)
    if column is None or field in _SERVER_FIELDS:
        raise BadOp(f"{model.__tablename__} has no field “{field}” a client may set.")
    if value is None:
        if not column.nullable:
            raise BadOp(f"{field} may not be empty.")
        return None
    kind = column.type
    try:
        if isinstance(kind, Uuid):
            return uuid.UUID(str(value))
        if isinstance(kind, DateTime):
            return datetime.fromisoformat(value)
        if isinstance(kind, Date):
            return date.fromisoformat(value)
        if isinstance(kind, Enum):
            return kind.enum_class(value) if kind.enum_class else str(value)
        if isinstance(kind, Boolean):
            if not isinstance(value, bool):
                raise TypeError
            return value
        if isinstance(kind, Integer):
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError
            return value
        if isinstance(kind, String | Text):
            if not isinstance(value, str):
                raise TypeError
            if kind.length is not None and len(value) > kind.length:
                raise BadOp(f"{field} is longer than {kind.length} characters.")
            return value
        if isinstance(kind, JSON):
            if not isinstance(value, dict | list):
                raise TypeError
            return value
    except BadOp:
        raise
    except (TypeError, ValueError):
        raise BadOp(f"{field} has a value of the wrong type: {value!r:.60}.") from None
    raise BadOp(f"{field} cannot be set by sync.")


def snapshot(row: Any) -> dict[str, Any]:
    """The whole row as plain JSON values."""
    return {c.key: plain(getattr(row, c.key)) for c in row.__mapper__.column_attrs}


def lock_change_log(session: Session) -> None:
    """Serialise writers of the change log (PostgreSQL); SQLite has one writer anyway."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(4242)"))


def apply_op(session: Session, viewer: Viewer, client_id: str, op: Op,
             now_ms: int) -> OpResult:
    """Apply one operation (idempotently) and return its result."""
    earlier = session.get(AppliedOp, (client_id, op.op_id))
    if earlier is not None:
        return OpResult.model_validate(earlier.result)
    try:
        with session.begin_nested():  # a failing op takes back only itself
            result = _apply(session, viewer, client_id, op, now_ms)
            session.flush()
    except BadOp as exc:
        result = OpResult(op_id=op.op_id, status="refused", reason=str(exc))
    except IntegrityError as exc:
        result = OpResult(op_id=op.op_id, status="refused", reason=(
            "It does not fit the data on the server (a related record is missing or the "
            f"value is taken): {str(exc.orig).splitlines()[0]:.200}"))
    session.add(AppliedOp(client_id=client_id, op_id=op.op_id, seq=op.seq,
                          result=result.model_dump(mode="json")))
    return result


def _apply(session: Session, viewer: Viewer, client_id: str, op: Op, now_ms: int
           ) -> OpResult:
    models = synced_models()
    model = models.get(op.entity)
    if model is None or op.entity in ADMIN_ONLY:
        raise BadOp(f"“{op.entity}” cannot be changed by sync.")
    try:
        stamp = clamp(Stamp.decode(op.stamp), now_ms, MAX_SKEW_MS)
    except ValueError as exc:
        raise BadOp(f"Bad clock stamp: {exc}") from None
    values = {field: _coerce(model, field, value) for field, value in op.fields.items()}
    row = session.get(model, op.row_id, with_for_update=True)
    if row is None:
        missing = sorted(c.name for c in model.__table__.columns
                         if not c.nullable and c.default is None and c.name not in values
                         and c.name not in _SERVER_FIELDS)
        if missing:
            raise BadOp(f"A new {op.entity} row needs: {', '.join(missing)}.")
    before = None if row is None else (getattr(row, "owner_id", None),
                                       getattr(row, "team_id", None))
    if row is None:
        after = (values.get("owner_id"), values.get("team_id"))
    else:
        after = (values.get("owner_id", before[0]) if before else None,
                 values.get("team_id", before[1]) if before else None)
    if not (op.entity == "tags" and row is None):  # anyone may start a new tag
        refusal = may_write(viewer, before, after)
        if refusal:
            raise BadOp(refusal)
    stamps = {s.field: s for s in session.scalars(select(FieldStamp).where(
        FieldStamp.entity == op.entity, FieldStamp.row_id == op.row_id))}
    if row is None:
        row = model(id=op.row_id)
        session.add(row)
    lost: list[str] = []
    changed = False
    for field, value in values.items():
        held = stamps.get(field)
        if held is not None and Stamp.decode(held.stamp) >= stamp:
            lost.append(field)  # a later edit already holds this field
            session.add(Conflict(entity=op.entity, row_id=op.row_id, field=field,
                                 kept_value=plain(getattr(row, field)), lost_value=plain(value),
                                 kept_stamp=held.stamp, lost_stamp=stamp.encode(),
                                 lost_user_id=viewer.user_id, lost_client_id=client_id,
                                 team_id=after[1]))
            continue
        old = getattr(row, field)
        if held is not None and old != value and held.client_id != client_id:
            # the later edit wins; the value it replaces is kept, with who wrote it
            session.add(Conflict(entity=op.entity, row_id=op.row_id, field=field,
                                 kept_value=plain(value), lost_value=plain(old),
                                 kept_stamp=stamp.encode(), lost_stamp=held.stamp,
                                 lost_user_id=held.user_id, lost_client_id=held.client_id,
                                 team_id=after[1]))
        setattr(row, field, value)
        changed = True
        if held is None:
            session.add(FieldStamp(entity=op.entity, row_id=op.row_id, field=field,
                                   stamp=stamp.encode(), user_id=viewer.user_id,
                                   client_id=client_id))
        else:
            held.stamp, held.user_id, held.client_id = stamp.encode(), viewer.user_id, client_id
    if changed:
        row.updated_at = utcnow()
        session.flush()
        owner, team = getattr(row, "owner_id", None), getattr(row, "team_id", None)
        prev_owner, prev_team = before if before is not None else (owner, team)
        session.add(ServerChange(
            entity=op.entity, row_id=op.row_id, owner_id=owner, team_id=team,
            prev_owner_id=prev_owner, prev_team_id=prev_team, row=snapshot(row),
            user_id=viewer.user_id))
    if not lost:
        return OpResult(op_id=op.op_id, status="applied")
    reason = "A later edit of the same field was kept; yours is in the conflict log."
    return OpResult(op_id=op.op_id, status="partly" if changed else "refused", lost=lost,
                    reason=reason)


def changes_since(session: Session, viewer: Viewer, cursor: int,
                  limit: int = MAX_CHANGES) -> tuple[list[Change], int, bool]:
    """Changes after `cursor` the viewer may know of, in commit order.

    One statement reads the next `limit` changes, visible or not, and both the answer and
    the new cursor come from what it read: a second statement could see a newer snapshot
    and move the cursor past changes committed in between. A change that took a row out
    of the viewer's scope comes back with no row, so the client deletes its copy; one
    that brought it in carries the whole row.
    """
    c = ServerChange
    rows = session.execute(
        select(c.seq, c.entity, c.row_id, c.owner_id, c.team_id, c.prev_owner_id,
               c.prev_team_id, c.row)
        .where(c.seq > cursor).order_by(c.seq).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    out: list[Change] = []
    for seq, entity, row_id, owner, team, prev_owner, prev_team, row in rows:
        now_visible = visible(viewer, owner, team)
        if now_visible or visible(viewer, prev_owner, prev_team):
            out.append(Change(seq=seq, entity=entity, row_id=row_id,
                              row=row if now_visible else None))
    return out, rows[-1].seq if rows else cursor, more


def latest_seq(session: Session) -> int:
    return int(session.scalar(select(func.max(ServerChange.seq))) or 0)
