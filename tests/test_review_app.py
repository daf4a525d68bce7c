"""The review's application layer: whose figures each role may read, the records behind
a figure, and a review table written to CSV, XLSX, JSON and a terminal."""

from __future__ import annotations

import csv
import json
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select, update

from crmdesk.app.context import Context
from crmdesk.app.report_export import (
    csv_rows,
    table_json,
    table_lines,
    units,
    write_csv,
    write_xlsx,
)
from crmdesk.app.review import (
    ScopeRefused,
    available_panels,
    behind,
    narrowed,
    resolve_names,
    review_panel,
    review_scope,
    scope_choices,
)
from crmdesk.domain.report import (
    Behind,
    Cell,
    Chart,
    ChartKind,
    Column,
    Row,
    Table,
)
from crmdesk.domain.review_period import PeriodChoice, default_period, period_dates
from crmdesk.domain.text import display_width
from crmdesk.store import queries as q
from crmdesk.store.db import Store
from crmdesk.store.models import Account, Opportunity, Payment, Team, User
from crmdesk.store.review import PANELS, lookup
from tests.conftest import TODAY


def as_user(store: Store, username: str | None) -> Context:
    user = None
    if username is not None:
        with store.session() as session:
            user = q.user_by_name(session, username)
        assert user is not None
    return Context(store, user, today=lambda: TODAY)


def team_id(store: Store, name: str) -> uuid.UUID:
    with store.session() as session:
        found = session.scalar(select(Team.id).where(Team.name == name))
    assert found is not None
    return found


def user_id(store: Store, username: str) -> uuid.UUID:
    with store.session() as session:
        found = session.scalar(select(User.id).where(User.username == username))
    assert found is not None
    return found


# ---- periods -------------------------------------------------------------------------
def test_periods_are_the_ones_a_manager_names() -> None:
    assert default_period(TODAY) == (date(2026, 10, 1), date(2026, 12, 31))
    assert period_dates(PeriodChoice.THIS_MONTH, TODAY) == (date(2026, 11, 1),
                                                            date(2026, 11, 30))
    assert period_dates(PeriodChoice.LAST_QUARTER, TODAY) == (date(2026, 7, 1),
                                                              date(2026, 9, 30))
    assert period_dates(PeriodChoice.LAST_QUARTER, date(2026, 2, 10)) == (
        date(2025, 10, 1), date(2025, 12, 31))
    assert period_dates(PeriodChoice.THIS_YEAR, TODAY) == (date(2026, 1, 1),
                                                           date(2026, 12, 31))
    assert period_dates(PeriodChoice.THIS_MONTH, date(2026, 2, 3))[1] == date(2026, 2, 28)


# ---- scope rules per role ------------------------------------------------------------
def test_a_reps_scope_always_names_the_rep(seeded: Store) -> None:
    ctx = as_user(seeded, "li.wei")
    me = ctx.me
    scope = review_scope(ctx)
    assert (scope.rep_id, scope.team_id) == (me.id, me.team_id)
    assert (scope.start, scope.end, scope.today) == (date(2026, 10, 1), date(2026, 12, 31),
                                                     TODAY)
    assert scope.currency == "CNY"
    # asking for their own team changes nothing: still narrowed to them
    assert review_scope(ctx, team_id=me.team_id).rep_id == me.id
    with pytest.raises(ScopeRefused, match="own figures"):
        review_scope(ctx, rep_id=user_id(seeded, "tom.baker"))
    with pytest.raises(ScopeRefused, match="own figures"):
        review_scope(ctx, team_id=team_id(seeded, "East China"))
    choices = scope_choices(ctx)
    assert choices.fixed_rep == me.id and not choices.may_choose_team
    assert [p.id for p in choices.people] == [me.id]


def test_a_leads_scope_is_their_team_or_a_rep_of_it(seeded: Store) -> None:
    ctx = as_user(seeded, "lead.north")
    north = team_id(seeded, "North China")
    scope = review_scope(ctx)
    assert (scope.team_id, scope.rep_id) == (north, None)
    tom = user_id(seeded, "tom.baker")
    assert (review_scope(ctx, rep_id=tom).team_id, review_scope(ctx, rep_id=tom).rep_id) == (
        north, tom)
    with pytest.raises(ScopeRefused, match="not on North China"):
        review_scope(ctx, rep_id=user_id(seeded, "sarah.chen"))
    choices = scope_choices(ctx)
    assert choices.fixed_team == north and choices.fixed_rep is None
    assert not choices.may_choose_team
    with seeded.session() as session:
        reps = set(session.scalars(select(User.username).where(
            User.team_id == north, User.role.in_(("rep", "lead")))))
    assert {p.username for p in choices.people} == reps


def test_a_lead_asking_for_another_team_is_refused_in_words(seeded: Store) -> None:
    ctx = as_user(seeded, "lead.north")
    with pytest.raises(ScopeRefused) as refused:
        review_scope(ctx, team_id=team_id(seeded, "East China"))
    assert str(refused.value) == ("You lead North China: the review shows your team's "
                                  "figures, not East China's.")


def test_an_admin_reads_any_team_or_all(seeded: Store) -> None:
    ctx = as_user(seeded, "admin")
    everyone = review_scope(ctx)
    assert (everyone.team_id, everyone.rep_id) == (None, None)
    east = team_id(seeded, "East China")
    assert review_scope(ctx, team_id=east).team_id == east
    sarah = user_id(seeded, "sarah.chen")
    # a person alone names their team too
    assert (review_scope(ctx, rep_id=sarah).team_id, review_scope(ctx, rep_id=sarah).rep_id
            ) == (east, sarah)
    with pytest.raises(ScopeRefused, match="not on North China"):
        review_scope(ctx, team_id=team_id(seeded, "North China"), rep_id=sarah)
    choices = scope_choices(ctx)
    assert choices.may_choose_team
    assert {t.name for t in choices.teams} == {"North China", "East China", "International"}
    assert {p.team_id for p in choices.people_of(east)} == {east}
    # the CLI with no user reads as widely as an admin
    assert review_scope(as_user(seeded, None), team_id=east).team_id == east


def test_bad_periods_currencies_and_names_are_refused(seeded: Store) -> None:
    ctx = as_user(seeded, "admin")
    with pytest.raises(ScopeRefused, match="starts"):
        review_scope(ctx, start=date(2026, 12, 1), end=date(2026, 11, 1))
    with pytest.raises(ScopeRefused, match="currency"):
        review_scope(ctx, currency="XX1")
    assert review_scope(ctx, currency=" usd ").currency == "USD"
    with pytest.raises(ScopeRefused, match=r"No team “Atlantis”.*East China"):
        resolve_names(ctx, None, "Atlantis")
    with pytest.raises(ScopeRefused, match="No user “nobody”"):
        resolve_names(ctx, "nobody", None)
    assert resolve_names(ctx, "tom.baker", "north china") == (
        team_id(seeded, "North China"), user_id(seeded, "tom.baker"))
    with pytest.raises(ScopeRefused, match="not in this workspace"):
        review_scope(ctx, rep_id=uuid.uuid4())
    # with no money in CNY (but a removed deal's) the default is the most used currency
    with seeded.session.begin() as session:
        session.execute(update(Payment).values(currency="EUR"))
        deals = list(session.scalars(select(Opportunity.id).order_by(Opportunity.id)))
        session.execute(update(Opportunity).values(currency="USD"))
        session.execute(update(Opportunity).where(Opportunity.id == deals[0])
                        .values(currency="CNY", deleted=True))
    with seeded.session() as session:
        most = lookup.currencies(session)[0]
    assert most in ("EUR", "USD") and review_scope(ctx).currency == most


def test_every_panel_is_computed_for_a_leads_scope(seeded: Store) -> None:
    ctx = as_user(seeded, "lead.north")
    scope = review_scope(ctx)
    assert available_panels() == tuple(PANELS)
    assert [key for key, _ in available_panels()] == [
        "reps", "pipeline", "funnel", "forecast", "plans", "value", "roi"]
    for key, title in available_panels():
        panel = review_panel(ctx, key, scope)
        assert (panel.key, panel.title) == (key, title)
        assert panel.tables and any(t.rows for t in panel.tables)
    # the lead's people only, in the reps panel: their team's
    reps = review_panel(ctx, "reps", scope).tables[0]
    with seeded.session() as session:
        north = {u.id for u in session.scalars(select(User)) if u.team_id == scope.team_id}
    assert reps.rows and {r.behind[0] for r in reps.rows} <= north
    with pytest.raises(KeyError):
        review_panel(ctx, "weather", scope)


@pytest.mark.parametrize("username", ["admin", "lead.east"])
def test_a_person_or_team_read_from_the_reps_side_by_side_is_as_computed(
        seeded: Store, username: str) -> None:
    """What the review shows at once when a person (or a team) is chosen over the reps'
    side by side is what computing it gives: the scope and every figure."""
    ctx = as_user(seeded, username)
    wide = review_scope(ctx)
    everyone = review_panel(ctx, "reps", wide)
    choices = scope_choices(ctx)
    shown = 0
    for person in choices.people:
        found = narrowed("reps", wide, everyone, choices.people, wide.team_id, person.id)
        scope = review_scope(ctx, rep_id=person.id)
        computed = review_panel(ctx, "reps", scope)
        assert found == (scope, computed)
        shown += bool(computed.tables[0].rows)
    assert shown >= 2
    if username == "admin":
        for team in choices.teams:
            found = narrowed("reps", wide, everyone, choices.people, team.id, None)
            scope = review_scope(ctx, team_id=team.id)
            assert found == (scope, review_panel(ctx, "reps", scope))
    # the other panels, a wider scope than the one held, and someone unknown: computed
    person = choices.people[0]
    assert narrowed("pipeline", wide, review_panel(ctx, "pipeline", wide), choices.people,
                    None, person.id) is None
    one = review_scope(ctx, rep_id=person.id)
    assert narrowed("reps", one, review_panel(ctx, "reps", one), choices.people, None,
                    None) is None
    assert narrowed("reps", wide, everyone, choices.people, None, uuid.uuid4()) is None


# ---- the records behind a figure -----------------------------------------------------
def test_the_deals_behind_a_figure_are_listed_by_name(seeded: Store) -> None:
    with seeded.session() as session:
        deals = session.execute(select(Opportunity.id, Opportunity.name, Opportunity.amount,
                                       Opportunity.account_id)
                                .where(Opportunity.amount.is_not(None)).limit(5)).all()
    listed = behind(as_user(seeded, "admin"), Behind.DEALS, [d.id for d in deals], "CNY")
    table = listed.table
    assert table.behind is Behind.DEALS and listed.left_out == 0
    got = {row.behind[0]: (row.values[0], row.values[table.column("amount")], account)
           for row, account in zip(table.rows, listed.accounts, strict=True)}
    assert got == {d.id: (d.name, d.amount, d.account_id) for d in deals}
    amounts = table.values("amount")
    assert amounts == sorted(amounts, reverse=True)  # the biggest first


def test_accounts_and_people_behind_a_figure(seeded: Store) -> None:
    with seeded.session() as session:
        accounts = session.execute(select(Account.id, Account.name).limit(3)).all()
    listed = behind(as_user(seeded, None), Behind.ACCOUNTS, [a.id for a in accounts], "CNY")
    assert {r.behind[0]: r.values[0] for r in listed.table.rows} == dict(
        (a.id, a.name) for a in accounts)
    assert listed.accounts == tuple(r.behind[0] for r in listed.table.rows)
    people = behind(as_user(seeded, None), Behind.USERS, [user_id(seeded, "li.wei")], "CNY")
    assert people.table.rows[0].values == ("李伟", "Rep", "North China")


# ---- a table written out -------------------------------------------------------------
TABLE = Table(
    "reps.side", "Reps side by side",
    (Column("rep", "Rep", Cell.TEXT), Column("open", "Open deals", Cell.COUNT),
     Column("amount", "Amount", Cell.MONEY), Column("share", "% of plan", Cell.PERCENT),
     Column("rate", "Win rate", Cell.PERCENT), Column("since", "Since", Cell.DATE),
     Column("days", "Days", Cell.DAYS)),
    (Row(("李伟", 12, 123_456_789, 0.875, None, date(2026, 10, 1), 4), (uuid.uuid4(),)),
     Row(("Sarah Chen", 3, 5, 1.25, 0.5, date(2026, 11, 30), 0), (uuid.uuid4(),)),
     Row(("Tom, \"Tommy\" Baker", 0, 0, None, 0.0, None, 120), ())),
    currency="CNY", behind=Behind.USERS, chart=Chart(ChartKind.BAR, "rep", ("amount",)))


def test_csv_reads_back_in_excel_terms(tmp_path: Path) -> None:
    path = write_csv(TABLE, tmp_path / "reps.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    with path.open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f))
    assert lines[0] == ["Rep", "Open deals", "Amount (CNY)", "% of plan", "Win rate (%)",
                        "Since", "Days"]
    assert lines[1] == ["李伟", "12", "1234567.89", "87.50", "", "2026-10-01", "4"]
    assert lines[2] == ["Sarah Chen", "3", "0.05", "125.00", "50.00", "2026-11-30", "0"]
    assert lines[3] == ["Tom, \"Tommy\" Baker", "0", "0.00", "", "0.00", "", "120"]
    assert Decimal(lines[1][2]) * 100 == 123_456_789
    assert csv_rows(TABLE) == lines


def test_money_units_follow_the_currency() -> None:
    assert units(12345, "JPY") == Decimal(12345)
    assert units(12345, "KWD") == Decimal("12.345")
    assert units(-5, "CNY") == Decimal("-0.05")


def test_xlsx_has_typed_cells_a_bold_frozen_heading_and_widths(tmp_path: Path) -> None:
    other = Table("t2", "Reps side by side", TABLE.columns[:2],
                  (Row(TABLE.rows[0].values[:2]),))
    path = write_xlsx([TABLE, other], tmp_path / "reps.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Reps side by side", "Reps side by side (2)"]
    sheet = book.worksheets[0]
    assert sheet.freeze_panes == "A2"
    heading = [c.value for c in sheet[1]]
    assert heading == ["Rep", "Open deals", "Amount (CNY)", "% of plan", "Win rate (%)",
                       "Since", "Days"]
    assert all(c.font.bold for c in sheet[1])
    first = [c.value for c in sheet[2]]
    assert first[0] == "李伟" and first[1] == 12 and isinstance(first[1], int)
    assert first[2] == pytest.approx(1234567.89)
    assert first[3] == pytest.approx(0.875) and first[4] is None
    assert first[5].date() == date(2026, 10, 1)
    assert sheet["D2"].number_format == "0.0%"
    assert sheet["C2"].number_format == "#,##0.00"
    assert sheet["F2"].number_format == "yyyy-mm-dd"
    assert sheet.max_row == 4
    # wide enough for the widest text (a Chinese name counts two columns a character)
    assert sheet.column_dimensions["A"].width >= display_width("Tom, \"Tommy\" Baker")
    assert sheet.column_dimensions["C"].width >= len("¥1,234,567.89")


def test_json_keeps_raw_figures_and_counts_behind() -> None:
    data = json.loads(json.dumps(table_json(TABLE), ensure_ascii=False))
    assert data["columns"][2] == {"key": "amount", "label": "Amount", "cell": "money"}
    assert data["rows"][0]["values"] == {"rep": "李伟", "open": 12, "amount": 123_456_789,
                                         "share": 0.875, "rate": None, "since": "2026-10-01",
                                         "days": 4}
    assert [r["behind"] for r in data["rows"]] == [1, 1, 0]
    assert data["behind"] == "users" and data["currency"] == "CNY"


def test_terminal_lines_align_chinese_names() -> None:
    lines = table_lines(TABLE)
    assert lines[0] == "Reps side by side (CNY)"
    body = lines[1:]
    assert body[0].startswith("Rep ")
    # every line's "Open deals" figure ends in the same terminal column as its heading
    names = ["Rep", "李伟", "Sarah Chen", "Tom, \"Tommy\" Baker"]
    ends = [display_width(line[:line.index(text, len(name)) + len(text)]) for line, name, text
            in zip(body, names, ("Open deals", "12", "3", "0"), strict=True)]
    assert len(set(ends)) == 1
    amount_ends = [display_width(line[:line.index(text) + len(text)]) for line, text in
                   zip(body[1:], ("¥1,234,567.89", "¥0.05", "¥0"), strict=True)]
    assert len(set(amount_ends)) == 1
