"""Care reminders in the window, real widgets offscreen over the seeded workspace: the
queue's Care reminders list shows the rep's reminders overdue first, selecting one opens
its company, Space marks it done (it leaves the list), Ctrl+Z brings it back; the
account lists say how many are due; the contact dialog edits a birthday."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crmdesk.app import care
from crmdesk.app import messages as m
from crmdesk.domain.care import NO_YEAR, CareKind
from crmdesk.domain.messages import MessageChannel
from crmdesk.store import queries as q
from crmdesk.store.db import Store
from crmdesk.store.writes import edit_contact
from crmdesk.ui.care_reminders import ReminderModel
from crmdesk.ui.contact_dialog import ContactForm
from crmdesk.ui.formats import day_text
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.queue_pane import REMINDERS
from crmdesk.ui.send_dialog import SendDialog
from tests.message_world import (
    MailServer,
    cert_files,  # noqa: F401 - a fixture
    smtp,  # noqa: F401 - a fixture
)
from tests.test_ui import make_window, settle
from tests.test_ui_messages import (  # noqa: F401 - fixtures
    people,
    settled,
    use_mail_server,
    window,
)


def test_the_queues_care_reminders(seeded: Store, tmp_path: Path, qtbot: QtBot,
                                   qtmodeltester: object) -> None:
    win = make_window(seeded, tmp_path, qtbot)
    pane = win.queue
    qtbot.waitUntil(lambda: pane.care_link.isVisible(), timeout=10000)
    want = care.reminders(win.ctx.app)
    assert want and pane.care_link.text().count(str(len(want))) >= 1
    pane.show_reminders()
    settle(win, qtbot)
    assert pane.filter.currentData() == REMINDERS and pane.stack.currentWidget() is pane.reminders
    table = pane.reminders
    assert table.model_.rows() == want
    qtmodeltester.check(table.model_)  # type: ignore[attr-defined]
    first = want[0]
    # the domain's words, its day as the window's locale writes it
    words = first.reminder.text(company=False)
    if first.kind is CareKind.RENEWAL:
        words = words.replace(first.reminder.occurs_on.isoformat(),
                              day_text(first.reminder.occurs_on))
    assert table.model_.data(table.model_.index(0, ReminderModel.COL_REMINDER)) == words
    # narrow: the company column keeps to its share, elided in the middle, whole in
    # its tooltip; the reminders' words take the rest
    table.resize(420, 300)
    qtbot.waitUntil(lambda: table.columnWidth(ReminderModel.COL_COMPANY)
                    <= max(120, table.viewport().width() * table.COMPANY_SHARE) + 1)
    assert table.textElideMode() is Qt.TextElideMode.ElideMiddle
    tip = table.model_.data(table.model_.index(0, ReminderModel.COL_COMPANY),
                            Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(first.company)
    qtbot.waitUntil(lambda: win.card.data is not None
                    and win.card.data.card.id == first.account_id, timeout=10000)
    # Space: done, and it leaves the list; Ctrl+Z: back
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: first.id not in {r.id for r in table.model_.rows()}, timeout=10000)
    assert first.id in {r.id for r in care.reminders(win.ctx.app, marked=True)}
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: first.id in {r.id for r in table.model_.rows()}, timeout=10000)
    # one kind alone
    pane.care_kind.setCurrentIndex(pane.care_kind.findData(CareKind.BIRTHDAY.value))
    settle(win, qtbot)
    assert {r.kind for r in table.model_.rows()} <= {CareKind.BIRTHDAY}
    # back to the accounts
    pane.filter.setCurrentIndex(pane.filter.findData(q.QueueFilter.MY_QUEUE.value))
    settle(win, qtbot)
    assert pane.stack.currentWidget() is pane.table and pane.status.isVisible()


def test_the_contact_form_edits_a_birthday(qtbot: QtBot) -> None:
    form = ContactForm(links=True)
    qtbot.addWidget(form)
    row = q.ContactRow(uuid.uuid4(), "Ann", None, None, None, None, None, None, False, None,
                       date(NO_YEAR, 12, 8))
    form.fill(row, [])
    assert form.birthday.text() == "12-08" and form.changed() == {}
    form.birthday.setText("1985-12-08")
    assert form.changed() == {"birthday": "1985-12-08"}
    assert form.person().birthday == "1985-12-08"


def test_a_birthday_reminder_to_a_sent_message_in_two_keystrokes(
        window: MainWindow, people: dict[str, uuid.UUID], smtp: MailServer,  # noqa: F811
        qtbot: QtBot) -> None:
    """Ctrl+M on Ann's birthday opens the send dialog with the team's Birthday template
    chosen and Ann alone to write to; Enter sends it through a real SMTP server on
    loopback, and the reminder is marked done once queued (Ctrl+Z takes it back)."""
    use_mail_server(window, smtp)
    with window.ctx.store.write.begin() as s:
        edit_contact(s, people["ann"], {"birthday": date(1990, 11, 27)})  # TODAY + 2
    m.save_template(window.ctx.app, "Renewal", MessageChannel.EMAIL, "{{company.name}}",
                    "…")
    m.save_template(window.ctx.app, "Birthday", MessageChannel.EMAIL,
                    "Happy birthday, {{contact.name}}!", "All the best from {{company.name}}.")
    pane = window.queue
    pane.show_reminders()
    settled(window, qtbot)
    table = pane.reminders
    at = next(n for n, r in enumerate(table.model_.rows()) if r.kind is CareKind.BIRTHDAY)
    birthday = table.model_.rows()[at]
    table.selectRow(at)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)   # one
    qtbot.waitUntil(lambda: window.send_dialog is not None
                    and window.send_dialog.plan is not None, timeout=10000)
    dialog = window.send_dialog
    assert isinstance(dialog, SendDialog)
    assert dialog.template.currentData() == "Birthday"
    assert dialog.heading.text() == "To: Ann at Acme Ltd."
    assert dialog.counts.text().startswith("1 to send")
    assert dialog.mark_done.isChecked() and "Birthday: Ann" in dialog.mark_done.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)                                    # two
    qtbot.waitUntil(lambda: dialog.outcome_label.isVisible(), timeout=30000)
    assert dialog.outcome_label.text() == "Sent 1, failed 0, waiting 0."
    [got] = smtp.messages()
    assert got["To"].addresses[0].addr_spec == "ann@acme.com"
    assert got["Subject"] == "Happy birthday, Ann!"
    # done once queued: it leaves the list, and Ctrl+Z there brings it back
    assert birthday.id in {r.id for r in care.reminders(window.ctx.app, marked=True)}
    qtbot.waitUntil(lambda: birthday.id not in {r.id for r in table.model_.rows()},
                    timeout=10000)
    dialog.close()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: birthday.id in {r.id for r in table.model_.rows()},
                    timeout=10000)


def test_a_reminders_message_left_unmarked_and_one_with_no_template(
        window: MainWindow, people: dict[str, uuid.UUID], smtp: MailServer,  # noqa: F811
        qtbot: QtBot) -> None:
    """Unticked, the message goes and the reminder stays; a team with no template of
    the kind still gets the dialog (to choose one), with the reason said."""
    use_mail_server(window, smtp)
    with window.ctx.store.write.begin() as s:
        edit_contact(s, people["ann"], {"birthday": date(NO_YEAR, 11, 27)})
    m.save_template(window.ctx.app, "Greeting", MessageChannel.EMAIL, "Hello", "Hi")
    pane = window.queue
    pane.show_reminders()
    settled(window, qtbot)
    [row] = [r for r in pane.reminders.model_.rows() if r.kind is CareKind.BIRTHDAY]
    found = care.suggestion(window.ctx.app, row)
    dialog = window.send_suggestion(found)
    assert dialog is not None
    assert "no template “Birthday”" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    assert dialog.template.currentData() == "Greeting"
    dialog.mark_done.setChecked(False)
    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.outcome_label.isVisible(), timeout=30000)
    assert len(smtp.messages()) == 1
    assert row.id in {r.id for r in care.reminders(window.ctx.app)}
    dialog.close()


def test_a_lead_sets_the_teams_care_reminders_in_a_dialog(
        empty: Store, world: dict[str, uuid.UUID], tmp_path: Path, qtbot: QtBot) -> None:
    """Account → Team care reminders… (a lead's and an admin's, not a rep's): days ahead
    and the template of each kind, saved through the command the CLI uses; the days
    stop at the check's limit; a template since removed is kept, said missing."""
    from crmdesk.app.context import Context
    from crmdesk.domain.care import MAX_LEAD_DAYS
    from crmdesk.store.care_queries import KindSetting
    from crmdesk.store.models import Role, User
    from crmdesk.ui.care_settings_dialog import CareSettingsDialog

    with empty.write.begin() as s:
        s.add(User(username="lead", display_name="Lea Lead", role=Role.LEAD,
                   team_id=world["team"]))
    rep = make_window(empty, tmp_path, qtbot, username="rep")
    [item] = [a for m_ in rep.menuBar().actions() for a in m_.menu().actions()
              if a.text() == "Team care reminders…"]
    assert not item.isVisible()
    rep.close()
    win = make_window(empty, tmp_path, qtbot, username="lead")
    m.save_template(win.ctx.app, "续约提醒", MessageChannel.EMAIL, "{{company.name}}", "…")
    care.set_setting(win.ctx.app, KindSetting(CareKind.BIRTHDAY, 2, "Old greeting"))
    [item] = [a for m_ in win.menuBar().actions() for a in m_.menu().actions()
              if a.text() == "Team care reminders…"]
    assert item.isVisible()
    item.trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in win.findChildren(CareSettingsDialog)),
                    timeout=10000)
    [dialog] = [d for d in win.findChildren(CareSettingsDialog) if d.isVisible()]
    assert not dialog.team.isVisibleTo(dialog)  # a lead's own team alone
    assert dialog.days[CareKind.RENEWAL].value() == 30
    assert dialog.days[CareKind.BIRTHDAY].value() == 2
    assert dialog.templates[CareKind.BIRTHDAY].currentText() == (
        "Old greeting (no such template)")
    dialog.days[CareKind.RENEWAL].setValue(400)
    assert dialog.days[CareKind.RENEWAL].value() == MAX_LEAD_DAYS
    dialog.days[CareKind.RENEWAL].setValue(45)
    chooser = dialog.templates[CareKind.RENEWAL]
    chooser.setCurrentIndex(chooser.findData("续约提醒"))
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert dialog.error.text() == ""
    saved = care.settings(Context(empty, win.ctx.user))
    assert saved[CareKind.RENEWAL] == KindSetting(CareKind.RENEWAL, 45, "续约提醒")
    assert saved[CareKind.BIRTHDAY] == KindSetting(CareKind.BIRTHDAY, 2, "Old greeting")
