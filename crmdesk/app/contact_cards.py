"""The commands that save people as vCards and bring vCards in (crmdesk.domain
.contact_cards), for the window, `crmdesk export … vcf` / `crmdesk import FILE.vcf`
and the tests alike.

An import goes by the rules every import follows: each card's company (its ORG) and
details are checked as a lead file's row is (crmdesk.domain.lead_import.lead_row) and
matched to the workspace's companies by the one duplicate rule (sort_out,
crmdesk.domain.dedupe). A card of a new company makes it, as a new lead does, with the
person; one of a known company, or of one an earlier card made, adds the person there
unless they are already there (the same UID, name, phone or email). Each card is
reported imported, matched (the person is known: left unchanged) or skipped, with the
reason. One transaction: all of it is saved, or none.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from crmdesk.app import rights
from crmdesk.app.calendar_export import Exported
from crmdesk.app.changes import WHOLE_ACCOUNT, Changes, Done
from crmdesk.app.checks import details_problems
from crmdesk.app.context import Context
from crmdesk.app.lead_import import write_report
from crmdesk.domain.contact_cards import (
    VERSIONS,
    Card,
    CardProblem,
    PersonKeys,
    cards_text,
    person_reasons,
    read_cards,
)
from crmdesk.domain.dedupe import Identity, matches_for, phone_key, reasons_text
from crmdesk.domain.lead_import import (
    LeadRow,
    Outcome,
    RowProblem,
    UnreadableFile,
    Verdict,
    decode,
    lead_identity,
    lead_row,
    sort_out,
)
from crmdesk.domain.words import Worded, tr_noop
from crmdesk.store import writes
from crmdesk.store.contact_cards import (
    NewPerson,
    accounts_named,
    add_people,
    contact_cards,
    people_of,
)
from crmdesk.store.duplicates import identities
from crmdesk.store.lead_import import fitting
from crmdesk.store.records import ACCOUNTS
from crmdesk.store.refusals import Refused

#: The cells a card gives the lead-file checks, and where each is.
_COLUMNS = {"name": 0, "contact": 1, "title": 2, "mobile": 3, "email": 4}
#: The answer to a card without a company.
NO_COMPANY = ("has no organisation (ORG): in crmdesk a person belongs to a company; add "
              "the company to the card")


class UnknownAccount(Refused):
    """No company of the name given."""


# ---- export -------------------------------------------------------------------------

def export_vcf(ctx: Context, path: Path, version: str = "3.0", *,
               account: str | None = None,
               account_ids: list[uuid.UUID] | None = None) -> Done[Exported]:
    """Write the workspace's people (or those of the company named `account`, or of
    `account_ids`) to `path` as vCards of `version` (3.0 or 4.0). Raises OSError,
    UnknownAccount, ValueError (a version not written)."""
    if version not in VERSIONS:
        raise ValueError(f"vCard {version} is not written; choose 3.0 or 4.0")
    with ctx.store.session() as session:
        if account is not None:
            account_ids = accounts_named(session, account)
            if not account_ids:
                raise UnknownAccount(Worded(tr_noop("No company “{0}” in this workspace."),
                                            account))
        cards = contact_cards(session, account_ids)
    path.write_bytes(cards_text(cards, version).encode("utf-8"))
    return Done(Exported(path, len(cards)))


# ---- import -------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class CardOutcome:
    """What became of one card, and why."""

    line: int
    name: str
    company: str
    outcome: Outcome
    reason: str = ""
    account_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None
    warnings: tuple[str, ...] = ()


@dataclass
class CardReport:
    """What an import of cards did (a dry run: would do) with each card."""

    file_name: str
    rows: list[CardOutcome] = field(default_factory=list)
    dry_run: bool = False

    def count(self, outcome: Outcome) -> int:
        return sum(1 for row in self.rows if row.outcome is outcome)

    def summary(self) -> str:
        """One sentence saying what was (or would be) done (marked: worded in the
        window, its counts as the locale writes them)."""
        counts = (self.file_name, self.count(Outcome.IMPORTED), self.count(Outcome.MATCHED),
                  self.count(Outcome.SKIPPED))
        if self.dry_run:
            return Worded(tr_noop("{0}: would import {1:,} contact(s); {2:,} already known "
                                  "(left unchanged); {3:,} skipped."), *counts)
        return Worded(tr_noop("{0}: imported {1:,} contact(s); {2:,} already known (left "
                              "unchanged); {3:,} skipped."), *counts)


def save_card_report(report: CardReport, path: Path) -> None:
    """Write what became of each card as CSV, as a lead file's import report is written
    (crmdesk.app.lead_import.write_report): the person's name heads the reason."""
    write_report(path, ((row.line, row.company, row.outcome,
                         f"{row.name}: {row.reason}" if row.name else row.reason,
                         row.account_id, row.warnings) for row in report.rows))


def read_vcf(path: Path) -> list[Card | CardProblem]:
    """The cards of a .vcf file (UTF-8, or an encoding it can be told in). Raises
    OSError, or UnreadableFile when it holds no card at all."""
    found = read_cards(decode(path.read_bytes()))
    if not found:
        raise UnreadableFile(tr_noop("This file holds no vCard (no BEGIN:VCARD line)."))
    return found


def _checked(card: Card | CardProblem, region: str) -> LeadRow | RowProblem:
    """A card as a lead file's row, checked as one is, or the problem that keeps it out
    (its department, work phone and notes checked as a new contact's)."""
    if isinstance(card, CardProblem):
        return RowProblem(card.line, card.message, card.text, card.name)
    if not card.company:
        return RowProblem(card.line, NO_COMPANY, card.name)
    row = lead_row(card.line, [card.company, card.name, card.title, card.mobile, card.email],
                   _COLUMNS, region)
    if row is None or isinstance(row, RowProblem):
        return row or RowProblem(card.line, NO_COMPANY, card.name)
    problems = details_problems({"department": card.department, "landline": card.landline,
                                 "notes": card.notes}, [card.landline], "", region)
    if problems:
        return RowProblem(card.line, " ".join(problems), card.name, card.company)
    return fitting(row)


def _keys(card: Card, row: LeadRow, region: str) -> PersonKeys:
    found = card.contact_id()
    phones = {p for p in (row.mobile_e164, phone_key(card.landline or None, region)) if p}
    return PersonKeys(card.name, frozenset({found} if found else ()), frozenset(phones),
                      card.email)


@dataclass
class _Plan:
    """Where each card's person goes: a known company, one made for an earlier card,
    or a new one; and the people each company has (and gets) to match against."""

    verdicts: list[Verdict]
    #: line of a card repeating an earlier card's company -> that card's line
    repeats: dict[int, int]
    people: dict[uuid.UUID, list[PersonKeys]]


def _plan(session: Session, items: list[LeadRow | RowProblem]) -> _Plan:
    verdicts = sort_out(items, identities(session))
    new = [v.row for v in verdicts if v.outcome is Outcome.IMPORTED and v.row is not None]
    rows = {item.line: item for item in items if isinstance(item, LeadRow)}
    # a card skipped that passed its checks repeats an earlier card's company
    repeat_rows = [v for v in verdicts if v.outcome is Outcome.SKIPPED and v.line in rows]
    firsts: list[Identity] = [lead_identity(row) for row in new]
    found = matches_for([lead_identity(rows[v.line]) for v in repeat_rows], firsts)
    repeats = {v.line: int(best[0].ref) for v, best in zip(repeat_rows, found, strict=True)
               if best}
    known = {uuid.UUID(v.known) for v in verdicts if v.known is not None}
    return _Plan(verdicts, repeats, people_of(session, known) if known else {})


def import_vcf(ctx: Context, path: Path, *, owner_id: uuid.UUID | None,
               team_id: uuid.UUID | None = None, dry_run: bool = False
               ) -> Done[CardReport]:
    """Bring the people of a .vcf file in (see the module's words): new companies are
    leads of `owner_id` (None: the team pool) in the team the lead rules give
    (rights.new_lead_team). A card that cannot be read or checked is skipped with its
    reason and the others are imported. Raises OSError or UnreadableFile (the file),
    Refused (who may not make leads, or a company not theirs to change)."""
    region = ctx.region
    cards = read_vcf(path)
    items = [_checked(card, region) for card in cards]
    by_line = {card.line: card for card in cards if isinstance(card, Card)}
    rows = {item.line: item for item in items if isinstance(item, LeadRow)}
    report = CardReport(path.name, dry_run=dry_run)
    today = ctx.today()

    def run(session: Session) -> set[uuid.UUID]:
        team = rights.new_lead_team(session, ctx.user, team_id, owner_id)
        me = None if ctx.user is None else rights.viewer(ctx, session)  # read once
        plan = _plan(session, items)
        made: dict[int, uuid.UUID] = {}  # a card's line -> the company it made
        touched: set[uuid.UUID] = set()
        people: list[NewPerson] = []
        for verdict in plan.verdicts:
            card, row = by_line.get(verdict.line), rows.get(verdict.line)
            if card is None or row is None or (
                    verdict.outcome is Outcome.SKIPPED and verdict.line not in plan.repeats):
                report.rows.append(CardOutcome(
                    verdict.line, card.name if card else "", verdict.name, Outcome.SKIPPED,
                    verdict.reason))
                continue
            keys = _keys(card, row, region)
            if verdict.outcome is Outcome.IMPORTED:
                account_id = None if dry_run else writes.new_account(
                    session, name=row.name, owner_id=owner_id, team_id=team,
                    phone_region=region, acquired_on=today)
                made[verdict.line] = account_id or uuid.uuid4()
                plan.people[made[verdict.line]] = []
                why, where = Worded(tr_noop("new company “{0}”"), row.name), made[verdict.line]
            elif verdict.known is not None:
                where = uuid.UUID(verdict.known)
                # each card's company asked on its own: one the user may not change
                # refuses that card, in the server's words, and the others go in
                refusal = None if me is None else rights.refusal(session, me, ACCOUNTS,
                                                                   where)
                if refusal is not None:
                    report.rows.append(CardOutcome(
                        verdict.line, card.name, row.name, Outcome.SKIPPED,
                        Worded(tr_noop("“{0}” is not yours to change: {1}"), row.name,
                               refusal)))
                    continue
                why = Worded(tr_noop("added to the known company ({0})"), verdict.reason)
            else:
                first = plan.repeats[verdict.line]
                where = made[first]
                why = Worded(tr_noop("added to “{0}” made from line {1}"),
                             by_line[first].company, str(first))
            twin = next(((known, reasons) for known in plan.people.get(where, [])
                         if (reasons := person_reasons(keys, known))), None)
            if twin is not None:
                known, reasons = twin
                report.rows.append(CardOutcome(
                    verdict.line, card.name, row.name, Outcome.MATCHED,
                    Worded(tr_noop("already on file as “{0}”: {1}"), known.name,
                           reasons_text(reasons)), where,
                    next(iter(known.ids), None)))
                continue
            contact_id = None
            if not dry_run:
                contact_id = uuid.uuid4()
                people.append(NewPerson(
                    contact_id, where, row.contact, title=row.title or None,
                    department=card.department or None, mobile=row.mobile or None,
                    landline=card.landline or None, email=row.email or None,
                    notes=card.notes or None,
                    is_key_person=verdict.outcome is Outcome.IMPORTED,
                    birthday=card.birthday))
                touched.add(where)
            plan.people.setdefault(where, []).append(
                PersonKeys(keys.name, frozenset({contact_id}) if contact_id else frozenset(),
                           keys.phones, keys.email))
            report.rows.append(CardOutcome(verdict.line, card.name, row.name,
                                           Outcome.IMPORTED, why,
                                           None if dry_run else where, contact_id,
                                           row.warnings + card.warnings))
        add_people(session, people, region)
        return touched

    if dry_run:
        with ctx.store.session() as session:
            run(session)
        return Done(report)
    with ctx.store.write.begin() as session:
        touched = run(session)
    return Done(report, Changes(frozenset(touched), WHOLE_ACCOUNT) if touched
                else Changes())
