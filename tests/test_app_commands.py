"""The application commands, without Qt, on a real SQLite workspace (and a real server
over HTTP for the sync commands): each one's effect and the changes it reports."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from crmdesk.app import accounts, activities, deals, lead_import, people, syncing
from crmdesk.app import refused as refusals
from crmdesk.app.changes import (
    ACCOUNT,
    ACTIVITIES,
    CONTACTS,
    CONTRACTS,
    EVERYTHING,
    QUEUE,
    WHOLE_ACCOUNT,
    Changes,
)
from crmdesk.app.context import Context
from crmdesk.domain.activity import ActivityKind, Outcome
from crmdesk.domain.lifecycle import Status
from crmdesk.secrets import MemoryStore
from crmdesk.store import queries as q
from crmdesk.store import refused as marks
from crmdesk.store.db import Store, open_store
from crmdesk.store.deal_writes import ContractIn
from crmdesk.store.journal import QUIET
from crmdesk.store.models import Account, Channel, ChannelKind, Contact, Tag
from crmdesk.store.workspace_keys import activity_draft
from crmdesk.store.writes import ActivityInput, NotFound, Refused
from crmdesk.sync.engine import SignInNeeded
from tests.conftest import TODAY


@pytest.fixture
def ctx(empty: Store, world: dict[str, uuid.UUID]) -> Context:
    with empty.session() as s:
        rep = q.user_by_id(s, world["rep"])
    secrets = MemoryStore()
    return Context(empty, rep, "CN", lambda: TODAY, lambda: secrets)


def _account(ctx: Context, account_id: uuid.UUID) -> Account:
    with ctx.store.session() as s:
        account = s.get(Account, account_id)
        assert account is not None
        s.expunge(account)
        return account


def test_new_lead_with_its_key_person(ctx: Context) -> None:
    done = accounts.new_lead(ctx, accounts.NewLead("Harbour Freight", phone="021 5555 1234",
                                                   person="Hui Lin", mobile="138 1234 5678"))
    assert done.changes == Changes(frozenset({done.value}), WHOLE_ACCOUNT)
    lead = _account(ctx, done.value)
    assert (lead.name, lead.status, lead.owner_id) == ("Harbour Freight", Status.LEAD,
                                                       ctx.me.id)
    assert lead.acquired_on == TODAY and lead.phone_e164 == "+862155551234"
    with ctx.store.session() as s:
        person = s.scalars(select(Contact).where(Contact.account_id == done.value)).one()
        assert person.is_key_person and person.mobile_e164 == "+8613812345678"
    with pytest.raises(Refused, match="needs a name"):
        accounts.new_lead(ctx, accounts.NewLead("  "))


def test_edit_field_reports_a_problem_and_changes_nothing(ctx: Context,
                                                          world: dict[str, uuid.UUID]) -> None:
    acme = world["acme"]
    done = accounts.edit_field(ctx, acme, "region", "Shanghai")
    assert done.value is None and done.changes == Changes.of({acme}, ACCOUNT, QUEUE)
    assert _account(ctx, acme).region == "Shanghai"
    bad = accounts.edit_field(ctx, acme, "website", "not a website at all")
    assert bad.value and bad.changes.empty
    assert _account(ctx, acme).website is None


def test_tags_and_custom_fields(ctx: Context, world: dict[str, uuid.UUID]) -> None:
    acme = world["acme"]
    tag = accounts.add_tag(ctx, acme, "Key account")
    assert tag.changes == Changes.of({acme}, ACCOUNT)
    with ctx.store.session() as s:
        assert s.get(Tag, tag.value) is not None
    assert accounts.remove_tag(ctx, acme, tag.value).changes == Changes.of({acme}, ACCOUNT)
    with pytest.raises(NotFound):
        accounts.remove_tag(ctx, acme, tag.value)
    problems = accounts.edit_custom_fields(ctx, acme, {"no_such_field": "x"})
    assert problems.value and problems.changes.empty


def test_status_moves_say_why_not(ctx: Context, world: dict[str, uuid.UUID]) -> None:
    acme = world["acme"]
    why_not = accounts.mark_lost(ctx, acme, "  ")
    assert not why_not.value.allowed and "why" in why_not.value.reason
    assert why_not.changes.empty and _account(ctx, acme).status is Status.LEAD
    lost = accounts.mark_lost(ctx, acme, "Chose a competitor")
    assert lost.value.allowed and lost.changes.touches(acme, QUEUE)
    assert _account(ctx, acme).status is Status.LOST
    assert accounts.reopen(ctx, acme).value.allowed
    assert _account(ctx, acme).status is Status.LEAD


def test_contract_claim_and_reassign(ctx: Context, world: dict[str, uuid.UUID]) -> None:
    acme = world["acme"]
    contract = deals.record_contract(ctx, acme, ContractIn("C-1", TODAY, 1000))
    assert contract.changes.touches(acme, CONTRACTS, ACCOUNT, QUEUE)
    assert _account(ctx, acme).status is not Status.CONTRACTED  # no money yet
    paid = deals.record_payment(ctx, contract.value, 400, TODAY)
    assert paid.changes.touches(acme, CONTRACTS, ACCOUNT, QUEUE)
    assert _account(ctx, acme).status is Status.CONTRACTED
    with pytest.raises(Refused, match="more than is still due"):
        deals.record_payment(ctx, contract.value, 601, TODAY)
    with pytest.raises(Refused, match="already owns"):
        accounts.claim(ctx, acme)
    assert accounts.reassign(ctx, acme, None).value >= 4  # the account and its people
    released = _account(ctx, acme)
    assert (released.owner_id, released.pool_returned_from) == (None, ctx.me.id)
    assert released.assigned_on is not None  # kept, as it was
    # released by its rep: they may claim it back once the cooling-off is over
    with pytest.raises(Refused, match="went back to the pool from you"):
        accounts.claim(ctx, acme)
    assert released.pool_returned_at is not None
    later = released.pool_returned_at.date() + timedelta(days=7)
    claimed = accounts.claim(Context(ctx.store, ctx.me, "CN", lambda: later), acme)
    assert claimed.changes.touches(acme, ACCOUNT, QUEUE)
    owned = _account(ctx, acme)
    assert (owned.owner_id, owned.assigned_on, owned.pool_claimed_on) == (
        ctx.me.id, later, later)


def test_merge_keeps_the_chosen_values(ctx: Context, world: dict[str, uuid.UUID]) -> None:
    acme = world["acme"]
    twin = accounts.new_lead(ctx, accounts.NewLead("ACME Limited", website="acme.com",
                                                   person="Dee")).value
    done = accounts.merge(ctx, acme, twin, {"website": twin})
    assert (done.value.kept, done.value.dropped) == (acme, twin)
    assert done.changes == Changes(frozenset({acme, twin}), WHOLE_ACCOUNT)
    assert _account(ctx, twin).deleted and _account(ctx, acme).website == "acme.com"
    with ctx.store.session() as s:
        names = set(s.scalars(select(Contact.name).where(Contact.account_id == acme)))
    assert "Dee" in names


def test_people_and_their_links(ctx: Context, world: dict[str, uuid.UUID]) -> None:
    acme = world["acme"]
    done = people.new_contact(ctx, acme, people.NewContact("Eve", title="Buyer",
                                                          landline="021 6666 7777"))
    assert done.changes.touches(acme, CONTACTS)
    linked = people.link_people(ctx, acme, world["ann"], world["bob"], people.REPORTS_TO)
    assert linked.changes == Changes.of({acme}, CONTACTS)
    people.link_people(ctx, acme, done.value, world["bob"], people.INFLUENCES, 4)
    with ctx.store.session() as s:
        ann = s.get(Contact, world["ann"])
        assert ann is not None and ann.reports_to_id == world["bob"]
        assert [link.strength for link in q.influences(s, acme)] == [4]
    with pytest.raises(Refused, match="already reports"):
        people.link_people(ctx, acme, world["bob"], world["ann"], people.REPORTS_TO)


def test_activities_and_their_draft(ctx: Context, world: dict[str, uuid.UUID]) -> None:
    acme = world["acme"]
    activities.keep_draft(ctx, acme, "half a note")
    with ctx.store.session() as s:
        assert activity_draft(acme).get(s) == "half a note"
    entry = ActivityInput(ActivityKind.CALL, Outcome.REACHED, "Talked to Ann",
                          date(2026, 12, 1))
    logged = activities.log_activity(ctx, acme, entry)
    assert logged.changes == Changes.of({acme}, ACTIVITIES, ACCOUNT, QUEUE)
    with ctx.store.session() as s:  # saved, and its draft gone in the same transaction
        assert activity_draft(acme).get(s) is None
        assert [row.notes for row in q.timeline(s, acme)] == ["Talked to Ann"]
    assert _account(ctx, acme).next_follow_up_on == date(2026, 12, 1)
    activities.edit_activity(ctx, acme, logged.value, ActivityInput(
        ActivityKind.VISIT, Outcome.REACHED, "Visited Ann"))
    with pytest.raises(Refused, match="Write a note or choose an outcome"):
        activities.log_activity(ctx, acme, ActivityInput(ActivityKind.CALL, None, "  "))
    deleted = activities.delete_activity(ctx, logged.value)
    assert deleted.value == acme and deleted.changes.touches(acme, ACTIVITIES)
    with ctx.store.session() as s:
        assert q.timeline(s, acme) == []


def test_discarding_a_refused_record(ctx: Context, world: dict[str, uuid.UUID]) -> None:
    acme = world["acme"]
    with ctx.store.write.begin() as s:
        marks.mark(s, "contacts", world["cat"], "out of scope")
    done = refusals.discard(ctx, acme, "contacts", world["cat"])
    assert done.value.kind == "contact" or "contact" in done.value.summary()
    assert done.changes.touches(acme, CONTACTS)
    with ctx.store.session() as s:
        assert s.get(Contact, world["cat"]) is None


def _channel(store: Store, name: str) -> None:
    with store.session.begin() as session:
        session.info[QUIET] = True  # arrives from the server
        session.add(Channel(name=name, kind=ChannelKind.EVENT))


def test_import_a_lead_file(ctx: Context, tmp_path: Path) -> None:
    path = tmp_path / "expo.csv"
    path.write_text("company,contact,mobile\nNorth Star Ltd,Ivy,13900001111\n"
                    "Acme Ltd.,Jo,\n", encoding="utf-8")
    parsed = lead_import.read_lead_file(path, None, ctx.region)
    with pytest.raises(lead_import.UnknownChannel):
        lead_import.import_lead_file(ctx, parsed, path.name, "Expo", owner_id=None,
                                     team_id=ctx.me.team_id)
    _channel(ctx.store, "Expo")
    done = lead_import.import_lead_file(ctx, parsed, path.name, "Expo", owner_id=ctx.me.id,
                                        team_id=ctx.me.team_id)
    assert len(done.value.created) == 1 and len(done.value.skipped) == 1
    assert done.changes == Changes.of(done.value.created, QUEUE, ACCOUNT)
    again = lead_import.import_lead_file(ctx, parsed, path.name, "Expo", owner_id=None,
                                         team_id=ctx.me.team_id)
    assert again.value.created == [] and again.changes.empty


# ---- signing in and syncing, against a real server -------------------------------------

Server = tuple[object, object, str]


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_the_terminal_flow_signs_in_syncs_and_records_where(server: Server,
                                                            tmp_path: Path) -> None:
    from tests.server_fixtures import PASSWORD

    http = server[0]
    store = open_store(tmp_path / "laptop.db", create=True)
    vault = MemoryStore()
    ctx = Context(store, secrets=lambda: vault)
    base = str(http.base_url).rstrip("/")  # type: ignore[attr-defined]
    try:
        with pytest.raises(SignInNeeded):  # nothing kept yet
            syncing.sync(ctx, http, base, "amy")  # type: ignore[arg-type]
        asked: list[str] = []

        def password() -> str:
            asked.append("pw")
            return PASSWORD

        done = syncing.sync_signing_in(ctx, http, base + "/", " amy ",  # type: ignore[arg-type]
                                       password)
        assert asked == ["pw"] and done.value.user is not None
        assert done.value.user.username == "amy" and done.changes.what == EVERYTHING
        here = syncing.where(ctx)
        assert (here.server, here.username) == (base, "amy") and here.last_sync
        assert syncing.stored_token(ctx, base, "amy")
        # the kept token serves the next sync: no password asked
        again = syncing.sync_signing_in(ctx, http, base, "amy",  # type: ignore[arg-type]
                                        lambda: pytest.fail("asked for the password"))
        assert again.value.report.pulled == 0 and again.changes.empty
        # another person would remove amy's records: asked first, nothing kept
        with pytest.raises(syncing.ReplaceAsked, match="records of “amy”"):
            syncing.sign_in(ctx, http, base, "root", PASSWORD)  # type: ignore[arg-type]
        assert syncing.stored_token(ctx, base, "root") is None
        syncing.sign_out(ctx, http, base, "amy")  # type: ignore[arg-type]
        here = syncing.where(ctx)
        assert (here.server, here.username) == (base, None) and vault.secrets == {}
    finally:
        store.close()
