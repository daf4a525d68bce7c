"""Derived values (status, last contact, value score) agree with their rules: on the
laptop as days pass and after pulls, and on the server for laptops of the version
before. Real SQLite workspaces; sync over real HTTP to the real server."""

from __future__ import annotations

import time
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select, update

from crmdesk.app import workspace
from crmdesk.app.changes import Done
from crmdesk.app.context import Context
from crmdesk.domain.activity import ActivityKind, Outcome
from crmdesk.domain.lifecycle import Status
from crmdesk.domain.priority import queue_key
from crmdesk.domain.value import Why
from crmdesk.server.schema import ServerChange
from crmdesk.store import derived
from crmdesk.store import queries as q
from crmdesk.store.db import Store
from crmdesk.store.models import Account, AccountRollup, OutboxEntry, Role
from crmdesk.store.workspace_keys import DERIVED_CATCH_UP, DERIVED_DAY
from crmdesk.store.writes import (
    ActivityInput,
    log_activity,
    new_account,
    new_contact,
    update_account_field,
)
from tests.conftest import TODAY
from tests.server_fixtures import PASSWORD, login
from tests.sync_harness import BACKENDS, Laptop, Server, add_people, viewer_of
from tests.test_review_value import rollup_differences
from tests.test_server_sync import NOW_MS, Client

SERVER_BACKENDS = BACKENDS
DERIVED = ("status", "value_score", "last_contact_at")


def _everyone(store: Store) -> q.UserRef:
    """An administrator's view: the TEAM queue holds every live account."""
    return q.UserRef(uuid.uuid4(), "admin", "Admin", Role.ADMIN, None)


@pytest.mark.parametrize("days", [90, 365])
def test_the_queue_agrees_with_the_card_as_days_pass(seeded: Store, days: int) -> None:
    """The clock moves on by `days`; at the start of that day every account's queue
    row holds what its card computes, and the queue is in the card values' order."""
    today = TODAY + timedelta(days=days)
    with seeded.write.begin() as s:
        derived.refresh(s, TODAY)  # the first time: every account, as the loader left it
    with seeded.write.begin() as s:  # what the app does at the start of a day
        assert derived.refresh(s, today) > 0
    admin = _everyone(seeded)
    with seeded.session() as s:
        total = q.queue_count(s, admin, q.QueueFilter.TEAM, today)
        rows = q.queue_page(s, admin, q.QueueFilter.TEAM, today, 0, total)
        cards = {r.account_id: q.card(s, r.account_id, today) for r in rows}
    assert len(rows) == total > 500
    wrong = []
    for row in rows:
        card = cards[row.account_id]
        assert card is not None
        if ((row.status, row.value_score, row.last_contact_at)
                != (card.status, card.score.value, card.last_contact_at)):
            wrong.append((row.name, row.status, row.value_score, card.status,
                          card.score.value))
    assert wrong == [], f"{len(wrong)} accounts differ, e.g. {wrong[:3]}"
    keys = [queue_key(r.next_follow_up_on, cards[r.account_id].score.value,  # type: ignore[union-attr]
                      r.name, today) for r in rows]
    assert keys == sorted(keys)


def test_a_local_write_is_computed_on_the_workspaces_day(seeded: Store) -> None:
    """Once the day has moved on, a call logged now (one made 100 days before that
    day) counts from that day, like the rest of the queue, not from the computer's
    calendar: the queue row and the card agree at once."""
    today = TODAY + timedelta(days=200)
    with seeded.write.begin() as s:
        derived.refresh(s, today)
        account = s.scalars(select(Account.id).where(
            Account.deleted.is_(False), Account.status == Status.LEAD).limit(1)).one()
        log_activity(s, account, None, ActivityInput(
            ActivityKind.CALL, Outcome.REACHED, "spoke at last",
            occurred_at=datetime.combine(today - timedelta(days=100), datetime.min.time())))
    with seeded.session() as s:
        row = q.queue_rows(s, [account], today)[0]
        card = q.card(s, account, today)
    assert card is not None and card.last_contact_at is not None
    assert not any(reason.why in (Why.RECENT, Why.SILENT)  # 100 days: neither
                   for reason in card.score.reasons)
    assert (row.status, row.value_score, row.last_contact_at) == (
        card.status, card.score.value, card.last_contact_at)


def _old_laptop(http: Any, username: str) -> Client:
    """A laptop of the version before, as the server sees it: it sends and reads the
    derived columns like any other; its clock reads now."""
    name = f"old-{username}"
    token = login(http, username, PASSWORD, client_id=name).json()["token"]
    return Client(http, {"Authorization": f"Bearer {token}"}, name,
                  skew_ms=int(time.time() * 1000) - NOW_MS)


def _stored(store: Store, account: uuid.UUID) -> tuple[Any, ...]:
    with store.session() as s:
        row = s.get(Account, account)
        assert row is not None
        return tuple(getattr(row, c) for c in DERIVED)


def _card(store: Store, account: uuid.UUID, today: date) -> tuple[Any, ...]:
    with store.session() as s:
        card = q.card(s, account, today)
    assert card is not None
    return card.status, card.score.value, card.last_contact_at


def test_a_pull_bringing_facts_updates_the_derived_values(server: Server,
                                                          tmp_path: Path) -> None:
    """A laptop of the version before records a call, a contract and its payment, and
    nothing about the account. The server derives the account's values for laptops of
    that version; lea's laptop, whose day is 200 days on, computes its own from the
    facts it pulled."""
    http, db, _url = server
    ids = add_people(server)
    amy, lea = (Laptop(tmp_path, str(http.base_url), name, viewer_of(db, name))
                for name in ("amy", "lea"))
    with amy.store.write.begin() as s:
        account = new_account(s, name="Derived Trading", owner_id=ids["amy"],
                              team_id=ids["East"], scale="200-999")
        new_contact(s, account, name="Ann", mobile="138 0000 1111")
    amy.sync()
    lea_day = date.today() + timedelta(days=200)
    with lea.store.write.begin() as s:
        derived.refresh(s, lea_day)
    lea.sync()
    assert _stored(lea.store, account)[0] is Status.LEAD
    with lea.store.session() as s:  # the first sync's pass ran once its pull was done
        assert not DERIVED_CATCH_UP.is_set(s) and DERIVED_DAY.get(s) == lea_day
        assert derived.stale(s, lea_day) == {}

    old = _old_laptop(http, "amy")
    called = (datetime.now() - timedelta(days=10)).replace(microsecond=0)
    contract = uuid.uuid4()
    answer = old.push(
        old.op("activities", uuid.uuid4(), account_id=account.hex, kind="call",
               outcome="reached", occurred_at=called.isoformat(), notes="", done=False,
               deleted=False),
        old.op("contracts", contract, account_id=account.hex, number="C-7",
               signed_on=called.date().isoformat(), amount=5_000_000_00, currency="CNY",
               deleted=False),
        old.op("payments", uuid.uuid4(), contract_id=contract.hex, account_id=account.hex,
               received_on=called.date().isoformat(), amount=5_000_000_00, currency="CNY",
               deleted=False)).json()
    assert [r["status"] for r in answer.get("results", ())] == ["applied"] * 3, answer

    with db.session() as s:  # the server's own derivation, on its day
        held = s.get(Account, account)
        assert held is not None
        on_server = (held.status, held.value_score, held.last_contact_at)
    assert on_server[0] is Status.CONTRACTED and on_server[2] == called
    told = [c["row"] for c in old.pull() if c["row"] and c["row"]["id"] == account.hex]
    assert told and told[-1]["status"] == "contracted" and told[-1]["value_score"] == on_server[1]

    lea.sync()
    mine = _stored(lea.store, account)
    assert mine == _card(lea.store, account, lea_day)
    assert mine[0] is Status.CONTRACTED and mine[2] == called
    # and what the review reads of its records, added up as the pull wrote them
    assert rollup_differences(lea.store, lea_day) == []
    with lea.store.session() as s:
        rollup = s.get(AccountRollup, account)
        assert rollup is not None and (rollup.purchases, rollup.two_way) == (1, True)
    assert mine[1] != on_server[1]  # 210 days without contact on lea's day: her own sum
    for laptop in (amy, lea):
        laptop.close()


def test_a_derived_value_from_the_server_does_not_override_the_laptops(
        server: Server, tmp_path: Path) -> None:
    """A laptop of the version before sends stale derived values for an account whose
    facts say otherwise. The server puts them right for laptops of that version, and a
    laptop of this version keeps its own computation; this version's laptops never send
    derived values at all, so there is nothing of theirs to conflict."""
    http, db, _url = server
    ids = add_people(server)
    amy, lea = (Laptop(tmp_path, str(http.base_url), name, viewer_of(db, name))
                for name in ("amy", "lea"))
    with amy.store.write.begin() as s:
        account = new_account(s, name="Stale Values Co", owner_id=ids["amy"],
                              team_id=ids["East"])
        new_contact(s, account, name="Bo", mobile="139 0000 2222")
    amy.sync()
    called = (datetime.now() - timedelta(days=2)).replace(microsecond=0)
    with amy.store.write.begin() as s:
        log_activity(s, account, ids["amy"], ActivityInput(
            ActivityKind.VISIT, Outcome.INTERESTED, "met them", occurred_at=called))
    with amy.store.session() as s:
        sent = [e.fields for e in s.scalars(select(OutboxEntry).where(
            OutboxEntry.entity == "accounts", OutboxEntry.row_id == account))]
    assert not any(set(DERIVED) & set(fields) for fields in sent[1:]), sent  # only facts
    amy.sync()

    old = _old_laptop(http, "amy")  # her laptop of the version before
    answer = old.push(old.op("accounts", account, status="lead", value_score=97,
                             last_contact_at="2020-01-01T00:00:00")).json()
    assert answer["results"][0]["status"] == "applied", answer
    with db.session() as s:
        held = s.get(Account, account)
        assert held is not None
        on_server = (held.status, held.value_score, held.last_contact_at)
    assert on_server[0] is Status.POTENTIAL and on_server[2] == called
    assert on_server[1] != 97
    told = [c["row"] for c in old.pull() if c["row"] and c["row"]["id"] == account.hex]
    assert told[-1]["status"] == "potential" and told[-1]["value_score"] == on_server[1]

    lea_day = date.today() + timedelta(days=200)
    with lea.store.write.begin() as s:
        derived.refresh(s, lea_day)
    lea.sync()
    amy.sync()
    assert _stored(lea.store, account) == _card(lea.store, account, lea_day)
    assert _stored(lea.store, account)[0] is Status.POTENTIAL
    assert _stored(amy.store, account) == _card(amy.store, account, date.today())
    for laptop in (amy, lea):
        laptop.close()


def _disagreeing(store: Store, today: date) -> dict[uuid.UUID, dict[str, Any]]:
    """Accounts whose stored derived values differ from the rules' on `today`."""
    with store.session() as s:
        return derived.stale(s, today)


def _plan(ctx: Context) -> derived.DayPlan:
    """What the window does at the start of a day, before its steps."""
    since = workspace.begin_day(ctx).value
    assert since is not None
    with ctx.store.session() as s:
        return derived.plan_day(s, ctx.today(), since)


def test_a_day_started_a_step_at_a_time_ends_as_if_at_once(
        seeded: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window starts a day in steps; a call logged between two steps, on an account
    of a later step, counts from the new day; cut short (the window closed), the pass
    is planned again in full at the next start, even on the same day."""
    monkeypatch.setattr(derived, "DAY_STEP", 20)
    later = TODAY + timedelta(days=90)
    ctx = Context(seeded, today=lambda: later)
    moving = _disagreeing(seeded, later)
    assert len(moving) > 2 * derived.DAY_STEP
    plan = _plan(ctx)
    assert plan.steps > 2 and set(moving) <= set(plan.accounts)
    workspace.bring_to_day(ctx, plan, 0)
    account = plan.step(plan.steps - 1)[0]
    with seeded.write.begin() as s:
        log_activity(s, account, None, ActivityInput(
            ActivityKind.CALL, Outcome.REACHED, "spoke between two steps",
            occurred_at=datetime.combine(later - timedelta(days=40), datetime.min.time())))
    assert account not in _disagreeing(seeded, later)  # the save's day is the new one
    with seeded.session() as s:
        assert DERIVED_CATCH_UP.get(s) == TODAY and DERIVED_DAY.get(s) == later
    assert _disagreeing(seeded, later)  # the rest are still to come: closed here
    again = _plan(ctx)
    assert set(again.accounts) >= set(plan.accounts) - set(plan.step(0))
    done = Done(0)
    for index in range(again.steps):
        done = workspace.bring_to_day(ctx, again, index, done.value)
    assert done.value > 0 and not done.changes.empty
    assert _disagreeing(seeded, later) == {}
    with seeded.session() as s:
        assert not DERIVED_CATCH_UP.is_set(s)
    assert workspace.begin_day(ctx).value is None  # the day is begun: nothing more to do
    assert workspace.start_day(ctx).value == 0


def test_the_first_start_brings_every_account(seeded: Store) -> None:
    """A workspace whose values were never computed here (an older version's) has
    every account planned, and the steps bring them all to the day."""
    later = TODAY + timedelta(days=30)
    with seeded.write.begin() as s:
        DERIVED_DAY.clear(s)
        s.execute(update(Account).values(value_score=0))
    ctx = Context(seeded, today=lambda: later)
    plan = _plan(ctx)
    with seeded.session() as s:
        live = s.scalar(select(func.count()).select_from(Account).where(
            Account.deleted.is_(False)))
    assert plan.everyone and len(plan.accounts) == live
    for index in range(plan.steps):
        workspace.bring_to_day(ctx, plan, index)
    assert _disagreeing(seeded, later) == {}


def test_an_edit_no_rule_reads_is_not_re_derived(server: Server) -> None:
    """A region typed on a company changes none of its derived values: the server's push
    records the edit once, without re-deriving the account (a change in the log, and
    work, for nothing); a new scale, which the value score reads, is re-derived."""
    http, db, _url = server
    ids = add_people(server)
    token = login(http, "amy", PASSWORD, client_id="amy-old").json()["token"]
    amy = Client(http, {"Authorization": f"Bearer {token}"}, "amy-old",
                 skew_ms=int(time.time() * 1000) - NOW_MS)
    account = uuid.uuid4()

    def logged() -> int:
        with db.session() as s:
            return s.scalar(select(func.count()).select_from(ServerChange).where(
                ServerChange.row_id == account)) or 0

    made = amy.push(amy.op("accounts", account, name="Region Co", name_key="region co",
                           status="lead", owner_id=ids["amy"].hex, team_id=ids["East"].hex,
                           custom_fields={}, value_score=77, deleted=False)).json()
    assert [r["status"] for r in made["results"]] == ["applied"]
    with db.session() as s:
        held = s.get(Account, account)
        assert held is not None and held.value_score != 77  # the rules', not the laptop's
    before = logged()
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        assert amy.push(amy.op("accounts", account, region="Pudong")).json()[
            "results"][0]["status"] == "applied"
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    assert statements and not any("revenue_before" in q for q in statements)  # no facts read
    assert logged() == before + 1  # the edit only
    with db.session() as s:
        score = s.scalar(select(Account.value_score).where(Account.id == account))
    assert amy.push(amy.op("accounts", account, scale="200-999", value_score=55)).json()[
        "results"][0]["status"] == "applied"
    with db.session() as s:
        rescored = s.scalar(select(Account.value_score).where(Account.id == account))
    assert rescored != 55  # re-derived by the rules, never the laptop's
    assert logged() == before + 3  # the region, the scale, and the re-derived score
    assert score is not None


def test_a_pull_that_changes_no_fact_is_not_re_derived(server: Server,
                                                       tmp_path: Path) -> None:
    """A region typed on amy's laptop reaches lea's without her laptop reading any
    account's facts (the pull wrote nothing a rule reads); amy's own edit coming back to
    her costs none either. A new scale, which the value score reads, is re-derived on
    lea's laptop as the rules give it."""
    http, db, _url = server
    ids = add_people(server)
    amy, lea = (Laptop(tmp_path, str(http.base_url), name, viewer_of(db, name))
                for name in ("amy", "lea"))
    with amy.store.write.begin() as s:
        account = new_account(s, name="Quiet Region Co", owner_id=ids["amy"],
                              team_id=ids["East"], scale="1-9")
        new_contact(s, account, name="Cy", mobile="137 0000 3333")
    amy.sync()
    lea.sync()
    statements: dict[str, list[str]] = {"amy": [], "lea": []}

    def listen(laptop: Laptop) -> Any:
        def seen(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
            statements[laptop.username].append(statement)
        event.listen(laptop.store.engine, "before_cursor_execute", seen)
        return seen

    with amy.store.write.begin() as s:
        assert update_account_field(s, account, "region", "Pudong").problem is None
    listeners = [(laptop, listen(laptop)) for laptop in (amy, lea)]
    try:
        assert amy.sync().pushed == 1
        assert lea.sync().pulled >= 1
    finally:
        for laptop, seen in listeners:
            event.remove(laptop.store.engine, "before_cursor_execute", seen)
    with lea.store.session() as s:
        assert s.get(Account, account).region == "Pudong"  # type: ignore[union-attr]
    for name in ("amy", "lea"):  # no facts read
        assert statements[name] and not any("revenue_before" in q for q in statements[name])

    with amy.store.write.begin() as s:
        assert update_account_field(s, account, "scale", "1000-4999").problem is None
    amy.sync()
    _seen = listen(lea)
    try:
        lea.sync()
    finally:
        event.remove(lea.store.engine, "before_cursor_execute", _seen)
    assert any("revenue_before" in q for q in statements["lea"])  # re-derived
    assert _stored(lea.store, account) == _card(lea.store, account, date.today())
    for laptop in (amy, lea):
        laptop.close()
