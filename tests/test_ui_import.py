"""The import window: a workbook's columns guessed (Chinese, Hebrew) and changed, the
preview of its first rows, the import with its report saved, and Cancel."""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

import openpyxl
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


def test_the_report_model_shows_each_rows_outcome(qtmodeltester: Any) -> None:
    from crmdesk.app.lead_import import ReportRow

    model = ReportModel()
    model.set_rows([ReportRow(2, "Acme", Outcome.MATCHED, "already known as “Acme Ltd”",
                              warnings=("name: control characters were taken out.",))])
    qtmodeltester.check(model)
    assert model.index(0, ReportModel.COL_OUTCOME).data() == "already known"
    assert model.index(0, ReportModel.COL_REASON).data() == (
        "already known as “Acme Ltd”; name: control characters were taken out.")


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
