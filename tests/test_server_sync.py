"""Push and pull on the server, checked on the raw HTTP responses (PostgreSQL and SQLite)."""

from __future__ import annotations

import threading
import uuid
from typing import Any

import httpx
from sqlalchemy import event, func, select

from crmdesk.domain.scope import LEADS_ONLY
from crmdesk.hlc import Stamp
from crmdesk.protocol import PROTOCOL_VERSION
from crmdesk.server.db import ServerDB
from crmdesk.server.schema import AppliedOp, Conflict, FieldStamp, ServerChange
from crmdesk.store.models import Account, DealChange, StageSetting, Team, User, synced_models
from crmdesk.store.records import APPEND_ONLY
from tests.server_fixtures import PASSWORD, login, server_cli_here

Server = tuple[httpx.Client, ServerDB, str]
DAY_MS = 24 * 3600 * 1000
NOW_MS = 1_790_000_000_000  # 2026-09: earlier than the test machine's clock


def _people(server: Server) -> dict[str, Any]:
    """East: reps amy and ben, lead lea; West: rep wes. Returns tokens and ids."""
    http, db, url = server
    server_cli_here("team", "add", "West", "--database-url", url)
    for name, team, role in (("ben", "East", "rep"), ("lea", "East", "lead"),
                             ("wes", "West", "rep")):
        made = server_cli_here("user", "add", name, "--team", team, "--role", role,
                               "--database-url", url, password=PASSWORD)
        assert made.returncode == 0, made.stderr
    out: dict[str, Any] = {}
    with db.session() as session:
        for user in session.scalars(select(User)):
            out[user.username] = user.id
        for team in session.scalars(select(Team)):
            out[team.name] = team.id
    for name in ("amy", "ben", "lea", "wes", "root"):
        token = login(http, name, PASSWORD).json()["token"]
        out[f"{name}_auth"] = {"Authorization": f"Bearer {token}"}
    return out


class Client:
    """A laptop as the server sees it: a client id, a clock, a sequence number."""

    def __init__(self, http: httpx.Client, auth: dict[str, str], name: str,
                 skew_ms: int = 0) -> None:
        self.http, self.auth, self.name = http, auth, name
        self.seq, self.tick, self.skew, self.cursor = 0, 0, skew_ms, 0

    def op(self, entity: str, row_id: uuid.UUID, **fields: Any) -> dict[str, Any]:
        self.seq += 1
        self.tick += 1
        stamp = Stamp(NOW_MS + self.skew, self.tick, self.name).encode()
        return {"op_id": str(uuid.uuid4()), "seq": self.seq, "entity": entity,
                "row_id": str(row_id), "fields": fields, "stamp": stamp}

    def push(self, *ops: dict[str, Any]) -> httpx.Response:
        return self.http.post("/v1/push", headers=self.auth, json={
            "client_id": self.name, "protocol": PROTOCOL_VERSION, "ops": list(ops)})

    def pull(self, entity: str | None = "accounts") -> list[dict[str, Any]]:
        """Changes since the last pull (of one kind of record; None: all kinds)."""
        changes: list[dict[str, Any]] = []
        while True:
            body = self.http.get("/v1/changes", headers=self.auth,
                                 params={"cursor": self.cursor, "limit": 50}).json()
            changes += [c for c in body["changes"] if entity is None or c["entity"] == entity]
            self.cursor = body["cursor"]
            if not body["more"]:
                return changes


def _account(ids: dict[str, Any], owner: str | None, team: str, name: str) -> dict[str, Any]:
    return {"name": name, "name_key": name.lower(), "status": "lead",
            "owner_id": ids[owner].hex if owner else None, "team_id": ids[team].hex,
            "custom_fields": {}, "value_score": 0, "deleted": False}


def test_scope_on_every_pull_and_push(server: Server) -> None:
    http, db, _url = server
    ids = _people(server)
    amy, ben, lea, wes = (Client(http, ids[f"{n}_auth"], n) for n in ("amy", "ben", "lea",
                                                                       "wes"))
    mine, pool = uuid.uuid4(), uuid.uuid4()
    pushed = amy.push(amy.op("accounts", mine, **_account(ids, "amy", "East", "Acme")),
                      amy.op("accounts", pool, **_account(ids, None, "East", "Pool Co")))
    assert [r["status"] for r in pushed.json()["results"]] == ["applied", "applied"]
    seen = {name: {c["row_id"] for c in client.pull() if c["row"]}
            for name, client in (("amy", amy), ("ben", ben), ("lea", lea), ("wes", wes))}
    assert seen["amy"] == {str(mine), str(pool)}
    assert seen["ben"] == {str(pool)}  # a teammate sees the pool, not amy's own account
    assert seen["lea"] == {str(mine), str(pool)}  # the lead sees the whole team
    assert seen["wes"] == set()  # another team sees nothing of it

    with db.session() as session:
        before = session.scalar(select(func.count()).select_from(ServerChange))
    forged = wes.push(wes.op("accounts", mine, name="Stolen"),
                      wes.op("accounts", uuid.uuid4(), **_account(ids, "amy", "East", "Fake")))
    assert [r["status"] for r in forged.json()["results"]] == ["refused", "refused"]
    assert all("another person or team" in r["reason"] for r in forged.json()["results"])
    moved = amy.push(amy.op("accounts", mine, team_id=ids["West"].hex))
    assert moved.json()["results"][0]["status"] == "refused"
    users = amy.push(amy.op("users", ids["amy"], role="admin"))
    assert "cannot be changed by sync" in users.json()["results"][0]["reason"]
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(ServerChange)) == before
    assert [c["row"]["name"] for c in lea.pull()] == []  # nothing changed for anyone


def test_a_reassigned_account_leaves_the_old_owner_and_arrives_whole(server: Server) -> None:
    http, _db, _url = server
    ids = _people(server)
    amy, ben, lea = (Client(http, ids[f"{n}_auth"], n) for n in ("amy", "ben", "lea"))
    account = uuid.uuid4()
    amy.push(amy.op("accounts", account, **_account(ids, "amy", "East", "Moving Co")))
    assert [c["row_id"] for c in amy.pull()] == [str(account)]
    assert ben.pull() == []
    handed = lea.push(lea.op("accounts", account, owner_id=ids["ben"].hex))
    assert handed.json()["results"][0]["status"] == "applied"
    gone = amy.pull()
    assert [(c["row_id"], c["row"]) for c in gone] == [(str(account), None)]  # delete it
    arrived = ben.pull()
    assert len(arrived) == 1 and arrived[0]["row"]["name"] == "Moving Co"  # the whole row
    assert arrived[-1]["row"]["owner_id"] == ids["ben"].hex


def test_a_sign_in_pushes_only_for_its_own_workspace(server: Server) -> None:
    http, _db, _url = server
    ids = _people(server)
    impostor = Client(http, ids["ben_auth"], "amy")  # ben's token, amy's workspace id
    refused = impostor.push(impostor.op("accounts", uuid.uuid4(),
                                        **_account(ids, "ben", "East", "Sneaky Co")))
    assert refused.status_code == 403 and "another workspace" in refused.json()["detail"]
    amy = Client(http, ids["amy_auth"], "amy")
    op = amy.op("accounts", uuid.uuid4(), **_account(ids, "amy", "East", "Own Co"))
    assert amy.push(op).json()["results"][0]["status"] == "applied"
    # ben signs in again naming amy's workspace and replays her op id: no answer of hers
    token = login(http, "ben", PASSWORD, client_id="amy").json()["token"]
    ben_as_amy = Client(http, {"Authorization": f"Bearer {token}"}, "amy")
    replay = ben_as_amy.push({**op, "fields": {"name": "Hijack"}}).json()["results"][0]
    assert replay["status"] == "refused" and "already used" in replay["reason"]


def test_retried_pushes_apply_once(server: Server) -> None:
    http, db, _url = server
    ids = _people(server)
    amy = Client(http, ids["amy_auth"], "amy")
    ops = [amy.op("accounts", uuid.uuid4(), **_account(ids, "amy", "East", f"Co {n}"))
           for n in range(3)]
    first = amy.push(*ops).json()
    with db.session() as session:
        count = session.scalar(select(func.count()).select_from(ServerChange))
    again = amy.push(*reversed(ops)).json()  # duplicated and reordered
    assert sorted(first["results"], key=lambda r: r["op_id"]) == sorted(
        again["results"], key=lambda r: r["op_id"])
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(ServerChange)) == count


def test_a_push_writes_each_field_stamp_once_with_the_change_that_set_it(
        server: Server) -> None:
    """A push's field stamps are written in one statement, each with the position of the
    change that set its value: never inserted and then updated with it (a second write
    of every stamp). A field edited twice in one push holds the later edit; one given
    the value it holds keeps the change that set it, with the newer stamp."""
    http, db, _url = server
    ids = _people(server)
    amy = Client(http, ids["amy_auth"], "amy")
    first, second = uuid.uuid4(), uuid.uuid4()
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        statements.append(" ".join(statement.split()))

    def stamp_writes() -> list[str]:
        return [q for q in statements if "server_field_stamps" in q
                and not q.upper().startswith("SELECT")]

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        made = amy.push(amy.op("accounts", first, **_account(ids, "amy", "East", "One")),
                        amy.op("accounts", second, **_account(ids, "amy", "East", "Two")))
        assert [r["status"] for r in made.json()["results"]] == ["applied"] * 2
        assert len(stamp_writes()) == 1, stamp_writes()
        statements.clear()
        ops = [amy.op("accounts", first, region="North"),
               amy.op("accounts", first, region="South"),
               amy.op("accounts", second, name="Two")]  # the value it holds
        edited = amy.push(*ops).json()
        assert [r["status"] for r in edited["results"]] == ["applied"] * 3
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    writes = stamp_writes()
    assert len(writes) == 1 and not writes[0].upper().startswith("UPDATE"), writes
    with db.session() as session:
        def newest(row_id: uuid.UUID) -> int | None:
            return session.scalar(select(func.max(ServerChange.seq))
                                  .where(ServerChange.row_id == row_id))

        region = session.get(FieldStamp, ("accounts", first, "region"))
        assert region is not None and region.seq == newest(first) and region.seq > 0
        assert (region.stamp, region.client_id, region.user_id) == (
            ops[1]["stamp"], "amy", ids["amy"])
        assert session.get(Account, first).region == "South"  # type: ignore[union-attr]
        name = session.get(FieldStamp, ("accounts", second, "name"))
        assert name is not None and name.stamp == ops[2]["stamp"]
        assert name.seq == newest(second)  # the creation's: no change since
        assert session.scalar(select(func.count()).select_from(ServerChange).where(
            ServerChange.row_id == second)) == 1
        assert session.scalar(select(func.count()).select_from(AppliedOp).where(
            AppliedOp.client_id == "amy")) == 5


def test_field_level_conflicts_keep_the_loser(server: Server) -> None:
    http, db, _url = server
    ids = _people(server)
    amy = Client(http, ids["amy_auth"], "amy")
    lea = Client(http, ids["lea_auth"], "lea")
    account = uuid.uuid4()
    amy.push(amy.op("accounts", account, **_account(ids, "amy", "East", "Field Co")))
    # different fields: both survive
    lea.tick = 10
    lea.push(lea.op("accounts", account, region="Zhejiang"))
    amy.push(amy.op("accounts", account, industry="Retail"))
    # same field: the later stamp wins, whoever pushes last
    lea.tick = 20
    late = lea.op("accounts", account, address="Lea's address")
    early = amy.op("accounts", account, address="Amy's address")  # amy.tick is 3
    assert lea.push(late).json()["results"][0]["status"] == "applied"
    lost = amy.push(early).json()["results"][0]
    assert lost["status"] == "refused" and lost["lost"] == ["address"]
    rows = [c["row"] for c in Client(http, ids["root_auth"], "root").pull()
            if c["row_id"] == str(account)]
    final = rows[-1]
    assert (final["region"], final["industry"], final["address"]) == (
        "Zhejiang", "Retail", "Lea's address")
    with db.session() as session:
        conflict = session.scalars(select(Conflict)).one()
    assert (conflict.field, conflict.kept_value, conflict.lost_value) == (
        "address", "Lea's address", "Amy's address")
    assert conflict.lost_user_id == ids["amy"]


def test_a_clock_a_day_fast_cannot_win_every_conflict(server: Server) -> None:
    http, _db, _url = server
    ids = _people(server)
    fast = Client(http, ids["amy_auth"], "amy", skew_ms=400 * DAY_MS)  # years ahead
    honest = Client(http, ids["lea_auth"], "lea", skew_ms=0)
    account = uuid.uuid4()
    fast.push(fast.op("accounts", account, **_account(ids, "amy", "East", "Skew Co")))
    fast.push(fast.op("accounts", account, region="from the fast laptop"))
    # an edit made after it, by a laptop whose clock is right, still wins (the fast
    # stamp was clamped to the server's time plus five minutes)
    import time

    honest.skew = time.time_ns() // 1_000_000 - NOW_MS + 10 * 60 * 1000
    result = honest.push(honest.op("accounts", account, region="from the honest laptop"))
    assert result.json()["results"][0]["status"] == "applied"
    # clamped stamps of one laptop tie; its later edit still beats its earlier one
    first = fast.op("accounts", account, address="first")
    second = fast.op("accounts", account, address="second")
    answers = fast.push(first, second).json()["results"]
    assert [r["status"] for r in answers] == ["applied", "applied"]
    rows = [c["row"] for c in Client(http, ids["root_auth"], "root").pull()
            if c["row_id"] == str(account)]
    assert rows[-1]["address"] == "second"


def test_bad_operations_are_refused_with_a_reason(server: Server) -> None:
    http, db, _url = server
    ids = _people(server)
    amy = Client(http, ids["amy_auth"], "amy")
    account = uuid.uuid4()
    amy.push(amy.op("accounts", account, **_account(ids, "amy", "East", "Input Co")))
    cases = [
        (amy.op("spaceships", uuid.uuid4(), name="x"), "cannot be changed by sync"),
        (amy.op("accounts", account, colour="red"), "no field “colour”"),
        (amy.op("accounts", account, value_score="high"), "wrong type"),
        (amy.op("accounts", account, name=None), "may not be empty"),
        (amy.op("accounts", account, name="x" * 400), "at most 300 characters; this one has 400"),
        (amy.op("accounts", account, status="signed"), "wrong type"),
        (amy.op("accounts", account, id=str(uuid.uuid4())), "no field “id”"),
        ({**amy.op("accounts", account, region="x"), "stamp": "yesterday"}, "Bad clock stamp"),
        (amy.op("accounts", account, value_score=2**64), "out of range"),
        (amy.op("accounts", account, region="nul\x00here"), "NUL character"),
    ]
    body = amy.push(*(op for op, _ in cases)).json()
    for result, (_op, reason) in zip(body["results"], cases, strict=True):
        assert result["status"] == "refused" and reason in result["reason"], result
    for payload, status in ((b"{oops", 422), (b'{"client_id": "x"}', 422)):
        response = http.post("/v1/push", headers=ids["amy_auth"], content=payload)
        assert response.status_code == status
    wrong = http.post("/v1/push", headers=ids["amy_auth"], json={
        "client_id": "x", "protocol": 99, "ops": []})
    assert wrong.status_code == 400 and "update the server" in wrong.json()["detail"]
    assert http.get("/v1/changes", headers=ids["amy_auth"],
                    params={"cursor": -1}).status_code == 422
    assert http.post("/v1/push", json={"client_id": "x", "protocol": 1, "ops": []}
                     ).status_code == 401
    from crmdesk.store.models import Account

    with db.session() as session:
        row = session.get(Account, account)
        assert row is not None and (row.name, row.region, row.value_score) == (
            "Input Co", None, 0)  # nothing of the refused operations was written
    big = amy.push(amy.op("opportunities", uuid.uuid4(), account_id=account.hex,
                          name="Big deal", amount=3_000_000_000_00, currency="CNY",
                          stage="proposal", probability=50, owner_id=ids["amy"].hex,
                          team_id=ids["East"].hex, deleted=False))
    assert big.json()["results"][0]["status"] == "applied"  # 3 billion CNY in fen fits


def test_concurrent_pushes_never_make_a_pull_skip_a_change(server: Server) -> None:
    http, db, _url = server
    ids = _people(server)
    writers = [Client(http, ids[f"{n}_auth"], n) for n in ("amy", "ben", "lea")]
    reader = Client(http, ids["root_auth"], "root")
    seen: list[int] = []
    done = threading.Event()

    def write(client: Client, owner: str) -> None:
        with httpx.Client(base_url=str(http.base_url), timeout=30) as own:
            client.http = own
            for batch in range(8):
                ops = [client.op("accounts", uuid.uuid4(),
                                 **_account(ids, owner, "East", f"{client.name} {batch}.{n}"))
                       for n in range(5)]
                assert all(r["status"] == "applied"
                           for r in client.push(*ops).json()["results"])

    def read() -> None:
        with httpx.Client(base_url=str(http.base_url), timeout=30) as own:
            reader.http = own
            while not done.is_set():
                seen.extend(c["seq"] for c in reader.pull(None))
            seen.extend(c["seq"] for c in reader.pull(None))

    threads = [threading.Thread(target=write, args=(c, o))
               for c, o in zip(writers, ("amy", "ben", "lea"), strict=True)]
    puller = threading.Thread(target=read)
    puller.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    done.set()
    puller.join(120)
    with db.session() as session:
        every = list(session.scalars(select(ServerChange.seq).order_by(ServerChange.seq)))
        accounts = session.scalar(select(func.count()).where(ServerChange.entity == "accounts"))
    assert accounts == 3 * 8 * 5
    assert seen == every  # each change exactly once, in order, none skipped


def _contact(account: uuid.UUID, name: str, **extra: Any) -> dict[str, Any]:
    return {"account_id": account.hex, "name": name, "is_key_person": False, "deleted": False,
            **extra}


def test_an_accounts_rows_follow_it_whatever_the_op_says(server: Server) -> None:
    http, _db, _url = server
    ids = _people(server)
    amy, ben, lea = (Client(http, ids[f"{n}_auth"], n) for n in ("amy", "ben", "lea"))
    pool, contact = uuid.uuid4(), uuid.uuid4()
    # a contact claiming another owner gets its account's owner and team (the pool)
    answer = amy.push(amy.op("accounts", pool, **_account(ids, None, "East", "Pool Co")),
                      amy.op("contacts", contact, **_contact(pool, "Li Wei",
                                                             owner_id=ids["wes"].hex,
                                                             team_id=ids["West"].hex)))
    assert [r["status"] for r in answer.json()["results"]] == ["applied", "applied"]
    pulled = {c["row_id"]: c["row"] for c in ben.pull(None) if c["entity"] == "contacts"}
    assert pulled[str(contact)]["owner_id"] is None
    assert pulled[str(contact)]["team_id"] == ids["East"].hex
    assert {c["row_id"] for c in amy.pull(None)} >= {str(pool), str(contact)}
    # ben claims the pool account (the op names only the account): its contact goes too
    claimed = ben.push(ben.op("accounts", pool, owner_id=ids["ben"].hex))
    assert claimed.json()["results"][0]["status"] == "applied"
    gone = [c for c in amy.pull(None) if c["row_id"] in {str(pool), str(contact)}]
    assert gone and all(c["row"] is None for c in gone)  # amy no longer sees either
    mine = {c["row_id"]: c["row"] for c in ben.pull(None)}
    assert mine[str(contact)]["owner_id"] == ids["ben"].hex
    assert {c["row_id"] for c in lea.pull(None)} >= {str(pool), str(contact)}
    # a child of an account I may not write is refused, and so is one with no account
    stray = amy.push(amy.op("contacts", uuid.uuid4(), **_contact(pool, "Sneaky")),
                     amy.op("contacts", uuid.uuid4(), **_contact(uuid.uuid4(), "Orphan")))
    results = stray.json()["results"]
    assert [r["status"] for r in results] == ["refused", "refused"]
    # one of no account gets the same answer: it tells nothing of other teams' accounts
    assert results[0]["reason"] == results[1]["reason"]
    assert "another person or team" in results[0]["reason"]


def test_an_owner_must_belong_to_the_rows_team(server: Server) -> None:
    http, _db, _url = server
    ids = _people(server)
    lea = Client(http, ids["lea_auth"], "lea")
    account = uuid.uuid4()
    wrong = lea.push(lea.op("accounts", account, **_account(ids, "wes", "East", "Mixed")))
    result = wrong.json()["results"][0]
    assert result["status"] == "refused" and "member of the record's team" in result["reason"]
    assert result["current"] is None  # nothing of it on the server: the laptop drops it


def test_an_op_not_applied_carries_the_servers_row(server: Server) -> None:
    http, _db, _url = server
    ids = _people(server)
    amy = Client(http, ids["amy_auth"], "amy")
    lea = Client(http, ids["lea_auth"], "lea", skew_ms=60_000)
    account = uuid.uuid4()
    amy.push(amy.op("accounts", account, **_account(ids, "amy", "East", "Acme")))
    lea.push(lea.op("accounts", account, phone="021 1111 2222"))
    late = amy.push(amy.op("accounts", account, phone="021 9999 0000", region="Shanghai"))
    result = late.json()["results"][0]
    assert result["status"] == "partly" and result["lost"] == ["phone"]
    assert result["current"]["phone"] == "021 1111 2222"
    assert result["current"]["region"] == "Shanghai"
    assert result["lost_to"] == {"phone": "lea"}


def test_the_pull_stamp_names_no_other_workspace(server: Server) -> None:
    http, _db, _url = server
    ids = _people(server)
    amy, wes = Client(http, ids["amy_auth"], "amy"), Client(http, ids["wes_auth"], "wes")
    amy.push(amy.op("accounts", uuid.uuid4(), **_account(ids, "amy", "East", "Acme")))
    body = wes.http.get("/v1/changes", headers=wes.auth, params={"cursor": 0}).json()
    assert "amy" not in body["stamp"] and body["stamp"].endswith("-server")
    assert body["head"] >= body["cursor"] > 0


def test_a_later_edit_to_the_same_value_still_holds_the_field(server: Server) -> None:
    http, db, _url = server
    ids = _people(server)
    amy = Client(http, ids["amy_auth"], "amy")
    account = uuid.uuid4()
    amy.push(amy.op("accounts", account, **_account(ids, "amy", "East", "Same Co")))
    desks = {}
    for name, skew in (("lea-desk", 1_000), ("lea-tablet", 2_000), ("lea-laptop", 3_000)):
        token = login(http, "lea", PASSWORD, client_id=name).json()["token"]
        desks[name] = Client(http, {"Authorization": f"Bearer {token}"}, name, skew_ms=skew)
    desk, tablet, laptop = desks["lea-desk"], desks["lea-tablet"], desks["lea-laptop"]
    desk.push(desk.op("accounts", account, phone="021 1111 1111"))
    laptop.push(laptop.op("accounts", account, phone="021 1111 1111"))  # same, but latest
    answer = tablet.push(tablet.op("accounts", account, phone="021 2222 2222")).json()
    assert answer["results"][0]["status"] == "refused"  # earlier than the latest edit
    assert answer["results"][0]["lost"] == ["phone"]
    with db.session() as session:
        row = session.get(Account, account)
        assert row is not None and row.phone == "021 1111 1111"


def _west_and_east(server: Server) -> tuple[dict[str, Any], Client, dict[str, uuid.UUID]]:
    """West (wes) holds an account with a contact and a contract; East (amy) holds two
    accounts, one with a contact and a contract. Returns ids, amy and the row ids."""
    http, _db, _url = server
    ids = _people(server)
    amy, wes = Client(http, ids["amy_auth"], "amy"), Client(http, ids["wes_auth"], "wes")
    rows = {name: uuid.uuid4() for name in ("west", "west_contact", "west_contract", "mine",
                                            "other", "my_contact", "my_contract")}
    for client, owner, team, account, contact, contract in (
            (wes, "wes", "West", "west", "west_contact", "west_contract"),
            (amy, "amy", "East", "mine", "my_contact", "my_contract")):
        made = client.push(
            client.op("accounts", rows[account], **_account(ids, owner, team, account)),
            client.op("contacts", rows[contact], **_contact(rows[account], "Zhang San")),
            client.op("contracts", rows[contract], account_id=rows[account].hex,
                      number="C-1", signed_on="2026-08-01", amount=100_000))
        assert [r["status"] for r in made.json()["results"]] == ["applied"] * 3
    made = amy.push(amy.op("accounts", rows["other"], **_account(ids, "amy", "East", "o")))
    assert made.json()["results"][0]["status"] == "applied"
    return ids, amy, rows


def _activity(account: uuid.UUID, contact: uuid.UUID) -> dict[str, Any]:
    return {"account_id": account.hex, "contact_id": contact.hex, "kind": "call",
            "occurred_at": "2026-09-01T10:00:00", "notes": "called"}


def _relation(account: uuid.UUID, to: uuid.UUID) -> dict[str, Any]:
    return {"from_account_id": account.hex, "to_account_id": to.hex, "kind": "partner_of"}


def _payment(account: uuid.UUID, contract: uuid.UUID) -> dict[str, Any]:
    return {"account_id": account.hex, "contract_id": contract.hex,
            "received_on": "2026-09-02", "amount": 50_000}


def _refused_alike(server: Server, entity: str,
                   fields: Any, theirs: str, mine: str) -> None:
    """amy pushes a row of `entity` on her account naming West's row `theirs`, one naming
    an id no row has, and one naming her own row `mine`: the first two get one answer
    and leave nothing behind; the last is applied."""
    _http, db, _url = server
    _ids, amy, rows = _west_and_east(server)
    with db.session() as session:
        logged = session.scalar(select(func.count()).select_from(ServerChange))
    west, nowhere, own = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    answer = amy.push(amy.op(entity, west, **fields(rows["mine"], rows[theirs])),
                      amy.op(entity, nowhere, **fields(rows["mine"], uuid.uuid4())),
                      amy.op(entity, own, **fields(rows["mine"], rows[mine])))
    assert answer.status_code == 200
    foreign, missing, ordinary = answer.json()["results"]
    assert ordinary["status"] == "applied", ordinary
    assert foreign["status"] == "refused"
    assert "another person or team" in foreign["reason"]
    assert {k: v for k, v in foreign.items() if k != "op_id"} == {
        k: v for k, v in missing.items() if k != "op_id"}  # no telling which exists
    model = synced_models()[entity]
    with db.session() as session:
        assert session.get(model, west) is None and session.get(model, nowhere) is None
        assert session.scalars(select(ServerChange.row_id).where(  # only her ordinary row
            ServerChange.seq > logged, ServerChange.entity == entity)).all() == [own]
    # an edit pointing her own row at West's is refused alike, and changes nothing
    again = amy.push(amy.op(entity, own, **fields(rows["mine"], rows[theirs])))
    result = again.json()["results"][0]
    assert (result["status"], result["reason"]) == (foreign["status"], foreign["reason"])
    assert result["current"]["id"] == own.hex  # her row as it stands, to put back
    with db.session() as session:
        assert session.scalars(select(ServerChange.row_id).where(
            ServerChange.seq > logged, ServerChange.entity == entity)).all() == [own]


def test_an_activity_naming_another_teams_contact_is_refused(server: Server) -> None:
    _refused_alike(server, "activities", _activity, "west_contact", "my_contact")


def test_a_relation_to_another_teams_account_is_refused(server: Server) -> None:
    _refused_alike(server, "account_relations", _relation, "west", "other")


def test_a_payment_on_another_teams_contract_is_refused(server: Server) -> None:
    _refused_alike(server, "payments", _payment, "west_contract", "my_contract")


def test_a_child_of_another_teams_account_gets_the_same_answer_as_one_of_none(
        server: Server) -> None:
    _http, _db, _url = server
    _ids, amy, rows = _west_and_east(server)
    answer = amy.push(amy.op("contacts", uuid.uuid4(), **_contact(rows["west"], "Li")),
                      amy.op("contacts", uuid.uuid4(), **_contact(uuid.uuid4(), "Li")))
    west, nowhere = answer.json()["results"]
    assert west["status"] == nowhere["status"] == "refused"
    assert west["reason"] == nowhere["reason"] and "another person or team" in west["reason"]


def test_rows_may_refer_to_rows_made_earlier_in_the_same_push(server: Server) -> None:
    http, _db, _url = server
    ids = _people(server)
    amy = Client(http, ids["amy_auth"], "amy")
    account, contact, contract = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    answer = amy.push(
        amy.op("accounts", account, **_account(ids, None, "East", "Pool Co")),
        amy.op("contacts", contact, **_contact(account, "Wang Wu")),
        amy.op("activities", uuid.uuid4(), **_activity(account, contact),
               author_id=ids["amy"].hex),
        amy.op("contracts", contract, account_id=account.hex, number="C-9",
               signed_on="2026-08-01", amount=10),
        amy.op("payments", uuid.uuid4(), **_payment(account, contract)))
    assert [r["status"] for r in answer.json()["results"]] == ["applied"] * 5


def test_only_a_lead_changes_the_teams_playbook(server: Server) -> None:
    """A team's stage settings are the pool's rows, which a rep may otherwise change: the
    server refuses a rep's push of one (a laptop's command refuses it alike) and takes
    the lead's."""
    http, db, _url = server
    ids = _people(server)
    amy, lea = Client(http, ids["amy_auth"], "amy"), Client(http, ids["lea_auth"], "lea")
    setting = {"stage": "proposal", "probability": 40, "stuck_days": 20, "todo": "Send it",
               "exit_conditions": [], "owner_id": None, "team_id": ids["East"].hex,
               "deleted": False}
    row = uuid.uuid4()
    refused = amy.push(amy.op("stage_settings", row, **setting)).json()["results"][0]
    assert refused["status"] == "refused"
    assert refused["reason"] == LEADS_ONLY
    with db.session() as session:
        assert session.get(StageSetting, row) is None
    taken = lea.push(lea.op("stage_settings", row, **setting)).json()["results"][0]
    assert taken["status"] == "applied"
    edit = amy.push(amy.op("stage_settings", row, probability=90)).json()["results"][0]
    assert (edit["status"], edit["reason"]) == ("refused", LEADS_ONLY)
    with db.session() as session:
        kept = session.get(StageSetting, row)
        assert kept is not None and kept.probability == 40


def test_a_deals_history_entry_is_never_rewritten(server: Server) -> None:
    """A deal's history is only added to: a push that changes an entry already made is
    refused and the entry stays as it was; new entries keep coming."""
    http, db, _url = server
    ids = _people(server)
    amy = Client(http, ids["amy_auth"], "amy")
    account, deal, entry = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    made = amy.push(
        amy.op("accounts", account, **_account(ids, "amy", "East", "History Ltd")),
        amy.op("opportunities", deal, account_id=account.hex, name="Scanners",
               stage="proposal", amount=100_00, currency="CNY", probability=50),
        amy.op("deal_changes", entry, opportunity_id=deal.hex, field="stage",
               old_value="qualify", new_value="proposal",
               changed_at="2026-11-02T10:00:00", changed_by=ids["amy"].hex))
    assert [r["status"] for r in made.json()["results"]] == ["applied"] * 3
    rewrite = amy.push(amy.op("deal_changes", entry, new_value="won")).json()["results"][0]
    assert (rewrite["status"], rewrite["reason"]) == ("refused", APPEND_ONLY)
    again = amy.push(amy.op("deal_changes", entry, new_value="proposal",
                            old_value="qualify")).json()["results"][0]
    assert again["status"] == "applied"  # what it holds already: nothing rewritten
    later = amy.push(amy.op("deal_changes", uuid.uuid4(), opportunity_id=deal.hex,
                            field="stage", old_value="proposal", new_value="won",
                            changed_at="2026-11-09T10:00:00", changed_by=ids["amy"].hex))
    assert later.json()["results"][0]["status"] == "applied"
    with db.session() as session:
        kept = session.get(DealChange, entry)
        assert kept is not None and kept.new_value == "proposal"
