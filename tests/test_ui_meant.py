"""Nothing changes unless the user meant it: a follow-up left alone stays, and a mouse
wheel over a value scrolls instead of changing it. Real window, real workspace."""

from __future__ import annotations

import ast
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crmdesk.domain.activity import ActivityKind, FollowUp, Outcome
from crmdesk.store import queries as q
from crmdesk.store.db import Store
from crmdesk.store.models import Account, Activity
from crmdesk.store.workspace_keys import activity_draft
from crmdesk.store.writes import ActivityInput, edit_activity, log_activity
from crmdesk.ui import changes
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.wheel import GUARDED, DoubleSpinBox
from tests.conftest import TODAY
from tests.test_ui import make_window, settle


@pytest.fixture
def window(seeded: Store, tmp_path: Path, qtbot: QtBot) -> Iterator[MainWindow]:
    win = make_window(seeded, tmp_path, qtbot)
    yield win
    win.ctx.runner.wait()


def planned_accounts(window: MainWindow) -> list[tuple[uuid.UUID, date]]:
    """Two of the rep's accounts with a next follow-up date."""
    with window.ctx.store.session() as session:
        return [(a, f) for a, f in session.execute(
            select(Account.id, Account.next_follow_up_on).where(
                Account.owner_id == window.ctx.user.id, Account.deleted.is_(False),
                Account.next_follow_up_on.is_not(None)).order_by(Account.name).limit(2))]


def planned_account(window: MainWindow) -> tuple[uuid.UUID, date]:
    """One of the rep's accounts with a next follow-up date, shown in the window."""
    account_id, follow = planned_accounts(window)[0]
    window.ctx.selection.select_account(account_id)
    return account_id, follow


def stored_follow_up(store: Store, account_id: uuid.UUID) -> date | None:
    with store.session() as session:
        return q.next_follow_up(session, account_id)


def quick_button(window: MainWindow, label: str) -> QPushButton:
    return next(b for b in window.timeline.form.findChildren(QPushButton) if b.text() == label)


def log_call(window: MainWindow, qtbot: QtBot, notes: str) -> None:
    form = window.timeline.form
    qtbot.keyClicks(form.notes, notes)
    qtbot.keyClick(form.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(a.notes == notes for a in window.timeline.model.activities()),
                    timeout=10000)
    settle(window, qtbot)


# ---- the next follow-up ------------------------------------------------------------------

def test_a_call_logged_with_the_picker_left_alone_keeps_the_follow_up(
        window: MainWindow, qtbot: QtBot, seeded: Store) -> None:
    account_id, follow = planned_account(window)
    settle(window, qtbot)
    form = window.timeline.form
    assert form.follow_up() == follow  # the form shows the date the account has
    log_call(window, qtbot, "Left a message with reception")
    assert stored_follow_up(seeded, account_id) == follow
    assert window.timeline.model.activities()[0].next_follow_up_on == follow
    assert form.follow_up() == follow  # and still shows it for the next entry
    log_call(window, qtbot, "Second call, same plan")
    assert stored_follow_up(seeded, account_id) == follow


def test_choosing_none_clears_the_follow_up(window: MainWindow, qtbot: QtBot,
                                            seeded: Store) -> None:
    account_id, _follow = planned_account(window)
    settle(window, qtbot)
    qtbot.mouseClick(quick_button(window, "None"), Qt.MouseButton.LeftButton)
    log_call(window, qtbot, "Not interested this year")
    assert stored_follow_up(seeded, account_id) is None
    assert window.timeline.form.follow_up() is None  # what the account has now


def test_picking_a_date_sets_the_follow_up(window: MainWindow, qtbot: QtBot,
                                           seeded: Store) -> None:
    account_id, follow = planned_account(window)
    settle(window, qtbot)
    qtbot.mouseClick(quick_button(window, "Tomorrow"), Qt.MouseButton.LeftButton)
    log_call(window, qtbot, "Call back tomorrow")
    assert stored_follow_up(seeded, account_id) == TODAY + timedelta(days=1) != follow
    assert window.timeline.form.follow_up() == TODAY + timedelta(days=1)


def test_a_draft_keeps_the_users_follow_up_choice(window: MainWindow, qtbot: QtBot,
                                                  seeded: Store) -> None:
    (account_id, follow), (other_id, other_follow) = planned_accounts(window)
    window.ctx.selection.select_account(account_id)
    settle(window, qtbot)
    form = window.timeline.form
    qtbot.keyClicks(form.notes, "Half typed")
    assert form.is_blank() is False and form.follow_up_choice() is FollowUp.KEEP
    window.ctx.selection.select_account(other_id)  # the draft is kept on the way
    settle(window, qtbot)
    assert form.notes.toPlainText() == "" and form.follow_up() == other_follow
    window.ctx.selection.select_account(account_id)
    settle(window, qtbot)
    assert form.notes.toPlainText() == "Half typed" and form.follow_up() == follow
    assert form.follow_up_choice() is FollowUp.KEEP  # left alone stays left alone
    qtbot.mouseClick(quick_button(window, "None"), Qt.MouseButton.LeftButton)
    window.ctx.selection.select_account(other_id)
    settle(window, qtbot)
    window.ctx.selection.select_account(account_id)
    settle(window, qtbot)
    assert form.follow_up_choice() is None  # an explicit None survives the draft
    qtbot.keyClick(form.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stored_follow_up(seeded, account_id) is None, timeout=10000)


def test_editing_an_entry_leaves_its_follow_up_alone(window: MainWindow, qtbot: QtBot,
                                                     seeded: Store) -> None:
    account_id, follow = planned_account(window)
    settle(window, qtbot)
    log_call(window, qtbot, "Typo in this nite")
    shown: list[date | None] = []

    def fix_the_typo() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, fix_the_typo)
            return
        from crmdesk.ui.timeline_pane import ActivityForm
        form = dialog.findChild(ActivityForm)
        assert form is not None
        shown.append(form.follow_up())
        form.notes.setPlainText("Typo in this note")
        dialog.accept()

    QTimer.singleShot(20, fix_the_typo)
    window.timeline._edit(window.timeline.model.index(1, 0))  # row 0 is the day header
    qtbot.waitUntil(lambda: window.timeline.model.activities()[0].notes == "Typo in this note",
                    timeout=10000)
    assert shown == [follow]
    assert stored_follow_up(seeded, account_id) == follow


def test_a_save_that_fails_gives_back_the_choice_and_the_accounts_date(
        window: MainWindow, qtbot: QtBot, seeded: Store) -> None:
    account_id, follow = planned_account(window)
    settle(window, qtbot)
    form = window.timeline.form
    qtbot.mouseClick(quick_button(window, "Tomorrow"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.notes, "Lost in the void")
    with seeded.session.begin() as session:
        account = session.get(Account, account_id)
        assert account is not None
        account.deleted = True  # as a sync removing it meanwhile would
    qtbot.keyClick(form.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "no longer exists" in window.timeline.draft_note.text(),
                    timeout=10000)
    assert form.notes.toPlainText() == "Lost in the void"
    assert form.follow_up_choice() == TODAY + timedelta(days=1)
    assert form.current_follow_up() == follow  # not the date that was never saved
    with seeded.session() as session:
        assert q.next_follow_up(session, account_id) == follow


def test_left_alone_means_the_date_the_account_has_when_written(seeded: Store) -> None:
    """The form may show a date a sync has since changed: left alone keeps the new one."""
    with seeded.session() as session:
        account_id, activity_id = session.execute(
            select(Activity.account_id, Activity.id).where(Activity.deleted.is_(False))
            .order_by(Activity.occurred_at.desc()).limit(1)).one()
    later = TODAY + timedelta(days=40)
    with seeded.session.begin() as session:
        log_activity(session, account_id, None, ActivityInput(
            ActivityKind.CALL, Outcome.REACHED, "plan set", later))
        log_activity(session, account_id, None, ActivityInput(
            ActivityKind.NOTE, None, "note, picker left alone"))
        edit_activity(session, activity_id, ActivityInput(ActivityKind.NOTE, None, "edited"))
    assert stored_follow_up(seeded, account_id) == later
    with seeded.session.begin() as session:
        log_activity(session, account_id, None, ActivityInput(
            ActivityKind.CALL, Outcome.NOT_INTERESTED, "stop", None))
    assert stored_follow_up(seeded, account_id) is None


# ---- the mouse wheel ---------------------------------------------------------------------

def turn_wheel(widget: QWidget, notches: int = -1) -> None:
    """Turn the wheel over the middle of `widget` (negative: towards the user, which
    scrolls down and steps a value down)."""
    centre = QPointF(widget.rect().center())
    QApplication.sendEvent(widget, QWheelEvent(
        centre, widget.mapToGlobal(centre), QPoint(0, 0), QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False))


def test_a_wheel_over_the_card_scrolls_it_and_changes_nothing(
        window: MainWindow, qtbot: QtBot, seeded: Store) -> None:
    account_id, _follow = planned_account(window)
    with seeded.session.begin() as session:
        account = session.get(Account, account_id)
        assert account is not None
        account.scale, account.business_line = "50-199", "software"
        account.custom_fields = {"seats": 40, "deployment": "cloud"}
    window.ctx.bus.announce({account_id}, changes.ACCOUNT)
    window.resize(1100, 420)  # the card holds more than fits: room to scroll
    settle(window, qtbot)
    card = window.card
    scroll = card.findChild(QScrollArea)
    assert scroll is not None
    bar = scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)
    scale = card.fields["scale"].editor
    assert isinstance(scale, QComboBox) and scale.currentText() == "50-199"
    seats = next(w for w in card.custom_box.findChildren(QSpinBox))
    deployment = next(w for w in card.custom_box.findChildren(QComboBox))
    assert seats.value() == 40 and deployment.currentText() == "cloud"
    for widget in (scale, seats, deployment):
        bar.setValue(0)
        turn_wheel(widget, -2)
        turn_wheel(widget, -1)
        window.ctx.runner.wait()
        with seeded.session() as session:
            account = session.get(Account, account_id)
            assert account is not None and account.scale == "50-199"
            assert account.custom_fields == {"seats": 40, "deployment": "cloud"}
        assert scale.currentText() == "50-199" and seats.value() == 40
        assert deployment.currentText() == "cloud"
        assert bar.value() > 0, widget  # the card scrolled instead
        for _notch in range(3):
            turn_wheel(widget, 1)
        assert bar.value() == 0
        assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus  # a wheel does not focus
        assert not widget.hasFocus()


def test_a_wheel_over_the_log_form_changes_nothing(window: MainWindow, qtbot: QtBot,
                                                   seeded: Store) -> None:
    account_id, follow = planned_account(window)
    settle(window, qtbot)
    form = window.timeline.form
    before = (form.kind.currentIndex(), form.outcome.currentIndex(), form.follow.date())
    for widget in (form.kind, form.outcome, form.follow):
        turn_wheel(widget, -1)
    assert (form.kind.currentIndex(), form.outcome.currentIndex(), form.follow.date()) == before
    assert form.follow_up() == follow and form.follow_up_choice() is FollowUp.KEEP
    assert form.is_blank()
    window.timeline.keep_draft()
    window.ctx.runner.wait()
    with seeded.session() as session:
        assert activity_draft(account_id).get(session) is None  # nothing to keep


def test_every_value_widget_is_a_guarded_one(window: MainWindow, qtbot: QtBot) -> None:
    """Any form, also one written after this test: crmdesk/ui makes its drop-downs and
    spin boxes from crmdesk.ui.wheel's classes only, and those scroll their pane."""
    bare = {cls.__name__ for cls in GUARDED} | {"QTimeEdit", "QDateTimeEdit"}
    made = []
    for path in sorted((Path(__file__).parent.parent / "crmdesk" / "ui").glob("*.py")):
        if path.name == "wheel.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
                    node.func.id in bare:
                made.append(f"{path.name}:{node.lineno} {node.func.id}")
    assert made == [], "use crmdesk.ui.wheel's classes"
    shown = window.findChildren(QComboBox) + window.findChildren(QAbstractSpinBox)
    assert shown and all(isinstance(w, tuple(GUARDED.values())) for w in shown)

    area = QScrollArea()
    qtbot.addWidget(area)
    body = QWidget()
    column = QVBoxLayout(body)
    amount = DoubleSpinBox()
    amount.setValue(12.5)
    column.addWidget(amount)
    column.addSpacing(2000)
    area.setWidget(body)
    area.resize(300, 200)
    area.show()
    qtbot.waitExposed(area)
    turn_wheel(amount, -1)
    assert amount.value() == 12.5
    assert area.verticalScrollBar().value() > 0


def test_garbage_is_collected_on_the_ui_thread_while_a_window_is_open(qtbot: QtBot) -> None:
    """A collection on a worker thread could free a Qt object there and crash: while a
    collector runs, Python collects only when the UI thread's timer says so."""
    import gc
    import threading
    import weakref

    from PySide6.QtCore import QObject

    from crmdesk.ui.collector import UiThreadCollector

    class Cycle:
        def __init__(self) -> None:
            self.me = self

    owner = QObject()
    collector = UiThreadCollector(owner, interval_ms=20)
    try:
        assert not gc.isenabled()
        seen: list[weakref.ref[Cycle]] = []

        def churn() -> None:  # a worker making cyclic garbage collects none of it
            for _ in range(5000):
                seen.append(weakref.ref(Cycle()))

        worker = threading.Thread(target=churn)
        worker.start()
        worker.join()
        assert seen[0]() is not None  # not freed on the worker
        qtbot.waitUntil(lambda: seen[0]() is None, timeout=5000)  # freed by the UI timer
    finally:
        collector.stop()
    assert gc.isenabled()
