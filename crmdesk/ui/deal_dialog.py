"""The deal editor: a new deal or one of the account's, with its products, the stage's
playbook beside the stage, and the deal's history (so a slip shows).

Only what the user edited is sent (crmdesk.app.deals.save_deal): a form left alone
changes nothing, and a field a sync changed meanwhile keeps the sync's value unless the
user edited it too. The probability follows the stage until the user types one; the
amount follows the products until the user types one. A forward move past unmet
playbook conditions asks first, naming them (the command says which); No saves nothing.
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crmdesk.app import deals, rights
from crmdesk.app.changes import Done
from crmdesk.app.context import Context
from crmdesk.domain import deals as rules
from crmdesk.domain.currencies import DECIMALS, format_money, minor_per_unit
from crmdesk.domain.deals import (
    CONDITION_LABELS,
    OPEN_STAGES,
    ORDER,
    STAGE_LABELS,
    TEAM_ROLE_LABELS,
    DealFacts,
    DealField,
    DecisionRoleKind,
    Line,
    OpportunityStage,
    StageRules,
    Stance,
    Stuck,
    TeamRole,
    Unmet,
)
from crmdesk.domain.local_time import local
from crmdesk.store import deal_queries as dq
from crmdesk.store import deal_team
from crmdesk.store import queries as q
from crmdesk.store.deal_writes import DealEdit
from crmdesk.store.refusals import NotFound, Refused
from crmdesk.ui.bidi import forward, html_dir, isolated
from crmdesk.ui.context import AppContext
from crmdesk.ui.dialogs import CommandDialog, buttons
from crmdesk.ui.formats import day_text, moment_text
from crmdesk.ui.style import (
    READ_ONLY_LINE,
    error_color,
    info_note,
    muted,
    ok_color,
    scaled,
    warning_color,
)
from crmdesk.ui.wheel import ComboBox, DateEdit, DoubleSpinBox, SpinBox
from crmdesk.ui.words import refusal_words, sentence, tr, word

#: Offered in the currency box (any ISO 4217 code may be typed).
COMMON_CURRENCIES = ("CNY", "USD", "EUR", "HKD", "GBP", "JPY", "SGD")
MAX_AMOUNT_UNITS = 1e13  # the box lets an absurd figure through: the command names it


@dataclass(frozen=True, slots=True)
class EditorData:
    """What the editor shows: the deal (None: a new one), its team's playbook, the
    products to choose from, and the decision map and meetings its conditions read."""

    account_id: uuid.UUID
    account_name: str
    detail: dq.DealDetail | None
    book: dict[OpportunityStage, StageRules]
    products: list[dq.ProductRow]
    roles: tuple[tuple[DecisionRoleKind, Stance], ...] = ()
    meetings: int = 0
    #: the deal's virtual team, and everyone (of any team) who may join it
    team: tuple[deal_team.TeamMember, ...] = ()
    colleagues: tuple[deal_team.Colleague, ...] = ()
    #: why the user may not change the deal (the editor opens read-only), or None
    locked: str | None = None


def load_editor(session: Session, account_id: uuid.UUID, deal_id: uuid.UUID | None,
                today: date, app: Context | None = None) -> EditorData | None:
    """The editor's data (on a worker); None when the account or deal is gone. With
    `app`, whether its user may change the deal (a new one: the account) too."""
    name = session.scalar(q.account_name_stmt(account_id))
    if name is None:
        return None
    detail: dq.DealDetail | None = None
    roles: tuple[tuple[DecisionRoleKind, Stance], ...] = ()
    meetings = 0
    team: tuple[deal_team.TeamMember, ...] = ()
    if deal_id is not None:
        detail = dq.deal(session, deal_id, today)
        if detail is None:
            return None
        facts = dq.deal_facts(session, deal_id)
        roles, meetings = facts.roles, facts.meetings
        team = tuple(deal_team.deal_team(session, deal_id))
    locked = None
    if app is not None:
        locked = rights.refuse(app, session, (
            ("accounts", account_id) if deal_id is None else ("opportunities", deal_id),))
        if locked is not None:  # a deal's team member is told what they may do instead
            locked = rights.read_only_note(session, app, account_id) or locked
    return EditorData(account_id, name, detail, dq.deal_playbook(session, account_id, deal_id),
                      dq.products(session), roles, meetings, team,
                      tuple(deal_team.colleagues(session)), locked)


def stuck_text(row: dq.DealRow, days_late: int | None = None) -> str:
    """Why a deal is stuck, in a salesperson's words ("" when it is not)."""
    if row.stuck is Stuck.IN_STAGE:
        return tr("Stuck: %n day(s) in {0}, over the team's limit of {1}", "",
                  row.days_in_stage or 0).format(word(STAGE_LABELS[row.stage]), row.stuck_limit)
    if row.stuck is Stuck.CLOSE_PASSED and row.expected_close is not None:
        if days_late:
            return tr("Stuck: its expected close ({0}) passed %n day(s) ago; move the date or "
                      "close the deal", "", days_late).format(day_text(row.expected_close))
        return tr("Stuck: its expected close ({0}) has passed; move the date or close the "
                  "deal").format(day_text(row.expected_close))
    return ""


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _local(at: datetime) -> str:
    """A stored (naive UTC) time as the user's clock reads it, in the locale's words."""
    return moment_text(local(at))


class _LineRow:
    """One product line's widgets: product, quantity, unit price, total, remove."""

    def __init__(self, dialog: DealDialog, products: list[dq.ProductRow]) -> None:
        self.product = ComboBox()
        for product in products:
            self.product.addItem(f"{product.name} ({product.sku})", product.id)
        self.quantity = SpinBox()
        self.quantity.setRange(0, 1_000_000)
        self.price = DoubleSpinBox()
        self.price.setRange(0, MAX_AMOUNT_UNITS)
        self.price.setGroupSeparatorShown(True)
        self.total = QLabel()
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.remove = QToolButton()
        self.remove.setText("×")
        self.remove.setToolTip(tr("Take this product off the deal"))
        self._prices = {p.id: p.list_price for p in products}
        self._dialog = dialog
        self.product.activated.connect(self._picked)
        self.quantity.valueChanged.connect(dialog.lines_changed)
        self.price.valueChanged.connect(dialog.lines_changed)
        self.remove.clicked.connect(lambda: dialog.remove_line(self))

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.product, self.quantity, self.price, self.total, self.remove)

    def set(self, product_id: uuid.UUID, quantity: int, unit_price: int, unit: int) -> None:
        # compared here: Qt's findData does not compare Python objects such as a UUID
        at = next((i for i in range(self.product.count())
                   if self.product.itemData(i) == product_id), 0)
        self.product.setCurrentIndex(at)
        self.quantity.setValue(quantity)
        self.price.setValue(unit_price / unit)

    def _picked(self, _index: int) -> None:
        # a product picked comes at its list price; the user may then change it
        price = self._prices.get(self.product.currentData(), 0)
        self.price.setValue(price / self._dialog.unit())
        self._dialog.lines_changed()

    def line(self, unit: int) -> Line | None:
        product_id = self.product.currentData()
        if not isinstance(product_id, uuid.UUID):
            return None
        return Line(product_id, self.quantity.value(), round(self.price.value() * unit))


class DealDialog(CommandDialog):
    """A deal's editor; OK runs crmdesk.app.deals.save_deal with what was edited."""

    def __init__(self, ctx: AppContext, data: EditorData, parent: QWidget | None = None
                 ) -> None:
        super().__init__(ctx, parent)
        self.data = data
        detail = data.detail
        row = detail.row if detail is not None else None
        self.deal_id = row.id if row is not None else None
        self.saved_id: uuid.UUID | None = None
        self.confirm_box: QMessageBox | None = None
        self.confirm_yes: QPushButton | None = None
        self._filling = True  # values set by the dialog, not typed by the user
        self._probability_typed = False
        self._initial_stage = row.stage if row is not None else OpportunityStage.QUALIFY
        self._initial_probability = (row.probability if row is not None else
                                     data.book[self._initial_stage].probability)
        self.setWindowTitle(
            self.tr("New deal at {0}").format(data.account_name) if row is None else
            self.tr("Deal: {0} ({1})").format(row.name, data.account_name))

        self.name = QLineEdit(row.name if row is not None else "")
        self.name.setPlaceholderText(self.tr("What is being sold, e.g. Fleet rollout 2027"))
        self.stage = ComboBox()
        for stage in ORDER:
            self.stage.addItem(word(STAGE_LABELS[stage]), stage.value)
        self.stage.setCurrentIndex(ORDER.index(self._initial_stage))
        self.probability = SpinBox()
        self.probability.setRange(0, 100)
        self.probability.setSuffix(" %")
        self.probability.setValue(self._initial_probability)
        self.probability_note = QLabel()
        self.amount = DoubleSpinBox()
        self.amount.setRange(0, MAX_AMOUNT_UNITS)
        self.amount.setGroupSeparatorShown(True)
        self.amount.setSpecialValueText(self.tr("not set"))
        self.currency = ComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(list(COMMON_CURRENCIES))
        self.currency.setCurrentText(row.currency if row is not None else "CNY")
        self.follow = QCheckBox(self.tr("= the products' total"))
        self.follow.setToolTip(self.tr("The amount follows the product lines until you type "
                                       "one."))
        # a new deal's amount, or one never set, follows its lines until typed
        self.follow.setChecked(True if detail is None else
                               detail.amount_from_lines or (detail.row.amount is None
                                                            and not detail.lines))
        self.has_close = QCheckBox()
        self.has_close.setToolTip(self.tr("Untick: no expected close date"))
        self.close_date = DateEdit()
        self.close_date.setCalendarPopup(True)
        expected = row.expected_close if row is not None else None
        self.close_date.setDate(_qdate(expected or ctx.today()))
        self.has_close.setChecked(expected is not None)
        self.next_step = QLineEdit(row.next_step or "" if row is not None else "")
        self.next_step.setPlaceholderText(self.tr("The next thing you will do, and when"))
        self.competitors = QLineEdit(", ".join(detail.competitors) if detail else "")
        self.competitors.setPlaceholderText(self.tr("Who else is bidding, separated by commas"))
        self.committed = QCheckBox(self.tr("Commit: I expect it to close this period"))
        self.committed.setChecked(bool(row is not None and row.committed))
        self.loss_reason = QLineEdit(detail.loss_reason or "" if detail else "")
        self.loss_reason.setPlaceholderText(self.tr("Why it was lost, e.g. chose a competitor"))
        self.loss_label = QLabel(self.tr("Lost because"))

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Stage"), self.stage)
        form.addRow(self.tr("Probability"), self._row(self.probability, self.probability_note))
        form.addRow(self.tr("Amount"), self._row(self.amount, self.currency, self.follow))
        form.addRow(self.tr("Expected close"), self._row(self.has_close, self.close_date))
        form.addRow(self.tr("Next step"), self.next_step)
        form.addRow(self.tr("Competitors"), self.competitors)
        form.addRow("", self.committed)
        form.addRow(self.loss_label, self.loss_reason)

        # ---- products
        self.line_rows: list[_LineRow] = []
        self.lines_grid = QGridLayout()
        self.lines_grid.setColumnStretch(0, 1)
        for col, text in enumerate((self.tr("Product"), self.tr("Qty"), self.tr("Unit price"),
                                    self.tr("Total"))):
            heading = QLabel(f"<b>{html.escape(text)}</b>")
            self.lines_grid.addWidget(heading, 0, col)
        self.add_line_button = QPushButton(self.tr("Add product"))
        self.add_line_button.clicked.connect(lambda: self.add_line())  # not `checked`
        self.add_line_button.setEnabled(bool(data.products))
        self.lines_total = QLabel()
        products_foot = QHBoxLayout()
        products_foot.addWidget(self.add_line_button)
        products_foot.addStretch(1)
        products_foot.addWidget(self.lines_total)

        left = QVBoxLayout()
        if row is not None:
            owner = row.owner_name or self.tr("Team pool")
            made = day_text(detail.created_on) if detail and detail.created_on else "—"
            bits = [self.tr("Owner: {0}").format(owner), self.tr("created {0}").format(made)]
            if row.open and row.days_in_stage is not None:
                bits.append(self.tr("{0} days in {1}").format(row.days_in_stage,
                                                              word(STAGE_LABELS[row.stage])))
            meta = QLabel(" · ".join(bits))
            left.addWidget(meta)
            why = stuck_text(row, (ctx.today() - row.expected_close).days
                             if row.expected_close is not None else None)
            if why:
                stuck = QLabel(f"⚠ {why}")
                stuck.setWordWrap(True)
                stuck.setStyleSheet(f"color: {error_color(self).name()}; font-weight: bold;")
                left.addWidget(stuck)
        left.addLayout(form)
        left.addWidget(self._heading(self.tr("Products")))
        left.addLayout(self.lines_grid)
        left.addLayout(products_foot)
        left.addWidget(self._heading(self.tr("Team")))
        left.addWidget(self._team_section())
        left.addStretch(1)

        # ---- the stage's playbook and the deal's history, beside the form
        self.playbook = QLabel()
        self.playbook.setWordWrap(True)
        self.playbook.setTextFormat(Qt.TextFormat.RichText)
        self.playbook.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        playbook_frame = QFrame()
        playbook_frame.setFrameShape(QFrame.Shape.StyledPanel)
        playbook_layout = QVBoxLayout(playbook_frame)
        playbook_layout.addWidget(self.playbook)
        self.history = QLabel(self._history_html())
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        history_scroll = QScrollArea()
        history_scroll.setWidgetResizable(True)
        history_scroll.setFrameShape(QFrame.Shape.NoFrame)
        history_scroll.setWidget(self.history)
        right = QVBoxLayout()
        right.addWidget(self._heading(self.tr("Playbook for this stage")))
        right.addWidget(playbook_frame)
        right.addWidget(self._heading(self.tr("History")))
        right.addWidget(history_scroll, 1)

        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addSpacing(12)
        columns.addLayout(right, 2)
        outer = QVBoxLayout(self)
        self.locked_note = QLabel(sentence(data.locked) if data.locked else "")
        self.locked_note.setWordWrap(True)
        self.locked_note.setStyleSheet(info_note(self))
        self.locked_note.setVisible(data.locked is not None)
        outer.addWidget(self.locked_note)
        outer.addLayout(columns, 1)
        outer.addWidget(self.error)
        self.button_box = buttons(self, self.tr("Create deal") if row is None
                                  else self.tr("Save"))
        outer.addWidget(self.button_box)

        self._set_decimals()
        for line in detail.lines if detail is not None else ():
            self.add_line(line.product_id, line.quantity, line.unit_price)
        self.set_amount(row.amount if row is not None else None)
        self._show_stage()
        self._refresh()
        self._initial = self._values()
        self._initial_lines = self.lines()
        self._initial_follow = self.follow.isChecked()
        self._filling = False

        self.stage.currentIndexChanged.connect(self._stage_changed)
        self.probability.valueChanged.connect(self._probability_changed)
        self.amount.valueChanged.connect(self._amount_typed)
        self.follow.toggled.connect(self._follow_toggled)
        self.currency.currentTextChanged.connect(self._currency_changed)
        self.close_date.dateChanged.connect(self._close_changed)
        self.has_close.toggled.connect(self._refresh)
        for typed in (self.next_step, self.competitors):
            typed.textChanged.connect(self._refresh)
        if data.locked is not None:
            self._read_only()
        self.resize(960, 620)

    def _read_only(self) -> None:
        """Shown, not changed: a colleague on the deal's team reads the deal (and logs
        activities on it from the timeline); the deal stays its owner's to change."""
        for line_edit in (self.name, self.next_step, self.competitors, self.loss_reason):
            line_edit.setReadOnly(True)
            line_edit.setStyleSheet(READ_ONLY_LINE)
            line_edit.setPlaceholderText("")  # no "type here" hints
        widget: QWidget
        for widget in (self.stage, self.probability, self.amount, self.currency, self.follow,
                       self.has_close, self.close_date, self.committed,
                       self.add_line_button, self.colleague, self.team_role,
                       self.add_member_button):
            widget.setEnabled(False)
        for line in self.line_rows:
            for widget in line.widgets():
                widget.setEnabled(False)
        for _user, _label, remove in self.team_rows:
            remove.setEnabled(False)
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).hide()
        self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Close"))

    @property
    def read_only(self) -> bool:
        return self.data.locked is not None

    # ---- the deal's virtual team -------------------------------------------------------
    def _team_section(self) -> QWidget:
        """Colleagues on the deal with their role (of any team: they see the deal, its
        account and contacts and log activities on it), each removable, and a picker of
        everyone to add one. Each add and removal is its own command, saved at once."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.team_grid = QGridLayout()
        self.team_grid.setColumnStretch(0, 1)
        self.team_rows: list[tuple[uuid.UUID, QLabel, QToolButton]] = []
        layout.addLayout(self.team_grid)
        self.team_note = QLabel()
        self.team_note.setWordWrap(True)
        self.team_note.setStyleSheet(f"color: {muted(self).name()};")
        layout.addWidget(self.team_note)
        self.colleague = ComboBox()
        self.colleague.setMinimumContentsLength(18)
        self.team_role = ComboBox()
        for role, text in TEAM_ROLE_LABELS.items():
            self.team_role.addItem(word(text), role.value)
        self.add_member_button = QPushButton(self.tr("Add to team"))
        self.add_member_button.clicked.connect(self.add_member)
        layout.addWidget(self._row(self.colleague, self.team_role, self.add_member_button))
        self.team_error = QLabel()
        self.team_error.setWordWrap(True)
        self.team_error.setStyleSheet(f"color: {error_color(self).name()};")
        layout.addWidget(self.team_error)
        self._show_team(list(self.data.team))
        return box

    def _show_team(self, team: list[deal_team.TeamMember]) -> None:
        for _user, label, remove in self.team_rows:
            label.deleteLater()
            remove.deleteLater()
        self.team_rows = []
        for index, member in enumerate(team):
            # names and teams as typed, the line in the window's direction: a Latin name
            # first had a Hebrew window lay out the whole line left to right
            where = f" · {isolated(member.team)}" if member.team else ""
            label = QLabel(f"<div dir='{html_dir()}'><b>{html.escape(isolated(member.name))}"
                           f"</b> — {html.escape(word(TEAM_ROLE_LABELS[member.role]))}"
                           f"<span style='color:{muted(self).name()}'>"
                           f"{html.escape(where)}</span></div>")
            remove = QToolButton()
            remove.setText("✕")
            remove.setToolTip(self.tr("Take {0} off the deal's team").format(
                isolated(member.name)))
            remove.clicked.connect(lambda _=False, who=member.user_id: self.remove_member(who))
            self.team_grid.addWidget(label, index, 0)
            self.team_grid.addWidget(remove, index, 1)
            self.team_rows.append((member.user_id, label, remove))
        on_team = {m.user_id for m in team}
        owner = self.data.detail.row.owner if self.data.detail is not None else None
        self.colleague.clear()
        for person in self.data.colleagues:
            if person.user_id in on_team or person.username == owner:
                continue
            # the brackets after the name as the window reads ("(team) name" right to
            # left), not where a Latin name's own direction puts them
            where = f" ({isolated(person.team)})" if person.team else ""
            self.colleague.addItem(isolated(person.name) + where, person.user_id.hex)
        editable = self.deal_id is not None
        for widget in (self.colleague, self.team_role, self.add_member_button):
            widget.setEnabled(editable and self.colleague.count() > 0)
        self.team_note.setText(
            self.tr("Save the deal first; then add colleagues to its team.") if not editable
            else self.tr("No one else is on this deal yet.") if not team
            else self.tr("They see this deal, its company and contacts, and log "
                         "activities on it."))

    def add_member(self) -> None:
        """Put the picked colleague on the deal's team with the picked role."""
        if self.deal_id is None or self.colleague.currentData() is None:
            return
        deal_id = self.deal_id
        user_id = uuid.UUID(self.colleague.currentData())
        role = TeamRole(self.team_role.currentData())
        self._team_command(lambda app: deals.add_to_team(app, deal_id, user_id, role))

    def remove_member(self, user_id: uuid.UUID) -> None:
        if self.deal_id is None:
            return
        deal_id = self.deal_id
        self._team_command(lambda app: deals.remove_from_team(app, deal_id, user_id))

    def _team_command(self, do: Callable[[Context], Done[Any]]) -> None:
        self.team_error.clear()
        deal_id = self.deal_id
        assert deal_id is not None

        def reload(_value: object) -> None:
            self._ctx.read(lambda s: deal_team.deal_team(s, deal_id), self._show_team)

        def failed(exc: BaseException) -> None:
            self.team_error.setText(refusal_words(exc) if isinstance(exc, Refused | NotFound)
                                    else self.tr("Not saved: {0}").format(exc))

        self._ctx.command(do, reload, failed)

    # ---- layout helpers ---------------------------------------------------------------
    def _row(self, *widgets: QWidget) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch(1)
        return box

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setFont(scaled(self.font(), 0, bold=True))
        label.setContentsMargins(0, 6, 0, 0)
        return label

    # ---- what the form holds ----------------------------------------------------------
    def current_stage(self) -> OpportunityStage:
        return OpportunityStage(self.stage.currentData())

    def unit(self) -> int:
        """Minor units per unit of the currency typed (100 for one not known)."""
        return minor_per_unit(self.currency.currentText().strip())

    def amount_minor(self) -> int | None:
        value = round(self.amount.value() * self.unit())
        return value or None  # the box's "not set"

    def set_amount(self, minor: int | None) -> None:
        filling, self._filling = self._filling, True
        self.amount.setValue((minor or 0) / self.unit())
        self._filling = filling

    def expected_close(self) -> date | None:
        return _pydate(self.close_date.date()) if self.has_close.isChecked() else None

    def competitor_names(self) -> tuple[str, ...]:
        return tuple(name.strip() for name in self.competitors.text().split(",")
                     if name.strip())

    def lines(self) -> tuple[Line, ...]:
        unit = self.unit()
        return tuple(line for row in self.line_rows if (line := row.line(unit)) is not None)

    def _values(self) -> dict[str, object]:
        return {"name": self.name.text(), "stage": self.current_stage(),
                "amount": self.amount_minor(),
                "currency": self.currency.currentText().strip().upper(),
                "expected_close": self.expected_close(),
                "next_step": self.next_step.text().strip(),
                "competitors": self.competitor_names(),
                "committed": self.committed.isChecked(),
                "loss_reason": self.loss_reason.text().strip()}

    def edit(self) -> DealEdit:
        """What to send: for a new deal all it holds; for a deal, what the user changed."""
        now = self._values()
        new = self.deal_id is None
        fields = {name: value for name, value in now.items()
                  if new or value != self._initial[name]}
        if now["stage"] is not OpportunityStage.LOST:
            fields.pop("loss_reason", None)  # kept only on a lost deal
        if self.follow.isChecked():
            fields.pop("amount", None)  # the lines' total, worked out as they are saved
        stage_moved = now["stage"] != self._initial["stage"]
        if self._probability_typed and (
                new or stage_moved or self.probability.value() != self._initial_probability):
            fields["probability"] = self.probability.value()
        lines = self.lines()
        follow = self.follow.isChecked()
        if new:
            return DealEdit(fields, lines or None, follow)
        edited = lines != self._initial_lines or follow != self._initial_follow
        return DealEdit(fields, lines if edited else None, follow)

    def facts(self) -> DealFacts:
        """The deal as the form holds it, for the playbook's conditions."""
        return DealFacts(self.amount_minor(), self.expected_close(),
                         self.next_step.text(), len(self.lines()), self.data.roles,
                         self.data.meetings, self.competitor_names())

    # ---- following the user's typing -------------------------------------------------
    def _stage_changed(self, _index: int) -> None:
        if not self._probability_typed:
            # the stage's default, or what the deal had if the user goes back to its stage
            stage = self.current_stage()
            value = (self._initial_probability if stage is self._initial_stage and
                     self.deal_id is not None else self.data.book[stage].probability)
            self._filling = True
            self.probability.setValue(value)
            self._filling = False
        self._show_stage()
        self._refresh()

    def _probability_changed(self, _value: int) -> None:
        if not self._filling:
            self._probability_typed = True
        self._show_stage()

    def _amount_typed(self, _value: float) -> None:
        if not self._filling and self.follow.isChecked():
            self._filling = True
            self.follow.setChecked(False)  # typed: no longer the lines' total
            self._filling = False
        self._refresh()

    def _follow_toggled(self, checked: bool) -> None:
        if checked and not self._filling:
            self.set_amount(rules.lines_total(self.lines()) or None)
        self._refresh()

    def _currency_changed(self, _text: str) -> None:
        self._set_decimals()
        self.lines_changed()

    def _close_changed(self, _value: QDate) -> None:
        if not self._filling:
            self.has_close.setChecked(True)  # a date picked is a date meant
        self._refresh()

    def _set_decimals(self) -> None:
        places = DECIMALS.get(self.currency.currentText().strip().upper(), 2)
        filling, self._filling = self._filling, True
        self.amount.setDecimals(places)
        for row in self.line_rows:
            row.price.setDecimals(places)
        self._filling = filling

    def lines_changed(self) -> None:
        unit = self.unit()
        code = self.currency.currentText().strip().upper()
        for row in self.line_rows:
            line = row.line(unit)
            row.total.setText(format_money(line.quantity * line.unit_price, code)
                              if line else "")
        total = rules.lines_total(self.lines())
        self.lines_total.setText(self.tr("Products' total: {0}").format(
            format_money(total, code)) if self.line_rows else "")
        if self.follow.isChecked():
            self.set_amount(total or None)
        self._refresh()

    def add_line(self, product_id: uuid.UUID | None = None, quantity: int = 1,
                 unit_price: int | None = None) -> _LineRow:
        row = _LineRow(self, self.data.products)
        row.price.setDecimals(DECIMALS.get(self.currency.currentText().strip().upper(), 2))
        if product_id is None:
            # the first product not on the deal yet, at its list price
            taken = {line.product_id for line in self.lines()}
            product = next((p for p in self.data.products if p.id not in taken),
                           self.data.products[0])
            product_id, unit_price = product.id, product.list_price
        row.set(product_id, quantity, unit_price or 0, self.unit())
        self.line_rows.append(row)
        at = self.lines_grid.rowCount()
        for col, widget in enumerate(row.widgets()):
            self.lines_grid.addWidget(widget, at, col)
        self.lines_changed()
        return row

    def remove_line(self, row: _LineRow) -> None:
        self.line_rows.remove(row)
        for widget in row.widgets():
            self.lines_grid.removeWidget(widget)
            widget.deleteLater()
        self.lines_changed()

    # ---- what is shown beside the form -----------------------------------------------
    def _show_stage(self) -> None:
        stage = self.current_stage()
        self.loss_label.setVisible(stage is OpportunityStage.LOST)
        self.loss_reason.setVisible(stage is OpportunityStage.LOST)
        default = self.data.book[stage].probability
        self.probability_note.setText(
            self.tr("the stage's default") if self.probability.value() == default else
            self.tr("set for this deal (the stage's default is {0} %)").format(default))

    def _refresh(self) -> None:
        """The playbook beside the stage, its conditions read from the form."""
        stage = self.current_stage()
        book = self.data.book[stage]
        facts = self.facts()
        ok, bad, amber = ok_color(self).name(), error_color(self).name(), \
            warning_color(self).name()
        head = self.tr("{0}: {1} % by default").format(word(STAGE_LABELS[stage]), book.probability)
        if stage in OPEN_STAGES and book.stuck_days:
            head += self.tr("; stuck after {0} days").format(book.stuck_days)
        parts = [f"<b>{html.escape(head)}</b>"]
        if book.todo:
            todo = html.escape(self.tr("What to do"))
            parts.append(f"<b>{todo}:</b> {html.escape(word(book.todo))}")
        if stage in OPEN_STAGES and book.exit_conditions:
            items = "".join(
                f"<br>&nbsp;&nbsp;<span style='color:{ok}'>✓</span> "
                f"{html.escape(word(CONDITION_LABELS[c]))}" if rules.condition_met(c, facts) else
                f"<br>&nbsp;&nbsp;<span style='color:{bad}'>✗</span> "
                f"{html.escape(word(CONDITION_LABELS[c]))}" for c in book.exit_conditions)
            leave = html.escape(self.tr("To move on from it"))
            parts.append(f"<b>{leave}:</b>{items}")
        if self.deal_id is not None:
            unmet = rules.unmet_conditions(self._initial_stage, stage, facts, self.data.book)
            if unmet:
                items = "".join(f"<li>{html.escape(u.text)}</li>" for u in unmet)
                warn = html.escape(self.tr("Moving here leaves unmet (you will be asked):"))
                parts.append(f"<span style='color:{amber}'><b>{warn}</b></span>"
                             f"<ul style='margin:0'>{items}</ul>")
        self.playbook.setText("<br>".join(parts))

    def _history_html(self) -> str:
        detail = self.data.detail
        if detail is None:
            return html.escape(self.tr("A new deal: its stage, amount and close date are "
                                       "kept here as they change."))
        if not detail.history:
            return html.escape(self.tr("No changes kept yet."))
        code = detail.row.currency
        red, grey = error_color(self).name(), muted(self).name()
        out = []
        if detail.slip.slipped:
            out.append(f"<p style='color:{red}'><b>" + html.escape(self.tr(
                "Slipped {0} time(s), {1} days in all").format(
                    detail.slip.times, detail.slip.days)) + "</b></p>")

        def shown(field: DealField, value: str | None) -> str:
            if value is None:
                return self.tr("none")
            if field is DealField.STAGE:
                return word(STAGE_LABELS.get(OpportunityStage(value), value))
            if field is DealField.AMOUNT:
                return format_money(int(value), code)
            if field is DealField.EXPECTED_CLOSE:
                return day_text(date.fromisoformat(value))
            return value

        labels = {DealField.STAGE: self.tr("Stage"), DealField.AMOUNT: self.tr("Amount"),
                  DealField.EXPECTED_CLOSE: self.tr("Expected close")}
        for change in reversed(detail.history):
            what = (f"{labels[change.field]}: {shown(change.field, change.old)} {forward()} "
                    f"{shown(change.field, change.new)}" if change.old is not None else
                    f"{labels[change.field]}: {shown(change.field, change.new)}")
            note = ""
            if change.field is DealField.EXPECTED_CLOSE and change.old and change.new:
                moved = (date.fromisoformat(change.new) - date.fromisoformat(change.old)).days
                if moved > 0:
                    note = (f" <b style='color:{red}'>" + html.escape(self.tr(
                        "slipped {0} days").format(moved)) + "</b>")
            who = change.by or self.tr("someone")
            out.append(f"<div><span style='color:{grey}'>{html.escape(_local(change.at))} · "
                       f"{html.escape(who)}</span><br>{html.escape(what)}{note}</div>")
        return "".join(out)

    # ---- saving -----------------------------------------------------------------------
    def accept(self) -> None:
        if self.read_only:
            self.reject()  # nothing of it is the user's to save
            return
        edit = self.edit()
        if self.deal_id is not None and edit.empty:
            QDialog.accept(self)  # left alone: nothing to send
            return
        self._send(edit, confirmed=False)

    def _send(self, edit: DealEdit, confirmed: bool) -> None:
        account_id, deal_id = self.data.account_id, self.deal_id
        self.submit(lambda app: deals.save_deal(app, account_id, deal_id, edit,
                                                confirmed=confirmed),
                    lambda saved: self._saved(edit, saved))

    def _saved(self, edit: DealEdit, saved: deals.Saved) -> str | None:
        if saved.deal_id is not None:
            self.saved_id = saved.deal_id
            return None
        self._ask(edit, saved.unmet)
        return self.tr("Not saved: moving to {0} leaves unmet: {1}.").format(
            word(STAGE_LABELS[self.current_stage()]), "; ".join(u.text for u in saved.unmet))

    def _ask(self, edit: DealEdit, unmet: tuple[Unmet, ...]) -> None:
        """Name the unmet conditions; save (moved) only if the user says so."""
        items = "".join(f"<li>{html.escape(u.text)}</li>" for u in unmet)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Move on past the playbook?"),
                          self.tr("Moving this deal to <b>{0}</b> leaves these unmet:")
                          .format(html.escape(word(STAGE_LABELS[self.current_stage()])))
                          + f"<ul>{items}</ul>" + self.tr("Move it anyway?"),
                          QMessageBox.StandardButton.Cancel, self)
        yes = box.addButton(self.tr("Move anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(_result: int) -> None:
            self.confirm_box = self.confirm_yes = None
            if box.clickedButton() is yes:
                self._send(edit, confirmed=True)

        box.finished.connect(answered)
        self.confirm_box, self.confirm_yes = box, yes
        box.open()
