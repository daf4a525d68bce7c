"""The card's deals: the account's deals, open first, each with its figures and, when
it is stuck, why. New deal and a deal's name open the editor (crmdesk.ui.deal_dialog);
the team's playbook opens from here too. The section reads and refreshes on its own:
the card only places it."""

from __future__ import annotations

import html
import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from crmdesk.app import rights
from crmdesk.app.changes import ACCOUNT, DEALS, PLAYBOOK, Changes
from crmdesk.domain.deals import STAGE_LABELS, OpportunityStage, StageRules
from crmdesk.store import deal_queries as dq
from crmdesk.store import deal_team
from crmdesk.store.deal_queries import DealRow
from crmdesk.ui.bidi import isolated
from crmdesk.ui.card_lists import MORE, more_link, visible_part
from crmdesk.ui.context import AppContext
from crmdesk.ui.deal_dialog import DealDialog, EditorData, load_editor, stuck_text
from crmdesk.ui.formats import day_text, money_text
from crmdesk.ui.playbook_dialog import PlaybookDialog, load_playbook
from crmdesk.ui.style import error_color, muted, scaled, warning_color
from crmdesk.ui.words import word

#: Deals the card lists before "and N more" (open ones come first): two, or as many
#: as are open up to three, so closed deals are the first to fold away.
SHOWN, OPEN_SHOWN = 2, 3


class DealsSection(QWidget):
    """The card's list of deals with a New deal button; opens the editor."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.account_id: uuid.UUID | None = None
        self.rows: list[DealRow] = []
        #: how many colleagues are on each listed deal's virtual team (none: left out)
        self.teams: dict[uuid.UUID, int] = {}
        self.dialog: DealDialog | None = None  # the editor last opened
        #: why the user may not change the company (no new deal), or None
        self.locked: str | None = None
        self.playbook_dialog: PlaybookDialog | None = None
        self.expanded = False  # "and N more" was clicked on this account

        self.title = QLabel()
        self.title.setFont(scaled(self.font(), -1, bold=True))
        palette = self.title.palette()
        palette.setColor(QPalette.ColorRole.WindowText, muted(self))
        self.title.setPalette(palette)
        self._title(0)
        # a tool button: as high as the header's text, so the header takes one line
        self.new_button = QToolButton()
        self.new_button.setText(self.tr("New deal…"))
        self.new_button.setAutoRaise(True)
        self.new_button.setToolTip(self.tr("A new deal at this company (Ctrl+D)"))
        self.new_button.clicked.connect(self.new_deal)
        header = QHBoxLayout()
        header.setContentsMargins(0, 4, 0, 0)
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.new_button)
        self.list = QLabel()
        self.list.setTextFormat(Qt.TextFormat.RichText)
        self.list.setWordWrap(True)
        self.list.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse |
                                          Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.list.setToolTip(self.tr("Click a deal's name to open it"))
        self.list.linkActivated.connect(self._link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.list)
        ctx.selection.account_changed.connect(self.show_account)
        ctx.bus.changed.connect(self._on_changes)

    # ---- the list ---------------------------------------------------------------------
    def show_account(self, account_id: uuid.UUID | None) -> None:
        if account_id != self.account_id:
            self.expanded = False
        self.account_id = account_id
        if account_id is None:
            self._show(None, [])
            return
        today = self._ctx.today()
        def read(s: Session) -> tuple[list[DealRow], dict[uuid.UUID, int]]:
            rows = dq.account_deals(s, account_id, today)
            return rows, deal_team.team_sizes(s, [row.id for row in rows])

        self._ctx.read(read, lambda found: self._show(account_id, *found), key="card-deals")

    def _on_changes(self, change: Changes) -> None:
        # the account's owner carries to its deals; a playbook moves every stuck mark
        if self.account_id is not None and change.touches(self.account_id, DEALS, PLAYBOOK,
                                                          ACCOUNT):
            self.show_account(self.account_id)

    def _show(self, account_id: uuid.UUID | None, rows: list[DealRow],
              teams: dict[uuid.UUID, int] | None = None) -> None:
        if account_id != self.account_id:
            return  # the user moved on meanwhile
        self.rows = rows
        self.teams = teams or {}
        self._title(len(rows))
        self.list.setText(self._html(rows))

    def _title(self, count: int) -> None:
        title = self.tr("Deals").upper()
        self.title.setText(f"{title} ({count})" if count else title)

    def _html(self, rows: list[DealRow]) -> str:
        if not rows:
            return html.escape(self.tr("No deals yet. Start one with New deal (Ctrl+D)."))
        open_count = sum(1 for row in rows if row.open)
        rows, hidden = visible_part(rows, max(SHOWN, min(open_count, OPEN_SHOWN)),
                                    self.expanded)
        grey = muted(self).name()
        red, amber = error_color(self).name(), warning_color(self).name()
        today = self._ctx.today()
        rtl = self.isRightToLeft()
        arrow = "⬅ " if rtl else "➜ "  # pointing along the reading
        # rich text lays a table's cells out left to right whatever its direction: right
        # to left, the name goes in the right cell and the amount in the left one
        start, end = ("right", "left") if rtl else ("left", "right")
        out = []
        for row in rows:
            link = (f"<a href='deal:{row.id.hex}' style='text-decoration:none'>"
                    f"<b>{html.escape(isolated(row.name))}</b></a>")
            amount = html.escape(isolated(money_text(row.amount, row.currency))
                                 or self.tr("no amount yet"))
            owner = html.escape(row.owner_name or self.tr("Team pool"))
            if self.teams.get(row.id):  # colleagues on its virtual team
                owner += " · " + html.escape(self.tr("+{0} on the team").format(self.teams[row.id]))
            if not row.open:
                out.append(
                    f"<div style='margin-bottom:2px; color:{grey}'>"
                    f"{html.escape(word(STAGE_LABELS[row.stage]))} · {link} · {amount} · {owner}"
                    "</div>")
                continue
            close = (self.tr("close {0}").format(day_text(row.expected_close))
                     if row.expected_close else self.tr("no close date"))
            days = ("" if row.days_in_stage is None else
                    " · " + self.tr("%n day(s) in stage", "", row.days_in_stage))
            commit = " · " + self.tr("commit") if row.committed else ""
            figures = (f"{html.escape(word(STAGE_LABELS[row.stage]))} · {row.probability} % · "
                       f"{html.escape(close)}{html.escape(days)} · {owner}"
                       f"{html.escape(commit)}")
            none = html.escape(self.tr("No next step"))  # lupdate reads no f-string's code
            step = (f"{arrow}{html.escape(isolated(row.next_step))}" if row.next_step else
                    f"<i style='color:{amber}'>{none}</i>")
            late = ((today - row.expected_close).days
                    if row.expected_close is not None else None)
            why = stuck_text(row, late)
            mark = (f"<br><span style='color:{red}'><b>⚠ {html.escape(why)}</b></span>"
                    if why else "")
            cells = [f"<td align='{start}'>{link}</td>", f"<td align='{end}'><b>{amount}</b></td>"]
            out.append(
                "<table width='100%' cellspacing='0' cellpadding='0' style='margin-bottom:3px'>"
                f"<tr>{''.join(reversed(cells) if rtl else cells)}</tr>"
                f"<tr><td colspan='2' align='{start}'>{figures}<br>{step}{mark}</td></tr>"
                "</table>")
        if hidden:
            out.append(more_link(self.tr("and {0} more").format(hidden)))
        return "".join(out)

    def _link(self, href: str) -> None:
        kind, _, ref = href.partition(":")
        if kind == "deal":
            self.open_deal(uuid.UUID(ref))
        elif href == MORE:
            self.expanded = True
            self.list.setText(self._html(self.rows))

    # ---- the editor -------------------------------------------------------------------
    def set_locked(self, why: str | None) -> None:
        """Offer a new deal only when the company is the user's to change."""
        self.locked = why
        self.new_button.setEnabled(why is None)
        self.new_button.setVisible(rights.sells(self._ctx.user.role))  # not service's
        self.new_button.setToolTip(why or self.tr("A new deal at this company (Ctrl+D)"))

    def new_deal(self) -> None:
        """Open the editor for a new deal at the account shown."""
        if self.account_id is not None and self.locked is None:
            self._open(self.account_id, None)

    def open_deal(self, deal_id: uuid.UUID) -> None:
        if self.account_id is not None:
            self._open(self.account_id, deal_id)

    def _open(self, account_id: uuid.UUID, deal_id: uuid.UUID | None) -> None:
        today, app = self._ctx.today(), self._ctx.app
        self._ctx.read(lambda s: load_editor(s, account_id, deal_id, today, app),
                       self._show_editor, key="deal-editor")

    def _show_editor(self, data: EditorData | None) -> None:
        if data is None:
            return  # gone meanwhile (a sync removed it)
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = DealDialog(self._ctx, data, self.window())
        self.dialog.open()  # window-modal; the event loop keeps running

    # ---- the team's playbook ----------------------------------------------------------
    def open_playbook(self) -> None:
        """The team's stage settings: a lead edits them, anyone else reads them."""
        team_id = self._ctx.user.team_id
        self._ctx.read(lambda s: load_playbook(s, team_id), self._show_playbook,
                       key="playbook")

    def _show_playbook(self, book: dict[OpportunityStage, StageRules]) -> None:
        if self.playbook_dialog is not None:
            self.playbook_dialog.deleteLater()
        self.playbook_dialog = PlaybookDialog(self._ctx, book, self.window())
        self.playbook_dialog.open()
