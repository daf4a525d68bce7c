"""Command line: `crmdesk` opens the window; sub-commands work on a workspace file."""

from __future__ import annotations

import argparse
import sys
import time
import uuid
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from crmdesk import __version__
from crmdesk.domain.deals import ORDER as DEAL_STAGES
from crmdesk.paths import default_workspace
from crmdesk.store.db import NoFolder, WorkspaceError, open_store
from crmdesk.store.review import PANELS as REVIEW_PANELS

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from crmdesk.app.context import Context
    from crmdesk.store.db import Store
    from crmdesk.store.deal_queries import DealRow
    from crmdesk.store.queries import UserRef


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT such as 1366x768, got {text!r}"
                                         ) from None
    if width < 320 or height < 240:
        raise argparse.ArgumentTypeError("the window must be at least 320x240")
    return width, height


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crmdesk", description="Desktop sales workstation. With no command, opens the window.")
    parser.add_argument("--version", action="version", version=f"crmdesk {__version__}")
    parser.add_argument("--db", type=Path, help="workspace file (default: your own workspace)")
    parser.add_argument("--user", help="sign in as this user (default: the workspace's user)")
    parser.add_argument("--demo", action="store_true",
                        help="open the demo workspace, creating it on first use")
    parser.add_argument("--screenshot", type=Path, metavar="OUT.png",
                        help="render the window offscreen to a PNG and exit")
    parser.add_argument("--select", metavar="TEXT",
                        help="with --screenshot: select the first search hit for TEXT")
    parser.add_argument("--graph-deal", metavar="TEXT",
                        help="with --screenshot and --select: show the decision map of the "
                             "selected account's first deal whose name holds TEXT")
    parser.add_argument("--queue-list", metavar="LIST",
                        help="open the queue on this list: my_queue, all_mine, overdue, "
                             "team_pool, deal_teams, team, or reminders (care reminders)")
    parser.add_argument("--agenda", action="store_true",
                        help="open the window on the agenda (with --screenshot: picture it)")
    parser.add_argument("--size", type=_size, default=None, metavar="WxH",
                        help="window size, e.g. 1366x768")
    parser.add_argument("--review", nargs="?", const="", default=None, metavar="PANEL",
                        help="with --screenshot: picture the team review (on PANEL's tab, "
                             "e.g. pipeline) instead of the main window")
    parser.add_argument("--lang", choices=("en", "zh_CN", "he"), default=None,
                        help="the window's language for this run (default: the one chosen "
                             "in the window, else the system's)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    seed = sub.add_parser("seed", help="make a demo workspace with generated data")
    seed.add_argument("--db", type=Path, required=True, dest="db", help="file to create")
    seed.add_argument("--accounts", type=_positive, default=2000, help="how many accounts")
    seed.add_argument("--seed", type=int, default=1, help="random seed (same seed, same data)")
    seed.add_argument("--today", type=_iso_date, default=None,
                      help="date the data is made relative to (default: today)")

    search = sub.add_parser("search", help="search companies, people, phones, emails and tags")
    search.add_argument("--db", type=Path, dest="db", help="workspace file")
    search.add_argument("--limit", type=_positive, default=20)
    search.add_argument("text", nargs="+", help="what to look for")

    batch = sub.add_parser("import", help="import a batch of leads from a CSV or Excel file, "
                                          "or contacts from a vCard file (.vcf)")
    batch.add_argument("--db", type=Path, dest="db", help="workspace file")
    batch.add_argument("--channel",
                       help="the channel the leads came from (one that exists: an "
                            "administrator adds channels on the server); needed for CSV "
                            "and Excel files")
    batch.add_argument("--owner", help="give the leads to this user (default: team pool; "
                                       "a .vcf's new companies: yours, an administrator's "
                                       "the team pool)")
    batch.add_argument("--team", help="the team the leads go to: an administrator names "
                                      "one; a rep's or lead's leads go to their own team")
    batch.add_argument("--user", dest="as_user",
                       help="import as this user (default: the workspace's user)")
    batch.add_argument("--region",
                       help="country for phone numbers written without a code (default: "
                            "the workspace's region, CN unless set)")
    batch.add_argument("--encoding", help="a CSV file's encoding, e.g. cp1252, when it "
                                          "cannot be told (default: UTF-8, or detected)")
    batch.add_argument("--sheet", help="the sheet of an Excel workbook (default: the first)")
    batch.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                       help="read FIELD from the column headed COLUMN (FIELD= for none); "
                            "fields: name, contact, title, phone, mobile, email, website, "
                            "region, industry. Otherwise guessed from the headers, or as "
                            "the channel's last file was mapped")
    batch.add_argument("--dry-run", action="store_true",
                       help="check every row and say what would happen; import nothing")
    batch.add_argument("--report", type=Path, metavar="OUT.csv",
                       help="also write what became of each row to this CSV file")
    batch.add_argument("file", type=Path,
                       help="CSV file (with a header line), .xlsx, or .vcf (vCard 3.0/4.0)")

    export = sub.add_parser(
        "export", help="save follow-ups and tasks for a calendar (ics) or contacts as "
                       "vCards (vcf)")
    export.add_argument("--db", type=Path, dest="db", help="workspace file")
    export.add_argument("--user", dest="as_user", metavar="NAME",
                        help="ics: whose follow-ups and tasks (default: the workspace's "
                             "user)")
    export.add_argument("--vcard", choices=("3.0", "4.0"), default="3.0",
                        help="vcf: the vCard version (default: 3.0, which every address "
                             "book reads)")
    export.add_argument("--account", metavar="NAME",
                        help="vcf: only the people of this company (default: everyone)")
    export.add_argument("what", choices=("ics", "vcf"), help="what to export")
    export.add_argument("out", type=Path, help="the file to write")

    sync = sub.add_parser("sync", help="sync the workspace with the team's server")
    sync.add_argument("--db", type=Path, dest="db", help="workspace file")
    sync.add_argument("--server", required=True, help="server address, e.g. http://host:8765")
    sync.add_argument("--user", dest="sync_user", required=True, help="your user name")
    sync.add_argument("--replace", action="store_true",
                      help="if the workspace holds another user's records, remove them "
                           "from this laptop (they stay on the server) and sync as you")

    away = sub.add_parser(
        "away", help="show, set or end your time away from your team's web enquiries "
                     "(they go to your colleagues meanwhile)")
    away.add_argument("--db", type=Path, dest="db", help="workspace file")
    when = away.add_mutually_exclusive_group()
    when.add_argument("--until", type=_iso_date, metavar="YYYY-MM-DD",
                      help="away up to and including this day")
    when.add_argument("--back", action="store_true", help="back from now")

    feed = sub.add_parser(
        "feed", help="show the private address of your calendar feed (your open follow-ups "
                     "and tasks, served by the team's server) for a calendar app")
    feed.add_argument("--db", type=Path, dest="db", help="workspace file (signed in to "
                                                         "its server with crmdesk sync)")
    change = feed.add_mutually_exclusive_group()
    change.add_argument("--new", action="store_true",
                        help="get a new address; calendars subscribed to the old one stop "
                             "updating")
    change.add_argument("--off", action="store_true", help="turn the feed off")

    region = sub.add_parser(
        "region", help="show or set the country phone numbers without a code are read in")
    region.add_argument("--db", type=Path, dest="db", help="workspace file")
    region.add_argument("code", nargs="?",
                        help="two letters such as CN, US, GB or IL (omit to show it)")

    deals = sub.add_parser("deals", help="list deals with their stage, amount, probability, "
                                         "close, next step, owner and days in stage")
    deals.add_argument("--db", type=Path, dest="db", help="workspace file")
    deals.add_argument("--owner", help="only this user's deals (a user name)")
    deals.add_argument("--stage", choices=[s.value for s in DEAL_STAGES],
                       help="only deals in this stage")
    deals.add_argument("--stuck", action="store_true",
                       help="only stuck deals (in their stage longer than the team's limit, "
                            "or past their expected close)")
    deals.add_argument("--format", choices=("table", "csv", "json"), default="table",
                       dest="output", help="how to print them (default: a table)")
    deals.add_argument("--today", type=_iso_date, default=None,
                       help="the day days in stage and stuck are counted to (default: today)")

    report = sub.add_parser(
        "report", help="print a panel of the team review (the figures the window shows)")
    report.add_argument("panel", choices=[key for key, _title in REVIEW_PANELS],
                        help="which panel")
    report.add_argument("--db", type=Path, dest="db", help="workspace file")
    report.add_argument("--user", dest="as_user",
                        help="read as this user (a rep sees their own figures, a lead their "
                             "team's); default: everything the workspace holds")
    report.add_argument("--rep", help="only this person's figures (a user name)")
    report.add_argument("--team", help="only this team's figures (a team name)")
    report.add_argument("--from", type=_iso_date, dest="start", metavar="DATE",
                        help="first day of the period (with --to; default: this quarter)")
    report.add_argument("--to", type=_iso_date, dest="end", metavar="DATE",
                        help="last day of the period")
    report.add_argument("--since", type=_iso_date, metavar="DATE",
                        help="what changed since this day (the pipeline)")
    report.add_argument("--currency", help="the currency of the money figures (default: CNY)")
    report.add_argument("--table", dest="only", metavar="KEY",
                        help="only the table with this key (e.g. pipeline.by_stage)")
    report.add_argument("--format", choices=("table", "csv", "json"), default="table",
                        dest="output", help="how to print it (default: a table)")
    report.add_argument("--today", type=_iso_date, default=None,
                        help="the day the figures are counted to (default: today)")

    dupes = sub.add_parser("dupes", help="list accounts that look like duplicates")
    dupes.add_argument("--db", type=Path, dest="db", help="workspace file")
    dupes.add_argument("--limit", type=_positive, default=50, help="most clusters to list")

    from crmdesk import (
        cli_messages,  # send, template, outbox, opt-out, mail-settings
        cli_suggest,  # suggest
    )

    cli_messages.add_parsers(sub)
    from crmdesk import cli_care  # reminders, care-settings

    cli_care.add_parsers(sub)
    from crmdesk import cli_agenda  # agenda, done, reschedule

    cli_agenda.add_parsers(sub)
    from crmdesk import cli_membership  # member issue, earn, redeem, adjust, show, levels

    cli_membership.add_parsers(sub)
    cli_suggest.add_parsers(sub)
    return parser


def _cmd_seed(args: argparse.Namespace) -> int:
    from crmdesk.demo.seed import seed_workspace

    path: Path = args.db
    if path.exists() and path.is_dir():
        raise WorkspaceError(f"{path} is a folder; give a file name for the new workspace.")
    started = time.perf_counter()

    def progress(done: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done:,} of {args.accounts:,} accounts", end="", file=sys.stderr)

    try:
        counts = seed_workspace(path, args.accounts, args.seed, args.today, progress,
                                handoffs=True)
    except NoFolder as exc:  # the --db given cannot be: a wrong argument, as argparse's
        print(f"crmdesk: {exc}", file=sys.stderr)
        return 2
    if sys.stderr.isatty():
        print(file=sys.stderr)
    took = time.perf_counter() - started
    total = sum(counts.values())
    print(f"Seeded {path} in {took:.1f} s: {total:,} rows")
    for table, count in counts.items():
        print(f"  {table:<22}{count:>10,}")
    return 0


def _cmd_search(args: argparse.Namespace) -> int:
    from crmdesk.store.queries import search

    store = open_store(args.db or default_workspace())
    try:
        with store.session() as session:
            hits = search(session, " ".join(args.text), args.limit)
    finally:
        store.close()
    if not hits:
        print("No matches.")
        return 0
    from crmdesk.domain.lifecycle import LABELS

    for hit in hits:
        label = "company" if hit.kind == "account" else "person "
        # the company's status, owner and place tell look-alike names apart
        about = " · ".join(part for part in (
            LABELS[hit.status] if hit.status else "",
            f"owner {hit.owner}" if hit.owner else "in the team pool", hit.place or "")
            if part)
        print(f"{label}  {hit.title}" + (f"  —  {hit.detail}" if hit.detail else "")
              + f"  [{about}]")
    return 0


def _import_mapping(pairs: list[str]) -> dict[str, str]:
    from crmdesk.domain.lead_import import FIELDS

    chosen: dict[str, str] = {}
    for pair in pairs:
        key, sep, column = pair.partition("=")
        if not sep or key.strip() not in FIELDS:
            raise WorkspaceError(f"--map {pair}: say FIELD=COLUMN, FIELD one of "
                                 + ", ".join(FIELDS) + ".")
        chosen[key.strip()] = column.strip()
    return chosen


def _import_progress(what: str, done: int, total: int | None) -> None:
    of = f" of {total:,}" if total is not None else ""
    print(f"crmdesk: {what}: {done:,}{of}", file=sys.stderr, flush=True)


def _workspace_user(session: Session, name: str | None) -> UserRef | None:
    """The user a command acts as: the one named, else the workspace's own (the window
    opens as them), else its first rep; None in a workspace with no user yet."""
    from crmdesk.store.queries import first_rep, user_by_id, user_by_name
    from crmdesk.store.workspace_keys import CURRENT_USER

    if name:
        named = user_by_name(session, name)
        if named is None:
            raise WorkspaceError(f"No user “{name}” in this workspace.")
        return named
    saved = CURRENT_USER.get(session)
    found = user_by_id(session, saved) if saved else None
    return found or first_rep(session)


def _signed_in(store: Store, name: str | None = None) -> UserRef:
    """The user a command that needs someone acts as (`_workspace_user`); a workspace
    with no user yet is an error that says how to get one."""
    with store.session() as session:
        me = _workspace_user(session, name)
    if me is None:
        raise WorkspaceError("This workspace has no user yet: sign in with "
                             "`crmdesk sync` first.")
    return me


def _known_teams(session: Session) -> str:
    from crmdesk.store.review.lookup import teams

    return ", ".join(t.name for t in teams(session)) or "none"


def _importer(store: Store, args: argparse.Namespace
              ) -> tuple[Context, uuid.UUID | None, uuid.UUID | None]:
    """For `crmdesk import`: who imports (the rule on who makes leads, and where they
    go, is theirs) in which phone region, and the owner and team `--owner` and `--team`
    name (None: not named); a name that is no one's is a message."""
    from crmdesk.app.context import Context
    from crmdesk.store.queries import user_by_name
    from crmdesk.store.review.lookup import team_by_name
    from crmdesk.store.workspace_keys import PHONE_REGION

    with store.session() as session:
        region = args.region or PHONE_REGION.get(session)
        acting = _workspace_user(session, args.as_user or args.user)
        owner = user_by_name(session, args.owner) if args.owner else None
        team = team_by_name(session, args.team) if args.team else None
        known = _known_teams(session)
    if args.owner and owner is None:
        raise WorkspaceError(f"No user “{args.owner}” in this workspace.")
    if args.team and team is None:
        raise WorkspaceError(f"No team “{args.team}” in this workspace. Teams: {known}.")
    return (Context(store, acting, region, date.today), owner.id if owner else None,
            team.id if team else None)


def _cmd_import(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import OperationalError

    from crmdesk.app.lead_import import (
        ImportRequest,
        UnknownChannel,
        import_file,
        save_report,
    )
    from crmdesk.app.rights import CHOOSE_TEAM
    from crmdesk.domain.lead_import import FIELDS, Outcome, UnreadableFile
    from crmdesk.store.db import busy_message, is_busy
    from crmdesk.store.writes import Refused

    if args.file.suffix.lower() == ".vcf":
        return _import_vcf(args)
    if not args.channel:
        print("crmdesk: say which channel the leads came from with --channel NAME",
              file=sys.stderr)
        return 2
    request = ImportRequest(args.file, args.channel, args.encoding, args.sheet,
                            _import_mapping(args.map))
    store = open_store(args.db or default_workspace())
    try:
        ctx, owner_id, team_id = _importer(store, args)
        try:
            report = import_file(ctx, request, owner_id=owner_id, team_id=team_id,
                                 dry_run=args.dry_run, progress=_import_progress).value
        except Refused as exc:
            if str(exc) == CHOOSE_TEAM:
                with store.session() as session:
                    known = _known_teams(session)
                raise WorkspaceError(f"Nothing was imported: as an administrator, say which "
                                     f"team the leads go to with --team NAME (teams: "
                                     f"{known}).") from None
            raise
    except OSError as exc:
        raise WorkspaceError(f"Cannot read {args.file}: {exc.strerror or exc}.") from None
    except UnreadableFile as exc:
        raise WorkspaceError(f"{args.file}: {exc}") from None
    except UnknownChannel as exc:  # an unknown channel, or none
        print(f"crmdesk: {exc}", file=sys.stderr)
        return 2
    except Refused as exc:
        raise WorkspaceError(f"Nothing was imported: {exc}") from None
    except OperationalError as exc:
        if is_busy(exc):
            raise WorkspaceError(busy_message()) from None
        raise
    finally:
        store.close()
    columns = ", ".join(f"{FIELDS[key]} ← “{title}”" for key, title in report.mapping.items())
    print(f"Columns: {columns}.")
    done = "Would import" if args.dry_run else "Imported"
    print(f"{done} {report.count(Outcome.IMPORTED)} lead(s) from {args.file.name}; "
          f"{report.count(Outcome.MATCHED)} matched to known accounts (left unchanged); "
          f"{report.count(Outcome.SKIPPED)} row(s) not imported.")
    for row in report.rows:
        if row.outcome is Outcome.MATCHED:
            print(f"  line {row.line}: matched {row.name}: {row.reason}")
        elif row.outcome is Outcome.SKIPPED:
            print(f"  line {row.line}: NOT imported: {row.reason}"
                  + (f": {row.name}" if row.name else ""))
        for warning in row.warnings:
            print(f"  line {row.line}: note: {warning}")
    _write_report(args.report, lambda path: save_report(report, path))
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from crmdesk.app.calendar_export import export_ics
    from crmdesk.app.context import Context

    store = open_store(args.db or default_workspace())
    try:
        with store.session() as session:
            acting = _workspace_user(session, args.as_user or args.user)
        ctx = Context(store, acting)
        try:
            if args.what == "ics":
                done = export_ics(ctx, args.out).value
                print(f"Wrote {done.count} follow-up(s) and task(s) to {args.out}.")
                return 0
            return _export_vcf(ctx, args)
        except OSError as exc:
            raise WorkspaceError(f"Cannot write {args.out}: {exc.strerror or exc}.") from None
    finally:
        store.close()


def _export_vcf(ctx: Context, args: argparse.Namespace) -> int:
    from crmdesk.app.contact_cards import UnknownAccount, export_vcf

    try:
        done = export_vcf(ctx, args.out, args.vcard, account=args.account).value
    except UnknownAccount as exc:
        raise WorkspaceError(str(exc)) from None
    print(f"Wrote {done.count} contact(s) to {args.out} as vCard {args.vcard}.")
    return 0


def _import_vcf(args: argparse.Namespace) -> int:
    from crmdesk.app.contact_cards import import_vcf, save_card_report
    from crmdesk.app.rights import chooses_team
    from crmdesk.domain.lead_import import Outcome, UnreadableFile
    from crmdesk.store.writes import Refused

    store = open_store(args.db or default_workspace())
    try:
        ctx, owner_id, team_id = _importer(store, args)
        if owner_id is None and ctx.user is not None and not chooses_team(ctx.user):
            owner_id = ctx.user.id  # a rep's or lead's own contacts, as their new leads
        report = import_vcf(ctx, args.file, owner_id=owner_id, team_id=team_id,
                            dry_run=args.dry_run).value
    except OSError as exc:
        raise WorkspaceError(f"Cannot read {args.file}: {exc.strerror or exc}.") from None
    except UnreadableFile as exc:
        raise WorkspaceError(f"{args.file}: {exc}") from None
    except Refused as exc:
        raise WorkspaceError(f"Nothing was imported: {exc}") from None
    finally:
        store.close()
    print(report.summary())
    for row in report.rows:
        where = f"line {row.line}: {row.name or '(no name)'}"
        if row.outcome is Outcome.SKIPPED:
            print(f"  {where}: NOT imported: {row.reason}")
        elif row.outcome is Outcome.MATCHED:
            print(f"  {where}: {row.reason}")
        for warning in row.warnings:
            print(f"  {where}: note: {warning}")
    _write_report(args.report, lambda path: save_card_report(report, path))
    return 0


def _write_report(path: Path | None, save: Callable[[Path], None]) -> None:
    """`crmdesk import … --report FILE`: the report written, or why it cannot be."""
    if path is None:
        return
    try:
        save(path)
    except OSError as exc:
        raise WorkspaceError(f"Cannot write {path}: {exc.strerror}.") from None
    print(f"Report written to {path}.")


def _cmd_feed(args: argparse.Namespace) -> int:
    from crmdesk.app.calendar_feed import end_feed, new_feed, shown_feed
    from crmdesk.app.context import Context
    from crmdesk.secrets import KeyringStore
    from crmdesk.sync.engine import SyncError

    store = open_store(args.db or default_workspace())
    secrets = KeyringStore()
    ctx = Context(store, secrets=lambda: secrets)
    try:
        if args.off:
            end_feed(ctx)
            print("Your calendar feed is off: its address no longer works.")
            return 0
        shown = new_feed(ctx).value if args.new else shown_feed(ctx)
    except SyncError as exc:
        raise WorkspaceError(str(exc)) from None
    finally:
        store.close()
    if shown.url is None:
        print("No calendar feed address is kept on this computer. Run `crmdesk feed --new` "
              "to get one (an address given before stops working).")
        return 0
    # the address is a secret: printed for the person who asked, never logged
    print(shown.url)
    if not shown.kept:
        print(f"crmdesk: {secrets.warning} Copy the address now: it is not kept.",
              file=sys.stderr)
    return 0


def _cmd_region(args: argparse.Namespace) -> int:
    from crmdesk.app.context import Context
    from crmdesk.app.workspace import phone_region, set_phone_region
    from crmdesk.store.writes import Refused

    store = open_store(args.db or default_workspace())
    try:
        ctx = Context(store)
        if args.code is None:
            print(phone_region(ctx))
            return 0
        try:
            region = set_phone_region(ctx, args.code).value
        except Refused as exc:
            print(f"crmdesk: {exc}", file=sys.stderr)
            return 2
    finally:
        store.close()
    print(f"Phone numbers without a country code are now read as {region} numbers "
          "(numbers already stored keep theirs).")
    return 0


def _cmd_away(args: argparse.Namespace) -> int:
    from crmdesk.app.assignment import away_until, set_away
    from crmdesk.app.context import Context
    from crmdesk.store.writes import Refused

    store = open_store(args.db or default_workspace())
    try:
        me = _signed_in(store)  # the workspace's own user: one marks oneself
        ctx = Context(store, me)
        if args.until is not None or args.back:
            try:
                written = set_away(ctx, None if args.back else args.until).value
            except Refused as exc:
                print(f"crmdesk: {exc}", file=sys.stderr)
                return 2
            if written:
                print("Saved; the server has it at the next sync.")
        until = away_until(ctx)
    finally:
        store.close()
    if until is not None and until >= ctx.today():
        print(f"{me.display_name} is away from web enquiries up to and including "
              f"{until.isoformat()}: they go to colleagues meanwhile.")
    else:
        print(f"{me.display_name} takes web enquiries.")
    return 0


def _password(prompt: str) -> str:
    """From the terminal, or one line of standard input; never from the command line."""
    import getpass

    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline()
    if not line:
        raise WorkspaceError("No password given (type it at the prompt or on standard input).")
    return line.rstrip("\r\n")


def _cmd_sync(args: argparse.Namespace) -> int:
    import httpx

    from crmdesk.app.context import Context
    from crmdesk.app.syncing import sync_signing_in
    from crmdesk.secrets import KeyringStore
    from crmdesk.sync.engine import NotAskedToReplace, SyncError

    store = open_store(args.db or default_workspace())
    secrets = KeyringStore()
    if secrets.warning:
        print(f"crmdesk: {secrets.warning}", file=sys.stderr)
    # the window's own flow: this workspace's token, the same workspace settings, so a
    # window opened on this workspace afterwards is signed in too
    ctx = Context(store, secrets=lambda: secrets)
    try:
        with httpx.Client(base_url=args.server, timeout=60) as http:
            report = sync_signing_in(
                ctx, http, args.server, args.sync_user,
                lambda: _password(f"Password for {args.sync_user} at {args.server}: "),
                replace=args.replace,
                told=lambda why: print(f"crmdesk: {why}", file=sys.stderr)).value.report
    except NotAskedToReplace as exc:
        raise WorkspaceError(f"{exc} Run again with --replace to go ahead.") from None
    except SyncError as exc:
        raise WorkspaceError(str(exc)) from None
    finally:
        store.close()
    if report.forgot:
        print("This workspace held another user's records: they were dropped, and it "
              f"now holds {args.sync_user}'s.")
    print(f"Sent {report.pushed} change(s)"
          + (f", {report.refused} refused" if report.refused else "")
          + (f", {report.lost_fields} value(s) replaced by later edits (kept in Conflicts)"
             if report.lost_fields else "")
          + f"; received {report.pulled} change(s)"
          + (f", removed {report.removed} record(s) that left your scope" if report.removed
             else "") + ".")
    for reason in report.conflicts:
        print(f"  refused: {reason}")
    return 0


def _cmd_deals(args: argparse.Namespace) -> int:
    import csv
    import json

    from crmdesk.domain.deals import OpportunityStage
    from crmdesk.store.deal_queries import deal_rows
    from crmdesk.store.queries import user_by_name

    store = open_store(args.db or default_workspace())
    try:
        with store.session() as session:
            owner = user_by_name(session, args.owner) if args.owner else None
            if args.owner and owner is None:
                raise WorkspaceError(f"No user “{args.owner}” in this workspace.")
            rows = deal_rows(session, args.today or date.today(),
                             owner_id=owner.id if owner else None,
                             stage=OpportunityStage(args.stage) if args.stage else None,
                             stuck_only=args.stuck)
    finally:
        store.close()
    fields = _deal_fields(rows)
    if args.output == "json":
        print(json.dumps(fields, ensure_ascii=False, indent=1))
    elif args.output == "csv":
        out = csv.DictWriter(sys.stdout, fieldnames=list(_DEAL_HEADINGS), lineterminator="\n")
        out.writeheader()
        out.writerows({k: ("" if v is None else v) for k, v in f.items() if k in _DEAL_HEADINGS}
                      for f in fields)
    else:
        _print_table(fields, rows)
    return 0


#: The figures `crmdesk deals` prints, by their key, with their table headings.
_DEAL_HEADINGS = {
    "account": "Company", "deal": "Deal", "stage": "Stage", "amount": "Amount",
    "currency": "Cur", "probability": "Prob %", "weighted": "Weighted",
    "expected_close": "Close", "next_step": "Next step", "owner": "Owner",
    "days_in_stage": "Days", "stuck": "Stuck",
}


def _deal_fields(rows: Sequence[DealRow]) -> list[dict[str, object]]:
    """Each deal's figures as text and numbers (amounts as exact decimals)."""
    from crmdesk.domain.currencies import minor_per_unit

    def money(amount: int | None, currency: str) -> str | None:
        if amount is None:
            return None
        unit = minor_per_unit(currency)
        places = len(str(unit)) - 1
        whole, part = divmod(abs(amount), unit)
        return ("-" if amount < 0 else "") + str(whole) + (f".{part:0{places}d}" if places
                                                           else "")

    return [{
        "id": str(r.id), "account_id": str(r.account_id), "account": r.account,
        "deal": r.name, "stage": r.stage.value, "amount": money(r.amount, r.currency),
        "currency": r.currency, "probability": r.probability,
        "weighted": money(r.weighted, r.currency),
        "expected_close": r.expected_close.isoformat() if r.expected_close else None,
        "next_step": r.next_step, "owner": r.owner, "days_in_stage": r.days_in_stage,
        "stuck": r.stuck.value if r.stuck else None, "committed": r.committed,
    } for r in rows]


def _print_table(fields: list[dict[str, object]], rows: Sequence[DealRow]) -> None:
    """The deals as a table a person reads: stages in the window's words, money with
    separators, and columns that line up in a terminal however wide their characters
    (Chinese names take two columns a character)."""
    if not fields:
        print("No deals.")
        return
    from crmdesk.domain.currencies import format_money
    from crmdesk.domain.deals import STAGE_LABELS
    from crmdesk.domain.text import display_width, pad

    def money(amount: int | None, currency: str) -> str:
        return format_money(amount, currency).rsplit(" ", 1)[0]

    shown = [{**f, "stage": STAGE_LABELS[r.stage], "amount": money(r.amount, r.currency),
              "weighted": money(r.weighted if r.amount is not None else None, r.currency),
              "stuck": {"in_stage": "stuck", "close_passed": "close passed"}.get(
                  str(f["stuck"]), "")}
             for f, r in zip(fields, rows, strict=True)]
    cells = [[_cell(f[key], 40 if key in ("account", "deal", "next_step") else 0)
              for key in _DEAL_HEADINGS] for f in shown]
    widths = [max(display_width(heading), *(display_width(row[i]) for row in cells))
              for i, heading in enumerate(_DEAL_HEADINGS.values())]
    numeric = {"amount", "probability", "weighted", "days_in_stage"}
    for line in [list(_DEAL_HEADINGS.values()), *cells]:
        print("  ".join(pad(text, width, key in numeric)
                        for key, text, width in zip(_DEAL_HEADINGS, line, widths, strict=True)
                        ).rstrip())
    stuck = sum(1 for r in rows if r.stuck)
    print(f"{len(rows)} deal(s)" + (f", {stuck} stuck" if stuck else "") + ".")


def _cell(value: object, columns: int) -> str:
    """A value as a table's cell: text cut to `columns` terminal columns (0: uncut)."""
    from crmdesk.domain.text import clip

    text = "" if value is None else str(value)
    return clip(text, columns) if columns else text


def _cmd_report(args: argparse.Namespace) -> int:
    import json

    from crmdesk.app.context import Context
    from crmdesk.app.report_export import csv_text, table_json, table_lines
    from crmdesk.app.review import (
        ScopeRefused,
        resolve_names,
        review_panel,
        review_scope,
    )
    from crmdesk.store.queries import user_by_name

    if (args.start is None) != (args.end is None):
        print("crmdesk: give both --from and --to (or neither, for this quarter)",
              file=sys.stderr)
        return 2
    today = args.today or date.today()
    store = open_store(args.db or default_workspace())
    try:
        user = None
        if args.as_user:
            with store.session() as session:
                user = user_by_name(session, args.as_user)
            if user is None:
                raise WorkspaceError(f"No user “{args.as_user}” in this workspace.")
        ctx = Context(store, user, today=lambda: today)
        try:
            team_id, rep_id = resolve_names(ctx, args.rep, args.team)
            scope = review_scope(ctx, team_id=team_id, rep_id=rep_id, start=args.start,
                                 end=args.end, currency=args.currency, since=args.since)
            panel = review_panel(ctx, args.panel, scope)
        except ScopeRefused as exc:
            print(f"crmdesk: {exc.args[0] if exc.args else exc}", file=sys.stderr)
            return 2
    finally:
        store.close()
    tables = [t for t in panel.tables if args.only is None or t.key == args.only]
    if args.only is not None and not tables:
        keys = ", ".join(t.key for t in panel.tables)
        print(f"crmdesk: the {panel.title} panel has no table “{args.only}”; it has: {keys}",
              file=sys.stderr)
        return 2
    if args.output == "json":
        print(json.dumps({"panel": panel.key, "title": panel.title,
                          "scope": {"from": scope.start.isoformat(),
                                    "to": scope.end.isoformat(),
                                    "currency": scope.currency,
                                    "team_id": str(scope.team_id) if scope.team_id else None,
                                    "rep_id": str(scope.rep_id) if scope.rep_id else None,
                                    "since": scope.since.isoformat() if scope.since else None},
                          "tables": [table_json(t) for t in tables]},
                         ensure_ascii=False, indent=1))
    elif args.output == "csv":
        for i, table in enumerate(tables):
            if len(tables) > 1:  # several tables: each under a comment line naming it
                print(("\n" if i else "") + f"# {table.key}: {table.title}")
            sys.stdout.write(csv_text(table).replace("\r\n", "\n"))
    else:
        print(f"{panel.title}: {scope.start.isoformat()} to {scope.end.isoformat()}")
        for table in tables:
            print()
            print("\n".join(table_lines(table)))
    return 0


def _cmd_dupes(args: argparse.Namespace) -> int:
    from crmdesk.store.duplicates import duplicate_clusters

    store = open_store(args.db or default_workspace())
    try:
        with store.session() as session:
            found = duplicate_clusters(session)
    finally:
        store.close()
    if not found:
        print("No likely duplicates.")
        return 0
    print(f"{len(found)} group(s) of likely duplicates"
          + (f", showing {args.limit}" if len(found) > args.limit else "") + ":")
    for cluster in found[: args.limit]:
        names = {m.ref: m.name for m in cluster.members}
        print()
        for member in cluster.members:
            print(f"  {member.name}   [{member.ref[:8]}]")
        for a, b, why in cluster.reasons:
            print(f"    {names[a]} ~ {names[b]}: {'; '.join(why)}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "seed":
            return _cmd_seed(args)
        if args.command == "search":
            return _cmd_search(args)
        if args.command == "dupes":
            return _cmd_dupes(args)
        if args.command == "deals":
            return _cmd_deals(args)
        if args.command == "report":
            return _cmd_report(args)
        if args.command == "import":
            return _cmd_import(args)
        if args.command == "export":
            return _cmd_export(args)
        if args.command == "feed":
            return _cmd_feed(args)
        if args.command == "sync":
            return _cmd_sync(args)
        if args.command == "region":
            return _cmd_region(args)
        if args.command == "away":
            return _cmd_away(args)
        from crmdesk import cli_messages, cli_suggest

        if args.command in cli_messages.COMMANDS:
            return cli_messages.run(args)
        from crmdesk import cli_care

        if args.command in cli_care.COMMANDS:
            return cli_messages.run_with(args, cli_care.RUN)
        from crmdesk import cli_agenda

        if args.command in cli_agenda.COMMANDS:
            return cli_messages.run_with(args, cli_agenda.RUN)
        from crmdesk import cli_membership

        if args.command in cli_membership.COMMANDS:
            return cli_membership.run(args)
        if args.command in cli_suggest.COMMANDS:
            return cli_suggest.run(args)
        from crmdesk.ui.app import run_app

        return run_app(args)
    except WorkspaceError as exc:
        print(f"crmdesk: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("crmdesk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `crmdesk deals | head`: the reader has all it wanted
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
