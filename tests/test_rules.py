"""Priority, value score, churn, loyalty, custom fields, search text, quick follow-ups."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from crmdesk.domain.activity import ActivityKind, Outcome, is_two_way, quick_follow_up
from crmdesk.domain.custom_fields import validate_custom_fields
from crmdesk.domain.priority import Urgency, queue_key, urgency
from crmdesk.domain.searchtext import fts_query, index_text, phone_terms
from crmdesk.domain.value import (
    SCALES,
    Loyalty,
    Reason,
    ValueInputs,
    Why,
    churn_reasons,
    churn_risk,
    loyalty_stage,
    reason_text,
    reasons_text,
    score_values,
    value_score,
)

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("follow_up", "band"),
    [(date(2026, 11, 24), Urgency.OVERDUE), (TODAY, Urgency.DUE_TODAY),
     (date(2026, 11, 26), Urgency.LATER), (None, Urgency.LATER)],
)
def test_urgency(follow_up: date | None, band: Urgency) -> None:
    assert urgency(follow_up, TODAY) is band


def test_queue_order_overdue_then_today_then_value() -> None:
    rows = [
        ("later-high", date(2026, 12, 1), 90),
        ("today-low", TODAY, 5),
        ("overdue-low", date(2026, 11, 1), 1),
        ("none-mid", None, 50),
        ("overdue-high", date(2026, 11, 20), 70),
    ]
    ordered = sorted(rows, key=lambda r: queue_key(r[1], r[2], r[0], TODAY))
    assert [r[0] for r in ordered] == ["overdue-high", "overdue-low", "today-low",
                                       "later-high", "none-mid"]


def test_value_score_weighs_money_and_explains_itself() -> None:
    big = value_score(ValueInputs(revenue_12m=500_000_00, purchases=4, scale="5000+",
                                  has_key_person=True, days_since_contact=3))
    small = value_score(ValueInputs(scale="1-9"))
    assert big.value > 60 > small.value
    assert big.reasons[0] == Reason(Why.PAID, 500_000_00)
    assert reason_text(big.reasons[0]) == "paid 500,000 in the last 12 months"
    assert Reason(Why.KEY_PERSON) in big.reasons
    assert small.reasons == ()
    silent = value_score(ValueInputs(revenue_12m=10_000_00, days_since_contact=400))
    assert "no contact for 400 days" in map(reason_text, silent.reasons)
    assert 0 <= silent.value <= 100


def test_the_scores_alone_are_the_scores_values() -> None:
    """`score_values` (the review's thousands of scores, without their words) adds up the
    same points as `value_score`: at each revenue and pipeline step's edge (10^k minor
    units and one under), each scale, purchases, contact's and referrals' limits, clamped
    at 0, and the best there is."""
    money = [0, 1, 99_999, *(10**k + d for k in range(5, 13) for d in (-1, 0, 1))]
    accounts = [ValueInputs(revenue, 0, purchases, pipeline, scale, key, days, referrals)
                for revenue in money for pipeline in money[::3]
                for scale in (None, "unknown", *SCALES[::2])
                for purchases, key, referrals in ((0, False, 0), (2, True, 1), (9, True, 3))
                for days in (None, 0, 30, 31, 180, 181)]
    assert len(accounts) > 10_000
    (revenues, _, purchases, pipelines, scales, keys, days, referrals) = zip(*accounts,
                                                                            strict=True)
    assert score_values(revenues, purchases, pipelines, scales, keys, days, referrals) == [
        value_score(a).value for a in accounts]
    assert score_values([0], [0], [0], [None], [False], [400], [0]) == [0]  # -10, clamped
    top = ValueInputs(10**13, 0, 9, 10**13, "5000+", True, 1, 2)  # every point there is
    assert score_values([10**13], [9], [10**13], ["5000+"], [True], [1], [2]) == [
        value_score(top).value] == [100]


def test_an_advocate_scores_higher_than_the_same_customer_that_referred_none() -> None:
    """A referral is business the customer brought us: 5 points each, at most 10, with
    its reason; a company that referred none scores as before."""
    customer = ValueInputs(revenue_12m=50_000_00, purchases=2, scale="50-199",
                           days_since_contact=10)
    alone = value_score(customer)
    one, three = (value_score(customer._replace(referrals=n)) for n in (1, 3))
    assert one.value == alone.value + 5 and three.value == alone.value + 10
    assert "referred 1 company to us" in map(reason_text, one.reasons)
    assert "referred 3 companies to us" in map(reason_text, three.reasons)
    assert not any("referred" in reason_text(reason) for reason in alone.reasons)


def test_scores_and_churn_reasons_as_columns_are_each_accounts() -> None:
    """`score_values` and `churn_reasons` (the review's thousands of customers, given as
    columns) give each account what `value_score` and `churn_risk` give it alone:
    every combination of the edges of each term, recurring values among them."""
    money = [0, 1, 99_999, *(10**k + d for k in (5, 7, 9) for d in (-1, 0, 1))]
    accounts = [ValueInputs(revenue, before, purchases, pipeline, scale, key, days)
                for revenue in money for before in (0, 3, 200_001, 10**9)
                for pipeline in money[::2] for scale in (None, "unknown", *SCALES[::2])
                for purchases, key in ((0, False), (1, 1), (2, True), (9, 0))
                for days in (None, 0, 30, 31, 90, 91, 180, 181)]
    assert len(accounts) > 40_000
    (revenues, befores, purchases, pipelines, scales, keys, days, referrals) = zip(
        *accounts, strict=True)
    assert score_values(revenues, purchases, pipelines, scales, keys, days, referrals) == [
        value_score(a._replace(has_key_person=bool(a.has_key_person))).value
        for a in accounts]
    reasons = churn_reasons(purchases, days, revenues, befores)
    assert reasons == [churn_risk(a).reasons for a in accounts]
    assert sum(map(bool, reasons)) == sum(churn_risk(a).at_risk for a in accounts) > 1000
    assert score_values([], [], [], [], [], [], []) == [] == churn_reasons([], [], [], [])
    assert churn_reasons([2], [120], [100], [1000], silent_days=200) == [
        (Reason(Why.FELL),)]


def test_churn_risk_only_for_paying_customers() -> None:
    assert not churn_risk(ValueInputs(days_since_contact=500)).at_risk
    quiet = churn_risk(ValueInputs(purchases=2, days_since_contact=120))
    assert quiet.at_risk and quiet.reasons == (Reason(Why.SILENT, 120),)
    assert reasons_text(quiet.reasons) == "no contact for 120 days"
    falling = churn_risk(ValueInputs(purchases=3, revenue_12m=100, revenue_prev_12m=1000,
                                     days_since_contact=5))
    assert falling.at_risk and falling.reasons == (Reason(Why.FELL),)
    assert reason_text(falling.reasons[0]) == (
        "purchases fell by more than half against the year before")


@pytest.mark.parametrize(
    ("purchases", "referrals", "engaged", "stage"),
    [(0, 0, False, Loyalty.SUSPICION), (0, 0, True, Loyalty.EXPECTATION),
     (1, 0, True, Loyalty.FIRST_PURCHASE), (3, 0, True, Loyalty.REPEAT_PURCHASE),
     (3, 2, True, Loyalty.ADVOCACY), (1, 2, True, Loyalty.FIRST_PURCHASE)],
)
def test_loyalty(purchases: int, referrals: int, engaged: bool, stage: Loyalty) -> None:
    assert loyalty_stage(purchases, referrals, engaged) is stage


def test_custom_fields_are_checked_per_business_line() -> None:
    assert validate_custom_fields("software", {"seats": 40, "deployment": "cloud"}) == []
    problems = validate_custom_fields("software", {"seats": -1, "deployment": "moon",
                                                   "fleet_size": 3})
    assert problems == ["Seats needed must be a whole number of at least 0.",
                        "Deployment must be one of: cloud, on-premises, hybrid.",
                        "“fleet_size” is not a field of the software line."]
    assert validate_custom_fields("nope", {}) == ["Unknown business line “nope”."]
    assert validate_custom_fields(None, {"seats": 1})


def test_two_way_contact() -> None:
    assert is_two_way(ActivityKind.CALL, Outcome.REACHED)
    assert not is_two_way(ActivityKind.CALL, Outcome.NO_ANSWER)
    assert not is_two_way(ActivityKind.NOTE, Outcome.REACHED)


def test_quick_follow_up_dates() -> None:
    wednesday = date(2026, 11, 25)
    assert quick_follow_up("tomorrow", wednesday) == date(2026, 11, 26)
    assert quick_follow_up("+3d", wednesday) == date(2026, 11, 28)
    assert quick_follow_up("next_week", wednesday) == date(2026, 11, 30)  # Monday
    with pytest.raises(ValueError, match="unknown"):
        quick_follow_up("someday", wednesday)


@pytest.mark.parametrize(
    ("typed", "query"),
    [
        ("acme tr", '"acme"* AND "tr"*'),
        ("5678", '("5678"* OR "r8765"*)'),
        ("+1 (212) 644", '("1212644"* OR "r4462121"*)'),
        ("腾飞", '"腾 飞"'),
        ("腾飞abc", '"腾 飞" "abc"*'),
        ('x"yz', '"yz"*'),
        ("c", None),  # one Latin letter waits for the next
        ("   ", None),
        ("ＡＣＭＥ", '"acme"*'),
    ],
)
def test_fts_query(typed: str, query: str | None) -> None:
    assert fts_query(typed) == query


def test_index_text_and_phone_terms() -> None:
    assert index_text("腾飞Ｔech", None) == " 腾  飞 tech"
    assert phone_terms("138 1234 5678", "+8613812345678", None, "12") == (
        "13812345678 r87654321831 8613812345678 r8765432183168")


def test_scope_rules() -> None:
    import uuid

    from crmdesk.domain.scope import Viewer, may_write, visible

    me, other, team, team_b = (uuid.uuid4() for _ in range(4))
    rep = Viewer(me, "rep", team)
    lead = Viewer(other, "lead", team)
    admin = Viewer(uuid.uuid4(), "admin", None)
    assert visible(rep, me, team) and visible(rep, None, team)  # mine, and my team's pool
    assert not visible(rep, other, team)  # a teammate's own record
    assert not visible(rep, None, team_b)  # another team's pool
    assert not visible(rep, me, team_b)  # own, but left in another team (moved teams)
    assert visible(lead, other, team) and visible(lead, None, team)
    assert not visible(lead, me, team_b)
    assert visible(admin, other, team_b) and visible(rep, None, None)
    assert may_write(rep, (me, team), (None, team)) is None  # release to the pool
    assert may_write(rep, (None, team), (me, team)) is None  # claim from the pool
    assert "another person or team" in (may_write(rep, (me, team), (me, team_b)) or "")
    assert "another person or team" in (may_write(rep, (other, team), (me, team)) or "")
    assert "administrator" in (may_write(rep, None, (None, None)) or "")
    assert may_write(lead, (me, team), (other, team)) is None  # reassign within the team
    assert may_write(admin, (me, team), (other, team_b)) is None


def test_scope_in_sql_says_what_scope_in_python_says(tmp_path: Path) -> None:
    import itertools
    import uuid

    from sqlalchemy import Column, MetaData, Table, Uuid, create_engine, insert, select

    from crmdesk.domain.scope import Viewer, visible
    from crmdesk.server.sync import visible_sql

    me, other, team, team_b = (uuid.uuid4() for _ in range(4))
    rows = Table("rows", MetaData(), Column("n", Uuid, primary_key=True),
                 Column("owner", Uuid), Column("team", Uuid))
    engine = create_engine(f"sqlite:///{tmp_path / 'scope.db'}")
    rows.metadata.create_all(engine)
    pairs = list(itertools.product((me, other, None), (team, team_b, None)))
    with engine.begin() as conn:
        conn.execute(insert(rows), [{"n": uuid.uuid4(), "owner": o, "team": t}
                                    for o, t in pairs])
        for role, viewer_team in itertools.product(("rep", "lead", "admin", "service"),
                                                   (team, None)):
            viewer = Viewer(me, role, viewer_team)
            in_sql = set(conn.execute(select(rows.c.owner, rows.c.team).where(
                visible_sql(viewer, rows.c.owner, rows.c.team))).all())
            assert in_sql == {(o, t) for o, t in pairs if visible(viewer, o, t)}, viewer
