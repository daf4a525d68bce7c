"""Checking what a user types into an account's basic fields."""

from __future__ import annotations

import re
from dataclasses import dataclass

from crmdesk.domain.dedupe import InvalidPhone, email_problem, phone_e164, website_domain
from crmdesk.domain.text import first_text_problem, text_problem
from crmdesk.domain.value import SCALES
from crmdesk.domain.words import Counted, Worded, message, tr_noop

NATURES: tuple[str, ...] = ("private", "state-owned", "foreign-invested", "listed",
                            "joint venture", "government", "non-profit")
FINANCING: tuple[str, ...] = ("bootstrapped", "angel", "series A", "series B", "series C+",
                              "pre-IPO", "listed", "not applicable")
INDUSTRIES: tuple[str, ...] = ("Software", "Manufacturing", "Logistics", "Retail",
                               "Healthcare", "Finance", "Energy", "Education")

#: Fields a user edits in place on the card, with their labels.
EDITABLE: dict[str, str] = {
    "name": tr_noop("Company name"),
    "nature": tr_noop("Nature"),
    "scale": tr_noop("Scale (employees)"),
    "financing": tr_noop("Financing"),
    "industry": tr_noop("Industry"),
    "region": tr_noop("Region"),
    "website": tr_noop("Website"),
    "phone": tr_noop("Switchboard"),
    "address": tr_noop("Address"),
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
        return Checked(None, Worded(tr_noop("“{0}” cannot be edited here."), field))
    text = raw.strip()
    label = EDITABLE[field]
    problem = text_problem(field, text)
    if problem is not None:
        return Checked(None, problem)
    if len(text) > MAX_LENGTH[field]:
        return Checked(None, Counted("{0} is at most %n character(s); this one has {1}.", "",
                                     MAX_LENGTH[field], Worded(label), len(text)))
    if field == "name":
        if not text:
            return Checked(None, tr_noop("A company needs a name."))
        from crmdesk.domain.dedupe import company_key

        return Checked(text, derived={"name_key": company_key(text)})
    if not text:
        keys = {"website": "domain", "phone": "phone_e164"}
        return Checked(None, derived={keys[field]: None} if field in keys else None)
    if field in CHOICES and text not in CHOICES[field]:
        return Checked(None, Worded(tr_noop("{0} must be one of: {1}."), Worded(label),
                                     ", ".join(CHOICES[field])))
    if field == "website":
        domain = website_domain(text)
        host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", text.lower()).split("/")[0].split(":")[0]
        if domain is None or not _HOST.match(host):
            return Checked(None, Worded(tr_noop("“{0}” is not a web address (try "
                                                 "www.example.com)."), text))
        return Checked(text, derived={"domain": domain})
    if field == "phone":
        try:
            e164 = phone_e164(text, default_region)
        except InvalidPhone as exc:
            return Checked(None, message(exc))
        return Checked(text, derived={"phone_e164": e164})
    return Checked(text)


@dataclass(frozen=True, slots=True)
class LeadCheck:
    """A new lead's company and key person as checked: the problems that stop it being
    saved (empty: none), and its phone numbers in E.164 (None: none given)."""

    problems: tuple[str, ...]
    phone_e164: str | None = None
    mobile_e164: str | None = None


def check_lead(name: str, website: str, phone: str, person: str, mobile: str, email: str,
               default_region: str) -> LeadCheck:
    """The checks a new lead passes, typed in the new-lead dialog or read from an import
    file alike: the card's rules for the company's fields, then the person's details
    (numbers without a country code read in `default_region`)."""
    out: list[str] = []
    phone_key: str | None = None
    for field, raw in (("name", name), ("website", website), ("phone", phone)):
        if field == "name" or raw.strip():
            checked = check_field(field, raw, default_region)
            if checked.problem is not None:
                out.append(checked.problem)
            elif field == "phone" and checked.derived:
                phone_key = checked.derived["phone_e164"]
    mobile_key: str | None = None
    if mobile.strip():
        try:
            mobile_key = phone_e164(mobile, default_region)
        except InvalidPhone as exc:
            out.append(message(exc))
    bad_email = email_problem(email)
    out += [bad_email] if bad_email else []
    bad_text = first_text_problem({"contact": person, "mobile": mobile, "email": email})
    out += [bad_text] if bad_text else []
    if (mobile.strip() or email.strip()) and not person.strip():
        out.append(tr_noop("Give the contact a name, or leave their details empty."))
    return LeadCheck(tuple(out), phone_key, mobile_key)


#: A Chinese address's city: "北京市福田区…" → 北京市, "广东省深圳市…" → 深圳市.
_CJK_CITY = re.compile(r"^(?:[^省市\d]{2,4}省)?([^省市区县\d]{2,5}市)")
_DIGITS = re.compile(r"\d+")


def place(region: str | None, address: str | None) -> str | None:
    """Where a company is, in a few words, to tell look-alike names apart: its region
    (the city or province the rep typed or imported), else the city of its address (a
    Chinese address's "…市", a Western one's last part without its postcode)."""
    if region and region.strip():
        return region.strip()
    text = (address or "").strip()
    if not text:
        return None
    if (city := _CJK_CITY.match(text)) is not None:
        return city.group(1)
    parts = [_DIGITS.sub("", p).strip(" .-") for p in text.replace("，", ",").split(",")]
    if len(parts) < 2 or not parts[-1]:
        return None  # a street alone names no city
    if len(parts[-1]) <= 3 and len(parts) > 2 and parts[-2]:
        return f"{parts[-2]}, {parts[-1]}"  # "Springfield, IL 62701": the city and state
    return parts[-1]
