"""Company relations and graph links: the commands and their refusals on a real SQLite
workspace, the group query (several levels, cycles in the data), and a removed link
travelling to the server and another laptop as a delete."""

from __future__ import annotations

import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

from crmdesk.app import relations
from crmdesk.app.changes import CONTACTS, RELATIONS, Changes
from crmdesk.app.context import Context
from crmdesk.app.relations import Role
from crmdesk.store import graph_queries as gq
from crmdesk.store import queries as q
from crmdesk.store.db import Store
from crmdesk.store.models import (
    Account,
    AccountRelation,
    ContactInfluence,
    OutboxEntry,
    RelationKind,
)
from crmdesk.store.writes import NotFound, Refused, add_influence, new_account, new_contact
from tests.sync_harness import BACKENDS, Laptop, Server, add_people, viewer_of

SERVER_BACKENDS = BACKENDS


@pytest.fixture
def ctx(empty: Store, world: dict[str, uuid.UUID]) -> Context:
    return Context(empty)


def _companies(store: Store, world: dict[str, uuid.UUID], *names: str) -> list[uuid.UUID]:
    with store.write.begin() as s:
        return [new_account(s, name=name, owner_id=world["rep"], team_id=world["team"])
                for name in names]


def _relations(store: Store, account_id: uuid.UUID) -> list[tuple[str, str]]:
    with store.session() as s:
        return [(r.label, r.other_name) for r in q.relations(s, account_id)]


def test_each_role_is_stored_the_way_round_it_reads(ctx: Context,
                                                    world: dict[str, uuid.UUID]) -> None:
    acme = world["acme"]
    holding, sub, steel, shop, ally = _companies(ctx.store, world, "Acme Holding", "Acme Sub",
                                                 "Steel Co", "Shop Co", "Ally Co")
    for other, role in ((holding, Role.PARENT), (sub, Role.SUBSIDIARY),
                        (steel, Role.SUPPLIER), (shop, Role.CUSTOMER), (ally, Role.PARTNER)):
        done = relations.link_companies(ctx, acme, other, role)
        assert done.changes == Changes(frozenset(), frozenset({RELATIONS}))
    assert sorted(_relations(ctx.store, acme)) == [
        ("customer", "Shop Co"), ("parent company", "Acme Holding"), ("partner", "Ally Co"),
        ("subsidiary", "Acme Sub"), ("supplier", "Steel Co")]
    # and seen from the other side
    assert _relations(ctx.store, holding) == [("subsidiary", "Acme Ltd.")]
    assert _relations(ctx.store, steel) == [("customer", "Acme Ltd.")]


def test_refusals_save_nothing(ctx: Context, world: dict[str, uuid.UUID]) -> None:
    acme = world["acme"]
    top, mid, other_top = _companies(ctx.store, world, "Top", "Mid", "Other Top")
    relations.link_companies(ctx, mid, top, Role.PARENT)
    relations.link_companies(ctx, acme, mid, Role.PARENT)
    relations.link_companies(ctx, acme, other_top, Role.SUPPLIER)

    cases = [
        ((acme, acme, Role.PARTNER), "cannot be linked to itself"),
        ((acme, other_top, Role.SUPPLIER), "already linked as supplier"),
        ((top, acme, Role.PARENT), "Top is already above Acme Ltd."),  # a loop of three
        ((mid, acme, Role.PARENT), "Mid is already above Acme Ltd."),  # a loop of two
        ((acme, other_top, Role.PARENT), "already has a parent company (Mid)"),
    ]
    with ctx.store.session() as s:
        before = s.scalars(select(AccountRelation.id)).all()
    for (account, other, role), words in cases:
        with pytest.raises(Refused, match=words.replace("(", r"\(").replace(")", r"\)")):
            relations.link_companies(ctx, account, other, role)
    with ctx.store.session() as s:
        assert s.scalars(select(AccountRelation.id)).all() == before
    ally = _companies(ctx.store, world, "Ally")[0]
    relations.link_companies(ctx, acme, ally, Role.PARTNER)
    with pytest.raises(Refused, match="already linked as partner"):  # either way round
        relations.link_companies(ctx, ally, acme, Role.PARTNER)
    # a supplier may also be a customer: a different link, not a duplicate
    relations.link_companies(ctx, acme, other_top, Role.CUSTOMER)


def test_removing_a_link_is_a_journaled_delete_and_can_be_made_again(
        ctx: Context, world: dict[str, uuid.UUID]) -> None:
    acme = world["acme"]
    (parent,) = _companies(ctx.store, world, "Parent Co")
    link = relations.link_companies(ctx, acme, parent, Role.PARENT).value
    done = relations.unlink_companies(ctx, link)
    assert done.value == frozenset({acme, parent})
    assert _relations(ctx.store, acme) == []
    with ctx.store.session() as s:
        last = s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq.desc())).first()
    assert last is not None and (last.entity, last.row_id) == ("account_relations", link)
    assert last.fields == {"deleted": True}
    with pytest.raises(NotFound):
        relations.unlink_companies(ctx, link)
    again = relations.link_companies(ctx, acme, parent, Role.PARENT).value
    assert again == link  # the row revived, not a second one
    assert _relations(ctx.store, acme) == [("parent company", "Parent Co")]

    with ctx.store.write.begin() as s:
        influence = add_influence(s, world["ann"], world["bob"], 4)
    gone = relations.remove_influence(ctx, influence)
    assert gone.value == acme and gone.changes == Changes.of({acme}, CONTACTS)
    with ctx.store.session() as s:
        assert q.influences(s, acme) == []


def _chain(store: Store, world: dict[str, uuid.UUID], depth: int,
           fan: int = 1) -> list[list[uuid.UUID]]:
    """A group `depth` levels deep: each company has `fan` subsidiaries."""
    levels = [_companies(store, world, "Level 0")]
    with store.write.begin() as s:
        for level in range(1, depth):
            row = []
            for parent in levels[-1]:
                for i in range(fan):
                    child = new_account(s, name=f"Level {level}.{i}", owner_id=world["rep"],
                                        team_id=world["team"])
                    s.add(AccountRelation(from_account_id=parent, to_account_id=child,
                                          kind=RelationKind.PARENT_OF))
                    row.append(child)
            levels.append(row)
    return levels


def test_the_group_runs_from_the_top_parent_down_every_level(
        empty: Store, world: dict[str, uuid.UUID]) -> None:
    levels = _chain(empty, world, 5, fan=2)
    everyone = [c for level in levels for c in level]
    middle = levels[2][1]
    with empty.session() as s:
        members = gq.group(s, middle)
        assert gq.group(s, world["acme"]) == []  # no group: nothing to draw
    assert members[0].id == levels[0][0]
    assert {m.id for m in members} == set(everyone)
    depth = {m.id: m.depth for m in members}
    assert all(depth[c] == n for n, level in enumerate(levels) for c in level)
    parent = {m.id: m.parent_id for m in members}
    assert parent[levels[0][0]] is None and parent[levels[4][0]] == levels[3][0]
    # the deepest company sees the same group
    with empty.session() as s:
        assert {m.id for m in gq.group(s, levels[4][-1])} == set(everyone)


def test_a_cycle_in_the_data_ends_and_a_deleted_company_is_left_out(
        empty: Store, world: dict[str, uuid.UUID]) -> None:
    a, b, c, d = _companies(empty, world, "A", "B", "C", "D")
    with empty.write.begin() as s:  # as a sync could bring it: no check on the way in
        for x, y in ((a, b), (b, c), (c, a), (c, d)):
            s.add(AccountRelation(from_account_id=x, to_account_id=y,
                                  kind=RelationKind.PARENT_OF))
    started = time.perf_counter()
    with empty.session() as s:
        members = gq.group(s, b)
        assert gq.ancestors(s, b) >= {a, c}
    assert time.perf_counter() - started < 1.0
    assert {m.id for m in members} == {a, b, c, d}
    assert len(members) == 4
    with empty.write.begin() as s:
        gone = s.get(Account, d)
        assert gone is not None
        gone.deleted = True
    with empty.session() as s:
        assert {m.id for m in gq.group(s, a)} == {a, b, c}


def test_the_group_is_one_statement_on_the_indexes(empty: Store,
                                                  world: dict[str, uuid.UUID]) -> None:
    """100k accounts stay fast: one statement, each step of its walk by index."""
    levels = _chain(empty, world, 3)
    statements: list[tuple[str, Any]] = []

    def seen(_conn: object, _cursor: object, statement: str, parameters: Any,
             *_rest: object) -> None:
        if statement != "BEGIN":
            statements.append((statement, parameters))

    engine = empty.engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        with empty.session() as s:
            assert len(gq.group(s, levels[1][0])) == 3
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert len(statements) == 1
    statement, parameters = statements[0]
    with empty.session() as s:
        plan = s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + statement,
                                              parameters).all()
    steps = [row[-1] for row in plan if "account_relations" in row[-1]]
    assert steps and all("USING INDEX" in step for step in steps), steps


def test_a_removed_link_reaches_the_server_and_another_laptop_as_a_delete(
        server: Server, tmp_path: Path) -> None:
    http, db, _url = server
    ids = add_people(server)
    amy, lea = (Laptop(tmp_path, str(http.base_url), name, viewer_of(db, name))
                for name in ("amy", "lea"))
    with amy.store.write.begin() as s:
        acme = new_account(s, name="Acme", owner_id=ids["amy"], team_id=ids["East"])
        parent = new_account(s, name="Acme Group", owner_id=ids["amy"], team_id=ids["East"])
        ann = new_contact(s, acme, name="Ann")
        bob = new_contact(s, acme, name="Bob")
    ctx = Context(amy.store)
    link = relations.link_companies(ctx, acme, parent, Role.PARENT).value
    with amy.store.write.begin() as s:
        influence = add_influence(s, ann, bob, 5)
    amy.sync()
    lea.sync()
    with lea.store.session() as s:
        assert [r.other_name for r in q.relations(s, acme)] == ["Acme Group"]
        assert [i.id for i in q.influences(s, acme)] == [influence]

    relations.unlink_companies(ctx, link)
    relations.remove_influence(ctx, influence)
    amy.sync()
    assert amy.pending() == 0
    with db.session() as s:
        on_server = s.get(AccountRelation, link), s.get(ContactInfluence, influence)
        assert all(row is not None and row.deleted for row in on_server)
    lea.sync()
    with lea.store.session() as s:
        assert q.relations(s, acme) == [] and q.influences(s, acme) == []
        assert gq.group(s, acme) == []
    for laptop in (amy, lea):
        laptop.close()
