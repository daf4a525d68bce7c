"""Small panels the review's view and command are tested with before (and besides) the
real ones: each is put in place of a panel module for one test only (monkeypatch), so
nothing is registered in the product."""

from __future__ import annotations

import importlib.util
import sys
import types
from collections import defaultdict
from collections.abc import Callable

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.domain.deals import ORDER, STAGE_LABELS
from crmdesk.domain.report import (
    Behind,
    Cell,
    Chart,
    ChartKind,
    Column,
    Panel,
    ReviewScope,
    Row,
    Table,
)
from crmdesk.store.models import Opportunity, Role, User

Figures = Callable[[Session, ReviewScope], Panel]


def stand_in(monkeypatch: pytest.MonkeyPatch, key: str, figures: Figures) -> None:
    """Panel `key` computed by `figures` for the rest of the test."""
    name = f"crmdesk.store.review.{key}"
    module = types.ModuleType(name)
    module.__spec__ = importlib.util.spec_from_loader(name, loader=None)
    module.figures = figures  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, name, module)


def deals_by_stage(session: Session, scope: ReviewScope) -> Panel:
    """Deals by stage in the scope: count and amount (the records behind: the deals)."""
    stmt = select(Opportunity.id, Opportunity.stage, Opportunity.amount).where(
        Opportunity.deleted.is_(False), Opportunity.currency == scope.currency)
    if scope.team_id is not None:
        stmt = stmt.where(Opportunity.team_id == scope.team_id)
    if scope.rep_id is not None:
        stmt = stmt.where(Opportunity.owner_id == scope.rep_id)
    by: dict[object, list[tuple[object, int]]] = defaultdict(list)
    for deal_id, stage, amount in session.execute(stmt):
        by[stage].append((deal_id, amount or 0))
    rows = tuple(Row((STAGE_LABELS[stage], len(by[stage]), sum(a for _, a in by[stage])),
                     tuple(d for d, _ in by[stage]))  # type: ignore[misc]
                 for stage in ORDER if by.get(stage))
    table = Table("test.by_stage", "Deals by stage",
                  (Column("stage", "Stage", Cell.TEXT), Column("count", "Deals", Cell.COUNT),
                   Column("amount", "Amount", Cell.MONEY)), rows, scope.currency,
                  Behind.DEALS, Chart(ChartKind.BAR, "stage", ("amount",)))
    return Panel("pipeline", "Pipeline", (table,))


def reps_side_by_side(session: Session, scope: ReviewScope) -> Panel:
    """The scope's reps with their open deals (the records behind: the rep)."""
    stmt = select(User.id, User.display_name).where(User.role == Role.REP,
                                                    User.deleted.is_(False))
    if scope.team_id is not None:
        stmt = stmt.where(User.team_id == scope.team_id)
    if scope.rep_id is not None:
        stmt = stmt.where(User.id == scope.rep_id)
    rows = []
    for user_id, name in session.execute(stmt.order_by(User.display_name)):
        count = len(session.scalars(select(Opportunity.id).where(
            Opportunity.owner_id == user_id, Opportunity.deleted.is_(False))).all())
        rows.append(Row((name, count), (user_id,)))
    table = Table("test.reps", "Reps side by side",
                  (Column("rep", "Rep", Cell.TEXT), Column("deals", "Deals", Cell.COUNT)),
                  tuple(rows), behind=Behind.USERS, chart=Chart(ChartKind.BAR, "rep", ("deals",)))
    return Panel("reps", "Reps", (table,))
