"""Referrals and product tiers through the real server over HTTP: an admin's product
tiers reach every laptop; a rep's "referred" link reaches the team lead's laptop, whose
rollup then counts the referral (the laptop's own triggers, on a pulled row), and is
removed there too when the rep removes it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from crmdesk.app import relations
from crmdesk.app.context import Context
from crmdesk.app.relations import Role
from crmdesk.store import suggestion_queries
from crmdesk.store.models import AccountRelation, Product, RelationKind
from crmdesk.store.writes import new_account
from tests.sync_harness import Laptop, Server, add_people, viewer_of


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
    link = relations.link_companies(Context(amy.store), beta, acme, Role.REFERRED_BY).value
    report = amy.sync()
    assert (report.refused, report.conflicts) == (0, [])
    with db.session() as s:
        on_server = s.get(AccountRelation, link)
        assert on_server is not None and on_server.kind is RelationKind.REFERRED
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
        assert s.get(AccountRelation, link) is None

    relations.unlink_companies(Context(amy.store), link)
    amy.sync()
    lea.sync()
    with lea.store.session() as s:
        held = suggestion_queries.loyalty(s, acme)
        assert held is not None and held.referrals == 0
    for laptop in (root, amy, lea, wes):
        laptop.close()
