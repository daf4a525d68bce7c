"""The team review in the window's language: every panel's notes, titles and words are
marked templates with their figures (English on the command line and in the exports,
as before), worded in Chinese or Hebrew in the window with dates, months, numbers and
money in the locale; sorting stays by the figures themselves."""

from __future__ import annotations

import pickle
import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from crmdesk.domain.contracts import Period
from crmdesk.domain.deals import STAGE_LABELS, Slip
from crmdesk.domain.pipeline_changes import Stuck, deal_flag
from crmdesk.domain.plans import period_label
from crmdesk.domain.report import Amount, Behind, Cell, ChartKind, MonthName, cell_text
from crmdesk.domain.words import Counted, Sentences, Worded, tr_noop
from crmdesk.store.db import Store
from crmdesk.store.models import Opportunity
from crmdesk.store.review.lookup import behind_list
from crmdesk.store.review.scope_sql import currencies_note
from crmdesk.ui import formats
from crmdesk.ui.language import install_language
from crmdesk.ui.review_chart import ReportChart, short_figure
from crmdesk.ui.review_table_model import RAW_ROLE, shown_text
from crmdesk.ui.words import word, worded
from tests.test_ui_review import block_of, pane_for, table_of

#: Latin words of four letters or more: English left in a Chinese text (currency codes
#: and "ROI" are shorter).
ENGLISH = re.compile(r"[A-Za-z]{4,}")
#: A day as the Chinese locale writes it short.
CHINESE_DAY = re.compile(r"\d{4}/\d{1,2}/\d{1,2}")


def _note() -> Sentences:
    return Sentences(
        Worded(tr_noop("Open deals now; won and lost closed {0} to {1}."), date(2026, 10, 1),
               date(2026, 12, 31)),
        Counted("Left out: %n open deal(s) expected to close later.", "", 2),
        currencies_note(["USD", "CNY", None], "CNY", Counted("%n deal(s)", "", 3)))


def test_a_note_reads_as_before_on_the_command_line_and_survives_a_pickle() -> None:
    note = _note()
    assert note == (
        "Open deals now; won and lost closed 2026-10-01 to 2026-12-31. Left out: 2 open "
        "deals expected to close later. 3 deals in USD are left out (figures are in "
        "CNY only: no exchange rates; choose that currency to see them).")
    again = pickle.loads(pickle.dumps(note))
    assert again == note and again.parts == note.parts
    assert again.parts[1].n == 2  # type: ignore[attr-defined]
    assert currencies_note(["CNY"], "CNY") == ""
    assert Sentences("", Worded(tr_noop("Money")), "") == "Money"
    # the figures' own English, as the f-strings before wrote them
    value = Worded(tr_noop("{0:,} of {1:,} paying accounts ({2:.1%}) make {3:.0%} of {4} over "
                           "the last 12 months."), 1234, 5678, 1234 / 5678, 0.8,
                   Amount(123_456_789, "CNY"))
    assert value == ("1,234 of 5,678 paying accounts (21.7%) make 80% of ¥1,234,567.89 over "
                     "the last 12 months.")
    assert deal_flag(Stuck.IN_STAGE, 30, 21, Slip(2, 40)) == (
        "Stuck: 30 days in stage (limit 21); Slipping: pushed 2× by 40 days")
    assert (period_label(date(2026, 10, 1), Period.QUARTER),
            period_label(date(2026, 11, 1), Period.MONTH)) == ("2026 Q4", "2026-11")
    assert cell_text(MonthName(date(2026, 11, 17)), Cell.TEXT, None) == "2026-11"


def test_a_note_is_worded_in_chinese_with_its_days_and_counts(chinese: None) -> None:
    shown = worded(_note())
    assert "2026/10/1" in shown and "2026/12/31" in shown
    assert "2 个" in shown and "3 个商机" in shown and "USD" in shown
    assert not ENGLISH.search(shown), shown
    assert "关闭的。2 个" in shown  # no space between Chinese sentences
    money = Worded(tr_noop("{0:,} of {1:,} paying accounts ({2:.1%}) make {3:.0%} of {4} over "
                           "the last 12 months."), 1234, 5678, 1234 / 5678, 0.8,
                   Amount(123_456_789, "CNY"))
    assert worded(money) == ("5,678 个付款客户中的 1,234 个（21.7%）贡献了近 12 个月回款 "
                             "¥1,234,567.89 的 80%。")
    assert worded(deal_flag(Stuck.IN_STAGE, 30, 21, Slip(2, 40))) == (
        "停滞：在当前阶段 30 天（上限 21 天）；延期：推迟 2 次，共 40 天")
    assert worded(period_label(date(2026, 10, 1), Period.QUARTER)) == "2026年第4季度"
    assert worded(MonthName(date(2026, 11, 1))) == "2026年11月"
    assert short_figure(1_250_000, Cell.MONEY, "CNY") == "¥125万"
    assert shown_text(0.125, Cell.PERCENT, None) == "12.5%"
    assert shown_text(date(2026, 12, 1), Cell.DATE, None, "expected_close") == "2026/12/1"


def test_plural_forms_in_english_and_hebrew(qapp: QApplication) -> None:
    one = Counted("Left out: %n open deal(s) without an expected close.", "", 1)
    assert one == "Left out: 1 open deal without an expected close."  # the CLI's
    assert worded(one) == one
    try:
        install_language(qapp, "he")
        assert worded(one) == "עסקה פתוחה אחת בלי תאריך סגירה צפוי לא נכללה."
        assert "1.12.2026" in worded(Worded(tr_noop("Changes since {0}"), date(2026, 12, 1)))
    finally:
        install_language(qapp, "en")


def test_the_review_speaks_chinese_dates_and_money_in_the_locale(
        chinese: None, seeded: Store, tmp_path: Path, qtbot: QtBot) -> None:
    pane = pane_for(seeded, "lead.north", tmp_path, qtbot)
    # the forecast: its notes, its months and past due, its columns, in Chinese
    forecast = block_of(pane, "forecast.by_month", qtbot)
    table = forecast.table
    assert table is not None
    note = forecast.note.text()
    assert note.startswith("未成交商机按成交概率加权") and "目标：" in note
    assert CHINESE_DAY.search(note) and not ENGLISH.search(note), note
    model = forecast.view.model_
    assert [model.text(r, 0) for r in range(model.rowCount())] == [
        "已逾期", "2026年11月", "2026年12月", "2027年1月"]
    assert model.headerData(1, Qt.Orientation.Horizontal) == word("Commit") == "承诺"
    assert forecast.chart.legend.text().count("承诺") == 1
    categories = block_of(pane, "forecast.categories", qtbot)
    assert categories.note.text().startswith("按月预测中的商机（含已逾期）按类别汇总。")
    cats = categories.view.model_
    assert [cats.text(r, 0) for r in range(cats.rowCount())] == ["承诺", "最佳情况", "商机管道"]
    # sorted by the months themselves, not their Chinese names: past due last
    forecast.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    proxy = forecast.view.proxy
    assert [proxy.data(proxy.index(r, 0)) for r in range(proxy.rowCount())] == [
        "2026年11月", "2026年12月", "2027年1月", "已逾期"]
    assert proxy.data(proxy.index(0, 0), RAW_ROLE) == "2026-11"
    # the pipeline: its notes in Chinese, a day in the locale's short date
    deals = block_of(pane, "pipeline.deals", qtbot)
    assert deals.table is not None and deals.table.rows
    assert deals.note.text().startswith("每个阶段按加权金额最大的")
    assert not ENGLISH.search(deals.note.text())
    at = deals.table.column("expected_close")
    row = next(r for r, found in enumerate(deals.table.rows) if found.values[at] is not None)
    day = deals.table.rows[row].values[at]
    assert isinstance(day, date)
    assert deals.view.model_.text(row, at) == formats.day_text(day)
    assert CHINESE_DAY.fullmatch(deals.view.model_.text(row, at))
    money = deals.view.model_.text(row, deals.table.column("amount"))
    assert money.startswith("¥") or money == ""
    changes = block_of(pane, "pipeline.changes", qtbot)
    assert changes.title.text().startswith("自 2026/11/18 以来的变化")
    assert not ENGLISH.search(changes.note.text())
    # the plans: per month of the quarter, months and notes in Chinese
    plans = block_of(pane, "plans.reps", qtbot)
    assert plans.table is not None
    assert plans.note.text().startswith("按月：计入的回款")
    assert not ENGLISH.search(plans.note.text())
    plans_model = plans.view.model_
    assert {plans_model.text(r, 0) for r in range(plans_model.rowCount())} <= {
        "2026年10月", "2026年11月", "2026年12月"}
    # the exports keep the command line's machine-readable values
    assert deals.table.rows[row].values[at] == day


def test_every_panel_note_is_chinese_in_the_window(chinese: None, seeded: Store,
                                                  tmp_path: Path, qtbot: QtBot) -> None:
    pane = pane_for(seeded, "lead.north", tmp_path, qtbot)
    for key in pane.views:
        assert pane.show_panel_tab(key)
        qtbot.waitUntil(lambda: pane.is_settled, timeout=15000)
        for block in pane.views[key].blocks:
            if block.table is None or block.isHidden():
                continue
            title, note = block.title.text(), block.note.text()
            # names of teams, people and products are the workspace's own (in English here)
            assert not ENGLISH.search(title.split("(")[0]), (block.table.key, title)
            assert not ENGLISH.search(note.replace("ROI", "")), (block.table.key, note)


def test_a_chart_reads_left_to_right_in_hebrew_with_its_words_translated(
        qapp: QApplication, qtbot: QtBot) -> None:
    try:
        install_language(qapp, "he")
        chart = ReportChart()
        qtbot.addWidget(chart)
        chart.resize(700, 420)
        chart.show()
        qtbot.waitExposed(chart)
        chart.show_table(table_of(ChartKind.BAR))
        qtbot.wait(10)
        # the value axis on the left of the bars, the first row nearest it (laid out
        # right to left, the axis went to the right of rows drawn from the left)
        # (where the plot's layout puts them: an axis's own bounds take its grid lines in)
        axis = chart.item.getAxis("left").geometry()
        assert axis.right() <= chart.view.geometry().left() + 1
        assert chart.point_of(0).x() < chart.point_of(1).x()
        assert chart.figure_text(0).startswith("הכשרה: סכום ¥1,250,000")
    finally:
        install_language(qapp, "en")


def test_the_list_behind_a_figure_says_its_other_currencies_in_chinese(
        chinese: None, seeded: Store) -> None:
    with seeded.session() as session:
        found = session.scalars(select(Opportunity.id).where(
            Opportunity.currency == "CNY", Opportunity.deleted.is_(False))).all()[:5]
        usd, cny = found[:2], found[2:]
        # two of them in dollars (not saved: read in this session alone)
        session.execute(update(Opportunity).where(Opportunity.id.in_(usd))
                        .values(currency="USD"))
        listed = behind_list(session, Behind.DEALS, [*usd, *cny], "CNY")
    note = listed.table.note
    deals = f"{len(usd)} deal{'' if len(usd) == 1 else 's'}"
    assert note == f"{deals} in other currencies: their amounts are not shown."
    assert worded(note) == f"{len(usd)} 个商机为其他货币：不显示其金额。"
    stage = listed.table.column("stage")
    assert {shown_text(r.values[stage], Cell.TEXT, "CNY", "stage")
            for r in listed.table.rows} <= {word(label) for label in STAGE_LABELS.values()}
