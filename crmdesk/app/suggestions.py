"""Commands on what to sell an account next: its loyalty stage and suggestions (each
with its reason), and one suggestion turned into a deal through the deal editor's own
save (crmdesk.app.deals.save_deal), with the product on its line."""

from __future__ import annotations

import uuid

from crmdesk.app import deals
from crmdesk.app.changes import Done
from crmdesk.app.context import Context
from crmdesk.domain.deals import Line
from crmdesk.domain.suggestions import Suggestion, deal_name
from crmdesk.domain.words import tr_noop
from crmdesk.store import suggestion_queries
from crmdesk.store.deal_writes import DealEdit
from crmdesk.store.refusals import Refused
from crmdesk.store.suggestion_queries import AccountSuggestions

__all__ = ["AccountSuggestions", "for_account", "make_deal"]

#: A deal's next step holds this many characters (models.Opportunity.next_step).
_NEXT_STEP = 300


def for_account(ctx: Context, account_id: uuid.UUID) -> AccountSuggestions | None:
    """The account's loyalty stage and suggestions today (None: it is gone). The first
    read after a change to what customers bought counts them all again (a second at
    100k accounts): call it off the UI thread."""
    with ctx.store.session() as session:
        return suggestion_queries.for_account(session, account_id, ctx.today())


def make_deal(ctx: Context, account_id: uuid.UUID, suggestion: Suggestion
              ) -> Done[uuid.UUID]:
    """A new deal on the account for the suggested product (its line at the list
    price, the amount following the line), its reason as the next step. The value is
    the deal's id."""
    if suggestion.quantity < 1:
        raise Refused(tr_noop("A suggestion needs at least one of its product."))
    edit = DealEdit(
        fields={"name": deal_name(suggestion), "currency": suggestion.currency,
                "next_step": f"Offer {suggestion.product}: {suggestion.reason}"[:_NEXT_STEP]},
        lines=(Line(suggestion.product_id, suggestion.quantity, suggestion.unit_price),),
        amount_follows=True)
    done = deals.save_deal(ctx, account_id, None, edit)
    deal_id = done.value.deal_id
    assert deal_id is not None  # a new deal in the first stage: nothing to confirm
    return Done(deal_id, done.changes)
