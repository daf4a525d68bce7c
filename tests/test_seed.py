"""The demo workspace: deterministic, consistent, realistic."""

from __future__ import annotations

import hashlib
import sqlite3
from collections import Counter
from pathlib import Path

from sqlalchemy import func, select

from crmdesk.demo.generate import Generator
from crmdesk.demo.seed import seed_workspace
from crmdesk.domain.dedupe import company_key, phone_e164
from crmdesk.domain.lifecycle import Status
from crmdesk.domain.pool import SUGGESTED_RETURNS
from crmdesk.store import pool_queries
from crmdesk.store.db import Store, open_store
from crmdesk.store.duplicates import duplicate_clusters
from crmdesk.store.models import Account, Activity, Contact, Contract, Payment, PoolRule, Team
from crmdesk.store.queries import facts_for, user_by_id
from crmdesk.store.workspace_keys import CURRENT_USER
from tests.conftest import ACCOUNTS, TODAY


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with sqlite3.connect(path) as conn:
        for table in ("accounts", "contacts", "activities", "payments"):
            for row in conn.execute(f"SELECT * FROM {table} ORDER BY id"):
                h.update(repr(row).encode())
    return h.hexdigest()


def test_same_seed_same_workspace(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "c.db"
    seed_workspace(a, 150, seed=3, today=TODAY)
    seed_workspace(b, 150, seed=3, today=TODAY)
    seed_workspace(c, 150, seed=4, today=TODAY)
    assert _digest(a) == _digest(b) != _digest(c)


def test_workspace_is_consistent(seeded: Store) -> None:
    with seeded.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    with seeded.session() as session:
        accounts = session.scalar(select(func.count()).select_from(Account))
        contacts = session.scalar(select(func.count()).select_from(Contact))
        activities = session.scalar(select(func.count()).select_from(Activity))
        assert accounts == ACCOUNTS
        assert 2.5 < contacts / accounts < 3.5  # type: ignore[operator]
        assert 8 < activities / accounts < 13  # type: ignore[operator]
        user = CURRENT_USER.get(session)
        assert user is not None


def test_every_team_has_turned_the_pools_returns_on(seeded: Store) -> None:
    """A team without pool rules returns nothing: the demo's teams have the suggested
    ones, so the demo shows accounts about to return and the server's sweep works."""
    with seeded.session() as session:
        teams = list(session.scalars(select(Team.id)))
        assert teams and session.scalar(select(func.count()).select_from(PoolRule)) == len(
            teams)
        assert all(pool_queries.rules_for(session, team) == SUGGESTED_RETURNS
                   for team in teams)


def test_each_accounts_next_step_is_its_newest_entrys(seeded: Store) -> None:
    """The rule logging follows (store.writes): an account's next follow-up is its newest
    activity's, so logging a note with no follow-up never finds another one to wipe."""
    with seeded.engine.connect() as conn:
        differ = conn.exec_driver_sql("""
            SELECT count(*) FROM accounts a
            WHERE a.deleted = 0 AND EXISTS (
                SELECT 1 FROM activities x WHERE x.account_id = a.id AND x.deleted = 0)
              AND a.next_follow_up_on IS NOT (
                SELECT x.next_follow_up_on FROM activities x
                WHERE x.account_id = a.id AND x.deleted = 0
                ORDER BY x.occurred_at DESC, x.id DESC LIMIT 1)""").scalar()
    assert differ == 0


def test_status_agrees_with_the_record(seeded: Store) -> None:
    with seeded.session() as session:
        sample = session.execute(select(Account.id, Account.status).limit(200)).all()
        for account_id, status in sample:
            facts = facts_for(session, account_id)
            if status is Status.CONTRACTED:
                assert facts.contract_signed and facts.payment_received
            elif status is Status.INTENDED:
                assert facts.open_opportunity_ready and facts.two_way_contact_logged
            elif status is Status.POTENTIAL:
                assert facts.two_way_contact_logged and facts.has_reachable_contact
        paid = session.scalar(select(func.count(func.distinct(Payment.account_id))))
        signed = session.scalar(select(func.count(func.distinct(Contract.account_id))))
        assert paid == signed


def test_phones_are_real_numbers_in_both_forms(seeded: Store) -> None:
    with seeded.session() as session:
        rows = session.execute(select(Contact.mobile, Contact.mobile_e164)).all()
        rows += session.execute(select(Contact.landline, Contact.landline_e164)
                                .where(Contact.landline.is_not(None))).all()
        rows += session.execute(select(Account.phone, Account.phone_e164)).all()
    for shown, e164 in rows:
        assert phone_e164(shown, "CN") == e164


def test_names_in_several_scripts_and_legal_forms(seeded: Store) -> None:
    with seeded.session() as session:
        names = list(session.scalars(select(Account.name)))
    assert any("有限公司" in n for n in names)
    assert any(n.endswith(("Co., Ltd.", "Inc.", "LLC", "GmbH", "Ltd.")) for n in names)
    assert any('בע"מ' in n for n in names)
    keys = Counter(company_key(n) for n in names)
    dup_keys = [k for k, c in keys.items() if c > 1]
    assert dup_keys, "the demo has deliberate near-duplicates"


def test_deliberate_duplicates_are_found(seeded: Store) -> None:
    with seeded.session() as session:
        found = duplicate_clusters(session)
        names = list(session.scalars(select(Account.name)))
    keys = Counter(company_key(n) for n in names)
    expected = {k for k, c in keys.items() if c > 1}
    reported = {company_key(m.name) for c in found for m in c.members}
    assert expected <= reported


def test_generator_refuses_an_empty_workspace() -> None:
    import pytest

    with pytest.raises(ValueError, match="at least one account"):
        Generator(0)


def test_first_rep_is_signed_in(seeded: Store) -> None:
    with seeded.session() as session:
        value = CURRENT_USER.get(session)
        assert value is not None
        user = user_by_id(session, value)
    assert user is not None and user.role.value == "rep"


def _rows(path: Path, query: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(query).fetchall()


def test_more_deals_for_the_bench(tmp_path: Path) -> None:
    """The bench's workspace (more_deals=1.0): about 1.5 deals an account, each with its
    history, products and decision roles, still agreeing with its account's status; the
    rest of the workspace is the one made without them."""
    plain, more = tmp_path / "plain.db", tmp_path / "more.db"
    seed_workspace(plain, 400, seed=5, today=TODAY)
    seed_workspace(more, 400, seed=5, today=TODAY, more_deals=1.0)
    deals = _rows(more, "SELECT count(*) FROM opportunities")[0][0]
    assert _rows(plain, "SELECT count(*) FROM opportunities")[0][0] < 0.9 * 400
    assert 1.35 * 400 < deals < 1.65 * 400
    bare = _rows(more, """
        SELECT count(*) FROM opportunities o WHERE
          NOT EXISTS (SELECT 1 FROM deal_changes c WHERE c.opportunity_id = o.id)
          OR NOT EXISTS (SELECT 1 FROM opportunity_products p WHERE p.opportunity_id = o.id)
          OR NOT EXISTS (SELECT 1 FROM decision_roles r WHERE r.opportunity_id = o.id)""")
    assert bare == [(0,)]
    # won deals (with a contract each) only at contracted accounts, none at leads
    assert _rows(more, """
        SELECT a.status, o.stage, count(*) FROM opportunities o
        JOIN accounts a ON a.id = o.account_id
        WHERE a.status = 'lead' OR (o.stage = 'won' AND a.status != 'contracted')
           OR (o.stage = 'won' AND NOT EXISTS (
                SELECT 1 FROM contracts k WHERE k.opportunity_id = o.id))
        GROUP BY 1, 2""") == []
    assert len({n for (n,) in _rows(more, "SELECT number FROM contracts")}) == \
        _rows(more, "SELECT count(*) FROM contracts")[0][0]
    with sqlite3.connect(more) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    for table in ("contacts", "activities"):
        query = f"SELECT * FROM {table} ORDER BY id"
        assert _rows(plain, query) == _rows(more, query)
    store = open_store(more)
    try:
        with store.session() as session:
            for account_id, status in session.execute(select(Account.id, Account.status)):
                facts = facts_for(session, account_id)
                if status is Status.CONTRACTED:
                    assert facts.contract_signed and facts.payment_received
                elif status is Status.INTENDED:
                    assert facts.open_opportunity_ready
    finally:
        store.close()
