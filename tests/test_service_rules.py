"""The hand-off's rules in plain Python (crmdesk.domain.service): who serves the next
customer, the checklist's tasks and due dates, what a rule row must be, a task's state
and the card's line."""

from __future__ import annotations

import uuid
from datetime import date

from crmdesk.domain import service as rules
from crmdesk.domain.service import AssignBy, Step, TaskState

DAY = date(2026, 12, 3)


def test_round_robin_takes_turns_and_a_named_user_takes_all() -> None:
    a, b, c, gone = (uuid.uuid4() for _ in range(4))
    people = [a, b, c]
    turns, last = [], None
    for _ in range(5):
        last = rules.choose_owner(AssignBy.ROUND_ROBIN, None, people, last)
        turns.append(last)
    assert turns == [a, b, c, a, b]
    # the last one left the team: the turn starts again at the first
    assert rules.choose_owner(AssignBy.ROUND_ROBIN, None, people, gone) == a
    assert rules.choose_owner(AssignBy.NAMED, b, people, a) == b
    # named but no longer a service user of the team, or no one at all: it waits
    assert rules.choose_owner(AssignBy.NAMED, gone, people, None) is None
    assert rules.choose_owner(AssignBy.ROUND_ROBIN, None, [], a) is None


def test_the_checklist_makes_tasks_due_days_after_the_handoff() -> None:
    tasks = rules.onboarding_tasks(rules.DEFAULT_CHECKLIST, DAY)
    assert [(t.title, t.due_on, t.position) for t in tasks] == [
        ("Kick-off call", date(2026, 12, 5), 1), ("Account opening", date(2026, 12, 8), 2),
        ("Training", date(2026, 12, 13), 3)]
    assert rules.onboarding_tasks([Step("  Same day ", 0)], DAY)[0].title == "Same day"
    note = rules.handoff_note("Dana Levi", tasks)
    assert note.startswith("Handed over to customer service: Dana Levi")
    assert "Training by 2026-12-13" in note


def test_what_a_rule_row_must_be() -> None:
    team, person = uuid.uuid4(), uuid.uuid4()
    good = rules.stored_steps(rules.DEFAULT_CHECKLIST)
    assert rules.rule_problems(team, "round_robin", None, good, False) == []
    assert rules.rule_problems(team, "named", person, good, True) == []
    assert rules.rule_problems(team, "named", None, good, False) == [rules.NAME_SOMEONE]
    assert rules.rule_problems(team, "named", person, good, False) == [rules.NOT_SERVICE_USER]
    assert rules.rule_problems(None, "who knows", None, good, False) == [
        rules.NO_TEAM, rules.BAD_ASSIGN]
    assert rules.checklist_problems([]) == [rules.NO_STEPS]
    assert rules.checklist_problems("not a list") == [rules.NO_STEPS]
    assert rules.checklist_problems([{"name": " ", "days": 2}]) == [rules.STEP_NAMED]
    assert rules.checklist_problems([{"name": "x", "days": "2"}]) == [rules.STEP_NAMED]
    assert rules.checklist_problems([{"name": "x", "days": 366}]) == [rules.STEP_DAYS]
    assert rules.checklist_problems([{"name": "x", "days": -1}]) == [rules.STEP_DAYS]
    assert rules.checklist_problems([{"name": "Call", "days": 1},
                                     {"name": "call ", "days": 2}]) == [rules.STEP_TWICE]
    assert rules.checklist_problems([{"name": "x" * 121, "days": 1}]) == [
        rules.STEP_NAME_LONG]
    many = [{"name": f"Step {i}", "days": i} for i in range(rules.MAX_STEPS + 1)]
    assert rules.checklist_problems(many) == [rules.TOO_MANY_STEPS]
    assert rules.steps_of(good) == rules.DEFAULT_CHECKLIST
    assert rules.handoff_rule_id(team) == rules.handoff_rule_id(team) != \
        rules.handoff_rule_id(person)


def test_a_tasks_state_and_the_cards_line() -> None:
    assert rules.task_state(date(2026, 12, 1), None, DAY) is TaskState.OVERDUE
    assert rules.task_state(DAY, None, DAY) is TaskState.DUE_TODAY
    assert rules.task_state(date(2026, 12, 9), None, DAY) is TaskState.UPCOMING
    assert rules.task_state(date(2026, 12, 1), DAY, DAY) is TaskState.DONE
    assert rules.progress_text(1, 3, "Dana Levi") == "Onboarding: 1 of 3 done · service: Dana Levi"
    assert rules.progress_text(3, 3, "Dana Levi") == "Onboarding complete · service: Dana Levi"
    assert rules.progress_text(0, 0, None) is None
    assert rules.progress_text(0, 0, "Dana Levi") == "Service: Dana Levi"
