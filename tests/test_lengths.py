"""Text longer than its column holds is refused with the field's name on the laptop (on
every path that writes) and by the server's push alike: PostgreSQL would refuse it at
sync, and a SQLite server would keep what a PostgreSQL one refuses. Real SQLite
workspaces; pushes over real HTTP to the real server on both databases."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from crmdesk.app import accounts, people
from crmdesk.app.context import Context
from crmdesk.app.people import NewContact
from crmdesk.store.db import Store
from crmdesk.store.models import Account, Contact, OutboxEntry
from crmdesk.store.records import length_problem
from crmdesk.store.writes import Refused, new_account
from tests.sync_harness import Server
from tests.test_server_sync import Client, _account, _contact, _people

SERVER_BACKENDS = ["postgres", "sqlite"]


def _counts(store: Store) -> tuple[int, int]:
    with store.session() as s:
        return (s.scalar(select(func.count()).select_from(Contact)) or 0,
                s.scalar(select(func.count()).select_from(OutboxEntry)) or 0)


def test_a_columns_length_is_its_rule() -> None:
    assert length_problem("contacts", {"name": "x" * 200}) is None
    assert length_problem("contacts", {"name": "x" * 201}) == (
        "Name is at most 200 characters; this one has 201.")
    assert length_problem("accounts", {"lost_reason": "x" * 301}) is not None
    assert length_problem("activities", {"notes": "x" * 100_000}) is None  # no limit


def test_a_laptop_refuses_what_the_server_could_not_store(empty: Store) -> None:
    workspace = empty
    ctx = Context(workspace)
    with workspace.write.begin() as s:
        account = new_account(s, name="Long Names Ltd", owner_id=None, team_id=None)
    before = _counts(workspace)
    with pytest.raises(Refused, match="at most 200 characters; this one has 250"):
        people.new_contact(ctx, account, NewContact(name="Å" * 250))
    with pytest.raises(Refused, match="at most 120 characters"):
        people.new_contact(ctx, account, NewContact(name="Ann", title="t" * 121))
    with pytest.raises(Refused, match="at most 300 characters; this one has 301"):
        accounts.mark_lost(ctx, account, "r" * 301)
    assert _counts(workspace) == before  # nothing saved, nothing to send
    with workspace.session() as s:
        held = s.get(Account, account)
        assert held is not None and held.lost_reason is None


def test_the_server_refuses_it_in_the_same_words_on_either_database(server: Server) -> None:
    http, _db, _url = server
    ids = _people(server)
    amy = Client(http, ids["amy_auth"], "amy")
    account = uuid.uuid4()
    answer = amy.push(amy.op("accounts", account, **_account(ids, "amy", "East", "Long Co")),
                      amy.op("contacts", uuid.uuid4(), **_contact(account, "Å" * 201)),
                      amy.op("contacts", uuid.uuid4(), **_contact(account, "Ann")))
    results = answer.json()["results"]
    assert [r["status"] for r in results] == ["applied", "refused", "applied"]
    assert results[1]["reason"] == "Name is at most 200 characters; this one has 201."
