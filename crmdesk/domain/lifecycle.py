"""Customer lifecycle: the ordered statuses, what each means, and what moves an account on.

Status changes are condition-driven. A rep never picks a status from a list: the app
moves an account on when the facts of its record meet the next status's condition,
and "Contracted" follows only from a contract with a received payment.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from crmdesk.domain.words import tr_noop


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
    Status.LEAD: tr_noop("Lead"),
    Status.POTENTIAL: tr_noop("Potential"),
    Status.INTENDED: tr_noop("Intended"),
    Status.CONTRACTED: tr_noop("Contracted"),
    Status.LOST: tr_noop("Lost"),
}

DEFINITIONS: dict[Status, str] = {
    Status.LEAD: tr_noop("A company we know of but have not yet spoken with in both directions."),
    Status.POTENTIAL: (
        tr_noop(
            "We can reach a person there and have had a two-way conversation about their needs.")
    ),
    Status.INTENDED: (
        tr_noop("They want to buy: an open opportunity has an amount and an expected close date.")
    ),
    Status.CONTRACTED: tr_noop(
        "A contract is signed and at least one payment on it has been received."),
    Status.LOST: tr_noop("We stopped pursuing this account; the reason is recorded."),
}


@dataclass(frozen=True, slots=True)
class AccountFacts:
    """What the record of one account shows, gathered by the store for the rules below."""

    has_reachable_contact: bool = False
    two_way_contact_logged: bool = False
    open_opportunity_ready: bool = False
    contract_signed: bool = False
    payment_received: bool = False


class Need(StrEnum):
    """A fact the record lacks for a status's condition."""

    REACHABLE_CONTACT = "reachable_contact"
    TWO_WAY_CONTACT = "two_way_contact"
    OPEN_OPPORTUNITY = "open_opportunity"
    SIGNED_CONTRACT = "signed_contract"
    PAYMENT = "payment"


#: Each need in plain words (the command line prints them; the window translates them).
NEED_WORDS: dict[Need, str] = {
    Need.REACHABLE_CONTACT: tr_noop("a contact with a valid phone number or email"),
    Need.TWO_WAY_CONTACT: tr_noop(
        "a logged two-way conversation (a call, visit or meeting that reached them)"),
    Need.OPEN_OPPORTUNITY: tr_noop(
        "an open opportunity with an amount and an expected close date"),
    Need.SIGNED_CONTRACT: tr_noop("a signed contract"),
    Need.PAYMENT: tr_noop("a received payment on the contract"),
}


def _needs_for(target: Status, facts: AccountFacts) -> list[Need]:
    """What the record still lacks to satisfy `target`'s condition (empty when met)."""
    missing: list[Need] = []
    if target in (Status.POTENTIAL, Status.INTENDED):
        if not facts.has_reachable_contact:
            missing.append(Need.REACHABLE_CONTACT)
        if not facts.two_way_contact_logged:
            missing.append(Need.TWO_WAY_CONTACT)
    if target is Status.INTENDED and not facts.open_opportunity_ready:
        missing.append(Need.OPEN_OPPORTUNITY)
    if target is Status.CONTRACTED:
        if not facts.contract_signed:
            missing.append(Need.SIGNED_CONTRACT)
        if not facts.payment_received:
            missing.append(Need.PAYMENT)
    return missing


def _missing_for(target: Status, facts: AccountFacts) -> list[str]:
    return [NEED_WORDS[need] for need in _needs_for(target, facts)]


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


class Step(StrEnum):
    """What the card says comes next for an account."""

    REOPEN = "reopen"  # lost: it can be reopened as a lead
    END = "end"        # contracted: the end of the sales path
    READY = "ready"    # the next status's condition is met
    NEEDS = "needs"    # the next status needs what is missing


@dataclass(frozen=True, slots=True)
class NextStep:
    """The card's next step: which, toward which status, lacking what."""

    step: Step
    target: Status | None = None
    missing: tuple[Need, ...] = ()


#: Each next step in plain words: {0} the next status, {1} what it lacks ("; " between).
STEP_WORDS: dict[Step, str] = {
    Step.REOPEN: tr_noop("Lost accounts can be reopened as a lead."),
    Step.END: tr_noop("This account has reached the end of the sales path."),
    Step.READY: tr_noop("Ready to move to {0}."),
    Step.NEEDS: tr_noop("{0} needs: {1}."),
}
#: Between two needs in a list of them.
NEED_SEPARATOR = tr_noop("; ")


def next_step(current: Status, facts: AccountFacts) -> NextStep:
    """What the next status needs, or that nothing is missing, or the path's end."""
    target = next_status(current)
    if target is None:
        return NextStep(Step.REOPEN if current is Status.LOST else Step.END)
    missing = tuple(_needs_for(target, facts))
    return NextStep(Step.NEEDS if missing else Step.READY, target, missing)


def step_words(step: NextStep, say: Callable[[str], str] = str) -> str:
    """`step` in a sentence; `say` translates each English piece (the window's `word`;
    the command line's English as it is)."""
    status = say(LABELS[step.target]) if step.target is not None else ""
    needs = say(NEED_SEPARATOR).join(say(NEED_WORDS[need]) for need in step.missing)
    return say(STEP_WORDS[step.step]).format(status, needs)


def next_step_text(current: Status, facts: AccountFacts) -> str:
    """One sentence for the card: what the next status needs, or that nothing is missing."""
    return step_words(next_step(current, facts))


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


class NoMove(StrEnum):
    """Why a status change is refused: the window words it by this code
    (crmdesk.ui.words.move_words), the server and the command line say `reason`."""

    ALREADY = "already"              # status: the account's own
    PAY_FIRST = "pay_first"          # needs: what Contracted lacks
    TO_SERVICE = "to_service"
    REOPEN_FIRST = "reopen_first"
    NOT_BACK = "not_back"
    STILL_MEETS = "still_meets"      # status: the one the facts still support
    NEEDS = "needs"                  # status: the step that lacks `needs`


@dataclass(frozen=True, slots=True)
class MoveCheck:
    """Whether a requested status change is allowed, and if not, why in plain words
    (`reason`, English) and as a code with its status and needs (None: said only in
    words, e.g. by the store)."""

    allowed: bool
    reason: str = ""
    code: NoMove | None = None
    status: Status | None = None
    needs: tuple[Need, ...] = ()


def check_move(current: Status, target: Status, facts: AccountFacts) -> MoveCheck:
    """May a user move an account from `current` to `target` by an explicit action?"""
    if target is current:
        return MoveCheck(False, f"The account is already {LABELS[current]}.", NoMove.ALREADY,
                         current)
    if target is Status.CONTRACTED:
        needs = tuple(_needs_for(Status.CONTRACTED, facts))
        if needs:
            return MoveCheck(
                False, "Contracted follows only from a contract with a received payment: "
                "record " + " and ".join(NEED_WORDS[n] for n in needs) + ".",
                NoMove.PAY_FIRST, needs=needs)
        return MoveCheck(True)  # money has arrived: even a lead or a lost account
    if target is Status.LOST:
        if current is Status.CONTRACTED:
            return MoveCheck(False, "A contracted customer is handed to service, not marked "
                             "lost.", NoMove.TO_SERVICE)
        return MoveCheck(True)
    if current is Status.LOST:
        if target is Status.LEAD:
            return MoveCheck(True)
        return MoveCheck(False, "A lost account is reopened as a lead first.",
                         NoMove.REOPEN_FIRST)
    if current is Status.CONTRACTED:
        return MoveCheck(False, "A contracted customer does not move back down the path.",
                         NoMove.NOT_BACK)
    if PATH.index(target) < PATH.index(current):
        # stepping back is allowed once the facts no longer carry the account further
        # (e.g. a deal fell through and its opportunity is closed): otherwise the status
        # the facts support would take it forward again at the next refresh or sync
        supported = derive_status(target, facts)
        if supported is not target:
            meaning = DEFINITIONS[supported].rstrip(".")
            return MoveCheck(False, f"The record still meets {LABELS[supported]}'s condition "
                             f"({meaning[0].lower()}{meaning[1:]}); change that first.",
                             NoMove.STILL_MEETS, supported)
        return MoveCheck(True)
    for step in PATH[PATH.index(current) + 1 : PATH.index(target) + 1]:
        needs = tuple(_needs_for(step, facts))
        if needs:
            return MoveCheck(False, step_words(NextStep(Step.NEEDS, step, needs)),
                             NoMove.NEEDS, step, needs)
    return MoveCheck(True)
