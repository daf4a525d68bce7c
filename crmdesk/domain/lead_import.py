"""Reading a batch of leads from a CSV file: columns by name (English or Chinese
headers), every row checked, every problem reported with its line number.

Nothing typed is lost: a row whose phone cannot be read is still imported, its number
kept as written and flagged; a row that cannot be imported at all (no company name,
a broken line) is reported with its text so it can be fixed and imported again.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from crmdesk.domain.account_fields import MAX_LENGTH, check_lead
from crmdesk.domain.dedupe import (
    Identity,
    company_words,
    email_domain,
    likely_pairs,
    matches_for,
    reasons,
    reasons_text,
    website_domain,
)
from crmdesk.domain.text import clean_text
from crmdesk.domain.words import Counted, Joined, Sentences, Worded, tr_noop

#: The fields a lead file fills, in the order the mapping step lists them, with labels.
FIELDS: dict[str, str] = {
    "name": tr_noop("Company"),
    "contact": tr_noop("Contact"),
    "title": tr_noop("Job title"),
    "phone": tr_noop("Phone"),
    "mobile": tr_noop("Mobile"),
    "email": tr_noop("Email"),
    "website": tr_noop("Website"),
    "region": tr_noop("Region"),
    "industry": tr_noop("Industry"),
}

#: Accepted header names for each field (compared case- and space-insensitively).
HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("company", "company name", "name", "account", "organisation", "organization",
             "公司", "公司名称", "客户名称", "企业名称", "单位名称", "חברה", "שם חברה",
             "שם החברה"),
    "website": ("website", "web", "url", "site", "web site", "网站", "网址", "官网", "אתר",
                "אתר אינטרנט"),
    "phone": ("phone", "company phone", "switchboard", "telephone", "tel", "电话",
              "公司电话", "座机", "固定电话", "טלפון"),
    "contact": ("contact", "contact name", "person", "contact person", "联系人",
                "联系人姓名", "איש קשר", "שם איש קשר"),
    "title": ("title", "job title", "position", "职位", "职务", "תפקיד"),
    "mobile": ("mobile", "cell", "mobile phone", "cell phone", "手机", "手机号",
               "手机号码", "移动电话", "נייד", "טלפון נייד"),
    "email": ("email", "e-mail", "mail", "email address", "邮箱", "电子邮件", "电子邮箱",
              "דוא\"ל", "דואל", "אימייל", "מייל"),
    "region": ("region", "city", "province", "state", "area", "地区", "城市", "省份",
               "所在地区", "אזור", "עיר"),
    "industry": ("industry", "sector", "行业", "所属行业", "ענף", "תחום"),
}


@dataclass(frozen=True, slots=True)
class LeadRow:
    line: int
    name: str
    website: str = ""
    phone: str = ""
    contact: str = ""
    title: str = ""
    mobile: str = ""
    email: str = ""
    region: str = ""
    industry: str = ""
    warnings: tuple[str, ...] = ()
    phone_e164: str | None = None  # the numbers as checked, for matching and storing
    mobile_e164: str | None = None
    #: company_words(name), derived once when the row is read (matching and the stored
    #: name key both need it; None: derived where asked)
    words: str | None = None


@dataclass(frozen=True, slots=True)
class RowProblem:
    line: int
    message: str  # marked (Worded, Sentences…): English as it is, worded in the window
    text: str = ""
    name: str = ""  # the company, when the row names one


@dataclass
class ParsedBatch:
    rows: list[LeadRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)  # our field -> header in the file


class UnreadableFile(ValueError):
    """The file as a whole cannot be read; the message (marked) says why."""


def _norm(header: str) -> str:
    # the Hebrew gershayim (״) is typed as a plain double quote as often as not
    text = header.strip().lower().replace("_", " ").replace("״", '"').rstrip(":：")
    return " ".join(text.split())


_KNOWN = {_norm(alias): key for key, aliases in HEADERS.items() for alias in aliases}

#: Which column each field is read from: field -> the column's header as in the file.
ColumnMap = dict[str, str]


def guess_mapping(header: list[str]) -> ColumnMap:
    """The columns each field most likely comes from, by their headers in English,
    Chinese or Hebrew: a header that is a known name wins, then one containing a known
    name ("Company name (legal)"). Each column serves one field."""
    found: ColumnMap = {}
    used: set[int] = set()
    for position, title in enumerate(header):
        key = _KNOWN.get(_norm(title))
        if key and key not in found:
            found[key] = title
            used.add(position)
    aliases = sorted(((a, k) for a, k in _KNOWN.items() if len(a) >= 2), key=lambda x: -len(x[0]))
    for position, title in enumerate(header):
        if position in used:
            continue
        text = _norm(title)
        for alias, key in aliases:
            if key not in found and alias in text and (len(alias) >= 4 or not alias.isascii()):
                found[key] = title
                used.add(position)
                break
    return {key: found[key] for key in FIELDS if key in found}


def resolve(header: list[str], mapping: ColumnMap) -> dict[str, int]:
    """Each mapped field's column position. UnreadableFile when the company name is not
    mapped, or a mapped column is not in the file."""
    found = ", ".join(h.strip() for h in header if h.strip())
    if not mapping.get("name"):
        raise UnreadableFile(Worded(tr_noop(
            "No company-name column: choose the column that holds the company, or name "
            "it “Company” (公司名称, שם החברה). Columns found: {0}"), found))
    where: dict[str, int] = {}
    for position, title in enumerate(header):
        where.setdefault(title.strip(), position)
    out: dict[str, int] = {}
    for key, title in mapping.items():
        if key not in FIELDS:
            raise UnreadableFile(Worded(tr_noop("“{0}” is not a field a lead has; fields: "
                                                "{1}."), key, ", ".join(FIELDS)))
        if not title:
            continue
        if title.strip() not in where:
            raise UnreadableFile(Worded(tr_noop("No column “{0}” in the file. Columns "
                                                "found: {1}"), title, found))
        out[key] = where[title.strip()]
    return out


#: The encodings a lead file may come in besides UTF-8: the code pages spreadsheet
#: programs save "CSV" in on Windows (one per system language), GB18030 (Chinese Excel),
#: Big5, Shift-JIS and the Korean code page, each with the name a user knows it by.
LEGACY_ENCODINGS: dict[str, str] = {
    "cp1252": tr_noop("Windows-1252 (Western European)"),
    "cp1250": tr_noop("Windows-1250 (Central European)"),
    "cp1251": tr_noop("Windows-1251 (Cyrillic)"), "cp1253": tr_noop("Windows-1253 (Greek)"),
    "cp1254": tr_noop("Windows-1254 (Turkish)"), "cp1255": tr_noop("Windows-1255 (Hebrew)"),
    "cp1256": tr_noop("Windows-1256 (Arabic)"), "cp1257": tr_noop("Windows-1257 (Baltic)"),
    "cp1258": tr_noop("Windows-1258 (Vietnamese)"), "cp874": tr_noop("Windows-874 (Thai)"),
    "gb18030": tr_noop("GB18030 (Simplified Chinese)"),
    "big5": tr_noop("Big5 (Traditional Chinese)"), "cp932": tr_noop("Shift-JIS (Japanese)"),
    "cp949": tr_noop("Windows-949 (Korean)"),
}
#: How much less orderly than the best reading another may look and still count as a
#: way to read the file (charset-normalizer's "chaos", from 0 to 1).
_CLOSE = 0.01
_SAVE_AS_UTF8 = tr_noop("Save it as “CSV UTF-8” (or say which encoding it is in) and "
                        "import it again.")
#: Between two encodings a file may be in ("as cp1252 or cp1250: …").
_OR = tr_noop(" or ")


def decode(data: bytes, encoding: str | None = None) -> str:
    """Text of a CSV file, in `encoding` if the user named one. Otherwise UTF-8 (with or
    without BOM) and UTF-16 with a BOM are read as such, and any other encoding is
    detected (charset-normalizer) among LEGACY_ENCODINGS. A file that reads as different
    text in several of them is refused, naming them, rather than guessed and stored
    garbled."""
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError:
            raise UnreadableFile(Worded(tr_noop("“{0}” is not an encoding this app knows."),
                                        encoding)) from None
        except UnicodeDecodeError as exc:
            raise UnreadableFile(Worded(tr_noop("The file is not {0} text (byte {1:,})."),
                                        encoding, exc.start + 1)) from None
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(name)
            except UnicodeDecodeError as exc:
                raise UnreadableFile(Sentences(
                    Worded(tr_noop("The file says it is {0} text but is not (byte {1:,})."),
                           name.upper().removesuffix("-SIG"), exc.start + 1),
                    _SAVE_AS_UTF8)) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)))
    if not matches:
        raise UnreadableFile(Sentences(tr_noop("The file is not UTF-8 text, and its "
                                               "encoding cannot be told."), _SAVE_AS_UTF8))
    best = min(match.chaos for match in matches)
    readings: dict[str, list[str]] = {}  # each different text, and the encodings giving it
    for match in matches:
        if match.chaos <= best + _CLOSE:
            same = [e for e in match.could_be_from_charset if e in LEGACY_ENCODINGS]
            readings.setdefault(str(match), []).extend(same or [match.encoding])
    if len(readings) == 1:
        return next(iter(readings))
    samples = _differences(list(readings))
    ways = [Worded(tr_noop("as {0}: {1}"),
                   Joined((LEGACY_ENCODINGS.get(e, e) for e in encodings), _OR),
                   " … ".join(f"“{word}”" for word in sample))
            for encodings, sample in zip(readings.values(), samples, strict=True)]
    raise UnreadableFile(Sentences(
        Worded(tr_noop("The file is not UTF-8, and it reads differently in several "
                       "encodings; {0}."), Joined(ways, "; ")), _SAVE_AS_UTF8))


def _differences(texts: list[str], most: int = 3) -> list[list[str]]:
    """For each text, the words where the texts differ (a few, enough to tell them
    apart), to show the user how each reading looks."""
    samples: list[list[str]] = [[] for _ in texts]
    seen: set[tuple[str, ...]] = set()
    for at, chars in enumerate(zip(*texts, strict=False)):
        if len(set(chars)) == 1:
            continue
        words = tuple(_word_at(text, at) for text in texts)
        if words in seen:
            continue
        seen.add(words)
        for sample, word in zip(samples, words, strict=True):
            sample.append(word)
        if len(seen) == most or len({tuple(s) for s in samples}) == len(texts):
            break
    return samples


def _word_at(text: str, index: int) -> str:
    """The word (between commas, quotes, tabs, semicolons or line breaks) around `index`."""
    stops = ",;\t\r\n\""
    start = max((text.rfind(c, 0, index) for c in stops), default=-1) + 1
    ends = [i for i in (text.find(c, index) for c in stops) if i != -1]
    end = min(ends, default=len(text))
    return text[start:end].strip()[:40]


def _csv_problem(exc: csv.Error) -> str:
    if "field larger than field limit" in str(exc):
        return Worded(tr_noop("has a cell longer than {0} KiB; shorten it (or check for a "
                              "quote that is never closed)"), csv.field_size_limit() // 1024)
    return Worded(tr_noop("cannot be read ({0})"), str(exc))


def _line_start(text: str, line: int) -> str:
    """The start of line `line` (from 1) of `text`, to show with its problem."""
    lines = text.splitlines()
    start = lines[line - 1] if 0 < line <= len(lines) else ""
    return start if len(start) <= 80 else start[:80] + "…"


@dataclass
class Table:
    """A lead file's cells: the header, then each row with its line (CSV) or row
    (sheet) number, or the problem that kept a row from being read, as they stream."""

    header: list[str]
    rows: Iterator[tuple[int, list[str]] | RowProblem]


def csv_table(text: str) -> Table:
    """The table of a CSV text whose first line names the columns (comma, semicolon or
    tab separated). A line that cannot be read, such as one with a cell over the csv
    module's limit (128 KiB), or with more or fewer cells than the header, is given as a
    problem and the rows around it are kept."""
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        header = [clean_text(title) for title in next(reader)]
    except StopIteration:
        raise UnreadableFile(tr_noop("The file is empty.")) from None
    except csv.Error as exc:
        raise UnreadableFile(Worded(tr_noop("The header line cannot be read: {0}."),
                                    _csv_problem(exc))) from None

    def rows() -> Iterator[tuple[int, list[str]] | RowProblem]:
        while True:
            try:
                fields = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:  # the reader goes on at the next line
                line = reader.line_num
                yield RowProblem(line, _csv_problem(exc), _line_start(text, line))
                continue
            line = reader.line_num
            if len(fields) != len(header) and any(f.strip() for f in fields):
                yield RowProblem(line, Counted("has %n field(s) where the header has {0}; "
                                               "check for a stray comma or quote", "",
                                               len(fields), len(header)),
                                 " | ".join(clean_text(f) for f in fields))
                continue
            yield line, fields

    return Table(header, rows())


def lead_row(line: int, cells: Sequence[str], columns: Mapping[str, int],
             default_region: str) -> LeadRow | RowProblem | None:
    """One row of a lead file as a lead, checked as the new-lead dialog checks what is
    typed (domain.account_fields.check_lead), or the problem that keeps it out; None
    for an empty row. Control characters are taken out of every cell, with a note;
    contact details without a contact name are filed under the company's name."""
    if not any(cell.strip() for cell in cells):
        return None
    warnings: list[str] = []
    values: dict[str, str] = {}
    for key, at in columns.items():
        raw = cells[at].strip() if at < len(cells) else ""
        values[key] = clean_text(raw).strip()
        if values[key] != raw:
            warnings.append(Worded(tr_noop("{0}: control characters or line breaks were "
                                           "taken out."), Worded(FIELDS[key])))
    name = values.get("name", "")
    if not name:
        return RowProblem(line, tr_noop("has no company name"), _shown(cells))
    if (values.get("mobile") or values.get("email")) and not values.get("contact"):
        values["contact"] = name  # keep the details on an unnamed contact
        warnings.append(tr_noop("contact details without a contact name: filed under the "
                                "company"))
    words = company_words(name)  # before the check, whose name key then finds it cached
    check = check_lead(name, values.get("website", ""), values.get("phone", ""),
                       values.get("contact", ""), values.get("mobile", ""),
                       values.get("email", ""), default_region)
    problems = list(check.problems)
    for key in ("region", "industry"):
        value = values.get(key, "")
        if len(value) > MAX_LENGTH[key]:
            problems.append(Counted("{0} is at most %n character(s); this one has {1}.", "",
                                    MAX_LENGTH[key], Worded(FIELDS[key]), len(value)))
    if problems:
        return RowProblem(line, Sentences(*problems), _shown(cells), name)
    return LeadRow(line=line, warnings=tuple(warnings), phone_e164=check.phone_e164,
                   mobile_e164=check.mobile_e164, words=words, **values)


def _shown(cells: Sequence[str]) -> str:
    shown = " | ".join(clean_text(c) for c in cells)
    return shown if len(shown) <= 200 else shown[:200] + "…"


def lead_rows(table: Table, columns: Mapping[str, int], default_region: str
              ) -> Iterator[LeadRow | RowProblem]:
    """Every row of `table` as a lead or a problem, in file order."""
    for item in table.rows:
        if isinstance(item, RowProblem):
            yield item
            continue
        row = lead_row(item[0], item[1], columns, default_region)
        if row is not None:
            yield row


def parse(text: str, default_region: str) -> ParsedBatch:
    """Rows and problems of a CSV text whose first line names the columns (guessed from
    their headers), its phones written without a country code read in
    `default_region`: the whole file at once, for small files and tests."""
    table = csv_table(text)
    mapping = guess_mapping(table.header)
    columns = resolve(table.header, mapping)
    batch = ParsedBatch(columns=dict(mapping))
    for item in lead_rows(table, columns, default_region):
        if isinstance(item, RowProblem):
            batch.problems.append(item)
        else:
            batch.rows.append(item)
    return batch


# ---- what becomes of each row -----------------------------------------------------------

class Outcome(StrEnum):
    IMPORTED = "imported"  # a new lead
    MATCHED = "matched"  # a company the workspace knows: listed, the account unchanged
    SKIPPED = "skipped"  # not imported: a problem, or a company earlier in the file


@dataclass(frozen=True, slots=True)
class Verdict:
    """What becomes of one row of a lead file, and why (in plain words)."""

    line: int
    name: str
    outcome: Outcome
    reason: str = ""  # marked (Worded…): English as it is, worded in the window
    known: str | None = None  # the matched account's ref (its id in hex)
    row: LeadRow | None = None  # the lead to import
    text: str = ""  # a row that could not be read, as it stands in the file


def lead_identity(row: LeadRow) -> Identity:
    """The matching keys of an imported row, from the numbers its checks read."""
    phones = frozenset(p for p in (row.phone_e164, row.mobile_e164) if p)
    domains = {d for d in (email_domain(row.email),) if d}
    site = website_domain(row.website)
    if site:
        domains.add(site)
    words = company_words(row.name) if row.words is None else row.words
    return Identity(str(row.line), row.name, words, phones, frozenset(domains))


def sort_out(items: Sequence[LeadRow | RowProblem], known: Sequence[Identity]
             ) -> list[Verdict]:
    """Each row's verdict, in file order, by the one duplicate rule (domain.dedupe
    .reasons): a row like a known account is matched to it (the most alike first); a
    row like an earlier row of the file that is imported is skipped as its repeat; a
    problem is skipped with its reason; the rest are imported."""
    leads = [item for item in items if isinstance(item, LeadRow)]
    found = [lead_identity(row) for row in leads]
    matched = matches_for(found, known)
    earlier: dict[int, list[int]] = {}
    for i, j in likely_pairs(found):
        earlier.setdefault(j, []).append(i)
    imported: set[int] = set()
    by_lead: list[Verdict] = []
    for j, row in enumerate(leads):
        if matched[j]:
            best = matched[j][0]
            by_lead.append(Verdict(row.line, row.name, Outcome.MATCHED,
                                   Worded(tr_noop("already known as “{0}”: {1}"), best.name,
                                          reasons_text(best.reasons)), known=best.ref))
            continue
        first = min((i for i in earlier.get(j, ()) if i in imported), default=None)
        if first is not None:
            # the line as the report's Row column writes it (no digit grouping)
            by_lead.append(Verdict(row.line, row.name, Outcome.SKIPPED,
                                   Worded(tr_noop("repeats line {0} “{1}”: {2}"),
                                          str(leads[first].line), leads[first].name,
                                          reasons_text(reasons(found[j], found[first])))))
            continue
        imported.add(j)
        by_lead.append(Verdict(row.line, row.name, Outcome.IMPORTED, row=row))
    verdicts = iter(by_lead)
    return [next(verdicts) if isinstance(item, LeadRow)
            else Verdict(item.line, item.name, Outcome.SKIPPED, item.message,
                         text=item.text or item.name)
            for item in items]
