"""The one-pass sheet reader gives every cell's value as openpyxl's read-only mode does,
on workbooks as Excel saves them (a stated size, shared strings, styles) and as
write-only tools do (no stated size, inline strings)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from crmdesk.app.lead_import import read_table, sheet_names
from crmdesk.app.xlsx_sheet import Workbook
from crmdesk.domain.lead_import import UnreadableFile

_ROWS: list[list[Any]] = [
    ["Company", "Phone", "Since", "Active", "Score", "Note"],
    ["Acme Ltd", 13812345678, datetime(2024, 5, 1), True, 1.5, "=1+1"],
    ["北京东飞物流有限公司", "021-5555", date(2023, 1, 2), False, -3, None],
    [None, None, None, None, None, None],
    ["רימון סחר בע\"מ", 1.38e10, datetime(2024, 5, 1, 13, 30), None, 2.0e-5, " spaced "],
]


def _openpyxl_rows(path: Path, sheet: str | None = None) -> list[tuple[int, list[Any]]]:
    """What openpyxl's read-only values_only reading gives, numbered, empty rows left
    out and trailing empty cells cut (the widths are the two readers' only
    difference)."""
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    found = book[sheet] if sheet else book.worksheets[0]
    out = [(n, _cut(list(values)))
           for n, values in enumerate(found.iter_rows(values_only=True), start=1)]
    book.close()
    return [(n, values) for n, values in out if values]


def _ours(path: Path, sheet: str | None = None) -> list[tuple[int, list[Any]]]:
    book = Workbook(path)
    part = book.worksheet_named(sheet)
    assert part is not None
    try:
        return [(n, cut) for n, values in book.rows(part) if (cut := _cut(values))]
    finally:
        book.close()


def _cut(values: list[Any]) -> list[Any]:
    while values and values[-1] is None:
        values.pop()
    return values


def _saved(path: Path, write_only: bool) -> Path:
    book = openpyxl.Workbook(write_only=write_only)
    sheet = book.create_sheet("Leads") if write_only else book.active
    if not write_only:
        sheet.title = "Leads"
    for row in _ROWS:
        sheet.append(row)
    if not write_only:
        sheet["B7"] = "after a gap"
        sheet["H3"] = time(9, 15)
        sheet["H4"] = timedelta(hours=30)
        sheet["H4"].number_format = "[h]:mm"
        sheet["G5"] = CellRichText("plain ", TextBlock(InlineFont(b=True), "bold"))
        book.create_sheet("Other")["A1"] = "other sheet"
    book.save(path)
    return path


@pytest.mark.parametrize("write_only", [False, True], ids=["as-excel", "write-only"])
def test_every_cell_reads_as_openpyxl_reads_it(tmp_path: Path, write_only: bool) -> None:
    path = _saved(tmp_path / "leads.xlsx", write_only)
    ours = _ours(path)
    assert ours == _openpyxl_rows(path)
    assert [n for n, _ in ours] == ([1, 2, 3, 4, 5, 7] if not write_only else [1, 2, 3, 5])
    if not write_only:
        assert _ours(path, "Other") == _openpyxl_rows(path, "Other") == [(1, ["other sheet"])]


def test_rows_are_as_wide_as_the_sheet_says(tmp_path: Path) -> None:
    """A stated size pads each row as openpyxl does (a skipped row's text shows its empty
    cells alike)."""
    path = _saved(tmp_path / "leads.xlsx", False)
    book = Workbook(path)
    part = book.worksheet_named(None)
    assert part is not None
    widths = {len(values) for _n, values in book.rows(part)}
    book.close()
    assert widths == {8}


def test_an_excel_table_keeps_its_row_numbers_and_sheets(tmp_path: Path) -> None:
    path = _saved(tmp_path / "leads.xlsx", False)
    assert sheet_names(path) == ["Leads", "Other"]
    table = read_table(path)
    assert table.header[:3] == ["Company", "Phone", "Since"]
    rows = [row for row in table.rows if not isinstance(row, Exception)]
    numbers = [row[0] for row in rows if isinstance(row, tuple)]
    assert numbers == [2, 3, 4, 5, 7]
    assert rows[0][1][:5] == ["Acme Ltd", "13812345678", "2024-05-01", "TRUE", "1.5"]  # type: ignore[index]
    with pytest.raises(UnreadableFile, match="no sheet “Nope”; its sheets: Leads, Other"):
        read_table(path, sheet="Nope")


def test_a_file_that_is_no_workbook_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK not really a zip")
    with pytest.raises(UnreadableFile, match="not an Excel workbook"):
        read_table(bad)
    with pytest.raises(UnreadableFile, match="not an Excel workbook"):
        sheet_names(bad)
