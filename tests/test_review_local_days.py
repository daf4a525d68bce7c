"""The review's days are the laptop's calendar days, its stored times UTC: in Shanghai
(UTC+8) a stage change at 07:30 on 1 October is stored as 30 September 23:30 and is
October's; one at 23:30 on 30 September (stored 15:30) is September's. Checked on
the helper and on each panel that bounds stored times by days (funnel, pipeline, reps),
both sides of local midnight."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from crmdesk.domain.activity import ActivityKind
from crmdesk.domain.deals import DealField, OpportunityStage
from crmdesk.domain.local_time import day_start
from crmdesk.domain.report import ReviewScope, Table
from crmdesk.store.db import Store
from crmdesk.store.models import Activity, DealChange, Opportunity, Role, Team, User
from crmdesk.store.review import panel
from crmdesk.store.writes import new_account

SHANGHAI = ZoneInfo("Asia/Shanghai")
Q3 = (date(2026, 7, 1), date(2026, 9, 30))
Q4 = (date(2026, 10, 1), date(2026, 12, 31))


def test_a_local_days_start_in_stored_utc() -> None:
    assert day_start(date(2026, 10, 1), SHANGHAI) == datetime(2026, 9, 30, 16, 0)
    assert day_start(date(2026, 10, 1), UTC) == datetime(2026, 10, 1)
    # a zone behind UTC, in and out of summer time
    new_york = ZoneInfo("America/New_York")
    assert day_start(date(2026, 7, 1), new_york) == datetime(2026, 7, 1, 4, 0)
    assert day_start(date(2026, 12, 1), new_york) == datetime(2026, 12, 1, 5, 0)
    # the laptop's own zone: the first instant of its day, whatever that zone is
    stored = day_start(date(2026, 10, 1))
    assert stored.tzinfo is None
    local = stored.replace(tzinfo=UTC).astimezone()
    assert (local.date(), local.hour, local.minute) == (date(2026, 10, 1), 0, 0)


@pytest.fixture
def shop(empty: Store) -> dict[str, uuid.UUID]:
    """Team East, its rep Amy and her company Acme."""
    with empty.session.begin() as s:
        team = Team(name="East")
        s.add(team)
        s.flush()
        amy = User(username="amy", display_name="Amy", team_id=team.id, role=Role.REP)
        s.add(amy)
        s.flush()
        acme = new_account(s, name="Acme", owner_id=amy.id, team_id=team.id)
        return {"team": team.id, "amy": amy.id, "acme": acme}


def _deal(store: Store, ids: dict[str, uuid.UUID], name: str,
          path: list[tuple[OpportunityStage, datetime]]) -> uuid.UUID:
    """A deal of Acme made on 1 September whose stage history is `path` (stage, stored
    time), its last stage its stage now."""
    with store.session.begin() as s:
        owned = {"owner_id": ids["amy"], "team_id": ids["team"]}
        deal = Opportunity(account_id=ids["acme"], name=name, amount=1000, currency="CNY",
                           stage=path[-1][0], probability=10, created_on=date(2026, 9, 1),
                           stage_since=path[-1][1].date(), **owned)
        s.add(deal)
        s.flush()
        before: str | None = None
        for stage, when in path:
            s.add(DealChange(opportunity_id=deal.id, field=DealField.STAGE,
                             old_value=before, new_value=stage.value, changed_at=when,
                             **owned))
            before = stage.value
        return deal.id


def _table(store: Store, key: str, scope: ReviewScope) -> Table:
    with store.session() as s:
        got = panel(s, key.split(".")[0], scope)
    return next(t for t in got.tables if t.key == key)


def _behind(table: Table, column: str, label: str) -> set[uuid.UUID]:
    at = table.column(column)
    return next(set(r.behind) for r in table.rows if r.values[at] == label)


Q, NEEDS = OpportunityStage.QUALIFY, OpportunityStage.NEEDS
EARLY_OCT_1 = datetime(2026, 9, 30, 23, 30)  # 07:30 on 1 October in Shanghai
LATE_SEP_30 = datetime(2026, 9, 30, 15, 30)  # 23:30 on 30 September in Shanghai
START = datetime(2026, 9, 1, 2, 0)


def test_the_funnel_counts_a_stage_entered_in_the_local_period(
        empty: Store, shop: dict[str, uuid.UUID]) -> None:
    october = _deal(empty, shop, "October", [(Q, EARLY_OCT_1)])
    september = _deal(empty, shop, "September", [(Q, LATE_SEP_30)])
    # entered on 1 January 00:30 in Shanghai: after the fourth quarter
    _deal(empty, shop, "January", [(Q, datetime(2026, 12, 31, 16, 30))])
    fourth = ReviewScope(*Q4, date(2027, 1, 5), zone=SHANGHAI)
    assert _behind(_table(empty, "funnel.stages", fourth), "stage", "Qualification") == {
        october}
    third = ReviewScope(*Q3, date(2027, 1, 5), zone=SHANGHAI)
    assert _behind(_table(empty, "funnel.stages", third), "stage", "Qualification") == {
        september}
    # the same rows in UTC: all three of them in the third quarter's last day or after
    assert _behind(_table(empty, "funnel.stages", ReviewScope(*Q3, date(2027, 1, 5), zone=UTC)),
                   "stage", "Qualification") == {october, september}


def test_the_pipeline_changes_since_a_local_day(empty: Store,
                                                 shop: dict[str, uuid.UUID]) -> None:
    on_the_day = _deal(empty, shop, "On the day", [(Q, START), (NEEDS, EARLY_OCT_1)])
    _deal(empty, shop, "The eve", [(Q, START), (NEEDS, LATE_SEP_30)])
    scope = ReviewScope(*Q4, date(2026, 11, 25), since=date(2026, 10, 1), zone=SHANGHAI)
    changes = _table(empty, "pipeline.changes", scope)
    assert _behind(changes, "change", "Advanced") == {on_the_day}
    utc = _table(empty, "pipeline.changes", ReviewScope(
        *Q4, date(2026, 11, 25), since=date(2026, 10, 1), zone=UTC))
    assert _behind(utc, "change", "Advanced") == set()


def test_a_reps_activities_count_in_the_local_days_ending_today(
        empty: Store, shop: dict[str, uuid.UUID]) -> None:
    # today is 1 December in Shanghai: its last 7 days began on 25 November 00:00 there
    # (24 November 16:00 UTC), its 30 on 2 November 00:00 (1 November 16:00 UTC), and it
    # ends at 2 December 00:00 there (1 December 16:00 UTC)
    with empty.session.begin() as s:
        for when in (datetime(2026, 11, 24, 17, 0),   # 25 Nov 01:00: in both
                     datetime(2026, 11, 24, 16, 30),  # 25 Nov 00:30: in both
                     datetime(2026, 11, 24, 15, 0),   # 24 Nov 23:00: in the 30 days
                     datetime(2026, 11, 1, 16, 30),   # 2 Nov 00:30: in the 30 days
                     datetime(2026, 11, 1, 15, 30),   # 1 Nov 23:30: before them
                     datetime(2026, 12, 1, 15, 30),   # 1 Dec 23:30: today
                     datetime(2026, 12, 1, 16, 30)):  # 2 Dec 00:30: tomorrow
            s.add(Activity(account_id=shop["acme"], kind=ActivityKind.CALL, occurred_at=when,
                           author_id=shop["amy"], owner_id=shop["amy"],
                           team_id=shop["team"]))
    table = _table(empty, "reps.side_by_side",
                   ReviewScope(*Q4, date(2026, 12, 1), zone=SHANGHAI))
    row = dict(zip([c.key for c in table.columns], table.rows[0].values, strict=True))
    assert (row["activities_7"], row["activities_30"]) == (3, 5)
    # the same rows on a UTC laptop: the days fall elsewhere
    table = _table(empty, "reps.side_by_side", ReviewScope(*Q4, date(2026, 12, 1), zone=UTC))
    row = dict(zip([c.key for c in table.columns], table.rows[0].values, strict=True))
    assert (row["activities_7"], row["activities_30"]) == (2, 5)
    # in Kolkata (UTC+5:30) its days start on the half hour (24 November 18:30 UTC for
    # the 7, 1 November 18:30 for the 30, 1 December 18:30 at their end): counted from
    # the activities themselves, not the hours the laptop keeps them by, one at 18:15
    # (23:45 there) in the hour the 7 days start in but not in them
    with empty.session.begin() as s:
        s.add(Activity(account_id=shop["acme"], kind=ActivityKind.CALL,
                       occurred_at=datetime(2026, 11, 24, 18, 15), author_id=shop["amy"],
                       owner_id=shop["amy"], team_id=shop["team"]))
    table = _table(empty, "reps.side_by_side",
                   ReviewScope(*Q4, date(2026, 12, 1), zone=ZoneInfo("Asia/Kolkata")))
    row = dict(zip([c.key for c in table.columns], table.rows[0].values, strict=True))
    assert (row["activities_7"], row["activities_30"]) == (2, 6)
