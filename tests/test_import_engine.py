"""The import engine: CSV or Excel, a column mapping guessed from English, Chinese and
Hebrew headers and remembered per channel, a preview, Cancel that leaves nothing
behind, a report per row that can be saved, and rows journaled as entry journals them."""

from __future__ import annotations

import csv
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from crmdesk.app.context import Context
from crmdesk.app.lead_import import (
    ImportRequest,
    cell_text,
    import_file,
    preview_import,
    read_table,
    save_report,
)
from crmdesk.domain.lead_import import Outcome, UnreadableFile, guess_mapping
from crmdesk.store.db import Store
from crmdesk.store.journal import QUIET, pending_count
from crmdesk.store.models import Account, Channel, ChannelKind, Contact, OutboxEntry, Team
from crmdesk.store.queries import search
from crmdesk.store.workspace_keys import import_mapping
from crmdesk.store.writes import new_account, new_contact

TODAY = date(2026, 12, 3)


@pytest.fixture
def ctx(empty: Store) -> Context:
    with empty.write.begin() as session:
        session.info[QUIET] = True  # as they arrive from the server
        session.add(Channel(name="Fair", kind=ChannelKind.EVENT))
        session.add(Channel(name="Crawler", kind=ChannelKind.CRAWLER))
        session.add(Team(name="East"))
    return Context(empty, None, "CN", lambda: TODAY)


def _csv(path: Path, header: tuple[str, ...], *rows: tuple[Any, ...]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _xlsx(path: Path, header: tuple[str, ...], *rows: tuple[Any, ...],
          sheet: str = "Leads") -> Path:
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.title = "Notes"
    first.append(("nothing to import here",))
    leads = book.create_sheet(sheet)
    leads.append(header)
    for row in rows:
        leads.append(row)
    book.save(path)
    return path


def test_headers_are_guessed_in_english_chinese_and_hebrew() -> None:
    assert guess_mapping(["企业名称", "联系人", "手机", "电话", "邮箱", "地区", "行业"]) == {
        "name": "企业名称", "contact": "联系人", "phone": "电话", "mobile": "手机",
        "email": "邮箱", "region": "地区", "industry": "行业"}
    assert guess_mapping(["שם החברה", "איש קשר", "טלפון", "נייד", 'דוא"ל', "עיר"]) == {
        "name": "שם החברה", "contact": "איש קשר", "phone": "טלפון", "mobile": "נייד",
        "email": 'דוא"ל', "region": "עיר"}
    assert guess_mapping(["Company Name (legal)", "E-Mail", "Website", "Industry", "x"]) == {
        "name": "Company Name (legal)", "email": "E-Mail", "website": "Website",
        "industry": "Industry"}
    assert guess_mapping(["公司名称", "אימייל", "Mobile"])["email"] == "אימייל"


def test_an_excel_sheet_imports_like_a_csv_file(ctx: Context, tmp_path: Path) -> None:
    rows = (("杭州云帆数据科技有限公司", "周敏", 13905712233, "zhoumin@yunfan-data.cn", "杭州"),
            ("Acme Widgets Ltd.", "Bob Stone", None, "bob@acmewidgets.com", "California"),
            ("ACME WIDGETS LIMITED", None, None, None, None),
            ("Fixit GmbH", "Anna", 12, "anna@fixit.de", "Bavaria"))
    header = ("公司名称", "联系人", "手机", "邮箱", "地区")
    book = _xlsx(tmp_path / "leads.xlsx", header, *rows)
    with pytest.raises(UnreadableFile, match="no sheet “Nope”; its sheets: Notes, Leads"):
        read_table(book, sheet="Nope")
    table = read_table(book, sheet="Leads")
    assert table.header == list(header)
    assert next(table.rows) == (2, ["杭州云帆数据科技有限公司", "周敏", "13905712233",
                                    "zhoumin@yunfan-data.cn", "杭州"])  # digits, not 1.39E10
    report = import_file(ctx, ImportRequest(book, "Fair", sheet="Leads"), owner_id=None,
                         team_id=None).value
    assert [(r.line, r.outcome) for r in report.rows] == [
        (2, Outcome.IMPORTED), (3, Outcome.IMPORTED), (4, Outcome.SKIPPED),
        (5, Outcome.SKIPPED)]
    assert report.rows[2].reason.startswith("repeats line 3 “Acme Widgets Ltd.”")
    assert report.rows[3].reason == "“12” has the wrong number of digits for its country."
    # the same rows as CSV give the same report
    same = _csv(tmp_path / "leads.csv", header, *((c if c is not None else "" for c in r)
                                                  for r in rows))
    again = import_file(ctx, ImportRequest(same, "Fair"), owner_id=None, team_id=None,
                        dry_run=True).value
    assert [(r.line, r.outcome) for r in again.rows] == [
        (2, Outcome.MATCHED), (3, Outcome.MATCHED), (4, Outcome.MATCHED),
        (5, Outcome.SKIPPED)]
    with ctx.store.session() as session:
        (hit,) = search(session, "周敏")  # the person is searchable too
        assert hit.kind == "contact"
        assert session.scalars(select(Contact.mobile_e164).where(
            Contact.mobile_e164.is_not(None))).all() == ["+8613905712233"]


def test_cell_text_shows_what_a_spreadsheet_shows() -> None:
    from datetime import datetime

    assert cell_text(13812345678.0) == "13812345678"
    assert cell_text(1.5) == "1.5"
    assert cell_text(datetime(2026, 12, 3)) == "2026-12-03"
    assert cell_text(None) == "" and cell_text(True) == "TRUE"


def test_the_mapping_is_changeable_and_remembered_per_channel(ctx: Context,
                                                              tmp_path: Path) -> None:
    header = ("Firma", "Ansprechpartner", "Handy")
    path = _csv(tmp_path / "de.csv", header, ("Globex Ltd", "Hank", "13812345678"))
    with pytest.raises(UnreadableFile, match="No company-name column"):
        preview_import(ctx, ImportRequest(path, "Fair"))
    chosen = {"name": "Firma", "contact": "Ansprechpartner", "mobile": "Handy"}
    preview = preview_import(ctx, ImportRequest(path, "Fair", mapping=chosen))
    assert preview.mapping == chosen and preview.rows[0].outcome is Outcome.IMPORTED
    with ctx.store.session() as session:
        assert import_mapping("Fair").get(session) is None  # a preview changes nothing
    import_file(ctx, ImportRequest(path, "Fair", mapping=chosen), owner_id=None,
                team_id=None)
    # the next file from the fair is read the same way; the crawler's is not
    later = _csv(tmp_path / "de2.csv", header, ("Initech GmbH", "Peter", "13912345678"))
    assert preview_import(ctx, ImportRequest(later, " fair ")).mapping == chosen
    with pytest.raises(UnreadableFile, match="No company-name column"):
        preview_import(ctx, ImportRequest(later, "Crawler"))
    # a column the user unmaps stays unmapped; one not in the file is refused
    assert "mobile" not in preview_import(ctx, ImportRequest(
        later, "Fair", mapping={"mobile": ""})).mapping
    with pytest.raises(UnreadableFile, match="No column “Telefon” in the file"):
        preview_import(ctx, ImportRequest(later, "Fair", mapping={"phone": "Telefon"}))


def test_a_preview_shows_the_first_rows_as_they_would_import(ctx: Context,
                                                             tmp_path: Path) -> None:
    with ctx.store.write.begin() as session:
        known = new_account(session, name="北京市东飞物流股份有限公司", owner_id=None,
                            team_id=None)
    rows = [(f"Company {i:03d} Trading", "", "") for i in range(50)]
    rows[1] = ("东飞物流有限公司", "", "")
    rows[3] = ("Bad Phone Ltd", "Li", "12")
    path = _csv(tmp_path / "many.csv", ("Company", "Contact", "Mobile"), *rows)
    preview = preview_import(ctx, ImportRequest(path, "Fair"), rows=5)
    assert [(r.line, r.outcome) for r in preview.rows] == [
        (2, Outcome.IMPORTED), (3, Outcome.MATCHED), (4, Outcome.IMPORTED),
        (5, Outcome.SKIPPED), (6, Outcome.IMPORTED)]
    assert preview.rows[1].account_id == known
    assert preview.rows[1].reason == ("already known as “北京市东飞物流股份有限公司”: similar "
                                      "company name (100% alike)")
    with ctx.store.session() as session:
        assert session.scalar(select(func.count()).select_from(Account)) == 1


def test_a_cancelled_import_leaves_the_workspace_as_it_was(ctx: Context, tmp_path: Path,
                                                           monkeypatch: Any) -> None:
    from crmdesk.store import lead_import as store_import

    monkeypatch.setattr(store_import, "CHUNK", 3)  # several chunks from a small file
    path = _csv(tmp_path / "ten.csv", ("Company", "Contact", "Mobile"),
                *((f"Firm {chr(65 + i)}{chr(70 + i)} Ltd", f"P{i}", f"1381234{i:04d}")
                  for i in range(10)))
    with ctx.store.session() as session:
        before = (pending_count(session), session.scalar(select(func.count())
                                                         .select_from(Account)))
    seen: list[tuple[str, int, int | None]] = []

    def progress(what: str, done: int, total: int | None) -> None:
        seen.append((what, done, total))

    def cancelled() -> bool:  # Cancel pressed while the second chunk is written
        return any(what == "Saving new leads" and done >= 3 for what, done, _ in seen)

    done = import_file(ctx, ImportRequest(path, "Fair"), owner_id=None, team_id=None,
                       progress=progress, cancelled=cancelled)
    assert done.value.cancelled and done.changes.empty
    assert done.value.summary() == "Import of ten.csv cancelled: nothing was imported."
    assert ("Saving new leads", 3, 10) in seen
    with ctx.store.session() as session:
        assert (pending_count(session), session.scalar(select(func.count())
                                                       .select_from(Account))) == before
        assert search(session, "Firm") == []  # the search index is as it was too
    # run through, the same file imports whole, and is searchable
    report = import_file(ctx, ImportRequest(path, "Fair"), owner_id=None, team_id=None,
                         progress=progress).value
    assert report.count(Outcome.IMPORTED) == 10
    with ctx.store.session() as session:
        assert len(search(session, "Firm")) == 10
        assert pending_count(session) == before[0] + 10 * 2 + 1


def test_the_report_is_saved_as_csv(ctx: Context, tmp_path: Path) -> None:
    path = _csv(tmp_path / "in.csv", ("שם החברה", "איש קשר", "נייד"),
                ('טבע תעשיות בע"מ', "דנה", "13812345678"), ("טבע תעשיות", "", ""),
                ("", "x", ""))
    report = import_file(ctx, ImportRequest(path, "Fair"), owner_id=None,
                         team_id=None).value
    out = tmp_path / "report.csv"
    save_report(report, out)
    with out.open(encoding="utf-8-sig", newline="") as saved:
        lines = list(csv.reader(saved))
    assert lines[0] == ["row", "company", "outcome", "reason", "account id", "notes"]
    assert [line[:3] for line in lines[1:]] == [
        ["2", 'טבע תעשיות בע"מ', "imported"], ["3", "טבע תעשיות", "skipped"],
        ["4", "", "skipped"]]
    assert lines[1][4] == report.rows[0].account_id.hex  # type: ignore[union-attr]
    assert lines[3][3] == "has no company name"


def test_an_imported_row_is_journaled_as_the_new_lead_dialog_journals_it(
        ctx: Context, tmp_path: Path) -> None:
    """The bulk path writes the same rows and outbox entries as single entry does, so
    imported leads sync like any other (tests/test_import_sync.py sends them)."""
    store = ctx.store
    with store.session() as session:
        team = session.scalars(select(Team.id)).one()
    path = _csv(tmp_path / "one.csv", ("Company", "Website", "Phone", "Contact", "Title",
                                       "Mobile", "Email", "Region", "Industry"),
                ("Globex Ltd", "www.globex.com", "010 6552 9988", "Hank", "CTO",
                 "138 1234 5678", "hank@globex.com", "Beijing", "Retail"))
    report = import_file(ctx, ImportRequest(path, "Fair"), owner_id=None,
                         team_id=team).value
    imported = report.rows[0].account_id
    assert imported is not None
    with store.write.begin() as session:
        channel = session.scalars(select(Channel.id).where(Channel.name == "Fair")).one()
        batch = session.scalars(select(Account.batch_id)).one()
        typed = new_account(session, name="Globex Ltd", owner_id=None, team_id=team,
                            website="www.globex.com", phone="010 6552 9988",
                            phone_region="CN", region="Beijing", industry="Retail",
                            channel_id=channel, batch_id=batch, acquired_on=TODAY)
        new_contact(session, typed, name="Hank", title="CTO", mobile="138 1234 5678",
                    email="hank@globex.com", phone_region="CN", is_key_person=True)

    def entries(account: uuid.UUID) -> dict[str, dict[str, Any]]:
        with store.session() as session:
            person = session.scalars(select(Contact.id).where(
                Contact.account_id == account)).one()
            out = {}
            for entity, row in (("accounts", account), ("contacts", person)):
                fields = session.scalars(select(OutboxEntry.fields).where(
                    OutboxEntry.row_id == row)).one()
                out[entity] = {k: v for k, v in fields.items() if k not in ("account_id",)}
            return out

    mine, theirs = entries(imported), entries(typed)
    assert mine == theirs
    with store.session() as session:
        stored = {(a.name, a.phone_e164, a.domain, a.status, a.value_score)
                  for a in session.scalars(select(Account))}
        assert len(stored) == 1  # the same stored values, derived ones included


def test_crmdesk_import_previews_maps_and_reports(ctx: Context, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from crmdesk.cli import main

    db = str(ctx.store.path)
    ctx.store.close()
    path = _xlsx(tmp_path / "in.xlsx", ("Firma", "手机"), ("Globex Ltd", 13812345678),
                 ("GLOBEX LIMITED", None), ("Nameless", 12), sheet="Leads")
    args = ["import", "--db", db, "--channel", "Fair", "--sheet", "Leads", str(path)]
    assert main(args) == 1  # nothing says which column holds the company
    assert "No company-name column" in capsys.readouterr().err
    assert main([*args, "--map", "nonsense=Firma"]) == 1
    assert "--map nonsense=Firma: say FIELD=COLUMN" in capsys.readouterr().err
    out_csv = tmp_path / "report.csv"
    assert main([*args, "--map", "name=Firma", "--dry-run", "--report", str(out_csv)]) == 0
    said = capsys.readouterr()
    assert "Columns: Company ← “Firma”, Mobile ← “手机”." in said.out
    assert "Would import 1 lead(s) from in.xlsx; 0 matched to known accounts" in said.out
    # the duplicate rule's reasons in the English they always had
    assert ("line 3: NOT imported: repeats line 2 “Globex Ltd”: same company name once "
            "legal form is ignored (“globex”): GLOBEX LIMITED\n") in said.out
    assert "line 4: NOT imported: “12” has the wrong number of digits" in said.out
    assert "Looking for duplicates" in said.err  # progress, on stderr
    assert out_csv.read_text(encoding="utf-8-sig").count("\n") == 4
    assert main([*args, "--map", "name=Firma"]) == 0
    assert "Imported 1 lead(s)" in capsys.readouterr().out
    # the fair's mapping is remembered: the next import needs no --map
    assert main(args) == 0
    said = capsys.readouterr()
    assert "Imported 0 lead(s) from in.xlsx; 2 matched" in said.out
    assert ("line 2: matched Globex Ltd: already known as “Globex Ltd”: same company name "
            "once legal form is ignored (“globex”); same phone number +8613812345678\n"
            ) in said.out


def test_an_import_keeps_what_the_insert_triggers_keep(ctx: Context, tmp_path: Path) -> None:
    """The import takes the insert triggers of search, rollups and the review's facts
    down and does their work once for the batch: afterwards the triggers are back, and
    each new account's rollup and facts are what the triggers would have made."""
    from crmdesk.store.db import raw_connection
    from crmdesk.store.review import kept_facts

    def triggers() -> list[Any]:
        with ctx.store.session() as session:
            return sorted(raw_connection(session).execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall())

    before = triggers()
    assert {"rollup_accounts_ai", "rollup_contacts_ai",
            "review_facts_account_ai"} <= {name for name, _sql in before}
    path = _csv(tmp_path / "two.csv", ("Company", "Contact", "Mobile"),
                ("Globex Ltd", "Hank", "13812345678"), ("Initech Ltd", "", ""))
    report = import_file(ctx, ImportRequest(path, "Fair"), owner_id=None,
                         team_id=None).value
    assert report.count(Outcome.IMPORTED) == 2
    assert triggers() == before
    columns = "account_id, purchases, two_way, open_pipeline, key_person"
    with ctx.store.session() as session:
        conn = raw_connection(session)
        kept = conn.execute(f"SELECT {columns} FROM account_rollup ORDER BY 1").fetchall()
        assert kept == conn.execute(
            f"SELECT {columns} FROM account_rollup_source ORDER BY 1").fetchall()
        by_account = {row[0]: row[4] for row in kept}
        assert [by_account[r.account_id.hex] for r in report.rows  # type: ignore[union-attr]
                ] == [1, 0]  # the key person counted where the row has one
        assert kept_facts.drift(conn) == []
