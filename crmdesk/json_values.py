"""Row values as JSON and back: the form the sync protocol carries, shared by the laptop
and the server (beside `crmdesk.protocol`)."""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Enum, Integer, String, Text, Uuid

#: Columns the server sets itself; an edit may not.
SERVER_FIELDS = frozenset({"id", "updated_at"})


def plain(value: Any) -> Any:
    """A column value as JSON (UUIDs as hex, dates as ISO text, enums as values)."""
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


class BadOp(ValueError):
    """An operation that cannot be applied; the message is the reason given back."""


def coerce(model: type[Any], field: str, value: Any) -> Any:
    """`value` (from JSON) as the Python value of `model`'s column `field`."""
    column = model.__table__.columns.get(field)
    if column is None or field in SERVER_FIELDS:
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
            if not -(2**63) <= value < 2**63:
                raise BadOp(f"{field} is out of range.")
            return value
        if isinstance(kind, String | Text):
            if not isinstance(value, str):
                raise TypeError
            if kind.length is not None and len(value) > kind.length:
                raise BadOp(f"{field} is longer than {kind.length} characters.")
            if "\x00" in value:
                raise BadOp(f"{field} contains a NUL character.")
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


def decode_row(model: type[Any], row: dict[str, Any]) -> dict[str, Any]:
    """A pulled row's JSON as column values: the server's `updated_at` kept, its other
    own fields and columns this app does not have left out (raises BadOp)."""
    columns = model.__table__.columns
    values: dict[str, Any] = {}
    for name, value in row.items():
        if name == "updated_at":
            values[name] = datetime.fromisoformat(value)
        elif name not in SERVER_FIELDS and name in columns:
            values[name] = coerce(model, name, value)
    return values
