"""The window's languages: every string translated, the shipped .qm files compiled from the
.ts sources, the language chosen and put in place, dates and money in the locale."""

from __future__ import annotations

import ast
import importlib.util
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QDir, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication

from crmdesk.cli import build_parser
from crmdesk.domain.agenda import AgendaItem, AgendaKind
from crmdesk.domain.care import CareKind, Reminder
from crmdesk.domain.deals import OpportunityStage
from crmdesk.domain.lifecycle import AccountFacts, Status, next_step, next_step_text, step_words
from crmdesk.domain.suggestions import Kind, reason_words
from crmdesk.ui import formats
from crmdesk.ui.language import (
    LANGUAGES,
    TRANSLATIONS,
    chosen_language,
    install_language,
    system_language,
)
from crmdesk.ui.settings import LANGUAGE
from crmdesk.ui.words import agenda_what, care_text, days_away, pool_warning, tr, word

ROOT = Path(__file__).resolve().parent.parent


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations", ROOT / "build" /
                                                  "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[object]:
    """Put a language in place for one test; English again after it."""

    def put(language: str) -> None:
        install_language(qapp, language)

    yield put
    install_language(qapp, "en")


def test_every_string_is_translated_and_every_qm_is_compiled_from_its_ts() -> None:
    # lupdate over the sources into a copy of each .ts: a string missing from a file, or
    # left unfinished or empty, is named; so is a .qm that lrelease would not make now
    assert _tool().problems() == []


def test_the_check_names_a_string_missing_from_a_ts_and_an_empty_translation(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tool = _tool()
    ts_dir = tmp_path / "ts"
    ts_dir.mkdir()
    for language in tool.LANGUAGES:
        text = (tool.TS_DIR / f"crmdesk_{language}.ts").read_text(encoding="utf-8")
        if language == "zh_CN":  # one string gone, one translation emptied
            text = text.replace("<source>Lead queue</source>", "<source>Gone</source>")
            text = text.replace(">团队公海<", "><")
        (ts_dir / f"crmdesk_{language}.ts").write_text(text, encoding="utf-8")
    monkeypatch.setattr(tool, "TS_DIR", ts_dir)
    found = tool.problems()
    assert "crmdesk_zh_CN.ts: [MainWindow] 'Lead queue' is not in the file " \
           "(run make translations)" in found
    assert any("crmdesk_zh_CN.ts:" in line and "'Team pool' has no translation" in line
               for line in found)
    assert any("crmdesk_zh_CN.qm is not the compiled form" in line for line in found)


def _calls(path: Path) -> Iterator[tuple[int, str, ast.Call]]:
    return _calls_in(ast.parse(path.read_text(encoding="utf-8")))


def _calls_in(tree: ast.AST) -> Iterator[tuple[int, str, ast.Call]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else (
                func.attr if isinstance(func, ast.Attribute) else "")
            yield node.lineno, name, node


def test_window_strings_are_literal_so_lupdate_finds_them() -> None:
    # tr(f"…") or tr(variable) is never extracted: a domain label goes through word(),
    # a sentence through tr("… {0} …").format(…); translate() takes no plural count
    # (lupdate drops it: plurals go through tr(text, "", n))
    wrong = []
    for path in sorted((ROOT / "crmdesk" / "ui").glob("*.py")):
        if path.name == "words.py":
            continue
        for line, name, call in _calls(path):
            args = call.args
            if name == "tr" and not (args and isinstance(args[0], ast.Constant)
                                     and isinstance(args[0].value, str)):
                wrong.append(f"{path.name}:{line}")
            if name == "translate" and (len(args) != 2 or not all(
                    isinstance(a, ast.Constant) for a in args)):
                wrong.append(f"{path.name}:{line}")
    assert wrong == []


def test_no_tr_call_hides_inside_an_f_string() -> None:
    # lupdate reads no code inside an f-string's braces: f"{self.tr('Churn risk')}" is
    # never extracted, so never translated (the --check cannot tell: it is not there)
    hidden = []
    for path in sorted((ROOT / "crmdesk").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                hidden += [f"{path.relative_to(ROOT)}:{call.lineno}"
                           for _, name, call in _calls_in(node) if name == "tr"]
    assert hidden == []


def test_the_qm_files_translate_labels_sentences_and_plurals(speaking: object,
                                                            qapp: QApplication) -> None:
    assert set(QDir(TRANSLATIONS).entryList()) == {
        "crmdesk_en.qm", "crmdesk_zh_CN.qm", "crmdesk_he.qm"}
    put = speaking
    put("zh_CN")  # type: ignore[operator]
    assert word("Lead") == "线索"
    assert QCoreApplication.translate("MainWindow", "Lead queue") == "线索队列"
    assert pool_warning(3) == "3 天后退回公海"
    put("he")  # type: ignore[operator]
    assert word("Lead") == "ליד"
    assert pool_warning(1) == "חוזר למאגר מחר"
    assert pool_warning(4) == "חוזר למאגר בעוד 4 ימים"
    assert qapp.layoutDirection() is Qt.LayoutDirection.RightToLeft
    put("en")  # type: ignore[operator]
    assert pool_warning(1) == "Returns to the pool in 1 day"
    assert pool_warning(4) == "Returns to the pool in 4 days"
    assert tr("Returns to the pool today") == "Returns to the pool today"
    assert qapp.layoutDirection() is Qt.LayoutDirection.LeftToRight


def test_the_next_step_is_a_code_worded_in_english_on_the_command_line_and_translated(
        speaking: object) -> None:
    facts = AccountFacts(has_reachable_contact=True)
    step = next_step(Status.LEAD, facts)
    english = ("Potential needs: a logged two-way conversation (a call, visit or meeting "
               "that reached them).")
    assert next_step_text(Status.LEAD, facts) == english == step_words(step)
    speaking("zh_CN")  # type: ignore[operator]
    assert step_words(step, word) == (
        "推进到潜在客户还需要：一条已记录的双向沟通（联系上对方的电话、拜访或会议）。")
    assert next_step_text(Status.LEAD, facts) == english  # the domain's own: English


def test_dates_numbers_and_money_follow_the_language(speaking: object) -> None:
    day = date(2026, 12, 1)
    speaking("zh_CN")  # type: ignore[operator]
    assert formats.day_text(day) == "2026/12/1"
    assert formats.money_text(125_000_000, "CNY") == "1,250,000.00 CNY"
    speaking("he")  # type: ignore[operator]
    assert formats.day_text(day) == "1.12.2026"
    assert "yyyy" in formats.short_date_format()
    speaking("en")  # type: ignore[operator]
    assert formats.day_text(day).endswith("2026")  # the year in full, never "26"
    assert formats.short_money_text(6_000_000, "CNY") == "¥60,000"
    assert formats.day_text(None) == ""


def test_the_language_is_the_setting_else_the_system_and_lang_overrides_it(
        tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert chosen_language(settings) == system_language()
    LANGUAGE.set(settings, "he")
    assert chosen_language(settings) == "he"
    assert chosen_language(settings, "zh_CN") == "zh_CN"
    LANGUAGE.set(settings, "fr")  # not one of ours (a hand-edited file): the system's
    assert chosen_language(settings) == system_language()
    assert system_language(QLocale(QLocale.Language.Chinese, QLocale.Country.Taiwan)) == "zh_CN"
    assert system_language(QLocale(QLocale.Language.Hebrew)) == "he"
    assert system_language(QLocale(QLocale.Language.French)) == "en"
    assert set(LANGUAGES) == {"en", "zh_CN", "he"}


def test_lang_on_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert build_parser().parse_args(["--lang", "zh_CN"]).lang == "zh_CN"
    assert build_parser().parse_args([]).lang is None
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--lang", "fr"])
    assert "invalid choice: 'fr'" in capsys.readouterr().err


def test_care_reminders_agenda_items_and_suggestions_are_worded_in_the_language(
        speaking: object) -> None:
    one = uuid.uuid4()
    renewal = Reminder(CareKind.RENEWAL, one, one, date(2027, 1, 15), 30, "C-123")
    birthday = Reminder(CareKind.BIRTHDAY, one, one, date(2026, 12, 8), 3, "张伟", 40)
    first_year = Reminder(CareKind.ANNIVERSARY, one, one, date(2027, 3, 4), 7, "Acme", 1)
    later = Reminder(CareKind.ANNIVERSARY, one, one, date(2027, 3, 4), 7, "Acme", 3)
    deal = AgendaItem(AgendaKind.DEAL_CLOSE, one, one, "Acme", "Fleet · ¥60,000 · Proposal",
                      date(2027, 1, 15), stage=OpportunityStage.PROPOSAL)
    care_item = AgendaItem(AgendaKind.CARE, one, one, "Acme", later.text(), date(2027, 3, 4),
                           reminder=later)
    figures = ("45%", "industry", "Retail", "CRM Suite", "Support plan", "9", "20", "3.2%",
               "280")
    english = ("45% of customers in Retail who bought CRM Suite also bought Support plan "
               "(9 of 20; support 3.2% of 280)")
    # the command line's English as it was; the window's in its language
    assert reason_words(Kind.CROSS_SELL, figures) == english
    assert renewal.text() == "Renewal: C-123 ends 2027-01-15"
    assert care_text(birthday) == birthday.text() == "Birthday: 张伟 (Dec 8, turns 40)"
    assert care_text(first_year, company=False) == "Anniversary: 1 year a customer, Mar 4"
    assert care_text(later) == later.text() == "Anniversary: Acme (3 years a customer, Mar 4)"
    assert (days_away(3), days_away(-5), days_away(1)) == ("in 3 days", "5 days ago",
                                                           "tomorrow")
    assert reason_words(Kind.CROSS_SELL, figures, word) == english
    speaking("zh_CN")  # type: ignore[operator]
    assert care_text(renewal) == "续约：C-123 于 2027/1/15 到期"
    assert care_text(birthday) == "生日：张伟（12月8日，满 40 岁）"
    assert care_text(later, company=False) == "周年纪念：成为客户 3 年，3月4日"
    assert (days_away(3), days_away(-5), days_away(0)) == ("3 天后", "5 天前", "今天")
    assert agenda_what(deal) == "Fleet · ¥60,000 · 方案报价"
    assert agenda_what(care_item) == "周年纪念：成为客户 3 年，3月4日"
    assert reason_words(Kind.CROSS_SELL, figures, word).startswith(
        "购买了 CRM Suite 的Retail行业的客户中，45% 也购买了 Support plan")
    assert renewal.text() == "Renewal: C-123 ends 2027-01-15"  # the domain's: English
    speaking("he")  # type: ignore[operator]
    assert care_text(first_year) == "יום שנה: Acme (שנה כלקוח, 4 במרץ)"
    assert care_text(later, company=False) == "יום שנה: 3 שנים כלקוח, 4 במרץ"
    assert (days_away(1), days_away(4), days_away(-1)) == ("מחר", "בעוד 4 ימים", "אתמול")
    assert reason_words(Kind.UP_SELL, ("CRM Basic", "1", "CRM", "CRM Pro"), word) == (
        "יש לה CRM Basic (דרגה 1 של CRM); הדרגה הבאה היא CRM Pro")


def test_the_relationship_graph_speaks_the_window_language(speaking: object) -> None:
    from crmdesk.domain.graph_layout import Box, Caption, Drawing, Graph, Link, Member, Node
    from crmdesk.domain.graph_layout import layout as graph_layout
    from crmdesk.ui.graph_pane import describe
    from crmdesk.ui.words import caption_words

    group = [Member(Node("a", "Acme", "account"), None), Member(Node("b", "Beta", "company"),
                                                                "a", "r1")]
    drawing = graph_layout(Graph(Node("a", "Acme", "account"), group=group))
    (caption,) = drawing.captions
    assert caption_words(caption) == "Group · 2 companies"
    boxes = [Box(Node("x", "Wang", "related", group="customer"), 0, 0, 10, 10),
             Box(Node("y", "Lee", "related", group="customer"), 0, 0, 10, 10)]
    shown = Drawing(boxes, [], [], 10, 10)
    speaking("zh_CN")  # type: ignore[operator]
    assert caption_words(caption) == "集团 · 2 家公司"
    assert caption_words(Caption("Related companies", 0, 0)) == "关联公司"
    assert describe(Link(0, 1, "reports_to", ()), shown) == "Wang 汇报给 Lee"
    assert describe(Link(0, 1, "trade", ()), shown) == "Lee 是 Wang 的客户"
    speaking("he")  # type: ignore[operator]
    assert caption_words(caption) == "קבוצה · 2 חברות"
    assert describe(Link(0, 1, "influences", ()), shown) == "Wang משפיע על Lee"
