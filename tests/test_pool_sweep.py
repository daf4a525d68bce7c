"""The server's pool sweep on real server databases (PostgreSQL and SQLite), with real
laptops syncing over HTTP: the due accounts return to their team's pool with their
history and a timeline entry saying why, the laptops receive it (the rep loses it, the
pool shows it), the SQL condition agrees with the domain rule, and the admin commands."""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from crmdesk.domain import pool as rules
from crmdesk.domain.activity import ActivityKind, Outcome
from crmdesk.domain.lifecycle import Status
from crmdesk.domain.pool import PoolFacts, PoolRules
from crmdesk.server.pool import due_ids, sweep
from crmdesk.server.schema import ServerChange
from crmdesk.store import pool_queries
from crmdesk.store import queries as q
from crmdesk.store.models import Account, Activity, Contact, Opportunity, OpportunityStage, Team
from crmdesk.store.writes import ActivityInput, log_activity, new_account, new_contact
from tests.server_fixtures import server_cli_here
from tests.sync_harness import (
    Laptop,
    Server,
    add_people,
    held_ids,
    mirror_problems,
    turn_returns_on,
    viewer_of,
)

NOW = datetime(2026, 11, 25, 12, 0)
ASSIGNED = date(2026, 10, 1)  # due back on 2026-10-31 without two-way contact


def _account(laptop: Laptop, owner: uuid.UUID, team: uuid.UUID, name: str, *,
             assigned: date = ASSIGNED, talked: datetime | None = None) -> uuid.UUID:
    """An account of `owner`'s, assigned on `assigned`, with a contact, a call that did not
    reach them and, with `talked`, a two-way one then."""
    with laptop.store.write.begin() as s:
        account = new_account(s, name=name, owner_id=owner, team_id=team,
                              assigned_on=assigned)
        person = new_contact(s, account, name=f"Buyer at {name}", mobile="13800001111")
        log_activity(s, account, owner, ActivityInput(
            ActivityKind.CALL, Outcome.NO_ANSWER, "Rang", contact_id=person,
            occurred_at=datetime(2026, 10, 2, 9)))
        if talked is not None:
            log_activity(s, account, owner, ActivityInput(
                ActivityKind.CALL, Outcome.REACHED, "Talked", contact_id=person,
                occurred_at=talked))
    return account


def test_the_sweep_returns_idle_accounts_with_their_history(server: Server,
                                                            tmp_path: Path) -> None:
    http, db, _url = server
    ids = add_people(server)
    turn_returns_on(db, ids["East"])
    amy, ben = (Laptop(tmp_path, str(http.base_url), name, viewer_of(db, name))
                for name in ("amy", "ben"))
    idle = _account(amy, ids["amy"], ids["East"], "Idle Trading Ltd")
    talked = _account(amy, ids["amy"], ids["East"], "Talked Trading Ltd",
                      talked=datetime(2026, 11, 10, 10))
    fresh = _account(amy, ids["amy"], ids["East"], "Fresh Trading Ltd",
                     assigned=date(2026, 11, 20))
    amy.sync()
    ben.sync()
    assert idle not in held_ids(ben, Account) or _owner(ben, idle) == ids["amy"]

    with db.session.begin() as s:
        dry = sweep(s, NOW, dry_run=True)
        s.rollback()
    assert [r.account_id for r in dry.returned] == [idle]
    with db.session() as s:
        assert s.get(Account, idle).owner_id == ids["amy"]  # type: ignore[union-attr]

    with db.session.begin() as s:
        done = sweep(s, NOW)
    assert [(r.name, r.owner, r.team, r.due_on) for r in done.returned] == [
        ("Idle Trading Ltd", "amy", "East", date(2026, 10, 31))]
    assert done.rows >= 4  # the account, its contact, its call and more
    with db.session() as s:
        account = s.get(Account, idle)
        assert account is not None and account.owner_id is None
        assert account.team_id == ids["East"] and account.pool_returned_from == ids["amy"]
        assert account.pool_due_on == date(2026, 10, 31)
        assert account.pool_return_why == rules.Why.NO_CONTACT
        # its history went with it
        assert {c.owner_id for c in s.scalars(select(Contact).where(
            Contact.account_id == idle))} == {None}
        notes = list(s.scalars(select(Activity).where(Activity.account_id == idle,
                                                       Activity.kind == ActivityKind.NOTE)))
        assert len(notes) == 1 and notes[0].author_id is None and notes[0].owner_id is None
        assert notes[0].notes == ("Returned to the team pool from amy: no two-way contact "
                                  "for 30 days (since 2026-10-01).")
        assert {a.owner_id for a in s.scalars(select(Activity).where(
            Activity.account_id == idle))} == {None}
        for other in (talked, fresh):
            assert s.get(Account, other).owner_id == ids["amy"]  # type: ignore[union-attr]
        # logged for the laptops, its owner field stamped by the server's clock
        assert s.scalar(select(ServerChange.prev_owner_id).where(
            ServerChange.row_id == idle, ServerChange.entity == "accounts")
            .order_by(ServerChange.seq.desc()).limit(1)) == ids["amy"]
    with db.session.begin() as s:
        assert sweep(s, NOW).returned == ()  # nothing left due

    # the laptops receive it: off amy's own accounts, in the team's pool for both
    for laptop in (amy, ben):
        laptop.sync()
        assert _owner(laptop, idle) is None
        with laptop.store.session() as s:
            me = q.user_by_name(s, laptop.username)
            assert me is not None
            pool_ids = q.queue_ids(s, me, q.QueueFilter.TEAM_POOL, NOW.date())
            mine = q.queue_ids(s, me, q.QueueFilter.MY_QUEUE, NOW.date())
            entries = q.timeline(s, idle)
        assert idle in pool_ids and idle not in mine
        assert entries[0].notes.startswith("Returned to the team pool from amy")
        assert mirror_problems(db, laptop) == []
    amy.close()
    ben.close()


def _owner(laptop: Laptop, account_id: uuid.UUID) -> uuid.UUID | None:
    with laptop.store.session() as s:
        row = s.get(Account, account_id)
        assert row is not None
        return row.owner_id


def test_the_sql_condition_agrees_with_the_rule(server: Server) -> None:
    """Random accounts on the server's database: the accounts `due_by` selects for a day
    are exactly those domain.pool.due puts on or before it."""
    _http, db, _url = server
    rng = random.Random(15)
    base = date(2026, 9, 1)
    with db.session.begin() as s:
        team = s.scalars(select(Team)).one()
        amy = q.user_by_name(s, "amy")
        assert amy is not None
        for i in range(120):
            account = Account(id=uuid.uuid4(), name=f"Co {i}", name_key=f"co {i}",
                              owner_id=amy.id if rng.random() < 0.9 else None,
                              team_id=team.id, status=rng.choice(list(Status)),
                              assigned_on=rng.choice([None, base + timedelta(rng.randrange(60))]),
                              acquired_on=rng.choice([None, base - timedelta(rng.randrange(30))]))
            s.add(account)
            for _ in range(rng.randrange(4)):
                s.add(Activity(id=uuid.uuid4(), account_id=account.id, owner_id=amy.id,
                               team_id=team.id, kind=rng.choice(list(ActivityKind)),
                               outcome=rng.choice([None, *Outcome]),
                               occurred_at=datetime(2026, 8, 1) + timedelta(
                                   hours=rng.randrange(24 * 120)),
                               deleted=rng.random() < 0.1))
            for _ in range(rng.randrange(3)):
                s.add(Opportunity(id=uuid.uuid4(), account_id=account.id, name="Deal",
                                  owner_id=amy.id, team_id=team.id,
                                  stage=rng.choice(list(OpportunityStage)),
                                  created_on=rng.choice([None, base + timedelta(
                                      rng.randrange(90))]),
                                  deleted=rng.random() < 0.1))
    team_rules = PoolRules(no_contact_days=20, no_deal_days=45)
    with db.session() as s:
        everyone = list(s.scalars(select(Account.id)))
        facts: dict[uuid.UUID, PoolFacts] = pool_queries.pool_facts(s, everyone)
        owned = set(s.scalars(select(Account.id).where(Account.owner_id.is_not(None))))
        for day in (date(2026, 10, 1), date(2026, 10, 20), date(2026, 11, 15)):
            found = set(due_ids(s, day, {team.id: team_rules}))
            expected = {a for a in owned if (when := rules.due(team_rules, facts[a]))
                        is not None and when.on <= day}
            assert found == expected
            assert expected  # the data exercise the rule
        assert due_ids(s, date(2026, 12, 1), {team.id: PoolRules(0, 0)}) == []


def test_admins_set_the_rules_and_sweep_from_the_command_line(server: Server,
                                                              tmp_path: Path) -> None:
    http, db, url = server
    ids = add_people(server)
    amy = Laptop(tmp_path, str(http.base_url), "amy", viewer_of(db, "amy"))
    gone = _account(amy, ids["amy"], ids["East"], "Long Idle Ltd", assigned=date(2020, 1, 6))
    kept = _account(amy, ids["amy"], ids["East"], "Just Claimed Ltd",
                    assigned=date.today() + timedelta(days=1))
    amy.sync()

    shown = server_cli_here("pool", "rules", "East", "--database-url", url)
    assert shown.returncode == 0 and "Claims a day per rep (--claims-per-day): 20" in shown.stdout
    # a team that has set no rules has nothing returned: the command says how to start
    assert "(--no-contact-days): off" in shown.stdout
    assert "Nothing returns to the pool. --suggested turns returns on" in shown.stdout
    idle = server_cli_here("pool", "sweep", "--dry-run", "--database-url", url)
    assert idle.returncode == 0 and "Would return 0 account(s)" in idle.stdout
    bad = server_cli_here("pool", "rules", "East", "--no-contact-days", "-3",
                          "--database-url", url)
    assert bad.returncode == 1 and "days from 0 to 3650" in bad.stderr
    assert "Nothing was changed" in bad.stderr
    changed = server_cli_here("pool", "rules", "East", "--suggested", "--no-contact-days",
                              "45", "--claims-per-day", "0", "--database-url", url)
    assert changed.returncode == 0, changed.stderr
    assert "(--no-contact-days): 45" in changed.stdout and "(--claims-per-day): off" in (
        changed.stdout)
    assert "Nothing returns" not in changed.stdout
    with db.session() as s:  # the suggested rules, with its own figures where it gave them
        assert pool_queries.rules_for(s, ids["East"]) == PoolRules(
            no_contact_days=45, no_deal_days=rules.SUGGESTED_RETURNS.no_deal_days,
            claims_per_day=0)
    assert server_cli_here("pool", "rules", "Nowhere", "--database-url", url).returncode == 1

    dry = server_cli_here("pool", "sweep", "--dry-run", "--database-url", url)
    assert dry.returncode == 0, dry.stderr
    assert "Would return: Long Idle Ltd — amy → pool of East" in dry.stdout
    assert "Just Claimed" not in dry.stdout
    with db.session() as s:
        assert s.get(Account, gone).owner_id == ids["amy"]  # type: ignore[union-attr]
    ran = server_cli_here("pool", "sweep", "--database-url", url)
    assert ran.returncode == 0 and "Returned 1 account(s) to their team's pool" in ran.stdout
    with db.session() as s:
        assert s.get(Account, gone).owner_id is None  # type: ignore[union-attr]
        assert s.get(Account, kept).owner_id == ids["amy"]  # type: ignore[union-attr]
    # the lead's laptop receives the team's rules
    lea = Laptop(tmp_path, str(http.base_url), "lea", viewer_of(db, "lea"))
    with lea.store.session() as s:
        assert pool_queries.rules_for(s, ids["East"]).no_contact_days == 45
    for laptop in (amy, lea):
        laptop.close()
