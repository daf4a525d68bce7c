"""The review's pipeline panel: each figure recomputed in plain Python over the seeded
workspace's whole rows and compared; hand-built deals for what the seed lacks (another
currency, a deal moved back, removed deals, won outside the period, each scope); and
the net-movement rules of crmdesk.domain.pipeline_changes on their own."""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select, update

from crmdesk.app import deals
from crmdesk.domain import pipeline_changes as moves
from crmdesk.domain.deals import (
    OPEN_ORDER,
    ORDER,
    STAGE_LABELS,
    Change,
    DealField,
    OpportunityStage,
    Slip,
    Stuck,
)
from crmdesk.domain.pipeline_changes import DealState, Movement
from crmdesk.domain.report import Behind, ChartKind, ReviewScope, Table
from crmdesk.store.db import Store
from crmdesk.store.deal_writes import DealInput
from crmdesk.store.models import Account, DealChange, Opportunity, User
from crmdesk.store.review import panel, pipeline
from tests.conftest import TODAY
from tests.review_world import (
    Rows,
    World,
    assert_flow_facts,
    backdate,
    days_in,
    deal,
    is_stuck,
    move,
    pushes,
    read_rows,
    remove,
    world,
)

Q, NEEDS, PROPOSAL, NEGO, WON, LOST = (
    OpportunityStage.QUALIFY, OpportunityStage.NEEDS, OpportunityStage.PROPOSAL,
    OpportunityStage.NEGOTIATION, OpportunityStage.WON, OpportunityStage.LOST)
CLOSED = (WON, LOST)
QUARTER = (date(2026, 10, 1), date(2026, 12, 31))


def _scope(team: uuid.UUID | None = None, rep: uuid.UUID | None = None,
           since: date | None = None, start: date = QUARTER[0], end: date = QUARTER[1]
           ) -> ReviewScope:
    return ReviewScope(start, end, TODAY, "CNY", team, rep, since)


def _tables(store: Store, scope: ReviewScope) -> dict[str, Table]:
    with store.session() as s:
        result = panel(s, "pipeline", scope)
    assert result.key == "pipeline"
    return {t.key: t for t in result.tables}


def _by(table: Table, column: str) -> dict[object, dict[str, Any]]:
    """The table's rows as dicts keyed by `column`, with their `behind` as a set."""
    keys = [c.key for c in table.columns]
    return {row.values[table.column(column)]: {**dict(zip(keys, row.values, strict=True)),
                                               "behind": set(row.behind)}
            for row in table.rows}


# ---- the plain-Python recomputation -------------------------------------------------


def _in_scope(rows: Rows, scope: ReviewScope) -> list[dict[str, Any]]:
    """The scope's live deals (of live accounts) in its currency."""
    return [d for d in rows.deals.values()
            if not d["deleted"] and not rows.accounts[d["account_id"]]["deleted"]
            and d["currency"] == scope.currency
            and (scope.team_id is None or d["team_id"] == scope.team_id)
            and (scope.rep_id is None or d["owner_id"] == scope.rep_id)]


def _weighted(d: dict[str, Any]) -> int:
    return (d["amount"] or 0) * d["probability"] // 100


def expected_by_stage(rows: Rows, scope: ReviewScope) -> dict[str, dict[str, Any]]:
    live = _in_scope(rows, scope)
    out = {}
    for stage in ORDER:
        if stage in CLOSED:
            of = [d for d in live if d["stage"] == stage and d["closed_on"] is not None
                  and scope.start <= d["closed_on"] <= scope.end]
        else:
            of = [d for d in live if d["stage"] == stage]
        days = [days_in(d, scope.today) for d in of if days_in(d, scope.today) is not None]
        out[STAGE_LABELS[stage]] = {
            "stage": STAGE_LABELS[stage], "deals": len(of),
            "amount": sum(d["amount"] or 0 for d in of),
            "weighted": sum(_weighted(d) for d in of),
            "days": (round(sum(days) / len(days))  # type: ignore[arg-type]
                     if days and stage not in CLOSED else None),
            "stuck": sum(is_stuck(rows, d, scope.today) for d in of),
            "behind": {d["id"] for d in of}}
    return out


def _board(rows: Rows, scope: ReviewScope, limit: int) -> list[dict[str, Any]]:
    """The open deals the board lists: each stage's `limit` largest by weighted amount,
    then by id."""
    out: list[dict[str, Any]] = []
    for stage in OPEN_ORDER:
        of = [d for d in _in_scope(rows, scope) if d["stage"] == stage]
        out += sorted(of, key=lambda d: (-_weighted(d), d["id"]))[:limit]
    return out


def expected_deals(rows: Rows, scope: ReviewScope, limit: int = pipeline.BOARD_LIMIT
                   ) -> dict[uuid.UUID, tuple[object, ...]]:
    out = {}
    for d in _board(rows, scope, limit):
        owner = rows.users[d["owner_id"]]["display_name"] if d["owner_id"] else "Pool"
        days = days_in(d, scope.today)
        flag = []
        if d["expected_close"] is not None and d["expected_close"] < scope.today:
            flag.append("Stuck: close date passed")
        elif is_stuck(rows, d, scope.today):
            flag.append(f"Stuck: {days} days in stage "
                        f"(limit {rows.stuck_days(d['team_id'], d['stage'])})")
        times, moved = pushes(rows, d["id"])
        if times:
            flag.append(f"Slipping: pushed {times}× by {moved} day{'' if moved == 1 else 's'}")
        out[d["id"]] = (d["name"], rows.accounts[d["account_id"]]["name"], owner,
                        STAGE_LABELS[d["stage"]], d["amount"], d["probability"] / 100,
                        _weighted(d), d["expected_close"], days, "; ".join(flag))
    return out


def _parse(field: DealField, text: str | None) -> object:
    if text is None:
        return None
    return (OpportunityStage(text) if field is DealField.STAGE
            else int(text) if field is DealField.AMOUNT else date.fromisoformat(text))


def expected_changes(rows: Rows, scope: ReviewScope) -> dict[str, dict[str, Any]]:
    """Replay each deal's history: its values at the start of `since` are the old values
    of its first changes since then (the values it was made with, for a deal made
    since), and what moved is read from those against its values now."""
    since = scope.since or scope.start
    since_at = datetime.combine(since, datetime.min.time())
    found: dict[str, list[dict[str, Any]]] = {m.value: [] for m in Movement}
    # each deal's changes since then, gathered once (a scan per deal is quadratic at size)
    changes: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for c in rows.changes:
        if not c["deleted"] and c["changed_at"] >= since_at:
            changes[c["opportunity_id"]].append(c)
    for d in _in_scope(rows, scope):
        history = sorted(changes.get(d["id"], ()), key=lambda c: (c["changed_at"], c["id"]))
        new = d["created_on"] is not None and d["created_on"] >= since
        if not history and not new:
            continue
        then = {}
        for field, now_value in ((DealField.STAGE, d["stage"]),
                                 (DealField.AMOUNT, d["amount"]),
                                 (DealField.EXPECTED_CLOSE, d["expected_close"])):
            first = next((c for c in history if c["field"] == field), None)
            then[field] = (now_value if first is None else
                           _parse(field, first["old_value"] if first["old_value"] is not None
                                  else first["new_value"]))
        kinds = {"new"} if new else set()
        was, now = then[DealField.STAGE], d["stage"]
        if now in CLOSED:
            if new or was != now:
                kinds.add(now.value)
        elif was is not None and was != now:
            kinds.add("moved_back" if was in CLOSED or OPEN_ORDER.index(now)
                      < OPEN_ORDER.index(was) else "advanced")  # type: ignore[arg-type]
        a_then, a_now = then[DealField.AMOUNT], d["amount"]
        if a_then is not None and a_now is not None and a_then != a_now:
            kinds.add("amount_up" if a_now > a_then else "amount_down")  # type: ignore[operator]
        c_then, c_now = then[DealField.EXPECTED_CLOSE], d["expected_close"]
        if c_then is not None and c_now is not None and c_now > c_then:  # type: ignore[operator]
            kinds.add("pushed")
        for kind in kinds:
            found[kind].append(d)
    return {moves.MOVEMENT_LABELS[Movement(k)]: {
        "deals": len(ds), "amount": sum(d["amount"] or 0 for d in ds),
        "behind": {d["id"] for d in ds}} for k, ds in found.items()}


def _check(store: Store, rows: Rows, scope: ReviewScope) -> dict[str, Table]:
    tables = _tables(store, scope)
    by_stage = tables["pipeline.by_stage"]
    assert [r.values[0] for r in by_stage.rows] == [STAGE_LABELS[s] for s in ORDER]
    assert _by(by_stage, "stage") == expected_by_stage(rows, scope)
    board = tables["pipeline.deals"]
    assert {row.behind: row.values for row in board.rows} == {
        (i,): v for i, v in expected_deals(rows, scope).items()}
    # the board's order: by stage, then soonest close (none last)
    keys = [(ORDER.index(rows.deals[r.behind[0]]["stage"]),
             rows.deals[r.behind[0]]["expected_close"] is None,
             rows.deals[r.behind[0]]["expected_close"] or date.min) for r in board.rows]
    assert keys == sorted(keys)
    changes = tables["pipeline.changes"]
    assert [r.values[0] for r in changes.rows] == [moves.MOVEMENT_LABELS[m] for m in Movement]
    got = {label: {k: v for k, v in row.items() if k != "change"}
           for label, row in _by(changes, "change").items()}
    assert got == expected_changes(rows, scope)
    return tables


# ---- the seeded workspace -----------------------------------------------------------


def test_every_figure_matches_the_seeded_rows_for_each_scope(seeded: Store) -> None:
    rows = read_rows(seeded)
    teams = sorted(rows.teams)
    busiest = Counter(d["owner_id"] for d in rows.deals.values()
                      if d["owner_id"] is not None).most_common(1)[0][0]
    for scope in (_scope(), _scope(team=teams[0]), _scope(team=teams[1]),
                  _scope(rep=busiest), _scope(since=TODAY - timedelta(days=7)),
                  _scope(team=teams[1], since=TODAY - timedelta(days=60),
                         start=date(2026, 7, 1), end=date(2026, 9, 30))):
        tables = _check(seeded, rows, scope)
        for key in ("pipeline.by_stage", "pipeline.changes"):
            assert sum(tables[key].values("deals")) > 0, (key, scope)  # not vacuous
    assert_flow_facts(seeded)  # set for every row after the seed's rows arrived at once
    tables = _tables(seeded, _scope())
    by_stage = tables["pipeline.by_stage"]
    assert (by_stage.behind, by_stage.currency) == (Behind.DEALS, "CNY")
    assert by_stage.chart is not None and by_stage.chart.kind is ChartKind.BAR
    assert (by_stage.chart.x, by_stage.chart.y) == ("stage", ("amount", "weighted"))
    assert tables["pipeline.deals"].chart is None
    assert sum(by_stage.values("stuck")) > 0  # the seed's stuck deals are found


def test_the_board_lists_each_stages_largest_deals(seeded: Store) -> None:
    """The board's cap (100 a stage in the view) at 3, over the seeded deals: each
    stage's three largest by weighted amount, by stage then soonest close; the note
    says how many of how many; the bars still open every deal."""
    rows = read_rows(seeded)
    scope = _scope()
    with seeded.session() as s:
        board = pipeline.deal_list(s, scope, None, total=1234, limit=3)
    assert {row.behind: row.values for row in board.rows} == {
        (i,): v for i, v in expected_deals(rows, scope, limit=3).items()}
    assert len(board.rows) == 3 * len(OPEN_ORDER)
    keys = [(ORDER.index(rows.deals[r.behind[0]]["stage"]),
             rows.deals[r.behind[0]]["expected_close"] is None,
             rows.deals[r.behind[0]]["expected_close"] or date.min) for r in board.rows]
    assert keys == sorted(keys)
    assert "The 3 largest open deals of each stage by weighted amount (12 of 1,234)" in (
        board.note)
    # the cap is at work: every stage has more open deals than 3
    assert all(sum(1 for d in _in_scope(rows, scope) if d["stage"] == stage) > 3
               for stage in OPEN_ORDER)
    by_stage = _by(_tables(seeded, scope)["pipeline.by_stage"], "stage")
    assert sum(len(by_stage[STAGE_LABELS[st]]["behind"]) for st in OPEN_ORDER) > 12


# ---- hand-built deals ---------------------------------------------------------------

SINCE = date(2026, 11, 1)
BEFORE = date(2026, 10, 5)


@pytest.fixture
def w(empty: Store) -> World:
    return world(empty)


def _old_deal(w: World, name: str, stage: OpportunityStage, amount: int = 100_000_00,
              **given: Any) -> uuid.UUID:
    """A deal of Amy's made on BEFORE at `stage`, its history dated then."""
    deal_id = deal(w, w.acme, name, amount, stage=stage, **given)
    backdate(w.ctx.store, deal_id, BEFORE)
    return deal_id


def _edit(w: World, deal_id: uuid.UUID, **given: Any) -> None:
    with w.ctx.store.session() as s:
        row = s.get(Opportunity, deal_id)
        assert row is not None
        fields = {"name": row.name, "stage": row.stage, "amount": row.amount,
                  "currency": row.currency, "probability": row.probability,
                  "expected_close": row.expected_close}
    fields.update(given)
    deals.edit_deal(w.ctx, deal_id, DealInput(**fields))


def test_a_deal_is_counted_by_its_net_movement_since_the_day(w: World) -> None:
    store = w.ctx.store
    back = _old_deal(w, "Back", PROPOSAL)
    move(w, back, NEGO, NEEDS)                   # forward, then back past where it was
    ahead = _old_deal(w, "Ahead", Q)
    move(w, ahead, NEEDS, PROPOSAL)              # forward twice: advanced once
    _edit(w, ahead, amount=150_000_00)
    still = _old_deal(w, "Still", NEEDS, expected_close=date(2026, 12, 1))
    move(w, still, PROPOSAL, NEEDS)              # there and back: not moved
    _edit(w, still, expected_close=date(2027, 1, 15), amount=80_000_00)
    won = _old_deal(w, "Won", NEGO)
    move(w, won, WON)
    fresh = deal(w, w.acme, "Fresh", 30_000_00)  # made today (since the day) ...
    move(w, fresh, NEEDS)                        # ... and moved on
    gone = _old_deal(w, "Gone", Q)
    move(w, gone, NEEDS)
    remove(store, Opportunity, gone)             # removed: counted nowhere
    quiet = _old_deal(w, "Quiet", PROPOSAL)      # nothing since the day
    assert_flow_facts(store)  # kept by each command, each history backdated
    tables = _check(store, read_rows(store), _scope(since=SINCE))
    changes = _by(tables["pipeline.changes"], "change")
    assert {label: row["behind"] for label, row in changes.items() if row["behind"]} == {
        "New": {fresh}, "Advanced": {ahead, fresh}, "Moved back": {back},
        "Amount up": {ahead}, "Amount down": {still}, "Close date pushed": {still},
        "Won": {won}}
    assert changes["Advanced"]["amount"] == 150_000_00 + 30_000_00  # amounts now
    assert "net movement" in tables["pipeline.changes"].note
    by_stage = _by(tables["pipeline.by_stage"], "stage")
    assert by_stage["Needs analysis"]["behind"] == {back, still, fresh}
    assert by_stage["Proposal"]["behind"] == {ahead, quiet}
    assert by_stage["Proposal"]["days"] == round(((TODAY - BEFORE).days + 0) / 2)
    assert gone not in {i for row in tables["pipeline.deals"].rows for i in row.behind}
    # with no day given, the changes count from the period's start (before BEFORE: all
    # of them are new)
    tables = _tables(store, _scope())
    assert tables["pipeline.changes"].title == "Changes since 2026-10-01"
    assert _by(tables["pipeline.changes"], "change")["New"]["behind"] == {
        back, ahead, still, won, fresh, quiet}


def test_every_owners_changes_and_the_pools_are_counted(w: World) -> None:
    """Every team's changes are read a range an owner (the owners the laptop's index
    holds, found in it) and then the pool's: a deal of the pool and one of a rep no
    longer active, moved since the day, count for every team and theirs, not for
    another rep; so does a stage then that no stage has (moved back)."""
    store = w.ctx.store
    pooled, gone, odd = (_old_deal(w, name, Q) for name in ("Pooled", "Gone's", "Odd"))
    with store.session.begin() as s:
        inactive = s.scalar(select(User.id).where(User.username == "gone"))
        s.execute(update(Opportunity).where(Opportunity.id == pooled).values(owner_id=None))
        s.execute(update(Opportunity).where(Opportunity.id == gone)
                  .values(owner_id=inactive))
    move(w, pooled, NEEDS)
    move(w, gone, NEEDS, PROPOSAL)
    rows = read_rows(store)
    for scope in (_scope(since=SINCE), _scope(team=w.east, since=SINCE)):
        changes = _by(_check(store, rows, scope)["pipeline.changes"], "change")
        assert changes["Advanced"]["behind"] == {pooled, gone}
    assert not _by(_check(store, rows, _scope(rep=w.amy, since=SINCE))["pipeline.changes"],
                   "change")["Advanced"]["behind"]
    # a stage change since the day from a value no stage has (another laptop's)
    with store.session.begin() as s:
        was = s.scalars(select(DealChange).where(DealChange.opportunity_id == odd)).first()
        assert was is not None
        s.add(DealChange(opportunity_id=odd, field=DealField.STAGE, old_value="pitch",
                         new_value="qualify", changed_at=datetime(2026, 11, 15, 9),
                         owner_id=was.owner_id, team_id=was.team_id))
    assert_flow_facts(store)
    for scope in (_scope(since=SINCE), _scope(rep=w.amy, since=SINCE)):
        changes = _by(_tables(store, scope)["pipeline.changes"], "change")
        assert changes["Moved back"]["behind"] == {odd}
        assert changes["Moved back"]["amount"] == 100_000_00


def test_another_currency_is_left_out_and_said(w: World) -> None:
    store = w.ctx.store
    cny = deal(w, w.acme, "Yuan", 50_000_00, stage=PROPOSAL)
    usd = deal(w, w.acme, "Dollars", 70_000_00, currency="USD", stage=PROPOSAL)
    tables = _check(store, read_rows(store), _scope(since=SINCE))
    for table in tables.values():
        assert usd not in {i for row in table.rows for i in row.behind}
        assert "USD" in table.note
    assert _by(tables["pipeline.by_stage"], "stage")["Proposal"]["amount"] == 50_000_00
    assert _by(tables["pipeline.changes"], "change")["New"]["behind"] == {cny}
    # in USD, the other way round
    usd_scope = ReviewScope(*QUARTER, TODAY, "USD", since=SINCE)
    tables = _tables(store, usd_scope)
    assert _by(tables["pipeline.by_stage"], "stage")["Proposal"]["behind"] == {usd}
    assert "CNY" in tables["pipeline.by_stage"].note


def test_won_and_lost_count_when_closed_in_the_period(w: World) -> None:
    store = w.ctx.store
    inside, outside, lost = (deal(w, w.acme, n, 10_000_00) for n in ("In", "Out", "Lost"))
    move(w, inside, WON)
    move(w, outside, WON)
    move(w, lost, LOST)
    with store.session.begin() as s:
        s.execute(update(Opportunity).where(Opportunity.id == outside)
                  .values(closed_on=date(2026, 9, 30)))   # the day before the period
        s.execute(update(Opportunity).where(Opportunity.id == inside)
                  .values(closed_on=date(2026, 10, 1)))   # its first day
    tables = _check(store, read_rows(store), _scope())
    by_stage = _by(tables["pipeline.by_stage"], "stage")
    assert by_stage["Won"]["behind"] == {inside}
    assert (by_stage["Won"]["amount"], by_stage["Won"]["weighted"]) == (10_000_00, 10_000_00)
    assert by_stage["Lost"]["behind"] == {lost} and by_stage["Lost"]["weighted"] == 0
    assert by_stage["Won"]["days"] is None


def test_a_removed_account_takes_its_deals_out(w: World) -> None:
    store = w.ctx.store
    kept = deal(w, w.acme, "Kept")
    hidden = deal(w, w.lake, "Hidden")
    remove(store, Account, w.lake)
    tables = _check(store, read_rows(store), _scope(since=SINCE))
    assert _by(tables["pipeline.by_stage"], "stage")["Qualification"]["behind"] == {kept}
    assert hidden not in {i for row in tables["pipeline.changes"].rows for i in row.behind}


def test_a_reps_scope_a_teams_and_every_teams(w: World) -> None:
    store = w.ctx.store
    amys = deal(w, w.acme, "Amy's", 10_000_00)
    lenas = deal(w, w.lake, "Lena's", 20_000_00)
    wess = deal(w, w.bolt, "Wes's", 40_000_00)
    rows = read_rows(store)
    expect = {_scope(): {amys, lenas, wess}, _scope(team=w.east): {amys, lenas},
              _scope(team=w.west): {wess}, _scope(rep=w.amy): {amys},
              _scope(team=w.east, rep=w.wes): set()}
    for scope, ids in expect.items():
        tables = _check(store, rows, scope)
        assert _by(tables["pipeline.by_stage"], "stage")["Qualification"]["behind"] == ids
        assert {r.behind[0] for r in tables["pipeline.deals"].rows} == ids
        assert _by(tables["pipeline.changes"], "change")["New"]["behind"] == ids


def test_stuck_and_slipping_deals_are_flagged_on_the_board(w: World) -> None:
    store = w.ctx.store
    late = deal(w, w.acme, "Late", expected_close=TODAY + timedelta(days=5))
    slow = _old_deal(w, "Slow", NEEDS)
    _edit(w, slow, expected_close=TODAY + timedelta(days=20))
    _edit(w, slow, expected_close=TODAY + timedelta(days=50))
    with store.session.begin() as s:
        s.execute(update(Opportunity).where(Opportunity.id == late)
                  .values(expected_close=TODAY - timedelta(days=1)))
    tables = _check(store, read_rows(store), _scope())
    flags = {r.behind[0]: r.values[-1] for r in tables["pipeline.deals"].rows}
    assert flags[late] == "Stuck: close date passed"
    assert flags[slow] == (f"Stuck: {(TODAY - BEFORE).days} days in stage (limit 30); "
                           "Slipping: pushed 1× by 30 days")
    assert _by(tables["pipeline.by_stage"], "stage")["Needs analysis"]["stuck"] == 1


# ---- the rules on their own ---------------------------------------------------------


@pytest.mark.parametrize(("then", "now", "new", "movement"), [
    (Q, PROPOSAL, False, Movement.ADVANCED),
    (NEGO, NEEDS, False, Movement.MOVED_BACK),
    (NEEDS, NEEDS, False, None),
    (NEGO, WON, False, Movement.WON),
    (WON, WON, False, None),
    (WON, WON, True, Movement.WON),         # made since, already won: won since
    (LOST, Q, False, Movement.MOVED_BACK),  # reopened
    (WON, LOST, False, Movement.LOST),
    (None, Q, True, None),
])
def test_a_stage_moves_by_its_order(then: OpportunityStage | None, now: OpportunityStage,
                                    new: bool, movement: Movement | None) -> None:
    assert moves.stage_movement(then, now, new=new) is movement


def test_the_values_then_come_from_the_first_change_since() -> None:
    now = DealState(NEEDS, 120, date(2027, 2, 1))
    assert moves.state_then(now, {}) == now
    # the first change since of each field (as the SQL picks them)
    first = {DealField.STAGE: Change(DealField.STAGE, "proposal", "negotiation"),
             DealField.AMOUNT: Change(DealField.AMOUNT, None, "100"),  # set from none
             DealField.EXPECTED_CLOSE: Change(DealField.EXPECTED_CLOSE, "2027-01-01",
                                              "2027-02-01")}
    then = moves.state_then(now, first)
    assert then == DealState(PROPOSAL, 100, date(2027, 1, 1))
    assert moves.movements(then, now, new=False) == {
        Movement.MOVED_BACK, Movement.AMOUNT_UP, Movement.PUSHED}
    # cleared or brought forward: neither down nor pushed
    assert moves.movements(DealState(Q, 100, date(2027, 3, 1)),
                           DealState(Q, None, date(2027, 2, 1)), new=True) == {Movement.NEW}


def test_a_deals_flag_says_why_it_needs_a_look() -> None:
    assert moves.deal_flag(None, 3, 21, Slip()) == ""
    assert moves.deal_flag(Stuck.CLOSE_PASSED, 3, 21, Slip(2, 40)) == (
        "Stuck: close date passed; Slipping: pushed 2× by 40 days")
    assert moves.deal_flag(Stuck.IN_STAGE, 30, 21, Slip()) == (
        "Stuck: 30 days in stage (limit 21)")


def test_history_rows_removed_are_not_read(w: World) -> None:
    store = w.ctx.store
    ahead = _old_deal(w, "Ahead", Q)
    move(w, ahead, NEEDS)
    assert_flow_facts(store)  # qualification went on to needs analysis
    with store.session.begin() as s:
        s.execute(update(DealChange).where(DealChange.opportunity_id == ahead,
                                           DealChange.field == DealField.STAGE,
                                           DealChange.old_value == "qualify")
                  .values(deleted=True))
    assert_flow_facts(store, some=False)  # and no longer did
    tables = _check(store, read_rows(store), _scope(since=SINCE))
    assert not _by(tables["pipeline.changes"], "change")["Advanced"]["behind"]


def test_the_stage_rule_as_sql_is_the_domains() -> None:
    """The changes' stage kinds as SQLite works them out (pipeline.stage_kind, written
    from the rule) are moves.stage_movement's for every stage now, value then (none,
    empty, a stage, a value no stage has) and made since or not; won and lost of a deal
    made since are left to its made row."""
    from sqlalchemy import String, create_engine, func, literal

    engine = create_engine("sqlite://")
    with engine.connect() as conn:
        for now in ORDER:
            for made in (False, True):
                for then in (None, "", *(s.value for s in ORDER), "archived"):
                    stored = func.coalesce(literal(then, String), "")
                    code = conn.scalar(select(pipeline.stage_kind(
                        stored, literal(now.value, String), literal(made))))
                    then_stage: Any = (None if not then else OpportunityStage(then)
                                       if then in {s.value for s in ORDER} else then)
                    want = moves.stage_movement(then_stage, now, new=made)
                    if made and want in (Movement.WON, Movement.LOST):
                        want = None
                    got = None if code is None else pipeline._CHANGED[code]
                    assert got == want, (now, made, then)


def test_a_known_stage_is_one_of_the_stages() -> None:
    """pipeline.known_stage (the amount and close-date changes' deals at a stage) is
    `IN` the stages: true for each, not for a value no stage has nor none."""
    from sqlalchemy import String, create_engine, literal

    engine = create_engine("sqlite://")
    with engine.connect() as conn:
        for value in (*(s.value for s in ORDER), "archived", "", None):
            got = conn.scalar(select(pipeline.known_stage(literal(value, String))))
            assert bool(got) is (value in {s.value for s in ORDER}), value
