"""One duplicate answer everywhere: the new-lead dialog's lookup, the import (against the
workspace and within its file) and `crmdesk dupes` say the same of every pair, because
one rule (domain.dedupe.reasons) decides and each finds the records to ask it about by
the same keys and name blocks."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from crmdesk.app.context import Context
from crmdesk.app.lead_import import ImportRequest, import_file, preview_import
from crmdesk.domain.dedupe import company_key, email_domain, identity, phone_key, reasons
from crmdesk.domain.lead_import import Outcome
from crmdesk.server import name_blocks
from crmdesk.server.schema import NameBlock
from crmdesk.store.db import Store
from crmdesk.store.duplicates import candidates, candidates_of, duplicate_clusters
from crmdesk.store.journal import QUIET
from crmdesk.store.models import Account, Channel, ChannelKind, Contact
from crmdesk.store.writes import new_account, new_contact


@dataclass(frozen=True)
class Lead:
    name: str
    phone: str = ""
    email: str = ""


#: (known, new, whether they are one company, the reason's start when they are)
PAIRS: list[tuple[Lead, Lead, str | None]] = [
    # the pair: a quick pre-filter dropped it in the dialog
    (Lead("北京市东飞物流股份有限公司"), Lead("东飞物流有限公司"), "similar company name"),
    (Lead("深圳市腾飞科技有限公司"), Lead("腾飞科技股份有限公司"), "similar company name"),
    (Lead("ACME Trading Co., Ltd."), Lead("Acme Trading Limited"), "same company name"),
    (Lead("Northwind Traders, Inc."), Lead("Northwind Traders LLC"), "same company name"),
    (Lead("Müller GmbH & Co. KG"), Lead("MÜLLER GMBH"), "same company name"),
    (Lead("Highgate Logistics Company"), Lead("Highgate Logistcs Co"), "similar company name"),
    (Lead("Trading Bluewater Ltd"), Lead("Bluewater Trading"), "similar company name"),
    (Lead('טבע תעשיות בע"מ'), Lead("טבע תעשיות"), "same company name"),
    (Lead("גלבוע מערכות בע״מ"), Lead("גלבוע מערכת"), "similar company name"),
    (Lead("Globex Corporation", phone="+1 650 253 0000"),
     Lead("Initech Ltd", phone="+1 (650) 253-0000"), "same phone number"),
    (Lead("杭州云帆数据科技有限公司", phone="139 0571 2233"),
     Lead("云帆科技", phone="+86 13905712233"), "same phone number"),
    (Lead("Umbrella Corp", email="ceo@umbrella-corp.com"),
     Lead("Raccoon Pharma", email="lab@UMBRELLA-CORP.COM"), "same email or web domain"),
    # near misses: alike, and yet two companies
    (Lead("Crescentview Manufacturing"), Lead("Crescentfield Manufacturing"), None),
    (Lead("Acme 2 Trading"), Lead("Acme 3 Trading"), None),
    (Lead("北京市百和教育科技有限公司"), Lead("南京市百和教育科技有限公司"), None),
    (Lead("深圳市腾明软件有限公司"), Lead("深圳市腾川软件有限公司"), None),
    (Lead("东飞物流有限公司"), Lead("东飞物流科技有限公司"), None),
    (Lead("אורן לוגיסטיקה"), Lead("אלון לוגיסטיקה"), None),
    (Lead("Pine Software Ltd", email="a@gmail.com"),
     Lead("Oak Hardware Ltd", email="b@gmail.com"), None),  # free mail says nothing
    (Lead("Summit Partners"), Lead("Summit Capital Partners"), None),
]


def _add(store: Store, lead: Lead) -> str:
    with store.write.begin() as session:
        account = new_account(session, name=lead.name, owner_id=None, team_id=None,
                              phone_region="CN")
        if lead.phone or lead.email:
            # a number or address on the company's person, as an import files it
            new_contact(session, account, name="Someone", mobile=lead.phone or None,
                        email=lead.email or None, phone_region="CN")
    return account.hex


def _remove(store: Store) -> None:
    with store.write.begin() as session:
        session.info[QUIET] = True
        session.execute(update(Contact).values(deleted=True))
        session.execute(update(Account).values(deleted=True))


def _entry(store: Store, lead: Lead) -> dict[str, tuple[str, ...]]:
    """What the new-lead dialog's lookup finds for `lead` (ref -> reasons)."""
    new = identity("new", lead.name, [lead.phone], [lead.email], None, "CN")
    with store.session() as session:
        return {c.ref: c.reasons for c in candidates(session, new)}


def _csv(path: Path, *leads: Lead) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(("Company", "Contact", "Mobile", "Email"))
        writer.writerows((x.name, "Someone" if x.phone or x.email else "", x.phone, x.email)
                         for x in leads)
    return path


@pytest.fixture
def ctx(empty: Store) -> Context:
    with empty.write.begin() as session:
        session.info[QUIET] = True  # as it arrives from the server
        session.add(Channel(name="Fair", kind=ChannelKind.EVENT))
    return Context(empty, None, "CN", lambda: date(2026, 12, 3))


def test_entry_import_and_dupes_give_one_answer(ctx: Context, tmp_path: Path) -> None:
    store = ctx.store
    for known, new, expected in PAIRS:
        ref = _add(store, known)
        # the rule itself
        why = reasons(identity("n", new.name, [new.phone], [new.email], None, "CN"),
                      identity("k", known.name, [known.phone], [known.email], None, "CN"))
        # entry: the new-lead dialog's lookup
        found = _entry(store, new)
        # import: the same lead in a file, against the workspace
        report = import_file(ctx, ImportRequest(_csv(tmp_path / "one.csv", new), "Fair"),
                             owner_id=None, team_id=None, dry_run=True).value
        (row,) = report.rows
        # the import window's preview (its own lookup, row by row): the same answer
        (seen,) = preview_import(ctx, ImportRequest(tmp_path / "one.csv", "Fair")).rows
        assert (seen.outcome, seen.reason, seen.account_id) == (
            row.outcome, row.reason, row.account_id), new.name
        # dupes: both stored
        other = _add(store, new)
        with store.session() as session:
            groups = [{m.ref for m in c.members} for c in duplicate_clusters(session)]
        _remove(store)
        # import: both in one file, into a workspace that knows neither
        both = import_file(ctx, ImportRequest(_csv(tmp_path / "two.csv", known, new),
                                              "Fair"), owner_id=None, team_id=None,
                           dry_run=True).value
        assert both.rows[0].outcome is Outcome.IMPORTED
        label = f"{known.name} ~ {new.name}"
        if expected is None:
            assert why == [], label
            assert found == {}, label
            assert row.outcome is Outcome.IMPORTED, (label, row.reason)
            assert both.rows[1].outcome is Outcome.IMPORTED, (label, both.rows[1].reason)
            assert {ref, other} not in groups, label
        else:
            assert why and why[0].startswith(expected), (label, why)
            assert found == {ref: tuple(why)}, label
            assert row.outcome is Outcome.MATCHED, (label, row.reason)
            assert row.account_id is not None and row.account_id.hex == ref
            assert row.reason.endswith(": " + "; ".join(why)), label
            assert both.rows[1].outcome is Outcome.SKIPPED, label
            assert both.rows[1].reason == f"repeats line 2 “{known.name}”: " + "; ".join(why)
            assert {ref, other} in groups, label


@pytest.mark.parametrize("kind", ["postgres", "sqlite"])
def test_the_lookup_gives_the_same_answer_on_the_servers_database(
        kind: str, tmp_path: Path) -> None:
    """The web intake runs the same lookup on the server's database: each known company
    stored there, each new one is found (or not) as on the laptop."""
    from crmdesk.server.db import connect
    from tests.server_fixtures import database_url

    with database_url(kind, tmp_path) as url:
        db = connect(url)
        try:
            refs = []
            with db.session.begin() as session:
                for known, _new, _expected in PAIRS:
                    # the server stores what laptops push: the keys new_account derives
                    account = Account(name=known.name, name_key=company_key(known.name),
                                      owner_id=None, team_id=None, custom_fields={})
                    session.add(account)
                    session.flush()
                    refs.append(account.id.hex)
                    if known.phone or known.email:
                        session.add(Contact(
                            account_id=account.id, name="Someone", mobile=known.phone or None,
                            mobile_e164=phone_key(known.phone, "CN"),
                            email=known.email or None, email_domain=email_domain(known.email)))
            with db.session() as session:
                leads = [identity("new", new.name, [new.phone], [new.email], None, "CN")
                         for _known, new, _expected in PAIRS]
                alone = [candidates(session, lead) for lead in leads]
                for (known, _new, expected), ref, each in zip(PAIRS, refs, alone,
                                                              strict=True):
                    found = {c.ref for c in each}
                    # other pairs' companies may match too (two 东飞物流), never a miss
                    assert (ref in found) == (expected is not None), (known.name, found)
                # the intake's batches look them up together: each gets its own answer
                assert candidates_of(session, leads) == alone
                # and through the server's table of name blocks: every account pending
                # (just written), then filled, then some renamed (pending again)
                assert session.scalar(select(func.count()).select_from(NameBlock)) == 0
                by_blocks = partial(candidates_of, session, leads,
                                    block_mates=name_blocks.block_mates)
                assert by_blocks() == alone
                assert name_blocks.fill_all(session) == len(PAIRS)
                assert by_blocks() == alone
                # a known company renamed like a new one of other blocks: found by its new
                # blocks (pending, then filled), as by the name keys' pieces
                pine = refs[[k.name for k, _n, _e in PAIRS].index("Pine Software Ltd")]
                oak = [n.name for _k, n, _e in PAIRS].index("Oak Hardware Ltd")
                session.execute(update(Account).where(Account.name == "Pine Software Ltd")
                                .values(name="Oak Hardwar Ltd", name_key="oakhardwar"))
                renamed = candidates_of(session, leads)
                assert pine in {c.ref for c in renamed[oak]}
                assert by_blocks() == renamed
                assert name_blocks.fill(session) == 1
                assert by_blocks() == renamed
        finally:
            db.close()
