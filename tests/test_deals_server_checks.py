"""The server checks every pushed row of a deal's kinds by the laptop's own rules
(crmdesk.domain.row_checks): a push a modified or old laptop crafts with a bad value is
refused in the laptop's words and leaves the server as it was, on the row as the op
would leave it (an op changing one field is judged with the others it holds); a good
push still applies. Over HTTP, on PostgreSQL and on SQLite."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from crmdesk.app import deals
from crmdesk.domain import deals as rules
from crmdesk.domain.deals import Due, OpportunityStage
from crmdesk.json_values import snapshot
from crmdesk.server.db import ServerDB
from crmdesk.server.schema import FieldStamp, ServerChange
from crmdesk.store import refused as marks
from crmdesk.store.deal_writes import ContractIn, DealInput
from crmdesk.store.models import Opportunity, Payment, synced_models
from crmdesk.store.refusals import Refused
from crmdesk.store.writes import new_account
from tests.conftest import TODAY
from tests.sync_harness import Laptop, add_people, laptop_context, viewer_of
from tests.test_server_sync import Client, Server, _account, _people

DEAL_KINDS = ("opportunities", "opportunity_products", "decision_roles", "deal_changes",
              "contracts", "contract_instalments", "payments", "stage_settings")


def _state(db: ServerDB) -> tuple[dict[tuple[str, str], dict[str, Any]], int, int]:
    """Every row of the deal kinds, the change log's length and the field stamps' count:
    what a refused push must leave as it was."""
    models = synced_models()
    with db.session() as session:
        rows = {(kind, str(row.id)): snapshot(row) for kind in DEAL_KINDS
                for row in session.scalars(select(models[kind]))}
        changes = session.scalar(select(func.count()).select_from(ServerChange)) or 0
        stamps = session.scalar(select(func.count()).select_from(FieldStamp)) or 0
    return rows, changes, stamps


class Team:
    """East's books on the server: amy's account with a contact, an open deal, a won
    deal with a contract of three instalments, and a second contract; another account
    of hers with a contact; a product; the lead lea. Each row's id by name."""

    def __init__(self, server: Server) -> None:
        http, self.db, _url = server
        self.ids = ids = _people(server)
        self.amy = Client(http, ids["amy_auth"], "amy")
        self.lea = Client(http, ids["lea_auth"], "lea")
        root = Client(http, ids["root_auth"], "root")
        self.row = row = {name: uuid.uuid4() for name in (
            "acme", "other", "ann", "zed", "deal", "won", "contract", "k1", "k2", "k3",
            "contract2", "m1", "product")}
        made = root.push(root.op("products", row["product"], name="Seat", sku="S-1",
                                 list_price=100_00, currency="CNY"))
        assert made.json()["results"][0]["status"] == "applied", made.json()
        acme = row["acme"].hex
        made = self.amy.push(
            self.amy.op("accounts", row["acme"], **_account(ids, "amy", "East", "Acme")),
            self.amy.op("accounts", row["other"], **_account(ids, "amy", "East", "Other")),
            self.amy.op("contacts", row["ann"], account_id=acme, name="Ann"),
            self.amy.op("contacts", row["zed"], account_id=row["other"].hex, name="Zed"),
            self.amy.op("opportunities", row["deal"], **self.deal()),
            self.amy.op("opportunities", row["won"], **self.deal(
                name="Earlier order", stage="won", probability=100)),
            self.amy.op("contracts", row["contract"], **self.contract(
                opportunity_id=row["won"].hex)),
            *(self.amy.op("contract_instalments", row[k], contract_id=row["contract"].hex,
                          due_on=day, amount=30_000_00)
              for k, day in (("k1", "2026-09-01"), ("k2", "2026-10-01"), ("k3", "2026-11-01"))),
            self.amy.op("contracts", row["contract2"], **self.contract(
                number="C-2", amount=10_000_00)),
            self.amy.op("contract_instalments", row["m1"],
                        contract_id=row["contract2"].hex, due_on="2026-09-01",
                        amount=10_000_00))
        results = made.json()["results"]
        assert [r["status"] for r in results] == ["applied"] * len(results), results

    def deal(self, **given: Any) -> dict[str, Any]:
        """A good deal on Acme, as a laptop pushes a new one (`given` over it)."""
        return {"account_id": self.row["acme"].hex, "name": "Scanners", "stage": "proposal",
                "amount": 100_000_00, "currency": "CNY", "probability": 50,
                "expected_close": "2026-12-20", "created_on": "2026-09-01",
                "stage_since": "2026-09-01", "competitors": [], "deleted": False} | given

    def contract(self, **given: Any) -> dict[str, Any]:
        return {"account_id": self.row["acme"].hex, "number": "C-1",
                "signed_on": "2026-09-01", "amount": 90_000_00, "currency": "CNY",
                "term_months": 12, "deleted": False} | given

    def payment(self, **given: Any) -> dict[str, Any]:
        return {"account_id": self.row["acme"].hex, "contract_id": self.row["contract"].hex,
                "received_on": "2026-09-02", "amount": 30_000_00, "currency": "CNY",
                "instalment_id": self.row["k1"].hex, "deleted": False} | given

    def refused(self, client: Client, entity: str, row_id: uuid.UUID, reason: str,
                **fields: Any) -> None:
        """`client` pushes the op: it is refused for `reason` and changes nothing."""
        before = _state(self.db)
        answer = client.push(client.op(entity, row_id, **fields)).json()["results"][0]
        assert (answer["status"], answer["reason"]) == ("refused", reason), (entity, fields)
        assert _state(self.db) == before, (entity, fields)

    def applied(self, client: Client, entity: str, row_id: uuid.UUID, **fields: Any) -> None:
        answer = client.push(client.op(entity, row_id, **fields)).json()["results"][0]
        assert answer["status"] == "applied", answer


def test_a_deal_pushed_with_a_bad_value_is_refused_in_the_laptops_words(
        server: Server) -> None:
    team = Team(server)
    amy, deal = team.amy, team.row["deal"]
    absurd = ("The amount 100,000,000,000.01 CNY is beyond belief (more than "
              "10,000,000,000 CNY); check the digits.")
    for fields, reason in (
            ({"probability": 400}, "The probability goes from 0 to 100 %, not 400."),
            ({"amount": -5}, "The amount cannot be negative."),
            ({"amount": 10**13 + 1}, absurd),
            ({"currency": "XYZ"}, "“XYZ” is not a currency code (ISO 4217, three letters "
                                  "such as CNY, USD or EUR)."),
            ({"expected_close": "2026-08-31"}, "The expected close (2026-08-31) is before "
                                               "the deal was created (2026-09-01)."),
            ({"stage": "lost"}, "Say why the deal was lost."),  # the row holds no reason
            ({"name": "  "}, "A deal needs a name."),
            ({"competitors": ["Rival", " "]}, "A competitor needs a name.")):
        team.refused(amy, "opportunities", deal, reason, **fields)
        # a new deal with it has no row on the server at all
        team.refused(amy, "opportunities", uuid.uuid4(), reason, **team.deal(**fields))
    team.applied(amy, "opportunities", deal, probability=60, amount=120_000_00)
    team.applied(amy, "opportunities", deal, stage="lost", loss_reason="Chose a rival",
                 probability=0)
    # the row as the op leaves it: lost stays lost, so its reason cannot go
    team.refused(amy, "opportunities", deal, "Say why the deal was lost.", loss_reason=" ")
    team.applied(amy, "opportunities", uuid.uuid4(), **team.deal(name="Second"))
    with team.db.session() as session:
        row = session.get(Opportunity, deal)
        assert row is not None
        assert (row.probability, row.amount, row.stage, row.loss_reason) == (
            0, 120_000_00, OpportunityStage.LOST, "Chose a rival")


def test_contracts_instalments_and_payments_are_checked_as_on_the_laptop(
        server: Server) -> None:
    team = Team(server)
    amy, row = team.amy, team.row
    new = uuid.uuid4
    for fields, reason in (
            ({"term_months": 0}, "The term goes from 1 to 600 months."),
            ({"amount": 0}, "The contract amount must be more than zero."),
            ({"currency": "XYZ"}, rules.currency_problem("XYZ")),
            ({"ends_on": "2026-08-01"}, "The contract ends (2026-08-01) before it was "
                                        "signed (2026-09-01)."),):
        team.refused(amy, "contracts", new(), str(reason), **team.contract(**fields))
    team.refused(amy, "contracts", row["contract"], "The term goes from 1 to 600 months.",
                 term_months=601)
    # instalments, each on its own: more than zero, and no more than the whole contract;
    # never against the contract's other instalments (the laptop's rule at entry)
    team.refused(amy, "contract_instalments", new(), rules.INSTALMENT_ABOVE_ZERO,
                 contract_id=row["contract"].hex, due_on="2026-12-01", amount=0)
    team.refused(amy, "contract_instalments", new(), rules.instalment_above_contract(
        90_000_01, 90_000_00, "CNY"), contract_id=row["contract"].hex,
        due_on="2026-12-01", amount=90_000_01)
    team.refused(amy, "contract_instalments", row["k3"], rules.instalment_above_contract(
        90_000_01, 90_000_00, "CNY"), amount=90_000_01)
    team.applied(amy, "contract_instalments", new(), contract_id=row["contract"].hex,
                 due_on="2026-12-01", amount=1_000_00)
    team.applied(amy, "contract_instalments", row["k3"], amount=30_000_01)
    # payments, each on its own: in the contract's currency, on its own instalments, no
    # more than that instalment or the whole contract; not what the others leave due
    team.applied(amy, "payments", new(), **team.payment())  # instalment 1, in full
    for fields, reason in (
            ({"amount": 30_000_01}, "The payment 30,000.01 CNY is more than that whole "
                                    "instalment (30,000.00 CNY)."),
            ({"amount": 90_000_01, "instalment_id": None}, "The payment 90,000.01 CNY is "
                                                           "more than the whole contract "
                                                           "(90,000.00 CNY)."),
            ({"amount": 0}, "A payment is more than zero."),
            ({"currency": "USD"}, "The contract is in CNY; record the payment in CNY."),
            ({"instalment_id": row["m1"].hex}, "That instalment is not on this contract.")):
        team.refused(amy, "payments", new(), reason, **team.payment(**fields))
    # a second laptop's payment of the same instalment, and money beyond what is due:
    # received, so kept (the card shows the overpayment)
    team.applied(amy, "payments", new(), **team.payment())
    team.applied(amy, "payments", new(), **team.payment(amount=60_000_00,
                                                         instalment_id=None))
    with team.db.session() as session:
        assert sorted(p.amount for p in session.scalars(select(Payment))) == [
            30_000_00, 30_000_00, 60_000_00]


def test_a_contract_is_never_judged_by_its_deals_stage_or_company_now(
        server: Server) -> None:
    """The deal was won, and the company's, when a laptop recorded the contract (its
    command's rule at entry); a lead may since have reopened the deal, or a merge moved
    it to another company. The contract, new or edited, is kept all the same: refusing
    it would lose a signed contract recorded offline."""
    team = Team(server)
    amy, row = team.amy, team.row  # whoever reopens the deal, the check is the same
    team.applied(amy, "opportunities", row["won"], stage="negotiation", probability=80)
    team.applied(amy, "contracts", row["contract"], term_months=24)  # an edit
    team.applied(amy, "contracts", uuid.uuid4(), **team.contract(
        number="C-3", opportunity_id=row["won"].hex))  # recorded before the reopening
    team.applied(amy, "opportunities", row["won"], account_id=row["other"].hex)  # merged
    team.applied(amy, "contracts", row["contract"], term_months=36)
    team.applied(amy, "contracts", uuid.uuid4(), **team.contract(
        number="C-4", opportunity_id=row["won"].hex))


def test_a_payment_against_another_contracts_instalment_is_refused(server: Server) -> None:
    """The instalment is amy's own, on her other contract: the scope check lets it by,
    the laptop's rule does not."""
    team = Team(server)
    team.refused(team.amy, "payments", uuid.uuid4(), "That instalment is not on this "
                 "contract.", **team.payment(amount=5_000_00, instalment_id=team.row["m1"].hex))
    team.applied(team.amy, "payments", uuid.uuid4(),
                 **team.payment(amount=5_000_00, instalment_id=team.row["k2"].hex))


def test_lines_roles_history_and_playbooks_are_checked_as_on_the_laptop(
        server: Server) -> None:
    team = Team(server)
    amy, lea, row = team.amy, team.lea, team.row
    line = {"opportunity_id": row["deal"].hex, "product_id": row["product"].hex,
            "quantity": 2, "unit_price": 100_00}
    team.refused(amy, "opportunity_products", uuid.uuid4(),
                 "A product line's quantity is at least 1.", **line | {"quantity": 0})
    team.refused(amy, "opportunity_products", uuid.uuid4(), "A unit price cannot be "
                 "negative.", **line | {"unit_price": -1})
    seat = uuid.uuid4()
    team.applied(amy, "opportunity_products", seat, **line)
    team.refused(amy, "opportunity_products", seat, "A product line's quantity is at "
                 "least 1.", quantity=-3)
    role = {"opportunity_id": row["deal"].hex, "role": "champion", "stance": "supports"}
    team.refused(amy, "decision_roles", uuid.uuid4(), rules.NOT_ITS_PEOPLE,
                 **role | {"contact_id": row["zed"].hex})  # Other's person
    team.applied(amy, "decision_roles", uuid.uuid4(), **role | {"contact_id": row["ann"].hex})
    entry = {"opportunity_id": row["deal"].hex, "field": "expected_close",
             "old_value": "2026-12-20", "changed_at": "2026-11-02T10:00:00",
             "changed_by": team.ids["amy"].hex}
    reason = rules.change_problem(rules.DealField.EXPECTED_CLOSE, None, "next week")
    assert reason is not None
    team.refused(amy, "deal_changes", uuid.uuid4(), reason, **entry | {"new_value": "next week"})
    team.applied(amy, "deal_changes", uuid.uuid4(), **entry | {"new_value": "2027-01-20"})
    setting = {"stage": "proposal", "probability": 40, "stuck_days": 20, "todo": "Send it",
               "exit_conditions": ["products"], "owner_id": None,
               "team_id": team.ids["East"].hex, "deleted": False}
    stage_row = rules.stage_setting_id(team.ids["East"], OpportunityStage.PROPOSAL)
    for fields, reason in (
            ({"probability": 150}, "The probability goes from 0 to 100 %."),
            ({"stuck_days": 400}, "The stuck limit goes from 0 (never stuck) to 365 days."),
            ({"exit_conditions": ["telepathy"]}, "Unknown conditions: telepathy.")):
        team.refused(lea, "stage_settings", stage_row, str(reason), **setting | fields)
    team.applied(lea, "stage_settings", stage_row, **setting)
    team.refused(lea, "stage_settings", stage_row, "The probability goes from 0 to 100 %.",
                 probability=-1)


def test_a_removal_is_never_refused(server: Server) -> None:
    """A row stored before these checks (here: written behind the server's back) can
    still be removed: taking a row away is always allowed."""
    team = Team(server)
    with team.db.session.begin() as session:
        row = session.get(Opportunity, team.row["deal"])
        assert row is not None
        row.probability = 400
    team.refused(team.amy, "opportunities", team.row["deal"],
                 "The probability goes from 0 to 100 %, not 400.", next_step="Call")
    team.applied(team.amy, "opportunities", team.row["deal"], deleted=True)


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_a_modified_laptops_bad_rows_are_refused_and_come_back_to_it(
        server: Server, tmp_path: Path) -> None:
    """A laptop that skips its commands' checks (writing rows straight into its file):
    the server refuses its deal edit (the laptop gets the server's row back) and its
    payment (marked on the laptop with the reason, as any refused new record), in the
    words its own command would have used; what it did right is kept."""
    http, db, _url = server
    ids = add_people(server)
    amy = Laptop(tmp_path, str(http.base_url), "amy", viewer_of(db, "amy"))
    with amy.store.write.begin() as s:
        account = new_account(s, name="Bypass Ltd", owner_id=ids["amy"], team_id=ids["East"])
    ctx = laptop_context(amy)
    deal_id = deals.new_deal(ctx, account, DealInput("Scanners", amount=10_000_00)).value
    won = deals.new_deal(ctx, account, DealInput("Order", amount=10_000_00,
                                                 stage=OpportunityStage.WON)).value
    contract_id = deals.record_contract(ctx, account, ContractIn(
        "C-1", TODAY, 10_000_00, deal_id=won, schedule=(Due(TODAY, 10_000_00),))).value
    assert amy.sync().refused == 0

    # what the laptop's commands say of the same values
    words: dict[str, str] = {}
    for what, command in (
            ("deal", lambda: deals.edit_deal(ctx, deal_id, DealInput(
                "Scanners", amount=10_000_00, probability=400))),
            ("payment", lambda: deals.record_payment(ctx, contract_id, 5_000_00, TODAY,
                                                     currency="USD"))):
        with pytest.raises(Refused) as refused:
            command()
        words[what] = str(refused.value)

    bad_payment = uuid.uuid4()
    with amy.store.write.begin() as s:  # the modified laptop: no checks
        row = s.get(Opportunity, deal_id)
        assert row is not None
        row.probability = 400
        row.next_step = "Sign"
        s.add(Payment(id=bad_payment, contract_id=contract_id, account_id=account,
                      received_on=TODAY, amount=5_000_00, currency="USD",
                      owner_id=ids["amy"], team_id=ids["East"]))
    report = amy.sync()
    assert report.refused == 2
    with db.session() as s:
        held = s.get(Opportunity, deal_id)
        assert held is not None and held.probability != 400 and held.next_step is None
        assert s.get(Payment, bad_payment) is None
    with amy.store.session() as s:
        back = s.get(Opportunity, deal_id)
        assert back is not None and back.probability == held.probability
        items = {item.entity: item.reason for item in marks.on_account(s, account)}
    assert items == {"payments": words["payment"]}
    assert words["deal"] == "The probability goes from 0 to 100 %, not 400."
    assert any(words["deal"] in reason for reason in report.conflicts), report.conflicts
    amy.close()


def test_the_checks_cost_a_payment_one_query_and_an_account_none(server: Server) -> None:
    """A payment is read against its contract and the instalment it names in one query,
    and never against the contract's other payments; an account's push reads nothing
    for these checks."""
    team = Team(server)
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        statements.append(" ".join(statement.split()).lower())

    event.listen(team.db.engine, "before_cursor_execute", seen)
    try:
        team.applied(team.amy, "payments", uuid.uuid4(), **team.payment())
        checks = [s for s in statements if "contracts.amount" in s]
        assert len(checks) == 1 and "join contract_instalments" in checks[0], statements
        # the payments read are the op's own row (by id), never the contract's others
        assert not [s for s in statements if "payments.contract_id =" in s
                    or "sum(payments" in s], statements
        statements.clear()
        team.applied(team.amy, "accounts", team.row["acme"], region="North")
        assert not [s for s in statements if "contract" in s or "payments" in s], statements
    finally:
        event.remove(team.db.engine, "before_cursor_execute", seen)
