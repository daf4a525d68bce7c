"""Workspace keys: each is declared once (crmdesk.store.workspace_keys), spelled nowhere
else, and its value comes back as the type it was put in, from a real workspace file."""

from __future__ import annotations

import ast
import sqlite3
import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

import crmdesk
from crmdesk.store import workspace_keys as keys
from crmdesk.store.db import make_engine, open_store
from crmdesk.store.journal import QUIET
from crmdesk.store.models import Account, Channel, ChannelKind, Contact, User
from crmdesk.store.stand_in import new_stand_in
from crmdesk.store.workspace_keys import WorkspaceKey
from crmdesk.store.writes import new_account, new_contact, update_account_field

ROOT = Path(crmdesk.__file__).parent
NAMES = {key.name for key in keys.ALL}

#: Functions through which code could reach workspace settings by name.
_BY_NAME = {"crmdesk.store.workspace_keys": ("read_text", "write_text", "delete_stmt")}


def _sources() -> list[Path]:
    """The laptop's code: the server keeps no workspace, and migrations are history."""
    return [path for path in sorted(ROOT.rglob("*.py"))
            if "migrations" not in path.parts and path.parts[len(ROOT.parts)] != "server"]


def _by_name_calls(tree: ast.AST) -> list[int]:
    """Lines calling a by-name settings function with a string literal as the key."""
    modules: set[str] = set()  # local names of those modules
    functions: set[str] = set()  # local names of their by-name functions
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module is not None:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                if full in _BY_NAME:
                    modules.add(alias.asname or alias.name)
                elif node.module in _BY_NAME and alias.name in _BY_NAME[node.module]:
                    functions.add(alias.asname or alias.name)
        elif isinstance(node, ast.Import):
            modules.update(alias.asname for alias in node.names
                           if alias.name in _BY_NAME and alias.asname)
    lines = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        by_name = (isinstance(func, ast.Name) and func.id in functions) or (
            isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
            and func.value.id in modules
            and func.attr in {f for fs in _BY_NAME.values() for f in fs})
        if by_name and any(isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                           for arg in node.args):
            lines.append(node.lineno)
    return lines


def test_each_key_is_spelled_only_where_it_is_declared() -> None:
    spelled: dict[str, set[str]] = {}
    literal_calls: dict[str, list[int]] = {}
    raw_sql: dict[str, list[int]] = {}
    for path in _sources():
        where = path.relative_to(ROOT).as_posix()
        if where == "store/workspace_keys.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if node.value in NAMES:
                    spelled.setdefault(where, set()).add(node.value)
                # the table's name alone is fine (its model, the check that a file is
                # a workspace); a statement over it goes through a key
                elif "workspace_settings " in node.value:
                    raw_sql.setdefault(where, []).append(node.lineno)
        if lines := _by_name_calls(tree):
            literal_calls[where] = lines
    assert literal_calls == {}, "declare the key in crmdesk.store.workspace_keys"
    assert raw_sql == {}, "read and write a key through its WorkspaceKey"
    assert spelled == {}, "a key's name is spelled only in crmdesk.store.workspace_keys"


def test_the_checks_above_can_fail(tmp_path: Path) -> None:
    code = ("from crmdesk.store import workspace_keys as workspace\n"
            "from crmdesk.store.workspace_keys import write_text\n"
            "workspace.read_text(s, 'a_new_key')\nwrite_text(s, 'other', '1')\n"
            "workspace.read_text(s, workspace.CURRENT_USER.name)\n")
    assert _by_name_calls(ast.parse(code)) == [3, 4]


def test_every_declared_key_is_listed_once() -> None:
    declared = [value for value in vars(keys).values() if isinstance(value, WorkspaceKey)]
    assert sorted(k.name for k in declared) == sorted(k.name for k in keys.ALL)
    assert len(NAMES) == len(keys.ALL)  # no two keys share a name
    assert all(key.__doc__ for key in keys.ALL)


ID = uuid.UUID("0123456789abcdef0123456789abcdef")
#: A value of each key's type, and the text it is stored as: the text is what earlier
#: versions wrote and what crmdesk.ui still reads by name, so it must not change.
SAMPLES: dict[str, tuple[Any, str]] = {
    "current_user_id": (ID, ID.hex),
    "stand_in_user_id": (ID, ID.hex),
    "default_phone_region": ("US", "US"),
    "client_id": (ID.hex, ID.hex),
    "client_path": ("/home/amy/crm.db", "/home/amy/crm.db"),
    "client_file": ("2049:131075", "2049:131075"),
    "sync_server_url": ("http://127.0.0.1:8000", "http://127.0.0.1:8000"),
    "sync_username": ("amy", "amy"),
    "sync_user_id": (ID, ID.hex),
    "last_sync_at": (datetime(2026, 11, 25, 9, 30, 5), "2026-11-25T09:30:05"),
    "sync_cursor": (1234, "1234"),
    "sync_epoch": (7, "7"),
    "clock_last": ("018bcfe56800-00000003-a1", "018bcfe56800-00000003-a1"),
    "sync_conflicts_after": (datetime(2026, 11, 25, 9, 30, 5, 120000, tzinfo=UTC),
                             "2026-11-25T09:30:05.120000+00:00"),
    "sync_schema": ('{"tags": ["id", "name"]}', '{"tags": ["id", "name"]}'),
    "sync_resync": (True, "1"),
    "sync_parked": ([{"entity": "contacts", "row_id": ID.hex, "row": {"name": "Li"}}],
                    '[{"entity": "contacts", "row_id": "' + ID.hex
                    + '", "row": {"name": "Li"}}]'),
    "derived_day": (date(2026, 11, 25), "2026-11-25"),
    "derived_catch_up": (date.min, "0001-01-01"),
    "suggestions_version": (3, "3"),
    "deferred_build": ({"indexes": ["CREATE INDEX ix ON t (c)"], "triggers": []},
                       '{"indexes": ["CREATE INDEX ix ON t (c)"], "triggers": []}'),
    "smtp_host": ("smtp.example.com", "smtp.example.com"),
    "smtp_port": (465, "465"),
    "smtp_security": ("tls", "tls"),
    "smtp_user": ("amy", "amy"),
    "smtp_from": ("Amy 陈 <amy@example.com>", "Amy 陈 <amy@example.com>"),
    "smtp_ca_file": ("/etc/ssl/company.pem", "/etc/ssl/company.pem"),
    "sms_url": ("https://sms.example.com/send", "https://sms.example.com/send"),
    "sms_body": ('{"to": "{to}", "text": "{text}"}', '{"to": "{to}", "text": "{text}"}'),
    "sms_auth_header": ("X-Api-Key", "X-Api-Key"),
}


@pytest.mark.parametrize("key", keys.ALL, ids=lambda key: key.name)
def test_values_round_trip_typed(key: WorkspaceKey[Any, Any], tmp_path: Path) -> None:
    value, text = SAMPLES[key.name]
    path = tmp_path / "w.db"
    store = open_store(path, create=True)
    with store.write.begin() as session:
        key.clear(session)
    with store.session() as session:
        assert key.get(session) == key.default and not key.is_set(session)
    with store.write.begin() as session:
        key.put(session, value)
    store.close()
    # from the file, not from a session's memory (and not opened as a workspace, which
    # would act on some keys: build what `deferred_build` says is down)
    engine = make_engine(path)
    with Session(engine) as session:
        got = key.get(session)
        assert key.is_set(session)
        assert got == value and type(got) is type(value)
        assert keys.read_text(session, key.name) == text
    engine.dispose()
    with sqlite3.connect(path) as conn:  # the same below the ORM
        assert key.get_raw(conn) == value and key.is_set_raw(conn)
        key.clear_raw(conn)
        assert key.get_raw(conn) == key.default and not key.is_set_raw(conn)
        key.put_raw(conn, value)
        key.put_raw(conn, value)  # a second put replaces the first
        assert key.get_raw(conn) == value


def test_a_default_is_a_fresh_value_each_time(tmp_path: Path) -> None:
    store = open_store(tmp_path / "w.db", create=True)
    with store.session() as session:
        keys.PARKED.get(session).append({"entity": "x"})
        assert keys.PARKED.get(session) == []
        assert keys.SYNC_CURSOR.get(session) == 0 and keys.RESYNC.get(session) is False
        assert keys.PHONE_REGION.get(session) == "CN"
    store.close()


# ---- the phone region is the workspace's -------------------------------------------------
US_LOCAL = "(650) 253-0000"  # a US number written as Americans write it: no country code


def _workspace_in(tmp_path: Path, region: str | None) -> Path:
    """A new workspace working as its own user, in `region` (None: never set), with a
    channel to import under."""
    path = tmp_path / f"{region}.db"
    store = open_store(path, create=True)
    with store.write.begin() as session:
        session.info[QUIET] = True
        new_stand_in(session)
        session.add(Channel(name="Trade show", kind=ChannelKind.EVENT))
        if region is not None:
            keys.PHONE_REGION.put(session, region)
    store.close()
    return path


def _entered(path: Path) -> tuple[str | None, str | None, str | None]:
    """The matching keys of a company, a contact and a card edit entered with US_LOCAL."""
    store = open_store(path)
    try:
        with store.write.begin() as session:
            me = session.scalars(select(User)).one()
            account = new_account(session, name="Globex", owner_id=me.id,
                                  team_id=me.team_id, phone=US_LOCAL)
            contact = new_contact(session, account, name="Hank", mobile=US_LOCAL)
            other = new_account(session, name="Initech", owner_id=me.id, team_id=me.team_id)
            update_account_field(session, other, "phone", US_LOCAL)
        with store.session() as session:
            return (session.get_one(Account, account).phone_e164,
                    session.get_one(Contact, contact).mobile_e164,
                    session.get_one(Account, other).phone_e164)
    finally:
        store.close()


def test_a_us_workspace_reads_a_us_local_number_on_entry(tmp_path: Path) -> None:
    assert _entered(_workspace_in(tmp_path, "US")) == ("+16502530000",) * 3
    # the same entry in a workspace left at the default region is not read as American
    assert "+16502530000" not in _entered(_workspace_in(tmp_path, None))


def test_a_us_workspace_reads_a_us_local_number_on_import(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from crmdesk.cli import main

    csv = tmp_path / "leads.csv"
    csv.write_text(f"Company,Phone,Contact,Mobile\nGlobex,{US_LOCAL},Hank,{US_LOCAL}\n",
                   encoding="utf-8")
    found = {}
    for region in ("US", None):
        path = _workspace_in(tmp_path, region)
        assert main(["import", "--db", str(path), "--channel", "Trade show", str(csv)]) == 0
        said = capsys.readouterr().out
        store = open_store(path)
        with store.session() as session:
            found[region] = (session.scalars(select(Account.phone_e164)).all(),
                             session.scalars(select(Contact.mobile_e164)).all(), said)
        store.close()
    assert found["US"][:2] == (["+16502530000"], ["+16502530000"])
    assert "NOT imported" not in found["US"][2]  # the number was read
    # read in China it is not a number: the row is refused as the new-lead dialog
    # refuses it, with the reason, and nothing of it is stored
    assert found[None][:2] == ([], [])
    assert f"line 2: NOT imported: “{US_LOCAL}” is not a valid number" in found[None][2]


def test_the_region_is_set_from_the_command_line_and_read_on_import(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from crmdesk.cli import main

    path = _workspace_in(tmp_path, None)
    assert main(["region", "--db", str(path)]) == 0
    assert capsys.readouterr().out.strip() == "CN"
    assert main(["region", "--db", str(path), "Mars"]) == 2
    assert "not a country code" in capsys.readouterr().err
    assert main(["region", "--db", str(path), " us "]) == 0
    assert "read as US numbers" in capsys.readouterr().out
    assert main(["region", "--db", str(path)]) == 0
    assert capsys.readouterr().out.strip() == "US"

    csv = tmp_path / "leads.csv"
    csv.write_text(f"Company,Phone\nGlobex,{US_LOCAL}\n", encoding="utf-8")
    assert main(["import", "--db", str(path), "--channel", "Trade show", str(csv)]) == 0
    store = open_store(path)
    with store.session() as session:
        assert session.scalars(select(Account.phone_e164)).one() == "+16502530000"
    store.close()
