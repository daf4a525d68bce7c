"""The contract dialog (number, signed on, amount, term and end, and a payment schedule
filled in one stroke or row by row; optionally from a won deal, prefilled with its
amount and products) and the payment dialog (against an instalment, at any time later).
Both run the deal commands (crmdesk.app.deals): a refusal shows the command's words and
keeps everything typed."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.app import deals
from crmdesk.domain.contracts import Fill, quick_schedule
from crmdesk.domain.currencies import DECIMALS, clean_currency, minor_per_unit
from crmdesk.domain.deals import Due, add_months, contract_end
from crmdesk.store.contract_queries import (
    Instalment,
    PayableContract,
    WonDeal,
    payable_contracts,
    won_deals,
)
from crmdesk.store.deal_writes import ContractIn
from crmdesk.ui.context import AppContext
from crmdesk.ui.dialogs import CommandDialog, buttons
from crmdesk.ui.formats import day_text, short_money_text
from crmdesk.ui.wheel import ComboBox, DateEdit, DoubleSpinBox, SpinBox
from crmdesk.ui.words import tr

#: Currencies offered first (any ISO code may be typed).
CURRENCIES = ("CNY", "USD", "EUR", "HKD", "GBP", "JPY")


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _date_box(day: date) -> DateEdit:
    """A date picker written as the card writes dates (the locale's, the year in full)."""
    box = DateEdit(qdate(day))
    box.setCalendarPopup(True)
    return box


def _money_box() -> DoubleSpinBox:
    box = DoubleSpinBox()
    # wide open: the command, not the widget, says what is too much (in its words)
    box.setRange(0, 1e13)
    box.setDecimals(2)
    box.setGroupSeparatorShown(True)
    return box


def to_minor(value: float, currency: str) -> int:
    return round(value * minor_per_unit(clean_currency(currency) or "CNY"))


def from_minor(amount: int, currency: str) -> float:
    return amount / minor_per_unit(clean_currency(currency) or "CNY")


class DueRow(QWidget):
    """One typed instalment: due date, amount, what people call it, and ×."""

    def __init__(self, due: Due, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.due_on = _date_box(due.due_on)
        self.amount = _money_box()
        self.amount.setValue(from_minor(due.amount, currency))
        self.label = QLineEdit(due.label or "")
        self.label.setPlaceholderText(self.tr("e.g. Deposit"))
        self.remove = QPushButton("×")
        self.remove.setToolTip(self.tr("Remove this instalment"))
        self.remove.setFixedWidth(28)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.due_on)
        layout.addWidget(self.amount, 1)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.remove)

    def due(self, currency: str) -> Due:
        return Due(pydate(self.due_on.date()), to_minor(self.amount.value(), currency),
                   self.label.text().strip() or None)


class ContractDialog(CommandDialog):
    """A signed contract with its payment schedule, from a won deal or for the account."""

    def __init__(self, ctx: AppContext, account_id: uuid.UUID, account_name: str = "",
                 parent: QWidget | None = None, deal_id: uuid.UUID | None = None) -> None:
        super().__init__(ctx, parent)
        self._account_id = account_id
        self.created: uuid.UUID | None = None
        today = ctx.today()
        self.setWindowTitle(self.tr("New contract — {0}").format(account_name)
                            if account_name else self.tr("New contract"))
        self.won: list[WonDeal] = ctx.read_now(lambda s: won_deals(s, account_id))
        self.deal = ComboBox()
        self.deal.addItem(self.tr("None: straight from the account"), None)
        for won in self.won:
            text = won.name + (f" · {short_money_text(won.amount, won.currency)}"
                               if won.amount is not None else "")
            if won.contracts:
                text += self.tr(" (has a contract)")
            self.deal.addItem(text, won.id.hex)  # Qt finds strings by value
        self.products = QLabel()
        self.products.setWordWrap(True)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("e.g. C-2026-014"))
        self.signed = _date_box(today)
        self.amount = _money_box()
        self.currency = ComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency.setFixedWidth(80)
        self.term = SpinBox()
        self.term.setRange(0, 600)
        self.term.setSuffix(self.tr(" months"))
        self.term.setSpecialValueText(self.tr("no fixed term"))
        self.term.setValue(12)
        self.ends = _date_box(today)
        self._end_typed = False

        # the schedule: quick fills over typed rows
        self.one = QPushButton(self.tr("One payment"))
        self.parts = SpinBox()
        self.parts.setRange(2, 60)
        self.parts.setValue(3)
        self.parts.setSuffix(self.tr(" instalments"))
        self.monthly = QPushButton(self.tr("Equal, monthly"))
        self.add_row = QPushButton(self.tr("Add instalment"))
        self.rows: list[DueRow] = []
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(4)
        self.total = QLabel()
        head = QGridLayout()
        for col, text in enumerate((self.tr("Due on"), self.tr("Amount"), self.tr("Label"))):
            title = QLabel(f"<small>{text}</small>")
            head.addWidget(title, 0, col)
        fills = QHBoxLayout()
        fills.addWidget(QLabel(self.tr("Fill:")))
        fills.addWidget(self.one)
        fills.addWidget(self.parts)
        fills.addWidget(self.monthly)
        fills.addStretch(1)
        fills.addWidget(self.add_row)
        schedule = QFrame()
        schedule.setFrameShape(QFrame.Shape.StyledPanel)
        schedule_layout = QVBoxLayout(schedule)
        schedule_layout.addLayout(fills)
        schedule_layout.addLayout(head)
        schedule_layout.addLayout(self.rows_box)
        schedule_layout.addWidget(self.total)

        note = QLabel(self.tr("The account becomes Contracted once a payment on a contract is "
                              "received; the sale is credited to the deal's owner on the day "
                              "each payment arrives, not when the contract is typed in."))
        note.setWordWrap(True)
        note.setStyleSheet("color: gray;")
        money = QHBoxLayout()
        money.addWidget(self.amount, 1)
        money.addWidget(self.currency)
        term = QHBoxLayout()
        term.addWidget(self.term, 1)
        term.addWidget(QLabel(self.tr("ends")))
        term.addWidget(self.ends, 1)
        form = QFormLayout(self)
        form.addRow(self.tr("From won deal"), self.deal)
        form.addRow("", self.products)
        form.addRow(self.tr("Contract number"), self.number)
        form.addRow(self.tr("Signed on"), self.signed)
        form.addRow(self.tr("Amount"), money)
        form.addRow(self.tr("Term"), term)
        form.addRow(self.tr("Payment schedule"), schedule)
        form.addRow(note)
        form.addRow(self.error)
        form.addRow(buttons(self, self.tr("Record contract")))

        self.deal.currentIndexChanged.connect(self._deal_chosen)
        self.signed.dateChanged.connect(self._follow_term)
        self.term.valueChanged.connect(self._follow_term)
        self.ends.dateChanged.connect(self._end_edited)
        self.amount.valueChanged.connect(self._show_total)
        self.currency.currentTextChanged.connect(self._currency_changed)
        self.one.clicked.connect(lambda: self.fill(Fill.ONE))
        self.monthly.clicked.connect(lambda: self.fill(Fill.MONTHLY, self.parts.value()))
        self.add_row.clicked.connect(self._add_typed_row)
        self._follow_term()
        if deal_id is not None and self.deal.findData(deal_id.hex) >= 0:
            self.deal.setCurrentIndex(self.deal.findData(deal_id.hex))
        else:
            self._deal_chosen()
        self.resize(640, 0)

    # ---- fields that follow others ------------------------------------------------------
    def chosen_deal(self) -> WonDeal | None:
        deal_hex = self.deal.currentData()
        return next((w for w in self.won if w.id.hex == deal_hex), None)

    def _deal_chosen(self) -> None:
        won = self.chosen_deal()
        if won is None:
            self.products.setText("")
            self.products.hide()
            return
        self.currency.setCurrentText(won.currency)
        if won.amount is not None:
            self.amount.setValue(from_minor(won.amount, won.currency))
        self.products.setText(self.tr("Products: {0}").format(won.products)
                              if won.lines else self.tr("No products on the deal."))
        self.products.show()
        if won.amount and len(self.rows) <= 1:  # a typed schedule stays
            self.fill(Fill.ONE)

    def _follow_term(self) -> None:
        months = self.term.value()
        self.ends.setEnabled(months > 0)
        if months and not self._end_typed:
            end = contract_end(pydate(self.signed.date()), months)
            assert end is not None
            self.ends.blockSignals(True)
            self.ends.setDate(qdate(end))
            self.ends.blockSignals(False)

    def _end_edited(self) -> None:
        self._end_typed = True  # the user's end date stays when the term changes

    def _currency_changed(self) -> None:
        places = DECIMALS.get(clean_currency(self.currency.currentText()), 2)
        for box in [self.amount, *(row.amount for row in self.rows)]:
            box.setDecimals(places)
        self._show_total()

    # ---- the schedule -----------------------------------------------------------------
    def code(self) -> str:
        return clean_currency(self.currency.currentText())

    def minor_amount(self) -> int:
        return to_minor(self.amount.value(), self.code())

    def fill(self, how: Fill, parts: int = 1) -> None:
        """Replace the rows by a quick fill of the amount from the signing date."""
        self.set_schedule(quick_schedule(how, self.minor_amount(),
                                         pydate(self.signed.date()), parts))

    def set_schedule(self, schedule: list[Due]) -> None:
        for row in self.rows:
            self._drop(row)
        self.rows = []
        for due in schedule:
            self._add_row(due)
        self._show_total()

    def _add_row(self, due: Due) -> DueRow:
        row = DueRow(due, self.code(), self)
        row.amount.valueChanged.connect(self._show_total)
        row.remove.clicked.connect(lambda: self._remove_row(row))
        self.rows.append(row)
        self.rows_box.addWidget(row)
        return row

    def _add_typed_row(self) -> None:
        """A new row a month after the last, for what is still unscheduled."""
        schedule = self.schedule()
        last = schedule[-1].due_on if schedule else pydate(self.signed.date())
        rest = max(0, self.minor_amount() - sum(d.amount for d in schedule))
        self._add_row(Due(add_months(last, 1) if schedule else last, rest))
        self._show_total()

    def _remove_row(self, row: DueRow) -> None:
        self.rows.remove(row)
        self._drop(row)
        self._show_total()

    def _drop(self, row: DueRow) -> None:
        self.rows_box.removeWidget(row)
        row.hide()  # gone from view now, deleted once Qt is back in its loop
        row.deleteLater()

    def schedule(self) -> list[Due]:
        return [row.due(self.code()) for row in self.rows]

    def _show_total(self) -> None:
        code, amount = self.code(), self.minor_amount()
        total = sum(d.amount for d in self.schedule())
        if not self.rows:
            self.total.setText(self.tr("No schedule: the whole amount is due on signing."))
            self.total.setStyleSheet("color: gray;")
            return
        count = (self.tr("1 instalment") if len(self.rows) == 1 else
                 self.tr("{0} instalments").format(len(self.rows)))
        text = self.tr("{0}, {1} of {2}").format(count, short_money_text(total, code),
                                                short_money_text(amount, code))
        if total != amount:
            text += " — " + (self.tr("{0} still to schedule").format(
                short_money_text(amount - total, code)) if total < amount else
                self.tr("{0} too much").format(short_money_text(total - amount, code)))
        self.total.setText(text)
        self.total.setStyleSheet("" if total == amount else "color: #c62828;")

    # ---- saving -----------------------------------------------------------------------
    def values(self) -> ContractIn:
        term = self.term.value() or None
        return ContractIn(
            number=self.number.text(), signed_on=pydate(self.signed.date()),
            amount=self.minor_amount(), currency=self.code(), term_months=term,
            ends_on=pydate(self.ends.date()) if term else None,
            schedule=tuple(self.schedule()),
            deal_id=uuid.UUID(self.deal.currentData()) if self.deal.currentData() else None)

    def accept(self) -> None:
        account_id, contract = self._account_id, self.values()

        def created(contract_id: uuid.UUID) -> None:
            self.created = contract_id

        self.submit(lambda app: deals.record_contract(app, account_id, contract), created)


def instalment_text(inst: Instalment, currency: str) -> str:
    """ "Instalment 2 of 3 · Deposit · due 2026-11-02 · ¥20,000 outstanding" """
    bits = [tr("Instalment {0} of {1}").format(inst.position, inst.of)]
    if inst.label and inst.label.casefold() != bits[0].casefold():
        bits.append(inst.label)
    bits.append(tr("due {0}").format(day_text(inst.state.due_on)))
    if inst.state.outstanding:
        bits.append(tr("{0} outstanding").format(short_money_text(inst.state.outstanding,
                                                                 currency)))
    else:
        bits.append(tr("paid"))
    return " · ".join(bits)


class PaymentDialog(CommandDialog):
    """Money received on a contract, against one of its instalments: by default the
    earliest still outstanding, for what is still due on it."""

    def __init__(self, ctx: AppContext, account_id: uuid.UUID,
                 parent: QWidget | None = None, contract_id: uuid.UUID | None = None
                 ) -> None:
        super().__init__(ctx, parent)
        today = ctx.today()
        self.setWindowTitle(self.tr("Record payment"))
        # only contracts with money still due: a paid-up one takes no more
        self.payable: list[PayableContract] = [
            p for p in ctx.read_now(lambda s: payable_contracts(s, account_id, today))
            if p.row.figures.due > 0]
        self.contract = ComboBox()
        for item in self.payable:
            row = item.row
            self.contract.addItem(self.tr("{0} · {1} · {2} due").format(
                row.number, short_money_text(row.figures.amount, row.currency),
                short_money_text(row.figures.due, row.currency)), row.id.hex)
        self.instalment = ComboBox()
        self.received = _date_box(today)
        self.amount = _money_box()
        self.currency = QLabel()
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.RichText)
        money = QHBoxLayout()
        money.addWidget(self.amount, 1)
        money.addWidget(self.currency)
        form = QFormLayout(self)
        form.addRow(self.tr("Contract"), self.contract)
        form.addRow(self.tr("Instalment"), self.instalment)
        form.addRow("", self.state)
        form.addRow(self.tr("Received on"), self.received)
        form.addRow(self.tr("Amount"), money)
        form.addRow(self.error)
        self.box = buttons(self, self.tr("Record payment"))
        form.addRow(self.box)
        self.contract.currentIndexChanged.connect(self._contract_chosen)
        self.instalment.currentIndexChanged.connect(self._instalment_chosen)
        if contract_id is not None and self.contract.findData(contract_id.hex) >= 0:
            self.contract.setCurrentIndex(self.contract.findData(contract_id.hex))
        self._contract_chosen()
        self.resize(520, 0)

    def chosen(self) -> PayableContract | None:
        contract_hex = self.contract.currentData()
        return next((p for p in self.payable if p.row.id.hex == contract_hex), None)

    def chosen_instalment(self) -> Instalment | None:
        item, inst_hex = self.chosen(), self.instalment.currentData()
        if item is None:
            return None
        return next((i for i in item.instalments if i.state.id.hex == inst_hex), None)

    def _contract_chosen(self) -> None:
        item = self.chosen()
        self.instalment.blockSignals(True)
        self.instalment.clear()
        if item is not None:
            currency = item.row.currency
            self.currency.setText(currency)
            self.amount.setDecimals(DECIMALS.get(currency, 2))
            if not item.instalments:
                self.instalment.addItem(self.tr("No schedule: against the contract"), None)
            for inst in item.instalments:
                self.instalment.addItem(instalment_text(inst, currency), inst.state.id.hex)
            first = item.earliest_outstanding()
            if first is not None:
                self.instalment.setCurrentIndex(self.instalment.findData(first.state.id.hex))
        self.instalment.blockSignals(False)
        self._instalment_chosen()

    def _instalment_chosen(self) -> None:
        item, inst = self.chosen(), self.chosen_instalment()
        if item is None:
            return
        currency = item.row.currency
        due = inst.state.outstanding if inst is not None else item.row.figures.due
        self.amount.setValue(from_minor(due, currency))
        figures = item.row.figures
        bits = [self.tr("Paid {0} of {1}").format(short_money_text(figures.paid, currency),
                                                  short_money_text(figures.amount, currency))]
        if figures.overdue:
            bits.append("<span style='color:#c62828'>" + self.tr("{0} overdue").format(
                short_money_text(figures.overdue, currency)) + "</span>")
        self.state.setText(" · ".join(bits))

    def accept(self) -> None:
        item = self.chosen()
        if item is None:
            self.error.setText(self.tr("No contract of this company has money still due."))
            return
        inst = self.chosen_instalment()
        contract_id, currency = item.row.id, item.row.currency
        amount = to_minor(self.amount.value(), currency)
        received = pydate(self.received.date())
        instalment_id = inst.state.id if inst is not None else None
        self.submit(lambda app: deals.record_payment(app, contract_id, amount, received,
                                                     instalment_id, currency))
