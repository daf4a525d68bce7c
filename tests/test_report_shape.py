"""The review's figure shape: cells written as people read them, columns found by key."""

from __future__ import annotations

from datetime import date

import pytest

from crmdesk.domain.report import Cell, Column, Row, Table, cell_text, share


def test_cells_are_written_as_people_read_them() -> None:
    assert cell_text(6_000_000, Cell.MONEY, "CNY") == "¥60,000"
    assert cell_text(123_456, Cell.MONEY, "CHF") == "1,234.56 CHF"
    assert cell_text(0.25, Cell.PERCENT, None) == "25.0%"
    assert cell_text(None, Cell.PERCENT, None) == ""
    assert cell_text(12345, Cell.COUNT, None) == "12,345"
    assert cell_text(date(2026, 12, 1), Cell.DATE, None) == "2026-12-01"


def test_a_share_without_a_whole_is_none() -> None:
    assert share(1, 4) == 0.25
    assert share(3, 0) is None


def test_a_tables_columns_are_found_by_key() -> None:
    table = Table("t", "T", (Column("stage", "Stage", Cell.TEXT),
                             Column("count", "Deals", Cell.COUNT)),
                  (Row(("proposal", 3)), Row(("won", 1))))
    assert table.values("count") == [3, 1]
    with pytest.raises(KeyError):
        table.column("amount")


def test_which_cells_are_numbers_is_said_once() -> None:
    """The exports and the view's table align and sort the same cells as numbers: the
    one set the figure shape declares."""
    from crmdesk.app import report_export
    from crmdesk.domain import report
    from crmdesk.ui import review_table_model

    assert {Cell.COUNT, Cell.MONEY, Cell.PERCENT, Cell.DAYS} == report.NUMERIC
    assert report_export.NUMERIC is report.NUMERIC
    assert review_table_model.NUMERIC is report.NUMERIC
