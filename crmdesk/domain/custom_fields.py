"""Service-specific fields: each business line asks its own questions about an account."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from crmdesk.domain.text import text_problem
from crmdesk.domain.words import Worded, tr_noop


@dataclass(frozen=True, slots=True)
class FieldSpec:
    key: str
    label: str
    kind: str  # "int", "text" or "choice"
    choices: tuple[str, ...] = ()
    minimum: int = 0


BUSINESS_LINES: dict[str, tuple[FieldSpec, ...]] = {
    "software": (
        FieldSpec("seats", tr_noop("Seats needed"), "int"),
        FieldSpec("current_system", tr_noop("Current system"), "text"),
        FieldSpec("deployment", tr_noop("Deployment"), "choice",
                  ("cloud", "on-premises", "hybrid")),
    ),
    "hardware": (
        FieldSpec("fleet_size", tr_noop("Devices in fleet"), "int"),
        FieldSpec("sites", tr_noop("Sites"), "int"),
        FieldSpec("refresh_cycle", tr_noop("Refresh cycle"), "choice",
                  ("1 year", "3 years", "5 years")),
    ),
    "services": (
        FieldSpec("project_type", tr_noop("Project type"), "choice",
                  ("implementation", "training", "audit", "support")),
        FieldSpec("budget_band", tr_noop("Budget band"), "choice",
                  ("<50k", "50k-200k", "200k-1M", ">1M")),
    ),
}


def validate_custom_fields(business_line: str | None, values: dict[str, Any]) -> list[str]:
    """Plain-words problems with `values` for the account's business line (empty: all good)."""
    if business_line is None:
        return [] if not values else [tr_noop("Choose a business line before filling its fields.")]
    specs = BUSINESS_LINES.get(business_line)
    if specs is None:
        return [Worded(tr_noop("Unknown business line “{0}”."), business_line)]
    by_key = {spec.key: spec for spec in specs}
    problems: list[str] = []
    for key, value in values.items():
        spec = by_key.get(key)
        if spec is None:
            problems.append(Worded(tr_noop("“{0}” is not a field of the {1} line."), key,
                                   business_line))
        elif value is None or value == "":
            continue
        elif spec.kind == "int" and (
            not isinstance(value, int) or isinstance(value, bool) or value < spec.minimum
        ):
            problems.append(Worded(tr_noop("{0} must be a whole number of at least {1}."),
                                   Worded(spec.label), spec.minimum))
        elif spec.kind == "choice" and value not in spec.choices:
            problems.append(Worded(tr_noop("{0} must be one of: {1}."), Worded(spec.label),
                                   ", ".join(spec.choices)))
        elif spec.kind == "text" and not isinstance(value, str):
            problems.append(Worded(tr_noop("{0} must be text."), Worded(spec.label)))
        elif spec.kind == "text" and (problem := text_problem(key, value)) is not None:
            problems.append(problem)  # the server's push check says the same
    return problems
