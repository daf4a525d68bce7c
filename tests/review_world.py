"""For the review's figure tests: a small world of two teams made with the app's own
commands, and a workspace's rows read whole with plain selects (what the tests recompute
each figure from, in plain Python)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select, update

from crmdesk.app import deals
from crmdesk.app.context import Context
from crmdesk.domain import deals as rules
from crmdesk.domain import pool
from crmdesk.domain.deals import DEFAULT_PLAYBOOK, OpportunityStage
from crmdesk.domain.funnel import RANK
from crmdesk.domain.pool import PoolRules
from crmdesk.domain.report import ReviewScope, Table
from crmdesk.secrets import MemoryStore
from crmdesk.store import queries as q
from crmdesk.store.db import Store
from crmdesk.store.deal_writes import DealInput
from crmdesk.store.models import (
    Account,
    Activity,
    Contract,
    DealChange,
    Opportunity,
    Payment,
    Plan,
    PoolRule,
    Role,
    StageSetting,
    Team,
    User,
)
from crmdesk.store.review import panel
from crmdesk.store.review.pipeline import BOARD_LIMIT
from crmdesk.store.writes import new_account
from tests.conftest import TODAY


@dataclass
class World:
    """Teams East and West, a rep and a lead in East, a rep in West, an admin, each
    rep's company, and the admin's context (who may change anything)."""

    ctx: Context
    east: uuid.UUID
    west: uuid.UUID
    amy: uuid.UUID    # East's rep
    lena: uuid.UUID   # East's lead
    wes: uuid.UUID    # West's rep
    acme: uuid.UUID   # Amy's company
    lake: uuid.UUID   # Lena's company
    bolt: uuid.UUID   # Wes's company


def world(store: Store, today: date = TODAY) -> World:
    with store.session.begin() as s:
        east, west = Team(name="East"), Team(name="West")
        s.add_all([east, west])
        s.flush()
        people = {name: User(username=name, display_name=name.title(), role=role,
                             team_id=team)
                  for name, role, team in (("amy", Role.REP, east.id),
                                           ("lena", Role.LEAD, east.id),
                                           ("wes", Role.REP, west.id),
                                           ("root", Role.ADMIN, None),
                                           ("gone", Role.REP, east.id))}
        people["gone"].active = False
        s.add_all(people.values())
        s.flush()
        acme = new_account(s, name="Acme Ltd.", owner_id=people["amy"].id, team_id=east.id)
        lake = new_account(s, name="Lake Co.", owner_id=people["lena"].id, team_id=east.id)
        bolt = new_account(s, name="Bolt AG", owner_id=people["wes"].id, team_id=west.id)
        ids = {name: user.id for name, user in people.items()}
        teams = (east.id, west.id)
    with store.session() as s:
        root = q.user_by_id(s, ids["root"])
    secrets = MemoryStore()
    ctx = Context(store, root, "CN", lambda: today, lambda: secrets)
    return World(ctx, *teams, ids["amy"], ids["lena"], ids["wes"], acme, lake, bolt)


def deal(w: World, account: uuid.UUID, name: str, amount: int | None = 100_000_00, **given: Any
         ) -> uuid.UUID:
    """A deal made by the app's command (today, at qualification unless given)."""
    fields: dict[str, Any] = {"name": name, "amount": amount}
    fields.update(given)
    return deals.new_deal(w.ctx, account, DealInput(**fields)).value


def move(w: World, deal_id: uuid.UUID, *stages: OpportunityStage) -> None:
    for stage in stages:
        reason = "Budget cut" if stage is OpportunityStage.LOST else ""
        assert deals.move_stage(w.ctx, deal_id, stage, reason=reason,
                                confirmed=True).value.moved


def backdate(store: Store, deal_id: uuid.UUID, day: date) -> None:
    """Make the deal, and everything its history holds so far, date from `day`."""
    with store.session.begin() as s:
        s.execute(update(Opportunity).where(Opportunity.id == deal_id)
                  .values(created_on=day, stage_since=day))
        s.execute(update(DealChange).where(DealChange.opportunity_id == deal_id)
                  .values(changed_at=datetime.combine(day, datetime.min.time())))


def remove(store: Store, model: Any, row_id: uuid.UUID) -> None:
    """A row removed (as a removal arriving by sync leaves it: marked deleted)."""
    with store.session.begin() as s:
        s.execute(update(model).where(model.id == row_id).values(deleted=True))


# ---- whole rows ---------------------------------------------------------------------


@dataclass
class Rows:
    """Every row of the kinds the reps and pipeline figures read, as plain dicts."""

    users: dict[uuid.UUID, dict[str, Any]]
    teams: dict[uuid.UUID, dict[str, Any]]
    accounts: dict[uuid.UUID, dict[str, Any]]
    deals: dict[uuid.UUID, dict[str, Any]]
    changes: list[dict[str, Any]]
    settings: list[dict[str, Any]]
    contracts: dict[uuid.UUID, dict[str, Any]]
    payments: list[dict[str, Any]]
    activities: list[dict[str, Any]]
    plans: list[dict[str, Any]]
    pool_rules: list[dict[str, Any]] = field(default_factory=list)

    def pool_rules_of(self, team_id: uuid.UUID | None) -> PoolRules:
        """The team's pool rules: its one row, or the defaults."""
        for row in self.pool_rules:
            if (team_id is not None and not row["deleted"]
                    and row["id"] == pool.pool_rule_id(team_id)):
                return PoolRules(**{name: row[name] for name in pool.RULE_LABELS})
        return pool.DEFAULT_RULES

    def stuck_days(self, team_id: uuid.UUID | None, stage: OpportunityStage) -> int:
        """The team's stuck limit for `stage`: its lead's one settings row, or the
        default."""
        for row in self.settings:
            if (team_id is not None and not row["deleted"] and row["team_id"] == team_id
                    and row["stage"] == stage
                    and row["id"] == rules.stage_setting_id(team_id, stage)):
                return int(row["stuck_days"])
        return DEFAULT_PLAYBOOK[stage].stuck_days


def _whole(model: Any, s: Any) -> list[dict[str, Any]]:
    columns = [c.key for c in model.__table__.columns]
    return [{c: getattr(row, c) for c in columns} for row in s.scalars(select(model))]


def read_rows(store: Store) -> Rows:
    with store.session() as s:
        def by_id(model: Any) -> dict[uuid.UUID, dict[str, Any]]:
            return {r["id"]: r for r in _whole(model, s)}
        return Rows(by_id(User), by_id(Team), by_id(Account), by_id(Opportunity),
                    _whole(DealChange, s), _whole(StageSetting, s), by_id(Contract),
                    _whole(Payment, s), _whole(Activity, s), _whole(Plan, s),
                    _whole(PoolRule, s))


def days_in(deal: dict[str, Any], today: date) -> int | None:
    since = deal["stage_since"] or deal["created_on"]
    return None if since is None else max(0, (today - since).days)


def is_stuck(rows: Rows, deal: dict[str, Any], today: date) -> bool:
    """Stuck as PRODUCT.md says: open, and its close date passed or its stage unmoved
    for longer than its team's limit (0: no limit)."""
    if deal["stage"] not in rules.OPEN_STAGES:
        return False
    if deal["expected_close"] is not None and deal["expected_close"] < today:
        return True
    limit = rows.stuck_days(deal["team_id"], deal["stage"])
    days = days_in(deal, today)
    return limit > 0 and days is not None and days > limit


def pushes(rows: Rows, deal_id: uuid.UUID) -> tuple[int, int]:
    """How many times, and by how many days in all, the deal's close was pushed later."""
    times = total = 0
    for change in rows.changes:
        if (change["opportunity_id"] == deal_id and not change["deleted"]
                and change["field"] == rules.DealField.EXPECTED_CLOSE
                and change["old_value"] and change["new_value"]):
            moved = (date.fromisoformat(change["new_value"])
                     - date.fromisoformat(change["old_value"])).days
            if moved > 0:
                times, total = times + 1, total + moved
    return times, total


def flow_facts(store: Store) -> tuple[dict[str, object], dict[str, object]]:
    """The facts the laptop keeps for the review (crmdesk.store.flow) as stored, and as
    plain Python says they are from the whole rows: (stored, recomputed), each a fact
    by "table:id:column". Times, days and ids compare as stored (text)."""
    copies = ("deal_live", "deal_currency", "deal_stage", "deal_amount", "deal_close",
              "deal_made", "deal_team", "deal_owner")
    with store.session() as s:
        conn = s.connection()
        changes = conn.exec_driver_sql(
            "SELECT id, opportunity_id, field, new_value, changed_at, deleted, prev_at, "
            f"entry_prev_at, onward_at, {', '.join(copies)} FROM deal_changes").all()
        deals = {row.id: row for row in conn.exec_driver_sql(
            "SELECT id, deleted, account_id, currency, stage, amount, expected_close, "
            "created_on, team_id, owner_id FROM opportunities")}
        removed = {row[0] for row in conn.exec_driver_sql(
            "SELECT id FROM accounts WHERE deleted")}
        contracts = conn.exec_driver_sql(
            "SELECT id, first_paid_on, opportunity_id, owner_id, deleted FROM contracts").all()
        payments = conn.exec_driver_sql(
            "SELECT id, contract_id, received_on, amount, deleted, credit_seller, credit_deal, "
            "credit_live FROM payments").all()
    stored: dict[str, object] = {}
    found: dict[str, object] = {}
    kept = [c for c in changes if not c.deleted]
    ranks = {stage.value: i for stage, i in RANK.items()}
    for c in changes:
        for column in ("prev_at", "entry_prev_at", "onward_at", *copies):
            stored[f"changes:{c.id}:{column}"] = getattr(c, column)
            found[f"changes:{c.id}:{column}"] = None
        # the deal as it is now (removed changes too: they still name it)
        d = deals.get(c.opportunity_id)
        if d is not None:
            for column, value in zip(copies, (
                    int(not d.deleted and d.account_id not in removed), d.currency, d.stage,
                    d.amount, d.expected_close, d.created_on, d.team_id, d.owner_id),
                    strict=True):
                found[f"changes:{c.id}:{column}"] = value
    history: dict[str, list[Any]] = {}
    for c in kept:
        history.setdefault(c.opportunity_id, []).append(c)
    for c in kept:
        mine = history[c.opportunity_id]
        before = [o for o in mine if (o.changed_at, o.id) < (c.changed_at, c.id)]
        found[f"changes:{c.id}:prev_at"] = max(
            (o.changed_at for o in before if o.field == c.field), default=None)
        if c.field != rules.DealField.STAGE:
            continue
        found[f"changes:{c.id}:entry_prev_at"] = max(
            (o.changed_at for o in before
             if o.field == c.field and o.new_value == c.new_value), default=None)
        rank = ranks.get(c.new_value)
        found[f"changes:{c.id}:onward_at"] = None if rank is None else min(
            (o.changed_at for o in mine if o.field == c.field and o.changed_at >= c.changed_at
             and ranks.get(o.new_value, -1) > rank), default=None)
    paid: dict[Any, list[date]] = {}  # each contract's payments, read once
    for p in payments:
        if not p.deleted and p.amount > 0:
            paid.setdefault(p.contract_id, []).append(p.received_on)
    for contract in contracts:
        stored[f"contracts:{contract.id}:first_paid_on"] = contract.first_paid_on
        found[f"contracts:{contract.id}:first_paid_on"] = min(paid.get(contract.id, ()),
                                                               default=None)
    # each payment's credit: its deal's owner, else its contract's; the deal when kept;
    # whether its contract is kept (none without the contract)
    by_id = {contract.id: contract for contract in contracts}
    for p in payments:
        c = by_id.get(p.contract_id)
        d = None if c is None or c.opportunity_id is None else deals.get(c.opportunity_id)
        for column, value in (
                ("credit_seller", None if c is None else
                 (d.owner_id if d is not None and d.owner_id is not None else c.owner_id)),
                ("credit_deal", d.id if d is not None and not d.deleted else None),
                ("credit_live", None if c is None else int(not c.deleted))):
            stored[f"payments:{p.id}:{column}"] = getattr(p, column)
            found[f"payments:{p.id}:{column}"] = value
    return stored, found


def assert_flow_facts(store: Store, *, some: bool = True) -> None:
    """The facts kept for the review are what the rows say (see `flow_facts`); `some`:
    and not all of them none."""
    stored, found = flow_facts(store)
    assert stored == found
    assert not some or any(v is not None for v in found.values())


def panel_tables(store: Store, key: str, scope: ReviewScope) -> dict[str, Table]:
    """Panel `key`'s tables for `scope`, by table key."""
    with store.session() as s:
        found = panel(s, key, scope)
    assert found.key == key
    return {t.key: t for t in found.tables}


def rows(table: Table) -> list[tuple[object, ...]]:
    """Each row's values."""
    return [row.values for row in table.rows]


def behind(table: Table) -> list[set[uuid.UUID]]:
    """Each row's records, as a set."""
    return [set(row.behind) for row in table.rows]


def open_board(store: Store, owner: uuid.UUID, currency: str = "CNY"
               ) -> dict[uuid.UUID, tuple[OpportunityStage, int, int]]:
    """A person's open deals in `currency` (of live accounts), from whole rows: id ->
    (stage, amount, weighted amount as the board ranks it, in whole minor units)."""
    with store.session() as s:
        live = {a.id for a in s.scalars(select(Account)) if not a.deleted}
        return {d.id: (OpportunityStage(d.stage), d.amount or 0,
                       (d.amount or 0) * d.probability // 100)
                for d in s.scalars(select(Opportunity).where(Opportunity.owner_id == owner))
                if not d.deleted and d.account_id in live and d.currency == currency
                and OpportunityStage(d.stage) in rules.OPEN_STAGES}


def assert_board(listed: set[uuid.UUID], deals: dict[uuid.UUID, tuple[OpportunityStage, int, int]],
                 limit: int = BOARD_LIMIT) -> None:
    """`listed` is what the pipeline's Open deals promise of `deals` (`open_board`): each
    open stage's `limit` largest by weighted amount, all of a stage's when it has no more
    (a small workspace: every open deal); one tied with the last shown may be either."""
    assert listed <= set(deals)
    for stage in rules.OPEN_ORDER:
        ours = {d: weighted for d, (of, _amount, weighted) in deals.items() if of is stage}
        shown = {d for d in ours if d in listed}
        assert len(shown) == min(limit, len(ours)), stage
        if len(shown) < len(ours):
            assert min(ours[d] for d in shown) >= max(
                w for d, w in ours.items() if d not in shown), stage
