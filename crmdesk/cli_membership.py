"""The `crmdesk member` sub-commands (crmdesk.cli adds them): issue a card, earn a
payment's points, redeem, adjust, reverse, show a customer's membership and ledger, and
show or set the team's levels and earning rule, each through the commands of
crmdesk.app.membership, as the window uses them. A refusal is exit 2 with the reason."""

from __future__ import annotations

import argparse
import json
import sys
import uuid
from pathlib import Path
from typing import Any

from crmdesk.paths import default_workspace
from crmdesk.store.db import WorkspaceError, open_store

COMMANDS = frozenset({"member"})
ACTIONS = ("issue", "earn", "redeem", "adjust", "reverse", "show", "levels")


def _points(text: str) -> int:
    try:
        return int(text.replace(",", "").replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a whole number of points.") \
            from None


def add_parsers(sub: Any) -> None:
    """Add `crmdesk member …` to `crmdesk`'s sub-parsers."""
    member = sub.add_parser("member", help="member cards and points: issue, earn, redeem, "
                                           "adjust, reverse, show, levels")
    member.add_argument("--db", type=Path, dest="db", help="workspace file")
    member.add_argument("--user", help="act as this user of the workspace")
    what = member.add_subparsers(dest="action", metavar="ACTION", required=True)

    def workspace(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
        # also after the action (`crmdesk member show --db PATH`); SUPPRESS keeps a
        # value given before it
        parser.add_argument("--db", type=Path, dest="db", default=argparse.SUPPRESS,
                            help="workspace file")
        parser.add_argument("--user", default=argparse.SUPPRESS,
                            help="act as this user of the workspace")
        return parser

    def account(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--account", required=True, metavar="TEXT",
                            help="the company whose name holds TEXT (one)")

    issue = workspace(what.add_parser("issue", help="issue a customer a member card"))
    account(issue)
    issue.add_argument("--number", help="the card's number (default: derived from the "
                                        "customer, the same on every laptop)")
    issue.add_argument("--holder", metavar="NAME",
                       help="the contact who holds it (default: the key person with a "
                            "mobile); the points SMS goes to them")
    earn = workspace(what.add_parser(
        "earn", help="earn a payment's points now (one recorded before the card)"))
    earn.add_argument("--payment", required=True, type=uuid.UUID, metavar="ID")
    for name, helps in (("redeem", "spend points on a reward"),
                        ("adjust", "correct the points either way (-50 takes away)")):
        parser = workspace(what.add_parser(name, help=helps))
        account(parser)
        parser.add_argument("points", type=_points)
        parser.add_argument("--reason", required=True, help="why (kept with the entry)")
    reverse = workspace(what.add_parser("reverse",
                                        help="take back the points a payment earned"))
    reverse.add_argument("--payment", required=True, type=uuid.UUID, metavar="ID")
    reverse.add_argument("--reason", required=True)
    show = workspace(what.add_parser("show",
                                     help="a customer's card, balance, level and ledger"))
    account(show)
    show.add_argument("--format", choices=("table", "json"), default="table")
    levels = workspace(what.add_parser(
        "levels", help="show the team's levels and earning rule, or set them (a team lead)"))
    levels.add_argument("--set", metavar="LEVELS", dest="levels",
                        help='the levels as "Member=0, Silver=1000, Gold=5000"')
    levels.add_argument("--points", type=_points, help="points per amount")
    levels.add_argument("--per", metavar="AMOUNT", help="the amount paid for those points")
    levels.add_argument("--currency", help="the currency payments earn in")
    sms = levels.add_mutually_exclusive_group()
    sms.add_argument("--sms", metavar="TEMPLATE",
                     help="the team's SMS template sent when points change")
    sms.add_argument("--no-sms", action="store_true", help="send no SMS on a change")
    levels.add_argument("--team", help="the team (an administrator names it)")


def run(args: argparse.Namespace) -> int:
    from crmdesk.app.context import Context
    from crmdesk.cli import _workspace_user
    from crmdesk.store.refusals import NotFound, Refused

    store = open_store(args.db or default_workspace())
    try:
        with store.session() as session:
            me = _workspace_user(session, args.user)
        if me is None:
            raise WorkspaceError("This workspace has no user yet: sign in with "
                                 "`crmdesk sync` first.")
        ctx = Context(store, me)
        try:
            return _ACTIONS[args.action](ctx, args)
        except (Refused, NotFound) as exc:
            print(f"crmdesk: {exc}", file=sys.stderr)
            return 2
    finally:
        store.close()


def _account(ctx: Any, text: str) -> uuid.UUID:
    from crmdesk.app import messages as m

    found = m.accounts_named(ctx, text)
    if len(found) != 1:
        raise WorkspaceError(f"No company's name holds “{text}”." if not found else
                             f"{len(found)} companies' names hold “{text}”; say more.")
    return found[0]


def _written(written: Any) -> int:
    now = written.standing
    print(f"{written.points:+,} points; balance {now.balance:,}"
          + (f", {now.level_name}" if now.level_name else "") + ".")
    if written.sms:
        print(written.sms)
    return 0


def _issue(ctx: Any, args: argparse.Namespace) -> int:
    from crmdesk.app import membership as mb
    from crmdesk.cli_messages import _contact

    account = _account(ctx, args.account)
    holder = _contact(ctx, args.holder) if args.holder else None
    mb.issue_card(ctx, account, args.number, holder)
    card = mb.membership(ctx, account).card
    assert card is not None
    print(f"Card {card.number} issued" + (f" to {card.holder}" if card.holder else "") + ".")
    return 0


def _earn(ctx: Any, args: argparse.Namespace) -> int:
    from crmdesk.app import membership as mb

    return _written(mb.earn(ctx, args.payment).value)


def _redeem(ctx: Any, args: argparse.Namespace) -> int:
    from crmdesk.app import membership as mb

    return _written(mb.redeem(ctx, _account(ctx, args.account), args.points,
                              args.reason).value)


def _adjust(ctx: Any, args: argparse.Namespace) -> int:
    from crmdesk.app import membership as mb

    return _written(mb.adjust(ctx, _account(ctx, args.account), args.points,
                              args.reason).value)


def _reverse(ctx: Any, args: argparse.Namespace) -> int:
    from crmdesk.app import membership as mb

    return _written(mb.reverse(ctx, args.payment, args.reason).value)


def _show(ctx: Any, args: argparse.Namespace) -> int:
    from crmdesk.app import membership as mb
    from crmdesk.domain.local_time import local

    account = _account(ctx, args.account)
    shown = mb.membership(ctx, account)
    ledger = mb.ledger(ctx, account) if shown.card is not None else []
    now = shown.standing
    if args.format == "json":
        print(json.dumps({
            "card": None if shown.card is None else {
                "number": shown.card.number, "holder": shown.card.holder,
                "issued_on": shown.card.issued_on.isoformat()},
            "balance": now.balance, "collected": now.collected, "level": now.level_name,
            "next_level": None if now.next is None else now.next.name,
            "to_next": now.to_next,
            "entries": [{"id": str(e.id), "kind": e.kind.value, "points": e.points,
                         "reason": e.reason, "made_by": e.made_by,
                         "made_at": e.made_at.isoformat(timespec="seconds"),
                         "payment_id": None if e.payment_id is None else str(e.payment_id)}
                        for e in ledger]}, ensure_ascii=False, indent=2))
        return 0
    if shown.card is None:
        print("No member card: issue one with `crmdesk member issue`.")
        return 0
    card = shown.card
    print(f"Card {card.number}" + (f", held by {card.holder}" if card.holder else "")
          + f", issued {card.issued_on.isoformat()}"
          + (f" (and {shown.cards - 1} more from a merge)" if shown.cards > 1 else ""))
    print(f"Balance {now.balance:,} points; {now.collected:,} collected"
          + (f"; level {now.level_name}" if now.level_name else "")
          + (f"; {now.to_next:,} to {now.next.name}" if now.next else "") + ".")
    for e in ledger:
        print(f"{local(e.made_at):%Y-%m-%d %H:%M}  {e.kind.value:<8} {e.points:>+9,}  "
              f"{e.made_by or '-'}: {e.reason or ''}")
    return 0


def _levels(ctx: Any, args: argparse.Namespace) -> int:
    from crmdesk.app import membership as mb
    from crmdesk.domain.contracts import short_money
    from crmdesk.domain.currencies import parse_money
    from crmdesk.domain.membership import parse_levels

    team = _team(ctx, args.team) if args.team else None
    now = mb.rule(ctx, team)
    wanted = (args.levels, args.points, args.per, args.currency, args.sms, args.no_sms)
    if any(v not in (None, False) for v in wanted):
        currency = (args.currency or now.currency).strip().upper()
        try:
            levels = parse_levels(args.levels) if args.levels is not None else now.levels
            per = parse_money(args.per, currency) if args.per is not None else now.per_amount
        except ValueError as exc:
            raise WorkspaceError(str(exc)) from None
        sms = None if args.no_sms else args.sms if args.sms is not None else now.sms_template
        mb.set_rule(ctx, args.points or now.points, per or 0, currency, levels, sms, team)
        now = mb.rule(ctx, team)
        print("Saved; the team has it at the next sync.")
    print(f"{now.points:,} point{'' if now.points == 1 else 's'} per "
          f"{short_money(now.per_amount, now.currency)} paid (rounded down).")
    for level in now.levels:
        print(f"  {level.name:<12} from {level.points:,} points")
    print(f"SMS when points change: {now.sms_template or '(none)'}")
    return 0


def _team(ctx: Any, name: str) -> uuid.UUID:
    from sqlalchemy import select

    from crmdesk.store.models import Team

    with ctx.store.session() as session:
        found: uuid.UUID | None = session.scalar(select(Team.id).where(Team.name == name))
    if found is None:
        raise WorkspaceError(f"No team called “{name}”.")
    return found


_ACTIONS = {"issue": _issue, "earn": _earn, "redeem": _redeem, "adjust": _adjust,
            "reverse": _reverse, "show": _show, "levels": _levels}
