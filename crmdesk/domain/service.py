"""The hand-off to customer service: who serves a customer once it has signed and paid,
and the onboarding checklist the hand-off creates. Plain Python (no I/O): the server's
hand-off (crmdesk.server.handoff), the laptop's rule dialog and the push check all use
these rules.

A team's hand-off rule is one row of the team's pool (`handoff_rule_id`), set by its
lead or an admin: the service owner is chosen round robin among the team's active
service users, or is one named service user; the checklist is a list of steps, each
with a name and the days after the hand-off it is due by. A team with no row has the
defaults (round robin, `DEFAULT_CHECKLIST`).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from crmdesk.domain.words import Counted, Joined, Worded, tr_noop


class AssignBy(StrEnum):
    """How a team's service owner is chosen."""

    ROUND_ROBIN = "round_robin"  # in turn among the team's active service users
    NAMED = "named"              # always one named service user


ASSIGN_LABELS: dict[AssignBy, str] = {
    AssignBy.ROUND_ROBIN: tr_noop("In turn among the team's service users"),
    AssignBy.NAMED: tr_noop("Always the same service user"),
}


@dataclass(frozen=True, slots=True)
class Step:
    """One step of the onboarding checklist: due `days` after the hand-off."""

    name: str
    days: int


#: The checklist of a team that set none (the window words these names in its language
#: where it shows them; a team's own names are shown as typed).
DEFAULT_CHECKLIST: tuple[Step, ...] = (
    Step(tr_noop("Kick-off call"), 2), Step(tr_noop("Account opening"), 5),
    Step(tr_noop("Training"), 10))

#: Limits of a checklist (a typo of a year in days is refused, not scheduled).
MAX_STEPS, MAX_DAYS, MAX_STEP_NAME = 20, 365, 120

NO_TEAM = tr_noop("A hand-off rule belongs to a team; choose one.")
NO_STEPS = tr_noop("The onboarding checklist needs at least one step.")
TOO_MANY_STEPS = Counted("The onboarding checklist has at most %n step(s).", "", MAX_STEPS)
STEP_NAMED = tr_noop("Each onboarding step needs a name.")
STEP_NAME_LONG = Counted("An onboarding step's name is at most %n character(s).", "",
                         MAX_STEP_NAME)
STEP_DAYS = Worded(tr_noop("An onboarding step is due 0 to {0} days after the hand-off."),
                   MAX_DAYS)
STEP_TWICE = tr_noop("Two onboarding steps have the same name; give each its own.")
NAME_SOMEONE = tr_noop("Choose the service user who takes every hand-off.")
NOT_SERVICE_USER = tr_noop("The service user named must be an active service user of the team.")
BAD_ASSIGN = tr_noop("Choose how the service owner is picked: in turn, or always the same person.")


def handoff_rule_id(team_id: uuid.UUID) -> uuid.UUID:
    """The id of a team's hand-off rule: the same on every laptop, so two leads editing
    it offline edit one row, field by field."""
    return uuid.uuid5(team_id, "handoff-rule")


def steps_of(stored: Any) -> tuple[Step, ...]:
    """The checklist as a rule row stores it (a list of {"name", "days"}); entries that
    are not such are left out (the push check refuses them)."""
    if not isinstance(stored, list):
        return ()
    out = []
    for item in stored:
        if (isinstance(item, dict) and isinstance(item.get("name"), str)
                and isinstance(item.get("days"), int) and not isinstance(item["days"], bool)):
            out.append(Step(item["name"], item["days"]))
    return tuple(out)


def stored_steps(steps: Sequence[Step]) -> list[dict[str, Any]]:
    """The checklist as a rule row stores it."""
    return [{"name": step.name.strip(), "days": step.days} for step in steps]


def checklist_problems(stored: Any) -> list[str]:
    """What is wrong with a checklist as stored (empty: nothing)."""
    if not isinstance(stored, list) or not stored:
        return [NO_STEPS]
    steps = steps_of(stored)
    out: list[str] = []
    if len(steps) != len(stored):
        out.append(STEP_NAMED)
    if len(stored) > MAX_STEPS:
        out.append(TOO_MANY_STEPS)
    names = [step.name.strip() for step in steps]
    if any(not name for name in names):
        out.append(STEP_NAMED)
    if any(len(name) > MAX_STEP_NAME for name in names):
        out.append(STEP_NAME_LONG)
    if any(not 0 <= step.days <= MAX_DAYS for step in steps):
        out.append(STEP_DAYS)
    folded = [name.casefold() for name in names if name]
    if len(set(folded)) != len(folded):
        out.append(STEP_TWICE)
    return list(dict.fromkeys(out))


def rule_problems(team_id: uuid.UUID | None, assign: Any, named: uuid.UUID | None,
                  checklist: Any, named_ok: bool) -> list[str]:
    """What stops a hand-off rule row being stored. `named_ok`: the service user named
    (if any) is an active service user of the team (the caller reads it)."""
    out: list[str] = []
    if team_id is None:
        out.append(NO_TEAM)
    if assign not in tuple(AssignBy):
        out.append(BAD_ASSIGN)
    elif AssignBy(assign) is AssignBy.NAMED:
        if named is None:
            out.append(NAME_SOMEONE)
        elif not named_ok:
            out.append(NOT_SERVICE_USER)
    return out + checklist_problems(checklist)


def choose_owner(assign: AssignBy, named: uuid.UUID | None,
                 candidates: Sequence[uuid.UUID], last: uuid.UUID | None
                 ) -> uuid.UUID | None:
    """Who serves the next customer: the named service user while they are among
    `candidates` (the team's active service users, in a fixed order), or the candidate
    after `last` (the one given the team's previous hand-off), wrapping round. None: no
    one can (the account waits until a service user is there)."""
    if not candidates:
        return None
    if assign is AssignBy.NAMED:
        return named if named in candidates else None
    if last is not None and last in candidates:
        return candidates[(list(candidates).index(last) + 1) % len(candidates)]
    # the last one left the team: the next in the order after where they stood is not
    # known, so the turn starts again at the first
    return candidates[0]


@dataclass(frozen=True, slots=True)
class Task:
    """An onboarding task as the hand-off makes it."""

    title: str
    due_on: date
    position: int


def onboarding_tasks(steps: Sequence[Step], handed_off_on: date) -> list[Task]:
    """The checklist's tasks for a hand-off on `handed_off_on`, each due its step's days
    later, in the checklist's order."""
    return [Task(step.name.strip(), handed_off_on + timedelta(days=step.days), position)
            for position, step in enumerate(steps, start=1)]


class TaskState(StrEnum):
    """Where an onboarding task stands on a day."""

    DONE = "done"
    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    UPCOMING = "upcoming"


STATE_LABELS: dict[TaskState, str] = {
    TaskState.DONE: tr_noop("Done"),
    TaskState.OVERDUE: tr_noop("Overdue"),
    TaskState.DUE_TODAY: tr_noop("Due today"),
    TaskState.UPCOMING: tr_noop("Upcoming"),
}


def task_state(due_on: date, done_on: date | None, today: date) -> TaskState:
    if done_on is not None:
        return TaskState.DONE
    if due_on < today:
        return TaskState.OVERDUE
    return TaskState.DUE_TODAY if due_on == today else TaskState.UPCOMING


def progress_text(done: int, total: int, service_owner: str | None) -> str | None:
    """The card's line about service: "Onboarding: 1 of 3 done · service: Dana Levi"
    (None: not handed off)."""
    if service_owner is None and total == 0:
        return None
    parts = []
    if total:
        parts.append("Onboarding complete" if done == total
                     else f"Onboarding: {done} of {total} done")
    parts.append(f"service: {service_owner}" if service_owner else "service: not assigned")
    text = " · ".join(parts)
    return text[0].upper() + text[1:]


#: Between two onboarding steps in a list of them.
STEP_SEPARATOR = tr_noop("; ")


def handoff_note(service_owner: str, tasks: Sequence[Task]) -> str:
    """The timeline's note of a hand-off, so the rep sees onboarding is under way."""
    steps = [Worded(tr_noop("{0} by {1}"), task.title, task.due_on) for task in tasks]
    return Worded(tr_noop("Handed over to customer service: {0} serves this customer now. "
                          "Onboarding: {1}."), service_owner,
                  Joined(steps, STEP_SEPARATOR) if steps else Worded(tr_noop("no steps")))
