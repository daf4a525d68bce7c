"""The follow-up timeline: every activity newest first, grouped by day, with a
quick-log form on top. Contracts signed and payments received are entries of their own
among the activities, in date order. A half-typed entry is kept as a draft per account."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date
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
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crmdesk.app import activities
from crmdesk.app import refused as refusals
from crmdesk.app.changes import CONTRACTS
from crmdesk.domain.activity import (
    ActivityKind,
    FollowUp,
    FollowUpChoice,
    Outcome,
    quick_follow_up,
)
from crmdesk.store import queries as q
from crmdesk.store import refused
from crmdesk.store.contract_queries import MoneyEntry, money_entries
from crmdesk.store.workspace_keys import activity_draft
from crmdesk.store.writes import ActivityInput
from crmdesk.ui import changes
from crmdesk.ui.context import AppContext
from crmdesk.ui.icons import kind_icon
from crmdesk.ui.style import error_color, muted, overdue_color, scaled
from crmdesk.ui.wheel import ComboBox, DateEdit

PAGE = 50
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ACTIVITY_ID_ROLE = Qt.ItemDataRole.UserRole + 2
#: The server's reason for refusing an activity made here (None: it is on the server).
REFUSED_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex

KIND_LABELS = {ActivityKind.CALL: "Call", ActivityKind.VISIT: "Visit",
               ActivityKind.MEETING: "Meeting", ActivityKind.EMAIL: "Email",
               ActivityKind.SMS: "SMS", ActivityKind.NOTE: "Note", ActivityKind.TASK: "Task"}
OUTCOME_LABELS = {Outcome.REACHED: "Reached", Outcome.INTERESTED: "Interested",
                  Outcome.NOT_INTERESTED: "Not interested",
                  Outcome.MEETING_BOOKED: "Meeting booked",
                  Outcome.QUOTE_REQUESTED: "Quote requested", Outcome.NO_ANSWER: "No answer",
                  Outcome.LEFT_MESSAGE: "Left message", Outcome.SENT: "Sent",
                  Outcome.DONE: "Done"}


def kind_label(kind: ActivityKind) -> str:
    return QCoreApplication.translate("Timeline", KIND_LABELS[kind])


def outcome_label(outcome: Outcome) -> str:
    return QCoreApplication.translate("Timeline", OUTCOME_LABELS[outcome])


@dataclass(frozen=True, slots=True)
class DayHeader:
    day: date


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

    def set_page(self, account_id: uuid.UUID | None, rows: list[q.ActivityRow],
                 refused_: dict[uuid.UUID, str] | None = None,
                 money: list[MoneyEntry] | None = None) -> None:
        """The first page of an account's activities, with the server's reason for each
        of its activities made here that the server refused, and all its contracts and
        payments (newest first)."""
        self.beginResetModel()
        self._account, self._items = account_id, []
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
        floor = rows[-1].occurred_at if more and rows else None
        joining = [m for m in self._money if floor is None or m.occurred_at >= floor]
        self._money = self._money[len(joining):]
        merged: list[q.ActivityRow | MoneyEntry] = sorted(
            [*rows, *joining], key=lambda item: item.occurred_at, reverse=True)
        for row in merged:
            if row.occurred_at.date() != last_day:
                last_day = row.occurred_at.date()
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
        account_id, after = self._account, q.cursor_after(rows[-1])
        assert account_id is not None
        page = self._ctx.read_now(lambda s: q.timeline(s, account_id, PAGE, after))
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
            return f"{kind_label(item.kind)} {outcome} {item.notes}".strip()
        if role == Qt.ItemDataRole.DecorationRole:
            return kind_icon(item.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            reason = self._refused.get(item.id)
            return item.notes if reason is None else f"{_refused_line(reason)}\n{item.notes}"
        return None


def _refused_line(reason: str) -> str:
    return QCoreApplication.translate("Timeline", "⚠ Not on the server: {0}").format(reason)


def _day_label(day: date, today: date) -> str:
    delta = (today - day).days
    if delta == 0:
        return QCoreApplication.translate("Timeline", "Today")
    if delta == 1:
        return QCoreApplication.translate("Timeline", "Yesterday")
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")


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
            item.notes or " ")
        extra = line + 2 if item.next_follow_up_on else 0
        if index.data(REFUSED_ROLE):
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
        kind_icon(item.kind).paint(painter, QRect(rect.left() + 8, rect.top() + 6, 24, 24))
        left = rect.left() + 42
        line = metrics.height()
        painter.setPen(text_color)
        painter.setFont(scaled(option.font, 0, bold=True))
        title = kind_label(item.kind) + (f" · {outcome_label(item.outcome)}"
                                         if item.outcome else "")
        painter.drawText(QRect(left, rect.top() + 5, rect.width() - 50, line),
                         int(Qt.AlignmentFlag.AlignLeft), title)
        painter.setFont(option.font)
        who = " · ".join(x for x in (item.occurred_at.strftime("%H:%M"), item.author,
                                     item.contact) if x)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(text_color if selected else muted())
        painter.drawText(QRect(left, rect.top() + 5, rect.width() - 50, line),
                         int(Qt.AlignmentFlag.AlignRight), who)
        painter.setPen(text_color)
        follow_height = line + 2 if item.next_follow_up_on else 0
        reason = index.data(REFUSED_ROLE)
        if reason:  # the server refused it: said first, in the error colour
            painter.setPen(error_color())
            painter.drawText(QRect(left, rect.top() + line + 8, self._notes_width(), line),
                             int(Qt.AlignmentFlag.AlignLeft),
                             metrics.elidedText(_refused_line(reason),
                                                Qt.TextElideMode.ElideRight,
                                                self._notes_width()))
            painter.setPen(text_color)
            rect = rect.adjusted(0, line + 2, 0, 0)  # the note goes below it
        notes_rect = QRect(left, rect.top() + line + 10, self._notes_width(),
                           rect.height() - line - 18 - follow_height)
        painter.drawText(notes_rect, int(Qt.TextFlag.TextWordWrap), item.notes)
        if item.next_follow_up_on:
            painter.setPen(overdue_color() if item.next_follow_up_on < date.today()
                           else muted())
            painter.drawText(QRect(left, rect.bottom() - line - 3, rect.width() - 50, line),
                             int(Qt.AlignmentFlag.AlignLeft),
                             QCoreApplication.translate("Timeline", "→ follow up {0}").format(
                                 item.next_follow_up_on.isoformat()))
        painter.restore()

    def _paint_money(self, painter: QPainter, option: QStyleOptionViewItem,
                     item: MoneyEntry) -> None:
        """A contract or payment: a coloured mark, its line in bold (a late payment in
        the overdue colour), and which contract it belongs to."""
        rect: QRect = option.rect
        line = option.fontMetrics.height()
        mark = QRect(rect.left() + 8, rect.top() + 6, 24, 24)
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
        painter.drawText(QRect(left, rect.top() + 5, width, line),
                         int(Qt.AlignmentFlag.AlignLeft),
                         option.fontMetrics.elidedText(item.text, Qt.TextElideMode.ElideRight,
                                                       width))
        painter.setFont(option.font)
        painter.setPen(muted())
        where = (QCoreApplication.translate("Timeline", "New contract")
                 if item.kind == "contract" else
                 QCoreApplication.translate("Timeline", "Payment on contract {0}").format(
                     item.contract))
        painter.drawText(QRect(left, rect.top() + line + 9, width, line),
                         int(Qt.AlignmentFlag.AlignLeft), where)


class ActivityForm(QWidget):
    """Type, outcome, notes and next follow-up; used inline and in the edit dialog.

    The follow-up picker shows the date the record has now (`show_current_follow_up`);
    left alone, the entry keeps it (FollowUp.KEEP). Only a date the user picks, or
    their choice of None, changes it."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.contact_id: uuid.UUID | None = None
        self._current_follow: date | None = None  # what the record has: shown when untouched
        self._follow_chosen = False  # the user picked a date or None
        self._showing = False  # the form itself is setting the picker
        self.kind = ComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(self.tr(label), kind.value)
        self.outcome = ComboBox()
        self.outcome.addItem(self.tr("(no outcome)"), "")
        for outcome, label in OUTCOME_LABELS.items():
            self.outcome.addItem(self.tr(label), outcome.value)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("What happened, what was agreed…"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 4)
        self.follow = DateEdit()
        self.follow.setCalendarPopup(True)
        self.follow.setDisplayFormat("yyyy-MM-dd")
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
            button.clicked.connect(lambda _c=False, k=key: self.pick(k))
            picks.addWidget(button)
        picks.addWidget(self.follow, 1)
        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addWidget(self.outcome, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.notes)
        follow = QLabel(self.tr("Next follow-up:"))
        layout.addWidget(follow)
        layout.addLayout(picks)
        for signal in (self.kind.currentIndexChanged, self.outcome.currentIndexChanged,
                       self.notes.textChanged):
            signal.connect(lambda *_args: self.changed.emit())
        self.follow.dateChanged.connect(self._follow_edited)

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
        return ActivityInput(ActivityKind(self.kind.currentData()),
                             Outcome(outcome) if outcome else None,
                             self.notes.toPlainText().strip(), self.follow_up_choice(),
                             self.contact_id)

    def set_entry(self, kind: ActivityKind, outcome: Outcome | None, notes: str,
                  follow: FollowUpChoice = FollowUp.KEEP,
                  contact_id: uuid.UUID | None = None) -> None:
        """Fill the form; `follow` KEEP shows the record's current follow-up, untouched."""
        self.contact_id = contact_id  # kept as it was: the form does not change it
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind.value)))
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(outcome.value
                                                                  if outcome else "")))
        self.notes.setPlainText(notes)
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
        return json.dumps({"kind": entry.kind.value,
                           "outcome": entry.outcome.value if entry.outcome else None,
                           "notes": self.notes.toPlainText(),
                           # left alone: no key, so the draft keeps whatever date is current
                           # when it comes back
                           **({} if follow is FollowUp.KEEP else
                              {"follow": follow.isoformat() if follow else "none"})})

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
            self.set_entry(ActivityKind(data["kind"]),
                           Outcome(data["outcome"]) if data.get("outcome") else None,
                           data.get("notes", ""), follow)
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
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.form)
        layout.addLayout(bar)
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
        ctx.bus.changed.connect(self._on_changes)
        self.setEnabled(False)

    # ---- loading --------------------------------------------------------------------
    def show_account(self, account_id: uuid.UUID | None) -> None:
        if self._account is not None and self._account != account_id:
            self.keep_draft()
            self._form_account = None
        self._account = account_id
        self.is_loaded = False
        self.setEnabled(account_id is not None)
        if account_id is None:
            self.model.set_page(None, [])
            self.is_loaded = True
            self.loaded.emit()
            return

        def query(session: Session) -> tuple[list[q.ActivityRow], str | None,
                                             list[refused.RefusedItem], date | None,
                                             list[MoneyEntry]]:
            return (q.timeline(session, account_id, PAGE),
                    activity_draft(account_id).get(session),
                    refused.on_account(session, account_id),
                    q.next_follow_up(session, account_id),
                    money_entries(session, account_id))

        self._ctx.read(query, lambda result: self._show(account_id, *result), key="timeline")

    def _show(self, account_id: uuid.UUID, rows: list[q.ActivityRow],
              draft: str | None, refused_: list[refused.RefusedItem],
              follow: date | None, money: list[MoneyEntry]) -> None:
        if account_id != self._account:
            return
        # refused for want of its company: the card says why the company was
        company = any(r.entity == "accounts" for r in refused_)
        self.model.set_page(account_id, rows, {
            r.row_id: self.tr("refused with its company") if company else r.reason
            for r in refused_ if r.entity == "activities"}, money)
        self.empty.setVisible(not rows and not money)
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
        if self._account is not None and change.touches(self._account, changes.ACTIVITIES,
                                                        CONTRACTS):
            self.show_account(self._account)

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
            self.draft_note.setText(problem)
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
            self.draft_note.setText(str(exc))

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
        form.set_entry(row.kind, row.outcome, row.notes, contact_id=row.contact_id)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QFormLayout(dialog)
        layout.addRow(QLabel(row.occurred_at.strftime("%Y-%m-%d %H:%M")))
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
                kind_label(row.kind).lower(), row.occurred_at.strftime("%Y-%m-%d %H:%M")))
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
                                             row.occurred_at.strftime("%Y-%m-%d %H:%M")))
        if answer != QMessageBox.StandardButton.Yes:
            return
        activity_id, account_id = row.id, self._account
        self._ctx.command(lambda app: refusals.discard(app, account_id, "activities",
                                                       activity_id))

    def focus_form(self) -> None:
        self.form.notes.setFocus()
