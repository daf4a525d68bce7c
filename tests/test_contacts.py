"""Contacts edited, made key people and removed, and activities naming several people
and a deal: the commands on real SQLite workspaces, and the people spoken to
travelling through a real server to a teammate's laptop."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from crmdesk.app import activities, deals, people
from crmdesk.app.changes import ACTIVITIES, CONTACTS, DEALS
from crmdesk.app.context import Context
from crmdesk.domain.activity import ActivityKind, Outcome
from crmdesk.domain.deals import DecisionRoleKind, OpportunityStage, Stance
from crmdesk.store import queries as q
from crmdesk.store.db import Store
from crmdesk.store.deal_writes import DealInput
from crmdesk.store.models import (
    ActivityContact,
    Contact,
    ContactInfluence,
    DecisionRole,
    OutboxEntry,
    activity_contact_id,
)
from crmdesk.store.writes import (
    ActivityInput,
    NotFound,
    Refused,
    add_influence,
    add_reports_to,
    new_account,
    new_contact,
)
from tests.sync_harness import BACKENDS, Laptop, Server, add_people, viewer_of

SERVER_BACKENDS = BACKENDS


@pytest.fixture
def ctx(empty: Store, world: dict[str, uuid.UUID]) -> Context:
    with empty.session() as s:
        rep = q.user_by_name(s, "rep")
    return Context(empty, rep)


def _outbox(store: Store) -> list[tuple[str, uuid.UUID, dict[str, Any]]]:
    with store.session() as s:
        return [(e.entity, e.row_id, dict(e.fields))
                for e in s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq))]


def _contact(store: Store, contact_id: uuid.UUID) -> Contact:
    with store.session() as s:
        row = s.get(Contact, contact_id)
        assert row is not None
        s.expunge(row)
        return row


def _deal(ctx: Context, account_id: uuid.UUID, name: str,
          stage: OpportunityStage = OpportunityStage.QUALIFY) -> uuid.UUID:
    return deals.new_deal(ctx, account_id, DealInput(name, stage=stage)).value


def test_an_edit_writes_only_the_fields_changed(ctx: Context,
                                                world: dict[str, uuid.UUID]) -> None:
    ann = world["ann"]
    before = len(_outbox(ctx.store))
    done = people.edit_contact(ctx, ann, {"title": "CFO"})
    assert done.value == world["acme"] and done.changes.touches(world["acme"], CONTACTS)
    assert _outbox(ctx.store)[before:] == [("contacts", ann, {"title": "CFO"})]
    # her typed number again, as the form shows it: no edit, nothing to push
    people.edit_contact(ctx, ann, {"mobile": "138 0000 1111", "email": "ann@acme.com"})
    assert len(_outbox(ctx.store)) == before + 1
    # a new number brings its matching key with it; the email stays as it was
    people.edit_contact(ctx, ann, {"mobile": "+86 139 1234 5678"})
    entity, row, fields = _outbox(ctx.store)[-1]
    assert (entity, row) == ("contacts", ann)
    assert fields == {"mobile": "+86 139 1234 5678", "mobile_e164": "+8613912345678"}
    stored = _contact(ctx.store, ann)
    assert (stored.title, stored.email, stored.mobile_e164) == (
        "CFO", "ann@acme.com", "+8613912345678")
    # emptied: none
    people.edit_contact(ctx, ann, {"title": "  "})
    assert _contact(ctx.store, ann).title is None


def test_an_edit_is_checked_as_a_new_contact_is_and_saves_nothing_on_a_problem(
        ctx: Context, world: dict[str, uuid.UUID]) -> None:
    ann, bob, cat = world["ann"], world["bob"], world["cat"]
    before = _outbox(ctx.store)
    with pytest.raises(Refused) as refused:
        people.edit_contact(ctx, ann, {"name": " ", "mobile": "12", "email": "ann@",
                                       "title": "CFO"})
    lines = str(refused.value).splitlines()
    assert lines[0] == "A contact needs a name."
    assert len(lines) == 3  # the phone and the email each said once
    assert people.edit_problems({"email": "ann@"}, ctx.region) == lines[2:]
    with pytest.raises(Refused, match="at most 120 characters"):
        people.edit_contact(ctx, ann, {"title": "x" * 121})
    people.link_people(ctx, world["acme"], bob, ann, people.REPORTS_TO)
    with pytest.raises(Refused, match="already reports to"):
        people.edit_contact(ctx, ann, {"reports_to_id": bob, "title": "CFO"})
    after = [(entity, row, set(fields)) for entity, row, fields in _outbox(ctx.store)]
    assert after[len(before):] == [("contacts", bob, {"reports_to_id"})]
    assert _contact(ctx.store, ann).title is None  # nothing of a refused edit saved
    people.edit_contact(ctx, cat, {"reports_to_id": ann})
    assert _contact(ctx.store, cat).reports_to_id == ann
    with pytest.raises(NotFound):
        people.edit_contact(ctx, uuid.uuid4(), {"title": "x"})


def test_key_person_on_and_off(ctx: Context, world: dict[str, uuid.UUID]) -> None:
    acme, cat = world["acme"], world["cat"]
    people.set_key_person(ctx, cat, True)
    with ctx.store.session() as s:
        assert [(c.name, c.is_key_person) for c in q.contacts(s, acme)] == [
            ("Cat", True), ("Ann", False), ("Bob", False)]
    people.set_key_person(ctx, cat, False)
    with ctx.store.session() as s:
        assert [c.name for c in q.contacts(s, acme) if c.is_key_person] == []
    assert _outbox(ctx.store)[-1] == ("contacts", cat, {"is_key_person": False})


def test_a_removed_contact_leaves_their_history_under_their_name(
        ctx: Context, world: dict[str, uuid.UUID]) -> None:
    acme, ann, bob, cat = world["acme"], world["ann"], world["bob"], world["cat"]
    deal = _deal(ctx, acme, "ERP rollout")
    deals.set_role(ctx, deal, ann, DecisionRoleKind.CHAMPION, Stance.SUPPORTS)
    activities.log_activity(ctx, acme, ActivityInput(
        ActivityKind.VISIT, Outcome.REACHED, "Met Ann and Bob", contacts=(ann, bob)))
    with ctx.store.write.begin() as s:
        add_influence(s, bob, ann, 4)
        add_reports_to(s, cat, ann)

    done = people.delete_contact(ctx, ann)
    assert done.value == acme
    assert done.changes.touches(acme, CONTACTS, ACTIVITIES, DEALS)
    assert ("contacts", ann, {"deleted": True}) in _outbox(ctx.store)
    with ctx.store.session() as s:
        assert [c.name for c in q.contacts(s, acme)] == ["Bob", "Cat"]
        (row,) = q.timeline(s, acme)
        assert row.people == ("Ann", "Bob") and row.contact == "Ann"
        assert q.influences(s, acme) == []
        assert s.get(Contact, cat).reports_to_id is None  # type: ignore[union-attr]
        assert s.scalars(select(DecisionRole.deleted)).all() == [True]
        assert s.scalars(select(ContactInfluence.deleted)).all() == [True]
    with pytest.raises(NotFound):
        people.delete_contact(ctx, ann)
    # an activity cannot name someone removed
    with pytest.raises(NotFound, match="no longer exists"):
        activities.log_activity(ctx, acme, ActivityInput(
            ActivityKind.CALL, Outcome.REACHED, "?", contacts=(ann,)))


def test_an_activity_names_several_people_and_a_deal(ctx: Context,
                                                     world: dict[str, uuid.UUID]) -> None:
    acme, ann, bob, cat = world["acme"], world["ann"], world["bob"], world["cat"]
    erp = _deal(ctx, acme, "ERP rollout")
    crm = _deal(ctx, acme, "CRM add-on")
    logged = activities.log_activity(ctx, acme, ActivityInput(
        ActivityKind.MEETING, Outcome.INTERESTED, "Demo", contacts=(bob, ann),
        opportunity_id=erp))
    assert logged.changes.touches(acme, DEALS)  # the deal's playbook counts meetings
    other = activities.log_activity(ctx, acme, ActivityInput(
        ActivityKind.CALL, Outcome.REACHED, "Price", contacts=(cat,), opportunity_id=crm))
    plain = activities.log_activity(ctx, acme, ActivityInput(ActivityKind.NOTE, None, "x"))
    with ctx.store.session() as s:
        rows = {r.id: r for r in q.timeline(s, acme)}
        demo = rows[logged.value]
        # the first named is the activity's own contact (what older laptops show)
        assert (demo.contact_id, demo.contact_ids) == (bob, (bob, ann))
        assert (demo.people, demo.deal) == (("Bob", "Ann"), "ERP rollout")
        assert rows[plain.value].people == () and rows[plain.value].deal is None
        assert [r.id for r in q.timeline(s, acme, deal_id=erp)] == [logged.value]
        assert [r.id for r in q.timeline(s, acme, deal_id=crm)] == [other.value]
        assert s.get(ActivityContact, activity_contact_id(logged.value, ann)) is not None

    # edited: Ann off, Cat on; then Ann back on, the same row revived
    activities.edit_activity(ctx, acme, logged.value, ActivityInput(
        ActivityKind.MEETING, Outcome.INTERESTED, "Demo", contacts=(bob, cat),
        opportunity_id=erp))
    activities.edit_activity(ctx, acme, logged.value, ActivityInput(
        ActivityKind.MEETING, Outcome.INTERESTED, "Demo", contacts=(ann, bob, cat)))
    with ctx.store.session() as s:
        demo = next(r for r in q.timeline(s, acme) if r.id == logged.value)
        assert (demo.people, demo.deal) == (("Ann", "Bob", "Cat"), None)
        assert s.scalar(select(func.count()).select_from(ActivityContact).where(
            ActivityContact.activity_id == logged.value)) == 3


def test_an_activity_names_only_its_own_companys_people_and_deals(
        ctx: Context, world: dict[str, uuid.UUID]) -> None:
    acme = world["acme"]
    with ctx.store.write.begin() as s:
        other = new_account(s, name="Other Co", owner_id=world["rep"], team_id=world["team"])
        stranger = new_contact(s, other, name="Stranger")
    their_deal = _deal(ctx, other, "Theirs")
    before = _outbox(ctx.store)
    with pytest.raises(Refused, match="Only people of this company"):
        activities.log_activity(ctx, acme, ActivityInput(
            ActivityKind.CALL, Outcome.REACHED, "x", contacts=(world["ann"], stranger)))
    with pytest.raises(Refused, match="Only a deal of this company"):
        activities.log_activity(ctx, acme, ActivityInput(
            ActivityKind.CALL, Outcome.REACHED, "x", opportunity_id=their_deal))
    assert _outbox(ctx.store) == before


def test_people_spoken_to_reach_a_teammate_through_the_server(server: Server,
                                                              tmp_path: Path) -> None:
    http, db, _url = server
    ids = add_people(server)
    amy, lea = (Laptop(tmp_path, str(http.base_url), name, viewer_of(db, name))
                for name in ("amy", "lea"))
    with amy.store.write.begin() as s:
        acme = new_account(s, name="Acme", owner_id=ids["amy"], team_id=ids["East"])
        ann = new_contact(s, acme, name="Ann")
        bob = new_contact(s, acme, name="Bob")
    with amy.store.session() as s:
        me = q.user_by_name(s, "amy")
    ctx = Context(amy.store, me)
    deal = _deal(ctx, acme, "ERP rollout")
    logged = activities.log_activity(ctx, acme, ActivityInput(
        ActivityKind.VISIT, Outcome.REACHED, "Site visit", contacts=(ann, bob),
        opportunity_id=deal)).value
    amy.sync()
    assert amy.pending() == 0
    with db.session() as s:
        on_server = s.scalars(select(ActivityContact.contact_id).where(
            ActivityContact.activity_id == logged)).all()
        assert sorted(on_server) == sorted([ann, bob])
    lea.sync()
    with lea.store.session() as s:
        (row,) = q.timeline(s, acme)
        assert (row.people, row.deal) == (("Ann", "Bob"), "ERP rollout")
        assert [r.id for r in q.timeline(s, acme, deal_id=deal)] == [logged]

    # Ann leaves the company: gone from lea's list, still named on the visit
    people.delete_contact(ctx, ann)
    amy.sync()
    lea.sync()
    with lea.store.session() as s:
        assert [c.name for c in q.contacts(s, acme)] == ["Bob"]
        (row,) = q.timeline(s, acme)
        assert row.people == ("Ann", "Bob")
    for laptop in (amy, lea):
        laptop.close()
