"""The card's membership section: the customer's member card (number, holder), level,
points balance with what is still needed for the next level, the newest ledger entries
(who, when, why), and the buttons that issue a card, redeem points and adjust them (a
dialog asking why). It loads itself when the selection or the customer's membership
changes, so the card only places it."""

from __future__ import annotations

import html
import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.app import membership as mb
from crmdesk.app import rights
from crmdesk.app.changes import ACCOUNT, CONTACTS, CONTRACTS, MEMBERSHIP, Changes
from crmdesk.domain.local_time import local
from crmdesk.domain.membership import KIND_LABELS, POINTS_MAX, EntryKind, card_number
from crmdesk.store import membership as store
from crmdesk.store import queries as q
from crmdesk.store.membership import EntryRow, Membership
from crmdesk.ui.context import AppContext
from crmdesk.ui.dialogs import CommandDialog, buttons
from crmdesk.ui.formats import day_text, number_text, short_money_text
from crmdesk.ui.wheel import ComboBox, SpinBox
from crmdesk.ui.words import sentence, tr, word

RED, GREEN = "#c62828", "#2e7d32"


def membership_html(shown: Membership) -> str:
    """The customer's membership as the card shows it: card and holder; level, balance
    and the way to the next level; the newest entries, each with who and why."""
    card, now = shown.card, shown.standing
    if card is None:
        return tr("No member card yet.")
    head = [tr("Card <b>{0}</b>").format(html.escape(card.number))]
    if card.holder:
        head.append(tr("held by {0}").format(html.escape(card.holder)))
    if shown.cards > 1:
        head.append(tr("and %n more from a merge (their points count)", "", shown.cards - 1))
    standing = [tr("<b>%Ln</b> point(s)", "", now.balance)]
    if now.level is not None:
        standing.insert(0, f"<b>{html.escape(word(now.level.name))}</b>")
    if now.next is not None:
        standing.append(tr("{0} more to {1}").format(number_text(now.to_next),
                                                     html.escape(word(now.next.name))))
    lines = [" · ".join(head), " · ".join(standing)]
    for e in shown.entries:
        color = GREEN if e.points > 0 else RED
        who = html.escape(e.made_by or "—")
        reason = _payment_words(e) or e.reason
        why = f" — {html.escape(reason)}" if reason else ""
        points = f"<span style='color:{color}'>{'+' if e.points > 0 else ''}" \
                 f"{number_text(e.points)}</span>"
        lines.append(tr("{0} {1} {2} by {3}{4}").format(
            points, word(KIND_LABELS[e.kind]).lower(), day_text(local(e.made_at).date()), who,
            why))
    return "<br>".join(lines)


def _payment_words(e: EntryRow) -> str | None:
    """An earned entry's reason in the user's words: its payment (the stored reason is
    the English the store wrote when it earned; None: not such an entry)."""
    if e.kind is not EntryKind.EARNED or e.paid is None or e.currency is None \
            or e.received_on is None:
        return None
    paid, day = short_money_text(e.paid, e.currency), day_text(e.received_on)
    if e.contract:
        return tr("Payment {0} received {1} on contract {2}").format(paid, day, e.contract)
    return tr("Payment {0} received {1}").format(paid, day)


def member_line_html(shown: Membership | None) -> str | None:
    """The customer's membership at a glance, for the card's header: level, balance, the
    way to the next level, and a link down to the section (None: no card)."""
    if shown is None or shown.card is None:
        return None
    now = shown.standing
    bits = [tr("<b>%Ln</b> point(s)", "", now.balance)]
    if now.level is not None:
        bits.insert(0, f"<b>{html.escape(word(now.level.name))}</b>")
    if now.next is not None:
        bits.append(tr("{0} to {1}", "points to the next level").format(
            number_text(now.to_next), html.escape(word(now.next.name))))
    card = tr("card {0}").format(html.escape(shown.card.number))
    bits.append(f"<a href='membership'>{card}</a>")
    return "★ " + " · ".join(bits)


class MembershipSection(QWidget):
    """The open account's member card and points, and what can be done with them."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.account_id: uuid.UUID | None = None
        self.shown: Membership | None = None
        self.is_loaded = True
        self.locked: str | None = None
        self.dialog: CommandDialog | None = None
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.issue = QPushButton(self.tr("Issue card…"))
        self.issue.setToolTip(self.tr("A member card: payments earn points by the team's "
                                      "rule from now on."))
        self.redeem = QPushButton(self.tr("Redeem…"))
        self.redeem.setToolTip(self.tr("Spend points on a reward."))
        self.adjust = QPushButton(self.tr("Adjust…"))
        self.adjust.setToolTip(self.tr("Correct the points either way, saying why."))
        self.note = QLabel()  # what became of the SMS after a change
        self.note.setWordWrap(True)
        self.note.hide()
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for button in (self.issue, self.redeem, self.adjust):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addLayout(bar)
        layout.addWidget(self.note)
        self.issue.clicked.connect(self.ask_issue)
        self.redeem.clicked.connect(lambda: self.ask_points(redeem=True))
        self.adjust.clicked.connect(lambda: self.ask_points(redeem=False))
        ctx.selection.account_changed.connect(self.show_account)
        ctx.bus.changed.connect(self._on_changes)

    def show_account(self, account_id: uuid.UUID | None) -> None:
        if account_id != self.account_id:
            self.note.hide()
        self.account_id = account_id
        if account_id is None:
            self._show(None, None)
            return
        self.is_loaded = False
        self._ctx.read(lambda s: store.membership(s, account_id),
                       lambda shown: self._show(account_id, shown), key="card-membership")

    def _on_changes(self, change: Changes) -> None:
        if self.account_id is not None and change.touches(self.account_id, MEMBERSHIP,
                                                          CONTRACTS, ACCOUNT, CONTACTS):
            self.show_account(self.account_id)

    def _show(self, account_id: uuid.UUID | None, shown: Membership | None) -> None:
        if account_id != self.account_id:
            return
        self.shown = shown
        self.text.setText(membership_html(shown) if shown is not None else "")
        self._enable()
        self.is_loaded = True
        self.loaded.emit()

    def _enable(self) -> None:
        has_card = self.shown is not None and self.shown.card is not None
        sells = rights.sells(self._ctx.user.role)  # customer service sees, changes nothing
        self.issue.setVisible(sells and not has_card)
        for button in (self.redeem, self.adjust):
            button.setVisible(sells and has_card)
        for button in (self.issue, self.redeem, self.adjust):
            button.setEnabled(self.locked is None)
        self.redeem.setEnabled(self.locked is None and self.shown is not None
                               and self.shown.standing.balance > 0)

    def set_locked(self, why: str | None) -> None:
        """Offer changes only when the company is the user's to change."""
        self.locked = why
        for button in (self.issue, self.redeem, self.adjust):
            if why:
                button.setToolTip(why)
        self._enable()

    def said(self, sms: str | None) -> None:
        """Show what became of the points SMS after a change (nothing: none is sent)."""
        self.note.setText(sentence(sms) if sms else "")
        self.note.setVisible(bool(sms))

    def ask_issue(self) -> None:
        if self.account_id is None:
            return
        self.dialog = IssueCardDialog(self._ctx, self.account_id, self)
        self.dialog.open()

    def ask_points(self, redeem: bool) -> None:
        if self.account_id is None or self.shown is None:
            return
        self.dialog = PointsDialog(self._ctx, self.account_id, self.shown.standing.balance,
                                   redeem, self)
        self.dialog.open()


class PointsDialog(CommandDialog):
    """Redeem points (no more than the balance) or adjust them either way, with why."""

    def __init__(self, ctx: AppContext, account_id: uuid.UUID, balance: int, redeem: bool,
                 section: MembershipSection) -> None:
        super().__init__(ctx, section)
        self.account_id, self.redeeming, self.section = account_id, redeem, section
        self.setWindowTitle(self.tr("Redeem points") if redeem else self.tr("Adjust points"))
        self.points = SpinBox()
        self.points.setRange(1 if redeem else -POINTS_MAX, max(balance, 1) if redeem
                             else POINTS_MAX)
        self.points.setGroupSeparatorShown(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("What for: a reward, a gift…") if redeem
                                       else self.tr("Why: a correction, a goodwill gesture…"))
        form = QFormLayout(self)
        form.addRow(self.tr("Balance"), QLabel(number_text(balance)))
        form.addRow(self.tr("Points to redeem") if redeem else self.tr("Points (+/−)"),
                    self.points)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.error)
        form.addRow(buttons(self, self.tr("Redeem") if redeem else self.tr("Adjust")))
        self.resize(420, 0)

    def accept(self) -> None:
        account, points, reason = self.account_id, self.points.value(), self.reason.text()
        if self.redeeming:
            self.submit(lambda app: mb.redeem(app, account, points, reason), self._done)
        else:
            self.submit(lambda app: mb.adjust(app, account, points, reason), self._done)

    def _done(self, written: store.Written) -> None:
        self.section.said(written.sms)


class IssueCardDialog(CommandDialog):
    """Issue the customer a card: its number (derived unless typed) and its holder."""

    def __init__(self, ctx: AppContext, account_id: uuid.UUID,
                 section: MembershipSection) -> None:
        super().__init__(ctx, section)
        self.account_id = account_id
        self.setWindowTitle(self.tr("Issue member card"))
        self.number = QLineEdit()
        self.number.setPlaceholderText(card_number(account_id))
        self.holder = ComboBox()
        people = ctx.read_now(lambda s: q.contacts(s, account_id))
        self.holder.addItem(self.tr("The key person with a mobile"), None)
        for person in people:
            self.holder.addItem(person.name + (f" · {person.mobile}" if person.mobile else ""),
                                person.id.hex)
        form = QFormLayout(self)
        form.addRow(self.tr("Card number"), self.number)
        form.addRow(self.tr("Held by"), self.holder)
        form.addRow(self.error)
        form.addRow(buttons(self, self.tr("Issue card")))
        self.resize(420, 0)

    def accept(self) -> None:
        account = self.account_id
        number = self.number.text().strip() or None
        chosen = self.holder.currentData()
        holder = uuid.UUID(chosen) if chosen else None
        self.submit(lambda app: mb.issue_card(app, account, number, holder))
