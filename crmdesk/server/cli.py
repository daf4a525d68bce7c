"""`crmdesk-server`: set up the database, manage teams and users, serve the API."""

from __future__ import annotations

import argparse
import getpass
import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.domain import roi
from crmdesk.domain.currencies import clean_currency, format_money
from crmdesk.domain.row_checks import CHANNEL_COSTS
from crmdesk.domain.text import first_text_problem, text_problem
from crmdesk.server import (
    auth,
    books,
    clock,
    handoff,
    history,
    intake,
    pool_cli,
    pool_schedule,
)
from crmdesk.server.db import ServerDB, ServerError, connect
from crmdesk.server.deploy import (
    DATABASE_ENV,
    POOLER_ENV,
    behind_pooler,
    migrate_once,
    pooler_declared,
)
from crmdesk.server.metrics import MULTIPROC_ENV
from crmdesk.server.sync import record_change
from crmdesk.store import row_facts
from crmdesk.store.models import Channel, ChannelCost, ChannelKind, Role, Team, User

DEFAULT_PORT = 8765
#: How long the parent waits on a worker's answer to its health ping before restarting it.
WORKER_HEALTHCHECK_SECONDS = 60


def _read_password(prompt: str) -> str:
    """From the terminal (asked twice) or one line of stdin; never from the command line."""
    if sys.stdin.isatty():
        first = getpass.getpass(prompt)
        if getpass.getpass("Again: ") != first:
            raise ServerError("The two passwords differ; nothing was changed.")
        return first
    line = sys.stdin.readline()
    if not line:
        raise ServerError("No password on standard input; nothing was changed.")
    return line.rstrip("\r\n")


def _team(session: Session, name: str) -> Team:
    team = session.scalars(select(Team).where(Team.name == name)).first()
    if team is None:
        names = ", ".join(session.scalars(select(Team.name).order_by(Team.name)))
        raise ServerError(f"No team “{name}”. Teams: {names or 'none yet'}.")
    return team


def _user(session: Session, name: str) -> User:
    user = session.scalars(select(User).where(User.username == name)).first()
    if user is None:
        raise ServerError(f"No user “{name}”.")
    return user


def _refuse_bad_text(**values: str | None) -> None:
    """Names an administrator types obey the laptops' text rule (crmdesk.domain.text):
    every laptop receives them, and must be able to store and show them."""
    problem = first_text_problem(values)
    if problem is not None:
        raise ServerError(f"{problem} Nothing was changed.")


def _add_user(session: Session, username: str, role: Role, team: Team | None,
              display_name: str | None, password: str) -> User:
    _refuse_bad_text(user_name=username, display_name=display_name)
    if session.scalars(select(User).where(User.username == username)).first() is not None:
        raise ServerError(f"There is already a user “{username}”.")
    user = User(username=username, display_name=display_name or username, role=role,
                team_id=team.id if team else None, active=True)
    session.add(user)
    session.flush()
    record_change(session, "users", user, None, None)  # laptops learn who owns what
    try:
        auth.set_password(session, user.id, password)
    except auth.AuthError as exc:
        raise ServerError(str(exc)) from None
    return user


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="crmdesk-server",
                                     description="The crmdesk central server.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def with_db(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--database-url", required=True,
                       help="postgresql+psycopg://user@host/db, or sqlite:///server.db")
        return p

    init = with_db(sub.add_parser("init", help="create the schema and the first admin"))
    init.add_argument("--admin", required=True, help="user name of the first admin")
    init.add_argument("--display-name")
    def with_pooler(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--pooler", action="store_true", default=pooler_declared(),
                       help="the database is reached through a connection pooler in "
                            f"transaction mode, e.g. PgBouncer (or set {POOLER_ENV}=1)")
        return p

    with_pooler(with_db(sub.add_parser(
        "migrate", help="bring the database schema up to date (one machine at a time)")))
    serve = with_pooler(with_db(sub.add_parser(
        "serve", help="migrate the database once, then serve the API")))
    serve.add_argument("--host", default="127.0.0.1", help="address (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT)
    serve.add_argument("--workers", type=int, default=1, metavar="N",
                       help="worker processes (default 1); about one per core")
    serve.add_argument("--access-log", action="store_true",
                       help="log a line per request (off by default: a sales force's "
                            "syncs make thousands a minute; /metrics counts them)")
    serve.add_argument("--pool-sweep-minutes", type=float, metavar="M",
                       help="minutes between sweeps of the public pools (default "
                            f"{pool_schedule.DEFAULT_MINUTES:g}, or "
                            f"{pool_schedule.SWEEP_MINUTES_ENV}; 0: never)")
    compact = with_db(sub.add_parser(
        "compact", help="drop change-log entries a later one supersedes; laptops that "
                        "have been away longer sync afresh"))
    compact.add_argument("--older-than-days", type=int, default=90, metavar="DAYS",
                         help="keep every entry younger than this (default 90)")
    team = sub.add_parser("team", help="manage teams").add_subparsers(dest="action",
                                                                      required=True)
    team_add = with_db(team.add_parser("add", help="add a team"))
    team_add.add_argument("name")
    team_add.add_argument("--region")
    channel = sub.add_parser("channel", help="manage the channels leads come from"
                             ).add_subparsers(dest="action", required=True)
    channel_add = with_db(channel.add_parser(
        "add", help="add a channel (it reaches every laptop at its next sync)"))
    channel_add.add_argument("name")
    channel_add.add_argument("--kind", choices=[k.value for k in ChannelKind],
                             default=ChannelKind.COLD_LIST.value,
                             help="what sort of source it is (default cold_list)")
    with_db(channel.add_parser("list", help="list the channels"))
    cost = with_db(channel.add_parser(
        "cost", help="set a channel's cost for a month (one per channel and month; "
                     "setting it again changes it)"))
    cost.add_argument("--channel", required=True, metavar="NAME")
    cost.add_argument("--month", required=True, metavar="YYYY-MM")
    cost.add_argument("--amount", required=True, metavar="AMOUNT",
                      help="what the channel cost that month, e.g. 12000.00")
    cost.add_argument("--currency", default="CNY", help="ISO 4217 code (default CNY)")
    intake_key = with_db(channel.add_parser(
        "key", help="issue a channel's secret intake key for web enquiries, printed once "
                    "(issuing again rotates it: the old key stops working at once)"))
    intake_key.add_argument("name", metavar="CHANNEL")
    intake_key.add_argument("--team", required=True,
                            help="the team the channel's enquiries go to")
    costs = with_db(channel.add_parser("costs", help="list the channels' monthly costs"))
    costs.add_argument("--channel", metavar="NAME", help="one channel's only")
    pool_cli.add_commands(sub, with_db)
    user = sub.add_parser("user", help="manage users").add_subparsers(dest="action",
                                                                      required=True)
    user_add = with_db(user.add_parser("add", help="add a user (password from a prompt)"))
    user_add.add_argument("username")
    user_add.add_argument("--role", choices=[r.value for r in Role], default="rep")
    user_add.add_argument("--team", help="team name (needed for reps and team leads)")
    user_add.add_argument("--display-name")
    disable = with_db(user.add_parser("disable", help="disable a user and end their logins"))
    disable.add_argument("username")
    password = with_db(user.add_parser("password", help="set a new password"))
    password.add_argument("username")
    reassign = with_db(user.add_parser(
        "reassign-book", help="give a leaving rep's accounts, with their history, to a "
                              "colleague or to the team's pool"))
    reassign.add_argument("username", metavar="FROM")
    to = reassign.add_mutually_exclusive_group(required=True)
    to.add_argument("--to", metavar="USER", help="a rep or lead of the same team")
    to.add_argument("--pool", action="store_true", help="the team's public pool")
    move = with_db(user.add_parser("move-team", help="move a person to another team"))
    move.add_argument("username", metavar="NAME")
    move.add_argument("--team", required=True, help="the team they join")
    book = move.add_mutually_exclusive_group(required=True)
    book.add_argument("--book", choices=["pool", "keep"],
                      help="pool: their accounts stay in the old team's pool; keep: "
                           "their accounts go with them")
    book.add_argument("--book-to", metavar="USER",
                      help="their accounts stay in the old team, with this rep")
    _service_parser(sub, with_db)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        db = connect(args.database_url)
        try:
            return _run(args, db)
        finally:
            db.close()
    except books.BookRefused as exc:
        print(f"crmdesk-server: {exc}", file=sys.stderr)
        return 2
    except ServerError as exc:
        print(f"crmdesk-server: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _run(args: argparse.Namespace, db: object) -> int:
    assert isinstance(db, ServerDB)
    if getattr(args, "pooler", False):
        behind_pooler(db)  # before the first connection
    if args.command == "init":
        migrate_once(db)
        with db.session() as session:
            if session.scalars(select(User).where(User.role == Role.ADMIN)).first():
                raise ServerError("This database already has an administrator.")
        secret = _read_password(f"Password for {args.admin}: ")
        with db.session.begin() as session:
            _add_user(session, args.admin, Role.ADMIN, None, args.display_name, secret)
        print(f"Database ready; administrator “{args.admin}” created.")
        return 0
    if args.command == "migrate":
        migrate_once(db)
        print("The database schema is up to date.")
        return 0
    if args.command == "serve":
        if args.workers < 1:
            raise ServerError("--workers needs at least 1.")
        migrate_once(db)  # here, once: workers never migrate
        db.close()  # each worker opens its own pool
        _serve(args)
        return 0
    if args.command == "compact":
        if args.older_than_days < 0:
            raise ServerError("--older-than-days cannot be negative.")
        before = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=args.older_than_days)
        with db.session.begin() as session:
            gone = history.compact(session, before)
        print(f"Dropped {gone} superseded change-log entr{'y' if gone == 1 else 'ies'} older "
              f"than {args.older_than_days} day(s); laptops away longer will sync afresh.")
        return 0
    if args.command == "team":
        _refuse_bad_text(team_name=args.name, region=args.region)
        with db.session.begin() as session:
            if session.scalars(select(Team).where(Team.name == args.name)).first():
                raise ServerError(f"There is already a team “{args.name}”.")
            new_team = Team(name=args.name, region=args.region)
            session.add(new_team)
            session.flush()
            record_change(session, "teams", new_team, None, None)
        print(f"Team “{args.name}” added.")
        return 0
    if args.command == "channel":
        return _channel(args, db)
    if args.command == "service":
        return _service(args, db)
    if args.command == "pool":
        return pool_cli.run(args, db)
    if args.action == "add":
        role = Role(args.role)
        if role in (Role.REP, Role.LEAD) and not args.team:
            raise ServerError(f"A {role.value} belongs to a team: give --team.")
        secret = _read_password(f"Password for {args.username}: ")
        with db.session.begin() as session:
            team = _team(session, args.team) if args.team else None
            _add_user(session, args.username, role, team, args.display_name, secret)
        print(f"User “{args.username}” added as {role.value}.")
        return 0
    if args.action == "disable":
        with db.session.begin() as session:
            user = _user(session, args.username)
            user.active = False
            session.flush()
            record_change(session, "users", user, (None, user.team_id), None)
            ended = auth.revoke_all(session, user.id)
        print(f"User “{args.username}” disabled; {ended} login(s) ended.")
        return 0
    if args.action == "password":
        secret = _read_password(f"New password for {args.username}: ")
        with db.session.begin() as session:
            user = _user(session, args.username)
            try:
                auth.set_password(session, user.id, secret)
            except auth.AuthError as exc:
                raise ServerError(str(exc)) from None
            auth.revoke_all(session, user.id)
        print(f"Password changed; {args.username}'s other logins were ended.")
        return 0
    if args.action == "reassign-book":
        with db.session.begin() as session:
            moved = books.reassign_book(session, args.username, args.to)
        print(f"Moved {moved.accounts} account(s), {moved.rows} row(s) with their history, "
              f"from {args.username} to {args.to or 'the team pool'}.")
        return 0
    if args.action == "move-team":
        keep = args.book == "keep"
        with db.session.begin() as session:
            moved = books.move_team(session, args.username, args.team, args.book_to, keep)
        where = (f"went with them to {args.team}" if keep else
                 f"stayed in the old team with {args.book_to or 'the pool'}")
        print(f"{args.username} moved to team {args.team}; {moved.accounts} account(s), "
              f"{moved.rows} row(s) with their history, {where}.")
        return 0
    raise ServerError(f"Unknown command {args.command}.")


def _serve(args: argparse.Namespace) -> None:
    """Run the workers over crmdesk.server.factory, which reads the database from the
    environment; with several, their metrics meet in a fresh directory."""
    import uvicorn

    os.environ[DATABASE_ENV] = args.database_url
    os.environ[POOLER_ENV] = "1" if args.pooler else ""
    if args.pool_sweep_minutes is not None:  # read by each worker at start
        os.environ[pool_schedule.SWEEP_MINUTES_ENV] = str(args.pool_sweep_minutes)
    scratch = None
    if args.workers > 1:
        scratch = tempfile.mkdtemp(prefix="crmdesk-metrics-")
        os.environ[MULTIPROC_ENV] = scratch  # read by each worker at start
    try:
        uvicorn.run("crmdesk.server.factory:app_from_environment", factory=True,
                    host=args.host, port=args.port, workers=args.workers, log_level="info",
                    access_log=args.access_log,
                    # a worker still importing on a busy machine is not a dead one:
                    # uvicorn's 5 s would kill and restart it again and again
                    timeout_worker_healthcheck=WORKER_HEALTHCHECK_SECONDS)
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)


def _channel_named(session: Session, name: str) -> Channel:
    channel = session.scalars(select(Channel).where(
        Channel.name == " ".join(name.split()), Channel.deleted.is_(False))).first()
    if channel is None:
        names = ", ".join(session.scalars(select(Channel.name).where(
            Channel.deleted.is_(False)).order_by(Channel.name)))
        raise ServerError(f"No channel “{name}”. Channels: {names or 'none yet'}.")
    return channel


def _channel_cost(args: argparse.Namespace, db: ServerDB) -> int:
    """`channel cost`: set (or change) a channel's cost for a month, by the rule the
    laptops' admins enter it with (crmdesk.domain.roi, the row check both sides run)."""
    try:
        month = roi.parse_month(args.month)
        currency = clean_currency(args.currency)
        amount = roi.parse_amount(args.amount, currency)
    except ValueError as exc:
        raise ServerError(f"{exc} Nothing was changed.") from None
    with db.session.begin() as session:
        channel = _channel_named(session, args.channel)
        row = session.scalars(select(ChannelCost).where(
            ChannelCost.channel_id == channel.id, ChannelCost.month == month)).first()
        before = None if row is None else (row.amount, row.currency, row.deleted)
        if row is None:  # the id a laptop's admin would give it offline
            row = ChannelCost(id=roi.cost_id(channel.id, month), channel_id=channel.id,
                              month=month)
            session.add(row)
        row.amount, row.currency, row.deleted = amount, currency, False
        problem = row_facts.problem(session, CHANNEL_COSTS, row_facts.as_row(row))
        if problem is not None:
            raise ServerError(f"{problem} Nothing was changed.")
        session.flush()
        if before != (amount, currency, False):
            record_change(session, "channel_costs", row, None, None)  # every laptop's
    said = format_money(amount, currency)
    if before is None or before[2]:
        print(f"{channel.name}'s cost for {month:%Y-%m} set to {said}; laptops receive it "
              "at their next sync.")
    elif before == (amount, currency, False):
        print(f"{channel.name}'s cost for {month:%Y-%m} is already {said}; nothing changed.")
    else:
        print(f"{channel.name}'s cost for {month:%Y-%m} changed from "
              f"{format_money(before[0], before[1])} to {said}.")
    return 0


def _channel_costs(args: argparse.Namespace, db: ServerDB) -> int:
    """`channel costs`: every monthly cost entered, by channel and month."""
    with db.session() as session:
        query = (select(Channel.name, ChannelCost.month, ChannelCost.amount,
                        ChannelCost.currency)
                 .join(Channel, Channel.id == ChannelCost.channel_id)
                 .where(ChannelCost.deleted.is_(False))
                 .order_by(Channel.name, ChannelCost.month))
        if args.channel:
            query = query.where(Channel.id == _channel_named(session, args.channel).id)
        rows = session.execute(query).all()
    if not rows:
        print("No channel costs yet: crmdesk-server channel cost --channel NAME "
              "--month YYYY-MM --amount AMOUNT sets one.")
    for name, month, amount, currency in rows:
        print(f"{name}  {month:%Y-%m}  {format_money(amount, currency)}")
    return 0


def _channel_list(db: ServerDB) -> int:
    """`channel list`: each channel, its kind, and the team its web enquiries go to
    (never the key)."""
    with db.session() as session:
        takes = intake.intake_teams(session)
        teams = dict(session.execute(select(Team.id, Team.name)).all())
        for channel_id, name, kind in session.execute(
                select(Channel.id, Channel.name, Channel.kind).where(
                    Channel.deleted.is_(False)).order_by(Channel.name)):
            team = takes.get(channel_id)
            said = (f"takes web enquiries for {teams.get(team, 'a removed team')}"
                    if team is not None else "no web enquiries")
            print(f"{name}  ({kind.value})  {said}")
    return 0


def _channel_key(args: argparse.Namespace, db: ServerDB) -> int:
    """`channel key`: a new intake key for the channel, for enquiries that go to the
    team; printed once, only its hash kept, the old one ended."""
    with db.session.begin() as session:
        channel = _channel_named(session, args.name)
        team = _team(session, args.team)
        rotated = channel.id in intake.intake_teams(session)
        key = intake.issue_key(session, channel.id, team.id)
    print(f"Intake key for “{channel.name}” (enquiries go to {team.name}); shown only "
          "this once, keep it safe:")
    print(key)
    if rotated:
        print("The channel's previous key no longer works.")
    return 0


def _channel(args: argparse.Namespace, db: ServerDB) -> int:
    """`channel add`, `list`, `key`, `cost` and `costs`: channels, their intake keys and
    their costs are an administrator's to make."""
    if args.action == "cost":
        return _channel_cost(args, db)
    if args.action == "costs":
        return _channel_costs(args, db)
    if args.action == "list":
        return _channel_list(db)
    if args.action == "key":
        return _channel_key(args, db)
    name = " ".join(args.name.split())
    problem = text_problem("name", name)
    if problem is not None or not name:
        raise ServerError(problem or "A channel needs a name.")
    limit = getattr(Channel.__table__.c.name.type, "length", None) or 120
    if len(name) > limit:
        raise ServerError(f"A channel name is at most {limit} characters.")
    with db.session.begin() as session:
        if session.scalars(select(Channel).where(Channel.name == name)).first():
            raise ServerError(f"There is already a channel “{name}”.")
        made = Channel(name=name, kind=ChannelKind(args.kind))
        session.add(made)
        session.flush()
        record_change(session, "channels", made, None, None)  # every laptop receives it
    print(f"Channel “{name}” added; laptops receive it at their next sync.")
    return 0


# ---- service: the hand-off to customer service (crmdesk.server.handoff) ----


def _service_parser(sub: Any, with_db: Any) -> None:
    service = sub.add_parser("service", help="the hand-off to customer service"
                             ).add_subparsers(dest="action", required=True)
    with_db(service.add_parser(
        "handoff", help="hand to customer service every contracted, paid customer still "
                        "without a service owner, by its team's rule"))
    moving = with_db(service.add_parser(
        "reassign", help="give the customers a service user serves to another one (or by "
                         "each team's rule), with their open onboarding tasks"))
    moving.add_argument("username", metavar="FROM")
    moving.add_argument("--to", metavar="USER", help="an active service user")


def _service(args: argparse.Namespace, db: ServerDB) -> int:
    with db.session.begin() as session:
        if args.action == "handoff":
            # the UTC day by the database's clock, as a push's hand-off dates its tasks
            done = handoff.hand_off_waiting(
                session, clock.as_datetime(clock.now_ms(session)).date())
            empty = "No contracted customer is waiting for a service owner."
        else:
            done = handoff.reassign(session, args.username, args.to)
            empty = f"{args.username} serves no customer."
    for outcome in done:
        print(outcome.line())
    handed = sum(1 for o in done if o.served_by is not None)
    print(f"{handed} handed over, {len(done) - handed} waiting." if done else empty)
    return 0


if __name__ == "__main__":
    sys.exit(main())
