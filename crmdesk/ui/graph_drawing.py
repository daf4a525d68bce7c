"""Painting a laid-out relationship graph (crmdesk.domain.graph_layout) with QPainter:
one routine for the screen, a PNG and an SVG, so an export is what the pane shows."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QImageWriter,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QStaticText,
    QTransform,
)
from PySide6.QtSvg import QSvgGenerator

from crmdesk.domain.graph_layout import (
    ROLE_WORDS,
    Box,
    Caption,
    Drawing,
    Link,
    Node,
    role_line,
)
from crmdesk.domain.words import tr_noop
from crmdesk.ui.words import caption_words, word

EDGE_STYLES: dict[str, tuple[str, str]] = {
    # kind: (colour, legend text)
    "reports_to": ("#607d8b", tr_noop("reports to")),
    "reports_via": ("#90a4ae", tr_noop("reports to, through others")),
    "influences": ("#ef6c00", tr_noop("influences")),
    "parent": ("#1565c0", tr_noop("group")),
    "trade": ("#2e7d32", tr_noop("supplier / customer")),
    "partner": ("#8e24aa", tr_noop("partner")),
    "referral": ("#00838f", tr_noop("referral")),
    "works_at": ("#b0bec5", ""),
}
ROLE_COLORS: dict[str, tuple[str, str]] = {
    "decision_maker": ("#c62828", tr_noop("decision maker")),
    "economic_buyer": ("#f9a825", tr_noop("economic buyer")),
    "champion": ("#2e7d32", tr_noop("champion")),
    "influencer": ("#ef6c00", tr_noop("influencer")),
    "blocker": ("#212121", tr_noop("blocker")),
    "user": ("#1e88e5", tr_noop("user")),
    "": ("#b0bec5", tr_noop("no role")),
}
#: A stance by colour (the box's edge) and in words with a sign (crmdesk.domain.graph_layout
#: STANCE_WORDS), so it reads without colour too.
STANCE_COLORS: dict[str, str] = {"supports": "#2e7d32", "neutral": "#9e9e9e",
                                 "opposes": "#c62828"}
PAD_X, PAD_Y, STRIPE = 9.0, 5.0, 5.0
STANCE_EDGE = 2.5  # the width of a decision map box's edge, in its stance's colour


@dataclass
class Look:
    """How to draw: the palette, the selected contact, roles and key people; the fonts
    (and their metrics) are made once, not for every box."""

    dark: bool = False
    selected: str | None = None
    roles: dict[str, str] = field(default_factory=dict)
    key_people: frozenset[str] = frozenset()
    font: QFont = field(default_factory=QFont)

    def __post_init__(self) -> None:
        self.name_font = QFont(self.font)
        self.name_font.setBold(True)
        self.detail_font = QFont(self.font)
        self.detail_font.setPointSizeF(max(6.0, self.font.pointSizeF() * 0.88))
        self.name_height = QFontMetricsF(self.name_font).height()
        self.detail_metrics = QFontMetricsF(self.detail_font)
        # what tells the fonts apart in kept labels (QFont.key() is slow to ask per label)
        self.name_key, self.detail_key = self.name_font.key(), self.detail_font.key()
        self.detail_height = self.detail_metrics.height()


class Texts:
    """How labels are drawn. On screen (`static`), each label is laid out once and kept
    from paint to paint (a pan or a zoom repaints the same words; laying them out again
    was half of a paint's cost); an export draws plain text, which an SVG keeps as text.
    Either way the widths of the role lines are measured once."""

    LIMIT = 5000  # labels kept before starting afresh (a long session of many accounts)

    def __init__(self, static: bool) -> None:
        self.static = static
        self._laid: dict[tuple[str, str], QStaticText] = {}
        self._widths: dict[tuple[str, str], float] = {}

    def width(self, text: str, font_key: str, metrics: QFontMetricsF) -> float:
        key = (text, font_key)
        known = self._widths.get(key)
        if known is None:
            if len(self._widths) > self.LIMIT:
                self._widths.clear()
            known = self._widths[key] = metrics.horizontalAdvance(text)
        return known

    def draw(self, painter: QPainter, rect: QRectF, text: str, font: QFont, font_key: str,
             centred: bool = True) -> None:
        """`text` in `rect`, centred (or from its left), middle of the line; `font` is
        the painter's, `font_key` its key."""
        if not self.static:
            align = Qt.AlignmentFlag.AlignHCenter if centred else Qt.AlignmentFlag.AlignLeft
            painter.drawText(rect, align | Qt.AlignmentFlag.AlignVCenter, text)
            return
        key = (text, font_key)
        laid = self._laid.get(key)
        if laid is None:
            if len(self._laid) > self.LIMIT:
                self._laid.clear()
            laid = self._laid[key] = QStaticText(text)
            laid.setTextFormat(Qt.TextFormat.PlainText)
            laid.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
            laid.prepare(QTransform(), font)
        size = laid.size()
        x = rect.x() + (rect.width() - size.width()) / 2 if centred else rect.x()
        painter.drawStaticText(QPointF(x, rect.y() + (rect.height() - size.height()) / 2),
                               laid)


def label(node: Node, look: Look) -> str:
    return ("★ " if node.id in look.key_people else "") + node.label


class Measurer:
    """Box sizes from the real fonts (the layout's `Measure`)."""

    def __init__(self, look: Look) -> None:
        self._look = look
        self._name = QFontMetricsF(look.name_font)
        self._detail = QFontMetricsF(look.detail_font)
        self._plain = QFontMetricsF(look.font)
        self._known: dict[tuple[str, str, str], tuple[float, float]] = {}

    def __call__(self, node: Node) -> tuple[float, float]:
        key = (node.id, node.label, node.detail)
        known = self._known.get(key)
        if known is None:
            known = self._known[key] = self._measure(node)
        return known

    def _measure(self, node: Node) -> tuple[float, float]:
        width = self._name.horizontalAdvance(label(node, self._look))
        height = self._name.height()
        if node.detail:
            width = max(width, self._detail.horizontalAdvance(node.detail))
            height += self._detail.height()
        third = role_line(node)
        if third:
            width = max(width, self._detail.horizontalAdvance(third))
            height += self._detail.height() + 2
        return math.ceil(width + 2 * PAD_X + STRIPE), math.ceil(height + 2 * PAD_Y)

    def caption(self, caption: Caption) -> float:
        return self._plain.horizontalAdvance(caption_words(caption)) + 4


@cache
def _colour(name: str, alpha: int = 255) -> QColor:
    """A colour made once (a paint asks for the same few for every box; never changed)."""
    colour = QColor(name)
    colour.setAlpha(alpha)
    return colour


@cache
def _outline(name: str, width: float) -> QPen:
    return QPen(_colour(name), width)


def _fill(node: Node, look: Look) -> tuple[str, str, str]:
    """Background, border and text colour of a node's box."""
    if node.kind in ("account", "deal"):
        return "#37474f", "#263238", "#ffffff"
    if look.dark:
        base = {"company": "#2f3e46", "related": "#283238"}.get(node.kind, "#263238")
        return base, "#78909c", "#eceff1"
    base = {"company": "#e3ecf7", "related": "#f1f4f6"}.get(node.kind, "#ffffff")
    return base, "#90a4ae", "#212121"


def _pen(link: Link) -> QPen:
    color = QColor(EDGE_STYLES[link.kind][0])
    width = {"influences": 1.2 + (link.strength - 1) * 0.7, "works_at": 1.0,
             "reports_to": 1.4, "reports_via": 1.4}.get(link.kind, 2.0)
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if link.kind in ("partner", "reports_via"):
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def _arrowhead(tip: QPointF, toward: QPointF, size: float) -> QPolygonF:
    """A filled triangle at `tip`, pointing away from `toward`."""
    angle = math.atan2(tip.y() - toward.y(), tip.x() - toward.x())
    left = QPointF(tip.x() - size * math.cos(angle - 0.45), tip.y() - size * math.sin(angle - 0.45))
    right = QPointF(tip.x() - size * math.cos(angle + 0.45),
                    tip.y() - size * math.sin(angle + 0.45))
    return QPolygonF([tip, left, right])


def link_path(link: Link) -> QPainterPath:
    pts = [QPointF(x, y) for x, y in link.points]
    path = QPainterPath(pts[0])
    if link.kind == "influences":
        path.quadTo(pts[1], pts[2])
    else:
        for point in pts[1:]:
            path.lineTo(point)
    return path


def paint(painter: QPainter, drawing: Drawing, look: Look, texts: Texts | None = None
          ) -> None:
    """Everything, in drawing coordinates: lines first, boxes over their ends, so a
    label never lies on a line; arrowheads stay outside the box they point at. `texts`:
    the screen's kept labels (None: plain text, for an export)."""
    texts = texts or Texts(static=False)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    order = sorted(drawing.links, key=lambda k: k.kind == "influences")
    for link in order:
        pen = _pen(link)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(link_path(link))
        if link.kind == "influences":
            _start, control, end = (QPointF(x, y) for x, y in link.points)
            painter.setPen(QPen(pen.color(), 1.0))
            painter.setBrush(QBrush(pen.color()))
            painter.drawPolygon(_arrowhead(end, control, 7.0 + link.strength * 1.2))
    caption_color = QColor("#b0bec5") if look.dark else QColor("#546e7a")
    caption_font = QFont(look.font)
    caption_font.setBold(True)
    painter.setFont(caption_font)
    painter.setPen(caption_color)
    for cap in drawing.captions:
        painter.drawText(QRectF(cap.x, cap.y, 2000, 20),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         caption_words(cap))
    for box in drawing.boxes:
        _box(painter, box, look, texts)


def _box(painter: QPainter, box: Box, look: Look, texts: Texts) -> None:
    node = box.node
    fill, border, text = _fill(node, look)
    rect = QRectF(box.x, box.y, box.w, box.h)
    selected = node.id == look.selected
    stance = STANCE_COLORS.get(node.stance) if node.role else None
    if selected and stance:  # the stance keeps the edge; the selection rings it
        painter.setPen(_outline("#ffb300", 3.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(-3.5, -3.5, 3.5, 3.5), 7, 7)
    if stance:
        painter.setPen(_outline(stance, STANCE_EDGE))
    else:
        painter.setPen(_outline("#ffb300", 3.0) if selected else _outline(border, 1.0))
    painter.setBrush(_colour(fill))
    painter.drawRoundedRect(rect, 5, 5)
    if node.kind == "contact":  # the decision role as a stripe down the left
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_colour(ROLE_COLORS.get(node.role or look.roles.get(node.id, ""),
                                                 ROLE_COLORS[""])[0]))
        inset = STANCE_EDGE / 2 + 0.5 if stance else 1.0
        painter.drawRoundedRect(QRectF(box.x + inset, box.y + inset, STRIPE,
                                       box.h - 2 * inset), 2, 2)
    name_height = look.name_height
    x = box.x + PAD_X + STRIPE / 2
    width = box.w - 2 * PAD_X
    painter.setPen(_colour(text))
    painter.setFont(look.name_font)
    texts.draw(painter, QRectF(x, box.y + PAD_Y, width, name_height), label(node, look),
               look.name_font, look.name_key)
    third = role_line(node)
    line_h = look.detail_height
    y = box.y + PAD_Y + name_height
    if node.detail:
        painter.setPen(_colour(text, 190))
        painter.setFont(look.detail_font)
        texts.draw(painter, QRectF(x, y, width, line_h if third else
                                   box.h - 2 * PAD_Y - name_height),
                   node.detail, look.detail_font, look.detail_key)
        y += line_h
    if third and stance:
        _role_line(painter, QRectF(x, y + 2, width, line_h), node, stance, text, look, texts)


def _role_line(painter: QPainter, rect: QRectF, node: Node, stance: str, text: str,
               look: Look, texts: Texts) -> None:
    """"decision maker · ✓ supports": the role in the text's colour, the stance in its
    own (a darker shade on a light box, a lighter one on a dark box, to stay legible)."""
    role = word(ROLE_WORDS.get(node.role, node.role)) + " · "
    whole = role_line(node)
    font, key, metrics = look.detail_font, look.detail_key, look.detail_metrics
    start = rect.x() + (rect.width() - texts.width(whole, key, metrics)) / 2
    painter.setFont(font)
    painter.setPen(_colour(text))
    texts.draw(painter, QRectF(start, rect.y(), rect.width(), rect.height()), role, font,
               key, centred=False)
    painter.setPen(_colour(stance).lighter(150) if look.dark else _colour(stance))
    texts.draw(painter, QRectF(start + texts.width(role, key, metrics), rect.y(),
                               rect.width(), rect.height()), whole[len(role):], font,
               key, centred=False)


def background(look: Look) -> QColor:
    return QColor("#1e272c") if look.dark else QColor("#ffffff")


def export_png(drawing: Drawing, look: Look, path: Path, scale: float = 2.0) -> bool:
    """The whole graph at `scale` (sharp on a slide or in a printout)."""
    image = QImage(QSize(math.ceil(drawing.width * scale), math.ceil(drawing.height * scale)),
                   QImage.Format.Format_ARGB32)
    image.fill(background(look))
    painter = QPainter(image)
    painter.scale(scale, scale)
    paint(painter, drawing, look)
    painter.end()
    writer = QImageWriter(str(path), QByteArray(b"png"))
    return writer.write(image)


def export_svg(drawing: Drawing, look: Look, path: Path, title: str = "") -> bool:
    """The whole graph as scalable vectors with real text."""
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    size = QSize(math.ceil(drawing.width), math.ceil(drawing.height))
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    painter = QPainter()
    if not painter.begin(generator):
        return False
    painter.fillRect(QRectF(0, 0, size.width(), size.height()), background(look))
    paint(painter, drawing, look)
    return painter.end()
