"""The public pool's fields are the server's, through the real server over HTTP
(PostgreSQL): a push that sets a pool field itself is refused (a rep cannot fake a claim
or hide an account from the sweep), every push that takes an account from the pool for
its rep is held to the team's claim limits, with the claim recorded by the server, a
release keeps its rep from claiming the account straight back, each change of owner
starts the account's clock on the server's day, and two pushes of one rep at once claim
no more than the day's limit between them."""

from __future__ import annotations

import threading
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from crmdesk.app import accounts
from crmdesk.app.context import Context
from crmdesk.domain.pool import Why
from crmdesk.domain.tags import tag_key
from crmdesk.server.db import ServerDB
from crmdesk.server.pool import FUTURE_ASSIGNMENT, now_of, set_team_rules
from crmdesk.server.rule_writes import log_new
from crmdesk.server.sync import TAG_NAME_LOCK
from crmdesk.store import queries as q
from crmdesk.store.models import Account, Activity, Team
from crmdesk.store.records import RECORDS
from crmdesk.store.refusals import Refused
from tests.sync_harness import (
    Laptop,
    Server,
    add_people,
    mirror_problems,
    rogue_push,
    rogue_pushes,
    viewer_of,
)

LONG_AGO = date(2026, 1, 5)



def _accounts(db: ServerDB, team: uuid.UUID, owners: list[uuid.UUID | None]
              ) -> list[uuid.UUID]:
    """Accounts of `team` the server made (logged for the laptops), one per owner
    (None: in the team's pool)."""
    made = [Account(id=uuid.uuid4(), name=f"Pool Guard {i} Ltd", name_key=f"pool guard {i}",
                    owner_id=owner, team_id=team, assigned_on=LONG_AGO if owner else None)
            for i, owner in enumerate(owners)]
    with db.session.begin() as s:
        log_new(s, made)
    return [account.id for account in made]


def _server_day(db: ServerDB) -> date:
    with db.session() as s:
        return now_of(s).date()


def _row(db: ServerDB, account_id: uuid.UUID) -> Account:
    with db.session() as s:
        row = s.get(Account, account_id)
        assert row is not None
        s.expunge(row)
        return row


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_a_push_may_not_set_the_pool_fields(server: Server, tmp_path: Path) -> None:
    http, db, _url = server
    ids = add_people(server)
    amy = Laptop(tmp_path, str(http.base_url), "amy", viewer_of(db, "amy"))
    root = Laptop(tmp_path, str(http.base_url), "root", viewer_of(db, "root"))
    [held] = _accounts(db, ids["East"], [ids["amy"]])
    labels = RECORDS["accounts"].by_rule
    faked = {"pool_due_on": "2099-01-01",  # hide it from the sweep
             "pool_returned_at": "2026-11-01T00:00:00", "pool_returned_from": ids["ben"].hex,
             "pool_return_why": "no_deal", "pool_claimed_by": ids["ben"].hex,
             "pool_claimed_on": "2026-11-01",
             "assigned_on": "2099-01-01"}  # its clock follows its owner: no later start
    for field, value in faked.items():
        for laptop in (amy, root):  # an administrator's laptop neither
            answer = rogue_push(laptop, "accounts", held, {field: value})
            assert answer["status"] == "refused", (field, laptop.username)
            assert answer["reason"] == labels[field]
    # nor a new account made with one
    made = uuid.uuid4()
    answer = rogue_push(amy, "accounts", made, {
        "name": "Born Returned Ltd", "name_key": "born returned", "owner_id": ids["amy"].hex,
        "team_id": ids["East"].hex, "status": "lead", "custom_fields": {},
        "pool_returned_from": ids["amy"].hex})
    assert answer["status"] == "refused" and answer["reason"] == labels["pool_returned_from"]
    # nor one whose clock would start in years (kept from the sweep as long as it liked)
    later = rogue_push(amy, "accounts", made, {
        "name": "Born Later Ltd", "name_key": "born later", "owner_id": ids["amy"].hex,
        "team_id": ids["East"].hex, "status": "lead", "custom_fields": {},
        "assigned_on": "2099-01-01"})
    assert later["status"] == "refused" and later["reason"] == FUTURE_ASSIGNMENT
    row = _row(db, held)
    assert (row.pool_due_on, row.pool_returned_from, row.pool_claimed_by,
            row.assigned_on) == (None, None, None, LONG_AGO)
    with db.session() as s:
        assert s.get(Account, made) is None
    # the value it holds already may come along (a whole row sent again): nothing changes
    assert rogue_push(amy, "accounts", held, {"pool_due_on": None, "name": "Still Held Ltd"})[
        "status"] == "applied"
    assert _row(db, held).name == "Still Held Ltd"
    amy.close()
    root.close()


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_every_claim_by_push_is_limited_and_recorded_by_the_server(server: Server,
                                                                   tmp_path: Path) -> None:
    http, db, _url = server
    ids = add_people(server)
    with db.session.begin() as s:
        set_team_rules(s, s.get_one(Team, ids["East"]), claims_per_day=2, cooling_days=7)
    amy = Laptop(tmp_path, str(http.base_url), "amy", viewer_of(db, "amy"))
    ben = Laptop(tmp_path, str(http.base_url), "ben", viewer_of(db, "ben"))
    lea = Laptop(tmp_path, str(http.base_url), "lea", viewer_of(db, "lea"))
    first, second, third, fourth = _accounts(db, ids["East"], [None] * 4)
    [mine] = _accounts(db, ids["East"], [ids["amy"]])
    today = _server_day(db)

    # a claim names no day of its own, nor a start of its clock: the server sets both
    taken = rogue_push(amy, "accounts", first, {"owner_id": ids["amy"].hex,
                                           "assigned_on": "2099-12-31"})
    assert taken["status"] == "applied", taken
    row = _row(db, first)
    assert (row.owner_id, row.pool_claimed_by, row.pool_claimed_on, row.assigned_on) == (
        ids["amy"], ids["amy"], today, today)
    # a claim that says it was made on another day (to pass the day's limit) is refused
    yesterday = (today - timedelta(days=1)).isoformat()
    faked = rogue_push(amy, "accounts", second, {"owner_id": ids["amy"].hex,
                                            "pool_claimed_on": yesterday})
    assert faked["status"] == "refused" and _row(db, second).owner_id is None

    # a release: the server notes whom it went back from; its rep may not take it
    # straight back, however the push says it
    released = rogue_push(amy, "accounts", mine, {"owner_id": None, "assigned_on": None})
    assert released["status"] == "applied", released
    row = _row(db, mine)
    assert (row.owner_id, row.pool_returned_from, row.pool_return_why) == (
        None, ids["amy"], Why.RELEASED)
    assert row.pool_returned_at is not None and row.pool_returned_at.date() == today
    assert row.assigned_on == LONG_AGO  # kept: only a new owner starts a new clock
    with db.session() as s:  # and its timeline says so
        assert s.scalars(select(Activity.notes).where(Activity.account_id == mine)).one() == (
            "Released to the team pool by amy.")
    again = rogue_push(amy, "accounts", mine, {"owner_id": ids["amy"].hex})
    assert again["status"] == "refused"
    assert f"claim it again from {(today + timedelta(days=7)).isoformat()}" in again["reason"]
    assert _row(db, mine).owner_id is None

    # her laptop holds her to the same limits, whichever command takes a pool account
    amy.sync()
    with amy.store.session() as s:
        me = q.user_by_name(s, "amy")
    assert me is not None
    ctx = Context(amy.store, me, "CN", lambda: today)
    with pytest.raises(Refused, match="claim it again from"):
        accounts.claim(ctx, mine)
    with pytest.raises(Refused, match="claim it again from"):
        accounts.reassign(ctx, mine, ids["amy"])

    # the day's limit counts the server's record of her claims
    assert rogue_push(amy, "accounts", second, {"owner_id": ids["amy"].hex})["status"] == "applied"
    over = rogue_push(amy, "accounts", third, {"owner_id": ids["amy"].hex})
    assert over["status"] == "refused"
    assert over["reason"].startswith(f"You have claimed 2 accounts on {today.isoformat()}")
    amy.sync()
    with pytest.raises(Refused, match=f"claimed 2 accounts on {today.isoformat()}"):
        accounts.reassign(ctx, third, ids["amy"])

    # a colleague claims what she released; a lead gives a pool account to a rep (not a
    # claim: no limits, none recorded), its clock starting on the server's day
    assert rogue_push(ben, "accounts", mine, {"owner_id": ids["ben"].hex})["status"] == "applied"
    row = _row(db, mine)
    assert (row.owner_id, row.pool_claimed_by, row.assigned_on) == (ids["ben"], ids["ben"],
                                                                    today)
    given = rogue_push(lea, "accounts", fourth, {"owner_id": ids["amy"].hex,
                                            "assigned_on": "2099-12-31"})
    assert given["status"] == "applied", given
    row = _row(db, fourth)
    assert (row.owner_id, row.pool_claimed_by, row.assigned_on) == (ids["amy"], None, today)
    for laptop in (amy, ben, lea):
        laptop.sync()
        assert mirror_problems(db, laptop) == []
        laptop.close()
    with db.session() as s:
        claimed = set(s.scalars(select(Account.id).where(Account.pool_claimed_by == ids["amy"])))
    assert claimed == {first, second}


def _waiting_for_locks(db: ServerDB, count: int) -> None:
    """Until `count` transactions wait for an advisory lock in the server's database."""
    deadline = time.monotonic() + 30
    while True:
        with db.session() as s:
            waiting = s.scalar(text(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
                " AND database = (SELECT oid FROM pg_database"
                " WHERE datname = current_database())"))
        if waiting is not None and waiting >= count:
            return
        assert time.monotonic() < deadline, f"{waiting} of {count} pushes are waiting"
        time.sleep(0.02)


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_two_pushes_of_one_rep_at_once_claim_no_more_than_the_days_limit(
        server: Server, tmp_path: Path) -> None:
    """Two laptops of one rep push a claim each at the same moment, each push on its own
    thread of the server. Each push then names a new tag, whose name the test holds (the
    advisory lock a push takes to name a tag) until both pushes wait: by then each has
    counted the rep's claims, and unless they took turns before counting, neither saw
    the other's."""
    http, db, _url = server
    ids = add_people(server)
    with db.session.begin() as s:
        set_team_rules(s, s.get_one(Team, ids["East"]), claims_per_day=1)
    laptops = [Laptop(tmp_path, str(http.base_url), "amy", viewer_of(db, "amy"),
                      file_name=f"amy-{n}.db") for n in (1, 2)]
    pooled = _accounts(db, ids["East"], [None, None])
    gates = ["Gate One", "Gate Two"]
    answers: list[list[dict[str, Any]]] = [[], []]

    def push(n: int) -> None:
        answers[n] = rogue_pushes(laptops[n], [
            ("accounts", pooled[n], {"owner_id": ids["amy"].hex}),
            ("tags", uuid.uuid4(), {"name": gates[n]})])

    pushes = [threading.Thread(target=push, args=(n,)) for n in (0, 1)]
    first_day = _server_day(db)  # the refusal names the day it was checked on: this one,
    with db.session.begin() as gate:
        for name in gates:
            gate.execute(text("SELECT pg_advisory_xact_lock(:first, hashtext(:key))"),
                         {"first": TAG_NAME_LOCK, "key": tag_key(name)})
        for thread in pushes:
            thread.start()
        _waiting_for_locks(db, 2)
    for thread in pushes:
        thread.join(60)
    claims = sorted(answer[0]["status"] for answer in answers)
    assert claims == ["applied", "refused"], answers
    refused = next(answer[0] for answer in answers if answer[0]["status"] == "refused")
    # or the next when the pushes ran over midnight
    assert any(refused["reason"].startswith(f"You have claimed 1 account on {day.isoformat()}")
               for day in {first_day, _server_day(db)}), refused
    assert [answer[1]["status"] for answer in answers] == ["applied", "applied"]
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Account).where(
            Account.owner_id == ids["amy"], Account.pool_claimed_by == ids["amy"])) == 1
    for laptop in laptops:
        laptop.close()
