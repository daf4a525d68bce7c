"""The relationship graph of a 40-person company in a three-level group with suppliers,
customers and partners: laid out with the pane's fonts (every arrangement the pane
tries) and painted at the pane's size in the 1366x768 and 1920x1080 windows; the deal
view of a deal with all 40 people on its decision map, the same way; the group query
for a group of 300 companies eight levels deep and the decision tree query.

    python bench/bench_graph.py
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.calibrate import calibrate
from bench.common import Figure, percentile, summary

#: Laid out and drawn within one frame at 60 Hz.
FRAME_MS = 16.0
TITLES = ["CEO", "CFO", "Head of Purchasing", "采购经理", "IT Director", "Engineer"]


def _company(path: Path, people: int) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """A workspace with a rep, a `people`-person company in a group with a deal that has
    every one of them on its decision map, and a 300-company group; the company's, the
    deep group's and the deal's ids."""
    from datetime import date

    from crmdesk.domain.deals import DecisionRoleKind, OpportunityStage, Stance
    from crmdesk.store import deal_writes, links
    from crmdesk.store.db import open_store
    from crmdesk.store.links import Role
    from crmdesk.store.models import AccountRelation, RelationKind, Team, User
    from crmdesk.store.writes import add_influence, add_reports_to, new_account, new_contact

    store = open_store(path, create=True)
    with store.write.begin() as s:
        team = Team(name="East")
        s.add(team)
        s.flush()
        rep = User(username="rep", display_name="Rep", team_id=team.id)
        s.add(rep)
        s.flush()
        owned = {"owner_id": rep.id, "team_id": team.id}
        names = ["Northwind Components Ltd.", "Northwind Holding", "Northwind Group AG",
                 "Northwind Services", "Northwind Logistics", "Northwind Rail",
                 "Steelworks Supply Co.", "深圳市华强电子有限公司", "Bluebird Partners LLP"]
        me, holding, group, services, logistics, rail, steel, buyer, ally = (
            new_account(s, name=name, **owned) for name in names)
        for other, role in ((holding, Role.PARENT), (services, Role.SUBSIDIARY),
                            (logistics, Role.SUBSIDIARY), (steel, Role.SUPPLIER),
                            (buyer, Role.CUSTOMER), (ally, Role.PARTNER)):
            links.link_companies(s, me, other, role)
        links.link_companies(s, holding, group, Role.PARENT)
        links.link_companies(s, logistics, rail, Role.SUBSIDIARY)
        contacts = [new_contact(s, me, name=f"Person {i:02d}", title=TITLES[i % 6],
                                is_key_person=i < 2) for i in range(people)]
        for i in range(1, people):
            add_reports_to(s, contacts[i], contacts[(i - 1) // 4])
        for i in range(3, people, 3):
            add_influence(s, contacts[i], contacts[(i * 7) % people], 1 + i % 5)
        deal = deal_writes.new_deal(s, me, deal_writes.DealInput(
            "Fleet rollout", OpportunityStage.NEGOTIATION), None, date(2026, 6, 1))
        roles, stances = list(DecisionRoleKind), list(Stance)
        for i, contact in enumerate(contacts):
            deal_writes.set_role(s, deal, contact, roles[i % len(roles)],
                                 stances[i % len(stances)])
        # a deep group: each company has two subsidiaries, eight levels, 300 in all
        top = new_account(s, name="Conglomerate 0", **owned)
        level, made = [top], 1
        while made < 300:
            below = []
            for parent in level:
                for _ in range(2):
                    if made >= 300:
                        break
                    child = new_account(s, name=f"Conglomerate {made}", **owned)
                    s.add(AccountRelation(from_account_id=parent, to_account_id=child,
                                          kind=RelationKind.PARENT_OF, **owned))
                    below.append(child)
                    made += 1
            level = below
    store.close()
    return me, level[-1], deal


def main(argv: list[str] | None = None) -> list[Figure]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=40)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args(argv)
    calibration = calibrate()

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from crmdesk.domain.graph_layout import Drawing
    from crmdesk.store import graph_queries as gq
    from crmdesk.store import queries as q
    from crmdesk.store.db import open_store
    from crmdesk.ui.changes import ChangeBus, Selection
    from crmdesk.ui.context import AppContext
    from crmdesk.ui.graph_pane import GraphPane, load_graph
    from crmdesk.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "graph.db"
        account_id, deep, deal_id = _company(path, args.people)
        store = open_store(path)
        with store.session() as session:
            user = q.first_rep(session) or q.user_by_name(session, "rep")
            data = load_graph(session, account_id)
            with_deal = load_graph(session, account_id, deal_id)
        assert user is not None and data is not None and with_deal is not None
        assert with_deal.deal is not None and len(with_deal.deal.deal_map.people) == args.people
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        ctx = AppContext(store, user, TaskRunner(app), ChangeBus(app), Selection(app), settings)
        pane = GraphPane(ctx)
        # the graph pane's view in the default window at each screen size
        for label, (width, height) in (("1366x768", (420, 240)), ("1920x1080", (680, 410))):
            pane.resize(width + 12, height + 90)
            pane.show()
            pane.view.resize(width, height)
            app.processEvents()
            for view, shown, deal in (("graph", data, None), ("deal view", with_deal, deal_id)):
                pane.data, pane.deal_id = shown, deal
                image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
                samples, layout_ms, paint_ms = [], [], []
                for _ in range(args.runs):
                    started = time.perf_counter()
                    pane._redraw()  # laid out with the pane's fonts, fitted
                    pane.view.viewport().render(image)  # painted, as on screen
                    samples.append((time.perf_counter() - started) * 1000)
                    layout_ms.append(pane.layout_ms)
                    paint_ms.append(pane.view.item.paint_ms)
                drawing: Drawing | None = pane.drawing
                assert drawing is not None
                assert (pane.shown_deal is not None) == (deal is not None)
                print(f"{view} {args.people} people at {label}: {summary(samples)} "
                      f"({len(drawing.boxes)} boxes, {len(drawing.links)} lines, "
                      f"scale {pane.view.pixels_per_unit():.2f}); "
                      f"layout p95 {percentile(layout_ms, 95):.2f} ms, "
                      f"paint p95 {percentile(paint_ms, 95):.2f} ms")
                figures.append(Figure(f"{view} {args.people} people laid out+drawn p95 {label}",
                                      percentile(samples, 95), "ms", FRAME_MS))
        samples = []
        with store.session() as session:
            for _ in range(50):
                started = time.perf_counter()
                tree = gq.decision_tree(session, deal_id)
                samples.append((time.perf_counter() - started) * 1000)
        assert tree is not None
        print(f"decision tree of {len(tree.people)} people: {summary(samples)}")
        figures.append(Figure("decision tree query, 40 people p95", percentile(samples, 95),
                              "ms", None, storage=True))
        samples = []
        with store.session() as session:
            for _ in range(50):
                started = time.perf_counter()
                members = gq.group(session, deep)
                samples.append((time.perf_counter() - started) * 1000)
        print(f"group of {len(members)} companies, {max(m.depth for m in members) + 1} "
              f"levels: {summary(samples)}")
        figures.append(Figure("group query, 300 companies p95", percentile(samples, 95), "ms",
                              None, storage=True))
        ctx.runner.wait()
        store.close()
    for figure in figures:
        print(figure.report(calibration))
    return figures


if __name__ == "__main__":
    main()
