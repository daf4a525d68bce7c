"""Web enquiries reach laptops: the lead sets the team's rules on her laptop (the server
takes what the laptop took, and refuses what it refuses), an enquiry is assigned by
them, and the rep's laptop receives the lead at its next sync; another team's never."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from crmdesk.app import assignment
from crmdesk.domain.intake import NEEDS_REPS, Assignment, AssignmentKind, Rule
from crmdesk.domain.scope import LEADS_ONLY
from crmdesk.store.enquiries import new_web_leads
from crmdesk.store.models import Account, Activity, AssignmentSetting, Contact
from crmdesk.store.refusals import Refused
from tests.intake_world import IntakeWorld, intake_world
from tests.sync_harness import Laptop, held_ids, laptop_context, viewer_of


@pytest.fixture
def pg(tmp_path: Path) -> IntakeWorld:
    with intake_world("postgres", tmp_path) as made:
        yield made  # type: ignore[misc]


def test_rules_set_on_the_leads_laptop_assign_and_the_rep_receives_the_lead(
        pg: IntakeWorld, tmp_path: Path) -> None:
    laptops = {name: Laptop(tmp_path, pg.base, name, viewer_of(pg.db, name))
               for name in ("lea", "amy", "ben", "wes")}
    try:
        east = pg.ids["East"]
        # only the team's lead (or an admin) sets them, in the server's words
        with pytest.raises(Refused, match=re.escape(LEADS_ONLY)):
            assignment.set_assignment(laptop_context(laptops["amy"]), east,
                                      Assignment((Rule(AssignmentKind.ROUND_ROBIN),)))
        lea = laptop_context(laptops["lea"])
        with pytest.raises(Refused, match=NEEDS_REPS):
            assignment.set_assignment(
                lea, east, Assignment((Rule(AssignmentKind.REGION, "Hubei"),)))
        done = assignment.set_assignment(lea, east, Assignment(
            (Rule(AssignmentKind.REGION, "Hubei", (pg.ids["ben"],)),
             Rule(AssignmentKind.ROUND_ROBIN, reps=(pg.ids["amy"],))), cap=50))
        assert done.value == 3
        shown = assignment.load(lea, east)
        assert [r.by for r in shown.settings.rules] == [AssignmentKind.REGION,
                                                        AssignmentKind.ROUND_ROBIN]
        assert {r.name for r in shown.reps} >= {"amy", "ben", "cat", "lea"}
        report = laptops["lea"].sync()
        assert report.pushed == 3 and report.refused == 0
        with pg.db.session() as s:
            assert {r.kind for r in s.scalars(select(AssignmentSetting))} == {
                AssignmentKind.REGION, AssignmentKind.ROUND_ROBIN, AssignmentKind.CAP}
        # the rep's laptop hears of the rules too (the whole team sees them)
        laptops["amy"].sync()
        assert len(held_ids(laptops["amy"], AssignmentSetting)) == 3

        assert pg.post(company="Wingtip Toys", person="Wu", email="wu@wingtip.cn",
                       message="A quote, please").status_code == 201
        assert pg.post(company="Hubei Steel", person="Hu", email="hu@hbsteel.cn",
                       region="Hubei").status_code == 201
        mine = laptops["amy"].sync()
        with laptops["amy"].store.session() as s:
            lead = s.scalars(select(Account).where(Account.name == "Wingtip Toys")).one()
            assert lead.owner_id == pg.ids["amy"] and lead.id in mine.arrived
            assert s.scalars(select(Contact.name).where(Contact.account_id == lead.id)
                             ).one() == "Wu"
            assert "A quote, please" in s.scalars(select(Activity.notes).where(
                Activity.account_id == lead.id)).one()
            assert new_web_leads(s, mine.arrived, pg.ids["amy"]) == ["Wingtip Toys"]
            assert s.scalars(select(Account).where(Account.name == "Hubei Steel")
                             ).first() is None  # ben's
        bens = laptops["ben"].sync()
        with laptops["ben"].store.session() as s:
            assert new_web_leads(s, bens.arrived, pg.ids["ben"]) == ["Hubei Steel"]
        # the lead sees the team's leads arrive, none of them hers to be told of
        leas = laptops["lea"].sync()
        assert len(leas.arrived) == 2
        with laptops["lea"].store.session() as s:
            assert new_web_leads(s, leas.arrived, pg.ids["lea"]) == []
        # another team's rep never receives them
        laptops["wes"].sync()
        assert held_ids(laptops["wes"], Account) == set()
        assert held_ids(laptops["wes"], AssignmentSetting) == set()
    finally:
        for laptop in laptops.values():
            laptop.close()


def test_the_server_refuses_a_rule_the_laptop_would_refuse(pg: IntakeWorld,
                                                          tmp_path: Path) -> None:
    lea = Laptop(tmp_path, pg.base, "lea", viewer_of(pg.db, "lea"))
    try:
        # written past the command (an older laptop, a hand-made push): the server's
        # check is the command's
        with lea.store.write.begin() as s:
            s.add(AssignmentSetting(id=uuid.uuid4(), owner_id=None, team_id=pg.ids["East"],
                                    kind=AssignmentKind.INDUSTRY, match="Retail", rep_ids=[]))
        report = lea.sync()
        assert report.refused == 1 and NEEDS_REPS in report.conflicts[0]
        with pg.db.session() as s:
            assert s.scalars(select(AssignmentSetting)).first() is None
    finally:
        lea.close()
