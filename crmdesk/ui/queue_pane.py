"""The lead queue: my accounts in priority order, filters, and search as you type."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crmdesk.app import care, rights
from crmdesk.domain.care import Band, CareKind
from crmdesk.domain.lifecycle import LABELS, Status
from crmdesk.domain.pool import PoolRules
from crmdesk.domain.priority import Urgency
from crmdesk.store import pool_queries, refused
from crmdesk.store import queries as q
from crmdesk.store.care_queries import ReminderCount, ReminderRow
from crmdesk.store.models import Role
from crmdesk.ui import changes
from crmdesk.ui.bidi import isolate_cells, select_row
from crmdesk.ui.care_reminders import REMINDER_ROLE, ReminderTable
from crmdesk.ui.context import AppContext
from crmdesk.ui.formats import day_text
from crmdesk.ui.icons import company_icon, person_icon
from crmdesk.ui.reassign_dialog import ReassignDialog
from crmdesk.ui.settings import QUEUE_FILTER
from crmdesk.ui.shortcuts import keys
from crmdesk.ui.start_here import StartHere
from crmdesk.ui.style import error_color, overdue_color, shrinks_to, today_color
from crmdesk.ui.wheel import ComboBox
from crmdesk.ui.words import pool_warning, said, word

ACCOUNT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
URGENCY_ROLE = Qt.ItemDataRole.UserRole + 2
CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 3
#: The server's reason for refusing a company made here (None: it is on the server).
REFUSED_ROLE = Qt.ItemDataRole.UserRole + 4

Index = QModelIndex | QPersistentModelIndex
#: The queue's list of care reminders (crmdesk.app.care), beside its account lists.
REMINDERS = "reminders"

_ROLES = frozenset(int(r) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ToolTipRole, ACCOUNT_ID_ROLE,
    URGENCY_ROLE, REFUSED_ROLE))


def _when(value: date | None) -> str:
    return day_text(value)


class QueueModel(QAbstractTableModel):
    """Rows of the queue. Holds the ordered ids of every account in the queue and loads
    display rows a block at a time as they scroll into view (so it sorts nothing itself:
    the query orders the ids)."""

    COL_COMPANY, COL_STATUS, COL_OWNER, COL_NEXT, COL_LAST, COL_VALUE, COL_CHANNEL = range(7)
    #: "returns to the pool in N days" (shown beside the follow-up: see QueuePane)
    COL_POOL = 7
    #: the order each column's header asks the query for
    SORTS = (q.QueueSort.NAME, q.QueueSort.STATUS, q.QueueSort.OWNER, q.QueueSort.NEXT,
             q.QueueSort.LAST, q.QueueSort.VALUE, q.QueueSort.CHANNEL, q.QueueSort.RETURNS)
    BLOCK = 100

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ids: list[uuid.UUID] = []
        self._row_of: dict[uuid.UUID, int] = {}
        self._rows: dict[int, q.QueueRow] = {}
        self._refused: dict[uuid.UUID, str] = {}  # of the rows loaded
        self._texts_cache: dict[int, tuple[object, ...]] = {}
        self._today = ctx.today()
        # the teams' pool rules the "To pool" column reads, read once a load (with the
        # ids) and handed to every block of rows
        self._rules: Mapping[uuid.UUID, PoolRules] | None = None
        self._headers = [self.tr("Company"), self.tr("Status"), self.tr("Owner"),
                         self.tr("Follow-up"), self.tr("Last contact"), self.tr("Value"),
                         self.tr("Channel"), self.tr("To pool")]

    def set_ids(self, ids: list[uuid.UUID], today: date,
                rules: Mapping[uuid.UUID, PoolRules] | None = None) -> None:
        """Hold a new queue: its ids in order, the day, and the teams' pool rules its
        rows are read by (None: none read; the rows read them block by block)."""
        self.beginResetModel()
        self._ids, self._rows, self._today = ids, {}, today
        self._rules = rules
        self._refused = {}
        self._texts_cache = {}
        self._row_of = {account_id: row for row, account_id in enumerate(ids)}
        self.endResetModel()

    def ids(self) -> list[uuid.UUID]:
        return self._ids

    def row_of(self, account_id: uuid.UUID) -> int:
        return self._row_of.get(account_id, -1)

    def name_of(self, account_id: uuid.UUID) -> str:
        """The company's name as its row shows it (read with its block if need be)."""
        row = self._row(self.row_of(account_id)) if account_id in self._row_of else None
        return row.name if row is not None else ""

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def _row(self, row: int) -> q.QueueRow | None:
        if row not in self._rows:
            start = row - row % self.BLOCK
            block = self._ids[start:start + self.BLOCK]
            rules = self._rules
            loaded, marks = self._ctx.read_now(lambda s: (
                q.queue_rows(s, block, self._today, rules),
                refused.reasons(s, "accounts", block)))
            self._refused.update(marks)
            by_id = {r.account_id: r for r in loaded}
            for offset, account_id in enumerate(block):
                if account_id in by_id:
                    self._rows[start + offset] = by_id[account_id]
        return self._rows.get(row)

    def _texts(self, row: q.QueueRow) -> tuple[object, ...]:
        name = f"⚠ {row.name}" if row.account_id in self._refused else row.name
        return (name, word(LABELS[row.status]), row.owner or self.tr("Team pool"),
                _when(row.next_follow_up_on),
                _when(row.last_contact_at.date() if row.last_contact_at else None),
                row.value_score, row.channel or "", self._pool_text(row.pool_days))

    def _pool_text(self, days: int | None) -> str:
        if days is None:
            return ""
        if days <= 0:
            return self.tr("today")
        return (self.tr("in 1 day") if days == 1 else
                self.tr("in {0} days").format(days))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks for many roles per cell on every paint; unhandled ones leave at once.
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ACCOUNT_ID_ROLE:
            return self._ids[index.row()]
        row = self._row(index.row())
        if row is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            texts = self._texts_cache.get(index.row())
            if texts is None:
                texts = self._texts_cache[index.row()] = self._texts(row)
            return texts[col] if 0 <= col < len(texts) else None
        if role == URGENCY_ROLE:
            return int(row.urgency)
        reason = self._refused.get(row.account_id)
        if role == REFUSED_ROLE:
            return reason
        if reason is not None and col == self.COL_COMPANY:
            if role == Qt.ItemDataRole.ForegroundRole:
                return error_color()
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Not on the server: it refused this new company. {0}").format(
                    said(reason))
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.urgency is Urgency.OVERDUE and col in (self.COL_COMPANY, self.COL_NEXT):
                return overdue_color()
            if row.urgency is Urgency.DUE_TODAY and col == self.COL_NEXT:
                return today_color()
            if col == self.COL_POOL and row.pool_days is not None:
                return overdue_color() if row.pool_days <= 1 else today_color()
        elif role == Qt.ItemDataRole.ToolTipRole and col == self.COL_POOL and \
                row.pool_days is not None:
            return self.tr("{0}: the team's pool rules take it back unless it is worked "
                           "(a two-way conversation, or a deal).").format(
                pool_warning(row.pool_days))
        elif role == Qt.ItemDataRole.FontRole and row.urgency is Urgency.DUE_TODAY and \
                col == self.COL_NEXT:
            font = QFont()
            font.setBold(True)
            return font
        elif role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.ToolTipRole and col == self.COL_NEXT:
            if row.urgency is Urgency.OVERDUE:
                return self.tr("Follow-up overdue")
            if row.urgency is Urgency.DUE_TODAY:
                return self.tr("Follow-up due today")
        return None


class SearchModel(QAbstractListModel):
    """Search hits: companies and people, each with the account it leads to, and the
    company's status, owner and place, so that look-alike names can be told apart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hits: list[q.SearchHit] = []

    def set_hits(self, hits: list[q.SearchHit]) -> None:
        self.beginResetModel()
        self._hits = hits
        self.endResetModel()

    def hits(self) -> list[q.SearchHit]:
        return self._hits

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(line for line in (hit.title, hit.detail, self.about(hit)) if line)
        if role == Qt.ItemDataRole.DecorationRole:
            return company_icon() if hit.kind == "account" else person_icon()
        if role == ACCOUNT_ID_ROLE:
            return hit.account_id
        if role == CONTACT_ID_ROLE:
            return hit.ref_id if hit.kind == "contact" else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(line for line in (hit.detail or hit.title, self.about(hit))
                             if line)
        return None

    def about(self, hit: q.SearchHit) -> str:
        """"Potential · owner Li Wei · 北京市": the company's status, owner and place."""
        owner = (self.tr("owner {0}").format(hit.owner) if hit.owner
                 else self.tr("in the team pool"))
        status = LABELS[hit.status] if hit.status is not None else ""
        return " · ".join(part for part in (status, owner, hit.place or "") if part)


class _SearchBox(QLineEdit):
    """Arrow keys and Enter in the search box drive the result list below it."""

    moved = Signal(int)
    accepted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Down:
            self.moved.emit(1)
        elif event.key() == Qt.Key.Key_Up:
            self.moved.emit(-1)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accepted.emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.clear()
        else:
            super().keyPressEvent(event)


class QueuePane(QWidget):
    """Search box, filters and the queue table; selecting a row selects the account."""

    loaded = Signal()
    #: a message to the contacts of these accounts (ids, what they are in words)
    message_requested = Signal(object, str)
    #: an empty workspace's first step chosen (crmdesk.ui.start_here: import, new lead, sync)
    start_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.is_loaded = False
        self.search = _SearchBox()
        self.search.setPlaceholderText(self.tr("Search company, person, phone, email, tag…"))
        self.search.setClearButtonEnabled(True)
        self.filter = ComboBox()
        self._fill_filters()
        self.status = ComboBox()
        self.status.addItem(self.tr("Any status"), "")
        for status in Status:
            self.status.addItem(word(LABELS[status]), status.value)
        # whose accounts a lead's (an admin's) team-wide lists show; filled once read
        self.owner = ComboBox()
        self.owner.setToolTip(self.tr("Whose accounts the whole team's lists show"))
        # room for a name; an admin's longer "name · team" reads whole in the list
        self.owner.setSizeAdjustPolicy(
            ComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.owner.setMinimumContentsLength(11)
        self._people: list[q.Person] = []
        self._wanted_owner: str | None = None  # asked for before the people were read
        self.sort, self.descending = q.QueueSort.PRIORITY, False
        self.count = QLabel()
        self.hint = QLabel()
        # the care reminders' own choices: which kinds, and how far ahead
        self.care_kind = ComboBox()
        self.care_kind.addItem(self.tr("All reminders"), "")
        for kind, text in ((CareKind.RENEWAL, self.tr("Renewals")),
                           (CareKind.BIRTHDAY, self.tr("Birthdays")),
                           (CareKind.ANNIVERSARY, self.tr("Anniversaries"))):
            self.care_kind.addItem(text, kind.value)
        self.care_ahead = ComboBox()
        for days, label in ((0, self.tr("Due and overdue")), (7, self.tr("Next 7 days")),
                            (30, self.tr("Next 30 days"))):
            self.care_ahead.addItem(label, days)
        # "N care reminders due" beside an account list: a click shows them
        self.care_link = QLabel()
        self.care_link.setTextFormat(Qt.TextFormat.RichText)
        self.care_link.linkActivated.connect(lambda _link: self.show_reminders())
        self.care_link.hide()

        self.model = QueueModel(ctx, self)
        self.table = QTableView()
        isolate_cells(self.table)  # names in their own direction, right to left too
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # several rows at once: a lead gives them to a rep together
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QueueModel.COL_COMPANY, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        # a click sorts by the column (in the query: the model is lazy over ids)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(False)
        header.sectionClicked.connect(self._header_clicked)
        # and any order, a hidden column's too, from the header's menu
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        metrics = self.table.fontMetrics()
        # room for the text and the header's sort arrow
        self._widths = {col: metrics.horizontalAdvance(sample) + 16 for col, sample in (
            (QueueModel.COL_STATUS, "Contracted"), (QueueModel.COL_OWNER, "Sarah Chen"),
            (QueueModel.COL_NEXT, "2026-11-25"), (QueueModel.COL_LAST, "2026-11-25"),
            (QueueModel.COL_VALUE, "Value ▾"), (QueueModel.COL_CHANNEL, "Website sign-up"),
            (QueueModel.COL_POOL, "in 10 days"))}
        # the return to the pool reads beside the follow-up it asks for
        header.moveSection(QueueModel.COL_POOL, QueueModel.COL_NEXT + 1)
        self._company_min = metrics.horizontalAdvance("x") * 24
        self._show_owner = False
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results_model = SearchModel(self)
        self.results = QListView()
        self.results.setModel(self.results_model)
        self.results.setUniformItemSizes(False)
        self.results.setWordWrap(True)  # a narrow pane wraps a long hit, never cuts it
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setSpacing(2)
        self.reminders = ReminderTable(ctx)
        # an empty workspace: what to do first, where the accounts will be
        self.start = StartHere()
        self.start.chosen.connect(self.start_requested)
        self.workspace_empty = False
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.results)
        self.stack.addWidget(self.reminders)
        self.stack.addWidget(self.start)

        # a narrow pane narrows the drop-downs (their text cut) rather than the window
        # growing past a 1024-pixel screen
        for combo, letters in ((self.filter, 8), (self.owner, 7), (self.status, 6),
                               (self.care_kind, 8), (self.care_ahead, 8)):
            shrinks_to(combo, letters)
        row = QHBoxLayout()
        row.addWidget(self.filter)
        row.addWidget(self.owner)
        row.addWidget(self.status)
        row.addStretch(1)
        row.addWidget(self.count)
        # the reminders' own two choices on a line of their own: beside the list, the
        # owner and the count, their words were cut (Hebrew's, at 1366 wide)
        self.care_choices = QWidget()
        care_row = QHBoxLayout(self.care_choices)
        care_row.setContentsMargins(0, 0, 0, 0)
        care_row.addWidget(self.care_kind)
        care_row.addWidget(self.care_ahead)
        care_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search)
        layout.addLayout(row)
        layout.addWidget(self.care_choices)
        self.care_choices.hide()  # shown with the reminders
        # a line of its own: beside the filters it would widen the pane past 1366x768
        layout.addWidget(self.care_link)
        layout.addWidget(self.hint)
        layout.addWidget(self.stack, 1)
        self.hint.hide()

        self.filter.setCurrentIndex(max(0, self.filter.findData(
            QUEUE_FILTER.get(ctx.settings) or self._default_filter().value)))
        self.filter.currentIndexChanged.connect(self._filters_changed)
        self.status.currentIndexChanged.connect(self._filters_changed)
        self.owner.currentIndexChanged.connect(self._filters_changed)
        self.care_kind.currentIndexChanged.connect(self._filters_changed)
        self.care_ahead.currentIndexChanged.connect(self._filters_changed)
        self.reminders.selectionModel().currentRowChanged.connect(self._reminder_changed)
        self.reassign_action = QAction(self.tr("Give to a rep or the pool…"), self)
        self.reassign_action.setShortcut(QKeySequence(keys("reassign")))
        self.reassign_action.setShortcutContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reassign_action.triggered.connect(self.reassign_selected)
        self.table.addAction(self.reassign_action)
        self.reassign_dialog: ReassignDialog | None = None
        self.menu: QMenu | None = None  # the last context menu opened (rows' or header's)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.search.textChanged.connect(self._search_changed)
        self.search.moved.connect(self._move_in_results)
        self.search.accepted.connect(self._open_result)
        self.results.activated.connect(self._open_index)
        self.results.clicked.connect(self._open_index)
        ctx.bus.changed.connect(self._on_changes)
        ctx.selection.account_changed.connect(self._follow_selection)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(150)
        self._reload_timer.timeout.connect(self.reload)
        self._owner_choice()
        self.reload()

    def _fill_filters(self) -> None:
        """The queues this user may pick: a lead's and an admin's include everyone's."""
        role = self._ctx.user.role
        # a lead's overdue work is the team's, an admin's everyone's
        overdue = (self.tr("Team overdue") if role is Role.LEAD else
                   self.tr("Everyone's overdue") if role is Role.ADMIN else self.tr("Overdue"))
        filters = [(q.QueueFilter.MY_QUEUE, self.tr("My queue")),
                   (q.QueueFilter.ALL_MINE, self.tr("All mine")),
                   (q.QueueFilter.OVERDUE, overdue),
                   (q.QueueFilter.TEAM_POOL, self.tr("Team pool")),
                   (q.QueueFilter.DEAL_TEAMS, self.tr("Deal teams I am on"))]
        if role in (Role.LEAD, Role.ADMIN):
            filters.append((q.QueueFilter.TEAM, self.tr("Whole team") if role is Role.LEAD
                            else self.tr("Everyone")))
        for value, label in filters:
            self.filter.addItem(label, value.value)
        # renewals, birthdays, anniversaries: follow-ups the data brings, listed apart
        self.filter.addItem(self.tr("Care reminders"), REMINDERS)

    def _default_filter(self, role: Role | None = None) -> q.QueueFilter:
        # A team lead starts on the whole team; a rep on their own queue.
        return (q.QueueFilter.TEAM if (role or self._ctx.user.role) in (Role.LEAD, Role.ADMIN)
                else q.QueueFilter.MY_QUEUE)

    def user_changed(self, role_before: Role) -> None:
        """The app now works as another user (signed in, or their role changed): offer
        the queues their role may pick. One left on the old role's starting queue moves
        to the new role's; another choice stays while it is still offered."""
        if self._ctx.user.role is role_before:
            return
        chosen = self.filter.currentData()
        if chosen == self._default_filter(role_before).value:
            chosen = self._default_filter().value
        with QSignalBlocker(self.filter):
            self.filter.clear()
            self._fill_filters()
            at = self.filter.findData(chosen)
            self.filter.setCurrentIndex(at if at >= 0 else self.filter.findData(
                self._default_filter().value))
        self._owner_choice()
        self._filters_changed()

    # ---- whose accounts -------------------------------------------------------------
    @property
    def sees_team(self) -> bool:
        """A lead (their team) or an admin (everyone): chooses whose accounts to show
        and gives accounts away."""
        return self._ctx.user.role in (Role.LEAD, Role.ADMIN)

    def _owner_choice(self) -> None:
        """Offer a lead their team's people (an admin every team's) to show one of."""
        with QSignalBlocker(self.owner):
            self.owner.clear()
            self.owner.addItem(self.tr("Everyone"), "")
            self.owner.addItem(self.tr("Team pool"), q.POOL)
        self._people = []
        self.owner.setVisible(self.sees_team)
        self.reassign_action.setEnabled(self.sees_team)
        if not self.sees_team:
            return
        user = self._ctx.user

        def query(session: Session) -> list[q.Person]:
            return q.queue_owners(session, user)

        self._ctx.read(query, self._fill_people, key="queue-owners")

    def _fill_people(self, people: list[q.Person]) -> None:
        self._people = people
        several_teams = len({p.team_id for p in people}) > 1
        with QSignalBlocker(self.owner):
            for person in people:
                label = person.display_name
                if several_teams:
                    label = f"{label} · {person.team}"
                if person.role is Role.LEAD:
                    label = self.tr("{0} (lead)").format(label)
                if not person.active:
                    label = self.tr("{0} (inactive)").format(label)
                self.owner.addItem(label, person.id.hex)
        if self._wanted_owner is not None:
            wanted, self._wanted_owner = self._wanted_owner, None
            self._choose_owner(wanted)

    def people(self) -> list[q.Person]:
        """Whom the owner chooser offers (the lead's team, an admin's every team)."""
        return list(self._people)

    def show_owner(self, user_id: uuid.UUID | None) -> bool:
        """Switch the queue to one person's accounts (None: the team's pool), across the
        whole team's list and any status: what the review asks for when a lead chooses a
        rep. False (nothing changed) for a rep's queue, or a person the user may not
        see; a person asked for before the chooser is filled is shown once it is."""
        if not self.sees_team:
            return False
        wanted = q.POOL if user_id is None else user_id.hex
        if self._people or user_id is None:
            if self.owner.findData(wanted) < 0:
                return False
        else:
            self._wanted_owner = wanted  # the people are still being read
        with QSignalBlocker(self.filter), QSignalBlocker(self.status):
            self.filter.setCurrentIndex(self.filter.findData(q.QueueFilter.TEAM.value))
            self.status.setCurrentIndex(0)
        self._choose_owner(wanted)
        return True

    def _choose_owner(self, wanted: str) -> None:
        at = self.owner.findData(wanted)
        with QSignalBlocker(self.owner):
            self.owner.setCurrentIndex(max(at, 0))
        self._filters_changed()

    def current_owner(self) -> q.Owner:
        """Whose accounts the list is narrowed to (None: anyone's)."""
        which, _status = self.current_filter()
        data = self.owner.currentData()
        if not self.sees_team or not data or which not in (q.QueueFilter.TEAM,
                                                           q.QueueFilter.OVERDUE):
            return None
        return q.POOL if data == q.POOL else uuid.UUID(data)

    # ---- order ----------------------------------------------------------------------
    def sort_by(self, sort: q.QueueSort, descending: bool = False) -> None:
        """Order the queue by a column (PRIORITY: the default order)."""
        self.sort, self.descending = sort, descending and sort is not q.QueueSort.PRIORITY
        header = self.table.horizontalHeader()
        if sort is q.QueueSort.PRIORITY:
            header.setSortIndicatorShown(False)
        else:
            header.setSortIndicatorShown(True)
            header.setSortIndicator(QueueModel.SORTS.index(sort),
                                    Qt.SortOrder.DescendingOrder if self.descending
                                    else Qt.SortOrder.AscendingOrder)
        self.reload()

    def _header_clicked(self, col: int) -> None:
        """A first click sorts by the column (values largest first, the rest A to Z,
        oldest first), a second reverses it, a third goes back to priority order."""
        sort = QueueModel.SORTS[col]
        first = sort is q.QueueSort.VALUE
        if sort is not self.sort:
            self.sort_by(sort, first)
        elif self.descending is first:
            self.sort_by(sort, not first)
        else:
            self.sort_by(q.QueueSort.PRIORITY)

    def sort_names(self) -> list[tuple[q.QueueSort, str]]:
        """Every order the queue offers, as its header's menu names them."""
        return [(q.QueueSort.PRIORITY, self.tr("Priority (overdue, due today, value)"))] + [
            (sort, str(self.model.headerData(col, Qt.Orientation.Horizontal)))
            for col, sort in enumerate(QueueModel.SORTS)]

    def _header_menu(self, at: Any) -> None:
        menu = QMenu(self)
        for sort, label in self.sort_names():
            action = menu.addAction(self.tr("Sort by {0}").format(label))
            action.setCheckable(True)
            action.setChecked(sort is self.sort)
            first = sort is q.QueueSort.VALUE
            action.triggered.connect(lambda _=False, s=sort, d=first: self.sort_by(s, d))
        self.menu = menu
        menu.popup(self.table.horizontalHeader().mapToGlobal(at))

    # ---- giving accounts away -------------------------------------------------------
    def selected_ids(self) -> list[uuid.UUID]:
        """The selected accounts in queue order (ranges: a select-all of 100k is cheap)."""
        rows: set[int] = set()
        selection = self.table.selectionModel().selection()
        for i in range(selection.count()):
            span = selection.at(i)
            rows.update(range(span.top(), span.bottom() + 1))
        ids = self.model.ids()
        return [ids[r] for r in sorted(rows) if 0 <= r < len(ids)]

    def reassign_selected(self) -> ReassignDialog | None:
        """Ask whom to give the selected accounts to (leads and admins)."""
        ids = self.selected_ids()
        if not self.sees_team or not ids:
            return None
        dialog = ReassignDialog(self._ctx, ids, self)
        self.reassign_dialog = dialog
        dialog.open()
        return dialog

    def message_selected(self) -> bool:
        """Ask for a message to the contacts of the selected accounts (False: none)."""
        ids = self.selected_ids()
        if not ids:
            return False
        self.message_requested.emit(ids, self.tr("the contacts of the {0:,} selected "
                                                 "companies").format(len(ids))
                                    if len(ids) > 1 else self.tr("the contacts of {0}")
                                    .format(self.model.name_of(ids[0])))
        return True

    def message_shown(self) -> bool:
        """Ask for a message to the contacts of every account the queue shows now (its
        filter, status and owner as chosen); False when it shows none."""
        ids = self.model.ids()
        if not ids:
            return False
        what = (self.tr("the contacts of {0}, the one company in “{1}”").format(
            self.model.name_of(ids[0]), self.filter.currentText()) if len(ids) == 1 else
            self.tr("the contacts of the {0:,} companies in “{1}”").format(
                len(ids), self.filter.currentText()))
        self.message_requested.emit(list(ids), what)
        return True

    def _context_menu(self, at: Any) -> None:
        index = self.table.indexAt(at)
        if index.isValid() and not self.table.selectionModel().isRowSelected(
                index.row(), QModelIndex()):
            self._select_row(index.row(), announce=True)
        n = len(self.selected_ids())
        if not n:
            return
        menu = QMenu(self)
        if self.sees_team:
            action = menu.addAction(self.tr("Give {0:,} accounts to a rep or the pool…")
                                    .format(n) if n > 1 else self.reassign_action.text())
            action.setShortcut(self.reassign_action.shortcut())
            action.triggered.connect(self.reassign_selected)
        message = menu.addAction(self.tr("Send a message to their contacts…"))
        message.triggered.connect(self.message_selected)
        self.menu = menu
        menu.popup(self.table.viewport().mapToGlobal(at))

    # ---- the queue ------------------------------------------------------------------
    @property
    def reload_pending(self) -> bool:
        """A reload has been asked for and not yet started (changes are debounced)."""
        return self._reload_timer.isActive()

    @property
    def showing_reminders(self) -> bool:
        """The care reminders are listed, not accounts."""
        return bool(self.filter.currentData() == REMINDERS)

    def show_reminders(self) -> None:
        """Switch the queue to its care reminders."""
        self.filter.setCurrentIndex(self.filter.findData(REMINDERS))

    def current_filter(self) -> tuple[q.QueueFilter, Status | None]:
        """The account list chosen (for the care reminders: the accounts they are of,
        the user's own, a lead's team's, an admin's everyone's)."""
        if self.showing_reminders:
            return (q.QueueFilter.TEAM if self.sees_team else q.QueueFilter.MY_QUEUE), None
        status = self.status.currentData()
        return q.QueueFilter(self.filter.currentData()), Status(status) if status else None

    def reminder_kinds(self) -> list[CareKind] | None:
        chosen = self.care_kind.currentData()
        return [CareKind(chosen)] if chosen else None

    def _reload_reminders(self) -> None:
        kinds, ahead = self.reminder_kinds(), int(self.care_ahead.currentData() or 0)
        owner, app, today = self.current_owner(), self._ctx.app, self._ctx.today()
        self._ctx.read(lambda _s: care.reminders(app, ahead=ahead, kinds=kinds, owner=owner),
                       lambda rows: self._show_reminders(rows, today), key="queue")

    def _show_reminders(self, rows: list[ReminderRow], today: date) -> None:
        keep = self.reminders.current()
        self.reminders.model_.set_rows(rows, today)
        overdue = sum(1 for r in rows if r.band is Band.OVERDUE)
        self.count.setText((self.tr("1 reminder") if len(rows) == 1 else
                            self.tr("{0:,} reminders").format(len(rows)))
                           + (self.tr(", {0} overdue").format(overdue) if overdue else ""))
        self.care_link.hide()
        self.owner.setEnabled(True)
        # a rep's reminders are all of their own accounts
        self.reminders.setColumnHidden(self.reminders.model_.COL_OWNER, not self.sees_team)
        if rows:
            at = next((n for n, r in enumerate(rows) if keep and r.id == keep.id), 0)
            select_row(self.reminders, at)
        self.is_loaded = True
        self.loaded.emit()

    def _reminder_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.reminders.model_.data(current, REMINDER_ROLE) if current.isValid() else None
        if isinstance(row, ReminderRow):
            self._ctx.selection.select_account(row.account_id)

    def _count_reminders(self) -> None:
        """Say beside an account list how many care reminders are due (they count
        apart from the accounts' follow-ups: crmdesk.domain.care)."""
        app = self._ctx.app

        def shown(counted: ReminderCount) -> None:
            if self.showing_reminders or not counted.total:
                self.care_link.hide()
                return
            text = (self.tr("1 care reminder") if counted.total == 1 else
                    self.tr("{0:,} care reminders").format(counted.total))
            if counted.overdue:
                text += self.tr(" ({0:,} overdue)").format(counted.overdue)
            self.care_link.setText(f'<a href="reminders">{text}</a>')
            self.care_link.show()

        # counted, not listed: the queue reloads on every change
        self._ctx.read(lambda _s: care.count(app), shown, key="queue-care-count",
                       background=True)

    def reload(self) -> None:
        reminders = self.showing_reminders
        self.care_choices.setVisible(reminders)
        self.status.setVisible(not reminders)
        if reminders:
            if not self.search.text().strip():
                self.stack.setCurrentWidget(self.reminders)
            self._reload_reminders()
            return
        if self.stack.currentWidget() in (self.reminders, self.start):
            self.stack.setCurrentWidget(self.table)
        self._count_reminders()
        which, status = self.current_filter()
        user, today = self._ctx.user, self._ctx.today()

        owner, sort, descending = self.current_owner(), self.sort, self.descending

        def query(session: Session
                  ) -> tuple[list[uuid.UUID], dict[uuid.UUID, PoolRules], bool]:
            rules = pool_queries.teams_rules(session)  # once a load, not once a block
            ids = q.queue_ids(session, user, which, today, status, owner=owner, sort=sort,
                              descending=descending, rules=rules)
            return ids, rules, not ids and not q.has_accounts(session)

        self._ctx.read(query, lambda found: self._show(*found, today), key="queue")

    def _show(self, ids: list[uuid.UUID], rules: dict[uuid.UUID, PoolRules], empty: bool,
              today: date) -> None:
        keep = self._ctx.selection.account_id
        self._show_start(empty)
        self.model.set_ids(ids, today, rules)
        self.count.setText(self.tr("1 account") if len(ids) == 1 else
                           self.tr("{0:,} accounts").format(len(ids)))
        which, _status = self.current_filter()
        # Every row of my own lists is mine (and of the pool's, no one's): the owner
        # column helps where others' accounts show, and then comes right after the date
        self._show_owner = which in (q.QueueFilter.TEAM, q.QueueFilter.DEAL_TEAMS) or (
            which is q.QueueFilter.OVERDUE and self.sees_team)
        self.owner.setEnabled(which in (q.QueueFilter.TEAM, q.QueueFilter.OVERDUE))
        self._fit_columns()
        if keep is not None and (row := self.model.row_of(keep)) >= 0:
            self._select_row(row, announce=False)
        elif keep is None and ids:
            self._select_row(0, announce=True)
        self.is_loaded = True
        self.loaded.emit()

    def _show_start(self, empty: bool) -> None:
        """An empty workspace shows what to do first instead of an empty table."""
        self.workspace_empty = empty
        self.start.set_sells(rights.sells(self._ctx.user.role))
        if self.search.text().strip():
            return  # the search results stay in front
        if empty:
            self.stack.setCurrentWidget(self.start)
        elif self.stack.currentWidget() is self.start:
            self.stack.setCurrentWidget(self.table)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Show the columns that fit; the company name keeps at least a readable width."""
        header = self.table.horizontalHeader()
        # as if the scroll bar were shown: when rows arrive and it appears, the company
        # would otherwise give up its width to it
        bar = self.table.verticalScrollBar()
        room = (self.table.viewport().width() - self._company_min
                - (0 if bar.isVisible() else bar.sizeHint().width()))
        for col in (QueueModel.COL_NEXT, QueueModel.COL_POOL, QueueModel.COL_OWNER,
                    QueueModel.COL_STATUS, QueueModel.COL_VALUE, QueueModel.COL_LAST,
                    QueueModel.COL_CHANNEL):
            wanted = col != QueueModel.COL_OWNER or self._show_owner
            fits = wanted and room >= self._widths[col]
            self.table.setColumnHidden(col, not fits)
            if fits:
                room -= self._widths[col]
                header.resizeSection(col, self._widths[col])

    def _select_row(self, row: int, announce: bool) -> None:
        index = self.model.index(row, 0)
        selection = self.table.selectionModel()
        if not announce:
            selection.blockSignals(True)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
        selection.blockSignals(False)
        self.table.scrollTo(index)

    def step(self, delta: int) -> None:
        """Move to the next or previous account in the queue."""
        if not self.model.rowCount():
            return
        current = self.table.currentIndex().row()
        self._select_row(max(0, min(self.model.rowCount() - 1, current + delta)), True)

    def _filters_changed(self) -> None:
        QUEUE_FILTER.set(self._ctx.settings, self.filter.currentData())
        self.reload()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._ctx.selection.select_account(self.model.data(current, ACCOUNT_ID_ROLE))

    def _follow_selection(self, account_id: uuid.UUID | None) -> None:
        if account_id is None:
            return
        row = self.model.row_of(account_id)
        if row < 0:  # opened from search or the graph, and not in this list
            selection = self.table.selectionModel()
            selection.blockSignals(True)
            selection.clear()
            selection.blockSignals(False)
            self.table.viewport().update()
        elif self.table.currentIndex().row() != row:
            self._select_row(row, announce=False)

    def _on_changes(self, change: changes.Changes) -> None:
        if change.what & {changes.QUEUE, changes.ACTIVITIES, changes.ACCOUNT}:
            self._reload_timer.start()

    # ---- search ---------------------------------------------------------------------
    def _search_changed(self, text: str) -> None:
        if not text.strip():
            self.stack.setCurrentWidget(self.reminders if self.showing_reminders else
                                        self.start if self.workspace_empty else self.table)
            self.hint.hide()
            self.results_model.set_hits([])
            return
        self.stack.setCurrentWidget(self.results)

        def query(session: Session) -> list[q.SearchHit]:
            return q.search(session, text, limit=30)

        self._ctx.read(query, self._show_hits, key="search")

    def _show_hits(self, hits: list[q.SearchHit]) -> None:
        self.results_model.set_hits(hits)
        text = self.search.text().strip()
        if hits:
            self.hint.hide()
            self.results.setCurrentIndex(self.results_model.index(0, 0))
        elif len(text) < 2 and text.isascii():
            self.hint.setText(self.tr("Keep typing: search starts at two letters."))
            self.hint.show()
        else:
            self.hint.setText(self.tr("No company, person, phone, email or tag matches “{0}”.")
                              .format(text))
            self.hint.show()

    def _move_in_results(self, delta: int) -> None:
        rows = self.results_model.rowCount()
        if rows:
            row = max(0, min(rows - 1, self.results.currentIndex().row() + delta))
            self.results.setCurrentIndex(self.results_model.index(row, 0))

    def _open_result(self) -> None:
        index = self.results.currentIndex()
        if not index.isValid() and self.results_model.rowCount():
            index = self.results_model.index(0, 0)
        if index.isValid():
            self._open_index(index)

    def _open_index(self, index: QModelIndex) -> None:
        account_id = self.results_model.data(index, ACCOUNT_ID_ROLE)
        contact_id = self.results_model.data(index, CONTACT_ID_ROLE)
        self._ctx.selection.select_contact(account_id, contact_id)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
