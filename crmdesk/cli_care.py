"""The care-reminder sub-commands of `crmdesk` (crmdesk.cli adds them): `reminders`
(list them; mark one done or dismissed, or take the mark back; show the message one
suggests) and `care-settings` (a team's days ahead and templates), through the commands
of crmdesk.app.care, as the window uses them."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from crmdesk.domain.care import KIND_LABELS, MAX_LEAD_DAYS, Band, CareKind, MarkState

COMMANDS = frozenset({"reminders", "care-settings"})
_BANDS = {Band.OVERDUE: "overdue", Band.DUE: "due", Band.UPCOMING: "coming"}


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of days, got {text!r}") from None
    if not 0 <= value <= 366:
        raise argparse.ArgumentTypeError(f"give 0 to 366 days, got {value}")
    return value


def add_parsers(sub: Any) -> None:
    """Add the care sub-commands to `crmdesk`'s sub-parsers."""
    kinds = [k.value for k in CareKind]
    rem = sub.add_parser("reminders", help="list your care reminders (renewals, birthdays, "
                                           "anniversaries); mark one done or dismissed")
    rem.add_argument("--db", type=Path, dest="db", help="workspace file")
    rem.add_argument("--days", type=_days, default=0, metavar="N",
                     help="also those coming due within N days (default: due and overdue)")
    rem.add_argument("--kind", choices=kinds, action="append",
                     help="only reminders of this kind (may be repeated)")
    act = rem.add_mutually_exclusive_group()
    act.add_argument("--done", metavar="ID", help="mark the reminder done (ID: the first "
                                                  "characters of its id, as listed)")
    act.add_argument("--dismiss", metavar="ID", help="dismiss the reminder")
    act.add_argument("--undo", metavar="ID", help="take back a reminder's mark")
    act.add_argument("--suggest", metavar="ID",
                     help="show the message the reminder suggests, and to whom")
    act.add_argument("--send", metavar="ID",
                     help="send the message the reminder suggests (through the outbox) "
                          "and mark it done")
    act.add_argument("--marked", action="store_true",
                     help="list the reminders marked done or dismissed instead")

    settings = sub.add_parser("care-settings", help="show or set your team's care "
                                                    "reminders: days ahead and template")
    settings.add_argument("--db", type=Path, dest="db", help="workspace file")
    settings.add_argument("--kind", choices=kinds, help="the kind of reminder to set")
    settings.add_argument("--days", type=int, metavar="N",
                          help=f"due N days before the occasion (0 to {MAX_LEAD_DAYS})")
    settings.add_argument("--template", metavar="NAME",
                          help="the template it suggests (\"\": the one named after it)")


def _reminders(ctx: Any, args: argparse.Namespace) -> int:
    from crmdesk.app import care

    key = args.done or args.dismiss or args.undo or args.suggest or args.send
    if key is not None:
        row = care.find(ctx, key, marked=args.undo is not None)
        if args.suggest:
            return _suggest(ctx, row)
        if args.send:
            return _send(ctx, row)
        if args.undo:
            care.unmark(ctx, row)
            print(f"Back in the queue: {row.text} ({row.company})")
            return 0
        state = MarkState.DONE if args.done else MarkState.DISMISSED
        care.mark(ctx, row, state)
        print(f"{'Done' if state is MarkState.DONE else 'Dismissed'}: {row.text} "
              f"({row.company}); your team's laptops have it at their next sync.")
        return 0
    kinds = [CareKind(k) for k in args.kind] if args.kind else None
    rows = care.reminders(ctx, ahead=args.days, kinds=kinds, marked=args.marked)
    for row in rows:
        print(f"{row.id.hex[:8]}  {_BANDS[row.band]:<8} {row.reminder.occurs_on.isoformat()}"
              f"  {row.text}  · {row.company}" + (f" · {row.owner}" if row.owner else ""))
    counts = {band: sum(1 for r in rows if r.band is band) for band in Band}
    print(f"{len(rows)} reminder(s): {counts[Band.OVERDUE]} overdue, {counts[Band.DUE]} due"
          + (f", {counts[Band.UPCOMING]} coming within {args.days} days" if args.days else "")
          + ".")
    return 0


def _suggest(ctx: Any, row: Any) -> int:
    from crmdesk.app import care

    found = care.suggestion(ctx, row)
    print(f"{row.text} ({row.company})")
    if found.template is not None:
        print(f"Template: {found.template.name} [{found.template.channel.value}]")
    names = _names(ctx, found.contact_ids)
    print("To: " + (", ".join(names) if names else "(nobody)"))
    if found.why:
        print(found.why)
    if found.template is not None and found.contact_ids:
        print(f"Send it: crmdesk reminders --send {row.id.hex[:8]}")
    return 0


def _send(ctx: Any, row: Any) -> int:
    from crmdesk.app import care
    from crmdesk.cli_messages import _deliver
    from crmdesk.store.db import WorkspaceError

    found = care.suggestion(ctx, row)
    if found.template is None or not found.contact_ids:
        raise WorkspaceError(found.why)
    queued = care.send(ctx, row, found.template.name, found.contact_ids).value
    print(f"{found.template.name}: {queued.to_send} to send, {queued.opted_out} opted out, "
          f"{queued.no_address} without an address."
          + (" Marked done." if queued.to_send else " Nothing to send: not marked."))
    return _deliver(ctx)


def _names(ctx: Any, contact_ids: tuple[Any, ...]) -> list[str]:
    from sqlalchemy import select

    from crmdesk.store.models import Contact

    with ctx.store.session() as session:
        names = dict(session.execute(select(Contact.id, Contact.name).where(
            Contact.id.in_(contact_ids))).tuples().all())
    return [names[c] for c in contact_ids if c in names]


def _settings(ctx: Any, args: argparse.Namespace) -> int:
    from crmdesk.app import care
    from crmdesk.store.care_queries import KindSetting

    if args.kind is not None and (args.days is not None or args.template is not None):
        kind = CareKind(args.kind)
        now = care.settings(ctx)[kind]
        care.set_setting(ctx, KindSetting(
            kind, now.lead_days if args.days is None else args.days,
            now.template if args.template is None else args.template))
    for kind, setting in care.settings(ctx).items():
        print(f"{KIND_LABELS[kind]:<12} due {setting.lead_days} day(s) ahead, template "
              f"“{setting.template or KIND_LABELS[kind]}”")
    return 0


RUN: dict[str, Callable[[Any, argparse.Namespace], int]] = {
    "reminders": _reminders, "care-settings": _settings}
