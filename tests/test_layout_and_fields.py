"""Graph layout and card field rules (pure domain)."""

from __future__ import annotations

import pytest

from crmdesk.domain.account_fields import check_field
from crmdesk.domain.graph_layout import (
    Box,
    Graph,
    Influence,
    Member,
    Node,
    Related,
    crossings,
    estimate,
    layout,
    overlaps,
)


def _people(n: int) -> list[Node]:
    names = ["Li Wei", "Sarah Chen", "נועה כהן", "James Green"]
    titles = ["采购经理", "CFO", "CTO", "Engineer"]
    return [Node(f"p{i}", f"{names[i % 4]} {i}", "contact", titles[i % 4]) for i in range(n)]


def _big(n: int = 40) -> Graph:
    """A company of `n` people (a deep, wide tree), influence across it, a group three
    levels deep and a column of related companies."""
    people = _people(n)
    reports = {f"p{i}": f"p{(i - 1) // 4}" for i in range(1, n)}
    influences = [Influence(f"p{i}", f"p{(i * 7) % n}", 1 + i % 5, f"i{i}")
                  for i in range(1, n, 3) if i != (i * 7) % n]
    related = [Related(Node(f"r{i}", f"Related company {i}", "related", kind, kind), f"l{i}")
               for i, kind in enumerate(["customer", "supplier", "partner"] * 3)]
    group = [Member(Node("top", "Holding Group", "company"), None),
             Member(Node("a", "深圳市腾飞科技有限公司", "account"), "top", "g1"),
             Member(Node("s1", "Sister Co", "company"), "top", "g2"),
             Member(Node("c1", "Daughter One", "company"), "a", "g3"),
             Member(Node("c2", "Daughter Two", "company"), "a", "g4"),
             Member(Node("gc", "Granddaughter", "company"), "c1", "g5")]
    return Graph(Node("a", "深圳市腾飞科技有限公司", "account"), people, reports, influences,
                 related, group)


@pytest.mark.parametrize("width", [400.0, 700.0, 1200.0])
def test_forty_people_group_and_related_never_overlap_nor_cross(width: float) -> None:
    drawing = layout(_big(), max_width=width)
    assert len(drawing.boxes) == 40 + 9 + 6 + 1  # the company shown twice
    assert overlaps(drawing.boxes) == []
    assert crossings(drawing) == []  # no line runs under a box it does not join
    for box in drawing.boxes:  # everything inside the drawing
        assert box.x >= 0 and box.y >= 0
        assert box.x + box.w <= drawing.width and box.y + box.h <= drawing.height
    kinds = {link.kind for link in drawing.links}
    assert kinds == {"reports_to", "works_at", "influences", "parent", "trade", "partner"}
    # stacked reports keep a 40-person company from running off sideways
    assert drawing.width < 2.2 * drawing.height


def test_group_runs_top_down_and_links_carry_what_removes_them() -> None:
    drawing = layout(_big())
    at = {b.node.id: b for b in drawing.boxes if b.node.kind != "account"}
    mine = [b for b in drawing.boxes if b.node.kind == "account"]
    assert len(mine) == 2 and mine[0].y < at["c1"].y < at["gc"].y  # in the group...
    assert at["top"].y < mine[0].y
    assert mine[1].y < at["p0"].y < at["p1"].y  # ...and above its own people
    parents = {(drawing.boxes[k.a].node.id, drawing.boxes[k.b].node.id): k.ref
               for k in drawing.links if k.kind == "parent"}
    assert parents[("a", "c1")] == "g3" and parents[("c1", "gc")] == "g5"
    refs = {k.ref for k in drawing.links if k.kind in ("trade", "partner")}
    assert refs == {f"l{i}" for i in range(9)}


def test_influence_points_from_the_influencer_to_the_influenced() -> None:
    people = _people(2)
    graph = Graph(Node("a", "Acme", "account"), people, {"p1": "p0"},
                  [Influence("p1", "p0", 4, "x")])
    drawing = layout(graph)
    (curve,) = [k for k in drawing.links if k.kind == "influences"]
    source, target = drawing.boxes[curve.a], drawing.boxes[curve.b]
    assert (source.node.id, target.node.id, curve.strength, curve.ref) == ("p1", "p0", 4, "x")
    start, _control, end = curve.points
    def on_border(box: Box, p: tuple[float, float]) -> bool:
        return (min(abs(p[0] - box.x), abs(p[0] - box.x - box.w)) < 0.01
                or min(abs(p[1] - box.y), abs(p[1] - box.y - box.h)) < 0.01)
    assert on_border(source, start) and on_border(target, end)
    # bowed: it does not run along the reporting line between the same two people
    (line,) = [k for k in drawing.links if k.kind == "reports_to"]
    assert abs(_control[0] - line.points[0][0]) > 20


def test_layout_is_deterministic_and_top_down() -> None:
    people = _people(10)
    reports = {f"p{i}": "p0" for i in range(1, 10)}
    first = layout(Graph(Node("a", "Acme", "account"), people, reports))
    again = layout(Graph(Node("a", "Acme", "account"), list(reversed(people)), reports))
    assert first == again
    y = {b.node.id: b.y for b in first.boxes}
    assert y["a"] < y["p0"] < y["p1"]  # the account, then the boss, then the team


def test_reporting_loops_do_not_lose_people() -> None:
    people = _people(3)
    loop = {"p0": "p1", "p1": "p2", "p2": "p0"}
    drawing = layout(Graph(Node("a", "Acme", "account"), people, loop))
    assert {b.node.id for b in drawing.boxes} == {"a", "p0", "p1", "p2"}
    assert overlaps(drawing.boxes) == []


def test_wide_characters_count_double() -> None:
    assert estimate(Node("x", "腾飞", "contact"))[0] > estimate(Node("y", "ab", "contact"))[0]


@pytest.mark.parametrize(
    ("field", "raw", "value", "problem", "derived"),
    [
        ("name", "  Acme Ltd. ", "Acme Ltd.", None, {"name_key": "acme"}),
        ("name", " ", None, "A company needs a name.", None),
        ("website", "www.acme.com", "www.acme.com", None, {"domain": "acme.com"}),
        ("website", "acme", None, "is not a web address", None),
        ("website", "", None, None, {"domain": None}),
        ("phone", "021 6234 5678", "021 6234 5678", None, {"phone_e164": "+862162345678"}),
        ("phone", "123", None, "wrong number of digits", None),
        ("scale", "200-999", "200-999", None, None),
        ("scale", "lots", None, "must be one of", None),
        ("region", "Zhejiang", "Zhejiang", None, None),
        ("owner_id", "x", None, "cannot be edited here", None),
    ],
)
def test_check_field(field: str, raw: str, value: str | None, problem: str | None,
                     derived: dict[str, str | None] | None) -> None:
    checked = check_field(field, raw, "CN")
    assert checked.value == value
    assert (checked.problem is None) if problem is None else (problem in (checked.problem or ""))
    assert checked.derived == derived
