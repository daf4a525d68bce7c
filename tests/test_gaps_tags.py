"""A tag made offline under a name that an older tag (its id not derived from its name)
holds on the server, in another case or spacing, becomes that tag: one tag, the account
tagged, nothing refused or left in Conflicts, whether the laptop pushes before it pulls
(an ordinary sync) or pulls first (its first sync). Real server, real workspaces."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from crmdesk.domain.tags import tag_id_for
from crmdesk.server.sync import record_change
from crmdesk.store import conflicts, refused
from crmdesk.store.models import AccountTag, Tag
from crmdesk.store.writes import add_tag, new_account
from crmdesk.sync.engine import SyncReport
from tests.test_server_sync import Client, _people
from tests.test_sync import Laptop, Server


def _live_links(session: object, account: uuid.UUID) -> list[uuid.UUID]:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    return list(session.scalars(select(AccountTag.tag_id).where(
        AccountTag.account_id == account, AccountTag.deleted.is_(False))))


@pytest.mark.parametrize("pull_first", [False, True])
def test_a_tag_made_offline_meets_the_servers_older_tag_of_that_name_in_any_case(
        server: Server, tmp_path: Path, pull_first: bool) -> None:
    http, db, _url = server
    ids = _people(server)
    amy = Laptop(tmp_path, http, "amy")
    try:
        with amy.store.write.begin() as s:
            account = new_account(s, name="Aim Co", owner_id=ids["amy"], team_id=ids["East"])
        amy.sync()
        # an older laptop made "aimed" under an id of its own, and tagged a pool company
        old = Client(http, ids["lea_auth"], "lea")
        old_tag, pool = uuid.uuid4(), uuid.uuid4()
        made = old.push(
            old.op("tags", old_tag, name="aimed", deleted=False),
            old.op("accounts", pool, name="Pool Co", name_key="pool co", status="lead",
                   owner_id=None, team_id=ids["East"].hex, custom_fields={}, value_score=0,
                   deleted=False),
            old.op("account_tags", uuid.uuid4(), account_id=pool.hex, tag_id=old_tag.hex,
                   deleted=False))
        assert [r["status"] for r in made.json()["results"]] == ["applied"] * 3
        with amy.store.write.begin() as s:  # offline, before amy has seen it
            assert add_tag(s, account, "Aimed") == tag_id_for("Aimed")
        if pull_first:
            amy.client.pull(SyncReport())
        told = amy.sync()  # nothing left refused: nothing to tell
        assert (told.refused, told.conflicts) == (0, [])
        amy.sync()
        with amy.store.session() as s:
            assert [(t.id, t.name) for t in s.scalars(select(Tag))] == [(old_tag, "aimed")]
            assert _live_links(s, account) == [old_tag]
            assert _live_links(s, pool) == [old_tag]
            assert refused.count(s) == 0
            assert conflicts.unresolved(s) == []
        with db.session() as s:
            assert [(t.id, t.name) for t in s.scalars(select(Tag))] == [(old_tag, "aimed")]
            assert _live_links(s, account) == [old_tag]
        with amy.store.write.begin() as s:  # tagging again in any case: the same tag
            assert add_tag(s, account, "AIMED") == old_tag
        assert amy.sync().pushed == 0
    finally:
        amy.close()


def test_tags_the_server_holds_twice_in_two_cases_stay_two_on_the_laptop(
        server: Server, tmp_path: Path) -> None:
    """A server from before one tag per name may hold "VIP" and "vip": the laptop
    mirrors both (only a tag of the laptop's own gives way), and stays in step."""
    http, db, _url = server
    ids = _people(server)
    old = Client(http, ids["lea_auth"], "lea")
    upper, lower, pool = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    made = old.push(
        old.op("tags", upper, name="VIP", deleted=False),
        old.op("accounts", pool, name="Pool Co", name_key="pool co", status="lead",
               owner_id=None, team_id=ids["East"].hex, custom_fields={}, value_score=0,
               deleted=False),
        old.op("account_tags", uuid.uuid4(), account_id=pool.hex, tag_id=upper.hex,
               deleted=False))
    assert [r["status"] for r in made.json()["results"]] == ["applied"] * 3
    amy = Laptop(tmp_path, http, "amy")  # its first sync brings "VIP"
    try:
        with db.session.begin() as s:  # as a server of before wrote it
            twin = Tag(id=lower, name="vip")
            s.add(twin)
            s.flush()
            record_change(s, "tags", twin, None, None)
        amy.sync()
        with amy.store.session() as s:
            assert sorted((t.name, t.id) for t in s.scalars(select(Tag))) == [
                ("VIP", upper), ("vip", lower)]
            assert _live_links(s, pool) == [upper]
        assert amy.sync().pulled == 0
    finally:
        amy.close()
