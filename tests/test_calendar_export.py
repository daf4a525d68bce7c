"""Follow-ups and tasks as a .ics file: parsed back with icalendar, the events are the
user's open ones, on their days, naming company and person, with UIDs that stay put."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from crmdesk.app.calendar_export import export_ics
from crmdesk.app.context import Context
from crmdesk.cli import main
from crmdesk.domain.lifecycle import Status
from crmdesk.secrets import MemoryStore
from crmdesk.store.db import Store
from crmdesk.store.models import Account, ServiceTask, Team, User
from crmdesk.store.queries import user_by_id
from crmdesk.store.writes import new_account, new_contact


def calendar_world(store: Store) -> dict[str, uuid.UUID]:
    """Team East: rep amy with a Chinese customer (follow-up on 3 Dec, two people, the
    key one named), a lost account (an old follow-up: nobody's work), an onboarding task
    open and one done; rep ben with a follow-up of his own."""
    with store.session.begin() as s:
        team = Team(name="East")
        s.add(team)
        s.flush()
        amy = User(username="amy", display_name="Amy Rep", team_id=team.id)
        ben = User(username="ben", display_name="Ben Rep", team_id=team.id)
        s.add_all([amy, ben])
        s.flush()
        star = new_account(s, name="北京星辰科技有限公司", owner_id=amy.id, team_id=team.id,
                           next_follow_up_on=date(2026, 12, 3))
        new_contact(s, star, name="李四", mobile="139 0000 2222")
        wang = new_contact(s, star, name="王小明", mobile="138 0000 1111", title="采购经理",
                           email="wang@xingchen.cn", is_key_person=True)
        lost = new_account(s, name="Gone Ltd", owner_id=amy.id, team_id=team.id,
                           next_follow_up_on=date(2026, 11, 1))
        s.get_one(Account, lost).status = Status.LOST
        bens = new_account(s, name="Ben Corp", owner_id=ben.id, team_id=team.id,
                           next_follow_up_on=date(2026, 12, 4))
        task = ServiceTask(id=uuid.uuid4(), account_id=star, assignee_id=amy.id,
                           owner_id=amy.id, team_id=team.id, title="Kick-off call",
                           due_on=date(2026, 12, 5))
        done = ServiceTask(id=uuid.uuid4(), account_id=star, assignee_id=amy.id,
                           owner_id=amy.id, team_id=team.id, title="Send welcome pack",
                           due_on=date(2026, 12, 1), done_on=date(2026, 11, 30))
        s.add_all([task, done])
        return {"team": team.id, "amy": amy.id, "ben": ben.id, "star": star, "wang": wang,
                "lost": lost, "bens": bens, "task": task.id, "done": done.id}


def _ctx(store: Store, user_id: uuid.UUID) -> Context:
    with store.session() as s:
        user = user_by_id(s, user_id)
    return Context(store, user, secrets=lambda: MemoryStore())


def _events(path: Path) -> dict[str, object]:
    cal = Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def test_ics_holds_the_users_open_follow_ups_and_tasks(empty: Store, tmp_path: Path) -> None:
    ids = calendar_world(empty)
    out = tmp_path / "amy.ics"
    done = export_ics(_ctx(empty, ids["amy"]), out).value
    assert done.count == 2
    cal = Calendar.from_ical(out.read_bytes())
    assert str(cal["X-WR-CALNAME"]) == "crmdesk — Amy Rep"
    assert str(cal["X-PUBLISHED-TTL"]) == "PT3600S"  # apps fetch a feed again hourly
    assert b"REFRESH-INTERVAL;VALUE=DURATION:PT1H" in out.read_bytes()
    events = _events(out)
    follow, task = f"follow-up-{ids['star']}@crmdesk", f"task-{ids['task']}@crmdesk"
    assert set(events) == {follow, task}  # not the lost one, ben's, nor the done task
    up = events[follow]
    assert up["DTSTART"].dt == date(2026, 12, 3)  # type: ignore[index]
    assert up["DTEND"].dt == date(2026, 12, 4)  # type: ignore[index]
    assert str(up["SUMMARY"]) == "Follow up: 北京星辰科技有限公司 — 王小明"  # type: ignore[index]
    notes = str(up["DESCRIPTION"])  # type: ignore[index]
    assert "王小明, 采购经理" in notes and "138 0000 1111" in notes and "wang@xingchen.cn" in notes
    assert events[task]["DTSTART"].dt == date(2026, 12, 5)  # type: ignore[index]
    assert str(events[task]["SUMMARY"]) == ("Kick-off call: 北京星辰科技有限公司 — "  # type: ignore[index]
                                            "王小明")
    # the stamp is an instant in UTC; the days are floating dates (no zone to shift them)
    assert up["DTSTAMP"].dt.utcoffset().total_seconds() == 0  # type: ignore[index]
    assert isinstance(up["DTSTART"].dt, date) and not isinstance(  # type: ignore[index]
        up["DTSTART"].dt, datetime)  # type: ignore[index]


def test_uids_stay_and_a_moved_follow_up_is_the_same_event(empty: Store,
                                                          tmp_path: Path) -> None:
    ids = calendar_world(empty)
    ctx = _ctx(empty, ids["amy"])
    first, second = tmp_path / "1.ics", tmp_path / "2.ics"
    export_ics(ctx, first)
    with empty.session.begin() as s:
        account = s.get_one(Account, ids["star"])
        account.next_follow_up_on = date(2026, 12, 10)
        account.updated_at = datetime(2030, 1, 1)
    export_ics(ctx, second)
    before, after = _events(first), _events(second)
    assert set(before) == set(after)
    uid = f"follow-up-{ids['star']}@crmdesk"
    assert after[uid]["DTSTART"].dt == date(2026, 12, 10)  # type: ignore[index]
    # a calendar takes the newer copy: its sequence is higher
    assert int(after[uid]["SEQUENCE"]) > int(before[uid]["SEQUENCE"])  # type: ignore[index]


def test_cli_exports_ics(empty: Store, tmp_path: Path,
                         capsys: pytest.CaptureFixture[str]) -> None:
    ids = calendar_world(empty)
    out = tmp_path / "ben.ics"
    db = Path(empty.path)
    assert main(["export", "--db", str(db), "--user", "ben", "ics", str(out)]) == 0
    assert "1 follow-up(s) and task(s)" in capsys.readouterr().out
    assert set(_events(out)) == {f"follow-up-{ids['bens']}@crmdesk"}
