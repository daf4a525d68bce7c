"""Whatever the laptop accepts, the server accepts: a batch of leads imported on a rep's
laptop, under a channel an administrator made on the server, reaches the server whole;
text the laptop refuses at entry, the server refuses on a push, with the same words."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

from crmdesk.cli import main as crmdesk
from crmdesk.domain.text import text_problem
from crmdesk.server.db import ServerDB
from crmdesk.store.conflicts import unresolved
from crmdesk.store.journal import pending_count
from crmdesk.store.lead_import import channel_names
from crmdesk.store.models import Account, Channel, Contact, LeadBatch, User
from crmdesk.store.writes import Refused, new_account
from tests.server_fixtures import server_cli_here
from tests.sync_harness import BACKENDS
from tests.test_server_sync import Client, _account, _people
from tests.test_sync import Laptop

Server = tuple[httpx.Client, ServerDB, str]
#: PostgreSQL (real use) at the default size; the SQLite server too when large.
SERVER_BACKENDS = BACKENDS

BATCH = ("Company,Contact,Mobile,Email,City\n"
         "Hangzhou Yunfan Data Co.,Zhou Min,139 0571 2233,zhoumin@yunfan-data.cn,Hangzhou\n"
         "Acme Widgets Ltd.,Bob Stone,,bob@acmewidgets.com,California\n"
         "ACME WIDGETS LIMITED,,,,\n"
         "Nul\x00 Byte\tTrading Co,Li\x85 Wei,,,Shanghai\n")


def test_an_imported_batch_syncs_with_nothing_refused(server: Server, tmp_path: Path,
                                                      capsys: Any) -> None:
    http, db, url = server
    # channels are an administrator's to make, on the server
    made = server_cli_here("channel", "add", "Trade show 2026", "--kind", "event",
                           "--database-url", url)
    assert made.returncode == 0 and "Trade show 2026" in made.stdout, made.stderr
    twice = server_cli_here("channel", "add", "Trade show 2026", "--database-url", url)
    assert twice.returncode == 1 and "already a channel" in twice.stderr
    amy = Laptop(tmp_path, http, "amy")  # its first sync brings the channel
    try:
        with amy.store.session() as session:
            assert channel_names(session) == ["Trade show 2026"]
        path = tmp_path / "expo.csv"
        path.write_text(BATCH, encoding="utf-8")
        code = crmdesk(["import", "--db", str(amy.store.path), "--channel", "Trade show 2026",
                        "--owner", "amy", str(path)])
        out = capsys.readouterr().out
        assert code == 0 and "Imported 3 lead(s)" in out, out
        assert "line 5: note: Company: control characters" in out
        report = amy.sync()
        assert report.pushed >= 3 * 2 + 1  # accounts, contacts and the batch
        assert report.refused == 0 and report.conflicts == [] and report.lost_fields == 0
        with amy.store.session() as session:
            assert unresolved(session) == [] and pending_count(session) == 0
    finally:
        amy.close()
    with db.session() as session:
        channel = session.scalars(select(Channel)).one()
        batch = session.scalars(select(LeadBatch)).one()
        assert (batch.channel_id, batch.row_count, batch.file_name) == (channel.id, 3,
                                                                       "expo.csv")
        amy_id = session.scalars(select(User.id).where(User.username == "amy")).one()
        accounts = session.scalars(select(Account).where(Account.batch_id == batch.id)).all()
        assert {a.name for a in accounts} == {"Hangzhou Yunfan Data Co.", "Acme Widgets Ltd.",
                                              "Nul Byte Trading Co"}
        assert {a.owner_id for a in accounts} == {amy_id}
        people = set(session.scalars(select(Contact.name)))
        assert people == {"Zhou Min", "Bob Stone", "Li Wei"}


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
