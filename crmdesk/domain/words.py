"""Marking the domain's English words for translation, without Qt.

The domain names things in English (a status's label, what a record still lacks); the
command line prints that English as it is, and the window words it in the user's
language. `tr_noop` marks such a literal so `pyside6-lupdate` extracts it (the Makefile's
`translations` target declares it an alias of QT_TR_NOOP): at module level it lands in the
empty context, which `crmdesk.ui.words.word` looks it up in.
"""

from __future__ import annotations

#: The disambiguation of a review column's label whose word means another thing
#: elsewhere ("Reached": a stage reached, not a person reached by a call), marked
#: `tr_noop("Reached", "review column")` (the literal: lupdate reads no name) and looked
#: up so (crmdesk.ui.words.column_word).
COLUMN = "review column"


def tr_noop(text: str, disambiguation: str = "", n: int | None = None) -> str:
    """`text` itself: only a mark for the translation tools (keep the argument literal).
    Given a count (`tr_noop("%n deal(s) …", "", 0)`: any number, it only tells lupdate),
    the text is filed with plural forms, for a `Worded` with its `n`."""
    return text


class Worded(str):
    """A sentence made of a marked template and its figures: the English the command line
    and the exports write (`template.format(*args)`), with the template and figures kept
    for the window to word in the user's language (crmdesk.ui.words.said, or
    crmdesk.ui.words.worded with figures in the locale). With a count `n`, the template's
    "%n" is it, and the window picks the plural form for it (a template marked with a
    count, `tr_noop`)."""

    template: str
    args: tuple[object, ...]
    n: int | None

    def __new__(cls, template: str, *args: object, n: int | None = None) -> Worded:
        english = template if n is None else template.replace("%n", str(n))
        made = super().__new__(cls, english.format(*args))
        made.template, made.args, made.n = template, args, n
        return made

    def __reduce__(self) -> tuple[object, ...]:
        return (_worded, (self.template, self.args, self.n))


def _worded(template: str, args: tuple[object, ...], n: int | None) -> Worded:
    return Worded(template, *args, n=n)


class Sentences(str):
    """Sentences (Worded, or text as it is) one after the other, as a note says them: the
    English joined by `sep` (the empty ones left out), each kept for the window to word
    on its own (crmdesk.ui.words.worded)."""

    parts: tuple[str, ...]
    sep: str

    def __new__(cls, *parts: str, sep: str = " ") -> Sentences:
        kept = tuple(part for part in parts if part)
        made = super().__new__(cls, sep.join(kept))
        made.parts, made.sep = kept, sep
        return made

    def __reduce__(self) -> tuple[object, ...]:
        return (_sentences, (self.parts, self.sep))


def _sentences(parts: tuple[str, ...], sep: str) -> Sentences:
    return Sentences(*parts, sep=sep)
