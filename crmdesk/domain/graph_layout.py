"""Deterministic layout of an account's relationship graph, in plain numbers.

Every node is a box with its label inside, so a label can never lie over a line: lines
end at box borders and are drawn under the boxes. Two parts, one above the other:

- the group, when the company has a parent or subsidiaries: a tree of companies from
  the top parent down, the shown company marked;
- the company itself with its people under it by reporting line, and its suppliers,
  customers and partners in a column to the right, reached by a bus line that passes
  no other box.

Trees are tidy: a manager sits above their reports; three or more reports who have
none of their own are stacked under their manager (as org charts do), so a 40-person
company stays about as wide as it is tall. Influence is a curve from the one who
influences to the one influenced, ending in an arrowhead (drawn by the caller) at the
border of the influenced person's box.

Sizes come from the caller (`Measure`, the real font's metrics in the window); the
default estimates them from the text so the domain can be tested without Qt.
Coordinates: x to the right, y downward, origin at the drawing's top-left.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field

from crmdesk.domain.words import tr_noop

Point = tuple[float, float]

H_GAP = 16.0     # between boxes side by side
V_GAP = 22.0     # between a box and the row below it (room for the elbows)
STACK_GAP = 8.0  # between stacked reports
INDENT = 22.0    # stacked reports stand this far right of their manager's left edge
STACK_AT = 3     # this many leaf reports or more are stacked
MARGIN = 14.0    # around the whole drawing
SECTION_GAP = 26.0
COLUMN_GAP = 48.0  # between the people and the related companies' column
BUS_STEP = 7.0     # between the buses of suppliers, customers and partners
MAX_WIDTH = 900.0
CAPTION_H = 22.0   # a caption's line, above what it names

#: The related companies' column, in this order, each with its own line kind.
RELATED_KINDS: dict[str, str] = {
    "parent company": "parent", "subsidiary": "parent", "supplier": "trade",
    "customer": "trade", "partner": "partner", "referred by": "referral",
    "referral": "referral",
}


@dataclass(frozen=True, slots=True)
class Node:
    id: str
    label: str       # the first line: a name
    kind: str        # "account" (the company shown), "company" (of its group),
    #                  "related" (supplier, customer, partner) or "contact"
    detail: str = ""  # the second line: a job title, or what the company is to this one
    group: str = ""   # related companies: "customer", "supplier", ...
    role: str = ""    # a deal's decision map: the person's role on the deal ...
    stance: str = ""  # ... and where they stand ("supports", "neutral", "opposes")


@dataclass(frozen=True, slots=True)
class Box:
    node: Node
    x: float
    y: float
    w: float
    h: float

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    def contains(self, px: float, py: float) -> bool:
        return self.x <= px <= self.x + self.w and self.y <= py <= self.y + self.h


@dataclass(frozen=True, slots=True)
class Link:
    """A line between boxes `a` and `b` (indices). `points` is a polyline, except for
    influence: (start, control, end) of a quadratic curve, pointing at `b`. `ref` names
    the stored row (a relation or an influence), so the link can be removed."""

    a: int
    b: int
    kind: str  # "reports_to", "reports_via" (through people not shown), "works_at",
    #            "influences", "parent", "trade", "partner"
    points: tuple[Point, ...]
    strength: int = 1
    ref: str = ""


@dataclass(frozen=True, slots=True)
class Caption:
    """A section's title: `text` is the English marked with tr_noop (the window words it,
    crmdesk.ui.words.caption_words), with `count` in its "{0}"."""

    text: str
    x: float
    y: float
    count: int = 0


@dataclass(frozen=True, slots=True)
class Drawing:
    boxes: list[Box]
    links: list[Link]
    captions: list[Caption]
    width: float
    height: float

    def box_at(self, px: float, py: float) -> Box | None:
        return next((b for b in reversed(self.boxes) if b.contains(px, py)), None)


@dataclass(frozen=True, slots=True)
class Influence:
    source: str
    target: str
    strength: int
    ref: str = ""


@dataclass(frozen=True, slots=True)
class Related:
    node: Node  # node.group: what it is to the company ("customer", ...)
    ref: str = ""


@dataclass(frozen=True, slots=True)
class Member:
    """A company of the group, under `parent` (None: the top), joined by link `ref`."""

    node: Node
    parent: str | None
    ref: str = ""


@dataclass(frozen=True, slots=True)
class Graph:
    """What the graph shows, as plain values."""

    account: Node
    people: Sequence[Node] = ()
    reports_to: Mapping[str, str] = field(default_factory=dict)
    influences: Sequence[Influence] = ()
    related: Sequence[Related] = ()
    group: Sequence[Member] = ()


Measure = Callable[[Node], tuple[float, float]]
CaptionMeasure = Callable[["Caption"], float]


def text_width(text: str) -> float:
    """An estimate of text's width in pixels at a 9-point font (wide CJK counts 2)."""
    return sum(13.0 if ord(ch) > 0x2E80 else 6.8 for ch in text)


def caption_estimate(caption: Caption) -> float:
    """An estimate of a caption's width, in English (the window measures its own words)."""
    return text_width(caption.text.format(caption.count))


def role_line(node: Node) -> str:
    """A decision map box's third line: the role and the stance, in words (so it reads
    without colour)."""
    if not node.role:
        return ""
    role = ROLE_WORDS.get(node.role, node.role.replace("_", " "))
    stance = STANCE_WORDS.get(node.stance, node.stance)
    return f"{role} · {stance}" if stance else role


#: How a role and a stance read on a box (the stance's sign shows it without colour).
ROLE_WORDS: dict[str, str] = {
    "decision_maker": tr_noop("decision maker"), "economic_buyer": tr_noop("economic buyer"),
    "champion": tr_noop("champion"),
    "influencer": tr_noop("influencer"),
    "blocker": tr_noop("blocker"),
    "user": tr_noop("user"),
}
STANCE_WORDS: dict[str, str] = {"supports": tr_noop("✓ supports"), "neutral": tr_noop("○ neutral"),
                                "opposes": tr_noop("✗ opposes")}
# The order people of one rank stand in, left to right: who decides first.
ROLE_RANK: dict[str, int] = {role: n for n, role in enumerate(ROLE_WORDS)}


def estimate(node: Node) -> tuple[float, float]:
    """A box's size from its text, without a font."""
    third = role_line(node)
    width = max(text_width(node.label) * 1.08, text_width(node.detail) * 0.9,
                text_width(third) * 0.9)
    return width + 20.0, (38.0 if node.detail else 24.0) + (14.0 if third else 0.0)


# ---- trees --------------------------------------------------------------------------------

@dataclass
class _Block:
    w: float
    h: float
    at: dict[str, Point]                       # box top-left by node id
    routes: list[tuple[str, str, list[Point]]]  # (parent, child, polyline)

    def shifted(self, dx: float, dy: float) -> _Block:
        return _Block(self.w, self.h, {k: (x + dx, y + dy) for k, (x, y) in self.at.items()},
                      [(a, b, [(x + dx, y + dy) for x, y in pts]) for a, b, pts in self.routes])


def _tree(root: str, children: Mapping[str, list[str]], size: Mapping[str, Point],
          seen: set[str], max_width: float = math.inf) -> _Block:
    """A node and everything under it; `seen` keeps a loop in the data from recursing.
    Its children stand side by side under it; three or more without reports of their
    own are stacked down its left side; teams that side by side would be wider than
    `max_width` wrap into rows hanging off a trunk down its left side."""
    seen.add(root)
    w0, h0 = size[root]
    kids = [k for k in children.get(root, ()) if k not in seen]
    seen.update(kids)
    if not kids:
        return _Block(w0, h0, {root: (0.0, 0.0)}, [])
    leaves = not any(k2 not in seen for k in kids for k2 in children.get(k, ()))
    blocks = [_tree(k, children, size, seen, max_width - INDENT) for k in kids]
    span = sum(b.w for b in blocks) + H_GAP * (len(blocks) - 1)
    bus = min(INDENT / 2, w0 / 2)  # a trunk down the left, beside everything below
    at = {root: (0.0, 0.0)}
    routes: list[tuple[str, str, list[Point]]] = []
    if leaves and len(kids) >= STACK_AT:
        # reports without reports: one under the other, as org charts list a team
        y = h0 + STACK_GAP * 1.5
        width = w0
        for kid, block in zip(kids, blocks, strict=True):
            at[kid] = (INDENT, y)
            mid = y + block.h / 2
            routes.append((root, kid, [(bus, h0), (bus, mid), (INDENT, mid)]))
            width = max(width, INDENT + block.w)
            y += block.h + STACK_GAP
        return _Block(width, y - STACK_GAP, at, routes)
    if len(kids) > 1 and span > max_width:
        # too wide side by side: rows of teams, each row on its own line off the trunk
        rows: list[list[int]] = [[]]
        used = 0.0
        for n, block in enumerate(blocks):
            if rows[-1] and used + H_GAP + block.w > max_width - INDENT:
                rows.append([])
                used = 0.0
            used += (H_GAP if rows[-1] else 0.0) + block.w
            rows[-1].append(n)
        y = h0 + V_GAP
        width = w0
        for row in rows:
            line_y = y - V_GAP / 2
            x = INDENT
            for n in row:
                kid, placed = kids[n], blocks[n].shifted(x, y)
                at.update(placed.at)
                routes += placed.routes
                kx, ky = placed.at[kid]
                centre = kx + size[kid][0] / 2
                routes.append((root, kid, [(bus, h0), (bus, line_y), (centre, line_y),
                                           (centre, ky)]))
                x += blocks[n].w + H_GAP
            width = max(width, x - H_GAP)
            y += max(blocks[n].h for n in row) + V_GAP
        return _Block(width, y - V_GAP, at, routes)
    width = max(w0, span)
    x = (width - span) / 2
    top = h0 + V_GAP
    out = _Block(width, 0.0, {}, [])
    mid = h0 + V_GAP / 2
    px = width / 2
    for kid, block in zip(kids, blocks, strict=True):
        placed = block.shifted(x, top)
        out.at.update(placed.at)
        out.routes += placed.routes
        kx, ky = placed.at[kid]
        kw = size[kid][0]
        out.routes.append((root, kid, [(px, h0), (px, mid), (kx + kw / 2, mid), (kx + kw / 2, ky)]))
        out.h = max(out.h, top + block.h)
        x += block.w + H_GAP
    out.at[root] = (px - w0 / 2, 0.0)
    return out


def _forest(roots: Sequence[str], children: Mapping[str, list[str]],
            size: Mapping[str, Point], max_width: float) -> _Block:
    """Trees side by side, wrapping into rows no wider than `max_width`."""
    seen: set[str] = set()
    blocks = [_tree(r, children, size, seen, max_width) for r in roots if r not in seen]
    out = _Block(0.0, 0.0, {}, [])
    x = y = row_h = 0.0
    for block in blocks:
        if x > 0 and x + block.w > max_width:
            x, y = 0.0, y + row_h + V_GAP
            row_h = 0.0
        placed = block.shifted(x, y)
        out.at.update(placed.at)
        out.routes += placed.routes
        out.w = max(out.w, x + block.w)
        row_h = max(row_h, block.h)
        x += block.w + H_GAP
    out.h = y + row_h
    return out


def _ordered(nodes: Sequence[Node]) -> list[Node]:
    return sorted(nodes, key=lambda n: (n.label, n.id))


# ---- the whole graph ------------------------------------------------------------------------

def layout(graph: Graph, measure: Measure = estimate, max_width: float = MAX_WIDTH,
           caption_width: CaptionMeasure = caption_estimate, group_beside: bool = False,
           influence: bool = True) -> Drawing:
    """Boxes, links and captions for `graph`; rows of people wrap at `max_width`. The
    group stands above the company, or with `group_beside` (a wide pane) to its left."""
    boxes: list[Box] = []
    links: list[Link] = []
    captions: list[Caption] = []
    top = left = MARGIN
    right = group_bottom = 0.0

    def add(node: Node, x: float, y: float) -> int:
        w, h = measure(node)
        boxes.append(Box(node, x, y, w, h))
        return len(boxes) - 1

    # -- the group, from its top parent down
    members = {m.node.id: m for m in graph.group}
    if len(members) > 1 and graph.account.id in members:
        #: The title above a group of companies' boxes; {0} is how many companies.
        captions.append(Caption(tr_noop("Group · {0} companies"), MARGIN, top, len(members)))
        top += CAPTION_H
        nodes = {i: (graph.account if i == graph.account.id else m.node)
                 for i, m in members.items()}
        children: dict[str, list[str]] = defaultdict(list)
        for m in sorted(members.values(), key=lambda m: (m.node.label, m.node.id)):
            if m.parent is not None and m.parent in members:
                children[m.parent].append(m.node.id)
        roots = [i for i, m in sorted(members.items(), key=lambda kv: (kv[1].node.label, kv[0]))
                 if m.parent is None or m.parent not in members]
        size = {i: measure(n) for i, n in nodes.items()}
        block = _forest(roots, children, size, max(max_width, 1.0)).shifted(MARGIN, top)
        index = {i: add(nodes[i], *block.at[i]) for i in block.at}
        for parent, child, pts in block.routes:
            links.append(Link(index[parent], index[child], "parent", tuple(pts),
                              ref=members[child].ref))
        right = max(right, MARGIN + block.w)
        if group_beside:
            group_bottom = top + block.h
            top, left = MARGIN, MARGIN + block.w + COLUMN_GAP
        else:
            top += block.h + SECTION_GAP

    # -- the company, its people under it
    people = {p.id: p for p in graph.people}
    size = {p.id: measure(p) for p in people.values()}
    children = defaultdict(list)
    for person in _ordered(list(people.values())):
        boss = graph.reports_to.get(person.id)
        if boss in people and boss != person.id:
            children[boss].append(person.id)
    has_boss = {p for p in people if graph.reports_to.get(p) in people
                and graph.reports_to.get(p) != p}
    # the heads of the reporting lines first (their trees are the big ones)
    roots = sorted((p for p in people if p not in has_boss),
                   key=lambda p: (not children.get(p), people[p].label, p))
    forest = _forest(roots, children, size, max_width)
    seen = set(forest.at)
    rest = [p for p in people if p not in seen]  # in a reporting loop: shown, not lost
    if rest:
        extra = _forest(sorted(rest, key=lambda p: (people[p].label, p)), {}, size, max_width)
        placed = extra.shifted(0.0, forest.h + V_GAP if forest.at else 0.0)
        forest.at.update(placed.at)
        forest.w = max(forest.w, extra.w)
        forest.h = (forest.h + V_GAP if forest.h else 0.0) + extra.h
    aw, ah = measure(graph.account)
    people_w = max(forest.w, aw)
    account_x = left + (people_w - aw) / 2
    me = add(graph.account, account_x, top)
    people_top = top + ah + V_GAP
    index = {}
    for pid in sorted(forest.at, key=lambda p: (forest.at[p][1], forest.at[p][0])):
        x, y = forest.at[pid]
        index[pid] = add(people[pid], left + (people_w - forest.w) / 2 + x, people_top + y)
    offset = (left + (people_w - forest.w) / 2, people_top)
    for boss, report, pts in forest.routes:
        links.append(Link(index[report], index[boss], "reports_to",
                          tuple((x + offset[0], y + offset[1]) for x, y in pts)))
    # the heads of the lines hang from the company, when they all stand on one row
    heads = [index[r] for r in roots if r in index]
    first_row = {round(boxes[i].y, 3) for i in heads}
    if heads and len(first_row) == 1:
        bus_y = top + ah + V_GAP / 2
        account = boxes[me]
        for i in heads:
            head = boxes[i]
            links.append(Link(me, i, "works_at", (
                (account.cx, account.y + ah), (account.cx, bus_y), (head.cx, bus_y),
                (head.cx, head.y))))
    bottom = max(group_bottom, people_top + forest.h if forest.at else top + ah)
    right = max(right, left + people_w)

    # -- suppliers, customers and partners in a column to the right, on buses
    if graph.related:
        account = boxes[me]
        kinds = [k for k in RELATED_KINDS if any(r.node.group == k for r in graph.related)]
        column_x = max(left + people_w, account.x + account.w) + COLUMN_GAP
        captions.append(Caption(tr_noop("Related companies"), column_x, top))
        y = top + CAPTION_H
        bus_count = len({RELATED_KINDS[k] for k in kinds})
        lanes = {line: n for n, line in enumerate(
            dict.fromkeys(RELATED_KINDS[k] for k in kinds))}
        column_w = 0.0
        for kind in kinds:
            line = RELATED_KINDS[kind]
            lane = lanes[line]
            bus_x = column_x - COLUMN_GAP / 2 - (bus_count - 1) * BUS_STEP / 2 + lane * BUS_STEP
            start_y = account.cy + (lane - (bus_count - 1) / 2) * min(BUS_STEP, ah / 4)
            for rel in sorted((r for r in graph.related if r.node.group == kind),
                              key=lambda r: (r.node.label, r.node.id)):
                i = add(rel.node, column_x, y)
                box = boxes[i]
                links.append(Link(me, i, line, (
                    (account.x + account.w, start_y), (bus_x, start_y), (bus_x, box.cy),
                    (box.x, box.cy)), ref=rel.ref))
                column_w = max(column_w, box.w)
                y += box.h + STACK_GAP
            y += STACK_GAP
        right = max(right, column_x + column_w)
        bottom = max(bottom, y - 2 * STACK_GAP)

    # -- influence: curves bowed to one side, so one that runs beside a reporting line
    # stays apart from it (left out while the caller compares arrangements)
    where = {box.node.id: i for i, box in enumerate(boxes) if box.node.kind == "contact"}
    for inf in sorted(graph.influences if influence else (),
                      key=lambda i: (i.source, i.target)):
        if inf.source in where and inf.target in where and inf.source != inf.target:
            a, b = where[inf.source], where[inf.target]
            links.append(Link(a, b, "influences", _curve(boxes[a], boxes[b], boxes),
                              max(1, min(5, inf.strength)), inf.ref))

    for cap in captions:
        right = max(right, cap.x + caption_width(cap))
    for link in links:
        for x, y in link.points:
            right = max(right, x)
            bottom = max(bottom, y)
    return Drawing(boxes, links, captions, right + MARGIN, bottom + MARGIN)


# ---- a deal's decision map ------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class DecisionMap:
    """One deal's decision map as plain values: the deal (a node of kind "deal"), the
    people with a role on it (node.role, node.stance), the reporting lines of the deal's
    whole company (person -> manager: a line through people not on the map still puts a
    person under their manager's manager) and the influence between them."""

    deal: Node
    people: Sequence[Node] = ()
    reports_to: Mapping[str, str] = field(default_factory=dict)
    influences: Sequence[Influence] = ()


def bosses(people: Collection[str], reports_to: Mapping[str, str]
           ) -> dict[str, tuple[str, bool]]:
    """Each person's nearest manager among `people` up their reporting line, and whether
    that is their own manager (True) or one further up, through people not among them.
    Each walk passes a person once, so a loop in the lines ends it."""
    among = set(people)
    out: dict[str, tuple[str, bool]] = {}
    for person in among:
        seen = {person}
        boss, direct = reports_to.get(person), True
        while boss is not None and boss not in seen:
            if boss in among:
                out[person] = (boss, direct)
                break
            seen.add(boss)
            boss, direct = reports_to.get(boss), False
    return out


def _by_rank(node: Node) -> tuple[int, str, str]:
    return ROLE_RANK.get(node.role, len(ROLE_RANK)), node.label, node.id


@dataclass(frozen=True, slots=True)
class _Tree:
    """A deal's people arranged at one width: the trees (and the people alone beside
    them), the people alone in a block of their own (`apart`), and the heads."""

    people: dict[str, Node]
    size: dict[str, Point]
    above: dict[str, tuple[str, bool]]
    forest: _Block
    apart: _Block | None
    tops: list[str]


def _arrange(deal_map: DecisionMap, measure: Measure, max_width: float) -> _Tree:
    people = {p.id: p for p in deal_map.people}
    size = {p: measure(n) for p, n in people.items()}
    above = bosses(people, deal_map.reports_to)
    children: dict[str, list[str]] = defaultdict(list)
    for node in sorted(people.values(), key=_by_rank):
        if node.id in above:
            children[above[node.id][0]].append(node.id)
    heads = sorted((p for p in people if p not in above),
                   key=lambda p: (not children.get(p), _by_rank(people[p])))
    trees = [p for p in heads if children.get(p)]
    alone = [p for p in heads if not children.get(p)]
    width = max(max_width, 1.0)
    forest = _forest(trees + alone, children, size, width)
    while len(forest.at) < len(people):
        # a loop of reporting lines has no head: it hangs from its first in rank
        walk: list[str] = []
        person = min((p for p in people if p not in forest.at),
                     key=lambda p: _by_rank(people[p]))
        while person not in walk:
            walk.append(person)
            person = above[person][0]
        trees.append(min(walk[walk.index(person):], key=lambda p: _by_rank(people[p])))
        forest = _forest(trees + alone, children, size, width)
    apart: _Block | None = None
    if trees and any(forest.at[p][1] > 0 for p in alone):
        # the people alone do not fit on the trees' row: a block of their own, below
        forest = _forest(trees, children, size, width)
        apart = _forest(alone, {}, size, width)
    reached = {child for _boss, child, _pts in forest.routes}
    return _Tree(people, size, above, forest, apart,
                 [p for p in forest.at if p not in reached])


def layout_deal(deal_map: DecisionMap, measure: Measure = estimate,
                max_width: float = MAX_WIDTH, caption_width: CaptionMeasure = caption_estimate,
                influence: bool = True, deal_beside: bool = False) -> Drawing:
    """Boxes, links and captions for a deal's decision tree: the deal on top (with
    `deal_beside`, a low pane, at the top left as a title), its people under it by
    reporting line (manager above; who decides first on the left), those in no line with
    the others beside the trees when they fit on the trees' row, else in a block of
    their own below; influence as arrows between them."""
    return _deal_drawing(deal_map, _arrange(deal_map, measure, max_width), measure,
                         caption_width, deal_beside, influence)


def fit_deal(deal_map: DecisionMap, measure: Measure, room: Point,
             widths: Sequence[float], caption_width: CaptionMeasure = caption_estimate,
             max_scale: float = math.inf) -> Drawing:
    """layout_deal as it shows largest in `room` (width, height): the trees wrapped at
    each of `widths`, the deal above or beside them (each width's trees are arranged
    once and tried both ways, without lines; the lines are drawn for the one chosen)."""
    best: tuple[float, _Tree, bool] | None = None
    for width in widths:
        tree = _arrange(deal_map, measure, width)
        for beside in (False, True):
            trial = _deal_drawing(deal_map, tree, measure, caption_width, beside, lines=False)
            scale = min(room[0] / trial.width, room[1] / trial.height, max_scale)
            if best is None or scale > best[0] + 1e-6:
                best = (scale, tree, beside)
    if best is None:
        return layout_deal(deal_map, measure, caption_width=caption_width)
    return _deal_drawing(deal_map, best[1], measure, caption_width, best[2])


def _deal_drawing(deal_map: DecisionMap, tree: _Tree, measure: Measure,
                  caption_width: CaptionMeasure, deal_beside: bool, influence: bool = True,
                  lines: bool = True) -> Drawing:
    """The boxes placed, with their lines unless `lines` is False (the drawing's size is
    the same: reporting lines run inside the boxes' span; influence is left out)."""
    boxes: list[Box] = []
    links: list[Link] = []
    captions: list[Caption] = []
    people, size, above, forest, apart = (tree.people, tree.size, tree.above, tree.forest,
                                          tree.apart)
    dw, dh = measure(deal_map.deal)
    deal_index = len(boxes)
    if deal_beside and forest.at:
        content_w = max(forest.w, apart.w if apart else 0.0)
        boxes.append(Box(deal_map.deal, MARGIN, MARGIN, dw, dh))
        top, left_edge = MARGIN, MARGIN + dw + COLUMN_GAP / 2
    else:
        content_w = max(forest.w if forest.at else 0.0, apart.w if apart else 0.0, dw)
        boxes.append(Box(deal_map.deal, MARGIN + (content_w - dw) / 2, MARGIN, dw, dh))
        top, left_edge = MARGIN + dh + V_GAP, MARGIN
    index: dict[str, int] = {}

    def place(block: _Block, y: float) -> tuple[float, float]:
        left = left_edge + (content_w - block.w) / 2
        for pid in sorted(block.at, key=lambda p: (block.at[p][1], block.at[p][0])):
            x, py = block.at[pid]
            w, h = size[pid]
            index[pid] = len(boxes)
            boxes.append(Box(people[pid], left + x, y + py, w, h))
        return left, y

    bottom = MARGIN + dh
    if forest.at:
        ox, oy = place(forest, top)
        bottom = top + forest.h
    if forest.at and lines:
        for boss, report, pts in forest.routes:
            kind = "reports_to" if above.get(report, (boss, True))[1] else "reports_via"
            links.append(Link(index[report], index[boss], kind,
                              tuple((x + ox, y + oy) for x, y in pts)))
        # the heads hang from the deal when they stand on one row under it
        if not deal_beside and len({round(forest.at[p][1], 3) for p in tree.tops}) == 1:
            deal = boxes[deal_index]
            bus_y = deal.y + dh + V_GAP / 2
            for i in (index[p] for p in tree.tops):
                head = boxes[i]
                links.append(Link(deal_index, i, "works_at", (
                    (deal.cx, deal.y + dh), (deal.cx, bus_y), (head.cx, bus_y),
                    (head.cx, head.y))))
    if apart is not None:
        apart_top = bottom + SECTION_GAP + CAPTION_H
        apart_x, _y = place(apart, apart_top)
        captions.append(Caption(tr_noop("In no reporting line with the others"), apart_x,
                                bottom + SECTION_GAP))
        bottom = apart_top + apart.h

    if influence and lines:
        for inf in sorted(deal_map.influences, key=lambda i: (i.source, i.target)):
            if inf.source in index and inf.target in index and inf.source != inf.target:
                a, b = index[inf.source], index[inf.target]
                links.append(Link(a, b, "influences", _curve(boxes[a], boxes[b], boxes),
                                  max(1, min(5, inf.strength)), inf.ref))

    right = left_edge + content_w
    for cap in captions:
        right = max(right, cap.x + caption_width(cap))
    drawn = [pt for link in links for pt in _traced(link)]
    right = max([right] + [x for x, _y in drawn])
    bottom = max([bottom] + [y for _x, y in drawn])
    # a curve bowed out past the left or the top edge: everything moves right or down
    dx = MARGIN / 2 - min([MARGIN / 2] + [x for x, _y in drawn])
    dy = MARGIN / 2 - min([MARGIN / 2] + [y for _x, y in drawn])
    drawing = Drawing(boxes, links, captions, right + MARGIN, bottom + MARGIN)
    return _moved(drawing, dx, dy) if dx > 0 or dy > 0 else drawing


def _traced(link: Link) -> tuple[Point, ...]:
    """Points a link passes through: its corners, or along a curve (its control point
    lies further out than the curve goes)."""
    if link.kind != "influences":
        return link.points
    (x0, y0), (x1, y1), (x2, y2) = link.points
    return tuple(((1 - t) ** 2 * x0 + 2 * (1 - t) * t * x1 + t * t * x2,
                  (1 - t) ** 2 * y0 + 2 * (1 - t) * t * y1 + t * t * y2)
                 for t in (0.0, 0.25, 0.5, 0.75, 1.0))


def _moved(drawing: Drawing, dx: float, dy: float) -> Drawing:
    return Drawing(
        [Box(b.node, b.x + dx, b.y + dy, b.w, b.h) for b in drawing.boxes],
        [Link(k.a, k.b, k.kind, tuple((x + dx, y + dy) for x, y in k.points), k.strength,
              k.ref) for k in drawing.links],
        [Caption(c.text, c.x + dx, c.y + dy, c.count) for c in drawing.captions],
        drawing.width + dx, drawing.height + dy)


def _border(box: Box, toward: Point) -> Point:
    """Where the line from `box`'s centre toward `toward` leaves the box."""
    dx, dy = toward[0] - box.cx, toward[1] - box.cy
    if dx == 0 and dy == 0:
        return box.cx, box.y
    scale = min(box.w / 2 / abs(dx) if dx else math.inf, box.h / 2 / abs(dy) if dy else math.inf)
    return box.cx + dx * scale, box.cy + dy * scale


#: How far an influence curve bows out, as shares of its length, in the order tried.
BOWS = (0.22, -0.22, 0.4, -0.4)


def _curve(a: Box, b: Box, boxes: Sequence[Box] = ()) -> tuple[Point, Point, Point]:
    """A quadratic curve from `a`'s border to `b`'s, bowed to the side where it passes
    under the fewest other boxes (a curve hidden under a box would read as an arrow
    to someone else). Between two boxes one above the other, an arc out of their sides
    comes first: a curve across the narrow gap between them would be a stub beside
    their reporting line, its direction hard to see."""
    dx, dy = b.cx - a.cx, b.cy - a.cy
    length = math.hypot(dx, dy) or 1.0
    tries: list[tuple[Point, Point, Point]] = []
    if a.x < b.x + b.w and b.x < a.x + a.w and (a.y + a.h < b.y or b.y + b.h < a.y):
        bow = max(34.0, abs(dy) * 0.45)
        right = max(a.x + a.w, b.x + b.w) + bow
        left = min(a.x, b.x) - bow
        middle = (a.cy + b.cy) / 2
        tries.append(((a.x + a.w, a.cy), (right, middle), (b.x + b.w, b.cy)))
        tries.append(((a.x, a.cy), (left, middle), (b.x, b.cy)))
    for share in BOWS:
        bow = math.copysign(max(26.0, length * abs(share)), share)
        control = ((a.cx + b.cx) / 2 + dy / length * bow,
                   (a.cy + b.cy) / 2 - dx / length * bow)
        tries.append((_border(a, control), control, _border(b, control)))
    best: tuple[int, tuple[Point, Point, Point]] | None = None
    others = [x for x in boxes if x is not a and x is not b]
    for curve in tries:
        hidden = _hidden(curve, others, best[0] if best is not None else 99)
        if best is None or hidden < best[0]:
            best = (hidden, curve)
        if hidden == 0:
            break
    assert best is not None
    return best[1]


def _hidden(curve: tuple[Point, Point, Point], boxes: Sequence[Box], enough: int) -> int:
    """How many of 16 points along `curve` lie under one of `boxes` (counting stops at
    `enough`: a curve as hidden as the best one so far is not taken anyway)."""
    (x0, y0), (x1, y1), (x2, y2) = curve
    lo_x, hi_x = min(x0, x1, x2), max(x0, x1, x2)
    lo_y, hi_y = min(y0, y1, y2), max(y0, y1, y2)
    near = [b for b in boxes
            if b.x <= hi_x and b.x + b.w >= lo_x and b.y <= hi_y and b.y + b.h >= lo_y]
    if not near:
        return 0
    rects = [(b.x - 3, b.x + b.w + 3, b.y - 3, b.y + b.h + 3) for b in near]
    count = 0
    for t in _STEPS:
        u = 1 - t
        px = u * u * x0 + 2 * u * t * x1 + t * t * x2
        py = u * u * y0 + 2 * u * t * y1 + t * t * y2
        for left, right, top, bottom in rects:
            if left <= px <= right and top <= py <= bottom:
                count += 1
                if count >= enough:
                    return count
                break
    return count


_STEPS = tuple(step / 17 for step in range(1, 17))


def overlaps(boxes: Sequence[Box]) -> list[tuple[str, str]]:
    """Pairs of boxes that overlap (the company shown appears in its group and above its
    people, as two boxes that never overlap either)."""
    out: list[tuple[str, str]] = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if (a.x < b.x + b.w and b.x < a.x + a.w and a.y < b.y + b.h and b.y < a.y + a.h):
                out.append((a.node.id, b.node.id))
    return out


def crossings(drawing: Drawing) -> list[tuple[int, str]]:
    """Straight-line links (all but influence) that run through a box they do not join:
    (link index, the box's node id). The layout promises none."""
    out: list[tuple[int, str]] = []
    for n, link in enumerate(drawing.links):
        if link.kind == "influences":
            continue
        for i, box in enumerate(drawing.boxes):
            if i in (link.a, link.b):
                continue
            inner = Box(box.node, box.x + 1, box.y + 1, box.w - 2, box.h - 2)
            if any(_segment_hits(p, q, inner) for p, q in zip(link.points, link.points[1:],
                                                                strict=False)):
                out.append((n, box.node.id))
    return out


def _segment_hits(p: Point, q: Point, box: Box) -> bool:
    """Whether the segment p-q (horizontal or vertical, as routes are) enters `box`."""
    (x1, y1), (x2, y2) = p, q
    lo_x, hi_x, lo_y, hi_y = min(x1, x2), max(x1, x2), min(y1, y2), max(y1, y2)
    return lo_x <= box.x + box.w and hi_x >= box.x and lo_y <= box.y + box.h and hi_y >= box.y
