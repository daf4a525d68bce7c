"""Messages to customers: email and SMS templates with merge fields, what a template must
be to be saved, how it renders for one person, and an SMS gateway's request body.

A merge field is written `{{contact.name}}`; `{{contact.title|Sir or Madam}}` gives the
text to use when the record has no value. The blank policy: a field with no value in the
record (a contact without a title, a company with no open deal) renders as its fallback
when the template gives one, and as nothing otherwise; the rendering lists those fields
(`Rendered.blanks`) so a preview or a dry run shows them before anything goes. A field
crmdesk does not know is an error found when the template is saved (on the laptop and on
the server, crmdesk.domain.row_checks) and again before rendering, never a blank.

Plain Python, no I/O: the values come from the caller (crmdesk.store.message_queries).
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from crmdesk.domain.words import Counted, Worded, tr_noop


class MessageChannel(StrEnum):
    EMAIL = "email"
    SMS = "sms"


class OutState(StrEnum):
    """Where a message in the laptop's outbox stands."""

    WAITING = "waiting"   # rendered, not yet handed to the mail server or gateway
    SENDING = "sending"   # being handed over (committed before it is)
    SENT = "sent"         # accepted, and archived on the account's timeline
    FAILED = "failed"     # refused, or cut off while handed over (see `reason`)
    SKIPPED = "skipped"   # never sent: the person opted out, or has no address


#: The merge fields, as written between the braces, with what people call them.
MERGE_FIELDS: Mapping[str, str] = {
    "contact.name": tr_noop("Contact's name"),
    "contact.title": tr_noop("Contact's job title"),
    "company.name": tr_noop("Company"),
    "owner.name": tr_noop("Account owner"),
    "deal.amount": tr_noop("Amount of the company's largest open deal"),
    "contract.end_date": tr_noop("End date of the company's latest contract"),
    "member.number": tr_noop("Member card number"),
    "member.balance": tr_noop("Member's points balance"),
    "member.level": tr_noop("Member's level"),
    "member.points": tr_noop("Points just earned or spent (in the points SMS)"),
}

#: Why a message left in "sending" by a crash or a kill is not sent again by itself, and
#: why one is skipped: marked sentences of no figures, so the outbox keeps their words.
INTERRUPTED = Worded(tr_noop("interrupted; it may have gone — check before sending again"))
OPTED_OUT = Worded(tr_noop("opted out"))
NO_EMAIL = Worded(tr_noop("no email address"))
NO_MOBILE = Worded(tr_noop("no mobile number"))

NAME_MAX = 120
SUBJECT_MAX = 200
BODY_MAX = 20_000

NO_TEAM = tr_noop("A template belongs to a team; choose one.")
NO_NAME = tr_noop("Give the template a name.")
NO_BODY = tr_noop("Write the message's text.")
NO_SUBJECT = tr_noop("An email template needs a subject.")
SMS_SUBJECT = tr_noop("An SMS has no subject; leave it empty.")
BAD_CHANNEL = tr_noop("A template is an email or an SMS template.")

_FIELD = re.compile(r"\{\{(.*?)\}\}", re.S)


class UnknownField(ValueError):
    """A template names a merge field crmdesk does not know."""


@dataclass(frozen=True, slots=True)
class Rendered:
    """A template's text for one person: exactly what would go, and the fields that had
    no value there (rendered as their fallback, or as nothing)."""

    subject: str
    body: str
    blanks: tuple[str, ...] = ()


def template_id(team_id: uuid.UUID, name: str) -> uuid.UUID:
    """A team's template of this name (case and spacing aside): the same name saved on
    two laptops offline is one template, the later edit's."""
    return uuid.uuid5(team_id, "template:" + " ".join(name.split()).casefold())


def _spec(inside: str) -> tuple[str, str | None]:
    name, bar, fallback = inside.partition("|")
    return name.strip(), (fallback.strip() if bar else None)


def field_problems(text: str) -> list[str]:
    """What is wrong with the merge fields of `text`: an unknown field, or braces that
    open a field and never close it."""
    known = ", ".join("{{" + f + "}}" for f in MERGE_FIELDS)
    out: list[str] = [Worded(tr_noop("Unknown merge field “{0}”; known: {1}."),
                             "{{" + name + "}}", known)
                      for name in dict.fromkeys(_spec(m.group(1))[0]
                                                for m in _FIELD.finditer(text))
                      if name not in MERGE_FIELDS]
    if "{{" in _FIELD.sub("", text):
        out.append(tr_noop("A merge field opens with “{{” and is never closed with “}}”."))
    return out


def template_problems(team_id: object, name: object, channel: object, subject: object,
                      body: object) -> list[str]:
    """Everything that stops a template being saved, one sentence a problem (the check
    the laptop's command and the server's push both run)."""
    out = []
    if not isinstance(team_id, uuid.UUID):
        out.append(NO_TEAM)
    if not isinstance(name, str) or not name.strip():
        out.append(NO_NAME)
    elif len(name) > NAME_MAX:
        out.append(Counted("A template's name is at most %n character(s).", "", NAME_MAX))
    if channel not in set(MessageChannel):
        return [*out, BAD_CHANNEL]
    kind = MessageChannel(str(channel))
    text_subject = subject if isinstance(subject, str) else ""
    if kind is MessageChannel.EMAIL and not text_subject.strip():
        out.append(NO_SUBJECT)
    if kind is MessageChannel.SMS and text_subject:
        out.append(SMS_SUBJECT)
    if not isinstance(body, str) or not body.strip():
        out.append(NO_BODY)
    elif len(body) > BODY_MAX:
        out.append(Worded(tr_noop("A message is at most {0:,} characters."), BODY_MAX))
    for text in (text_subject, body if isinstance(body, str) else ""):
        out += [p for p in field_problems(text) if p not in out]
    return out


#: A template's text parsed once: literal text, and (field, fallback) for each field.
_Parts = tuple[str | tuple[str, str | None], ...]


def _parts(text: str) -> _Parts:
    pieces = _FIELD.split(text)  # text, field, text, field, ..., text
    return tuple(piece if i % 2 == 0 else _spec(piece) for i, piece in enumerate(pieces)
                 if i % 2 or piece)


def _fill(parts: _Parts, values: Mapping[str, str | None], blanks: list[str]) -> str:
    out = []
    for part in parts:
        if isinstance(part, str):
            out.append(part)
            continue
        name, fallback = part
        value = values.get(name)
        if value is None or not value.strip():
            blanks.append(name)
            out.append(fallback or "")
        else:
            out.append(value)
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Prepared:
    """A template checked and parsed once (`prepare`), to render for many people."""

    subject: _Parts
    body: _Parts

    def render(self, values: Mapping[str, str | None]) -> Rendered:
        """The subject and body for one person, from `values` (merge field -> its value,
        None or absent: no value)."""
        blanks: list[str] = []
        subject = _fill(self.subject, values, blanks)
        body = _fill(self.body, values, blanks)
        return Rendered(subject, body, tuple(dict.fromkeys(blanks)))


def prepare(subject: str, body: str) -> Prepared:
    """Check a template's merge fields and parse it for rendering. Raises UnknownField
    for a field crmdesk does not know or an unclosed one: nothing half-rendered ever
    goes."""
    problems = field_problems(subject) + field_problems(body)
    if problems:
        raise UnknownField(problems[0])
    return Prepared(_parts(subject), _parts(body))


def render(subject: str, body: str, values: Mapping[str, str | None]) -> Rendered:
    """The subject and body for one person (see `prepare` and `Prepared.render`)."""
    return prepare(subject, body).render(values)


def archive_text(channel: MessageChannel, subject: str, body: str) -> str:
    """The activity's notes for a sent message: the text that went out."""
    if channel is MessageChannel.EMAIL:
        return f"Subject: {subject}\n\n{body}"
    return body


# ---- an SMS gateway's request ---------------------------------------------------------

GATEWAY_SHAPE = tr_noop("The SMS gateway's request body is a JSON template whose strings may "
                        "hold {to} and {text}, such as "
                        "{\"to\": \"{to}\", \"message\": \"{text}\"}.")


def gateway_shape_problem(shape: str) -> str | None:
    """Why `shape` is not a usable gateway body template, or None."""
    try:
        parsed = json.loads(shape)
    except ValueError:
        return GATEWAY_SHAPE
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, str):
            found.update(p for p in ("{to}", "{text}") if p in node)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(parsed)
    return None if found == {"{to}", "{text}"} else GATEWAY_SHAPE


def gateway_body(shape: str, to: str, text: str) -> Any:
    """The JSON value to post for one SMS: `shape` with {to} and {text} in its strings
    replaced (inside the JSON, so quotes and line breaks in the text stay text)."""

    def fill(node: Any) -> Any:
        if isinstance(node, str):
            return node.replace("{to}", to).replace("{text}", text) if (
                "{to}" in node or "{text}" in node) else node
        if isinstance(node, dict):
            return {key: fill(value) for key, value in node.items()}
        if isinstance(node, list):
            return [fill(value) for value in node]
        return node

    return fill(json.loads(shape))
