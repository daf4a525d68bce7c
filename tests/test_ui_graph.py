"""The relationship graph in the window: a 40-person company in a three-level group fits
its pane at both screen sizes, the wheel zooms and a drag pans (pyqtgraph's ViewBox), Fit
brings back what zooming lost, PNG and SVG exports are real files, and links are made and
removed from the card and the graph, a removal only after the user says yes."""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crmdesk.domain.deals import DecisionRoleKind
from crmdesk.store import links
from crmdesk.store import queries as q
from crmdesk.store.db import Store
from crmdesk.store.links import Role
from crmdesk.store.models import AccountRelation, ContactInfluence, OutboxEntry, Referral
from crmdesk.store.writes import add_influence, add_reports_to, new_account, new_contact
from crmdesk.ui.confirm import remove_button
from crmdesk.ui.graph_drawing import ROLE_COLORS
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
    room = QRectF(view.viewport().rect())
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

    # zoomed in and moved aside (the ViewBox's own steps, as the wheel and a drag
    # take), much is off the pane; Fit brings all of it back at the fitted zoom
    view = window.graph.view
    fitted = view.pixels_per_unit()
    view.box.scaleBy((0.25, 0.25))
    view.box.translateBy((-150, -150))
    assert view.pixels_per_unit() > fitted * 3.5
    assert _outside(window) != []
    qtbot.mouseClick(window.graph.fit_button, Qt.MouseButton.LeftButton)
    assert _outside(window) == []
    assert view.pixels_per_unit() == pytest.approx(fitted, rel=0.02)


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


def _answer(window: MainWindow, qtbot: QtBot, box: QMessageBox | None, text: str,
            yes: bool) -> None:
    """Check the question names `text`, then press Remove or Cancel."""
    assert box is not None
    qtbot.waitUntil(box.isVisible, timeout=5000)
    assert box.text() == text
    if yes:
        remove_button(box).click()
    else:
        box.button(QMessageBox.StandardButton.Cancel).click()
    settle(window, qtbot)


def test_an_influence_is_removed_from_the_graph_after_a_yes(window: MainWindow,
                                                            qtbot: QtBot,
                                                            seeded: Store) -> None:
    made = big_account(seeded, people=12)
    _show(window, qtbot, made["me"])
    drawing = window.graph.drawing
    assert drawing is not None
    link = next(k for k in drawing.links if k.ref == made["influence"].hex)
    target = drawing.boxes[link.b]
    view = window.graph.view
    sentence = f"Person 07 influences {target.node.label}"

    def ask() -> None:
        # a right-click on the influenced person offers to remove each of their links
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton,
                         pos=view.to_view(target.cx, target.cy).toPoint())
        menu = window.graph.menu
        assert menu is not None
        next(a for a in menu.actions() if a.text() == f"Remove: {sentence}").trigger()

    ask()
    _answer(window, qtbot, window.graph.confirmation, f"Remove the link: {sentence}?",
            yes=False)
    assert window.graph.confirmation is None
    assert made["influence"].hex in {k.ref for k in window.graph.drawing.links}
    with seeded.session() as s:
        row = s.get(ContactInfluence, made["influence"])
        assert row is not None and not row.deleted

    ask()
    _answer(window, qtbot, window.graph.confirmation, f"Remove the link: {sentence}?",
            yes=True)
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
    middle = view.to_view((x1 + x2) / 2, (y1 + y2) / 2)
    found = view.links_at(middle)
    assert [k.ref for k in found] == [up.ref]
    # a right-click there offers that line alone; the question names both companies
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=middle.toPoint())
    menu = window.graph.menu
    assert menu is not None
    sentence = "Northwind Group AG is the parent company of Northwind Holding"
    assert [a.text() for a in menu.actions()] == [f"Remove: {sentence}"]
    menu.actions()[0].trigger()
    _answer(window, qtbot, window.graph.confirmation, f"Remove the link: {sentence}?",
            yes=False)
    with seeded.session() as s:
        row = s.get(AccountRelation, uuid.UUID(up.ref))
        assert row is not None and not row.deleted
    menu.actions()[0].trigger()
    _answer(window, qtbot, window.graph.confirmation, f"Remove the link: {sentence}?",
            yes=True)
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
    # the × asks first, naming the link; Cancel keeps it, Remove removes it
    card._related_link(f"unlink:{relation.id.hex}")
    question = ("Remove the link: Zephyrine Pulp Mills is a supplier of "
                "Quillfeather Paper Ltd.?")
    _answer(window, qtbot, card.unlink_box, question, yes=False)
    assert card.unlink_box is None
    assert "Zephyrine Pulp Mills" in card.related.text()
    with seeded.session() as s:
        assert [r.id for r in q.relations(s, me)] == [relation.id]
    card._related_link(f"unlink:{relation.id.hex}")
    _answer(window, qtbot, card.unlink_box, question, yes=True)
    qtbot.waitUntil(lambda: "No related companies" in card.related.text(), timeout=5000)
    settle(window, qtbot)
    assert window.graph.drawing is not None
    assert "Zephyrine Pulp Mills" not in {b.node.label for b in window.graph.drawing.boxes}


def test_who_referred_whom_is_linked_from_the_card_and_drawn(window: MainWindow,
                                                             qtbot: QtBot,
                                                             seeded: Store) -> None:
    """"referred it to us" on the card's form records a referral (a kind of its own, not
    a relation); the card names it, the graph draws it as a referral, the × removes it
    after naming who referred whom."""
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
    form = card.relation_form
    assert form.role.findText("referred it to us") >= 0
    assert form.role.findText("was referred to us by it") >= 0
    qtbot.keyClicks(form.finder, "Zephyrine")
    qtbot.waitUntil(lambda: form.company.currentData() == other, timeout=5000)
    form.role.setCurrentIndex(form.role.findData(Role.REFERRED_BY))
    qtbot.mouseClick(form.link, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Zephyrine Pulp Mills" in card.related.text(), timeout=5000)
    assert "Referred by" in card.related.text()
    with seeded.session() as s:
        (saved,) = s.scalars(select(Referral).where(Referral.referred_id == me)).all()
        assert saved.account_id == other and not saved.deleted
        assert s.scalars(select(AccountRelation).where(
            AccountRelation.to_account_id == me)).all() == []
    settle(window, qtbot)
    drawing = window.graph.drawing
    assert drawing is not None
    (line,) = [k for k in drawing.links if k.kind == "referral"]
    assert drawing.boxes[line.b].node.label == "Zephyrine Pulp Mills"

    card._related_link(f"unlink:{saved.id.hex}")
    _answer(window, qtbot, card.unlink_box,
            "Remove the link: Zephyrine Pulp Mills referred Quillfeather Paper Ltd. to us?",
            yes=True)
    qtbot.waitUntil(lambda: "No related companies" in card.related.text(), timeout=5000)
    with seeded.session() as s:
        held = s.get(Referral, saved.id)
        assert held is not None and held.deleted


def _send_mouse(widget: QWidget, kind: QEvent.Type, at: QPointF,
                buttons: Qt.MouseButton) -> None:
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else \
        Qt.MouseButton.LeftButton
    QApplication.sendEvent(widget, QMouseEvent(kind, at, widget.mapToGlobal(at), button,
                                               buttons, Qt.KeyboardModifier.NoModifier))


def test_the_wheel_zooms_and_dragging_pans(window: MainWindow, qtbot: QtBot,
                                           seeded: Store) -> None:
    """The ViewBox's own zoom and pan, over the painted graph."""
    made = big_account(seeded, people=12)
    _show(window, qtbot, made["me"])
    view = window.graph.view
    drawing = view.drawing
    assert drawing is not None
    box = next(b for b in drawing.boxes if b.node.kind == "account")
    at = view.to_view(box.cx, box.cy)
    fitted = view.pixels_per_unit()
    wheel = QWheelEvent(at, view.viewport().mapToGlobal(at), QPoint(0, 0), QPoint(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.pixels_per_unit() > fitted * 1.2
    # zoomed about the pointer: the company's box stays under it
    after = view.to_view(box.cx, box.cy)
    assert abs(after.x() - at.x()) < 3 and abs(after.y() - at.y()) < 3

    # a drag that starts on a box moves the whole picture with the pointer
    zoom = view.pixels_per_unit()
    viewport = view.viewport()
    _send_mouse(viewport, QEvent.Type.MouseButtonPress, at, Qt.MouseButton.LeftButton)
    for step in range(1, 6):
        _send_mouse(viewport, QEvent.Type.MouseMove, at + QPointF(12 * step, 8 * step),
                    Qt.MouseButton.LeftButton)
    _send_mouse(viewport, QEvent.Type.MouseButtonRelease, at + QPointF(60, 40),
                Qt.MouseButton.NoButton)
    moved = view.to_view(box.cx, box.cy)
    assert abs(moved.x() - at.x() - 60) < 3 and abs(moved.y() - at.y() - 40) < 3
    assert view.pixels_per_unit() == pytest.approx(zoom)
    assert window.ctx.selection.account_id == made["me"]  # a drag is not a click


def test_every_decision_role_has_its_own_colour_and_legend_word() -> None:
    """A role the graph has no colour for would be drawn as "no role"."""
    roles = {kind.value for kind in DecisionRoleKind}
    assert roles <= set(ROLE_COLORS)
    colours = [ROLE_COLORS[role][0] for role in roles]
    assert len(set(colours)) == len(colours)
    assert all(ROLE_COLORS[role][1] for role in roles)
