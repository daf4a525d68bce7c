"""One rule for text people type or import: no control characters.

A NUL cannot be stored by PostgreSQL at all, and the other invisible control characters
(the rest of C0, DEL, C1) only ever arrive by accident: a paste from a PDF, a broken
export. A tab or a line break belongs only in a field written over several lines (notes,
a lost reason). Every way text comes in uses this module: the store's writes refuse such
text, the importer cleans it (and says so), and the server refuses a push carrying it,
with the same message.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from crmdesk.domain.words import Worded, tr_noop

#: Fields whose text may run over several lines (tabs and line breaks allowed): a
#: message template's body too.
MULTILINE_FIELDS = frozenset({"notes", "lost_reason", "body"})

# NUL and the rest of C0 but tab, line feed and carriage return; DEL; C1.
_NEVER = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_NEVER_RE = re.compile(f"[{_NEVER}]")
_ONE_LINE_RE = re.compile(f"[{_NEVER}\t\n\r]")
# in a one-line field, a line break or tab (with what surrounds it) becomes one space
_BREAKS_RE = re.compile(r" *[\t\n\r]+ *")


def _forbidden(multiline: bool) -> re.Pattern[str]:
    return _NEVER_RE if multiline else _ONE_LINE_RE


def text_problem(field: str, value: str, multiline: bool | None = None) -> str | None:
    """Why `value` cannot be saved in `field`, or None. `multiline` defaults to whether
    the field is one of MULTILINE_FIELDS."""
    if multiline is None:
        multiline = field in MULTILINE_FIELDS
    found = _forbidden(multiline).search(value)
    if found is None:
        return None
    char = found.group()
    what = (Worded(tr_noop("a line break")) if char in "\n\r"
            else Worded(tr_noop("a tab")) if char == "\t"
            else Worded(tr_noop("a NUL character")) if char == "\x00"
            else Worded(tr_noop("an invisible control character (U+{0:04X})"), ord(char)))
    label = field.replace("_", " ")
    return Worded(tr_noop("The {0} contains {1}, which cannot be saved here; remove it."),
                  label, what)


def first_text_problem(values: Mapping[str, object]) -> str | None:
    """The first problem among the text values of a record's fields (others ignored).
    A field holding a mapping (an account's custom fields) is read the same way, each
    key as a field of its own; so is a list's text, under the list's field."""
    for field, value in values.items():
        problem = _problem_in(field, value)
        if problem is not None:
            return problem
    return None


def _problem_in(field: str, value: object) -> str | None:
    if isinstance(value, str):
        return text_problem(field, value)
    if isinstance(value, Mapping):
        for key, inner in value.items():
            # a key is text too (a JSON object's key reaches the database as it is)
            problem = (text_problem(field, key, multiline=False) if isinstance(key, str)
                       else None) or _problem_in(str(key), inner)
            if problem is not None:
                return problem
    elif isinstance(value, list | tuple):
        for inner in value:
            problem = _problem_in(field, inner)
            if problem is not None:
                return problem
    return None


def clean_text(value: str, multiline: bool = False) -> str:
    """`value` with its control characters taken out: in a one-line field a line break
    or tab becomes a space; every other control character is removed."""
    if not multiline:
        value = _BREAKS_RE.sub(" ", value)
    return _NEVER_RE.sub("", value)


# ---- text in a terminal's columns ---------------------------------------------------


def char_width(ch: str) -> int:
    """Columns one character takes in a terminal: two for wide and full-width ones
    (Chinese, Japanese, Korean, full-width Latin), none for a mark that combines with
    the one before it or an invisible format character (a zero-width joiner, a
    direction mark), one for the rest."""
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def display_width(text: str) -> int:
    """Columns `text` takes in a terminal (see char_width)."""
    return sum(char_width(ch) for ch in text)


def clip(text: str, columns: int) -> str:
    """`text` cut to take at most `columns` columns, ending in "…" when cut (never in
    the middle of a wide character or before the marks combining with the last one
    kept)."""
    if display_width(text) <= columns:
        return text
    used = 0
    for end, ch in enumerate(text):
        used += char_width(ch)
        if used > columns - 1:  # the "…" takes the last column
            return text[:end] + "…"
    return text


def pad(text: str, columns: int, right: bool = False) -> str:
    """`text` filled with spaces to `columns` columns, on the right (or on the left:
    `right` aligns it to the right, as figures are)."""
    room = " " * max(0, columns - display_width(text))
    return room + text if right else text + room
