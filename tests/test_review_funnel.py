"""The review's funnel panel against the same figures recomputed in plain Python from
whole rows of the seeded workspace (every scope: all teams, a team, a rep; two periods),
and hand-built cases: the period's edges to the second, a deal moved back a stage,
another currency, removed deals, history rows and accounts, lost accounts' steps, the
contracts that make and lose a customer at a year's edge, a rep's scope against a
team's."""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.app import deals
from crmdesk.app.context import Context
from crmdesk.domain.activity import CONVERSATION_KINDS, TWO_WAY_OUTCOMES, ActivityKind, Outcome
from crmdesk.domain.deals import DealField, OpportunityStage, add_months
from crmdesk.domain.lifecycle import Status
from crmdesk.domain.report import ReviewScope, Table
from crmdesk.secrets import MemoryStore
from crmdesk.store import queries as q
from crmdesk.store.db import Store
from crmdesk.store.deal_writes import ContractIn
from crmdesk.store.models import (
    Account,
    Activity,
    Contact,
    Contract,
    DealChange,
    Opportunity,
    Payment,
    Team,
    User,
)
from crmdesk.store.writes import new_account, new_contact
from tests.conftest import TODAY
from tests.review_world import assert_flow_facts, behind, panel_tables, rows

#: The funnel's stages as a manager lists them (lost is off it), for the recomputation.
ORDER = ["qualify", "needs_analysis", "proposal", "negotiation", "won"]
LABELS = ["Qualification", "Needs analysis", "Proposal", "Negotiation", "Won"]
STEPS = ["lead", "potential", "intended", "contracted"]


def tables(store: Store, scope: ReviewScope) -> dict[str, Table]:
    return panel_tables(store, "funnel", scope)


def share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


# ---- the recomputation over whole rows -----------------------------------------------


def in_scope(row: Account | Opportunity, scope: ReviewScope) -> bool:
    return ((scope.team_id is None or row.team_id == scope.team_id)
            and (scope.rep_id is None or row.owner_id == scope.rep_id))


def expected_stages(s: Session, scope: ReviewScope
                    ) -> tuple[list[tuple[object, ...]], list[set[uuid.UUID]]]:
    accounts = {a.id: a for a in s.scalars(select(Account))}
    history: dict[uuid.UUID, list[DealChange]] = defaultdict(list)
    for change in s.scalars(select(DealChange)):
        if change.field is DealField.STAGE and not change.deleted:
            history[change.opportunity_id].append(change)
    reached: dict[str, list[Opportunity]] = {stage: [] for stage in ORDER}
    went: dict[str, int] = dict.fromkeys(ORDER, 0)
    for deal in s.scalars(select(Opportunity)):
        if (deal.deleted or accounts[deal.account_id].deleted or not in_scope(deal, scope)
                or deal.currency != scope.currency):
            continue
        for stage in ORDER:
            entered = [c.changed_at for c in history[deal.id] if c.new_value == stage
                       and scope.start <= c.changed_at.date() <= scope.end]
            if not entered:
                continue
            reached[stage].append(deal)
            first = min(entered)
            went[stage] += any(
                c.new_value in ORDER and ORDER.index(c.new_value) > ORDER.index(stage)
                and first <= c.changed_at and c.changed_at.date() <= scope.today
                for c in history[deal.id])
    out = []
    for label, stage in zip(LABELS, ORDER, strict=True):
        n = len(reached[stage])
        last = stage == "won"
        out.append((label, n, None if last else went[stage],
                    None if last else share(went[stage], n),
                    sum(d.amount or 0 for d in reached[stage])))
    return out, [{d.id for d in reached[stage]} for stage in ORDER]


EMAIL = re.compile(r".+@.+\..+", re.DOTALL)


def expected_lifecycle(s: Session, scope: ReviewScope
                       ) -> tuple[list[tuple[object, ...]], list[set[uuid.UUID]]]:
    def of(model: type) -> dict[uuid.UUID, list]:  # type: ignore[type-arg]
        out: dict[uuid.UUID, list] = defaultdict(list)  # type: ignore[type-arg]
        for row in s.scalars(select(model)):
            if not row.deleted:
                out[row.account_id].append(row)
        return out

    contacts, talks, opps, contracts, payments = (
        of(m) for m in (Contact, Activity, Opportunity, Contract, Payment))
    at: dict[str, set[uuid.UUID]] = {step: set() for step in STEPS}
    for a in s.scalars(select(Account)):
        if (a.deleted or not in_scope(a, scope) or a.acquired_on is None
                or not scope.start <= a.acquired_on <= scope.end):
            continue
        if a.status is not Status.LOST:
            furthest = STEPS.index(a.status.value)
        else:
            potential = (any(c.mobile_e164 or c.landline_e164
                             or (c.email and EMAIL.fullmatch(c.email))
                             for c in contacts[a.id])
                         and any(t.kind in CONVERSATION_KINDS and t.outcome in TWO_WAY_OUTCOMES
                                 for t in talks[a.id]))
            intended = potential and any((o.amount or 0) > 0 and o.expected_close is not None
                                         for o in opps[a.id])
            contracted = bool(contracts[a.id]) and any(p.amount > 0 for p in payments[a.id])
            furthest = 3 if contracted else 2 if intended else 1 if potential else 0
        for step in STEPS[:furthest + 1]:
            at[step].add(a.id)
    counts = [len(at[step]) for step in STEPS]
    out = [(label, n, share(n, counts[0]), share(n, counts[i - 1]) if i else None)
           for i, (label, n) in enumerate(zip(
               ["Lead", "Potential", "Intended", "Contracted"], counts, strict=True))]
    return out, [at[step] for step in STEPS]


def expected_attrition(s: Session, scope: ReviewScope
                       ) -> tuple[list[tuple[object, ...]], list[set[uuid.UUID]]]:
    accounts = {a.id: a for a in s.scalars(select(Account))}
    first_paid: dict[uuid.UUID, date] = {}
    for p in s.scalars(select(Payment)):
        if not p.deleted and p.amount > 0 and p.received_on <= scope.today:
            first_paid[p.contract_id] = min(first_paid.get(p.contract_id, p.received_on),
                                            p.received_on)
    covers: dict[uuid.UUID, list[tuple[date, date]]] = defaultdict(list)
    for c in s.scalars(select(Contract)):
        a = accounts[c.account_id]
        if c.deleted or a.deleted or not in_scope(a, scope) or c.id not in first_paid:
            continue
        end = c.ends_on or add_months(c.signed_on, 12) - timedelta(days=1)
        covers[a.id].append((first_paid[c.id], end + timedelta(days=30)))

    def customer(account: uuid.UUID, day: date) -> bool:
        return any(start <= day <= end for start, end in covers[account])

    out, lost_sets = [], []
    first_year = min((start.year for spans in covers.values() for start, _ in spans),
                     default=scope.today.year + 1)
    for year in range(max(first_year, scope.today.year - 9), scope.today.year + 1):
        start = date(year, 1, 1)
        read = min(date(year + 1, 1, 1), scope.today)
        at_start = {a for a in covers if customer(a, start)}
        if not at_start:
            continue
        lost = {a for a in at_start if not customer(a, read)}
        label = f"{year} (to date)" if year == scope.today.year else str(year)
        out.append((label, len(at_start), len(lost), share(len(lost), len(at_start))))
        lost_sets.append(lost)
    return out, lost_sets


def seeded_scopes(store: Store) -> list[ReviewScope]:
    """All teams, the team with the most deals and its rep with the most, over this
    quarter and over this year."""
    with store.session() as s:
        deals_of = [(d.team_id, d.owner_id) for d in s.scalars(select(Opportunity))]
    team = max({t for t, _ in deals_of}, key=lambda t: sum(x == t for x, _ in deals_of))
    rep = max({o for t, o in deals_of if t == team and o is not None},
              key=lambda o: sum(x == o for _, x in deals_of))
    out = []
    for start, end in ((date(2026, 10, 1), date(2026, 12, 31)),
                       (date(2026, 1, 1), date(2026, 12, 31)),
                       (date(2025, 4, 1), date(2025, 6, 30))):
        out += [ReviewScope(start, end, TODAY),
                ReviewScope(start, end, TODAY, team_id=team),
                ReviewScope(start, end, TODAY, team_id=team, rep_id=rep)]
    return out


def test_the_seeded_figures_are_the_rows_recomputed(seeded: Store) -> None:
    counted = defaultdict(int)
    for scope in seeded_scopes(seeded):
        found = tables(seeded, scope)
        with seeded.session() as s:
            for key, expect in (("funnel.stages", expected_stages),
                                ("funnel.lifecycle", expected_lifecycle),
                                ("funnel.attrition", expected_attrition)):
                values, ids = expect(s, scope)
                assert rows(found[key]) == values, (key, scope)
                assert behind(found[key]) == ids, (key, scope)
                counted[key] += sum(len(i) for i in ids)
    # the comparison compared something: every table has records behind its rows
    assert all(counted[key] > 0 for key in ("funnel.stages", "funnel.lifecycle",
                                             "funnel.attrition")), counted


def test_the_seeded_funnel_narrows_as_the_scope_does(seeded: Store) -> None:
    everyone, team, rep = seeded_scopes(seeded)[3:6]  # this year
    reached = [rows(tables(seeded, s)["funnel.stages"])[0][1] for s in (everyone, team, rep)]
    assert reached[0] > reached[1] > reached[2] > 0  # type: ignore[operator]


# ---- hand-built workspaces -----------------------------------------------------------


@pytest.fixture
def people(empty: Store, world: dict[str, uuid.UUID]) -> dict[str, uuid.UUID]:
    """`world` plus a second rep of East ("kay") with an account, and team West with its
    rep ("wes") and an account."""
    with empty.session.begin() as s:
        west = Team(name="West")
        s.add(west)
        s.flush()
        kay = User(username="kay", display_name="Kay", team_id=world["team"])
        wes = User(username="wes", display_name="Wes", team_id=west.id)
        s.add_all([kay, wes])
        s.flush()
        kay_co = new_account(s, name="Kay Co", owner_id=kay.id, team_id=world["team"])
        wes_co = new_account(s, name="Wes Co", owner_id=wes.id, team_id=west.id)
        return {**world, "west": west.id, "kay": kay.id, "wes": wes.id, "kay_co": kay_co,
                "wes_co": wes_co}


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def add_deal(store: Store, account: uuid.UUID, path: list[tuple[str, str]], *,
             amount: int, currency: str = "CNY", deleted: bool = False,
             removed_steps: tuple[int, ...] = ()) -> uuid.UUID:
    """A deal of `account` (owned as it is) whose stage history is `path`: (stage, when)
    in order, its last stage its stage now; `removed_steps` are history rows removed."""
    with store.session.begin() as s:
        account_row = s.get(Account, account)
        assert account_row is not None
        owned = {"owner_id": account_row.owner_id, "team_id": account_row.team_id}
        stage = OpportunityStage(path[-1][0])
        deal = Opportunity(id=uuid.uuid4(), account_id=account, name="Deal", amount=amount,
                           currency=currency, stage=stage, probability=10,
                           created_on=at(path[0][1]).date(), stage_since=at(path[-1][1]).date(),
                           loss_reason="Price" if stage is OpportunityStage.LOST else None,
                           deleted=deleted, **owned)
        s.add(deal)
        s.flush()
        before = None
        for i, (step, when) in enumerate(path):
            s.add(DealChange(id=uuid.uuid4(), opportunity_id=deal.id, field=DealField.STAGE,
                             old_value=before, new_value=step, changed_at=at(when),
                             deleted=i in removed_steps, **owned))
            before = step
        return deal.id


Q, N, P, NEGO, WON, LOST = ORDER[0], ORDER[1], ORDER[2], ORDER[3], ORDER[4], "lost"
OCT, NOV = date(2026, 10, 1), date(2026, 11, 30)
LATER = date(2026, 12, 15)  # the day the review is read


def test_stage_conversion_at_the_edges_moved_back_and_left_out(
        empty: Store, people: dict[str, uuid.UUID]) -> None:
    acme, kay_co, wes_co = people["acme"], people["kay_co"], people["wes_co"]
    d = {
        # entered needs analysis on the period's first instant; qualified the second before
        "a": add_deal(empty, acme, [(Q, "2026-09-30 23:59:59"), (N, "2026-10-01 00:00:00")],
                      amount=1_00),
        # qualified on the period's last second, went on today / tomorrow
        "b": add_deal(empty, acme, [(Q, "2026-11-30 23:59:59"), (N, "2026-12-15 10:00:00")],
                      amount=2_00),
        "c": add_deal(empty, acme, [(Q, "2026-11-30 12:00:00"), (N, "2026-12-16 08:00:00")],
                      amount=4_00),
        # moved back into needs analysis from a proposal made before the period
        "d": add_deal(empty, acme, [(Q, "2026-09-01 09:00:00"), (P, "2026-09-15 09:00:00"),
                                    (N, "2026-10-10 09:00:00")], amount=8_00),
        # back and forth: reaches needs analysis twice (counted once) and proposal twice
        "e": add_deal(empty, acme, [(N, "2026-10-02 09:00:00"), (P, "2026-10-05 09:00:00"),
                                    (N, "2026-10-20 09:00:00"), (P, "2026-11-02 09:00:00")],
                      amount=16_00),
        # moved back within the period: its proposal came before its needs analysis
        "h": add_deal(empty, acme, [(Q, "2026-09-20 09:00:00"), (P, "2026-10-03 09:00:00"),
                                    (N, "2026-10-10 09:00:00")], amount=1024_00),
        "f": add_deal(empty, acme, [(NEGO, "2026-10-03 09:00:00"), (WON, "2026-10-20 09:00:00")],
                      amount=32_00),
        "g": add_deal(empty, acme, [(P, "2026-10-01 00:00:00"), (LOST, "2026-10-08 09:00:00")],
                      amount=64_00),
        # its move to needs analysis was removed: it reached qualification only
        "j": add_deal(empty, acme, [(Q, "2026-10-06 09:00:00"), (N, "2026-10-07 09:00:00")],
                      amount=128_00, removed_steps=(1,)),
        "k": add_deal(empty, kay_co, [(Q, "2026-10-06 09:00:00"), (N, "2026-10-07 09:00:00")],
                      amount=256_00),
        "l": add_deal(empty, wes_co, [(Q, "2026-10-06 09:00:00")], amount=512_00),
    }
    add_deal(empty, acme, [(Q, "2026-10-05 09:00:00")], amount=1000_00, currency="USD")
    add_deal(empty, acme, [(Q, "2026-10-05 09:00:00")], amount=2000_00, deleted=True)
    gone = new_account_of(empty, people, "Gone Ltd")
    add_deal(empty, gone, [(Q, "2026-10-05 09:00:00")], amount=4000_00)
    with empty.session.begin() as s:
        gone_row = s.get(Account, gone)
        assert gone_row is not None
        gone_row.deleted = True
    assert_flow_facts(empty)  # the history's rows written at once, some removed

    def scope(today: date, team_id: uuid.UUID | None = None,
              rep_id: uuid.UUID | None = None) -> ReviewScope:
        # the history's times are stored UTC and meant as UTC's days, whatever the zone
        # of the machine running the tests
        return ReviewScope(OCT, NOV, today, team_id=team_id, rep_id=rep_id, zone=UTC)

    team = tables(empty, scope(LATER, team_id=people["team"]))["funnel.stages"]
    assert rows(team) == [
        ("Qualification", 4, 2, 0.5, 390_00),
        ("Needs analysis", 5, 1, 0.2, 1305_00),
        ("Proposal", 3, 0, 0.0, 1104_00),
        ("Negotiation", 1, 1, 1.0, 32_00),
        ("Won", 1, None, None, 32_00)]
    assert behind(team) == [{d["b"], d["c"], d["j"], d["k"]},
                            {d["a"], d["d"], d["e"], d["h"], d["k"]},
                            {d["e"], d["g"], d["h"]}, {d["f"]}, {d["f"]}]
    assert "USD" in team.note
    rep = tables(empty, scope(LATER, team_id=people["team"],
                              rep_id=people["rep"]))["funnel.stages"]
    assert rows(rep)[:2] == [("Qualification", 3, 1, 1 / 3, 134_00),
                             ("Needs analysis", 4, 1, 0.25, 1049_00)]
    everyone = tables(empty, scope(LATER))["funnel.stages"]
    assert rows(everyone)[0] == ("Qualification", 5, 2, 0.4, 902_00)
    assert d["l"] in everyone.rows[0].behind
    # read on the day the period ends, the moves after it are not yet made
    early = tables(empty, scope(NOV, team_id=people["team"]))["funnel.stages"]
    assert rows(early)[0] == ("Qualification", 4, 1, 0.25, 390_00)


def new_account_of(store: Store, people: dict[str, uuid.UUID], name: str, *,
                   owner: str = "rep", team: str = "team", **fields: object) -> uuid.UUID:
    with store.session.begin() as s:
        return new_account(s, name=name, owner_id=people[owner], team_id=people[team],
                           **fields)


def test_the_lifecycle_funnel_of_the_period_with_lost_accounts_steps(
        empty: Store, people: dict[str, uuid.UUID]) -> None:
    def acquired(name: str, day: date, status: Status, **kw: object) -> uuid.UUID:
        account = new_account_of(empty, people, name, acquired_on=day, **kw)
        with empty.session.begin() as s:
            row = s.get(Account, account)
            assert row is not None
            row.status = status
        return account

    def talked(account: uuid.UUID, kind: ActivityKind, outcome: Outcome | None, *,
               removed: bool = False) -> None:
        with empty.session.begin() as s:
            person = new_contact(s, account, name="Li", mobile="138 0000 1111")
            s.add(Activity(id=uuid.uuid4(), account_id=account, contact_id=person, kind=kind,
                           outcome=outcome, occurred_at=at("2026-10-25 10:00:00"),
                           deleted=removed, owner_id=people["rep"], team_id=people["team"]))

    acquired("Before", date(2026, 9, 30), Status.CONTRACTED)
    acquired("After", date(2026, 12, 1), Status.LEAD)
    removed = acquired("Removed", date(2026, 10, 5), Status.LEAD)
    with empty.session.begin() as s:
        row = s.get(Account, removed)
        assert row is not None
        row.deleted = True
    west = acquired("West", date(2026, 10, 5), Status.INTENDED, owner="wes", team="west")
    lead = acquired("Lead", OCT, Status.LEAD)
    pot = acquired("Potential", NOV, Status.POTENTIAL)
    intended = acquired("Intended", date(2026, 10, 15), Status.INTENDED)
    contracted = acquired("Contracted", date(2026, 10, 20), Status.CONTRACTED)
    # lost after a deal with an amount and a close date: it had been intended
    lost_int = acquired("Lost intended", date(2026, 10, 21), Status.LOST)
    talked(lost_int, ActivityKind.VISIT, Outcome.REACHED)
    add_deal(empty, lost_int, [(Q, "2026-10-22 09:00:00"), (LOST, "2026-11-01 09:00:00")],
             amount=50_00)
    with empty.session.begin() as s:
        for deal in s.scalars(select(Opportunity).where(Opportunity.account_id == lost_int)):
            deal.expected_close = date(2026, 11, 30)
    lost_pot = acquired("Lost potential", date(2026, 10, 22), Status.LOST)
    talked(lost_pot, ActivityKind.CALL, Outcome.REACHED)
    # a note is no conversation, and a removed call never happened
    lost_lead = acquired("Lost lead", date(2026, 10, 23), Status.LOST)
    talked(lost_lead, ActivityKind.NOTE, None)
    talked(lost_lead, ActivityKind.CALL, Outcome.REACHED, removed=True)

    team = tables(empty, ReviewScope(OCT, NOV, LATER, team_id=people["team"]))
    funnel = team["funnel.lifecycle"]
    assert rows(funnel) == [("Lead", 7, 1.0, None), ("Potential", 5, 5 / 7, 5 / 7),
                            ("Intended", 3, 3 / 7, 3 / 5), ("Contracted", 1, 1 / 7, 1 / 3)]
    assert behind(funnel) == [
        {lead, pot, intended, contracted, lost_int, lost_pot, lost_lead},
        {pot, intended, contracted, lost_int, lost_pot}, {intended, contracted, lost_int},
        {contracted}]
    everyone = tables(empty, ReviewScope(OCT, NOV, LATER))["funnel.lifecycle"]
    assert rows(everyone)[2][1] == 4 and west in everyone.rows[2].behind
    rep = tables(empty, ReviewScope(OCT, NOV, LATER, rep_id=people["kay"]))
    assert rows(rep["funnel.lifecycle"]) == [
        ("Lead", 0, None, None), ("Potential", 0, None, None),
        ("Intended", 0, None, None), ("Contracted", 0, None, None)]


@pytest.fixture
def ctxs(empty: Store, people: dict[str, uuid.UUID]) -> dict[str, Context]:
    secrets = MemoryStore()
    with empty.session() as s:
        return {name: Context(empty, q.user_by_id(s, people[name]), "CN", lambda: TODAY,
                              lambda: secrets) for name in ("rep", "wes")}


def test_attrition_counts_customers_by_their_paid_contracts_at_the_years_edges(
        empty: Store, people: dict[str, uuid.UUID], ctxs: dict[str, Context]) -> None:
    def customer(name: str, *contracts: tuple[str, str | None, str | None],
                 owner: str = "rep", team: str = "team", currency: str = "CNY"
                 ) -> tuple[uuid.UUID, list[uuid.UUID]]:
        """An account with contracts (signed, ends or None, paid or None)."""
        account = new_account_of(empty, people, name, owner=owner, team=team)
        made = []
        for n, (signed, ends, paid) in enumerate(contracts):
            contract = deals.record_contract(ctxs[owner], account, ContractIn(
                f"{name}-{n}", date.fromisoformat(signed), 1000_00, currency=currency,
                ends_on=date.fromisoformat(ends) if ends else None)).value
            if paid:
                deals.record_payment(ctxs[owner], contract, 1000_00, date.fromisoformat(paid))
            made.append(contract)
        return account, made

    # the contract's end and the renewal grace take it just short of / onto 1 January
    x, _ = customer("X", ("2024-06-01", "2025-12-01", "2024-06-01"))
    x2, _ = customer("X2", ("2024-06-01", "2025-12-02", "2024-06-01"))
    # renewed in time once, then not
    y, _ = customer("Y", ("2024-01-01", "2024-12-31", "2024-01-05"),
                    ("2025-01-20", "2026-01-19", "2025-01-25"))
    # no end: a year from signing
    z, _ = customer("Z", ("2025-03-01", None, "2025-03-01"))
    # signed before the year but first paid in it: not a customer at its start
    customer("W", ("2025-12-20", "2026-12-19", "2026-01-05"))
    # paid in dollars, running: kept
    v, _ = customer("V", ("2025-06-01", "2027-05-31", "2025-06-01"), currency="USD")
    # a removed contract, a removed payment, and another team's customer
    _, [removed] = customer("R", ("2025-01-01", "2027-01-01", "2025-01-01"))
    _, [unpaid] = customer("U", ("2025-01-01", "2027-01-01", "2025-01-01"))
    west, _ = customer("S", ("2024-03-01", "2025-06-30", "2024-03-01"), owner="wes",
                       team="west")
    with empty.session.begin() as s:
        contract = s.get(Contract, removed)
        assert contract is not None
        contract.deleted = True
        for payment in s.scalars(select(Payment).where(Payment.contract_id == unpaid)):
            payment.deleted = True
    assert_flow_facts(empty)  # each contract's first money, the removed payment's gone

    scope = ReviewScope(OCT, NOV, TODAY, team_id=people["team"])
    table = tables(empty, scope)["funnel.attrition"]
    assert rows(table) == [("2025", 3, 1, 1 / 3), ("2026 (to date)", 4, 3, 0.75)]
    assert behind(table) == [{x}, {x2, y, z}]
    assert "year to date" in table.note
    assert v not in table.rows[1].behind
    everyone = tables(empty, ReviewScope(OCT, NOV, TODAY))["funnel.attrition"]
    assert rows(everyone)[0] == ("2025", 4, 2, 0.5) and west in everyone.rows[0].behind
    # a rep with no customers has no years
    assert rows(tables(empty, ReviewScope(OCT, NOV, TODAY, rep_id=people["kay"]))
                ["funnel.attrition"]) == []
    # read back on the first day of 2026, that year has no losses yet
    first = tables(empty, ReviewScope(OCT, NOV, date(2026, 1, 1), team_id=people["team"]))
    assert rows(first["funnel.attrition"])[-1] == ("2026 (to date)", 4, 0, 0.0)


@pytest.mark.parametrize("day", [date(2024, 2, 29), date(2024, 3, 1), date(2025, 2, 28),
                                 date(2025, 3, 1), date(2026, 1, 1), date(2026, 3, 31),
                                 date(2028, 3, 29), date(2028, 3, 30)])
def test_the_sql_bound_for_open_ended_contracts_is_the_domains_cover(day: date) -> None:
    """The funnel's SQL reads a contract without an end as "signed on or after
    signed_since(day)": the same days as the domain's cover, leap years included."""
    from crmdesk.domain.attrition import cover, signed_since

    bound = signed_since(day)
    for back in range(300, 500):
        signed = day - timedelta(days=back)
        made = cover(signed, None, signed)
        assert made is not None
        assert made.covers(day) == (signed >= bound), (day, signed)
