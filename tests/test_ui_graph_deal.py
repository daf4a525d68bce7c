"""A deal's decision map in the graph pane, driven as a rep drives it: the chooser offers
the account and its deals (open first); choosing a deal draws the people with a role on
it, each with their role and stance, fitted in the pane at both screen sizes; a deal
with no one on it says how to add people; a role set in the deal editor shows at once;
choosing Account brings the account's graph back."""

from __future__ import annotations

import subprocess
import sys
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crmdesk.app import deals
from crmdesk.domain.deals import DecisionRoleKind, OpportunityStage, Stance
from crmdesk.store import deal_writes
from crmdesk.store.db import Store, copy_workspace, open_store
from crmdesk.store.deal_writes import DealInput
from crmdesk.store.models import Account, Contact, DecisionRole, Opportunity
from crmdesk.store.writes import add_influence
from crmdesk.ui.graph_drawing import STANCE_COLORS
from crmdesk.ui.main_window import MainWindow
from tests.test_ui import make_window, settle
from tests.test_ui_graph import _outside, _show, big_account

ROLES = list(DecisionRoleKind)
STANCES = list(Stance)
DAY = date(2026, 6, 1)


@pytest.fixture
def window(seeded: Store, tmp_path: Path, qtbot: QtBot) -> Iterator[MainWindow]:
    win = make_window(seeded, tmp_path, qtbot)
    yield win
    win.ctx.runner.wait()


def with_deals(store: Store, on_deal: int = 40) -> dict[str, uuid.UUID]:
    """big_account's company with three deals: "Fleet rollout" (open) with `on_deal` of
    its people on the map, "Quiet deal" (open) with no one, "Old order" (won)."""
    made = big_account(store)
    with store.write.begin() as s:
        people = list(s.scalars(select(Contact.id).where(Contact.account_id == made["me"])
                                .order_by(Contact.name)))
        fleet = deal_writes.new_deal(s, made["me"], DealInput(
            "Fleet rollout", OpportunityStage.NEGOTIATION), None, DAY)
        quiet = deal_writes.new_deal(s, made["me"], DealInput("Quiet deal"), None, DAY)
        old = deal_writes.new_deal(s, made["me"], DealInput("Old order",
                                                            OpportunityStage.WON), None, DAY)
        for i, person in enumerate(people[:on_deal]):
            deal_writes.set_role(s, fleet, person, ROLES[i % len(ROLES)],
                                 STANCES[i % len(STANCES)])
        deal_writes.set_role(s, old, people[0], DecisionRoleKind.BLOCKER, Stance.OPPOSES)
        # influence between two people of the map (Person 02 -> Person 00)
        add_influence(s, people[2], people[0], 4)
    made.update(fleet=fleet, quiet=quiet, old=old, first=people[0], last=people[-1])
    return made


def choose(window: MainWindow, qtbot: QtBot, text: str) -> None:
    """Pick `text` in the graph's chooser, as a click in its list does."""
    chooser = window.graph.chooser
    at = chooser.findText(text)
    assert at >= 0, [chooser.itemText(i) for i in range(chooser.count())]
    chooser.setCurrentIndex(at)
    chooser.activated.emit(at)
    settle(window, qtbot)


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_choosing_a_deal_draws_its_people_with_role_and_stance(
        window: MainWindow, qtbot: QtBot, seeded: Store, size: tuple[int, int],
        tmp_path: Path) -> None:
    made = with_deals(seeded)
    window.resize(*size)
    settle(window, qtbot)
    _show(window, qtbot, made["me"])
    graph = window.graph
    account_labels = sorted(b.node.label for b in graph.drawing.boxes) if graph.drawing \
        else []
    assert "Northwind Holding" in account_labels
    # the account first, then its deals, open ones first
    assert [graph.chooser.itemText(i) for i in range(graph.chooser.count())] == [
        "Account", "Deal: Fleet rollout", "Deal: Quiet deal", "Deal: Old order (closed)"]

    choose(window, qtbot, "Deal: Fleet rollout")
    drawing = graph.drawing
    assert drawing is not None
    people = [b for b in drawing.boxes if b.node.kind == "contact"]
    assert len(people) == 40
    (deal_box,) = [b for b in drawing.boxes if b.node.kind == "deal"]
    assert deal_box.node.label == "Fleet rollout" and "Negotiation" in deal_box.node.detail
    # no company boxes: the decision map only
    assert {b.node.kind for b in drawing.boxes} == {"deal", "contact"}
    first = next(b for b in people if b.node.label == "Person 00")
    assert (first.node.role, first.node.stance) == ("decision_maker", "supports")
    assert {b.node.stance for b in people} == {"supports", "neutral", "opposes"}
    assert {"reports_to", "influences"} <= {k.kind for k in drawing.links}
    assert _outside(window) == []  # fitted: nothing cut off at the edges
    legend = graph.legend.text()
    assert "supports" in legend and "opposes" in legend and "decision maker" in legend
    assert not graph.empty.isVisible()

    # the export is this map: names, roles and stances in words, the edge in colour
    svg, png = tmp_path / "map.svg", tmp_path / "map.png"
    assert graph.export(svg) and graph.export(png)
    texts = " ".join(" ".join("".join(e.itertext()) for e in ET.parse(svg).getroot().iter()
                              if e.tag.endswith("text")).split())  # runs of other fonts
    assert "Person 00" in texts and "decision maker" in texts and "✓ supports" in texts
    assert "Northwind Holding" not in texts
    image = QImage(str(png))
    edge = image.pixelColor(int(first.cx * 2), int(first.y * 2))
    green = QColor(STANCE_COLORS["supports"])
    assert abs(edge.green() - green.green()) < 40 and edge.red() < 120

    # back to the account: its whole graph again
    choose(window, qtbot, "Account")
    assert graph.drawing is not None
    assert sorted(b.node.label for b in graph.drawing.boxes) == account_labels
    assert "supports" not in graph.legend.text()
    assert _outside(window) == []


def test_a_deal_without_people_says_how_to_add_them(window: MainWindow, qtbot: QtBot,
                                                   seeded: Store) -> None:
    made = with_deals(seeded, on_deal=3)
    _show(window, qtbot, made["me"])
    graph = window.graph
    choose(window, qtbot, "Deal: Quiet deal")
    assert graph.drawing is not None
    assert [b.node.kind for b in graph.drawing.boxes] == ["deal"]
    assert graph.empty.isVisible()
    assert graph.empty.text() == ("No one has a role on this deal yet: set roles in the "
                                  "deal editor.")

    # a role set (the deal editor's command) shows on the map at once
    window.ctx.command(lambda app: deals.set_role(app, made["quiet"], made["first"],
                                                  DecisionRoleKind.CHAMPION,
                                                  Stance.SUPPORTS))
    qtbot.waitUntil(lambda: graph.drawing is not None and any(
        b.node.label == "Person 00" for b in graph.drawing.boxes), timeout=10000)
    settle(window, qtbot)
    assert not graph.empty.isVisible()
    assert graph.chooser.currentText() == "Deal: Quiet deal"
    (person,) = [b for b in graph.drawing.boxes if b.node.kind == "contact"]
    assert (person.node.role, person.node.stance) == ("champion", "supports")

    # each deal its own map: the other deal shows its three
    choose(window, qtbot, "Deal: Fleet rollout")
    assert len([b for b in graph.drawing.boxes if b.node.kind == "contact"]) == 3
    # the influence on the map is offered for removal where it is right-clicked
    link = next(k for k in graph.drawing.links if k.kind == "influences")
    assert graph.removable([link]) == [link]


def test_another_account_opens_on_its_own_graph(window: MainWindow, qtbot: QtBot,
                                               seeded: Store) -> None:
    made = with_deals(seeded, on_deal=5)
    _show(window, qtbot, made["me"])
    choose(window, qtbot, "Deal: Fleet rollout")
    assert window.graph.shown_deal is not None
    _show(window, qtbot, made["steel"])
    graph = window.graph
    assert graph.shown_deal is None and graph.chooser.currentText() == "Account"
    assert graph.drawing is not None
    assert any(b.node.kind == "account" and b.node.label == "Steelworks Supply Co."
               for b in graph.drawing.boxes)


def test_screenshot_shows_a_deals_map_or_says_there_is_none(seeded_file: Path,
                                                           tmp_path: Path) -> None:
    """`crmdesk --screenshot --select ACCOUNT --graph-deal NAME`: the picture of a deal's
    map; a name no deal of the account has is an error that says so."""
    workspace = tmp_path / "workspace.db"
    copy_workspace(seeded_file, workspace)
    store = open_store(workspace)
    with store.session() as s:
        account, deal = s.execute(
            select(Account.name, Opportunity.name)
            .join(Opportunity, Opportunity.account_id == Account.id)
            .join(DecisionRole, DecisionRole.opportunity_id == Opportunity.id)
            .where(Account.name.like("%Ltd%"))
            .order_by(Account.name, Opportunity.name)).first()
    store.close()
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    out = tmp_path / "map.png"
    shot = [sys.executable, "-m", "crmdesk.cli", "--db", str(workspace), "--screenshot",
            str(out), "--size", "1366x768", "--select", account, "--graph-deal"]
    result = subprocess.run([*shot, deal], capture_output=True, text=True, timeout=120,
                            env=env)
    assert result.returncode == 0, result.stderr
    assert QImage(str(out)).width() == 1366
    result = subprocess.run([*shot, "No such deal"], capture_output=True, text=True,
                            timeout=120, env=env)
    assert result.returncode == 1
    assert "no deal named like “No such deal”" in result.stderr
    assert "Traceback" not in result.stderr
