"""The card's membership section with real widgets (pytest-qt) over a real SQLite
workspace: no card and its Issue button; a card issued from its dialog; a payment's
points, level and balance on the card; redeem and adjust dialogs that keep what was
typed on a refusal (in the server's words) and close once saved."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crmdesk.app import deals
from crmdesk.store.db import Store
from crmdesk.store.deal_writes import ContractIn
from crmdesk.ui.card_membership import IssueCardDialog, PointsDialog
from crmdesk.ui.main_window import MainWindow
from tests.conftest import TODAY
from tests.test_ui import make_window, settle


@pytest.fixture
def window(empty: Store, world: dict[str, uuid.UUID], tmp_path: Path,
           qtbot: QtBot) -> Iterator[MainWindow]:
    win = make_window(empty, tmp_path, qtbot)
    win.ctx.selection.select_account(world["acme"])
    settle(win, qtbot)
    yield win
    win.ctx.runner.wait()


def _dialog(window: MainWindow, qtbot: QtBot) -> IssueCardDialog | PointsDialog:
    dialog = window.card.membership.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    return dialog  # type: ignore[return-value]


def test_a_card_issued_earns_on_payment_and_redeems_from_the_card(
        window: MainWindow, world: dict[str, uuid.UUID], qtbot: QtBot) -> None:
    section = window.card.membership
    assert "No member card yet." in section.text.text()
    assert section.issue.isVisibleTo(section) and not section.redeem.isVisibleTo(section)
    section.issue.click()
    issue = _dialog(window, qtbot)
    assert isinstance(issue, IssueCardDialog)
    issue.number.setText("VIP 0042")
    issue.holder.setCurrentIndex(issue.holder.findText("Bob", Qt.MatchFlag.MatchStartsWith))
    issue.accept()
    qtbot.waitUntil(lambda: not issue.isVisible(), timeout=5000)
    settle(window, qtbot)
    assert "Card <b>VIP 0042</b> · held by Bob" in section.text.text()
    assert not section.issue.isVisibleTo(section) and section.adjust.isVisibleTo(section)
    assert not section.redeem.isEnabled()  # nothing to redeem yet

    app = window.ctx.app
    contract = deals.record_contract(app, world["acme"], ContractIn(
        number="C-9", signed_on=TODAY - timedelta(days=2), amount=300_000_00)).value
    paid = deals.record_payment(app, contract, 123_456_00, TODAY)
    window.ctx.bus.changed.emit(paid.changes)  # as the window's own command announces
    settle(window, qtbot)
    shown = section.text.text()
    assert "<b>Silver</b> · <b>1,234</b> points · 3,766 more to Gold" in shown
    assert "+1,234</span> earned" in shown and "Payment ¥123,456 received" in shown
    assert section.redeem.isEnabled()

    section.redeem.click()
    redeem = _dialog(window, qtbot)
    assert isinstance(redeem, PointsDialog)
    redeem.points.setValue(200)
    redeem.accept()  # no reason: refused, the dialog stays with what was typed
    qtbot.waitUntil(lambda: bool(redeem.error.text()), timeout=5000)
    assert redeem.error.text() == "Say why: a redemption needs a reason."
    assert redeem.isVisible() and redeem.points.value() == 200
    redeem.reason.setText("Team lunch voucher")
    redeem.accept()
    qtbot.waitUntil(lambda: not redeem.isVisible(), timeout=5000)
    settle(window, qtbot)
    assert "<b>1,034</b> points" in section.text.text()
    assert "-200</span> redeemed" in section.text.text()

    section.adjust.click()
    adjust = _dialog(window, qtbot)
    adjust.points.setValue(-34)
    adjust.reason.setText("Rounding")
    adjust.accept()
    qtbot.waitUntil(lambda: not adjust.isVisible(), timeout=5000)
    settle(window, qtbot)
    assert "<b>1,000</b> points" in section.text.text()
    if os.environ.get("CRMDESK_SHOT"):  # a picture to look at while working on it
        window.card.membership.grab().save(os.environ["CRMDESK_SHOT"])
