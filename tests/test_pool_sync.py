"""The public pool end to end, with laptops syncing with the real server on PostgreSQL:
a conversation logged offline before the deadline wins over a return made while the
laptop was away (unless a colleague claimed the account meanwhile), and the claim
limits hold on the laptop and on the server alike (a claim made offline past them is
refused and shown as refused)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from crmdesk.app import accounts
from crmdesk.app.context import Context
from crmdesk.domain.activity import ActivityKind, Outcome
from crmdesk.server.db import ServerDB
from crmdesk.server.pool import now_of, sweep
from crmdesk.store import queries as q
from crmdesk.store.models import Account, Activity, LocalConflict
from crmdesk.store.refusals import Refused
from crmdesk.store.writes import ActivityInput, log_activity, new_account, new_contact
from tests.server_fixtures import server_cli_here
from tests.sync_harness import (
    Laptop,
    Server,
    add_people,
    held_ids,
    mirror_problems,
    turn_returns_on,
    viewer_of,
)


def _idle(laptop: Laptop, owner: uuid.UUID | None, team: uuid.UUID, name: str,
          assigned: date) -> uuid.UUID:
    """An account assigned on `assigned` with a contact and no two-way contact since: due
    back 30 days later (no owner: one of the team's pool)."""
    with laptop.store.write.begin() as s:
        account = new_account(s, name=name, owner_id=owner, team_id=team,
                              assigned_on=assigned)
        new_contact(s, account, name=f"Buyer at {name}", mobile="13800001111")
    return account


def _call(laptop: Laptop, account: uuid.UUID, author: uuid.UUID, when: datetime) -> None:
    with laptop.store.write.begin() as s:
        log_activity(s, account, author, ActivityInput(
            ActivityKind.CALL, Outcome.REACHED, "Spoke with the buyer", occurred_at=when))


def _owner(laptop: Laptop, account_id: uuid.UUID) -> uuid.UUID | None:
    with laptop.store.session() as s:
        row = s.get(Account, account_id)
        assert row is not None
        return row.owner_id


def _server_day(db: ServerDB) -> date:
    """The server's day (UTC): its pool rules, claims and stamps count by it."""
    with db.session() as s:
        return now_of(s).date()


def _ctx(laptop: Laptop, today: date) -> Context:
    """The laptop's signed-in user on `today`."""
    with laptop.store.session() as s:
        user = q.user_by_name(s, laptop.username)
    assert user is not None
    return Context(laptop.store, user, "CN", lambda: today)


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_a_call_logged_offline_before_the_deadline_wins_over_the_return(
        server: Server, tmp_path: Path) -> None:
    """The laptops' clocks are real (a call's entry is stamped when it is logged), so the
    deadlines are set around today: two days ahead for the calls logged in time, a
    month ago for those logged after it."""
    http, db, _url = server
    ids = add_people(server)
    turn_returns_on(db, ids["East"])
    today = _server_day(db)
    in_time, past = today - timedelta(days=28), today - timedelta(days=60)
    amy, ben = (Laptop(tmp_path, str(http.base_url), name, viewer_of(db, name))
                for name in ("amy", "ben"))
    kept = _idle(amy, ids["amy"], ids["East"], "Kept By A Call Ltd", in_time)
    contested = _idle(amy, ids["amy"], ids["East"], "Claimed Meanwhile Ltd", in_time)
    back_dated = _idle(amy, ids["amy"], ids["East"], "Back Dated Ltd", past)
    too_late = _idle(amy, ids["amy"], ids["East"], "Called Too Late Ltd", past)
    amy.sync()
    # amy is away; she logs calls on her laptop: two before their deadline (in two days)
    now = datetime.now(UTC).replace(tzinfo=None)
    kept_call = now - timedelta(hours=1)
    _call(amy, kept, ids["amy"], kept_call)
    _call(amy, contested, ids["amy"], now - timedelta(hours=2))
    # and two after theirs (a month ago): one dated the day before it, one after it
    deadline = past + timedelta(days=30)
    _call(amy, back_dated, ids["amy"], datetime.combine(deadline - timedelta(days=1),
                                                        time(15)))
    _call(amy, too_late, ids["amy"], datetime.combine(deadline + timedelta(days=2), time(10)))
    with db.session.begin() as s:  # meanwhile the server returns all four (in three days)
        assert len(sweep(s, datetime.combine(today + timedelta(days=3), time(12))
                         ).returned) == 4
    ben.sync()
    accounts.claim(_ctx(ben, today), contested)  # a colleague claims one meanwhile
    ben.sync()

    amy.sync()  # her calls arrive after the return
    with db.session() as s:
        back = s.get(Account, kept)
        assert back is not None and back.owner_id == ids["amy"]
        assert back.pool_returned_from is None and back.pool_due_on is None
        assert back.assigned_on == in_time  # as it was: its clock goes on, not afresh
        # (the sweep's note is dated by its moment, three days ahead)
        returned, undone = [a.notes for a in s.scalars(select(Activity).where(
            Activity.account_id == kept, Activity.author_id.is_(None)).order_by(
            Activity.occurred_at.desc()))]
        assert returned.startswith("Returned to the team pool from amy")
        assert undone == (f"Back with amy: a conversation on {kept_call.date().isoformat()}, "
                            f"logged before the deadline "
                            f"({(in_time + timedelta(days=30)).isoformat()}), keeps the "
                            "lead; the return to the pool is undone.")
        # its history came back with it
        assert {a.owner_id for a in s.scalars(select(Activity).where(
            Activity.account_id == kept))} == {ids["amy"]}
        # a colleague's claim stands; the call joins the history they now hold
        assert s.get(Account, contested).owner_id == ids["ben"]  # type: ignore[union-attr]
        assert {a.owner_id for a in s.scalars(select(Activity).where(
            Activity.account_id == contested))} == {ids["ben"]}
        # a call logged after the deadline came too late, whatever day it names
        for late in (back_dated, too_late):
            assert s.get(Account, late).owner_id is None  # type: ignore[union-attr]
    amy.sync()
    ben.sync()
    assert _owner(amy, kept) == ids["amy"]
    assert contested not in held_ids(amy, Account)
    assert kept not in held_ids(ben, Account)
    with amy.store.session() as s:
        assert undone in [entry.notes for entry in q.timeline(s, kept)[:2]]
    for laptop in (amy, ben):
        assert mirror_problems(db, laptop) == []
        laptop.close()


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_claim_limits_hold_on_the_laptop_and_on_the_server(server: Server,
                                                           tmp_path: Path) -> None:
    http, db, url = server
    ids = add_people(server)
    rules = server_cli_here("pool", "rules", "East", "--suggested", "--claims-per-day", "2",
                            "--cooling-days", "0", "--database-url", url)
    assert rules.returncode == 0, rules.stderr
    today = _server_day(db)
    on_day = f"claimed 2 accounts on {today.isoformat()}"
    base = str(http.base_url)
    lea = Laptop(tmp_path, base, "lea", viewer_of(db, "lea"))
    amy = Laptop(tmp_path, base, "amy", viewer_of(db, "amy"))
    long_ago = today - timedelta(days=60)
    pooled = [_idle(lea, None, ids["East"], f"Pool Account {i} Ltd", long_ago)
              for i in range(4)]
    returned = _idle(amy, ids["amy"], ids["East"], "Returned From Amy Ltd", long_ago)
    lea.sync()
    amy.sync()
    ben = Laptop(tmp_path, base, "ben", viewer_of(db, "ben"))
    ben_too = Laptop(tmp_path, base, "ben", viewer_of(db, "ben"), file_name="ben-2.db")

    # K a day: the laptop refuses the third claim in the server's words
    for account in pooled[:2]:
        accounts.claim(_ctx(ben, today), account)
    with pytest.raises(Refused, match=on_day):
        accounts.claim(_ctx(ben, today), pooled[2])
    ben.sync()
    # his other laptop, not synced since, accepts a third; the server refuses its push
    accounts.claim(_ctx(ben_too, today), pooled[3])
    report = ben_too.sync()
    assert report.refused == 1
    with db.session() as s:
        assert s.get(Account, pooled[3]).owner_id is None  # type: ignore[union-attr]
    with ben_too.store.session() as s:
        shown = list(s.scalars(select(LocalConflict).where(
            LocalConflict.row_id == pooled[3])))
        assert shown and on_day in shown[0].reason
        assert s.get(Account, pooled[3]).owner_id is None  # type: ignore[union-attr]
    assert mirror_problems(db, ben_too) == []

    # cooling-off: amy's account returned; the team's cooling-off is set while her
    # laptop still has none: her claim is refused by the server, then by the laptop
    with db.session.begin() as s:
        assert [r.account_id for r in sweep(s, datetime.combine(today, time(0))).returned
                ] == [returned]
    amy.sync()
    assert _owner(amy, returned) is None
    assert server_cli_here("pool", "rules", "East", "--cooling-days", "7",
                           "--database-url", url).returncode == 0
    accounts.claim(_ctx(amy, today), returned)
    assert amy.sync().refused == 1
    assert _owner(amy, returned) is None
    until = (today + timedelta(days=7)).isoformat()
    with pytest.raises(Refused, match=f"you may claim it again from {until}"):
        accounts.claim(_ctx(amy, today), returned)
    # a colleague may claim it (ben has claimed his two today; a lead's claims are not
    # limited: they share the pool out)
    lea.sync()
    accounts.claim(_ctx(lea, today), returned)
    lea.sync()
    with db.session() as s:
        assert s.get(Account, returned).owner_id == ids["lea"]  # type: ignore[union-attr]
    for laptop in (lea, amy, ben, ben_too):
        laptop.sync()
        assert mirror_problems(db, laptop) == []
        laptop.close()


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_open_leads_held_cap_claims(server: Server, tmp_path: Path) -> None:
    http, db, url = server
    ids = add_people(server)
    assert server_cli_here("pool", "rules", "East", "--max-open-leads", "1",
                           "--database-url", url).returncode == 0
    amy = Laptop(tmp_path, str(http.base_url), "amy", viewer_of(db, "amy"))
    today = _server_day(db)
    _idle(amy, ids["amy"], ids["East"], "Amy Holds This Ltd", today)
    free = _idle(amy, None, ids["East"], "Free In The Pool Ltd", today)
    with pytest.raises(Refused, match="hold 1 open lead,"):
        accounts.claim(_ctx(amy, today), free)
    amy.close()
