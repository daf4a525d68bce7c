"""The relationship graph: contacts by reporting line, who influences whom, related
companies, and each person's decision role on open deals. Click a node to open it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crmdesk.app import people
from crmdesk.domain.graph_layout import Node, Placed, layout
from crmdesk.store import queries as q
from crmdesk.ui import changes
from crmdesk.ui.context import AppContext
from crmdesk.ui.style import is_dark
from crmdesk.ui.wheel import ComboBox, SpinBox

EDGE_STYLES: dict[str, tuple[str, str]] = {
    # kind: (colour, legend text)
    "reports_to": ("#607d8b", "reports to"),
    "influences": ("#ef6c00", "influences (thicker = stronger)"),
    "parent": ("#1565c0", "parent / subsidiary"),
    "trade": ("#2e7d32", "supplier / customer"),
    "partner": ("#8e24aa", "partner"),
    "works_at": ("#b0bec5", ""),
}
ROLE_COLORS: dict[str, tuple[str, str]] = {
    "decision_maker": ("#c62828", "decision maker"),
    "champion": ("#2e7d32", "champion"),
    "influencer": ("#ef6c00", "influencer"),
    "blocker": ("#212121", "blocker"),
    "user": ("#1e88e5", "user"),
    "": ("#90a4ae", "no role"),
}


@dataclass(frozen=True, slots=True)
class Edge:
    a: int
    b: int
    kind: str
    strength: int = 1


@dataclass(frozen=True, slots=True)
class GraphData:
    account_id: uuid.UUID
    placed: list[Placed]
    edges: list[Edge]
    roles: dict[str, str]  # contact id hex -> role
    key_people: frozenset[str]
    people: list[tuple[uuid.UUID, str]]


def load_graph(session: Session, account_id: uuid.UUID,
               row_width: float = 150.0) -> GraphData | None:
    """Everything the graph shows, laid out (runs on a worker)."""
    card_name: str | None = session.execute(q.account_name_stmt(account_id)).scalar()
    if card_name is None:
        return None
    people = q.contacts(session, account_id)
    links = q.influences(session, account_id)
    related = q.relations(session, account_id)
    roles: dict[str, str] = {}
    for role in q.decision_roles(session, account_id):
        roles.setdefault(role.contact_id.hex, role.role)
    account = Node(account_id.hex, card_name, "account")
    person_nodes = [Node(p.id.hex, p.name + (f" · {p.title}" if p.title else ""), "contact")
                    for p in people]
    reports = {p.id.hex: p.reports_to_id.hex for p in people if p.reports_to_id}
    related_nodes = [Node(r.other_id.hex, f"{r.other_name} ({r.label})", "related", r.label)
                     for r in related]
    placed = layout(account, person_nodes, reports, related_nodes, row_width)
    index = {p.node.id: i for i, p in enumerate(placed)}
    edges: list[Edge] = []
    for p in people:
        if p.reports_to_id and p.reports_to_id.hex in index:
            edges.append(Edge(index[p.id.hex], index[p.reports_to_id.hex], "reports_to"))
        elif p.id.hex in index:
            edges.append(Edge(index[account.id], index[p.id.hex], "works_at"))
    for link in links:
        a, b = link.from_contact_id.hex, link.to_contact_id.hex
        if a in index and b in index:
            edges.append(Edge(index[a], index[b], "influences", link.strength))
    for r in related:
        kind = {"parent company": "parent", "subsidiary": "parent", "customer": "trade",
                "supplier": "trade"}.get(r.label, "partner")
        edges.append(Edge(index[account.id], index[r.other_id.hex], kind))
    return GraphData(account_id, placed, edges, roles,
                     frozenset(p.id.hex for p in people if p.is_key_person),
                     [(p.id, p.name) for p in people])


def _rgb(color: str) -> tuple[int, int, int]:
    c = QColor(color)
    return c.red(), c.green(), c.blue()


class RelationGraphItem(pg.GraphItem):  # type: ignore[misc]
    """Nodes, edges and labels; reports which node was clicked."""

    def __init__(self) -> None:
        super().__init__()
        self.labels: list[pg.TextItem] = []
        self.ids: list[str] = []
        self.kinds: list[str] = []
        self.on_click: Any = None
        self.scatter.sigClicked.connect(self._clicked)

    def show_graph(self, data: GraphData, dark: bool, selected: str | None) -> None:
        placed = data.placed
        self.ids = [p.node.id for p in placed]
        self.kinds = [p.node.kind for p in placed]
        pos = np.array([[p.x, p.y] for p in placed], dtype=float)
        adj = np.array([[e.a, e.b] for e in data.edges], dtype=int).reshape(-1, 2)
        pens = np.array(
            [(*_rgb(EDGE_STYLES[e.kind][0]), 255,
              1.0 + (e.strength - 1) * 1.2 if e.kind == "influences" else
              2.5 if e.kind in ("parent", "trade", "partner") else 1.3)
             for e in data.edges],
            dtype=[("red", np.ubyte), ("green", np.ubyte), ("blue", np.ubyte),
                   ("alpha", np.ubyte), ("width", float)])
        symbols, sizes, brushes, outlines = [], [], [], []
        for p in placed:
            if p.node.kind == "account":
                symbols.append("s")
                sizes.append(22)
                brushes.append(pg.mkBrush("#37474f"))
            elif p.node.kind == "related":
                symbols.append("s")
                sizes.append(15)
                brushes.append(pg.mkBrush("#78909c"))
            else:
                symbols.append("star" if p.node.id in data.key_people else "o")
                sizes.append(20 if p.node.id in data.key_people else 15)
                brushes.append(pg.mkBrush(ROLE_COLORS[data.roles.get(p.node.id, "")][0]))
            outlines.append(pg.mkPen("#ffd600", width=3) if p.node.id == selected
                            else pg.mkPen("w" if dark else "k", width=0.6))
        self.setData(pos=pos, adj=adj if len(adj) else None, pen=pens if len(adj) else None,
                     symbol=symbols, size=sizes, symbolBrush=brushes, symbolPen=outlines,
                     pxMode=True)
        text_color = "#eceff1" if dark else "#212121"
        # labels sit on a soft backing so an edge running under them never hides the text
        backing = pg.mkBrush(38, 50, 56, 200) if dark else pg.mkBrush(255, 255, 255, 210)
        while len(self.labels) < len(placed):  # labels are reused from one account to the next
            label = pg.TextItem("", anchor=(0.5, -0.35))
            label.setParentItem(self)
            self.labels.append(label)
        plain, bold = QFont(), QFont()
        bold.setBold(True)
        for label, p in zip(self.labels, placed, strict=False):
            label.setText(p.node.label, color=text_color)
            label.fill = backing
            label.setFont(bold if p.node.kind == "account" else plain)
            label.setPos(p.x, p.y)
            label.show()
        for label in self.labels[len(placed):]:
            label.hide()

    def _clicked(self, _scatter: Any, points: Any, *_args: Any) -> None:
        if self.on_click is None or not len(points):
            return
        index = int(points[0].index())
        self.on_click(self.ids[index], self.kinds[index])


class GraphPane(QWidget):
    """The graph view with its legend and a form to add reporting and influence lines."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.data: GraphData | None = None
        self.is_loaded = True  # nothing selected yet: nothing to wait for
        pg.setConfigOptions(antialias=True)
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground(None)
        self.box = self.view.addViewBox()
        self.box.setAspectLocked(True)
        self.item = RelationGraphItem()
        self.item.on_click = self._node_clicked
        self.box.addItem(self.item)
        self.legend = QLabel(self._legend_html())
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.empty = QLabel(self.tr("No contacts or related companies yet."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
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
        self.problem.setStyleSheet("color: #c62828;")
        self.relation.currentIndexChanged.connect(
            lambda _i: self.strength.setVisible(self.relation.currentData() == "influences"))
        self.strength.hide()
        form = QHBoxLayout()
        for widget in (self.source, self.relation, self.target, self.strength, self.add):
            form.addWidget(widget)
        form.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.legend)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        ctx.selection.account_changed.connect(self.show_account)
        ctx.selection.contact_changed.connect(lambda _c: self._redraw())
        ctx.bus.changed.connect(self._on_changes)

    def _legend_html(self) -> str:
        edges = " ".join(
            f"<span style='color:{color}'>━</span> {self.tr(text)}&nbsp;&nbsp;"
            for color, text in EDGE_STYLES.values() if text)
        roles = " ".join(f"<span style='color:{color}'>●</span> {self.tr(text)}&nbsp;&nbsp;"
                         for color, text in ROLE_COLORS.values())
        return (f"<span style='font-size:small'>{edges} {roles} ★ {self.tr('key person')}"
                "</span>")

    def show_account(self, account_id: uuid.UUID | None) -> None:
        self.is_loaded = False
        if account_id is None:
            self.data = None
            # the edges go too: pyqtgraph keeps the last ones, pointing at no nodes
            self.item.setData(pos=np.zeros((0, 2)), adj=None)
            self.is_loaded = True
            self.loaded.emit()
            return
        row_width = self._row_width()
        self._ctx.read(lambda s: load_graph(s, account_id, row_width), self._show, key="graph")

    def _on_changes(self, change: changes.Changes) -> None:
        account_id = self._ctx.selection.account_id
        if account_id is not None and change.touches(account_id, changes.CONTACTS,
                                                     changes.RELATIONS, changes.ACCOUNT):
            self.show_account(account_id)

    def _show(self, data: GraphData | None) -> None:
        self.data = data
        self._redraw()
        for combo in (self.source, self.target):
            combo.clear()
            for contact_id, name in (data.people if data else []):
                combo.addItem(name, contact_id)
        if self.target.count() > 1:
            self.target.setCurrentIndex(1)
        self.problem.clear()
        self.is_loaded = True
        self.loaded.emit()

    def _redraw(self) -> None:
        data = self.data
        if data is None:
            return
        selected = self._ctx.selection.contact_id
        self.item.show_graph(data, is_dark(self), selected.hex if selected else None)
        self.empty.setVisible(len(data.placed) <= 1)
        self.fit_view()

    def fit_view(self) -> None:
        """Show the graph at a scale where one layout unit is one character wide, so
        labels keep the room the layout gave them; a graph larger than the pane is
        shown from the top and panned or zoomed by the user."""
        if self.data is None or not self.data.placed:
            return
        unit = self._unit_px()
        shown_w = max(50, self.view.width()) / unit
        shown_h = max(50, self.view.height()) / unit
        xs = [p.x - p.width / 2 for p in self.data.placed] + [
            p.x + p.width / 2 for p in self.data.placed]
        ys = [p.y for p in self.data.placed]
        top, bottom = max(ys) + 3, min(ys) - 4
        centre = (min(xs) + max(xs)) / 2
        if top - bottom <= shown_h:
            middle = (top + bottom) / 2
            y_range = (middle - shown_h / 2, middle + shown_h / 2)
        else:
            y_range = (top - shown_h, top)  # the account and its top people first
        self.box.setRange(xRange=(centre - shown_w / 2, centre + shown_w / 2), yRange=y_range,
                          padding=0)

    def _unit_px(self) -> float:
        return max(4.0, float(self.fontMetrics().averageCharWidth()))

    def _row_width(self) -> float:
        """How many layout units fit across the pane, so rows wrap to its width."""
        return max(40.0, float(self.view.width()) / self._unit_px() - 6)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_view()

    def _node_clicked(self, node_id: str, kind: str) -> None:
        if self.data is None:
            return
        if kind == "contact":
            self._ctx.selection.select_contact(self.data.account_id, uuid.UUID(node_id))
        elif kind == "related":
            self._ctx.selection.select_account(uuid.UUID(node_id))

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
                          failed=lambda exc: self.problem.setText(str(exc)))
