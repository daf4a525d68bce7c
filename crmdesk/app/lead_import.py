"""The commands that import a lead file: read it (CSV in any common encoding, or an
Excel workbook), map its columns, preview, import with progress and Cancel, report.

The window, `crmdesk import` and the tests run the same commands. An import is one
transaction: it is saved whole, or (refused, failed or cancelled) not at all.
"""

from __future__ import annotations

import csv
import gc
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from crmdesk.app import rights
from crmdesk.app._unit import write
from crmdesk.app.changes import ACCOUNT, QUEUE, Changes, Done
from crmdesk.app.context import Context
from crmdesk.app.xlsx_sheet import NotAWorkbook, Workbook
from crmdesk.domain.dedupe import Identity
from crmdesk.domain.lead_import import (
    FIELDS,
    ColumnMap,
    LeadRow,
    Outcome,
    ParsedBatch,
    RowProblem,
    Table,
    UnreadableFile,
    Verdict,
    csv_table,
    decode,
    guess_mapping,
    lead_identity,
    lead_rows,
    parse,
    resolve,
    sort_out,
)
from crmdesk.domain.words import Worded, message, tr_noop
from crmdesk.store.duplicates import candidates, identities
from crmdesk.store.lead_import import (
    Cancelled,
    ImportResult,
    channel_named,
    fitting,
    import_leads,
    write_leads,
)
from crmdesk.store.workspace_keys import import_mapping
from crmdesk.store.writes import Refused

#: Files read as Excel workbooks; any other is read as CSV text.
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
#: Rows read, checked or written between two progress reports (and Cancel checks).
STEP = 5000

#: progress(what is being done (marked: the window words it), how many done, out of how
#: many (None: not known yet))
Progress = Callable[[str, int, int | None], None]
#: What an import is doing, as progress says it.
READING = tr_noop("Reading and checking rows")
MATCHING = tr_noop("Looking for duplicates")
SAVING = tr_noop("Saving new leads")


class UnknownChannel(Refused):
    """The channel named is not one the workspace knows (or it knows none)."""


# ---- reading files ----------------------------------------------------------------------

def read_lead_text(path: Path, encoding: str | None) -> str:
    """A CSV lead file's text. Raises OSError (unreadable) or
    crmdesk.domain.lead_import.UnreadableFile (not text in a known encoding)."""
    return decode(path.read_bytes(), encoding)


def read_lead_file(path: Path, encoding: str | None, region: str) -> ParsedBatch:
    """Read and parse a small CSV file of leads whole, phone numbers in `region`, its
    columns guessed. Raises as `read_lead_text`, or UnreadableFile when it holds no
    table of leads."""
    return parse(read_lead_text(path, encoding), region)


def cell_text(value: Any) -> str:
    """A spreadsheet cell as the text it shows: 13812345678 (a number) as digits, not
    1.3812345678E10; a date as YYYY-MM-DD."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _workbook(path: Path) -> Workbook:
    try:
        return Workbook(path)
    except NotAWorkbook as exc:
        raise UnreadableFile(Worded(tr_noop("This is not an Excel workbook that can be read "
                                            "({0})."), str(exc))) from None


def _xlsx_table(path: Path, sheet: str | None) -> Table:
    """The table on one sheet of a workbook (the first unless named), read as a stream
    (crmdesk.app.xlsx_sheet: one pass): a 100k-row sheet is never held whole."""
    book = _workbook(path)
    part = book.worksheet_named(sheet)
    if part is None:
        names = ", ".join(book.sheet_names)
        book.close()
        if sheet is None:
            raise UnreadableFile(tr_noop("The workbook has no sheet of cells."))
        if sheet in book.sheet_names:
            raise UnreadableFile(Worded(tr_noop("The sheet “{0}” is a chart; choose a sheet "
                                                "of cells."), sheet))
        raise UnreadableFile(Worded(tr_noop("The workbook has no sheet “{0}”; its sheets: "
                                            "{1}."), sheet, names))
    cells = book.rows(part)
    header: list[str] | None = None
    for _number, values in cells:
        texts = [cell_text(v).strip() for v in values]
        if any(texts):
            header = texts
            break
    if header is None:
        book.close()
        raise UnreadableFile(tr_noop("The sheet is empty."))
    while header and not header[-1]:
        header.pop()

    def rows() -> Iterator[tuple[int, list[str]] | RowProblem]:
        try:
            for number, values in cells:
                yield number, [cell_text(v) for v in values]
        finally:
            book.close()

    return Table(header, rows())


def sheet_names(path: Path) -> list[str]:
    """The sheets of an Excel workbook, in order. Raises OSError or UnreadableFile."""
    book = _workbook(path)
    try:
        return book.sheet_names
    finally:
        book.close()


def read_table(path: Path, encoding: str | None = None, sheet: str | None = None) -> Table:
    """A lead file's table: an Excel workbook's sheet, or CSV text in `encoding` (None:
    UTF-8, or detected). Raises OSError or UnreadableFile with a plain reason."""
    if path.suffix.lower() in EXCEL_SUFFIXES:
        if not path.is_file():
            raise FileNotFoundError(2, "No such file or directory", str(path))
        return _xlsx_table(path, sheet)
    if sheet is not None:
        # the command line's (the window offers sheets of a workbook only)
        raise UnreadableFile(tr_noop("A CSV file has no sheets; --sheet is for Excel "
                                     "workbooks."))
    return csv_table(read_lead_text(path, encoding))


# ---- the column mapping -------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ImportRequest:
    """A lead file to import and how: its channel, its encoding (CSV) or sheet (Excel),
    and columns the user mapped themselves (field -> column header; "" for none)."""

    path: Path
    channel: str
    encoding: str | None = None
    sheet: str | None = None
    mapping: Mapping[str, str] = field(default_factory=dict)


def mapping_for(session: Session, header: list[str], channel: str,
                chosen: Mapping[str, str]) -> ColumnMap:
    """The columns each field is read from: guessed from the headers, then as the last
    file from `channel` was mapped (where this file has those columns), then as the
    user chose."""
    present = {title.strip() for title in header}
    mapping = guess_mapping(header)
    remembered = import_mapping(channel).get(session) if channel.strip() else None
    for key, title in (remembered or {}).items():
        if key in FIELDS and (not title or title in present):
            mapping[key] = title
    mapping.update(chosen)
    return {key: mapping[key] for key in FIELDS if mapping.get(key)}


# ---- the report ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ReportRow:
    """One row of the file, what became of it and why."""

    line: int
    name: str
    outcome: Outcome
    reason: str = ""
    account_id: uuid.UUID | None = None  # the new account, or the known one it matched
    warnings: tuple[str, ...] = ()


@dataclass
class ImportReport:
    """What an import did (or, for a preview or a dry run, would do) with each row."""

    file_name: str
    mapping: ColumnMap
    rows: list[ReportRow] = field(default_factory=list)
    batch_id: uuid.UUID | None = None
    dry_run: bool = False
    cancelled: bool = False

    def count(self, outcome: Outcome) -> int:
        return sum(1 for row in self.rows if row.outcome is outcome)

    @property
    def created(self) -> list[uuid.UUID]:
        return [r.account_id for r in self.rows
                if r.outcome is Outcome.IMPORTED and r.account_id is not None]

    def summary(self) -> str:
        """One sentence saying what was (or would be) done (marked: worded in the
        window, its counts as the locale writes them)."""
        if self.cancelled:
            return Worded(tr_noop("Import of {0} cancelled: nothing was imported."),
                          self.file_name)
        counts = (self.file_name, self.count(Outcome.IMPORTED), self.count(Outcome.MATCHED),
                  self.count(Outcome.SKIPPED))
        if self.dry_run:
            return Worded(tr_noop("{0}: would import {1:,} new lead(s); {2:,} matched to "
                                  "known accounts (left unchanged); {3:,} skipped."), *counts)
        return Worded(tr_noop("{0}: imported {1:,} new lead(s); {2:,} matched to known "
                              "accounts (left unchanged); {3:,} skipped."), *counts)


REPORT_COLUMNS = ("row", "company", "outcome", "reason", "account id", "notes")


def save_report(report: ImportReport, path: Path) -> None:
    """Write the report as CSV (UTF-8 with a BOM, so spreadsheet programs read its
    Chinese and Hebrew as such): one line per row of the file."""
    write_report(path, ((row.line, row.name, row.outcome, row.reason, row.account_id,
                         row.warnings) for row in report.rows))


#: One line of an import's report: row, company, outcome, reason, account, notes.
ReportLine = tuple[int, str, Outcome, str, uuid.UUID | None, Sequence[str]]


def write_report(path: Path, lines: Iterable[ReportLine]) -> None:
    """An import's report as CSV (`REPORT_COLUMNS`), for any kind of file imported."""
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(REPORT_COLUMNS)
        for line, company, outcome, reason, account_id, warnings in lines:
            writer.writerow((line, company, outcome.value, reason,
                             account_id.hex if account_id else "", " ".join(warnings)))


# ---- preview and import -------------------------------------------------------------------

@contextmanager
def _bulk_work() -> Iterator[None]:
    """Python's cycle collector kept off while a file's rows and the workspace's
    companies are in memory: each of its passes would walk those millions of objects,
    several times over, and the import makes no cycles to collect."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _ask(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled


def _checked_rows(table: Table, columns: dict[str, int], region: str,
                  progress: Progress | None, cancelled: Callable[[], bool] | None,
                  limit: int | None = None) -> list[LeadRow | RowProblem]:
    items: list[LeadRow | RowProblem] = []
    for item in lead_rows(table, columns, region):
        items.append(item if isinstance(item, RowProblem) else fitting(item))
        if len(items) % STEP == 0:
            _ask(cancelled)
            if progress is not None:
                progress(READING, len(items), None)
        if limit is not None and len(items) >= limit:
            break
    return items


def _report_rows(verdicts: list[Verdict], made: Mapping[int, uuid.UUID]) -> list[ReportRow]:
    out = []
    for verdict in verdicts:
        account: uuid.UUID | None = made.get(verdict.line)
        if verdict.known is not None:
            account = uuid.UUID(verdict.known)
        out.append(ReportRow(verdict.line, verdict.name, verdict.outcome, verdict.reason,
                             account, verdict.row.warnings if verdict.row else ()))
    return out


def preview_import(ctx: Context, request: ImportRequest, rows: int = 20) -> ImportReport:
    """The first `rows` rows of the file as they would import (each one's outcome, by
    the same checks and duplicate rules as the import), with the mapping used. Raises
    OSError or UnreadableFile."""
    table = read_table(request.path, request.encoding, request.sheet)
    with ctx.store.session() as session:
        mapping = mapping_for(session, table.header, request.channel, request.mapping)
        columns = resolve(table.header, mapping)
        items = _checked_rows(table, columns, ctx.region, None, None, limit=rows)
        verdicts = sort_out(items, _known_to(session, items))
    return ImportReport(request.path.name, mapping, _report_rows(verdicts, {}), dry_run=True)


@dataclass(frozen=True)
class ReadFile:
    """A lead file read and its rows checked, ready to import (`import_read`): what
    takes long with a large file, done before the import holds the workspace's writer
    (a note saved meanwhile is not kept waiting for the file to be read)."""

    file_name: str
    channel: str
    mapping: ColumnMap
    items: list[LeadRow | RowProblem]
    owner_id: uuid.UUID | None
    team_id: uuid.UUID | None
    today: date


def _known_to(session: Session, items: list[LeadRow | RowProblem]) -> list[Identity]:
    """The accounts a few rows may repeat, found row by row by the one lookup (the
    new-lead window's): all a preview needs, where the import reads the whole
    workspace's keys at once (at 100k accounts, seconds the preview would wait at each
    change of a column)."""
    refs = {uuid.UUID(found.ref) for item in items if isinstance(item, LeadRow)
            for found in candidates(session, lead_identity(item))}
    return identities(session, refs) if refs else []


def import_file(ctx: Context, request: ImportRequest, *, owner_id: uuid.UUID | None,
                team_id: uuid.UUID | None, dry_run: bool = False,
                progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> Done[ImportReport]:
    """Import every row of the file that is a new company, for `owner_id` (None: the
    team pool), under the channel named: each row checked as the new-lead dialog checks
    what is typed, then matched to the workspace's accounts and to the file's earlier
    rows by the one duplicate rule. A row like a known account is listed as matched and
    the account left as it is. `dry_run`: everything but the writing.

    One transaction: all of it is saved, or none. `cancelled` is asked between steps;
    once it says so the import stops and nothing is saved (the report says
    `cancelled`). Who may make leads and where they go is asked first, before the file
    is read (rights.new_lead_team: a rep's or lead's own team, the team an
    administrator chose). Raises OSError or UnreadableFile (the file), UnknownChannel,
    Refused.
    """
    read = read_file(ctx, request, owner_id=owner_id, team_id=team_id, progress=progress,
                     cancelled=cancelled)
    if read is None:
        return Done(ImportReport(request.path.name, {}, cancelled=True))
    return import_read(ctx, read, dry_run=dry_run, progress=progress, cancelled=cancelled)


def read_file(ctx: Context, request: ImportRequest, *, owner_id: uuid.UUID | None,
              team_id: uuid.UUID | None, progress: Progress | None = None,
              cancelled: Callable[[], bool] | None = None) -> ReadFile | None:
    """The first half of `import_file`, reading only (any thread): who may make the
    leads and where they go, the file, its mapping, each row checked (None: cancelled
    meanwhile). Raises what import_file raises."""
    with ctx.store.session() as session:
        team_id = rights.new_lead_team(session, ctx.user, team_id, owner_id)
    table = read_table(request.path, request.encoding, request.sheet)
    with ctx.store.session() as session:
        mapping = mapping_for(session, table.header, request.channel, request.mapping)
        _channel_id(session, request.channel)
    try:
        with _bulk_work():
            items = _checked_rows(table, resolve(table.header, mapping), ctx.region,
                                  progress, cancelled)
    except Cancelled:
        return None
    if progress is not None:
        progress(READING, len(items), len(items))
    return ReadFile(request.path.name, request.channel, mapping, items, owner_id, team_id,
                    ctx.today())


def import_read(ctx: Context, read: ReadFile, *, dry_run: bool = False,
                progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> Done[ImportReport]:
    """The second half of `import_file` (the writer's: a command): the checked rows
    matched against the workspace as it is inside the write, and the new ones saved."""
    file_name, mapping, items = read.file_name, read.mapping, read.items
    try:
        with _bulk_work():
            if dry_run:
                with ctx.store.session() as session:
                    verdicts = _sorted_out(session, items, progress, cancelled)
                return Done(ImportReport(file_name, mapping, _report_rows(verdicts, {}),
                                         dry_run=True))
            with ctx.store.write.begin() as session:
                # asked again inside the write: a sync meanwhile may have moved the owner
                team_id = rights.new_lead_team(session, ctx.user, read.team_id, read.owner_id)
                # matched against the workspace as it is inside the write: nothing that
                # arrived since the file was read (a sync) is missed
                verdicts = _sorted_out(session, items, progress, cancelled)
                keep = [v.row for v in verdicts if v.row is not None]
                channel_id = _channel_id(session, read.channel)

                def written(done: int, total: int) -> None:
                    if progress is not None:
                        progress(SAVING, done, total)

                batch_id, made = write_leads(
                    session, keep, channel_id=channel_id, owner_id=read.owner_id,
                    team_id=team_id, file_name=file_name, received_on=read.today,
                    progress=written, cancelled=cancelled)
                _ask(cancelled)
                if read.channel.strip():
                    import_mapping(read.channel).put(session, dict(mapping))
    except Cancelled:
        return Done(ImportReport(file_name, {}, cancelled=True))
    by_line = {row.line: account for row, account in zip(keep, made, strict=True)}
    report = ImportReport(file_name, mapping, _report_rows(verdicts, by_line), batch_id)
    return Done(report, Changes.of(made, QUEUE, ACCOUNT) if made else Changes())


def _channel_id(session: Session, name: str) -> uuid.UUID:
    """The channel the leads came from, by its name; UnknownChannel if there is none."""
    try:
        return channel_named(session, name)
    except Refused as exc:
        raise UnknownChannel(message(exc)) from None


def _sorted_out(session: Session, items: list[LeadRow | RowProblem],
                progress: Progress | None, cancelled: Callable[[], bool] | None
                ) -> list[Verdict]:
    _ask(cancelled)
    if progress is not None:
        progress(MATCHING, 0, len(items))
    verdicts = sort_out(items, identities(session))
    _ask(cancelled)
    if progress is not None:
        progress(MATCHING, len(items), len(items))
    return verdicts


def import_lead_file(ctx: Context, parsed: ParsedBatch, file_name: str, channel: str, *,
                     owner_id: uuid.UUID | None, team_id: uuid.UUID | None
                     ) -> Done[ImportResult]:
    """Import a parsed (small) file in one transaction, for `owner_id` (None: the team
    pool). Raises UnknownChannel, or Refused with nothing imported."""
    today = ctx.today()

    def change(session: Session) -> ImportResult:
        team = rights.new_lead_team(session, ctx.user, team_id, owner_id)
        return import_leads(session, parsed, channel_id=_channel_id(session, channel),
                            owner_id=owner_id, team_id=team, file_name=file_name,
                            received_on=today)

    result = write(ctx, change)
    return Done(result, Changes.of(result.created, QUEUE, ACCOUNT)
                if result.created else Changes())
