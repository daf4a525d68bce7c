"""Care reminders' rules (crmdesk.domain.care), without a database: occasions across a
year's end, a 29 February birthday in other years, a renewal's window at its edges, the
mark's id, birthdays as typed, the suggested template."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest

from crmdesk.domain import care
from crmdesk.domain.care import NO_YEAR, Band, CareKind

ANN, ACME = uuid.uuid4(), uuid.uuid4()


def _birthdays(born: date, today: date, lead: int = 3, ahead: int = 0) -> list[care.Reminder]:
    return care.birthdays(ANN, ACME, "张伟", born, today, lead, ahead)


def test_a_birthday_early_in_january_is_due_in_the_last_days_of_december() -> None:
    [found] = _birthdays(date(1990, 1, 2), date(2026, 12, 30))
    assert found.occurs_on == date(2027, 1, 2) and found.years == 37
    assert found.band(date(2026, 12, 30)) is Band.DUE
    assert found.text() == "Birthday: 张伟 (Jan 2, turns 37)"
    # not yet due on the 29th (3 days ahead starts on the 30th)
    assert _birthdays(date(1990, 1, 2), date(2026, 12, 29)) == []
    # past the day it is overdue for the grace days, then gone
    [late] = _birthdays(date(1990, 1, 2), date(2027, 1, 5))
    assert late.band(date(2027, 1, 5)) is Band.OVERDUE
    assert _birthdays(date(1990, 1, 2), date(2027, 1, 6)) == []


def test_a_late_december_birthday_is_overdue_in_early_january() -> None:
    [found] = _birthdays(date(1985, 12, 31), date(2027, 1, 2))
    assert found.occurs_on == date(2026, 12, 31) and found.band(date(2027, 1, 2)) is Band.OVERDUE


def test_a_29_february_birthday_falls_on_the_28th_in_other_years() -> None:
    born = date(1996, 2, 29)
    [found] = _birthdays(born, date(2027, 2, 26))
    assert found.occurs_on == date(2027, 2, 28)
    [leap] = _birthdays(born, date(2028, 2, 27))
    assert leap.occurs_on == date(2028, 2, 29)
    # one reminder a year, whichever day it falls on
    assert care.mark_id(CareKind.BIRTHDAY, ANN, found.occurs_on) != care.mark_id(
        CareKind.BIRTHDAY, ANN, leap.occurs_on)
    assert care.on_year(date(NO_YEAR, 2, 29), 2027) == date(2027, 2, 28)


def test_a_birthday_without_a_year_says_no_age() -> None:
    [found] = _birthdays(date(NO_YEAR, 12, 8), date(2026, 12, 6))
    assert found.years is None and found.text() == "Birthday: 张伟 (Dec 8)"


def test_a_renewal_is_due_30_days_before_the_end_and_gone_30_days_after() -> None:
    today, contract = date(2026, 11, 25), uuid.uuid4()

    def renewal(ends: date, ahead: int = 0, renewed: date | None = None
                ) -> care.Reminder | None:
        return care.renewal(contract, ACME, "C-123", ends, today, 30, ahead, renewed)

    edge = renewal(today + timedelta(days=30))
    assert edge is not None and edge.band(today) is Band.DUE and edge.due_on == today
    assert edge.text() == "Renewal: C-123 ends 2026-12-25"
    assert renewal(today + timedelta(days=31)) is None
    coming = renewal(today + timedelta(days=31), ahead=1)
    assert coming is not None and coming.band(today) is Band.UPCOMING
    ended = renewal(today - timedelta(days=30))
    assert ended is not None and ended.band(today) is Band.OVERDUE
    assert renewal(today - timedelta(days=31)) is None
    assert renewal(today, renewed=today - timedelta(days=30)) is None  # renewed in time
    assert renewal(today, renewed=today - timedelta(days=31)) is not None  # before: not


def test_an_anniversary_counts_whole_years_from_the_first_contract() -> None:
    [found] = care.anniversaries(ACME, "Acme", date(2023, 12, 8), date(2026, 12, 5), 7)
    assert found.years == 3 and found.text() == "Anniversary: Acme (3 years a customer, Dec 8)"
    # a customer since this year has no anniversary yet
    assert care.anniversaries(ACME, "Acme", date(2026, 12, 1), date(2026, 12, 5), 7) == []


def test_a_marks_id_is_its_reminders_and_only_its() -> None:
    contract = uuid.uuid4()
    one = care.mark_id(CareKind.RENEWAL, contract, date(2027, 1, 15))
    assert one == care.mark_id("renewal", contract, date(2027, 1, 15))
    assert one != care.mark_id(CareKind.RENEWAL, contract, date(2027, 2, 15))  # end moved
    # a birthday's is the year's, however the day moves within it
    assert care.mark_id(CareKind.BIRTHDAY, ANN, date(2027, 1, 2)) == care.mark_id(
        CareKind.BIRTHDAY, ANN, date(2027, 3, 2))
    assert care.mark_problems(one, "renewal", contract, date(2027, 1, 15), "done") == []
    assert care.mark_problems(uuid.uuid4(), "renewal", contract, date(2027, 1, 15),
                              "done") == [care.BAD_MARK]
    assert care.mark_problems(one, "renewal", contract, date(2027, 1, 15), "maybe") == [
        care.BAD_STATE]
    assert care.mark_problems(one, "wedding", contract, date(2027, 1, 15), "done") == [
        care.BAD_KIND]


@pytest.mark.parametrize(("typed", "stored"), [
    ("1985-12-08", date(1985, 12, 8)), ("19851208", date(1985, 12, 8)),
    ("1985-2-3", date(1985, 2, 3)), ("12-08", date(NO_YEAR, 12, 8)),
    ("--1208", date(NO_YEAR, 12, 8)), ("--12-08", date(NO_YEAR, 12, 8)),
    ("02-29", date(NO_YEAR, 2, 29)), ("1985-12-08T00:00:00Z", date(1985, 12, 8)),
    ("  ", None)])
def test_a_birthday_as_typed(typed: str, stored: date | None) -> None:
    assert care.parse_birthday(typed) == stored
    if stored is not None:
        assert care.parse_birthday(care.birthday_text(stored)) == stored


@pytest.mark.parametrize("typed", ["13-40", "1985-02-30", "1800-01-01", "yesterday",
                                   "1985", "2027-02-29"])
def test_a_birthday_that_is_no_day_is_refused(typed: str) -> None:
    with pytest.raises(ValueError, match="A birthday is a day"):
        care.parse_birthday(typed)


def test_a_birthday_after_today_is_refused() -> None:
    with pytest.raises(ValueError, match="cannot be after today"):
        care.parse_birthday("2026-12-01", date(2026, 11, 25))
    assert care.parse_birthday("12-01", date(2026, 11, 25)) == date(NO_YEAR, 12, 1)
    assert care.birthday_problem(date(1800, 1, 1)) == care.BAD_BIRTHDAY
    assert care.birthday_problem("1985-12-08") == care.BAD_BIRTHDAY  # text is no date


def test_the_suggested_template() -> None:
    names = ["Renewal", "续约提醒", "Birthday"]
    assert care.suggested_template(CareKind.RENEWAL, "续约提醒", names) == "续约提醒"
    assert care.suggested_template(CareKind.RENEWAL, "", names) == "Renewal"
    assert care.suggested_template(CareKind.RENEWAL, "gone", names) == "Renewal"
    assert care.suggested_template(CareKind.BIRTHDAY, None, [" birthday "]) == " birthday "
    assert care.suggested_template(CareKind.ANNIVERSARY, "", names) is None
