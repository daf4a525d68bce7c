"""Contacts as vCards (RFC 2426 vCard 3.0, RFC 6350 vCard 4.0), read and written with
`vobject`: a person's name (FN, and N split as address books expect, Chinese names
surname first), title, company (ORG: the account, then the department), mobile and
work phone, email, notes, birthday (BDAY) and the contact's id as UID.

A birthday without a year (crmdesk.domain.care.NO_YEAR) is written as vCard 4.0 says
it, BDAY:--MMDD, and in 3.0, which has no such form, as Apple's address book writes it
(BDAY;X-APPLE-OMIT-YEAR=1604:1604-MM-DD), which Google and Outlook read too; both are
read back as a birthday without a year.

Reading never loses a good card to a bad one: the text is cut into cards at their
BEGIN/END lines first, and each card is read on its own; one that cannot be read is
reported with its line and the start of its text, and the others are kept. What a
card holds beyond what a contact keeps (a third phone, a second email) goes into the
notes, said in a warning, never dropped.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import vobject

from crmdesk.domain.care import NO_YEAR, has_year, parse_birthday
from crmdesk.domain.dedupe import has_cjk, reasons_text
from crmdesk.domain.words import Worded, tr_noop

VERSIONS = ("3.0", "4.0")
#: RFC 5322 lines: a vCard line is folded to at most this many octets.
_FOLD_AT = 75
#: Two-character Chinese surnames (复姓): the rest of the name is the given name.
_COMPOUND_SURNAMES = frozenset({
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
    "宇文", "司徒", "司空", "夏侯", "令狐", "独孤", "轩辕", "端木", "西门", "南宫",
    "万俟", "闻人", "澹台", "呼延", "赫连", "申屠", "太史", "钟离", "公羊", "百里"})
#: TYPE values that mark a mobile number.
_MOBILE_TYPES = frozenset({"cell", "mobile", "iphone", "text", "textphone"})


@dataclass(frozen=True, slots=True)
class Card:
    """One person as a vCard holds them (empty text: not given). `line`: where the card
    begins in the file read (0: made here, for writing); `uid`: the card's UID as given
    (written: the contact's id)."""

    name: str
    company: str = ""
    department: str = ""
    title: str = ""
    mobile: str = ""
    landline: str = ""
    email: str = ""
    notes: str = ""
    uid: str = ""
    line: int = 0
    warnings: tuple[str, ...] = ()
    #: in the year NO_YEAR when the card gives only month and day (None: not given)
    birthday: date | None = None

    def contact_id(self) -> uuid.UUID | None:
        """The crmdesk contact this card was exported from, when its UID says so."""
        text = self.uid.strip().lower().removeprefix("urn:uuid:")
        try:
            return uuid.UUID(text)
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class CardProblem:
    """A card that cannot be taken, why, and the start of its text."""

    line: int
    message: str
    text: str = ""
    name: str = ""


# ---- names ------------------------------------------------------------------------

def split_name(name: str) -> tuple[str, str]:
    """(family, given) of a full name, for N: a Chinese name is surname first (one
    character, or a two-character compound surname), written without a space; a name
    in Latin letters is given names first, the last word the family name."""
    name = " ".join(name.split())
    if not name:
        return "", ""
    if has_cjk(name):
        if " " in name:  # written apart already: 王 小明
            family, _, given = name.partition(" ")
            return family, given
        cut = 2 if name[:2] in _COMPOUND_SURNAMES and len(name) > 2 else 1
        return name[:cut], name[cut:]
    if " " not in name:
        return "", name
    given, _, family = name.rpartition(" ")
    return family, given


def joined_name(family: str, given: str, additional: str = "") -> str:
    """A full name from N's parts: a Chinese one surname first with no space, any other
    given names first."""
    family, given, additional = (" ".join(p.split()) for p in (family, given, additional))
    if has_cjk(family + given):
        return family + given
    return " ".join(p for p in (given, additional, family) if p)


def _text(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return " ".join(_text(v) for v in value if _text(v))
    return " ".join(str(value or "").split())


def _name_of(card: Any) -> str:
    found = _text(card.fn.value) if hasattr(card, "fn") else ""
    if found or not hasattr(card, "n"):
        return found
    parts = card.n.value
    if isinstance(parts, vobject.vcard.Name):
        return joined_name(_text(parts.family), _text(parts.given), _text(parts.additional))
    return _text(parts).replace(";", " ").strip()


# ---- reading ----------------------------------------------------------------------

def _blocks(text: str) -> Iterable[tuple[int, str] | CardProblem]:
    """Each BEGIN:VCARD … END:VCARD block with the line it starts on; a block never
    ended (the next begins first, or the text ends) is a problem, the rest go on."""
    start: int | None = None
    lines: list[str] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        word = raw.strip().upper()
        if word == "BEGIN:VCARD":
            if start is not None:
                yield CardProblem(start, tr_noop("has no END:VCARD before the next card begins"),
                                  _start_of(lines))
            start, lines = number, [raw]
        elif start is not None:
            lines.append(raw)
            if word == "END:VCARD":
                yield start, "\r\n".join(lines) + "\r\n"
                start, lines = None, []
    if start is not None:
        yield CardProblem(start, tr_noop("has no END:VCARD (the file ends inside it)"),
                          _start_of(lines))


def _start_of(lines: list[str]) -> str:
    shown = " | ".join(line.strip() for line in lines[:4] if line.strip())
    return shown if len(shown) <= 160 else shown[:160] + "…"


def _types(line: Any) -> set[str]:
    values = [*line.params.get("TYPE", ()), *getattr(line, "singletonparams", ())]
    return {part.strip().strip('"').lower() for value in values
            for part in str(value).split(",") if part.strip()}


def _phone(value: Any) -> str:
    text = _text(value)
    return text[4:] if text.lower().startswith("tel:") else text


def card_from(component: Any, line: int) -> Card | CardProblem:
    """The person one parsed vCard holds, or why it cannot be taken."""
    name = _name_of(component)
    org = component.org.value if hasattr(component, "org") else []
    org = [org] if isinstance(org, str) else list(org)
    company = _text(org[0]) if org else ""
    department = " / ".join(_text(part) for part in org[1:] if _text(part))
    if not name:
        return CardProblem(line, tr_noop("has no name (FN or N)"), company, company)
    mobiles: list[str] = []
    others: list[str] = []
    for tel in getattr(component, "tel_list", []):
        number = _phone(tel.value)
        if number:
            (mobiles if _types(tel) & _MOBILE_TYPES else others).append(number)
    emails = [_text(e.value) for e in getattr(component, "email_list", []) if _text(e.value)]
    mobile = mobiles.pop(0) if mobiles else ""
    landline = others.pop(0) if others else ""
    notes = "\n".join(str(n.value).strip() for n in getattr(component, "note_list", [])
                      if str(n.value or "").strip())
    spare = [f"phone {p}" for p in mobiles + others] + [f"email {e}" for e in emails[1:]]
    warnings: tuple[str, ...] = ()
    if spare:
        notes = "\n".join(p for p in (notes, "Also: " + "; ".join(spare)) if p)
        kept = [Worded(tr_noop("phone {0}"), p) for p in mobiles + others] + [
            Worded(tr_noop("email {0}"), e) for e in emails[1:]]
        warnings = (Worded(tr_noop("more phones or emails than a contact keeps: {0} (kept "
                                   "in the notes)"), reasons_text(kept)),)
    title = _text(component.title.value) if hasattr(component, "title") else ""
    uid = _text(component.uid.value) if hasattr(component, "uid") else ""
    birthday, said = _birthday(component)
    if said:  # a birthday that is no day (a text, a year alone): kept in the notes
        notes = "\n".join(p for p in (notes, f"Birthday: {said}") if p)
        warnings = (*warnings, Worded(tr_noop("a birthday that is not a day: “{0}” (kept in "
                                              "the notes)"), said))
    return Card(name=name, company=company, department=department, title=title,
                mobile=mobile, landline=landline, email=emails[0] if emails else "",
                notes=notes, uid=uid, line=line, warnings=warnings, birthday=birthday)


def _birthday(component: Any) -> tuple[date | None, str]:
    """The card's BDAY as a birthday, or the text of one that cannot be read as a day."""
    if not hasattr(component, "bday"):
        return None, ""
    line = component.bday
    text = _text(line.value)
    if not text:
        return None, ""
    try:
        found = parse_birthday(text)
    except ValueError:
        return None, text
    omitted = line.params.get("X-APPLE-OMIT-YEAR")
    if found is not None and omitted and str(omitted[0]) == str(found.year):
        found = found.replace(year=NO_YEAR)  # Apple's: the year is a stand-in
    return found, ""


def read_cards(text: str) -> list[Card | CardProblem]:
    """Every card of a .vcf text, in order: the person, or why that card cannot be
    taken (the others are read all the same). Versions 2.1, 3.0 and 4.0 are read."""
    found: list[Card | CardProblem] = []
    for block in _blocks(text):
        if isinstance(block, CardProblem):
            found.append(block)
            continue
        line, body = block
        try:
            component = vobject.readOne(body, ignoreUnreadable=False)
        except Exception as exc:  # vobject raises many kinds for a broken card
            found.append(CardProblem(line, Worded(tr_noop("cannot be read ({0})"), _why(exc)),
                                     _start_of(body.splitlines())))
            continue
        found.append(card_from(component, line))
    return found


def _why(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    return (text[:120] + "…" if len(text) > 120 else text) or type(exc).__name__


# ---- writing ----------------------------------------------------------------------

def _fold(line: str) -> str:
    """One content line folded to lines of at most 75 octets, never inside a
    character (vobject counts characters: a Chinese name would overrun)."""
    if len(line.encode()) <= _FOLD_AT:
        return line
    parts: list[str] = []
    current, size = "", 0
    for char in line:
        width = len(char.encode())
        if size + width > _FOLD_AT:
            parts.append(current)
            current, size = " ", 1
        current += char
        size += width
    parts.append(current)
    return "\r\n".join(parts)


def card_text(card: Card, version: str = "3.0") -> str:
    """One person as a vCard of `version` (3.0 or 4.0), lines folded, CRLF ends."""
    if version not in VERSIONS:
        raise ValueError(f"vCard {version} is not written; choose 3.0 or 4.0")
    four = version == "4.0"
    v = vobject.vCard()
    v.add("version").value = version
    if four:
        v.add("kind").value = "individual"
    v.add("fn").value = card.name
    family, given = split_name(card.name)
    v.add("n").value = vobject.vcard.Name(family=family, given=given)
    if card.company:
        v.add("org").value = [card.company] + ([card.department] if card.department else [])
    if card.title:
        v.add("title").value = card.title
    if card.mobile:
        tel = v.add("tel")
        tel.value = card.mobile
        tel.type_paramlist = ["cell"] if four else ["CELL"]
    if card.landline:
        tel = v.add("tel")
        tel.value = card.landline
        tel.type_paramlist = ["work", "voice"] if four else ["WORK", "VOICE"]
    if card.email:
        mail = v.add("email")
        mail.value = card.email
        mail.type_paramlist = ["work"] if four else ["INTERNET", "WORK"]
    if card.birthday is not None:
        bday = v.add("bday")
        if has_year(card.birthday):
            bday.value = card.birthday.strftime("%Y%m%d" if four else "%Y-%m-%d")
        elif four:
            bday.value = card.birthday.strftime("--%m%d")
        else:
            bday.value = card.birthday.strftime("%Y-%m-%d")
            bday.params["X-APPLE-OMIT-YEAR"] = [str(NO_YEAR)]
    if card.notes:
        v.add("note").value = card.notes
    if card.uid:
        v.add("uid").value = card.uid
    lines = v.serialize().split("\r\n")
    return "\r\n".join(_fold(line) for line in lines)


def cards_text(cards: Iterable[Card], version: str = "3.0") -> str:
    """Every card, one after the other: a .vcf file's text."""
    return "".join(card_text(card, version) for card in cards)


# ---- the same person ----------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class PersonKeys:
    """What tells a person apart at one company: their id (a known contact's, or the
    one a card's UID names), name, phone numbers as E.164 keys, email address."""

    name: str
    ids: frozenset[uuid.UUID] = frozenset()
    phones: frozenset[str] = frozenset()
    email: str = ""
    folded: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "folded", _fold_name(self.name))


def _fold_name(name: str) -> str:
    return "".join(unicodedata.normalize("NFKC", name).casefold().split())


def person_reasons(new: PersonKeys, known: PersonKeys) -> list[str]:
    """Why `new` is likely the person `known` of the same company (empty: someone
    else): the card says it is them (its UID), or the same name, phone or email."""
    why: list[str] = []
    if new.ids & known.ids:
        why.append(Worded(tr_noop("the card was exported from this contact (its UID)")))
    if new.folded and new.folded == known.folded:
        why.append(Worded(tr_noop("same name")))
    if new.phones & known.phones:
        why.append(Worded(tr_noop("same phone {0}"), ", ".join(sorted(new.phones & known.phones))))
    if new.email and new.email.casefold() == known.email.casefold():
        why.append(Worded(tr_noop("same email {0}"), new.email))
    return why
