"""Moving people and their books with `crmdesk-server user reassign-book | move-team`,
through the real CLI, with real laptops syncing over HTTP (PostgreSQL and SQLite)."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from crmdesk.domain.activity import ActivityKind, Outcome
from crmdesk.domain.pool import Why
from crmdesk.server.db import ServerDB
from crmdesk.server.schema import FieldStamp, ServerChange
from crmdesk.store import queries as q
from crmdesk.store.family import descendants
from crmdesk.store.models import Account, Activity, Contact, Role, User
from crmdesk.store.refusals import Refused
from crmdesk.store.writes import (
    ActivityInput,
    claim,
    log_activity,
    merge_accounts,
    new_account,
    new_contact,
    reassign,
)
from tests.server_fixtures import PASSWORD, database_url, server_cli, server_cli_here
from tests.test_server_sync import Client, _account, _people
from tests.test_sync import Laptop

Server = tuple[httpx.Client, ServerDB, str]
TODAY = date(2026, 11, 25)
BOOK_TABLES = ("accounts", "contacts", "activities")


@pytest.fixture
def office(server: Server, tmp_path: Path) -> Iterator[tuple[dict[str, Any], dict[str, Laptop],
                                                             ServerDB, str]]:
    """East: reps amy and ben, lead lea; West: rep wes and lead wil. Everyone's laptop."""
    http, db, url = server
    ids = _people(server)
    made = server_cli_here("user", "add", "wil", "--team", "West", "--role", "lead",
                           "--database-url", url, password=PASSWORD)
    assert made.returncode == 0, made.stderr
    with db.session() as session:
        ids["wil"] = session.scalars(select(User.id).where(User.username == "wil")).one()
    laptops = {name: Laptop(tmp_path, http, name) for name in ("amy", "ben", "lea", "wes",
                                                                "wil")}
    yield ids, laptops, db, url
    for laptop in laptops.values():
        laptop.close()


def _amys_book(ids: dict[str, Any], amy: Laptop, lea: Laptop) -> dict[str, set[uuid.UUID]]:
    """Two live accounts of amy's and a merged-away (tombstoned) one, with contacts and
    activities (one written by the lead); synced. Returns the ids by table."""
    with amy.store.write.begin() as s:
        acme = new_account(s, name="Acme Trading Ltd.", owner_id=ids["amy"],
                           team_id=ids["East"])
        li = new_contact(s, acme, name="Li Wei", mobile="138 1234 5678")
        log_activity(s, acme, ids["amy"], ActivityInput(ActivityKind.CALL, Outcome.REACHED,
                                                        "first call", contact_id=li))
        bolt = new_account(s, name="Bolt Machinery", owner_id=ids["amy"], team_id=ids["East"])
        new_contact(s, bolt, name="Zhao Min", mobile="139 8765 4321")
        dup = new_account(s, name="Bolt Machinery Co", owner_id=ids["amy"],
                          team_id=ids["East"])
        merge_accounts(s, bolt, dup)  # the duplicate stays, tombstoned
    amy.sync()
    lea.sync()
    with lea.store.write.begin() as s:
        log_activity(s, acme, ids["lea"], ActivityInput(ActivityKind.NOTE, None,
                                                        "lead's review"))
    lea.sync()
    amy.sync()
    return {"accounts": {acme, bolt, dup}} | _rows_of(amy.store.path, {acme, bolt, dup})


def _rows_of(path: Path, accounts: set[uuid.UUID]) -> dict[str, set[uuid.UUID]]:
    """Contacts and activities of these accounts in a laptop's file, read raw."""
    with sqlite3.connect(path) as raw:
        out = {}
        for table in ("contacts", "activities"):
            out[table] = {uuid.UUID(hex=r[0]) for r in raw.execute(
                f"SELECT id FROM {table} WHERE account_id IN "
                f"({','.join('?' * len(accounts))})", [a.hex for a in accounts])}
    return out


def _held(path: Path, book: dict[str, set[uuid.UUID]]) -> dict[str, set[uuid.UUID]]:
    """Which of the book's rows a laptop's SQLite file holds, read without crmdesk."""
    raw = sqlite3.connect(path)
    try:
        return {table: {uuid.UUID(hex=r[0]) for r in raw.execute(f"SELECT id FROM {table}")
                        } & ids for table, ids in book.items()}
    finally:
        raw.close()


def _named(db: ServerDB, name: str) -> Account:
    """The server's account called `name`."""
    with db.session() as session:
        account = session.scalars(select(Account).where(Account.name == name)).one()
        session.expunge(account)
        return account


def _none(book: dict[str, set[uuid.UUID]]) -> dict[str, set[uuid.UUID]]:
    return {table: set() for table in book}


def _owners(db: ServerDB, book: dict[str, set[uuid.UUID]]) -> set[tuple[Any, Any]]:
    """The distinct (owner, team) of the book's rows on the server."""
    out = set()
    models: tuple[Any, ...] = (Account, Contact, Activity)
    with db.session() as session:
        for model in models:
            rows = session.scalars(select(model).where(
                model.id.in_(book[model.__tablename__])))
            out |= {(r.owner_id, r.team_id) for r in rows}
    return out


def test_a_leaving_reps_book_moves_whole_to_a_colleague(office: Any) -> None:
    ids, laptops, db, url = office
    amy, ben, lea = laptops["amy"], laptops["ben"], laptops["lea"]
    book = _amys_book(ids, amy, lea)
    assert len(book["contacts"]) == 2 and len(book["activities"]) == 2
    assert _held(amy.store.path, book) == book and _held(ben.store.path, book) == _none(book)
    with lea.store.write.begin() as s:
        # the lead gives an account to herself, offline
        acme = s.scalars(select(Account.id).where(Account.name == "Acme Trading Ltd.")).one()
        reassign(s, acme, ids["lea"], TODAY)

    done = server_cli_here("user", "reassign-book", "amy", "--to", "ben",
                           "--database-url", url)
    assert done.returncode == 0, done.stderr
    # 3 accounts, 2 contacts, 2 notes, the person the first call was with
    assert "Moved 3 account(s), 8 row(s)" in done.stdout

    assert _owners(db, book) == {(ids["ben"], ids["East"])}
    with db.session() as session:  # every row of each account, as store/family.py has it
        assert {(r.owner_id, r.team_id) for a in book["accounts"]
                for r in descendants(session, a)} == {(ids["ben"], ids["East"])}
    for laptop in (lea, amy, ben, lea):
        laptop.sync()
    # the lead's earlier offline edit of the owner lost to the later move
    assert _owners(db, book) == {(ids["ben"], ids["East"])}
    assert _held(amy.store.path, book) == _none(book)  # nothing of it left on amy's laptop
    assert _held(ben.store.path, book) == book  # whole, the tombstoned account too
    assert _held(lea.store.path, book) == book  # the lead still sees it all
    with ben.store.session() as s:
        assert {a.notes for a in s.scalars(select(Activity))} == {"first call",
                                                                   "lead's review"}
        assert s.scalars(select(Account.deleted).where(Account.name == "Bolt Machinery Co")
                         ).one() is True
    with db.session() as session:
        marks = session.scalars(select(FieldStamp).where(
            FieldStamp.row_id.in_(book["contacts"]), FieldStamp.field == "owner_id")).all()
        seqs = {c.row_id: c.seq for c in session.scalars(select(ServerChange).where(
            ServerChange.row_id.in_(book["contacts"]), ServerChange.owner_id == ids["ben"]))}
    assert {m.row_id: m.seq for m in marks} == seqs and len(seqs) == 2
    assert all(m.client_id == "server" and m.stamp.endswith("-server") for m in marks)


def test_a_book_to_the_pool_stays_whole_for_the_team(office: Any) -> None:
    ids, laptops, db, url = office
    amy, ben, lea = laptops["amy"], laptops["ben"], laptops["lea"]
    book = _amys_book(ids, amy, lea)
    ben.sync()
    done = server_cli_here("user", "reassign-book", "amy", "--pool", "--database-url", url)
    assert done.returncode == 0, done.stderr
    assert "Moved 3 account(s)" in done.stdout and "the team pool" in done.stdout
    for laptop in (amy, ben, lea, laptops["wes"]):
        laptop.sync()
    assert _owners(db, book) == {(None, ids["East"])}
    assert _held(ben.store.path, book) == book == _held(lea.store.path, book)
    assert _held(amy.store.path, book) == book  # amy is still in East: the pool is hers too
    assert _held(laptops["wes"].store.path, book) == _none(book)
    # released from amy, as her own release would be: she waits out the cooling-off to
    # claim one back, and each live account's timeline says it went to the pool
    today = datetime.now(UTC).date()
    acme, bolt, dup = (_named(db, name) for name in ("Acme Trading Ltd.", "Bolt Machinery",
                                                     "Bolt Machinery Co"))
    for account in (acme, bolt):
        assert (account.pool_returned_from, account.pool_return_why) == (ids["amy"],
                                                                         Why.RELEASED)
        assert account.pool_returned_at is not None
        assert account.pool_returned_at.date() in (today, today - timedelta(days=1))
    assert dup.pool_returned_from is None  # a tombstone is nobody's to claim
    with amy.store.write.begin() as s, pytest.raises(Refused, match="claim it again from"):
        claim(s, acme.id, ids["amy"], today)
    with ben.store.session() as s:
        assert q.timeline(s, acme.id)[0].notes == (
            "Given to the team pool from amy by an administrator.")


def test_a_rep_moving_team_takes_the_book_along(office: Any) -> None:
    ids, laptops, db, url = office
    amy, lea, wil, wes = (laptops[n] for n in ("amy", "lea", "wil", "wes"))
    book = _amys_book(ids, amy, lea)
    done = server_cli_here("user", "move-team", "amy", "--team", "West", "--book", "keep",
                           "--database-url", url)
    assert done.returncode == 0, done.stderr
    assert "3 account(s)" in done.stdout
    assert _owners(db, book) == {(ids["amy"], ids["West"])}
    for laptop in (amy, lea, wil, wes, laptops["ben"]):
        laptop.sync()
    assert _held(lea.store.path, book) == _none(book)  # the old lead loses it
    assert _held(wil.store.path, book) == book  # the new lead gets it whole
    assert _held(amy.store.path, book) == book
    assert _held(wes.store.path, book) == _none(book)  # a teammate: not theirs
    with wil.store.session() as s:  # the lead's note arrived with its author
        authors = set(s.scalars(select(User.username).join(
            Activity, Activity.author_id == User.id)))
    assert authors == {"amy", "lea"}
    for laptop in (lea, wil):  # everyone knows amy's new team
        with laptop.store.session() as s:
            assert s.scalars(select(User.team_id).where(User.username == "amy")
                             ).one() == ids["West"]


def test_a_lead_moving_team_keeps_the_lead_role(office: Any) -> None:
    ids, laptops, db, url = office
    lea, wil = laptops["lea"], laptops["wil"]
    with lea.store.write.begin() as s:
        mine = new_account(s, name="Lead's Own Co", owner_id=ids["lea"], team_id=ids["East"])
    lea.sync()
    done = server_cli_here("user", "move-team", "lea", "--team", "West", "--book", "keep",
                           "--database-url", url)
    assert done.returncode == 0, done.stderr
    with db.session() as session:
        moved = session.scalars(select(User).where(User.username == "lea")).one()
        assert (moved.role, moved.team_id) == (Role.LEAD, ids["West"])
    wil.sync()
    lea.sync()
    with wil.store.session() as s:
        assert s.get(Account, mine) is not None


@pytest.mark.parametrize("book", [["--book", "pool"], ["--book-to", "ben"]])
def test_a_rep_moving_team_leaves_the_book_whole_in_the_old_team(office: Any,
                                                                  book: list[str]) -> None:
    ids, laptops, db, url = office
    amy, ben, lea = laptops["amy"], laptops["ben"], laptops["lea"]
    rows = _amys_book(ids, amy, lea)
    ben.sync()
    done = server_cli_here("user", "move-team", "amy", "--team", "West", *book,
                           "--database-url", url)
    assert done.returncode == 0, done.stderr
    owner = ids["ben"] if "ben" in book else None
    assert _owners(db, rows) == {(owner, ids["East"])}
    for laptop in (amy, ben, lea, laptops["wil"]):
        laptop.sync()
    # amy's notes stay on the team's laptops, with amy still known as their author
    assert _held(ben.store.path, rows) == rows == _held(lea.store.path, rows)
    with ben.store.session() as s:
        assert s.scalars(select(User.team_id).where(User.username == "amy")
                         ).one() == ids["West"]
    assert _held(laptops["wil"].store.path, rows) == _none(rows)


def test_the_mover_keeps_nothing_of_the_old_team(office: Any) -> None:
    ids, laptops, _db, url = office
    ben, amy = laptops["ben"], laptops["amy"]
    with ben.store.write.begin() as s:
        pool = new_account(s, name="East Pool Co", owner_id=None, team_id=ids["East"])
    ben.sync()
    amy.sync()
    done = server_cli_here("user", "move-team", "amy", "--team", "West", "--book", "keep",
                           "--database-url", url)
    assert done.returncode == 0, done.stderr
    amy.sync()
    assert _held(amy.store.path, {"accounts": {pool}}) == {"accounts": set()}


REFUSALS = [
    (["user", "reassign-book", "nobody", "--pool"], "No user “nobody”"),
    (["user", "reassign-book", "amy", "--to", "nobody"], "No user “nobody”"),
    (["user", "reassign-book", "amy", "--to", "amy"], "to themselves"),
    (["user", "reassign-book", "amy", "--to", "wes"], "not a rep or lead of amy's team"),
    (["user", "reassign-book", "amy", "--to", "gus"], "“gus” is disabled"),
    (["user", "reassign-book", "root", "--pool"], "belongs to no team"),
    (["user", "move-team", "amy", "--team", "Nowhere", "--book", "keep"], "No team “Nowhere”"),
    (["user", "move-team", "amy", "--team", "East", "--book", "keep"], "already in team"),
    (["user", "move-team", "amy", "--team", "West", "--book-to", "wes"], "not a rep or lead"),
    (["user", "move-team", "amy", "--team", "West", "--book-to", "gus"], "is disabled"),
    (["user", "move-team", "root", "--team", "West", "--book", "keep"], "belongs to no team"),
]


def test_a_move_that_cannot_be_made_says_why_and_changes_nothing(server: Server) -> None:
    http, db, url = server
    ids = _people(server)
    assert server_cli_here("user", "add", "gus", "--team", "East", "--database-url", url,
                           password=PASSWORD).returncode == 0
    assert server_cli_here("user", "disable", "gus", "--database-url", url).returncode == 0
    amy = Client(http, ids["amy_auth"], "amy")
    pushed = amy.push(amy.op("accounts", uuid.uuid4(), **_account(ids, "amy", "East",
                                                                  "Stays Co")))
    assert pushed.json()["results"][0]["status"] == "applied", pushed.text

    def state() -> tuple[list[int], list[Any], list[Any]]:
        with db.session() as session:
            return (list(session.scalars(select(ServerChange.seq).order_by(ServerChange.seq))),
                    list(session.scalars(select(User.team_id).order_by(User.username))),
                    list(session.scalars(select(Account.owner_id))))

    before = state()
    assert before[2] == [ids["amy"]]
    for args, message in REFUSALS:
        refused = server_cli_here(*args, "--database-url", url)
        assert refused.returncode == 2, (args, refused.stderr)
        assert message in refused.stderr, (args, refused.stderr)
        assert "Traceback" not in refused.stderr + refused.stdout
        assert state() == before, args


def test_the_installed_command_refuses_with_status_2(tmp_path: Path) -> None:
    """Once as a separate process: the entry point, its exit status and its output."""
    with database_url("sqlite", tmp_path) as url:
        assert server_cli_here("init", "--database-url", url, "--admin", "root",
                               password=PASSWORD).returncode == 0
        bad = server_cli("user", "reassign-book", "root", "--pool", "--database-url", url)
    assert bad.returncode == 2 and "belongs to no team" in bad.stderr
    assert "Traceback" not in bad.stderr
