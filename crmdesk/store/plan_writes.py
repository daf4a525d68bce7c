"""Writes on sales plans (targets): a grid of them in the caller's unit of work, every
cell checked before anything changes (crmdesk.domain.plans says what is wrong), so bad
input saves nothing. Through ORM objects, so the journal sees every change."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from crmdesk.domain.contracts import Period
from crmdesk.domain.currencies import clean_currency
from crmdesk.domain.plans import Dimension, plan_id
from crmdesk.domain.row_checks import PLANS
from crmdesk.domain.scope import Viewer, may_write
from crmdesk.domain.words import lines, tr_noop
from crmdesk.store import row_facts
from crmdesk.store.models import Account, Plan, User
from crmdesk.store.refusals import Refused

#: The answer to a target for a rep or customer of another team.
NOT_OF_TEAM = tr_noop("A target is set for the team's own reps and customers.")


@dataclass(frozen=True, slots=True)
class PlanEntry:
    """One cell of the plans editor: the target for `subject_id` (of `dimension`) in the
    period of kind `period` starting on `starts_on`, set by `team_id`. `amount` None or
    0: no target (its row, if any, is removed)."""

    team_id: uuid.UUID
    dimension: Dimension
    subject_id: uuid.UUID
    period: Period
    starts_on: date
    amount: int | None
    currency: str = "CNY"

    @property
    def row_id(self) -> uuid.UUID:
        return plan_id(self.team_id, self.dimension, self.subject_id, self.period,
                       self.starts_on, clean_currency(self.currency))


def _of_team(session: Session, entry: PlanEntry) -> bool:
    """Is the entry's rep or customer of its team (entry-time only: a rep who moves team
    later keeps the targets set for them)?"""
    if entry.dimension is Dimension.REP:
        user = session.get(User, entry.subject_id)
        return user is None or user.team_id == entry.team_id  # none: the row check says
    if entry.dimension is Dimension.CUSTOMER:
        account = session.get(Account, entry.subject_id)
        return account is None or account.team_id == entry.team_id
    return True


def set_plans(session: Session, me: Viewer, entries: Sequence[PlanEntry]) -> int:
    """Write the cells of `entries` that change a target (a cleared one removes its row),
    all or none; how many rows were written. Refused in the server's words for anyone
    but the team's lead or an admin."""
    problems: list[str] = []
    writes: list[tuple[PlanEntry, Plan | None]] = []
    for entry in entries:
        row = session.get(Plan, entry.row_id)
        # asked as the server asks a push: a new row has no scope before
        scope = (None, entry.team_id)
        refusal = may_write(me, None if row is None else (row.owner_id, row.team_id), scope,
                            leads_only=True)
        if refusal is not None:
            raise Refused(refusal)
        live = row is not None and not row.deleted
        if not entry.amount:
            if live:
                writes.append((entry, row))
            continue
        if live and row is not None and row.amount == entry.amount:
            continue  # unchanged: nothing written, nothing queued
        if not _of_team(session, entry):
            problems.append(NOT_OF_TEAM)
        values = {"id": entry.row_id, "owner_id": None, "team_id": entry.team_id,
                  "deleted": False, "dimension": entry.dimension,
                  "subject_id": entry.subject_id, "period": entry.period,
                  "starts_on": entry.starts_on, "amount": entry.amount,
                  "currency": clean_currency(entry.currency)}
        problems += [p for p in row_facts.problems(session, PLANS, values)
                     if p not in problems]
        writes.append((entry, row))
    if problems:
        raise Refused(lines(dict.fromkeys(problems)))
    for entry, row in writes:
        if not entry.amount:
            assert row is not None
            row.deleted = True
            continue
        if row is None:
            row = Plan(id=entry.row_id, owner_id=None, team_id=entry.team_id,
                       dimension=entry.dimension, subject_id=entry.subject_id,
                       period=entry.period, starts_on=entry.starts_on,
                       currency=clean_currency(entry.currency))
            session.add(row)
        row.deleted = False
        row.amount = int(entry.amount)
    session.flush()
    return len(writes)
