"""Pushes from different reps run at once on PostgreSQL, and pulls still never skip a
change that committed late; the server's clock is the database's. A real server over
HTTP on loopback, and direct sessions on its database standing in for a push caught
half-way through its transaction."""

from __future__ import annotations

import random
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from crmdesk.hlc import Stamp
from crmdesk.server import books, clock, in_flight, sync
from crmdesk.server.db import ServerDB, connect
from crmdesk.server.schema import Conflict, FieldStamp, ServerChange, ServerSetting
from crmdesk.store.models import Account, User
from tests.server_fixtures import database_url
from tests.test_server_sync import DAY_MS, Client, Server, _account, _people

SERVER_BACKENDS = ("postgres",)  # SQLite serves one writer at a time by design
MINUTE_MS = 60_000


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def _honest(client: Client) -> Client:
    """`client` with its clock set to the real time (Client stamps from a fixed day)."""
    from tests.test_server_sync import NOW_MS

    client.skew = _now_ms() - NOW_MS
    return client


@contextmanager
def _push_in_flight(db: ServerDB, account: uuid.UUID, user: uuid.UUID,
                    conflict_for: tuple[str, uuid.UUID] | None = None
                    ) -> Iterator[tuple[Session, int]]:
    """A push by `user` caught before its commit, as the server runs one: it has joined
    the writers of the change log, locked and changed `account` and taken its change-log
    position (and, with `conflict_for`, recorded a value of that workspace and user as
    lost).
    Yields the session and the position; commits when the block ends."""
    with db.session() as held:
        sync.lock_change_log(held)
        row = held.get(Account, account, with_for_update={"key_share": True})
        assert row is not None
        row.region = f"held {uuid.uuid4().hex[:6]}"
        held.flush()
        change = sync.record_change(held, "accounts", row, (row.owner_id, row.team_id), user)
        if conflict_for is not None:
            workspace, loser = conflict_for
            held.add(Conflict(entity="accounts", row_id=account, field="region",
                              kept_value=row.region, lost_value="theirs",
                              kept_stamp=Stamp(_now_ms(), 0, "x").encode(),
                              lost_stamp=Stamp(_now_ms(), 0, workspace).encode(),
                              lost_user_id=loser, lost_client_id=workspace,
                              kept_user_id=user, kept_client_id="x", team_id=row.team_id,
                              at=clock.as_datetime(clock.now_ms(held))))
        held.flush()  # the position is taken now, long before the commit
        yield held, change.seq
        held.commit()


def _made(ids: dict[str, Any], client: Client, owner: str, team: str) -> uuid.UUID:
    account = uuid.uuid4()
    answer = client.push(client.op("accounts", account, **_account(ids, owner, team,
                                                                    f"{owner} Co")))
    assert answer.json()["results"][0]["status"] == "applied"
    return account


def test_a_push_is_not_held_up_by_another_reps_open_transaction(server: Server) -> None:
    """Under one lock for every writer, amy's push would wait for wes's to end."""
    http, db, _url = server
    ids = _people(server)
    amy, wes = Client(http, ids["amy_auth"], "amy"), Client(http, ids["wes_auth"], "wes")
    root = Client(http, ids["root_auth"], "root")
    west, east = _made(ids, wes, "wes", "West"), _made(ids, amy, "amy", "East")
    every = [c["seq"] for c in root.pull(None)]
    with _push_in_flight(db, west, ids["wes"]) as (_held, held_seq):
        started = time.monotonic()
        answer = http.post("/v1/push", headers=amy.auth, timeout=10, json={
            "client_id": "amy", "protocol": 1, "ops": [amy.op("accounts", east,
                                                                 region="Zhejiang")]})
        assert answer.status_code == 200, answer.text
        assert answer.json()["results"][0]["status"] == "applied"
        assert time.monotonic() - started < 5
        with db.session() as look:  # amy's change committed after wes's position
            amy_seq = look.scalar(select(ServerChange.seq).where(
                ServerChange.row_id == east).order_by(ServerChange.seq.desc()).limit(1))
        assert amy_seq is not None and amy_seq > held_seq
        # a pull now stops below wes's push, still in flight: it would skip it otherwise
        early = root.pull(None)
        assert all(c["seq"] < held_seq for c in early)
        assert root.cursor < held_seq
        every += [c["seq"] for c in early]
    late = root.pull(None)
    every += [c["seq"] for c in late]
    assert {held_seq, amy_seq} <= set(every)
    with db.session() as look:
        assert every == list(look.scalars(select(ServerChange.seq).order_by(ServerChange.seq)))


def test_a_pull_at_the_head_while_a_push_is_in_flight_skips_nothing(server: Server
                                                                     ) -> None:
    """A laptop already at the newest committed position asks again while a push holds a
    later one open (the server then skips its look at the writers in flight): it is told
    nothing new and the head it has, and gets the push's change once it commits."""
    http, db, _url = server
    ids = _people(server)
    wes, root = Client(http, ids["wes_auth"], "wes"), Client(http, ids["root_auth"], "root")
    west = _made(ids, wes, "wes", "West")
    root.pull(None)
    at = root.cursor
    with db.session() as look:
        assert at == look.scalar(select(func.max(ServerChange.seq)))
    with _push_in_flight(db, west, ids["wes"]) as (_held, held_seq):
        assert held_seq > at
        body = http.get("/v1/changes", headers=root.auth, params={"cursor": at}).json()
        assert (body["changes"], body["cursor"], body["head"]) == ([], at, at)
        # one step back: the log has moved past this cursor, so the scan bounds the head
        body = http.get("/v1/changes", headers=root.auth, params={"cursor": at - 1}).json()
        assert body["cursor"] == at and body["head"] == at
    assert [c["seq"] for c in root.pull(None)] == [held_seq]


def test_a_pull_waits_for_a_compaction_under_way(server: Server) -> None:
    """A compaction takes its lock alone (as crmdesk.server.history.compact does); a pull
    takes it shared with its sign-in, so it reads the floor and the entries only once
    the compaction has ended, never in between."""
    http, db, _url = server
    ids = _people(server)
    root = Client(http, ids["root_auth"], "root")
    answers: list[int] = []
    with db.session() as compacting:
        sync.advisory_lock(compacting, sync.COMPACTION_LOCK)
        pulling = threading.Thread(target=lambda: answers.append(http.get(
            "/v1/changes", headers=root.auth, params={"cursor": 0}, timeout=30).status_code))
        pulling.start()
        pulling.join(1.0)
        assert answers == []  # still waiting
        assert http.get("/v1/me", headers=root.auth).status_code == 200  # others are not
        compacting.commit()
    pulling.join(30)
    assert answers == [200]


def test_a_conflict_committed_late_is_still_fetched(server: Server) -> None:
    """The laptop asks for conflicts after the latest time it was given: one stamped
    earlier but committed later must not be behind that time."""
    http, db, _url = server
    ids = _people(server)
    amy, lea, wes = (Client(http, ids[f"{n}_auth"], n) for n in ("amy", "lea", "wes"))
    west, east = _made(ids, wes, "wes", "West"), _made(ids, amy, "amy", "East")
    assert amy.push(amy.op("accounts", east, phone="1")).status_code == 200
    after, fetched = "2000-01-01T00:00:00", set()

    def fetch() -> None:
        nonlocal after
        answer = http.get("/v1/conflicts", headers=amy.auth, params={"after": after})
        assert answer.status_code == 200
        notes = answer.json()["conflicts"]
        fetched.update(n["id"] for n in notes)
        if notes:
            after = max(n["at"] for n in notes)  # as crmdesk.sync.overwritten keeps it

    with _push_in_flight(db, west, ids["wes"], conflict_for=("amy", ids["amy"])):
        time.sleep(0.01)
        lea.tick = 50  # lea's later edit replaces amy's phone: a conflict, committed first
        assert lea.push(lea.op("accounts", east, phone="2")).json()["results"][0][
            "status"] == "applied"
        fetch()
    fetch()
    with db.session() as look:
        every = set(look.scalars(select(Conflict.id).where(Conflict.lost_client_id == "amy")))
    assert len(every) == 2 and {str(i) for i in every} == fetched


def test_pushes_of_different_teams_overlap(server: Server) -> None:
    """Six reps of three teams push at once while one push holds its transaction open:
    they all finish meanwhile, and nothing is lost."""
    http, db, url = server
    ids = _people(server)
    from tests.server_fixtures import PASSWORD, login, server_cli_here

    assert server_cli_here("team", "add", "North", "--database-url", url).returncode == 0
    for name, team in (("nia", "North"), ("ned", "North"), ("wil", "West")):
        assert server_cli_here("user", "add", name, "--team", team, "--role", "rep",
                               "--database-url", url, password=PASSWORD).returncode == 0
    with db.session() as look:
        ids |= {u.username: u.id for u in look.scalars(select(User))}
        ids["North"] = look.scalar(select(User.team_id).where(User.username == "nia"))
    teams = {"amy": "East", "ben": "East", "wes": "West", "wil": "West", "nia": "North",
             "ned": "North"}
    reps = {}
    for name in teams:
        token = login(http, name, PASSWORD).json()["token"]
        reps[name] = Client(http, {"Authorization": f"Bearer {token}"}, name)
    blocker = _made(ids, reps["wes"], "wes", "West")
    finished: dict[str, float] = {}
    errors: list[str] = []

    def work(name: str) -> None:
        client = reps[name]
        with httpx.Client(base_url=str(http.base_url), timeout=10) as own:
            client.http = own
            try:
                for batch in range(3):
                    ops = [client.op("accounts", uuid.uuid4(), **_account(
                        ids, name, teams[name], f"{name} {batch}.{n}")) for n in range(3)]
                    results = client.push(*ops).json()["results"]
                    assert [r["status"] for r in results] == ["applied"] * 3
            except Exception as exc:  # reported below, with the others
                errors.append(f"{name}: {exc!r}")
        finished[name] = time.monotonic()

    with _push_in_flight(db, blocker, ids["wes"]):
        threads = [threading.Thread(target=work, args=(n,)) for n in teams]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        released = time.monotonic()
    assert not errors, errors
    assert len(finished) == len(teams) and max(finished.values()) < released
    with db.session() as look:
        made = look.scalars(select(Account.name).where(Account.name.like("% _._"))).all()
    assert len(made) == len(teams) * 3 * 3


def _push_together(http: httpx.Client, client: Client, ops: list[dict[str, Any]],
                   start: threading.Barrier, answers: dict[str, Any]) -> None:
    with httpx.Client(base_url=str(http.base_url), timeout=20) as own:
        start.wait()
        answers[client.name] = own.post("/v1/push", headers=client.auth, json={
            "client_id": client.name, "protocol": 1, "ops": ops})


def test_concurrent_pushes_to_one_field_resolve_by_their_stamps(server: Server) -> None:
    http, db, _url = server
    ids = _people(server)
    amy, lea = Client(http, ids["amy_auth"], "amy"), Client(http, ids["lea_auth"], "lea")
    account = _made(ids, amy, "amy", "East")
    for rnd in range(8):
        later, earlier = (lea, amy) if rnd % 2 else (amy, lea)
        later.tick = earlier.tick = 100 * (rnd + 1)
        later.tick += 1  # same wall time, a higher counter: its edit is the later one
        ops = {c.name: c.op("accounts", account, phone=f"{c.name} {rnd}")
               for c in (amy, lea)}
        start = threading.Barrier(2)
        answers: dict[str, Any] = {}
        threads = [threading.Thread(target=_push_together, args=(
            http, c, [ops[c.name]], start, answers)) for c in (amy, lea)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert all(a.status_code == 200 for a in answers.values())
        with db.session() as look:
            row = look.get(Account, account)
            assert row is not None and row.phone == f"{later.name} {rnd}"
            lost = [c.lost_value for c in look.scalars(select(Conflict).where(
                Conflict.row_id == account)) if c.kept_value == row.phone
                    and c.lost_value in (f"amy {rnd}", f"lea {rnd}")]
        assert lost == [f"{earlier.name} {rnd}"]  # the loser kept, once


def test_pulls_never_skip_under_many_concurrent_writers(server: Server) -> None:
    """Reps push over HTTP and slow writers hold their positions a random while, all at
    once; several pullers, pausing at random, each see every change once, in order."""
    http, db, _url = server
    ids = _people(server)
    rng = random.Random(12)
    writers = [Client(http, ids[f"{n}_auth"], n) for n in ("amy", "ben", "lea", "wes")]
    teams = {"amy": "East", "ben": "East", "lea": "East", "wes": "West"}
    pullers = [Client(http, ids["root_auth"], "root") for _ in range(3)]
    seen: list[list[int]] = [[] for _ in pullers]
    done = threading.Event()
    errors: list[str] = []
    pauses = {n: [rng.uniform(0, 0.03) for _ in range(40)] for n in range(20)}

    def push(client: Client, pause: list[float]) -> None:
        with httpx.Client(base_url=str(http.base_url), timeout=30) as own:
            client.http = own
            for batch in range(6):
                time.sleep(pause[batch])
                ops = [client.op("accounts", uuid.uuid4(), **_account(
                    ids, client.name if client.name != "lea" else None,
                    teams[client.name], f"{client.name} {batch}.{n}")) for n in range(2)]
                results = client.push(*ops).json()["results"]
                if [r["status"] for r in results] != ["applied"] * 2:
                    errors.append(repr(results))

    def slow(pause: list[float]) -> None:
        for n in range(8):
            with db.session() as held:
                sync.lock_change_log(held)
                user = held.get(User, ids["amy"])
                sync.record_change(held, "users", user, None, None)
                held.flush()  # the position is taken; the commit comes a while later
                time.sleep(pause[n])
                held.commit()

    def pull(index: int, pause: list[float]) -> None:
        client = pullers[index]
        with httpx.Client(base_url=str(http.base_url), timeout=30) as own:
            client.http = own
            turn = 0
            while not done.is_set():
                seen[index].extend(c["seq"] for c in client.pull(None))
                time.sleep(pause[turn % len(pause)])
                turn += 1
            seen[index].extend(c["seq"] for c in client.pull(None))

    work = [threading.Thread(target=push, args=(c, pauses[i]))
            for i, c in enumerate(writers)]
    work += [threading.Thread(target=slow, args=(pauses[10 + i],)) for i in range(3)]
    readers = [threading.Thread(target=pull, args=(i, pauses[15 + i]))
               for i in range(len(pullers))]
    for thread in readers + work:
        thread.start()
    for thread in work:
        thread.join(120)
    done.set()
    for thread in readers:
        thread.join(120)
    assert not errors, errors
    with db.session() as look:
        every = list(look.scalars(select(ServerChange.seq).order_by(ServerChange.seq)))
    assert len(every) >= 4 * 6 * 2 + 3 * 8
    for mine in seen:
        assert mine == every  # each change exactly once, in order, none skipped


def test_the_clamp_follows_the_databases_clock_not_the_machines(
        server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    """The machine serving the push runs a day fast: a stamp hours ahead is still
    clamped by the database's clock, so an honest later edit wins."""
    http, db, _url = server
    ids = _people(server)
    honest = _honest(Client(http, ids["lea_auth"], "lea"))
    fast = _honest(Client(http, ids["amy_auth"], "amy"))
    account = _made(ids, fast, "amy", "East")
    fast.skew += 3 * 3600 * 1000
    real = time.time_ns
    monkeypatch.setattr(time, "time_ns", lambda: real() + DAY_MS * 1_000_000)
    for n in range(5):  # each clamped; none lifts the next one's ceiling
        answer = fast.push(fast.op("accounts", account, region=f"fast {n}"))
        assert answer.json()["results"][0]["status"] == "applied"
    monkeypatch.setattr(time, "time_ns", real)
    with db.session() as look:
        held = look.get(FieldStamp, ("accounts", account, "region"))
        assert held is not None
        wall = Stamp.decode(held.stamp).wall_ms
        assert wall <= clock.now_ms(look) + sync.MAX_SKEW_MS
    honest.skew += 6 * MINUTE_MS  # after the clamped edits, by the real clock
    answer = honest.push(honest.op("accounts", account, region="honest"))
    assert answer.json()["results"][0]["status"] == "applied"
    with db.session() as look:
        row = look.get(Account, account)
        assert row is not None and row.region == "honest"


def test_a_clamped_edit_never_falls_below_its_own_laptops_earlier_one(
        server: Server) -> None:
    """amy's earlier edit was clamped against a database clock that has been set back
    since: her later edit, clamped lower, still holds the field."""
    http, db, _url = server
    ids = _people(server)
    amy = _honest(Client(http, ids["amy_auth"], "amy"))
    account = _made(ids, amy, "amy", "East")
    amy.push(amy.op("accounts", account, region="earlier"))
    with db.session() as look:  # as the earlier clamp left it, ten minutes ahead
        held = look.get(FieldStamp, ("accounts", account, "region"))
        assert held is not None
        held.stamp = Stamp(clock.now_ms(look) + 10 * MINUTE_MS, 3, "amy").encode()
        look.commit()
    amy.skew = DAY_MS * 400  # far ahead: clamped to the database's now plus five minutes
    answer = amy.push(amy.op("accounts", account, region="later")).json()["results"][0]
    assert answer["status"] == "applied"
    with db.session() as look:
        row = look.get(Account, account)
        assert row is not None and row.region == "later"


def test_server_stamps_come_from_the_database_and_never_go_back(server: Server) -> None:
    _http, db, _url = server
    with db.session() as session:
        before = clock.now_ms(session)
        first = clock.server_stamp(session)
        session.commit()
        assert first.node == "server" and before <= first.wall_ms <= clock.now_ms(session)
        ahead = Stamp(first.wall_ms + 3_600_000, 7, "server")  # issued before a set-back
        setting = session.get(ServerSetting, clock.SERVER_CLOCK)
        assert setting is not None
        setting.value = ahead.encode()
        session.commit()
        after = clock.server_stamp(session)
        session.commit()
    assert after == Stamp(ahead.wall_ms, 8, "server")


def test_two_first_stamps_at_once_take_turns(tmp_path: Path) -> None:
    """A fresh database has no stamp yet: two issuers finding none at once (two web
    enquiries on a new server) make its row once, the second waiting for the first,
    never failing on the row the first made (a 500)."""
    from concurrent.futures import ThreadPoolExecutor

    with database_url("postgres", tmp_path) as url:
        db = connect(url)
        try:
            with db.session() as first, ThreadPoolExecutor(1) as pool:
                one = clock.server_stamp(first)  # its row made, not yet committed

                def second() -> Stamp:
                    with db.session() as session:
                        stamp = clock.server_stamp(session)
                        session.commit()
                        return stamp

                other = pool.submit(second)
                time.sleep(0.3)
                assert not other.done()  # it waits for the first's row
                first.commit()
                two = other.result(timeout=10)
            assert one < two
            with db.session() as session:
                held = session.get(ServerSetting, clock.SERVER_CLOCK)
                assert held is not None and Stamp.decode(held.value) == two
        finally:
            db.close()


@pytest.mark.parametrize("kind", ["postgres", "sqlite"])
def test_the_servers_now_is_the_databases(kind: str, tmp_path: Path) -> None:
    """Read from the database (both run on this machine here, so they agree with it)."""
    with database_url(kind, tmp_path) as url:
        db = connect(url)
        try:
            with db.session() as session:
                before = _now_ms()
                read = clock.now_ms(session)
                after = _now_ms()
                assert before - 5 <= read <= after + 5
                first, second = clock.server_stamp(session), clock.server_stamp(session)
                assert first < second and first.node == second.node == "server"
                assert before - 5 <= first.wall_ms <= second.wall_ms <= clock.now_ms(
                    session) + 5
        finally:
            db.close()


def test_moving_a_book_waits_for_pushes_under_way(server: Server) -> None:
    """Pushes share the change log; an administrator's move of a book has it alone, so
    it moves the book whole: a new account a push is making meanwhile goes too."""
    http, db, _url = server
    ids = _people(server)
    amy = Client(http, ids["amy_auth"], "amy")
    _made(ids, amy, "amy", "East")
    moved = threading.Event()

    def move() -> None:
        with db.session() as session:
            books.reassign_book(session, "amy", None)
            session.commit()
        moved.set()

    with db.session() as held:  # amy's push of a new account, caught before its commit
        sync.lock_change_log(held)
        fresh = Account(id=uuid.uuid4(), name="New Co", name_key="new co",
                        owner_id=ids["amy"], team_id=ids["East"])
        held.add(fresh)
        held.flush()
        sync.record_change(held, "accounts", fresh, None, ids["amy"])
        held.flush()
        mover = threading.Thread(target=move)
        mover.start()
        assert not moved.wait(1.0)  # the push under way holds it off
        held.commit()
    mover.join(30)
    assert moved.is_set()
    with db.session() as look:
        owners = set(look.scalars(select(Account.owner_id)))
    assert owners == {None}  # both of amy's accounts are in the team's pool


def _deadlocks(db: ServerDB) -> int:
    with db.session() as look:
        look.execute(text("SELECT pg_stat_clear_snapshot()"))
        return int(look.scalar(text(
            "SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()")))


def test_pushes_to_an_account_and_its_rows_at_once_never_deadlock(server: Server) -> None:
    """amy logs a call on a contact (which rewrites the account's last contact) while
    her lead edits the account and the contact: both lock the account first, so neither
    waits on the other in a circle and nothing is lost."""
    http, db, _url = server
    ids = _people(server)
    amy, lea = Client(http, ids["amy_auth"], "amy"), Client(http, ids["lea_auth"], "lea")
    account = _made(ids, amy, "amy", "East")
    contact = uuid.uuid4()
    made = amy.push(amy.op("contacts", contact, account_id=account.hex, name="Li",
                           is_key_person=False, deleted=False))
    assert made.json()["results"][0]["status"] == "applied"
    before = _deadlocks(db)
    for rnd in range(6):
        ops = {"amy": [amy.op("contacts", contact, title=f"t{rnd}"),
                       amy.op("activities", uuid.uuid4(), account_id=account.hex,
                              contact_id=contact.hex, kind="call", notes=f"call {rnd}",
                              occurred_at=f"2026-09-0{rnd + 1}T10:00:00")],
               "lea": [lea.op("accounts", account, region=f"r{rnd}"),
                       lea.op("contacts", contact, department=f"d{rnd}")]}
        start = threading.Barrier(2)
        answers: dict[str, Any] = {}
        threads = [threading.Thread(target=_push_together, args=(
            http, c, ops[c.name], start, answers)) for c in (amy, lea)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        for name, answer in answers.items():
            assert answer.status_code == 200, answer.text
            assert [r["status"] for r in answer.json()["results"]] == ["applied"] * 2, name
    time.sleep(1.2)  # deadlocks are counted when the backend next reports its statistics
    assert _deadlocks(db) == before
    with db.session() as look:
        row = look.get(Account, account)
        assert row is not None and row.region == "r5"
        assert row.last_contact_at is not None


def test_a_push_reads_its_clock_once_its_announcement_and_locks_are_held(
        server: Server) -> None:
    """The clock a push runs by (its clamp, its day, its conflicts' time) is read after
    it holds its locks: not before the time it announced to readers (a conflict stamped
    earlier could fall below where a reader stopped), and not before it waited for an
    administrator's command holding the change log."""
    _http, db, _url = server
    held = db.session()
    sync.lock_change_log(held, exclusive=True)  # as moving a book does
    seen: list[tuple[int, int]] = []

    def push_waits() -> None:
        with db.session() as pushing:
            started = _now_ms()
            seen.append((started, sync.lock_change_log(pushing) or 0))
            announced = pushing.scalar(text(
                "SELECT min(((CAST(classid AS bigint) << 32) | CAST(objid AS bigint))"
                " & ((1::bigint << 48) - 1))"
                " FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()"
                " AND ((CAST(classid AS bigint) << 32) | CAST(objid AS bigint)) >> 48 = :tag"),
                {"tag": in_flight.TIME_TAG})
            seen.append((announced, 0))
            pushing.rollback()

    waiting = threading.Thread(target=push_waits)
    waiting.start()
    time.sleep(1.0)  # the push waits on the administrator's hold meanwhile
    held.rollback()
    held.close()
    waiting.join(30)
    [(started, ran_by), (announced, _)] = seen
    assert ran_by >= started + 900  # the clock after the wait, not before it
    assert ran_by >= announced
