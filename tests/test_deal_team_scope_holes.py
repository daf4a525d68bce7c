"""Two holes in a deal's team's scope, through the real server over HTTP (PostgreSQL):
rows that left a deal or company while a colleague was offline, before the colleague
left its team, are taken off their laptop at their next pull (with other deals' teams
left, and with none); and a colleague's activity must name a deal of its own company,
people of that company, and keep its author, on the laptop and on the server alike."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from crmdesk.app import activities, deals
from crmdesk.domain.activity import ActivityKind
from crmdesk.domain.scope import (
    ITS_COMPANYS_DEAL,
    ITS_COMPANYS_PEOPLE,
    KEEP_AUTHOR,
    ON_YOUR_DEAL,
    outside_scope,
)
from crmdesk.store.deal_writes import DealInput
from crmdesk.store.models import Account, Activity, Contact, TeamRole
from crmdesk.store.refusals import Refused
from crmdesk.store.writes import ActivityInput, log_activity, new_account, new_contact
from crmdesk.sync import parking
from tests.sync_harness import (
    Laptop,
    Server,
    add_people,
    held_ids,
    laptop_context,
    mirror_problems,
    rogue_push,
    viewer_of,
)


def _kept(laptop: Laptop, model: type[Any]) -> set[uuid.UUID]:
    """The rows of `model` on the laptop: held, or kept aside until what they refer to
    arrives (a row whose deal went is parked, and comes back with the deal)."""
    with laptop.store.session() as s:
        aside = {row_id for kind, row_id in parking.parked(s) if kind == model.__tablename__}
    return held_ids(laptop, model) | aside


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_rows_that_left_a_deal_before_its_colleague_left_its_team_leave_their_laptop(
        server: Server, tmp_path: Path) -> None:
    http, db, _url = server
    ids = add_people(server)
    amy, wes = (Laptop(tmp_path, str(http.base_url), name, viewer_of(db, name))
                for name in ("amy", "wes"))
    with amy.store.write.begin() as s:
        acme = new_account(s, name="Acme Robotics", owner_id=ids["amy"], team_id=ids["East"])
        moving = new_contact(s, acme, name="Mo Moving")
        zeta = new_account(s, name="Zeta Mills", owner_id=ids["amy"], team_id=ids["East"])
        zeta_person = new_contact(s, zeta, name="Zed Zeta")
        elsewhere = new_account(s, name="Elsewhere Ltd", owner_id=ids["amy"],
                                team_id=ids["East"])
    ctx_amy = laptop_context(amy)
    deal = deals.new_deal(ctx_amy, acme, DealInput("Line automation", amount=1_000_00)).value
    spares = deals.new_deal(ctx_amy, acme, DealInput("Spare parts", amount=500_00)).value
    other_deal = deals.new_deal(ctx_amy, zeta, DealInput("Mill upgrade", amount=2_000_00)).value
    with amy.store.write.begin() as s:  # calls on the deal, one with Mo spoken to
        away = log_activity(s, acme, ids["amy"], ActivityInput(
            ActivityKind.CALL, notes="Kick-off", contacts=(moving,), opportunity_id=deal))
        unfiled = log_activity(s, acme, ids["amy"], ActivityInput(
            ActivityKind.CALL, notes="Pricing", opportunity_id=deal))
    for on in (deal, spares, other_deal):
        deals.add_to_team(ctx_amy, on, ids["wes"], TeamRole.PRESALES)
    amy.sync()
    wes.sync()
    assert moving in held_ids(wes, Contact) and {away, unfiled} <= held_ids(wes, Activity)

    # while wes is offline: one call goes to another company with no deal, another
    # stays at Acme on no deal; then wes is taken off that deal (still on Acme's other
    # one, and Zeta's): at his next pull neither call may stay on his laptop (the
    # entries of his leaving name only the rows under the deal by then)
    with amy.store.write.begin() as s:
        call = s.get_one(Activity, away)
        call.account_id, call.opportunity_id = elsewhere, None
        s.get_one(Activity, unfiled).opportunity_id = None
    amy.sync()
    deals.remove_from_team(ctx_amy, deal, ids["wes"])
    amy.sync()
    wes.sync()
    assert not {away, unfiled} & _kept(wes, Activity)
    assert acme in held_ids(wes, Account) and zeta_person in held_ids(wes, Contact)
    assert mirror_problems(db, wes) == []

    # Mo moves away from Acme, then wes leaves Acme's other deal: Mo goes too
    with amy.store.write.begin() as s:
        s.get_one(Contact, moving).account_id = elsewhere
    amy.sync()
    deals.remove_from_team(ctx_amy, spares, ids["wes"])
    amy.sync()
    wes.sync()
    assert moving not in _kept(wes, Contact) and acme not in held_ids(wes, Account)
    assert mirror_problems(db, wes) == []

    # the same with his last deal's team: his pull reads the keys he held at his cursor
    # though he is on no team now
    with amy.store.write.begin() as s:
        s.get_one(Contact, zeta_person).account_id = elsewhere
    amy.sync()
    deals.remove_from_team(ctx_amy, other_deal, ids["wes"])
    amy.sync()
    wes.sync()
    assert zeta_person not in _kept(wes, Contact) and zeta not in held_ids(wes, Account)
    assert mirror_problems(db, wes) == []
    amy.close()
    wes.close()



@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_a_colleagues_activity_names_its_companys_deal_and_people_and_keeps_its_author(
        server: Server, tmp_path: Path) -> None:
    http, db, _url = server
    ids = add_people(server)
    amy, ben, wes = (Laptop(tmp_path, str(http.base_url), name, viewer_of(db, name))
                     for name in ("amy", "ben", "wes"))
    with amy.store.write.begin() as s:
        acme = new_account(s, name="Acme Robotics", owner_id=ids["amy"], team_id=ids["East"])
        bea = new_contact(s, acme, name="Bea Buyer")
    with ben.store.write.begin() as s:
        bens = new_account(s, name="Ben's Works", owner_id=ids["ben"], team_id=ids["East"])
        otto = new_contact(s, bens, name="Otto Other")
    ctx_amy, ctx_ben = laptop_context(amy), laptop_context(ben)
    deal = deals.new_deal(ctx_amy, acme, DealInput("Line automation", amount=1_000_00)).value
    bens_deal = deals.new_deal(ctx_ben, bens, DealInput("Works deal", amount=1_000_00)).value
    deals.add_to_team(ctx_amy, deal, ids["wes"], TeamRole.PRESALES)
    deals.add_to_team(ctx_ben, bens_deal, ids["wes"], TeamRole.PRESALES)
    amy.sync()
    ben.sync()
    wes.sync()
    ctx_wes = laptop_context(wes)
    call = activities.log_activity(ctx_wes, acme, ActivityInput(
        ActivityKind.CALL, notes="Demo", contacts=(bea,), opportunity_id=deal)).value
    assert wes.sync().pushed > 0
    with db.session() as s:
        status_before = s.get_one(Account, bens).status

    def activity(account: uuid.UUID, on: uuid.UUID | None) -> dict[str, Any]:
        return {"account_id": account.hex, "opportunity_id": None if on is None else on.hex,
                "kind": "call", "occurred_at": "2026-12-01T10:00:00",
                "author_id": ids["wes"].hex, "notes": "rogue"}

    # amy's deal named on ben's company: a write into ben's company, refused in the
    # laptop's words (the laptop refuses the same)
    assert rogue_push(wes, "activities", uuid.uuid4(), activity(bens, deal))["reason"] == \
        ITS_COMPANYS_DEAL
    with pytest.raises(Refused, match=ITS_COMPANYS_DEAL):
        activities.log_activity(ctx_wes, acme, ActivityInput(
            ActivityKind.CALL, notes="Wrong deal", opportunity_id=bens_deal))
    # his own call moved to ben's company, still on amy's deal
    assert rogue_push(wes, "activities", call, {"account_id": bens.hex})["reason"] == \
        ITS_COMPANYS_DEAL
    # a person of another company named as spoken to in his call on amy's deal
    assert rogue_push(wes, "activity_contacts", uuid.uuid4(), {
        "activity_id": call.hex, "contact_id": otto.hex})["reason"] == ITS_COMPANYS_PEOPLE
    assert rogue_push(wes, "activities", call, {"contact_id": otto.hex})["reason"] == \
        ITS_COMPANYS_PEOPLE
    # his call handed to amy
    assert rogue_push(wes, "activities", call, {"author_id": ids["amy"].hex})["reason"] == \
        KEEP_AUTHOR
    # on no deal at Acme: the laptop's words on both sides
    assert rogue_push(wes, "activities", uuid.uuid4(), activity(acme, None))["reason"] == \
        ON_YOUR_DEAL
    with pytest.raises(Refused, match="log it on the deal you are on"):
        activities.log_activity(ctx_wes, acme, ActivityInput(ActivityKind.CALL,
                                                             notes="No deal"))
    # the owner too is held to the rule on the server (a laptop that skipped it)
    assert rogue_push(amy, "activities", uuid.uuid4(), activity(acme, bens_deal) | {
        "author_id": ids["amy"].hex})["reason"] in (ITS_COMPANYS_DEAL, outside_scope())
    with db.session() as s:
        assert s.get_one(Account, bens).status == status_before
        assert s.get_one(Activity, call).account_id == acme
        assert s.get_one(Activity, call).author_id == ids["wes"]
        assert s.scalars(select(Activity).where(Activity.account_id == bens)).all() == []
    # his own call on his deal, with Bea, still changes as before
    assert rogue_push(wes, "activities", call, {"notes": "Demo went well"})["status"] == "applied"
    for laptop in (amy, ben, wes):
        laptop.close()
