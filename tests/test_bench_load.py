"""The load bench's generator (bench/bench_server_load.py), in a short run against the
real server over HTTP on PostgreSQL: the reps it makes sync without an error, and the
field edits it counts as applied are on the server."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from bench.bench_server_load import drive, log_head, make_reps
from crmdesk.server.db import connect
from crmdesk.server.demo import load_demo
from crmdesk.store.models import Account, User
from tests.server_fixtures import database_url, running_server


def test_the_load_generator_syncs_its_reps_without_errors(tmp_path: Path) -> None:
    with database_url("postgres", tmp_path) as url:
        db = connect(url)
        try:
            load_demo(db, 120, seed=2)
            reps = make_reps(db, 6)
            cursor = log_head(db)
        finally:
            db.close()
        assert len({rep.token for rep in reps}) == 6 and all(rep.accounts for rep in reps)
        with running_server(url) as (base, server_db):
            tally = drive(base, reps, duration=2.0, pause=0.2, cursor=cursor)
            with server_db.session() as session:
                edited = session.scalar(select(func.count()).select_from(Account).where(
                    Account.region.startswith("Bench region")))
                owners = set(session.scalars(select(User.username).join(
                    Account, Account.owner_id == User.id).where(
                    Account.region.startswith("Bench region"))))
    assert not tally.errors, tally.errors
    pushes = len(tally.ms["POST /v1/push"])
    assert tally.rounds >= len(reps) and pushes >= tally.rounds
    assert tally.edits == 3 * pushes and tally.refused_ops == 0  # every edit applied
    assert all(len(tally.ms[name]) >= tally.rounds for name in tally.ms)
    assert edited and owners <= {rep.username for rep in reps}
