"""An administrator's channels: each channel with its kind and whether it takes web
enquiries (for which team: the server knows, so it is asked when online), a form to add
one (it reaches every laptop at its next sync), the costs dialog beside it, and "New
intake key…", which the server makes: the key is shown once, with a Copy button."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crmdesk.app import channels as commands
from crmdesk.app.channels import NeedsConnection
from crmdesk.domain.words import tr_noop
from crmdesk.store import plan_queries as pq
from crmdesk.store.channel_costs import ChannelRef, channels
from crmdesk.store.models import ChannelKind
from crmdesk.store.plan_queries import Subject
from crmdesk.ui.channel_costs_dialog import open_channel_costs
from crmdesk.ui.context import AppContext
from crmdesk.ui.wheel import ComboBox
from crmdesk.ui.words import refusal_words, word

Index = QModelIndex | QPersistentModelIndex
COL_NAME, COL_KIND, COL_INTAKE = 0, 1, 2
_HEADERS = (tr_noop("Channel"), tr_noop("Kind"), tr_noop("Web enquiries"))
KIND_LABELS = {ChannelKind.CRAWLER: tr_noop("Crawler list"), ChannelKind.EVENT: tr_noop("Event"),
               ChannelKind.WEBSITE: tr_noop("Website"), ChannelKind.PARTNER: tr_noop("Partner"),
               ChannelKind.REFERRAL: tr_noop("Referral"),
               ChannelKind.ADVERTISING: tr_noop("Advertising"),
               ChannelKind.COLD_LIST: tr_noop("Cold list")}
#: How long the window waits for the server's answer about keys.
TIMEOUT_S = 15.0


class ChannelsModel(QAbstractTableModel):
    """The channels, by name, and (when the server was asked) the team each one's web
    enquiries go to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ChannelRef] = []
        self.teams: dict[uuid.UUID, str] = {}
        #: channel -> team; None: not known (offline, or not asked yet)
        self.intake: dict[uuid.UUID, uuid.UUID] | None = None
        self.unknown = "…"

    def show_channels(self, rows: list[ChannelRef], teams: dict[uuid.UUID, str]) -> None:
        self.beginResetModel()
        self.rows, self.teams = rows, teams
        self.endResetModel()

    def show_intake(self, intake: dict[uuid.UUID, uuid.UUID] | None, unknown: str) -> None:
        self.intake, self.unknown = intake, unknown
        if self.rows:
            self.dataChanged.emit(self.index(0, COL_INTAKE),
                                  self.index(len(self.rows) - 1, COL_INTAKE))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return word(_HEADERS[section]) if 0 <= section < len(_HEADERS) else None
        return None

    def intake_text(self, channel_id: uuid.UUID) -> str:
        if self.intake is None:
            return self.unknown
        team = self.intake.get(channel_id)
        if team is None:
            return self.tr("no")
        return self.tr("yes, for {0}").format(self.teams.get(team, self.tr("a removed team")))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        if index.column() == COL_NAME:
            return row.name
        if index.column() == COL_KIND:
            return word(KIND_LABELS.get(ChannelKind(row.kind), row.kind))
        return self.intake_text(row.id)


class KeyDialog(QDialog):
    """A new intake key, shown this once, with a Copy button."""

    def __init__(self, channel: str, team: str, key: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New intake key"))
        note = QLabel(self.tr(
            "The intake key for “{0}” (enquiries go to {1}). It is shown only now: copy "
            "it into the website's form settings. The channel's previous key no longer "
            "works.").format(channel, team))
        note.setWordWrap(True)
        self.key = QLineEdit(key)
        self.key.setReadOnly(True)
        self.key.setMinimumWidth(460)
        self.copy = QPushButton(self.tr("Copy"))
        self.copy.clicked.connect(self._copy)
        row = QHBoxLayout()
        row.addWidget(self.key, 1)
        row.addWidget(self.copy)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(row)
        layout.addWidget(close)

    def _copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.key.text())
        self.copy.setText(self.tr("Copied"))


def _read(session: Session) -> tuple[list[ChannelRef], list[Subject]]:
    return channels(session), pq.teams(session)


class ChannelsDialog(QDialog):
    """The channels screen (administrators)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Channels"))
        note = QLabel(self.tr(
            "Where leads come from. A channel added here reaches every laptop at its next "
            "sync. A channel takes web enquiries once it has an intake key, which the "
            "server makes: the website's form sends it with each enquiry."))
        note.setWordWrap(True)
        self.model = ChannelsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("New channel's name"))
        self.kind = ComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(word(label), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(ChannelKind.WEBSITE.value))
        self.add = QPushButton(self.tr("Add channel"))
        self.add.clicked.connect(self.add_channel)
        adding = QHBoxLayout()
        adding.addWidget(self.name, 1)
        adding.addWidget(self.kind)
        adding.addWidget(self.add)

        self.team = ComboBox()
        self.new_key = QPushButton(self.tr("New intake key…"))
        self.new_key.clicked.connect(self.ask_key)
        self.costs = QPushButton(self.tr("Costs…"))
        self.costs.clicked.connect(lambda: open_channel_costs(ctx, self))
        keys = QHBoxLayout()
        keys.addWidget(QLabel(self.tr("Enquiries go to")))
        keys.addWidget(self.team)
        keys.addWidget(self.new_key)
        keys.addStretch(1)
        keys.addWidget(self.costs)

        self.message = QLabel()
        self.message.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(adding)
        layout.addLayout(keys)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.key_dialog: KeyDialog | None = None
        self.loaded = False
        self.resize(760, 460)
        self.load()

    # ---- reading ------------------------------------------------------------------------
    def load(self) -> None:
        """The channels from the workspace, then from the server which take enquiries."""
        self._ctx.read(_read, self._show, key="channels")

    def _show(self, found: tuple[list[ChannelRef], list[Subject]]) -> None:
        rows, teams = found
        chosen = self.team.currentData()
        self.team.clear()
        for team in teams:
            self.team.addItem(team.name, team.id)
        if chosen is not None:
            self.team.setCurrentIndex(max(0, self.team.findData(chosen)))
        self.model.show_channels(rows, {t.id: t.name for t in teams})
        self.loaded = True
        self._ask_server()

    def _ask_server(self) -> None:
        self.intake_pending = True
        app = self._ctx.app

        def job() -> dict[uuid.UUID, uuid.UUID]:
            with httpx.Client(timeout=TIMEOUT_S) as http:
                return commands.intake_teams(app, http)

        def known(intake: dict[uuid.UUID, uuid.UUID]) -> None:
            self.intake_pending = False
            self.model.show_intake(intake, "")

        def unknown(exc: BaseException) -> None:
            self.intake_pending = False
            self.model.show_intake(None, self.tr("unknown offline"))
            if isinstance(exc, NeedsConnection):
                self.message.setText(self.tr(
                    "Which channels take web enquiries is known to the server; it is not "
                    "reachable now."))
            else:
                self.message.setText(refusal_words(exc))

        self._ctx.runner.run(job, known, unknown, key="channels-intake")

    # ---- acting -------------------------------------------------------------------------
    def selected(self) -> ChannelRef | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def add_channel(self) -> None:
        name, kind = self.name.text(), ChannelKind(self.kind.currentData())

        def added(_channel_id: uuid.UUID) -> None:
            self.name.clear()
            self.message.setText(self.tr("Channel added; every laptop receives it at its "
                                         "next sync."))
            self.load()

        def refused(exc: BaseException) -> None:
            self.message.setText(refusal_words(exc))

        self._ctx.command(lambda app: commands.add_channel(app, name, kind), added, refused)

    def ask_key(self) -> None:
        """Ask the server for a new key for the selected channel (after a word of
        warning when it replaces one that works)."""
        channel = self.selected()
        team_id = self.team.currentData()
        if channel is None or team_id is None:
            self.message.setText(self.tr("Choose a channel and the team its enquiries go "
                                         "to first."))
            return
        replacing = self.model.intake is not None and channel.id in self.model.intake
        if replacing and QMessageBox.question(
                self, self.tr("Replace the key?"),
                self.tr("“{0}” has a key: a new one stops the old one at once, so the "
                        "website needs the new one.").format(channel.name)
        ) != QMessageBox.StandardButton.Yes:
            return
        self.issue_key(channel, team_id, self.team.currentText())

    def issue_key(self, channel: ChannelRef, team_id: uuid.UUID, team_name: str) -> None:
        app = self._ctx.app
        self.message.setText(self.tr("Asking the server for a new key…"))

        def job() -> str:
            with httpx.Client(timeout=TIMEOUT_S) as http:
                return commands.issue_intake_key(app, http, channel.id, team_id)

        def issued(key: str) -> None:
            self.message.clear()
            self.key_dialog = KeyDialog(channel.name, team_name, key, self)
            self.key_dialog.open()
            self._ask_server()

        def failed(exc: BaseException) -> None:
            self.message.setText(refusal_words(exc))

        self._ctx.runner.run(job, issued, failed)


def open_channels(ctx: AppContext, parent: QWidget) -> ChannelsDialog:
    dialog = ChannelsDialog(ctx, parent)
    dialog.open()
    return dialog
