"""What the review's panels share in their SQL: the scope's accounts as conditions on
`Account`, and the note naming the currencies a table leaves out.

An account figure counts the accounts by their own team and owner (whose book it is
in); a removed account counts for nothing. The deals' conditions are
`crmdesk.store.review.deal_facts.deal_conditions`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, literal_column, select

from crmdesk.domain.report import ReviewScope
from crmdesk.domain.words import Worded, tr_noop
from crmdesk.store.models import TWO_WAY_KINDS, TWO_WAY_OUTCOME_VALUES, Account, Activity
from crmdesk.store.review.deal_facts import of_live_account


def account_conditions(scope: ReviewScope, *, live: bool = True) -> list[ColumnElement[bool]]:
    """The conditions on `Account` for the scope's accounts: of its team (any when
    None), owned by its rep (anyone's when None); live ones only unless `live` is
    False (a caller that leaves the removed out another way, e.g. through
    `deal_facts.of_live_account`)."""
    out: list[ColumnElement[bool]] = [Account.deleted.is_(False)] if live else []
    if scope.team_id is not None:
        out.append(Account.team_id == scope.team_id)
    if scope.rep_id is not None:
        out.append(Account.owner_id == scope.rep_id)
    return out


def of_scope(account_id: Any, scope: ReviewScope) -> list[ColumnElement[bool]]:
    """`account_id` (a fact's column: a contract's, a payment's) is that of an account
    in scope: for a team or a rep, one of their accounts (a set of them, found by
    index); for every team, any live one (a check against the few removed,
    `deal_facts.of_live_account`), with no lookup of the account a row."""
    if narrowed(scope):
        return [account_id.in_(select(Account.id).where(*account_conditions(scope)))]
    return [of_live_account(account_id)]


def narrowed(scope: ReviewScope) -> bool:
    """Does the scope name a team or a rep (else: every account of the workspace)?"""
    return scope.team_id is not None or scope.rep_id is not None


def currencies_note(others: Iterable[str | None], currency: str,
                    what: str = Worded(tr_noop("Amounts"))) -> str:
    """The sentence a table's note ends with when records in other currencies than
    `currency` exist in its scope (`what`: marked words, a `Worded`, as the window
    words them): figures are never summed across currencies (no exchange rates). Empty
    when `others` names none but `currency`; else a `Worded` the note puts after its
    other sentences (crmdesk.domain.words.Sentences)."""
    left_out = sorted({c for c in others if c} - {currency.upper()})
    if not left_out:
        return ""
    return Worded(tr_noop("{0} in {1} are left out (figures are in {2} only: no exchange "
                          "rates; choose that currency to see them)."),
                  what, ", ".join(left_out), currency.upper())


def two_way_terms() -> list[ColumnElement[bool]]:
    """A live two-way conversation (crmdesk.store.derived.TWO_WAY, the same kinds and
    outcomes) as the terms of ix_activities_two_way's WHERE, written the same (literal
    values, in its order) so SQLite uses that partial index."""
    return [Activity.deleted.is_(False),
            Activity.kind.in_([literal_column(v) for v in TWO_WAY_KINDS.split(", ")]),
            Activity.outcome.in_([literal_column(v)
                                  for v in TWO_WAY_OUTCOME_VALUES.split(", ")])]
