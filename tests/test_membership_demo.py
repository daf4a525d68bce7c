"""The demo workspace's membership: a fair share of paying customers hold a card (held by
the key person), every payment of theirs has earned by the team's rule with the entry the
app itself would write (so `earn` finds it there), some members redeemed and some were
adjusted, with why and by whom, every entry passes the server's check in its order, and
each team has a rule with levels naming a points SMS template it has."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import datetime

from sqlalchemy import select

from crmdesk.domain import membership as rules
from crmdesk.domain.lifecycle import Status
from crmdesk.domain.membership import EntryKind
from crmdesk.domain.messages import MessageChannel, field_problems, template_id
from crmdesk.store import membership as store
from crmdesk.store.db import Store
from crmdesk.store.models import (
    Account,
    Contact,
    MemberCard,
    MessageTemplate,
    Payment,
    PointsEntry,
    Team,
)


def test_a_fair_share_of_customers_hold_cards_earned_from_their_payments(
        seeded: Store) -> None:
    with seeded.session() as s:
        paying = set(s.scalars(select(Payment.account_id).join(
            Account, Account.id == Payment.account_id).where(
            Account.status == Status.CONTRACTED)))
        cards = list(s.scalars(select(MemberCard)))
        assert 0.25 < len(cards) / len(paying) < 0.55
        entries: dict[uuid.UUID, list[PointsEntry]] = defaultdict(list)
        for entry in s.scalars(select(PointsEntry).order_by(PointsEntry.made_at)):
            entries[entry.card_id].append(entry)
        kinds: set[EntryKind] = set()
        levels = set()
        for card in cards:
            account = s.get_one(Account, card.account_id)
            assert card.id == rules.card_id(account.id)
            assert card.number == rules.card_number(account.id)
            holder = s.get_one(Contact, card.contact_id)
            assert holder.account_id == account.id and holder.is_key_person and holder.mobile
            assert (card.owner_id, card.team_id) == (account.owner_id, account.team_id)
            rule = store.rule_of(s, account.team_id)
            # every payment earned by the rule, with the entry the app writes for it
            payments = list(s.scalars(select(Payment).where(Payment.account_id == account.id)))
            earned = {e.payment_id: e for e in entries[card.id] if e.kind is EntryKind.EARNED}
            assert earned.keys() == {p.id for p in payments}
            for payment in payments:
                entry = earned[payment.id]
                assert entry.id == rules.earned_id(payment.id)
                assert entry.points == rules.earned_points(payment.amount, payment.currency,
                                                           rule)
                assert entry.reason is not None and entry.reason.startswith("Payment ¥")
                assert store.earn_for_payment(s, payment.id, None, datetime.now()) is None
                assert store.why_not_earned(s, payment.id) == (
                    "This payment has earned its points already.")
            # each entry as the server checks it, in the order it was made
            balance = 0
            for entry in entries[card.id]:
                assert rules.entry_problems(entry.kind, entry.points, entry.reason,
                                            entry.made_by, entry.payment_id, balance) == []
                assert entry.made_by is not None and entry.reason
                balance += entry.points
                kinds.add(entry.kind)
            levels.add(store.standing_of(s, account.id).level_name)
        assert kinds == set(EntryKind) - {EntryKind.REVERSED}
        assert len(levels) >= 2  # members at more than one level


def test_every_team_has_a_membership_rule_naming_its_points_sms(seeded: Store) -> None:
    with seeded.session() as s:
        teams = list(s.scalars(select(Team.id)))
        names = set()
        for team in teams:
            rule = store.rule_of(s, team)
            assert rule != rules.DEFAULT_RULE and rule.sms_template is not None
            assert rules.rule_problems(team, rule.points, rule.per_amount, rule.currency,
                                       rules.levels_value(rule.levels),
                                       rule.sms_template) == []
            template = s.get_one(MessageTemplate, template_id(team, rule.sms_template))
            assert template.channel is MessageChannel.SMS
            assert field_problems(template.body) == []
            assert "{{member.points}}" in template.body
            names.add(rule.sms_template)
        assert names == {"Points changed", "积分变动"}  # English and Chinese
