"""`crmdesk suggest` (crmdesk.cli adds it): a company's loyalty stage and what to sell
it next, each suggestion with its reason, through the commands of
crmdesk.app.suggestions as the card uses them; `--deal N` turns suggestion N into a
deal, as the card's "Create deal" does."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from crmdesk.paths import default_workspace
from crmdesk.store.db import WorkspaceError, open_store

COMMANDS = frozenset({"suggest"})
#: At most this many companies matching the text are shown.
_SHOWN = 5


def add_parsers(sub: Any) -> None:
    """Add `suggest` to `crmdesk`'s sub-parsers."""
    suggest = sub.add_parser("suggest", help="a company's loyalty stage and what to sell it "
                                             "next (cross-sell, up-sell, repeat sale)")
    suggest.add_argument("--db", type=Path, dest="db", help="workspace file")
    suggest.add_argument("--account", metavar="TEXT", required=True,
                         help="the companies whose name holds TEXT (the first five)")
    suggest.add_argument("--format", choices=("table", "json"), default="table",
                         dest="output", help="how to print them (default: table)")
    suggest.add_argument("--deal", type=int, metavar="N",
                         help="turn suggestion N (as numbered in the table) into a deal; "
                              "TEXT must name one company")
    suggest.add_argument("--user", help="who makes the deal (default: the workspace's user)")
    suggest.add_argument("--today", type=date.fromisoformat, default=None,
                         help="the day repeat sales are due by, YYYY-MM-DD (default: today)")


def run(args: argparse.Namespace) -> int:
    from crmdesk.app import messages, suggestions
    from crmdesk.app.context import Context
    from crmdesk.cli import _workspace_user
    from crmdesk.store.refusals import NotFound, Refused

    store = open_store(args.db or default_workspace())
    try:
        today = args.today or date.today()
        ctx = Context(store, today=lambda: today)
        found = messages.accounts_named(ctx, args.account)
        if not found:
            raise WorkspaceError(f"No company's name holds “{args.account}”.")
        if args.deal is not None and len(found) > 1:
            raise WorkspaceError(f"{len(found)} companies' names hold “{args.account}”: "
                                 "name one to make a deal for it.")
        shown = [s for s in (suggestions.for_account(ctx, a) for a in found[:_SHOWN])
                 if s is not None]
        if args.deal is not None:
            (one,) = shown
            if not 1 <= args.deal <= len(one.suggestions):
                raise WorkspaceError(f"No suggestion {args.deal}: {one.name} has "
                                     f"{len(one.suggestions)}.")
            with store.session() as session:
                me = _workspace_user(session, args.user)
            if me is None:
                raise WorkspaceError("This workspace has no user yet: sign in with "
                                     "`crmdesk sync` first.")
            chosen = one.suggestions[args.deal - 1]
            try:
                deal_id = suggestions.make_deal(Context(store, me, today=lambda: today),
                                                one.account_id, chosen).value
            except (Refused, NotFound) as exc:
                print(f"crmdesk: {exc}", file=sys.stderr)
                return 2
            print(f"Made deal “{_deal_name(chosen)}” for {one.name} [{str(deal_id)[:8]}].")
            return 0
        if args.output == "json":
            print(json.dumps([_fields(s) for s in shown], ensure_ascii=False, indent=1))
        else:
            _print(shown, len(found))
        return 0
    finally:
        store.close()


def _deal_name(suggestion: Any) -> str:
    from crmdesk.domain.suggestions import deal_name

    return deal_name(suggestion)


def _fields(found: Any) -> dict[str, object]:
    """One company's loyalty and suggestions as JSON values (money as exact decimals)."""
    from crmdesk.domain.currencies import minor_per_unit

    def money(amount: int, currency: str) -> str:
        whole, part = divmod(amount, minor_per_unit(currency))
        places = len(str(minor_per_unit(currency))) - 1
        return str(whole) + (f".{part:0{places}d}" if places else "")

    return {
        "account_id": str(found.account_id), "account": found.name,
        "loyalty": found.loyalty.stage.value, "loyalty_reason": found.loyalty.reason,
        "purchases": found.loyalty.purchases, "referrals": found.loyalty.referrals,
        "suggestions": [{
            "kind": s.kind.value, "product_id": str(s.product_id), "product": s.product,
            "reason": s.reason, "quantity": s.quantity,
            "unit_price": money(s.unit_price, s.currency), "currency": s.currency,
            "support": None if s.support is None else round(s.support, 4),
            "confidence": None if s.confidence is None else round(s.confidence, 4),
        } for s in found.suggestions],
    }


def _print(shown: list[Any], matched: int) -> None:
    from crmdesk.domain.suggestions import KIND_LABELS
    from crmdesk.store.review.value import LOYALTY_LABELS

    for n, found in enumerate(shown):
        if n:
            print()
        print(f"{found.name}   [{str(found.account_id)[:8]}]")
        print(f"  Loyalty: {LOYALTY_LABELS[found.loyalty.stage]} ({found.loyalty.reason})")
        if not found.suggestions:
            print("  No suggestions: nothing bought that others buy more with, no next "
                  "tier, nothing due again.")
        for i, s in enumerate(found.suggestions, 1):
            print(f"  {i}. {KIND_LABELS[s.kind]}: {s.product}")
            print(f"     {s.reason}")
    if matched > len(shown):
        print(f"\n{matched} companies match; showing {len(shown)}.")
