"""Web enquiries over real HTTP on loopback: keys (issued, rotated, never stored),
validation, rate limits, duplicates, assignment by the team's rules, and many posts at
once."""

from __future__ import annotations

import hashlib
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select, text, update

from crmdesk.app.assignment import away_until, set_away
from crmdesk.app.context import Context
from crmdesk.cli import main as cli_main
from crmdesk.domain.dedupe import company_key
from crmdesk.domain.intake import (
    ENQUIRY_HEADING,
    OWN_AWAY_ONLY,
    Assignment,
    AssignmentKind,
    Rule,
    away_id,
    cap_id,
    read_enquiry,
)
from crmdesk.json_values import snapshot
from crmdesk.server import clock
from crmdesk.server.app import create_app
from crmdesk.server.db import connect
from crmdesk.server.intake import Limits, identity_locks
from crmdesk.server.intake_batch import MAX_BATCH
from crmdesk.server.schema import AssignmentTurn, IntakeCount, IntakeKey, ServerChange
from crmdesk.server.sync import CHANGE_LOG_LOCK, forget_change_log_lock, lock_change_log
from crmdesk.store import derived
from crmdesk.store.models import (
    Account,
    Activity,
    ActivityContact,
    AssignmentSetting,
    Contact,
    Status,
)
from crmdesk.store.queries import user_by_name
from crmdesk.store.refusals import Refused
from tests.intake_world import IntakeWorld, cli, intake_world, issued_key
from tests.server_fixtures import server_cli_here, serving_app
from tests.sync_harness import Laptop, rogue_push, viewer_of

ROUND_ROBIN = Rule(AssignmentKind.ROUND_ROBIN)


def utc_today() -> date:
    """The day the server dates enquiries by: the UTC day (its database's clock, on
    this machine too)."""
    return datetime.now(UTC).date()


@pytest.fixture(params=["postgres", "sqlite"])
def world(request: pytest.FixtureRequest, tmp_path: Path) -> IntakeWorld:
    with intake_world(request.param, tmp_path) as made:
        yield made  # type: ignore[misc]


@pytest.fixture
def pg(tmp_path: Path) -> IntakeWorld:
    with intake_world("postgres", tmp_path) as made:
        yield made  # type: ignore[misc]


def test_an_enquiry_becomes_a_lead_with_its_person_and_message(world: IntakeWorld) -> None:
    world.rules(Assignment((ROUND_ROBIN,)))
    answer = world.post(company="Contoso Ltd.", person="Li Lei", phone="138 0013 8000",
                        email="li@contoso.cn", message="Do you ship to Chengdu?",
                        region="Sichuan", industry="Logistics", website="contoso.cn")
    assert answer.status_code == 201, answer.text
    reference = answer.json()["reference"]
    with world.db.session() as s:
        lead = s.scalars(select(Account).where(Account.name == "Contoso Ltd.")).one()
        assert (lead.status, lead.team_id, lead.channel_id) == (
            Status.LEAD, world.ids["East"], world.ids["Website"])
        assert lead.owner_id in {world.ids[n] for n in ("amy", "ben", "cat")}
        assert lead.acquired_on == lead.assigned_on == utc_today()
        assert (lead.region, lead.industry, lead.domain) == ("Sichuan", "Logistics",
                                                             "contoso.cn")
        # due today, and its derived values what the rules give (as after a push)
        assert lead.next_follow_up_on == utc_today()
        assert derived.stale(s, utc_today(), [lead.id]) == {}
        person = s.scalars(select(Contact).where(Contact.account_id == lead.id)).one()
        assert (person.name, person.mobile_e164, person.email_domain, person.owner_id) == (
            "Li Lei", "+8613800138000", "contoso.cn", lead.owner_id)
        note = s.get(Activity, uuid.UUID(reference))
        assert note is not None and note.account_id == lead.id
        assert note.notes.startswith(ENQUIRY_HEADING) and "Do you ship to Chengdu?" in note.notes
        assert "Li Lei" in note.notes and note.owner_id == lead.owner_id
        # what laptops receive of each new row (its one entry in the change log) is the
        # row as stored: its rep, derived values and last change included
        spoken = s.scalars(select(ActivityContact).where(
            ActivityContact.activity_id == note.id)).one()
        for row in (lead, person, note, spoken):
            logged = s.scalars(select(ServerChange).where(ServerChange.row_id == row.id)).all()
            assert [(c.entity, c.owner_id, c.team_id, c.row) for c in logged] == [
                (row.__tablename__, lead.owner_id, world.ids["East"], snapshot(row))]


def test_a_plain_html_form_posts_with_its_key_as_a_field(world: IntakeWorld) -> None:
    answer = world.http.post("/v1/intake/Website", data={
        "key": world.key, "company": "表单公司", "person": "王芳", "phone": "13912345678",
        "email": "", "message": "请联系我"})
    assert answer.status_code == 201, answer.text
    # no rules yet: the team's pool
    assert world.owners() == {"表单公司": None}
    # a form builder's form with a file input (multipart): its text fields are read, the
    # file left aside
    parts = world.http.post("/v1/intake/Website", data={
        "key": world.key, "company": "Multipart Mouldings Ltd", "person": "Bo Lind",
        "email": "bo@mouldings.com", "message": "Brief attached"},
        files={"attachment": ("brief.pdf", b"%PDF-1.4", "application/pdf")})
    assert parts.status_code == 201, parts.text
    assert world.owners() == {"表单公司": None, "Multipart Mouldings Ltd": None}
    # by id too, in any form a UUID is written, and by its name however it is spaced:
    # each names the one channel, so its key opens it
    channel = world.ids["Website"]
    for n, ref in enumerate((str(channel), str(channel).upper(), channel.hex,
                             f"{{{channel}}}", "%20Website%20")):
        named = world.post(channel=ref, company=f"Id Co {n}", person="A",
                           email=f"a@idco{n}.com")
        assert named.status_code == 201, (ref, named.text)
        assert world.post(key="cik_wrong", channel=ref, company="Id Co", person="A",
                          email="a@idco.com").status_code == 401
    # a name or an id no channel has (a NUL: none can) is the same 404
    for ref in (str(uuid.uuid4()), uuid.uuid4().hex, "website", "Web%00site", "%00"):
        nowhere = world.post(channel=ref, company="Id Co", person="A", email="a@idco.com")
        assert nowhere.status_code == 404, (ref, nowhere.text)


def test_the_key_and_idempotency_headers_are_read_and_documented(world: IntakeWorld) -> None:
    """The handler reads its two headers itself (no parameter machinery per post): a
    key in the header beats the form's, an empty header is no key, a repeated post's
    Idempotency-Key answers 200 with the first reference, and the API document still
    names both headers."""
    world.rules(Assignment((ROUND_ROBIN,)))
    # the header's key is the one used, whatever the body says
    first = world.http.post("/v1/intake/Website", json={
        "key": "cik_wrong", "company": "Header Co", "person": "H", "email": "h@header.com"},
        headers={"X-Intake-Key": world.key, "Idempotency-Key": "hdr-1"})
    assert first.status_code == 201, first.text
    again = world.http.post("/v1/intake/Website", json={
        "company": "Header Co", "person": "H", "email": "h@header.com"},
        headers={"X-Intake-Key": world.key, "Idempotency-Key": "hdr-1"})
    assert again.status_code == 200 and again.json()["reference"] == first.json()["reference"]
    # an empty header falls back to the form's field, a wrong one is refused
    blank = world.http.post("/v1/intake/Website", json={
        "key": world.key, "company": "Blank Co", "person": "B", "email": "b@blank.com"},
        headers={"X-Intake-Key": ""})
    assert blank.status_code == 201, blank.text
    assert world.http.post("/v1/intake/Website", json={
        "company": "Wrong Co", "person": "W", "email": "w@wrong.com"},
        headers={"X-Intake-Key": "cik_wrong"}).status_code == 401
    assert set(world.owners()) == {"Header Co", "Blank Co"}
    spec = world.http.get("/openapi.json").json()
    described = {p["name"]: p["in"] for p in
                 spec["paths"]["/v1/intake/{channel}"]["post"]["parameters"]}
    assert described == {"channel": "path", "x-intake-key": "header",
                         "idempotency-key": "header"}


def test_keys_are_issued_rotated_and_kept_only_as_a_hash(world: IntakeWorld) -> None:
    listed = cli(world.url, "channel", "list")
    assert "Website  (website)  takes web enquiries for East" in listed
    assert world.key not in listed
    with world.db.session() as s:
        held = s.get(IntakeKey, world.ids["Website"])
        assert held is not None and held.key_hash == hashlib.sha256(
            world.key.encode()).hexdigest()
    assert world.lead(1).status_code == 201
    rotated = cli(world.url, "channel", "key", "Website", "--team", "West")
    new_key = issued_key(rotated)
    assert "previous key no longer works" in rotated and new_key != world.key
    old = world.lead(2)
    assert old.status_code == 401 and "key" in old.json()["detail"]
    assert world.lead(3, **{}).status_code == 401
    fresh = world.post(key=new_key, company="West Co", person="W", email="w@westco.com")
    assert fresh.status_code == 201
    with world.db.session() as s:
        assert s.scalars(select(Account.team_id).where(Account.name == "West Co")).one() \
            == world.ids["West"]
    assert "takes web enquiries for West" in cli(world.url, "channel", "list")


def test_bad_enquiries_are_refused_in_plain_words(pg: IntakeWorld) -> None:
    def detail(response: object) -> str:
        return str(response.json()["detail"])  # type: ignore[attr-defined]

    missing = pg.post(company="", person="", message="hi")
    assert missing.status_code == 400
    assert "company's name" in detail(missing) and "person to contact" in detail(missing)
    assert "phone number or an email" in detail(missing)
    bad = pg.post(company="Acme", person="Bo", phone="12", email="not-an-email")
    assert bad.status_code == 400 and "not an email address" in detail(bad)
    assert "“12” has the wrong number of digits" in detail(bad)
    long_name = pg.post(company="A" * 301, person="Bo", email="bo@acme.com")
    assert long_name.status_code == 400 and "at most 300" in detail(long_name)
    industry = pg.post(company="Acme", person="Bo", email="bo@acme.com", industry="Mining")
    assert industry.status_code == 400 and "Industry must be one of" in detail(industry)
    control = pg.post(company="Ac\x00me", person="Bo", email="bo@acme.com")
    assert control.status_code == 400 and "NUL" in detail(control)
    # a NUL anywhere is a plain 400, never the database's refusal (a 500): the phone
    # (read as a number, a NUL and all), the idempotency key (stored as well)
    phone = pg.post(company="Acme", person="Bo", phone="138 0013 8000\x00")
    assert phone.status_code == 400, phone.text
    assert detail(phone) == ("The phone contains a NUL character, which cannot be saved "
                             "here; remove it.")
    assert "invisible control character" in detail(pg.post(
        company="Acme", person="Bo", phone="138\x1b 0013 8000"))
    again = pg.http.post("/v1/intake/Website", data={
        "key": pg.key, "company": "Acme", "person": "Bo", "email": "bo@acme.com",
        "idempotency_key": "form-\x00-1"})
    assert again.status_code == 400 and "idempotency key contains a NUL" in detail(again)
    nokey = pg.http.post("/v1/intake/Website", json={"company": "Acme", "person": "Bo",
                                                     "email": "bo@acme.com"})
    assert nokey.status_code == 401
    # a wrong key is told before wrong fields: a website's author hears of the key first
    assert pg.http.post("/v1/intake/Website", json={}).status_code == 401
    assert pg.post(key="cik_wrong", company="").status_code == 401
    nowhere = pg.post(channel="Billboard", company="Acme", person="Bo", email="bo@acme.com")
    assert nowhere.status_code == 404
    assert pg.post(channel="Billboard", company="").status_code == 404
    text = pg.http.post("/v1/intake/Website", content=b"company=Acme",
                        headers={"X-Intake-Key": pg.key, "Content-Type": "text/plain"})
    assert text.status_code == 415
    # a multipart form is read, then checked as any other
    parts = pg.http.post("/v1/intake/Website", data={
        "key": pg.key, "company": "Multipart Mouldings Ltd", "person": "Bo\x00"},
        files={"attachment": ("brief.pdf", b"%PDF-1.4", "application/pdf")})
    assert parts.status_code == 400 and "NUL" in detail(parts)
    broken = pg.http.post("/v1/intake/Website", content=b"--x\r\nnonsense", headers={
        "X-Intake-Key": pg.key, "Content-Type": "multipart/form-data; boundary=x"})
    assert broken.status_code == 400, broken.text
    listed = pg.http.post("/v1/intake/Website", json=["x"],
                          headers={"X-Intake-Key": pg.key})
    assert listed.status_code == 400
    for deep in (b"[" * 100_000 + b"]" * 100_000, b'{"a":' * 100_000 + b"1" + b"}" * 100_000):
        nested = pg.http.post("/v1/intake/Website", content=deep, headers={
            "X-Intake-Key": pg.key, "Content-Type": "application/json"})
        assert nested.status_code == 400 and "nests too deeply" in detail(nested)
    with pg.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Account)) == 0


def test_rate_limits_per_address_and_per_key(tmp_path: Path) -> None:
    # windows of an hour: a minute's would end between two requests now and then
    with intake_world("postgres", tmp_path, Limits(per_key=3, per_address=100,
                                                   window_s=3600)) as world:
        with world.db.session.begin() as s:  # a window long gone: cleared by the next
            s.add(IntakeCount(bucket="address:10.0.0.9", window=60, count=7))
        assert world.lead(0).status_code == 201
        with world.db.session() as s:
            assert s.get(IntakeCount, ("address:10.0.0.9", 60)) is None
        # in one batch too, each request counts in turn: the key's next two are taken
        answers = world.in_one_batch([lambda n=n: world.lead(n) for n in range(1, 5)])
        assert sorted(a.status_code for a in answers) == [201, 201, 429, 429]
        over = next(a for a in answers if a.status_code == 429)
        assert int(over.headers["Retry-After"]) >= 1
        assert "Too many enquiries from this website" in over.json()["detail"]
        assert len(world.owners()) == 3
    with intake_world("postgres", tmp_path, Limits(per_key=100, per_address=2,
                                                   window_s=3600)) as world:
        # a wrong key counts against its address too
        assert world.lead(1, **{}).status_code == 201
        assert world.post(key="cik_guess", company="X", person="Y",
                          email="y@x.com").status_code == 401
        over = world.lead(2)
        assert over.status_code == 429 and "this address" in over.json()["detail"]
        with world.db.session() as s:
            assert s.scalar(select(func.count()).select_from(Account)) == 1


def test_a_duplicate_becomes_an_activity_on_the_known_account(pg: IntakeWorld) -> None:
    pg.rules(Assignment((Rule(AssignmentKind.ROUND_ROBIN, reps=(pg.ids["amy"],)),)))
    first = pg.post(company="Fabrikam Inc.", person="Ann", phone="+86 138 0000 1111",
                    message="First question")
    assert first.status_code == 201
    again = pg.post(company="Fabrikam", person="Bob", phone="138 0000 1111",
                    message="Second question")
    assert again.status_code == 201 and again.json().keys() == first.json().keys()
    with pg.db.session() as s:
        accounts = s.scalars(select(Account)).all()
        assert len(accounts) == 1 and accounts[0].owner_id == pg.ids["amy"]
        notes = s.scalars(select(Activity).where(Activity.account_id == accounts[0].id)
                          .order_by(Activity.occurred_at)).all()
        assert len(notes) == 2 and "Second question" in notes[1].notes
        assert "Bob" in notes[1].notes and notes[1].owner_id == pg.ids["amy"]


def test_another_teams_account_is_never_revealed(pg: IntakeWorld) -> None:
    west = cli(pg.url, "channel", "add", "Partner site")
    assert "added" in west
    west_key = issued_key(cli(pg.url, "channel", "key", "Partner site", "--team", "West"))
    pg.rules(Assignment((Rule(AssignmentKind.ROUND_ROBIN, reps=(pg.ids["wes"],)),)), "West")
    made = pg.post(key=west_key, channel="Partner site", company="Tailspin Toys",
                   person="T", email="t@tailspin.com")
    known = pg.post(company="Tailspin Toys Co., Ltd.", person="U", email="u@tailspin.com",
                    message="East asks")
    fresh = pg.post(company="Litware", person="L", email="l@litware.com")
    # the same answer whether the company was known (to another team) or not
    assert {r.status_code for r in (made, known, fresh)} == {201}
    assert known.json()["message"] == fresh.json()["message"]
    owners = pg.owners()
    assert owners["Tailspin Toys"] == pg.ids["wes"] and "Tailspin Toys Co., Ltd." not in owners
    with pg.db.session() as s:
        noted = s.scalars(select(Activity).where(Activity.notes.contains("East asks"))).one()
        assert noted.owner_id == pg.ids["wes"] and noted.team_id == pg.ids["West"]


def test_round_robin_goes_round_the_active_reps(pg: IntakeWorld) -> None:
    pg.rules(Assignment((ROUND_ROBIN,)))
    for n in range(6):
        assert pg.lead(n).status_code == 201
    counts = Counter(pg.owners().values())
    # reps only (the lead takes none unless a rule names her), two each
    assert counts == {pg.ids["amy"]: 2, pg.ids["ben"]: 2, pg.ids["cat"]: 2}


def test_region_and_industry_rules_come_first_in_their_order(pg: IntakeWorld) -> None:
    pg.rules(Assignment((Rule(AssignmentKind.REGION, "Shanghai", (pg.ids["ben"],)),
                         Rule(AssignmentKind.INDUSTRY, "Healthcare", (pg.ids["lea"],)),
                         Rule(AssignmentKind.ROUND_ROBIN, reps=(pg.ids["cat"],)))))
    pg.lead(1, region="  shanghai ")
    pg.lead(2, industry="Healthcare")
    pg.lead(3, region="Shanghai", industry="Healthcare")
    pg.lead(4, region="Beijing")
    owners = pg.owners()
    assert owners["Northwind 1 Trading"] == pg.ids["ben"]
    assert owners["Northwind 2 Trading"] == pg.ids["lea"]
    assert owners["Northwind 3 Trading"] == pg.ids["ben"]  # the first rule that matches
    assert owners["Northwind 4 Trading"] == pg.ids["cat"]


def test_no_rule_matching_leaves_the_lead_in_the_pool(pg: IntakeWorld) -> None:
    pg.rules(Assignment((Rule(AssignmentKind.REGION, "Shanghai", (pg.ids["ben"],)),)))
    assert pg.lead(1, region="Beijing").status_code == 201
    with pg.db.session() as s:
        lead = s.scalars(select(Account)).one()
        assert lead.owner_id is None and lead.assigned_on is None
        assert lead.team_id == pg.ids["East"]


def test_the_cap_on_open_leads_sends_the_rest_to_the_pool(pg: IntakeWorld) -> None:
    pg.rules(Assignment((Rule(AssignmentKind.ROUND_ROBIN, reps=(pg.ids["amy"], pg.ids["ben"])),),
                        cap=1))
    for n in range(3):
        pg.lead(n)
    assert Counter(pg.owners().values()) == {pg.ids["amy"]: 1, pg.ids["ben"]: 1, None: 1}


def test_away_and_disabled_reps_are_skipped(pg: IntakeWorld) -> None:
    tomorrow = utc_today() + timedelta(days=1)
    pg.rules(Assignment((ROUND_ROBIN,), away={pg.ids["amy"]: tomorrow,
                                              pg.ids["cat"]: utc_today() - timedelta(1)}))
    cli(pg.url, "user", "disable", "ben")
    for n in range(4):
        pg.lead(n)
    # amy is away until tomorrow; ben is disabled; cat was back yesterday
    assert set(pg.owners().values()) == {pg.ids["cat"]}
    # a region rule whose only rep is away falls through to the pool
    pg.rules(Assignment((Rule(AssignmentKind.REGION, "Tibet", (pg.ids["amy"],)),),
                        away={pg.ids["amy"]: tomorrow}))
    pg.lead(9, region="Tibet")
    assert pg.owners()["Northwind 9 Trading"] is None


def test_a_rep_marks_themselves_away_and_back(pg: IntakeWorld, tmp_path: Path) -> None:
    """By the laptop's command, synced: the intake skips them while they are away, and
    the server takes from a rep their own away day and no other setting."""
    pg.rules(Assignment((ROUND_ROBIN,)))
    east, amy_id = pg.ids["East"], pg.ids["amy"]
    amy = Laptop(tmp_path, pg.base, "amy", viewer_of(pg.db, "amy"))
    with amy.store.session() as s:
        me = user_by_name(s, "amy")
    assert me is not None
    ctx = Context(amy.store, me, "CN", utc_today)
    tomorrow = utc_today() + timedelta(days=1)
    with pytest.raises(Refused, match="Choose today or a later day"):
        set_away(ctx, utc_today() - timedelta(days=1))
    assert set_away(ctx, tomorrow).value == 1
    assert set_away(ctx, tomorrow).value == 0  # so already: nothing to send
    assert away_until(ctx) == tomorrow
    amy.sync()
    assert amy.pending() == 0
    with pg.db.session() as s:
        row = s.get(AssignmentSetting, away_id(east, amy_id))
        assert row is not None and (row.kind, row.user_id, row.away_until) == (
            AssignmentKind.AWAY, amy_id, tomorrow)
    for n in range(4):
        pg.lead(n)
    assert amy_id not in set(pg.owners().values())

    # another rep's away day, the cap, a rule, or her own row made another setting: no
    setting = {"owner_id": None, "team_id": east.hex, "position": 0, "match": None,
               "rep_ids": [], "user_id": None, "cap": None, "away_until": None,
               "deleted": False}
    for row_id, fields in (
            (away_id(east, pg.ids["ben"]), {"kind": "away", "user_id": pg.ids["ben"].hex,
                                            "away_until": tomorrow.isoformat()}),
            (cap_id(east), {"kind": "open_lead_cap", "cap": 1}),
            (uuid.uuid4(), {"kind": "round_robin", "rep_ids": [amy_id.hex]}),
            (away_id(east, amy_id), {"kind": "open_lead_cap", "user_id": None,
                                     "away_until": None, "cap": 1})):
        answer = rogue_push(amy, "assignment_settings", row_id, setting | fields)
        assert (answer["status"], answer["reason"]) == ("refused", OWN_AWAY_ONLY), fields
    with pg.db.session() as s:
        assert {(r.kind, r.user_id, r.cap) for r in s.scalars(select(AssignmentSetting))
                } == {(AssignmentKind.ROUND_ROBIN, None, None),
                      (AssignmentKind.AWAY, amy_id, None)}

    # back: the next lead is hers (her turn is the longest ago)
    assert set_away(ctx, None).value == 1
    assert away_until(ctx) is None
    amy.sync()
    pg.lead(10)
    assert pg.owners()["Northwind 10 Trading"] == amy_id
    amy.close()


def test_crmdesk_away_marks_the_workspaces_user_through_the_same_command(
        pg: IntakeWorld, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pg.rules(Assignment((ROUND_ROBIN,)))
    amy = Laptop(tmp_path, pg.base, "amy", viewer_of(pg.db, "amy"))
    db, amy_id = str(amy.store.path), pg.ids["amy"]
    tomorrow = utc_today() + timedelta(days=1)

    def away(*args: str, at: str = db) -> tuple[int, str, str]:
        code = cli_main(["away", "--db", at, *args])
        out = capsys.readouterr()
        return code, out.out, out.err

    assert away() == (0, "amy takes web enquiries.\n", "")
    code, out, _err = away("--until", tomorrow.isoformat())
    assert code == 0 and out == ("Saved; the server has it at the next sync.\namy is away "
                                 f"from web enquiries up to and including {tomorrow}: they "
                                 "go to colleagues meanwhile.\n")
    code, _out, err = away("--until", (utc_today() - timedelta(days=1)).isoformat())
    assert code == 2 and "Choose today or a later day" in err
    with pytest.raises(SystemExit, match="2"):  # argparse's usage error
        away("--until", "next friday")
    assert "expected a date as YYYY-MM-DD" in capsys.readouterr().err
    amy.sync()
    for n in range(3):
        pg.lead(n)
    assert amy_id not in set(pg.owners().values())
    code, out, _err = away("--back")
    assert (code, out) == (0, "Saved; the server has it at the next sync.\n"
                              "amy takes web enquiries.\n")
    amy.sync()
    pg.lead(10)
    assert pg.owners()["Northwind 10 Trading"] == amy_id
    amy.close()
    code, _out, err = away(at=str(tmp_path / "none.db"))
    assert code == 1 and "No workspace at" in err


def test_many_posts_at_once_are_each_assigned_once_and_evenly(pg: IntakeWorld) -> None:
    pg.rules(Assignment((ROUND_ROBIN,)))
    # two servers over the one database, as two workers (or machines) are, each taking
    # the posts in its own batches
    other_db = connect(pg.url)
    second = create_app(other_db, intake_limits=Limits(10_000, 10_000))
    with serving_app(second) as other, httpx.Client(base_url=other, timeout=30) as http, \
            ThreadPoolExecutor(12) as pool:
        def post(n: int, headers: dict[str, str] | None = None,
                 **fields: str) -> httpx.Response:
            """Odd posts to the one server, even ones to the other; one turned away as
            busy (a loaded machine) is posted again after Retry-After, as a website does."""
            for _try in range(20):
                answer = pg.post(headers=headers, **fields) if n % 2 else http.post(
                    "/v1/intake/Website", json=fields,
                    headers={"X-Intake-Key": pg.key} | (headers or {}))
                if answer.status_code != 503:
                    return answer
                time.sleep(float(answer.headers["Retry-After"]))
            return answer

        answers = list(pool.map(lambda n: post(
            n, company=f"Northwind {n} Trading", person=f"P{n}",
            email=f"p{n}@northwind{n}.cn"), range(60)))
        # a website retrying one enquiry (the same idempotency key) makes one lead
        retried = list(pool.map(lambda n: post(
            n, headers={"Idempotency-Key": "form-7781"}, company="Retry Co", person="R",
            email="r@retry.co"), range(6)))
        # companies asking several times at once, through both servers: one lead each,
        # every question noted
        same = list(pool.map(lambda n: post(
            n // 4, company=f"Eager {n % 4} Ltd.", person=f"E{n}",
            email=f"e{n}@eager{n % 4}.cn", message=f"question {n}"), range(24)))
    assert [a.status_code for a in same] == [201] * 24
    other_db.close()
    assert [a.status_code for a in answers] == [201] * 60
    assert {a.json()["reference"] for a in retried} == {retried[0].json()["reference"]}
    assert sorted(a.status_code for a in retried) == [200] * 5 + [201]
    owners = pg.owners()
    assert len(owners) == 65
    counts = Counter(owner for name, owner in owners.items()
                     if name.startswith("Northwind"))
    assert counts == {pg.ids["amy"]: 20, pg.ids["ben"]: 20, pg.ids["cat"]: 20}
    with pg.db.session() as s:
        eager = dict(s.execute(select(Account.name, func.count(Activity.id))
                               .join(Activity, Activity.account_id == Account.id)
                               .where(Account.name.startswith("Eager"))
                               .group_by(Account.name)).all())
        assert eager == {f"Eager {n} Ltd.": 6 for n in range(4)}


def test_enquiries_posted_together_are_taken_in_one_transaction(pg: IntakeWorld) -> None:
    """Enquiries posted while the server writes others are taken together, in one
    transaction, as they would be one by one: two from one company make one lead (the
    second an activity on it), a post repeated with its idempotency key is answered with
    the first's reference, and the new leads go round the reps. One enquiry the
    database refuses fails alone."""
    pg.rules(Assignment((ROUND_ROBIN,)))
    retry = {"Idempotency-Key": "form-1"}
    answers = pg.in_one_batch([
        lambda: pg.post(company="Contoso Ltd.", person="Li Lei", phone="138 0013 8000",
                        message="First question"),
        lambda: pg.post(company="Contoso", person="Wang Fang", phone="+86 138 0013 8000",
                        email="wang@contoso.cn", message="Second question"),
        lambda: pg.post(headers=retry, company="Retry Co", person="R", email="r@retry.co"),
        lambda: pg.post(headers=retry, company="Retry Co", person="R", email="r@retry.co"),
        *(lambda n=n: pg.lead(n) for n in range(1, 5))])
    statuses = [a.status_code for a in answers]
    assert statuses[:2] + statuses[4:] == [201] * 6 and sorted(statuses[2:4]) == [200, 201]
    assert answers[2].json()["reference"] == answers[3].json()["reference"]
    owners = pg.owners()
    assert len(owners) == 6  # Contoso, Retry Co and four Northwinds
    assert Counter(owners.values()) == {pg.ids[rep]: 2 for rep in ("amy", "ben", "cat")}
    with pg.db.session() as s:
        contoso = s.scalars(select(Account.id).where(Account.name.startswith("Contoso"))).one()
        notes = s.scalars(select(Activity.notes).where(Activity.account_id == contoso)).all()
        assert sorted(n.split(":\n")[1] for n in notes) == ["First question",
                                                             "Second question"]
        assert s.scalar(select(func.count()).select_from(Contact).where(
            Contact.account_id == contoso)) == 1
        assert s.scalar(select(func.count()).select_from(Activity).join(
            Account, Account.id == Activity.account_id).where(Account.name == "Retry Co")) == 1
        # one transaction wrote every row (PostgreSQL marks each with its writer's id)
        assert s.scalar(text("SELECT count(DISTINCT xmin::text) FROM activities")) == 1
    # more than the batcher may let wait: turned away at once, busy (503), not queued
    pg.app.state.intake_batcher.max_batch = 2
    turned_away: list[httpx.Response] = []
    answers = pg.in_one_batch([lambda: pg.lead(11), lambda: pg.lead(12)],
                              meanwhile=lambda: turned_away.append(pg.lead(13)))
    assert [a.status_code for a in answers] == [201, 201]
    assert turned_away[0].status_code == 503 and turned_away[0].headers["Retry-After"] == "1"
    assert "Northwind 13 Trading" not in pg.owners()
    pg.app.state.intake_batcher.max_batch = MAX_BATCH
    with pg.db.engine.begin() as connection:  # a row the database refuses
        connection.execute(text("ALTER TABLE accounts ADD CONSTRAINT no_poison "
                                "CHECK (name <> 'Poison Pill Ltd')"))
    answers = pg.in_one_batch([
        lambda: pg.lead(7),
        lambda: pg.post(company="Poison Pill Ltd", person="P", email="p@poison.com"),
        lambda: pg.post(company="Contoso", person="Zhao", phone="138 0013 8000",
                        message="Third question"),
        lambda: pg.lead(8)])
    assert [a.status_code for a in answers] == [201, 500, 201, 201]
    owners = pg.owners()
    assert "Poison Pill Ltd" not in owners and len(owners) == 10
    with pg.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Activity).where(
            Activity.account_id == contoso)) == 3


def test_a_company_another_batch_is_taking_waits_for_it_alone(pg: IntakeWorld) -> None:
    """Another worker's batch taking a company holds its matching keys until it commits:
    a post for that company is left to a later batch, and the rest of its own batch is
    taken and answered meanwhile; deferred twice, the next batch waits for the keys (a
    company taken again and again elsewhere still gets its turn). Once that batch has
    committed, the post finds the lead it made: one lead, the enquiry noted on it."""
    pg.rules(Assignment((ROUND_ROBIN,)))
    contoso = {"company": "Contoso Ltd.", "person": "Li Lei", "phone": "+86 138 0013 8000",
               "message": "Second question"}
    batcher = pg.app.state.intake_batcher
    with pg.db.session() as other, pg.db.engine.connect() as gate, \
            ThreadPoolExecutor(3) as pool:
        # the other batch: the company's keys held, its lead made, not committed yet
        other.execute(text("SELECT count(pg_advisory_xact_lock(k)) FROM "
                           "unnest(CAST(:keys AS bigint[])) AS k"),
                      {"keys": identity_locks(read_enquiry(contoso))})
        lead = Account(id=uuid.uuid4(), name="Contoso Ltd.", name_key=company_key(
            "Contoso Ltd."), owner_id=pg.ids["amy"], team_id=pg.ids["East"],
            status=Status.LEAD, custom_fields={}, channel_id=pg.ids["Website"])
        other.add(lead)
        other.flush()
        # the two posts gathered into one batch, behind a post held on a lock
        gate.execute(text("LOCK TABLE server_intake_counts IN EXCLUSIVE MODE"))
        held = pool.submit(pg.post, key="cik_held", company="Held", person="H",
                           email="h@held.com")
        pg.waiting_on_a_lock()
        deferred = pool.submit(pg.post, **contoso)
        taken = pool.submit(pg.lead, 1)
        deadline = time.monotonic() + 20
        while batcher.waiting < 2:
            assert time.monotonic() < deadline, "the posts did not both wait"
            time.sleep(0.01)
        gate.rollback()
        assert held.result().status_code == 401
        assert taken.result(timeout=20).status_code == 201  # Contoso is still held
        pg.waiting_on_a_lock()  # the batch that waits for Contoso's keys
        assert not deferred.done()
        other.commit()
        answer = deferred.result(timeout=20)
    assert answer.status_code == 201, answer.text
    with pg.db.session() as s:
        made = s.scalars(select(Account.id).where(Account.name.startswith("Contoso"))).all()
        assert made == [lead.id]
        noted = s.get(Activity, uuid.UUID(answer.json()["reference"]))
        assert noted is not None and noted.account_id == lead.id
    assert pg.owners()["Northwind 1 Trading"] is not None


def test_the_key_command_says_what_is_wrong(pg: IntakeWorld) -> None:
    unknown = server_cli_here("channel", "key", "Billboard", "--team", "East",
                              "--database-url", pg.url)
    assert unknown.returncode == 1 and "No channel “Billboard”" in unknown.stderr
    no_team = server_cli_here("channel", "key", "Website", "--team", "North",
                              "--database-url", pg.url)
    assert no_team.returncode == 1 and "No team “North”" in no_team.stderr
    assert pg.lead(1).status_code == 201  # the key in use still works


def test_turns_days_and_limits_go_by_the_databases_clock_and_the_utc_day(
        pg: IntakeWorld, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker whose own clock is off (or set to another time zone) dates a lead, takes a
    rep's turn and counts the rate limit by the database's clock and the UTC day, as
    every other worker does."""
    pg.rules(Assignment((ROUND_ROBIN,)))

    def db_now_ms() -> int:
        with pg.db.session() as s:
            return clock.now_ms(s)

    def utc_day(ms: int) -> date:
        return clock.as_datetime(ms).date()

    # a time zone where the local day is not the UTC day, now
    before = db_now_ms()
    east = clock.as_datetime(before).hour >= 12
    monkeypatch.setenv("TZ", "XXX-13" if east else "XXX+12")  # POSIX: UTC+13, UTC-12
    time.tzset()
    try:
        assert date.today() != utc_day(before)
        assert pg.lead(1).status_code == 201
    finally:
        monkeypatch.undo()
        time.tzset()
    # a worker two days fast
    real_time, real_ns = time.time, time.time_ns
    monkeypatch.setattr(time, "time", lambda: real_time() + 2 * 86_400)
    monkeypatch.setattr(time, "time_ns", lambda: real_ns() + 2 * 86_400 * 10**9)
    try:
        assert pg.lead(2).status_code == 201
    finally:
        monkeypatch.undo()
    after = db_now_ms()
    days = {utc_day(before), utc_day(after)}
    with pg.db.session() as s:
        for name in ("Northwind 1 Trading", "Northwind 2 Trading"):
            lead = s.scalars(select(Account).where(Account.name == name)).one()
            assert lead.owner_id is not None
            assert {lead.acquired_on, lead.assigned_on, lead.next_follow_up_on} <= days
        turns = s.scalars(select(AssignmentTurn.turn).where(AssignmentTurn.turn > 0)).all()
        assert len(turns) == 2
        assert all(before * 1000 - 10**6 <= turn <= after * 1000 + 10**6 for turn in turns)
        windows = set(s.scalars(select(IntakeCount.window)))
        assert windows and all(before // 1000 - 60 <= w <= after // 1000 for w in windows)


def test_an_enquiry_for_a_known_account_starts_from_the_account_as_it_stands(
        pg: IntakeWorld) -> None:
    """The known account is locked before the enquiry is added to it: a writer holding
    it (another enquiry found by other keys, a rep's push) is waited for, and what the
    enquiry logs of the account (what laptops receive) carries that writer's change,
    never the copy read before it committed."""
    assert pg.post(company="Fabrikam Inc.", person="Ann", phone="+86 138 0000 1111",
                   message="First").status_code == 201
    with pg.db.session.begin() as s:
        known = s.scalars(select(Account)).one()
        known.next_follow_up_on = utc_today() - timedelta(days=1)  # the enquiry moves it
    with pg.db.engine.connect() as other, ThreadPoolExecutor(1) as pool:
        other.execute(update(Account).where(Account.id == known.id).values(
            name="Fabrikam Renamed"))  # uncommitted: the row stays locked
        posted = pool.submit(pg.post, company="Fabrikam", person="Bob",
                             phone="138 0000 1111", message="Second")
        pg.waiting_on_a_lock()
        other.commit()
        assert posted.result().status_code == 201
    with pg.db.session() as s:
        logged = s.scalars(select(ServerChange.row).where(
            ServerChange.entity == "accounts", ServerChange.row_id == known.id)
            .order_by(ServerChange.seq.desc()).limit(1)).one()
        assert logged["name"] == "Fabrikam Renamed"
        assert logged["next_follow_up_on"] == utc_today().isoformat()
        assert s.scalar(select(func.count()).select_from(Activity).where(
            Activity.account_id == known.id)) == 2


def test_an_enquiry_for_an_account_removed_meanwhile_is_not_lost(pg: IntakeWorld) -> None:
    """The known account is removed (a merge folds it into another) while the enquiry
    waits for its lock: the enquiry looks again and lands where a rep sees it, never on
    the removed row."""
    assert pg.post(company="Tailspin Toys Ltd", person="Ann", phone="+86 138 0000 2222",
                   message="First").status_code == 201
    with pg.db.session() as s:
        known = s.scalars(select(Account)).one()
    with pg.db.engine.connect() as other, ThreadPoolExecutor(1) as pool:
        other.execute(update(Account).where(Account.id == known.id).values(deleted=True))
        posted = pool.submit(pg.post, company="Tailspin Toys", person="Bob",
                             phone="138 0000 2222", message="Second")
        pg.waiting_on_a_lock()
        other.commit()
        answer = posted.result()
        assert answer.status_code == 201, answer.text
    with pg.db.session() as s:
        second = s.get(Activity, uuid.UUID(answer.json()["reference"]))
        assert second is not None and second.account_id != known.id
        lead = s.get(Account, second.account_id)
        assert lead is not None and not lead.deleted and lead.name == "Tailspin Toys"


def test_an_enquiry_the_database_gives_up_on_is_taken_again(pg: IntakeWorld) -> None:
    """Assignments racing for the reps' turns can meet in a deadlock, which PostgreSQL
    ends by failing one of them: that enquiry is taken again (rolled back to its
    savepoint), never answered 500. Here a rep's first web lead makes the turn rows of
    amy then ben while another transaction makes ben's then amy's (as one assigning
    under a rule that names them the other way round)."""
    amy, ben = pg.ids["amy"], pg.ids["ben"]
    pg.rules(Assignment((Rule(AssignmentKind.ROUND_ROBIN, reps=(amy, ben)),)))
    turns = AssignmentTurn.__table__
    with pg.db.engine.connect() as other, ThreadPoolExecutor(1) as pool:
        other.execute(turns.insert().values(team_id=pg.ids["East"], user_id=ben, turn=0))
        posted = pool.submit(pg.lead, 1)
        pg.waiting_on_a_lock()  # for ben's row, holding amy's
        # waits for amy's row: a circle, until PostgreSQL fails the one that waited first
        other.execute(turns.insert().values(team_id=pg.ids["East"], user_id=amy, turn=0))
        other.commit()
        answer = posted.result()
    assert answer.status_code == 201, answer.text
    assert pg.owners()["Northwind 1 Trading"] in {amy, ben}
    with pg.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Activity)) == 1
    # a try taken back to its savepoint took the change log's lock with it: the next
    # try takes it afresh, so readers wait for what it writes (crmdesk.server.in_flight)
    held = text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                " AND pid = pg_backend_pid() AND objid = :key")
    with pg.db.session() as s:
        savepoint = s.begin_nested()
        lock_change_log(s)
        savepoint.rollback()
        assert s.scalar(held, {"key": CHANGE_LOG_LOCK}) == 0
        forget_change_log_lock(s)
        lock_change_log(s)
        assert s.scalar(held, {"key": CHANGE_LOG_LOCK}) == 1


def test_a_batch_holds_the_teams_turns_last(pg: IntakeWorld) -> None:
    """The team's turns are held from the choice of reps to the commit, so two batches
    wait on each other no longer than that: a batch waiting for them has done all that
    needs no rep already (its duplicates found, its notes on known accounts written and
    logged); once it has them, its new lead is assigned and the duplicate noted."""
    pg.rules(Assignment((ROUND_ROBIN,)))
    assert pg.post(company="Fabrikam Inc.", person="Ann", phone="+86 138 0000 1111",
                   message="First").status_code == 201  # the team's turns are made
    waiting = text("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                   "AND wait_event_type = 'Lock' AND query LIKE '%server_assignment_turns%'")
    written = text("SELECT c.relname FROM pg_locks AS l JOIN pg_class AS c "
                   "ON c.oid = l.relation WHERE l.pid = :pid AND l.mode = 'RowExclusiveLock'")
    with pg.db.engine.connect() as holder, ThreadPoolExecutor(1) as pool:
        holder.execute(select(AssignmentTurn).with_for_update())
        answers = pool.submit(pg.in_one_batch, [
            lambda: pg.post(company="Fabrikam", person="Bob", phone="138 0000 1111",
                            message="Second"),
            lambda: pg.lead(1)])
        deadline = time.monotonic() + 20
        with pg.db.engine.connect() as probe:
            while (pid := probe.scalar(waiting)) is None:
                assert time.monotonic() < deadline, "the batch did not wait for the turns"
                probe.rollback()
                time.sleep(0.02)
            tables = set(probe.scalars(written, {"pid": pid}))
        assert {"activities", "server_changes"} <= tables
        assert "contacts" not in tables  # the new lead's rows wait for its rep
        holder.rollback()
        assert [a.status_code for a in answers.result()] == [201, 201]
    owners = pg.owners()
    assert owners["Northwind 1 Trading"] is not None
    assert owners["Northwind 1 Trading"] != owners["Fabrikam Inc."]
    with pg.db.session() as s:
        fabrikam = s.scalars(select(Account).where(Account.name == "Fabrikam Inc.")).one()
        assert fabrikam.next_follow_up_on == utc_today()
        assert s.scalar(select(func.count()).select_from(Activity).where(
            Activity.account_id == fabrikam.id)) == 2
