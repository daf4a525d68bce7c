"""The agenda (crmdesk.domain.agenda, crmdesk.app.agenda): its day groups across week,
month and year ends; each kind of item read from a real workspace, marked done and
moved by the commands the window and the CLI share; the CLI itself."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import aliased

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
from crmdesk.store import agenda_queries
from crmdesk.store import queries as q
from crmdesk.store.calendar_queries import chosen_person, item_people
from crmdesk.store.db import Store, raw_connection
from crmdesk.store.deal_writes import DealInput
from crmdesk.store.models import Account, Activity, Contact, Opportunity, ServiceTask
from crmdesk.store.refusals import Refused
from crmdesk.store.writes import ActivityInput, new_account, new_contact

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


# ---- the agenda's reads at speed -------------------------------------------------------

def test_whom_a_follow_up_is_with_in_sql_is_item_peoples_choice(
        empty: Store, world: dict[str, uuid.UUID]) -> None:
    """calendar_queries.chosen_person (the agenda's follow-ups join it) chooses whom
    item_people chooses: the newest activity's live person, a person who has moved to
    another company, else the first key person, else the first by name; none."""
    when = datetime(2026, 11, 1, 9)
    with empty.session.begin() as s:
        names = ("Newest", "Removed", "Moved", "Key", "Alpha", "Empty")
        ids = {n: new_account(s, name=n, owner_id=world["rep"], team_id=world["team"])
               for n in names}
        people = {n: new_contact(s, ids[a], name=n) for n, a in (
            ("zed", "Newest"), ("amy", "Newest"), ("gone", "Removed"), ("kept", "Removed"),
            ("mover", "Moved"), ("bea", "Key"), ("zoe", "Key"), ("al", "Alpha"),
            ("bo", "Alpha"))}
        s.get_one(Contact, people["zoe"]).is_key_person = True
        s.get_one(Contact, people["gone"]).deleted = True

        def logged(account: str, person: str, hours: int, removed: bool = False) -> None:
            s.add(Activity(id=uuid.uuid4(), account_id=ids[account],
                           contact_id=people[person], kind=ActivityKind.CALL,
                           occurred_at=when + timedelta(hours=hours), notes="",
                           author_id=world["rep"], owner_id=world["rep"], deleted=removed))

        logged("Newest", "amy", 1)
        logged("Newest", "zed", 2)           # the newest names Zed
        logged("Newest", "amy", 3, removed=True)  # a removed entry names no one
        logged("Removed", "kept", 1)
        logged("Removed", "gone", 2)         # the newest names a removed person: Kept
        logged("Moved", "mover", 1)
        s.flush()
        s.get_one(Contact, people["mover"]).account_id = ids["Alpha"]  # moved since
    with empty.session() as s:
        by_rule = item_people(s, set(ids.values()))
        p = aliased(Contact)
        in_sql = {account_id: who for account_id, who in s.execute(
            select(Account.id, p.name).outerjoin(p, p.id == chosen_person(Account.id))
            .where(Account.id.in_(ids.values())))}
    expected = {"Newest": "zed", "Removed": "kept", "Moved": "mover", "Key": "zoe",
                "Alpha": "al", "Empty": None}
    assert {n: by_rule[ids[n]].name if ids[n] in by_rule else None for n in names} == expected
    assert {n: in_sql[ids[n]] for n in names} == expected


def test_open_tasks_are_read_from_their_index(empty: Store, world: dict[str, uuid.UUID]
                                              ) -> None:
    """One user's open tasks are a range of ix_activities_open_tasks (0030_agenda_speed),
    not a scan of the accounts or of everything they logged: its WHERE is the query's."""
    with empty.session() as s:
        statement = select(Activity.id).where(
            Activity.author_id == world["rep"], *agenda_queries.open_task_terms())
        compiled = statement.compile(s.get_bind())
        values = [compiled.params[name] for name in compiled.positiontup or ()]
        plan = " ".join(str(row[-1]) for row in raw_connection(s).execute(
            f"EXPLAIN QUERY PLAN {compiled}",
            [v.hex if isinstance(v, uuid.UUID) else v for v in values]))
    assert "ix_activities_open_tasks" in plan, plan
