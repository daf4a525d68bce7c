"""Service-specific fields: each business line asks its own questions about an account."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from crmdesk.domain.text import text_problem
from crmdesk.domain.words import tr_noop


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
        return [] if not values else ["Choose a business line before filling its fields."]
    specs = BUSINESS_LINES.get(business_line)
    if specs is None:
        return [f"Unknown business line “{business_line}”."]
    by_key = {spec.key: spec for spec in specs}
    problems: list[str] = []
    for key, value in values.items():
        spec = by_key.get(key)
        if spec is None:
            problems.append(f"“{key}” is not a field of the {business_line} line.")
        elif value is None or value == "":
            continue
        elif spec.kind == "int" and (
            not isinstance(value, int) or isinstance(value, bool) or value < spec.minimum
        ):
            problems.append(f"{spec.label} must be a whole number of at least {spec.minimum}.")
        elif spec.kind == "choice" and value not in spec.choices:
            problems.append(f"{spec.label} must be one of: {', '.join(spec.choices)}.")
        elif spec.kind == "text" and not isinstance(value, str):
            problems.append(f"{spec.label} must be text.")
        elif spec.kind == "text" and (problem := text_problem(key, value)) is not None:
            problems.append(problem)  # the server's push check says the same
    return problems
