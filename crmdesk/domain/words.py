"""Marking the domain's English words for translation, without Qt.

The domain names things in English (a status's label, what a record still lacks); the
command line prints that English as it is, and the window words it in the user's
language. `tr_noop` marks such a literal so `pyside6-lupdate` extracts it (the Makefile's
`translations` target declares it an alias of QT_TR_NOOP): at module level it lands in the
empty context, which `crmdesk.ui.words.word` looks it up in.
"""

from __future__ import annotations


def tr_noop(text: str) -> str:
    """`text` itself: only a mark for the translation tools (keep the argument literal)."""
    return text


class Worded(str):
    """A sentence made of a marked template and its figures: the English the command line
    and the exports write (`template.format(*args)`), with the template and figures kept
    for the window to word in the user's language (crmdesk.ui.words.said)."""

    template: str
    args: tuple[object, ...]

    def __new__(cls, template: str, *args: object) -> Worded:
        made = super().__new__(cls, template.format(*args))
        made.template, made.args = template, args
        return made

    def __reduce__(self) -> tuple[object, ...]:
        return (Worded, (self.template, *self.args))
