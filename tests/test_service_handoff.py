"""The hand-off to customer service through the real server over HTTP (PostgreSQL): a
contracted customer's first payment, pushed by the rep's laptop, gets a service owner
round robin and its onboarding tasks with due dates; the service user's laptop receives
the account whole at its next sync, and nothing else; a second payment does nothing
more; a named service user's rule; a team with no service user waits until
`crmdesk-server service handoff`; a service user's pushes of sales fields or of other
accounts are refused; a task marked done offline reaches the rep; reassigning the
service owner moves the account from one service laptop to the other."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from crmdesk.app import activities, deals, rights, service
from crmdesk.domain.activity import ActivityKind
from crmdesk.domain.deals import DecisionRoleKind, Due
from crmdesk.domain.scope import LEADS_ONLY, SERVICE_READS
from crmdesk.domain.service import AssignBy, Step, handoff_rule_id
from crmdesk.server import pool_schedule
from crmdesk.server.handoff import served_teams
from crmdesk.store import service_queries as sq
from crmdesk.store.contract_queries import credited_sales
from crmdesk.store.deal_writes import ContractIn
from crmdesk.store.models import Account, Activity, Contact, HandoffRule, ServiceTask
from crmdesk.store.records import RECORDS, of_company
from crmdesk.store.refusals import Refused
from crmdesk.store.served import SERVED_STAYS, TASKS_BY_HANDOFF
from crmdesk.store.writes import ActivityInput, new_account, new_contact
from tests.conftest import TODAY
from tests.server_fixtures import PASSWORD, server_cli_here
from tests.sync_harness import (
    Laptop,
    Server,
    add_people,
    held_ids,
    laptop_context,
    laptop_rows,
    mirror_problems,
    rogue_push,
    viewer_of,
)


def _add_service_user(url: str, name: str, team: str, display: str) -> None:
    made = server_cli_here("user", "add", name, "--team", team, "--role", "service",
                           "--display-name", display, "--database-url", url,
                           password=PASSWORD)
    assert made.returncode == 0, made.stderr


def _customer(laptop: Laptop, name: str, owner: uuid.UUID, team: uuid.UUID
              ) -> tuple[uuid.UUID, uuid.UUID]:
    """A company of the rep's with a contact and a signed contract: (account, contract)."""
    with laptop.store.write.begin() as s:
        account = new_account(s, name=name, owner_id=owner, team_id=team)
        new_contact(s, account, name=f"Buyer at {name}", mobile="138 0000 1111")
    contract = deals.record_contract(laptop_context(laptop), account, ContractIn(
        f"C-{name[:3]}", TODAY, 100_000_00)).value
    return account, contract


def _pay(laptop: Laptop, contract: uuid.UUID, amount: int = 40_000_00) -> None:
    deals.record_payment(laptop_context(laptop), contract, amount, TODAY)


def _tasks(db: Any, account: uuid.UUID) -> list[tuple[str, date, uuid.UUID | None]]:
    with db.session() as s:
        return [(t.title, t.due_on, t.assignee_id) for t in s.scalars(
            select(ServiceTask).where(ServiceTask.account_id == account)
            .order_by(ServiceTask.position))]


def _server_today() -> date:
    return datetime.now(UTC).date()


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_first_payment_hands_the_customer_to_service_round_robin(
        server: Server, tmp_path: Path) -> None:
    http, db, url = server
    ids = add_people(server)
    _add_service_user(url, "dana", "East", "Dana Levi")
    _add_service_user(url, "eli", "East", "Eli Cohen")
    base = str(http.base_url)
    amy, dana, eli, lea = (Laptop(tmp_path, base, name, viewer_of(db, name))
                           for name in ("amy", "dana", "eli", "lea"))
    acme, acme_contract = _customer(amy, "Acme Robotics", ids["amy"], ids["East"])
    other, _ = _customer(amy, "Other Works", ids["amy"], ids["East"])
    # signed, not yet paid: no hand-off
    amy.sync()
    with db.session() as s:
        assert s.get(Account, acme).service_owner_id is None  # type: ignore[union-attr]

    _pay(amy, acme_contract)
    amy.sync()
    today = _server_today()
    ids.update({"dana": viewer_of(db, "dana").user_id, "eli": viewer_of(db, "eli").user_id})
    with db.session() as s:
        row = s.get(Account, acme)
        assert row is not None and row.service_owner_id == ids["dana"]  # first in turn
        assert row.owner_id == ids["amy"]  # the rep keeps the account
    assert _tasks(db, acme) == [("Kick-off call", today + timedelta(days=2), ids["dana"]),
                                ("Account opening", today + timedelta(days=5), ids["dana"]),
                                ("Training", today + timedelta(days=10), ids["dana"])]

    # dana's laptop receives the account whole, its tasks and the note; nothing else
    dana.sync()
    assert held_ids(dana, Account) == {acme}
    assert len(held_ids(dana, Contact)) == 1
    assert mirror_problems(db, dana) == []
    ctx_dana = laptop_context(dana)
    with dana.store.session() as s:
        queue = sq.task_queue(s, ids["dana"], today)
        assert [(t.account, t.title, t.due_on) for t in queue] == [
            ("Acme Robotics", "Kick-off call", today + timedelta(days=2)),
            ("Acme Robotics", "Account opening", today + timedelta(days=5)),
            ("Acme Robotics", "Training", today + timedelta(days=10))]
        assert sq.onboarding(s, acme).text == "Onboarding: 0 of 3 done · service: Dana Levi"
    # the rep's timeline says so, and her card too
    amy.sync()
    with amy.store.session() as s:
        notes = [a.notes for a in s.scalars(select(Activity).where(
            Activity.account_id == acme))]
        assert any("Handed over to customer service: Dana Levi" in n for n in notes)
        assert sq.onboarding(s, acme).text == "Onboarding: 0 of 3 done · service: Dana Levi"

    # a second payment does nothing more
    _pay(amy, acme_contract, 10_000_00)
    amy.sync()
    assert len(_tasks(db, acme)) == 3
    with db.session() as s:
        assert s.get(Account, acme).service_owner_id == ids["dana"]  # type: ignore[union-attr]

    # the next customer goes to the next service user in turn
    beta, beta_contract = _customer(amy, "Beta Foods", ids["amy"], ids["East"])
    _pay(amy, beta_contract)
    amy.sync()
    with db.session() as s:
        assert s.get(Account, beta).service_owner_id == ids["eli"]  # type: ignore[union-attr]
    eli.sync()
    assert held_ids(eli, Account) == {beta}
    assert mirror_problems(db, eli) == []

    # dana marks a task done offline, and undoes another's slip; the rep sees it
    first = queue[0].task_id
    assert service.mark_done(ctx_dana, first).value == acme
    second = queue[1].task_id
    service.mark_done(ctx_dana, second)
    service.mark_done(ctx_dana, second, done=False)  # the undo
    with dana.store.session() as s:
        assert [t.title for t in sq.task_queue(s, ids["dana"], today, sq.TaskFilter.DONE)] \
            == ["Kick-off call"]
    assert dana.sync().pushed > 0
    amy.sync()
    with amy.store.session() as s:
        assert s.get(ServiceTask, first).done_on == TODAY  # type: ignore[union-attr]
        assert s.get(ServiceTask, second).done_on is None  # type: ignore[union-attr]
        assert sq.onboarding(s, acme).text == "Onboarding: 1 of 3 done · service: Dana Levi"

    # dana logs a call where she serves; she changes no sales field, on the laptop or by
    # a push past it, and sees no other account
    call = activities.log_activity(ctx_dana, acme, ActivityInput(
        ActivityKind.CALL, notes="Kick-off held")).value
    assert dana.sync().refused == 0
    amy.sync()
    assert call in held_ids(amy, Activity)
    assert rights.may_change(ctx_dana, "accounts", acme) == SERVICE_READS
    assert rights.may_change(ctx_dana, "service_tasks", first) is None
    assert rogue_push(dana, "accounts", acme, {"name": "Mine now"})["reason"] == SERVICE_READS
    assert rogue_push(dana, "accounts", acme, {"service_owner_id": ids["eli"].hex}
                 )["status"] == "refused"
    assert rogue_push(dana, "service_tasks", first, {"title": "Skip it"})["reason"] == SERVICE_READS
    assert rogue_push(dana, "service_tasks", uuid.uuid4(), {
        "account_id": acme.hex, "title": "Mine", "due_on": TODAY.isoformat(),
        "assignee_id": ids["dana"].hex})["status"] == "refused"
    assert "another person or team" in rogue_push(dana, "accounts", other, {"name": "X"})["reason"]
    assert "another person or team" in rogue_push(dana, "activities", uuid.uuid4(), {
        "account_id": other.hex, "kind": "note", "notes": "peek",
        "occurred_at": "2026-12-01T09:00:00", "author_id": ids["dana"].hex})["reason"]
    assert rogue_push(amy, "service_tasks", uuid.uuid4(), {
        "account_id": acme.hex, "title": "Mine", "due_on": TODAY.isoformat()}
        )["reason"] == TASKS_BY_HANDOFF

    # the service owner changes: dana's laptop loses Acme, eli's receives it whole
    moved = server_cli_here("service", "reassign", "dana", "--to", "eli",
                            "--database-url", url)
    assert moved.returncode == 0, moved.stderr
    assert "Acme Robotics: handed to Eli Cohen" in moved.stdout
    dana.sync()
    eli.sync()
    assert held_ids(dana, Account) == set() and held_ids(dana, ServiceTask) == set()
    assert held_ids(eli, Account) == {acme, beta}
    assert mirror_problems(db, dana) == [] and mirror_problems(db, eli) == []
    with db.session() as s:
        open_tasks = s.scalars(select(ServiceTask.assignee_id).where(
            ServiceTask.account_id == acme, ServiceTask.done_on.is_(None))).all()
        assert set(open_tasks) == {ids["eli"]}

    # a rep cannot set the rule; the lead names eli and a checklist of their own
    with pytest.raises(Refused) as refused:
        service.set_handoff_rule(laptop_context(amy), AssignBy.NAMED, ids["eli"], [])
    assert str(refused.value) == LEADS_ONLY
    with pytest.raises(Refused, match="active service user"):
        service.set_handoff_rule(laptop_context(lea), AssignBy.NAMED, ids["amy"],
                                 [Step("Welcome pack", 1)])
    service.set_handoff_rule(laptop_context(lea), AssignBy.NAMED, ids["eli"],
                             [Step("Welcome pack", 1), Step("Review", 30)])
    assert lea.sync().refused == 0
    gamma, gamma_contract = _customer(amy, "Gamma Mills", ids["amy"], ids["East"])
    amy.sync()  # the rule reaches amy before she records the payment: no matter, the
    _pay(amy, gamma_contract)  # server applies it
    amy.sync()
    with db.session() as s:
        assert s.get(Account, gamma).service_owner_id == ids["eli"]  # type: ignore[union-attr]
    assert _tasks(db, gamma) == [("Welcome pack", today + timedelta(days=1), ids["eli"]),
                                 ("Review", today + timedelta(days=30), ids["eli"])]
    # a bad rule pushed past the dialog is refused by the server in the same words
    assert "at least one step" in rogue_push(lea, "handoff_rules", uuid.uuid4(), {
        "team_id": ids["East"].hex, "assign": "round_robin", "checklist": []})["reason"]

    # the sales stay credited to the rep, each payment on its day (the review's figure)
    amy.sync()
    with amy.store.session() as s:
        credited = credited_sales(s, TODAY - timedelta(days=31), TODAY)
    assert {row.seller_id for row in credited} == {ids["amy"]}
    assert sum(row.amount for row in credited) == 3 * 40_000_00 + 10_000_00
    for laptop in (amy, dana, eli, lea):
        laptop.close()


def _paid_in_west(server: Server, tmp_path: Path
                  ) -> tuple[dict[str, uuid.UUID], Laptop, uuid.UUID]:
    """West (no service user yet): wes's customer, signed and paid, synced: the people,
    wes's laptop and the customer."""
    http, db, _url = server
    ids = add_people(server)
    wes = Laptop(tmp_path, str(http.base_url), "wes", viewer_of(db, "wes"))
    west, contract = _customer(wes, "West Widgets", ids["wes"], ids["West"])
    _pay(wes, contract)
    assert wes.sync().refused == 0
    return ids, wes, west


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_a_team_with_no_service_user_waits_then_the_command_hands_off(
        server: Server, tmp_path: Path) -> None:
    http, db, url = server
    _ids, wes, west = _paid_in_west(server, tmp_path)
    with db.session() as s:
        row = s.get(Account, west)
        assert row is not None and row.status.value == "contracted"
        assert row.service_owner_id is None  # waits: West has no service user
    waiting = server_cli_here("service", "handoff", "--database-url", url)
    assert waiting.returncode == 0, waiting.stderr
    assert "West Widgets: waits (team West has no active service user)." in waiting.stdout
    assert _tasks(db, west) == []

    _add_service_user(url, "sam", "West", "Sam Service")
    done = server_cli_here("service", "handoff", "--database-url", url)
    assert done.returncode == 0, done.stderr
    assert "West Widgets: handed to Sam Service; 3 onboarding task(s)" in done.stdout
    sam = Laptop(tmp_path, str(http.base_url), "sam", viewer_of(db, "sam"))
    assert held_ids(sam, Account) == {west}
    assert len(held_ids(sam, ServiceTask)) == 3
    assert mirror_problems(db, sam) == []
    again = server_cli_here("service", "handoff", "--database-url", url)
    assert "No contracted customer is waiting" in again.stdout
    wes.close()
    sam.close()


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_the_schedule_hands_off_a_customer_once_their_team_has_a_service_user(
        server: Server, tmp_path: Path) -> None:
    http, db, url = server
    ids, wes, west = _paid_in_west(server, tmp_path)
    assert pool_schedule.hand_off_once(db) == []  # no one in West to hand it to yet
    _add_service_user(url, "sam", "West", "Sam Service")
    # a rule naming someone who serves no more: still no one (and no turn takes a lock)
    rule_id = handoff_rule_id(ids["West"])
    with db.session.begin() as s:
        s.add(HandoffRule(id=rule_id, team_id=ids["West"], assign=AssignBy.NAMED.value,
                          service_user_id=ids["wes"], checklist=[], deleted=False))
    with db.session() as s:
        assert served_teams(s) == set()
    assert pool_schedule.hand_off_once(db) == []
    with db.session.begin() as s:
        rule = s.get(HandoffRule, rule_id)
        assert rule is not None
        rule.assign = AssignBy.ROUND_ROBIN.value
    with db.session() as s:
        assert served_teams(s) == {ids["West"]}
    done = pool_schedule.hand_off_once(db)
    assert done is not None and [(o.account, o.served_by, len(o.tasks)) for o in done] == [
        ("West Widgets", "Sam Service", 3)]
    assert all(due >= _server_today() for _title, due, _who in _tasks(db, west))
    sam = Laptop(tmp_path, str(http.base_url), "sam", viewer_of(db, "sam"))
    assert held_ids(sam, Account) == {west}
    assert pool_schedule.hand_off_once(db) == []  # handed once, not again
    wes.close()
    sam.close()


def _kinds(laptop: Laptop) -> set[str]:
    """The kinds of a company's records the laptop holds live rows of."""
    return {entity for (entity, _), row in laptop_rows(laptop.store).items()
            if of_company(entity) and not row.get("deleted")}


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_every_row_below_a_served_account_follows_its_service_owner(
        server: Server, tmp_path: Path) -> None:
    """Contacts, deals with their history, decision map and people spoken to, contracts
    with their instalments and payments, tasks: the service laptop receives them all at
    the hand-off, and they move with the service owner, whoever changes it."""
    http, db, url = server
    ids = add_people(server)
    _add_service_user(url, "dana", "East", "Dana Levi")
    _add_service_user(url, "eli", "East", "Eli Cohen")
    base = str(http.base_url)
    amy, dana, eli, root = (Laptop(tmp_path, base, name, viewer_of(db, name))
                            for name in ("amy", "dana", "eli", "root"))
    ids.update({n: viewer_of(db, n).user_id for n in ("dana", "eli")})
    ctx = laptop_context(amy)
    acme, contract = _customer(amy, "Acme Robotics", ids["amy"], ids["East"])
    with amy.store.write.begin() as s:
        second = new_contact(s, acme, name="Second Buyer", email="second@acme.example")
    first = next(iter(held_ids(amy, Contact) - {second}))
    deal = deals.new_deal(ctx, acme, deals.DealInput("Robots", amount=50_000_00)).value
    deals.set_role(ctx, deal, first, DecisionRoleKind.DECISION_MAKER)
    deals.record_contract(ctx, acme, ContractIn("C-Two", TODAY, 20_000_00, schedule=(
        Due(TODAY, 10_000_00, "Deposit"), Due(TODAY + timedelta(days=30), 10_000_00))))
    activities.log_activity(ctx, acme, ActivityInput(
        ActivityKind.MEETING, notes="Both buyers", contacts=(first, second),
        opportunity_id=deal))
    assert amy.sync().refused == 0
    _pay(amy, contract)
    assert amy.sync().refused == 0
    with db.session() as s:
        assert s.get(Account, acme).service_owner_id == ids["dana"]  # type: ignore[union-attr]

    dana.sync()
    assert mirror_problems(db, dana) == []
    served = _kinds(dana)
    assert {"contacts", "activities", "activity_contacts", "opportunities", "deal_changes",
            "decision_roles", "contracts", "contract_instalments", "payments",
            "service_tasks"} <= served

    # an administrator's push names another service owner: dana's laptop loses it all,
    # eli's receives it all
    assert rogue_push(root, "accounts", acme, {"service_owner_id": ids["eli"].hex}
                 )["status"] == "applied"
    dana.sync()
    eli.sync()
    assert _kinds(dana) == set() and _kinds(eli) == served
    assert mirror_problems(db, dana) == [] and mirror_problems(db, eli) == []

    # and back by the administrator's command
    moved = server_cli_here("service", "reassign", "eli", "--to", "dana",
                            "--database-url", url)
    assert moved.returncode == 0, moved.stderr
    dana.sync()
    eli.sync()
    assert _kinds(dana) == served and _kinds(eli) == set()
    assert mirror_problems(db, dana) == [] and mirror_problems(db, eli) == []
    for laptop in (amy, dana, eli, root):
        laptop.close()


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_only_an_administrator_changes_the_service_owner_or_removes_a_task(
        server: Server, tmp_path: Path) -> None:
    """The service owner is the hand-off's (the rule, the administrator's command or
    push): the rep who owns the account and the team's lead are refused; so is anyone
    but an administrator removing an onboarding task the hand-off made."""
    http, db, url = server
    ids = add_people(server)
    _add_service_user(url, "dana", "East", "Dana Levi")
    _add_service_user(url, "eli", "East", "Eli Cohen")
    base = str(http.base_url)
    amy, lea, dana, root = (Laptop(tmp_path, base, name, viewer_of(db, name))
                            for name in ("amy", "lea", "dana", "root"))
    ids.update({n: viewer_of(db, n).user_id for n in ("dana", "eli")})
    acme, contract = _customer(amy, "Acme Robotics", ids["amy"], ids["East"])
    _pay(amy, contract)
    assert amy.sync().refused == 0
    tasks = [task_id for task_id, in _task_ids(db, acme)]
    assert len(tasks) == 3

    ruled = RECORDS["accounts"].by_rule["service_owner_id"]
    for laptop in (amy, lea, dana):
        for owner in (ids["eli"].hex, None):
            answer = rogue_push(laptop, "accounts", acme, {"service_owner_id": owner})
            assert answer["status"] == "refused", (laptop.username, answer)
    assert rogue_push(amy, "accounts", acme, {"service_owner_id": ids["eli"].hex}
                 )["reason"] == ruled
    assert rogue_push(lea, "accounts", acme, {"service_owner_id": None})["reason"] == ruled
    # sending the value it holds changes nothing, so it is no change of the owner
    assert rogue_push(amy, "accounts", acme, {"service_owner_id": ids["dana"].hex,
                                              "region": "Hubei"})["status"] == "applied"
    with db.session() as s:
        assert s.get(Account, acme).service_owner_id == ids["dana"]  # type: ignore[union-attr]

    removal = RECORDS["service_tasks"].by_rule["deleted"]
    assert rogue_push(amy, "service_tasks", tasks[0], {"deleted": True})["reason"] == removal
    assert rogue_push(lea, "service_tasks", tasks[0], {"deleted": True})["reason"] == removal
    assert rogue_push(dana, "service_tasks", tasks[0], {"deleted": True})["reason"] == SERVICE_READS
    # nor moved to another of the rep's accounts (out of the service user's sight), nor
    # the served customer removed (a merge folding it away does that)
    with amy.store.write.begin() as s:
        other = new_account(s, name="Amy's Other Co", owner_id=ids["amy"], team_id=ids["East"])
    assert amy.sync().refused == 0
    assert rogue_push(amy, "service_tasks", tasks[0], {"account_id": other.hex})["reason"] == \
        RECORDS["service_tasks"].by_rule["account_id"]
    assert rogue_push(amy, "accounts", acme, {"deleted": True})["reason"] == SERVED_STAYS
    with db.session() as s:
        assert not any(s.get(ServiceTask, t).deleted for t in tasks)  # type: ignore[union-attr]
        assert {s.get(ServiceTask, t).account_id for t in tasks} == {acme}  # type: ignore[union-attr]
        assert not s.get(Account, acme).deleted  # type: ignore[union-attr]
    assert rogue_push(root, "service_tasks", tasks[0], {"deleted": True})["status"] == "applied"
    assert rogue_push(root, "accounts", acme, {"service_owner_id": ids["eli"].hex}
                 )["status"] == "applied"
    with db.session() as s:
        assert s.get(ServiceTask, tasks[0]).deleted  # type: ignore[union-attr]
        assert s.get(Account, acme).service_owner_id == ids["eli"]  # type: ignore[union-attr]
        # its open tasks went along to the new service owner, who alone marks them done
        assert {s.get(ServiceTask, t).assignee_id for t in tasks[1:]} == {  # type: ignore[union-attr]
            ids["eli"]}
    for laptop in (amy, lea, dana, root):
        laptop.close()


def _task_ids(db: Any, account: uuid.UUID) -> list[tuple[uuid.UUID]]:
    with db.session() as s:
        return [(t,) for t in s.scalars(select(ServiceTask.id).where(
            ServiceTask.account_id == account).order_by(ServiceTask.position))]
