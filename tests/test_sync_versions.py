"""Laptops of different versions keep syncing: a server that has gained a kind of record
or a column goes on serving laptops that do not know it, and a laptop that upgrades
receives what it skipped without syncing afresh. Over real HTTP on PostgreSQL."""

from __future__ import annotations

import json
import uuid
from datetime import date
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select, update

from crmdesk.protocol import LEGACY_KINDS
from crmdesk.server.schema import ServerChange
from crmdesk.store import workspace_keys as keys
from crmdesk.store.deal_writes import ContractIn, record_contract, record_payment
from crmdesk.store.journal import QUIET
from crmdesk.store.models import Account, Contact, Payment, synced_models
from crmdesk.store.writes import (
    new_account,
    new_contact,
    reassign,
    update_account_field,
)
from crmdesk.sync.kinds import LEGACY_SCHEMA, encode, known_schema, learnt
from tests.sync_harness import BACKENDS, Laptop, Server, add_people, mirror_problems, viewer_of

SERVER_BACKENDS = BACKENDS


def _pulls(laptop: Laptop) -> list[dict[str, str]]:
    """The query of every pull the laptop makes from now on."""
    asked: list[dict[str, str]] = []

    def note(request: httpx.Request) -> None:
        if request.url.path == "/v1/changes":
            asked.append(dict(request.url.params))

    laptop.wire.before = note
    return asked


def test_every_kind_a_laptop_knows_was_known_before_laptops_said_so() -> None:
    """The kinds a pull that names none gets are this version's kinds: a kind added from
    now on must be asked for by name (change LEGACY_KINDS never, add kinds freely)."""
    assert set(synced_models()) >= LEGACY_KINDS


def test_what_the_version_before_knew_is_frozen_and_never_unlearnt() -> None:
    """A workspace synced before laptops noted what they know counts as knowing
    LEGACY_SCHEMA; a later version may add kinds and columns, never drop them."""
    now = known_schema()
    assert set(LEGACY_SCHEMA) == LEGACY_KINDS
    assert all(columns <= now[name] for name, columns in LEGACY_SCHEMA.items())


def test_learnt_names_new_kinds_and_kinds_with_new_columns() -> None:
    now = known_schema()
    before = {name: columns for name, columns in now.items() if name != "payments"}
    before["accounts"] = now["accounts"] - {"website"}
    assert learnt(before, now) == ("accounts", "payments")
    assert learnt(now, now) == ()
    # a column or kind the laptop no longer has is nothing to learn
    assert learnt({**now, "gone": frozenset({"id"})}, now) == ()


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_a_laptop_that_has_not_upgraded_keeps_syncing(server: Server, tmp_path: Path) -> None:
    """The server gains a kind of record this laptop does not know, and a column: its
    syncs go on (today's laptop asks for its kinds; one older still gets the kinds every
    laptop knew), and the rest of the change arrives."""
    http, db, _url = server
    ids = add_people(server)
    amy = Laptop(tmp_path, str(http.base_url), "amy", viewer_of(db, "amy"))
    with amy.store.write.begin() as s:
        account = new_account(s, name="Versioned Trading", owner_id=ids["amy"],
                              team_id=ids["East"])
    amy.sync()
    card = uuid.uuid4()
    with db.session() as session:  # what a newer server writes to its log
        row = dict(session.scalars(select(ServerChange.row).where(
            ServerChange.entity == "accounts", ServerChange.row_id == account)
            .order_by(ServerChange.seq.desc())).first() or {})
        assert row
        owned = {"owner_id": ids["amy"], "team_id": ids["East"],
                 "prev_owner_id": ids["amy"], "prev_team_id": ids["East"]}
        session.add(ServerChange(entity="loyalty_cards", row_id=card, user_id=ids["amy"],
                                 row={"id": card.hex, "account_id": account.hex,
                                      "level": "gold", "owner_id": ids["amy"].hex,
                                      "team_id": ids["East"].hex}, **owned))
        session.add(ServerChange(entity="accounts", row_id=account, user_id=ids["amy"],
                                 row={**row, "name": "Versioned Trading Group",
                                      "loyalty_level": "gold"}, **owned))
        session.commit()

    report = amy.sync()
    assert report.pulled >= 1
    with amy.store.session() as s:
        found = s.get(Account, account)
        assert found is not None and found.name == "Versioned Trading Group"
    assert amy.sync().pulled == 0  # and it stays quiet

    # a laptop of the version before laptops named their kinds
    token = amy.client.headers
    answer = http.get("/v1/changes", headers=token, params={"cursor": 0}).json()
    kinds = {change["entity"] for change in answer["changes"]}
    assert "accounts" in kinds and "loyalty_cards" not in kinds
    assert kinds <= LEGACY_KINDS
    # one that names it gets it
    answer = http.get("/v1/changes", headers=token,
                       params={"cursor": 0, "kinds": "loyalty_cards"}).json()
    assert [change["row_id"] for change in answer["changes"]] == [str(card)]
    # a name that is not a kind's is refused
    refused = http.get("/v1/changes", headers=token,
                        params={"cursor": 0, "kinds": "accounts;drop"})
    assert refused.status_code == 422
    amy.close()


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_an_upgraded_laptop_receives_what_it_skipped_without_syncing_afresh(
        server: Server, tmp_path: Path) -> None:
    """A laptop that knew neither payments nor the accounts' website column upgrades:
    its next sync reads those kinds from the log's start up to where it is, and then it
    holds exactly what the server says its user may see."""
    http, db, _url = server
    ids = add_people(server)
    base = str(http.base_url)
    lea = Laptop(tmp_path, base, "lea", viewer_of(db, "lea"))
    amy = Laptop(tmp_path, base, "amy", viewer_of(db, "amy"), first_sync=False)
    old = {name: columns for name, columns in known_schema().items() if name != "payments"}
    old["accounts"] = old["accounts"] - {"website"}
    amy.client.schema = old  # the version before the upgrade
    amy.sync()
    with amy.store.write.begin() as s:
        account = new_account(s, name="Upgrade Works Co", owner_id=ids["amy"],
                              team_id=ids["East"])
        contact = new_contact(s, account, name="Zhou Min")
    amy.sync()
    lea.sync()
    with lea.store.write.begin() as s:
        update_account_field(s, account, "website", "upgrade-works.example")
        contract = record_contract(s, account, ContractIn("UW-1", date(2026, 11, 2), 9000))
        record_payment(s, contract, 3000, date(2026, 11, 20), date(2026, 12, 1))
    lea.sync()
    # the company leaves amy's scope and comes back: reading the log again must not
    # replay its leaving (which would take its contact with it)
    for owner in ("ben", "amy"):
        with lea.store.write.begin() as s:
            reassign(s, account, ids[owner], date(2026, 12, 1))
        lea.sync()

    asked = _pulls(amy)
    amy.sync()
    assert all("until" not in query for query in asked)
    assert all("payments" not in query["kinds"].split(",") for query in asked)
    with amy.store.write.begin() as s:  # what the older version held: no website column
        s.info[QUIET] = True
        s.execute(update(Account).values(website=None, updated_at=Account.updated_at))
        assert s.scalars(select(Payment)).all() == []
        assert json.loads(keys.SYNC_SCHEMA.get(s) or "{}") == json.loads(encode(old))
        cursor = keys.SYNC_CURSOR.get(s)
    assert cursor > 0

    amy.client.schema = known_schema()  # the upgrade
    asked.clear()
    report = amy.sync()
    main = [query for query in asked if "until" not in query]
    catching_up = [query for query in asked if "until" in query]
    assert main and int(main[0]["cursor"]) == cursor  # not afresh
    assert catching_up and catching_up[0]["cursor"] == "0"
    assert {query["kinds"] for query in catching_up} == {"accounts,payments"}
    assert report.pulled >= 2
    assert mirror_problems(db, amy) == []
    with amy.store.session() as s:
        assert s.get(Account, account).website == "upgrade-works.example"  # type: ignore[union-attr]
        assert [p.amount for p in s.scalars(select(Payment))] == [3000]
        assert s.get(Contact, contact) is not None
        assert json.loads(keys.SYNC_SCHEMA.get(s) or "{}") == json.loads(
            encode(known_schema()))

    asked.clear()
    assert amy.sync().pulled == 0
    assert all("until" not in query for query in asked)
    for laptop in (amy, lea):
        laptop.close()
