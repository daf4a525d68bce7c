"""The card's contracts section: each contract with what is paid, still due and overdue,
its next instalment (an overdue one in red with how many days late), an overpayment in
red (two laptops offline each recorded its last payment: a lead sorts it out), a schedule
adding up to more than the contract in red (the server keeps every instalment), and the
buttons that record a new contract or a payment. It loads itself when the selection or the
account's contracts change, so the card only places it."""

from __future__ import annotations

import html
import uuid
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from crmdesk.app import rights
from crmdesk.app.changes import ACCOUNT, CONTRACTS, DEALS, Changes
from crmdesk.domain.contracts import days_late
from crmdesk.store.contract_queries import PayableContract, payable_contracts
from crmdesk.ui.card_lists import MORE, more_link, visible_part
from crmdesk.ui.context import AppContext
from crmdesk.ui.formats import day_text, short_money_text
from crmdesk.ui.words import tr

RED = "#c62828"
#: Contracts the card lists before "and N more" (those with money overdue come first).
SHOWN = 2


def contract_html(item: PayableContract, today: date, pays: bool = True) -> str:
    """One contract as the card shows it: number, signing, term and deal; then paid /
    due / overdue; then the next instalment (overdue ones first, in red); and, for one
    who records payments (`pays`), the link to record one."""
    row, money = item.row, item.row.figures
    code = row.currency

    def cash(amount: int) -> str:
        return short_money_text(amount, code)

    head = [f"<b>{html.escape(row.number)}</b>",
            tr("signed {0}").format(day_text(row.signed_on))]
    if row.term_months:
        head.append(tr("%n month(s) to {0}", "", row.term_months).format(day_text(row.ends_on))
                    if row.ends_on else tr("%n month(s)", "", row.term_months))
    if row.deal:
        head.append(tr("from {0}").format(html.escape(row.deal)))
    figures = [tr("Paid <b>{0}</b> of {1}").format(cash(money.paid), cash(money.amount))]
    if money.due:
        figures.append(tr("due {0}").format(cash(money.due)))
    if money.overdue:
        figures.append(f"<span style='color:{RED}'><b>"
                       + tr("overdue {0}").format(cash(money.overdue)) + "</b></span>")
    lines = [" · ".join(head), " · ".join(figures)]
    overdue = [i for i in item.instalments if i.state.overdue]
    for inst in overdue:
        late = days_late(inst.state.due_on, today)
        lines.append(f"<span style='color:{RED}'>⚠ " + tr(
            "{0} overdue since {1} · %n day(s) late · instalment {2} of {3}", "", late).format(
            cash(inst.state.outstanding), day_text(inst.state.due_on), inst.position, inst.of)
            + "</span>")
    if money.overpaid:
        lines.append(f"<span style='color:{RED}'>⚠ " + tr(
            "Overpaid by {0}: the payments add up to more than the contract; check for one "
            "recorded twice").format(cash(money.overpaid)) + "</span>")
    if money.overscheduled:
        lines.append(f"<span style='color:{RED}'>⚠ " + tr(
            "The instalments add up to {0}, {1} more than the contract; check for one "
            "recorded twice").format(cash(money.amount + money.overscheduled),
                                     cash(money.overscheduled)) + "</span>")
    upcoming = next((i for i in item.instalments
                     if i.state.outstanding and not i.state.overdue), None)
    if upcoming is not None:
        label = f" ({html.escape(upcoming.label)})" if upcoming.label else ""
        lines.append(tr("Next: {0} on {1} · instalment {2} of {3}").format(
            cash(upcoming.state.outstanding), day_text(upcoming.state.due_on),
            upcoming.position, upcoming.of) + label)
    elif not money.due and not money.overpaid:
        lines.append("<span style='color:#2e7d32'>" + tr("Paid in full") + "</span>")
    link = (f" <a href='pay:{row.id.hex}'>" + tr("Record payment…") + "</a>"
            if money.due and pays else "")
    return "<br>".join(lines) + link


class ContractsSection(QWidget):
    """The open account's contracts with their money, and what can be recorded."""

    loaded = Signal()
    #: "contract", or "payment" with the contract id (None: the dialog chooses)
    record_requested = Signal(str, object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.account_id: uuid.UUID | None = None
        self.items: list[PayableContract] = []
        self.is_loaded = True
        #: why the user may not change the company (nothing new recorded), or None
        self.locked: str | None = None
        self.expanded = False  # "and N more" was clicked on this account
        self.new_contract = QPushButton(self.tr("New contract…"))
        self.new_contract.setToolTip(self.tr("A signed contract and its payment schedule, "
                                             "from a won deal or for the company."))
        self.new_payment = QPushButton(self.tr("Record payment…"))
        self.new_payment.setToolTip(self.tr("Money received against an instalment."))
        self.list = QLabel()
        self.list.setTextFormat(Qt.TextFormat.RichText)
        self.list.setWordWrap(True)
        self.list.linkActivated.connect(self._link)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.new_contract)
        bar.addWidget(self.new_payment)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(bar)
        self.new_contract.clicked.connect(lambda: self.record_requested.emit("contract", None))
        self.new_payment.clicked.connect(lambda: self.record_requested.emit("payment", None))
        ctx.selection.account_changed.connect(self.show_account)
        ctx.bus.changed.connect(self._on_changes)

    def show_account(self, account_id: uuid.UUID | None) -> None:
        if account_id != self.account_id:
            self.expanded = False
        self.account_id = account_id
        if account_id is None:
            self._show(None, [])
            return
        self.is_loaded = False
        today = self._ctx.today()
        self._ctx.read(lambda s: payable_contracts(s, account_id, today),
                       lambda items: self._show(account_id, items), key="card-contracts")

    def _on_changes(self, change: Changes) -> None:
        if self.account_id is not None and change.touches(self.account_id, CONTRACTS,
                                                          DEALS, ACCOUNT):
            self.show_account(self.account_id)

    def _show(self, account_id: uuid.UUID | None, items: list[PayableContract]) -> None:
        if account_id != self.account_id:
            return
        # money overdue or overpaid first, then money still due, then the paid-up (each
        # latest signed first, as the query gives them): what needs seeing to is first
        items = sorted(items, key=lambda i: (not (i.row.figures.overdue
                                                  or i.row.figures.overpaid),
                                             not i.row.figures.due))
        self.items = items
        self._fill()
        self.new_payment.setEnabled(self.locked is None and
                                    any(i.row.figures.due > 0 for i in items))
        self.is_loaded = True
        self.loaded.emit()

    def _fill(self) -> None:
        today = self._ctx.today()
        pays = rights.sells(self._ctx.user.role)  # customer service records none
        shown, hidden = visible_part(self.items, SHOWN, self.expanded)
        text = "<br><br>".join(contract_html(i, today, pays) for i in shown)
        if hidden:
            text += "<br>" + more_link(self.tr("and {0} more").format(hidden))
        self.list.setText(text or self.tr("No contracts yet."))

    def set_locked(self, why: str | None) -> None:
        """Offer new contracts and payments only when the company is the user's to
        change; `why` not: say so on the buttons."""
        self.locked = why
        self.new_contract.setEnabled(why is None)
        self.new_payment.setEnabled(why is None and any(i.row.figures.due > 0
                                                        for i in self.items))
        for button in (self.new_contract, self.new_payment):
            button.setToolTip(why or button.toolTip())
            button.setVisible(rights.sells(self._ctx.user.role))  # not customer service's

    def _link(self, href: str) -> None:
        if href.startswith("pay:") and self.locked is None:
            self.record_requested.emit("payment", uuid.UUID(href[4:]))
        elif href == MORE:
            self.expanded = True
            self._fill()
