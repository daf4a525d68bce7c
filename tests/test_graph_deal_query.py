"""The decision tree query on a real SQLite workspace: one deal's people with their role
and stance, the company's reporting lines, and influence between people on the deal
only; a removed role, person or deal is not shown."""

from __future__ import annotations

import uuid
from datetime import date

from crmdesk.domain.deals import DecisionRoleKind, OpportunityStage, Stance
from crmdesk.store import deal_writes
from crmdesk.store import graph_queries as gq
from crmdesk.store.db import Store
from crmdesk.store.deal_writes import DealInput
from crmdesk.store.models import Contact, ContactInfluence, Opportunity
from crmdesk.store.writes import add_influence, add_reports_to, delete_contact, new_contact

TODAY = date(2026, 6, 1)


def test_a_deals_tree_holds_its_people_lines_and_influence(
        empty: Store, world: dict[str, uuid.UUID]) -> None:
    acme, ann, bob, cat = world["acme"], world["ann"], world["bob"], world["cat"]
    with empty.session.begin() as s:
        dan = new_contact(s, acme, name="Dan", title="CFO", department="Finance",
                          is_key_person=True)
        eve = new_contact(s, acme, name="Eve")
        add_reports_to(s, bob, ann)
        add_reports_to(s, cat, eve)  # eve has no role: the line passes through her
        add_reports_to(s, eve, ann)
        kept = add_influence(s, cat, ann, 4)
        add_influence(s, dan, eve, 2)  # eve is not on the deal: not shown
        gone = add_influence(s, bob, ann, 3)
        s.get_one(ContactInfluence, gone).deleted = True
        deal = deal_writes.new_deal(s, acme, DealInput("Fleet rollout",
                                                       OpportunityStage.NEGOTIATION),
                                    None, TODAY)
        other = deal_writes.new_deal(s, acme, DealInput("Spare parts"), None, TODAY)
        deal_writes.set_role(s, deal, ann, DecisionRoleKind.DECISION_MAKER, Stance.OPPOSES)
        deal_writes.set_role(s, deal, cat, DecisionRoleKind.CHAMPION, Stance.SUPPORTS)
        deal_writes.set_role(s, deal, dan, DecisionRoleKind.ECONOMIC_BUYER)
        deal_writes.set_role(s, deal, bob, DecisionRoleKind.USER)
        deal_writes.set_role(s, deal, bob, None)  # taken off the map again
        deal_writes.set_role(s, other, bob, DecisionRoleKind.BLOCKER, Stance.OPPOSES)

    with empty.session() as s:
        tree = gq.decision_tree(s, deal)
        assert tree is not None
        assert (tree.deal_id, tree.account_id, tree.name, tree.stage) == (
            deal, acme, "Fleet rollout", OpportunityStage.NEGOTIATION)
        assert [(p.name, p.role, p.stance) for p in tree.people] == [
            ("Ann", DecisionRoleKind.DECISION_MAKER, Stance.OPPOSES),
            ("Cat", DecisionRoleKind.CHAMPION, Stance.SUPPORTS),
            ("Dan", DecisionRoleKind.ECONOMIC_BUYER, Stance.NEUTRAL)]
        dan_row = tree.people[2]
        assert (dan_row.id, dan_row.title, dan_row.department, dan_row.is_key_person) == (
            dan, "CFO", "Finance", True)
        # the whole company's lines, so Cat finds Ann above her through Eve
        assert tree.reports_to == {bob: ann, cat: eve, eve: ann}
        assert [(i.id, i.from_id, i.to_id, i.strength) for i in tree.influences] == [
            (kept, cat, ann, 4)]

        # each deal its own map
        other_tree = gq.decision_tree(s, other)
        assert other_tree is not None
        assert [(p.name, p.role) for p in other_tree.people] == [
            ("Bob", DecisionRoleKind.BLOCKER)]
        assert other_tree.influences == ()
        assert gq.decision_tree(s, uuid.uuid4()) is None

    # a person removed leaves the map; a deal removed has none
    with empty.session.begin() as s:
        delete_contact(s, cat)
    with empty.session() as s:
        tree = gq.decision_tree(s, deal)
        assert tree is not None
        assert [p.name for p in tree.people] == ["Ann", "Dan"] and tree.influences == ()
        assert s.get_one(Contact, cat).deleted
    with empty.session.begin() as s:
        s.get_one(Opportunity, deal).deleted = True
    with empty.session() as s:
        assert gq.decision_tree(s, deal) is None


def test_a_deal_with_no_one_on_it_has_an_empty_tree(
        empty: Store, world: dict[str, uuid.UUID]) -> None:
    with empty.session.begin() as s:
        deal = deal_writes.new_deal(s, world["acme"], DealInput("Quiet deal"), None, TODAY)
    with empty.session() as s:
        tree = gq.decision_tree(s, deal)
        assert tree is not None
        assert tree.people == () and tree.influences == ()
