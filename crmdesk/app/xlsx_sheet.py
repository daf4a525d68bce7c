"""An Excel workbook's sheet read as a stream of rows of cell values, in one pass.

openpyxl's read-only mode reads every sheet's XML once whole on opening the workbook
when the sheet does not state its size (`<dimension>`: files many programs write, and
openpyxl's own write-only mode), then again for the rows; and it builds each inline
string through its rich-text objects. At 100k rows that was most of an import's
reading. Here the workbook's parts (its sheets, shared strings, date styles and epoch)
come from openpyxl's own reader, and the chosen sheet's rows are read in one pass, each
cell's value as openpyxl's read-only `values_only` gives it (formulas: their last
computed value). A row is as wide as the sheet's stated size, or as its last cell.
"""

from __future__ import annotations

import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

from openpyxl.reader.excel import ExcelReader
from openpyxl.utils.cell import coordinate_to_tuple, range_boundaries
from openpyxl.utils.datetime import from_excel, from_ISO8601
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import iterparse

_NS = f"{{{SHEET_MAIN_NS}}}"
_ROW, _DIMENSION = f"{_NS}row", f"{_NS}dimension"
_VALUE, _INLINE, _TEXT, _RUN = f"{_NS}v", f"{_NS}is", f"{_NS}t", f"{_NS}r"


class NotAWorkbook(ValueError):
    """The file is not an Excel workbook openpyxl can read; the message says why."""


@dataclass(frozen=True, slots=True)
class _Sheet:
    name: str
    part: str  # its XML's path in the package
    chart: bool  # a chart sheet: no cells


class _Parts(ExcelReader):  # type: ignore[misc]
    """openpyxl's reader of a workbook's parts, the sheets listed, not read."""

    sheets: list[_Sheet]

    def read_worksheets(self) -> None:
        self.sheets = []
        for sheet, rel in self.parser.find_sheets():
            if rel.target in self.valid_files:
                self.sheets.append(_Sheet(sheet.name, rel.target, "chartsheet" in rel.Type))


class Workbook:
    """An open workbook: its sheets' names, and any worksheet's rows (`rows`)."""

    def __init__(self, path: Path) -> None:
        parts: _Parts | None = None
        try:
            parts = _Parts(path, read_only=True, data_only=True)
            parts.read()
        except (zipfile.BadZipFile, KeyError, ValueError) as exc:
            if parts is not None:
                parts.archive.close()
            raise NotAWorkbook(str(exc)) from None
        self._archive: zipfile.ZipFile = parts.archive
        self._sheets = parts.sheets
        self._strings: list[str] = parts.shared_strings
        book = parts.wb
        self._epoch = book.epoch
        self._dates: set[int] = set(book._date_formats)
        self._timedeltas: set[int] = set(book._timedelta_formats)

    @property
    def sheet_names(self) -> list[str]:
        """Every sheet's name, in the workbook's order (chart sheets too)."""
        return [sheet.name for sheet in self._sheets]

    def worksheet_named(self, name: str | None) -> str | None:
        """The worksheet of that name (None: the first that is not a chart), or None
        when there is none."""
        for sheet in self._sheets:
            if (name is None and not sheet.chart) or sheet.name == name:
                return None if sheet.chart else sheet.part
        return None

    def close(self) -> None:
        self._archive.close()

    def rows(self, part: str) -> Iterator[tuple[int, list[Any]]]:
        """Each row of the worksheet at `part` that holds cells: its number (from 1) and
        its values by column (None: an empty cell)."""
        width = 0
        expected = 1
        counter = 0
        with self._archive.open(part) as source:
            for _event, element in iterparse(source):
                tag = element.tag
                if tag == _ROW:
                    number = element.get("r")
                    counter = _row_number(number) if number else counter + 1
                    if counter >= expected:  # openpyxl skips a row out of order
                        expected = counter + 1
                        yield counter, self._values(element, width)
                    element.clear()
                elif tag == _DIMENSION:
                    ref = element.get("ref")
                    if ref:
                        try:
                            width = range_boundaries(ref)[2] or 0
                        except (TypeError, ValueError):
                            width = 0

    def _values(self, row: Element, width: int) -> list[Any]:
        values: list[Any] = [None] * width
        column = 0
        for cell in row:
            where = cell.get("r")
            column = coordinate_to_tuple(where)[1] if where else column + 1
            value = self._value(cell, where)
            if column > len(values):
                values.extend([None] * (column - len(values)))
            values[column - 1] = value
        return values

    def _value(self, cell: Element, where: str | None) -> Any:
        """A cell's value as openpyxl's WorkSheetParser.parse_cell gives it (data_only)."""
        kind = cell.get("t", "n")
        if kind == "inlineStr":
            found = cell.find(_INLINE)
            return None if found is None else _inline_text(found)
        value = cell.findtext(_VALUE, None) or None
        if value is None:
            return None
        if kind == "n":
            number: Any = float(value) if ("." in value or "E" in value or "e" in value) \
                else int(value)
            style = cell.get("s", 0)
            if style and int(style) in self._dates:
                try:
                    return from_excel(number, self._epoch,
                                      timedelta=int(style) in self._timedeltas)
                except (OverflowError, ValueError):
                    warnings.warn(f"Cell {where} is marked as a date but the serial value "
                                  f"{number} is outside the limits for dates. The cell "
                                  "will be treated as an error.", stacklevel=2)
                    return "#VALUE!"
            return number
        if kind == "s":
            return self._strings[int(value)]
        if kind == "b":
            return bool(int(value))
        if kind == "d":
            return from_ISO8601(value)
        return value  # "str" (a formula's text) and "e" (an error) as written


def _row_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        number = float(text)
        if not number.is_integer():
            raise ValueError(f"{text} is not a valid row number") from None
        return int(number)


def _inline_text(found: Element) -> str:
    """An inline string's text without its formatting (openpyxl's Text.content): its
    plain text, then each run's, phonetic runs left out."""
    parts = []
    plain = None
    runs = []
    for child in found:
        if child.tag == _TEXT:
            plain = child.text
        elif child.tag == _RUN:
            runs.append(child.findtext(_TEXT))
    if plain is not None:
        parts.append(plain)
    parts += [run for run in runs if run is not None]
    return "".join(parts)
