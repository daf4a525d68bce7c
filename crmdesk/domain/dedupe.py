"""Duplicate detection: comparable keys for company names, phones and email domains.

Every way a record comes in (typed, imported, synced) is checked with these keys, and
the answer always says *why* two records look alike, so a rep can judge.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np
import phonenumbers
from rapidfuzz import fuzz, process

from crmdesk.domain.words import Joined, Worded, tr_noop

# Longest first: the first match at the end of a name is removed, then we look again.
_CJK_SUFFIXES: tuple[str, ...] = tuple(
    sorted(
        (
            "集团股份有限公司", "集团有限公司", "股份有限公司", "有限责任公司", "有限公司",
            "股份公司", "集团公司", "集团", "公司", "株式会社", "有限會社", "有限公司",
            "股份有限公司", "有限責任公司", "集團", "公司", "בעמ", "בע מ",
        ),
        key=len,
        reverse=True,
    )
)

# Multi-word English suffixes are matched as token sequences at the end of the name.
_LATIN_SUFFIXES: tuple[tuple[str, ...], ...] = tuple(
    sorted(
        (
            tuple(s.split())
            for s in (
                "company limited", "co ltd", "co limited", "co inc", "co llc", "limited",
                "ltd", "inc", "incorporated", "corp", "corporation", "company", "co", "llc",
                "llp", "lp", "plc", "gmbh", "gmbh co kg", "co kg", "kg", "ag", "sa", "sas",
                "sarl", "srl", "spa", "bv", "nv", "pty ltd", "pty", "pte ltd", "pte", "kk",
                "oy", "ab", "as", "group", "holdings ltd", "sdn bhd", "bhd", "ltda", "se",
            )
        ),
        key=len,
        reverse=True,
    )
)

# The suffixes that may end at a word, longest first: a name's last word is looked up
# instead of trying them all.
_LATIN_BY_LAST: dict[str, tuple[tuple[str, ...], ...]] = {
    last: tuple(s for s in _LATIN_SUFFIXES if s[-1] == last)
    for last in {s[-1] for s in _LATIN_SUFFIXES}
}

# Mail services anyone can sign up for: a shared domain there says nothing about a company.
FREE_MAIL_DOMAINS: frozenset[str] = frozenset(
    {
        "gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.uk", "yahoo.com.cn",
        "hotmail.com", "outlook.com", "live.com", "msn.com", "icloud.com", "me.com",
        "aol.com", "proton.me", "protonmail.com", "gmx.com", "gmx.de", "web.de",
        "yandex.ru", "mail.ru", "qq.com", "foxmail.com", "163.com", "126.com", "sina.com",
        "sina.cn", "sohu.com", "aliyun.com", "139.com", "yeah.net", "walla.co.il",
        "walla.com", "zoho.com", "hey.com", "fastmail.com",
    }
)

_BRACKETED = re.compile(r"[(\[{（【][^)\]}）】]*[)\]}）】]")
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")

#: Similarity (0-100) above which two company names are reported as a fuzzy match.
FUZZY_THRESHOLD = 90.0
# One typo in a word of six or more letters stays above this; "highlandfield" against
# "highlandview" (80) does not.
_WORD_FLOOR = 82.0
_DIGITS = re.compile(r"\d+")
_CJK_REGION = re.compile(r"^(?:[\u4e00-\u9fff]{2,3}?[省市])+")


def _fold(text: str) -> str:
    """NFKC (full-width to half-width), case-folded, with the Hebrew geresh dropped."""
    return unicodedata.normalize("NFKC", text).casefold().replace('"', "").replace("״", "")


# the duplicate checks derive the same names' words often (as a name is typed, say); a
# bound on the cache keeps a whole workspace's names from staying in memory
@lru_cache(maxsize=1 << 15)
def company_words(name: str) -> str:
    """The distinctive words of a company name, space-separated, legal form removed.

    "ACME Trading Co., Ltd." -> "acme trading"; "深圳市腾飞科技有限公司" -> "深圳市腾飞科技".
    Text in brackets, usually a region such as "(Shanghai)" or "（中国）", is dropped.
    """
    text = _BRACKETED.sub(" ", _fold(name))
    tokens = [t for t in _NON_WORD.split(text) if t]
    changed = True
    while changed and tokens:
        changed = False
        for suffix in _LATIN_BY_LAST.get(tokens[-1], ()):
            n = len(suffix)
            if len(tokens) > n and tuple(tokens[-n:]) == suffix:
                tokens = tokens[:-n]
                changed = True
                break
        last = tokens[-1]
        for cjk in () if last.isascii() else _CJK_SUFFIXES:
            if last == cjk and len(tokens) > 1:
                tokens = tokens[:-1]
                changed = True
                break
            if last.endswith(cjk) and len(last) > len(cjk):
                tokens[-1] = last[: -len(cjk)]
                changed = True
                break
    # the article goes after the legal form, so "The Co., Ltd." keeps what "The" keeps
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    return " ".join(tokens)


def company_key(name: str) -> str:
    """Exact-match key of a company name: its distinctive words with no spaces."""
    return key_of_words(company_words(name))


def key_of_words(words: str) -> str:
    """`company_key` of a name whose `company_words` are `words` (known already)."""
    return words.replace(" ", "")


class InvalidPhone(ValueError):
    """A phone number that cannot be understood; the message says why in plain words."""


def region_problem(code: str) -> str | None:
    """Why `code` cannot be the region phone numbers are read in (None: it can)."""
    region = code.strip().upper()
    if region in phonenumbers.SUPPORTED_REGIONS:
        return None
    return Worded(tr_noop("“{0}” is not a country code phone numbers are known for; use "
                          "two letters such as CN, US, GB or IL."), code)


# an enquiry's number is read three times (its check, its match keys, its contact's
# key), an import's twice: each reading after the first is a look-up
@lru_cache(maxsize=1 << 12)
def phone_e164(raw: str, default_region: str) -> str:
    """The number in E.164 form (+8613812345678), or InvalidPhone with a clear reason.

    Numbers written without a country code are read in `default_region` (ISO 3166
    alpha-2, e.g. "CN", "US", "IL"): the workspace's region, which the user sets for
    their market (crmdesk.store.workspace_keys.PHONE_REGION).
    """
    text = raw.strip()
    if not text:
        raise InvalidPhone(tr_noop("The phone number is empty."))
    if not any(ch.isdigit() for ch in text):
        raise InvalidPhone(Worded(tr_noop("“{0}” has no digits, so it is not a phone number."),
                                  raw))
    try:
        number = phonenumbers.parse(text, default_region.upper())
    except phonenumbers.NumberParseException as exc:
        raise InvalidPhone(Worded(tr_noop("“{0}” is not a phone number we can read ({1})."),
                                  raw, exc._msg)) from None
    if not phonenumbers.is_possible_number(number):
        raise InvalidPhone(Worded(tr_noop("“{0}” has the wrong number of digits for its "
                                          "country."), raw))
    if not phonenumbers.is_valid_number(number):
        raise InvalidPhone(Worded(tr_noop("“{0}” is not a valid number in its country's "
                                          "numbering plan."), raw))
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def phone_key(raw: str | None, default_region: str) -> str | None:
    """E.164 form for matching, or None when the number is missing or unreadable."""
    if not raw:
        return None
    try:
        return phone_e164(raw, default_region)
    except InvalidPhone:
        return None


def email_domain(email: str | None) -> str | None:
    """The company domain of an email address; None for free-mail or malformed addresses."""
    if not email or "@" not in email:
        return None
    domain = _fold(email.strip()).rsplit("@", 1)[1].strip(". ")
    if "." not in domain or domain in FREE_MAIL_DOMAINS:
        return None
    return domain


def email_problem(email: str) -> str | None:
    """Why `email` (typed or imported; empty is fine) is not an email address, or None."""
    text = email.strip()
    if text and ("@" not in text or "." not in text.rsplit("@", 1)[-1]):
        return Worded(tr_noop("“{0}” is not an email address."), text)
    return None


def website_domain(url: str | None) -> str | None:
    """The bare domain of a website ("https://www.acme.com/about" -> "acme.com")."""
    if not url:
        return None
    text = _fold(url.strip())
    text = re.sub(r"^[a-z][a-z0-9+.-]*://", "", text)
    host = re.split(r"[/?#:]", text, maxsplit=1)[0].strip(". ")
    host = host.removeprefix("www.")
    if "." not in host or host in FREE_MAIL_DOMAINS:
        return None
    return host


def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


@dataclass(frozen=True, slots=True)
class Identity:
    """The comparable keys of one account (its own name and phones plus its contacts')."""

    ref: str
    name: str
    words: str
    phones: frozenset[str] = frozenset()
    domains: frozenset[str] = frozenset()

    @property
    def key(self) -> str:
        return self.words.replace(" ", "")

    @property
    def blocks(self) -> frozenset[str]:
        return name_blocks(self.words)

    def match_keys(self) -> list[str]:
        """Every exact key two records can share: the name, each phone, each domain."""
        keys = [f"n:{self.key}"] if self.key else []
        return keys + [f"p:{p}" for p in self.phones] + [f"d:{d}" for d in self.domains]


def identity(
    ref: str,
    name: str,
    phones: Iterable[str | None],
    emails: Iterable[str | None],
    website: str | None,
    default_region: str,
) -> Identity:
    """Build the keys of a record from what was typed or imported; phones written
    without a country code are read in `default_region`."""
    phone_keys = {p for p in (phone_key(raw, default_region) for raw in phones) if p}
    domains = {d for d in (email_domain(e) for e in emails) if d}
    site = website_domain(website)
    if site:
        domains.add(site)
    return Identity(ref, name, company_words(name), frozenset(phone_keys), frozenset(domains))


def _cjk_region(words: str) -> str:
    found = _CJK_REGION.match(words.replace(" ", ""))
    return found.group(0) if found else ""


def _cjk_core(words: str) -> str:
    """A Chinese name without spaces and its leading province/city ("深圳市")."""
    return _CJK_REGION.sub("", words.replace(" ", ""))


#: How many characters of a name's beginning and end make its blocks (see name_blocks).
_BLOCK_WORD = 4
_BLOCK_CJK = 2

#: Words so many companies' names share (what they do, where, how big) that they say
#: little about which company it is: a name's blocks are taken from its other words.
GENERIC_WORDS: frozenset[str] = frozenset((
    "academy", "advanced", "advisors", "allied", "american", "and", "capital", "care",
    "consulting", "construction", "continental", "development", "digital", "education",
    "electric", "electronics", "energy", "engineering", "enterprise", "enterprises",
    "fabrication", "finance", "financial", "first", "food", "foods", "freight", "general",
    "global", "group", "health", "healthcare", "holding", "holdings", "industrial",
    "industries", "industry", "institute", "insurance", "international", "investment",
    "investments", "labs", "learning", "logistics", "machinery", "management",
    "manufacturing", "marketing", "markets", "media", "medical", "national", "network",
    "networks", "of", "outfitters", "partners", "pharma", "power", "precision", "premier",
    "renewables", "retail", "royal", "service", "services", "shipping", "software", "solar",
    "solutions", "stores", "supply", "systems", "tech", "technologies", "technology",
    "textiles", "trading", "training", "transport", "united", "utilities", "תעשיות",
    "מערכות", "לוגיסטיקה", "תוכנה", "סחר", "הובלות", "מתכת", "שירותים", "השקעות", "אחזקות",
    "טכנולוגיות", "ישראל",
))
#: The same for Chinese names: what a company does, taken off the end of its name.
GENERIC_CJK: tuple[str, ...] = tuple(sorted({
    "科技", "技术", "信息", "信息技术", "网络", "网络科技", "数据", "数据科技",
    "软件", "物流", "供应链", "供应链管理", "运输", "贸易", "商贸", "零售",
    "零售连锁", "连锁", "机械", "制造", "机械制造", "精密", "仪器", "精密仪器",
    "工业", "电子", "医疗", "器械", "医疗器械", "生物", "生物科技", "医药",
    "投资", "管理", "投资管理", "融资", "租赁", "融资租赁", "保险", "代理",
    "保险代理", "新能源", "能源", "电力", "工程", "电力工程", "光伏", "光伏科技",
    "教育", "教育科技", "培训", "文化", "传播", "文化传播", "咨询", "服务",
    "实业", "发展", "建设", "国际", "控股", "电子商务", "商务", "环保", "食品",
    "化工", "材料", "设备", "智能", "传媒", "广告", "餐饮", "酒店", "地产",
    "房地产",
}, key=len, reverse=True))


_GENERIC_CJK_SET = frozenset(GENERIC_CJK)
_GENERIC_CJK_LENGTHS = sorted({len(word) for word in GENERIC_CJK}, reverse=True)


def _distinctive_cjk(core: str) -> str:
    """A Chinese name (without its city) without the trade words at its end, the
    longest first."""
    changed = True
    while changed:
        changed = False
        for length in _GENERIC_CJK_LENGTHS:
            if len(core) - length >= _BLOCK_CJK and core[-length:] in _GENERIC_CJK_SET:
                core = core[:-length]
                changed = True
                break
    return core


# as many as company_words keeps: a server's duplicate check derives the blocks of the
# same block-mates' names batch after batch (a hundred an enquiry at 10k accounts)
@lru_cache(maxsize=1 << 15)
def name_blocks(words: str) -> frozenset[str]:
    """The blocks a company name falls in: two names are compared for likeness only when
    they share one, which lets every check (entry, import, intake, the duplicate list)
    look at a few names instead of all of them, and all of them give the same answer.

    A Chinese name's blocks are the first and last two characters of what is left of
    it without its city and its trade ("北京市东飞物流" -> 东飞); any other name's are the
    first four letters of its alphabetically first word and the last four of its last,
    words every trade uses (GENERIC_WORDS) left out unless there is nothing else (word
    order does not matter). A typo keeps one of them; two names alike yet different at
    both ends of their distinctive words are not compared. Each block is a piece of the
    stored name key, so a database finds a name's block-mates with LIKE.
    """
    if not words:
        return frozenset()
    if has_cjk(words):
        core = _distinctive_cjk(_cjk_core(words))
        return frozenset((f"h:{core[:_BLOCK_CJK]}", f"t:{core[-_BLOCK_CJK:]}"))
    tokens = sorted(words.split())
    kept = [t for t in tokens if t not in GENERIC_WORDS] or tokens
    return frozenset((f"h:{kept[0][:_BLOCK_WORD]}", f"t:{kept[-1][-_BLOCK_WORD:]}"))


def block_text(block: str) -> str:
    """The piece of the name key a block stands for ("h:acme" -> "acme")."""
    return block[2:]


def name_similarity(a: str, b: str) -> float:
    """0-100 similarity of two companies' distinctive words.

    Every word must have a close counterpart in the other name: "crescentview
    manufacturing" and "crescentfield manufacturing" share a long industry word but
    are different companies, while "acme tradng" is a typo of "acme trading". Word
    order does not matter. Numbers must agree exactly. Chinese names are compared
    without their city prefix when only one of them has it; two different cities
    mean two different companies.
    """
    if not a or not b:
        return 0.0
    if _DIGITS.findall(a) != _DIGITS.findall(b):
        return 0.0  # "Acme 2" and "Acme 3" are different companies, however alike
    if has_cjk(a) or has_cjk(b):
        region_a, region_b = _cjk_region(a), _cjk_region(b)
        if region_a and region_b and not (region_a.endswith(region_b) or
                                          region_b.endswith(region_a)):
            # 北京… and 南京… are two companies (or branches), not one typed twice;
            # 广东省深圳市… and 深圳市… name the same city
            return 0.0
        return float(fuzz.ratio(_cjk_core(a), _cjk_core(b)))
    overall = float(fuzz.token_sort_ratio(a, b))
    ta, tb = a.split(), b.split()
    if len(ta) < 2 and len(tb) < 2:
        return overall
    worst = min(
        min(max(fuzz.ratio(x, y) for y in other) for x in mine)
        for mine, other in ((ta, tb), (tb, ta))
    )
    return overall if worst >= _WORD_FLOOR else min(overall, float(worst))


@lru_cache(maxsize=1 << 14)  # a bulk check asks of a pair twice: to find it, to say why
def similar_names(a: str, b: str) -> float | None:
    """How alike two companies' distinctive words are when that makes them likely one
    company (they share a block and are FUZZY_THRESHOLD alike), else None."""
    if not (name_blocks(a) & name_blocks(b)):
        return None
    similarity = name_similarity(a, b)
    return similarity if similarity >= FUZZY_THRESHOLD else None


def reasons(new: Identity, other: Identity) -> list[str]:
    """Why `other` may be the same company as `new` (empty: no reason), each a marked
    template with its figures (Worded: plain English on the command line, worded in the
    window).

    The one rule that decides whether two records are duplicates: the new-lead dialog,
    the import, the web intake and the duplicate list all ask it, and each finds the
    records to ask about by the same keys and blocks, so all give the same answer."""
    found: list[str] = []
    if new.key and new.key == other.key:
        found.append(Worded(tr_noop("same company name once legal form is ignored (“{0}”)"),
                            other.words))
    elif (similarity := similar_names(new.words, other.words)) is not None:
        # a share, so the window writes it as its locale does; rounded first, so the
        # English is the whole percent it always was ("93% alike")
        found.append(Worded(tr_noop("similar company name ({0:.0%} alike)"),
                            round(similarity) / 100))
    for phone in sorted(new.phones & other.phones):
        found.append(Worded(tr_noop("same phone number {0}"), phone))
    for domain in sorted(new.domains & other.domains):
        found.append(Worded(tr_noop("same email or web domain {0}"), domain))
    return found


def reasons_text(why: Iterable[str]) -> Joined:
    """Reasons two records look alike one after the other ("…; …"), each worded in the
    window, and the separator too ("；" in Chinese)."""
    return Joined(why, "; ")


@dataclass(frozen=True, slots=True)
class Candidate:
    """An existing record that may duplicate a new one, with the reasons."""

    ref: str
    name: str
    reasons: tuple[str, ...]


def rank(new: Identity, others: Iterable[Identity]) -> list[Candidate]:
    """Candidates among `others` for `new`, the most reasons (then the name) first."""
    out = [
        Candidate(o.ref, o.name, tuple(why))
        for o in others
        if o.ref != new.ref and (why := reasons(new, o))
    ]
    out.sort(key=lambda c: (-len(c.reasons), c.name))
    return out


@dataclass(slots=True)
class Cluster:
    """Records that look like one company, each pair's reasons listed."""

    members: list[Identity]
    reasons: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)


def _scored(left: Sequence[str], right: Sequence[str], scorer: Any
            ) -> Iterable[tuple[int, int]]:
    """Index pairs (into `left`, `right`) scoring at least FUZZY_THRESHOLD, compared in
    chunks so a large block never needs its whole score matrix in memory at once."""
    if not left or not right:
        return
    # threads pay off on large blocks only: starting them costs more than a small one
    workers = -1 if len(left) * len(right) >= _THREADED else 1
    for start in range(0, len(left), _CHUNK):
        scores = process.cdist(left[start : start + _CHUNK], right, scorer=scorer,
                               score_cutoff=FUZZY_THRESHOLD, dtype=np.uint8,
                               workers=workers)
        for row, col in zip(*scores.nonzero(), strict=True):
            yield start + int(row), int(col)


_CHUNK = 2048
_THREADED = 1_000_000


def _block_pairs(left: Sequence[str], right: Sequence[str],
                 cjk_left: Sequence[bool], cjk_right: Sequence[bool]
                 ) -> Iterable[tuple[int, int]]:
    """Pairs (i into `left`, j into `right`) among names (their words) of one block that
    may be similar enough for `similar_names` (`cjk_*`: whether each name has CJK text).
    The scores compared are never below the rule's own (the rule is token_sort_ratio at
    most, or the plain ratio of names without their city), so no pair the rule would
    accept is left out; the caller asks the rule of each."""
    latin_l = [i for i, cjk in enumerate(cjk_left) if not cjk]
    latin_r = [j for j, cjk in enumerate(cjk_right) if not cjk]
    cjk_l = [i for i, cjk in enumerate(cjk_left) if cjk]
    cjk_r = [j for j, cjk in enumerate(cjk_right) if cjk]
    every_r = list(range(len(right)))

    def words(names: Sequence[str], at: list[int]) -> list[str]:
        return [names[k] for k in at]

    def cores(names: Sequence[str], at: list[int]) -> list[str]:
        return [_cjk_core(names[k]) for k in at]

    if latin_l and latin_r:
        for a, b in _scored(words(left, latin_l), words(right, latin_r),
                            fuzz.token_sort_ratio):
            yield latin_l[a], latin_r[b]
    if cjk_l:
        for a, b in _scored(cores(left, cjk_l), cores(right, every_r), fuzz.ratio):
            yield cjk_l[a], every_r[b]
    if latin_l and cjk_r:
        for a, b in _scored(cores(left, latin_l), cores(right, cjk_r), fuzz.ratio):
            yield latin_l[a], cjk_r[b]


def _by_block(records: Sequence[Identity]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = defaultdict(list)
    for i, record in enumerate(records):
        for block in record.blocks:
            out[block].append(i)
    return out


#: Records by one kind of exact key: the key as the records hold it (no new string is
#: made), and the record's index, or a list of them when several share the key (a
#: 100k-row file's 300k keys are mostly held by one record each).
_KeyIndex = dict[str, "int | list[int]"]


def _add(index: _KeyIndex, key: str, i: int) -> None:
    held = index.get(key)
    if held is None:
        index[key] = i
    elif isinstance(held, int):
        index[key] = [held, i]
    else:
        held.append(i)


def _held(index: _KeyIndex, key: str) -> Sequence[int]:
    held = index.get(key)
    return () if held is None else (held,) if isinstance(held, int) else held


def _by_key(records: Sequence[Identity]) -> tuple[_KeyIndex, _KeyIndex, _KeyIndex]:
    """The records by name key, by phone and by domain (match_keys, kind by kind)."""
    names: _KeyIndex = {}
    phones: _KeyIndex = {}
    domains: _KeyIndex = {}
    for i, record in enumerate(records):
        if record.words:
            _add(names, record.key, i)
        for phone in record.phones:
            _add(phones, phone, i)
        for domain in record.domains:
            _add(domains, domain, i)
    return names, phones, domains


def likely_pairs(new: Sequence[Identity], known: Sequence[Identity] | None = None
                 ) -> set[tuple[int, int]]:
    """Every pair (i into `new`, j into `known`) that `reasons` calls duplicates: those
    sharing an exact key, and those of one name block with similar names. Without
    `known`, the pairs within `new` (i < j). Fast enough for 100k against 100k."""
    same = known is None
    other: Sequence[Identity] = new if known is None else known
    pairs: set[tuple[int, int]] = set()
    # indexes of the new records only: the known ones are looked up in them, so a 100k
    # workspace never needs its own index of 700k keys
    names, phones, domains = _by_key(new)
    if same:
        for index in (names, phones, domains):
            for members in index.values():
                if isinstance(members, list):
                    pairs.update((i, j) for x, i in enumerate(members)
                                 for j in members[x + 1:])
    else:
        for j, record in enumerate(other):
            if record.words:
                pairs.update((i, j) for i in _held(names, record.key))
            for phone in record.phones:
                pairs.update((i, j) for i in _held(phones, phone))
            for domain in record.domains:
                pairs.update((i, j) for i in _held(domains, domain))
    del names, phones, domains
    new_blocks = _by_block(new)
    if same:
        mates_of = new_blocks
    else:
        mates_of = defaultdict(list)
        for j, record in enumerate(other):
            for block in record.blocks:
                if block in new_blocks:
                    mates_of[block].append(j)
    new_words = [record.words for record in new]
    pairs.update(_similar_in_blocks(new_words, new_words if same else
                                    [record.words for record in other],
                                    new_blocks, mates_of, same, pairs))
    return pairs


def similar_to_names(new: Sequence[Identity], names: Sequence[str]
                     ) -> set[tuple[int, int]]:
    """Every pair (i into `new`, j into `names`) whose words `similar_names` calls alike:
    what `likely_pairs` finds by name blocks, for a few new records against names alone
    (those a database found by their blocks' text), each name's words and blocks
    derived once (both cached) and no record made of it."""
    new_blocks = _by_block(new)
    if not new_blocks:
        return set()
    words = [company_words(name) for name in names]
    mates_of: dict[str, list[int]] = defaultdict(list)
    for j, mine in enumerate(words):
        for block in name_blocks(mine):
            if block in new_blocks:
                mates_of[block].append(j)
    return _similar_in_blocks([record.words for record in new], words, new_blocks,
                              mates_of, False, set())


def _similar_in_blocks(new: Sequence[str], other: Sequence[str],
                       new_blocks: dict[str, list[int]], mates_of: dict[str, list[int]],
                       same: bool, found: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The pairs (i into `new`, j into `other`: names' words) of one block whose names
    `similar_names` calls alike, those in `found` already left out (`same`: `other` is
    `new`, pairs i < j). `new_blocks`: the new names by block; `mates_of`: the other
    names by the blocks among those."""
    pairs: set[tuple[int, int]] = set()
    # whether each name has CJK text, once, not once per block it is in
    cjk_new = [has_cjk(words) for words in new]
    cjk_other = cjk_new if same else [has_cjk(words) for words in other]
    # a pair sharing both its blocks (most alike names do) is judged in its head block
    # only: its names score the same in both
    head_new = _heads(new_blocks)
    head_other = head_new if same else _heads(mates_of)
    for block, members in new_blocks.items():
        mates = mates_of.get(block)
        if not mates or (same and len(members) < 2):
            continue
        tail = block.startswith("t:")
        for a, b in _block_pairs([new[i] for i in members], [other[j] for j in mates],
                                 [cjk_new[i] for i in members],
                                 [cjk_other[j] for j in mates]):
            i, j = members[a], mates[b]
            if (same and i >= j) or (i, j) in found or (i, j) in pairs:
                continue
            if tail and head_new.get(i, "") == head_other.get(j):
                continue
            if similar_names(new[i], other[j]) is not None:
                pairs.add((i, j))
    return pairs


def _heads(blocks: dict[str, list[int]]) -> dict[int, str]:
    """Each record's head block ("h:…"), by its index, from records by block."""
    return {i: block for block, members in blocks.items() if block.startswith("h:")
            for i in members}


def matches_for(new: Sequence[Identity], known: Sequence[Identity]
                ) -> list[list[Candidate]]:
    """For each record of `new`, the records of `known` that may be the same company,
    ranked as `rank` ranks them: the bulk form of asking `reasons` of every pair."""
    found: list[list[Identity]] = [[] for _ in new]
    for i, j in likely_pairs(new, known):
        found[i].append(known[j])
    return [rank(record, others) if others else [] for record, others in zip(new, found,
                                                                             strict=True)]


def clusters(records: Sequence[Identity]) -> list[Cluster]:
    """Group likely duplicates: records linked by any pair `reasons` accepts (exact keys
    and shared phones/domains, similar names within a name block)."""
    parent = list(range(len(records)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    pairs: set[tuple[int, int]] = set()

    def link(i: int, j: int) -> None:
        if i == j:
            return
        pairs.add((min(i, j), max(i, j)))
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[rj] = ri

    for i, j in likely_pairs(records):
        link(i, j)

    by_root: dict[int, list[int]] = defaultdict(list)
    for i in range(len(records)):
        by_root[find(i)].append(i)
    pairs_by_root: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for i, j in sorted(pairs):
        pairs_by_root[find(i)].append((i, j))
    out: list[Cluster] = []
    for root, members in by_root.items():
        if len(members) < 2:
            continue
        cluster = Cluster([records[i] for i in members])
        for i, j in pairs_by_root[root]:
            why = reasons(records[i], records[j])
            if why:
                cluster.reasons.append((records[i].ref, records[j].ref, tuple(why)))
        out.append(cluster)
    out.sort(key=lambda c: (-len(c.members), c.members[0].name))
    return out
