"""A deal's decision tree laid out (pure domain): people under their nearest manager on
the deal, every person placed once, no box over another, no line under a box, loops in
the reporting lines ending, influence pointing from the influencer to the influenced."""

from __future__ import annotations

import threading

import pytest

from crmdesk.domain.graph_layout import (
    ROLE_WORDS,
    STANCE_WORDS,
    Box,
    DecisionMap,
    Drawing,
    Influence,
    Link,
    Node,
    bosses,
    crossings,
    estimate,
    fit_deal,
    layout_deal,
    overlaps,
    role_line,
)

ROLES = list(ROLE_WORDS)
STANCES = list(STANCE_WORDS)
DEAL = Node("d", "Fleet rollout", "deal", "decision map · Negotiation")


def person(i: int, role: str | None = None, stance: str | None = None) -> Node:
    return Node(f"p{i}", f"Person {i:02d}", "contact", "采购经理" if i % 2 else "CFO",
                role=role or ROLES[i % len(ROLES)], stance=stance or STANCES[i % 3])


def forty() -> DecisionMap:
    """A 40-person deal: a tree four wide, influence across it, seven people alone."""
    people = [person(i) for i in range(40)]
    reports = {f"p{i}": f"p{(i - 1) // 4}" for i in range(1, 33)}
    influences = [Influence(f"p{i}", f"p{(i * 7) % 40}", 1 + i % 5, f"i{i}")
                  for i in range(3, 40, 3)]
    return DecisionMap(DEAL, people, reports, influences)


def boxes_of(drawing: Drawing) -> dict[str, Box]:
    found: dict[str, Box] = {}
    for box in drawing.boxes:
        assert box.node.id not in found, f"{box.node.label} drawn twice"
        found[box.node.id] = box
    return found


def sound(drawing: Drawing, people: int) -> dict[str, Box]:
    """Every person once, with the deal; no overlaps, no line under a box, all inside."""
    at = boxes_of(drawing)
    assert len(at) == people + 1 and "d" in at
    assert overlaps(drawing.boxes) == []
    assert crossings(drawing) == []
    for box in drawing.boxes:
        assert box.x >= 0 and box.y >= 0
        assert box.x + box.w <= drawing.width and box.y + box.h <= drawing.height
    for link in drawing.links:
        for x, y in traced(link):
            assert 0 <= x <= drawing.width and 0 <= y <= drawing.height
    return at


def traced(link: Link) -> list[tuple[float, float]]:
    """Points along a link (an influence is a quadratic curve; its control point lies
    further out than the curve goes)."""
    if link.kind != "influences":
        return list(link.points)
    (x0, y0), (x1, y1), (x2, y2) = link.points
    return [((1 - t) ** 2 * x0 + 2 * (1 - t) * t * x1 + t * t * x2,
             (1 - t) ** 2 * y0 + 2 * (1 - t) * t * y1 + t * t * y2)
            for t in (n / 10 for n in range(11))]


@pytest.mark.parametrize("width", [420.0, 760.0, 1300.0])
@pytest.mark.parametrize("beside", [False, True])
def test_forty_people_each_placed_once_without_overlaps(width: float, beside: bool) -> None:
    drawing = layout_deal(forty(), max_width=width, deal_beside=beside)
    at = sound(drawing, 40)
    assert {link.kind for link in drawing.links} >= {"reports_to", "influences"}
    # a manager stands above each report, the deal above (or beside) them all
    for i in range(1, 33):
        assert at[f"p{(i - 1) // 4}"].y + at[f"p{(i - 1) // 4}"].h < at[f"p{i}"].y
    assert at["d"].y <= min(b.y for k, b in at.items() if k != "d")


def test_the_tree_follows_reporting_lines_and_who_decides_first_stands_left() -> None:
    people = [person(0, "user"), person(1, "champion"), person(2, "decision_maker"),
              person(3, "blocker")]
    reports = {"p1": "p0", "p2": "p0", "p3": "p0"}
    drawing = layout_deal(DecisionMap(DEAL, people, reports))
    at = sound(drawing, 4)
    assert at["d"].y < at["p0"].y < at["p1"].y
    # the decision maker, then the champion, then the blocker (by role, not by name)
    assert at["p2"].x < at["p1"].x < at["p3"].x or at["p2"].y < at["p1"].y < at["p3"].y
    lines = {(drawing.boxes[k.a].node.id, drawing.boxes[k.b].node.id)
             for k in drawing.links if k.kind == "reports_to"}
    assert lines == {("p1", "p0"), ("p2", "p0"), ("p3", "p0")}
    # the head of the line hangs from the deal
    assert [(drawing.boxes[k.a].node.id, drawing.boxes[k.b].node.id)
            for k in drawing.links if k.kind == "works_at"] == [("d", "p0")]


def test_a_line_through_people_without_a_role_still_places_the_report_below() -> None:
    # p5 reports to x (not on the deal), x to y (not on it), y to p0
    people = [person(0), person(5)]
    reports = {"p5": "x", "x": "y", "y": "p0"}
    assert bosses({"p0", "p5"}, reports) == {"p5": ("p0", False)}
    drawing = layout_deal(DecisionMap(DEAL, people, reports))
    at = sound(drawing, 2)
    assert at["p0"].y < at["p5"].y
    (line,) = [k for k in drawing.links if k.kind.startswith("reports")]
    assert line.kind == "reports_via"  # drawn apart from a direct line
    assert bosses({"p0", "p5"}, {"p5": "p0"}) == {"p5": ("p0", True)}


@pytest.mark.parametrize("reports", [
    {"p0": "p0"},                                        # one's own manager
    {"p0": "p1", "p1": "p0"},                            # two, each the other's
    {"p0": "p1", "p1": "p2", "p2": "p0", "p3": "p1"},    # a loop with a report
    {"p0": "x", "x": "p1", "p1": "y", "y": "p0"},        # a loop through people off the map
    {"x": "y", "y": "x", "p0": "x"},                     # a loop off the map above someone
])
def test_loops_in_reporting_lines_end_and_lose_no_one(reports: dict[str, str]) -> None:
    people = [person(i) for i in range(4)]
    result: list[Drawing] = []
    worker = threading.Thread(
        target=lambda: result.append(layout_deal(DecisionMap(DEAL, people, reports))),
        daemon=True)
    worker.start()
    worker.join(10)
    assert not worker.is_alive(), "the layout did not end"
    sound(result[0], 4)


def test_people_alone_stand_beside_the_trees_or_in_a_block_below() -> None:
    # room for all: the one alone stands on the trees' row, hanging from the deal too
    few = DecisionMap(DEAL, [person(0), person(1), person(2)], {"p1": "p0"})
    drawing = layout_deal(few, max_width=900)
    at = sound(drawing, 3)
    assert at["p2"].y == at["p0"].y and not drawing.captions
    assert {drawing.boxes[k.b].node.id for k in drawing.links if k.kind == "works_at"} == {
        "p0", "p2"}
    # too many to share the row: a block of their own, named, under the trees
    many = DecisionMap(DEAL, [person(i) for i in range(14)],
                       {"p1": "p0", "p2": "p0", "p3": "p1"})
    drawing = layout_deal(many, max_width=420)
    at = sound(drawing, 14)
    (caption,) = drawing.captions
    assert caption.text == "In no reporting line with the others"  # worded by the window
    tree_bottom = max(at[p].y + at[p].h for p in ("p0", "p1", "p2", "p3"))
    assert tree_bottom < caption.y < min(at[f"p{i}"].y for i in range(4, 14))


def test_influence_points_from_the_influencer_and_arcs_clear_of_the_line() -> None:
    people = [person(0), person(1)]
    drawing = layout_deal(DecisionMap(DEAL, people, {"p1": "p0"},
                                      [Influence("p1", "p0", 4, "ref")]))
    (arrow,) = [k for k in drawing.links if k.kind == "influences"]
    source, target = drawing.boxes[arrow.a], drawing.boxes[arrow.b]
    assert (source.node.id, target.node.id, arrow.strength, arrow.ref) == ("p1", "p0", 4,
                                                                          "ref")
    start, control, end = arrow.points
    # one above the other: out of their sides, well clear of the line between them
    (line,) = [k for k in drawing.links if k.kind == "reports_to"]
    assert abs(control[0] - line.points[0][0]) > 40
    assert start[0] in (source.x, source.x + source.w)
    assert end[0] in (target.x, target.x + target.w)
    assert control[0] > max(source.x + source.w, target.x + target.w) or \
        control[0] < min(source.x, target.x)


def test_an_empty_deal_is_its_box_alone() -> None:
    drawing = layout_deal(DecisionMap(DEAL))
    assert [b.node.id for b in drawing.boxes] == ["d"] and drawing.links == []


def test_a_box_says_role_and_stance_in_words() -> None:
    node = person(0, "decision_maker", "opposes")
    assert role_line(node) == "decision maker · ✗ opposes"
    assert role_line(person(1, "champion", "supports")) == "champion · ✓ supports"
    assert role_line(Node("c", "Someone", "contact")) == ""
    # the box has room for the third line
    assert estimate(node)[1] > estimate(Node("c", "Person 00", "contact", "CFO"))[1]


def test_deal_layout_is_deterministic() -> None:
    deal = forty()
    shuffled = DecisionMap(DEAL, list(reversed(deal.people)), deal.reports_to,
                           list(reversed(deal.influences)))
    assert layout_deal(deal) == layout_deal(shuffled)


@pytest.mark.parametrize("room", [(800.0, 300.0), (260.0, 900.0), (1400.0, 700.0)])
def test_fit_takes_the_arrangement_shown_largest_in_the_room(
        room: tuple[float, float]) -> None:
    chain = DecisionMap(DEAL, [person(i) for i in range(8)],
                        {"p1": "p0", "p2": "p1", "p3": "p2"},
                        [Influence("p3", "p0", 2, "x")])
    widths = (420.0, 760.0, 1300.0)
    fitted = fit_deal(chain, estimate, room, widths)
    sound(fitted, 8)

    def scale(drawing: Drawing) -> float:
        return min(room[0] / drawing.width, room[1] / drawing.height)

    # chosen by the boxes' extent (influence arcs, drawn last, may bow a little wider)
    tried = {(width, beside): (layout_deal(chain, estimate, width, deal_beside=beside),
                               layout_deal(chain, estimate, width, influence=False,
                                           deal_beside=beside))
             for width in widths for beside in (False, True)}
    best = max(scale(plain) for _drawn, plain in tried.values())
    assert any(fitted == drawn and scale(plain) == best for drawn, plain in tried.values())
    assert any(k.kind == "influences" for k in fitted.links)
