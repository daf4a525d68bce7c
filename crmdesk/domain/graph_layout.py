"""Deterministic layout of an account's relationship graph.

People are laid out top-down by who reports to whom; related companies stand in a
column to the right, grouped by how they relate. Positions are in label-width units
so the view can scale them; nodes on a row are spaced by their labels' widths, so
labels never overlap, and wide rows wrap.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

#: Width of one character of a label, in layout units (a wide CJK character counts 2).
CHAR = 1.0
GAP = 4.0
ROW = 6.0
MAX_ROW_WIDTH = 150.0


@dataclass(frozen=True, slots=True)
class Node:
    id: str
    label: str
    kind: str  # "account", "contact" or "related"
    group: str = ""  # for related accounts: "parent company", "customer", ...


@dataclass(frozen=True, slots=True)
class Placed:
    node: Node
    x: float
    y: float
    width: float


def label_width(text: str) -> float:
    return sum(2 * CHAR if ord(ch) > 0x2E80 else CHAR for ch in text) + 2


def _row(nodes: Sequence[Node], y: float, centre: float,
         max_width: float) -> tuple[list[Placed], float]:
    """Place nodes on rows starting at y, wrapping wide rows; returns placed and next y."""
    placed: list[Placed] = []
    line: list[Node] = []
    widths: list[float] = []

    def flush(at: float) -> None:
        total = sum(widths) + GAP * (len(widths) - 1)
        x = centre - total / 2
        for node, width in zip(line, widths, strict=True):
            placed.append(Placed(node, x + width / 2, at, width))
            x += width + GAP
        line.clear()
        widths.clear()

    for node in nodes:
        width = label_width(node.label)
        if line and sum(widths) + GAP * len(widths) + width > max_width:
            flush(y)
            y -= ROW
        line.append(node)
        widths.append(width)
    if line:
        flush(y)
        y -= ROW
    return placed, y


def layout(account: Node, people: Sequence[Node], reports_to: dict[str, str],
           related: Sequence[Node], max_width: float = MAX_ROW_WIDTH) -> list[Placed]:
    """Positions for every node. `reports_to` maps a person's id to their manager's id;
    rows of people wrap at `max_width` (related companies take a column beside them)."""
    people_width = max_width * 0.62 if related else max_width
    ids = {p.id for p in people}
    children: dict[str | None, list[Node]] = defaultdict(list)
    for person in sorted(people, key=lambda p: (p.label, p.id)):
        boss = reports_to.get(person.id)
        children[boss if boss in ids else None].append(person)

    placed, y = _row([account], 0.0, 0.0, people_width)
    level = children[None]
    seen: set[str] = set()
    while level:
        level = [p for p in level if p.id not in seen]
        seen.update(p.id for p in level)
        row, y = _row(level, y, 0.0, people_width)
        placed += row
        # the next level in the order of their managers, so lines cross as little as can be
        level = [child for p in level for child in children.get(p.id, [])]

    # people caught in a reporting loop are placed last rather than lost
    rest = [p for p in people if p.id not in seen]
    if rest:
        row, y = _row(sorted(rest, key=lambda p: p.label), y, 0.0, people_width)
        placed += row

    if related:
        right = max(p.x + p.width / 2 for p in placed) + GAP * 4
        width = max(label_width(r.label) for r in related)
        ry = 0.0
        for group in sorted({r.group for r in related}):
            for node in sorted((r for r in related if r.group == group),
                               key=lambda r: (r.label, r.id)):
                placed.append(Placed(node, right + width / 2, ry, label_width(node.label)))
                ry -= ROW / 2
            ry -= ROW / 2
    return placed


def overlaps(placed: Sequence[Placed], height: float = ROW / 2) -> list[tuple[str, str]]:
    """Pairs of nodes whose label boxes overlap (for tests and for a debug check)."""
    out: list[tuple[str, str]] = []
    for i, a in enumerate(placed):
        for b in placed[i + 1:]:
            if abs(a.x - b.x) < (a.width + b.width) / 2 and abs(a.y - b.y) < height:
                out.append((a.node.id, b.node.id))
    return out
