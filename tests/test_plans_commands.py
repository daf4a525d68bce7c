"""Setting sales targets through the command the editor uses: one unit of work for a
whole grid, only changed cells written, an empty or zero cell clears its target; only
the team's lead (for their team) and admins set them, in the server's words; the row's
rules refuse bad targets, all or nothing."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from crmdesk.app.context import Context
from crmdesk.app.plans import set_plans
from crmdesk.domain import plans as rules
from crmdesk.domain.contracts import Period, period_end, periods
from crmdesk.domain.plans import Dimension
from crmdesk.domain.scope import LEADS_ONLY, outside_scope
from crmdesk.secrets import MemoryStore
from crmdesk.store import plan_queries as pq
from crmdesk.store import queries as q
from crmdesk.store.db import Store
from crmdesk.store.journal import pending_count
from crmdesk.store.models import Plan, Product, Role, Team, User
from crmdesk.store.plan_writes import NOT_OF_TEAM, PlanEntry
from crmdesk.store.refusals import Refused
from tests.conftest import TODAY

Q4 = date(2026, 10, 1)


@pytest.fixture
def people(empty: Store, world: dict[str, uuid.UUID]) -> dict[str, uuid.UUID]:
    with empty.session.begin() as s:
        west = Team(name="West")
        s.add(west)
        s.flush()
        s.add_all([User(username="lead", display_name="Lee Lead", role=Role.LEAD,
                        team_id=world["team"]),
                   User(username="root", display_name="Root", role=Role.ADMIN),
                   User(username="wes", display_name="Wes West", team_id=west.id),
                   Product(id=uuid.UUID(int=7), name="Seat", sku="S-7")])
        s.flush()
        wes = s.scalars(select(User.id).where(User.username == "wes")).one()
    return {**world, "west": west.id, "wes": wes, "seat": uuid.UUID(int=7)}


def as_user(store: Store, username: str) -> Context:
    with store.session() as s:
        user = q.user_by_name(s, username)
    secrets = MemoryStore()
    return Context(store, user, "CN", lambda: TODAY, lambda: secrets)


def pending(store: Store) -> int:
    with store.session() as s:
        return pending_count(s)


def test_a_lead_sets_clears_and_only_changed_cells_are_written(
        empty: Store, people: dict[str, uuid.UUID]) -> None:
    lead = as_user(empty, "lead")
    east = people["team"]
    rep = PlanEntry(east, Dimension.REP, people["rep"], Period.QUARTER, Q4, 300_000_00)
    team = PlanEntry(east, Dimension.TEAM, east, Period.QUARTER, Q4, 900_000_00)
    product = PlanEntry(east, Dimension.PRODUCT, people["seat"], Period.MONTH,
                        date(2026, 11, 1), 50_000_00)
    customer = PlanEntry(east, Dimension.CUSTOMER, people["acme"], Period.YEAR,
                         date(2026, 1, 1), 1_000_000_00)
    done = set_plans(lead, [rep, team, product, customer])
    assert done.value == 4 and "plans" in done.changes.what
    queued = pending(empty)
    with empty.session() as s:
        assert pq.planned(s, Dimension.REP, [people["rep"]], Period.QUARTER, Q4,
                          date(2026, 12, 31), "CNY") == {people["rep"]: 300_000_00}
        assert pq.planned(s, Dimension.CUSTOMER, None, Period.YEAR, date(2026, 1, 1),
                          date(2026, 12, 31), "CNY") == {people["acme"]: 1_000_000_00}
        # a quarter without a target of its own counts its months'; a month never
        # gets a share of a quarter's
        assert pq.planned(s, Dimension.PRODUCT, None, Period.QUARTER, Q4,
                          date(2026, 12, 31), "CNY") == {people["seat"]: 50_000_00}
        assert pq.planned(s, Dimension.REP, None, Period.MONTH, Q4,
                          date(2026, 12, 31), "CNY") == {}
        assert pq.planned(s, Dimension.PRODUCT, None, Period.MONTH, Q4,
                          date(2026, 12, 31), "CNY", team_id=people["west"]) == {}
        row = s.get(Plan, rep.row_id)
        assert row is not None and (row.owner_id, row.team_id) == (None, east)
    # the same grid saved again: nothing written, nothing queued
    again = set_plans(lead, [rep, team, product, customer])
    assert again.value == 0 and again.changes.empty and pending(empty) == queued
    # one cell changed, one cleared by zero, one by empty
    assert set_plans(lead, [replace(rep, amount=320_000_00), replace(team, amount=0),
                            replace(product, amount=None), customer]).value == 3
    with empty.session() as s:
        live = {r.id: r.amount for r in s.scalars(select(Plan).where(
            Plan.deleted.is_(False)))}
    assert live == {rep.row_id: 320_000_00, customer.row_id: 1_000_000_00}
    # clearing what has no target writes nothing
    assert set_plans(lead, [replace(team, amount=None)]).value == 0


def test_only_the_teams_lead_or_an_admin_sets_targets(
        empty: Store, people: dict[str, uuid.UUID]) -> None:
    east, west = people["team"], people["west"]
    entry = PlanEntry(east, Dimension.TEAM, east, Period.QUARTER, Q4, 1_00)
    with pytest.raises(Refused, match="Only a team lead") as refused:
        set_plans(as_user(empty, "rep"), [entry])
    assert str(refused.value) == LEADS_ONLY
    other = PlanEntry(west, Dimension.TEAM, west, Period.QUARTER, Q4, 1_00)
    with pytest.raises(Refused) as refused:
        set_plans(as_user(empty, "lead"), [entry, other])
    assert str(refused.value) == outside_scope()
    with empty.session() as s:
        assert s.scalars(select(Plan)).all() == []  # all or nothing
    assert set_plans(as_user(empty, "root"), [entry, other]).value == 2


def test_bad_targets_are_refused_with_every_problem_and_nothing_saved(
        empty: Store, people: dict[str, uuid.UUID]) -> None:
    east = people["team"]
    good = PlanEntry(east, Dimension.REP, people["rep"], Period.QUARTER, Q4, 1_00)
    bad = [
        (replace(good, amount=-5), rules.BELOW_ZERO),
        (replace(good, amount=rules.MAX_PLAN + 1), rules.TOO_LARGE),
        (replace(good, starts_on=date(2026, 11, 1)), rules.NOT_PERIOD_START),
        (replace(good, currency="XYZ"), "not a currency code"),
        (replace(good, subject_id=people["wes"]), NOT_OF_TEAM),
        (replace(good, dimension=Dimension.PRODUCT, subject_id=uuid.uuid4()),
         rules.no_subject(Dimension.PRODUCT)),
        (replace(good, dimension=Dimension.TEAM), rules.TEAM_IS_ITSELF),
    ]
    for entry, problem in bad:
        with pytest.raises(Refused, match=problem):
            set_plans(as_user(empty, "lead"), [good, entry])
    with empty.session() as s:
        assert s.scalars(select(Plan)).all() == []


def test_a_targets_id_is_the_same_on_every_laptop() -> None:
    team, rep = uuid.uuid4(), uuid.uuid4()
    one = rules.plan_id(team, Dimension.REP, rep, Period.QUARTER, Q4, "cny")
    assert one == rules.plan_id(team, Dimension.REP, rep, Period.QUARTER, Q4, "CNY")
    assert one != rules.plan_id(team, Dimension.REP, rep, Period.MONTH, Q4, "CNY")
    assert periods(date(2026, 11, 15), date(2027, 2, 1), Period.QUARTER) == [
        Q4, date(2027, 1, 1)]
    assert period_end(date(2026, 2, 1), Period.MONTH) == date(2026, 2, 28)
    assert rules.review_period(date(2026, 10, 1), date(2026, 12, 31)) is Period.MONTH
    assert rules.review_period(date(2026, 1, 1), date(2026, 12, 31)) is Period.QUARTER
