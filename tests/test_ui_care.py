"""Care reminders in the window, real widgets offscreen over the seeded workspace: the
queue's Care reminders list shows the rep's reminders overdue first, selecting one opens
its company, Space marks it done (it leaves the list), Ctrl+Z brings it back; the
account lists say how many are due; the contact dialog edits a birthday."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crmdesk.app import care
from crmdesk.domain.care import NO_YEAR, CareKind
from crmdesk.store import queries as q
from crmdesk.store.db import Store
from crmdesk.ui.care_reminders import ReminderModel
from crmdesk.ui.contact_dialog import ContactForm
from crmdesk.ui.queue_pane import REMINDERS
from tests.test_ui import make_window, settle


def test_the_queues_care_reminders(seeded: Store, tmp_path: Path, qtbot: QtBot,
                                   qtmodeltester: object) -> None:
    window = make_window(seeded, tmp_path, qtbot)
    pane = window.queue
    qtbot.waitUntil(lambda: pane.care_link.isVisible(), timeout=10000)
    want = care.reminders(window.ctx.app)
    assert want and pane.care_link.text().count(str(len(want))) >= 1
    pane.show_reminders()
    settle(window, qtbot)
    assert pane.filter.currentData() == REMINDERS and pane.stack.currentWidget() is pane.reminders
    table = pane.reminders
    assert table.model_.rows() == want
    qtmodeltester.check(table.model_)  # type: ignore[attr-defined]
    first = want[0]
    assert table.model_.data(table.model_.index(0, ReminderModel.COL_REMINDER)) == first.text
    qtbot.waitUntil(lambda: window.card.data is not None
                    and window.card.data.card.id == first.account_id, timeout=10000)
    # Space: done, and it leaves the list; Ctrl+Z: back
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: first.id not in {r.id for r in table.model_.rows()}, timeout=10000)
    assert first.id in {r.id for r in care.reminders(window.ctx.app, marked=True)}
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: first.id in {r.id for r in table.model_.rows()}, timeout=10000)
    # one kind alone
    pane.care_kind.setCurrentIndex(pane.care_kind.findData(CareKind.BIRTHDAY.value))
    settle(window, qtbot)
    assert {r.kind for r in table.model_.rows()} <= {CareKind.BIRTHDAY}
    # back to the accounts
    pane.filter.setCurrentIndex(pane.filter.findData(q.QueueFilter.MY_QUEUE.value))
    settle(window, qtbot)
    assert pane.stack.currentWidget() is pane.table and pane.status.isVisible()


def test_the_contact_form_edits_a_birthday(qtbot: QtBot) -> None:
    import uuid

    form = ContactForm(links=True)
    qtbot.addWidget(form)
    row = q.ContactRow(uuid.uuid4(), "Ann", None, None, None, None, None, None, False, None,
                       date(NO_YEAR, 12, 8))
    form.fill(row, [])
    assert form.birthday.text() == "12-08" and form.changed() == {}
    form.birthday.setText("1985-12-08")
    assert form.changed() == {"birthday": "1985-12-08"}
    assert form.person().birthday == "1985-12-08"
