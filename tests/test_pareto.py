"""The 80/20 rule as the review uses it (crmdesk.domain.pareto.ranking and
ranking_bands, crmdesk.store.review.value): cumulative shares, which accounts are key,
bands of accounts."""

from __future__ import annotations

import random
from fractions import Fraction

import pytest

from crmdesk.domain.pareto import KEY_SHARE, Ranking, ranking, ranking_bands


def _ranked(pairs: list[tuple[str, int]]) -> Ranking[str]:
    """`pairs` (item, amount > 0) largest first, as the review hands them to `ranking`."""
    ordered = sorted(pairs, key=lambda p: -p[1])
    return ranking([p[0] for p in ordered], [p[1] for p in ordered])


def _keys(ranked: Ranking[str]) -> list[str]:
    return list(ranked.items[:ranked.keys])


def test_ranked_largest_first_with_shares_adding_up() -> None:
    ranked = _ranked([("c", 10), ("a", 60), ("b", 30)])
    assert list(ranked.items) == ["a", "b", "c"]
    assert ranked.shares() == [0.6, 0.3, 0.1]
    assert ranked.cumulative() == pytest.approx([0.6, 0.9, 1.0])
    assert ranked.cumulative()[-1] == 1.0 and ranked.total == 100


def test_key_accounts_run_to_the_row_that_reaches_80_percent_included() -> None:
    # 60 -> 60%, +30 -> 90%: the second row reaches 80%, so it is key; the third is not
    assert _keys(_ranked([("a", 60), ("b", 30), ("c", 10)])) == ["a", "b"]
    # exactly 80% on the second row: reached there, the third is not key
    assert _keys(_ranked([("a", 50), ("b", 30), ("c", 20)])) == ["a", "b"]
    # one account above 80% is the only key account
    assert _keys(_ranked([("a", 81), ("b", 19)])) == ["a"]
    # 79.9% after the first: the next one is needed
    assert _keys(_ranked([("a", 799), ("b", 101), ("c", 100)])) == ["a", "b"]


def test_a_single_account_is_all_of_it_and_key() -> None:
    only = _ranked([("solo", 12_345)])
    assert (only.shares(), only.cumulative(), only.key_flags(True, False)) == (
        [1.0], [1.0], [True])


def test_ties_share_the_key_flag() -> None:
    # four equal accounts: 75% after three, so the fourth (reaching 100%) is key too
    assert _ranked([("d", 5), ("c", 5), ("b", 5), ("a", 5)]).keys == 4
    # five equal: the fourth reaches 80% exactly; the fifth paid the same, so is key too
    assert _ranked([(name, 5) for name in "abcde"]).keys == 5
    # 70 + 10 reaches 80% (of 95); the other 10 is tied with it, so key; the 5 is not
    assert _keys(_ranked([("a", 70), ("b", 10), ("c", 10), ("d", 5)])) == ["a", "b", "c"]


def test_cumulative_shares_are_exact_sums_not_float_drift() -> None:
    ranked = _ranked([(str(i), 1) for i in range(10)])
    assert ranked.cumulative() == [n / 10 for n in range(1, 11)]
    # 0.7 + 0.1 is 0.7999999999999999 in floats: 70 + 10 of 100 reaches 80% all the same
    assert _keys(_ranked([("a", 70), ("b", 10), ("c", 9), ("d", 6), ("e", 5)])) == ["a", "b"]


def test_bands_cut_the_ranking_into_equal_numbers_of_accounts() -> None:
    ranked = _ranked([(str(i), 1000 - i) for i in range(100)])
    cut = ranking_bands(ranked)
    assert len(cut) == 20 and all(len(b.items) == 5 for b in cut)
    assert [b.label for b in cut[:3]] == ["Top 5%", "5–10%", "10–15%"]
    assert cut[-1].label == "95–100%"
    assert cut[0].items == ("0", "1", "2", "3", "4")
    assert sum(b.amount for b in cut) == ranked.total
    assert cut[-1].cumulative == pytest.approx(1.0)
    assert sum(b.keys for b in cut) == ranked.keys
    # each band's cumulative share is the ranking's at the band's last account
    cumulative = ranked.cumulative()
    for b in cut:
        assert b.cumulative == pytest.approx(cumulative[list(ranked.items).index(b.items[-1])])


def test_fewer_accounts_than_bands_leave_no_empty_band() -> None:
    cut = ranking_bands(_ranked([("a", 3), ("b", 2), ("c", 1)]))
    assert [b.items for b in cut] == [("a",), ("b",), ("c",)]
    assert [b.amount for b in cut] == [3, 2, 1]


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
    say what the rule says of each row, and the bands add up the rows they hold."""
    rng = random.Random(seed)
    amounts = sorted((rng.choice([1, 2, 5, 10, 50, rng.randint(1, 10**6)])
                      for _ in range(rng.randint(1, 300))), reverse=True)
    items = [f"a{i}" for i in range(len(amounts))]
    ranked = ranking(items, amounts)
    shares, cumulative, keys = _rule(amounts)
    assert ranked.shares() == shares and ranked.cumulative() == cumulative
    assert ranked.key_flags(True, False) == keys and ranked.keys == sum(keys)
    assert ranked.total == sum(amounts) and len(ranked) == len(amounts)
    for count in (3, 7, 20):
        cut = ranking_bands(ranked, count)
        assert [i for b in cut for i in b.items] == items
        starts = [items.index(b.items[0]) for b in cut]
        assert [b.keys for b in cut] == [sum(keys[start:start + len(b.items)])
                                         for start, b in zip(starts, cut, strict=True)]
        assert [b.amount for b in cut] == [sum(amounts[start:start + len(b.items)])
                                           for start, b in zip(starts, cut, strict=True)]
        assert [b.cumulative for b in cut] == [cumulative[start + len(b.items) - 1]
                                               for start, b in zip(starts, cut, strict=True)]


def test_an_empty_ranking_has_no_rows_and_no_bands() -> None:
    ranked = ranking([], [])
    assert (len(ranked), ranked.total, ranked.keys, ranked.shares()) == (0, 0, 0, [])
    assert ranking_bands(ranked) == []
