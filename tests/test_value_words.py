"""A value score's and a churn risk's reasons are codes with figures: the command line and
the review's exports word them in English as they always did, the window in its language
(the card's value lines, the review's churn list), with plural forms. A conflict's labels
likewise: English in the store, the window's language in the Conflicts view."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crmdesk.app import review
from crmdesk.app.context import Context
from crmdesk.cli import main
from crmdesk.domain.lifecycle import AccountFacts, NoMove, Status, check_move
from crmdesk.domain.value import (
    Reason,
    Said,
    ValueInputs,
    Why,
    churn_risk,
    reasons_text,
    value_score,
)
from crmdesk.store.conflicts import GONE, NOT_HERE, YES, ConflictRow
from crmdesk.store.db import Store
from crmdesk.store.records import field_label, label
from crmdesk.ui.conflicts_view import COL_FIELD, COL_MINE, COL_RECORD, COL_THEIRS, ConflictsModel
from crmdesk.ui.language import install_language
from crmdesk.ui.review_table_model import ReportTableModel
from crmdesk.ui.words import move_words, value_reason, value_reasons, word
from crmdesk.ui.words import said as said_words
from tests.conftest import TODAY
from tests.test_ui import make_window, settle


def test_the_reasons_are_codes_worded_in_english_and_in_the_language(
        qapp: QApplication) -> None:
    score = value_score(ValueInputs(revenue_12m=500_000_00, purchases=4, open_pipeline=120_000_00,
                                    scale="50-199", has_key_person=True, referrals=1,
                                    days_since_contact=3))
    assert [r.why for r in score.reasons] == [Why.PAID, Why.PIPELINE, Why.PURCHASES,
                                              Why.KEY_PERSON, Why.REFERRED, Why.RECENT,
                                              Why.SCALE]
    english = ("paid 500,000 in the last 12 months; 120,000 in open opportunities; "
               "4 purchases so far; a key person is among the contacts; referred 1 "
               "company to us; in contact within the last 30 days; 50-199 employees")
    assert reasons_text(score.reasons) == english  # the command line's, as it was
    risk = churn_risk(ValueInputs(purchases=2, revenue_12m=100, revenue_prev_12m=1000,
                                  days_since_contact=120))
    assert reasons_text(risk.reasons) == (
        "no contact for 120 days; purchases fell by more than half against the year before")
    # the window in English: the plural forms of the English .qm
    assert value_reason(Reason(Why.REFERRED, 1)) == "referred 1 company to us"
    assert value_reason(Reason(Why.SILENT, 1)) == "no contact for 1 day"
    install_language(qapp, "zh_CN")
    try:
        assert value_reasons(score.reasons) == (
            "近 12 个月回款 500,000；在谈商机 120,000；已购买 4 次；联系人中有关键人；"
            "为我们转介绍了 1 家公司；近 30 天内有联系；员工 50-199 人")
        assert value_reasons(risk.reasons) == "120 天未联系；购买额比上一年下降一半以上"
        assert value_reason(Reason(Why.NEVER)) == "长期未联系"
        assert reasons_text(risk.reasons).startswith("no contact for 120 days")
        install_language(qapp, "he")
        assert value_reason(Reason(Why.SILENT, 1)) == "אין קשר כבר יום אחד"
        assert value_reason(Reason(Why.SILENT, 120)) == "אין קשר כבר 120 ימים"
    finally:
        install_language(qapp, "en")


def test_the_churn_list_in_the_window_and_on_the_command_line(
        seeded: Store, chinese: None, capsys: pytest.CaptureFixture[str]) -> None:
    ctx = Context(seeded, None, today=lambda: TODAY)
    panel = review.review_panel(ctx, "value", review.review_scope(ctx))
    churn = next(t for t in panel.tables if t.key == "value.churn")
    col = churn.column("reasons")
    said = [row.values[col] for row in churn.rows]
    assert said and all(isinstance(s, Said) for s in said)
    # the note: the command line's English as it was, the window's in the language
    payers = int(churn.note.split(" of ")[1].split(" ")[0].replace(",", ""))
    assert churn.note == (f"{len(churn.rows):,} of {payers:,} paying customers: no contact "
                          "for 90 days, or paid less than half of the year before; highest "
                          "value score first.")
    assert said_words(churn.note) == (f"{payers:,} 位付费客户中有 {len(churn.rows):,} 位：90 天"
                                      "未联系，或回款不到上一年的一半；按价值评分从高到低排列。")
    model = ReportTableModel(churn)
    for row in range(min(len(said), 50)):
        shown = model.text(row, col)
        assert shown == value_reasons(said[row].reasons)  # type: ignore[attr-defined]
        assert "no contact" not in shown and ("天" in shown or "下降" in shown)
    # the command line's CSV: the English, as each reason says it
    code = main(["report", "value", "--db", str(seeded.path), "--today", TODAY.isoformat(),
                 "--format", "csv", "--table", "value.churn"])
    out, err = capsys.readouterr()
    assert code == 0, err
    lines = [line for line in csv.reader(io.StringIO(out)) if line]
    assert [line[-1] for line in lines[1:]] == [
        reasons_text(s.reasons) for s in said]  # type: ignore[attr-defined]
    assert any(line[-1].startswith("no contact for ") and line[-1].endswith(" days")
               for line in lines[1:])


def test_the_cards_value_lines_in_chinese(seeded: Store, tmp_path: Path, qtbot: QtBot,
                                          chinese: None) -> None:
    win = make_window(seeded, tmp_path, qtbot)
    ctx = win.ctx.app  # the rep's own churn list: accounts the rep may open
    panel = review.review_panel(ctx, "value", review.review_scope(ctx))
    churn = next(t for t in panel.tables if t.key == "value.churn")
    account = churn.rows[0].behind[0]
    win.open_account(account)
    qtbot.waitUntil(lambda: win.card.data is not None
                    and win.card.data.card.id == account, timeout=10000)
    settle(win, qtbot)
    assert win.card.data is not None
    card = win.card.data.card
    text = win.card.value.text()
    assert card.churn.at_risk and card.score.reasons
    assert "流失风险：" in text or "流失风险:" in text  # the heading too
    assert value_reasons(card.churn.reasons) in text
    assert value_reason(card.score.reasons[0]) in text
    assert "no contact" not in text and "paid " not in text


def test_a_conflicts_labels_in_chinese_its_store_words_in_english(chinese: None) -> None:
    """What a conflict says: its record's kind, its field, the domain's own values and
    why it cannot be restored, in the window's language; the store keeps the English."""
    one = uuid.uuid4()
    gone = ConflictRow(id=1, entity="contacts", row_id=one, account_id=None,
                       kind=label("contacts"), record=NOT_HERE, field="is_key_person",
                       field_label=field_label("contacts", "is_key_person"),
                       mine=shown_empty(), theirs=YES, their_by="Li Wei", their_at=None,
                       at=datetime(2026, 12, 1, 9, 30), reason="Replaced by Li Wei's later edit.",
                       blocked=GONE)
    assert (gone.kind, gone.field_label, gone.mine) == ("Contact", "Key person", "(empty)")
    assert field_label("contacts", None) == "Whole change"
    model = ConflictsModel()
    model.set_rows([gone])
    texts = [model.data(model.index(0, col)) for col in range(model.columnCount())]
    assert texts[COL_RECORD] == "（已不在本机） · 联系人"
    assert texts[COL_FIELD] == "关键人"
    assert (texts[COL_MINE], texts[COL_THEIRS]) == ("（空）", "是")
    assert word(GONE).startswith("此记录已不在本机")
    assert word(field_label("contacts", None)) == "整条修改"


def shown_empty() -> str:
    from crmdesk.store.conflicts import shown
    return shown(None, "contacts", "is_key_person", None)  # type: ignore[arg-type]


def test_a_refused_status_change_in_chinese_and_in_english(qapp: QApplication) -> None:
    """check_move's reason stays the server's and the command line's English; the window
    words the same refusal by its code, in the language, for every code."""
    nothing, reached = AccountFacts(), AccountFacts(has_reachable_contact=True,
                                                    two_way_contact_logged=True)
    ready = AccountFacts(True, True, True)
    cases = {  # (current, target, facts): the English as it always was, then Chinese
        (Status.LEAD, Status.LEAD, nothing): ("The account is already Lead.",
                                              "该客户已经是线索。"),
        (Status.INTENDED, Status.CONTRACTED, ready): (
            "Contracted follows only from a contract with a received payment: record a "
            "signed contract and a received payment on the contract.",
            "只有签订合同并收到回款才会成为成交客户：请记录"),
        (Status.CONTRACTED, Status.LOST, nothing): (
            "A contracted customer is handed to service, not marked lost.",
            "成交客户应移交给客服，而不是标记为丢单。"),
        (Status.LOST, Status.POTENTIAL, reached): (
            "A lost account is reopened as a lead first.", "丢单客户需先重新打开为线索。"),
        (Status.CONTRACTED, Status.INTENDED, nothing): (
            "A contracted customer does not move back down the path.",
            "成交客户不能沿销售流程倒退。"),
        (Status.INTENDED, Status.LEAD, reached): (
            "The record still meets Potential's condition (", "该记录仍满足潜在客户的条件（"),
        (Status.LEAD, Status.INTENDED, reached): (
            "Intended needs: an open opportunity with an amount and an expected close date.",
            "推进到意向客户还需要："),
    }
    checks = {key: check_move(*key) for key in cases}
    for key, (english, _) in cases.items():
        assert checks[key].reason.startswith(english), key
        assert move_words(checks[key]) == checks[key].reason  # English in the window too
    assert {c.code for c in checks.values()} == set(NoMove)
    install_language(qapp, "zh_CN")
    try:
        for key, (english, chinese) in cases.items():
            assert move_words(checks[key]).startswith(chinese), key
            assert checks[key].reason.startswith(english)  # the domain's: English
    finally:
        install_language(qapp, "en")
