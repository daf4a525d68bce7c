"""Who serves the company a row belongs to: the scope of service users.

A service user sees the companies they serve (`Account.service_owner_id`) with every
row that hangs on them, marks their onboarding tasks done and logs activities there;
the company's sales records stay its owner's (crmdesk.domain.scope). A row's "served
by" is its company's service owner: the server writes it on each change-log entry
(as it writes owner and team), and reads it here in Python (`served_by`) and in SQL
(`served_by_sql`) alike.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from crmdesk.domain.scope import InService
from crmdesk.domain.words import tr_noop
from crmdesk.store.models import Account, Activity
from crmdesk.store.records import ACCOUNTS, RECORDS, RecordKind


def company_of(session: Session, entity: str, fields: Mapping[str, Any]
               ) -> uuid.UUID | None:
    """The company a row of `entity` with these values belongs to (None: none, or the
    record it hangs on is not here). Through the session's identity map: a push's and
    a move's rows are read already, so this costs no query for them."""
    if entity == ACCOUNTS:
        value = fields.get("id")
        return value if isinstance(value, uuid.UUID) else None
    kind = RECORDS.get(entity)
    if kind is None or kind.parent is None:
        return None
    value = fields.get(kind.parent.column)
    if not isinstance(value, uuid.UUID) or kind.parent.kind == ACCOUNTS:
        return value if isinstance(value, uuid.UUID) else None
    holder = RECORDS[kind.parent.kind]
    above = session.get(holder.model, value)
    if above is None:
        return None
    return company_of(session, kind.parent.kind, {holder.parent.column: getattr(  # type: ignore[union-attr]
        above, holder.parent.column)})  # type: ignore[union-attr]


def served_by_company(session: Session, account_id: uuid.UUID | None) -> uuid.UUID | None:
    """The service owner of company `account_id` (None: none, or no such company)."""
    if account_id is None:
        return None
    account = session.get(Account, account_id)
    return None if account is None else account.service_owner_id


def served_by(session: Session, entity: str, row: Any) -> uuid.UUID | None:
    """The service owner of the company `row` (of `entity`) belongs to."""
    if isinstance(row, Account):
        return row.service_owner_id
    kind = RECORDS.get(entity)
    if kind is None or kind.parent is None:
        return None
    return served_by_company(session, company_of(
        session, entity, {kind.parent.column: getattr(row, kind.parent.column)}))


def served_by_sql(kind: RecordKind) -> ColumnElement[Any] | None:
    """`served_by` as a SQL expression on `kind`'s table (None: its rows belong to no
    company)."""
    if kind.table == ACCOUNTS:
        return Account.service_owner_id  # type: ignore[return-value]
    if kind.parent is None:
        return None
    company = _company_sql(kind)
    return (select(Account.service_owner_id).where(Account.id == company)
            .correlate(kind.model).scalar_subquery())


def _company_sql(kind: RecordKind) -> Any:
    assert kind.parent is not None
    column = getattr(kind.model, kind.parent.column)
    if kind.parent.kind == ACCOUNTS:
        return column
    holder = RECORDS[kind.parent.kind]
    return (select(_company_sql(holder)).where(holder.model.id == column)
            .correlate(kind.model).scalar_subquery())


def in_service(session: Session, entity: str, row: Any, values: Mapping[str, Any]
               ) -> InService:
    """A change of `row` (None: a new row) of `entity` to `values`, as a service user's
    write is judged (crmdesk.domain.scope.may_write): whom the company was and will be
    served by, who logged or is assigned the row, and what the change sets."""
    kind = RECORDS[entity]
    held: dict[str, Any] = {}
    if row is not None and kind.parent is not None:
        held[kind.parent.column] = getattr(row, kind.parent.column)
    if entity == ACCOUNTS:
        held["id"] = values.get("id", None if row is None else row.id)
    before = None if row is None else served_by(session, entity, row)
    after = served_by_company(session, company_of(session, entity, held | dict(values)))
    if entity == ACCOUNTS and row is not None:
        after = values.get("service_owner_id", row.service_owner_id)
    doer, new_doer = _doer(session, entity, row, values)
    return InService(before, after, logs=kind.member_logs, doer=doer, new_doer=new_doer,
                     fields=frozenset(values) - {"id"}, writable=kind.assignee_writes)


#: The column naming who logged or is assigned a row, by kind.
_DOER = {"activities": "author_id", "service_tasks": "assignee_id"}


def _doer(session: Session, entity: str, row: Any, values: Mapping[str, Any]
          ) -> tuple[uuid.UUID | None, bool]:
    """Who logged (or is assigned) the row, as it was (a new row: as sent), and whether
    the change names someone else."""
    if entity == "activity_contacts":
        activity_id = values.get("activity_id", None if row is None else row.activity_id)
        activity = None if activity_id is None else session.get(Activity, activity_id)
        return (None if activity is None else activity.author_id), False
    column = _DOER.get(entity)
    if column is None:
        return None, False
    if row is None:
        return values.get(column), False
    was = getattr(row, column)
    return was, values.get(column, was) != was


def served_accounts(session: Session, user_id: uuid.UUID) -> list[uuid.UUID]:
    """The live companies `user_id` serves."""
    return list(session.scalars(select(Account.id).where(
        Account.service_owner_id == user_id, Account.deleted.is_(False))))


#: The answer to a laptop making an onboarding task.
TASKS_BY_HANDOFF = tr_noop("Onboarding tasks are made by the hand-off, from the team's checklist; "
                           "log an activity instead.")
#: Fields only the hand-off sets, by kind (a push changing one is refused; an
#: administrator's command or push changes them). An onboarding task is removed (or
#: brought back) by an administrator alone.
_RULED = {ACCOUNTS: ("service_owner_id",),
          "service_tasks": ("account_id", "assignee_id", "title", "due_on", "deleted")}
#: The answer to removing a served customer (a merge folding it away, too).
SERVED_STAYS = tr_noop("A customer served by customer service is removed or merged by an "
                       "administrator: its service owner and onboarding tasks go with it.")


def set_by_rule(entity: str, row: Any, values: Mapping[str, Any]) -> str | None:
    """Why a push may not make this change (None: it may): it sets a field only the
    hand-off sets, makes an onboarding task, or removes a served customer."""
    ruled = _RULED.get(entity)
    if ruled is None:
        return None
    if entity == "service_tasks" and row is None:
        return TASKS_BY_HANDOFF
    if (entity == ACCOUNTS and row is not None and row.service_owner_id is not None
            and values.get("deleted") is True and not row.deleted):
        return SERVED_STAYS
    for field in ruled:
        if field in values and values[field] != (None if row is None else getattr(row, field)):
            return RECORDS[entity].by_rule[field]
    return None
