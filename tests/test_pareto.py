"""The 80/20 rule: ranking, cumulative shares, which accounts are key, bands of accounts."""

from __future__ import annotations

import random
from fractions import Fraction

import pytest

from crmdesk.domain.pareto import (
    KEY_SHARE,
    bands,
    key_count,
    rank,
    ranking,
    ranking_bands,
)


def _keys(ranked: list) -> list[str]:
    return [r.item for r in ranked if r.key]


def test_ranked_largest_first_with_shares_adding_up() -> None:
    ranked = rank([("c", 10), ("a", 60), ("b", 30)])
    assert [r.item for r in ranked] == ["a", "b", "c"]
    assert [r.share for r in ranked] == [0.6, 0.3, 0.1]
    assert [r.cumulative for r in ranked] == pytest.approx([0.6, 0.9, 1.0])
    assert ranked[-1].cumulative == 1.0


def test_key_accounts_run_to_the_row_that_reaches_80_percent_included() -> None:
    # 60 -> 60%, +30 -> 90%: the second row reaches 80%, so it is key; the third is not
    assert _keys(rank([("a", 60), ("b", 30), ("c", 10)])) == ["a", "b"]
    # exactly 80% on the second row: reached there, the third is not key
    assert _keys(rank([("a", 50), ("b", 30), ("c", 20)])) == ["a", "b"]
    # one account above 80% is the only key account
    assert _keys(rank([("a", 81), ("b", 19)])) == ["a"]
    # 79.9% after the first: the next one is needed
    assert _keys(rank([("a", 799), ("b", 101), ("c", 100)])) == ["a", "b"]


def test_a_single_account_is_all_of_it_and_key() -> None:
    [only] = rank([("solo", 12_345)])
    assert (only.share, only.cumulative, only.key) == (1.0, 1.0, True)


def test_ties_are_ordered_by_the_given_order_and_share_the_key_flag() -> None:
    # four equal accounts: 75% after three, so the fourth (reaching 100%) is key too
    assert key_count(rank([("d", 5), ("c", 5), ("b", 5), ("a", 5)])) == 4
    # five equal: the fourth reaches 80% exactly; the fifth paid the same, so is key too
    ranked = rank([(name, 5) for name in "edcba"], order=lambda n: n)
    assert [r.item for r in ranked] == ["a", "b", "c", "d", "e"]
    assert key_count(ranked) == 5
    # 70 + 10 reaches 80% (of 95); the other 10 is tied with it, so key; the 5 is not
    assert _keys(rank([("a", 70), ("b", 10), ("c", 10), ("d", 5)], order=lambda n: n)) == [
        "a", "b", "c"]


def test_no_revenue_is_left_out_and_nothing_is_empty() -> None:
    assert rank([]) == []
    assert [r.item for r in rank([("a", 0), ("b", 3), ("c", -2)])] == ["b"]


def test_cumulative_shares_are_exact_sums_not_float_drift() -> None:
    ranked = rank([(i, 1) for i in range(10)])
    assert [r.cumulative for r in ranked] == [n / 10 for n in range(1, 11)]
    # 0.7 + 0.1 is 0.7999999999999999 in floats: 70 + 10 of 100 reaches 80% all the same
    assert _keys(rank([("a", 70), ("b", 10), ("c", 9), ("d", 6), ("e", 5)])) == ["a", "b"]


def test_bands_cut_the_ranking_into_equal_numbers_of_accounts() -> None:
    ranked = rank([(i, 1000 - i) for i in range(100)])
    cut = bands(ranked)
    assert len(cut) == 20 and all(len(b.items) == 5 for b in cut)
    assert [b.label for b in cut[:3]] == ["Top 5%", "5–10%", "10–15%"]
    assert cut[-1].label == "95–100%"
    assert cut[0].items == (0, 1, 2, 3, 4)
    assert sum(b.amount for b in cut) == sum(r.amount for r in ranked)
    assert cut[-1].cumulative == pytest.approx(1.0)
    assert sum(b.keys for b in cut) == key_count(ranked)
    # each band's cumulative share is the ranking's at the band's last account
    for b in cut:
        last = ranked.index(next(r for r in ranked if r.item == b.items[-1]))
        assert b.cumulative == pytest.approx(ranked[last].cumulative)


def test_fewer_accounts_than_bands_leave_no_empty_band() -> None:
    cut = bands(rank([("a", 3), ("b", 2), ("c", 1)]))
    assert [b.items for b in cut] == [("a",), ("b",), ("c",)]
    assert [b.amount for b in cut] == [3, 2, 1]
    assert bands([]) == []


def _rule(amounts: list[int]) -> tuple[list[float], list[float], list[bool]]:
    """The 80/20 written out row by row (amounts largest first): shares, cumulative
    shares and key flags, in exact fractions turned to floats at the end."""
    total = sum(amounts)
    running, reached, keys, cumulative = 0, None, [], []
    for amount in amounts:
        keys.append(Fraction(running, total) < KEY_SHARE or amount == reached)
        if reached is None and Fraction(running + amount, total) >= KEY_SHARE:
            reached = amount
        running += amount
        cumulative.append(running / total)
    return [a / total for a in amounts], cumulative, keys


@pytest.mark.parametrize("seed", range(40))
def test_the_ranking_as_columns_is_the_rule_row_by_row(seed: int) -> None:
    """Random amounts, many of them equal (ties at the 80% edge included): the columns
    say what the rule says of each row, `rank` makes the same rows, and the bands of
    the columns are those of the rows."""
    rng = random.Random(seed)
    amounts = sorted((rng.choice([1, 2, 5, 10, 50, rng.randint(1, 10**6)])
                      for _ in range(rng.randint(1, 300))), reverse=True)
    items = [f"a{i}" for i in range(len(amounts))]
    ranked = ranking(items, amounts)
    shares, cumulative, keys = _rule(amounts)
    assert ranked.shares() == shares and ranked.cumulative() == cumulative
    assert ranked.key_flags(True, False) == keys and ranked.keys == sum(keys)
    assert ranked.total == sum(amounts) and len(ranked) == len(amounts)
    rows = rank(list(zip(items, amounts, strict=True)))
    assert [(r.item, r.amount, r.share, r.cumulative, r.key) for r in rows] == list(
        zip(items, amounts, shares, cumulative, keys, strict=True))
    assert ranking_bands(ranked) == bands(rows)
    for count in (3, 7, 20):
        cut = ranking_bands(ranked, count)
        assert [i for b in cut for i in b.items] == items
        starts = [items.index(b.items[0]) for b in cut]
        assert [b.keys for b in cut] == [sum(keys[start:start + len(b.items)])
                                         for start, b in zip(starts, cut, strict=True)]
        assert [b.amount for b in cut] == [sum(amounts[start:start + len(b.items)])
                                           for start, b in zip(starts, cut, strict=True)]


def test_an_empty_ranking_has_no_rows_and_no_bands() -> None:
    ranked = ranking([], [])
    assert (len(ranked), ranked.total, ranked.keys, ranked.shares()) == (0, 0, 0, [])
    assert ranking_bands(ranked) == []
