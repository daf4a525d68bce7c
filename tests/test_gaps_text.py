"""The text rule (crmdesk.domain.text) on the paths it did not reach yet: an account's
custom fields (laptop and a push over real HTTP), "Restore mine" from Conflicts, and the
team and user names an administrator types into crmdesk-server."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from crmdesk.domain.custom_fields import validate_custom_fields
from crmdesk.domain.text import first_text_problem
from crmdesk.store import conflicts
from crmdesk.store.db import Store
from crmdesk.store.models import Account, Contact, LocalConflict, OutboxEntry, Team, User
from crmdesk.store.writes import Refused, update_custom_fields
from tests.server_fixtures import PASSWORD, server_cli_here
from tests.test_server_sync import Client, Server, _account, _people

NUL_SYSTEM = "The current system contains a NUL character, which cannot be saved here; " \
             "remove it."


def test_text_inside_a_mapping_is_read_field_by_field() -> None:
    assert first_text_problem({"custom_fields": {"current_system": "SAP\x00"}}) == NUL_SYSTEM
    assert first_text_problem({"custom_fields": {"seats": 3, "current_system": "SAP"}}) is None
    assert "a line break" in str(first_text_problem({"custom_fields": {"a\nb": "x"}}))
    assert "U+0007" in str(first_text_problem({"custom_fields": {"x": ["ok", "bell\x07"]}}))
    assert validate_custom_fields("software", {"current_system": "SAP\x00"}) == [NUL_SYSTEM]


def test_a_custom_text_field_with_a_control_character_is_not_saved_on_the_laptop(
        empty: Store, world: dict[str, uuid.UUID]) -> None:
    with empty.write.begin() as s:
        account = s.get(Account, world["acme"])
        assert account is not None
        account.business_line = "software"
    with empty.write.begin() as s:
        assert update_custom_fields(s, world["acme"], {"current_system": "SAP\x00"}) == [
            NUL_SYSTEM]
    with empty.write.begin() as s:
        assert update_custom_fields(s, world["acme"], {"current_system": "SAP"}) == []
    with empty.session() as s:
        account = s.get(Account, world["acme"])
        assert account is not None and account.custom_fields == {"current_system": "SAP"}


def test_a_push_with_a_control_character_in_custom_fields_is_refused_alike(
        server: Server) -> None:
    http, db, _url = server
    ids = _people(server)
    amy = Client(http, ids["amy_auth"], "amy")
    account = uuid.uuid4()
    made = amy.push(amy.op("accounts", account, **_account(ids, "amy", "East", "Soft Co")
                           | {"business_line": "software"}))
    assert made.json()["results"][0]["status"] == "applied"
    answer = amy.push(amy.op("accounts", account,
                             custom_fields={"current_system": "SAP\x00"}),
                      amy.op("accounts", uuid.uuid4(), **_account(ids, "amy", "East", "New Co")
                             | {"custom_fields": {"current_system": "bell\x07"}}))
    results = answer.json()["results"]
    assert [r["status"] for r in results] == ["refused", "refused"], results
    assert results[0]["reason"] == NUL_SYSTEM  # word for word what the laptop says
    assert "U+0007" in results[1]["reason"]
    with db.session() as session:
        row = session.get(Account, account)
        assert row is not None and row.custom_fields == {}
        assert session.scalar(select(func.count()).select_from(Account)) == 1


def _conflict(store: Store, entity: str, row_id: uuid.UUID, field: str, mine: object) -> int:
    with store.write.begin() as s:
        conflict = LocalConflict(entity=entity, row_id=row_id, field=field, my_value=mine,
                                 reason="Replaced by lea's later edit.")
        s.add(conflict)
        s.flush()
        return conflict.id


@pytest.mark.parametrize(("entity", "field", "mine"), [
    ("contacts", "title", "Buyer\x07"),
    ("accounts", "custom_fields", {"current_system": "SAP\x00"}),
])
def test_restore_mine_refuses_text_the_server_would_refuse(
        empty: Store, world: dict[str, uuid.UUID], entity: str, field: str,
        mine: object) -> None:
    row_id = world["ann"] if entity == "contacts" else world["acme"]
    with empty.write.begin() as s:
        s.execute(OutboxEntry.__table__.delete())
    conflict = _conflict(empty, entity, row_id, field, mine)
    with pytest.raises(Refused, match="cannot be saved here"), empty.write.begin() as s:
        conflicts.restore_mine(s, conflict)
    with empty.session() as s:
        assert conflicts.unresolved_count(s) == 1  # still there to dismiss
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 0
        ann = s.get(Contact, world["ann"])
        acme = s.get(Account, world["acme"])
        assert ann is not None and ann.title is None
        assert acme is not None and acme.custom_fields == {}


def test_the_admin_cli_refuses_team_and_user_names_a_laptop_would_refuse(
        server: Server) -> None:
    _http, db, url = server
    with db.session() as session:
        before = (session.scalar(select(func.count()).select_from(Team)),
                  session.scalar(select(func.count()).select_from(User)))
    cases = [
        (("team", "add", "We\x00st"), None, "team name contains a NUL character"),
        (("team", "add", "West", "--region", "Zhe\njiang"), None,
         "region contains a line break"),
        (("user", "add", "b\x01en", "--team", "East", "--role", "rep"), PASSWORD,
         "user name contains an invisible control character (U+0001)"),
        (("user", "add", "ben", "--team", "East", "--role", "rep", "--display-name",
          "Ben\tWang"), PASSWORD, "display name contains a tab"),
    ]
    for args, password, why in cases:
        done = server_cli_here(*args, "--database-url", url, password=password)
        assert done.returncode == 1 and why in done.stderr, (args, done.stderr)
        assert "Nothing was changed" in done.stderr
    with db.session() as session:
        assert (session.scalar(select(func.count()).select_from(Team)),
                session.scalar(select(func.count()).select_from(User))) == before
    fine = server_cli_here("user", "add", "ben", "--team", "East", "--role", "rep",
                           "--display-name", "Ben Wang", "--database-url", url,
                           password=PASSWORD)
    assert fine.returncode == 0, fine.stderr
