"""What the full-text index holds and how typed text becomes a query.

SQLite's unicode61 tokenizer splits on spaces and punctuation, which fails two of our
users' habits: Chinese and Japanese names have no spaces ("腾飞" must find
"深圳市腾飞科技有限公司"), and a rep recalls a phone number by its last digits. So CJK
characters are indexed one per token and matched as a phrase, and each phone is also
indexed with its digits reversed, so trailing digits become a prefix search.
"""

from __future__ import annotations

import re
import unicodedata

_CJK_CHAR = re.compile(r"([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af])")
_TOKEN = re.compile(r"\w+", re.UNICODE)
_NON_DIGIT = re.compile(r"\D+")
_PHONE_LIKE = re.compile(r"[\d\s+\-().]*\d[\d\s+\-().]*")

#: Fewest characters of a Latin word before it is searched.
MIN_WORD_CHARS = 2

#: Fewest trailing digits that are searched as the end of a phone number.
MIN_PHONE_DIGITS = 4


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _space_cjk(text: str) -> str:
    return _CJK_CHAR.sub(r" \1 ", text)


def index_text(*parts: str | None) -> str:
    """Text for the index: folded, CJK characters spaced apart, empty parts skipped."""
    return " ".join(_space_cjk(_fold(p)) for p in parts if p)


def phone_terms(*phones: str | None) -> str:
    """Index terms for phone numbers: all digits, and 'r' + the digits reversed.

    Pass each number as typed and in E.164, so "138 1234" and "+86 138" both find it.
    """
    terms: dict[str, None] = {}
    for phone in phones:
        digits = _NON_DIGIT.sub("", phone or "")
        if len(digits) >= MIN_PHONE_DIGITS:
            terms[digits] = None
            terms["r" + digits[::-1]] = None
    return " ".join(terms)


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _phone_clause(digits: str) -> str:
    return f"({_quote(digits)}* OR {_quote('r' + digits[::-1])}*)"


def phone_ending_query(typed: str) -> str | None:
    """For typed digits (4 or more, spaces and dashes allowed), an FTS5 MATCH expression
    for the phone numbers that end with them; None for anything else. The search ranks
    these first: digits typed are most often the end of a number the rep recalls, and
    text relevance alone put a mailbox that merely starts with them ("24681357@qq.com")
    above the phone ending in them, when it was the rarer match."""
    folded = _fold(typed)
    if not _PHONE_LIKE.fullmatch(folded):
        return None
    digits = _NON_DIGIT.sub("", folded)
    return _quote("r" + digits[::-1]) + "*" if len(digits) >= MIN_PHONE_DIGITS else None


def fts_query(typed: str) -> str | None:
    """An FTS5 MATCH expression for what the user typed, every word a prefix.

    Returns None when nothing searchable was typed. A run of 4+ digits matches the
    start or the end of a phone number; CJK text must appear as typed, in order. A
    single Latin letter is too broad to rank quickly and narrows almost nothing, so it
    is left out until a second letter follows.
    """
    folded = _fold(typed)
    if _PHONE_LIKE.fullmatch(folded):
        digits = _NON_DIGIT.sub("", folded)
        if len(digits) >= MIN_PHONE_DIGITS:
            return _phone_clause(digits)
    clauses: list[str] = []
    for word in _TOKEN.findall(folded):
        if len(word) < MIN_WORD_CHARS and not _CJK_CHAR.fullmatch(word):
            continue
        if word.isdigit() and len(word) >= MIN_PHONE_DIGITS:
            clauses.append(_phone_clause(word))
            continue
        pieces = _space_cjk(word).split()
        if len(pieces) > 1 or _CJK_CHAR.fullmatch(pieces[0]):
            latin_tail = pieces[-1] if not _CJK_CHAR.fullmatch(pieces[-1]) else None
            phrase = " ".join(pieces[:-1] if latin_tail else pieces)
            clauses.append(_quote(phrase) + (f" {_quote(latin_tail)}*" if latin_tail else ""))
        else:
            clauses.append(_quote(word) + "*")
    return " AND ".join(clauses) if clauses else None
