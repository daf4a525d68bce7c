"""Marking the domain's English words for translation, without Qt.

The domain names things in English (a status's label, what a record still lacks, why a
change is refused); the command line prints that English as it is, and the window words
it in the user's language. `tr_noop` marks such a literal so `pyside6-lupdate` extracts it
(build/translations.py declares it an alias of QT_TR_NOOP): it lands in the empty context,
which `crmdesk.ui.words.word` looks it up in.

A sentence with figures is a `Worded` (a marked template and its figures), one with a
count a `Counted` (a plural template, "%n day(s)"), sentences one after the other a
`Joined`: each is the English as a `str`, so the command line, the exports and the tests
read the same English, while the window words it (crmdesk.ui.words.said).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Self

#: The disambiguation of a review column's label whose word means another thing
#: elsewhere ("Reached": a stage reached, not a person reached by a call), marked
#: `tr_noop("Reached", "review column")` (the literal: lupdate reads no name) and looked
#: up so (crmdesk.ui.words.column_word).
COLUMN = "review column"



def tr_noop(text: str, disambiguation: str = "", n: int | None = None) -> str:
    """`text` itself: only a mark for the translation tools (keep the argument literal).
    Given a count (`tr_noop("%n deal(s) …", "", 0)`: any number, it only tells lupdate),
    the text is filed with plural forms, for a `Counted` made of it."""
    return text


class Worded(str):
    """A sentence made of a marked template and its figures: the English the command line
    and the exports write (`template.format(*args)`), with the template and figures kept
    for the window to word in the user's language (crmdesk.ui.words.said). A figure that
    is itself a Worded (a nested sentence, a marked word) is worded too; `Worded(LABEL)`
    alone marks a constant to be worded where it is a figure of another sentence."""

    template: str
    args: tuple[object, ...]
    n: int | None

    def __new__(cls, template: str, *args: object, n: int | None = None) -> Worded:
        english = template if n is None else template.replace("%n", str(n))
        made = super().__new__(cls, english.format(*args))
        made.template, made.args, made.n = template, args, n
        return made

    def __reduce__(self) -> tuple[object, ...]:
        return (Worded, (self.template, *self.args))


# "day(s)" → day / days, "match(es)" → match / matches, "company(ies)" → company / companies
_PLURAL_RE = re.compile(r"(\w*?)(y?)\((s|es|ies)\)")


def english_plural(template: str, n: int) -> str:
    """A plural template ("%n day(s)", "%n company(ies)") in English for `n`: the form Qt
    reads from crmdesk_en.ts in the window, made here for the command line."""

    def form(found: re.Match[str]) -> str:
        stem, y, ending = found.groups()
        if n == 1:
            return stem + y
        return stem + ("ies" if ending == "ies" else y + ending)

    return _PLURAL_RE.sub(form, template).replace("%n", str(n))


class Counted(Worded):
    """A sentence with a count: a plural template ("%n point(s) left", `%n` the count)
    with its count and figures, in English on the command line (`english_plural`), in
    the user's language and its plural form for `n` in the window.

    `pyside6-lupdate` reads `Counted("…%n…", "", n, …)` as a plural `tr` call
    (build/translations.py makes Counted an alias of tr): keep the template literal and
    the disambiguation (usually "") in second place."""

    note: str
    n: int

    def __new__(cls, template: str, note: str, n: int, *args: object) -> Counted:
        made = str.__new__(cls, english_plural(template, n).format(*args))
        made.template, made.note, made.n, made.args = template, note, n, args
        return made

    def __reduce__(self) -> tuple[object, ...]:
        return (Counted, (self.template, self.note, self.n, *self.args))


class Joined(str):
    """Sentences one after the other (a refusal naming every problem, one a line): their
    English joined by `separator`, each kept for the window to word."""

    parts: tuple[str, ...]
    separator: str

    def __new__(cls, parts: Iterable[str], separator: str = "\n") -> Self:
        kept = tuple(parts)
        made = super().__new__(cls, separator.join(kept))
        made.parts, made.separator = kept, separator
        return made

    def __reduce__(self) -> tuple[object, ...]:
        return (Joined, (self.parts, self.separator))


def lines(parts: Iterable[str]) -> Joined:
    """Problems one a line, each worded in the window (what "\\n".join was)."""
    return Joined(parts)


def message(exc: BaseException) -> str:
    """What an exception was raised with, as it was (a Worded kept: `str(exc)` would make
    it plain English), for a refusal that passes another's words on."""
    said = exc.args[0] if len(exc.args) == 1 else None
    return said if isinstance(said, str) else str(exc)


class Sentences(Joined):
    """Sentences (marked, or text as it is) one after the other as a note says them: a
    `Joined` by a space, the empty ones left out (crmdesk.ui.words.worded words each, the
    gap as the language writes it)."""

    def __new__(cls, *parts: str, sep: str = " ") -> Sentences:
        return super().__new__(cls, (part for part in parts if part), sep)

    def __reduce__(self) -> tuple[object, ...]:
        return (_sentences, (self.parts, self.separator))


def _sentences(parts: tuple[str, ...], separator: str) -> Sentences:
    return Sentences(*parts, sep=separator)
