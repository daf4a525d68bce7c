"""Scope with deals' virtual teams, held to one table in Python and in SQL: the server's
`visible_sql` and the pull's own statement (both of its forms: for a viewer on some
deal's team and for one on none) pick exactly the rows and the whole-or-removal answers
that crmdesk.domain.scope says, for every role, owner, team, member key, scope before,
and entry made for one person."""

from __future__ import annotations

import itertools
import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy import Column, MetaData, Table, Uuid, create_engine, insert, select

from crmdesk.domain.scope import OWN_LOGS, TEAM_OWNERS, OnDeal, Viewer, may_write, visible
from crmdesk.server import sync
from crmdesk.server.db import connect, migrate
from crmdesk.server.schema import ServerChange
from crmdesk.store.deal_team import member_of
from crmdesk.store.models import Account, DealMember, Opportunity, Team, User, deal_member_id
from crmdesk.store.models import TeamRole as Role
from tests.server_fixtures import database_url

ROLES = ("rep", "lead", "admin", "service")


def test_visible_sql_says_what_visible_says_with_member_keys(tmp_path: Path) -> None:
    me, other, team, team_b, deal, account, elsewhere = (uuid.uuid4() for _ in range(7))
    # `served`: the company's service owner (a service user sees what they serve)
    rows = Table("rows", MetaData(), Column("n", Uuid, primary_key=True),
                 Column("owner", Uuid), Column("team", Uuid), Column("via", Uuid),
                 Column("served", Uuid))
    engine = create_engine(f"sqlite:///{tmp_path / 'scope.db'}")
    rows.metadata.create_all(engine)
    cases = list(itertools.product((me, other, None), (team, team_b, None),
                                   (deal, account, elsewhere, None), (me, None)))
    with engine.begin() as conn:
        conn.execute(insert(rows), [{"n": uuid.uuid4(), "owner": o, "team": t, "via": v,
                                     "served": s} for o, t, v, s in cases])
        for role, viewer_team, keys in itertools.product(
                ROLES, (team, None), (frozenset(), frozenset({deal, account}))):
            viewer = Viewer(me, role, viewer_team, keys)
            in_sql = set(conn.execute(select(
                rows.c.owner, rows.c.team, rows.c.via, rows.c.served).where(
                sync.visible_sql(viewer, rows.c.owner, rows.c.team, rows.c.via,
                                 rows.c.served))).all())
            assert in_sql == {case for case in cases if visible(viewer, *case)}, viewer


def test_write_rules_of_a_deals_team() -> None:
    me, owner, team, team_b, deal, account, other_deal = (uuid.uuid4() for _ in range(7))
    member = Viewer(me, "rep", team_b, frozenset({deal, account}), frozenset({deal}))
    theirs = (owner, team)
    assert visible(member, *theirs, deal) and visible(member, *theirs, account)
    assert not visible(member, *theirs, other_deal) and not visible(member, *theirs)
    # the deal, its company and contacts stay the owner's to change
    assert "another person or team" in (may_write(member, theirs, theirs) or "")
    # an activity on the deal: made, and changed while theirs
    assert may_write(member, None, theirs, on_deal=OnDeal(None, deal, me)) is None
    assert may_write(member, theirs, theirs, on_deal=OnDeal(deal, deal, me)) is None
    assert may_write(member, theirs, theirs, on_deal=OnDeal(deal, deal, owner)) == OWN_LOGS
    for elsewhere in (OnDeal(None, other_deal, me), OnDeal(None, None, me),
                      OnDeal(None, account, me)):
        assert may_write(member, None, theirs, on_deal=elsewhere) is not None
    assert may_write(member, theirs, theirs, on_deal=OnDeal(deal, other_deal, me)) is not None
    # the team is the deal owner's, their lead's or an admin's to set
    assert may_write(member, theirs, theirs, owners_only=True) == TEAM_OWNERS
    assert may_write(Viewer(owner, "rep", team), theirs, theirs, owners_only=True) is None
    assert may_write(Viewer(me, "rep", team), (None, team), (None, team),
                     owners_only=True) == TEAM_OWNERS  # a pool deal: its lead's
    assert may_write(Viewer(me, "rep", team), theirs, theirs, owners_only=True) == TEAM_OWNERS
    assert may_write(Viewer(me, "lead", team), theirs, theirs, owners_only=True) is None
    assert may_write(Viewer(me, "admin", None), theirs, theirs, owners_only=True) is None


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_the_pulls_statement_says_what_visible_says(backend: str, tmp_path: Path) -> None:
    """Every kind of entry, in both forms of the pull's statement: included when the
    viewer saw the row before or sees it after (an entry for one person: to them
    alone), whole when they see it after, by their deals' teams as they stand."""
    with database_url(backend, tmp_path) as url:
        db = connect(url)
        migrate(db)
        with db.session() as s:
            east, west = Team(name="East"), Team(name="West")
            s.add_all([east, west])
            s.flush()
            me = User(username="me", display_name="Me", team_id=west.id)
            other = User(username="other", display_name="Other", team_id=east.id)
            s.add_all([me, other])
            s.flush()
            account = Account(name="Acme", name_key="acme", owner_id=other.id,
                              team_id=east.id)
            s.add(account)
            s.flush()
            deal, gone = (Opportunity(account_id=account.id, name=name, owner_id=other.id,
                                      team_id=east.id) for name in ("On it", "Left it"))
            s.add_all([deal, gone])
            s.flush()
            s.add_all([DealMember(id=deal_member_id(deal.id, me.id), opportunity_id=deal.id,
                                  user_id=me.id, role=Role.PRESALES, owner_id=other.id,
                                  team_id=east.id),
                       DealMember(id=deal_member_id(gone.id, me.id), opportunity_id=gone.id,
                                  user_id=me.id, role=Role.PRESALES, owner_id=other.id,
                                  team_id=east.id, deleted=True)])
            s.flush()
            ids = (me.id, other.id, east.id, west.id, deal.id, gone.id, account.id)
            s.commit()
        me_id, other_id, east_id, west_id, deal_id, gone_id, account_id = ids
        scopes = list(itertools.product((me_id, other_id, None), (east_id, west_id, None),
                                        (deal_id, gone_id, account_id, None)))
        entries: dict[uuid.UUID, tuple[object, ...]] = {}
        with db.session() as s:
            for after, before, audience in itertools.product(
                    scopes, ((other_id, east_id, None), "same"), (None, me_id, other_id)):
                prev = after if before == "same" else before
                row_id = uuid.uuid4()
                entries[row_id] = (after, prev, audience)
                s.add(ServerChange(entity="contacts", row_id=row_id, owner_id=after[0],
                                   team_id=after[1], via=after[2], prev_owner_id=prev[0],
                                   prev_team_id=prev[1], prev_via=prev[2], audience=audience,
                                   row={"id": row_id.hex}, user_id=None))
            s.commit()
        with db.session() as s:
            keys = member_of(s, me_id)
            assert keys == {deal_id, account_id}
            top = sync.head(s)
            # the keys me held at the cursor (0): those held now and those of the
            # entries made for me alone since (a deal's team left, such as "Left it")
            held = keys | {after[2] for after, _prev, audience in entries.values()
                           if audience == me_id and after[2] is not None}
            assert gone_id in held
            for role, team, members in itertools.product(ROLES, (west_id, None),
                                                         (True, False)):
                plain = Viewer(me_id, role, team)
                python = Viewer(me_id, role, team, keys if members else frozenset())
                before = Viewer(me_id, role, team, held if members else frozenset())
                if not members:  # the plain form is for a viewer on no deal's team
                    s.execute(DealMember.__table__.update().values(deleted=True))
                    # on none now, but on some at the cursor: the pull reads keys
                    assert s.scalar(select(sync.ON_A_DEAL_TEAM), {
                        "user_id": me_id, "cursor": 0}) is True
                    assert s.scalar(select(sync.ON_A_DEAL_TEAM), {
                        "user_id": me_id, "cursor": top}) is False
                found, _cursor, more = sync.changes_json(s, plain, 0, top, 10_000,
                                                         members=members)
                s.rollback()
                assert not more
                got = {uuid.UUID(c["row_id"]): c["row"] is not None
                       for c in map(json.loads, found)}
                want = {}
                for row_id, (after, prev, audience) in entries.items():
                    now = visible(python, *after)
                    if audience == me_id or (audience is None and (
                            now or visible(before, *prev))):
                        want[row_id] = now
                assert got == want, (role, team, members)
        db.close()
