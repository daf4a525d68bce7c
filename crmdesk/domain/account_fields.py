"""Checking what a user types into an account's basic fields."""

from __future__ import annotations

import re
from dataclasses import dataclass

from crmdesk.domain.dedupe import InvalidPhone, phone_e164, website_domain
from crmdesk.domain.text import text_problem
from crmdesk.domain.value import SCALES

NATURES: tuple[str, ...] = ("private", "state-owned", "foreign-invested", "listed",
                            "joint venture", "government", "non-profit")
FINANCING: tuple[str, ...] = ("bootstrapped", "angel", "series A", "series B", "series C+",
                              "pre-IPO", "listed", "not applicable")
INDUSTRIES: tuple[str, ...] = ("Software", "Manufacturing", "Logistics", "Retail",
                               "Healthcare", "Finance", "Energy", "Education")

#: Fields a user edits in place on the card, with their labels.
EDITABLE: dict[str, str] = {
    "name": "Company name",
    "nature": "Nature",
    "scale": "Scale (employees)",
    "financing": "Financing",
    "industry": "Industry",
    "region": "Region",
    "website": "Website",
    "phone": "Switchboard",
    "address": "Address",
}

#: The longest value each basic field holds. The account columns are declared with these
#: numbers (crmdesk.store.models), so what the card accepts fits the server's column.
MAX_LENGTH: dict[str, int] = {
    "name": 300, "nature": 40, "scale": 20, "financing": 40, "industry": 80,
    "region": 120, "website": 300, "phone": 40, "address": 400,
}

CHOICES: dict[str, tuple[str, ...]] = {
    "nature": NATURES, "scale": SCALES, "financing": FINANCING, "industry": INDUSTRIES,
}

_HOST = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$")


@dataclass(frozen=True, slots=True)
class Checked:
    """A field value after checking: what to store, or the problem in plain words."""

    value: str | None
    problem: str | None = None
    derived: dict[str, str | None] | None = None  # matching keys that follow from it


def check_field(field: str, raw: str, default_region: str) -> Checked:
    """Validate and normalise one basic field as typed on the card (a phone written
    without a country code is read in `default_region`)."""
    if field not in EDITABLE:
        return Checked(None, f"“{field}” cannot be edited here.")
    text = raw.strip()
    label = EDITABLE[field]
    problem = text_problem(field, text)
    if problem is not None:
        return Checked(None, problem)
    if len(text) > MAX_LENGTH[field]:
        return Checked(None, f"{label} is at most {MAX_LENGTH[field]} characters; this "
                             f"one has {len(text)}.")
    if field == "name":
        if not text:
            return Checked(None, "A company needs a name.")
        from crmdesk.domain.dedupe import company_key

        return Checked(text, derived={"name_key": company_key(text)})
    if not text:
        keys = {"website": "domain", "phone": "phone_e164"}
        return Checked(None, derived={keys[field]: None} if field in keys else None)
    if field in CHOICES and text not in CHOICES[field]:
        return Checked(None, f"{label} must be one of: {', '.join(CHOICES[field])}.")
    if field == "website":
        domain = website_domain(text)
        host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", text.lower()).split("/")[0].split(":")[0]
        if domain is None or not _HOST.match(host):
            return Checked(None, f"“{text}” is not a web address (try www.example.com).")
        return Checked(text, derived={"domain": domain})
    if field == "phone":
        try:
            e164 = phone_e164(text, default_region)
        except InvalidPhone as exc:
            return Checked(None, str(exc))
        return Checked(text, derived={"phone_e164": e164})
    return Checked(text)
