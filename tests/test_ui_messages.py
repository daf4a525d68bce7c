"""Messages from the window, real widgets offscreen over a real workspace file: the
templates editor (refused for an unknown field in the save's own words, a live preview
with a real record), the send dialog from the card's contact and from the queue (the
counts before sending, an opted-out person counted), sending through a real SMTP server
on loopback (aiosmtpd) off the UI thread, the outbox view with sent and failed and why,
waiting while the server is away and going once it answers, and the settings dialog
keeping the password in the keyring, never in the workspace."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crmdesk.app import message_settings as ms
from crmdesk.app import messages as m
from crmdesk.domain.activity import ActivityKind
from crmdesk.domain.messages import MessageChannel, OutState
from crmdesk.domain.report import Behind, Cell, Column, Row, Table
from crmdesk.secrets import MemoryStore, smtp_key
from crmdesk.store import queries as q
from crmdesk.store.db import Store
from crmdesk.store.models import Activity, Contact
from crmdesk.ui.changes import ChangeBus, Selection
from crmdesk.ui.context import AppContext
from crmdesk.ui.mail_settings_dialog import MailSettingsDialog
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.outbox_view import COL_WHY, OutboxView
from crmdesk.ui.review_pane import TableBlock
from crmdesk.ui.send_dialog import SendDialog
from crmdesk.ui.tasks import TaskRunner
from crmdesk.ui.templates_dialog import TemplatesDialog
from tests.conftest import TODAY
from tests.message_world import (
    SMTP_PASSWORD,
    SMTP_USER,
    MailServer,
    add_people,
    cert_files,  # noqa: F401 - a fixture
    mail_server,
    smtp,  # noqa: F401 - a fixture
)
from tests.server_fixtures import free_port

SUBJECT = "{{company.name}}：续约提醒"
BODY = "{{contact.name}}{{contact.title|}}您好！合同将于 {{contract.end_date}} 到期。"


@pytest.fixture
def people(empty: Store, world: dict[str, uuid.UUID]) -> dict[str, uuid.UUID]:
    return add_people(empty, world)


@pytest.fixture
def window(empty: Store, people: dict[str, uuid.UUID], tmp_path: Path, qtbot: QtBot
           ) -> Iterator[MainWindow]:
    with empty.session() as session:
        user = q.user_by_name(session, "rep")
    assert user is not None
    app = QApplication.instance()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(empty, user, TaskRunner(app), ChangeBus(app), Selection(app), settings,
                     today=lambda: TODAY)
    win = MainWindow(ctx, secrets=MemoryStore())
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitUntil(win.is_settled, timeout=15000)
    yield win
    win.outbox.wait()
    win.ctx.runner.wait()


def menu_action(window: MainWindow, menu: str, text: str) -> None:
    found = next(a for a in window.menuBar().actions() if a.text() == menu).menu()
    next(a for a in found.actions() if a.text() == text).trigger()


def use_mail_server(window: MainWindow, server: MailServer) -> None:
    ms.set_smtp(window.ctx.app, host=server.host, port=server.port, security="starttls",
                user=SMTP_USER, from_address="Rep One <rep@crmdesk.test>",
                ca_file=server.ca_file, password=SMTP_PASSWORD)


def settled(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.wait(1)
    qtbot.waitUntil(lambda: window.is_settled() and not window.outbox.running,
                    timeout=30000)


def test_a_template_is_refused_for_an_unknown_field_then_saved_and_previewed(
        window: MainWindow, people: dict[str, uuid.UUID], qtbot: QtBot) -> None:
    window.ctx.selection.select_contact(people["acme"], people["wang"])
    menu_action(window, "&Messages", "Templates…")
    dialog = next(d for d in window.findChildren(TemplatesDialog) if d.isVisible())
    qtbot.waitUntil(lambda: dialog.person.count() == 5, timeout=10000)  # Acme's people
    assert dialog.person.currentData() == people["wang"]  # the one chosen on the card
    dialog.new_button.click()
    dialog.name.setText("续约")
    dialog.subject.setText(SUBJECT)
    dialog.body.setPlainText("{{contact.nick}}您好")
    # said as it is typed, in the save's own words
    assert dialog.problems.isVisible()
    assert "Unknown merge field “{{contact.nick}}”" in dialog.problems.text()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.status.text() == "Not saved.", timeout=10000)
    assert "Unknown merge field “{{contact.nick}}”" in dialog.problems.text()
    assert m.templates(window.ctx.app) == []
    # the text stays to be mended; a field goes in from the menu where the cursor is
    assert dialog.body.toPlainText() == "{{contact.nick}}您好"
    dialog.body.setPlainText(BODY.replace("{{contact.name}}", ""))
    dialog.body.moveCursor(dialog.body.textCursor().MoveOperation.Start)
    dialog.body.setFocus()
    label = next(a for a in dialog.fields_menu.actions() if "{{contact.name}}" in a.text())
    label.trigger()
    assert dialog.body.toPlainText() == BODY
    assert not dialog.problems.isVisible()
    qtbot.waitUntil(lambda: dialog.preview.toPlainText() ==
                    "王芳采购经理您好！合同将于 2027-03-31 到期。", timeout=10000)
    assert dialog.preview_subject.text() == "Acme Ltd.：续约提醒"
    assert dialog.blanks.text() == ""
    # another person: Ann has no title, and the preview says so
    dialog.person.setCurrentIndex(next(i for i in range(dialog.person.count())
                                       if dialog.person.itemData(i) == people["ann"]))
    qtbot.waitUntil(lambda: dialog.preview.toPlainText().startswith("Ann您好"),
                    timeout=10000)
    assert "contact.title" in dialog.blanks.text()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Saved “续约”"), timeout=10000)
    [saved] = m.templates(window.ctx.app)
    assert (saved.name, saved.channel, saved.subject, saved.body) == (
        "续约", MessageChannel.EMAIL, SUBJECT, BODY)
    assert not dialog.save_button.isEnabled()
    # renamed and turned into an SMS: one template, under its new name
    dialog.name.setText("续约短信")
    dialog.channel.setCurrentIndex(dialog.channel.findData("sms"))
    assert not dialog.subject.isEnabled()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: [t.name for t in m.templates(window.ctx.app)] == ["续约短信"],
                    timeout=10000)
    assert m.templates(window.ctx.app)[0].subject == ""
    qtbot.waitUntil(lambda: [r.name for r in dialog.model.rows] == ["续约短信"],
                    timeout=10000)
    dialog.close()


def test_one_contact_from_the_card_gets_the_previewed_email_through_smtp(
        window: MainWindow, people: dict[str, uuid.UUID], smtp: MailServer,  # noqa: F811
        qtbot: QtBot) -> None:
    use_mail_server(window, smtp)
    m.save_template(window.ctx.app, "续约", MessageChannel.EMAIL, SUBJECT, BODY)
    window.ctx.selection.select_account(people["acme"])
    settled(window, qtbot)
    menu = window.card.contact_menu(people["wang"])
    assert menu is not None
    next(a for a in menu.actions() if a.text() == "Send message…").trigger()
    dialog = window.send_dialog
    assert isinstance(dialog, SendDialog)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    assert dialog.heading.text() == "To: 王芳 at Acme Ltd."
    assert dialog.counts.text() == ("1 to send · 0 opted out (skipped) · 0 without an "
                                    "email address (skipped)")
    preview = m.preview(window.ctx.app, "续约", people["wang"])
    assert dialog.body.toPlainText() == preview.body
    assert dialog.subject.text() == f"Subject: {preview.subject}"
    assert dialog.send_button.text() == "Send 1 message"
    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.outcome_label.isVisible(), timeout=30000)
    assert dialog.outcome_label.text() == "Sent 1, failed 0, waiting 0."
    [got] = smtp.messages()
    assert got["To"].addresses[0].addr_spec == "wang.fang@acme.com"
    assert got["Subject"] == preview.subject
    assert got.get_content().replace("\r\n", "\n").rstrip("\n") == preview.body
    with window.ctx.store.session() as s:
        notes = list(s.scalars(select(Activity.notes).where(
            Activity.kind == ActivityKind.EMAIL)))
    assert notes == [f"Subject: {preview.subject}\n\n{preview.body}"]
    # the timeline hears of it and shows the archived email
    qtbot.waitUntil(lambda: window.timeline.is_loaded and any(
        "续约提醒" in str(item) for item in _timeline_texts(window)), timeout=10000)


def _timeline_texts(window: MainWindow) -> list[str]:
    model = window.timeline.list.model()
    return [str(model.data(model.index(i, 0), Qt.ItemDataRole.DisplayRole)) +
            str(model.data(model.index(i, 0), Qt.ItemDataRole.ToolTipRole))
            for i in range(model.rowCount())]


def test_the_queue_filter_skips_and_counts_the_opted_out_and_the_outbox_shows_why(
        window: MainWindow, people: dict[str, uuid.UUID], smtp: MailServer,  # noqa: F811
        qtbot: QtBot) -> None:
    use_mail_server(window, smtp)
    m.save_template(window.ctx.app, "续约", MessageChannel.EMAIL, SUBJECT, BODY)
    with window.ctx.store.write.begin() as s:
        s.get_one(Contact, people["cat"]).email = "cat@bounce.test"
    menu_action(window, "&Messages", "Send message to the companies in the queue…")
    dialog = window.send_dialog
    assert isinstance(dialog, SendDialog)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    assert dialog.heading.text() == ("To: the contacts of Acme Ltd., the one company in "
                                    "“My queue”")
    assert dialog.counts.text() == ("3 to send · 1 opted out (skipped) · 1 without an "
                                    "email address (skipped)")
    assert dialog.send_button.text() == "Send 3 message(s)"
    # the first that goes first, then each in turn, the skipped ones saying why
    assert dialog.who.text() == "1 of 5: Ann <ann@acme.com>"
    seen = []
    for _ in range(5):
        seen.append((dialog.who.text().split(": ", 1)[1], dialog.note.text()))
        dialog.next.click()
    assert not dialog.next.isEnabled()
    assert ("Bob", "Not sent to Bob: no email address. No value here for: contact.title "
                   "(left empty, or the text after “|”).") in seen
    assert ("Dan <dan@acme.com>", "Not sent to Dan: opted out. No value here for: "
                                  "contact.title (left empty, or the text after “|”).") in seen
    dialog.previous.click()
    assert dialog.who.text().startswith("4 of 5")
    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.outcome_label.isVisible(), timeout=30000)
    assert dialog.outcome_label.text().startswith("Sent 2, failed 1, waiting 0.")
    assert sorted(e.rcpt_tos[0] for e in smtp.received) == ["ann@acme.com",
                                                            "wang.fang@acme.com"]
    dialog.outbox_button.click()
    view = window.outbox_view
    assert isinstance(view, OutboxView)
    qtbot.waitUntil(lambda: len(view.model.rows) == 5, timeout=10000)
    states = {r.contact_name: (r.state, r.reason) for r in view.model.rows}
    assert states["Ann"] == (OutState.SENT, None)
    assert states["Dan"] == (OutState.SKIPPED, "opted out")
    state, reason = states["Cat"]
    assert state is OutState.FAILED and reason is not None and "550" in reason
    assert view.counts.text() == "0 waiting · 2 sent · 1 failed · 2 skipped"
    failed_row = next(i for i, r in enumerate(view.model.rows) if r.contact_name == "Cat")
    assert "No such mailbox" in view.model.index(failed_row, 6).data()
    view.table.selectRow(failed_row)
    assert view.again_button.isEnabled()
    assert "To: Cat <cat@bounce.test>" in view.text.toPlainText()
    view.show_state.setCurrentIndex(view.show_state.findData("failed"))
    qtbot.waitUntil(lambda: [r.contact_name for r in view.model.rows] == ["Cat"],
                    timeout=10000)


def test_messages_wait_while_the_server_is_away_and_go_when_asked(
        window: MainWindow, people: dict[str, uuid.UUID],
        cert_files: tuple[Path, Path], qtbot: QtBot) -> None:  # noqa: F811
    port = free_port()
    use_mail_server(window, MailServer("127.0.0.1", port, str(cert_files[0])))
    m.save_template(window.ctx.app, "续约", MessageChannel.EMAIL, SUBJECT, BODY)
    window.ctx.selection.select_account(people["acme"])
    settled(window, qtbot)
    window.queue.table.selectRow(0)
    window.message_selected()
    dialog = window.send_dialog
    assert isinstance(dialog, SendDialog)
    assert dialog.heading.text() == "To: the contacts of Acme Ltd."
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.outcome_label.isVisible(), timeout=30000)
    assert dialog.outcome_label.text().startswith("Sent 0, failed 0, waiting 3.")
    assert "Cannot reach the mail server" in dialog.outcome_label.text()
    qtbot.waitUntil(lambda: window.status.outbox.isVisible(), timeout=10000)
    assert window.status.outbox.text() == "✉ 3 messages waiting"
    controller, server = mail_server(cert_files, port=port)
    try:
        window.status.outbox.click()
        view = window.outbox_view
        assert isinstance(view, OutboxView)
        qtbot.waitUntil(lambda: view.send_button.isEnabled(), timeout=10000)
        view.send_button.click()
        qtbot.waitUntil(lambda: view.status.text() == "Sent 3, failed 0, waiting 0.",
                        timeout=30000)
        assert len(server.received) == 3
        qtbot.waitUntil(lambda: not window.status.outbox.isVisible(), timeout=10000)
    finally:
        controller.stop()


def test_the_outbox_says_why_in_chinese_with_the_servers_own_words(
        chinese: None, window: MainWindow, people: dict[str, uuid.UUID],
        smtp: MailServer, qtbot: QtBot) -> None:  # noqa: F811
    """A Chinese window's outbox words why each message was skipped or failed: our
    sentences in Chinese, the mail server's answer and the mail library's error kept as
    they said them; the command line's English is what is stored beside the words."""
    use_mail_server(window, smtp)
    m.save_template(window.ctx.app, "续约", MessageChannel.EMAIL, SUBJECT, BODY)
    with window.ctx.store.write.begin() as s:
        s.get_one(Contact, people["cat"]).email = "cat@bounce.test"
        s.get_one(Contact, people["wang"]).email = "drop.wang@acme.com"
    m.queue_messages(window.ctx.app, "续约", account_ids=[people["acme"]])
    view = window.show_outbox()
    qtbot.waitUntil(lambda: view.send_button.isEnabled(), timeout=10000)
    view.send_button.click()
    qtbot.waitUntil(lambda: {r.state for r in view.model.rows} == {
        OutState.SENT, OutState.FAILED, OutState.SKIPPED} and not window.outbox.running,
        timeout=30000)

    def why() -> dict[str, tuple[str, str]]:
        return {r.contact_name: (view.model.index(i, COL_WHY).data(),
                                 view.model.index(i, COL_WHY).data(
                                     Qt.ItemDataRole.ToolTipRole))
                for i, r in enumerate(view.model.rows)}

    answer = "cat@bounce.test: 550 5.1.1 No such mailbox here"  # the server's, as it said
    said = why()
    assert said["Dan"][0] == "已退订" and said["Bob"][0] == "没有邮箱"
    assert said["Cat"][0] == f"邮件服务器拒收：{answer}"
    assert said["王芳"][0] == ("交接过程中连接中断（SMTPServerDisconnected）。可能已经发出——"
                             "重新发送前请先核实。")
    assert all(tip == text for text, tip in said.values() if text)
    reasons = {r.contact_name: r.reason for r in view.model.rows}
    assert reasons["Cat"] == f"The mail server refused it: {answer}"
    assert reasons["王芳"] == ("The connection broke while it was handed over "
                             "(SMTPServerDisconnected). It may have gone — check before "
                             "sending again.")
    cat = next(i for i, r in enumerate(view.model.rows) if r.contact_name == "Cat")
    view.table.selectRow(cat)
    assert f"发送失败：邮件服务器拒收：{answer}" in view.text.toPlainText()

    # the server gone: the run's report says why in Chinese, the library's error as it was
    port = free_port()
    ms.set_smtp(window.ctx.app, port=port)
    m.queue_messages(window.ctx.app, "续约", contact_ids=[people["ann"]])
    view.reload()
    qtbot.waitUntil(lambda: view.send_button.isEnabled(), timeout=10000)
    view.send_button.click()
    unreachable = f"无法连接邮件服务器 127.0.0.1:{port}（ConnectionRefusedError："
    qtbot.waitUntil(lambda: unreachable in view.status.text(), timeout=30000)


def test_the_settings_keep_the_password_in_the_keyring_not_the_workspace(
        window: MainWindow, qtbot: QtBot) -> None:
    menu_action(window, "&Messages", "Mail and SMS settings…")
    dialog = next(d for d in window.findChildren(MailSettingsDialog) if d.isVisible())
    qtbot.waitUntil(lambda: dialog.loaded is not None, timeout=10000)
    assert dialog.password.placeholderText() == "not kept yet"
    dialog.host.setText("smtp.example.com")
    dialog.security.setCurrentIndex(dialog.security.findData("tls"))
    assert dialog.port.value() == 465  # the usual port follows
    dialog.user.setText("amy")
    dialog.password.setText("s3cret-口令-9")
    dialog.from_address.setText("Amy <amy@example.com>")
    dialog.sms_body.setPlainText('{"to": "x"}')  # no {text}: refused, nothing kept
    dialog.box.accepted.emit()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10000)
    assert "{to} and {text}" in dialog.error.text()
    assert dialog.isVisible()
    dialog.sms_body.setPlainText('{"phone": "{to}", "content": "{text}"}')
    dialog.sms_url.setText("https://sms.example.com/send")
    dialog.sms_key.setText("gw-key-42")
    dialog.box.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    secrets = window.secret_store()
    assert secrets.get(smtp_key("smtp.example.com", "amy")) == "s3cret-口令-9"
    now = ms.mail_settings(window.ctx.app)
    assert (now.smtp_host, now.smtp_port, now.smtp_security, now.smtp_user,
            now.smtp_from, now.smtp_password_kept) == (
        "smtp.example.com", 465, "tls", "amy", "Amy <amy@example.com>", True)
    assert now.sms_body == '{"phone": "{to}", "content": "{text}"}' and now.sms_key_kept
    store = window.ctx.store
    on_disk = b"".join(p.read_bytes() for p in store.path.parent.glob(store.path.name + "*")
                       if p.is_file())
    assert "s3cret-口令-9".encode() not in on_disk and b"gw-key-42" not in on_disk
    # opened again: the password is not shown, only that one is kept
    menu_action(window, "&Messages", "Mail and SMS settings…")
    again = next(d for d in window.findChildren(MailSettingsDialog) if d.isVisible())
    qtbot.waitUntil(lambda: again.loaded is not None, timeout=10000)
    assert again.password.text() == ""
    assert again.password.placeholderText() == "kept in the keyring — type to change"


def test_the_try_button_says_the_mail_server_answered(
        window: MainWindow, smtp: MailServer, qtbot: QtBot) -> None:  # noqa: F811
    use_mail_server(window, smtp)
    dialog = MailSettingsDialog(window.ctx, window)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded is not None, timeout=10000)
    dialog.try_button.click()
    qtbot.waitUntil(lambda: dialog.tried.text().startswith("Connected"), timeout=30000)
    assert dialog.tried.text() == f"Connected to 127.0.0.1:{smtp.port} and signed in as amy."
    dialog.password.setText("wrong")
    dialog.try_button.click()
    qtbot.waitUntil(lambda: "refused the sign-in" in dialog.tried.text(), timeout=30000)
    assert "wrong" not in dialog.tried.text()
    assert smtp.received == []


def test_a_review_table_of_accounts_asks_to_write_to_the_chosen_rows(qtbot: QtBot) -> None:
    a, b, c = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    table = Table("value.churn", "Customers at risk of churn",
                  (Column("account", "Account", Cell.TEXT),),
                  (Row(("Acme",), (a,)), Row(("Beta",), (b,)), Row(("Gamma",), (c,))),
                  behind=Behind.ACCOUNTS)
    block = TableBlock()
    qtbot.addWidget(block)
    block.show_table(table)
    assert not block.message_button.isHidden()
    asked: list[tuple[list[uuid.UUID], str]] = []
    block.message_requested.connect(lambda ids, what: asked.append((ids, what)))
    block.message_action.trigger()  # nothing selected: every row
    assert asked[-1] == ([a, b, c], "the contacts of the 3 companies of “Customers at "
                                    "risk of churn”")
    block.view.selectRow(0)
    block.view.selectionModel().select(
        block.view.model().index(2, 0),
        block.view.selectionModel().SelectionFlag.Select |
        block.view.selectionModel().SelectionFlag.Rows)
    block.message_action.trigger()
    assert asked[-1] == ([a, c], "the contacts of 2 companies of “Customers at risk of "
                                 "churn”")
    block.view.selectRow(1)
    block.message_action.trigger()
    assert asked[-1] == ([b], "the contacts of Beta")
