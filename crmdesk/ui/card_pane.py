"""The customer card: who the company is, where it stands, and what it needs next."""

from __future__ import annotations

import html
import uuid
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QCursor,
    QDesktopServices,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crmdesk.app import accounts, messages, people, relations, rights
from crmdesk.app import refused as refusals
from crmdesk.app.context import Context
from crmdesk.domain.account_fields import CHOICES, EDITABLE
from crmdesk.domain.custom_fields import BUSINESS_LINES, FieldSpec
from crmdesk.domain.dedupe import Candidate, reasons_text
from crmdesk.domain.lifecycle import (
    DEFINITIONS,
    LABELS,
    PATH,
    Status,
    check_move,
    next_step,
    step_words,
)
from crmdesk.store import message_queries as mq
from crmdesk.store import queries as q
from crmdesk.store import records, refused, service_queries
from crmdesk.store.duplicates import candidates, identities
from crmdesk.store.refused import Discarded, RefusedItem
from crmdesk.ui import changes
from crmdesk.ui.bidi import html_dir, isolated
from crmdesk.ui.card_contracts import ContractsSection
from crmdesk.ui.card_deals import DealsSection
from crmdesk.ui.card_lists import MORE, more_link, visible_part
from crmdesk.ui.card_membership import MembershipSection, member_line_html
from crmdesk.ui.card_suggestions import SuggestionsSection
from crmdesk.ui.confirm import ask_to_remove
from crmdesk.ui.contact_dialog import EditContactDialog, contact_menu
from crmdesk.ui.context import AppContext
from crmdesk.ui.formats import day_text
from crmdesk.ui.relation_form import RelationForm
from crmdesk.ui.start_here import IMPORT, NEW_LEAD, SYNC
from crmdesk.ui.style import READ_ONLY_LINE, STATUS_COLORS, info_note, is_dark, muted, scaled
from crmdesk.ui.wheel import ComboBox, SpinBox
from crmdesk.ui.words import (
    move_words,
    pool_warning,
    refusal_words,
    said,
    sentence,
    value_reason,
    value_reasons,
    word,
    worded,
)

#: Contacts the card lists before "and N more" (key people come first).
PEOPLE_SHOWN = 3


@dataclass(frozen=True, slots=True)
class CardData:
    card: q.Card
    contacts: list[q.ContactRow]
    refused: list[RefusedItem]  # made here, not on the server
    relations: list[q.RelationRow]
    #: why the user may not change the company (the card is read-only), or None
    locked: str | None = None
    #: who serves the customer and how far its onboarding is, or None (not handed off)
    service: service_queries.Onboarding | None = None

    def refused_account(self) -> RefusedItem | None:
        """The mark on the company itself, if the server refused to create it."""
        return next((r for r in self.refused if r.entity == "accounts"), None)


def load_card(session: Session, account_id: uuid.UUID, today: date,
              app: Context | None = None) -> CardData | None:
    """The card's data; with `app`, whether its user may change the company."""
    card = q.card(session, account_id, today)
    if card is None:
        return None
    locked = None if app is None else rights.read_only_note(session, app, account_id)
    return CardData(card, q.contacts(session, account_id),
                    refused.on_account(session, account_id),
                    q.relations(session, account_id), locked,
                    service_queries.onboarding(session, account_id))


def find_duplicates(session: Session, account_id: uuid.UUID) -> list[Candidate]:
    """Other accounts that look like this one (runs on a worker, after the card)."""
    mine = identities(session, {account_id})
    return candidates(session, mine[0], limit=5) if mine else []


def meaning(status: Status) -> str:
    """"Contracted: a contract is signed…", what the card's status path explains."""
    return f"{word(LABELS[status])}: {word(DEFINITIONS[status])}"


class StatusPath(QWidget):
    """Lead → Potential → Intended → Contracted, the current step filled in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = Status.LEAD
        self.setMinimumHeight(30)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_status(self, status: Status) -> None:
        self.status = status
        self.setToolTip(meaning(status))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 30)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        steps = len(PATH)
        width = self.width() / steps
        current = PATH.index(self.status) if self.status in PATH else -1
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        for i, step in enumerate(PATH):
            box = QRectF(i * width + 2, 4, width - 4, self.height() - 8)
            reached = i <= current
            color = QColor(STATUS_COLORS[step])
            painter.setPen(QPen(color, 1.5))
            painter.setBrush(color if reached else Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box, 6, 6)
            painter.setPen(QColor("white") if reached else text_color)
            font = self.font()
            font.setBold(i == current)
            painter.setFont(font)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, word(LABELS[step]))
            if i < steps - 1:
                painter.setPen(QPen(text_color, 1))
                mid = QPointF((i + 1) * width, self.height() / 2)
                painter.drawLine(mid - QPointF(3, 4), mid)
                painter.drawLine(mid + QPointF(-3, 4), mid)
        if self.status is Status.LOST:
            painter.setPen(QPen(QColor(STATUS_COLORS[Status.LOST]), 2))
            painter.drawLine(QPointF(4, self.height() / 2), QPointF(self.width() - 4,
                                                                    self.height() / 2))
        painter.end()


class _FieldEditor(QWidget):
    """One basic field edited in place: saved when the user leaves it, checked first."""

    committed = Signal(str, str)  # field, raw text

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self._value = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        self.editor: QLineEdit | QComboBox
        if field in CHOICES:
            combo = ComboBox()
            combo.addItem("")
            combo.addItems(list(CHOICES[field]))
            combo.activated.connect(lambda _i: self._commit(combo.currentText()))
            self.editor = combo
        else:
            line = QLineEdit()
            line.editingFinished.connect(lambda: self._commit(line.text()))
            self.editor = line
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.hide()
        layout.addWidget(self.editor)
        layout.addWidget(self.problem)

    def set_value(self, value: str | None, same_account: bool) -> None:
        """Show the stored value; text being typed stays only on the same account."""
        self._value = value or ""
        if isinstance(self.editor, QComboBox):
            self.editor.setCurrentText(self._value)
        elif not (same_account and self.editor.hasFocus()):
            self.editor.setText(self._value)
        self.problem.hide()

    def pending_text(self) -> str | None:
        """Typed but not yet committed text, if any."""
        if isinstance(self.editor, QLineEdit) and self.editor.text().strip() != self._value:
            return self.editor.text()
        return None

    def _commit(self, text: str) -> None:
        if text.strip() != self._value:
            self.committed.emit(self.field, text)

    def show_problem(self, problem: str) -> None:
        self.problem.setText(problem)
        self.problem.show()
        if isinstance(self.editor, QLineEdit):
            self.editor.setFocus()


class CardPane(QWidget):
    """Header with status path and next step, editable basics, custom fields,
    contacts with call/mail links, tags, value score, and a duplicate banner."""

    loaded = Signal()
    merge_requested = Signal(object, object)  # open account id, its duplicate's id
    action_requested = Signal(str)  # "lost", "reopen", "claim"
    message_requested = Signal(object)  # a contact's id: write to them from a template
    #: an empty workspace's first step chosen (crmdesk.ui.start_here: import, new lead, sync)
    start_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.data: CardData | None = None
        self.duplicates: list[Candidate] = []
        self.is_loaded = True  # nothing selected yet: nothing to wait for

        self.name = QLabel()
        self.name.setFont(scaled(self.font(), 3, bold=True))
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = QLabel()
        # a member's level and points, when the customer has a card (the section below
        # has the detail: a link scrolls to it)
        self.member_line = QLabel()
        self.member_line.setTextFormat(Qt.TextFormat.RichText)
        self.member_line.setWordWrap(True)
        self.member_line.setToolTip(self.tr("Membership: level and points balance; click "
                                            "the card for its ledger"))
        self.member_line.linkActivated.connect(lambda _link: self.scroll_to_membership())
        self.member_line.hide()
        self.meta.setWordWrap(True)  # a narrow card wraps it rather than widening
        # a customer handed to service: who serves it, how far its onboarding is
        self.service_line = QLabel()
        self.service_line.setWordWrap(True)
        self.service_line.hide()
        # a colleague on one of the company's deals' teams reads it: says what they may do
        self.locked_note = QLabel()
        self.locked_note.setWordWrap(True)
        self.locked_note.setStyleSheet(info_note(self))
        self.locked_note.hide()
        # the team's pool rules take it back soon (crmdesk.domain.pool): says when and why
        self.pool_note = QLabel()
        self.pool_note.setWordWrap(True)
        self.pool_note.setStyleSheet(
            "QLabel { background: #fff4ce; color: #4a3b00; border: 1px solid #e0b400; "
            "border-radius: 4px; padding: 1px 4px; }")
        self.pool_note.hide()
        self.path = StatusPath()
        # what to do next, the status's own moves beside it; what the status means is
        # the path's and this line's tooltip (a line of its own pushed the deals down)
        self.next_step = QLabel()
        self.next_step.setWordWrap(True)
        self.buttons = {
            "lost": QPushButton(self.tr("Mark lost…")),
            "reopen": QPushButton(self.tr("Reopen as lead")),
            "claim": QPushButton(self.tr("Claim from pool")),
        }
        actions = QHBoxLayout()
        actions.addWidget(self.next_step, 1)
        for key, button in self.buttons.items():
            button.clicked.connect(lambda _c=False, k=key: self.action_requested.emit(k))
            actions.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

        self.banner = QFrame()
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setStyleSheet("QFrame { background: #fff4ce; border: 1px solid #e0b400;"
                                  " border-radius: 4px; } QLabel { color: #4a3b00; }")
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_button = QPushButton(self.tr("Compare && merge…"))
        self.banner_button.clicked.connect(self._merge_clicked)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.banner_button)
        self.banner.hide()

        # records made here that the server refused: they stay, marked, until the user
        # fixes (edits) or discards them
        self.refused_banner = QFrame()
        self.refused_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.refused_banner.setStyleSheet(
            "QFrame { background: #fdecea; border: 1px solid #c62828; border-radius: 4px; }"
            " QLabel { color: #5f1111; border: none; }")
        self.refused_text = QLabel()
        self.refused_text.setWordWrap(True)
        self.refused_text.setTextFormat(Qt.TextFormat.RichText)
        self.refused_text.linkActivated.connect(self._refused_link)
        self.fix_button = QPushButton(self.tr("Fix"))
        self.fix_button.setToolTip(self.tr("Edit the company below: your next change sends "
                                           "it to the server again."))
        self.fix_button.clicked.connect(self.fix_refused)
        self.discard_button = QPushButton(self.tr("Discard…"))
        self.discard_button.setToolTip(self.tr("Remove it from this laptop (asks first)."))
        self.discard_button.clicked.connect(self._discard_account)
        refused_buttons = QVBoxLayout()
        refused_buttons.addWidget(self.fix_button)
        refused_buttons.addWidget(self.discard_button)
        refused_buttons.addStretch(1)
        refused_layout = QHBoxLayout(self.refused_banner)
        refused_layout.addWidget(self.refused_text, 1)
        refused_layout.addLayout(refused_buttons)
        self.refused_banner.hide()
        self.discard_box: QMessageBox | None = None
        self.unlink_box: QMessageBox | None = None

        self.fields: dict[str, _FieldEditor] = {}
        basics = QFormLayout()
        basics.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for field, label in EDITABLE.items():
            editor = _FieldEditor(field)
            editor.committed.connect(self._save_field)
            self.fields[field] = editor
            basics.addRow(word(label), editor)
        self._custom_line: str | None = ""
        self._custom_editors: dict[str, tuple[FieldSpec, QWidget]] = {}
        self.custom_box = QFrame()
        self.custom_form = QFormLayout(self.custom_box)
        self.custom_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.custom_title = QLabel()
        self.custom_problem = QLabel()
        self.custom_problem.setStyleSheet("color: #c62828;")
        self.custom_problem.hide()

        self.value = QLabel()
        self.value.setWordWrap(True)
        self.value.setTextFormat(Qt.TextFormat.RichText)
        self.tags = QLabel()
        self.tags.setTextFormat(Qt.TextFormat.RichText)
        self.tags.setWordWrap(True)
        self.tags.linkActivated.connect(self._tag_link)
        self.tags.setToolTip(self.tr("Click × to remove a tag"))
        self.new_tag = QLineEdit()
        self.new_tag.setPlaceholderText(self.tr("Add a tag and press Enter"))
        self.new_tag.returnPressed.connect(self._add_tag)
        self.tag_problem = QLabel()
        self.tag_problem.setStyleSheet("color: #c62828;")
        self.tag_problem.hide()
        self.people = QLabel()
        self.people.setTextFormat(Qt.TextFormat.RichText)
        self.people.setWordWrap(True)
        self.people.setOpenExternalLinks(False)
        self.people.linkActivated.connect(self._link)
        self.people.setToolTip(self.tr("Click a name to select the person; Edit… and More "
                                       "for key person, roles on deals and delete"))
        self.people_expanded = False  # "and N more" was clicked on this account
        self.people_problem = QLabel()
        self.people_problem.setWordWrap(True)
        self.people_problem.setStyleSheet("color: #c62828;")
        self.people_problem.hide()
        self.contact_dialog: EditContactDialog | None = None
        self.contact_actions: QMenu | None = None
        self.delete_box: QMessageBox | None = None
        self.related = QLabel()
        self.related.setTextFormat(Qt.TextFormat.RichText)
        self.related.setWordWrap(True)
        self.related.linkActivated.connect(self._related_link)
        self.related.setToolTip(self.tr("Click a company to open it, × to remove the link"))
        self.related_problem = QLabel()
        self.related_problem.setStyleSheet("color: #c62828;")
        self.related_problem.hide()
        self.relation_form = RelationForm(ctx, narrow=True)
        self.deals = DealsSection(ctx)  # reads and refreshes on its own
        self.suggestions = SuggestionsSection(ctx)  # so does this

        body = QWidget()
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(3)
        # At 1366x768 the name, the status, the deals and the contacts show without
        # scrolling: what a rep reads on every account comes first, the rest below.
        layout.addWidget(self.name)
        layout.addWidget(self.refused_banner)
        layout.addWidget(self.meta)
        layout.addWidget(self.member_line)
        layout.addWidget(self.service_line)
        layout.addWidget(self.locked_note)
        layout.addWidget(self.pool_note)
        layout.addWidget(self.path)
        layout.addLayout(actions)
        layout.addWidget(self.banner)
        layout.addWidget(self.deals)
        self.people_title = self._section(self.tr("Contacts"))
        layout.addWidget(self.people_title)
        layout.addWidget(self.people)
        layout.addWidget(self.people_problem)
        layout.addWidget(self.suggestions)
        self.contracts = ContractsSection(ctx)  # new contract and payment live there
        layout.addWidget(self._section(self.tr("Contracts")))
        layout.addWidget(self.contracts)
        self.membership = MembershipSection(ctx)  # card, points, redeem and adjust
        self.membership.loaded.connect(self._fill_member_line)
        self.membership_title = self._section(self.tr("Membership"))
        layout.addWidget(self.membership_title)
        layout.addWidget(self.membership)
        for title, widget in ((self.tr("Value"), self.value), (self.tr("Tags"), self.tags)):
            layout.addWidget(self._section(title))
            layout.addWidget(widget)
        layout.addWidget(self.new_tag)
        layout.addWidget(self.tag_problem)
        layout.addWidget(self._section(self.tr("Related companies")))
        layout.addWidget(self.related)
        layout.addWidget(self.related_problem)
        layout.addWidget(self.relation_form)
        layout.addWidget(self._section(self.tr("Company")))
        layout.addLayout(basics)
        layout.addWidget(self.custom_title)
        layout.addWidget(self.custom_box)
        layout.addWidget(self.custom_problem)
        self.empty = QLabel(self.tr("Select an account in the queue."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setContentsMargins(12, 16, 12, 0)
        self.empty.linkActivated.connect(self.start_requested)
        self.workspace_empty = False
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(content)
        body_layout.addWidget(self.empty)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._content = content
        self._scroll = scroll
        self._set_visible(False)

        self._shown_id: uuid.UUID | None = None
        self._dupes_pending = False
        self._dupes_timer = QTimer(self)
        self._dupes_timer.setSingleShot(True)
        self._dupes_timer.setInterval(300)
        self._dupes_timer.timeout.connect(self._check_duplicates)
        ctx.selection.account_changed.connect(self.show_account)
        ctx.bus.changed.connect(self._on_changes)
        self.show_account(None)  # says how to start when the workspace is empty

    def _section(self, title: str) -> QLabel:
        label = QLabel(title.upper())
        label.setFont(scaled(self.font(), -1, bold=True))
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, muted(self))
        label.setPalette(palette)
        label.setContentsMargins(0, 4, 0, 0)
        return label

    def _fill_member_line(self) -> None:
        """The header's membership line, from what the section read."""
        text = member_line_html(self.membership.shown)
        self.member_line.setText(text or "")
        self.member_line.setVisible(text is not None)

    def scroll_to_membership(self) -> None:
        """Scroll the card so its Membership section starts at the top."""
        top = self.membership_title.mapTo(self._content, QPoint(0, 0)).y() + self._content.y()
        self._scroll.verticalScrollBar().setValue(top)

    def _set_visible(self, visible: bool) -> None:
        self._content.setVisible(visible)
        self.empty.setVisible(not visible)

    # ---- loading --------------------------------------------------------------------
    def show_account(self, account_id: uuid.UUID | None) -> None:
        self.is_loaded = False
        if self.data is None or self.data.card.id != account_id:
            self._commit_pending()
            self.duplicates = []
            self.banner.hide()
        if account_id is None:
            self.data = None
            self._set_visible(False)
            # an empty workspace says how to start; one with accounts, to pick one
            self._ctx.read(q.has_accounts, self._show_nothing, key="card")
            return
        today, app = self._ctx.today(), self._ctx.app
        self._ctx.read(lambda s: load_card(s, account_id, today, app), self._show, key="card")
        self._dupes_timer.start()

    def _show_nothing(self, has_accounts: bool) -> None:
        if self._ctx.selection.account_id is not None:
            return  # one was chosen meanwhile: its card is on its way
        self.workspace_empty = not has_accounts
        if has_accounts:
            self.empty.setTextFormat(Qt.TextFormat.PlainText)
            self.empty.setText(self.tr("Select an account in the queue."))
        else:
            links = [(IMPORT, self.tr("import leads")), (NEW_LEAD, self.tr("add a lead")),
                     (SYNC, self.tr("sync with your team's server"))]
            if not rights.sells(self._ctx.user.role):
                links = links[2:]  # customer service receives its customers by sync
            self.empty.setTextFormat(Qt.TextFormat.RichText)
            self.empty.setText(html.escape(self.tr(
                "No accounts yet: a company's card shows here once there is one. "
                "To start:")) + "<br>" + " · ".join(
                f"<a href='{key}'>{html.escape(text)}</a>" for key, text in links))
        self.is_loaded = True
        self.loaded.emit()

    def _check_duplicates(self) -> None:
        # Started a moment after the card shows, so a rep stepping quickly through the
        # queue never waits on it, and it never competes with the panes loading.
        account_id = self._ctx.selection.account_id
        if account_id is None:
            return
        self._dupes_pending = True
        self._ctx.read(lambda s: find_duplicates(s, account_id),
                       lambda found: self._show_duplicates(account_id, found), key="dupes",
                       background=True)

    @property
    def duplicate_check_pending(self) -> bool:
        return self._dupes_timer.isActive() or self._dupes_pending

    def _on_changes(self, change: changes.Changes) -> None:
        account_id = self._ctx.selection.account_id
        if account_id is None and self.workspace_empty and change.what & {
                changes.ACCOUNT, changes.QUEUE}:
            self.show_account(None)  # accounts came: no longer say how to start
        elif account_id is not None and change.touches(account_id, changes.ACCOUNT,
                                                     changes.ACTIVITIES, changes.CONTACTS,
                                                     changes.RELATIONS):
            self.show_account(account_id)

    def _show(self, data: CardData | None) -> None:
        self.data = data
        if data is None:
            self._set_visible(False)
            self.empty.setText(self.tr("This account no longer exists."))
        else:
            self._fill(data)
            self._set_visible(True)
        self.is_loaded = True
        self.loaded.emit()

    def _commit_pending(self) -> None:
        """Save what was typed into a field for the account being left, to that account."""
        if self.data is None:
            return
        for field, editor in self.fields.items():
            text = editor.pending_text()
            if text is not None:
                self._save_field(field, text)
                editor.set_value(text, same_account=False)

    def _fill(self, data: CardData) -> None:
        same = self._shown_id == data.card.id
        self._shown_id = data.card.id
        card = data.card
        self.name.setText(card.name)
        owner = card.owner or self.tr("Team pool")
        bits = [self.tr("Owner: {0}").format(owner)]
        if card.channel:
            bits.append(self.tr("Channel: {0}").format(card.channel))
        if card.acquired_on:
            bits.append(self.tr("Acquired {0}").format(day_text(card.acquired_on)))
        self.meta.setText("  ·  ".join(bits))
        service = self._service_text(data.service)
        self.service_line.setText(service or "")
        self.service_line.setVisible(service is not None)
        self._fill_pool(card.pool_days)
        self.path.set_status(card.status)
        arrow = "⬅ " if self.isRightToLeft() else "➜ "  # pointing along the reading
        self.next_step.setText(arrow + html.escape(step_words(next_step(card.status, card.facts),
                                                              word)))
        self.next_step.setToolTip(meaning(card.status))
        self._fill_actions(card)
        for field, editor in self.fields.items():
            editor.set_value(getattr(card, field), same)
        self._fill_custom(card)
        reasons = "".join(f"<li>{html.escape(value_reason(r))}</li>"
                          for r in card.score.reasons[:4])
        churn = ""
        if card.churn.at_risk:
            risk = self.tr("Churn risk")  # outside the f-string: lupdate reads no code there
            churn = (f"<p style='color:#c62828'><b>{html.escape(risk)}:</b> "
                     f"{html.escape(value_reasons(card.churn.reasons))}</p>")
        self.value.setText(f"<span style='font-size:16pt; font-weight:600'>{card.score.value}"
                           f"</span> / 100<ul style='margin:0'>{reasons}</ul>{churn}")
        untag = " <a href='untag:{0}' style='color:white; text-decoration:none'>×</a>"
        self.tags.setText(" ".join(
            f"<span style='background:{t.color or '#607d8b'}; color:white'>&nbsp;"
            f"{html.escape(t.name)}{'' if data.locked else untag.format(t.id.hex)}"
            "&nbsp;</span>" for t in card.tags)
            or self.tr("No tags"))
        self.tag_problem.hide()
        if not same:
            self.people_expanded = False
            self._scroll.verticalScrollBar().setValue(0)  # a new account starts at the top
        title = self.tr("Contacts").upper()
        self.people_title.setText(f"{title} ({len(data.contacts)})" if data.contacts
                                  else title)
        self.people.setText(self._people_html(data.contacts))
        self.people_problem.hide()
        self.related.setText(self._related_html(data.relations))
        self.related_problem.hide()
        self.relation_form.set_account(card.id)
        self._fill_refused(data)
        self._lock(data.locked)

    def _service_text(self, service: service_queries.Onboarding | None) -> str | None:
        """"Onboarding: 1 of 3 done · service: Dana Levi", or None: not handed off
        (crmdesk.domain.service.progress_text in the window's language)."""
        if service is None or (service.service_owner is None and service.total == 0):
            return None
        parts = []
        if service.total:
            parts.append(self.tr("Onboarding complete") if service.done == service.total
                         else self.tr("Onboarding: {0} of {1} done").format(service.done,
                                                                            service.total))
        parts.append(self.tr("service: {0}").format(service.service_owner)
                     if service.service_owner else self.tr("service: not assigned"))
        text = " · ".join(parts)
        return text[0].upper() + text[1:]

    def _fill_pool(self, days: int | None) -> None:
        """"Returns to the pool in N days", a few days ahead (the team's warn days)."""
        self.pool_note.setVisible(days is not None)
        if days is not None:
            # one line: the warning; how to keep it is the tooltip
            self.pool_note.setText("⏳ " + pool_warning(days))
            self.pool_note.setToolTip(self.tr("A two-way conversation or a new deal keeps "
                                              "it with its owner."))

    def _lock(self, why: str | None) -> None:
        """Read-only when the company is not the user's to change (a colleague on one of
        its deals' teams): its fields, contacts, tags, links, deals and contracts are
        shown, not offered for change, and the note says why; the timeline still logs
        on the deal."""
        locked = why is not None
        self.locked_note.setText(sentence(why) if why else "")
        self.locked_note.setVisible(locked)
        for editor in self.fields.values():
            if isinstance(editor.editor, QLineEdit):
                editor.editor.setReadOnly(locked)
                editor.editor.setStyleSheet(READ_ONLY_LINE if locked else "")
            else:
                editor.editor.setEnabled(not locked)
        for _spec, widget in self._custom_editors.values():
            widget.setEnabled(not locked)
        for key, button in self.buttons.items():
            if locked or key != "lost":  # Mark lost is as its move check left it
                button.setEnabled(not locked)
        self.new_tag.setVisible(not locked)
        self.relation_form.setVisible(not locked)
        self.banner_button.setEnabled(not locked)  # a merge changes both companies
        self.deals.set_locked(why)
        self.suggestions.set_locked(why)
        self.contracts.set_locked(why)
        self.membership.set_locked(why)

    @property
    def locked(self) -> str | None:
        """Why the company shown is read-only to the user, or None."""
        return None if self.data is None else self.data.locked

    def _fill_actions(self, card: q.Card) -> None:
        checks = {
            "lost": check_move(card.status, Status.LOST, card.facts),
            "reopen": check_move(card.status, Status.LEAD, card.facts),
        }
        self.buttons["lost"].setEnabled(checks["lost"].allowed)
        self.buttons["lost"].setToolTip(move_words(checks["lost"]) or
                                        self.tr("Stop pursuing this account, with a reason."))
        # customer service moves no status and claims nothing: not offered at all
        sells = rights.sells(self._ctx.user.role)
        self.buttons["lost"].setVisible(sells)
        self.buttons["reopen"].setVisible(sells and card.status is Status.LOST)
        self.buttons["claim"].setVisible(sells and card.owner_id is None)

    def _fill_custom(self, card: q.Card) -> None:
        # The editors are rebuilt only when the business line changes; switching between
        # accounts of one line just refills them, which keeps switching fast.
        if card.business_line != self._custom_line:
            self._custom_line = card.business_line
            while self.custom_form.rowCount():
                self.custom_form.removeRow(0)
            self._custom_editors = {}
            specs = BUSINESS_LINES.get(card.business_line or "", ())
            self.custom_title.setText(self.tr("Service fields: {0}").format(card.business_line)
                                      if specs else "")
            for spec in specs:
                editor = self._custom_editor(spec)
                self._custom_editors[spec.key] = (spec, editor)
                self.custom_form.addRow(word(spec.label), editor)
        for key, (spec, editor) in self._custom_editors.items():
            value = card.custom_fields.get(key)
            editor.blockSignals(True)
            if isinstance(editor, QSpinBox):
                editor.setValue(int(value) if isinstance(value, int) else spec.minimum)
            elif isinstance(editor, QComboBox):
                editor.setCurrentText(str(value or ""))
            elif isinstance(editor, QLineEdit):
                editor.setText(str(value or ""))
            editor.blockSignals(False)
        self.custom_problem.hide()

    def _custom_editor(self, spec: FieldSpec) -> QWidget:
        def save(value: object) -> None:
            if self.data is not None:
                self._save_custom(self.data.card.id, spec.key, value)

        if spec.kind == "int":
            spin = SpinBox()
            spin.setRange(spec.minimum, 10_000_000)
            spin.setSpecialValueText(self.tr("not set"))
            spin.editingFinished.connect(lambda: save(spin.value() or None))
            return spin
        if spec.kind == "choice":
            combo = ComboBox()
            combo.addItem("")
            combo.addItems(list(spec.choices))
            combo.activated.connect(lambda _i: save(combo.currentText() or None))
            return combo
        line = QLineEdit()
        line.editingFinished.connect(lambda: save(line.text().strip() or None))
        return line

    def _people_html(self, people: list[q.ContactRow]) -> str:
        if not people:
            return self.tr("No contacts yet.")
        company = self.data is not None and self.data.refused_account() is not None
        refused_people = {} if self.data is None else {
            r.row_id: self.tr("refused with its company") if company else said(r.reason)
            for r in self.data.refused if r.entity == "contacts"}
        chosen = self._ctx.selection.contact_id
        people, hidden = visible_part(people, PEOPLE_SHOWN, self.people_expanded,
                                      keep=lambda p: p.id == chosen)
        lines = []
        for p in people:
            star = "★ " if p.is_key_person else ""
            role = " · ".join(html.escape(isolated(x)) for x in (p.title, p.department) if x)
            links = []
            # numbers and addresses read left to right, also in a right-to-left window
            if p.mobile:
                target = p.mobile_e164 or p.mobile
                links.append(f"<a href='tel:{html.escape(target)}'>"
                             f"{html.escape(isolated(p.mobile))}</a>")
            if p.landline:
                links.append(f"<a href='tel:{html.escape(p.landline)}'>"
                             f"{html.escape(isolated(p.landline))}</a>")
            if p.email:
                links.append(f"<a href='mailto:{html.escape(p.email)}'>"
                             f"{html.escape(isolated(p.email))}</a>")
            selected = p.id == self._ctx.selection.contact_id
            name = (f"<a href='contact:{p.id.hex}'><b>{star}{html.escape(isolated(p.name))}"
                    f"</b></a>")
            shade = f" background:{'#1f3a5f' if is_dark(self) else '#e3f2fd'};"
            mark = ""
            if p.id in refused_people:
                mark = ("<br><span style='color:#c62828'>⚠ " + html.escape(self.tr(
                    "Not on the server: {0}").format(refused_people[p.id])) + "</span>")
            edit, more = html.escape(self.tr("Edit…")), html.escape(self.tr("More ▾"))
            actions = "" if self.locked else (
                f"<a href='edit:{p.id.hex}'>{edit}</a> <a href='more:{p.id.hex}'>{more}</a>")
            # the window's direction, not the name's: Edit… and More ▾ read after it
            lines.append(
                f"<div dir='{html_dir()}' style='margin-bottom:4px;{shade if selected else ''}'>"
                f"{name}{' — ' + role if role else ''}&nbsp;&nbsp;<small>{actions}</small>"
                f"<br>{' · '.join(links)}{mark}</div>")
        if hidden:
            lines.append(more_link(self.tr("and {0} more").format(hidden)))
        return "".join(lines)

    def _link(self, href: str) -> None:
        kind, _, ref = href.partition(":")
        if href == MORE and self.data is not None:
            self.people_expanded = True
            self.people.setText(self._people_html(self.data.contacts))
        elif kind == "contact" and self.data is not None:
            self._ctx.selection.select_contact(self.data.card.id, uuid.UUID(ref))
            self.people.setText(self._people_html(self.data.contacts))
        elif kind == "edit":
            self.edit_contact(uuid.UUID(ref))
        elif kind == "more":
            menu = self.contact_menu(uuid.UUID(ref))
            if menu is not None:
                menu.popup(QCursor.pos())
        else:
            QDesktopServices.openUrl(QUrl(href))

    # ---- a contact's actions ------------------------------------------------------------
    def _contact(self, contact_id: uuid.UUID) -> q.ContactRow | None:
        people = [] if self.data is None else self.data.contacts
        return next((p for p in people if p.id == contact_id), None)

    def _people_failed(self, exc: BaseException) -> None:
        self.people_problem.setText(refusal_words(exc))
        self.people_problem.show()

    def edit_contact(self, contact_id: uuid.UUID) -> None:
        """Open the contact's editor (window-modal; it saves only what was changed)."""
        contact = self._contact(contact_id)
        if contact is None or self.data is None or self.locked:
            return
        dialog = EditContactDialog(self._ctx, contact, self.data.contacts, self)
        dialog.finished.connect(lambda _r: setattr(self, "contact_dialog", None))
        self.contact_dialog = dialog
        dialog.open()

    def contact_menu(self, contact_id: uuid.UUID) -> QMenu | None:
        """The contact's menu: edit, key person, roles on open deals, delete."""
        contact = self._contact(contact_id)
        if contact is None or self.data is None or self.locked:
            return None
        if self.contact_actions is not None:
            self.contact_actions.deleteLater()  # the one shown before
        self.contact_actions = contact_menu(
            self._ctx, self, self.data.card.id, contact,
            edit=lambda: self.edit_contact(contact_id),
            delete=lambda: self.ask_delete_contact(contact_id), failed=self._people_failed)
        self._message_actions(self.contact_actions, contact_id)
        return self.contact_actions

    def _message_actions(self, menu: QMenu, contact_id: uuid.UUID) -> None:
        """Writing to the contact from a template, and whether they want messages."""
        first = menu.actions()[0]  # "Edit…": the message actions go over it
        send = QAction(self.tr("Send message…"), menu)
        send.triggered.connect(lambda: self.message_requested.emit(contact_id))
        opted = QAction(self.tr("Opted out of messages"), menu)
        opted.setCheckable(True)
        person = self._ctx.read_now(lambda s: mq.person(s, contact_id))
        opted.setChecked(person is not None and person.opted_out)
        opted.toggled.connect(lambda on: self._ctx.command(
            lambda app: messages.set_opted_out(app, contact_id, on), failed=self._people_failed))
        menu.insertAction(first, send)
        menu.insertAction(first, opted)
        menu.insertSeparator(first)

    def ask_delete_contact(self, contact_id: uuid.UUID) -> None:
        """Name the person and delete them only if the user says yes."""
        contact = self._contact(contact_id)
        if contact is None or self.data is None or self.locked:
            return
        question = self.tr("Remove {0} from the contacts of {1}? Calls and visits with "
                           "them stay on the timeline under their name.").format(
                               contact.name, self.data.card.name)
        self.delete_box = ask_to_remove(
            self, question, lambda: self._ctx.command(
                lambda app: people.delete_contact(app, contact_id),
                failed=self._people_failed),
            done=lambda: setattr(self, "delete_box", None))

    # ---- related companies ------------------------------------------------------------
    def _related_html(self, related: list[q.RelationRow]) -> str:
        if not related:
            return self.tr("No related companies yet.")
        return "<br>".join(
            f"{html.escape(word(r.label).capitalize())}: "
            f"<a href='open:{r.other_id.hex}'>{html.escape(r.other_name)}</a>"
            + ("" if self.locked else
               f" <a href='unlink:{r.id.hex}' style='text-decoration:none'>×</a>")
            for r in related)

    def _related_link(self, href: str) -> None:
        kind, _, ref = href.partition(":")
        if kind == "open":
            self._ctx.selection.select_account(uuid.UUID(ref))
        elif kind == "unlink":
            self.ask_unlink(uuid.UUID(ref))

    def ask_unlink(self, relation_id: uuid.UUID) -> None:
        """Name the link to another company and remove it only if the user says yes."""
        data = self.data
        row = next((r for r in data.relations if r.id == relation_id), None) if data else None
        if data is None or row is None:
            return
        if row.kind == q.REFERRED:  # who referred whom, in that order
            pair = ((data.card.name, row.other_name) if row.outgoing
                    else (row.other_name, data.card.name))
            question = self.tr("Remove the link: {0} referred {1} to us?").format(*pair)
        else:
            question = (self.tr("Remove the link: {0} is the {1} of {2}?")
                        if row.label == q.PARENT_COMPANY else
                        self.tr("Remove the link: {0} is a {1} of {2}?")).format(
                row.other_name, word(row.label), data.card.name)
        self.unlink_box = ask_to_remove(self, question, lambda: self.unlink(relation_id),
                                        done=self._unlink_answered)

    def _unlink_answered(self) -> None:
        self.unlink_box = None

    def unlink(self, relation_id: uuid.UUID) -> None:
        """Remove a link to another company (a synced delete), unasked."""
        def failed(exc: BaseException) -> None:
            self.related_problem.setText(refusal_words(exc))
            self.related_problem.show()

        self._ctx.command(lambda app: relations.unlink_companies(app, relation_id),
                          failed=failed)

    # ---- records the server refused ---------------------------------------------------
    def _fill_refused(self, data: CardData) -> None:
        mine = data.refused_account()
        if mine is not None:
            text = ("<b>⚠ " + html.escape(self.tr("Not on the server")) + "</b><br>" +
                    html.escape(self.tr("The server refused this new company: {0}").format(
                        said(mine.reason))) + "<br>" +
                    html.escape(self.tr("Fix it here (your next change sends it again, with "
                                        "what you added to it) or discard it.")))
        else:
            text = "<br>".join(
                "⚠ " + html.escape(self.tr("The server refused this new {0} ({1}): {2}")
                                   .format(word(records.label(r.entity)).lower(), r.name,
                                           said(r.reason)))
                + f" <a href='discard:{r.entity}:{r.row_id.hex}'>"
                + html.escape(self.tr("Discard…")) + "</a>" for r in data.refused)
        self.refused_text.setText(text)
        self.fix_button.setVisible(mine is not None)
        self.discard_button.setVisible(mine is not None)
        self.refused_banner.setVisible(bool(data.refused))

    def fix_refused(self) -> None:
        """Fixing is editing: start at the company's name."""
        editor = self.fields["name"].editor
        self._scroll.ensureWidgetVisible(editor)
        editor.setFocus()
        if isinstance(editor, QLineEdit):
            editor.selectAll()

    def _discard_account(self) -> None:
        if self.data is not None:
            self.ask_discard("accounts", self.data.card.id)

    def _refused_link(self, href: str) -> None:
        _discard, entity, ref = href.split(":", 2)
        self.ask_discard(entity, uuid.UUID(ref))

    def ask_discard(self, entity: str, row_id: uuid.UUID) -> None:
        """Say what Discard would remove, and remove it only if the user says so."""
        if self.data is None:
            return
        account_id = self.data.card.id
        self._ctx.read(lambda s: refused.discard_preview(s, entity, row_id),
                       lambda what: self._confirm_discard(account_id, entity, row_id, what))

    def _confirm_discard(self, account_id: uuid.UUID, entity: str, row_id: uuid.UUID,
                         what: Discarded) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Discard"), self.tr(
            "Discard {0} from this laptop? The server never had it, so it will be gone "
            "for good.").format(what.summary()), QMessageBox.StandardButton.Cancel, self)
        yes = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(_result: int) -> None:
            self.discard_box = None
            if box.clickedButton() is yes:
                self._ctx.command(lambda app: refusals.discard(app, account_id, entity, row_id),
                                  lambda _r: self._discarded(account_id, entity))

        box.finished.connect(answered)
        self.discard_box = box
        box.open()  # window-modal; the event loop keeps running

    def _discarded(self, account_id: uuid.UUID, entity: str) -> None:
        if entity == "accounts" and self._ctx.selection.account_id == account_id:
            self._ctx.selection.select_account(None)

    # ---- tags -----------------------------------------------------------------------
    def _add_tag(self) -> None:
        name = self.new_tag.text()
        if self.data is None:
            return
        account_id = self.data.card.id

        def done(_tag: uuid.UUID) -> None:
            self.new_tag.clear()

        def failed(exc: BaseException) -> None:
            self.tag_problem.setText(refusal_words(exc))
            self.tag_problem.show()

        self._ctx.command(lambda app: accounts.add_tag(app, account_id, name), done, failed)

    def _tag_link(self, href: str) -> None:
        if self.data is None or not href.startswith("untag:"):
            return
        account_id, tag_id = self.data.card.id, uuid.UUID(href[6:])
        self._ctx.command(lambda app: accounts.remove_tag(app, account_id, tag_id))

    # ---- duplicates -----------------------------------------------------------------
    def _show_duplicates(self, account_id: uuid.UUID, found: list[Candidate]) -> None:
        self._dupes_pending = False
        if account_id != self._ctx.selection.account_id:
            return
        self.duplicates = found
        if found:
            first = found[0]
            more = len(found) - 1
            self.banner_text.setText(
                "<b>" + self.tr("Possible duplicate:")
                + f"</b> {html.escape(isolated(first.name))} — "
                + html.escape(worded(reasons_text(first.reasons)))
                + (self.tr(" (and {0} more)").format(more) if more else ""))
        self.banner.setVisible(bool(found) and self.data is not None)

    def _merge_clicked(self) -> None:
        if self.data is not None and self.duplicates:
            self.merge_requested.emit(self.data.card.id, uuid.UUID(self.duplicates[0].ref))

    # ---- saving ---------------------------------------------------------------------
    def _save_field(self, field: str, raw: str) -> None:
        if self.data is None:
            return
        account_id = self.data.card.id

        def done(problem: str | None) -> None:
            if problem and account_id == self._ctx.selection.account_id:
                self.fields[field].show_problem(sentence(problem))
            elif problem:
                self._ctx.runner.error.emit(self.tr("Not saved on the previous account: {0}")
                                            .format(sentence(problem)))

        self._ctx.command(lambda app: accounts.edit_field(app, account_id, field, raw), done)

    def _save_custom(self, account_id: uuid.UUID, key: str, value: object) -> None:
        def done(problems: list[str]) -> None:
            if problems:
                self.custom_problem.setText("; ".join(map(sentence, problems)))
                self.custom_problem.show()

        self._ctx.command(lambda app: accounts.edit_custom_fields(app, account_id,
                                                                  {key: value}), done)
