"""Web enquiries and a team's assignment rules: what an enquiry must hold, how it reads
on the account's timeline, and which rep a new lead goes to. Plain rules, no I/O: the
server's intake (crmdesk.server.intake), the laptop's rules dialog and the row check
both sides run (crmdesk.domain.row_checks) read them.

Assignment, as a team sets it (rows of its pool, crmdesk.store.models.AssignmentSetting):
the rules are tried in their order; a rule matches a lead by region or industry (the
lead's, compared without regard to case or spacing), or matches every lead (round
robin). Among a matching rule's reps (a round robin with none named: the team's active
reps) those active, not away and under the team's cap on open leads are eligible, and
the one whose last web lead is the longest ago takes it (round robin, fair whatever
rule gave them their last). No eligible rep: the next matching rule. No rule left: the
team's pool.

A rep is away up to and including the day set ("away until"): the lead (or an admin)
sets it in the rules dialog, and a rep marks themselves away and back (only their own
row of the settings, `setting_refusal`; the rest is the lead's).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import cast

from crmdesk.domain.account_fields import MAX_LENGTH, check_field
from crmdesk.domain.dedupe import InvalidPhone, email_problem, phone_e164
from crmdesk.domain.scope import LEADS_ONLY, Scope, Viewer, may_write
from crmdesk.domain.text import text_problem
from crmdesk.domain.words import Counted, Worded, tr_noop

#: The first words of the activity an enquiry leaves on its account: the laptop tells a
#: lead that came from the website by it.
ENQUIRY_HEADING = "Web enquiry"
#: The fields a website form sends (the first five are the enquiry, the rest optional).
FIELDS = ("company", "person", "phone", "email", "message", "region", "industry",
          "website")
#: The longest message kept (a form's text area; a novel is cut short, not refused).
MAX_MESSAGE = 4000
#: A contact's name and email hold this much (crmdesk.store.models.Contact).
MAX_PERSON, MAX_EMAIL = 200, 200

NEEDS_COMPANY = tr_noop("Give the company's name.")
NEEDS_PERSON = tr_noop("Give the name of the person to contact.")
NEEDS_REACH = tr_noop("Give a phone number or an email address, so we can answer.")


@dataclass(frozen=True, slots=True)
class Enquiry:
    """A website form's fields, as sent (stripped)."""

    company: str
    person: str
    phone: str = ""
    email: str = ""
    message: str = ""
    region: str = ""
    industry: str = ""
    website: str = ""


def read_enquiry(values: Mapping[str, object]) -> Enquiry:
    """The enquiry in a form's or a JSON body's fields (anything not text counts as
    empty; unknown fields are ignored)."""
    def text(name: str) -> str:
        value = values.get(name)
        return value.strip() if isinstance(value, str) else ""

    return Enquiry(*(text(name) for name in FIELDS))


def enquiry_problems(enquiry: Enquiry, region: str) -> list[str]:
    """Everything that stops `enquiry` becoming a lead, one plain sentence each: the
    checks the laptop's new-lead dialog makes (the card's rules for the company's
    fields; a readable phone number, an email address, text that can be stored), with
    phones written without a country code read in `region`."""
    out: list[str] = []
    if not enquiry.company:
        out.append(NEEDS_COMPANY)
    if not enquiry.person:
        out.append(NEEDS_PERSON)
    if not enquiry.phone and not enquiry.email:
        out.append(NEEDS_REACH)
    for name, raw in (("name", enquiry.company), ("website", enquiry.website),
                      ("region", enquiry.region), ("industry", enquiry.industry)):
        if raw and (problem := check_field(name, raw, region).problem) is not None:
            out.append(problem)
    if enquiry.phone:
        # the person's mobile: text that can be stored first (a NUL may read as a number)
        if (bad := text_problem("phone", enquiry.phone)) is not None:
            out.append(bad)
        else:
            try:
                phone_e164(enquiry.phone, region)
            except InvalidPhone as exc:
                out.append(str(exc))
        if len(enquiry.phone) > MAX_LENGTH["phone"]:
            out.append(f"A phone number is at most {MAX_LENGTH['phone']} characters.")
    if (bad := email_problem(enquiry.email)) is not None:
        out.append(bad)
    for name, raw, limit in (("person", enquiry.person, MAX_PERSON),
                             ("email", enquiry.email, MAX_EMAIL)):
        if (bad := text_problem(name, raw)) is not None:
            out.append(bad)
        elif len(raw) > limit:
            out.append(f"The {name} is at most {limit} characters; this one has "
                       f"{len(raw)}.")
    if (bad := text_problem("notes", enquiry.message)) is not None:
        out.append(bad.replace("The notes", "The message"))
    return out


def enquiry_note(enquiry: Enquiry, channel: str) -> str:
    """The activity an enquiry leaves on its account: who asked, how to reach them, and
    their message (cut to MAX_MESSAGE)."""
    reach = ", ".join(part for part in (enquiry.phone, enquiry.email) if part)
    message = enquiry.message[:MAX_MESSAGE] or Worded(tr_noop("(no message)"))
    # each begins with ENQUIRY_HEADING (is_enquiry_note); the message is a figure, as sent
    if reach:
        return Worded(tr_noop("Web enquiry via {0} from {1} ({2}):\n{3}"), channel,
                      enquiry.person, reach, message)
    return Worded(tr_noop("Web enquiry via {0} from {1}:\n{2}"), channel, enquiry.person,
                  message)


def is_enquiry_note(notes: str | None) -> bool:
    return bool(notes) and str(notes).startswith(ENQUIRY_HEADING)


# ---- assignment rules -------------------------------------------------------------

class AssignmentKind(StrEnum):
    """What a row of a team's assignment settings is."""

    ROUND_ROBIN = "round_robin"  # a rule matching every lead
    REGION = "region"            # a rule matching the lead's region
    INDUSTRY = "industry"        # a rule matching the lead's industry
    CAP = "open_lead_cap"        # the team's cap on each rep's open leads
    AWAY = "away"                # a rep away up to and including a day


RULES = (AssignmentKind.ROUND_ROBIN, AssignmentKind.REGION, AssignmentKind.INDUSTRY)
BY_LABELS = {AssignmentKind.ROUND_ROBIN: tr_noop("Every lead (round robin)"),
             AssignmentKind.REGION: tr_noop("Region is"),
             AssignmentKind.INDUSTRY: tr_noop("Industry is")}
MAX_CAP = 100_000
MAX_MATCH = 120

NO_TEAM = tr_noop("An assignment setting belongs to a team.")
NEEDS_MATCH = tr_noop("A region or industry rule needs the region or industry it matches.")
NEEDS_REPS = tr_noop("A region or industry rule needs at least one rep.")
CAP_RANGE = Worded(tr_noop("The cap on open leads is between 1 and {0}."), MAX_CAP)
NEEDS_AWAY = tr_noop("An away setting names the rep and the last day they are away.")
NOT_A_REP = tr_noop("A rule names someone who is not a user.")
#: The answer to a rep writing any assignment setting but their own away day.
OWN_AWAY_ONLY = tr_noop("A rep marks only themselves away and back; the team lead sets the rest "
                        "of the web enquiry assignment (or an administrator).")


def cap_id(team_id: uuid.UUID) -> uuid.UUID:
    """The team's one cap row: the same on every laptop, so two leads setting it offline
    set one row."""
    return uuid.uuid5(team_id, "assignment:cap")


def away_id(team_id: uuid.UUID, user_id: uuid.UUID) -> uuid.UUID:
    """The one row saying when `user_id` is away."""
    return uuid.uuid5(team_id, "assignment:away:" + user_id.hex)


def setting_refusal(viewer: Viewer, before: Mapping[str, object] | None,
                    after: Mapping[str, object]) -> str | None:
    """Why `viewer` may not write a row of a team's assignment settings, as it was
    (`before`; None: a new row) and as the write leaves it (`after`), or None. The
    team's lead (or an admin) writes any of the team's, as every team setting
    (crmdesk.domain.scope.may_write); a rep only the row saying when they themselves are
    away (`away_id`), to mark themselves away or back. The laptop's command and the
    server's push both ask this."""
    was = None if before is None else _scope(before)
    now = _scope(after)
    if viewer.role == "rep" and all(row is None or _own_away(viewer, row)
                                    for row in (before, after)):
        return may_write(viewer, was, now)
    refusal = may_write(viewer, was, now, leads_only=True)
    return OWN_AWAY_ONLY if refusal == LEADS_ONLY and viewer.role == "rep" else refusal


def _scope(row: Mapping[str, object]) -> Scope:
    return cast(Scope, (row.get("owner_id"), row.get("team_id")))


def _own_away(viewer: Viewer, row: Mapping[str, object]) -> bool:
    """Is `row` the one saying when `viewer` is away, in their team's pool?"""
    team = viewer.team_id
    return (team is not None and row.get("id") == away_id(team, viewer.user_id)
            and row.get("kind") == AssignmentKind.AWAY and row.get("user_id") == viewer.user_id
            and row.get("team_id") == team and row.get("owner_id") is None)


def same_words(a: str | None, b: str | None) -> bool:
    """Do a rule's region or industry and a lead's name the same thing (case and
    spacing aside)?"""
    def fold(text: str | None) -> str:
        return " ".join((text or "").casefold().split())

    return bool(fold(a)) and fold(a) == fold(b)


@dataclass(frozen=True, slots=True)
class Rule:
    """One assignment rule: what it matches and whom it gives leads to (a round robin
    with no reps named: the team's active reps)."""

    by: AssignmentKind
    match: str = ""
    reps: tuple[uuid.UUID, ...] = ()
    position: int = 0
    id: uuid.UUID | None = None

    def matches(self, region: str | None, industry: str | None) -> bool:
        if self.by is AssignmentKind.REGION:
            return same_words(self.match, region)
        if self.by is AssignmentKind.INDUSTRY:
            return same_words(self.match, industry)
        return self.by is AssignmentKind.ROUND_ROBIN


@dataclass(frozen=True, slots=True)
class Assignment:
    """A team's assignment settings: its rules in order, the cap on each rep's open
    leads (None: no cap), and who is away until when."""

    rules: tuple[Rule, ...] = ()
    cap: int | None = None
    away: Mapping[uuid.UUID, date] = field(default_factory=dict)

    def is_away(self, user_id: uuid.UUID, today: date) -> bool:
        until = self.away.get(user_id)
        return until is not None and today <= until


@dataclass(frozen=True, slots=True)
class Rep:
    """A rep as assignment weighs them: active or not, their open leads now, and when
    they last got a web lead (`turn`: higher is later; 0 never)."""

    id: uuid.UUID
    active: bool = True
    open_leads: int = 0
    turn: int = 0


@dataclass(frozen=True, slots=True)
class Choice:
    """Whom a lead goes to (None: the team's pool), and by which rule."""

    rep: uuid.UUID | None
    rule: Rule | None = None


def eligible_reps(settings: Assignment, reps: Mapping[uuid.UUID, Rep],
                  everyone: Sequence[uuid.UUID], region: str | None, industry: str | None,
                  today: date) -> tuple[Rule | None, list[Rep]]:
    """The first rule matching a lead of `region` and `industry` that has reps able to
    take it, with those reps (active, not away, under the cap); (None, []) when no rule
    has anyone: the lead goes to the team's pool. `reps` holds every rep a rule may
    name, as they stand; `everyone` is the team's reps a round robin with no list goes
    round."""
    for rule in sorted(settings.rules, key=lambda r: r.position):
        if not rule.matches(region, industry):
            continue
        names = rule.reps or tuple(everyone)
        eligible = [rep for rep_id in dict.fromkeys(names)
                    if (rep := reps.get(rep_id)) is not None and rep.active
                    and not settings.is_away(rep.id, today)
                    and (settings.cap is None or rep.open_leads < settings.cap)]
        if eligible:
            return rule, eligible
    return None, []


def next_in_turn(eligible: Sequence[Rep]) -> Rep:
    """Round robin: the rep whose last web lead is the longest ago (never: first), ties
    by id, so every worker picks the same."""
    return min(eligible, key=lambda r: (r.turn, r.id.hex))


def choose_rep(settings: Assignment, reps: Mapping[uuid.UUID, Rep],
               everyone: Sequence[uuid.UUID], region: str | None, industry: str | None,
               today: date) -> Choice:
    """The rep a new lead of `region` and `industry` goes to under `settings` (see the
    module's text and `eligible_reps`)."""
    rule, eligible = eligible_reps(settings, reps, everyone, region, industry, today)
    return Choice(next_in_turn(eligible).id, rule) if eligible else Choice(None)


def setting_problems(by: object, team_id: object, match: object, reps: Iterable[object],
                     cap: object, user_id: object, away_until: object,
                     position: object) -> list[str]:
    """What stops a row of a team's assignment settings being stored (the check the
    laptop's dialog and the server's push both run), one sentence each."""
    out: list[str] = []
    if team_id is None:
        out.append(NO_TEAM)
    try:
        kind = AssignmentKind(by)  # type: ignore[arg-type]
    except ValueError:
        return [*out, Worded(tr_noop("“{0}” is not a kind of assignment setting."), by)]
    named = list(reps)
    if kind in RULES:
        if not isinstance(position, int) or position < 0:
            out.append(tr_noop("A rule's place in the order is a number from 0."))
        text = match if isinstance(match, str) else ""
        if kind is not AssignmentKind.ROUND_ROBIN:
            if not text.strip():
                out.append(NEEDS_MATCH)
            if not named:
                out.append(NEEDS_REPS)
        if len(text) > MAX_MATCH:
            out.append(Counted("A rule's region or industry is at most %n character(s).", "",
                               MAX_MATCH))
        if text and (bad := text_problem("match", text)) is not None:
            out.append(bad)
        if any(not _is_uuid(rep) for rep in named):
            out.append(NOT_A_REP)
    elif kind is AssignmentKind.CAP:
        if not isinstance(cap, int) or isinstance(cap, bool) or not 1 <= cap <= MAX_CAP:
            out.append(CAP_RANGE)
    elif user_id is None or not isinstance(away_until, date):
        out.append(NEEDS_AWAY)
    return out


def _is_uuid(value: object) -> bool:
    if isinstance(value, uuid.UUID):
        return True
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True


def rep_ids(values: Iterable[object]) -> tuple[uuid.UUID, ...]:
    """A stored list of reps (text ids) as ids; what is not an id is left out."""
    return tuple(uuid.UUID(str(v)) for v in values if _is_uuid(v))


def web_leads_notice(companies: Sequence[str]) -> str:
    """What the window says when a sync brings the rep new leads from web enquiries."""
    if len(companies) == 1:
        return f"New lead from the website: {companies[0]}"
    return f"{len(companies)} new leads from the website"
