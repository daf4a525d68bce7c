"""Reading a batch of leads from a CSV file: columns by name (English or Chinese
headers), every row checked, every problem reported with its line number.

Nothing typed is lost: a row whose phone cannot be read is still imported, its number
kept as written and flagged; a row that cannot be imported at all (no company name,
a broken line) is reported with its text so it can be fixed and imported again.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from crmdesk.domain.dedupe import InvalidPhone, phone_e164

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


def decode(data: bytes) -> str:
    """Text of a CSV file saved as UTF-8 (with or without BOM) or GB18030 (Chinese Excel)."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnreadableFile("The file is neither UTF-8 nor GB18030 text; save it as CSV UTF-8.")


def parse(text: str, default_region: str = "CN") -> ParsedBatch:
    """Rows and problems of a CSV text whose first line names the columns."""
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        header = next(reader)
    except StopIteration:
        raise UnreadableFile("The file is empty.") from None
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
    for fields in reader:
        line = reader.line_num
        if not any(f.strip() for f in fields):
            continue
        if len(fields) != len(header):
            batch.problems.append(RowProblem(
                line, f"has {len(fields)} fields where the header has {len(header)}; "
                "check for a stray comma or quote", " | ".join(fields)))
            continue
        values = {key: fields[i].strip() for key, i in index.items()}
        if not values["name"]:
            batch.problems.append(RowProblem(line, "has no company name", " | ".join(fields)))
            continue
        warnings: list[str] = []
        for key in ("phone", "mobile"):
            raw = values.get(key, "")
            if raw:
                try:
                    phone_e164(raw, default_region)
                except InvalidPhone as exc:
                    warnings.append(f"{key}: {exc} It was kept as written.")
        email = values.get("email", "")
        if email and ("@" not in email or "." not in email.rsplit("@", 1)[-1]):
            warnings.append(f"email: “{email}” is not an email address. It was kept as written.")
        if (values.get("mobile") or email) and not values.get("contact"):
            values["contact"] = values["name"]  # keep the details on an unnamed contact
            warnings.append("contact details without a contact name: filed under the company")
        batch.rows.append(LeadRow(line=line, warnings=tuple(warnings), **values))
    return batch
