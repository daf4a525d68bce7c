"""The suggestion rules on hand-made purchase histories: cross-sell's support and
confidence worked out by hand, the segment read (industry, scale, all), the thresholds;
usual repurchase intervals and repeat sales; the next tier; and the words of a loyalty
stage."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest

from crmdesk.domain import suggestions as rules
from crmdesk.domain.suggestions import (
    ALL,
    Associations,
    Bought,
    Kind,
    Product,
    cross_sell,
    segments,
    suggest,
    up_sell,
    usual_intervals,
)
from crmdesk.domain.value import Loyalty

TODAY = date(2026, 11, 25)


def _product(name: str, family: str | None = None, tier: int | None = None,
             price: int = 100_00) -> Product:
    return Product(uuid.uuid5(uuid.NAMESPACE_DNS, name), name, price, "CNY", family, tier)


SEATS, TRAINING, MIGRATION, SUPPORT = (_product(n) for n in (
    "Seats", "Training", "Migration", "Support"))
CATALOG = {p.id: p for p in (SEATS, TRAINING, MIGRATION, SUPPORT)}


def _customers(assoc: Associations, count: int, basket: tuple[Product, ...],
               industry: str | None = "Retail", scale: str | None = "10-49") -> None:
    for _ in range(count):
        assoc.add([p.id for p in basket], segments(industry, scale))


def _retail() -> Associations:
    """20 retail customers: 10 bought Seats, 6 of them Training too; 4 bought Training
    alone; 3 bought Seats and Migration; 3 bought Support alone."""
    assoc = Associations()
    _customers(assoc, 6, (SEATS, TRAINING))
    _customers(assoc, 1, (SEATS,))
    _customers(assoc, 3, (SEATS, MIGRATION))
    _customers(assoc, 4, (TRAINING,))
    _customers(assoc, 3, (SUPPORT,))
    _customers(assoc, 3, (MIGRATION, SUPPORT))
    return assoc


def test_support_and_confidence_are_counted_by_hand() -> None:
    assoc = _retail()
    group = ("industry", "Retail")
    assert assoc.customers[group] == 20
    rules_ = rules.best_rules(assoc, group, [SEATS.id])
    # Seats -> Training: 6 of the 10 who bought Seats (0.6); 6 of 20 bought both (0.3)
    training = rules_[TRAINING.id]
    assert (training.both, training.having, training.customers) == (6, 10, 20)
    assert training.confidence == pytest.approx(0.6)
    assert training.support == pytest.approx(0.3)
    # Seats -> Migration: 3 of 10, support 3/20
    migration = rules_[MIGRATION.id]
    assert (migration.confidence, migration.support) == (pytest.approx(0.3),
                                                         pytest.approx(0.15))
    assert SUPPORT.id not in rules_  # nobody bought it with Seats
    found = cross_sell(assoc, segments("Retail", "10-49"), [SEATS.id], CATALOG)
    assert [(s.product, s.kind) for s in found] == [("Training", Kind.CROSS_SELL),
                                                    ("Migration", Kind.CROSS_SELL)]
    assert found[0].support == pytest.approx(0.3)
    assert found[0].confidence == pytest.approx(0.6)
    assert found[0].because_of == SEATS.id
    assert found[0].reason == ("60% of customers in Retail who bought Seats also bought "
                               "Training (6 of 10; support 30.0% of 20)")


def test_the_strongest_rule_names_the_product_and_weak_rules_are_not_offered() -> None:
    assoc = _retail()
    group = ("industry", "Retail")
    # owning Seats and Support: Migration is reached from Support (3 of 6 = 0.5) rather
    # than from Seats (0.3)
    best = rules.best_rules(assoc, group, [SEATS.id, SUPPORT.id])
    assert best[MIGRATION.id].antecedent == SUPPORT.id
    assert best[MIGRATION.id].confidence == pytest.approx(0.5)
    # Training -> Seats: 6 of 10 (0.6); Training -> nothing else
    assert set(rules.best_rules(assoc, group, [TRAINING.id])) == {SEATS.id}
    # too few customers behind a rule: two who bought both are not enough
    small = Associations()
    _customers(small, 2, (SEATS, TRAINING))
    _customers(small, 18, (SUPPORT,))
    assert rules.best_rules(small, group, [SEATS.id]) == {}
    # too weak: 3 of 20 who bought Seats also bought Training (0.15 < 0.2)
    weak = Associations()
    _customers(weak, 3, (SEATS, TRAINING))
    _customers(weak, 17, (SEATS,))
    assert rules.best_rules(weak, group, [SEATS.id]) == {}


def test_too_few_customers_in_the_industry_reads_the_scale_then_everyone() -> None:
    assoc = _retail()  # 20 retail customers of 10-49 employees
    _customers(assoc, 5, (SEATS, SUPPORT), industry="Energy", scale="10-49")
    # Energy has 5 customers: the scale's 25 are read instead
    assert assoc.segment_for(segments("Energy", "10-49")) == ("scale", "10-49")
    found = cross_sell(assoc, segments("Energy", "10-49"), [SEATS.id], CATALOG)
    assert found[0].reason.startswith("40% of customers of 10-49 employees who bought Seats")
    # an unknown scale and a small industry: all customers
    assert assoc.segment_for(segments("Energy", "5000+")) == ALL
    assert assoc.segment_for(segments(None, None)) == ALL
    assert cross_sell(assoc, segments("Energy", "5000+"), [SEATS.id], CATALOG)[0].reason \
        .startswith("40% of all customers who bought Seats")
    # a product no longer offered is never named
    assert [s.product for s in cross_sell(assoc, segments("Retail", None), [SEATS.id],
                                          {SEATS.id: SEATS, MIGRATION.id: MIGRATION})] \
        == ["Migration"]


def test_usual_intervals_are_the_median_gap_between_one_customers_purchases() -> None:
    day = TODAY - timedelta(days=1000)
    history = [
        ("a", SUPPORT.id, day), ("a", SUPPORT.id, day + timedelta(days=360)),
        ("a", SUPPORT.id, day + timedelta(days=720)),
        ("b", SUPPORT.id, day), ("b", SUPPORT.id, day + timedelta(days=400)),
        ("b", SUPPORT.id, day + timedelta(days=400)),  # the same day twice: one purchase
        ("c", SUPPORT.id, day),  # bought once
        ("a", SEATS.id, day), ("a", SEATS.id, day + timedelta(days=30)),
        ("b", SEATS.id, day), ("b", SEATS.id, day + timedelta(days=30)),
    ]
    found = usual_intervals(history)
    # gaps 360, 360 (a) and 400 (b): the median is 360; 2 of its 3 buyers bought again
    assert found[SUPPORT.id] == rules.Interval(360, 3, pytest.approx(2 / 3))
    assert SEATS.id not in found  # two repurchases are too few to say what is usual
    # bought again by few of its buyers: no usual interval, however many gaps
    rare = history + [(f"x{n}", SUPPORT.id, day) for n in range(10)]
    assert SUPPORT.id not in usual_intervals(rare)


def test_a_repeat_sale_is_due_once_the_usual_interval_has_passed() -> None:
    intervals = {SUPPORT.id: rules.Interval(360, 12, 0.5)}
    bought = [Bought(SUPPORT.id, TODAY - timedelta(days=700), 2),
              Bought(SUPPORT.id, TODAY - timedelta(days=365), 3),
              Bought(SEATS.id, TODAY - timedelta(days=900))]  # no usual interval
    (due,) = rules.repeat_sale(CATALOG, bought, intervals, TODAY)
    assert (due.kind, due.product, due.quantity, due.unit_price) == (
        Kind.REPEAT, "Support", 3, 100_00)
    assert due.reason == (f"last bought 365 days ago ({(TODAY - timedelta(days=365))}); "
                          "50% of its buyers buy it again, usually after 360 days (median "
                          "of 12 repurchases)")
    recent = [Bought(SUPPORT.id, TODAY - timedelta(days=359))]
    assert rules.repeat_sale(CATALOG, recent, intervals, TODAY) == []


def test_up_sell_offers_the_next_tier_above_the_highest_owned() -> None:
    basic, pro, enterprise = (_product(n, "CRM", t) for n, t in (
        ("CRM Basic", 1), ("CRM Pro", 2), ("CRM Enterprise", 4)))
    lone = _product("Gateway", "Gateways", 1)
    catalog = {p.id: p for p in (basic, pro, enterprise, lone, SEATS)}
    day = TODAY - timedelta(days=10)
    (step,) = up_sell(catalog, [Bought(basic.id, day, 7), Bought(SEATS.id, day),
                                Bought(lone.id, day)])
    assert (step.kind, step.product, step.quantity, step.because_of) == (
        Kind.UP_SELL, "CRM Pro", 7, basic.id)
    assert step.reason == "has CRM Basic (tier 1 of CRM); the next tier is CRM Enterprise" \
        .replace("CRM Enterprise", "CRM Pro")
    # the highest owned counts, and a missing tier is stepped over (2 -> 4)
    (step,) = up_sell(catalog, [Bought(basic.id, day), Bought(pro.id, day)])
    assert step.product == "CRM Enterprise"
    assert up_sell(catalog, [Bought(enterprise.id, day)]) == []  # the top tier


def test_suggest_names_each_product_once_repeat_first() -> None:
    plus = _product("Support Plus", "Support", 2)
    support = Product(SUPPORT.id, "Support", 100_00, "CNY", "Support", 1)
    catalog = {**CATALOG, SUPPORT.id: support, plus.id: plus}
    assoc = _retail()
    intervals = {SUPPORT.id: rules.Interval(300, 10, 0.4),
                 TRAINING.id: rules.Interval(30, 10, 0.4)}
    bought = [Bought(SUPPORT.id, TODAY - timedelta(days=400)),
              Bought(SEATS.id, TODAY - timedelta(days=400))]
    found = suggest(catalog, bought, assoc, segments("Retail", "10-49"), intervals, TODAY)
    assert [(s.kind, s.product) for s in found] == [
        (Kind.REPEAT, "Support"), (Kind.UP_SELL, "Support Plus"),
        (Kind.CROSS_SELL, "Training"), (Kind.CROSS_SELL, "Migration")]
    assert len({s.product_id for s in found}) == len(found)
    assert rules.deal_name(found[1]) == "Up-sell: Support Plus"
    # nothing bought: nothing to say
    assert suggest(catalog, [], assoc, segments("Retail", None), intervals, TODAY) == []


@pytest.mark.parametrize(("stage", "purchases", "referrals", "words"), [
    (Loyalty.ADVOCACY, 3, 2, "3 purchases and referred 2 companies to us"),
    (Loyalty.ADVOCACY, 2, 1, "2 purchases and referred 1 company to us"),
    (Loyalty.REPEAT_PURCHASE, 2, 0, "2 purchases so far; a referral would make it an "
                                    "advocate"),
    (Loyalty.FIRST_PURCHASE, 1, 3, "1 purchase so far; a second makes it a repeat customer"),
    (Loyalty.EXPECTATION, 0, 0, "a two-way conversation, no purchase yet"),
    (Loyalty.SUSPICION, 0, 0, "no two-way conversation and no purchase yet"),
])
def test_a_loyalty_stage_says_why(stage: Loyalty, purchases: int, referrals: int,
                                  words: str) -> None:
    assert rules.loyalty_reason(stage, purchases, referrals) == words


def test_the_quantity_offered_is_what_the_account_usually_buys() -> None:
    """One odd order among the usual ones does not set the quantity of what is offered
    next: the repeat sale and the up-sell offer the median of its purchases (of two, the
    larger); a product new to it, one."""
    intervals = {SUPPORT.id: rules.Interval(360, 12, 0.5)}
    days = (900, 700, 500, 380)
    bought = [Bought(SUPPORT.id, TODAY - timedelta(days=d), q)
              for d, q in zip(days, (2, 2, 40, 2), strict=True)]
    (due,) = rules.repeat_sale(CATALOG, bought, intervals, TODAY)
    assert due.quantity == 2
    assert rules.usual_quantity(bought, SUPPORT.id) == 2
    assert rules.usual_quantity(bought[:3], SUPPORT.id) == 2
    assert rules.usual_quantity(bought[2:], SUPPORT.id) == 40  # of two, the larger
    assert rules.usual_quantity(bought, SEATS.id) == 1  # never bought: one
    assert rules.usual_quantity([Bought(SEATS.id, TODAY, 0)], SEATS.id) == 1
    basic, pro = (_product(n, "CRM", t) for n, t in (("CRM Basic", 1), ("CRM Pro", 2)))
    catalog = {p.id: p for p in (basic, pro)}
    (step,) = up_sell(catalog, [Bought(basic.id, TODAY - timedelta(days=d), q)
                                for d, q in ((300, 5), (200, 5), (100, 60))])
    assert (step.product, step.quantity) == ("CRM Pro", 5)
