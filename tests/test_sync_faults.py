"""Sync under faults, against the real server over HTTP: answers lost after the server
committed, connections cut mid-pull and mid-first-sync, duplicated and reordered pushes,
a server and a client killed with SIGKILL, clocks a day wrong, and pushes racing a pull.

Small size runs on PostgreSQL (the real-use database) only, except the race, which runs
on both; CRMDESK_TEST_SIZE=large runs every test on both and with more data.
"""

from __future__ import annotations

import functools
import random
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from crmdesk.domain.activity import ActivityKind, Outcome
from crmdesk.domain.scope import visible
from crmdesk.hlc import Clock, system_now_ms
from crmdesk.protocol import CURSOR_HEADER
from crmdesk.server.db import ServerDB
from crmdesk.server.schema import AppliedOp, Conflict, ServerChange
from crmdesk.store import db as store_db
from crmdesk.store import workspace_keys as keys
from crmdesk.store.models import Account, Activity, LocalConflict
from crmdesk.store.writes import (
    ActivityInput,
    log_activity,
    new_account,
    new_contact,
    update_account_field,
)
from crmdesk.sync.engine import SyncError
from tests.server_fixtures import PASSWORD, free_port
from tests.sync_harness import (
    BACKENDS,
    LARGE,
    Laptop,
    Server,
    add_people,
    laptop_rows,
    mirror_problems,
    sync_until_quiet,
    viewer_of,
)
from tests.test_server_sync import Client, _account

DAY_MS = 24 * 3600 * 1000
ROOT = Path(__file__).resolve().parent.parent
backends = pytest.mark.parametrize("server", BACKENDS, indirect=True)


def _laptop(server: Server, tmp_path: Path, name: str, **kwargs: Any) -> Laptop:
    http, db, _url = server
    return Laptop(tmp_path, str(http.base_url), name, viewer_of(db, name), **kwargs)


def _changes_by(db: ServerDB, user_id: uuid.UUID) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(ServerChange).where(
            ServerChange.user_id == user_id)) or 0)


def _fill(laptop: Laptop, ids: dict[str, uuid.UUID], accounts: int) -> None:
    """An admin's laptop makes accounts across both teams (mine, pools, others'),
    each with a contact, and sends them."""
    with laptop.store.write.begin() as s:
        for n in range(accounts):
            team = ids["East"] if n % 3 else ids["West"]
            owner = [ids["amy"], ids["ben"], ids["lea"], None][n % 4] if n % 3 else \
                [ids["wes"], None][n % 2]
            account = new_account(s, name=f"Filled {n:04d} Co", owner_id=owner, team_id=team)
            new_contact(s, account, name=f"Person {n}")
    laptop.sync()
    assert laptop.pending() == 0


# ---- (a) the server commits a push but the answer never arrives ----------------------

@backends
def test_a_lost_push_answer_is_applied_once_even_after_others_edit(
        server: Server, tmp_path: Path) -> None:
    _http, db, _url = server
    ids = add_people(server)
    amy, lea = _laptop(server, tmp_path, "amy"), _laptop(server, tmp_path, "lea")
    with amy.store.write.begin() as s:
        account = new_account(s, name="Exactly Once Co", owner_id=ids["amy"],
                              team_id=ids["East"])
    amy.sync()
    with amy.store.write.begin() as s:
        update_account_field(s, account, "region", "amy's region")
        log_activity(s, account, ids["amy"], ActivityInput(ActivityKind.CALL,
                                                           Outcome.REACHED, "said once"))
    lost_ops = amy.pending()
    amy.wire.lose.add(("/v1/push", amy.wire.calls.get("/v1/push", 0) + 1))
    with pytest.raises(SyncError, match="could not be reached"):
        amy.sync()
    assert amy.pending() == lost_ops  # not told, so still waiting
    by_amy = _changes_by(db, ids["amy"])
    # the lead sees the committed edit and builds on it before amy retries
    lea.sync()
    with lea.store.write.begin() as s:
        update_account_field(s, account, "region", "lea's region")
    lea.sync()
    with amy.store.write.begin() as s:  # and amy makes one more edit before the retry
        update_account_field(s, account, "industry", "Energy")
    report = amy.sync()
    assert (report.pushed, report.refused, report.lost_fields) == (lost_ops + 1, 0, 0)
    assert _changes_by(db, ids["amy"]) == by_amy + 1  # only the new edit made a change
    with db.session() as session:
        notes = [c.row["notes"] for c in session.scalars(select(ServerChange).where(
            ServerChange.entity == "activities"))]
        row = session.get(Account, account)
        assert row is not None and (row.region, row.industry) == ("lea's region", "Energy")
        assert session.scalar(select(func.count()).select_from(Conflict)) == 0
    assert notes == ["said once"]
    sync_until_quiet([amy, lea])
    with amy.store.session() as s:
        assert s.scalar(select(func.count()).select_from(LocalConflict)) == 0
    assert mirror_problems(db, amy) == [] and mirror_problems(db, lea) == []


@contextmanager
def _server_process(url: str, port: int) -> Iterator[subprocess.Popen[bytes]]:
    """`crmdesk-server serve` as a real process on `port`, until killed or done."""
    process = subprocess.Popen(
        [sys.executable, "-m", "crmdesk.server.cli", "serve", "--database-url", url,
         "--port", str(port)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=1).is_success:
                    break
            except httpx.HTTPError:
                pass
            assert process.poll() is None, process.stderr.read() if process.stderr else ""
            assert time.monotonic() < deadline, "the server process did not start"
            time.sleep(0.05)
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(10)


@backends
def test_a_server_killed_during_a_push_applies_it_once_on_retry(
        server: Server, tmp_path: Path) -> None:
    """SIGKILL lands somewhere in a large push (before, during or after its commit)."""
    _http, db, url = server
    ids = add_people(server)
    rng = random.Random()
    port = free_port()
    count = 600 if LARGE else 60
    with _server_process(url, port) as process:
        amy = Laptop(tmp_path, f"http://127.0.0.1:{port}", "amy", viewer_of(db, "amy"))
        with amy.store.write.begin() as s:
            made = [new_account(s, name=f"Kill {n} Co", owner_id=ids["amy"],
                                team_id=ids["East"]) for n in range(count)]
        delay = rng.uniform(0.0, 2.0 if LARGE else 0.8)
        threading.Timer(delay, process.send_signal, (signal.SIGKILL,)).start()
        try:
            amy.sync()
            outcome = "answered"
        except SyncError:
            outcome = "cut off"
        process.wait(10)
    with db.session() as session:
        applied = session.scalar(select(func.count()).select_from(Account))
    # the push is one transaction: all of it or none of it
    assert applied in (0, count), f"killed after {delay:.2f}s ({outcome}): {applied} rows"
    with _server_process(url, port):
        amy.sync()  # the retry
        assert amy.pending() == 0
    with db.session() as session:
        per_row = dict(session.execute(
            select(ServerChange.row_id, func.count()).where(ServerChange.entity == "accounts")
            .group_by(ServerChange.row_id)).all())
        ops = session.scalar(select(func.count()).select_from(AppliedOp).where(
            AppliedOp.client_id == amy.client_id))
    assert set(per_row) == set(made) and set(per_row.values()) == {1}, (delay, outcome)
    assert ops == count
    with amy.store.session() as s:
        assert s.scalar(select(func.count()).select_from(LocalConflict)) == 0
    amy.close()


# ---- (b) the connection cut mid-first-sync and mid-pull ---------------------------------

def _delivered(laptop: Laptop) -> list[int]:
    """The change numbers the laptop received, checking each pull asked from where the
    last delivered one ended (an answer that never arrived moves nothing)."""
    seqs: list[int] = []
    cursor = None
    for entry in laptop.wire.log:
        if entry["path"] != "/v1/changes" or entry["who"] != laptop.username:
            continue
        if cursor is not None:
            assert entry["asked"] == cursor, (entry["asked"], cursor)
        if entry["delivered"]:
            seqs += entry["seqs"]
            cursor = entry["cursor"]
        elif cursor is None:
            cursor = entry["asked"]
    return seqs


def _visible_seqs(db: ServerDB, laptop: Laptop) -> list[int]:
    """Every change the server would tell this user of (rows seen before or after)."""
    with db.session() as session:
        rows = session.execute(select(
            ServerChange.seq, ServerChange.owner_id, ServerChange.team_id,
            ServerChange.prev_owner_id, ServerChange.prev_team_id).order_by(ServerChange.seq))
        return [seq for seq, owner, team, prev_owner, prev_team in rows
                if visible(laptop.viewer, owner, team)
                or visible(laptop.viewer, prev_owner, prev_team)]


@backends
def test_a_pull_cut_mid_first_sync_and_mid_pull_resumes_without_gaps_or_duplicates(
        server: Server, tmp_path: Path) -> None:
    _http, db, _url = server
    ids = add_people(server)
    root = _laptop(server, tmp_path, "root")
    _fill(root, ids, 120 if LARGE else 25)
    # a first sync in pages of 3, cut three ways: the answer lost after the server sent
    # it, the body stopping halfway, and (by the page size) many batches
    amy = _laptop(server, tmp_path, "amy", page=3, first_sync=False)
    amy.wire.lose.add(("/v1/changes", 3))
    amy.wire.cut.add(("/v1/changes", 6))
    for _ in range(2):
        with pytest.raises(SyncError, match="could not be reached"):
            amy.sync()
        with amy.store.session() as s:
            assert keys.SYNC_CURSOR.get(s) > 0  # kept its place
    amy.sync()
    seqs = _delivered(amy)
    assert len(seqs) == len(set(seqs)), "a change arrived twice"
    assert seqs == _visible_seqs(db, amy), "a change was skipped"
    assert mirror_problems(db, amy) == []
    # later, an incremental pull cut in the middle too
    with root.store.write.begin() as s:
        for n in range(12):
            new_account(s, name=f"Later {n} Co", owner_id=None, team_id=ids["East"])
    root.sync()
    start = amy.wire.calls["/v1/changes"]
    amy.wire.cut.add(("/v1/changes", start + 2))
    with pytest.raises(SyncError):
        amy.sync()
    amy.sync()
    seqs = _delivered(amy)
    assert len(seqs) == len(set(seqs)) and seqs == _visible_seqs(db, amy)
    assert mirror_problems(db, amy) == []
    for laptop in (root, amy):
        laptop.close()


@backends
def test_pages_asked_for_ahead_follow_the_body_not_the_headers(server: Server,
                                                               tmp_path: Path) -> None:
    """The next page is asked for on the word of the answer's headers. Without them a
    pull still finishes, page after page; headers that disagree with their body stop
    it with a clear message, keeping every page written before, and lose nothing."""
    _http, db, _url = server
    ids = add_people(server)
    root = _laptop(server, tmp_path, "root")
    _fill(root, ids, 12)
    plain = _laptop(server, tmp_path, "amy", page=4, first_sync=False, file_name="plain.db")
    plain.wire.pull_headers = lambda headers: httpx.Headers(
        {k: v for k, v in headers.items() if not k.lower().startswith("crmdesk-")})
    plain.sync()
    assert mirror_problems(db, plain) == []
    assert _delivered(plain) == _visible_seqs(db, plain)

    told = _laptop(server, tmp_path, "amy", page=4, first_sync=False, file_name="told.db")

    def off_by_one(headers: httpx.Headers) -> httpx.Headers:
        wrong = httpx.Headers(headers)
        if told.wire.calls["/v1/changes"] == 2:  # the second answer points one too far
            wrong[CURSOR_HEADER] = str(int(headers[CURSOR_HEADER]) + 1)
        return wrong

    told.wire.pull_headers = off_by_one
    with pytest.raises(SyncError, match="do not follow on"):
        told.sync()
    pulls = [e for e in told.wire.log if e["path"] == "/v1/changes"]
    assert pulls[2]["asked"] == pulls[1]["cursor"] + 1  # asked for on the wrong word
    with told.store.session() as s:  # the two pages before it were written
        assert keys.SYNC_CURSOR.get(s) == pulls[1]["cursor"]
    told.wire.pull_headers = None
    told.sync()
    assert laptop_rows(told.store) == laptop_rows(plain.store)
    for laptop in (root, plain, told):
        laptop.close()


# ---- (c) duplicated and reordered push requests ----------------------------------------

@backends
def test_duplicated_and_reordered_pushes_end_as_if_sent_once_in_order(server: Server) -> None:
    http, db, _url = server
    ids = add_people(server)
    token = http.post("/v1/login", json={"username": "amy", "password": PASSWORD,
                                         "client_id": "amy-laptop", "protocol": 1}).json()
    amy = Client(http, {"Authorization": f"Bearer {token['token']}"}, "amy-laptop")
    account, contact = uuid.uuid4(), uuid.uuid4()
    # within one request the server applies ops in their sequence, whatever the list says
    create = amy.op("accounts", account, **_account(ids, "amy", "East", "Order Co"))
    child = amy.op("contacts", contact, account_id=account.hex, name="Li Wei",
                   owner_id=ids["amy"].hex, team_id=ids["East"].hex, deleted=False,
                   is_key_person=False)
    first = amy.push(child, create).json()["results"]
    assert [r["status"] for r in first] == ["applied", "applied"], first
    # two later batches arrive out of order: the later one first
    early = [amy.op("accounts", account, region="early region"),
             amy.op("accounts", account, address="early address")]
    late = [amy.op("accounts", account, region="late region"),
            amy.op("contacts", contact, title="CTO")]
    with db.session() as session:
        before = session.scalar(select(func.count()).select_from(ServerChange))
    answers = {}
    for batch in (late, early, late, early, [*early, *late]):  # duplicates, reordered
        reply = amy.push(*batch)
        assert reply.status_code == 200, reply.text
        for result in reply.json()["results"]:
            answers.setdefault(result["op_id"], []).append(result)
    for op_id, replies in answers.items():  # a duplicate gets the first answer again
        assert all(r == replies[0] for r in replies), op_id
    with db.session() as session:
        row = session.get(Account, account)
        assert row is not None
        assert (row.region, row.address) == ("late region", "early address")
        made = session.scalar(select(func.count()).select_from(ServerChange)) - before
    assert made == 3, made  # each op once; the early region lost and changed nothing


@backends
def test_a_laptop_never_conflicts_with_itself(server: Server) -> None:
    http, db, _url = server
    ids = add_people(server)
    token = http.post("/v1/login", json={"username": "amy", "password": PASSWORD,
                                         "client_id": "amy-laptop", "protocol": 1}).json()
    amy = Client(http, {"Authorization": f"Bearer {token['token']}"}, "amy-laptop")
    account = uuid.uuid4()
    amy.push(amy.op("accounts", account, **_account(ids, "amy", "East", "Self Co")))
    early = amy.op("accounts", account, region="early region")
    late = amy.op("accounts", account, region="late region")
    amy.push(late)
    amy.push(early)  # delayed on the network: arrives last
    with db.session() as session:
        row = session.get(Account, account)
        assert row is not None and row.region == "late region"
        own = session.scalars(select(Conflict)).all()
    assert own == [], [(c.field, c.lost_value, c.kept_value) for c in own]


# ---- (d) the client killed in the middle of a pull -------------------------------------

_PULLER = """
import sys, time
import httpx
from sqlalchemy import event
from crmdesk.store.db import open_store
from crmdesk.sync.engine import SyncClient, SyncReport, sign_in
from tests.sync_harness import Wire

path, base, user, page = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
store = open_store(path)
# widen the window between a batch written and its commit, where a kill hurts most
def committed(conn):
    time.sleep(0.02)
    print("batch", flush=True)  # the test kills at some moment after the first one
event.listen(store.engine, "commit", committed)
http = httpx.Client(base_url=base, timeout=60, transport=Wire(page=page))
token = sign_in(http, user, sys.stdin.readline().strip(), store.client_id).token
print("ready", flush=True)
SyncClient(store, http, token).pull(SyncReport())
print("done", flush=True)
"""


@backends
def test_a_client_killed_mid_pull_ends_with_the_same_data(server: Server,
                                                          tmp_path: Path) -> None:
    http, db, _url = server
    ids = add_people(server)
    _fill(_laptop(server, tmp_path, "root"), ids, 120 if LARGE else 15)
    steady = _laptop(server, tmp_path, "lea")  # never crashes
    crashing = tmp_path / "crashing.db"
    store_db.open_store(crashing, create=True).close()
    rng = random.Random()
    kills: list[float] = []
    cursors: list[int] = []
    for _ in range(4 if LARGE else 2):
        process = subprocess.Popen(
            [sys.executable, "-c", _PULLER, str(crashing), str(http.base_url), "lea", "2"],
            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert process.stdin is not None and process.stdout is not None
        process.stdin.write(f"{PASSWORD}\n".encode())
        process.stdin.flush()
        assert process.stdout.readline() == b"ready\n", process.stderr
        # killed after the first batch began to commit, however slow the machine is today
        assert process.stdout.readline() == b"batch\n", process.stderr
        delay = rng.uniform(0.0, 0.3)
        time.sleep(delay)
        process.kill()
        process.wait(10)
        kills.append(round(delay, 2))
        reopened = store_db.open_store(crashing)
        with reopened.session() as s:
            cursors.append(keys.SYNC_CURSOR.get(s))
        reopened.close()
    assert cursors[-1] > 0, f"killed after {kills} s: nothing pulled; a slow machine?"
    laptop = Laptop(tmp_path, str(http.base_url), "lea", viewer_of(db, "lea"),
                    file_name="crashing.db")  # opened again, then a normal sync
    assert laptop_rows(laptop.store) == laptop_rows(steady.store), kills
    assert mirror_problems(db, laptop) == [], kills
    with laptop.store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    for open_ in (laptop, steady):
        open_.close()


# ---- (e) a clock a day fast, a clock a day slow -----------------------------------------

def _skewed(monkeypatch: pytest.MonkeyPatch, skew_ms: int) -> None:
    """The next workspace opened gets a clock `skew_ms` off real time."""
    monkeypatch.setattr(store_db, "Clock", functools.partial(
        Clock, now_ms=lambda: system_now_ms() + skew_ms))


@backends
def test_a_clock_a_day_fast_cannot_win_later_edits_and_a_slow_ones_still_apply(
        server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _http, db, _url = server
    ids = add_people(server)
    _skewed(monkeypatch, -DAY_MS)
    ben = _laptop(server, tmp_path, "ben")  # a day slow
    _skewed(monkeypatch, DAY_MS)
    amy = _laptop(server, tmp_path, "amy")  # a day fast
    # the lead's clock is fast too, but within what the server allows (5 minutes)
    _skewed(monkeypatch, 299_000)
    lea = _laptop(server, tmp_path, "lea")
    monkeypatch.undo()

    # slow: ben's edits, a day old by their stamps, apply where nothing newer is held
    with ben.store.write.begin() as s:
        slow = new_account(s, name="Slow Clock Co", owner_id=ids["ben"], team_id=ids["East"])
        update_account_field(s, slow, "region", "ben's first")
    report = ben.sync()
    assert (report.refused, report.lost_fields) == (0, 0)
    lea.sync()
    with lea.store.write.begin() as s:
        update_account_field(s, slow, "region", "lea's")
    lea.sync()
    ben.sync()  # ben has now seen lea's edit, so his next edit orders after it
    with ben.store.write.begin() as s:
        update_account_field(s, slow, "region", "ben's after seeing lea's")
    report = ben.sync()
    assert (report.refused, report.lost_fields) == (0, 0)

    # fast: amy's edit is stamped a day ahead; the server clamps it to now + 5 minutes
    with lea.store.write.begin() as s:
        fast = new_account(s, name="Fast Clock Co", owner_id=ids["amy"], team_id=ids["East"])
    lea.sync()
    amy.sync()
    with amy.store.write.begin() as s:
        update_account_field(s, fast, "region", "amy's, a day ahead")
    amy.sync()
    time.sleep(1.5)
    # lea had not seen it; her edit, made later, beats the clamped stamp (unclamped, a
    # day ahead, amy's would beat every edit made before tomorrow)
    with lea.store.write.begin() as s:
        update_account_field(s, fast, "region", "lea's, made later")
    report = lea.sync()
    assert (report.refused, report.lost_fields) == (0, 0), report.conflicts
    sync_until_quiet([ben, amy, lea])
    with db.session() as session:
        regions = {a.name: a.region for a in session.scalars(select(Account))}
        kept = {(c.lost_value, c.kept_value) for c in session.scalars(select(Conflict))}
    assert regions == {"Slow Clock Co": "ben's after seeing lea's",
                       "Fast Clock Co": "lea's, made later"}
    assert ("amy's, a day ahead", "lea's, made later") in kept  # the loser is kept
    with amy.store.session() as s:
        assert [c.my_value for c in s.scalars(select(LocalConflict))] == [
            "amy's, a day ahead"]
    for laptop in (ben, amy, lea):
        assert mirror_problems(db, laptop) == []
        laptop.close()


# ---- (f) pushes from several laptops while another pulls -------------------------------

@pytest.mark.parametrize("server", ["postgres", "sqlite"], indirect=True)
def test_laptops_pushing_at_once_while_another_pulls_skip_nothing(
        server: Server, tmp_path: Path) -> None:
    _http, db, _url = server
    add_people(server)
    writers = [_laptop(server, tmp_path, name) for name in ("amy", "ben", "wes", "lea")]
    reader = _laptop(server, tmp_path, "root", page=5)
    rounds = 12 if LARGE else 2
    stop = threading.Event()
    failures: list[BaseException] = []

    def work(laptop: Laptop) -> None:
        try:
            team = laptop.viewer.team_id
            for n in range(rounds):
                with laptop.store.write.begin() as s:
                    account = new_account(s, name=f"{laptop.username} race {n}",
                                          owner_id=laptop.viewer.user_id, team_id=team)
                    new_contact(s, account, name=f"{laptop.username} contact {n}")
                    log_activity(s, account, laptop.viewer.user_id, ActivityInput(
                        ActivityKind.CALL, Outcome.REACHED, f"{laptop.username} {n}",
                        date(2026, 12, 1)))
                laptop.sync()
        except BaseException as exc:  # reported by the main thread
            failures.append(exc)

    def read() -> None:
        try:
            while not stop.is_set():
                reader.sync()
        except BaseException as exc:
            failures.append(exc)

    puller = threading.Thread(target=read)
    threads = [threading.Thread(target=work, args=(w,)) for w in writers]
    puller.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(300)
    stop.set()
    puller.join(300)
    assert failures == []
    reader.sync()
    seqs = _delivered(reader)
    assert len(seqs) == len(set(seqs)), "a change arrived twice"
    assert seqs == _visible_seqs(db, reader), "a change was skipped"
    with db.session() as session:
        accounts = session.scalar(select(func.count()).select_from(Account))
        activities = session.scalar(select(func.count()).select_from(Activity))
    assert accounts == activities == len(writers) * rounds
    sync_until_quiet([*writers, reader])
    for laptop in (*writers, reader):
        assert mirror_problems(db, laptop) == [], laptop.username
        laptop.close()
