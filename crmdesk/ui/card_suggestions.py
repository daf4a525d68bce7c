"""The card's loyalty stage and what to sell the company next: each suggestion
(repeat sale, up-sell, cross-sell) with its reason and a Create deal button, which makes
a deal for the product through the deal commands. Read on a worker (the first read
after a change to what customers bought counts them all again); the section reads and
refreshes on its own: the card only places it."""

from __future__ import annotations

import html
import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from crmdesk.app import rights, suggestions
from crmdesk.app.changes import ACCOUNT, CONTRACTS, DEALS, RELATIONS, Changes
from crmdesk.domain.currencies import format_money
from crmdesk.domain.suggestions import KIND_LABELS, Kind, Suggestion, deal_name, reason_words
from crmdesk.domain.value import Loyalty
from crmdesk.store import suggestion_queries
from crmdesk.store.review.value import LOYALTY_LABELS
from crmdesk.store.suggestion_queries import AccountSuggestions, LoyaltyFacts
from crmdesk.ui.context import AppContext
from crmdesk.ui.formats import number_text
from crmdesk.ui.style import error_color, muted, scaled
from crmdesk.ui.words import refusal_words, tr, word

#: The colour of each kind's mark, and of each loyalty stage's.
KIND_COLORS = {Kind.REPEAT: "#00838f", Kind.UP_SELL: "#6a1b9a", Kind.CROSS_SELL: "#2e7d32"}
STAGE_COLORS = {Loyalty.SUSPICION: "#78909c", Loyalty.EXPECTATION: "#0277bd",
                Loyalty.FIRST_PURCHASE: "#2e7d32", Loyalty.REPEAT_PURCHASE: "#1b5e20",
                Loyalty.ADVOCACY: "#e65100"}



def loyalty_words(facts: LoyaltyFacts) -> str:
    """Why the company is at its loyalty stage, in the user's words
    (crmdesk.domain.suggestions.loyalty_reason, worded for the window)."""
    stage = facts.stage
    bought = tr("%n purchase(s)", "", facts.purchases)
    if stage is Loyalty.ADVOCACY:
        return tr("{0} and referred %n company(ies) to us", "", facts.referrals).format(bought)
    if stage is Loyalty.REPEAT_PURCHASE:
        if facts.referrals:
            return tr("{0} so far; referred {1}, advocacy follows a repeat purchase").format(
                bought, number_text(facts.referrals))
        return tr("{0} so far; a referral would make it an advocate").format(bought)
    if stage is Loyalty.FIRST_PURCHASE:
        return tr("1 purchase so far; a second makes it a repeat customer")
    if stage is Loyalty.EXPECTATION:
        return tr("a two-way conversation, no purchase yet")
    return tr("no two-way conversation and no purchase yet")


def reason_text(suggestion: Suggestion) -> str:
    """Why a product is suggested, in the user's words (its figures as the domain
    counted them; what it says, translated)."""
    if not suggestion.figures:
        return suggestion.reason
    return reason_words(suggestion.kind, suggestion.figures, word)


class SuggestionsSection(QWidget):
    """LOYALTY & WHAT TO SELL NEXT: the stage with its reason, then each suggestion."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.account_id: uuid.UUID | None = None
        self.data: AccountSuggestions | None = None
        self.locked: str | None = None
        #: each suggestion's Create deal button, in the list's order
        self.buttons: list[QPushButton] = []
        self.is_loaded = True

        title = QLabel(self.tr("Loyalty & what to sell next").upper())
        title.setFont(scaled(self.font(), -1, bold=True))
        palette = title.palette()
        palette.setColor(QPalette.ColorRole.WindowText, muted(self))
        title.setPalette(palette)
        title.setContentsMargins(0, 8, 0, 0)
        self.stage = QLabel()
        self.stage.setTextFormat(Qt.TextFormat.RichText)
        self.stage.setWordWrap(True)
        self.rows = QWidget()
        self.rows_layout = QVBoxLayout(self.rows)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(4)
        self.note = QLabel()  # a deal made, or why none was
        self.note.setWordWrap(True)
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.stage)
        layout.addWidget(self.rows)
        layout.addWidget(self.note)
        ctx.selection.account_changed.connect(self.show_account)
        ctx.bus.changed.connect(self._on_changes)

    # ---- reading ------------------------------------------------------------------------
    def show_account(self, account_id: uuid.UUID | None) -> None:
        if account_id != self.account_id:
            self.note.hide()
        self.account_id = account_id
        if account_id is None:
            self._show(None, None)
            return
        self.is_loaded = False
        today = self._ctx.today()
        # in the background: the first read after a change to what customers bought
        # counts them all again (a second or more at 100k accounts), and must not hold
        # up the card, the timeline or the graph
        self._ctx.read(lambda s: suggestion_queries.for_account(s, account_id, today),
                       lambda found: self._show(account_id, found), key="card-suggestions",
                       background=True)

    def _on_changes(self, change: Changes) -> None:
        # its deals and contracts are what it bought; a link may be a referral
        if self.account_id is not None and change.touches(self.account_id, DEALS, CONTRACTS,
                                                          ACCOUNT, RELATIONS):
            self.show_account(self.account_id)

    def _show(self, account_id: uuid.UUID | None, found: AccountSuggestions | None) -> None:
        if account_id != self.account_id:
            return  # the user moved on meanwhile
        self.data = found
        self.is_loaded = True
        while self.rows_layout.count():
            item = self.rows_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = []
        if found is None:
            self.stage.setText("")
            return
        stage = found.loyalty.stage
        self.stage.setText(
            f"<b style='color:{STAGE_COLORS[stage]}'>"
            f"{html.escape(word(LOYALTY_LABELS[stage]))}</b> · "
            f"{html.escape(loyalty_words(found.loyalty))}")
        if not found.suggestions:
            empty = QLabel(self.tr("Nothing to suggest yet: suggestions come from what "
                                   "this company and similar customers bought."), self.rows)
            empty.setWordWrap(True)
            self.rows_layout.addWidget(empty)
            return
        for suggestion in found.suggestions:
            self.rows_layout.addWidget(self._row(suggestion, found))

    def _row(self, suggestion: Suggestion, found: AccountSuggestions) -> QWidget:
        # made inside the list (a widget without a parent that is shown becomes a window
        # of its own, which takes the focus from the main window)
        row = QWidget(self.rows)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        grey = muted(self).name()
        price = format_money(suggestion.unit_price * suggestion.quantity, suggestion.currency)
        text = QLabel(
            f"<span style='color:{KIND_COLORS[suggestion.kind]}'><b>"
            f"{html.escape(word(KIND_LABELS[suggestion.kind]))}</b></span> · "
            f"<b>{html.escape(suggestion.product)}</b>"
            f"{' × ' + str(suggestion.quantity) if suggestion.quantity > 1 else ''}"
            f" · {html.escape(price)}"
            f"<br><span style='color:{grey}'>{html.escape(reason_text(suggestion))}</span>",
            row)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        button = QPushButton(self.tr("Create deal"), row)
        under_way = suggestion.product_id in found.on_open_deals
        if under_way:
            button.setText(self.tr("On a deal"))
            button.setToolTip(self.tr("An open deal of this company has it already."))
        else:
            button.setToolTip(self.tr("A new deal “{0}” with this product's line").format(
                deal_name(suggestion)))
        button.setEnabled(not under_way and self.locked is None)
        button.setVisible(rights.sells(self._ctx.user.role))
        button.clicked.connect(lambda _c=False, s=suggestion: self.create_deal(s))
        self.buttons.append(button)
        line.addWidget(text, 1)
        line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    # ---- a suggestion becomes a deal ------------------------------------------------------
    def set_locked(self, why: str | None) -> None:
        """Offer deals only when the company is the user's to change."""
        self.locked = why
        under_way = self.data.on_open_deals if self.data is not None else frozenset()
        suggested = self.data.suggestions if self.data is not None else ()
        for button, suggestion in zip(self.buttons, suggested, strict=False):
            button.setEnabled(why is None and suggestion.product_id not in under_way)

    def create_deal(self, suggestion: Suggestion) -> None:
        """Make a deal of the suggestion at the company shown (one click)."""
        account_id = self.account_id
        if account_id is None or self.locked is not None:
            return
        for button in self.buttons:
            button.setEnabled(False)  # one deal a click, until the list is read again

        def done(_deal_id: uuid.UUID) -> None:
            self._say(self.tr("Deal “{0}” made: it is in Deals above.").format(
                deal_name(suggestion)), error=False)

        def failed(exc: BaseException) -> None:
            self._say(refusal_words(exc), error=True)
            self.show_account(account_id)

        self._ctx.command(lambda app: suggestions.make_deal(app, account_id, suggestion),
                          done, failed)

    def _say(self, text: str, error: bool) -> None:
        self.note.setText(text)
        self.note.setStyleSheet(f"color: {error_color(self).name()};" if error else "")
        self.note.show()
