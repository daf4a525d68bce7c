"""`crmdesk-server pool`: sweep the public pools once, or show and set a team's pool rules
(by the checks the window's dialog runs)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import asdict

from sqlalchemy import select

from crmdesk.domain.pool import RULE_LABELS, SUGGESTED_RETURNS, PoolRules
from crmdesk.server import pool, pool_schedule
from crmdesk.server.db import ServerDB, ServerError
from crmdesk.store.models import Team
from crmdesk.store.refusals import Refused

#: The command-line options, by rule field.
OPTIONS = {name: "--" + name.replace("_", "-") for name in RULE_LABELS}

Adder = Callable[[argparse.ArgumentParser], argparse.ArgumentParser]


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                 with_db: Adder) -> None:
    """The `pool` command and its actions."""
    actions = sub.add_parser("pool", help="the teams' public pools (公海)").add_subparsers(
        dest="action", required=True, metavar="ACTION")
    sweep = with_db(actions.add_parser(
        "sweep", help="return the accounts due back to their team's pool, once"))
    sweep.add_argument("--dry-run", action="store_true",
                       help="only list what would return; change nothing")
    sweep.add_argument("--limit", type=int, metavar="N",
                       help="return at most N accounts this time")
    rules = with_db(actions.add_parser(
        "rules", help="show a team's pool rules, or change some (0 turns a rule off)"))
    rules.add_argument("team", help="the team's name")
    rules.add_argument("--suggested", action="store_true", help=(
        f"turn returns on with the suggested rules (back after "
        f"{SUGGESTED_RETURNS.no_contact_days} days without two-way contact, "
        f"{SUGGESTED_RETURNS.no_deal_days} without a deal); the options below still apply"))
    for name, option in OPTIONS.items():
        rules.add_argument(option, type=int, metavar="N", dest=name, help=RULE_LABELS[name])


def run(args: argparse.Namespace, db: ServerDB) -> int:
    if args.action == "sweep":
        return _sweep(args, db)
    return _rules(args, db)


def _sweep(args: argparse.Namespace, db: ServerDB) -> int:
    if args.limit is not None and args.limit < 1:
        raise ServerError("--limit needs at least 1.")
    if args.dry_run or args.limit is not None:
        with db.session.begin() as session:
            done = pool.sweep(session, dry_run=args.dry_run, limit=args.limit)
            if args.dry_run:
                session.rollback()
    else:
        done = pool_schedule.drain(db)  # a batch a transaction, as the schedule does
    if not done.ran:
        print("Another sweep is running; nothing was done.")
        return 0
    verb = "Would return" if args.dry_run else "Returned"
    for item in done.returned:
        print(f"{verb}: {item.name} — {item.owner or 'no owner'} → pool of "
              f"{item.team or 'no team'}: {item.reason}")
    moved = "" if args.dry_run else f", {done.rows} row(s) with their history"
    print(f"{verb} {len(done.returned)} account(s) to their team's pool{moved}.")
    return 0


def _rules(args: argparse.Namespace, db: ServerDB) -> int:
    changes = {name: getattr(args, name) for name in OPTIONS
               if getattr(args, name) is not None}
    if args.suggested:
        changes = {name: getattr(SUGGESTED_RETURNS, name)
                   for name in ("no_contact_days", "no_deal_days")} | changes
    with db.session.begin() as session:
        team = session.scalars(select(Team).where(Team.name == args.team)).first()
        if team is None:
            names = ", ".join(session.scalars(select(Team.name).order_by(Team.name)))
            raise ServerError(f"No team “{args.team}”. Teams: {names or 'none yet'}.")
        if changes:
            try:
                rules = pool.set_team_rules(session, team, **changes)
            except Refused as exc:
                raise ServerError(f"{exc} Nothing was changed.") from None
        else:
            rules = pool.team_rules(session).get(team.id, PoolRules())
    print(f"Pool rules of {team.name}{' (changed)' if changes else ''}:")
    for name, value in asdict(rules).items():
        print(f"  {RULE_LABELS[name]} ({OPTIONS[name]}): {value or 'off'}")
    if not rules.returns:
        print("Nothing returns to the pool. --suggested turns returns on: back after "
              f"{SUGGESTED_RETURNS.no_contact_days} days without two-way contact or "
              f"{SUGGESTED_RETURNS.no_deal_days} without a deal.")
    return 0
