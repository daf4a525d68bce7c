"""The relationship graph in the window: a 40-person company in a three-level group fits
its pane at both screen sizes, Fit brings back what zooming lost, PNG and SVG exports
are real files, and links are made and removed from the card and the graph."""

from __future__ import annotations

import sys
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crmdesk.store import links
from crmdesk.store import queries as q
from crmdesk.store.db import Store
from crmdesk.store.links import Role
from crmdesk.store.models import AccountRelation, ContactInfluence, OutboxEntry
from crmdesk.store.writes import add_influence, add_reports_to, new_account, new_contact
from crmdesk.ui.main_window import MainWindow
from tests.test_ui import make_window, settle

TITLES = ["CEO", "CFO", "Head of Purchasing", "采购经理", "IT Director", "Engineer"]


def big_account(store: Store, people: int = 40) -> dict[str, uuid.UUID]:
    """A company with `people` people in reporting lines, influence among them, a
    parent and a grandparent, two subsidiaries (one with its own), a supplier, a
    customer and a partner; owned by the workspace's first rep."""
    with store.session() as s:
        rep = q.first_rep(s)
    assert rep is not None
    owned = {"owner_id": rep.id, "team_id": rep.team_id}
    with store.write.begin() as s:
        names = ["Northwind Components Ltd.", "Northwind Holding", "Northwind Group AG",
                 "Northwind Services", "Northwind Logistics", "Northwind Rail",
                 "Steelworks Supply Co.", "深圳市华强电子有限公司", "Bluebird Partners LLP"]
        ids = [new_account(s, name=name, **owned) for name in names]
        me, holding, group, services, logistics, rail, steel, buyer, ally = ids
        for other, role in ((holding, Role.PARENT), (services, Role.SUBSIDIARY),
                            (logistics, Role.SUBSIDIARY), (steel, Role.SUPPLIER),
                            (buyer, Role.CUSTOMER), (ally, Role.PARTNER)):
            links.link_companies(s, me, other, role)
        links.link_companies(s, holding, group, Role.PARENT)
        links.link_companies(s, logistics, rail, Role.SUBSIDIARY)
        contacts = [new_contact(s, me, name=f"Person {i:02d}", title=TITLES[i % len(TITLES)],
                                is_key_person=i < 2) for i in range(people)]
        for i in range(1, people):
            add_reports_to(s, contacts[i], contacts[(i - 1) // 4])
        influence = add_influence(s, contacts[7], contacts[1], 5)
        for i in range(9, people, 6):
            add_influence(s, contacts[i], contacts[(i * 5) % 7 + 2], 1 + i % 5)
    return {"me": me, "holding": holding, "group": group, "rail": rail,
            "influence": influence, "steel": steel}


@pytest.fixture
def window(seeded: Store, tmp_path: Path, qtbot: QtBot) -> Iterator[MainWindow]:
    win = make_window(seeded, tmp_path, qtbot)
    yield win
    win.ctx.runner.wait()


def _show(window: MainWindow, qtbot: QtBot, account_id: uuid.UUID) -> None:
    window.ctx.selection.select_account(account_id)
    settle(window, qtbot)
    assert window.graph.data is not None and window.graph.data.account_id == account_id


def _outside(window: MainWindow) -> list[str]:
    """Boxes not wholly inside the graph's view."""
    view = window.graph.view
    drawing = view.drawing
    assert drawing is not None
    room = QRectF(view.rect())
    return [b.node.label for i, b in enumerate(drawing.boxes)
            if not room.contains(view.box_rect(i))]


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_a_forty_person_group_fits_its_pane(window: MainWindow, qtbot: QtBot,
                                           seeded: Store, size: tuple[int, int]) -> None:
    made = big_account(seeded)
    window.resize(*size)
    settle(window, qtbot)
    _show(window, qtbot, made["me"])
    drawing = window.graph.drawing
    assert drawing is not None
    labels = [b.node.label for b in drawing.boxes]
    # the whole group, three levels: grandparent, parent, the company, its subsidiaries
    for name in ("Northwind Group AG", "Northwind Holding", "Northwind Rail",
                 "Steelworks Supply Co.", "Person 39"):
        assert name in labels
    assert _outside(window) == []
    kinds = {link.kind for link in drawing.links}
    assert {"influences", "parent", "trade", "partner", "reports_to"} <= kinds
    assert "influences" in window.graph.legend.text()

    # zoomed in on a corner, much is off the pane; Fit brings all of it back
    view = window.graph.view
    view.scale *= 4
    view.offset = QPointF(-200, -200)
    assert _outside(window) != []
    qtbot.mouseClick(window.graph.fit_button, Qt.MouseButton.LeftButton)
    assert _outside(window) == []


def test_exports_write_a_png_and_an_svg(window: MainWindow, qtbot: QtBot, seeded: Store,
                                       tmp_path: Path) -> None:
    made = big_account(seeded, people=12)
    _show(window, qtbot, made["me"])
    drawing = window.graph.drawing
    assert drawing is not None
    png, svg = tmp_path / "graph.png", tmp_path / "graph.svg"
    assert window.graph.export(png) and window.graph.export(svg)
    image = QImage(str(png))
    assert not image.isNull()
    assert (image.width(), image.height()) == (round(drawing.width * 2 + 0.49),
                                               round(drawing.height * 2 + 0.49))
    # not a blank page: the company's dark box is in it
    box = next(b for b in drawing.boxes if b.node.kind == "account")
    assert image.pixelColor(int(box.cx * 2), int((box.y + 3) * 2)).lightness() < 100
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    texts = " ".join("".join(e.itertext()) for e in root.iter() if e.tag.endswith("text"))
    assert "Northwind Components Ltd." in texts and "Person 11" in texts


def test_an_influence_is_removed_from_the_graph(window: MainWindow, qtbot: QtBot,
                                               seeded: Store) -> None:
    made = big_account(seeded, people=12)
    _show(window, qtbot, made["me"])
    drawing = window.graph.drawing
    assert drawing is not None
    link = next(k for k in drawing.links if k.ref == made["influence"].hex)
    target = drawing.boxes[link.b]
    view = window.graph.view
    # a right-click on the influenced person offers to remove each of their links
    qtbot.mouseClick(view, Qt.MouseButton.RightButton,
                     pos=view.to_view(target.cx, target.cy).toPoint())
    menu = window.graph.menu
    assert menu is not None
    action = next(a for a in menu.actions()
                  if a.text() == f"Remove: Person 07 influences {target.node.label}")
    action.trigger()
    settle(window, qtbot)
    assert window.graph.drawing is not None
    assert made["influence"].hex not in {k.ref for k in window.graph.drawing.links}
    with seeded.session() as s:
        row = s.get(ContactInfluence, made["influence"])
        assert row is not None and row.deleted
        sent = s.scalars(select(OutboxEntry).where(
            OutboxEntry.row_id == made["influence"]).order_by(OutboxEntry.seq.desc())).first()
        assert sent is not None and sent.fields == {"deleted": True}


def test_a_line_of_the_group_is_removed_where_it_is_clicked(window: MainWindow,
                                                            qtbot: QtBot,
                                                            seeded: Store) -> None:
    made = big_account(seeded, people=8)
    _show(window, qtbot, made["me"])
    drawing = window.graph.drawing
    assert drawing is not None
    up = next(k for k in drawing.links if k.kind == "parent"
              and drawing.boxes[k.b].node.id == made["holding"].hex)
    (x1, y1), (x2, y2) = up.points[1], up.points[2]  # the elbow's middle run
    view = window.graph.view
    found = view.links_at(view.to_view((x1 + x2) / 2, (y1 + y2) / 2))
    assert [k.ref for k in found] == [up.ref]
    window.graph.remove_link(found[0])
    settle(window, qtbot)
    names = {b.node.label for b in (window.graph.drawing.boxes if window.graph.drawing else [])}
    # the holding's own parent is no longer in the group; the holding is its top now
    assert "Northwind Holding" in names and "Northwind Group AG" not in names
    with seeded.session() as s:
        row = s.get(AccountRelation, uuid.UUID(up.ref))
        assert row is not None and row.deleted


def test_companies_are_linked_and_unlinked_from_the_card(window: MainWindow, qtbot: QtBot,
                                                         seeded: Store) -> None:
    with seeded.session() as s:
        rep = q.first_rep(s)
    assert rep is not None
    with seeded.write.begin() as s:
        me = new_account(s, name="Quillfeather Paper Ltd.", owner_id=rep.id,
                         team_id=rep.team_id)
        other = new_account(s, name="Zephyrine Pulp Mills", owner_id=rep.id,
                            team_id=rep.team_id)
    _show(window, qtbot, me)
    card = window.card
    assert "No related companies" in card.related.text()
    form = card.relation_form
    qtbot.keyClicks(form.finder, "Zephyrine")
    qtbot.waitUntil(lambda: form.company.currentData() == other, timeout=5000)
    form.role.setCurrentIndex(form.role.findData(Role.SUPPLIER))
    qtbot.mouseClick(form.link, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Zephyrine Pulp Mills" in card.related.text(), timeout=5000)
    assert "Supplier" in card.related.text()
    settle(window, qtbot)
    drawing = window.graph.drawing
    assert drawing is not None
    assert any(k.kind == "trade" and drawing.boxes[k.b].node.label == "Zephyrine Pulp Mills"
               for k in drawing.links)

    # the same link again is refused, in words, on the card
    qtbot.keyClicks(form.finder, "Zephyrine")
    qtbot.waitUntil(lambda: form.company.currentData() == other, timeout=5000)
    form.role.setCurrentIndex(form.role.findData(Role.SUPPLIER))
    qtbot.mouseClick(form.link, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(form.problem.isVisible, timeout=5000)
    assert "already linked as supplier" in form.problem.text()

    with seeded.session() as s:
        (relation,) = q.relations(s, me)
    card._related_link(f"unlink:{relation.id.hex}")
    qtbot.waitUntil(lambda: "No related companies" in card.related.text(), timeout=5000)
    settle(window, qtbot)
    assert window.graph.drawing is not None
    assert "Zephyrine Pulp Mills" not in {b.node.label for b in window.graph.drawing.boxes}


def test_painting_the_graph_does_not_wear_none_down(window: MainWindow, qtbot: QtBot,
                                                    seeded: Store) -> None:
    """PySide6 6.12 on Python 3.11 takes a reference from None on every void call; a
    painted graph makes a thousand, so it gives them back (crmdesk.ui.refguard), or
    a few seconds of panning would abort the program."""
    if sys.version_info >= (3, 12):
        pytest.skip("None is immortal")
    made = big_account(seeded)
    _show(window, qtbot, made["me"])
    before = sys.getrefcount(None)
    for _ in range(50):
        window.graph.view.repaint()
    assert before - sys.getrefcount(None) < 50 * 20
    assert window.graph.view.drawing is not None
    assert len(window.graph.view.drawing.boxes) >= 45  # a big enough paint to matter
