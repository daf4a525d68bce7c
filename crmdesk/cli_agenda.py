"""The agenda's sub-commands of `crmdesk` (crmdesk.cli adds them): `agenda` (the day and
the week: follow-ups, tasks, deal close dates, onboarding tasks, care reminders, by
day), `done ID` and `reschedule ID --to WHEN`, through crmdesk.app.agenda as the
window's agenda pane uses it."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from crmdesk.domain.activity import QUICK_CHOICES, quick_follow_up
from crmdesk.domain.agenda import DEFAULT_DAYS, KIND_LABELS, MOST_DAYS, heading, sections

COMMANDS = frozenset({"agenda", "done", "reschedule"})


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of days, got {text!r}") from None
    if not 0 <= value <= MOST_DAYS:
        raise argparse.ArgumentTypeError(f"give 0 to {MOST_DAYS} days, got {value}")
    return value


def _when(text: str) -> str:
    if text in QUICK_CHOICES:
        return text
    try:
        date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected {', '.join(QUICK_CHOICES)} or a date as YYYY-MM-DD, got {text!r}"
        ) from None
    return text


def add_parsers(sub: Any) -> None:
    """Add the agenda's sub-commands to `crmdesk`'s sub-parsers."""
    agenda = sub.add_parser("agenda", help="your day and week: follow-ups, tasks, deal close "
                                           "dates, onboarding tasks and care reminders, by day")
    agenda.add_argument("--db", type=Path, dest="db", help="workspace file")
    agenda.add_argument("--days", type=_days, default=DEFAULT_DAYS, metavar="N",
                        help=f"look N days ahead (default {DEFAULT_DAYS}; 0: today and "
                             "what is overdue)")
    agenda.add_argument("--format", choices=("table", "json"), default="table",
                        help="a table to read (default) or JSON for a script")
    done = sub.add_parser("done", help="mark an item of your agenda done (a follow-up, a "
                                       "task, an onboarding task, a care reminder)")
    done.add_argument("--db", type=Path, dest="db", help="workspace file")
    done.add_argument("id", metavar="ID", help="the first characters of its id, as "
                                               "`crmdesk agenda` lists it")
    move = sub.add_parser("reschedule", help="move an item of your agenda to another day")
    move.add_argument("--db", type=Path, dest="db", help="workspace file")
    move.add_argument("id", metavar="ID", help="the first characters of its id, as "
                                               "`crmdesk agenda` lists it")
    move.add_argument("--to", type=_when, required=True, metavar="WHEN",
                      help="tomorrow, +3d, next_week (next Monday) or a date (YYYY-MM-DD)")


def _agenda(ctx: Any, args: argparse.Namespace) -> int:
    from crmdesk.app import agenda

    items = agenda.agenda(ctx, args.days)
    today = ctx.today()
    if args.format == "json":
        print(json.dumps({"today": today.isoformat(), "days": args.days, "items": [
            {"id": item.key, "kind": item.kind.value, "day": item.day.isoformat(),
             "time": item.at.strftime("%H:%M") if item.at else None,
             "account_id": str(item.account_id), "company": item.company, "what": item.what,
             "section": heading(section)}
            for section in sections(items, today) for item in section.items]},
            ensure_ascii=False, indent=2))
        return 0
    for section in sections(items, today):
        print(f"{heading(section)}" + (f" ({section.day.isoformat()})" if section.day else "")
              + f" — {len(section.items)}")
        for item in section.items:
            when = item.at.strftime("%H:%M") if item.at else (
                "" if section.day else item.day.strftime("%a %d %b"))
            print(f"  {item.short_key}  {when:<10} {KIND_LABELS[item.kind]:<12} "
                  f"{item.company}" + (f" · {item.what}" if item.what else ""))
    print(f"{len(items)} item(s), {sum(1 for i in items if i.day < today)} overdue.")
    return 0


def _done(ctx: Any, args: argparse.Namespace) -> int:
    from crmdesk.app import agenda

    item = agenda.find(ctx, args.id)
    agenda.done(ctx, item)
    print(f"Done: {KIND_LABELS[item.kind]} · {item.company}"
          + (f" · {item.what}" if item.what else ""))
    return 0


def _reschedule(ctx: Any, args: argparse.Namespace) -> int:
    from crmdesk.app import agenda

    item = agenda.find(ctx, args.id)
    today = ctx.today()
    day = (quick_follow_up(args.to, today) if args.to in QUICK_CHOICES
           else date.fromisoformat(args.to))
    agenda.reschedule(ctx, item, day)
    print(f"Moved to {day.isoformat()}: {KIND_LABELS[item.kind]} · {item.company}")
    return 0


RUN: dict[str, Callable[[Any, argparse.Namespace], int]] = {
    "agenda": _agenda, "done": _done, "reschedule": _reschedule}
