"""The public pool's rules (crmdesk.domain.pool): when an account is due back and why, the
laptop's warning, a return a conversation logged offline undoes, and the claim limits."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import pytest

from crmdesk.domain.lifecycle import Status
from crmdesk.domain.pool import (
    DEFAULT_RULES,
    RETURNS_OFF,
    SUGGESTED_RETURNS,
    ClaimFacts,
    PoolFacts,
    PoolRules,
    Why,
    claim_problem,
    cooling_until,
    days_left,
    due,
    kept_by_talk,
    pool_rule_id,
    return_note,
    rules_problems,
    warned,
    warning_text,
)

RULES = PoolRules(no_contact_days=30, no_deal_days=90, claims_per_day=3, max_open_leads=5,
                  cooling_days=7, warn_days=5)
START = date(2026, 10, 1)


def facts(status: Status = Status.LEAD, *, assigned: date | None = START,
          acquired: date | None = None, talked: datetime | None = None,
          open_deal: bool = False, deal_on: date | None = None) -> PoolFacts:
    return PoolFacts(status, assigned, acquired, talked, open_deal, deal_on)


def test_no_contact_counts_from_the_later_of_assignment_and_the_last_conversation() -> None:
    when = due(RULES, facts())
    assert when is not None and when.on == date(2026, 10, 31) and when.why == Why.NO_CONTACT
    assert "no two-way contact for 30 days (since 2026-10-01)" in when.reason
    later = due(RULES, facts(talked=datetime(2026, 10, 20, 23, 30)))
    assert later is not None and later.on == date(2026, 11, 19)
    # a conversation before the assignment (the previous owner's) does not count
    before = due(RULES, facts(talked=datetime(2026, 9, 1, 9)))
    assert before is not None and before.on == date(2026, 10, 31)


def test_no_deal_counts_while_no_deal_is_open() -> None:
    only_deals = PoolRules(no_contact_days=0, no_deal_days=90)
    when = due(only_deals, facts())
    assert when is not None and when.on == date(2026, 12, 30) and when.why == Why.NO_DEAL
    assert due(only_deals, facts(open_deal=True)) is None
    recent = due(only_deals, facts(deal_on=date(2026, 11, 1)))
    assert recent is not None and recent.on == date(2027, 1, 30)
    # both rules: the earlier day wins
    both = due(PoolRules(no_contact_days=120, no_deal_days=90), facts())
    assert both is not None and both.why == Why.NO_DEAL


@pytest.mark.parametrize(("status", "returns"), [
    (Status.LEAD, True), (Status.POTENTIAL, True), (Status.INTENDED, False),
    (Status.CONTRACTED, False), (Status.LOST, False)])
def test_only_leads_and_potential_accounts_return(status: Status, returns: bool) -> None:
    assert (due(RULES, facts(status)) is not None) is returns


def test_rules_off_or_no_start_never_return() -> None:
    assert due(PoolRules(no_contact_days=0, no_deal_days=0), facts()) is None
    assert due(RULES, facts(assigned=None, acquired=None)) is None
    acquired = due(RULES, facts(assigned=None, acquired=date(2026, 9, 1)))
    assert acquired is not None and acquired.on == date(2026, 10, 1)


def test_the_laptop_warns_within_the_warn_days() -> None:
    when = due(RULES, facts())  # due 2026-10-31
    assert days_left(when, date(2026, 10, 25)) == 6
    assert warned(RULES, when, date(2026, 10, 25)) is None
    assert warned(RULES, when, date(2026, 10, 26)) == 5
    assert warned(RULES, when, date(2026, 11, 2)) == 0  # past due: awaiting the sweep
    assert warned(PoolRules(warn_days=0), when, date(2026, 10, 30)) is None
    assert warning_text(1) == "Returns to the pool in 1 day"
    assert warning_text(4) == "Returns to the pool in 4 days"
    assert warning_text(0) == "Returns to the pool today"


def test_the_timeline_says_why() -> None:
    when = due(RULES, facts())
    assert when is not None
    assert return_note(when, "Amy") == ("Returned to the team pool from Amy: no two-way "
                                        "contact for 30 days (since 2026-10-01).")


def test_a_conversation_held_and_logged_before_the_deadline_would_have_kept_it() -> None:
    due_on = date(2026, 10, 31)
    talk, logged = datetime(2026, 10, 30, 17), datetime(2026, 10, 30, 17, 5)
    assert kept_by_talk(RULES, Why.NO_CONTACT, due_on, talk, logged)
    assert kept_by_talk(RULES, Why.NO_CONTACT, due_on, talk, datetime(2026, 10, 30, 23, 59))
    assert not kept_by_talk(RULES, Why.NO_CONTACT, due_on, datetime(2026, 10, 31, 0, 1),
                            datetime(2026, 10, 31, 0, 2))
    # dated before the deadline but logged after it (typed in late): too late
    assert not kept_by_talk(RULES, Why.NO_CONTACT, due_on, talk, datetime(2026, 10, 31))
    assert not kept_by_talk(RULES, Why.NO_CONTACT, due_on, talk, datetime(2026, 11, 2, 9))
    assert not kept_by_talk(RULES, Why.NO_CONTACT, due_on, talk, None)  # no stamp: no proof
    # from before the window: it would not have moved the due day
    assert not kept_by_talk(RULES, Why.NO_CONTACT, due_on, datetime(2026, 10, 1, 9),
                            datetime(2026, 10, 1, 9))
    # a return for want of a deal, or a release, is not undone by a call
    for why in (Why.NO_DEAL, Why.RELEASED):
        assert not kept_by_talk(RULES, why, due_on, talk, logged)


def test_claim_limits() -> None:
    rep, other = uuid.uuid4(), uuid.uuid4()
    day = date(2026, 11, 25)
    free = ClaimFacts(0, 0, None, None)
    assert claim_problem(RULES, rep, free, day) is None
    three = claim_problem(RULES, rep, ClaimFacts(3, 0, None, None), day)
    assert three is not None and "claimed 3 accounts on 2026-11-25" in three
    held = claim_problem(RULES, rep, ClaimFacts(0, 5, None, None), day)
    assert held is not None and "hold 5 open leads" in held
    returned = datetime(2026, 11, 20, 3)
    cooling = claim_problem(RULES, rep, ClaimFacts(0, 0, rep, returned), day)
    assert cooling is not None and "from 2026-11-27" in cooling
    assert cooling_until(RULES, returned) == date(2026, 11, 27)
    assert claim_problem(RULES, other, ClaimFacts(0, 0, rep, returned), day) is None
    assert claim_problem(RULES, rep, ClaimFacts(0, 0, rep, returned), date(2026, 11, 27)) \
        is None
    unlimited = PoolRules(claims_per_day=0, max_open_leads=0, cooling_days=0)
    assert claim_problem(unlimited, rep, ClaimFacts(99, 999, rep, returned), day) is None


def test_returns_are_off_until_a_team_sets_them() -> None:
    assert DEFAULT_RULES == RETURNS_OFF == PoolRules() and not DEFAULT_RULES.returns
    assert due(DEFAULT_RULES, facts(assigned=date(2020, 1, 6))) is None
    # the suggestion is the usual month without contact, quarter without a deal
    assert SUGGESTED_RETURNS.returns and PoolRules(
        no_contact_days=30, no_deal_days=90, claims_per_day=20, max_open_leads=0,
        cooling_days=7, warn_days=5) == SUGGESTED_RETURNS
    assert rules_problems(SUGGESTED_RETURNS) == []


def test_rules_are_checked_and_their_row_is_the_teams() -> None:
    assert rules_problems(DEFAULT_RULES) == []
    bad = rules_problems(PoolRules(no_contact_days=-1, claims_per_day=10 ** 9))
    assert len(bad) == 2 and "days from 0 to 3650" in bad[0]
    team = uuid.uuid4()
    assert pool_rule_id(team) == pool_rule_id(team) != pool_rule_id(uuid.uuid4())
