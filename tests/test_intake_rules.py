"""The web-enquiry rules on their own (crmdesk.domain.intake): what an enquiry must hold,
whom a lead goes to, what a setting row must be, and what the window says."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from crmdesk.domain.account_fields import check_lead
from crmdesk.domain.intake import (
    CAP_RANGE,
    NEEDS_AWAY,
    NEEDS_MATCH,
    NEEDS_REPS,
    NO_TEAM,
    OWN_AWAY_ONLY,
    Assignment,
    AssignmentKind,
    Rep,
    Rule,
    away_id,
    choose_rep,
    enquiry_note,
    enquiry_problems,
    is_enquiry_note,
    read_enquiry,
    setting_problems,
    setting_refusal,
    web_leads_notice,
)
from crmdesk.domain.scope import LEADS_ONLY, Viewer

TODAY = date(2026, 12, 3)
A, B, C = (uuid.UUID(int=n) for n in (1, 2, 3))


def reps(**turns: int) -> dict[uuid.UUID, Rep]:
    ids = {"a": A, "b": B, "c": C}
    return {ids[name]: Rep(ids[name], turn=turn) for name, turn in turns.items()}


def test_an_enquiry_is_read_from_a_forms_fields_and_checked() -> None:
    enquiry = read_enquiry({"company": " Acme ", "person": "Bo", "email": "bo@acme.com",
                            "phone": 12345, "unknown": "x"})
    assert (enquiry.company, enquiry.phone) == ("Acme", "")
    assert enquiry_problems(enquiry, "CN") == []
    assert enquiry_problems(read_enquiry({}), "CN") == [
        "Give the company's name.", "Give the name of the person to contact.",
        "Give a phone number or an email address, so we can answer."]
    bad = read_enquiry({"company": "Acme", "person": "B\tB", "email": "x" * 195 + "@a.com",
                        "website": "not a site", "message": "ok\nfine\x07"})
    problems = enquiry_problems(bad, "CN")
    assert any("not a web address" in p for p in problems)
    assert any(p.startswith("The person contains a tab") for p in problems)
    assert "The email is at most 200 characters; this one has 201." in problems
    assert any(p.startswith("The message contains an invisible control") for p in problems)


def test_the_note_names_the_person_and_keeps_the_message() -> None:
    note = enquiry_note(read_enquiry({"company": "Acme", "person": "Bo", "phone": "138",
                                      "email": "bo@acme.com", "message": "x" * 5000}),
                        "Website")
    head, message = note.split("\n", 1)
    assert head == "Web enquiry via Website from Bo (138, bo@acme.com):"
    assert message == "x" * 4000 and is_enquiry_note(note) and not is_enquiry_note("Call")


def test_round_robin_takes_the_longest_waiting_rep() -> None:
    rules = Assignment((Rule(AssignmentKind.ROUND_ROBIN),))
    assert choose_rep(rules, reps(a=5, b=3, c=9), [A, B, C], None, None, TODAY).rep == B
    # never taken (turn -1 or 0) first, ties by id
    assert choose_rep(rules, reps(a=0, b=0, c=1), [A, B, C], None, None, TODAY).rep == A


def test_rules_in_order_with_cap_away_and_disabled() -> None:
    settings = Assignment((Rule(AssignmentKind.REGION, "Shanghai", (B,), 0),
                           Rule(AssignmentKind.INDUSTRY, "Retail", (C,), 1),
                           Rule(AssignmentKind.ROUND_ROBIN, position=2)), cap=3)
    team = reps(a=1, b=2, c=3)
    choice = choose_rep(settings, team, [A, B, C], " SHANGHAI", "Retail", TODAY)
    assert choice.rep == B and choice.rule is not None and choice.rule.by is AssignmentKind.REGION
    assert choose_rep(settings, team, [A, B, C], "Beijing", "retail", TODAY).rep == C
    assert choose_rep(settings, team, [A, B, C], "Beijing", None, TODAY).rep == A
    # B full: the region rule passes to the next matching one
    full = dict(team) | {B: Rep(B, open_leads=3, turn=2)}
    assert choose_rep(settings, full, [A, B, C], "Shanghai", None, TODAY).rep == A
    # away up to and including the day set
    away = Assignment(settings.rules, away={A: TODAY, C: TODAY - timedelta(days=1)})
    assert choose_rep(away, team, [A, B, C], "Beijing", None, TODAY).rep == B
    assert choose_rep(away, team, [A, B, C], "Beijing", None,
                      TODAY + timedelta(days=1)).rep == A
    disabled = dict(team) | {A: Rep(A, active=False, turn=1)}
    assert choose_rep(settings, disabled, [A, B, C], None, None, TODAY).rep == B
    # nobody: the pool
    only = Assignment((Rule(AssignmentKind.REGION, "Tibet", (A,)),))
    assert choose_rep(only, team, [A, B, C], "Beijing", None, TODAY).rep is None
    assert choose_rep(Assignment(), team, [A, B, C], None, None, TODAY).rep is None


def test_setting_rows_are_checked() -> None:
    team = uuid.uuid4()
    assert setting_problems("round_robin", team, None, [], None, None, None, 0) == []
    assert setting_problems("region", None, "", [], None, None, None, 0) == [
        NO_TEAM, NEEDS_MATCH, NEEDS_REPS]
    assert setting_problems("open_lead_cap", team, None, [], 0, None, None, 0) == [CAP_RANGE]
    assert setting_problems("open_lead_cap", team, None, [], True, None, None, 0) == [
        CAP_RANGE]
    assert setting_problems("away", team, None, [], None, A, None, 0) == [NEEDS_AWAY]
    assert setting_problems("away", team, None, [], None, A, TODAY, 0) == []
    assert setting_problems("weekly", team, None, [], None, None, None, 0) == [
        "“weekly” is not a kind of assignment setting."]
    assert setting_problems("industry", team, "Retail", ["nope"], None, None, None, 0) == [
        "A rule names someone who is not a user."]


def test_a_rep_writes_only_their_own_away_day() -> None:
    team = uuid.uuid4()
    rep, lead = Viewer(A, "rep", team), Viewer(C, "lead", team)
    mine = {"id": away_id(team, A), "kind": "away", "user_id": A, "owner_id": None,
            "team_id": team, "away_until": TODAY}
    theirs = mine | {"id": away_id(team, B), "user_id": B}
    cap = {"id": uuid.uuid4(), "kind": "open_lead_cap", "owner_id": None, "team_id": team,
           "cap": 5}
    assert setting_refusal(rep, None, mine) is None  # away
    assert setting_refusal(rep, mine, mine | {"deleted": True}) is None  # and back
    for before, after in ((None, theirs), (theirs, theirs | {"deleted": True}), (None, cap),
                          (mine, mine | {"kind": "open_lead_cap", "cap": 1}),
                          (cap, cap | {"id": mine["id"]} | mine)):
        assert setting_refusal(rep, before, after) == OWN_AWAY_ONLY, after
    # another team's away row of theirs: not their team's to write
    elsewhere = mine | {"id": away_id(uuid.uuid4(), A), "team_id": uuid.uuid4()}
    assert setting_refusal(rep, None, elsewhere) == OWN_AWAY_ONLY
    assert setting_refusal(lead, None, theirs) is None and setting_refusal(lead, None, cap) is None
    assert setting_refusal(Viewer(B, "service", team), None, mine | {"user_id": B}) == LEADS_ONLY


def test_what_the_window_says() -> None:
    assert web_leads_notice(["Acme"]) == "New lead from the website: Acme"
    assert web_leads_notice(["Acme", "Beta", "Gamma"]) == "3 new leads from the website"


def test_an_enquiry_takes_the_text_the_new_lead_dialog_takes() -> None:
    """Control characters (a NUL above all: PostgreSQL stores none) in any field the
    enquiry keeps are refused, by the laptop's own text check: what the new-lead dialog
    (check_lead) refuses in the company's and the person's fields, the enquiry does."""
    fine = {"company": "Acme", "person": "Bo", "phone": "138 0013 8000",
            "email": "bo@acme.com", "website": "acme.com", "region": "Hubei",
            "industry": "Retail", "message": "Call me"}
    as_dialog = {"company": "name", "person": "person", "phone": "mobile",
                 "email": "email", "website": "website"}
    assert enquiry_problems(read_enquiry(fine), "CN") == []
    for field in (*as_dialog, "region", "industry", "message"):
        for bad in ("\x00", "\x01", "\x7f", "\x85"):
            sent = fine | {field: fine[field][:1] + bad + fine[field][1:]}
            problems = enquiry_problems(read_enquiry(sent), "CN")
            assert any("cannot be saved here" in p for p in problems), (field, bad, problems)
            if field in as_dialog:
                typed = {as_dialog[f]: sent[f] for f in as_dialog}
                assert check_lead(typed["name"], typed["website"], "", typed["person"],
                                  typed["mobile"], typed["email"], "CN").problems
    nul = enquiry_problems(read_enquiry(fine | {"phone": "138 0013 8000\x00"}), "CN")
    assert nul == ["The phone contains a NUL character, which cannot be saved here; "
                   "remove it."]
