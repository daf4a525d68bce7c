"""The conflict log as a rep reads it: which of my values did not survive sync, what
replaced them, and the two answers: restore mine (a new edit, so it syncs) or dismiss.

Plain functions over a caller's session; results are plain dataclasses.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.domain.account_fields import EDITABLE
from crmdesk.domain.words import message, tr_noop
from crmdesk.json_values import BadOp, coerce
from crmdesk.store.family import account_id_of
from crmdesk.store.models import Account, LocalConflict, synced_models
from crmdesk.store.records import field_label, kind_of, label
from crmdesk.store.writes import NotFound, Refused, refuse_bad_text, update_account_field


def _by_rule(entity: str, field: str) -> str | None:
    """Why a field that follows a rule is not put back by hand (None: it may be)."""
    kind = kind_of(entity)
    return None if kind is None else kind.by_rule.get(field)


def _typed_field(entity: str, field: str) -> str | None:
    """The typed field a matching key follows (None: `field` is no matching key).
    Restoring or dismissing the field settles its keys too, so they are never listed
    on their own."""
    kind = kind_of(entity)
    return None if kind is None else kind.keys.get(field)


# the words below are the domain's marks (tr_noop): the window words them in the user's
# language (crmdesk.ui.words.word), as it does a record's kind and field labels
GONE = tr_noop("This record is no longer on this laptop (it left your scope), so your "
               "value cannot be put back; copy it from here if you still need it.")
WHOLE = tr_noop("The server refused this change as a whole; sending it again would be "
                "refused too. Copy what you need from your values shown here.")
#: What `shown` says for an empty value and a flag's two values.
EMPTY, YES, NO = tr_noop("(empty)"), tr_noop("yes"), tr_noop("no")
#: A record's name when it is no longer here and the change did not name it.
NOT_HERE = tr_noop("(no longer on this laptop)")
#: The words of `shown` that are the domain's own (the rest are people's values).
MARKED = frozenset({EMPTY, YES, NO, NOT_HERE})


@dataclass(frozen=True, slots=True)
class ConflictRow:
    """One unresolved conflict, ready to show."""

    id: int
    entity: str
    row_id: uuid.UUID
    account_id: uuid.UUID | None  # the company it belongs to, when still here
    kind: str                     # "Company", "Contact", …
    record: str                   # a name, never a UUID
    field: str | None             # None: a whole change (refused, or left my scope)
    field_label: str
    mine: str
    theirs: str | None            # None: not known
    their_by: str | None
    their_at: datetime | None
    at: datetime                  # when it was recorded here
    reason: str                   # a Worded when its template was kept (the window words it)
    blocked: str | None           # why "Restore mine" is not possible, or None


def _name_of(session: Session, table: str, row_id: uuid.UUID) -> str | None:
    """The readable name of a row a foreign key points at."""
    model = synced_models().get(table)
    if model is None:
        return None
    column = getattr(model, "display_name", None) or getattr(model, "name", None)
    if column is None:
        return None
    name = session.scalar(select(column).where(model.id == row_id))
    return None if name is None else str(name)


def shown(session: Session, entity: str, field: str | None, value: Any) -> str:
    """A stored JSON value as a rep reads it: names for references, words for flags."""
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, dict) and field is None:
        return "; ".join(f"{field_label(entity, k)}: {shown(session, entity, k, v)}"
                         for k, v in value.items() if k not in ("id", "updated_at"))
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    model = synced_models().get(entity)
    if model is not None and field is not None and field in model.__table__.columns:
        column = model.__table__.columns[field]
        for fk in column.foreign_keys:
            try:
                name = _name_of(session, fk.column.table.name, uuid.UUID(str(value)))
            except ValueError:
                name = None
            if name is not None:
                return name
    return str(value)


def _company_of(session: Session, entity: str, row: Any) -> uuid.UUID | None:
    """The company a row belongs to, by its kind's declared path (a deal's product
    through its deal); None for a company itself or a shared list."""
    kind = kind_of(entity)
    if kind is None or kind.parent is None:
        return None
    return account_id_of(session, entity, {kind.parent.column: getattr(row, kind.parent.column)})


def _describe(session: Session, entity: str, row: Any, mine: Any) -> tuple[str, uuid.UUID | None]:
    """A name for the record and the company it belongs to."""
    if row is None:
        name = mine.get("name") if isinstance(mine, dict) else None
        return (str(name) if name else NOT_HERE), None
    if entity == "accounts":
        return str(row.name), row.id
    account_id = _company_of(session, entity, row)
    company = _name_of(session, "accounts", account_id) if account_id else None
    own = getattr(row, "display_name", None) or getattr(row, "name", None)
    if entity == "activities":
        own = f"{row.kind.value} on {row.occurred_at:%Y-%m-%d}"
    if own and company:
        return f"{own} ({company})", account_id
    return str(own or company or label(entity)), account_id


def _their_value(conflict: LocalConflict) -> tuple[Any, str | None, datetime | None]:
    """What replaced my value, by whom, when; None where the log does not say (rows
    recorded before it kept them)."""
    return conflict.their_value, conflict.their_by, conflict.their_at


def _blocked(entity: str, field: str | None, row: Any) -> str | None:
    if row is None:
        return GONE
    if field is None:
        return WHOLE
    return _by_rule(entity, field)


def _groups(session: Session) -> list[list[LocalConflict]]:
    """Unresolved conflicts, newest first, one group per decision: the same value of mine
    recorded twice for one field is one question, and a field's matching keys go with it."""
    groups: dict[tuple[Any, ...], list[LocalConflict]] = {}
    for conflict in session.scalars(select(LocalConflict).where(
            LocalConflict.resolved.is_(False)).order_by(LocalConflict.at.desc(),
                                                       LocalConflict.id.desc())):
        source = _typed_field(conflict.entity, conflict.field or "")
        if source is not None:
            key: tuple[Any, ...] = (conflict.entity, conflict.row_id, source, "derived")
        else:
            key = (conflict.entity, conflict.row_id, conflict.field,
                   json.dumps(conflict.my_value, sort_keys=True, default=str))
        groups.setdefault(key, []).append(conflict)
    out: list[list[LocalConflict]] = []
    for key, members in groups.items():
        if key[-1] == "derived":
            owners = [k for k in groups if k[:3] == key[:3] and k[-1] != "derived"]
            if owners:
                groups[owners[0]].extend(members)
                continue
        out.append(members)
    return out


def unresolved(session: Session) -> list[ConflictRow]:
    """The conflicts waiting for an answer, newest first."""
    models = synced_models()
    out: list[ConflictRow] = []
    for conflict, *_same in _groups(session):
        model = models.get(conflict.entity)
        row = session.get(model, conflict.row_id) if model is not None else None
        if row is not None and row.deleted:
            row = None
        record, account_id = _describe(session, conflict.entity, row, conflict.my_value)
        theirs, their_by, their_at = _their_value(conflict)
        if theirs is None and row is not None and conflict.field is not None:
            theirs = getattr(row, conflict.field, None)  # what won is what is here now
            theirs = theirs.isoformat() if isinstance(theirs, date | datetime) else theirs
            theirs = getattr(theirs, "value", theirs)  # enums as their stored value
        out.append(ConflictRow(
            id=conflict.id, entity=conflict.entity, row_id=conflict.row_id,
            account_id=account_id, kind=label(conflict.entity),
            record=record, field=conflict.field,
            field_label=field_label(conflict.entity, conflict.field),
            mine=shown(session, conflict.entity, conflict.field, conflict.my_value),
            theirs=None if theirs is None and row is None
            else shown(session, conflict.entity, conflict.field, theirs),
            their_by=their_by, their_at=their_at, at=conflict.at, reason=conflict.said,
            blocked=_blocked(conflict.entity, conflict.field, row)))
    return out


def unresolved_count(session: Session) -> int:
    """How many answers the Conflicts view waits for (as many as it lists)."""
    return len(_groups(session))


def kept(session: Session) -> set[tuple[str, uuid.UUID]]:
    """The records with a value waiting in Conflicts (kind of record, row id)."""
    return {(entity, row_id) for entity, row_id in session.execute(
        select(LocalConflict.entity, LocalConflict.row_id).where(
            LocalConflict.resolved.is_(False)))}


def _open(session: Session, conflict_id: int) -> LocalConflict:
    conflict = session.get(LocalConflict, conflict_id)
    if conflict is None or conflict.resolved:
        raise NotFound(tr_noop("This conflict was already dealt with."))
    return conflict


def _settle(session: Session, conflict: LocalConflict) -> None:
    """Close a conflict with the others of its group."""
    for group in _groups(session):
        if any(member.id == conflict.id for member in group):
            for member in group:
                member.resolved = True
    conflict.resolved = True


def restore_mine(session: Session, conflict_id: int,
                 region: str | None = None) -> uuid.UUID | None:
    """Write my value back as a new local edit (journaled, so it syncs and, being newer,
    wins) and close the conflict. Returns the company touched. Run in a writer
    transaction. A phone is read in `region` (by default the workspace's)."""
    conflict = _open(session, conflict_id)
    model = synced_models().get(conflict.entity)
    row = session.get(model, conflict.row_id) if model is not None else None
    if row is not None and row.deleted:
        row = None
    why = _blocked(conflict.entity, conflict.field, row)
    if why is not None:
        raise Refused(why)
    assert model is not None and row is not None and conflict.field is not None
    field, value = conflict.field, conflict.my_value
    if conflict.entity == "accounts" and field in EDITABLE:
        # through the card's own check, so the matching keys follow the value
        checked = update_account_field(session, row.id, field,
                                       "" if value is None else str(value), region)
        if checked.problem is not None:
            raise Refused(checked.problem)
    else:
        refuse_bad_text(**{field: value})  # as every write does: the server would refuse it
        try:
            setattr(row, field, coerce(model, field, value))
        except BadOp as exc:
            raise Refused(message(exc)) from None
    _settle(session, conflict)
    return row.id if isinstance(row, Account) else _company_of(session, conflict.entity, row)


def dismiss(session: Session, conflict_id: int) -> None:
    """Close a conflict, keeping what is there now."""
    _settle(session, _open(session, conflict_id))
