"""The message sub-commands of `crmdesk` (crmdesk.cli adds them): `send`, `template`,
`outbox`, `opt-out` and `mail-settings`, each through the commands of
crmdesk.app.messages, as the window uses them."""

from __future__ import annotations

import argparse
import sys
import uuid
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from crmdesk.paths import default_workspace
from crmdesk.store.db import WorkspaceError, open_store

COMMANDS = frozenset({"send", "template", "outbox", "opt-out", "mail-settings"})


def add_parsers(sub: Any) -> None:
    """Add the message sub-commands to `crmdesk`'s sub-parsers."""
    from crmdesk.store.queries import QueueFilter

    send = sub.add_parser("send", help="send an email or SMS template to the contacts of "
                                       "some companies, through the outbox")
    send.add_argument("--db", type=Path, dest="db", help="workspace file")
    send.add_argument("--template", required=True, help="the template's name")
    who = send.add_mutually_exclusive_group(required=True)
    who.add_argument("--account", metavar="TEXT",
                     help="the companies whose name holds TEXT")
    who.add_argument("--queue", choices=[f.value for f in QueueFilter], metavar="FILTER",
                     help="the companies of one of your queue's filters: "
                          + ", ".join(f.value for f in QueueFilter))
    send.add_argument("--dry-run", action="store_true",
                      help="print what would go to whom, and who is skipped; send nothing")

    template = sub.add_parser("template", help="add, list or show the team's message "
                                               "templates")
    template.add_argument("--db", type=Path, dest="db", help="workspace file")
    what = template.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = what.add_parser("add", help="add a template, or change the one of that name")
    add.add_argument("name")
    add.add_argument("--sms", action="store_true", help="an SMS template (default: email)")
    add.add_argument("--subject", default="", help="an email's subject (merge fields too)")
    text = add.add_mutually_exclusive_group(required=True)
    text.add_argument("--body", help="the text, with merge fields such as {{contact.name}}")
    text.add_argument("--body-file", type=Path, help="read the text from this UTF-8 file")
    what.add_parser("list", help="list the templates")
    show = what.add_parser("show", help="show a template, or preview it for a contact")
    show.add_argument("name")
    show.add_argument("--contact", metavar="NAME",
                      help="preview it with this contact's record (the exact text)")
    what.add_parser("fields", help="list the merge fields")

    box = sub.add_parser("outbox", help="list the message outbox, send what waits")
    box.add_argument("--db", type=Path, dest="db", help="workspace file")
    box.add_argument("--send", action="store_true", help="send the waiting messages")
    box.add_argument("--again", type=int, nargs="+", metavar="ID",
                     help="send these failed messages again (after checking they did "
                          "not go)")

    opt = sub.add_parser("opt-out", help="mark a contact as opted out of messages")
    opt.add_argument("--db", type=Path, dest="db", help="workspace file")
    opt.add_argument("contact", help="the contact's name")
    opt.add_argument("--undo", action="store_true", help="opted in again")

    mail = sub.add_parser("mail-settings", help="show or set the mail server and SMS "
                                                "gateway (passwords go to the keyring)")
    mail.add_argument("--db", type=Path, dest="db", help="workspace file")
    part = mail.add_subparsers(dest="part", metavar="PART")
    smtp = part.add_parser("smtp", help="the mail server")
    smtp.add_argument("--host")
    smtp.add_argument("--port", type=int)
    smtp.add_argument("--security", choices=("starttls", "tls"))
    smtp.add_argument("--user", help="the user name to sign in with (\"\": none)")
    smtp.add_argument("--from", dest="from_address", metavar="ADDRESS")
    smtp.add_argument("--ca-file", help="a certificate (PEM) to trust for this server "
                                        "(\"\": the system's alone)")
    smtp.add_argument("--password", action="store_true",
                      help="read the password from the terminal or standard input")
    sms = part.add_parser("sms", help="the SMS gateway")
    sms.add_argument("--url")
    sms.add_argument("--body", help='the JSON body, e.g. {"to": "{to}", "text": "{text}"}')
    sms.add_argument("--auth-header", help="the header carrying the gateway's key")
    sms.add_argument("--key", action="store_true",
                     help="read the gateway's key from the terminal or standard input")


def run(args: argparse.Namespace) -> int:
    return run_with(args, _COMMANDS)


def run_with(args: argparse.Namespace,
             commands: Mapping[str, Callable[[Any, argparse.Namespace], int]]) -> int:
    """Run `commands[args.command]` on the workspace as its user, a refusal printed."""
    from crmdesk.app.context import Context
    from crmdesk.cli import _signed_in
    from crmdesk.secrets import KeyringStore
    from crmdesk.store.refusals import NotFound, Refused

    store = open_store(args.db or default_workspace())
    secrets = KeyringStore()
    try:
        ctx = Context(store, _signed_in(store, getattr(args, "user", None)),
                      secrets=lambda: secrets)
        try:
            return commands[args.command](ctx, args)
        except (Refused, NotFound) as exc:
            print(f"crmdesk: {exc}", file=sys.stderr)
            return 2
    finally:
        store.close()


def _send(ctx: Any, args: argparse.Namespace) -> int:
    from crmdesk.app import messages as m
    from crmdesk.store.queries import QueueFilter

    accounts = (m.queue_accounts(ctx, QueueFilter(args.queue)) if args.queue
                else m.accounts_named(ctx, args.account))
    if not accounts:
        raise WorkspaceError("No company matches: nothing to send.")
    queued = m.queue_messages(ctx, args.template, account_ids=accounts,
                              dry_run=args.dry_run).value
    for p in queued.planned:
        if p.skipped is not None:
            print(f"skip  {p.contact_name}: {p.skipped}")
            continue
        print(f"{'would send' if args.dry_run else 'queued'}  {p.contact_name} <{p.recipient}>"
              + (f"  (blank: {', '.join(p.blanks)})" if p.blanks else ""))
        if args.dry_run:
            if p.subject:
                print(f"    Subject: {p.subject}")
            for line in p.body.splitlines():
                print(f"    {line}")
    print(f"{queued.to_send} to send, {queued.opted_out} opted out (skipped), "
          f"{queued.no_address} without an address (skipped).")
    if args.dry_run:
        return 0
    return _deliver(ctx)


def _deliver(ctx: Any) -> int:
    from crmdesk.app import messages as m

    report = m.deliver(ctx).value
    if report.busy:
        print("Another crmdesk is sending this outbox; the messages wait for it.")
    if report.interrupted:
        print(f"{report.interrupted} message(s) were cut off by an earlier run: marked "
              "failed (they may have gone; check before sending again).")
    print(f"Sent {report.sent}, failed {report.failed}, waiting {report.waiting}.")
    for note in dict.fromkeys(report.notes):
        print(f"  {note}")
    return 0


def _template(ctx: Any, args: argparse.Namespace) -> int:
    from crmdesk.app import messages as m
    from crmdesk.domain.messages import MERGE_FIELDS, MessageChannel

    if args.action == "fields":
        for name, label in MERGE_FIELDS.items():
            print(f"{{{{{name}}}}}  {label}")
        return 0
    if args.action == "list":
        for t in m.templates(ctx):
            print(f"{t.name}  [{t.channel.value}]" + (f"  {t.subject}" if t.subject else ""))
        return 0
    if args.action == "add":
        body = args.body if args.body is not None else args.body_file.read_text("utf-8")
        m.save_template(ctx, args.name, MessageChannel.SMS if args.sms else
                        MessageChannel.EMAIL, args.subject, body)
        print(f"Saved “{args.name}”; the team has it at the next sync.")
        return 0
    chosen = m.template(ctx, args.name)
    if args.contact is None:
        print(f"{chosen.name}  [{chosen.channel.value}]")
        if chosen.subject:
            print(f"Subject: {chosen.subject}")
        print(chosen.body)
        return 0
    contact = _contact(ctx, args.contact)
    shown = m.preview(ctx, args.name, contact)
    if shown.subject:
        print(f"Subject: {shown.subject}")
    print(shown.body)
    if shown.blanks:
        print(f"(no value for: {', '.join(shown.blanks)})", file=sys.stderr)
    return 0


def _contact(ctx: Any, name: str) -> uuid.UUID:
    from sqlalchemy import select

    from crmdesk.store.models import Contact

    with ctx.store.session() as session:
        found: list[uuid.UUID] = list(session.scalars(select(Contact.id).where(
            Contact.name == name, Contact.deleted.is_(False)).limit(2)))
    if len(found) != 1:
        raise WorkspaceError(f"No contact called “{name}”." if not found else
                             f"More than one contact is called “{name}”.")
    return found[0]


def _outbox(ctx: Any, args: argparse.Namespace) -> int:
    from crmdesk.app import messages as m

    if args.again:
        print(f"{m.send_again(ctx, args.again).value} message(s) will be sent again.")
    if args.send or args.again:
        return _deliver(ctx)
    for row in m.outbox_rows(ctx):
        print(f"{row.id:>6}  {row.state.value:<8} {row.channel.value:<5} {row.contact_name} "
              f"<{row.recipient or '-'}>  {row.template_name}"
              + (f"  — {row.reason}" if row.reason else ""))
    counts = m.outbox_counts(ctx)
    print(", ".join(f"{state.value} {n}" for state, n in counts.items()))
    return 0


def _opt_out(ctx: Any, args: argparse.Namespace) -> int:
    from crmdesk.app import messages as m

    contact = _contact(ctx, args.contact)
    m.set_opted_out(ctx, contact, not args.undo)
    print(f"{args.contact} is {'opted in again' if args.undo else 'opted out of messages'}.")
    return 0


def _mail_settings(ctx: Any, args: argparse.Namespace) -> int:
    from crmdesk.app import message_settings as m
    from crmdesk.cli import _password

    if args.part == "smtp":
        password = _password("Mail server password: ") if args.password else None
        m.set_smtp(ctx, host=args.host, port=args.port, security=args.security,
                   user=args.user, from_address=args.from_address, ca_file=args.ca_file,
                   password=password)
    elif args.part == "sms":
        key = _password("SMS gateway key: ") if args.key else None
        m.set_sms(ctx, url=args.url, body=args.body, auth_header=args.auth_header, key=key)
    now = m.mail_settings(ctx)
    print(f"Mail server: {now.smtp_host or '(none)'}:{now.smtp_port} ({now.smtp_security}), "
          f"user {now.smtp_user or '(none)'}, from {now.smtp_from or '(none)'}"
          + (f", trusting {now.smtp_ca_file}" if now.smtp_ca_file else "")
          + (", password in the keyring" if now.smtp_password_kept else ", no password kept"))
    print(f"SMS gateway: {now.sms_url or '(none)'}, body {now.sms_body}, key in header "
          f"{now.sms_auth_header}" + (" (kept in the keyring)" if now.sms_key_kept
                                      else " (no key kept)"))
    return 0


_COMMANDS = {"send": _send, "template": _template, "outbox": _outbox, "opt-out": _opt_out,
             "mail-settings": _mail_settings}
