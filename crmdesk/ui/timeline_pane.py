"""The follow-up timeline: every activity newest first, grouped by day, with a
quick-log form on top (who was spoken to, by default the person selected on the card,
and the deal it was about) and a filter to one deal's history. Contracts signed and
payments received are entries of their own among the activities, in date order. A
half-typed entry is kept as a draft per account."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)
from sqlalchemy.orm import Session

from crmdesk.app import activities, rights
from crmdesk.app import refused as refusals
from crmdesk.app.changes import CONTRACTS
from crmdesk.domain.activity import (
    ActivityKind,
    FollowUp,
    FollowUpChoice,
    Outcome,
    quick_follow_up,
)
from crmdesk.domain.local_time import local
from crmdesk.domain.words import tr_noop
from crmdesk.store import queries as q
from crmdesk.store import refused
from crmdesk.store.contract_queries import MoneyEntry, money_entries
from crmdesk.store.workspace_keys import activity_draft
from crmdesk.store.writes import ActivityInput
from crmdesk.ui import changes
from crmdesk.ui.bidi import isolated
from crmdesk.ui.context import AppContext
from crmdesk.ui.formats import day_text, moment_text, short_money_text, time_text
from crmdesk.ui.icons import kind_icon
from crmdesk.ui.style import (
    error_color,
    muted,
    overdue_color,
    scaled,
    shrinks_to,
    shrinks_to_text,
)
from crmdesk.ui.wheel import ComboBox, DateEdit
from crmdesk.ui.words import refusal_words, said, sentence, tr, word, worded

PAGE = 50
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ACTIVITY_ID_ROLE = Qt.ItemDataRole.UserRole + 2
#: The server's reason for refusing an activity made here (None: it is on the server).
REFUSED_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex

KIND_LABELS = {ActivityKind.CALL: tr_noop("Call"), ActivityKind.VISIT: tr_noop("Visit"),
               ActivityKind.MEETING: tr_noop("Meeting"), ActivityKind.EMAIL: tr_noop("Email"),
               ActivityKind.SMS: tr_noop("SMS"),
               ActivityKind.NOTE: tr_noop("Note"),
               ActivityKind.TASK: tr_noop("Task")}
OUTCOME_LABELS = {Outcome.REACHED: tr_noop("Reached"), Outcome.INTERESTED: tr_noop("Interested"),
                  Outcome.NOT_INTERESTED: tr_noop("Not interested"),
                  Outcome.MEETING_BOOKED: tr_noop("Meeting booked"),
                  Outcome.QUOTE_REQUESTED: tr_noop("Quote requested"),
                  Outcome.NO_ANSWER: tr_noop("No answer"),
                  Outcome.LEFT_MESSAGE: tr_noop("Left message"), Outcome.SENT: tr_noop("Sent"),
                  Outcome.DONE: tr_noop("Done")}


def kind_label(kind: ActivityKind) -> str:
    return word(KIND_LABELS[kind])


def outcome_label(outcome: Outcome) -> str:
    return word(OUTCOME_LABELS[outcome])


def _seen_at(item: q.ActivityRow | MoneyEntry) -> datetime:
    """When an entry happened as the rep's clock reads it (the order and the day it is
    listed under): an activity's stored UTC time in the laptop's zone, a payment's day."""
    return item.occurred_at if isinstance(item, MoneyEntry) else local(item.occurred_at)


def money_line(item: MoneyEntry) -> str:
    """A contract's or payment's line: "Contract C-77 signed · ¥60,000 · 12 months",
    "Payment ¥20,000 · instalment 2 of 3 · 5 days late" (crmdesk.domain.contracts'
    contract_line and payment_line, in the window's language)."""
    cash = short_money_text(item.amount, item.currency)
    if item.kind == "contract":
        bits = [QCoreApplication.translate("Timeline", "Contract {0} signed").format(
            item.contract), cash]
        if item.term_months:  # (lupdate takes no count in translate(): plurals by tr())
            bits.append(tr("%n month(s)", "", item.term_months))
    else:
        bits = [QCoreApplication.translate("Timeline", "Payment {0}").format(cash)]
        if item.position is not None:
            bits.append(QCoreApplication.translate("Timeline", "instalment {0} of {1}").format(
                item.position, item.of))
        if item.late_days:
            bits.append(tr("%n day(s) late", "", item.late_days))
    return " · ".join(bits)


def time_and_author(item: q.ActivityRow) -> str:
    """An entry's corner line: "09:30 · Sarah Chen", the time on the rep's clock."""
    return " · ".join(x for x in (time_text(local(item.occurred_at)), item.author)
                      if x)


@dataclass(frozen=True, slots=True)
class DayHeader:
    day: date


@dataclass(frozen=True, slots=True)
class _Loaded:
    """What the pane reads for an account: a page of its activities (one deal's when
    `deal_id`), the draft, refusals, next follow-up, its people and deals, and its
    contracts and payments."""

    rows: list[q.ActivityRow]
    draft: str | None
    refusals: list[refused.RefusedItem]
    follow: date | None
    people: list[tuple[uuid.UUID, str]]
    deals: list[q.DealChoice]
    deal_id: uuid.UUID | None
    money: list[MoneyEntry]  # contracts and payments (none in one deal's history)
    #: the deal a colleague on its team logs on unless they pick another (the company
    #: is not theirs to change), or None
    logs_on: uuid.UUID | None = None


class TimelineModel(QAbstractListModel):
    """Day headers, activities, contracts and payments, newest first; more pages of
    activities load as the user scrolls, and the contracts and payments (few per
    account, all read with the first page) join them where their day falls."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._account: uuid.UUID | None = None
        self._items: list[DayHeader | q.ActivityRow | MoneyEntry] = []
        self._refused: dict[uuid.UUID, str] = {}
        self._money: list[MoneyEntry] = []  # not shown yet: older than the pages loaded
        self._more = False
        self.deal_id: uuid.UUID | None = None  # showing one deal's activities only

    def set_page(self, account_id: uuid.UUID | None, rows: list[q.ActivityRow],
                 refused_: dict[uuid.UUID, str] | None = None,
                 deal_id: uuid.UUID | None = None,
                 money: list[MoneyEntry] | None = None) -> None:
        """The first page of an account's activities (those about `deal_id` only, when
        given), with the server's reason for each of its activities made here that the
        server refused, and all its contracts and payments (newest first)."""
        self.beginResetModel()
        self._account, self._items, self.deal_id = account_id, [], deal_id
        self._refused = dict(refused_ or {})
        self._money = list(money or [])
        self._append(rows)
        self.endResetModel()

    def _append(self, rows: list[q.ActivityRow]) -> None:
        last_day = next((i.day for i in reversed(self._items) if isinstance(i, DayHeader)),
                        None)
        more = len(rows) == PAGE
        # the money entries as new as this page's oldest activity join it; the rest wait
        # for the next page (or, with no more pages, come after it)
        # on the rep's clock: an activity's stored time is UTC, a payment's is its day
        floor = _seen_at(rows[-1]) if more and rows else None
        joining = [m for m in self._money if floor is None or m.occurred_at >= floor]
        self._money = self._money[len(joining):]
        merged: list[q.ActivityRow | MoneyEntry] = sorted(
            [*rows, *joining], key=_seen_at, reverse=True)
        for row in merged:
            day = _seen_at(row).date()
            if day != last_day:
                last_day = day
                self._items.append(DayHeader(last_day))
            self._items.append(row)
        self._more = more

    def activities(self) -> list[q.ActivityRow]:
        return [i for i in self._items if isinstance(i, q.ActivityRow)]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._more and self._account is not None

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        rows = self.activities()
        if not self.canFetchMore(parent) or not rows:
            return
        account_id, after, deal_id = self._account, q.cursor_after(rows[-1]), self.deal_id
        assert account_id is not None
        page = self._ctx.read_now(lambda s: q.timeline(s, account_id, PAGE, after, deal_id))
        before = len(self._items)
        self._append(page)  # builds headers against what is shown already
        added = self._items[before:]
        del self._items[before:]
        if added:
            self.beginInsertRows(QModelIndex(), before, before + len(added) - 1)
            self._items.extend(added)
            self.endInsertRows()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._items[index.row()], DayHeader | MoneyEntry):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == ROW_ROLE:
            return item
        if isinstance(item, DayHeader):
            if role == Qt.ItemDataRole.DisplayRole:
                return _day_label(item.day, self._ctx.today())
            return None
        if isinstance(item, MoneyEntry):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return item.text
            return None
        if role == ACTIVITY_ID_ROLE:
            return item.id
        if role == REFUSED_ROLE:
            return self._refused.get(item.id)
        if role == Qt.ItemDataRole.DisplayRole:
            outcome = outcome_label(item.outcome) if item.outcome else ""
            return f"{kind_label(item.kind)} {outcome} {worded(item.notes)}".strip()
        if role == Qt.ItemDataRole.DecorationRole:
            return kind_icon(item.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            reason = self._refused.get(item.id)
            notes = "\n".join(x for x in (about_line(item), worded(item.notes)) if x)
            return notes if reason is None else f"{_refused_line(reason)}\n{notes}"
        return None


def about_line(item: q.ActivityRow) -> str:
    """Who was spoken to and the deal it was about: "with Ann, Bob · deal: ERP"."""
    bits = []
    if item.people:
        bits.append(QCoreApplication.translate("Timeline", "with {0}").format(
            ", ".join(item.people)))
    if item.deal:
        bits.append(QCoreApplication.translate("Timeline", "deal: {0}").format(item.deal))
    return " · ".join(bits)


def _refused_line(reason: str) -> str:
    return QCoreApplication.translate("Timeline", "⚠ Not on the server: {0}").format(reason)


def _day_label(day: date, today: date) -> str:
    delta = (today - day).days
    if delta == 0:
        return QCoreApplication.translate("Timeline", "Today")
    if delta == 1:
        return QCoreApplication.translate("Timeline", "Yesterday")
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              QLocale.FormatType.LongFormat)


class TimelineDelegate(QStyledItemDelegate):
    """Paints a day header, or an activity: icon, time, kind and outcome, who, the note,
    and the follow-up it set."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _notes_width(self) -> int:
        return max(160, self._view.viewport().width() - 58)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        item = index.data(ROW_ROLE)
        line = option.fontMetrics.height()
        if isinstance(item, DayHeader):
            return QSize(200, line + 12)
        if isinstance(item, MoneyEntry):
            return QSize(200, 6 + line * 2 + 4 + 8)
        notes = option.fontMetrics.boundingRect(
            QRect(0, 0, self._notes_width(), 10_000), int(Qt.TextFlag.TextWordWrap),
            worded(item.notes) or " ")
        extra = line + 2 if item.next_follow_up_on else 0
        if index.data(REFUSED_ROLE):
            extra += line + 2
        if about_line(item):
            extra += line + 2
        return QSize(200, 6 + line + 4 + min(notes.height(), line * 8) + extra + 8)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = index.data(ROW_ROLE)
        rect: QRect = option.rect
        palette: QPalette = option.palette
        metrics = option.fontMetrics
        painter.save()
        if isinstance(item, DayHeader):
            painter.setFont(scaled(option.font, 0, bold=True))
            painter.setPen(muted())
            painter.drawText(rect.adjusted(6, 4, -6, 0), int(Qt.AlignmentFlag.AlignLeft |
                             Qt.AlignmentFlag.AlignVCenter), index.data())
            painter.drawLine(rect.left() + 6, rect.bottom() - 1, rect.right() - 6,
                             rect.bottom() - 1)
            painter.restore()
            return
        if isinstance(item, MoneyEntry):
            self._paint_money(painter, option, item)
            painter.restore()
            return
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, palette.highlight())
            text_color = palette.highlightedText().color()
        else:
            text_color = palette.text().color()
        # the icon at the line's start, the text after it: on the right, and left of
        # it, in a right-to-left window
        mirror = _mirror(option)
        kind_icon(item.kind).paint(painter, mirror(QRect(rect.left() + 8, rect.top() + 6, 24,
                                                         24)))
        left = rect.left() + 42
        line = metrics.height()
        painter.setPen(text_color)
        painter.setFont(scaled(option.font, 0, bold=True))
        title = kind_label(item.kind) + (f" · {outcome_label(item.outcome)}"
                                         if item.outcome else "")
        painter.drawText(mirror(QRect(left, rect.top() + 5, rect.width() - 50, line)),
                         int(Qt.AlignmentFlag.AlignLeft), title)
        painter.setFont(option.font)
        who = time_and_author(item)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(text_color if selected else muted())
        painter.drawText(mirror(QRect(left, rect.top() + 5, rect.width() - 50, line)),
                         int(Qt.AlignmentFlag.AlignRight), who)
        about = about_line(item)
        if about:  # who was spoken to and the deal, under the title
            painter.drawText(mirror(QRect(left, rect.top() + line + 8, self._notes_width(),
                                          line)),
                             int(Qt.AlignmentFlag.AlignLeft),
                             metrics.elidedText(about, Qt.TextElideMode.ElideRight,
                                                self._notes_width()))
            rect = rect.adjusted(0, line + 2, 0, 0)
        painter.setPen(text_color)
        follow_height = line + 2 if item.next_follow_up_on else 0
        reason = index.data(REFUSED_ROLE)
        if reason:  # the server refused it: said first, in the error colour
            painter.setPen(error_color())
            painter.drawText(mirror(QRect(left, rect.top() + line + 8, self._notes_width(),
                                          line)),
                             int(Qt.AlignmentFlag.AlignLeft),
                             metrics.elidedText(_refused_line(reason),
                                                Qt.TextElideMode.ElideRight,
                                                self._notes_width()))
            painter.setPen(text_color)
            rect = rect.adjusted(0, line + 2, 0, 0)  # the note goes below it
        notes_rect = mirror(QRect(left, rect.top() + line + 10, self._notes_width(),
                                  rect.height() - line - 18 - follow_height))
        # the note in its own direction (a right-to-left window mirrors an English one)
        painter.drawText(notes_rect, int(Qt.TextFlag.TextWordWrap), isolated(worded(item.notes)))
        if item.next_follow_up_on:
            painter.setPen(overdue_color() if item.next_follow_up_on < date.today()
                           else muted())
            painter.drawText(mirror(QRect(left, rect.bottom() - line - 3, rect.width() - 50,
                                          line)),
                             int(Qt.AlignmentFlag.AlignLeft),
                             QCoreApplication.translate("Timeline", "→ follow up {0}").format(
                                 day_text(item.next_follow_up_on)))
        painter.restore()

    def _paint_money(self, painter: QPainter, option: QStyleOptionViewItem,
                     item: MoneyEntry) -> None:
        """A contract or payment: a coloured mark, its line in bold (a late payment in
        the overdue colour), and which contract it belongs to."""
        rect: QRect = option.rect
        line = option.fontMetrics.height()
        mirror = _mirror(option)
        mark = mirror(QRect(rect.left() + 8, rect.top() + 6, 24, 24))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#2e7d32") if item.kind == "payment" else QColor("#1565c0"))
        painter.drawEllipse(mark)
        painter.setPen(QColor("white"))
        painter.setFont(scaled(option.font, 0, bold=True))
        painter.drawText(mark, int(Qt.AlignmentFlag.AlignCenter),
                         "¥" if item.kind == "payment" else "✎")
        left = rect.left() + 42
        width = rect.width() - 50
        painter.setPen(overdue_color() if item.late_days else option.palette.text().color())
        painter.drawText(mirror(QRect(left, rect.top() + 5, width, line)),
                         int(Qt.AlignmentFlag.AlignLeft),
                         option.fontMetrics.elidedText(money_line(item),
                                                       Qt.TextElideMode.ElideRight, width))
        painter.setFont(option.font)
        painter.setPen(muted())
        where = (QCoreApplication.translate("Timeline", "New contract")
                 if item.kind == "contract" else
                 QCoreApplication.translate("Timeline", "Payment on contract {0}").format(
                     item.contract))
        painter.drawText(mirror(QRect(left, rect.top() + line + 9, width, line)),
                         int(Qt.AlignmentFlag.AlignLeft), where)


def _mirror(option: QStyleOptionViewItem) -> Callable[[QRect], QRect]:
    """A box laid out from the row's left, where a right-to-left window has it (the
    painter mirrors the text's alignment, not the boxes)."""
    return lambda box: QStyle.visualRect(option.direction, option.rect, box)


def _id_of(combo: QComboBox) -> uuid.UUID | None:
    """The record a combo's current item names (its data: the id as text, "" for none;
    a combo finds text, not a UUID)."""
    data = combo.currentData()
    return uuid.UUID(data) if data else None


def _choose_id(combo: QComboBox, row_id: uuid.UUID | None) -> None:
    combo.setCurrentIndex(max(0, combo.findData(row_id.hex if row_id else "")))


class PeoplePicker(QToolButton):
    """Who was spoken to: the button names them; its menu ticks people on and off and
    stays open while they are ticked. The first ticked is foremost (the activity's own
    contact, the one older laptops see)."""

    changed = Signal()  # the user ticked or unticked someone

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._menu = QMenu(self)
        self.setMenu(self._menu)
        self._names: dict[uuid.UUID, str] = {}
        self._chosen: list[uuid.UUID] = []
        self.boxes: dict[uuid.UUID, QCheckBox] = {}
        self._rebuild()

    def set_people(self, people: Iterable[tuple[uuid.UUID, str]]) -> None:
        """The people one may pick (the company's contacts); the chosen stay chosen
        while they are among them."""
        self._names = dict(people)
        self._chosen = [c for c in self._chosen if c in self._names]
        self._rebuild()

    def chosen(self) -> tuple[uuid.UUID, ...]:
        return tuple(self._chosen)

    def choices(self) -> list[tuple[uuid.UUID, str]]:
        """The people one may pick, as (id, name)."""
        return list(self._names.items())

    def choose(self, people: Iterable[uuid.UUID]) -> None:
        """Tick these people (those one may pick), as the form says, not the user."""
        self._chosen = list(dict.fromkeys(c for c in people if c in self._names))
        self._rebuild()

    def _toggled(self, contact_id: uuid.UUID, on: bool) -> None:
        if on and contact_id not in self._chosen:
            self._chosen.append(contact_id)
        elif not on and contact_id in self._chosen:
            self._chosen.remove(contact_id)
        self._show_text()
        self.changed.emit()

    def _rebuild(self) -> None:
        self._menu.clear()
        self.boxes = {}
        for contact_id, name in self._names.items():
            box = QCheckBox(name)
            box.setChecked(contact_id in self._chosen)
            box.setStyleSheet("QCheckBox { padding: 4px 12px; }")
            box.toggled.connect(lambda on, c=contact_id: self._toggled(c, on))
            action = QWidgetAction(self._menu)
            action.setDefaultWidget(box)
            self._menu.addAction(action)
            self.boxes[contact_id] = box
        self.setEnabled(bool(self._names))
        self._show_text()

    def _show_text(self) -> None:
        names = [self._names[c] for c in self._chosen]
        shown = ", ".join(names) if names else self.tr("no one in particular")
        self.setText(self.tr("With: {0}").format(
            self.fontMetrics().elidedText(shown, Qt.TextElideMode.ElideRight, 220)))
        self.setToolTip(self.tr("Who you spoke to (the first named is foremost)") +
                        (f"\n{', '.join(names)}" if names else ""))


class ActivityForm(QWidget):
    """Type, outcome, notes and next follow-up; used inline and in the edit dialog.

    The follow-up picker shows the date the record has now (`show_current_follow_up`);
    left alone, the entry keeps it (FollowUp.KEEP). Only a date the user picks, or
    their choice of None, changes it. Who was spoken to and the deal default to what
    the pane says (the person selected on the card, the deal the list is filtered to)
    until the user picks them."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._current_follow: date | None = None  # what the record has: shown when untouched
        self._follow_chosen = False  # the user picked a date or None
        self._showing = False  # the form itself is setting the picker
        # the stored notes and how they were shown (worded, a note the rules wrote):
        # left as shown, the entry keeps what is stored and so its words
        self._stored_notes = ("", "")
        self.kind = ComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(word(label), kind.value)
        self.outcome = ComboBox()
        self.outcome.addItem(self.tr("(no outcome)"), "")
        for outcome, label in OUTCOME_LABELS.items():
            self.outcome.addItem(word(label), outcome.value)
        self.people = PeoplePicker()
        self.deal = ComboBox()
        self.deal.setToolTip(self.tr("The deal this was about (its history shows it)"))
        self._default_people: tuple[uuid.UUID, ...] = ()
        self._default_deal: uuid.UUID | None = None
        # the user picked the people, the deal: the pane's defaults no longer apply
        self._people_chosen = self._deal_chosen = False
        self.set_deals([])
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("What happened, what was agreed…"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 4)
        self.follow = DateEdit()
        self.follow.setCalendarPopup(True)
        self.follow.setMinimumDate(QDate(2000, 1, 1))
        self.follow.setSpecialValueText(self.tr("no follow-up"))
        self.follow.setToolTip(self.tr("Left alone, the next follow-up stays as it is; "
                                       "choose None to clear it."))
        self._show_follow(None)
        self.picks = QButtonGroup(self)
        picks = QHBoxLayout()
        for key, label in (("tomorrow", self.tr("Tomorrow")), ("+3d", self.tr("+3 days")),
                           ("next_week", self.tr("Next week")), ("none", self.tr("None"))):
            button = QPushButton(label)
            button.setFlat(True)
            shrinks_to_text(button)
            button.clicked.connect(lambda _c=False, k=key: self.pick(k))
            picks.addWidget(button)
        picks.addStretch(1)
        shrinks_to(self.outcome, 10)
        shrinks_to(self.deal, 10)
        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addWidget(self.outcome, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        about = QHBoxLayout()
        about.addWidget(self.people)
        about.addWidget(self.deal, 1)
        about.addStretch(0)
        layout.addLayout(about)
        layout.addWidget(self.notes)
        # the date beside its label, the quick picks under them: one row of both was
        # wider than the pane at 1024x700
        when = QHBoxLayout()
        when.addWidget(QLabel(self.tr("Next follow-up:")))
        when.addWidget(self.follow, 1)
        layout.addLayout(when)
        layout.addLayout(picks)
        for signal in (self.kind.currentIndexChanged, self.outcome.currentIndexChanged,
                       self.notes.textChanged):
            signal.connect(lambda *_args: self.changed.emit())
        self.follow.dateChanged.connect(self._follow_edited)
        self.people.changed.connect(lambda: self._about_edited(people=True))
        self.deal.activated.connect(lambda _i: self._about_edited(people=False))

    # ---- who and which deal -------------------------------------------------------------
    def set_deals(self, deals: Iterable[q.DealChoice]) -> None:
        """The deals one may pick (the account's open ones); hidden when there are none.
        The chosen one stays while it is among them."""
        current = self.deal_id()
        self.deal.clear()
        self.deal.addItem(self.tr("No deal in particular"), "")
        for deal in deals:
            self.deal.addItem(self.tr("Deal: {0}").format(deal.name), deal.id.hex)
        self._choose_deal(current)
        self.deal.setVisible(self.deal.count() > 1)

    def deal_id(self) -> uuid.UUID | None:
        """The deal the entry is about (None: none in particular)."""
        return _id_of(self.deal)

    def _choose_deal(self, deal_id: uuid.UUID | None) -> None:
        _choose_id(self.deal, deal_id)

    def set_defaults(self, people: Iterable[uuid.UUID], deal: uuid.UUID | None) -> None:
        """Who and which deal an entry is about unless the user picks them; shown at once
        while the user has not."""
        self._default_people, self._default_deal = tuple(people), deal
        if not self._people_chosen:
            self.people.choose(self._default_people)
        if not self._deal_chosen:
            self._choose_deal(self._default_deal)

    def _about_edited(self, people: bool) -> None:
        if people:
            self._people_chosen = True
        else:
            self._deal_chosen = True
        self.changed.emit()

    def _follow_edited(self) -> None:
        if self._showing:
            return  # the form showing a date is not the user choosing one
        self._follow_chosen = True
        self.changed.emit()

    def _show_follow(self, day: date | None) -> None:
        self._showing = True
        try:
            self.follow.setDate(self.follow.minimumDate() if day is None
                                else QDate(day.year, day.month, day.day))
        finally:
            self._showing = False

    def current_follow_up(self) -> date | None:
        """The record's follow-up the form was last told about."""
        return self._current_follow

    def show_current_follow_up(self, day: date | None) -> None:
        """The record's next follow-up as it stands: shown, and kept if left alone.
        A date the user already chose stays on screen."""
        self._current_follow = day
        if not self._follow_chosen:
            self._show_follow(day)

    def pick(self, choice: str) -> None:
        """A quick choice: 'tomorrow', '+3d', 'next_week' or 'none' (no follow-up)."""
        self._follow_chosen = True  # also when the picker showed that date already
        self._show_follow(None if choice == "none" else quick_follow_up(choice, self._today))
        self.changed.emit()

    def follow_up(self) -> date | None:
        """The date the picker shows (None: no follow-up)."""
        if self.follow.date() == self.follow.minimumDate():
            return None
        value = self.follow.date()
        return date(value.year(), value.month(), value.day())

    def follow_up_choice(self) -> FollowUpChoice:
        """What the entry says: the chosen date or None, or KEEP when left alone."""
        return self.follow_up() if self._follow_chosen else FollowUp.KEEP

    def entry(self) -> ActivityInput:
        outcome = self.outcome.currentData()
        people = self.people.chosen()
        return ActivityInput(ActivityKind(self.kind.currentData()),
                             Outcome(outcome) if outcome else None,
                             self._notes(), self.follow_up_choice(),
                             people[0] if people else None, contacts=people,
                             opportunity_id=self.deal_id())

    def _notes(self) -> str:
        typed = self.notes.toPlainText().strip()
        stored, shown = self._stored_notes
        return stored if shown != stored and typed == shown.strip() else typed

    def set_entry(self, kind: ActivityKind, outcome: Outcome | None, notes: str,
                  follow: FollowUpChoice = FollowUp.KEEP,
                  people: Iterable[uuid.UUID] | None = None,
                  deal: uuid.UUID | None = None) -> None:
        """Fill the form; `follow` KEEP shows the record's current follow-up, untouched;
        `people` None: who and which deal are the pane's defaults, else these."""
        self._people_chosen = self._deal_chosen = people is not None
        if people is None:
            self.people.choose(self._default_people)
            self._choose_deal(self._default_deal)
        else:
            self.people.choose(people)
            self._choose_deal(deal)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind.value)))
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(outcome.value
                                                                  if outcome else "")))
        self._stored_notes = (notes, worded(notes))
        self.notes.setPlainText(self._stored_notes[1])
        self._follow_chosen = follow is not FollowUp.KEEP
        self._show_follow(self._current_follow if follow is FollowUp.KEEP else follow)

    def is_blank(self) -> bool:
        return not self.notes.toPlainText().strip() and not self._follow_chosen and \
            self.outcome.currentIndex() == 0 and self.kind.currentIndex() == 0

    def clear(self) -> None:
        self.set_entry(ActivityKind.CALL, None, "")

    def draft(self) -> str:
        entry = self.entry()
        follow = entry.next_follow_up_on
        deal = entry.opportunity_id
        return json.dumps({"kind": entry.kind.value,
                           "outcome": entry.outcome.value if entry.outcome else None,
                           "notes": self.notes.toPlainText(),
                           # left alone: no key, so the draft keeps whatever date is current
                           # when it comes back
                           **({} if follow is FollowUp.KEEP else
                              {"follow": follow.isoformat() if follow else "none"}),
                           # who and which deal, when the user picked them
                           **({} if not (self._people_chosen or self._deal_chosen) else
                              {"people": [c.hex for c in entry.people()],
                               "deal": deal.hex if deal else None})})

    def restore(self, text: str | None) -> None:
        if not text:
            self.clear()
            return
        try:
            data = json.loads(text)
            # a draft from before "none" was written has null for both "left alone"
            # and "none": read as left alone, which changes nothing
            raw = data.get("follow")
            follow: FollowUpChoice = (FollowUp.KEEP if raw is None else None if raw == "none"
                                      else date.fromisoformat(raw))
            picked = data.get("people")
            deal = data.get("deal")
            self.set_entry(ActivityKind(data["kind"]),
                           Outcome(data["outcome"]) if data.get("outcome") else None,
                           data.get("notes", ""), follow,
                           None if picked is None else [uuid.UUID(c) for c in picked],
                           uuid.UUID(deal) if deal else None)
        except (ValueError, KeyError, TypeError):
            self.clear()  # a damaged draft is dropped rather than crash the pane


class TimelinePane(QWidget):
    """Quick-log form over the account's activity list."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._account: uuid.UUID | None = None
        self.is_loaded = True  # nothing selected yet: nothing to wait for
        self.form = ActivityForm(ctx.today())
        self.save = QPushButton(self.tr("Save  (Ctrl+Enter)"))
        self.save.setDefault(True)
        self.save.clicked.connect(self.save_entry)
        self.draft_note = QLabel()
        self.draft_note.setStyleSheet("color: gray;")
        bar = QHBoxLayout()
        bar.addWidget(self.draft_note, 1)
        bar.addWidget(self.save)
        self.model = TimelineModel(ctx, self)
        # one deal's history: the list filtered to the activities about it
        self.deal_filter = ComboBox()
        self.deal_filter.setToolTip(self.tr("Show every activity, or one deal's"))
        self.deal_filter.activated.connect(lambda _i: self._filter_changed())
        self.filter_row = QWidget()
        filter_layout = QHBoxLayout(self.filter_row)
        filter_layout.setContentsMargins(0, 4, 0, 0)
        filter_layout.addWidget(QLabel(self.tr("Show:")))
        filter_layout.addWidget(self.deal_filter, 1)
        shrinks_to(self.deal_filter, 10)
        self.filter_row.hide()
        self._deals: list[q.DealChoice] = []
        self._logs_on: uuid.UUID | None = None
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(TimelineDelegate(self.list))
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # rows re-wrap on resize
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.doubleClicked.connect(lambda index: self._edit(index))
        self.empty = QLabel(self.tr("No activities yet. Log the first call or visit above."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.form)
        layout.addLayout(bar)
        layout.addWidget(self.filter_row)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save_entry,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(400)
        self._draft_timer.timeout.connect(self.keep_draft)
        self.form.changed.connect(self._draft_timer.start)
        self._restoring = False
        self._stored_draft: str | None = None  # what the workspace holds for this account
        self._saving = False
        self._form_account: uuid.UUID | None = None  # whose entry the form holds
        ctx.selection.account_changed.connect(self.show_account)
        ctx.selection.contact_changed.connect(self._contact_selected)
        ctx.bus.changed.connect(self._on_changes)
        self.setEnabled(False)
        self._say_nothing_open()

    def _say_nothing_open(self) -> None:
        self.empty.setText(self.tr("Open an account to log a call or a visit and to see "
                                   "its history here."))
        self.empty.show()

    # ---- loading --------------------------------------------------------------------
    def show_account(self, account_id: uuid.UUID | None) -> None:
        if self._account is not None and self._account != account_id:
            self.keep_draft()
            self._form_account = None
            self.model.deal_id = None  # another account: all of its activities
        self._account = account_id
        self.is_loaded = False
        self.setEnabled(account_id is not None)
        if account_id is None:
            self.model.set_page(None, [])
            self._say_nothing_open()
            self.is_loaded = True
            self.loaded.emit()
            return

        deal_id, app = self.model.deal_id, self._ctx.app

        def query(session: Session) -> _Loaded:
            deals = q.deal_choices(session, account_id)
            shown = deal_id if any(d.id == deal_id for d in deals) else None
            logs_on = rights.logs_on(session, app, account_id, [d.id for d in deals if d.open])
            return _Loaded(q.timeline(session, account_id, PAGE, deal_id=shown),
                           activity_draft(account_id).get(session),
                           refused.on_account(session, account_id),
                           q.next_follow_up(session, account_id),
                           [(c.id, c.name) for c in q.contacts(session, account_id)],
                           deals, shown,
                           money_entries(session, account_id) if shown is None else [],
                           logs_on)

        self._ctx.read(query, lambda loaded: self._show(account_id, loaded), key="timeline")

    def _show(self, account_id: uuid.UUID, loaded: _Loaded) -> None:
        if account_id != self._account:
            return
        rows, draft, refused_, follow = (loaded.rows, loaded.draft, loaded.refusals,
                                         loaded.follow)
        # refused for want of its company: the card says why the company was
        company = any(r.entity == "accounts" for r in refused_)
        self.model.set_page(account_id, rows, {
            r.row_id: self.tr("refused with its company") if company else said(r.reason)
            for r in refused_ if r.entity == "activities"}, loaded.deal_id, loaded.money)
        self._logs_on = loaded.logs_on
        self._show_deals(loaded.deals, loaded.deal_id)
        self.form.people.set_people(loaded.people)
        self._default_about()
        self.empty.setText(self.tr("No activities on this deal yet.") if loaded.deal_id
                           else self.tr("No activities yet. Log the first call or visit "
                                        "above."))
        self.empty.setVisible(not rows and not loaded.money)
        # the picker shows the account's next follow-up, unless the user chose one
        self.form.show_current_follow_up(follow)
        if account_id != self._form_account:
            # a refresh of the same account leaves the form (and what is being typed) alone
            self._form_account = account_id
            self._restoring = True
            self.form.restore(draft)
            self._restoring = False
            self._draft_timer.stop()
            self._stored_draft = None if self.form.is_blank() else self.form.draft()
            self.draft_note.setText(self.tr("Draft restored") if draft else "")
        self.is_loaded = True
        self.loaded.emit()

    def _on_changes(self, change: changes.Changes) -> None:
        # people and deals are named in the entries and offered in the form
        if self._account is not None and change.touches(self._account, changes.ACTIVITIES,
                                                        changes.CONTACTS, changes.DEALS, CONTRACTS):
            self.show_account(self._account)

    # ---- who, which deal, and the deal filter ---------------------------------------------
    def _show_deals(self, deals: list[q.DealChoice], shown: uuid.UUID | None) -> None:
        self._deals = deals
        self.deal_filter.clear()
        self.deal_filter.addItem(self.tr("All activities"), "")
        for deal in deals:
            name = deal.name if deal.open else self.tr("{0} (closed)").format(deal.name)
            self.deal_filter.addItem(self.tr("Deal: {0}").format(name), deal.id.hex)
        _choose_id(self.deal_filter, shown)
        self.filter_row.setVisible(bool(deals))
        self.form.set_deals([d for d in deals if d.open])

    def show_deal(self, deal_id: uuid.UUID | None) -> None:
        """Show one deal's activities (None: all of the account's)."""
        _choose_id(self.deal_filter, deal_id)
        self._filter_changed()

    def _filter_changed(self) -> None:
        deal_id = _id_of(self.deal_filter)
        if deal_id != self.model.deal_id and self._account is not None:
            self.model.deal_id = deal_id
            self.show_account(self._account)

    def _default_about(self) -> None:
        """An entry is about the person selected on the card and the deal the list
        shows, until the user picks others."""
        contact = self._ctx.selection.contact_id
        deal = self.model.deal_id
        open_deal = (deal if any(d.id == deal and d.open for d in self._deals)
                     else self._logs_on)
        self.form.set_defaults([contact] if contact is not None else [], open_deal)

    def _contact_selected(self, _contact_id: uuid.UUID | None) -> None:
        if self._form_account == self._account:
            self._default_about()

    # ---- drafts ---------------------------------------------------------------------
    def keep_draft(self, now: bool = False) -> None:
        """Store (or clear) the half-filled form of the current account: through the
        writer, in order with other edits, or with `now` at once (when closing, after
        the writer has finished)."""
        self._draft_timer.stop()
        if self._restoring or self._account is None:
            return
        account_id = self._account
        blank, text = self.form.is_blank(), self.form.draft()
        stored = None if blank else text
        if stored == self._stored_draft:
            return  # nothing new to keep: switching accounts costs no write
        self._stored_draft = stored

        if now:
            activities.keep_draft(self._ctx.app, account_id, stored)
        else:
            self._ctx.command(lambda app: activities.keep_draft(app, account_id, stored))
        self.draft_note.setText("" if blank else self.tr("Draft kept"))

    # ---- saving ---------------------------------------------------------------------
    def save_entry(self) -> None:
        account_id = self._account
        if account_id is None or self._saving:
            return  # a second Ctrl+Enter while the first is being saved does nothing
        entry = self.form.entry()
        problem = activities.entry_problem(entry)
        if problem is not None:
            self.draft_note.setText(sentence(problem))
            return
        snapshot = self.form.draft()
        # The form clears at once, so the rep can type the next entry while this one is
        # written; if the write fails, what was typed comes back.
        self._saving = True
        self.save.setEnabled(False)
        self._restoring = True
        current = self.form.current_follow_up()
        if entry.next_follow_up_on is not FollowUp.KEEP:
            # what the account will have: the next entry keeps it unless changed
            self.form.show_current_follow_up(entry.next_follow_up_on)
        self.form.clear()
        self._restoring = False
        self._draft_timer.stop()

        def saved(_new_id: uuid.UUID) -> None:
            self._saving = False
            self.save.setEnabled(True)
            if account_id == self._account:
                self._stored_draft = None  # the save removed the draft in its transaction
                self.draft_note.setText(self.tr("Saved"))

        def failed(exc: BaseException) -> None:
            self._saving = False
            self.save.setEnabled(True)
            if account_id == self._account:
                self._restoring = True
                self.form.show_current_follow_up(current)  # the account kept its date
                if self.form.is_blank():
                    self.form.restore(snapshot)
                self._restoring = False
            self.draft_note.setText(refusal_words(exc))

        self._ctx.command(lambda app: activities.log_activity(app, account_id, entry), saved,
                          failed)

    def _menu(self, pos: Any) -> None:
        index = self.list.indexAt(pos)
        if not index.isValid() or index.data(ACTIVITY_ID_ROLE) is None:
            return
        menu = QMenu(self)
        refused_ = index.data(REFUSED_ROLE) is not None
        # a refused activity is fixed by editing it (sent again), or discarded
        edit = QAction(self.tr("Fix…") if refused_ else self.tr("Edit…"), menu)
        edit.triggered.connect(lambda: self._edit(index))
        delete = QAction(self.tr("Discard…") if refused_ else self.tr("Delete"), menu)
        delete.triggered.connect(lambda: self._discard(index) if refused_ else
                                 self._delete(index))
        menu.addActions([edit, delete])
        menu.exec(self.list.viewport().mapToGlobal(pos))

    def _edit(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if not isinstance(row, q.ActivityRow) or self._account is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Edit activity"))
        form = ActivityForm(self._ctx.today(), dialog)
        form.show_current_follow_up(row.next_follow_up_on)  # kept unless changed
        # the company's people, and those named here since removed (kept unless unticked)
        live = self.form.people.choices()
        gone = [(c, n) for c, n in zip(row.contact_ids, row.people, strict=True)
                if c not in dict(live)]
        form.people.set_people(live + gone)
        form.set_deals([d for d in self._deals if d.open or d.id == row.opportunity_id])
        form.set_entry(row.kind, row.outcome, row.notes, people=row.contact_ids,
                       deal=row.opportunity_id)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QFormLayout(dialog)
        layout.addRow(QLabel(moment_text(local(row.occurred_at))))
        layout.addRow(form)
        layout.addRow(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        entry, account_id, activity_id = form.entry(), self._account, row.id
        self._ctx.command(lambda app: activities.edit_activity(app, account_id, activity_id,
                                                               entry))

    def _delete(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if not isinstance(row, q.ActivityRow):
            return
        answer = QMessageBox.question(
            self, self.tr("Delete activity"),
            self.tr("Delete this {0} from {1}?").format(
                kind_label(row.kind).lower(), moment_text(local(row.occurred_at))))
        if answer != QMessageBox.StandardButton.Yes:
            return
        activity_id = row.id
        self._ctx.command(lambda app: activities.delete_activity(app, activity_id))

    def _discard(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if not isinstance(row, q.ActivityRow) or self._account is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Discard activity"),
            self.tr("Discard this {0} from {1}? The server never had it, so it will be "
                    "gone for good.").format(kind_label(row.kind).lower(),
                                             moment_text(local(row.occurred_at))))
        if answer != QMessageBox.StandardButton.Yes:
            return
        activity_id, account_id = row.id, self._account
        self._ctx.command(lambda app: refusals.discard(app, account_id, "activities",
                                                       activity_id))

    def focus_form(self) -> None:
        self.form.notes.setFocus()
