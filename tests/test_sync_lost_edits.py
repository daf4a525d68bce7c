"""Edits that were lost without a trace, each reproduced in the fewest steps.

Tags several laptops make at once: the link rows are named by account and tag, so two
laptops tagging one account offline write the same row; whoever changes it later
replaces everyone's value, and the conflict log says so (found by the random
convergence runs: the tags mix, seed 3). A laptop whose clock runs fast: its stamps are
clamped, and its later edit still beats its earlier one.
"""

from __future__ import annotations

import time
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import select

from crmdesk.protocol import PROTOCOL_VERSION
from crmdesk.server.schema import Conflict, ServerChange
from crmdesk.store.models import Account, AccountTag, LocalConflict
from crmdesk.store.writes import add_tag, new_account, remove_tag
from tests.sync_harness import BACKENDS, Laptop, Server, add_people, viewer_of
from tests.test_server_sync import Client, _people
from tests.test_sync_convergence import _check_history, _head

#: PostgreSQL at the default size; the SQLite server too when large.
SERVER_BACKENDS = BACKENDS


def test_an_untag_replacing_a_tag_it_never_saw_is_logged(server: Server,
                                                          tmp_path: Path) -> None:
    """Lea tags amy's company; amy, unaware, tags it too (later) and takes the tag off.
    Amy's tag found its values there and took the field's stamp; her untag then
    replaced lea's tag, which she never saw: lea is told, and every answer "applied"
    is borne out by the change log."""
    http, db, _url = server
    ids = add_people(server)
    log: list[dict[str, Any]] = []
    amy, lea = (Laptop(tmp_path, str(http.base_url), name, viewer_of(db, name), log=log)
                for name in ("amy", "lea"))
    for laptop in (amy, lea):
        laptop.wire.probe = lambda: _head(db)
    with amy.store.write.begin() as s:
        account = new_account(s, name="Both Co", owner_id=ids["amy"], team_id=ids["East"])
    amy.sync()
    lea.sync()
    with lea.store.write.begin() as s:
        tag = add_tag(s, account, "VIP")
    amy.store.clock.receive(lea.store.clock.tick())  # amy's edits come after lea's
    with amy.store.write.begin() as s:
        add_tag(s, account, "VIP")
    with amy.store.write.begin() as s:
        remove_tag(s, account, tag)
    link = uuid.uuid5(account, tag.hex)
    lea.sync()
    amy.sync()
    lea.sync()

    with db.session() as s:
        row = s.get(AccountTag, link)
        assert row is not None and row.deleted  # amy's untag is the latest edit
        logged = [(c.field, c.lost_value, c.kept_value, c.lost_client_id, c.kept_client_id)
                  for c in s.scalars(select(Conflict).where(Conflict.row_id == link))]
        changes = [c.row["deleted"] for c in s.scalars(
            select(ServerChange).where(ServerChange.row_id == link).order_by(ServerChange.seq))]
    assert changes == [False, True]  # lea's tag, amy's untag; amy's own tag changed nothing
    assert logged == [("deleted", False, True, lea.client_id, amy.client_id)]
    with lea.store.session() as s:
        told = [(c.field, c.my_value, c.their_value) for c in s.scalars(
            select(LocalConflict).where(LocalConflict.row_id == link))]
    assert told == [("deleted", False, True)]
    assert _check_history(db, {"amy": amy, "lea": lea}, log) == []
    for laptop in (amy, lea):
        laptop.close()


def test_an_earlier_edit_loses_to_a_later_same_value_from_another_laptop(server: Server
                                                                         ) -> None:
    """A laptop's edit stamped between another person's value and a later laptop's
    rewrite of that same value loses, and is logged: the later stamp holds the field,
    though the value is still the first writer's."""
    http, db, _url = server
    ids = _people(server)
    amy = Client(http, ids["amy_auth"], "amy")
    ben = Client(http, ids["ben_auth"], "ben", skew_ms=3_000)
    account = uuid.uuid4()
    made = amy.push(amy.op("accounts", account, name="Same Co", name_key="same co",
                           status="lead", owner_id=None, team_id=ids["East"].hex,
                           custom_fields={}, value_score=0, deleted=False)).json()
    assert made["results"][0]["status"] == "applied"
    amy.skew = 1_000
    assert amy.push(amy.op("accounts", account, phone="021 1111 1111")
                    ).json()["results"][0]["status"] == "applied"
    assert ben.push(ben.op("accounts", account, phone="021 1111 1111")
                    ).json()["results"][0]["status"] == "applied"  # the same, later
    amy.skew = 2_000  # later than amy's value, earlier than ben's
    answer = amy.push(amy.op("accounts", account, phone="021 2222 2222")).json()
    assert answer["results"][0]["status"] == "refused"
    assert answer["results"][0]["lost"] == ["phone"]
    with db.session() as s:
        lost = [(c.lost_value, c.kept_value) for c in s.scalars(
            select(Conflict).where(Conflict.row_id == account))]
    assert lost == [("021 2222 2222", "021 1111 1111")]


def test_a_fast_laptops_later_edit_beats_its_earlier_one_though_both_are_clamped(
        server: Server) -> None:
    """A clock a day fast: both edits are clamped to the server's limit, which keeps
    their counters, and the earlier one's is higher (three edits in its millisecond).
    The later edit still wins, as it does on the laptop."""
    http, db, _url = server
    ids = _people(server)
    account = uuid.uuid4()
    ahead = time.time_ns() // 1_000_000 + 24 * 3600 * 1000

    def op(seq: int, wall_ms: int, counter: int, **fields: Any) -> dict[str, Any]:
        return {"op_id": str(uuid.uuid4()), "seq": seq, "entity": "accounts",
                "row_id": str(account), "fields": fields,
                "stamp": f"{wall_ms:012x}-{counter:08x}-amy"}

    answer = http.post("/v1/push", headers=ids["amy_auth"], json={
        "client_id": "amy", "protocol": PROTOCOL_VERSION, "ops": [
            op(1, ahead, 2, name="Fast Co", name_key="fast co", status="lead",
               owner_id=ids["amy"].hex, team_id=ids["East"].hex, custom_fields={},
               value_score=0, deleted=False, phone="021 1111 1111"),
            op(2, ahead + 5, 0, phone="021 2222 2222")]}).json()
    assert [r["status"] for r in answer["results"]] == ["applied", "applied"]
    with db.session() as s:
        row = s.get(Account, account)
        assert row is not None and row.phone == "021 2222 2222"
        assert s.scalars(select(Conflict).where(Conflict.row_id == account)).all() == []
