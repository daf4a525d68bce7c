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
from dataclasses import dataclass, field

from crmdesk.domain.dedupe import InvalidPhone, email_problem, phone_e164
from crmdesk.domain.text import clean_text

#: Accepted header names for each field (compared case- and space-insensitively).
HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("company", "company name", "name", "account", "公司", "公司名称", "客户名称",
             "企业名称", "חברה", "שם חברה"),
    "website": ("website", "web", "url", "网站", "网址", "אתר"),
    "phone": ("phone", "company phone", "switchboard", "telephone", "电话", "公司电话",
              "座机", "טלפון"),
    "contact": ("contact", "contact name", "person", "联系人", "联系人姓名", "איש קשר"),
    "title": ("title", "job title", "position", "职位", "职务", "תפקיד"),
    "mobile": ("mobile", "cell", "mobile phone", "手机", "手机号", "נייד"),
    "email": ("email", "e-mail", "mail", "邮箱", "电子邮件", "דוא\"ל", "אימייל"),
    "region": ("region", "city", "province", "state", "地区", "城市", "省份", "אזור"),
    "industry": ("industry", "sector", "行业", "ענף"),
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


@dataclass(frozen=True, slots=True)
class RowProblem:
    line: int
    message: str
    text: str = ""


@dataclass
class ParsedBatch:
    rows: list[LeadRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)  # our field -> header in the file


class UnreadableFile(ValueError):
    """The file as a whole cannot be read; the message says why."""


def _norm(header: str) -> str:
    return " ".join(header.strip().lower().replace("_", " ").split())


#: The encodings a lead file may come in besides UTF-8: the code pages spreadsheet
#: programs save "CSV" in on Windows (one per system language), GB18030 (Chinese Excel),
#: Big5, Shift-JIS and the Korean code page, each with the name a user knows it by.
LEGACY_ENCODINGS: dict[str, str] = {
    "cp1252": "Windows-1252 (Western European)", "cp1250": "Windows-1250 (Central European)",
    "cp1251": "Windows-1251 (Cyrillic)", "cp1253": "Windows-1253 (Greek)",
    "cp1254": "Windows-1254 (Turkish)", "cp1255": "Windows-1255 (Hebrew)",
    "cp1256": "Windows-1256 (Arabic)", "cp1257": "Windows-1257 (Baltic)",
    "cp1258": "Windows-1258 (Vietnamese)", "cp874": "Windows-874 (Thai)",
    "gb18030": "GB18030 (Simplified Chinese)", "big5": "Big5 (Traditional Chinese)",
    "cp932": "Shift-JIS (Japanese)", "cp949": "Windows-949 (Korean)",
}
#: How much less orderly than the best reading another may look and still count as a
#: way to read the file (charset-normalizer's "chaos", from 0 to 1).
_CLOSE = 0.01
_SAVE_AS_UTF8 = ("Save it as “CSV UTF-8” (or say which encoding it is in) and import it "
                 "again.")


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
            raise UnreadableFile(f"“{encoding}” is not an encoding this app knows.") from None
        except UnicodeDecodeError as exc:
            raise UnreadableFile(f"The file is not {encoding} text (byte {exc.start + 1:,})."
                                 ) from None
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(name)
            except UnicodeDecodeError as exc:
                raise UnreadableFile(
                    f"The file says it is {name.upper().removesuffix('-SIG')} text but is "
                    f"not (byte {exc.start + 1:,}). {_SAVE_AS_UTF8}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)))
    if not matches:
        raise UnreadableFile("The file is not UTF-8 text, and its encoding cannot be told. "
                             + _SAVE_AS_UTF8)
    best = min(match.chaos for match in matches)
    readings: dict[str, list[str]] = {}  # each different text, and the encodings giving it
    for match in matches:
        if match.chaos <= best + _CLOSE:
            same = [e for e in match.could_be_from_charset if e in LEGACY_ENCODINGS]
            readings.setdefault(str(match), []).extend(same or [match.encoding])
    if len(readings) == 1:
        return next(iter(readings))
    samples = _differences(list(readings))
    ways = [f"as {' or '.join(LEGACY_ENCODINGS.get(e, e) for e in encodings)}: "
            + " … ".join(f"“{word}”" for word in sample)
            for encodings, sample in zip(readings.values(), samples, strict=True)]
    raise UnreadableFile("The file is not UTF-8, and it reads differently in several "
                         "encodings; " + "; ".join(ways) + f". {_SAVE_AS_UTF8}")


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
        return (f"has a cell longer than {csv.field_size_limit() // 1024} KiB; shorten it "
                "(or check for a quote that is never closed)")
    return f"cannot be read ({exc})"


def _line_start(text: str, line: int) -> str:
    """The start of line `line` (from 1) of `text`, to show with its problem."""
    lines = text.splitlines()
    start = lines[line - 1] if 0 < line <= len(lines) else ""
    return start if len(start) <= 80 else start[:80] + "…"


def parse(text: str, default_region: str) -> ParsedBatch:
    """Rows and problems of a CSV text whose first line names the columns (its phones
    written without a country code read in `default_region`). Control
    characters are taken out of every cell (with a note); a line that cannot be read,
    such as one with a cell over the csv module's limit (128 KiB), is reported and the
    rows around it are kept."""
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        header = [clean_text(title) for title in next(reader)]
    except StopIteration:
        raise UnreadableFile("The file is empty.") from None
    except csv.Error as exc:
        raise UnreadableFile(f"The header line cannot be read: {_csv_problem(exc)}.") from None
    known = {_norm(alias): key for key, aliases in HEADERS.items() for alias in aliases}
    index: dict[str, int] = {}
    for position, title in enumerate(header):
        key = known.get(_norm(title))
        if key and key not in index:
            index[key] = position
    if "name" not in index:
        raise UnreadableFile(
            "No company-name column: name one column “Company” (or 公司名称). Columns found: "
            + ", ".join(h.strip() for h in header if h.strip()))
    batch = ParsedBatch(columns={key: header[i].strip() for key, i in index.items()})
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:  # the reader goes on at the next line
            line = reader.line_num
            batch.problems.append(RowProblem(line, _csv_problem(exc),
                                             _line_start(text, line)))
            continue
        line = reader.line_num
        if not any(f.strip() for f in fields):
            continue
        shown = " | ".join(clean_text(f) for f in fields)
        if len(fields) != len(header):
            batch.problems.append(RowProblem(
                line, f"has {len(fields)} fields where the header has {len(header)}; "
                "check for a stray comma or quote", shown))
            continue
        warnings: list[str] = []
        values: dict[str, str] = {}
        for key, i in index.items():
            values[key] = clean_text(fields[i]).strip()
            if values[key] != fields[i].strip():
                warnings.append(f"{key}: control characters or line breaks were taken out.")
        if not values["name"]:
            batch.problems.append(RowProblem(line, "has no company name", shown))
            continue
        for key in ("phone", "mobile"):
            raw = values.get(key, "")
            if raw:
                try:
                    phone_e164(raw, default_region)
                except InvalidPhone as exc:
                    warnings.append(f"{key}: {exc} It was kept as written.")
        email = values.get("email", "")
        if email and (problem := email_problem(email)) is not None:
            warnings.append(f"email: {problem} It was kept as written.")
        if (values.get("mobile") or email) and not values.get("contact"):
            values["contact"] = values["name"]  # keep the details on an unnamed contact
            warnings.append("contact details without a contact name: filed under the company")
        batch.rows.append(LeadRow(line=line, warnings=tuple(warnings), **values))
    return batch
