"""An equal value is not a conflict: two laptops that write the same value to the same
field see no conflict on either side, whichever syncs first; different values still log
exactly one conflict holding both (real server, real workspaces)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from crmdesk.server.schema import Conflict
from crmdesk.store import conflicts
from crmdesk.store.models import Account
from crmdesk.store.writes import new_account, update_account_field
from tests.test_server_sync import _people
from tests.test_sync import Laptop, Server


@pytest.mark.parametrize("later_syncs_first", [True, False])
@pytest.mark.parametrize(("amy_writes", "lea_writes"), [
    ("1 Same Road", "1 Same Road"), ("1 Amy Road", "2 Lea Street")])
def test_an_equal_value_is_no_conflict_and_a_different_one_is_one(
        server: Server, tmp_path: Path, later_syncs_first: bool, amy_writes: str,
        lea_writes: str) -> None:
    http, db, _url = server
    ids = _people(server)
    amy, lea = Laptop(tmp_path, http, "amy"), Laptop(tmp_path, http, "lea")
    try:
        with amy.store.write.begin() as s:
            account = new_account(s, name="Harbour Freight Co", owner_id=ids["amy"],
                                  team_id=ids["East"])
        amy.sync()
        lea.sync()
        with amy.store.write.begin() as s:  # the earlier edit
            update_account_field(s, account, "address", amy_writes)
        with lea.store.write.begin() as s:  # the later edit: it holds the field
            update_account_field(s, account, "address", lea_writes)
        order = [lea, amy] if later_syncs_first else [amy, lea]
        for laptop in order + order:
            laptop.sync()
        different = amy_writes != lea_writes
        with db.session() as session:
            logged = session.scalars(select(Conflict)).all()
            assert [(c.field, c.kept_value, c.lost_value) for c in logged] == (
                [("address", lea_writes, amy_writes)] if different else [])
        for laptop, lost in ((amy, different), (lea, False)):
            with laptop.store.session() as s:
                rows = conflicts.unresolved(s)
                assert [(r.mine, r.theirs) for r in rows] == (
                    [(amy_writes, lea_writes)] if lost else []), rows
                kept = s.get(Account, account)
                assert kept is not None and kept.address == lea_writes
                assert s.scalar(select(func.count()).select_from(Account)) == 1
    finally:
        amy.close()
        lea.close()
