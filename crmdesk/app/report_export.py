"""A review table written out: as CSV and XLSX files a spreadsheet opens with typed
cells, as JSON with the raw figures, and as text lines for a terminal. The view's
export buttons and `crmdesk report` both write through here.

Money goes out in the currency's units (a decimal number: 1250.5, not minor units) with
the currency named in the column's heading; a share as a percentage in CSV ("25.0",
heading "… (%)") and as a percent-formatted fraction in XLSX; JSON keeps the raw cells
of crmdesk.domain.report (money in minor units, shares as fractions)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from crmdesk.domain.currencies import DECIMALS
from crmdesk.domain.report import NUMERIC, Cell, Column, Table, cell_text
from crmdesk.domain.text import clip, display_width, pad


def heading(column: Column, currency: str | None) -> str:
    """A column's heading in a file: its label, with the currency money is in and
    "%" for a share (the cells are bare numbers)."""
    if column.cell is Cell.MONEY and currency:
        return f"{column.label} ({currency})"
    if column.cell is Cell.PERCENT and "%" not in column.label:
        return f"{column.label} (%)"
    return column.label


def units(minor: int, currency: str | None) -> Decimal:
    """Minor units as an exact decimal in the currency's units (12345 fen: 123.45)."""
    places = DECIMALS.get((currency or "CNY").upper(), 2)
    return Decimal(int(minor)).scaleb(-places)


def _csv_cell(value: object, cell: Cell, currency: str | None) -> str:
    if value is None:
        return ""
    if cell is Cell.MONEY:
        return str(units(int(value), currency))  # type: ignore[call-overload]
    if cell is Cell.PERCENT:
        return f"{float(value) * 100:.2f}"  # type: ignore[arg-type]
    if cell is Cell.COUNT or cell is Cell.DAYS:
        return str(int(value))  # type: ignore[call-overload]
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def csv_rows(table: Table) -> list[list[str]]:
    """The heading line and one line a row, as text cells."""
    return [[heading(c, table.currency) for c in table.columns],
            *([_csv_cell(v, c.cell, table.currency)
               for v, c in zip(row.values, table.columns, strict=True)] for row in table.rows)]


def csv_text(table: Table) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(csv_rows(table))
    return out.getvalue()


def write_csv(table: Table, path: Path) -> Path:
    """The table as a CSV file in UTF-8 with a byte order mark, so Excel reads Chinese
    names right when it opens it with a double-click."""
    path.write_text(csv_text(table), encoding="utf-8-sig", newline="")
    return path


def _sheet_name(title: str, taken: set[str]) -> str:
    name = re.sub(r"[\[\]:*?/\\]", " ", title).strip()[:31] or "Sheet"
    base, n = name, 2
    while name.lower() in taken:
        suffix = f" ({n})"
        name, n = base[:31 - len(suffix)] + suffix, n + 1
    taken.add(name.lower())
    return name


def _money_format(currency: str | None) -> str:
    places = DECIMALS.get((currency or "CNY").upper(), 2)
    return "#,##0" + ("." + "0" * places if places else "")


def write_xlsx(tables: Table | Sequence[Table], path: Path) -> Path:
    """The tables as an XLSX workbook, a sheet each: a bold, frozen heading row; numbers
    as numbers (money in units with thousands separators, shares as percentages, days
    and counts as whole numbers), dates as dates, columns as wide as their text."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    taken: set[str] = set()
    for table in [tables] if isinstance(tables, Table) else tables:
        sheet = book.create_sheet(_sheet_name(table.title, taken))
        widths = []
        for i, column in enumerate(table.columns, start=1):
            label = heading(column, table.currency)
            head = sheet.cell(row=1, column=i, value=label)
            head.font = Font(bold=True)
            if column.cell in NUMERIC:
                head.alignment = Alignment(horizontal="right")
            widths.append(display_width(label))
        for r, row in enumerate(table.rows, start=2):
            for i, (value, column) in enumerate(zip(row.values, table.columns, strict=True),
                                                start=1):
                cell = sheet.cell(row=r, column=i, value=_xlsx_value(value, column.cell,
                                                                    table.currency))
                if column.cell is Cell.MONEY:
                    cell.number_format = _money_format(table.currency)
                elif column.cell is Cell.PERCENT:
                    cell.number_format = "0.0%"
                elif column.cell in (Cell.COUNT, Cell.DAYS):
                    cell.number_format = "#,##0"
                elif column.cell is Cell.DATE:
                    cell.number_format = "yyyy-mm-dd"
                shown = cell_text(value, column.cell, table.currency)
                widths[i - 1] = max(widths[i - 1], display_width(shown))
        for i, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(i)].width = min(60, width + 3)
        sheet.freeze_panes = "A2"
    if not book.worksheets:
        book.create_sheet("Empty")
    book.save(str(path))
    return path


def _xlsx_value(value: object, cell: Cell, currency: str | None) -> Any:
    if value is None:
        return None
    if cell is Cell.MONEY:
        return float(units(int(value), currency))  # type: ignore[call-overload]
    if cell is Cell.PERCENT:
        return float(value)  # type: ignore[arg-type]
    if cell is Cell.COUNT or cell is Cell.DAYS:
        return int(value)  # type: ignore[call-overload]
    if isinstance(value, date):
        return value
    return str(value)


def _raw(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    return value


def table_json(table: Table) -> dict[str, object]:
    """The table as plain data: raw cells by column key (money in minor units of
    `currency`, shares as fractions, dates as ISO text) and how many records each row
    counts."""
    return {
        "key": table.key, "title": table.title, "note": table.note,
        "currency": table.currency,
        "behind": table.behind.value if table.behind else None,
        "columns": [{"key": c.key, "label": c.label, "cell": c.cell.value}
                    for c in table.columns],
        "rows": [{"values": {c.key: _raw(v) for c, v in zip(table.columns, row.values,
                                                             strict=True)},
                  "behind": len(row.behind)} for row in table.rows],
    }


def table_lines(table: Table, width: int = 40) -> list[str]:
    """The table as a person reads it in a terminal: its title and note, then aligned
    columns (figures to the right; Chinese names take two columns a character, text cut
    to `width` columns)."""
    cells = [[clip(cell_text(v, c.cell, table.currency), width)
              for v, c in zip(row.values, table.columns, strict=True)] for row in table.rows]
    labels = [c.label for c in table.columns]
    widths = [max(display_width(label), *(display_width(row[i]) for row in cells))
              for i, label in enumerate(labels)] if cells else [display_width(x) for x in labels]
    right = [c.cell in NUMERIC for c in table.columns]
    out = [table.title + (f" ({table.currency})" if table.currency else "")]
    if table.note:
        out.append(table.note)
    if not table.rows:
        out.append("(nothing to show)")
        return out
    for line in (labels, *cells):
        out.append("  ".join(pad(text, w, r) for text, w, r in zip(line, widths, right,
                                                                    strict=True)).rstrip())
    return out
