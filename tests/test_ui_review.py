"""The team review's window driven as a lead drives it: real widgets, offscreen, over a
real seeded workspace, with tables built here for the chart and table widgets and small
stand-in panels (tests.review_stand_in) for the view's flow."""

from __future__ import annotations

import csv
import threading
import uuid
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.app.report_export import csv_rows
from crmdesk.domain.report import (
    Behind,
    Cell,
    Chart,
    ChartKind,
    Column,
    Panel,
    ReviewScope,
    Row,
    Table,
    cell_text,
)
from crmdesk.store import queries as q
from crmdesk.store.db import Store
from crmdesk.store.models import Opportunity, User
from crmdesk.ui.changes import ChangeBus, Selection
from crmdesk.ui.context import AppContext
from crmdesk.ui.review_chart import ReportChart, short_figure
from crmdesk.ui.review_pane import ReviewPane, TableBlock, find
from crmdesk.ui.review_table_model import BEHIND_ROLE, RAW_ROLE, ReportProxy, ReportTableModel
from crmdesk.ui.tasks import TaskRunner
from tests.conftest import TODAY
from tests.review_stand_in import deals_by_stage, reps_side_by_side, stand_in

ROWS = (("Qualification", 12, 1_250_000_00, 1_000_000_00),
        ("Needs analysis", 8, 3_400_000_00, 2_000_000_00),
        ("Proposal", 5, 900_000_00, 1_500_000_00),
        ("王芳的谈判阶段", 3, 2_200_000_00, None))


def table_of(kind: ChartKind, against: bool = True) -> Table:
    y = ("amount", "plan") if kind in (ChartKind.BAR, ChartKind.STACKED, ChartKind.LINE) \
        and not against else ("amount",)
    return Table(
        "t.by_stage", "Deals by stage",
        (Column("stage", "Stage", Cell.TEXT), Column("count", "Deals", Cell.COUNT),
         Column("amount", "Amount", Cell.MONEY), Column("plan", "Plan", Cell.MONEY)),
        tuple(Row(values, tuple(uuid.uuid4() for _ in range(values[1])))
              for values in ROWS),
        "CNY", Behind.DEALS,
        Chart(kind, "stage", y, against="plan" if against else None))


def context(store: Store, username: str, tmp_path: Path) -> AppContext:
    with store.session() as session:
        user = q.user_by_name(session, username)
    assert user is not None
    app = QApplication.instance()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppContext(store, user, TaskRunner(app), ChangeBus(app), Selection(app), settings,
                      today=lambda: TODAY)


def hover(chart: ReportChart, qtbot: QtBot, at: QPoint) -> None:
    """Move the pointer to `at` on the plot (pyqtgraph drops moves closer than 1/60 s)."""
    qtbot.wait(25)
    qtbot.mouseMove(chart.plot.viewport(), at)


@pytest.fixture
def chart(qtbot: QtBot) -> ReportChart:
    widget = ReportChart()
    qtbot.addWidget(widget)
    widget.resize(700, 420)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def pane_for(store: Store, username: str, tmp_path: Path, qtbot: QtBot) -> ReviewPane:
    ctx = context(store, username, tmp_path)
    pane = ReviewPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1366, 740)
    pane.show()
    qtbot.waitUntil(lambda: pane.is_settled, timeout=15000)
    return pane


@pytest.fixture
def panels(monkeypatch: pytest.MonkeyPatch) -> None:
    stand_in(monkeypatch, "reps", reps_side_by_side)
    stand_in(monkeypatch, "pipeline", deals_by_stage)


# ---- the table -----------------------------------------------------------------------
def test_the_table_model_passes_the_model_tester(qtmodeltester: object) -> None:
    model = ReportTableModel(table_of(ChartKind.BAR))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    proxy = ReportProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]
    model.show(None)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_cells_read_as_people_read_them_and_sort_by_figure() -> None:
    table = table_of(ChartKind.BAR)
    model = ReportTableModel(table)
    assert model.data(model.index(1, 2)) == "¥3,400,000"
    assert model.data(model.index(3, 3)) == ""  # no plan: blank, not "None"
    assert model.data(model.index(1, 2), RAW_ROLE) == 3_400_000_00
    assert model.data(model.index(2, 0), BEHIND_ROLE) == table.rows[2].behind
    right = int(model.data(model.index(0, 2), Qt.ItemDataRole.TextAlignmentRole))
    left = int(model.data(model.index(0, 0), Qt.ItemDataRole.TextAlignmentRole))
    assert right & Qt.AlignmentFlag.AlignRight.value and left & Qt.AlignmentFlag.AlignLeft.value
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Amount"
    proxy = ReportProxy()
    proxy.setSourceModel(model)
    proxy.sort(2, Qt.SortOrder.DescendingOrder)
    # by the amount, not its text ("¥900,000" sorts after "¥3,400,000" as text)
    assert [proxy.data(proxy.index(r, 0)) for r in range(4)] == [
        "Needs analysis", "王芳的谈判阶段", "Qualification", "Proposal"]
    proxy.sort(3, Qt.SortOrder.DescendingOrder)
    assert proxy.data(proxy.index(3, 0)) == "王芳的谈判阶段"  # a blank sorts last


# ---- the chart -----------------------------------------------------------------------
def test_axis_figures_are_short() -> None:
    assert short_figure(1_250_000, Cell.MONEY, "CNY") == "¥1.2M"
    assert short_figure(350_000, Cell.MONEY, "CHF") == "350K CHF"
    assert short_figure(2_000_000_000, Cell.MONEY, "USD") == "$2B"
    assert short_figure(25, Cell.PERCENT, None) == "25%"
    assert short_figure(1200, Cell.COUNT, None) == "1.2K"
    assert short_figure(7, Cell.COUNT, None) == "7"


@pytest.mark.parametrize("kind", list(ChartKind))
def test_every_kind_draws_and_hovering_a_bar_tells_its_figure(
        kind: ChartKind, chart: ReportChart, qtbot: QtBot) -> None:
    table = table_of(kind)
    chart.show_table(table)
    qtbot.wait(10)
    for row in range(len(ROWS)):
        hover(chart, qtbot, chart.point_of(row))
        qtbot.waitUntil(lambda r=row: chart.hover_text.startswith(ROWS[r][0]), timeout=3000)
        amount = cell_text(ROWS[row][2], Cell.MONEY, "CNY")
        assert f"Amount {amount}" in chart.hover_text
        assert f"{ROWS[row][1]} behind it" in chart.hover_text
        assert chart.readout.text() == chart.hover_text
    if kind is ChartKind.PARETO:
        total = sum(r[2] for r in ROWS)
        assert f"cumulative {sum(r[2] for r in ROWS[:4]) / total * 100:.1f}%" in chart.hover_text


def test_hovering_beside_the_bars_tells_nothing(chart: ReportChart, qtbot: QtBot) -> None:
    chart.show_table(table_of(ChartKind.BAR))
    hover(chart, qtbot, chart.point_of(1))
    qtbot.waitUntil(lambda: chart.hover_text != "", timeout=3000)
    between = (chart.point_of(1) + chart.point_of(2)) / 2
    hover(chart, qtbot, between)
    qtbot.waitUntil(lambda: chart.hover_text == "", timeout=3000)


def test_side_by_side_bars_tell_their_own_series(chart: ReportChart, qtbot: QtBot) -> None:
    chart.show_table(table_of(ChartKind.BAR, against=False))  # amount and plan as bars
    hover(chart, qtbot, chart.point_of(2, series=1))
    qtbot.waitUntil(lambda: chart.hover_text.startswith("Proposal"), timeout=3000)
    assert "Plan ¥1,500,000" in chart.hover_text and "Amount" not in chart.hover_text


def test_row_names_along_the_axis_never_overlap(chart: ReportChart) -> None:
    many = Table("t", "Accounts", (Column("name", "Company", Cell.TEXT),
                                   Column("rev", "Revenue", Cell.MONEY)),
                 tuple(Row((f"北京市第{i}号科技有限公司", 1000 * (300 - i))) for i in range(300)),
                 "CNY", chart=Chart(ChartKind.PARETO, "name", ("rev",)))
    chart.show_table(many)
    ticks = chart.item.getAxis("bottom")._tickLevels[0]
    assert 1 < len(ticks) < 30  # thinned to what fits side by side in 700 pixels
    assert all(len(label) <= 20 for _x, label in ticks)


def test_a_long_tail_draws_as_one_shape_and_still_tells_each_bar(chart: ReportChart,
                                                                qtbot: QtBot) -> None:
    tail = Table("t", "Accounts", (Column("name", "Company", Cell.TEXT),
                                   Column("rev", "Revenue", Cell.MONEY)),
                 tuple(Row((f"Account {i}", 100 * (5000 - i)), (uuid.uuid4(),))
                       for i in range(5000)),
                 "CNY", Behind.ACCOUNTS, Chart(ChartKind.PARETO, "name", ("rev",)))
    chart.show_table(tail)
    assert not any(type(item).__name__ == "BarGraphItem" for item in chart.item.items)
    # a bar is a fraction of a pixel wide here: asked where it is drawn, not by pixel
    found = chart.hit(chart.view.mapViewToScene(QPointF(10.0, 1000.0)))
    assert found is not None and found[0] == 10
    assert chart.figure_text(10).startswith("Account 10: Revenue ¥4,990")


def test_names_that_repeat_are_told_apart_by_the_first_column(chart: ReportChart) -> None:
    plans = Table("t", "Plan against actual",
                  (Column("period", "Period", Cell.TEXT), Column("name", "Name", Cell.TEXT),
                   Column("paid", "Credited", Cell.MONEY)),
                  tuple(Row((month, name, 100)) for month in ("2026-10", "2026-11")
                        for name in ("David Kim", "王芳")),
                  "CNY", chart=Chart(ChartKind.BAR, "name", ("paid",)))
    chart.show_table(plans)
    assert chart.figure_text(2).startswith("2026-11 · David Kim: Credited ¥1")
    chart.show_table(table_of(ChartKind.BAR))  # unique names: as they are
    assert chart.figure_text(0).startswith("Qualification: ")


def test_a_click_on_a_bar_asks_for_its_row(chart: ReportChart, qtbot: QtBot) -> None:
    chart.show_table(table_of(ChartKind.STACKED))
    with qtbot.waitSignal(chart.bar_clicked, timeout=3000) as clicked:
        qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton,
                         pos=chart.point_of(2))
    assert clicked.args == [2]


# ---- the view over a workspace -------------------------------------------------------
def test_a_click_on_bar_i_lists_the_deals_of_row_i(seeded: Store, tmp_path: Path,
                                                   qtbot: QtBot, panels: None) -> None:
    pane = pane_for(seeded, "lead.east", tmp_path, qtbot)
    assert pane.show_panel_tab("pipeline")
    qtbot.waitUntil(lambda: pane.is_settled, timeout=15000)
    block = pane.views["pipeline"].blocks[0]
    table = block.table
    assert table is not None and table.rows
    row = max(range(len(table.rows)), key=lambda i: len(table.rows[i].behind))
    qtbot.mouseClick(block.chart.plot.viewport(), Qt.MouseButton.LeftButton,
                     pos=block.chart.point_of(row))
    qtbot.waitUntil(lambda: pane.dialog is not None and pane.dialog.listed is not None,
                    timeout=5000)
    dialog = pane.dialog
    assert dialog is not None and dialog.listed is not None
    listed = dialog.listed
    assert {r.behind[0] for r in listed.table.rows} == set(table.rows[row].behind)
    with seeded.session() as session:
        names = dict(session.execute(select(Opportunity.id, Opportunity.name).where(
            Opportunity.id.in_(table.rows[row].behind))).all())
    assert {r.values[0] for r in listed.table.rows} == set(names.values())
    # a double-click opens the deal (in its account) in the main window
    with qtbot.waitSignal(pane.deal_opened, timeout=3000) as opened:
        index = dialog.view.proxy.index(0, 0)
        dialog.view.doubleClicked.emit(index)
    deal_id = listed.table.rows[dialog.view.row_of(index)].behind[0]
    with seeded.session() as session:
        account_id = session.scalar(select(Opportunity.account_id).where(
            Opportunity.id == deal_id))
    assert opened.args == [account_id, deal_id]
    dialog.close()


def test_choosing_a_reps_row_narrows_every_panel(seeded: Store, tmp_path: Path,
                                                 qtbot: QtBot, panels: None) -> None:
    pane = pane_for(seeded, "lead.north", tmp_path, qtbot)
    assert pane.shown_key == "reps"
    block = pane.views["reps"].blocks[0]
    table = block.table
    assert table is not None and len(table.rows) >= 2
    assert pane.scope is not None and pane.scope.rep_id is None
    block.view.selectRow(1)
    chosen = table.rows[block.view.row_of(block.view.proxy.index(1, 0))].behind[0]
    assert pane.rep.currentData() == chosen
    qtbot.waitUntil(lambda: pane.is_settled, timeout=15000)
    assert pane.scope is not None and pane.scope.rep_id == chosen
    # the other panel is narrowed to them too when shown
    pane.show_panel_tab("pipeline")
    qtbot.waitUntil(lambda: pane.is_settled, timeout=15000)
    shown = pane.views["pipeline"].blocks[0].table
    assert shown is not None
    with seeded.session() as session:
        theirs = set(session.scalars(select(Opportunity.id).where(
            Opportunity.owner_id == chosen, Opportunity.currency == "CNY",
            Opportunity.deleted.is_(False))))
    assert {d for row in shown.rows for d in row.behind} == theirs


def test_an_answer_for_an_older_scope_is_dropped(seeded: Store, tmp_path: Path,
                                                 qtbot: QtBot,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    gate = threading.Event()
    asked: list[uuid.UUID | None] = []

    def slow(session: Session, scope: ReviewScope) -> Panel:
        asked.append(scope.rep_id)
        if scope.rep_id is None:
            gate.wait(10)  # the first answer comes after the user changed the scope
        return reps_side_by_side(session, scope)

    stand_in(monkeypatch, "reps", slow)
    ctx = context(seeded, "lead.north", tmp_path)
    pane = ReviewPane(ctx)
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitUntil(lambda: pane.choices is not None and asked == [None], timeout=10000)
    assert not pane.is_settled and pane.views["reps"].status.text() == "Computing…"
    person = pane.rep.itemData(1)
    pane.choose_rep(person)
    qtbot.waitUntil(lambda: pane.is_settled, timeout=10000)
    gate.set()
    ctx.runner.wait()
    qtbot.wait(50)
    assert pane.scope is not None and pane.scope.rep_id == person
    table = pane.views["reps"].blocks[0].table
    assert table is not None and [r.behind[0] for r in table.rows] == [person]


def test_a_rep_sees_only_their_own_numbers(seeded: Store, tmp_path: Path, qtbot: QtBot,
                                           panels: None) -> None:
    pane = pane_for(seeded, "li.wei", tmp_path, qtbot)
    me = pane._ctx.user
    assert not pane.rep.isEnabled() and pane.rep.count() == 1
    assert pane.rep.currentData() == me.id and not pane.team.isEnabled()
    assert pane.scope is not None and (pane.scope.rep_id, pane.scope.team_id) == (
        me.id, me.team_id)
    assert not pane.choose_rep(uuid.uuid4())


def test_an_admin_chooses_a_team_and_its_people(seeded: Store, tmp_path: Path,
                                                qtbot: QtBot, panels: None) -> None:
    pane = pane_for(seeded, "admin", tmp_path, qtbot)
    assert pane.team.isEnabled() and pane.team.currentData() is None  # all teams
    with seeded.session() as session:
        east = session.scalar(select(User.team_id).where(User.username == "lead.east"))
        people = set(session.scalars(select(User.id).where(
            User.team_id == east, User.role.in_(("rep", "lead")))))
    pane.team.setCurrentIndex(find(pane.team, east))
    assert {pane.rep.itemData(i) for i in range(1, pane.rep.count())} == people
    qtbot.waitUntil(lambda: pane.is_settled, timeout=15000)
    assert pane.scope is not None and pane.scope.team_id == east


def test_the_period_choice_sets_the_dates(seeded: Store, tmp_path: Path, qtbot: QtBot,
                                          panels: None) -> None:
    pane = pane_for(seeded, "lead.east", tmp_path, qtbot)
    assert pane.scope is not None and (pane.scope.start, pane.scope.end) == (
        date(2026, 10, 1), date(2026, 12, 31))
    assert not pane.start.isVisible()
    pane.period.setCurrentIndex(find(pane.period, "last_quarter"))
    qtbot.waitUntil(lambda: pane.is_settled, timeout=15000)
    assert (pane.scope.start, pane.scope.end) == (date(2026, 7, 1), date(2026, 9, 30))
    pane.period.setCurrentIndex(pane.period.count() - 1)  # custom
    assert pane.start.isVisible() and pane.end.isVisible()


def test_a_failing_panel_says_why_in_its_tab(seeded: Store, tmp_path: Path, qtbot: QtBot,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(session: Session, scope: ReviewScope) -> Panel:
        raise LookupError("The plans for 2026 are not in this workspace.")

    stand_in(monkeypatch, "reps", broken)
    pane = pane_for(seeded, "lead.east", tmp_path, qtbot)
    status = pane.views["reps"].status
    assert status.isVisible()
    assert status.text() == "The plans for 2026 are not in this workspace."


def test_exports_write_files_that_read_back(qtbot: QtBot, tmp_path: Path) -> None:
    block = TableBlock()
    qtbot.addWidget(block)
    block.resize(1000, 500)
    table = table_of(ChartKind.BAR)
    block.show_table(table)
    block.show()
    qtbot.waitExposed(block)
    assert block.export("png", tmp_path / "chart.png")
    image = QImage(str(tmp_path / "chart.png"))
    assert not image.isNull() and image.width() > 300 and image.height() > 200
    assert block.export("csv", tmp_path / "table.csv")
    with (tmp_path / "table.csv").open(encoding="utf-8-sig", newline="") as f:
        assert list(csv.reader(f)) == csv_rows(table)
    assert block.export("xlsx", tmp_path / "table.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "table.xlsx").active
    assert [c.value for c in sheet[1]] == ["Stage", "Deals", "Amount (CNY)", "Plan (CNY)"]
    assert [c.value for c in sheet[5]] == ["王芳的谈判阶段", 3, 2_200_000, None]


def test_the_window_opens_the_review_and_what_it_lists(seeded: Store, tmp_path: Path,
                                                       qtbot: QtBot, panels: None) -> None:
    from tests.test_ui import make_window

    window = make_window(seeded, tmp_path, qtbot, "lead.east")
    action = next(a for a in window.actions() if a.shortcut().toString() == "Ctrl+R")
    action.trigger()
    review = window.review
    assert review is not None and review.isVisible()
    qtbot.waitUntil(lambda: review.pane.is_settled, timeout=15000)
    with seeded.session() as session:
        deal_id, account_id = session.execute(select(Opportunity.id, Opportunity.account_id)
                                              .where(Opportunity.team_id == window.ctx.user
                                                     .team_id).limit(1)).one()
    review.pane.deal_opened.emit(account_id, deal_id)
    assert window.ctx.selection.account_id == account_id
    qtbot.waitUntil(lambda: window.card.deals.dialog is not None, timeout=10000)
    window.card.deals.dialog.close()
    window.ctx.runner.wait()


def test_the_screenshot_command_pictures_the_review(seeded: Store, tmp_path: Path) -> None:
    """`crmdesk --screenshot out.png --review pipeline` (with the stand-in pipeline panel
    put in place inside the child process)."""
    import subprocess
    import sys

    out = tmp_path / "review.png"
    code = ("import sys, pytest\n"
            "from tests.review_stand_in import stand_in, deals_by_stage\n"
            "stand_in(pytest.MonkeyPatch(), 'pipeline', deals_by_stage)\n"
            "from crmdesk.cli import main\n"
            "sys.exit(main(sys.argv[1:]))\n")
    done = subprocess.run(
        [sys.executable, "-c", code, "--db", str(seeded.path), "--user",
         "lead.east", "--screenshot", str(out), "--review", "pipeline", "--size", "1366x768"],
        capture_output=True, text=True, timeout=120, check=False,
        cwd=Path(__file__).parent.parent)
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)
    wrong = subprocess.run(
        [sys.executable, "-c", code, "--db", str(seeded.path),
         "--screenshot", str(tmp_path / "no.png"), "--review", "weather"],
        capture_output=True, text=True, timeout=120, check=False,
        cwd=Path(__file__).parent.parent)
    assert wrong.returncode == 1 and "no review panel “weather”" in wrong.stderr
