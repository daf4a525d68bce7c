"""Service users' scope, held to one table in Python and in SQL (as the deals' teams'
is in tests/test_deal_team_scope.py): `visible_sql` and the pull's own statement pick
exactly the rows, and the whole-or-removal answers, that crmdesk.domain.scope says for
every role, owner, team, member key and service owner before and after; and what a
service user may write where they serve."""

from __future__ import annotations

import itertools
import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy import Column, MetaData, Table, Uuid, create_engine, insert, select

from crmdesk.domain.scope import (
    KEEP_AUTHOR,
    SERVICE_OWN_LOGS,
    SERVICE_READS,
    InService,
    Viewer,
    may_write,
    visible,
)
from crmdesk.server import sync
from crmdesk.server.db import connect, migrate
from crmdesk.server.schema import ServerChange
from crmdesk.store.models import Team, User
from tests.server_fixtures import database_url

ROLES = ("rep", "lead", "admin", "service")


def test_visible_sql_says_what_visible_says_with_service_owners(tmp_path: Path) -> None:
    me, other, team, team_b, deal = (uuid.uuid4() for _ in range(5))
    rows = Table("rows", MetaData(), Column("n", Uuid, primary_key=True),
                 Column("owner", Uuid), Column("team", Uuid), Column("via", Uuid),
                 Column("served", Uuid))
    engine = create_engine(f"sqlite:///{tmp_path / 'scope.db'}")
    rows.metadata.create_all(engine)
    cases = list(itertools.product((me, other, None), (team, team_b, None), (deal, None),
                                   (me, other, None)))
    with engine.begin() as conn:
        conn.execute(insert(rows), [{"n": uuid.uuid4(), "owner": o, "team": t, "via": v,
                                     "served": s} for o, t, v, s in cases])
        for role, viewer_team, keys in itertools.product(
                ROLES, (team, None), (frozenset(), frozenset({deal}))):
            viewer = Viewer(me, role, viewer_team, keys)
            in_sql = set(conn.execute(select(
                rows.c.owner, rows.c.team, rows.c.via, rows.c.served).where(
                sync.visible_sql(viewer, rows.c.owner, rows.c.team, rows.c.via,
                                 rows.c.served))).all())
            assert in_sql == {case for case in cases if visible(viewer, *case)}, viewer
    # a service user sees what they serve and shared lists; no team's pool, no one's own
    service = Viewer(me, "service", team)
    assert visible(service, other, team, None, me)
    assert not visible(service, None, team) and not visible(service, me, team)
    assert not visible(service, other, team, None, other)
    assert visible(service, None, None)


def test_what_a_service_user_may_write_where_they_serve() -> None:
    me, rep, team = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    service = Viewer(me, "service", team)
    theirs = (rep, team)
    # the company's sales records: theirs to read, the rep's to change
    assert may_write(service, theirs, theirs, in_service=InService(
        me, me, fields=frozenset({"name"}))) == SERVICE_READS
    # an onboarding task of theirs: marked done, and only that
    task = InService(me, me, doer=me, fields=frozenset({"done_on"}),
                     writable=frozenset({"done_on"}))
    assert may_write(service, theirs, theirs, in_service=task) is None
    assert may_write(service, theirs, theirs, in_service=InService(
        me, me, doer=me, fields=frozenset({"done_on", "title"}),
        writable=frozenset({"done_on"}))) == SERVICE_READS
    assert may_write(service, theirs, theirs, in_service=InService(
        me, me, doer=rep, fields=frozenset({"done_on"}),
        writable=frozenset({"done_on"}))) == SERVICE_READS
    # activities: logged, and changed while theirs
    assert may_write(service, None, theirs, in_service=InService(
        None, me, logs=True, doer=me)) is None
    assert may_write(service, theirs, theirs, in_service=InService(
        me, me, logs=True, doer=rep)) == SERVICE_OWN_LOGS
    assert may_write(service, theirs, theirs, in_service=InService(
        me, me, logs=True, doer=me, new_doer=True)) == SERVICE_OWN_LOGS
    # at a company they do not serve: nothing, in the words of any change out of scope
    for change in (InService(None, rep, logs=True, doer=me), InService(rep, rep, doer=me),
                   InService(None, None, logs=True, doer=me)):
        refusal = may_write(service, None, theirs, in_service=change)
        assert refusal is not None and "another person or team" in refusal
    # moving an activity from a company they serve to one they do not
    assert "another person or team" in (may_write(service, theirs, theirs, in_service=InService(
        me, rep, logs=True, doer=me)) or "")
    # a rep's rights are untouched by the service clause
    assert may_write(Viewer(rep, "rep", team), theirs, theirs, in_service=task) is None
    assert KEEP_AUTHOR != SERVICE_OWN_LOGS


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_the_pulls_statement_says_what_visible_says_for_service_owners(
        backend: str, tmp_path: Path) -> None:
    """Entries of every owner, team and service owner before and after: a service user
    gets those whose company they served before or serve after, whole when they serve
    it after; an entry made for them alone comes to them alone."""
    with database_url(backend, tmp_path) as url:
        db = connect(url)
        migrate(db)
        with db.session() as s:
            east = Team(name="East")
            s.add(east)
            s.flush()
            me = User(username="me", display_name="Me", team_id=east.id)
            other = User(username="other", display_name="Other", team_id=east.id)
            s.add_all([me, other])
            s.flush()
            me_id, other_id, east_id = me.id, other.id, east.id
            s.commit()
        scopes = list(itertools.product((other_id, None), (east_id, None),
                                        (me_id, other_id, None)))
        entries: dict[uuid.UUID, tuple[object, ...]] = {}
        with db.session() as s:
            for after, before, audience in itertools.product(
                    scopes, ((other_id, east_id, me_id), (other_id, east_id, None), "same"),
                    (None, me_id, other_id)):
                prev = after if before == "same" else before
                row_id = uuid.uuid4()
                entries[row_id] = (after, prev, audience)
                s.add(ServerChange(entity="contacts", row_id=row_id, owner_id=after[0],
                                   team_id=after[1], served_by=after[2],
                                   prev_owner_id=prev[0], prev_team_id=prev[1],
                                   prev_served_by=prev[2], audience=audience,
                                   row={"id": row_id.hex}, user_id=None))
            s.commit()
        with db.session() as s:
            top = sync.head(s)
            for role, team in itertools.product(ROLES, (east_id, None)):
                viewer = Viewer(me_id, role, team)
                found, _cursor, more = sync.changes_json(s, viewer, 0, top, 10_000,
                                                         members=False)
                assert not more
                got = {uuid.UUID(c["row_id"]): c["row"] is not None
                       for c in map(json.loads, found)}
                want = {}
                for row_id, (after, prev, audience) in entries.items():
                    now = visible(viewer, after[0], after[1], None, after[2])
                    if audience == me_id or (audience is None and (
                            now or visible(viewer, prev[0], prev[1], None, prev[2]))):
                        want[row_id] = now
                assert got == want, (role, team)
        db.close()
