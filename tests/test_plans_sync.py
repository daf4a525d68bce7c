"""Sales targets through the real server over HTTP: a target a lead sets on their laptop
reaches a rep of the team; a rep's push of one is refused (in the laptop command's
words); the same target set on two laptops offline is one row, the later edit's."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from crmdesk.app.plans import set_plans
from crmdesk.domain.contracts import Period
from crmdesk.domain.plans import Dimension, plan_id
from crmdesk.domain.scope import LEADS_ONLY
from crmdesk.store import plan_queries as pq
from crmdesk.store.models import Plan
from crmdesk.store.plan_writes import PlanEntry
from crmdesk.store.refusals import Refused
from crmdesk.sync.kinds import known_schema
from tests.sync_harness import Laptop, Server, add_people, laptop_context, viewer_of

Q4 = date(2026, 10, 1)


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_a_leads_target_reaches_the_team_and_a_reps_is_refused(
        server: Server, tmp_path: Path) -> None:
    http, db, _url = server
    ids = add_people(server)
    lea, amy, wes = (Laptop(tmp_path, str(http.base_url), name, viewer_of(db, name))
                     for name in ("lea", "amy", "wes"))
    entry = PlanEntry(ids["East"], Dimension.REP, ids["amy"], Period.QUARTER, Q4,
                      300_000_00)
    assert set_plans(laptop_context(lea), [entry]).value == 1
    assert lea.sync().refused == 0
    amy.sync()
    wes.sync()
    with amy.store.session() as s:
        assert pq.planned(s, Dimension.REP, [ids["amy"]], Period.QUARTER, Q4,
                          date(2026, 12, 31), "CNY") == {ids["amy"]: 300_000_00}
    with wes.store.session() as s:  # another team's targets are not theirs to see
        assert s.scalars(select(Plan)).all() == []

    # the rep's own command refuses, in the server's words
    mine = PlanEntry(ids["East"], Dimension.REP, ids["amy"], Period.QUARTER, Q4, 1_00)
    with pytest.raises(Refused) as refused:
        set_plans(laptop_context(amy), [mine])
    assert str(refused.value) == LEADS_ONLY
    # a row written past the command (an older or altered laptop) is refused by the server
    with amy.store.write.begin() as s:
        row = s.get(Plan, entry.row_id)
        assert row is not None
        row.amount = 1_00
    report = amy.sync()
    assert (report.refused, report.conflicts) == (1, [LEADS_ONLY])
    with db.session() as s:
        kept = s.get(Plan, entry.row_id)
        assert kept is not None and kept.amount == 300_000_00
    amy.sync()
    with amy.store.session() as s:  # the lead's target stands on the rep's laptop again
        assert pq.planned(s, Dimension.REP, None, Period.QUARTER, Q4, Q4, "CNY") == {
            ids["amy"]: 300_000_00}
    for laptop in (lea, amy, wes):
        laptop.close()


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_one_target_set_offline_on_two_laptops_is_one_row_the_later_edits(
        server: Server, tmp_path: Path) -> None:
    http, db, _url = server
    ids = add_people(server)
    lea, root, ben = (Laptop(tmp_path, str(http.base_url), name, viewer_of(db, name))
                      for name in ("lea", "root", "ben"))
    team = PlanEntry(ids["East"], Dimension.TEAM, ids["East"], Period.QUARTER, Q4, 0)
    set_plans(laptop_context(lea), [replace(team, amount=900_000_00)])
    root.store.clock.receive(lea.store.clock.tick())  # the admin's edit comes later
    set_plans(laptop_context(root), [replace(team, amount=1_000_000_00)])
    for laptop in (lea, root, lea, ben):
        assert laptop.sync().refused == 0
    row_id = plan_id(ids["East"], Dimension.TEAM, ids["East"], Period.QUARTER, Q4, "CNY")
    with db.session() as s:
        rows = s.scalars(select(Plan)).all()
        assert [(r.id, r.amount) for r in rows] == [(row_id, 1_000_000_00)]
    for laptop in (lea, root, ben):
        with laptop.store.session() as s:
            assert [(r.id, r.amount) for r in s.scalars(select(Plan))] == [
                (row_id, 1_000_000_00)]
    # cleared on the lead's laptop: removed everywhere
    set_plans(laptop_context(lea), [team])
    for laptop in (lea, ben):
        laptop.sync()
    with ben.store.session() as s:
        assert pq.planned(s, Dimension.TEAM, None, Period.QUARTER, Q4, Q4, "CNY") == {}
    for laptop in (lea, root, ben):
        laptop.close()



@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_an_older_laptop_is_not_sent_targets_and_gets_them_once_upgraded(
        server: Server, tmp_path: Path) -> None:
    http, db, _url = server
    ids = add_people(server)
    lea = Laptop(tmp_path, str(http.base_url), "lea", viewer_of(db, "lea"))
    amy = Laptop(tmp_path, str(http.base_url), "amy", viewer_of(db, "amy"), first_sync=False)
    amy.client.schema = {k: v for k, v in known_schema().items() if k != "plans"}
    asked: list[dict[str, str]] = []

    def note(request: httpx.Request) -> None:
        if request.url.path == "/v1/changes":
            asked.append(dict(request.url.params))

    amy.wire.before = note
    amy.sync()
    set_plans(laptop_context(lea), [PlanEntry(ids["East"], Dimension.REP, ids["amy"],
                                              Period.QUARTER, Q4, 250_000_00)])
    lea.sync()
    amy.sync()
    assert asked and all("plans" not in q.get("kinds", "").split(",") for q in asked)
    with amy.store.session() as s:
        assert s.scalars(select(Plan)).all() == []
    amy.client.schema = known_schema()  # the upgrade: what it skipped arrives
    asked.clear()
    amy.sync()
    assert any(q.get("kinds") == "plans" and "until" in q for q in asked)
    with amy.store.session() as s:
        assert pq.planned(s, Dimension.REP, None, Period.QUARTER, Q4, Q4, "CNY") == {
            ids["amy"]: 250_000_00}
    for laptop in (lea, amy):
        laptop.close()
