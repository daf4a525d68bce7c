"""Graph layout and card field rules (pure domain)."""

from __future__ import annotations

import pytest

from crmdesk.domain.account_fields import check_field
from crmdesk.domain.graph_layout import Node, label_width, layout, overlaps


def _people(n: int) -> list[Node]:
    names = ["Li Wei · 采购经理", "Sarah Chen · CFO", "נועה כהן · CTO", "James Green · Engineer"]
    return [Node(f"p{i}", f"{names[i % 4]} {i}", "contact") for i in range(n)]


@pytest.mark.parametrize("width", [60.0, 100.0, 150.0])
def test_sixty_people_and_related_companies_never_overlap(width: float) -> None:
    people = _people(60)
    reports = {f"p{i}": f"p{(i - 1) // 3}" for i in range(1, 60)}  # a deep, wide tree
    related = [Node(f"r{i}", f"Related company {i} (customer)", "related", "customer")
               for i in range(8)]
    placed = layout(Node("a", "深圳市腾飞科技有限公司", "account"), people, reports, related,
                    width)
    assert len(placed) == 69
    assert overlaps(placed) == []


def test_layout_is_deterministic_and_top_down() -> None:
    people = _people(10)
    reports = {f"p{i}": "p0" for i in range(1, 10)}
    first = layout(Node("a", "Acme", "account"), people, reports, [])
    again = layout(Node("a", "Acme", "account"), list(reversed(people)), reports, [])
    assert first == again
    y = {p.node.id: p.y for p in first}
    assert y["a"] > y["p0"] > y["p1"]  # the account, then the boss, then the team


def test_reporting_loops_do_not_lose_people() -> None:
    people = _people(3)
    loop = {"p0": "p1", "p1": "p2", "p2": "p0"}
    placed = layout(Node("a", "Acme", "account"), people, loop, [])
    assert {p.node.id for p in placed} == {"a", "p0", "p1", "p2"}
    assert overlaps(placed) == []


def test_wide_characters_count_double() -> None:
    assert label_width("腾飞") == label_width("abcd")


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
