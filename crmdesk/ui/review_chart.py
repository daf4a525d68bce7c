"""A review table drawn as its chart spec says (crmdesk.domain.report.Chart): bars side
by side or stacked, lines over months, a Pareto with its cumulative share on a second
axis, a funnel of horizontal bars; a plan (`against`) as a red target mark. Axes read
as a manager reads them: stage, month and rep names along the bottom (thinned so they
never overlap), money in short units ("¥1.2M"). Hovering a bar or point tells its
figure; clicking one asks for the records behind it (`bar_clicked`)."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QGraphicsItem, QLabel, QToolTip, QVBoxLayout, QWidget

from crmdesk.domain.currencies import SYMBOLS, minor_per_unit
from crmdesk.domain.report import Cell, ChartKind, Table
from crmdesk.ui.formats import month_text, short_month_text, short_number_text, year_text
from crmdesk.ui.review_table_model import shown_text
from crmdesk.ui.style import is_dark, muted
from crmdesk.ui.words import column_word

#: Series colours (colour-blind friendly, readable on white and on dark grey).
PALETTE = ("#4c78a8", "#f58518", "#54a24b", "#b279a2", "#e45756", "#72b7b2", "#9d755d")
TARGET = "#d62728"
_BAR = 0.72  # of the room one row has along the axis
#: Pixels kept between a figure over a bar and a plan's mark (3 pixels thick) crossing it.
_MARK_CLEAR = 4
#: Pixels kept free between two names along the axis.
_GAP = 12
#: How many months apart the months named along an axis are when not every one fits:
#: the same months each year (every quarter's first, every half's, each January).
_MONTH_STEPS = (1, 2, 3, 4, 6, 12)


def short_figure(value: float, cell: Cell, currency: str | None) -> str:
    """An axis figure in short units, in the locale's signs and units: "¥1.2M", "350K",
    "25%", "1.2K" ("¥125万" in Chinese)."""
    if cell is Cell.PERCENT:
        return f"{value:.0f}%"
    text = short_number_text(value)
    if cell is Cell.MONEY and currency:
        symbol = SYMBOLS.get(currency.upper())
        return f"{symbol}{text}" if symbol else f"{text} {currency.upper()}"
    return text


def plotted_column(values: Sequence[object], cell: Cell, currency: str | None) -> list[float]:
    """A column as the chart draws it: money in units, a share in percent, a blank as
    nan (a gap in a line, no bar)."""
    drawn = np.array([math.nan if v is None else v for v in values], dtype=float)
    if cell is Cell.MONEY:
        drawn /= minor_per_unit(currency or "CNY")
    elif cell is Cell.PERCENT:
        drawn *= 100
    return list(drawn.tolist())


class _Names:
    """The rows' names along the axis, each written when first asked for (a Pareto over a
    large workspace has a row per account; the axis shows a few dozen of them)."""

    def __init__(self, values: Sequence[object] = (), cell: Cell = Cell.TEXT,
                 currency: str | None = None,
                 first: tuple[Sequence[object], Cell, str] | None = None,
                 key: str = "") -> None:
        self._values, self._cell, self._currency, self._key = values, cell, currency, key
        #: the table's first column (values, cell, key), named before each row's own name
        #: when those repeat (a plan per rep and month: "Oct 2026 · David Kim")
        self._first = first
        self._written: dict[int, str] = {}

    def _name(self, row: int) -> str:
        return x_label(self._values[row], self._cell, self._currency, self._key)

    def _first_name(self, row: int) -> str:
        assert self._first is not None
        values, cell, key = self._first
        return x_label(values[row], cell, self._currency, key)

    def __len__(self) -> int:
        return len(self._values)

    def months(self) -> list[date] | None:
        """The rows' months, when they are months (each a month's first day, named on
        their own); else None."""
        if self._first is not None or not self._values:
            return None
        if all(isinstance(v, date) and v.day == 1 for v in self._values):
            return [v for v in self._values if isinstance(v, date)]
        return None

    def on_axis(self, row: int) -> str:
        """The row's name as the axis writes it: its own name over the first column's
        (two short lines rather than one long one cut short)."""
        name = self._name(row)
        if self._first is None:
            return name
        return name + "\n" + self._first_name(row)

    def __getitem__(self, row: int) -> str:
        if row not in self._written:
            name = self._name(row)
            if self._first is not None:
                name = self._first_name(row) + " · " + name
            self._written[row] = name
        return self._written[row]


def fitted(name: str, limit: int, metrics: QFontMetrics) -> str:
    """A name in `limit` pixels: broken at the space nearest its middle onto a second line
    when too wide (a name already on two lines stays so), each line then cut short."""
    if "\n" not in name and " " in name and metrics.horizontalAdvance(name) > limit:
        middle = len(name) / 2
        cut = min((i for i, c in enumerate(name) if c == " "), key=lambda i: abs(i - middle))
        name = name[:cut] + "\n" + name[cut + 1:]
    return "\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, limit)
                     for line in name.split("\n"))


def month_ticks(months: Sequence[date], room: float, metrics: QFontMetrics,
                edge: float = 0.5) -> list[tuple[float, str]]:
    """Where and how the rows' months (`room` pixels apart) are named along the axis:
    each as the table names it ("Nov 2026") when every one fits; else each short
    ("Nov") with its year under the first named and under each first of a year, every
    month when they fit, else every 2nd, 3rd, 4th, 6th or 12th month of the year (the
    same months each year). The first and last row lie `edge` of a row's room from the
    axis's ends: a name that would stick out there (and be dropped by the axis,
    pyqtgraph's) is left out."""

    def wide(text: str) -> int:
        return max(metrics.horizontalAdvance(line) for line in text.split("\n"))

    full = [month_text(m) for m in months]
    if max(map(wide, full)) + _GAP <= room:
        chosen, names = list(range(len(months))), full
    else:
        widest = max(*(wide(short_month_text(date(2000, n, 1))) for n in range(1, 13)),
                     wide(year_text(months[0]))) + _GAP
        step = next((s for s in _MONTH_STEPS if widest <= room * s),
                    12 * math.ceil(widest / (room * 12)))
        chosen = []
        for i, month in enumerate(months):
            # rows are the months with figures: one missing brings two named ones closer
            if (month.year * 12 + month.month - 1) % step == 0 and (
                    not chosen or (i - chosen[-1]) * room >= widest):
                chosen.append(i)
        names = [short_month_text(m) for m in months]
    half_edge = edge * room
    last = len(months) - 1
    ticks: list[tuple[float, str]] = []
    year = None
    for i in chosen:
        name = names[i]
        if names is not full and months[i].year != year:
            name += "\n" + year_text(months[i])
        if i in (0, last) and wide(name) / 2 > half_edge:
            continue
        year = months[i].year
        ticks.append((float(i), name))
    return ticks


def x_label(value: object, cell: Cell, currency: str | None, key: str = "") -> str:
    """A row's name along the axis (of column `key`), as the table shows it: a month
    named in the user's language ("Nov 2026", "2026年11月"), a marked word translated."""
    if isinstance(value, date) and value.day == 1:
        return month_text(value)
    return shown_text(value, cell, currency, key)


class _FigureAxis(pg.AxisItem):  # type: ignore[misc]
    """A value axis writing its figures short, in the cell kind of the drawn columns;
    with no unit prefix to work out (pyqtgraph's sets its label, as HTML, at every change
    of range: a new drawing's every axis, on the UI thread)."""

    def __init__(self, orientation: str) -> None:
        super().__init__(orientation)
        self.cell: Cell = Cell.COUNT
        self.currency: str | None = None
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values: Sequence[float], scale: float,  # noqa: N802
                    spacing: float) -> list[str]:
        return [short_figure(v, self.cell, self.currency) for v in values]


class ReportChart(QWidget):
    """One table's chart, a legend line above it and the hovered figure below it."""

    bar_clicked = Signal(int)  # the row of the table whose bar or point was clicked
    hovered = Signal(str)      # the figure under the pointer ("" when none)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: Table | None = None
        self.hover_text = ""
        self._values: list[list[float]] = []  # per series, per row (as drawn)
        self._against: list[float] = []
        self._labels = _Names()
        self._share: list[float] = []
        #: the figures over the bars (row, x, top of the bar), and the value axis's range
        #: before any room is made for them
        self._over: list[tuple[int, float, float]] = []
        self._y_range = (0.0, 1.0)
        #: the plot items drawn, by role (`_keep`), and those of the last drawing not yet
        #: drawn again in this one
        self._drawn: dict[tuple[object, ...], tuple[Any, Any]] = {}
        self._spare: dict[tuple[object, ...], tuple[Any, Any]] = {}
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.value_axis = _FigureAxis("left")
        self.share_axis = _FigureAxis("right")
        self.share_axis.cell = Cell.PERCENT
        # no context menus (they are turned off): a view box's menu and its forms take
        # longer to make than the rest of the chart
        self.plot = pg.PlotWidget(enableMenu=False, axisItems={
            "left": self.value_axis, "right": self.share_axis,
            "bottom": _FigureAxis("bottom")})
        self.plot.setMinimumHeight(220)
        self.item = self.plot.getPlotItem()
        # the plot reads left to right in every language (its rows along the axis from
        # the value axis out, as its views draw them): laid out right to left with a
        # Hebrew window, its value axis went to the right of rows still drawn from the
        # left; the legend and the hovered figure above and below follow the window
        self.item.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.item.setMenuEnabled(False)
        self.item.hideButtons()
        self.view = self.item.getViewBox()
        self.view.setMouseEnabled(False, False)
        self.item.showGrid(x=False, y=True, alpha=0.18)
        # grid lines (and ticks) at the labelled figures, not at the faint third level
        # between them too: two dozen lines more, a third of the plot's repaint
        for axis in (self.value_axis, self.share_axis):
            axis.setStyle(maxTickLevel=1)
        # the Pareto's cumulative share: a second view box on the right axis
        self.share_view = pg.ViewBox(enableMouse=False, enableMenu=False)
        self.item.scene().addItem(self.share_view)
        # above the bars' view box: the share's line starts over the tallest bar
        self.share_view.setZValue(self.view.zValue() + 1)
        self.share_axis.linkToView(self.share_view)
        self.share_view.setXLink(self.item)
        self.view.sigResized.connect(self._match_views)
        # the names along the axis fit the plot's own width, known once it is laid out
        self._ticked_width = -1.0
        self.view.sigResized.connect(self._view_resized)
        self.item.hideAxis("right")
        # each axis kept as the picture it last drew (drawn again when it changes), not
        # its text laid out afresh at every repaint: two thirds of a chart's repaint,
        # which holds the UI thread (and the interpreter a worker computing figures needs)
        for name in ("left", "bottom", "right"):
            self.item.getAxis(name).setCacheMode(
                QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.readout = QLabel(" ")
        self.readout.setStyleSheet("QLabel { padding: 0 4px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.legend)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.readout)
        self.plot.scene().sigMouseMoved.connect(self._moved)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self._colour()

    def _colour(self) -> None:
        dark = is_dark(self)
        self.plot.setBackground("#1e272c" if dark else "#ffffff")
        text = self.palette().color(QPalette.ColorRole.WindowText)
        for name in ("left", "bottom", "right"):
            axis = self.item.getAxis(name)
            axis.setTextPen(pg.mkPen(text))
            axis.setPen(pg.mkPen(muted(self)))

    def _match_views(self) -> None:
        self.share_view.setGeometry(self.view.sceneBoundingRect())
        self.share_view.linkedViewChanged(self.view, self.share_view.XAxis)

    # ---- drawing ----------------------------------------------------------------------
    @property
    def kind(self) -> ChartKind | None:
        return self.table.chart.kind if self.table and self.table.chart else None

    def show_table(self, table: Table | None) -> None:
        """Draw `table` as its chart spec says (nothing when it has none)."""
        self.table = table
        self._spare, self._drawn = self._drawn, {}
        try:
            self._show(table)
        finally:
            for item, view in self._spare.values():  # what this drawing has no use for
                view.removeItem(item)
            self._spare = {}

    def _show(self, table: Table | None) -> None:
        self._values, self._against, self._labels, self._share = [], [], _Names(), []
        self._over = []
        self.hover_text = ""
        self.readout.setText(" ")
        chart = table.chart if table is not None else None
        if table is None or chart is None or not table.rows:
            self.legend.setText(self.tr("Nothing to draw.") if table is not None else "")
            return
        cur = table.currency
        ys = [table.column(key) for key in chart.y]
        y_cell = table.columns[ys[0]].cell
        xi = table.column(chart.x)
        # each name written in the window's language when the axis or a hover asks
        names = table.values(chart.x)
        first = None
        if xi != 0 and len(set(map(str, names))) < len(names):
            head = table.columns[0]
            first = (table.values(head.key), head.cell, head.key)
        self._labels = _Names(names, table.columns[xi].cell, cur, first, chart.x)
        self._values = [plotted_column([r.values[i] for r in table.rows], y_cell, cur)
                        for i in ys]
        if chart.against is not None:
            self._against = plotted_column(table.values(chart.against), y_cell, cur)
        self.value_axis.cell, self.value_axis.currency = y_cell, cur
        names = [column_word(table.columns[i].label) for i in ys]
        legend = [f"<span style='color:{PALETTE[n % len(PALETTE)]}'>■</span> {name}"
                  for n, name in enumerate(names)]
        if chart.kind is ChartKind.PARETO:
            names = names[:1]
            legend = [legend[0], f"<span style='color:{PALETTE[1]}'>━</span> "
                      + self.tr("Cumulative share (right)")]
        if chart.against is not None:
            legend.append(f"<span style='color:{TARGET}'>┅</span> "
                          + column_word(table.columns[table.column(chart.against)].label))
        self.legend.setText("&nbsp;&nbsp;&nbsp;".join(legend))
        self.item.hideAxis("right")
        self.view.invertY(False)
        if chart.kind is ChartKind.FUNNEL:
            self._draw_funnel()
        elif chart.kind is ChartKind.LINE:
            self._draw_lines()
        else:
            self._draw_bars(chart.kind)
        self._ticks()

    # ---- the items drawn, kept from one drawing to the next --------------------------
    # Made once and given new figures after (a new scope, a person chosen): making a
    # plot item and adding it to the scene costs the UI thread more than drawing it.
    def _keep(self, role: tuple[object, ...], made: Callable[[], Any],
              update: Callable[[Any], object], view: Any = None, z: float = 0) -> Any:
        """The item drawn in `role` (the same options each time) last time, updated, or
        a new one made and added to `view` (the plot), over those of a lower `z` (bars
        under lines under plan marks under figures, whatever came first)."""
        found = self._spare.pop(role, None)
        if found is not None:
            update(found[0])
            self._drawn[role] = found
            return found[0]
        item = made()
        item.setZValue(z)
        view = self.item if view is None else view
        view.addItem(item)
        self._drawn[role] = (item, view)
        return item

    def _bars(self, role: tuple[object, ...], **opts: Any) -> None:
        self._keep(("bars", *role), lambda: pg.BarGraphItem(**opts),
                   lambda item: item.setOpts(**opts))

    def _curve(self, role: tuple[object, ...], x: np.ndarray, y: np.ndarray,
               view: Any = None, z: float = 1, **opts: Any) -> None:
        self._keep(("curve", *role), lambda: pg.PlotDataItem(x, y, **opts),
                   lambda item: item.setData(x, y, **opts), view, z)

    def _text(self, role: tuple[object, ...], text: str, anchor: tuple[float, float],
              color: QColor | str, at: tuple[float, float]) -> None:
        def made() -> pg.TextItem:
            label = pg.TextItem(text, anchor=anchor, color=color)
            label.setFont(self._small())
            return label

        label = self._keep(("text", *role), made, lambda item: item.setText(text, color),
                           z=3)
        label.setPos(*at)

    def _brush(self, n: int) -> QColor:
        return QColor(PALETTE[n % len(PALETTE)])

    def _draw_bars(self, kind: ChartKind) -> None:
        rows = len(self._labels)
        x = np.arange(rows, dtype=float)
        series = self._values[:1] if kind is ChartKind.PARETO else self._values
        if kind is ChartKind.STACKED:
            base = np.zeros(rows)
            for n, values in enumerate(series):
                heights = np.nan_to_num(np.array(values))
                self._bars(("stacked", n), x=x, y0=base, height=heights, width=_BAR,
                           brush=self._brush(n), pen=None)
                base = base + heights
            top = base
        else:
            width = _BAR / len(series)
            for n, values in enumerate(series):
                heights = np.nan_to_num(np.array(values))
                offset = (n - (len(series) - 1) / 2) * width
                if rows > 1500:  # a long tail: one filled step line, not a rect a row
                    edges = np.arange(rows + 1, dtype=float) - 0.5
                    self._curve(("step", n), edges, heights, z=0, stepMode="center",
                                fillLevel=0, brush=self._brush(n), pen=None)
                else:
                    self._bars(("side", n), x=x + offset, height=heights,
                               width=width * 0.92, brush=self._brush(n), pen=None)
            top = np.nan_to_num(np.array(series)).max(axis=0)
        if self._against:
            self._target_marks(x)
        if len(series) == 1 or kind is ChartKind.STACKED:
            self._figures_over(x, top)
        ceiling = np.nanmax([*top, *(a for a in self._against if not math.isnan(a)), 0])
        self._y_range = (min(0.0, float(np.min(top))), float(ceiling) * 1.12 or 1.0)
        self.view.setRange(xRange=(-0.6, rows - 0.4), yRange=self._y_range, padding=0)
        self._place_figures()
        if kind is ChartKind.PARETO:
            self._draw_share(x)

    def _figures_over(self, x: np.ndarray, top: np.ndarray) -> None:
        """The figure over each bar, when there is room to read them (placed by
        `_place_figures`)."""
        if len(x) > 14:
            return
        cell, cur = self.value_axis.cell, self.value_axis.currency
        text = self.palette().color(QPalette.ColorRole.WindowText)
        for n, (xi, value) in enumerate(zip(x, top, strict=True)):
            if value:
                self._text(("over", n), short_figure(float(value), cell, cur), (0.5, 1.0),
                           text, (float(xi), float(value)))
                self._over.append((n, float(xi), float(value)))

    def _place_figures(self) -> None:
        """Each bar's figure just over the bar, or just over its plan's mark where the
        mark would cross the figure (a month's forecast a little under its target); the
        value axis goes up as far as the highest figure needs. Where a mark crosses
        depends on the plot's height in pixels: placed again when it changes."""
        height = self.view.height()
        if not self._over or height <= 0:
            return
        low, high = self._y_range
        for _pass in range(2):  # placed, then placed again under a higher top if needed
            per_pixel = (high - low) / height
            needed = high
            for n, xi, value in self._over:
                label = self._drawn[("text", "over", n)][0]
                tall = label.boundingRect().height()  # in pixels: a TextItem is not scaled
                target = self._against[n] if self._against else math.nan
                crosses = not math.isnan(target) and (
                    value - _MARK_CLEAR * per_pixel <= target
                    <= value + (tall + _MARK_CLEAR) * per_pixel)
                base = target + _MARK_CLEAR * per_pixel if crosses else value
                label.setPos(xi, base)
                # the figure's top, a few pixels under the plot's
                needed = max(needed, low + (base - low) * height / max(1.0, height - tall - 4))
            if needed <= high:
                break
            high = needed
            self.view.setYRange(low, high, padding=0)

    def _small(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        return font

    def _target_marks(self, x: np.ndarray) -> None:
        xs, ys = [], []
        for xi, target in zip(x, self._against, strict=True):
            if not math.isnan(target):
                xs += [xi - _BAR / 2 - 0.06, xi + _BAR / 2 + 0.06]
                ys += [target, target]
        self._curve(("targets",), np.array(xs), np.array(ys), z=2, connect="pairs",
                    pen=pg.mkPen(TARGET, width=3))

    def _draw_share(self, x: np.ndarray) -> None:
        values = np.nan_to_num(np.array(self._values[0]))
        total = float(values.sum())
        cumulative = np.cumsum(values) / total * 100 if total else np.zeros(len(values))
        self._share = [float(v) for v in cumulative]
        self.item.showAxis("right")
        self._curve(("share",), x, cumulative, self.share_view,
                    pen=pg.mkPen(PALETTE[1], width=2))
        self._keep(("eighty",), lambda: pg.InfiniteLine(80, angle=0, pen=pg.mkPen(
            PALETTE[1], width=1, style=Qt.PenStyle.DashLine)), lambda _item: None,
            self.share_view)
        self.share_view.setYRange(0, 105, padding=0)
        self._match_views()

    def _draw_lines(self) -> None:
        x = np.arange(len(self._labels), dtype=float)
        for n, values in enumerate(self._values):
            self._curve(("line", n), x, np.array(values), connect="finite",
                        pen=pg.mkPen(PALETTE[n % len(PALETTE)], width=2), symbol="o",
                        symbolSize=7, symbolBrush=self._brush(n), symbolPen=None)
        if self._against:
            self._curve(("plan line",), x, np.array(self._against), z=2, connect="finite",
                        pen=pg.mkPen(TARGET, width=2, style=Qt.PenStyle.DashLine))
        every = [v for s in (*self._values, self._against) for v in s if not math.isnan(v)]
        top = max([*every, 0.0])
        self.view.setRange(xRange=(-0.4, len(x) - 0.6), yRange=(min([*every, 0.0]),
                                                                top * 1.1 or 1), padding=0)

    def _draw_funnel(self) -> None:
        """Rows top to bottom, each bar centred and as wide as its figure."""
        values = np.nan_to_num(np.array(self._values[0]))
        rows = len(values)
        y = np.arange(rows, dtype=float)
        self.view.invertY(True)
        self._bars(("funnel",), x0=-values / 2, x1=values / 2, y=y, height=_BAR,
                   brush=self._brush(0), pen=None)
        first = float(values[0]) if rows and values[0] else 0.0
        cell, cur = self.value_axis.cell, self.value_axis.currency
        for n, (yi, value) in enumerate(zip(y, values, strict=True)):
            text = short_figure(float(value), cell, cur)
            if first:
                text += f"  ({value / first * 100:.0f}%)"
            inside = value > first * 0.3
            self._text(("stage", n), text, (0.5, 0.5), "#ffffff" if inside
                       else self.palette().color(QPalette.ColorRole.WindowText),
                       (0.0 if inside else float(value) / 2 + first * 0.12, float(yi)))
        if self._against:
            xs, ys = [], []
            for yi, target in zip(y, self._against, strict=True):
                if not math.isnan(target):
                    xs += [-target / 2, -target / 2, target / 2, target / 2]
                    ys += [yi - 0.45, yi + 0.45, yi - 0.45, yi + 0.45]
            self._curve(("funnel targets",), np.array(xs), np.array(ys), z=2, connect="pairs",
                        pen=pg.mkPen(TARGET, width=3))
        half = max(first, float(values.max()) if rows else 0.0, 1.0) / 2 * 1.05
        self.view.setRange(xRange=(-half, half), yRange=(-0.6, rows - 0.4), padding=0)
        self.item.hideAxis("bottom")

    # ---- axis labels ------------------------------------------------------------------
    def _ticks(self) -> None:
        """Row names along the category axis, thinned so none overlaps the next and
        cut short when long (the whole name is in the hover). Only the names shown are
        measured: a Pareto over a large workspace has a row per account."""
        if not len(self._labels):
            return
        metrics = QFontMetrics(self.font())

        def short(text: str) -> str:  # each line of a name cut short on its own
            return "\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, 120)
                             for line in text.split("\n"))

        def wide(text: str) -> int:
            return max(metrics.horizontalAdvance(line) for line in text.split("\n"))

        rows = len(self._labels)
        if self.kind is ChartKind.FUNNEL:
            names = [short(self._labels[i]) for i in range(rows)]
            self.item.getAxis("left").setTicks([[(float(i), n) for i, n in enumerate(names)]])
            self.item.getAxis("left").setWidth(min(160, max(metrics.horizontalAdvance(n)
                                                           for n in names) + 12))
            return
        self.item.showAxis("bottom")
        self.item.getAxis("left").setTicks(None)
        self.item.getAxis("left").setWidth(None)
        self._ticked_width = self.view.width()
        room = max(1.0, self.view.width() or self.plot.width() - 80) / rows
        bottom = self.item.getAxis("bottom")
        months = self._labels.months()
        if months is not None:
            # the line's first and last points lie 0.4 of a row from the ends, bars 0.6
            ticks = month_ticks(months, room, metrics,
                                0.4 if self.kind is ChartKind.LINE else 0.6)
            bottom.setTicks([ticks, []])
            names = [name for _x, name in ticks] or [""]
        elif room >= 64:
            # a few bars with room under each: every name, on two lines when long
            # ("Repeat\npurchase"), rather than every other one
            limit = int(room) - 10
            names = [fitted(self._labels.on_axis(i), limit, metrics) for i in range(rows)]
            bottom.setTicks([[(float(i), n) for i, n in enumerate(names)], []])
        else:
            sample = [self._labels.on_axis(i) for i in range(0, rows, max(1, rows // 200))]
            widest = min(120, max(wide(t) for t in sample)) + 14
            step = max(1, math.ceil(widest / room))
            names = [short(self._labels.on_axis(i)) for i in range(0, rows, step)]
            bottom.setTicks([[(float(i * step), n) for i, n in enumerate(names)], []])
        # two-line names need the room of two lines under the axis, not pyqtgraph's one
        lines = max(n.count("\n") + 1 for n in names)
        bottom.setHeight(metrics.lineSpacing() * lines + 14 if lines > 1 else None)

    def _view_resized(self) -> None:
        self._place_figures()
        if self.view.width() != self._ticked_width and self.table is not None:
            self._ticks()

    def resizeEvent(self, event: object) -> None:  # noqa: N802
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._ticks()

    # ---- hover and click --------------------------------------------------------------
    def figure_text(self, row: int, series: int | None = None) -> str:
        """What hovering row `row` tells: its name and the figures drawn for it."""
        table = self.table
        if table is None or table.chart is None:
            return ""
        chart = table.chart
        keys = list(chart.y) if series is None else [chart.y[series]]
        if chart.against is not None:
            keys.append(chart.against)
        values = table.rows[row].values
        cur = table.currency
        parts = [f"{column_word(col.label)} {shown_text(values[i], col.cell, cur, col.key)}"
                 for i, col in ((i, table.columns[i]) for i in map(table.column, keys))]
        if chart.kind is ChartKind.PARETO and self._share:
            parts.append(self.tr("cumulative {0:.1f}%").format(self._share[row]))
        count = len(table.rows[row].behind)
        if count:
            parts.append(self.tr("{0} behind it: click to list").format(count))
        return f"{self._labels[row]}: " + " · ".join(parts)

    def hit(self, scene_pos: QPointF) -> tuple[int, int] | None:
        """The (row, series) drawn under a point of the scene, or None."""
        if not len(self._labels) or not self.view.sceneBoundingRect().contains(scene_pos):
            return None
        at = self.view.mapSceneToView(scene_pos)
        rows = len(self._labels)
        if self.kind is ChartKind.FUNNEL:
            row = round(at.y())
            return (row, 0) if 0 <= row < rows and abs(at.y() - row) <= _BAR / 2 else None
        row = round(at.x())
        if not 0 <= row < rows or abs(at.x() - row) > _BAR / 2 + 0.05:
            return None
        if self.kind is ChartKind.STACKED:
            base = 0.0
            for n, values in enumerate(self._values):
                top = base + (0.0 if math.isnan(values[row]) else values[row])
                if base <= at.y() <= top:
                    return row, n
                base = top
            return row, len(self._values) - 1
        if self.kind is ChartKind.LINE:
            near = min(range(len(self._values)),
                       key=lambda n: abs(self._values[n][row] - at.y())
                       if not math.isnan(self._values[n][row]) else math.inf)
            return row, near
        series = 1 if self.kind is ChartKind.PARETO else len(self._values)
        width = _BAR / series
        n = min(series - 1, max(0, int((at.x() - row + _BAR / 2) / width)))
        return row, n

    def _moved(self, scene_pos: QPointF) -> None:
        found = self.hit(scene_pos)
        text = "" if found is None else self.figure_text(found[0], found[1] if
                                                          self.kind is not ChartKind.PARETO
                                                          else 0)
        if text != self.hover_text:
            self.hover_text = text
            self.readout.setText(text or " ")
            self.hovered.emit(text)
            view_pos = self.plot.mapFromScene(scene_pos)
            if text:
                QToolTip.showText(self.plot.mapToGlobal(view_pos), text, self.plot)
            else:
                QToolTip.hideText()

    def _clicked(self, event: object) -> None:
        pos = event.scenePos()  # type: ignore[attr-defined]
        found = self.hit(pos)
        if found is not None and event.button() == Qt.MouseButton.LeftButton:  # type: ignore[attr-defined]
            self.bar_clicked.emit(found[0])

    def point_of(self, row: int, series: int = 0) -> QPoint:
        """Where on the plot widget the middle of row `row`'s bar (or point) is."""
        if self.kind is ChartKind.FUNNEL:
            at = QPointF(0.0, float(row))
        else:
            value = self._values[series][row]
            value = 0.0 if math.isnan(value) else value
            if self.kind is ChartKind.STACKED:
                below = sum(0.0 if math.isnan(v[row]) else v[row] for v in self._values[:series])
                middle = below + value / 2
            elif self.kind is ChartKind.LINE:
                middle = value
            else:
                middle = value / 2
            count = 1 if self.kind in (ChartKind.PARETO, ChartKind.STACKED, ChartKind.LINE) \
                else len(self._values)
            width = _BAR / count
            offset = 0.0 if count == 1 else (series - (count - 1) / 2) * width
            at = QPointF(row + offset, middle)
        point: QPoint = self.plot.mapFromScene(self.view.mapViewToScene(at))
        return point

    def export_png(self, path: Path) -> bool:
        """The chart, legend and all, as it shows."""
        pixmap = self.grab()
        return bool(pixmap.save(str(path), "PNG"))
