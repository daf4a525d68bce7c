"""The 80/20 rule: ranking, cumulative shares, which accounts are key, bands of accounts."""

from __future__ import annotations

import pytest

from crmdesk.domain.pareto import bands, key_count, rank


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
