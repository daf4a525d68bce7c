"""Contacts out as vCards and back in: the same people (3.0 and 4.0, Chinese names),
the one duplicate rule for companies, each card reported, a broken card losing nothing
else."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
import vobject
from sqlalchemy import func, select

from crmdesk.app.contact_cards import export_vcf, import_vcf
from crmdesk.app.context import Context
from crmdesk.cli import main
from crmdesk.domain.contact_cards import split_name
from crmdesk.domain.lead_import import Outcome
from crmdesk.secrets import MemoryStore
from crmdesk.store.db import Store, open_store
from crmdesk.store.models import Account, Contact, OutboxEntry, Team, User
from crmdesk.store.queries import search, user_by_id
from crmdesk.store.writes import new_account, new_contact
from crmdesk.ui import calendar_files
from crmdesk.ui.words import worded
from tests.message_world import add_deal_colleague

Person = tuple[str, str, str, str, str, str, str, str]


def _rep(store: Store, name: str = "amy") -> uuid.UUID:
    with store.session.begin() as s:
        team = Team(name="East")
        s.add(team)
        s.flush()
        rep = User(username=name, display_name=name.title(), team_id=team.id)
        s.add(rep)
        s.flush()
        return rep.id


def _ctx(store: Store, user_id: uuid.UUID) -> Context:
    with store.session() as s:
        user = user_by_id(s, user_id)
    return Context(store, user, secrets=lambda: MemoryStore())


def _people_world(store: Store) -> uuid.UUID:
    """Two Chinese companies and a Latin one, five people with every detail a card
    carries (a compound surname, a department, a note over two lines)."""
    rep = _rep(store)
    with store.session.begin() as s:
        team = s.get_one(User, rep).team_id
        star = new_account(s, name="北京星辰科技有限公司", owner_id=rep, team_id=team)
        new_contact(s, star, name="王小明", title="采购经理", department="采购部",
                    mobile="138 0000 1111", landline="010-6543 2100",
                    email="wang@xingchen.cn", notes="喜欢喝茶\n周五下午不在", is_key_person=True)
        new_contact(s, star, name="欧阳娜娜", title="总经理, 董事", mobile="139 0000 2222")
        sea = new_account(s, name="上海海洋贸易有限公司", owner_id=rep, team_id=team)
        new_contact(s, sea, name="李四", email="li.si@haiyang.com.cn")
        acme = new_account(s, name="Acme, Inc.", owner_id=rep, team_id=team)
        new_contact(s, acme, name="John Smith", title="CTO", mobile="+1 415 555 0100",
                    email="john@acme.example")
        new_contact(s, acme, name="Jane Doe", landline="+1 415 555 0199")
    return rep


def _people(store: Store) -> set[Person]:
    with store.session() as s:
        return {(company, name, title or "", department or "", mobile or "", landline or "",
                 email or "", notes or "")
                for company, name, title, department, mobile, landline, email, notes
                in s.execute(select(Account.name, Contact.name, Contact.title,
                                    Contact.department, Contact.mobile, Contact.landline,
                                    Contact.email, Contact.notes)
                             .join(Account, Account.id == Contact.account_id)
                             .where(Contact.deleted.is_(False)))}


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_export_then_import_gives_back_the_same_contacts(empty: Store, tmp_path: Path,
                                                         version: str) -> None:
    rep = _people_world(empty)
    out = tmp_path / "people.vcf"
    assert export_vcf(_ctx(empty, rep), out, version).value.count == 5
    text = out.read_bytes().decode("utf-8")  # as written: CRLF lines
    assert text.count(f"VERSION:{version}") == 5
    cards = {c.fn.value: c for c in vobject.readComponents(text)}
    assert cards["王小明"].n.value.family == "王" and cards["王小明"].n.value.given == "小明"
    assert cards["欧阳娜娜"].n.value.family == "欧阳"
    assert cards["王小明"].org.value == ["北京星辰科技有限公司", "采购部"]
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))

    fresh = open_store(tmp_path / "fresh.db", create=True)
    try:
        them = _rep(fresh, "ben")
        report = import_vcf(_ctx(fresh, them), out, owner_id=them).value
        assert report.count(Outcome.IMPORTED) == 5, report.rows
        assert _people(fresh) == _people(empty)
        with fresh.session() as s:  # one company each, the first person its key person
            assert s.scalar(select(Account.id).where(Account.name == "Acme, Inc.")) \
                is not None
            assert len(s.scalars(select(Account.id)).all()) == 3
            keys = set(s.scalars(select(Contact.name).where(Contact.is_key_person)))
        # each company's first card, its key person first
        assert keys == {"王小明", "李四", "Jane Doe"}
        with fresh.session() as s:  # found by search at once, by name and by phone
            assert any(hit.title == "王小明" for hit in search(s, "王小明"))
            assert any(hit.title == "Jane Doe" for hit in search(s, "5550199"))
        with fresh.session() as s:  # each written for sync, as a typed contact is
            assert s.scalar(select(func.count()).select_from(OutboxEntry).where(
                OutboxEntry.entity == "contacts")) == 5
        # brought in again: everyone is known, nothing is added
        again = import_vcf(_ctx(fresh, them), out, owner_id=them).value
        assert again.count(Outcome.MATCHED) == 5 and again.count(Outcome.IMPORTED) == 0
        assert len(_people(fresh)) == 5
    finally:
        fresh.close()


def test_cards_meet_known_companies_and_people(world: dict[str, uuid.UUID], empty: Store,
                                               tmp_path: Path) -> None:
    """Acme Ltd. holds Ann, Bob and Cat: Ann's card (another spelling of the company,
    her mobile) is known; Dan joins Acme; a new company is made for Eve."""
    path = tmp_path / "in.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Smith\r\nORG:ACME Limited\r\n"
        "TEL;TYPE=CELL:+86 138 0000 1111\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Dan\r\nORG:Acme Ltd\r\nEMAIL:dan@acme.com\r\n"
        "END:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Eve;Ada;;;\r\nORG:Zeta GmbH\r\nEND:VCARD\r\n",
        encoding="utf-8")
    report = import_vcf(_ctx(empty, world["rep"]), path, owner_id=world["rep"]).value
    ann, dan, eve = report.rows
    assert ann.outcome is Outcome.MATCHED and ann.contact_id == world["ann"]
    assert "same phone" in ann.reason
    assert dan.outcome is Outcome.IMPORTED and dan.account_id == world["acme"]
    assert "known company" in dan.reason
    assert eve.outcome is Outcome.IMPORTED and eve.name == "Ada Eve"
    assert eve.account_id not in (None, world["acme"])
    with empty.session() as s:
        assert set(s.scalars(select(Contact.name).where(
            Contact.account_id == world["acme"]))) == {"Ann", "Bob", "Cat", "Dan"}


def test_a_broken_card_is_reported_and_the_rest_imported(empty: Store,
                                                        tmp_path: Path) -> None:
    rep = _rep(empty)
    path = tmp_path / "mixed.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:张三\r\nORG:深圳华强电子有限公司\r\n"
        "TEL;TYPE=CELL:13900001234\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Broken\r\nTEL;TYPE=\"CELL:1\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:No Company\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bad Mobile\r\nORG:Foo Ltd\r\n"
        "TEL;TYPE=CELL:12\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:李雷\r\nORG:深圳华强电子有限公司\r\n"
        "EMAIL:lilei@huaqiang.cn\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Off\r\nORG:Never Ends Ltd\r\n",
        encoding="utf-8")
    report = import_vcf(_ctx(empty, rep), path, owner_id=rep).value
    outcomes = [(row.line, row.outcome) for row in report.rows]
    assert outcomes == [(1, Outcome.IMPORTED), (7, Outcome.SKIPPED), (12, Outcome.SKIPPED),
                        (16, Outcome.SKIPPED), (22, Outcome.IMPORTED),
                        (28, Outcome.SKIPPED)]
    reasons = {row.line: row.reason for row in report.rows}
    assert "cannot be read" in reasons[7]
    assert "organisation" in reasons[12]
    assert "“12”" in reasons[16]  # the mobile, as the lead checks read it
    assert "END:VCARD" in reasons[28]
    assert "深圳华强电子有限公司" in report.rows[4].reason  # joined the company line 1 made
    assert {p[:2] for p in _people(empty)} == {("深圳华强电子有限公司", "张三"),
                                               ("深圳华强电子有限公司", "李雷")}


def test_a_card_of_a_company_not_the_users_to_change_is_refused_the_rest_go_in(
        world: dict[str, uuid.UUID], empty: Store, tmp_path: Path) -> None:
    """Each card's company is asked about on its own: Wes, on a deal's team at Acme,
    may not add people to Acme (told why, on that card), and his card of a new
    company goes in."""
    ctx = add_deal_colleague(empty, world)
    path = tmp_path / "in.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zed\r\nORG:Acme Ltd\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Yan\r\nORG:Yonder Co\r\nEND:VCARD\r\n",
        encoding="utf-8")
    assert ctx.user is not None
    zed, yan = import_vcf(ctx, path, owner_id=ctx.user.id).value.rows
    assert zed.outcome is Outcome.SKIPPED
    assert zed.reason.startswith("“Acme Ltd” is not yours to change: You may not change")
    assert yan.outcome is Outcome.IMPORTED
    with empty.session() as s:
        assert set(s.scalars(select(Contact.name).where(
            Contact.account_id == world["acme"]))) == {"Ann", "Bob", "Cat"}
        assert s.scalar(select(func.count()).select_from(Contact).where(
            Contact.name == "Yan")) == 1


def test_chinese_names_split_surname_first() -> None:
    assert split_name("诸葛亮") == ("诸葛", "亮")
    assert split_name("王 小明") == ("王", "小明")
    assert split_name("John Ronald Tolkien") == ("Tolkien", "John Ronald")


def test_cli_exports_and_imports_vcards(empty: Store, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    _people_world(empty)
    out = tmp_path / "acme.vcf"
    db = str(empty.path)
    assert main(["export", "--db", db, "--vcard", "4.0", "--account", "Acme, Inc.", "vcf",
                 str(out)]) == 0
    assert "Wrote 2 contact(s)" in capsys.readouterr().out
    report = tmp_path / "report.csv"
    assert main(["import", "--db", db, str(out), "--report", str(report)]) == 0
    said = capsys.readouterr().out
    assert "imported 0 contact(s); 2 already known" in said
    assert f"Report written to {report}." in said
    # the report as a lead file's import writes it: a line a card, read as UTF-8
    lines = report.read_text("utf-8-sig").splitlines()
    assert lines[0] == "row,company,outcome,reason,account id,notes"
    assert len(lines) == 3 and all(",matched," in line for line in lines[1:])
    assert main(["export", "--db", db, "--account", "Nobody Ltd", "vcf", str(out)]) == 1
    assert "No company “Nobody Ltd”" in capsys.readouterr().err


def test_a_card_with_neither_name_nor_company_is_skipped(empty: Store,
                                                        tmp_path: Path) -> None:
    rep = _rep(empty)
    path = tmp_path / "bare.vcf"
    path.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:123\r\nEND:VCARD\r\n"
                     b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nORG:Acme Ltd\r\nEND:VCARD\r\n")
    report = import_vcf(_ctx(empty, rep), path, owner_id=rep).value
    bare = report.rows[0]
    assert (bare.outcome, bare.reason) == (Outcome.SKIPPED, "has no name (FN or N)")
    assert report.rows[1].outcome is Outcome.IMPORTED


def test_what_became_of_each_card_reads_in_chinese(world: dict[str, uuid.UUID], empty: Store,
                                                   tmp_path: Path, chinese: None) -> None:
    """The window's report of a card import words each line in Chinese: a person known
    by their phone, one added to a known company, one with more phones than a contact
    keeps, a card with no name and one never ended; the numbers and names as they are."""
    path = tmp_path / "in.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Smith\r\nORG:ACME Limited\r\n"
        "TEL;TYPE=CELL:+86 138 0000 1111\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Dan\r\nORG:Acme Ltd\r\nEMAIL:dan@acme.com\r\n"
        "TEL;TYPE=CELL:13900001234\r\nTEL;TYPE=CELL:13900005678\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:123\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Off\r\nORG:Never Ends Ltd\r\n",
        encoding="utf-8")
    report = import_vcf(_ctx(empty, world["rep"]), path, owner_id=world["rep"]).value
    assert report.summary() == (
        "in.vcf: imported 1 contact(s); 1 already known (left unchanged); 2 skipped.")
    assert worded(report.summary()) == (
        "in.vcf：已导入 1 位联系人；1 位已存在（保持不变）；跳过 2 张。")
    lines = calendar_files.report_text(report).splitlines()
    assert lines[0].startswith("第 1 行：Ann Smith — 已存在：已有联系人“Ann”：电话相同：")
    assert lines[1] == ("第 7 行：Dan — 已导入：电话或邮箱多于联系人可保存的数量：电话 "
                        "13900005678（已记入备注）")
    assert lines[2] == "第 15 行：（无姓名） — 不导入：没有姓名（FN 或 N）"
    assert lines[3] == "第 19 行：（无姓名） — 不导入：缺少 END:VCARD（文件在名片中途结束）"
    assert "added to" in report.rows[1].reason  # the command line's English, as it was
