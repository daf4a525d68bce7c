"""The agenda (crmdesk.domain.agenda, crmdesk.app.agenda): its day groups across week,
month and year ends; each kind of item read from a real workspace, marked done and
moved by the commands the window and the CLI share; the CLI itself."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from crmdesk.app import agenda, deals
from crmdesk.app.activities import log_activity
from crmdesk.app.context import Context
from crmdesk.cli import main
from crmdesk.domain.activity import ActivityKind, Outcome
from crmdesk.domain.agenda import (
    DEAL_NOT_DONE,
    PAST_DAY,
    AgendaItem,
    AgendaKind,
    Group,
    group_of,
    heading,
    sections,
    to_tell,
)
from crmdesk.store import queries as q
from crmdesk.store.db import Store
from crmdesk.store.deal_writes import DealInput
from crmdesk.store.models import Account, Activity, Contact, Opportunity, ServiceTask
from crmdesk.store.refusals import Refused
from crmdesk.store.writes import ActivityInput, new_account

#: A Wednesday.
TODAY = date(2026, 11, 25)


def _item(day: date, kind: AgendaKind = AgendaKind.FOLLOW_UP, at: time | None = None
          ) -> AgendaItem:
    return AgendaItem(kind, uuid.uuid4(), uuid.uuid4(), f"Co {day}", "", day, at)


@pytest.mark.parametrize(("today", "day", "group"), [
    (date(2026, 11, 25), date(2026, 11, 24), Group.OVERDUE),
    (date(2026, 11, 25), date(2026, 11, 25), Group.TODAY),
    (date(2026, 11, 25), date(2026, 11, 26), Group.TOMORROW),
    (date(2026, 11, 25), date(2026, 11, 29), Group.THIS_WEEK),     # Sunday
    (date(2026, 11, 25), date(2026, 11, 30), Group.NEXT_WEEK),     # Monday, next month
    (date(2026, 11, 25), date(2026, 12, 6), Group.NEXT_WEEK),
    (date(2026, 11, 25), date(2026, 12, 7), Group.LATER),
    (date(2026, 12, 30), date(2027, 1, 1), Group.THIS_WEEK),       # a year's end, same week
    (date(2026, 12, 30), date(2027, 1, 4), Group.NEXT_WEEK),
    (date(2026, 11, 28), date(2026, 11, 29), Group.TOMORROW),      # Saturday to Sunday
    (date(2026, 11, 29), date(2026, 11, 30), Group.TOMORROW),      # Sunday to Monday
    (date(2026, 11, 29), date(2026, 12, 1), Group.NEXT_WEEK),      # Sunday: the week is out
    (date(2028, 2, 28), date(2028, 2, 29), Group.TOMORROW),        # a leap day
])
def test_the_day_groups(today: date, day: date, group: Group) -> None:
    assert group_of(day, today) is group


def test_sections_are_in_order_with_a_heading_a_day_this_week() -> None:
    today = date(2026, 12, 30)  # a Wednesday at a year's end
    days = [date(2026, 12, 1), date(2026, 12, 29), today, date(2026, 12, 31),
            date(2027, 1, 1), date(2027, 1, 3), date(2027, 1, 4), date(2027, 1, 10),
            date(2027, 1, 11)]
    found = sections([_item(d) for d in reversed(days)], today)
    assert [(heading(s), len(s.items)) for s in found] == [
        ("Overdue", 2), ("Today", 1), ("Tomorrow", 1), ("Friday", 1), ("Sunday", 1),
        ("Next week", 2), ("Later", 1)]
    assert [i.day for i in found[0].items] == [date(2026, 12, 1), date(2026, 12, 29)]


def test_what_falls_due_and_when() -> None:
    follow, timed = _item(TODAY), _item(TODAY, AgendaKind.TASK, time(14, 30))
    late = _item(TODAY - timedelta(days=3))
    items = [follow, timed, late, _item(TODAY + timedelta(days=1))]
    assert to_tell(items, datetime.combine(TODAY, time(8, 59)), ()) == [late]
    assert to_tell(items, datetime.combine(TODAY, time(9)), ()) == [late, follow]
    assert to_tell(items, datetime.combine(TODAY, time(14, 30)), {late.told_key()}) == [
        follow, timed]
    assert to_tell(items, datetime.combine(TODAY, time(10)), (), time(11)) == [late]


# ---- over a real workspace -------------------------------------------------------------

def _utc(day: date, at: time) -> datetime:
    """A local time as stored (naive UTC)."""
    return datetime.combine(day, at).astimezone(UTC).replace(tzinfo=None)


def day_of_work(store: Store, world: dict[str, uuid.UUID]) -> dict[str, uuid.UUID]:
    """The rep's week in `world`: Acme followed up two days late; Bolt's task due today
    at 14:30; Crane's deal closing on Friday; an onboarding task at Acme due tomorrow;
    Ann's birthday on Sunday; Dune followed up next week."""
    with store.session() as session:
        rep = q.user_by_id(session, world["rep"])
    assert rep is not None
    ctx = Context(store, rep, today=lambda: TODAY)
    with store.session.begin() as s:
        ids = {name: new_account(s, name=name, owner_id=rep.id, team_id=world["team"])
               for name in ("Bolt GmbH", "Crane Inc.", "Dune LLC")}
        s.get_one(Contact, world["ann"]).birthday = date(1980, 11, 29)
        task = ServiceTask(id=uuid.uuid4(), account_id=world["acme"], assignee_id=rep.id,
                           owner_id=rep.id, team_id=world["team"], title="Kick-off call",
                           due_on=TODAY + timedelta(days=1))
        s.add(task)
    log_activity(ctx, world["acme"], ActivityInput(
        ActivityKind.CALL, Outcome.REACHED, "Wants a quote", contact_id=world["ann"],
        next_follow_up_on=TODAY - timedelta(days=2),
        occurred_at=_utc(TODAY - timedelta(days=5), time(10))))
    bolt_task = log_activity(ctx, ids["Bolt GmbH"], ActivityInput(
        ActivityKind.TASK, notes="Send the price list\nwith the new terms",
        next_follow_up_on=None, occurred_at=_utc(TODAY, time(14, 30)))).value
    deal = deals.new_deal(ctx, ids["Crane Inc."], DealInput(
        "Crane fleet", amount=5_000_000, expected_close=TODAY + timedelta(days=2))).value
    log_activity(ctx, ids["Dune LLC"], ActivityInput(
        ActivityKind.NOTE, notes="Call back after the fair",
        next_follow_up_on=TODAY + timedelta(days=6)))
    return {"task": bolt_task, "deal": deal, "service": task.id, **ids}


@pytest.fixture
def week(empty: Store, world: dict[str, uuid.UUID]) -> tuple[Context, dict[str, uuid.UUID]]:
    made = day_of_work(empty, world)
    with empty.session() as session:
        rep = q.user_by_id(session, world["rep"])
    return Context(empty, rep, today=lambda: TODAY), {**world, **made}


def _kinds(ctx: Context) -> dict[AgendaKind, list[AgendaItem]]:
    found: dict[AgendaKind, list[AgendaItem]] = {}
    for item in agenda.agenda(ctx):
        found.setdefault(item.kind, []).append(item)
    return found


def test_the_agenda_reads_every_kind(week: tuple[Context, dict[str, uuid.UUID]]) -> None:
    ctx, ids = week
    kinds = _kinds(ctx)
    follow = {i.company: i for i in kinds[AgendaKind.FOLLOW_UP]}
    assert set(follow) == {"Acme Ltd.", "Dune LLC"}
    assert follow["Acme Ltd."].day == TODAY - timedelta(days=2)
    assert follow["Acme Ltd."].what.startswith("Ann")  # whom to call, and the number
    assert "138 0000 1111" in follow["Acme Ltd."].what
    (task,) = kinds[AgendaKind.TASK]
    assert (task.record_id, task.day, task.at, task.what) == (
        ids["task"], TODAY, time(14, 30), "Send the price list")
    (deal,) = kinds[AgendaKind.DEAL_CLOSE]
    assert deal.day == date(2026, 11, 27) and deal.what.startswith("Crane fleet")
    (service,) = kinds[AgendaKind.SERVICE_TASK]
    assert service.what == "Kick-off call" and service.day == TODAY + timedelta(days=1)
    (birthday,) = kinds[AgendaKind.CARE]
    assert birthday.day == date(2026, 11, 29) and "Ann" in birthday.what
    # today alone: the overdue follow-up and today's task, nothing later
    assert {i.kind for i in agenda.agenda(ctx, 0)} == {AgendaKind.FOLLOW_UP, AgendaKind.TASK}


def test_done_and_moved(empty: Store, week: tuple[Context, dict[str, uuid.UUID]]) -> None:
    ctx, ids = week
    kinds = _kinds(ctx)
    acme = next(i for i in kinds[AgendaKind.FOLLOW_UP] if i.company == "Acme Ltd.")
    # a follow-up moved: the account's date moves, the timeline says so
    agenda.reschedule(ctx, acme, TODAY + timedelta(days=3))
    with empty.session() as s:
        assert s.get_one(Account, ids["acme"]).next_follow_up_on == TODAY + timedelta(days=3)
        notes = [a.notes for a in q.timeline(s, ids["acme"])]
    assert notes[0] == "Follow-up moved from 2026-11-23."
    # done: nothing more planned, and a note "done" on the timeline
    moved = next(i for i in agenda.agenda(ctx) if i.company == "Acme Ltd."
                 and i.kind is AgendaKind.FOLLOW_UP)
    agenda.done(ctx, moved)
    with empty.session() as s:
        assert s.get_one(Account, ids["acme"]).next_follow_up_on is None
        assert q.timeline(s, ids["acme"])[0].outcome is Outcome.DONE
    # the task: moved to its follow-up date, then done
    (task,) = kinds[AgendaKind.TASK]
    agenda.reschedule(ctx, task, TODAY + timedelta(days=1))
    (task,) = _kinds(ctx)[AgendaKind.TASK]
    assert task.day == TODAY + timedelta(days=1) and task.at is None
    agenda.done(ctx, task)
    with empty.session() as s:
        assert s.get_one(Activity, ids["task"]).done is True
    assert AgendaKind.TASK not in _kinds(ctx)
    # the deal's close date moves as the editor moves it; a deal is not "done"
    (deal,) = kinds[AgendaKind.DEAL_CLOSE]
    with pytest.raises(Refused, match="won or lost"):
        agenda.done(ctx, deal)
    assert DEAL_NOT_DONE
    agenda.reschedule(ctx, deal, TODAY + timedelta(days=7))
    with empty.session() as s:
        assert s.get_one(Opportunity, ids["deal"]).expected_close == TODAY + timedelta(days=7)
    # never into the past
    (service,) = kinds[AgendaKind.SERVICE_TASK]
    with pytest.raises(Refused, match=PAST_DAY):
        agenda.reschedule(ctx, service, TODAY - timedelta(days=1))
    agenda.reschedule(ctx, service, TODAY + timedelta(days=2))
    with empty.session() as s:
        assert s.get_one(ServiceTask, ids["service"]).due_on == TODAY + timedelta(days=2)
    agenda.done(ctx, service)
    with empty.session() as s:
        assert s.get_one(ServiceTask, ids["service"]).done_on == TODAY
    # a care reminder is done, never moved
    (birthday,) = kinds[AgendaKind.CARE]
    with pytest.raises(Refused, match="occasion"):
        agenda.reschedule(ctx, birthday, TODAY + timedelta(days=1))
    agenda.done(ctx, birthday)
    assert set(_kinds(ctx)) == {AgendaKind.FOLLOW_UP, AgendaKind.DEAL_CLOSE}


def test_the_cli(empty: Store, world: dict[str, uuid.UUID], tmp_path: Path,
                 capsys: pytest.CaptureFixture[str]) -> None:
    # the CLI's day is the clock's: the week is made around it
    global TODAY
    kept, TODAY = TODAY, date.today()
    try:
        ids = day_of_work(empty, world)
    finally:
        TODAY, today = kept, date.today()
    db = str(empty.path)
    assert main(["agenda", "--db", db, "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["today"] == today.isoformat()
    by_id = {i["id"]: i for i in listed["items"]}
    task = by_id[ids["task"].hex]
    assert (task["kind"], task["time"], task["section"]) == ("task", "14:30", "Today")
    assert by_id[world["acme"].hex]["section"] == "Overdue"
    assert main(["agenda", "--db", db]) == 0
    table = capsys.readouterr().out
    assert table.startswith("Overdue — 1") and ids["task"].hex[:8] in table
    assert main(["done", ids["task"].hex[:8], "--db", db]) == 0
    assert "Done: Task · Bolt GmbH" in capsys.readouterr().out
    assert main(["reschedule", world["acme"].hex[:8], "--to", "+3d", "--db", db]) == 0
    capsys.readouterr()
    with empty.session() as s:
        assert s.get_one(Activity, ids["task"]).done is True
        assert s.get_one(Account, world["acme"]).next_follow_up_on == today + timedelta(days=3)
    # bad input: a clear message, nothing changed
    assert main(["done", ids["deal"].hex[:8], "--db", db]) == 2
    assert "won or lost" in capsys.readouterr().err
    assert main(["done", "nosuch", "--db", db]) == 2
    assert "Nothing on your agenda" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["reschedule", world["acme"].hex[:8], "--to", "someday", "--db", db])
    assert "YYYY-MM-DD" in capsys.readouterr().err
