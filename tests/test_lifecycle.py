from __future__ import annotations

import pytest

from crmdesk.domain.lifecycle import (
    DEFINITIONS,
    LABELS,
    PATH,
    AccountFacts,
    Status,
    check_move,
    derive_status,
    missing_for_next,
    next_status,
    next_step_text,
)

NOTHING = AccountFacts()
REACHED = AccountFacts(has_reachable_contact=True, two_way_contact_logged=True)
READY = AccountFacts(True, True, open_opportunity_ready=True)
SIGNED = AccountFacts(True, True, True, contract_signed=True)
PAID = AccountFacts(True, True, True, contract_signed=True, payment_received=True)


def test_every_status_has_a_label_and_a_one_sentence_definition() -> None:
    for status in Status:
        assert LABELS[status]
        assert DEFINITIONS[status].endswith(".")
        assert DEFINITIONS[status].count(". ") == 0


@pytest.mark.parametrize(
    ("current", "facts", "expected"),
    [
        (Status.LEAD, NOTHING, ["a contact with a valid phone number or email",
                                "a logged two-way conversation (a call, visit or meeting that "
                                "reached them)"]),
        (Status.LEAD, AccountFacts(has_reachable_contact=True),
         ["a logged two-way conversation (a call, visit or meeting that reached them)"]),
        (Status.LEAD, REACHED, []),
        (Status.POTENTIAL, REACHED,
         ["an open opportunity with an amount and an expected close date"]),
        (Status.INTENDED, READY, ["a signed contract", "a received payment on the contract"]),
        (Status.INTENDED, SIGNED, ["a received payment on the contract"]),
        (Status.INTENDED, PAID, []),
        (Status.CONTRACTED, PAID, []),
        (Status.LOST, NOTHING, []),
    ],
)
def test_missing_for_next(current: Status, facts: AccountFacts, expected: list[str]) -> None:
    assert missing_for_next(current, facts) == expected


@pytest.mark.parametrize(
    ("current", "facts", "expected"),
    [
        (Status.LEAD, NOTHING, Status.LEAD),
        (Status.LEAD, REACHED, Status.POTENTIAL),
        (Status.LEAD, READY, Status.INTENDED),
        (Status.LEAD, SIGNED, Status.INTENDED),  # a contract without money is not a sale
        (Status.LEAD, PAID, Status.CONTRACTED),
        (Status.INTENDED, NOTHING, Status.INTENDED),  # facts never demote by themselves
        (Status.LOST, READY, Status.LOST),  # lost stays lost until reopened
        (Status.LOST, PAID, Status.CONTRACTED),  # money arrived: a customer after all
    ],
)
def test_derive_status(current: Status, facts: AccountFacts, expected: Status) -> None:
    assert derive_status(current, facts) is expected


def test_contracted_cannot_be_chosen_without_a_paid_contract() -> None:
    for facts in (NOTHING, REACHED, READY, SIGNED):
        check = check_move(Status.INTENDED, Status.CONTRACTED, facts)
        assert not check.allowed
        assert "contract with a received payment" in check.reason
    assert check_move(Status.INTENDED, Status.CONTRACTED, PAID).allowed


@pytest.mark.parametrize(
    ("current", "target", "facts", "allowed", "reason_part"),
    [
        (Status.LEAD, Status.POTENTIAL, NOTHING, False, "Potential needs"),
        (Status.LEAD, Status.POTENTIAL, REACHED, True, ""),
        (Status.LEAD, Status.INTENDED, REACHED, False, "Intended needs"),
        (Status.POTENTIAL, Status.LEAD, NOTHING, True, ""),
        (Status.INTENDED, Status.POTENTIAL, REACHED, True, ""),  # the deal fell through
        (Status.INTENDED, Status.POTENTIAL, READY, False, "still meets Intended"),
        (Status.INTENDED, Status.LEAD, REACHED, False, "still meets Potential"),
        (Status.LEAD, Status.LOST, NOTHING, True, ""),
        (Status.CONTRACTED, Status.LOST, PAID, False, "handed to service"),
        (Status.LOST, Status.POTENTIAL, REACHED, False, "reopened as a lead"),
        (Status.LOST, Status.LEAD, NOTHING, True, ""),
        (Status.CONTRACTED, Status.INTENDED, PAID, False, "does not move back"),
        (Status.LEAD, Status.LEAD, NOTHING, False, "already"),
    ],
)
def test_check_move(current: Status, target: Status, facts: AccountFacts, allowed: bool,
                    reason_part: str) -> None:
    check = check_move(current, target, facts)
    assert check.allowed is allowed
    assert reason_part in check.reason


def test_next_step_text_reads_as_a_sentence() -> None:
    assert next_step_text(Status.POTENTIAL, REACHED) == (
        "Intended needs: an open opportunity with an amount and an expected close date.")
    assert next_step_text(Status.LEAD, REACHED) == "Ready to move to Potential."
    assert "end of the sales path" in next_step_text(Status.CONTRACTED, PAID)
    assert "reopened" in next_step_text(Status.LOST, NOTHING)


def test_path_order() -> None:
    assert [next_status(s) for s in PATH] == [Status.POTENTIAL, Status.INTENDED,
                                              Status.CONTRACTED, None]
    assert next_status(Status.LOST) is None
