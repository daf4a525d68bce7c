"""Messages sent from a real workspace file through a real SMTP server on loopback
(aiosmtpd: STARTTLS and TLS, a sign-in) and a real HTTP SMS gateway: the exact rendered
text arrives (Chinese subject and body), each is archived on the account's timeline,
opted-out people are skipped and counted, offline messages wait and go once, and a batch
killed mid-way sends nothing twice."""

from __future__ import annotations

import dataclasses
import os
import signal
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from crmdesk.app import message_settings as ms
from crmdesk.app import messages as m
from crmdesk.app.context import Context
from crmdesk.app.message_senders import (
    MAIL_REFUSED,
    NOT_AN_ADDRESS,
    EmailSender,
    SmtpSettings,
)
from crmdesk.cli import main
from crmdesk.domain.activity import ActivityKind, Outcome
from crmdesk.domain.messages import (
    INTERRUPTED,
    NO_EMAIL,
    NO_MOBILE,
    OPTED_OUT,
    MessageChannel,
    OutState,
)
from crmdesk.domain.words import Worded
from crmdesk.secrets import MemoryStore
from crmdesk.store import message_outbox as outbox
from crmdesk.store.db import Store, open_store
from crmdesk.store.models import Account, Activity, Contact, OutboxEntry, OutMessage, utcnow
from crmdesk.store.refusals import Refused
from crmdesk.store.writes import new_account, new_contact
from crmdesk.ui.words import sentence
from tests.message_world import (
    SMTP_PASSWORD,
    SMTP_USER,
    Gateway,
    MailServer,
    add_deal_colleague,
    add_people,
    cert_files,  # noqa: F401 - a fixture
    gateway,  # noqa: F401 - a fixture
    mail_server,
    rep_context,
    smtp,  # noqa: F401 - a fixture
)
from tests.server_fixtures import free_port
from tests.workspace_schema import columns, migrate

SUBJECT = "{{company.name}}：续约提醒"
BODY = ("{{contact.name}}{{contact.title|}}您好！\n合同将于 {{contract.end_date}} 到期，"
        "续约报价 {{deal.amount}}。\n— {{owner.name}}")
ROOT = Path(__file__).resolve().parents[1]


def _email_setup(store: Store, server: MailServer, security: str = "starttls"
                 ) -> Context:
    secrets = MemoryStore()
    ctx = rep_context(store, secrets)
    ms.set_smtp(ctx, host=server.host, port=server.port, security=security, user=SMTP_USER,
               from_address="Rep One <rep@crmdesk.test>", ca_file=server.ca_file,
               password=SMTP_PASSWORD)
    m.save_template(ctx, "续约", MessageChannel.EMAIL, SUBJECT, BODY)
    return ctx


def _states(store: Store) -> dict[str, tuple[OutState, str | None]]:
    with store.session() as s:
        return {row.contact_name: (row.state, row.reason)
                for row in s.scalars(select(OutMessage))}


def _words(store: Store) -> dict[str, Any]:
    """Each message's reason's template and figures, as the outbox keeps them."""
    with store.session() as s:
        return {row.contact_name: row.reason_words for row in s.scalars(select(OutMessage))}


def test_email_arrives_rendered_in_chinese_once_and_is_archived(
        empty: Store, world: dict[str, uuid.UUID], smtp: MailServer) -> None:  # noqa: F811
    ids = add_people(empty, world)
    ctx = _email_setup(empty, smtp)
    preview = m.preview(ctx, "续约", ids["wang"])
    assert preview.subject == "Acme Ltd.：续约提醒"
    assert preview.body == ("王芳采购经理您好！\n合同将于 2027-03-31 到期，续约报价 "
                            "120,000.00 CNY。\n— Rep One")
    assert m.preview(ctx, "续约", ids["ann"]).blanks == ("contact.title",)

    queued = m.queue_messages(ctx, "续约", account_ids=[ids["acme"]]).value
    assert (queued.to_send, queued.opted_out, queued.no_address) == (3, 1, 1)
    report = m.deliver(ctx).value
    assert (report.sent, report.failed, report.waiting, report.interrupted) == (3, 0, 0, 0)

    got = {msg["To"].addresses[0].addr_spec: msg for msg in smtp.messages()}
    assert sorted(got) == ["ann@acme.com", "cat@acme.com", "wang.fang@acme.com"]
    wang = got["wang.fang@acme.com"]
    assert wang["Subject"] == preview.subject
    # the wire's line ends are CRLF; the text is the preview's
    assert wang.get_content().replace("\r\n", "\n").rstrip("\n") == preview.body
    assert wang["To"].addresses[0].display_name == "王芳"
    assert _states(empty) == {
        "Ann": (OutState.SENT, None), "Cat": (OutState.SENT, None),
        "王芳": (OutState.SENT, None), "Bob": (OutState.SKIPPED, NO_EMAIL),
        "Dan": (OutState.SKIPPED, OPTED_OUT)}
    with empty.session() as s:
        archived = {a.contact_id: a for a in s.scalars(select(Activity).where(
            Activity.kind == ActivityKind.EMAIL))}
        assert set(archived) == {ids["ann"], ids["cat"], ids["wang"]}
        note = archived[ids["wang"]]
        assert note.outcome is Outcome.SENT and note.account_id == ids["acme"]
        assert note.notes == f"Subject: {preview.subject}\n\n{preview.body}"
        assert note.author_id == world["rep"]
        # the archive syncs like any activity: each is queued for the server
        queued_ids = set(s.scalars(select(OutboxEntry.row_id).where(
            OutboxEntry.entity == "activities")))
        assert {a.id for a in archived.values()} <= queued_ids
    # a second run sends nothing more
    assert m.deliver(ctx).value.sent == 0
    assert len(smtp.received) == 3
    # the password is in the secret store alone: not in the workspace file nor its log
    on_disk = b"".join(p.read_bytes() for p in empty.path.parent.glob(empty.path.name + "*")
                       if p.is_file())
    assert SMTP_PASSWORD.encode() not in on_disk and b"pa55-word" not in on_disk


def test_tls_from_the_start_and_a_refused_address_fails_with_the_servers_answer(
        empty: Store, world: dict[str, uuid.UUID], cert_files: tuple[Path, Path]) -> None:  # noqa: F811
    controller, server = mail_server(cert_files, "tls")
    try:
        ids = add_people(empty, world)
        ctx = _email_setup(empty, server, "tls")
        with empty.write.begin() as s:
            s.get_one(Contact, ids["cat"]).email = "cat@bounce.test"
            s.get_one(Contact, ids["bob"]).email = "bob at acme"
        m.queue_messages(ctx, "续约", contact_ids=[ids["cat"], ids["bob"], ids["ann"]])
        report = m.deliver(ctx).value
        assert (report.sent, report.failed) == (1, 2), report.notes
        state, reason = _states(empty)["Cat"]
        assert state is OutState.FAILED
        assert reason is not None and "550" in reason and "No such mailbox" in reason
        assert _states(empty)["Bob"] == (OutState.FAILED,
                                         "“bob at acme” is not an email address.")
        # our sentences keep their words, the server's answer a figure as it said it
        assert _words(empty)["Bob"] == {"template": NOT_AN_ADDRESS, "args": ["bob at acme"]}
        assert _words(empty)["Cat"] == {
            "template": MAIL_REFUSED, "args": [reason.removeprefix(
                "The mail server refused it: ")]}
        [cat] = [r.reason for r in m.outbox_rows(ctx) if r.contact_name == "Cat"]
        assert isinstance(cat, Worded) and cat == reason
        assert [e.rcpt_tos for e in server.received] == [["ann@acme.com"]]
    finally:
        controller.stop()


def test_offline_messages_wait_then_go_once(empty: Store, world: dict[str, uuid.UUID],
                                            cert_files: tuple[Path, Path]) -> None:  # noqa: F811
    ids = add_people(empty, world)
    port = free_port()
    ctx = _email_setup(empty, MailServer("127.0.0.1", port, str(cert_files[0])))
    m.queue_messages(ctx, "续约", contact_ids=[ids["ann"], ids["wang"]])
    offline = m.deliver(ctx).value
    assert (offline.sent, offline.waiting) == (0, 2)
    assert offline.notes and "Cannot reach the mail server" in offline.notes[0]
    assert {s for s, _ in _states(empty).values()} == {OutState.WAITING}
    controller, server = mail_server(cert_files, port=port)
    try:
        assert m.deliver(ctx).value.sent == 2
        assert m.deliver(ctx).value.sent == 0
        assert sorted(e.rcpt_tos[0] for e in server.received) == [
            "ann@acme.com", "wang.fang@acme.com"]
    finally:
        controller.stop()


def test_a_line_dropped_mid_message_is_failed_never_resent_and_the_rest_go_next(
        empty: Store, world: dict[str, uuid.UUID], smtp: MailServer) -> None:  # noqa: F811
    """A dropped line fails its message (it may have gone) and the next one opens a new
    connection; one that drops again before carrying anything stops the run: the
    rest wait for the next."""
    ids = add_people(empty, world)
    ctx = _email_setup(empty, smtp)
    with empty.write.begin() as s:
        s.get_one(Contact, ids["cat"]).email = "drop.cat@acme.com"
    m.queue_messages(ctx, "续约", contact_ids=[ids["ann"], ids["cat"], ids["wang"]])
    first = m.deliver(ctx).value
    assert (first.sent, first.failed, first.waiting) == (2, 1, 0)
    state, reason = _states(empty)["Cat"]
    assert state is OutState.FAILED and reason is not None
    assert reason.endswith("It may have gone — check before sending again.")
    assert m.deliver(ctx).value.sent == 0  # Cat is not tried again
    assert sorted(e.rcpt_tos[0] for e in smtp.received) == ["ann@acme.com",
                                                            "wang.fang@acme.com"]
    # two drops in a row: the second connection carried nothing, so the rest wait
    with empty.write.begin() as s:
        s.get_one(Contact, ids["ann"]).email = "drop.ann@acme.com"
        s.get_one(Contact, ids["wang"]).email = "drop.wang@acme.com"
    m.queue_messages(ctx, "续约", contact_ids=[ids["ann"], ids["wang"], ids["cat"]])
    second = m.deliver(ctx).value
    assert (second.sent, second.failed, second.waiting) == (0, 2, 1)
    assert "The connection broke" in second.notes[0]
    assert len(smtp.received) == 2


def test_a_wrong_password_sends_nothing_and_is_never_told(
        empty: Store, world: dict[str, uuid.UUID], smtp: MailServer) -> None:  # noqa: F811
    ids = add_people(empty, world)
    ctx = _email_setup(empty, smtp)
    ms.set_smtp(ctx, password="wrong-Pässword-42")
    m.queue_messages(ctx, "续约", contact_ids=[ids["ann"]])
    report = m.deliver(ctx).value
    assert (report.sent, report.waiting) == (0, 1)
    assert "refused the sign-in" in report.notes[0]
    assert "wrong-Pässword-42" not in report.notes[0] + repr(ms.smtp_settings(ctx))
    assert smtp.received == []


def test_an_unknown_merge_field_stops_a_send_before_anything_is_queued(
        empty: Store, world: dict[str, uuid.UUID]) -> None:
    ctx = rep_context(empty)
    with pytest.raises(Refused, match=r"Unknown merge field “\{\{contact.nickname\}\}”"):
        m.save_template(ctx, "Hi", MessageChannel.SMS, "", "Hi {{contact.nickname}}")
    assert m.templates(ctx) == []


def test_sms_goes_through_the_gateway_with_its_key_and_shape(
        empty: Store, world: dict[str, uuid.UUID], gateway: Gateway) -> None:  # noqa: F811
    ids = add_people(empty, world)
    secrets = MemoryStore()
    ctx = rep_context(empty, secrets)
    ms.set_sms(ctx, url=gateway.url, body='{"to": "{to}", "msg": {"text": "{text}"}}',
              auth_header="X-Api-Key", key="k3y-of-the-gateway")
    m.save_template(ctx, "提醒", MessageChannel.SMS, "",
                    '{{contact.name}}，您的合同 {{contract.end_date}} 到期 "请回复"')
    gateway.answer = lambda body: ((400, "bad number") if body["to"].endswith("2222")
                                   else (200, "{}"))
    queued = m.queue_messages(ctx, "提醒", account_ids=[ids["acme"]]).value
    assert (queued.to_send, queued.opted_out, queued.no_address) == (3, 1, 1)
    report = m.deliver(ctx).value
    assert (report.sent, report.failed) == (2, 1)
    wang = next(r for r in gateway.received if r["body"]["to"] == "+8613800138000")
    assert wang["body"]["msg"]["text"] == '王芳，您的合同 2027-03-31 到期 "请回复"'
    assert wang["headers"]["X-Api-Key"] == "k3y-of-the-gateway"
    assert _states(empty)["Bob"] == (OutState.FAILED, "The SMS gateway answered 400: bad number.")
    with empty.session() as s:
        texts = set(s.scalars(select(Activity.notes).where(Activity.kind == ActivityKind.SMS)))
    assert '王芳，您的合同 2027-03-31 到期 "请回复"' in texts and len(texts) == 2
    assert ms.mail_settings(ctx).sms_key_kept


def test_a_killed_batch_sends_nothing_twice(empty: Store, world: dict[str, uuid.UUID],
                                            gateway: Gateway, tmp_path: Path) -> None:  # noqa: F811
    """A real `crmdesk outbox --send` is killed while the gateway holds its second
    message: the next run marks that one failed (it may have gone), sends the rest,
    and nobody gets a message twice."""
    ids = add_people(empty, world)
    ctx = rep_context(empty)
    ms.set_sms(ctx, url=gateway.url)
    m.save_template(ctx, "Hi", MessageChannel.SMS, "", "Hi {{contact.name}}")
    m.queue_messages(ctx, "Hi", contact_ids=[ids["ann"], ids["bob"], ids["wang"]])
    gateway.hold_for = "+8613900002222"  # Bob's, the second
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHON_KEYRING_BACKEND":
           "keyring.backends.fail.Keyring"}
    proc = subprocess.Popen([sys.executable, "-m", "crmdesk.cli", "outbox", "--db",
                             str(empty.path), "--send"], env=env, cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert gateway.held.wait(60), proc.stderr.read() if proc.stderr else ""
        assert _states(empty)["Bob"] == (OutState.SENDING, None)  # committed before
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    gateway.hold_for = None
    gateway.release.set()
    report = m.deliver(ctx).value
    assert (report.interrupted, report.sent) == (1, 1)
    assert _states(empty) == {"Ann": (OutState.SENT, None),
                              "Bob": (OutState.FAILED, INTERRUPTED),
                              "王芳": (OutState.SENT, None)}
    sent_to = [r["body"]["to"] for r in gateway.received]
    assert sorted(sent_to) == sorted(set(sent_to))  # nobody twice
    assert len(sent_to) == 3
    # only when the user asks does it go again
    assert m.deliver(ctx).value.sent == 0
    bob = next(r.id for r in m.outbox_rows(ctx) if r.contact_name == "Bob")
    assert _words(empty)["Bob"] == {"template": INTERRUPTED, "args": []}
    assert m.send_again(ctx, [bob]).value == 1
    assert (_states(empty)["Bob"], _words(empty)["Bob"]) == ((OutState.WAITING, None), None)
    assert m.deliver(ctx).value.sent == 1


def test_at_start_a_message_left_sending_is_failed_and_never_sent_by_itself(
        empty: Store, world: dict[str, uuid.UUID], gateway: Gateway) -> None:  # noqa: F811
    ids = add_people(empty, world)
    ctx = rep_context(empty)
    ms.set_sms(ctx, url=gateway.url)
    m.save_template(ctx, "Hi", MessageChannel.SMS, "", "Hi {{contact.name}}")
    m.queue_messages(ctx, "Hi", contact_ids=[ids["ann"], ids["bob"]])
    with empty.write.begin() as s:  # as a run that died while handing Ann's over
        [(first, _), _] = outbox.waiting(s)
        assert outbox.take(s, first) is not None
    assert m.recover(ctx).value == 1
    assert _states(empty)["Ann"] == (OutState.FAILED, INTERRUPTED)
    assert m.recover(ctx).value == 0
    assert m.deliver(ctx).value.sent == 1
    assert [r["body"]["to"] for r in gateway.received] == ["+8613900002222"]


def test_a_message_to_a_company_removed_meanwhile_is_sent_and_says_it_is_not_archived(
        empty: Store, world: dict[str, uuid.UUID], gateway: Gateway) -> None:  # noqa: F811
    ids = add_people(empty, world)
    ctx = rep_context(empty)
    with empty.write.begin() as s:
        other = new_account(s, name="Other Co", owner_id=world["rep"], team_id=world["team"])
        olga = new_contact(s, other, name="Olga", mobile="136 0000 4444")
    ms.set_sms(ctx, url=gateway.url)
    m.save_template(ctx, "Hi", MessageChannel.SMS, "", "Hi {{contact.name}}")
    m.queue_messages(ctx, "Hi", contact_ids=[ids["ann"], olga])
    with empty.write.begin() as s:
        s.get_one(Account, world["acme"]).deleted = True
    report = m.deliver(ctx).value
    assert (report.sent, report.failed) == (2, 0)
    states = _states(empty)
    assert states["Ann"] == (OutState.SENT, m.NOT_ARCHIVED)
    assert _words(empty)["Ann"] == {"template": m.NOT_ARCHIVED, "args": []}
    assert states["Olga"] == (OutState.SENT, None)
    with empty.session() as s:
        assert [(a.account_id, a.notes) for a in s.scalars(select(Activity).where(
            Activity.kind == ActivityKind.SMS))] == [(other, "Hi Olga")]


@pytest.mark.skipif(sys.platform == "win32", reason="flock")
def test_two_runs_never_overlap(empty: Store, world: dict[str, uuid.UUID],
                                gateway: Gateway) -> None:  # noqa: F811
    """While another run holds the outbox's lock file, a run sends nothing and says so;
    nor does it take the other run's "sending" message for an interrupted one."""
    import fcntl

    ids = add_people(empty, world)
    ctx = rep_context(empty)
    ms.set_sms(ctx, url=gateway.url)
    m.save_template(ctx, "Hi", MessageChannel.SMS, "", "Hi")
    m.queue_messages(ctx, "Hi", contact_ids=[ids["ann"]])
    with empty.write.begin() as s:  # the other run is handing it over now
        [(first, _)] = outbox.waiting(s)
        outbox.take(s, first)
    with open(m.lock_path(ctx), "a+b") as other:
        fcntl.flock(other.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        report = m.deliver(ctx).value
        assert report.busy and (report.sent, report.interrupted) == (0, 0)
        assert m.recover(ctx).value == 0
        assert _states(empty)["Ann"] == (OutState.SENDING, None)
    assert gateway.received == []


def test_the_cli_dry_run_prints_what_would_go_and_queues_nothing(
        empty: Store, world: dict[str, uuid.UUID], capsys: pytest.CaptureFixture[str]
        ) -> None:
    add_people(empty, world)
    db = str(empty.path)
    assert main(["template", "--db", db, "add", "续约", "--subject", SUBJECT,
                 "--body", BODY]) == 0
    assert main(["send", "--db", db, "--template", "续约", "--account", "acme",
                 "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "would send  王芳 <wang.fang@acme.com>" in out
    assert "    合同将于 2027-03-31 到期，续约报价 120,000.00 CNY。" in out
    assert "skip  Dan: opted out" in out and "skip  Bob: no email address" in out
    assert "3 to send, 1 opted out (skipped), 1 without an address (skipped)." in out
    with empty.session() as s:
        assert s.scalars(select(OutMessage)).all() == []
    assert main(["template", "--db", db, "add", "Bad", "--sms", "--body", "{{nope}}"]) == 2
    assert "Unknown merge field “{{nope}}”" in capsys.readouterr().err
    assert main(["template", "--db", db, "list"]) == 0
    assert capsys.readouterr().out.startswith("续约  [email]")


def test_an_email_carries_its_outbox_id_for_checking(
        empty: Store, world: dict[str, uuid.UUID]) -> None:
    """A message's Message-ID names its batch and outbox id, so one cut off can be
    looked up in the sent mail before sending it again."""
    ids = add_people(empty, world)
    ctx = rep_context(empty)
    m.save_template(ctx, "T", MessageChannel.EMAIL, "S", "B")
    batch = m.queue_messages(ctx, "T", contact_ids=[ids["ann"]]).value.batch_id
    [row] = m.outbox_rows(ctx)
    msg = EmailSender(SmtpSettings("h", 1, "tls", "Rep <rep@crmdesk.test>")).message(row)
    assert msg["Message-ID"] == f"<crmdesk.{batch.hex}.{row.id}@crmdesk.test>"


def test_the_cli_sends_a_queues_companies_through_the_gateway(
        empty: Store, world: dict[str, uuid.UUID], gateway: Gateway,  # noqa: F811
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings, an opt-out, a preview and a send to the companies of the rep's queue,
    all from the command line, through the same outbox."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    add_people(empty, world)
    db = str(empty.path)
    assert main(["mail-settings", "--db", db, "sms", "--url", gateway.url, "--body",
                 '{"phone": "{to}", "content": "{text}"}']) == 0
    assert f"SMS gateway: {gateway.url}" in capsys.readouterr().out
    assert main(["mail-settings", "--db", db, "sms", "--body", '{"to": "x"}']) == 2
    assert "{to} and {text}" in capsys.readouterr().err
    assert main(["mail-settings", "--db", db, "smtp", "--security", "tls", "--port", "465"]
                ) == 0
    assert ":465 (tls)" in capsys.readouterr().out
    assert main(["template", "--db", db, "add", "Hi", "--sms", "--body",
                 "{{contact.name}} @ {{company.name}}"]) == 0
    assert main(["template", "--db", db, "show", "Hi", "--contact", "王芳"]) == 0
    assert capsys.readouterr().out.endswith("王芳 @ Acme Ltd.\n")
    assert main(["opt-out", "--db", db, "王芳"]) == 0
    assert main(["send", "--db", db, "--template", "Hi", "--queue", "my_queue"]) == 0
    out = capsys.readouterr().out
    assert "skip  王芳: opted out" in out and "skip  Dan: opted out" in out
    assert "2 to send, 2 opted out (skipped), 1 without an address (skipped)." in out
    assert "Sent 2, failed 0, waiting 0." in out
    assert sorted(r["body"]["content"] for r in gateway.received) == [
        "Ann @ Acme Ltd.", "Bob @ Acme Ltd."]
    assert main(["outbox", "--db", db]) == 0
    listed = capsys.readouterr().out
    assert "sent     sms   Ann <+8613800001111>  Hi" in listed
    assert listed.rstrip().endswith("waiting 0, sending 0, sent 2, failed 0, skipped 3")


def test_a_deal_colleague_may_not_send_outside_the_deal_and_is_told_why(
        empty: Store, world: dict[str, uuid.UUID]) -> None:
    """Who may archive a message on a company is asked at queue time by the rule of an
    activity the user logs (crmdesk.app.activities.account_facts): a colleague of
    another team on one of Acme's deals logs on that deal only, so a message to
    Acme's people is skipped with the rule's words, before anything goes."""
    from crmdesk.domain.scope import ON_YOUR_DEAL

    ids = add_people(empty, world)
    ctx = add_deal_colleague(empty, world)
    m.save_template(ctx, "Hi", MessageChannel.SMS, "", "Hi {{contact.name}}")
    queued = m.queue_messages(ctx, "Hi", account_ids=[ids["acme"]]).value
    assert queued.to_send == 0
    assert {p.contact_name: p.skipped for p in queued.planned} == {
        "Ann": ON_YOUR_DEAL, "Bob": ON_YOUR_DEAL, "Cat": NO_MOBILE, "王芳": ON_YOUR_DEAL,
        "Dan": OPTED_OUT}


def test_what_a_dead_run_sent_and_did_not_archive_is_archived_by_the_next(
        empty: Store, world: dict[str, uuid.UUID], gateway: Gateway) -> None:  # noqa: F811
    """A run archives what went a batch at a time: one killed in between leaves messages
    sent and not yet archived, which the next run (or `recover` at start) archives,
    sending nothing again."""
    ids = add_people(empty, world)
    ctx = rep_context(empty)
    ms.set_sms(ctx, url=gateway.url)
    m.save_template(ctx, "Hi", MessageChannel.SMS, "", "Hi {{contact.name}}")
    m.queue_messages(ctx, "Hi", contact_ids=[ids["ann"], ids["wang"]])
    with empty.write.begin() as s:  # as a run that died after handing both over
        for message_id, _ in outbox.waiting(s):
            assert outbox.mark_sending(s, message_id)
            outbox.sent(s, message_id, utcnow(), None)
    assert [r.contact_name for r in m.outbox_rows(ctx) if r.activity_id is None] == [
        "王芳", "Ann"]
    assert m.recover(ctx).value == 0
    rows = m.outbox_rows(ctx)
    assert all(r.state is OutState.SENT and r.activity_id and r.reason is None for r in rows)
    with empty.session() as s:
        notes = {a.id: a.notes for a in s.scalars(select(Activity).where(
            Activity.kind == ActivityKind.SMS))}
        queued_ids = set(s.scalars(select(OutboxEntry.row_id).where(
            OutboxEntry.entity == "activities")))
    assert {notes[r.activity_id] for r in rows if r.activity_id} == {"Hi Ann", "Hi 王芳"}
    assert set(notes) <= queued_ids  # each syncs like any activity
    assert m.deliver(ctx).value.sent == 0 and gateway.received == []


def test_the_email_made_directly_reads_as_the_email_packages(
        empty: Store, world: dict[str, uuid.UUID]) -> None:
    """The bytes a sender makes itself (fast) say what the email package's message says:
    sender, recipient and name, text, Message-ID, and the subject as rendered; what
    only the email package can write (a name with a line break) goes its way."""
    import email
    import email.policy

    ids = add_people(empty, world)
    ctx = rep_context(empty)
    long_subject = "续约提醒 " * 30 + "=?utf-8?q?x?="
    m.save_template(ctx, "T", MessageChannel.EMAIL, long_subject + "{{company.name}}",
                    "第一行 {{contact.name}}\n.\nשלום\r\n" + "x" * 300)
    with empty.write.begin() as s:
        s.get_one(Contact, ids["ann"]).name = 'Ann "the buyer", Acme'
    m.queue_messages(ctx, "T", contact_ids=[ids["ann"], ids["wang"]])
    sender = EmailSender(SmtpSettings("h", 1, "tls", "王 Rep <rep@crmdesk.test>"))
    for row in m.outbox_rows(ctx):
        fast = sender.wire(row)
        assert fast is not None
        got = email.message_from_bytes(fast, policy=email.policy.default)
        want = email.message_from_bytes(sender.message(row).as_bytes(),
                                        policy=email.policy.default)
        for header in ("From", "To", "Message-ID"):
            assert str(got[header]) == str(want[header]), header
        assert got["To"].addresses[0].display_name == row.contact_name
        # the subject exactly as rendered: the email package's own loses a space between
        # encoded words and reads typed "=?...?=" as encoded
        assert got["Subject"] == row.subject
        assert got.get_content().replace("\r\n", "\n") == want.get_content()
    broken = dataclasses.replace(m.outbox_rows(ctx)[0], contact_name="Ann\nBcc: x@y.z")
    assert sender.wire(broken) is None


def test_mail_settings_left_alone_unless_given_and_removed_when_empty(
        empty: Store, world: dict[str, uuid.UUID]) -> None:
    ctx = rep_context(empty)
    ms.set_smtp(ctx, host="smtp.test", user="amy", ca_file="/etc/ca.pem")
    ms.set_smtp(ctx, port=2525)  # nothing said of the user or the certificate file
    shown = ms.mail_settings(ctx)
    assert (shown.smtp_user, shown.smtp_ca_file, shown.smtp_port) == ("amy", "/etc/ca.pem",
                                                                      2525)
    ms.set_smtp(ctx, user="", ca_file=" ")
    shown = ms.mail_settings(ctx)
    assert (shown.smtp_user, shown.smtp_ca_file) == (None, None)


def test_outbox_words_migrate_up_and_down_keeping_the_reasons(
        tmp_path: Path, chinese: None) -> None:
    """0034_outbox_words adds the words beside the outbox's reasons: those from before
    keep their text and read as it (one of our marked words still worded in the window,
    a server's answer as it said it); taking it back keeps the reasons."""
    path = tmp_path / "older.db"
    open_store(path, create=True).close()

    reasons = {"Dan": ("skipped", "opted out"),
               "Cat": ("failed", "The mail server refused it: 550 No such mailbox")}
    migrate(path, "0033_note_words")
    assert "reason_words" not in columns(path, "message_outbox")
    with sqlite3.connect(path) as raw:
        for name, (state, reason) in reasons.items():
            raw.execute("INSERT INTO message_outbox (batch_id, channel, template_name, "
                        "account_id, contact_id, contact_name, subject, body, state, reason, "
                        "queued_at) VALUES (?, 'email', 'T', ?, ?, ?, '', 'B', ?, ?, "
                        "'2026-12-01 09:00:00')", (uuid.uuid4().hex, uuid.uuid4().hex,
                                                   uuid.uuid4().hex, name, state, reason))
    store = open_store(path)  # upgraded to the head, backed up first
    try:
        assert "reason_words" in columns(path, "message_outbox")
        with store.session() as s:
            rows = {r.contact_name: r for r in outbox.rows(s)}
        assert {name: (r.state.value, r.reason) for name, r in rows.items()} == reasons
        assert all(type(r.reason) is str for r in rows.values())
        assert sentence(rows["Dan"].reason or "") == "已退订"
        assert sentence(rows["Cat"].reason or "") == reasons["Cat"][1]
    finally:
        store.close()
    migrate(path, "0033_note_words")
    assert "reason_words" not in columns(path, "message_outbox")
    with sqlite3.connect(path) as raw:
        assert dict(raw.execute("SELECT contact_name, reason FROM message_outbox")) == {
            name: reason for name, (_state, reason) in reasons.items()}
