"""Customer lifecycle: the ordered statuses, what each means, and what moves an account on.

Status changes are condition-driven. A rep never picks a status from a list: the app
moves an account on when the facts of its record meet the next status's condition,
and "Contracted" follows only from a contract with a received payment.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Status(StrEnum):
    """Where an account stands with us."""

    LEAD = "lead"
    POTENTIAL = "potential"
    INTENDED = "intended"
    CONTRACTED = "contracted"
    LOST = "lost"


#: The forward path shown on the card; Lost sits outside it.
PATH: tuple[Status, ...] = (Status.LEAD, Status.POTENTIAL, Status.INTENDED, Status.CONTRACTED)

LABELS: dict[Status, str] = {
    Status.LEAD: "Lead",
    Status.POTENTIAL: "Potential",
    Status.INTENDED: "Intended",
    Status.CONTRACTED: "Contracted",
    Status.LOST: "Lost",
}

DEFINITIONS: dict[Status, str] = {
    Status.LEAD: "A company we know of but have not yet spoken with in both directions.",
    Status.POTENTIAL: (
        "We can reach a person there and have had a two-way conversation about their needs."
    ),
    Status.INTENDED: (
        "They want to buy: an open opportunity has an amount and an expected close date."
    ),
    Status.CONTRACTED: "A contract is signed and at least one payment on it has been received.",
    Status.LOST: "We stopped pursuing this account; the reason is recorded.",
}


@dataclass(frozen=True, slots=True)
class AccountFacts:
    """What the record of one account shows, gathered by the store for the rules below."""

    has_reachable_contact: bool = False
    two_way_contact_logged: bool = False
    open_opportunity_ready: bool = False
    contract_signed: bool = False
    payment_received: bool = False


def _missing_for(target: Status, facts: AccountFacts) -> list[str]:
    """What the record still lacks to satisfy `target`'s condition (empty when met)."""
    missing: list[str] = []
    if target in (Status.POTENTIAL, Status.INTENDED):
        if not facts.has_reachable_contact:
            missing.append("a contact with a valid phone number or email")
        if not facts.two_way_contact_logged:
            missing.append(
                "a logged two-way conversation (a call, visit or meeting that reached them)"
            )
    if target is Status.INTENDED and not facts.open_opportunity_ready:
        missing.append("an open opportunity with an amount and an expected close date")
    if target is Status.CONTRACTED:
        if not facts.contract_signed:
            missing.append("a signed contract")
        if not facts.payment_received:
            missing.append("a received payment on the contract")
    return missing


def next_status(current: Status) -> Status | None:
    """The status after `current` on the forward path, or None at the end or when lost."""
    if current not in PATH:
        return None
    index = PATH.index(current)
    return PATH[index + 1] if index + 1 < len(PATH) else None


def missing_for_next(current: Status, facts: AccountFacts) -> list[str]:
    """Plain-words list of what the account needs before it can reach the next status."""
    target = next_status(current)
    return [] if target is None else _missing_for(target, facts)


def next_step_text(current: Status, facts: AccountFacts) -> str:
    """One sentence for the card: what the next status needs, or that nothing is missing."""
    target = next_status(current)
    if target is None:
        if current is Status.LOST:
            return "Lost accounts can be reopened as a lead."
        return "This account has reached the end of the sales path."
    missing = _missing_for(target, facts)
    if not missing:
        return f"Ready to move to {LABELS[target]}."
    return f"{LABELS[target]} needs: " + "; ".join(missing) + "."


def derive_status(current: Status, facts: AccountFacts) -> Status:
    """The status the facts support, never lower than `current` on the path.

    Lost stays lost until reopened: new facts do not silently revive an account the rep
    gave up on. A signed and paid contract always wins, even from Lost, because money
    has arrived and the account is now a customer.
    """
    if facts.contract_signed and facts.payment_received:
        return Status.CONTRACTED
    if current is Status.LOST:
        return current
    reached: Status = current
    for target in PATH[PATH.index(current) + 1 :]:
        if target is Status.CONTRACTED or _missing_for(target, facts):
            break
        reached = target
    return reached


@dataclass(frozen=True, slots=True)
class MoveCheck:
    """Whether a requested status change is allowed, and if not, why in plain words."""

    allowed: bool
    reason: str = ""


def check_move(current: Status, target: Status, facts: AccountFacts) -> MoveCheck:
    """May a user move an account from `current` to `target` by an explicit action?"""
    if target is current:
        return MoveCheck(False, f"The account is already {LABELS[current]}.")
    if target is Status.CONTRACTED:
        missing = _missing_for(Status.CONTRACTED, facts)
        if missing:
            return MoveCheck(
                False, "Contracted follows only from a contract with a received payment: "
                "record " + " and ".join(missing) + "."
            )
        return MoveCheck(True)  # money has arrived: even a lead or a lost account
    if target is Status.LOST:
        if current is Status.CONTRACTED:
            return MoveCheck(False, "A contracted customer is handed to service, not marked lost.")
        return MoveCheck(True)
    if current is Status.LOST:
        if target is Status.LEAD:
            return MoveCheck(True)
        return MoveCheck(False, "A lost account is reopened as a lead first.")
    if current is Status.CONTRACTED:
        return MoveCheck(False, "A contracted customer does not move back down the path.")
    if PATH.index(target) < PATH.index(current):
        # stepping back is allowed once the facts no longer carry the account further
        # (e.g. a deal fell through and its opportunity is closed): otherwise the status
        # the facts support would take it forward again at the next refresh or sync
        supported = derive_status(target, facts)
        if supported is not target:
            meaning = DEFINITIONS[supported].rstrip(".")
            return MoveCheck(False, f"The record still meets {LABELS[supported]}'s condition "
                             f"({meaning[0].lower()}{meaning[1:]}); change that first.")
        return MoveCheck(True)
    for step in PATH[PATH.index(current) + 1 : PATH.index(target) + 1]:
        missing = _missing_for(step, facts)
        if missing:
            return MoveCheck(False, f"{LABELS[step]} needs: " + "; ".join(missing) + ".")
    return MoveCheck(True)
