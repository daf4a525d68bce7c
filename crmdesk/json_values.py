"""Row values as JSON and back: the form the sync protocol carries, shared by the laptop
and the server (beside `crmdesk.protocol`)."""

from __future__ import annotations

import enum
import string
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Enum, Integer, String, Text, Uuid

from crmdesk.domain.words import Counted, Joined, Worded, tr_noop

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
    """An operation that cannot be applied; the message is the reason given back (a
    `Worded` one keeps its template: see crmdesk.domain.words.message)."""


# ---- worded sentences as JSON (a refusal's template and figures on the wire and kept) --

def words_of(text: str) -> dict[str, Any] | None:
    """A `Worded` sentence's template and figures as JSON ({"template", "args"}, and a
    `Counted` one's "n" and "note" for its plural form; a figure that is itself worded
    nests the same way, a day as {"day"}, sentences as {"parts", "separator"}, any other
    that is not a JSON scalar goes as its text); sentences one after another (`Joined`)
    as a template of their places, each part worded; None for plain text."""
    if isinstance(text, Joined):
        places = text.separator.replace("{", "{{").replace("}", "}}").join(
            f"{{{n}}}" for n in range(len(text.parts)))
        return {"template": places, "args": [_figure(marked(part)) for part in text.parts]}
    if not isinstance(text, Worded):
        return None
    words: dict[str, Any] = {"template": text.template,
                             "args": [_figure(arg) for arg in text.args]}
    if isinstance(text, Counted):
        words |= {"n": text.n, "note": text.note}
    return words


def marked(text: str) -> str:
    """A shared check's sentence as a `Worded` of no figures, so it travels as its own
    template: one marked with `tr_noop` (a rule's words: crmdesk.store.records' by_rule)
    is worded on the laptop, one not marked reads as its English there as before. A
    `Worded` as it is; text with braces (no mark's: formatting it would fail) as it is."""
    if isinstance(text, Worded | Joined) or "{" in text or "}" in text:
        return text
    return Worded(text)


#: The key of a figure that is sentences one after the other (a Joined), with its
#: "separator" (a version that does not know it shows the English instead).
PARTS = "parts"
#: The key of a figure that is a day ({"day": "2026-12-01"}): the window writes it as the
#: locale writes days (a version that does not know it shows the English, ISO, instead).
DAY = "day"


def _figure(arg: object) -> Any:
    if isinstance(arg, Joined):  # each sentence worded, and the gap between them
        return {PARTS: [_figure(marked(part)) for part in arg.parts], "separator": arg.separator}
    if isinstance(arg, Worded):
        return words_of(arg)
    if isinstance(arg, date) and not isinstance(arg, datetime):
        return {DAY: arg.isoformat()}
    if arg is None or isinstance(arg, bool | int | float | str):
        return str(arg) if isinstance(arg, str) else arg  # a str subclass as plain text
    return str(arg)


def _plain_fields(template: str) -> bool:
    """Does `template` name only positional figures ({0}, {1:>5}), never an attribute or
    an item of one? Templates come from the server: formatting one must not reach into
    its figures."""
    try:
        names = [name for _text, name, _spec, _conv in string.Formatter().parse(template)
                 if name is not None]
    except ValueError:
        return False
    return all(name == "" or name.isdigit() for name in names)


def worded(text: str, words: Any) -> str:
    """`text` with the template and figures `words_of` made of it (from the wire or a
    column) back as a `Worded`, whose English the CLI writes and the window words; `text`
    as it is when `words` is None, cannot be read (an older row, another version's) or
    says something else than `text` (words left behind when the text was edited)."""
    made = _made(words)
    return text if made is None or made != text else made


def _made(words: Any) -> Worded | None:
    if not isinstance(words, dict) or not {"template", "args"} <= set(words) \
            or not set(words) <= {"template", "args", "n", "note"}:
        return None
    template, args = words["template"], words["args"]
    n, note = words.get("n"), words.get("note") or ""
    if not isinstance(template, str) or not isinstance(args, list) \
            or not _plain_fields(template) or not isinstance(n, int | None) \
            or isinstance(n, bool) or not isinstance(note, str):
        return None
    figures: list[object] = []
    for arg in args:
        if isinstance(arg, dict) and set(arg) == {DAY}:
            try:
                figures.append(date.fromisoformat(arg[DAY]))
            except (TypeError, ValueError):
                return None
        elif isinstance(arg, dict) and set(arg) == {PARTS, "separator"}:
            joined = _joined(arg[PARTS], arg["separator"])
            if joined is None:
                return None
            figures.append(joined)
        elif isinstance(arg, dict):
            inner = _made(arg)
            if inner is None:
                return None
            figures.append(inner)
        elif arg is None or isinstance(arg, bool | int | float | str):
            figures.append(arg)
        else:
            return None
    try:
        return Worded(template, *figures) if n is None else Counted(template, note, n,
                                                                    *figures)
    except (IndexError, KeyError, ValueError, TypeError):  # figures that do not fit
        return None


def _joined(parts: Any, separator: Any) -> Joined | None:
    """Sentences a figure held (`_figure`), each worded or plain text; None when they
    cannot be read."""
    if not isinstance(parts, list) or not isinstance(separator, str):
        return None
    made: list[str] = []
    for part in parts:
        said = part if isinstance(part, str) else _made(part)
        if said is None:
            return None
        made.append(said)
    return Joined(made, separator)


def coerce(model: type[Any], field: str, value: Any) -> Any:
    """`value` (from JSON) as the Python value of `model`'s column `field`."""
    column = model.__table__.columns.get(field)
    if column is None or field in SERVER_FIELDS:
        raise BadOp(Worded(tr_noop("{0} has no field “{1}” a client may set."),
                           model.__tablename__, field))
    if value is None:
        if not column.nullable:
            raise BadOp(Worded(tr_noop("{0} may not be empty."), field))
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
                raise BadOp(Worded(tr_noop("{0} is out of range."), field))
            return value
        if isinstance(kind, String | Text):
            if not isinstance(value, str):
                raise TypeError
            if kind.length is not None and len(value) > kind.length:
                raise BadOp(Worded(tr_noop("{0} is longer than {1} characters."), field,
                                   kind.length))
            if "\x00" in value:
                raise BadOp(Worded(tr_noop("{0} contains a NUL character."), field))
            return value
        if isinstance(kind, JSON):
            if not isinstance(value, dict | list):
                raise TypeError
            return value
    except BadOp:
        raise
    except (TypeError, ValueError):
        raise BadOp(Worded(tr_noop("{0} has a value of the wrong type: {1}."), field,
                           f"{value!r:.60}")) from None
    raise BadOp(Worded(tr_noop("{0} cannot be set by sync."), field))


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
