"""A deal's virtual team through the real server over HTTP (PostgreSQL): a colleague of
another team put on a deal receives the deal, its account and contacts at their next
pull and logs an activity there that syncs; sees nothing else of the account or team;
after removal their next pull takes it all off their laptop, and the conflict log stops
telling them of those rows; a deal moved to another account re-scopes them; compaction
keeps their rows for a fresh sync; only the deal's owner (or lead) sets the team."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from crmdesk.app import accounts, activities, deals, rights
from crmdesk.domain.activity import ActivityKind
from crmdesk.domain.scope import OWN_LOGS, TEAM_OWNERS
from crmdesk.server import history
from crmdesk.store import queries as q
from crmdesk.store.deal_writes import DealEdit, DealInput
from crmdesk.store.models import (
    Account,
    Activity,
    Contact,
    DealMember,
    Opportunity,
    TeamRole,
)
from crmdesk.store.refusals import Refused
from crmdesk.store.writes import ActivityInput, new_account, new_contact
from tests.conftest import TODAY
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


def _conflicts(laptop: Laptop) -> dict[uuid.UUID, dict[str, Any]]:
    """The server's answer to the laptop's /v1/conflicts, by row."""
    answer = laptop.http.get("/v1/conflicts", headers={
        "Authorization": f"Bearer {laptop.token}"})
    assert answer.status_code == 200, answer.text
    return {uuid.UUID(c["row_id"]): c for c in answer.json()["conflicts"]}



@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_a_colleague_of_another_team_on_a_deal_sees_it_logs_there_and_loses_it_on_leaving(
        server: Server, tmp_path: Path) -> None:
    http, db, _url = server
    ids = add_people(server)
    # wes (West) and lea (East's lead) have synced before anything is made: what they
    # get later comes by the change log's entries, not a first sync
    amy, wes, ben = (Laptop(tmp_path, str(http.base_url), name, viewer_of(db, name))
                     for name in ("amy", "wes", "ben"))
    with amy.store.write.begin() as s:
        acme = new_account(s, name="Acme Robotics", owner_id=ids["amy"], team_id=ids["East"])
        buyer = new_contact(s, acme, name="Bea Buyer")
        user = new_contact(s, acme, name="Uli User")
        other = new_account(s, name="Other Works", owner_id=ids["amy"], team_id=ids["East"])
        new_contact(s, other, name="Otto Other")
    ctx_amy = laptop_context(amy)
    shared = deals.new_deal(ctx_amy, acme, DealInput("Line automation", amount=80_000_00,
                                                     expected_close=TODAY)).value
    hidden = deals.new_deal(ctx_amy, acme, DealInput("Spare parts", amount=5_000_00)).value
    amy.sync()
    wes.sync()
    assert acme not in held_ids(wes, Account)

    # a rep of the same team cannot put someone on amy's deal: not on the laptop, and
    # not on the server either, in the same words
    deals.add_to_team(ctx_amy, shared, ids["wes"], TeamRole.SOLUTION_ENGINEER)
    amy.sync()
    ben.sync()
    refused = rogue_push(ben, "deal_members", uuid.uuid4(), {
        "opportunity_id": shared.hex, "user_id": ids["ben"].hex, "role": "presales"})
    assert refused["status"] == "refused" and refused["reason"] in (
        TEAM_OWNERS, "You may not change the record as changed: it belongs to another "
        "person or team.")

    report = wes.sync()
    assert report.pulled > 0
    assert held_ids(wes, Account) >= {acme} and other not in held_ids(wes, Account)
    assert {buyer, user} <= held_ids(wes, Contact)
    assert shared in held_ids(wes, Opportunity) and hidden not in held_ids(wes, Opportunity)
    assert mirror_problems(db, wes) == []
    ctx_wes = laptop_context(wes)
    with wes.store.session() as s:  # his queue of the deals' teams he is on has Acme
        assert q.queue_ids(s, ctx_wes.me, q.QueueFilter.DEAL_TEAMS, TODAY) == [acme]
        assert q.queue_ids(s, ctx_wes.me, q.QueueFilter.ALL_MINE, TODAY) == []
    # wes (a member, not an owner) cannot change the team: the laptop and the server say so
    with pytest.raises(Refused, match="Only the deal's owner"):
        deals.add_to_team(ctx_wes, shared, ids["ben"], TeamRole.PRESALES)
    assert rogue_push(wes, "deal_members", uuid.uuid4(), {
        "opportunity_id": shared.hex, "user_id": ids["ben"].hex,
        "role": "presales"})["reason"] == TEAM_OWNERS
    # nor edit the deal itself: his laptop refuses it before queuing anything, in the
    # very words the server answers a push of it with
    with pytest.raises(Refused) as laptop_says:
        deals.save_deal(ctx_wes, acme, shared, DealEdit({"next_step": "mine"}))
    assert wes.sync().pushed == 0
    server_says = rogue_push(wes, "opportunities", shared, {"next_step": "mine"})
    assert server_says["status"] == "refused"
    assert server_says["reason"] == str(laptop_says.value)
    assert rights.may_change(ctx_wes, "accounts", acme) == str(laptop_says.value)
    assert rights.may_change(ctx_amy, "opportunities", shared) is None

    # wes logs a call on the deal, with Bea; amy receives it
    with pytest.raises(Refused, match="log it on the deal"):
        activities.log_activity(ctx_wes, acme, ActivityInput(
            ActivityKind.CALL, notes="No deal named", contacts=(buyer,)))
    call = activities.log_activity(ctx_wes, acme, ActivityInput(
        ActivityKind.CALL, notes="Demo of the line", contacts=(buyer,),
        opportunity_id=shared)).value
    assert wes.sync().pushed > 0
    assert mirror_problems(db, wes) == []
    amy.sync()
    assert call in held_ids(amy, Activity)
    # amy's own call on the deal reaches wes; wes may not rewrite it
    mine = activities.log_activity(ctx_amy, acme, ActivityInput(
        ActivityKind.VISIT, notes="Site visit", opportunity_id=shared)).value
    amy.sync()
    wes.sync()
    assert mine in held_ids(wes, Activity)
    assert rogue_push(wes, "activities", mine, {"notes": "rewritten"})["reason"] == OWN_LOGS

    # wes's note on his call loses to amy's later edit: the conflict log tells him
    with wes.store.write.begin() as s:
        s.get_one(Activity, call).notes = "Demo went well"
    with amy.store.write.begin() as s:
        s.get_one(Activity, call).notes = "Demo went well; pricing next"
    wes.sync()
    amy.sync()
    wes.sync()
    told = _conflicts(wes)[call]
    assert (told["lost_value"], told["kept_value"]) == ("Demo went well",
                                                        "Demo went well; pricing next")

    # off the team: his next pull takes the deal, account, contacts and calls away, and
    # the conflict log still tells him his own words were replaced, but no longer what
    # replaced them
    deals.remove_from_team(ctx_amy, shared, ids["wes"])
    amy.sync()
    report = wes.sync()
    assert report.removed > 0
    assert acme not in held_ids(wes, Account) and shared not in held_ids(wes, Opportunity)
    assert not {buyer, user} & held_ids(wes, Contact)
    assert not {call, mine} & held_ids(wes, Activity)
    assert mirror_problems(db, wes) == []
    told = _conflicts(wes)[call]
    assert (told["lost_value"], told["kept_value"]) == ("Demo went well", None)
    with db.session() as s:
        assert s.get_one(DealMember, s.scalars(select(DealMember.id)).one()).deleted

    # back on it, then Acme is merged into Other Works: its deals (the one wes is on
    # too) and people move there; Acme goes from his laptop, Other Works comes
    deals.add_to_team(ctx_amy, shared, ids["wes"], TeamRole.PRESALES)
    amy.sync()
    wes.sync()
    assert acme in held_ids(wes, Account) and mirror_problems(db, wes) == []
    accounts.merge(ctx_amy, other, acme)
    amy.sync()
    wes.sync()
    assert other in held_ids(wes, Account) and acme not in held_ids(wes, Account)
    assert shared in held_ids(wes, Opportunity) and hidden not in held_ids(wes, Opportunity)
    assert {buyer, user} <= held_ids(wes, Contact)
    assert mirror_problems(db, wes) == []

    # compaction drops superseded entries; a fresh laptop of wes still gets his share
    with db.session() as s:
        assert history.compact(s, datetime.now(UTC).replace(tzinfo=None)
                               + timedelta(days=1)) > 0
        s.commit()
    fresh = Laptop(tmp_path, str(http.base_url), "wes", viewer_of(db, "wes"),
                   file_name="wes-fresh.db")
    assert mirror_problems(db, fresh) == []
    assert other in held_ids(fresh, Account) and shared in held_ids(fresh, Opportunity)
    # and a fresh laptop of the owner still gets the rows the member entries followed
    owner = Laptop(tmp_path, str(http.base_url), "amy", viewer_of(db, "amy"),
                   file_name="amy-fresh.db")
    assert mirror_problems(db, owner) == []
    assert {buyer, user} <= held_ids(owner, Contact)
    for laptop in (amy, wes, ben, fresh, owner):
        laptop.close()


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_a_deal_moved_to_another_account_moves_its_team_with_it(server: Server,
                                                                  tmp_path: Path) -> None:
    http, db, _url = server
    ids = add_people(server)
    amy, wes = (Laptop(tmp_path, str(http.base_url), name, viewer_of(db, name))
                for name in ("amy", "wes"))
    with amy.store.write.begin() as s:
        old = new_account(s, name="Old Home", owner_id=ids["amy"], team_id=ids["East"])
        old_person = new_contact(s, old, name="Olga Old")
        new = new_account(s, name="New Home", owner_id=ids["amy"], team_id=ids["East"])
        new_person = new_contact(s, new, name="Nina New")
    ctx_amy = laptop_context(amy)
    deal = deals.new_deal(ctx_amy, old, DealInput("Moving deal", amount=1_000_00)).value
    deals.add_to_team(ctx_amy, deal, ids["wes"], TeamRole.MANAGER)
    amy.sync()
    wes.sync()
    assert old in held_ids(wes, Account) and old_person in held_ids(wes, Contact)
    assert new not in held_ids(wes, Account)
    with amy.store.write.begin() as s:
        s.get_one(Opportunity, deal).account_id = new
    amy.sync()
    report = wes.sync()
    assert report.removed > 0
    assert new in held_ids(wes, Account) and new_person in held_ids(wes, Contact)
    assert old not in held_ids(wes, Account) and old_person not in held_ids(wes, Contact)
    assert deal in held_ids(wes, Opportunity)
    assert mirror_problems(db, wes) == []
    # the deal removed: the account and its people go with it
    with amy.store.write.begin() as s:
        s.get_one(Opportunity, deal).deleted = True
    amy.sync()
    wes.sync()
    assert new not in held_ids(wes, Account) and new_person not in held_ids(wes, Contact)
    assert mirror_problems(db, wes) == []
    amy.close()
    wes.close()
