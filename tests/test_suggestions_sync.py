"""Referrals and product tiers through the real server over HTTP: an admin's product
tiers reach every laptop; a rep's referral reaches the team lead's laptop, whose
rollup then counts it (the laptop's own triggers, on a pulled row), and is removed
there too when the rep removes it. A laptop of a version before referrals (its pulls
name the kinds it knows, without `referrals`) is never sent one, stores everything it is
sent, and receives them once upgraded; a second referrer of one company recorded on
another laptop is refused by the server in the laptop's words."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.app import relations
from crmdesk.app.context import Context
from crmdesk.app.relations import Role
from crmdesk.domain.row_checks import REFERS_ITSELF
from crmdesk.server.schema import ServerChange
from crmdesk.store import suggestion_queries
from crmdesk.store.db import raw_connection
from crmdesk.store.models import Account, AccountRelation, Product, Referral, RelationKind
from crmdesk.store.writes import new_account
from crmdesk.sync.kinds import known_schema
from tests.sync_harness import (
    Laptop,
    Server,
    add_people,
    laptop_context,
    rogue_push,
    viewer_of,
)


def _stored_score(session: Session, account_id: uuid.UUID) -> int:
    found = session.scalar(select(Account.value_score).where(Account.id == account_id))
    assert found is not None
    return found


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_tiers_and_referrals_travel_and_count_on_every_laptop(server: Server,
                                                              tmp_path: Path) -> None:
    http, db, _url = server
    ids = add_people(server)
    root, amy, lea, wes = (Laptop(tmp_path, str(http.base_url), name, viewer_of(db, name))
                           for name in ("root", "amy", "lea", "wes"))
    with root.store.write.begin() as s:
        s.add_all([Product(name="Seat", sku="S-1", list_price=100_00, family="Seats", tier=1),
                   Product(name="Seat Pro", sku="S-2", list_price=250_00, family="Seats",
                           tier=2)])
    assert root.sync().refused == 0
    with amy.store.write.begin() as s:
        acme = new_account(s, name="Acme", owner_id=ids["amy"], team_id=ids["East"])
        beta = new_account(s, name="Beta", owner_id=ids["amy"], team_id=ids["East"])
    with amy.store.session() as s:
        alone = _stored_score(s, acme)
    link = relations.link_companies(Context(amy.store), beta, acme, Role.REFERRED_BY).value
    report = amy.sync()
    assert (report.refused, report.conflicts) == (0, [])
    # the value score counts the referral on both sides alike (the server's own rules)
    with amy.store.session() as s:
        assert _stored_score(s, acme) == alone + 5
    with db.session() as s:
        assert _stored_score(s, acme) == alone + 5
    with db.session() as s:
        on_server = s.get(Referral, link)
        assert on_server is not None and (on_server.account_id, on_server.referred_id) == (
            acme, beta)
        assert {(p.name, p.family, p.tier) for p in s.scalars(select(Product))} == {
            ("Seat", "Seats", 1), ("Seat Pro", "Seats", 2)}
    for laptop in (lea, wes):
        laptop.sync()
    for laptop in (amy, lea, wes):
        with laptop.store.session() as s:
            tiers = {(p.name, p.family, p.tier) for p in s.scalars(select(Product))}
            assert tiers == {("Seat", "Seats", 1), ("Seat Pro", "Seats", 2)}, laptop.username
            # the kept counts know the tiers: the up-sell reads them
            kept = suggestion_queries.counts(s)
            assert {p.tier for p in kept.products.values()} == {1, 2}
    with lea.store.session() as s:
        held = suggestion_queries.loyalty(s, acme)
        assert held is not None and held.referrals == 1
    with wes.store.session() as s:  # another team's: not theirs to see
        assert s.get(Referral, link) is None

    relations.unlink_companies(Context(amy.store), link)
    amy.sync()
    lea.sync()
    with lea.store.session() as s:
        held = suggestion_queries.loyalty(s, acme)
        assert held is not None and held.referrals == 0
        assert _stored_score(s, acme) == alone
    with db.session() as s:
        assert _stored_score(s, acme) == alone
    for laptop in (root, amy, lea, wes):
        laptop.close()


#: What an older laptop's account_relations held: its kinds' CHECK constraint, and no
#: referrals table (emulated on a workspace of this version: a row of either aborts).
_OLDER_LAPTOP = (
    "CREATE TRIGGER older_kinds BEFORE INSERT ON account_relations WHEN new.kind NOT IN "
    "('parent_of', 'supplier_of', 'partner_of') BEGIN "
    "SELECT RAISE(ABORT, 'CHECK constraint failed: relationkind'); END",
    "CREATE TRIGGER older_no_referrals BEFORE INSERT ON referrals BEGIN "
    "SELECT RAISE(ABORT, 'no such table: referrals'); END")


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_an_older_laptop_is_never_sent_a_referral_and_gets_them_once_upgraded(
        server: Server, tmp_path: Path) -> None:
    http, db, _url = server
    ids = add_people(server)
    amy = Laptop(tmp_path, str(http.base_url), "amy", viewer_of(db, "amy"))
    lea = Laptop(tmp_path, str(http.base_url), "lea", viewer_of(db, "lea"), first_sync=False)
    # lea's laptop is of the version before referrals: it names the kinds it knows
    lea.client.schema = {k: v for k, v in known_schema().items() if k != "referrals"}
    with lea.store.write.begin() as s:
        for create in _OLDER_LAPTOP:
            raw_connection(s).execute(create)
    asked: list[dict[str, str]] = []

    def note(request: httpx.Request) -> None:
        if request.url.path == "/v1/changes":
            asked.append(dict(request.url.params))

    lea.wire.before = note
    lea.sync()
    with amy.store.write.begin() as s:
        acme = new_account(s, name="Acme", owner_id=ids["amy"], team_id=ids["East"])
        beta = new_account(s, name="Beta", owner_id=ids["amy"], team_id=ids["East"])
        gamma = new_account(s, name="Gamma", owner_id=ids["amy"], team_id=ids["East"])
    ctx = laptop_context(amy)
    referral = relations.link_companies(ctx, beta, acme, Role.REFERRED_BY).value
    partner = relations.link_companies(ctx, gamma, acme, Role.PARTNER).value
    assert amy.sync().refused == 0
    with db.session() as s:
        referral_seqs = set(s.scalars(select(ServerChange.seq).where(
            ServerChange.entity == "referrals")))
        assert referral_seqs  # the server holds it, and logged it

    log_start = len(lea.wire.log)
    report = lea.sync()
    assert report.pulled > 0
    delivered = {seq for entry in lea.wire.log[log_start:] if entry["path"] == "/v1/changes"
                 for seq in entry["seqs"]}
    assert asked and all("referrals" not in q.get("kinds", "").split(",") for q in asked)
    assert not delivered & referral_seqs  # never sent, so nothing it cannot store
    with lea.store.session() as s:
        # everything it was sent is stored: the companies and their partner link
        assert {a.name for a in s.scalars(select(Account))} >= {"Acme", "Beta", "Gamma"}
        held = s.get(AccountRelation, partner)
        assert held is not None and held.kind is RelationKind.PARTNER_OF
        assert s.scalars(select(Referral)).all() == []
    assert lea.sync().pulled == 0  # nothing left behind, nothing failing

    # the upgrade: the laptop now stores referrals and names them; what it skipped comes
    with lea.store.write.begin() as s:
        raw_connection(s).execute("DROP TRIGGER older_no_referrals")
    lea.client.schema = known_schema()
    asked.clear()
    lea.sync()
    assert any(q.get("kinds") == "referrals" and "until" in q for q in asked)
    with lea.store.session() as s:
        held_referral = s.get(Referral, referral)
        assert held_referral is not None and held_referral.referred_id == beta
        found = suggestion_queries.loyalty(s, acme)
        assert found is not None and found.referrals == 1
    for laptop in (amy, lea):
        laptop.close()


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_a_second_referrer_recorded_on_another_laptop_is_refused_by_the_server(
        server: Server, tmp_path: Path) -> None:
    """Two laptops offline each record who referred Beta: the server keeps the first and
    refuses the second with the check the laptop's command runs (row_checks)."""
    http, db, _url = server
    ids = add_people(server)
    amy, lea = (Laptop(tmp_path, str(http.base_url), name, viewer_of(db, name))
                for name in ("amy", "lea"))
    with amy.store.write.begin() as s:
        acme = new_account(s, name="Acme", owner_id=ids["amy"], team_id=ids["East"])
        gamma = new_account(s, name="Gamma", owner_id=ids["amy"], team_id=ids["East"])
        beta = new_account(s, name="Beta", owner_id=ids["amy"], team_id=ids["East"])
    amy.sync()
    lea.sync()
    relations.link_companies(laptop_context(amy), beta, acme, Role.REFERRED_BY)
    second = relations.link_companies(laptop_context(lea), beta, gamma, Role.REFERRED_BY)
    assert amy.sync().refused == 0
    assert lea.sync().refused == 1
    with db.session() as s:
        assert s.get(Referral, second.value) is None
        assert [r.account_id for r in s.scalars(select(Referral))] == [acme]
    # a row pushed past the command (an altered laptop) is refused in the command's words
    answer: Any = rogue_push(lea, "referrals", uuid.uuid4(), {
        "account_id": gamma.hex, "referred_id": beta.hex, "note": None,
        "owner_id": ids["amy"].hex, "team_id": ids["East"].hex, "deleted": False})
    assert answer["status"] == "refused"
    assert answer["reason"] == (
        "This company was already referred to us by Acme; remove that link first.")
    # a company cannot refer itself, on the server either
    answer = rogue_push(lea, "referrals", uuid.uuid4(), {
        "account_id": gamma.hex, "referred_id": gamma.hex, "note": None,
        "owner_id": ids["amy"].hex, "team_id": ids["East"].hex, "deleted": False})
    assert (answer["status"], answer["reason"]) == ("refused", REFERS_ITSELF)
    for laptop in (amy, lea):
        laptop.close()
