"""What a form is checked for before a command saves it: the domain's rules, gathered
per form, so the dialog and the command say the same thing in the same words."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from crmdesk.domain.dedupe import InvalidPhone, email_problem, phone_e164
from crmdesk.domain.text import first_text_problem
from crmdesk.domain.words import lines, message
from crmdesk.store.writes import Refused


def phone_problems(numbers: Iterable[str], region: str) -> list[str]:
    """Plain-words problems with the phone numbers typed (empty ones are fine)."""
    out: list[str] = []
    for number in numbers:
        if number.strip():
            try:
                phone_e164(number, region)
            except InvalidPhone as exc:
                out.append(message(exc))
    return out


def details_problems(text: Mapping[str, str], phones: Iterable[str], email: str,
                     region: str) -> list[str]:
    """A person's or company's details: text that cannot be stored, phone numbers that
    cannot be read, an email that is not one."""
    out = phone_problems(phones, region)
    bad_email = email_problem(email)
    out += [bad_email] if bad_email else []
    bad_text = first_text_problem(text)
    out += [bad_text] if bad_text else []
    return out


def refuse(problems: list[str]) -> None:
    """Refuse the save with every problem, one a line."""
    if problems:
        raise Refused(lines(problems))
