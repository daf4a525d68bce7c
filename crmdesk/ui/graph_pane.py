"""The relationship graph: the company's group from its top parent down, its people by
reporting line, who influences whom, its suppliers, customers and partners, and each
person's decision role on open deals; or, chosen above it, one deal's decision tree (its
people by reporting line, each with their role and stance, and influence between them).
Click a node to open it; right-click a node or a line to remove a link; Fit shows it all;
Export writes a PNG or an SVG.

The graph is laid out in plain numbers (crmdesk.domain.graph_layout) and painted by one
routine (crmdesk.ui.graph_drawing: boxes with their labels inside, lines ending at their
borders) inside a pyqtgraph item in a pyqtgraph ViewBox, which gives the zoom, the pan
and the fit; the same routine writes both exports.
"""

from __future__ import annotations

import math
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import pyqtgraph as pg
from pyqtgraph.GraphicsScene.mouseEvents import HoverEvent, MouseClickEvent
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crmdesk.app import people, relations
from crmdesk.domain.deals import STAGE_LABELS
from crmdesk.domain.graph_layout import (
    STANCE_WORDS,
    Box,
    DecisionMap,
    Drawing,
    Graph,
    Influence,
    Link,
    Member,
    Node,
    Related,
    fit_deal,
    layout,
)
from crmdesk.store import graph_queries as gq
from crmdesk.store import queries as q
from crmdesk.ui import changes
from crmdesk.ui.confirm import ask_to_remove
from crmdesk.ui.context import AppContext
from crmdesk.ui.graph_drawing import (
    EDGE_STYLES,
    ROLE_COLORS,
    STANCE_COLORS,
    Look,
    Measurer,
    Texts,
    background,
    export_png,
    export_svg,
    link_path,
    paint,
)
from crmdesk.ui.relation_form import RelationForm
from crmdesk.ui.style import is_dark, shrinks_to_text
from crmdesk.ui.wheel import ComboBox, SpinBox
from crmdesk.ui.words import refusal_words, tr, word

#: How far a fitted graph may be enlarged (a three-box graph stays its natural size).
MAX_FIT_SCALE = 1.25
#: Fit leaves this fraction of the graph's size free on each side (ViewBox.autoRange).
FIT_PADDING = 0.02
#: The room (px) the layout may assume it has: the view less Fit's padding.
FIT_MARGIN = 8.0
#: A line takes a click this wide (screen px) along it.
LINE_REACH = 10.0
#: The widths (px) the people's trees are tried wrapped at; the pane takes the one
#: that shows the graph largest.
LAYOUT_WIDTHS = (420.0, 760.0, 1300.0)


@dataclass(frozen=True, slots=True)
class DealView:
    """One deal's decision tree, as the graph draws it."""

    deal_id: uuid.UUID
    name: str
    deal_map: DecisionMap
    roles: dict[str, str]  # contact id hex -> role on this deal
    key_people: frozenset[str]


@dataclass(frozen=True, slots=True)
class GraphData:
    """What the graph shows, read on a worker; laid out on the UI thread (fonts)."""

    account_id: uuid.UUID
    graph: Graph
    roles: dict[str, str]  # contact id hex -> role
    key_people: frozenset[str]
    people: list[tuple[uuid.UUID, str]]
    deals: tuple[q.DealChoice, ...] = ()  # what the view chooser offers, open first
    deal: DealView | None = None  # the deal asked for, when it is the account's


def deal_view(tree: gq.DecisionTree) -> DealView:
    """A deal's decision tree as plain layout values."""
    people = [Node(p.id.hex, p.name, "contact",
                   " · ".join(x for x in (p.title, p.department) if x),
                   role=p.role.value, stance=p.stance.value) for p in tree.people]
    deal = Node(tree.deal_id.hex, tree.name, "deal",
                tr("decision map · {0}").format(word(STAGE_LABELS.get(tree.stage, tree.stage))))
    return DealView(
        tree.deal_id, tree.name,
        DecisionMap(deal, people, {a.hex: b.hex for a, b in tree.reports_to.items()},
                    [Influence(i.from_id.hex, i.to_id.hex, i.strength, i.id.hex)
                     for i in tree.influences]),
        {p.id.hex: p.role.value for p in tree.people},
        frozenset(p.id.hex for p in tree.people if p.is_key_person))


def load_graph(session: Session, account_id: uuid.UUID,
               deal_id: uuid.UUID | None = None) -> GraphData | None:
    """Everything the graph shows, with deal `deal_id`'s decision tree when it is one of
    the account's live deals (runs on a worker)."""
    card_name: str | None = session.execute(q.account_name_stmt(account_id)).scalar()
    if card_name is None:
        return None
    contacts = q.contacts(session, account_id)
    roles: dict[str, str] = {}
    for role in q.decision_roles(session, account_id):
        roles.setdefault(role.contact_id.hex, role.role)
    group = gq.group(session, account_id)
    in_tree = {m.link_id for m in group if m.link_id is not None}
    account = Node(account_id.hex, card_name, "account", tr("this company"))
    # the box's second line in words, its group the code the layout sorts by
    related = [Related(Node(r.other_id.hex, r.other_name, "related", word(r.label), r.label),
                       r.id.hex)
               for r in q.relations(session, account_id) if r.id not in in_tree]
    graph = Graph(
        account,
        [Node(p.id.hex, p.name, "contact", " · ".join(x for x in (p.title, p.department) if x))
         for p in contacts],
        {p.id.hex: p.reports_to_id.hex for p in contacts if p.reports_to_id},
        [Influence(i.from_contact_id.hex, i.to_contact_id.hex, i.strength, i.id.hex)
         for i in q.influences(session, account_id)],
        related,
        [Member(Node(m.id.hex, m.name, "company"),
                m.parent_id.hex if m.parent_id else None,
                m.link_id.hex if m.link_id else "") for m in group])
    tree = gq.decision_tree(session, deal_id) if deal_id is not None else None
    return GraphData(account_id, graph, roles,
                     frozenset(p.id.hex for p in contacts if p.is_key_person),
                     [(p.id, p.name) for p in contacts],
                     tuple(q.deal_choices(session, account_id)),
                     deal_view(tree) if tree is not None and tree.account_id == account_id
                     else None)


def describe(link: Link, drawing: Drawing) -> str:
    """A link as a sentence, to confirm what a removal removes."""
    a, b = drawing.boxes[link.a].node, drawing.boxes[link.b].node
    if link.kind == "influences":
        return tr("{0} influences {1}").format(a.label, b.label)
    if link.kind == "reports_to":
        return tr("{0} reports to {1}").format(a.label, b.label)
    if link.kind == "reports_via":
        return tr("{0} reports to {1} through others").format(a.label, b.label)
    if link.kind == "parent":
        return tr("{0} is the parent company of {1}").format(a.label, b.label)
    if link.kind == "referral":
        return (tr("{0} referred {1} to us").format(b.label, a.label)
                if b.group == "referred by"
                else tr("{0} referred {1} to us").format(a.label, b.label))
    # b.group: what the company is to this one ("customer", "supplier"…)
    return tr("{0} is a {1} of {2}").format(b.label, word(b.group or "partner"), a.label)


def _deal_of(data: object) -> uuid.UUID | None:
    """The deal a chooser item names ("" or nothing: the account)."""
    return uuid.UUID(data) if isinstance(data, str) and data else None


class GraphItem(pg.GraphicsObject):  # type: ignore[misc]
    """The laid-out graph as one pyqtgraph item, in drawing coordinates (the ViewBox
    maps them to the screen): painted by crmdesk.ui.graph_drawing.paint; its shape is
    the boxes and the lines widened to a few pixels, so pyqtgraph's scene hands it the
    clicks that land on them and lets the rest through to the ViewBox (pan, zoom)."""

    node_clicked = Signal(object)   # Node
    node_opened = Signal(object)    # Node, double-clicked
    menu_asked = Signal(object, object)  # the screen position (QPointF), list[Link]

    def __init__(self) -> None:
        super().__init__()
        self.drawing: Drawing | None = None
        self.look = Look()
        self.paint_ms = 0.0  # the last paint's cost, for the benchmark
        self.texts = Texts(static=True)  # labels laid out once, for every repaint
        # per zoom: the line width in drawing units, each line widened, the whole shape
        self._strokes: tuple[float, list[QPainterPath], QPainterPath] | None = None
        self.setAcceptHoverEvents(True)

    def set_drawing(self, drawing: Drawing | None, look: Look) -> None:
        self.prepareGeometryChange()
        self.drawing, self.look, self._strokes = drawing, look, None
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        drawing = self.drawing
        return QRectF() if drawing is None else QRectF(0, 0, drawing.width, drawing.height)

    def paint(self, painter: QPainter, *_args: object) -> None:
        if self.drawing is None:
            return
        started = time.perf_counter()
        paint(painter, self.drawing, self.look, self.texts)
        self.paint_ms = (time.perf_counter() - started) * 1000

    def _hit_areas(self) -> tuple[float, list[QPainterPath], QPainterPath]:
        """Each line widened to LINE_REACH pixels at the present zoom, and those with
        the boxes as one shape; made again only when the zoom changes (the scene asks
        for the shape on every mouse move)."""
        drawing = self.drawing
        assert drawing is not None
        width = LINE_REACH * (self.pixelLength(pg.Point(1, 0)) or 1.0)
        if self._strokes is None or not math.isclose(self._strokes[0], width):
            stroker = QPainterPathStroker()
            stroker.setWidth(width)
            strokes = [stroker.createStroke(link_path(k)) for k in drawing.links]
            shape = QPainterPath()
            for box in drawing.boxes:
                shape.addRect(QRectF(box.x, box.y, box.w, box.h))
            for stroke in strokes:
                shape.addPath(stroke)
            self._strokes = (width, strokes, shape)
        return self._strokes

    def shape(self) -> QPainterPath:
        return QPainterPath() if self.drawing is None else self._hit_areas()[2]

    def box_at(self, point: QPointF) -> Box | None:
        return None if self.drawing is None else self.drawing.box_at(point.x(), point.y())

    def links_at(self, point: QPointF) -> list[Link]:
        """The links under `point` (drawing coordinates), or those of the box there."""
        drawing = self.drawing
        if drawing is None:
            return []
        box = drawing.box_at(point.x(), point.y())
        if box is not None:
            i = drawing.boxes.index(box)
            return [k for k in drawing.links if i in (k.a, k.b)]
        return [k for k, stroke in zip(drawing.links, self._hit_areas()[1], strict=True)
                if stroke.contains(point)]

    def mouseClickEvent(self, event: MouseClickEvent) -> None:  # noqa: N802
        point = event.pos()
        if event.button() == Qt.MouseButton.LeftButton:
            box = self.box_at(point)
            if box is not None:
                event.accept()
                (self.node_opened if event.double() else self.node_clicked).emit(box.node)
                return
        elif event.button() == Qt.MouseButton.RightButton:
            links = self.links_at(point)
            if links:
                event.accept()
                self.menu_asked.emit(event.screenPos(), links)
                return
        event.ignore()  # the ViewBox's

    def hoverEvent(self, event: HoverEvent) -> None:  # noqa: N802
        """A hand over what a click opens."""
        if not event.isExit() and self.box_at(event.pos()) is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()


class GraphView(pg.GraphicsView):  # type: ignore[misc]
    """A pyqtgraph view holding one ViewBox (aspect locked, y downward as the layout's,
    no axes, no menu) and the GraphItem: the wheel zooms and dragging pans (the
    ViewBox's own), Fit is the ViewBox's autoRange."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = pg.ViewBox(lockAspect=True, invertY=True, enableMenu=False)
        self.box.disableAutoRange()  # the pane fits when it chooses, not on every change
        self.setCentralItem(self.box)
        self.item = GraphItem()
        self.box.addItem(self.item)
        self.setMinimumSize(120, 90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    @property
    def drawing(self) -> Drawing | None:
        return self.item.drawing

    def show_drawing(self, drawing: Drawing | None, look: Look, fit: bool = True) -> None:
        self.setBackground(background(look))
        self.item.set_drawing(drawing, look)
        if fit:
            self.fit()

    def fit(self) -> None:
        """The whole graph in the view, with a margin; a small graph is not blown up
        past MAX_FIT_SCALE."""
        drawing = self.drawing
        if drawing is None:
            return
        self.box.autoRange(padding=FIT_PADDING, items=[self.item])
        shown = self.pixels_per_unit()
        if shown > MAX_FIT_SCALE:
            factor = shown / MAX_FIT_SCALE
            self.box.scaleBy((factor, factor))

    def pixels_per_unit(self) -> float:
        """The present zoom: screen pixels per drawing unit (the same both ways)."""
        (x0, x1), _y = self.box.viewRange()
        return float(self.box.width() / (x1 - x0)) if x1 > x0 else 1.0

    def to_view(self, x: float, y: float) -> QPointF:
        """A point of the drawing on the widget."""
        # through the ViewBox, which first brings its transform up to date with a zoom
        # or a pan not yet painted (the item sits in the ViewBox's own coordinates)
        return QPointF(self.mapFromScene(self.box.mapViewToScene(QPointF(x, y))))

    def box_rect(self, index: int) -> QRectF:
        """Where box `index` is on the widget."""
        assert self.drawing is not None
        box = self.drawing.boxes[index]
        return QRectF(self.to_view(box.x, box.y), self.to_view(box.x + box.w, box.y + box.h))

    def links_at(self, point: QPointF) -> list[Link]:
        """The links under `point` (widget coordinates)."""
        return self.item.links_at(
            self.box.mapSceneToView(self.mapToScene(point.toPoint())))


class GraphPane(QWidget):
    """The graph with its legend, Fit and Export, and forms to link people and
    companies."""

    loaded = Signal()
    deal_opened = Signal(object)  # the deal (uuid) whose box was double-clicked

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.data: GraphData | None = None
        self.deal_id: uuid.UUID | None = None  # the deal whose tree is asked for
        self.drawing: Drawing | None = None
        self.layout_ms = 0.0
        self.is_loaded = True  # nothing selected yet: nothing to wait for
        self.menu: QMenu | None = None
        self.confirmation: QMessageBox | None = None
        self.view = GraphView()
        self.view.item.node_clicked.connect(self._node_clicked)
        self.view.item.node_opened.connect(self._node_opened)
        self.view.item.menu_asked.connect(self._show_menu)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.legend.setToolTip(self.tr(
            "An arrow points from the person who influences to the one influenced; the "
            "thicker, the stronger. The stripe on a person is their role on open deals; "
            "on a deal's decision map, the edge and the last line are where they stand.\n"
            "Click a person or a company to open it, double-click a deal to open it in "
            "the deal editor; right-click a line or a box to remove "
            "a link; the wheel zooms, dragging moves, Fit shows it all."))
        self.linking = QPushButton(self.tr("Link…"))
        self.linking.setCheckable(True)
        self.linking.setToolTip(self.tr("Link people (reports to, influences) or companies "
                                        "(parent, subsidiary, supplier, customer, partner, "
                                        "referral)"))
        self.fit_button = QPushButton(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Show the whole graph in the pane"))
        self.fit_button.clicked.connect(self.fit_view)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the graph as a PNG picture or an SVG "
                                              "drawing"))
        self.export_button.clicked.connect(self._export_clicked)
        self.chooser = ComboBox()
        self.chooser.setToolTip(self.tr("Show the whole account, or one deal's decision "
                                        "map: its people by reporting line, with their "
                                        "role and where they stand"))
        self.chooser.setSizeAdjustPolicy(
            ComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.setMinimumContentsLength(10)
        self.chooser.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.chooser.addItem(self.tr("Account"), "")
        self.chooser.activated.connect(
            lambda _i: self.choose_deal(_deal_of(self.chooser.currentData())))
        shrinks_to_text(self.linking, self.fit_button, self.export_button)
        top = QHBoxLayout()
        top.addWidget(self.chooser, 1)
        top.addWidget(self.linking, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.fit_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        self.empty = QLabel(self.tr("No contacts or related companies yet."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        # with no picture (nothing open) it takes the picture's room, not the buttons'
        self.empty.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.empty.hide()

        self.source = ComboBox()
        self.relation = ComboBox()
        self.relation.addItem(self.tr("reports to"), "reports_to")
        self.relation.addItem(self.tr("influences"), "influences")
        self.target = ComboBox()
        self.strength = SpinBox()
        self.strength.setRange(1, 5)
        self.strength.setValue(3)
        self.strength.setPrefix(self.tr("strength "))
        self.add = QPushButton(self.tr("Add"))
        self.add.clicked.connect(self._add_edge)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828;")
        self.relation.currentIndexChanged.connect(
            lambda _i: self.strength.setVisible(self.relation.currentData() == "influences"))
        self.strength.hide()
        form = QHBoxLayout()
        for widget in (self.source, self.relation, self.target, self.strength, self.add):
            form.addWidget(widget)
        form.addStretch(1)
        self.companies = RelationForm(ctx)
        # the forms take room from the picture: shown when the user wants to link
        self.forms = QWidget()
        forms = QVBoxLayout(self.forms)
        forms.setContentsMargins(0, 0, 0, 0)
        forms.setSpacing(2)
        forms.addLayout(form)
        forms.addWidget(self.companies)
        self.forms.hide()
        self.linking.toggled.connect(self.forms.setVisible)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.legend)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.forms)
        layout.addWidget(self.problem)
        self.view.hide()  # nothing open yet: a blank picture would say nothing
        self._say_nothing_open()
        ctx.selection.account_changed.connect(self.show_account)
        ctx.selection.contact_changed.connect(lambda _c: self._redraw(fit=False))
        ctx.bus.changed.connect(self._on_changes)

    def _say_nothing_open(self) -> None:
        self.empty.setText(self.tr("The people of the company you open, and how they "
                                   "relate, show here."))
        self.empty.show()

    @property
    def shown_deal(self) -> DealView | None:
        """The deal whose decision tree is drawn (None: the account)."""
        data = self.data
        if data is None or data.deal is None or data.deal.deal_id != self.deal_id:
            return None
        return data.deal

    def _legend_html(self) -> str:
        """The key to what is drawn now: only the kinds of line, roles and stances it
        shows."""
        drawing, data = self.drawing, self.data
        if drawing is None or data is None:
            return ""
        deal = self.shown_deal
        kinds = {link.kind for link in drawing.links}
        edges = [f"<span style='color:{color}'>{'➝' if kind == 'influences' else '━'}</span>"
                 f"&nbsp;{word(text)}"
                 for kind, (color, text) in EDGE_STYLES.items() if text and kind in kinds]
        shown = set((deal.roles if deal else data.roles).values())
        roles = [f"<span style='color:{color}'>▌</span>{word(text)}"
                 for role, (color, text) in ROLE_COLORS.items() if role and role in shown]
        stances = {b.node.stance for b in drawing.boxes if b.node.role}
        feeling = [f"<span style='color:{color}'>▢&nbsp;{word(STANCE_WORDS[stance])}</span>"
                   for stance, color in STANCE_COLORS.items() if stance in stances]
        key = (["★&nbsp;" + self.tr("key person")] if (deal.key_people if deal
                                                        else data.key_people) else [])
        return ("<span style='font-size:small'>" + " &nbsp; ".join(edges + roles + feeling + key)
                + "</span>")

    def show_account(self, account_id: uuid.UUID | None) -> None:
        self.is_loaded = False
        self.companies.set_account(account_id)
        if self.data is None or self.data.account_id != account_id:
            self.deal_id = None  # another account: its own graph first
        self.view.setVisible(account_id is not None)
        if account_id is None:
            self.data = self.drawing = None
            self.view.show_drawing(None, self._look())
            self.legend.clear()
            self._fill_chooser()
            self._say_nothing_open()
            self.is_loaded = True
            self.loaded.emit()
            return
        deal_id = self.deal_id
        self._ctx.read(lambda s: load_graph(s, account_id, deal_id), self._show, key="graph")

    def choose_deal(self, deal_id: uuid.UUID | None) -> None:
        """Draw deal `deal_id`'s decision tree (read afresh), or the account (None)."""
        data = self.data
        if data is None:
            return
        self.deal_id = deal_id
        if deal_id is None or (data.deal is not None and data.deal.deal_id == deal_id):
            self._fill_chooser()
            self._redraw(fit=True)
            return
        self.show_account(data.account_id)

    def _on_changes(self, change: changes.Changes) -> None:
        account_id = self._ctx.selection.account_id
        # deals: a role or stance changed, or a deal came or went
        if account_id is not None and change.touches(account_id, changes.CONTACTS,
                                                     changes.RELATIONS, changes.ACCOUNT,
                                                     changes.DEALS):
            self.show_account(account_id)

    def _show(self, data: GraphData | None) -> None:
        before = self.data
        same = (before is not None and data is not None and before.account_id == data.account_id
                and (before.deal.deal_id if before.deal else None)
                == (data.deal.deal_id if data.deal else None))
        self.data = data
        if data is None or (self.deal_id is not None and data.deal is None):
            self.deal_id = None  # the deal is gone (or the account): back to the account
        self._fill_chooser()
        self._redraw(fit=not same)
        for combo in (self.source, self.target):
            combo.clear()
            for contact_id, name in (data.people if data else []):
                combo.addItem(name, contact_id)
        if self.target.count() > 1:
            self.target.setCurrentIndex(1)
        self.problem.clear()
        self.is_loaded = True
        self.loaded.emit()

    def _fill_chooser(self) -> None:
        """"Account", then the account's deals (open first), the shown one chosen."""
        chooser = self.chooser
        chooser.blockSignals(True)
        chooser.clear()
        chooser.addItem(self.tr("Account"), "")
        for deal in (self.data.deals if self.data else ()):
            name = deal.name if deal.open else self.tr("{0} (closed)").format(deal.name)
            chooser.addItem(self.tr("Deal: {0}").format(name), deal.id.hex)
        at = chooser.findData(self.deal_id.hex) if self.deal_id else 0
        chooser.setCurrentIndex(max(at, 0))
        chooser.setEnabled(bool(self.data and self.data.deals))
        chooser.blockSignals(False)

    def _look(self) -> Look:
        selected = self._ctx.selection.contact_id
        data, deal = self.data, self.shown_deal
        roles = deal.roles if deal else data.roles if data else {}
        key = deal.key_people if deal else data.key_people if data else frozenset()
        return Look(is_dark(self), selected.hex if selected else None, roles, key,
                    self.font())

    def lay_out(self, data: GraphData, look: Look) -> Drawing:
        """The layout with the pane's fonts that shows the graph largest in the pane:
        trees wrapped at a few widths, the group (or a deal's title) above or beside
        (each costs well under a millisecond for 40 people)."""
        measure = Measurer(look)
        room_w = max(1.0, self.view.width() - 2 * FIT_MARGIN)
        room_h = max(1.0, self.view.height() - 2 * FIT_MARGIN)
        deal = self.shown_deal
        if deal is not None:
            return fit_deal(deal.deal_map, measure, (room_w, room_h), LAYOUT_WIDTHS,
                            measure.caption, MAX_FIT_SCALE)
        best: tuple[float, float, bool] | None = None
        for beside in ((False, True) if data.graph.group else (False,)):
            for width in LAYOUT_WIDTHS:
                drawing = layout(data.graph, measure, width, measure.caption, beside,
                                 influence=False)
                scale = min(room_w / drawing.width, room_h / drawing.height, MAX_FIT_SCALE)
                if best is None or scale > best[0] + 1e-6:
                    best = (scale, width, beside)
        assert best is not None
        return layout(data.graph, measure, best[1], measure.caption, best[2])

    def _redraw(self, fit: bool = True) -> None:
        data = self.data
        if data is None:
            self.view.show_drawing(None, self._look())
            return
        look = self._look()
        started = time.perf_counter()
        self.drawing = self.lay_out(data, look)
        self.layout_ms = (time.perf_counter() - started) * 1000
        self.view.show_drawing(self.drawing, look, fit=fit or self.view.drawing is None)
        self.legend.setText(self._legend_html())
        self.legend.setVisible(bool(self.legend.text()))
        deal = self.shown_deal
        if deal is not None:
            self.empty.setText(self.tr("No one has a role on this deal yet: set roles in "
                                       "the deal editor."))
            self.empty.setVisible(not deal.deal_map.people)
        else:
            self.empty.setText(self.tr("No contacts or related companies yet."))
            self.empty.setVisible(not data.graph.people and not data.graph.related
                                  and not data.graph.group)

    def fit_view(self) -> None:
        self.view.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """A new shape may suit another arrangement: lay out again, fitted."""
        super().resizeEvent(event)
        if self.data is not None:
            self._redraw(fit=True)

    # ---- export -----------------------------------------------------------------------
    def export(self, path: Path) -> bool:
        """Write the graph to `path`: an SVG for a .svg name, otherwise a PNG."""
        if self.drawing is None or self.data is None:
            return False
        # Not pyqtgraph's exporters (tried with pyqtgraph 0.14.0): ImageExporter renders
        # the scene under the item, so a zoomed or panned view exports a clipped graph
        # whose size follows the zoom, and SVGExporter fails on the painted paths
        # (ValueError in correctCoordinates). The whole graph is painted by the same
        # routine into a QImage and a QSvgGenerator instead (crmdesk.ui.graph_drawing).
        look = self._look()
        deal = self.shown_deal
        title = self.data.graph.account.label + (f" · {deal.name}" if deal else "")
        if path.suffix.lower() == ".svg":
            return export_svg(self.drawing, look, path, title)
        return export_png(self.drawing, look, path)

    def _export_clicked(self) -> None:
        if self.data is None:
            return
        deal = self.shown_deal
        title = self.data.graph.account.label + (f" - {deal.name}" if deal else "")
        name = "".join(c for c in title if c.isalnum() or c in " -_")
        path, _kind = QFileDialog.getSaveFileName(
            self, self.tr("Export the graph"), f"{name.strip() or 'graph'}.png",
            self.tr("PNG picture (*.png);;SVG drawing (*.svg)"))
        if path and not self.export(Path(path)):
            self.problem.setText(self.tr("Could not write {0}.").format(path))

    # ---- clicks -------------------------------------------------------------------------
    def _node_clicked(self, node: Node) -> None:
        if self.data is None:
            return
        if node.kind == "contact":
            self._ctx.selection.select_contact(self.data.account_id, uuid.UUID(node.id))
        elif node.kind in ("related", "company"):
            self._ctx.selection.select_account(uuid.UUID(node.id))

    def _node_opened(self, node: Node) -> None:
        if node.kind == "deal":
            self.deal_opened.emit(uuid.UUID(node.id))
        else:
            self._node_clicked(node)

    def removable(self, links: list[Link]) -> list[Link]:
        """Of `links`, those a removal command can take away (company links and
        influence; a reporting line is changed by linking the person to another)."""
        return [k for k in links if k.ref and k.kind in ("influences", "parent", "trade",
                                                        "partner", "referral")]

    def _show_menu(self, at: QPointF, links: list[Link]) -> None:
        drawing = self.drawing
        can_go = self.removable(links)
        if drawing is None or not can_go:
            return
        menu = QMenu(self)
        for link in can_go:
            action = QAction(self.tr("Remove: {0}").format(describe(link, drawing)), menu)
            action.triggered.connect(lambda _c=False, k=link: self.ask_to_remove(k))
            menu.addAction(action)
        self.menu = menu
        menu.popup(at.toPoint())

    def ask_to_remove(self, link: Link) -> None:
        """Name the link and remove it only if the user says yes."""
        if self.drawing is None:
            return
        question = self.tr("Remove the link: {0}?").format(describe(link, self.drawing))
        self.confirmation = ask_to_remove(self, question, lambda: self.remove_link(link),
                                          done=self._answered)

    def _answered(self) -> None:
        self.confirmation = None

    def remove_link(self, link: Link) -> None:
        """Remove a company link or an influence (a synced delete), unasked."""
        ref = uuid.UUID(link.ref)
        if link.kind == "influences":
            self._ctx.command(lambda app: relations.remove_influence(app, ref),
                              failed=lambda exc: self.problem.setText(refusal_words(exc)))
        else:
            self._ctx.command(lambda app: relations.unlink_companies(app, ref),
                              failed=lambda exc: self.problem.setText(refusal_words(exc)))

    def _add_edge(self) -> None:
        source, target = self.source.currentData(), self.target.currentData()
        if source is None or target is None or self.data is None:
            self.problem.setText(self.tr("Add people to this account first."))
            return
        account_id, strength = self.data.account_id, self.strength.value()
        relation = (people.REPORTS_TO if self.relation.currentData() == "reports_to"
                    else people.INFLUENCES)
        self.problem.clear()
        self._ctx.command(lambda app: people.link_people(app, account_id, source, target,
                                                         relation, strength),
                          failed=lambda exc: self.problem.setText(refusal_words(exc)))
