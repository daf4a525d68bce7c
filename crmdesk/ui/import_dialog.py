"""The import window: choose a lead file (CSV or Excel) and its channel, see how its
columns are read (guessed, changeable, remembered per channel) and how its first rows
would import, run it with a progress bar and Cancel, and save the report.

The reading, checking and importing are the app's commands (crmdesk.app.lead_import);
this window only shows them and passes on what the user chose."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.app import lead_import, rights
from crmdesk.app.changes import Done
from crmdesk.app.context import Context
from crmdesk.app.lead_import import ImportReport, ImportRequest, ReportRow
from crmdesk.domain.lead_import import FIELDS, LEGACY_ENCODINGS, Outcome
from crmdesk.domain.words import Joined, tr_noop
from crmdesk.store.db import busy_message, is_busy
from crmdesk.store.lead_import import channel_names
from crmdesk.ui.context import AppContext
from crmdesk.ui.team_choice import TeamChooser
from crmdesk.ui.wheel import ComboBox
from crmdesk.ui.words import refusal_words, sentence, word, worded

_Index = QModelIndex | QPersistentModelIndex


_TITLES = (tr_noop("Row"), tr_noop("Company"), tr_noop("Outcome"), tr_noop("Why"))
_OUTCOMES: dict[Outcome, str] = {
    Outcome.IMPORTED: tr_noop("new lead"), Outcome.MATCHED: tr_noop("already known"),
    Outcome.SKIPPED: tr_noop("not imported")}


class ReportModel(QAbstractTableModel):
    """The rows of a preview or a report: each row's number, company, outcome, why."""

    COL_LINE, COL_NAME, COL_OUTCOME, COL_REASON = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ReportRow] = []

    def set_rows(self, rows: list[ReportRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ReportRow:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(_TITLES)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(_TITLES)):
            return word(_TITLES[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_LINE:
                return row.line
            if column == self.COL_NAME:
                return row.name
            if column == self.COL_OUTCOME:
                return word(_OUTCOMES[row.outcome])
            if column == self.COL_REASON:
                return _why(row, "; ")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_REASON:
            return _why(row, "\n")
        return None


def _why(row: ReportRow, separator: str) -> str:
    """A row's reason and its notes (each marked) in the user's words, one after the
    other ("; ": "；" in Chinese), or one a line."""
    return worded(Joined((part for part in (row.reason, *row.warnings) if part), separator))


class _Progress(QObject):
    """Progress from the worker, delivered on the UI thread (a queued signal)."""

    moved = Signal(str, int, object)


class ImportDialog(QDialog):
    """Import a batch of leads: file and channel, the columns' mapping, a preview, the
    import with progress and Cancel, and the report with “Save report…”."""

    PREVIEW_ROWS = 20

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        # closed, it goes (an import still running is cancelled: see `done`)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Import leads"))
        self.outcome: ImportReport | None = None
        self.preview: ImportReport | None = None
        self._header: list[str] = []
        # each preview and each import bumps this; a preview that comes back after a newer
        # one, or after an import began, is stale and would overwrite what the user sees
        self._turn = 0
        self._sheets_of: Path | None = None  # the workbook whose sheets are offered
        self._columns_of: Path | None = None  # the file whose columns are offered
        self._stop = threading.Event()

        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("A CSV file or an Excel workbook (.xlsx)"))
        self.path.editingFinished.connect(self.refresh_preview)
        self.browse = browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        # a rep picks one of the channels an administrator made; none is made here
        self.channel = ComboBox()
        self.channel.setPlaceholderText(self.tr("Loading channels…"))
        self.channel.currentTextChanged.connect(lambda _text: self._remap())
        self.encoding = ComboBox()
        self.encoding.addItem(self.tr("Detect (UTF-8 first)"), None)
        for code, label in LEGACY_ENCODINGS.items():
            self.encoding.addItem(word(label), code)
        self.encoding.currentIndexChanged.connect(lambda _i: self._remap())
        self.sheet = ComboBox()
        self.sheet.setEnabled(False)
        self.sheet.currentIndexChanged.connect(lambda _i: self._remap())
        self.to_me = QCheckBox(self.tr("Assign the new leads to me (otherwise: team pool)"))
        self.to_me.setChecked(True)
        top = QFormLayout()
        top.addRow(self.tr("File"), file_row)
        top.addRow(self.tr("Channel"), self.channel)
        # an administrator, in no team, says whose pool the leads go to (they hold none
        # themselves: the server takes no owner outside the record's team)
        self.team: TeamChooser | None = None
        if rights.chooses_team(ctx.user):
            self.team = TeamChooser(ctx)
            self.team.setToolTip(self.tr("The new leads go to this team's pool."))
            top.addRow(self.tr("Team"), self.team)
            self.to_me.setChecked(False)
            self.to_me.setVisible(False)
        top.addRow(self.tr("Encoding (CSV)"), self.encoding)
        top.addRow(self.tr("Sheet (Excel)"), self.sheet)
        top.addRow(self.to_me)

        # the mapping: each of our fields with the file's column it is read from
        mapping = QGroupBox(self.tr("Columns"))
        grid = QGridLayout(mapping)
        self.columns: dict[str, ComboBox] = {}
        for at, (key, label) in enumerate(FIELDS.items()):
            combo = ComboBox()
            combo.addItem(self.tr("(none)"), "")
            combo.activated.connect(lambda _i: self.refresh_preview())
            self.columns[key] = combo
            grid.addWidget(QLabel(word(label)), at // 3, (at % 3) * 2)
            grid.addWidget(combo, at // 3, (at % 3) * 2 + 1)

        self.model = ReportModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ReportModel.COL_LINE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ReportModel.COL_OUTCOME,
                                    QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ReportModel.COL_REASON, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(ReportModel.COL_NAME, 240)
        self.table.setWordWrap(False)
        self.summary = QLabel(self.tr(
            "Choose a file: its columns are found by their headers in English, Chinese or "
            "Hebrew (Company, 公司名称, שם החברה …), and can be changed below."))
        self.summary.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setVisible(False)

        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.run = self.box.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.ActionRole)
        self.run.clicked.connect(self.start)
        self.stop = self.box.addButton(self.tr("Cancel import"),
                                       QDialogButtonBox.ButtonRole.ActionRole)
        self.stop.clicked.connect(self._stop.set)
        self.stop.setEnabled(False)
        self.save = self.box.addButton(self.tr("Save report…"),
                                       QDialogButtonBox.ButtonRole.ActionRole)
        self.save.clicked.connect(self._save)
        self.save.setEnabled(False)
        self.box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(mapping)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.box)
        self.resize(900, 640)
        # who may make no leads at all is told so at once, not after choosing a file
        self.refusal = rights.new_lead_refusal(ctx.user)
        if self.refusal is not None:
            self.summary.setText(sentence(self.refusal))
            self.run.setEnabled(False)
            self.to_me.setVisible(False)
        ctx.read(channel_names, self._channels)

    # ---- choosing ---------------------------------------------------------------------
    def _channels(self, names: list[str]) -> None:
        if not shiboken6.isValid(self):
            return
        self.channel.addItems(names)
        # loaded: the box no longer says so (a placeholder keeps none chosen: the user
        # picks the channel the batch came from, its cost and ROI depend on it)
        self.channel.setPlaceholderText(self.tr("Choose the channel of these leads"))
        if not names and self.refusal is None:
            self.channel.setPlaceholderText(self.tr("No channels yet"))
            self.summary.setText(self.tr(
                "There are no channels to import under yet. An administrator adds them on "
                "the server (crmdesk-server channel add NAME); they arrive with the next "
                "sync."))

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import leads"), "",
            self.tr("Lead files (*.csv *.txt *.xlsx *.xlsm);;All files (*)"))
        if path:
            self.path.setText(path)
            self.refresh_preview()

    def request(self) -> ImportRequest:
        """The file, channel and columns as chosen now: the sheet and columns offered
        only if they are this file's (another file's choices would read this one wrong;
        without them the import guesses, as the preview does)."""
        path = Path(self.path.text().strip())
        chosen = ({key: str(combo.currentData() or "") for key, combo in self.columns.items()
                   if combo.count() > 1} if self._columns_of == path and self._header else {})
        return ImportRequest(path, self.channel.currentText().strip(),
                             self.encoding.currentData(),
                             self.sheet.currentText() if self._sheets_of == path else None,
                             chosen)

    def _remap(self) -> None:
        """A new file, sheet, encoding or channel: the columns are guessed afresh."""
        self._header = []
        self.refresh_preview()

    def refresh_preview(self) -> None:
        """Read the first rows as they would import, in the background (a new
        workbook's sheets first, also in the background: openpyxl may take seconds)."""
        path = Path(self.path.text().strip())
        if not path.is_file():
            return
        excel = path.suffix.lower() in lead_import.EXCEL_SUFFIXES
        if excel and self._sheets_of != path:
            self._turn += 1
            turn = self._turn

            def sheets() -> list[str] | str:
                try:
                    return lead_import.sheet_names(path)
                except (OSError, ValueError) as exc:
                    return refusal_words(exc)

            self._ctx.runner.run(sheets, lambda found: self._sheets_read(turn, path, found))
            return
        if not excel and self._sheets_of is not None:
            self._list_sheets(None, [])
        request = self.request()
        if not self._header:  # a new file: nothing chosen yet, the guess and memory rule
            request = ImportRequest(request.path, request.channel, request.encoding,
                                    request.sheet)
        app = self._ctx.app
        self._turn += 1
        turn = self._turn

        def read() -> tuple[list[str], ImportReport | str]:
            try:
                header = lead_import.read_table(request.path, request.encoding,
                                                request.sheet).header
            except (OSError, ValueError) as exc:
                return [], refusal_words(exc)
            try:
                return header, lead_import.preview_import(app, request, self.PREVIEW_ROWS)
            except (OSError, ValueError) as exc:
                return header, refusal_words(exc)

        self._ctx.runner.run(read, lambda found: self._previewed(turn, request.path, found))

    def _sheets_read(self, turn: int, path: Path, found: list[str] | str) -> None:
        if not shiboken6.isValid(self):  # closed while the workbook was read
            return
        if turn != self._turn:  # another file, or an import, since
            return
        if isinstance(found, str):
            self._list_sheets(None, [])
            self.preview = None
            self.model.set_rows([])
            self.summary.setText(found)
            return
        self._list_sheets(path, found)
        self._header = []  # a new file: its columns are guessed afresh
        self.refresh_preview()

    def _list_sheets(self, path: Path | None, names: list[str]) -> None:
        """Offer the sheets of workbook `path` (None: the file is no workbook)."""
        self._sheets_of = path
        with QSignalBlocker(self.sheet):
            self.sheet.clear()
            self.sheet.addItems(names)
            self.sheet.setEnabled(path is not None)

    def _previewed(self, turn: int, path: Path,
                   found: tuple[list[str], ImportReport | str]) -> None:
        if not shiboken6.isValid(self):  # closed while the file was read: nothing to show
            return
        if turn != self._turn:  # a newer preview or an import has begun since
            return
        self._columns_of = path
        header, preview = found
        if header != self._header:
            self._header = header
            for combo in self.columns.values():
                combo.clear()
                combo.addItem(self.tr("(none)"), "")
                for title in header:
                    if title.strip():
                        combo.addItem(title, title.strip())
        if isinstance(preview, str):
            self.preview = None
            self.model.set_rows([])
            self.summary.setText(preview)
            return
        self.preview = preview
        for key, combo in self.columns.items():
            at = combo.findData(preview.mapping.get(key, ""))
            combo.setCurrentIndex(max(at, 0))
        self.model.set_rows(preview.rows)
        self.summary.setText(self.tr(
            "The first {0} rows as they would import: {1} new, {2} already known (left as "
            "they are), {3} not imported.").format(
            len(preview.rows), preview.count(Outcome.IMPORTED), preview.count(Outcome.MATCHED),
            preview.count(Outcome.SKIPPED)))

    # ---- importing --------------------------------------------------------------------
    def start(self) -> None:
        if self.refusal is not None:
            self.summary.setText(sentence(self.refusal))
            return
        request = self.request()
        if not request.path.is_file():
            self.summary.setText(self.tr("Choose a file first."))
            return
        if (request.path.suffix.lower() in lead_import.EXCEL_SUFFIXES
                and self._sheets_of != request.path):
            self.summary.setText(self.tr(
                "{0} is still being read: import it once its sheets show.").format(
                request.path.name))
            return
        if not request.channel:
            self.summary.setText(self.tr("Choose the channel the leads came from."))
            return
        user = self._ctx.user
        team = user.team_id if self.team is None else self.team.team_id()
        if team is None:
            self.summary.setText(word(rights.CHOOSE_TEAM))
            return
        owner = user.id if self.to_me.isChecked() and self.team is None else None
        self._stop.clear()
        self._turn += 1
        stop = self._stop
        # the worker reports progress through an object the runner owns, never this
        # window's: closed, the window may be gone while the import still reports
        relay = _Progress(self._ctx.runner)
        relay.moved.connect(self._moved)
        moved = relay.moved

        def finished(report: ImportReport) -> None:
            relay.deleteLater()
            self._done(report)

        def failed(exc: BaseException) -> None:
            relay.deleteLater()
            if not shiboken6.isValid(self):
                return
            self._running(False)
            self.summary.setText(self.tr("Nothing was imported: {0}").format(
                worded(busy_message()) if is_busy(exc) else refusal_words(exc)))

        def step(what: str, done: int, total: int | None) -> None:
            moved.emit(what, done, total)

        app = self._ctx.app

        def read() -> lead_import.ReadFile | None:
            # the file read and its rows checked on a reader, not the writer: saves made
            # meanwhile (a note) are not kept waiting behind a large file
            return lead_import.read_file(app, request, owner_id=owner, team_id=team,
                                         progress=step, cancelled=stop.is_set)

        def was_read(done: lead_import.ReadFile | None) -> None:
            if done is None or stop.is_set():
                finished(ImportReport(request.path.name, {}, cancelled=True))
                return

            def do(writer: Context) -> Done[ImportReport]:
                return lead_import.import_read(writer, done, progress=step,
                                               cancelled=stop.is_set)

            self._ctx.command(do, finished, failed)

        self._running(True)
        self.summary.setText(self.tr("Importing…"))
        self._ctx.runner.run(read, was_read, failed)

    def done(self, result: int) -> None:
        """Closed (Close, Escape, the title bar's ×): an import still running is
        cancelled as Cancel cancels it; it saves nothing (one transaction), and what an
        earlier import saved stays."""
        self._stop.set()
        super().done(result)

    def _running(self, running: bool) -> None:
        self.run.setEnabled(not running)
        self.stop.setEnabled(running)
        self.bar.setVisible(running)
        for widget in (self.team, self.path, self.browse):
            if widget is not None:
                widget.setEnabled(not running)
        for combo in (self.channel, self.encoding, self.sheet, *self.columns.values()):
            combo.setEnabled(not running and (combo is not self.sheet or combo.count() > 0))

    def _moved(self, what: str, done: int, total: int | None) -> None:
        self.bar.setFormat(f"{word(what)}: %v" + (" / %m" if total else ""))
        self.bar.setRange(0, total or 0)
        self.bar.setValue(done)

    def _done(self, report: ImportReport) -> None:
        if not shiboken6.isValid(self):  # closed meanwhile: the import is done all the same
            return
        self._running(False)
        self.outcome = report
        self.model.set_rows(report.rows)
        self.save.setEnabled(bool(report.rows))
        self.summary.setText(worded(report.summary()))

    def _save(self) -> None:
        if self.outcome is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), f"{Path(self.outcome.file_name).stem}-report.csv",
            self.tr("CSV files (*.csv)"))
        if name:
            self.save_report(Path(name))

    def save_report(self, path: Path) -> None:
        """Write the report to `path` (the dialog's “Save report…” asks where)."""
        if self.outcome is None:
            return
        try:
            lead_import.save_report(self.outcome, path)
        except OSError as exc:
            self.summary.setText(self.tr("The report was not saved: {0}").format(exc.strerror))
        else:
            self.summary.setText(self.tr("Report saved to {0}.").format(path))
