"""Whatever the laptop accepts, the server accepts: text the laptop refuses at entry,
the server refuses on a push, with the same words."""

from __future__ import annotations

import uuid
from pathlib import Path

import httpx
from sqlalchemy import select

from crmdesk.domain.text import text_problem
from crmdesk.server.db import ServerDB
from crmdesk.store.models import Account
from crmdesk.store.writes import Refused, new_account
from tests.sync_harness import BACKENDS
from tests.test_server_sync import Client, _account, _people
from tests.test_sync import Laptop

Server = tuple[httpx.Client, ServerDB, str]
#: PostgreSQL (real use) at the default size; the SQLite server too when large.
SERVER_BACKENDS = BACKENDS

def test_the_server_refuses_control_characters_as_the_laptop_does(
        server: Server, tmp_path: Path) -> None:
    http, db, _url = server
    ids = _people(server)
    amy = Client(http, ids["amy_auth"], "amy")
    account = uuid.uuid4()
    cases = [("name", "Nul\x00 Co"), ("name", "Tab\tCo"), ("region", "East\x1b[0m"),
             ("address", "1 Road\nTown"), ("industry", "Retail\x85")]
    answers = amy.push(*(amy.op("accounts", uuid.uuid4(), **{
        **_account(ids, "amy", "East", "Fine Co"), field: value}) for field, value in cases)
                       ).json()["results"]
    for answer, (field, value) in zip(answers, cases, strict=True):
        assert answer["status"] == "refused"
        assert answer["reason"] == text_problem(field, value), answer
    # the laptop refuses each of them, in the same words, before it is ever sent
    laptop = Laptop(tmp_path, http, "amy", first_sync=False)
    try:
        for field, value in cases:
            fields = {"name": "Fine Co", field: value}
            name = fields.pop("name")
            try:
                with laptop.store.write.begin() as session:
                    new_account(session, name=name, owner_id=ids["amy"],
                                team_id=ids["East"], **fields)
            except Refused as exc:
                assert str(exc) == text_problem(field, value)
            else:
                raise AssertionError(f"the laptop accepted {field}={value!r}")
    finally:
        laptop.close()
    # notes run over several lines, on both sides
    made = amy.push(amy.op("accounts", account, **_account(ids, "amy", "East", "Notes Co")),
                    amy.op("activities", uuid.uuid4(), account_id=account.hex, kind="note",
                           occurred_at="2026-11-25T10:00:00", notes="line one\n\tline two",
                           done=False, deleted=False)).json()["results"]
    assert [r["status"] for r in made] == ["applied", "applied"], made
    with db.session() as session:
        assert session.scalars(select(Account.name)).all() == ["Notes Co"]
