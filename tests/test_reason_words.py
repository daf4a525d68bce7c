"""A refusal's words travel and are kept: the server sends a marked sentence's template
and figures beside its English (an error's JSON, a push's refusals), the laptop keeps them
with a refused record or a kept edit (migration 0032_reason_words), and the window words
them in the user's language. Real server over HTTP on loopback, real PostgreSQL, real
workspace files and widgets."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crmdesk.domain.row_checks import REFERS_ITSELF
from crmdesk.domain.words import Counted, Worded, lines, message
from crmdesk.json_values import worded, words_of
from crmdesk.protocol import PROTOCOL_VERSION, WORDS_HEADER, LoginRequest, Words
from crmdesk.secrets import MemoryStore
from crmdesk.store import conflicts, refused
from crmdesk.store.db import alembic_config, make_engine, open_store
from crmdesk.store.models import LocalConflict, OutboxEntry, RefusedRecord
from crmdesk.store.writes import new_account, new_contact, update_account_field
from crmdesk.sync.errors import SyncError
from crmdesk.sync.wire import call, sign_in
from crmdesk.ui.words import said, sentence
from tests.server_fixtures import PASSWORD
from tests.test_server_sync import Client, _account, _people
from tests.test_sync import Laptop, Server
from tests.test_ui_sync import finish, open_window

# the server's database is incidental here (the server's own tests cover both)
SERVER_BACKENDS = ("postgres",)

#: What the server says to a field it does not have (crmdesk.json_values.coerce): the
#: figures are the kind of record and the field.
NO_FIELD = "{0} has no field “{1}” a client may set."
NO_FIELD_ZH = "contacts 没有客户端可设置的字段“nickname”。"


def test_a_contact_the_server_refuses_shows_its_reason_in_chinese_an_old_one_as_it_was(
        server: Server, tmp_path: Path, qtbot: QtBot, chinese: None) -> None:
    """A newer laptop's contact carries a field this server does not have: the server
    refuses to create it, saying so with a template and figures. The laptop keeps them
    with the mark, and a Chinese window shows the reason in Chinese on the card; a mark
    kept before words were kept (text only) still shows its English."""
    http, _db, _url = server
    ids = _people(server)
    amy = Laptop(tmp_path, http, "amy")
    try:
        with amy.store.write.begin() as s:
            account = new_account(s, name="Harbour Freight Co", owner_id=ids["amy"],
                                  team_id=ids["East"])
        amy.sync()
        with amy.store.write.begin() as s:
            contact = new_contact(s, account, name="Li Wei")
            entry = s.scalars(select(OutboxEntry).where(OutboxEntry.row_id == contact)).one()
            entry.fields = entry.fields | {"nickname": "Xiao Li"}  # a column of a newer app
        report = amy.sync()
        assert report.refused == 1
        with amy.store.write.begin() as s:
            reason = refused.reasons(s, "contacts", [contact])[contact]
            # an older server's mark, text only, as rows from before 0032 are
            older = new_contact(s, account, name="Zhou Min")
            refused.mark(s, "contacts", older, "An older server said no.")
        assert isinstance(reason, Worded)
        assert reason == "contacts has no field “nickname” a client may set."
        assert (reason.template, reason.args) == (NO_FIELD, ("contacts", "nickname"))
        with amy.store.session() as s:
            kept = {r.row_id: (r.reason, r.reason_words) for r in s.scalars(
                select(RefusedRecord))}
            assert type(refused.reasons(s, "contacts", [older])[older]) is str
        assert kept[contact] == ("contacts has no field “nickname” a client may set.",
                                 {"template": NO_FIELD, "args": ["contacts", "nickname"]})
        assert kept[older] == ("An older server said no.", None)
        path = tmp_path / "amy.db"
    finally:
        amy.close()

    window = open_window(path, tmp_path, qtbot, MemoryStore())
    try:
        window.ctx.selection.select_account(account)
        card = window.card
        qtbot.waitUntil(lambda: card.data is not None and card.data.card.id == account,
                        timeout=15000)
        qtbot.waitUntil(lambda: NO_FIELD_ZH in card.people.text(), timeout=10000)
        assert "has no field" not in card.people.text()
        assert "An older server said no." in card.people.text()  # as it was kept
    finally:
        finish(window, qtbot)


def test_an_error_and_a_refusal_carry_their_words_only_to_a_laptop_that_reads_them(
        server: Server, tmp_path: Path, chinese: None) -> None:
    """An error's JSON says its English and, beside it, the template and figures; a
    push's refusal carries them only when the push says it reads them (an older laptop
    refuses any field it does not know). The laptop words what the server said."""
    http, _db, _url = server
    ids = _people(server)
    wrong = http.post("/v1/login", json=LoginRequest(
        username="amy", password="not her password", client_id="x",
        protocol=PROTOCOL_VERSION).model_dump(mode="json"))
    assert wrong.status_code == 401
    assert wrong.json() == {"detail": "Wrong user name or password.", "words": {
        "template": "Wrong user name or password.", "args": []}}
    with pytest.raises(SyncError) as told:
        sign_in(http, "amy", "not her password", "x")
    assert str(told.value) == "Wrong user name or password."
    assert said(message(told.value)) == "用户名或密码错误。"

    # the sync's own words around the server's: both worded
    with pytest.raises(SyncError) as told:
        call(http, "POST", "/v1/login", json={"username": "amy", "password": PASSWORD,
                                             "client_id": "x", "protocol": 0})
    assert str(told.value) == (f"The server refused: This server speaks sync protocol "
                               f"{PROTOCOL_VERSION} and the app speaks 0; update the app.")
    assert said(message(told.value)) == (
        f"服务器拒绝了：此服务器使用同步协议 {PROTOCOL_VERSION}，而应用使用 0；请更新应用。")

    amy = Client(http, ids["amy_auth"], "amy")  # the workspace her sign-in names
    older = amy.push(amy.op("contacts", uuid.uuid4(), name="Li Wei", nickname="Xiao Li"))
    [answer] = older.json()["results"]
    assert answer["status"] == "refused" and "words" not in answer
    assert answer["reason"] == "contacts has no field “nickname” a client may set."
    newer = http.post("/v1/push", headers=ids["amy_auth"] | {WORDS_HEADER: "1"}, json={
        "client_id": "amy", "protocol": PROTOCOL_VERSION, "ops": [amy.op(
            "accounts", uuid.uuid4(), **_account(ids, "amy", "East", "Acme"),
            nickname="Xiao Li")]})
    [answer] = newer.json()["results"]
    assert answer["reason"] == "accounts has no field “nickname” a client may set."
    assert answer["words"] == {"template": NO_FIELD, "args": ["accounts", "nickname"]}


def test_an_edit_that_lost_keeps_the_servers_words_in_conflicts(
        server: Server, tmp_path: Path, chinese: None) -> None:
    """Two reps change one field at once: the later edit wins and the earlier one is kept
    in Conflicts, its reason the server's marked sentence, worded in Chinese."""
    http, _db, _url = server
    ids = _people(server)
    amy, lea = Laptop(tmp_path, http, "amy"), Laptop(tmp_path, http, "lea")
    try:
        with amy.store.write.begin() as s:
            account = new_account(s, name="Harbour Freight Co", owner_id=ids["amy"],
                                  team_id=ids["East"])
        amy.sync()
        lea.sync()
        with lea.store.write.begin() as s:
            update_account_field(s, account, "address", "2 Lea Street")
        with amy.store.write.begin() as s:
            update_account_field(s, account, "address", "1 Amy Road")  # the later edit
        amy.sync()
        lea.sync()  # hers lost: the server says why
        with lea.store.session() as s:
            [row] = conflicts.unresolved(s)
            kept = {str(c.reason_words) for c in s.scalars(select(LocalConflict))}
        assert row.reason == ("A later edit of the same field was kept; yours is in the "
                              "conflict log.")
        assert kept == {str({"template": row.reason, "args": []})}
        assert said(row.reason) == "同一字段的较新修改被保留；您的修改在冲突记录中。"
    finally:
        amy.close()
        lea.close()


def test_reason_words_migrate_up_and_down_keeping_the_reasons(tmp_path: Path) -> None:
    """0032_reason_words adds the words beside refused records' and kept edits' reasons:
    the rows from before keep their text and read as it; taking it back keeps them."""
    path = tmp_path / "older.db"
    engine = make_engine(path)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0031_value_speed")
    marked, kept = uuid.uuid4(), uuid.uuid4()
    with sqlite3.connect(path) as raw:
        raw.execute("INSERT INTO refused_records (entity, row_id, reason, at) VALUES "
                    "('contacts', ?, 'Refused long ago.', '2026-12-01 09:00:00')",
                    (marked.hex,))
        raw.execute("INSERT INTO local_conflicts (entity, row_id, field, my_value, reason, "
                    "at, resolved) VALUES ('accounts', ?, 'address', '\"1 Amy Road\"', "
                    "'Lost long ago.', '2026-12-01 09:00:00', 0)", (kept.hex,))
    engine.dispose()

    def columns(table: str) -> list[str]:
        with sqlite3.connect(path) as raw:
            return [row[1] for row in raw.execute(f"PRAGMA table_info({table})")]

    store = open_store(path)  # upgraded to the head, backed up first
    try:
        for table in ("refused_records", "local_conflicts"):
            assert "reason_words" in columns(table)
        with store.write.begin() as s:
            old = refused.reasons(s, "contacts", [marked])[marked]
            assert (old, type(old)) == ("Refused long ago.", str)
            [row] = conflicts.unresolved(s)
            assert (row.reason, type(row.reason)) == ("Lost long ago.", str)
            fresh = uuid.uuid4()
            refused.mark(s, "contacts", fresh, Worded(NO_FIELD, "contacts", "nickname"))
        with store.session() as s:
            again = refused.reasons(s, "contacts", [fresh])[fresh]
        assert isinstance(again, Worded) and again.args == ("contacts", "nickname")
    finally:
        store.close()

    engine = make_engine(path)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0031_value_speed")
    assert "reason_words" not in columns("refused_records")
    assert "reason_words" not in columns("local_conflicts")
    with sqlite3.connect(path) as raw:
        assert sorted(r for (r,) in raw.execute("SELECT reason FROM refused_records")) == [
            "Refused long ago.", "contacts has no field “nickname” a client may set."]
        assert raw.execute("SELECT reason FROM local_conflicts").fetchall() == [
            ("Lost long ago.",)]
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    engine.dispose()
    assert "reason_words" in columns("refused_records")


def test_words_survive_their_json_and_a_bad_one_falls_back_to_the_text() -> None:
    """A template's figures go as JSON, a worded figure nested; what cannot be read back
    (a template reaching into its figures, figures that do not fit, another shape) leaves
    the English as it was said."""
    inner = Worded("Wrong user name or password.")
    outer = Worded("The server refused: {0}", inner)
    back = worded(str(outer), words_of(outer))
    assert isinstance(back, Worded) and back == outer
    assert isinstance(back.args[0], Worded) and back.args[0].template == inner.template
    assert words_of("plain text") is None
    for bad in ({"template": "{0.__class__}", "args": [1]}, {"template": "{1}", "args": [1]},
                {"template": "{0}", "args": [[1]]}, {"template": "x"}, "x", None):
        got: Any = worded("as said", bad)
        assert (got, type(got)) == ("as said", str)
    assert words_of(Worded("on {0}", datetime(2026, 12, 1))) == {
        "template": "on {0}", "args": ["2026-12-01 00:00:00"]}


def test_a_counted_sentence_and_sentences_one_a_line_cross_the_wire_worded(
        chinese: None) -> None:
    """A refusal with a count keeps its count for the plural form, and problems one a line
    (a Joined) keep each line's own template: a Chinese laptop words every part, through
    the Words model the server answers with."""
    counted = Counted("{0} is at most %n character(s); this one has {1}.", "", 40, "Name", 52)
    problems = lines([REFERS_ITSELF, counted])
    for sent in (counted, problems, Worded("The server refused: {0}", problems)):
        carried = Words.model_validate(words_of(sent)).model_dump(mode="json")
        back = worded(str(sent), carried)
        assert isinstance(back, Worded) and str(back) == str(sent)
    back = worded(str(counted), Words.model_validate(words_of(counted)).model_dump())
    assert isinstance(back, Counted) and (back.n, back.args) == (40, ("Name", 52))
    shown = said(worded(str(problems), words_of(problems))).split("\n")
    assert shown == [sentence(REFERS_ITSELF), said(counted)]
    assert shown[0] != REFERS_ITSELF and "40" in shown[1] and "52" in shown[1]
    assert not shown[1].startswith("Name is at most")

