"""The import window: a workbook's columns guessed (Chinese, Hebrew) and changed, the
preview of its first rows, the import with its report saved, and Cancel."""

from __future__ import annotations

import csv
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from crmdesk.domain.lead_import import Outcome
from crmdesk.store.db import Store
from crmdesk.store.models import Account
from crmdesk.ui.import_dialog import ImportDialog, ReportModel


def _book(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "לידים"
    sheet.append(("שם החברה", "איש קשר", "נייד", 'דוא"ל', "Branche"))
    sheet.append(("גלבוע מערכות בע\"מ", "דנה כהן", 13812345678, "dana@gilboa.co.il", "Software"))
    sheet.append(("东飞物流有限公司", "王伟", 13912345678, "wang@dongfei-wl.cn", "Logistics"))
    sheet.append(("גלבוע מערכות", "", None, None, None))
    sheet.append(("Broken Phone Ltd", "Li", 12, None, None))
    book.save(path)
    return path


def test_the_import_window_maps_previews_imports_and_reports(
        seeded: Store, tmp_path: Path, qtbot: QtBot, qtmodeltester: Any) -> None:
    from tests.test_ui import make_window

    window = make_window(seeded, tmp_path, qtbot)
    dialog = ImportDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.channel.count() > 0, timeout=10000)
    dialog.channel.setCurrentText("Trade show")
    dialog.path.setText(str(_book(tmp_path / "leads.xlsx")))
    dialog.refresh_preview()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 4, timeout=10000)
    assert dialog.sheet.isEnabled() and dialog.sheet.currentText() == "לידים"
    # guessed from the Hebrew headers; the German one is not known
    assert {k: c.currentData() for k, c in dialog.columns.items() if c.currentData()} == {
        "name": "שם החברה", "contact": "איש קשר", "mobile": "נייד", "email": 'דוא"ל'}
    outcomes = [dialog.model.row_at(i).outcome for i in range(4)]
    assert outcomes == [Outcome.IMPORTED, Outcome.IMPORTED, Outcome.SKIPPED, Outcome.SKIPPED]
    qtmodeltester.check(dialog.model)
    # the user maps the industry column themselves
    industry = dialog.columns["industry"]
    industry.setCurrentIndex(industry.findData("Branche"))
    dialog.refresh_preview()
    qtbot.waitUntil(lambda: dialog.preview is not None
                    and dialog.preview.mapping.get("industry") == "Branche", timeout=10000)
    if os.environ.get("CRMDESK_SHOT"):
        dialog.grab().save(os.environ["CRMDESK_SHOT"])
    dialog.start()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=10000)
    report = dialog.outcome
    assert report is not None and not report.cancelled
    assert dialog.summary.text() == report.summary()
    assert (report.count(Outcome.IMPORTED), report.count(Outcome.SKIPPED)) == (2, 2)
    assert dialog.save.isEnabled() and dialog.run.isEnabled() and not dialog.stop.isEnabled()
    saved = tmp_path / "report.csv"
    dialog.save_report(saved)
    with saved.open(encoding="utf-8-sig", newline="") as out:
        lines = list(csv.reader(out))
    assert [line[2] for line in lines[1:]] == ["imported", "imported", "skipped", "skipped"]
    assert "Report saved to" in dialog.summary.text()
    qtbot.waitUntil(window.is_settled, timeout=10000)
    # the same file again, cancelled at once: nothing is imported and it says so
    with seeded.session() as session:
        before = session.scalar(select(func.count()).select_from(Account))
    dialog.outcome = None
    dialog.start()
    dialog.stop.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=10000)
    assert dialog.outcome.cancelled  # type: ignore[union-attr]
    assert dialog.summary.text() == "Import of leads.xlsx cancelled: nothing was imported."
    with seeded.session() as session:
        assert session.scalar(select(func.count()).select_from(Account)) == before
    window.ctx.runner.wait()


def _rows() -> list[Any]:
    """The report rows of a small file against one known company, as the import makes
    them (crmdesk.domain.lead_import: its checks and the one duplicate rule)."""
    from crmdesk.app.lead_import import ReportRow
    from crmdesk.domain.dedupe import identity
    from crmdesk.domain.lead_import import parse, sort_out

    text = ("Company,Phone,Region\n"
            '"Hollowbrook Instruments Co., Ltd.",+86 139 0571 2233,\n'
            "Qingluan\x07 Robotics Ltd,,\n"
            "Qingluan Robotcs Ltd,,\n"
            ",,Shanghai\n"
            f"Initech Systems Ltd,,{'x' * 121}\n"
            "Umbrella Corp,,Beijing,stray\n")
    batch = parse(text, "CN")
    known = identity("00" * 16, "Hollowbrook Instruments Ltd", ["13905712233"], [], None, "CN")
    items = sorted([*batch.rows, *batch.problems], key=lambda item: item.line)
    return [ReportRow(v.line, v.name, v.outcome, v.reason,
                      warnings=v.row.warnings if v.row is not None else ())
            for v in sort_out(items, [known])]


def test_the_report_model_shows_each_rows_outcome(qapp: Any, qtmodeltester: Any) -> None:
    """The English of each reason and note is the command line's and the report
    file's (the window's English plural forms are the command line's)."""
    model = ReportModel()
    rows = _rows()
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert [model.index(i, ReportModel.COL_OUTCOME).data() for i in range(6)] == [
        "already known", "new lead", *["not imported"] * 4]
    matched = ("already known as “Hollowbrook Instruments Ltd”: same company name once "
               "legal form is ignored (“hollowbrook instruments”); same phone number "
               "+8613905712233")
    cleaned = "Company: control characters or line breaks were taken out."
    assert (rows[1].reason, rows[1].warnings) == ("", (cleaned,))
    assert [model.index(i, ReportModel.COL_REASON).data() for i in range(6)] == [
        matched, cleaned,
        "repeats line 3 “Qingluan Robotics Ltd”: similar company name (97% alike)",
        "has no company name", "Region is at most 120 characters; this one has 121.",
        "has 4 fields where the header has 3; check for a stray comma or quote"]
    assert model.index(0, ReportModel.COL_REASON).data(Qt.ItemDataRole.ToolTipRole) == (
        matched)
    # a row's reason and its notes: one after the other, one a line in the tooltip
    model.set_rows([replace(rows[0], warnings=rows[1].warnings)])
    assert model.index(0, ReportModel.COL_REASON).data() == f"{matched}; {cleaned}"
    assert model.index(0, ReportModel.COL_REASON).data(Qt.ItemDataRole.ToolTipRole) == (
        f"{matched}\n{cleaned}")


def test_the_import_window_words_its_report_in_chinese(
        seeded: Store, tmp_path: Path, qtbot: QtBot, chinese: None) -> None:
    """In Chinese, the preview's and the report's reasons are the Chinese words with
    their figures (the company, the phone number, how alike, the line), joined as
    Chinese joins them; so are the import's progress and its summary."""
    from crmdesk.store.writes import new_account

    model = ReportModel()
    model.set_rows(_rows())
    assert [model.index(i, ReportModel.COL_REASON).data() for i in range(6)] == [
        "已有客户“Hollowbrook Instruments Ltd”：去掉“有限公司”等后缀后公司名称相同"
        "（“hollowbrook instruments”）；电话号码相同：+8613905712233",
        "公司：已去除控制字符或换行符。",
        "与第 3 行“Qingluan Robotics Ltd”重复：公司名称相似（相似度 97%）",
        "没有公司名称",
        "地区最多 120 个字符；这里有 121 个。",
        "有 4 个字段，而标题行有 3 个；请检查是否多了逗号或引号"]
    assert model.index(0, ReportModel.COL_OUTCOME).data() == "已存在"
    # the real window over a workspace that knows the company
    with seeded.write.begin() as session:
        new_account(session, name="Hollowbrook Instruments Ltd", owner_id=None,
                    team_id=None, phone="13905712233", phone_region="CN")
    path = tmp_path / "fair.csv"
    path.write_text('Company,Phone\n"Hollowbrook Instruments Co., Ltd.",+86 139 0571 2233\n'
                    "Qingluan Robotics Ltd,\nQingluan Robotcs Ltd,\n", encoding="utf-8")
    ctx = _light_ctx(seeded, tmp_path)
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.channel.count() > 0, timeout=10000)
    dialog.channel.setCurrentText("Trade show")
    dialog.path.setText(str(path))
    dialog.refresh_preview()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=10000)
    why = [dialog.model.index(i, ReportModel.COL_REASON).data() for i in range(3)]
    assert why == ["已有客户“Hollowbrook Instruments Ltd”：去掉“有限公司”等后缀后公司名称相同"
                   "（“hollowbrook instruments”）；电话号码相同：+8613905712233", "",
                   "与第 3 行“Qingluan Robotics Ltd”重复：公司名称相似（相似度 97%）"]
    assert dialog.encoding.itemText(dialog.encoding.findData("gb18030")) == "GB18030（简体中文）"
    steps: list[str] = []
    dialog.bar.valueChanged.connect(lambda _v: steps.append(dialog.bar.format()))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=10000)
    assert dialog.summary.text() == ("fair.csv：已导入 1 条新线索；1 条与已有客户匹配（保持不变）；"
                                     "跳过 1 条。")
    assert dialog.model.index(2, ReportModel.COL_REASON).data() == why[2]
    assert steps and all(step.startswith("正在") for step in steps)
    # a file it cannot read says why in Chinese too
    other = tmp_path / "firma.csv"
    other.write_text("Firma,Telefon\nGlobex,1\n", encoding="utf-8")
    dialog.path.setText(str(other))
    dialog.refresh_preview()
    qtbot.waitUntil(lambda: dialog.summary.text().startswith("没有公司名称列"), timeout=10000)
    assert dialog.summary.text().endswith("找到的列：Firma, Telefon")
    # one that reads as different text in several encodings: each reading, and what to do
    other.write_bytes("Company\nCrème Brûlée Traiteur SARL\n".encode("cp1252"))
    dialog.refresh_preview()
    qtbot.waitUntil(lambda: dialog.summary.text().startswith("该文件不是 UTF-8"), timeout=10000)
    said = dialog.summary.text()
    assert "“Crčme Brűlée Traiteur SARL”；按 Windows-1252（西欧语言） 或 Windows-1254" in said
    assert said.endswith("SARL”。请将其另存为“CSV UTF-8”（或指明它的编码）后重新导入。")
    ctx.runner.wait()


def _light_ctx(store: Store, tmp_path: Path) -> Any:
    """The window's context without the window (a dialog on its own is enough)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from crmdesk.store import queries as q
    from crmdesk.ui.changes import ChangeBus, Selection
    from crmdesk.ui.context import AppContext
    from crmdesk.ui.tasks import TaskRunner
    from tests.conftest import TODAY

    with store.session() as session:
        user = q.first_rep(session)
    assert user is not None
    app = QApplication.instance()
    return AppContext(store, user, TaskRunner(app), ChangeBus(app), Selection(app),
                      QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
                      today=lambda: TODAY)


def test_a_workbooks_sheets_are_read_off_the_ui_thread(seeded: Store, tmp_path: Path,
                                                       qtbot: QtBot) -> None:
    """openpyxl takes seconds over a big workbook: its sheets are listed by the runner,
    as the preview is, and the window stays responsive meanwhile."""
    ctx = _light_ctx(seeded, tmp_path)
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(_book(tmp_path / "leads.xlsx")))
    dialog.refresh_preview()
    # back at once: nothing of the workbook read yet on this thread
    assert dialog.sheet.count() == 0 and dialog.model.rowCount() == 0
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 4, timeout=10000)
    assert dialog.sheet.isEnabled() and dialog.sheet.currentText() == "לידים"
    # another workbook: its own sheets, not the last one's
    other = openpyxl.Workbook()
    notes = other.active
    assert notes is not None
    notes.title = "Notes"
    notes.append(("Company",))
    notes.append(("Globex Ltd",))
    other.create_sheet("Leads 2027").append(("Company",))
    other.save(tmp_path / "other.xlsx")
    dialog.path.setText(str(tmp_path / "other.xlsx"))
    dialog.refresh_preview()
    assert dialog.sheet.currentText() == "לידים"  # still the last one's, until read
    # nor is the last one's sheet (or its columns) taken for this one by an Import
    # clicked meanwhile: it waits for this workbook's sheets
    dialog.channel.addItem("Trade show")
    dialog.channel.setCurrentText("Trade show")
    dialog.start()
    assert "other.xlsx is still being read" in dialog.summary.text()
    assert dialog.request().sheet is None and dialog.request().mapping == {}
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10000)
    assert [dialog.sheet.itemText(i) for i in range(dialog.sheet.count())] == [
        "Notes", "Leads 2027"]
    # a file that is no workbook says so, without a traceback on the UI thread
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    dialog.path.setText(str(broken))
    dialog.refresh_preview()
    qtbot.waitUntil(lambda: "not an Excel workbook" in dialog.summary.text(), timeout=10000)
    assert dialog.model.rowCount() == 0 and dialog.sheet.count() == 0
    ctx.runner.wait()


def test_closing_the_window_cancels_the_import(seeded: Store, tmp_path: Path,
                                               qtbot: QtBot) -> None:
    """The import window is deleted when closed; closed while an import runs, it stops
    the import (the stop event Cancel sets), which saves nothing of it: an import is one
    transaction. One already done stays done."""
    import shiboken6
    from PySide6.QtCore import Qt

    from crmdesk.store.models import LeadBatch

    def counts() -> tuple[int, int]:
        with seeded.session() as session:
            return (session.scalar(select(func.count()).select_from(Account)) or 0,
                    session.scalar(select(func.count()).select_from(LeadBatch)) or 0)

    big = tmp_path / "big.csv"
    big.write_text("Company\n" + "".join(f"Bulk Lead {n} Trading Co\n" for n in range(60000)),
                   encoding="utf-8")
    ctx = _light_ctx(seeded, tmp_path)
    errors: list[str] = []
    ctx.runner.error.connect(errors.append)
    dialog = ImportDialog(ctx)
    assert dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.channel.count() > 0, timeout=10000)
    dialog.channel.setCurrentText("Trade show")
    dialog.path.setText(str(big))
    before = counts()
    stop = dialog._stop
    dialog.start()
    qtbot.waitUntil(lambda: dialog.bar.value() > 0, timeout=20000)  # under way
    assert not stop.is_set()
    with qtbot.waitSignal(dialog.destroyed, timeout=10000):
        dialog.close()
    assert stop.is_set()
    assert ctx.runner.wait()
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=10000)
    assert counts() == before and errors == []

    # closed after its import is done: the leads stay
    small = tmp_path / "small.csv"
    small.write_text("Company\nGlobex Trading Ltd\nInitech Systems Co\n", encoding="utf-8")
    done = ImportDialog(ctx)
    done.show()
    qtbot.waitUntil(lambda: done.channel.count() > 0, timeout=10000)
    done.channel.setCurrentText("Trade show")
    done.path.setText(str(small))
    done.start()
    qtbot.waitUntil(lambda: done.outcome is not None, timeout=10000)
    done.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(done), timeout=10000)
    assert counts() == (before[0] + 2, before[1] + 1)
    ctx.runner.wait()


def test_the_file_is_read_while_the_writer_saves_something_else(
        seeded: Store, tmp_path: Path, qtbot: QtBot) -> None:
    """A file is read and its rows checked on a reader, not on the writer: with the
    writer busy (a long save), the import still reads its file, and only its saving
    waits for the writer (and, the other way round, a note saved while a large file is
    read is not kept waiting for it)."""
    import threading

    from crmdesk.app.changes import Done

    ctx = _light_ctx(seeded, tmp_path)
    path = tmp_path / "fair.csv"
    path.write_text("Company\nGlobex Trading Ltd\nInitech Systems Co\n", encoding="utf-8")
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.channel.count() > 0, timeout=10000)
    dialog.channel.setCurrentText("Trade show")
    dialog.path.setText(str(path))
    gate = threading.Event()
    ctx.command(lambda _app: Done(gate.wait(20)))  # the writer, busy saving
    try:
        dialog.start()
        qtbot.waitUntil(lambda: dialog.bar.format().startswith("Reading and checking rows"),
                        timeout=10000)
        assert dialog.bar.value() == 2 and dialog.outcome is None  # read; saving waits
    finally:
        gate.set()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=10000)
    assert dialog.outcome.count(Outcome.IMPORTED) == 2
    ctx.runner.wait()
