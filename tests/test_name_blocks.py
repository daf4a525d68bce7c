"""The server's table of name blocks (crmdesk.server.name_blocks, s0021_name_blocks):
kept by the database's triggers whoever writes an account, filled by the rule, filled
for the accounts there were when it came, and never left holding a block of an old
name unmarked, even when a rename meets a fill."""

from __future__ import annotations

import threading
import uuid
from collections import defaultdict
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import delete, insert, select, update

from crmdesk.domain.dedupe import company_key
from crmdesk.server import name_blocks
from crmdesk.server.app import create_app
from crmdesk.server.db import ServerDB, connect, migrate
from crmdesk.server.name_blocks import blocks_of
from crmdesk.server.schema import NameBlock, NameBlockPending
from crmdesk.store.models import Account
from tests.server_fixtures import database_url, serving_app

#: What `held` lists for a pending account.
PENDING = "(pending)"
NAMES = ["北京市东飞物流股份有限公司", "ACME Trading Co., Ltd.", "Highgate Logistics Company",
         'טבע תעשיות בע"מ', "IBM", "Bluewater Trading"]


@pytest.fixture(params=["postgres", "sqlite"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> ServerDB:
    with database_url(request.param, tmp_path) as url:
        made = connect(url)
        try:
            yield made  # type: ignore[misc]
        finally:
            made.close()


def held(db: ServerDB) -> dict[uuid.UUID, set[str]]:
    """Each account's blocks in the table, and PENDING for a pending one."""
    out: dict[uuid.UUID, set[str]] = defaultdict(set)
    with db.session() as session:
        for block, account_id in session.execute(select(NameBlock.block,
                                                        NameBlock.account_id)):
            out[account_id].add(block)
        for account_id in session.scalars(select(NameBlockPending.account_id)):
            out[account_id].add(PENDING)
    return dict(out)


def account(name: str) -> Account:
    return Account(id=uuid.uuid4(), name=name, name_key=company_key(name), owner_id=None,
                   team_id=None, custom_fields={})


def test_every_write_of_a_name_marks_it_pending_until_filled(db: ServerDB) -> None:
    made = [account(name) for name in NAMES]
    with db.session.begin() as session:
        session.add_all(made[:3])  # as the intake inserts
        session.flush()
        # as a push or an import may: a statement of its own
        session.execute(insert(Account), [{c: getattr(a, c) for c in (
            "id", "name", "name_key", "owner_id", "team_id", "custom_fields")}
            for a in made[3:]])
    assert held(db) == {a.id: {PENDING} for a in made}
    with db.session.begin() as session:
        assert name_blocks.fill(session, limit=4) == 4
        assert name_blocks.fill_all(session) == 2
        assert name_blocks.fill(session) == 0
    assert held(db) == {a.id: set(blocks_of(a.name)) for a in made}
    assert held(db)[made[0].id] == {"h:东飞", "t:东飞"}
    first, second, third = made[:3]
    with db.session.begin() as session:
        # a write that leaves the name as it was marks nothing
        session.execute(update(Account).where(Account.id == first.id)
                        .values(name=first.name, website="acme.example"))
        session.execute(update(Account).where(Account.id == second.id)
                        .values(name="Acme Trading Holdings"))
        session.execute(delete(Account).where(Account.id == third.id))
    after = held(db)
    assert after[first.id] == set(blocks_of(first.name))
    assert after[second.id] == {PENDING}
    assert third.id not in after
    with db.session.begin() as session:
        name_blocks.fill_all(session)
    assert held(db)[second.id] == set(blocks_of("Acme Trading Holdings"))


def test_a_starting_server_derives_the_blocks_left_pending(db: ServerDB) -> None:
    """An import (or a rule change) leaves many accounts pending: a server starting
    derives their blocks before it takes its first post, so its first batches neither
    derive them nor read them all as pending."""
    made = [account(name) for name in NAMES]
    with db.session.begin() as session:
        session.add_all(made)
    assert held(db) == {a.id: {PENDING} for a in made}
    with serving_app(create_app(db)):
        assert held(db) == {a.id: set(blocks_of(a.name)) for a in made}


def test_the_migration_fills_the_blocks_of_the_accounts_there_are(db: ServerDB) -> None:
    config = Config()
    config.set_main_option("script_location", "crmdesk.server:migrations")
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "s0020_intake_speed")
    made = [account(name) for name in NAMES]
    with db.session.begin() as session:
        session.add_all(made)
    migrate(db)
    assert held(db) == {a.id: set(blocks_of(a.name)) for a in made}
    with db.session.begin() as session:  # its triggers are there
        session.execute(update(Account).where(Account.id == made[0].id).values(name="X"))
    assert held(db)[made[0].id] == {PENDING}


def test_a_rename_meeting_a_fill_is_left_pending(tmp_path: Path) -> None:
    """A fill holds the marks it fills; a rename of one of them waits for it, then marks
    it again, so the blocks of the old name are never taken for the new one's; a
    second fill meanwhile skips the held marks rather than waiting."""
    with database_url("postgres", tmp_path) as url:
        db = connect(url)
        try:
            one = account("Bluewater Trading")
            with db.session.begin() as session:
                session.add(one)
            renamed = threading.Event()
            filling = db.session()
            assert name_blocks.fill(filling) == 1  # its transaction open: the mark held
            with db.session() as other:
                assert name_blocks.fill(other) == 0  # skipped, not waited for

            def rename() -> None:
                with db.session.begin() as session:
                    session.execute(update(Account).where(Account.id == one.id)
                                    .values(name="Greenwater Shipping"))
                renamed.set()

            thread = threading.Thread(target=rename)
            thread.start()
            assert not renamed.wait(0.5)  # it waits for the fill
            filling.commit()
            filling.close()
            thread.join(10)
            assert renamed.is_set()
            # pending, the blocks the fill wrote from the old name gone
            assert held(db)[one.id] == {PENDING}
            with db.session.begin() as session:
                name_blocks.fill_all(session)
            assert held(db)[one.id] == set(blocks_of("Greenwater Shipping"))
        finally:
            db.close()
