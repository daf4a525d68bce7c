"""Money as people type it, read by one rule for every form (targets, channel costs)."""

from __future__ import annotations

import pytest

from crmdesk.domain.currencies import parse_money


@pytest.mark.parametrize(("typed", "currency", "minor"), [
    ("12,000", "CNY", 1_200_000), ("¥80,000.50", "CNY", 8_000_050),
    ("1250000 CNY", "cny", 125_000_000), ("  ", "CNY", None), ("", "USD", None),
    ("$1,000.5", "USD", 100_050), ("500", "JPY", 500), ("1.125", "KWD", 1125),
])
def test_what_people_type_is_read(typed: str, currency: str, minor: int | None) -> None:
    assert parse_money(typed, currency) == minor


@pytest.mark.parametrize(("typed", "currency", "said"), [
    ("abc", "CNY", "is not an amount"), ("inf", "CNY", "is not an amount"),
    ("NaN", "CNY", "is not an amount"), ("2.5万", "CNY", "is not an amount"),
    ("1.5", "JPY", "at most 0 decimals"), ("1.005", "CNY", "at most 2 decimals"),
    ("1", "RMB", "not a currency code"),
])
def test_what_is_not_money_says_why(typed: str, currency: str, said: str) -> None:
    with pytest.raises(ValueError, match=said):
        parse_money(typed, currency)
