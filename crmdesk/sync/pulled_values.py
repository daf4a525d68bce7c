"""Pulled JSON values as the values SQLite stores, for a first sync's bulk path.

The row-by-row path turns each value into a Python value (`coerce`) and SQLAlchemy
binds it. The bulk path must store exactly the same, faster: `converter` does it per
value with a direct path for well-formed values, and `column_converter` does it for a
whole column at once, checking the column with C-level passes (types, lengths, NULs,
hex ids) and falling back to `converter` value by value where a check fails, so errors
and edge cases stay exactly the row-by-row path's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime
from operator import attrgetter, methodcaller
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Dialect,
    Enum,
    Integer,
    String,
    Table,
    Uuid,
)

from crmdesk.json_values import coerce
from crmdesk.store.models import synced_models

Convert = Callable[[Any], Any]
#: A whole column's JSON values to stored values (raises BadOp as `coerce` does).
ConvertColumn = Callable[[Sequence[Any]], Sequence[Any]]


class _Slow(Exception):
    """The fast check did not accept a value: `coerce` decides (and explains)."""


def converter(table: Table, column: Column[Any], dialect: Dialect) -> Convert:
    """A function from a JSON value to what the row-by-row path writes into `column`:
    `coerce`, then the column type's bind processing, with a fast path for well-formed
    values. Anything the fast path does not accept goes through `coerce` itself, so
    errors and edge cases are exactly the row-by-row path's."""
    model = synced_models()[table.name]
    bind = column.type.dialect_impl(dialect).bind_processor(dialect)
    name = column.name

    def slow(value: Any) -> Any:
        value = coerce(model, name, value)
        return value if bind is None else bind(value)

    if name == "updated_at":  # the server sets it; the row-by-row path parses it as is
        def stamp(value: Any) -> Any:
            moment = datetime.fromisoformat(value)
            return moment if bind is None else bind(moment)
        return stamp
    fast = _fast(column, bind)
    null = slow(None) if column.nullable else None

    def convert(value: Any) -> Any:
        if value is None and column.nullable:
            return null
        try:
            return fast(value)
        except Exception:  # whatever the fast path did not accept, coerce judges
            return slow(value)

    return convert


_HEX32 = re.compile(r"[0-9a-f]{32}")


def _fast(column: Column[Any], bind: Convert | None) -> Convert:
    """The stored value for an ordinary, valid JSON value, computed directly (each case
    gives what `coerce` and the SQLite bind processing give; the tests hold them equal);
    raises for anything else."""
    kind = column.type
    if isinstance(kind, Uuid):
        canonical = _HEX32.fullmatch

        def uuid_hex(value: Any) -> Any:
            if canonical(value):  # already what UUID(value).hex gives
                return value
            raise _Slow
        return uuid_hex
    if isinstance(kind, DateTime):
        def moment(value: Any) -> str:
            parsed = datetime.fromisoformat(value)
            if parsed.tzinfo is None:
                return parsed.isoformat(" ", "microseconds")
            raise _Slow
        return moment
    if isinstance(kind, Date):
        return lambda value: date.fromisoformat(value).isoformat()
    if isinstance(kind, Enum):
        members = {m.value: m for m in kind.enum_class} if kind.enum_class else {}
        stored = {v: m if bind is None else bind(m) for v, m in members.items()}
        return stored.__getitem__
    if isinstance(kind, Boolean):
        truth = {True: True if bind is None else bind(True),
                 False: False if bind is None else bind(False)}

        def boolean(value: Any) -> Any:
            if value is True or value is False:
                return truth[value]
            raise _Slow
        return boolean
    if bind is not None and not isinstance(kind, JSON):
        return _refuse
    if isinstance(kind, Integer):
        def integer(value: Any) -> int:
            if type(value) is int and -(2**63) <= value < 2**63:
                return value
            raise _Slow
        return integer
    if isinstance(kind, String):  # Text too
        limit = kind.length

        def string(value: Any) -> str:
            if type(value) is str and (limit is None or len(value) <= limit) \
                    and "\x00" not in value:
                return value
            raise _Slow
        return string
    if isinstance(kind, JSON) and bind is not None:
        encode = bind

        def document(value: Any) -> Any:
            if type(value) is dict or type(value) is list:
                return encode(value)
            raise _Slow
        return document
    return _refuse


def _refuse(value: Any) -> Any:
    raise _Slow



# ---- a whole column at once -----------------------------------------------------------------

_INT64 = (-(2**63), 2**63)
_STORED_MOMENT = methodcaller("isoformat", " ", "microseconds")
_TZ = attrgetter("tzinfo")


def column_converter(table: Table, column: Column[Any], dialect: Dialect) -> ConvertColumn:
    """A function from a column's JSON values (one per row) to what `converter` gives
    for each, computed column-wise where the values allow."""
    each = converter(table, column, dialect)
    whole = _whole_column(column, column.type.dialect_impl(dialect).bind_processor(dialect))
    nullable = column.nullable

    def convert(values: Sequence[Any]) -> Sequence[Any]:
        if nullable and None in values:  # the rest converted together, None kept
            done = whole([v for v in values if v is not None])
            if done is not None:
                rest = iter(done)
                return [None if v is None else next(rest) for v in values]
        else:
            done = whole(values)
            if done is not None:
                return done
        return [each(v) for v in values]

    return convert


def _whole_column(column: Column[Any], bind: Convert | None
                  ) -> Callable[[Sequence[Any]], Sequence[Any] | None]:
    """The stored values for a column of ordinary, valid JSON values with no None, or
    None where any value needs a closer look (each case gives what `_fast` gives)."""
    kind = column.type
    if isinstance(kind, Uuid):
        canonical = _HEX32.fullmatch

        def ids(values: Sequence[Any]) -> Sequence[Any] | None:
            if set(map(type, values)) <= {str} and all(map(canonical, values)):
                return values
            return None
        return ids
    if isinstance(kind, DateTime):
        def moments(values: Sequence[Any]) -> Sequence[Any] | None:
            try:
                parsed = list(map(datetime.fromisoformat, values))
            except (TypeError, ValueError):
                return None
            return None if any(map(_TZ, parsed)) else list(map(_STORED_MOMENT, parsed))
        return moments
    if isinstance(kind, Date):
        def dates(values: Sequence[Any]) -> Sequence[Any] | None:
            try:
                return list(map(date.isoformat, map(date.fromisoformat, values)))
            except (TypeError, ValueError):
                return None
        return dates
    if isinstance(kind, Enum):
        members = {m.value: m for m in kind.enum_class} if kind.enum_class else {}
        stored = {v: m if bind is None else bind(m) for v, m in members.items()}

        def members_of(values: Sequence[Any]) -> Sequence[Any] | None:
            if not set(map(type, values)) <= {str}:
                return None
            try:
                return list(map(stored.__getitem__, values))
            except KeyError:
                return None
        return members_of
    if isinstance(kind, Boolean):
        truth = {True: True if bind is None else bind(True),
                 False: False if bind is None else bind(False)}

        def truths(values: Sequence[Any]) -> Sequence[Any] | None:
            if set(map(type, values)) <= {bool}:
                return list(map(truth.__getitem__, values))
            return None
        return truths
    if bind is None and isinstance(kind, Integer):
        def integers(values: Sequence[Any]) -> Sequence[Any] | None:
            if set(map(type, values)) <= {int} and (
                    not values or (min(values) >= _INT64[0] and max(values) < _INT64[1])):
                return values
            return None
        return integers
    if bind is None and isinstance(kind, String):  # Text too
        limit = kind.length

        def strings(values: Sequence[Any]) -> Sequence[Any] | None:
            if set(map(type, values)) <= {str} and "\x00" not in "".join(values) and (
                    limit is None or max(map(len, values), default=0) <= limit):
                return values
            return None
        return strings
    return lambda values: None
