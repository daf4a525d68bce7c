"""Deterministic demo data: a realistic sales workspace at any size.

The same seed and `today` give the same workspace. Rows come out as plain tuples in
the column order of `COLUMNS`, in chunks of accounts, so a 100k-account workspace
streams into SQLite without being held in memory at once.
"""

from __future__ import annotations

import itertools
import json
import math
import random
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from statistics import NormalDist

from crmdesk.demo import vocabulary as v
from crmdesk.domain.activity import CONVERSATION_KINDS, ActivityKind, Outcome, is_two_way
from crmdesk.domain.care import NO_YEAR
from crmdesk.domain.contracts import Period, next_start, period_start, short_money
from crmdesk.domain.custom_fields import BUSINESS_LINES
from crmdesk.domain.deals import (
    DEFAULT_PLAYBOOK,
    OpportunityStage,
    add_months,
    stage_setting_id,
)
from crmdesk.domain.dedupe import company_key, website_domain
from crmdesk.domain.lifecycle import Status
from crmdesk.domain.membership import (
    EntryKind,
    Level,
    Rule,
    card_id,
    card_number,
    earned_id,
    earned_points,
    levels_value,
    rule_id,
)
from crmdesk.domain.messages import template_id
from crmdesk.domain.plans import Dimension, plan_id
from crmdesk.domain.pool import RULE_LABELS, SUGGESTED_RETURNS, pool_rule_id
from crmdesk.domain.roi import cost_id as channel_cost_id
from crmdesk.domain.tags import tag_id_for
from crmdesk.domain.value import SCALES, ValueInputs, value_score
from crmdesk.store.models import TeamRole, activity_contact_id, deal_member_id
from crmdesk.store.records import of_company

Row = tuple[object, ...]

_SYNC = ("id", "updated_at", "deleted")
#: The pool rules' columns at the end of an account (crmdesk.domain.pool): all empty.
_POOL_COLUMNS = ("pool_returned_at", "pool_returned_from", "pool_due_on", "pool_return_why",
                 "pool_claimed_by", "pool_claimed_on")
_OWNED = ("id", "owner_id", "team_id", "updated_at", "deleted")

#: Column order of the tuples produced for each table.
COLUMNS: dict[str, tuple[str, ...]] = {
    "teams": (*_SYNC, "name", "region"),
    "users": (*_SYNC, "username", "display_name", "email", "role", "team_id", "active"),
    "channels": (*_SYNC, "name", "kind"),
    "channel_costs": (*_SYNC, "channel_id", "month", "amount", "currency"),
    "lead_batches": (*_OWNED, "channel_id", "received_on", "file_name", "row_count"),
    "products": (*_SYNC, "name", "sku", "category", "list_price", "currency", "family",
                 "tier"),
    "tags": (*_SYNC, "name", "color"),
    "accounts": (
        *_OWNED, "name", "name_key", "nature", "scale", "financing", "industry", "region",
        "website", "domain", "phone", "phone_e164", "address", "business_line",
        "custom_fields", "status", "lost_reason", "channel_id", "batch_id", "acquired_on",
        "assigned_on", "value_score", "last_contact_at", "next_follow_up_on",
        # the pool's (none returned or claimed yet)
        *_POOL_COLUMNS,
    ),
    "account_relations": (*_OWNED, "from_account_id", "to_account_id", "kind", "note"),
    "referrals": (*_OWNED, "account_id", "referred_id", "note"),
    "contacts": (
        *_OWNED, "account_id", "name", "title", "department", "mobile", "mobile_e164",
        "landline", "landline_e164", "email", "email_domain", "is_key_person",
        "reports_to_id", "notes", "birthday",
    ),
    "contact_influences": (*_OWNED, "account_id", "from_contact_id", "to_contact_id",
                           "strength"),
    "opportunities": (*_OWNED, "account_id", "name", "amount", "currency", "stage",
                      "probability", "expected_close", "closed_on", "next_step",
                      "loss_reason", "competitors", "committed", "amount_from_lines",
                      "created_on", "stage_since"),
    "deal_changes": (*_OWNED, "opportunity_id", "field", "old_value", "new_value",
                     "changed_at", "changed_by"),
    "stage_settings": (*_OWNED, "stage", "probability", "stuck_days", "todo",
                       "exit_conditions"),
    "pool_rules": (*_OWNED, *RULE_LABELS),
    "message_templates": (*_OWNED, "name", "channel", "subject", "body"),
    "opportunity_products": (*_OWNED, "opportunity_id", "product_id", "quantity",
                             "unit_price"),
    "decision_roles": (*_OWNED, "opportunity_id", "contact_id", "role", "stance"),
    "deal_members": (*_OWNED, "opportunity_id", "user_id", "role"),
    "contracts": (*_OWNED, "account_id", "opportunity_id", "number", "signed_on", "amount",
                  "currency", "term_months", "ends_on"),
    "contract_instalments": (*_OWNED, "contract_id", "due_on", "amount", "label"),
    "payments": (*_OWNED, "contract_id", "account_id", "received_on", "amount", "currency",
                 "instalment_id"),
    "account_tags": (*_OWNED, "account_id", "tag_id"),
    "membership_rules": (*_OWNED, "points", "per_amount", "currency", "levels",
                         "sms_template"),
    "member_cards": (*_OWNED, "account_id", "contact_id", "number", "issued_on"),
    "points_entries": (*_OWNED, "card_id", "kind", "points", "reason", "payment_id",
                       "made_by", "made_at"),
    "plans": (*_OWNED, "dimension", "subject_id", "period", "starts_on", "amount", "currency"),
    "activities": (
        *_OWNED, "account_id", "contact_id", "opportunity_id", "kind", "occurred_at",
        "outcome", "notes", "next_follow_up_on", "author_id", "done",
    ),
    "activity_contacts": (*_OWNED, "activity_id", "contact_id"),
}

Chunk = dict[str, list[Row]]

_STATUS_WEIGHTS = (
    (Status.LEAD, 33), (Status.POTENTIAL, 25), (Status.INTENDED, 15),
    (Status.CONTRACTED, 21), (Status.LOST, 6),
)
_ACTIVITY_RANGE = {
    Status.LEAD: (1, 5), Status.POTENTIAL: (6, 14), Status.INTENDED: (9, 19),
    Status.CONTRACTED: (12, 26), Status.LOST: (4, 10),
}
_KIND_WEIGHTS = (
    (ActivityKind.CALL, 40), (ActivityKind.EMAIL, 20), (ActivityKind.VISIT, 10),
    (ActivityKind.MEETING, 10), (ActivityKind.SMS, 5), (ActivityKind.NOTE, 10),
    (ActivityKind.TASK, 5),
)
_ONE_WAY = (Outcome.NO_ANSWER, Outcome.LEFT_MESSAGE, Outcome.SENT)
_TWO_WAY = (Outcome.REACHED, Outcome.INTERESTED, Outcome.MEETING_BOOKED,
            Outcome.QUOTE_REQUESTED, Outcome.NOT_INTERESTED)
_US_AREAS = ("212", "415", "312", "617", "206", "512", "303", "404", "646", "650")
_CN_MOBILE = ("135", "136", "137", "138", "139", "150", "151", "158", "186", "188")
_CN_LAND = (("10", "010"), ("21", "021"), ("20", "020"), ("755", "0755"), ("571", "0571"))
_TEAMS = (("North China", "Beijing"), ("East China", "Shanghai"), ("International", "Global"))
_REPS = (
    ("li.wei", "李伟"), ("sarah.chen", "Sarah Chen"), ("zhang.min", "张敏"),
    ("tom.baker", "Tom Baker"), ("wang.fang", "王芳"), ("emily.ross", "Emily Ross"),
    ("liu.yang", "刘洋"), ("david.kim", "David Kim"), ("noa.levi", "Noa Levi"),
    ("chen.jing", "陈静"), ("mark.hill", "Mark Hill"), ("zhao.lei", "赵磊"),
)
_LEADS = (("lead.north", "周建华"), ("lead.east", "Jennifer Wu"), ("lead.intl", "Avi Cohen"))
# Two-character brands from distinct first and second characters, so no two collide.
_CN_FIRST = tuple(dict.fromkeys(b[0] for b in v.CN_BRAND))
_CN_SECOND = tuple(dict.fromkeys(b[1] for b in v.CN_BRAND))
#: Each channel with what one lead from it costs (fen), at an enterprise seller's rates:
#: a booth and travel make a trade show's leads dear, a partner's commission too, a
#: crawled list's cheap; a month's cost is that times the leads the channel brings in a
#: month on average, so the workspace's size keeps ROI plausible.
_CHANNELS = (
    ("Website sign-up", "website", 300_000), ("Trade show", "event", 2_500_000),
    ("Web crawler list", "crawler", 30_000), ("Partner referrals", "partner", 1_500_000),
    ("Customer referrals", "referral", 200_000), ("Search ads", "advertising", 800_000),
    ("Industry directory", "cold_list", 120_000), ("Webinars", "event", 600_000),
)
#: The channel of the accounts a customer referred.
_REFERRAL_CHANNEL = next(i for i, c in enumerate(_CHANNELS) if c[1] == "referral")
#: How a kind of channel's spend moves over the year, by month (1-12): events cluster
#: in the spring and autumn fair seasons and stop for the Spring Festival; advertising
#: spends the year's budget in the last quarter.
_SEASONS = {
    "event": (0.3, 0.4, 1.6, 1.5, 1.1, 0.9, 0.6, 0.6, 1.6, 1.5, 1.3, 0.7),
    "advertising": (0.8, 0.7, 1.0, 1.0, 1.0, 0.9, 0.9, 0.9, 1.0, 1.2, 1.3, 1.3),
}


@dataclass
class Reference:
    """Ids of the shared rows every account refers to."""

    teams: list[str] = field(default_factory=list)
    reps_by_team: list[list[str]] = field(default_factory=list)
    #: who may join a deal's virtual team from outside its team: each team's lead and
    #: reps (by team), and the service users (of no team)
    leads: list[str] = field(default_factory=list)
    service: list[str] = field(default_factory=list)
    channels: list[str] = field(default_factory=list)
    batches: dict[tuple[int, str], str] = field(default_factory=dict)
    products: list[tuple[str, int]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    #: each product by name (the tiers above too): (id, list price)
    by_name: dict[str, tuple[str, int]] = field(default_factory=dict)
    #: the next tier up of a product with tiers, by its id
    next_tier: dict[str, tuple[str, int]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Company:
    """The account a deal is made for."""

    number: int  # its place in the workspace
    aid: str
    owner: str | None
    team_id: str
    team: int  # its team's place in the reference lists
    by: str  # who changes its deals
    industry: str
    contacts: tuple[str, ...]
    size: float = 0.0  # how big a buyer it is, on a normal scale (`_long_tail`)


@dataclass(slots=True)
class _Book:
    """What an account's deals add up to, for its value score."""

    revenue_12m: int = 0
    revenue_prev: int = 0
    purchases: int = 0
    pipeline: int = 0


class Generator:
    """Produces a whole workspace from a seed; see `chunks`. `more_deals` gives each
    account with a deal history (all but leads) that many more deals on average, up to
    3 (the bench's workspace: about 1.5 deals an account at 1.0, 0.8 without)."""

    def __init__(self, accounts: int, seed: int = 1, today: date | None = None,
                 more_deals: float = 0.0) -> None:
        if not 0 <= more_deals <= 3:
            raise ValueError("more_deals is a mean from 0 to 3")
        if accounts < 1:
            raise ValueError("a workspace needs at least one account")
        self.accounts = accounts
        self.rng = random.Random(seed)
        self.seed = seed
        self.today = today or date.today()
        self.days = [self.today - timedelta(days=d) for d in range(0, 800)]
        self.day_text = [d.isoformat() for d in self.days]
        self.stamp = f"{self.today.isoformat()} 08:00:00.000000"
        self.ref = Reference()
        # deals' histories, stances and schedules draw from their own stream, so the
        # rest of a workspace made from a seed stays what it was before deals had them
        self.deal_rng = random.Random(seed * 1_000_003 + 17)
        # so do the second people at visits and meetings
        self.people_rng = random.Random(seed * 1_000_003 + 29)
        # and deals' virtual teams
        self.team_rng = random.Random(seed * 1_000_003 + 41)
        # and the deals beyond those an account's status gives
        self.more_deals = more_deals
        self.more_rng = random.Random(seed * 1_000_003 + 53)
        self._names = self._name_plan()
        # payments credited per (seller, quarter), so the sales targets made last sit
        # near what each rep really sold
        self._credited: dict[tuple[str, date], int] = {}
        self._made: list[tuple[str, str, str | None, str, str | None]] = []
        # member cards and their points draw from a stream of their own too
        self.member_rng = random.Random(seed * 1_000_003 + 79)
        self._member_rules: list[Rule] = []
        # what customers buy together, upgrade to and renew (the suggestions' history),
        # and who referred whom, from streams of their own (so the rest stays as it was)
        self.basket_rng = random.Random(seed * 1_000_003 + 67)
        self.referral_rng = random.Random(seed * 1_000_003 + 79)
        self._bought: set[str] = set()  # the products of the account's deals won so far
        #: each team's paying customers so far: (id, owner, repeat customer)
        self._customers: list[list[tuple[str, str | None, bool]]] = []

    # ---- helpers ------------------------------------------------------------------
    def uid(self) -> str:
        return f"{self.rng.getrandbits(128):032x}"

    def _name_plan(self) -> list[int]:
        # Sampling combination numbers without replacement keeps generated company
        # names distinct, so the only duplicates are the deliberate ones.
        return self.rng.sample(range(max(self.accounts * 5 // 4, 1000)), self.accounts)

    def company_name(self, number: int) -> str:
        """The company name of combination `number` (distinct numbers, distinct names)."""
        return self._company(number)[0]

    def _company(self, number: int) -> tuple[str, str, str]:
        """(name, locale, industry) for a combination number."""
        r = self.rng
        industry = list(v.EN_INDUSTRY_WORD)[number % len(v.EN_INDUSTRY_WORD)]
        n = number // len(v.EN_INDUSTRY_WORD)
        locale = "en" if number % 100 < 47 else ("he" if number % 100 < 50 else "zh")
        if locale == "en":
            words = v.EN_INDUSTRY_WORD[industry]
            a, n = v.EN_BRAND_A[n % len(v.EN_BRAND_A)], n // len(v.EN_BRAND_A)
            b, n = v.EN_BRAND_B[n % len(v.EN_BRAND_B)], n // len(v.EN_BRAND_B)
            w, n = words[n % len(words)], n // len(words)
            q, n = _qualifier(v.EN_QUALIFIERS, n)
            extra = f" {n + 1}" if n else ""
            return f"{q}{a}{b} {w}{extra} {r.choice(v.EN_SUFFIXES)}", locale, industry
        if locale == "zh":
            cn_words = v.CN_INDUSTRY_WORD[industry]
            a, n = _CN_FIRST[n % len(_CN_FIRST)], n // len(_CN_FIRST)
            b, n = _CN_SECOND[n % len(_CN_SECOND)], n // len(_CN_SECOND)
            c, n = v.CN_CITIES[n % len(v.CN_CITIES)], n // len(v.CN_CITIES)
            w, n = cn_words[n % len(cn_words)], n // len(cn_words)
            brand = a + b
            extra = str(n + 1) if n else ""
            return f"{c}市{brand}{extra}{w}{r.choice(v.CN_SUFFIXES)}", locale, industry
        he_words = v.HE_INDUSTRY_WORD[industry]
        names = v.HE_BRAND + v.HE_LAST
        a, n = names[n % len(names)], n // len(names)
        w, n = he_words[n % len(he_words)], n // len(he_words)
        b, n = v.HE_LAST[n % len(v.HE_LAST)], n // len(v.HE_LAST)
        q, n = _qualifier(v.HE_CITIES, n)
        extra = f" {n + 1}" if n else ""
        return f"{a} {b} {w} {q}{extra.strip() + ' ' if extra else ''}בע\"מ", locale, industry

    def _phone(self, locale: str, mobile: bool) -> tuple[str, str]:
        """(as a rep would type it, E.164)."""
        r = self.rng
        if locale == "zh":
            if mobile:
                head, rest = r.choice(_CN_MOBILE), f"{r.randrange(10**8):08d}"
                return f"{head} {rest[:4]} {rest[4:]}", f"+86{head}{rest}"
            area, trunk = r.choice(_CN_LAND)
            # local numbers begin 5, 6 or 8 then a non-zero digit (8-00… are service lines)
            rest = f"{r.choice('568')}{r.randrange(1, 10)}{r.randrange(10**6):06d}"
            return f"{trunk}-{rest}", f"+86{area}{rest}"
        if locale == "he":
            head = r.choice(("52", "54", "53"))
            rest = f"{r.randrange(2, 10)}{r.randrange(10**6):06d}"  # subscriber part: no 0/1
            return f"+972 {head}-{rest[:3]}-{rest[3:]}", f"+972{head}{rest}"
        area = r.choice(_US_AREAS)
        exch, line = r.randrange(200, 1000), r.randrange(10**4)
        if exch % 100 == 11:
            exch += 1
        return f"+1 ({area}) {exch}-{line:04d}", f"+1{area}{exch}{line:04d}"

    def _birthday(self, cid: str) -> str | None:
        """A third of the people have a birthday on file, a fifth of those without the
        year: drawn from the person's id, so the rest of the workspace stays as the
        same seed made it before birthdays were kept."""
        d = random.Random(cid)
        if d.random() >= 0.35:
            return None
        year = NO_YEAR if d.random() < 0.2 else d.randint(1958, 1998)
        born = date(year, 1, 1) + timedelta(days=d.randrange(366 if year % 4 == 0 else 365))
        return born.isoformat()

    def _person(self, locale: str) -> str:
        r = self.rng
        if locale == "zh":
            return r.choice(v.CN_SURNAMES) + r.choice(v.CN_GIVEN)
        if locale == "he":
            return f"{r.choice(v.HE_FIRST)} {r.choice(v.HE_LAST)}"
        return f"{r.choice(v.EN_FIRST)} {r.choice(v.EN_LAST)}"

    # ---- reference data -----------------------------------------------------------
    def reference(self) -> Chunk:
        r, ref, stamp = self.rng, self.ref, self.stamp
        chunk: Chunk = {t: [] for t in COLUMNS if not of_company(t)}
        for name, region in _TEAMS:
            tid = self.uid()
            ref.teams.append(tid)
            ref.reps_by_team.append([])
            chunk["teams"].append((tid, stamp, 0, name, region))
        users = chunk["users"]
        users.append((self.uid(), stamp, 0, "admin", "Workspace Admin", "admin@crmdesk.example",
                      "admin", None, 1))
        for t, (username, display) in enumerate(_LEADS):
            lead_id = self.uid()
            ref.leads.append(lead_id)
            users.append((lead_id, stamp, 0, username, display,
                          f"{username}@crmdesk.example", "lead", ref.teams[t], 1))
        for i, (username, display) in enumerate(_REPS):
            uid, team = self.uid(), i % len(ref.teams)
            ref.reps_by_team[team].append(uid)
            users.append((uid, stamp, 0, username, display, f"{username}@crmdesk.example",
                          "rep", ref.teams[team], 1))
        for username, display in (("service.amy", "Amy Service"), ("service.qian", "钱客服")):
            service_id = self.uid()
            ref.service.append(service_id)
            users.append((service_id, stamp, 0, username, display,
                          f"{username}@crmdesk.example", "service",
                          ref.teams[len(ref.service) - 1], 1))  # serves that team
        # a channel's leads in a month, on average: accounts are acquired evenly over
        # the 700 days before the last 30, from any channel
        monthly_leads = self.accounts / len(_CHANNELS) * 30.44 / 700
        for name, kind, per_lead in _CHANNELS:
            cid = self.uid()
            ref.channels.append(cid)
            chunk["channels"].append((cid, stamp, 0, name, kind))
            season = _SEASONS.get(kind, (1.0,) * 12)
            for back in range(24):
                month = _month_start(self.today, back)
                cost = round(per_lead * monthly_leads * season[month.month - 1]
                             * r.uniform(0.8, 1.2))
                chunk["channel_costs"].append((self.uid(), stamp, 0, cid, month.isoformat(),
                                               cost, "CNY"))
                bid = self.uid()
                team = r.randrange(len(ref.teams))
                ref.batches[(len(ref.channels) - 1, month.isoformat())] = bid
                chunk["lead_batches"].append(
                    (bid, None, ref.teams[team], stamp, 0, cid, month.isoformat(),
                     f"{name.lower().replace(' ', '-')}-{month:%Y-%m}.csv", 0))
            # the oldest leads reach into a 25th month back: it has a cost too, drawn
            # from no stream so the rest of the workspace stays as it was
            month = _month_start(self.today, 24)
            chunk["channel_costs"].append((
                channel_cost_id(uuid.UUID(cid), month).hex, stamp, 0, cid, month.isoformat(),
                round(per_lead * monthly_leads * season[month.month - 1]), "CNY"))
        for i, (name, category, price) in enumerate(v.PRODUCTS):
            pid = self.uid()
            ref.products.append((pid, price))
            ref.by_name[name] = (pid, price)
            chunk["products"].append((pid, stamp, 0, name, f"SKU-{i + 1:03d}", category,
                                      price, "CNY", *v.PRODUCT_TIERS.get(name, (None, None))))
        # the higher tiers: ids from their SKU (no draw), bought as upgrades only
        tiers = {v.PRODUCT_TIERS[name]: ref.by_name[name] for name in v.PRODUCT_TIERS}
        for name, category, price, family, tier, sku in v.UPPER_TIERS:
            pid = uuid.uuid5(uuid.NAMESPACE_URL, f"crmdesk-demo:{sku}").hex
            ref.by_name[name] = tiers[(family, tier)] = (pid, price)
            chunk["products"].append((pid, stamp, 0, name, sku, category, price, "CNY",
                                      family, tier))
        for (family, tier), (pid, _price) in tiers.items():
            if (family, tier + 1) in tiers:
                ref.next_tier[pid] = tiers[(family, tier + 1)]
        self._customers = [[] for _ in ref.teams]
        self._stage_settings(chunk["stage_settings"])
        self._pool_rules(chunk["pool_rules"])
        self._message_templates(chunk["message_templates"])
        self._membership_rules(chunk["membership_rules"])
        for name, color in v.TAGS:
            self.uid()  # drawn still, so the rest of the workspace stays as it was
            tid = tag_id_for(name).hex  # the id a laptop gives the tag it makes offline
            ref.tags.append(tid)
            chunk["tags"].append((tid, stamp, 0, name, color))
        return chunk

    def _virtual_team(self, oid: str, owner: str | None, team_id: str, team: int,
                      out: list[Row]) -> None:
        """On about one open deal in five, colleagues from other teams (a solution
        engineer or pre-sales rep, their lead as manager) or service join its virtual
        team."""
        t, ref = self.team_rng, self.ref
        if t.random() >= 0.2:
            return
        others = [n for n in range(len(ref.teams)) if n != team]
        picked: dict[str, str] = {}
        if others:
            other = t.choice(others)
            if ref.reps_by_team[other]:
                picked[t.choice(ref.reps_by_team[other])] = t.choice(
                    (TeamRole.SOLUTION_ENGINEER, TeamRole.PRESALES)).value
            if t.random() < 0.3:
                picked[ref.leads[other]] = TeamRole.MANAGER.value
        if ref.service and t.random() < 0.25:
            picked[t.choice(ref.service)] = TeamRole.SERVICE.value
        for user, role in picked.items():
            out.append((deal_member_id(uuid.UUID(oid), uuid.UUID(user)).hex, owner, team_id,
                        self.stamp, 0, oid, user, role))

    def _deal_history(self, oid: str, owner: str | None, team_id: str, by: str, stage: str,
                      amount: int | None, expected: str | None, closed: int,
                      out: list[Row], d: random.Random) -> tuple[str, str]:
        """A deal's history rows (its stages, an amount changed now and then, its close
        pushed out on some), drawn from `d`: the days it was created and entered its
        stage."""
        stamp = self.stamp
        path = list(_OPEN_PATH)
        if stage == "won":
            start = min(799, closed + d.randint(30, 150))
            path.append("won")
            since = closed
        elif stage == "lost":
            start = min(799, closed + d.randint(20, 120))
            path = [*path[:d.randint(1, 4)], "lost"]
            since = closed
        elif stage == "qualify":
            start = d.randint(3, 40)
            path, since = ["qualify"], start
        else:
            start = d.randint(20, 240)
            path = path[:path.index(stage) + 1]
            # most deals moved lately; some sit in their stage long enough to be stuck
            stay = d.randint(2, 25) if d.random() < 0.75 else d.randint(35, 150)
            since = max(0, min(start - len(path), stay))
        days = [start, *sorted((d.randint(since, start) for _ in path[1:-1]), reverse=True)]
        if len(path) > 1:
            days.append(since)

        def change(day: int, field: str, old: str | None, new: str | None,
                   hour: int | None = None) -> None:
            hour = d.randrange(8, 19) if hour is None else hour
            at = f"{self.day_text[day]} {hour:02d}:{d.randrange(60):02d}:00.000000"
            out.append((f"{d.getrandbits(128):032x}", owner, team_id, stamp, 0, oid, field,
                        old, new, at, by))

        before: str | None = None
        for step_number, (day, step) in enumerate(zip(days, path, strict=True)):
            # a later hour for each step, so steps taken on one day stay in order
            change(day, "stage", before, step, 9 + step_number)
            before = step
        if amount:
            first = amount if d.random() < 0.75 else amount * d.choice((6, 8, 12)) // 10
            change(start, "amount", None, str(first))
            if first != amount:
                change(d.randint(since, start), "amount", str(first), str(amount))
        if expected is not None:
            final = date.fromisoformat(expected)
            slips = d.choice((0, 0, 0, 1, 1, 2))
            dates = [final - timedelta(days=d.randint(10, 45) * k) for k in range(slips, 0, -1)]
            dates = [x for x in dates if x > self.days[start]] + [final]
            change(start, "expected_close", None, dates[0].isoformat())
            for old, new in itertools.pairwise(dates):
                change(d.randint(since, start), "expected_close", old.isoformat(),
                       new.isoformat())
        return self.day_text[start], self.day_text[since]

    def _stage_settings(self, out: list[Row]) -> None:
        """East China's lead has set a tighter playbook; the others keep the defaults
        (drawing nothing, so the rest of the workspace stays as it was)."""
        team = self.ref.teams[1]
        tighter = {OpportunityStage.QUALIFY: (15, 14), OpportunityStage.NEEDS: (30, 21),
                   OpportunityStage.PROPOSAL: (55, 21), OpportunityStage.NEGOTIATION: (80, 14)}
        for stage, (probability, stuck_days) in tighter.items():
            rules = DEFAULT_PLAYBOOK[stage]
            out.append((stage_setting_id(uuid.UUID(team), stage).hex, None, team,
                        self.stamp, 0, stage.value, probability, stuck_days, rules.todo,
                        json.dumps([c.value for c in rules.exit_conditions])))

    def _pool_rules(self, out: list[Row]) -> None:
        """Every team's lead has turned the pool's returns on, with the suggested rules
        (a team without rules returns nothing): drawing nothing, so the rest of the
        workspace stays as it was."""
        for team in self.ref.teams:
            out.append((pool_rule_id(uuid.UUID(team)).hex, None, team, self.stamp, 0,
                        *(getattr(SUGGESTED_RETURNS, name) for name in RULE_LABELS)))

    def _message_templates(self, out: list[Row]) -> None:
        """Every team has the demo's message templates (crmdesk.demo.vocabulary), in
        English, Chinese and Hebrew: drawing nothing, so the rest of the workspace stays
        as it was."""
        for team in self.ref.teams:
            for name, channel, subject, body in v.MESSAGE_TEMPLATES:
                out.append((template_id(uuid.UUID(team), name).hex, None, team, self.stamp,
                            0, name, channel, subject, body))

    def _membership_rules(self, out: list[Row]) -> None:
        """Every team's lead has set a membership rule with its levels and its points SMS
        (crmdesk.demo.vocabulary.MEMBERSHIP_RULES): drawing nothing, so the rest of the
        workspace stays as it was."""
        for team, (points, per, levels, sms) in zip(self.ref.teams, v.MEMBERSHIP_RULES,
                                                    strict=False):
            rule = Rule(points, per, "CNY", tuple(Level(n, p) for n, p in levels), sms)
            self._member_rules.append(rule)
            out.append((rule_id(uuid.UUID(team)).hex, None, team, self.stamp, 0, points, per,
                        "CNY", json.dumps(levels_value(rule.levels), ensure_ascii=False),
                        sms))

    def _membership(self, at: _Company, locale: str, out: Chunk, first_payment: int) -> None:
        """About two customers in five with money received hold a member card, issued
        the day the first payment came and held by the key person; each payment earned
        its points by the team's rule (the entry the app writes: its id the payment's),
        and some members redeemed a reward or had their points adjusted, with why and
        by whom. Drawn from a stream of its own, so the rest of the workspace stays as
        it was."""
        m = self.member_rng
        paid = out["payments"][first_payment:]
        if not paid or not at.contacts or at.team >= len(self._member_rules) \
                or m.random() >= 0.4:
            return
        rule, owner, by = self._member_rules[at.team], at.owner, at.by
        number = {row[0]: row[7] for row in out["contracts"] if row[5] == at.aid}
        cid = card_id(uuid.UUID(at.aid)).hex
        days = [date.fromisoformat(str(row[7])) for row in paid]
        issued = min(days)
        out["member_cards"].append((cid, owner, at.team_id, self.stamp, 0, at.aid,
                                    at.contacts[0], card_number(uuid.UUID(at.aid)),
                                    issued.isoformat()))
        # (when, kind, points, reason, payment, by), put in order of when below
        entries: list[tuple[str, str, int, str | None, str | None, str]] = []
        for row, day in zip(paid, days, strict=True):
            amount, currency = int(str(row[8])), str(row[9])
            points = earned_points(amount, currency, rule)
            if points <= 0:
                continue
            words = (f"Payment {short_money(amount, currency)} received {day.isoformat()}"
                     + (f" on contract {number[row[5]]}" if row[5] in number else ""))
            entries.append((f"{day.isoformat()} {m.randrange(9, 19):02d}:"
                            f"{m.randrange(60):02d}:00.000000", EntryKind.EARNED.value,
                            points, words, str(row[0]), by))
        chinese = locale == "zh"
        span = (self.today - issued).days
        for _ in range(m.choice((0, 0, 0, 1, 1, 2))):
            kind = EntryKind.REDEEMED if m.random() < 0.65 else EntryKind.ADJUSTED
            day = self.today - timedelta(days=m.randrange(0, span + 1))
            if kind is EntryKind.REDEEMED:
                en, cn, points = m.choice(v.REWARDS)
                points = -points
            else:
                en, cn, points = m.choice(v.ADJUSTMENTS)
            who = by if kind is EntryKind.REDEEMED or m.random() < 0.6 \
                else self.ref.leads[at.team]
            entries.append((f"{day.isoformat()} {m.randrange(9, 19):02d}:"
                            f"{m.randrange(60):02d}:30.000000", kind.value, points,
                            cn if chinese else en, None, who))
        entries.sort()
        balance = 0
        for when, kind_value, points, reason, payment, who in entries:
            # a reward only from points already held, a correction never below zero
            if kind_value != EntryKind.EARNED.value and balance + points < 0:
                continue
            balance += points
            row_id = earned_id(uuid.UUID(payment)).hex if payment is not None \
                else f"{m.getrandbits(128):032x}"
            out["points_entries"].append((row_id, owner, at.team_id, self.stamp, 0, cid,
                                          kind_value, points, reason, payment, who, when))

    def _plans(self) -> list[Row]:
        """Sales targets for every rep and each team, quarter by quarter from the first
        quarter with payments to the next one, and month by month (each quarter's split
        unevenly): near what each sold (from 30 % below to 20 % above, rounded to
        ¥10,000; the current quarter and the next, near their average), so some beat
        their target and some miss it. Drawn from a stream of their own, so the rest of
        the workspace stays as it was."""
        p, ref = random.Random(self.seed * 1_000_003 + 67), self.ref
        quarters: list[date] = []
        day = period_start(self.days[-1], Period.QUARTER)
        current = period_start(self.today, Period.QUARTER)
        last = next_start(self.today, Period.QUARTER)
        while day <= last:
            quarters.append(day)
            day = next_start(day, Period.QUARTER)
        out: list[Row] = []
        unit = 1_000_000  # ¥10,000 in fen
        for team_id, people in zip(ref.teams, ref.reps_by_team, strict=True):
            team = uuid.UUID(team_id)
            # the team's own targets, a little above its people's, by quarter and month
            # (kept apart: a quarter starts on its first month's day)
            team_total: dict[tuple[Period, date], int] = {}
            for person in people:
                sold = [self._credited.get((person, q), 0) for q in quarters]
                paid = [x for x, q in zip(sold, quarters, strict=True) if x and q < current]
                usual = sum(paid[-4:]) // max(len(paid[-4:]), 1) if paid else 20 * unit
                for quarter, amount in zip(quarters, sold, strict=True):
                    base = amount if amount and quarter < current else usual
                    target = max(unit, round(base * p.uniform(0.7, 1.2) / unit) * unit)
                    key = (Period.QUARTER, quarter)
                    team_total[key] = team_total.get(key, 0) + target
                    out.append(self._plan_row(team, Dimension.REP, uuid.UUID(person),
                                              Period.QUARTER, quarter, target))
                    # and its months, the quarter's target split unevenly
                    weights = [p.uniform(0.8, 1.2) for _ in range(3)]
                    month = quarter
                    for weight in weights:
                        part = max(unit, round(target * weight / sum(weights) / unit) * unit)
                        key = (Period.MONTH, month)
                        team_total[key] = team_total.get(key, 0) + part
                        out.append(self._plan_row(team, Dimension.REP, uuid.UUID(person),
                                                  Period.MONTH, month, part))
                        month = next_start(month, Period.MONTH)
            for (period, start), total in team_total.items():
                out.append(self._plan_row(team, Dimension.TEAM, team, period, start,
                                          round(total * 1.05 / unit) * unit))
        return out

    def _plan_row(self, team: uuid.UUID, dimension: Dimension, subject: uuid.UUID,
                  period: Period, start: date, amount: int) -> Row:
        return (plan_id(team, dimension, subject, period, start, "CNY").hex, None,
                team.hex, self.stamp, 0, dimension.value, subject.hex, period.value,
                start.isoformat(), amount, "CNY")

    # ---- accounts -----------------------------------------------------------------
    def chunks(self, size: int = 2000) -> Iterator[Chunk]:
        """The reference chunk (the shared lists), then chunks of `size` accounts with
        all their rows (the kinds declared as a company's, crmdesk.store.records)."""
        yield self.reference()
        for start in range(0, self.accounts, size):
            chunk: Chunk = {t: [] for t in COLUMNS if of_company(t)}
            for i in range(start, min(start + size, self.accounts)):
                self._account(i, chunk)
            yield chunk
        yield {"plans": self._plans()}

    def _account(self, i: int, out: Chunk) -> None:
        r, ref, stamp = self.rng, self.ref, self.stamp
        duplicate_of = self._made[r.randrange(len(self._made))] if (
            self._made and r.random() < 0.006) else None
        name, locale, industry = self._company(self._names[i])
        if duplicate_of is not None:
            name, locale = _near_duplicate(duplicate_of[1], r), duplicate_of[4] or locale
        team = r.randrange(len(ref.teams))
        status = r.choices([s for s, _ in _STATUS_WEIGHTS], [w for _, w in _STATUS_WEIGHTS])[0]
        pooled = status is Status.LEAD and r.random() < 0.25
        owner = None if pooled else r.choice(ref.reps_by_team[team])
        team_id = ref.teams[team]
        aid = self.uid()
        acquired = r.randrange(30, 730)
        channel = r.randrange(len(ref.channels))
        batch = ref.batches.get((channel, _month_start(self.days[acquired], 0).isoformat()))
        if locale == "en":
            slug = company_key(name).replace(" ", "")[:20] or "company"
            website = f"https://www.{slug}.com"
            region = r.choice(v.EN_REGIONS)
            address = f"{r.randrange(1, 9999)} {r.choice(v.EN_STREETS)}, {region}"
        else:
            website = f"https://www.{_pinyinish(aid)}.{'cn' if locale == 'zh' else 'co.il'}"
            region = name[:2] if locale == "zh" else "Israel"
            address = (f"{name[:2]}市{r.choice(v.CN_DISTRICTS)}{r.randrange(1, 300)}号"
                       if locale == "zh" else f"רחוב הרצל {r.randrange(1, 200)}")
        if duplicate_of is not None and r.random() < 0.6:
            phone, phone_e164 = duplicate_of[2] or "", duplicate_of[3]
        else:
            phone, phone_e164 = self._phone(locale, mobile=False)
        domain = website_domain(website)
        line = r.choice(tuple(BUSINESS_LINES))
        custom = _custom_fields(line, r)
        scale = r.choice(SCALES)

        # contacts: the first is the key person at the top of the reporting chain
        contacts: list[str] = []
        reachable = False
        for c in range(r.choice((1, 2, 3, 3, 3, 4, 5))):
            cid = self.uid()
            person = self._person(locale)
            title, dept = r.choice(v.CN_TITLES if locale == "zh" else v.TITLES)
            mobile, mobile_e164 = self._phone(locale, mobile=True)
            has_land = r.random() < 0.4
            land, land_e164 = self._phone(locale, mobile=False) if has_land else (None, None)
            if r.random() < 0.15:
                email = f"{cid[:8]}@{r.choice(('gmail.com', 'qq.com', '163.com', 'outlook.com'))}"
                email_domain = None
            else:
                local = person.lower().replace(" ", ".") if locale == "en" else cid[:10]
                email, email_domain = f"{local}@{domain}", domain
            boss = None if c == 0 else contacts[r.randrange(max(1, c - 1), c) if c > 1 else 0]
            out["contacts"].append((
                cid, owner, team_id, stamp, 0, aid, person, title, dept, mobile, mobile_e164,
                land, land_e164, email, email_domain, int(c == 0), boss, None,
                self._birthday(cid)))
            contacts.append(cid)
            reachable = True
        for c in range(1, len(contacts)):
            if r.random() < 0.5:
                other = r.randrange(len(contacts))
                if other != c:
                    out["contact_influences"].append((
                        self.uid(), owner, team_id, stamp, 0, aid, contacts[c], contacts[other],
                        r.randint(1, 5)))

        # opportunities, contracts and payments, consistent with the status; what the
        # first version drew comes from `r` as it did (so the rest of the workspace stays
        # as it was), what deals gained since (histories, stances, schedules) from `d`
        d = self.deal_rng
        at = _Company(i, aid, owner, team_id, team, owner or ref.reps_by_team[team][0], industry,
                      tuple(contacts), _buyer_size(aid))
        book = _Book()
        self._bought = set()
        open_opp: str | None = None
        first_payment = len(out["payments"])
        made = 0
        if status in (Status.INTENDED, Status.CONTRACTED) or (
                status is Status.POTENTIAL and r.random() < 0.4) or status is Status.LOST:
            wins = r.randint(1, 3) if status is Status.CONTRACTED else 0
            for w in range(wins + (1 if status is not Status.CONTRACTED or r.random() < 0.3
                                   else 0)):
                kind = ("won" if w < wins else "lost" if status is Status.LOST else
                        "qualify" if status is Status.POTENTIAL else "open")
                made = w + 1
                oid = self._deal(made, kind, at, book, out, r, d)
                if kind == "open":
                    open_opp = oid
        # the bench's workspace: more deals, from a stream of their own (so a workspace
        # made without them is what it was; one made with them differs only in them and
        # the value scores they bring)
        for kind in self._more_deals(status):
            made += 1
            self._deal(made, kind, at, book, out, self.more_rng, self.more_rng)
        revenue_12m, revenue_prev = book.revenue_12m, book.revenue_prev
        purchases, pipeline = book.purchases, book.pipeline

        # activities: newest decides last contact and next follow-up
        low, high = _ACTIVITY_RANGE[status]
        count = r.randint(low, high)
        offsets = sorted((r.randrange(0, acquired) for _ in range(count)), reverse=True)
        if status is not Status.LOST and offsets and r.random() < 0.7:
            offsets[-1] = r.randrange(0, 20)
        author = owner or r.choice(ref.reps_by_team[team])
        two_way_needed = status in (Status.POTENTIAL, Status.INTENDED, Status.CONTRACTED)
        last_at: str | None = None
        next_up: str | None = None
        kinds = [k for k, _ in _KIND_WEIGHTS]
        weights = [w for _, w in _KIND_WEIGHTS]
        notes = v.NOTES_CN if locale == "zh" else v.NOTES_EN
        first = len(out["activities"])
        for n, back in enumerate(offsets):
            kind = r.choices(kinds, weights)[0]
            if status is Status.LEAD:
                outcome = r.choice(_ONE_WAY) if kind not in (
                    ActivityKind.NOTE, ActivityKind.TASK) else None
            elif kind in (ActivityKind.NOTE, ActivityKind.TASK):
                outcome = Outcome.DONE if kind is ActivityKind.TASK else None
            else:
                outcome = r.choice(_TWO_WAY + _ONE_WAY)
            if two_way_needed and n == 0:
                kind, outcome = ActivityKind.CALL, Outcome.REACHED
            when = f"{self.day_text[back]} {r.randrange(8, 19):02d}:{r.randrange(60):02d}:00.000000"
            follow: str | None = None
            if n == len(offsets) - 1 and status is not Status.LOST:
                roll = r.random()
                if roll < 0.14:
                    follow = self.day_text[r.randrange(1, 30)]  # overdue
                elif roll < 0.20:
                    follow = self.today.isoformat()
                elif roll < 0.85:
                    follow = (self.today + timedelta(days=r.randrange(1, 30))).isoformat()
                next_up = follow
            if kind in CONVERSATION_KINDS:
                last_at = when
            activity_id = self.uid()
            contact = contacts[r.randrange(len(contacts))] if contacts else None
            out["activities"].append((
                activity_id, owner, team_id, stamp, 0, aid, contact,
                open_opp if open_opp and r.random() < 0.3 else None,
                kind.value, when, outcome.value if outcome else None,
                r.choice(notes["internal" if kind in (ActivityKind.NOTE, ActivityKind.TASK)
                               else "talked" if is_two_way(kind, outcome) else "attempt"]),
                follow, author, int(kind is ActivityKind.TASK and back > 0)))
            if contact is not None and kind in (ActivityKind.VISIT, ActivityKind.MEETING):
                self._people_met(activity_id, contact, contacts, owner, team_id,
                                 out["activity_contacts"])
        _follow_up_on_newest(out["activities"], first)

        for tag in r.sample(ref.tags, r.choice((0, 1, 1, 2, 2, 3))):
            out["account_tags"].append((self.uid(), owner, team_id, stamp, 0, aid, tag))

        if self._made and r.random() < 0.08:
            related = self._made[r.randrange(len(self._made))][0]
            relation = r.choice(("parent_of", "supplier_of", "supplier_of", "partner_of"))
            pair = (related, aid) if r.random() < 0.5 else (aid, related)
            out["account_relations"].append((self.uid(), owner, team_id, stamp, 0, *pair,
                                             relation, None))

        self._referral(aid, owner, team, team_id, channel, purchases, out)

        days_since = None if last_at is None else (self.today - date.fromisoformat(
            last_at[:10])).days
        score = value_score(ValueInputs(
            revenue_12m=revenue_12m, revenue_prev_12m=revenue_prev, purchases=purchases,
            open_pipeline=pipeline, scale=scale, has_key_person=reachable,
            days_since_contact=days_since)).value
        out["accounts"].append((
            aid, owner, team_id, stamp, 0, name, company_key(name), r.choice(v.NATURES), scale,
            r.choice(v.FINANCING), industry, region, website, domain, phone, phone_e164,
            address, line, json.dumps(custom, ensure_ascii=False), status.value,
            r.choice(v.LOST_REASONS) if status is Status.LOST else None,
            ref.channels[channel], batch, self.day_text[acquired],
            None if owner is None else self.day_text[max(0, acquired - 3)], score, last_at,
            next_up, *(None,) * len(_POOL_COLUMNS)))
        self._made.append((aid, name, phone, phone_e164, locale))
        if status is Status.CONTRACTED:
            self._membership(at, locale, out, first_payment)

    def _deal(self, n: int, kind: str, at: _Company, book: _Book, out: Chunk,
              r: random.Random, d: random.Random) -> str:
        """The account's `n`th deal, of `kind` (won, lost, qualify or open), with its
        history, products, decision roles and, when won, its contract, schedule and
        payments; what it brings is added to `book`. Returns its id. `r` draws what the
        first version drew, `d` what deals gained since."""
        ref, stamp = self.ref, self.stamp
        owner, team_id, aid = at.owner, at.team_id, at.aid

        def uid() -> str:
            return f"{r.getrandbits(128):032x}"

        oid = uid()
        won = kind == "won"
        amount = _long_tail(r.randrange(20, 2000), at.size)
        closed = 0
        if won:
            closed = r.randrange(5, 700)
            stage, prob, close_d = "won", 100, self.day_text[closed]
            expected = close_d
        elif kind == "lost":
            closed = r.randrange(5, 400)
            stage, prob, close_d = "lost", 0, self.day_text[closed]
            expected = close_d
        elif kind == "qualify":
            stage, prob, close_d, expected = "qualify", 10, None, None
            amount = 0
        else:
            stage = r.choice(("proposal", "negotiation", "needs_analysis"))
            prob = {"needs_analysis": 30, "proposal": 50, "negotiation": 70}[stage]
            close_d = None
            expected = (self.today + timedelta(days=r.randrange(7, 150))).isoformat()
            if d.random() < 0.08:  # its close date passed: a stuck deal
                expected = self.day_text[d.randint(1, 20)]
            book.pipeline += amount
        history = self._deal_history(oid, owner, team_id, at.by, stage, amount or None,
                                     expected, closed, out["deal_changes"], d)
        is_open = stage not in ("won", "lost")
        competitors = d.sample(v.COMPETITORS, d.choice((0, 0, 1, 1, 2)))
        out["opportunities"].append((
            oid, owner, team_id, stamp, 0, aid, f"{at.industry} deal {n}",
            amount or None, "CNY", stage, prob, expected, close_d,
            d.choice(v.NEXT_STEPS) if is_open and d.random() < 0.85 else None,
            d.choice(v.DEAL_LOST_REASONS) if stage == "lost" else None,
            json.dumps(competitors, ensure_ascii=False),
            int(is_open and d.random() < {"negotiation": 0.5, "proposal": 0.15}.get(
                stage, 0.0)),
            0, history[0], history[1]))
        if is_open:
            self._virtual_team(oid, owner, team_id, at.team, out["deal_members"])
        lines = r.sample(ref.products, r.randint(1, 3))
        made: list[tuple[str, str, int]] = []
        for pid, price in lines:
            made.append((uid(), pid, price))
            # the first version's quantity, still drawn so all that follows is as it
            # was; the quantity now follows the deal's amount (`_quantities`)
            r.randint(1, 50)
        if won:
            made += self._more_lines(at, [pid for pid, _ in lines])
        for (line_id, pid, price), quantity in zip(made, _quantities(amount, made),
                                                  strict=True):
            out["opportunity_products"].append((line_id, owner, team_id, stamp, 0, oid, pid,
                                                quantity, price))
        for cid, role in zip(at.contacts, r.sample(
                ("decision_maker", "influencer", "champion", "blocker", "user"),
                min(len(at.contacts), 3)), strict=False):
            if role == "influencer" and d.random() < 0.5:
                role = "economic_buyer"
            out["decision_roles"].append((uid(), owner, team_id, stamp, 0, oid,
                                          cid, role, _stance(role, d)))
        if won and close_d is not None:
            kid = uid()
            signed = closed
            term = d.choice((12, 12, 24, 36))
            signed_day = self.days[signed]
            out["contracts"].append((
                kid, owner, team_id, stamp, 0, aid, oid, f"C-{at.number:06d}-{n}",
                close_d, amount, "CNY", term,
                (add_months(signed_day, term) - timedelta(days=1)).isoformat()))
            book.purchases += 1
            parts = r.randint(1, 3)
            for p in range(parts):
                jitter = r.randrange(1, 15)
                payment_id = uid()
                part = amount // parts if p < parts - 1 else (
                    amount - amount // parts * (parts - 1))
                due = signed - 45 * p  # days ago; below 0: still to come
                iid = f"{d.getrandbits(128):032x}"
                out["contract_instalments"].append((
                    iid, owner, team_id, stamp, 0, kid,
                    (self.today - timedelta(days=due)).isoformat(), part,
                    _instalment_label(p, parts)))
                paid_day = _paid_day(p, due, jitter, d)
                if paid_day is None:
                    continue  # still to come, or overdue
                out["payments"].append((
                    payment_id, owner, team_id, stamp, 0, kid, aid,
                    self.day_text[paid_day], part, "CNY", iid))
                if owner is not None:
                    quarter = period_start(self.days[paid_day], Period.QUARTER)
                    self._credited[(owner, quarter)] = self._credited.get(
                        (owner, quarter), 0) + part
                if paid_day <= 365:
                    book.revenue_12m += part
                elif paid_day <= 730:
                    book.revenue_prev += part

        return oid

    def _more_lines(self, at: _Company, drawn: list[str]) -> list[tuple[str, str, int]]:
        """A won deal's lines beyond those drawn, as (id, product, unit price): what
        customers buy together with them (the cross-sell's history), the next tier of
        what the account bought before (an upgrade), and what it renews (the repeat
        sale's). Then the account has them."""
        b, ref = self.basket_rng, self.ref
        have = set(drawn)
        names = {pid: name for name, (pid, _) in ref.by_name.items()}
        extra: list[tuple[str, int]] = []

        def add(pid: str, price: int) -> None:
            if pid not in have:
                have.add(pid)
                extra.append((pid, price))

        for pid in drawn:
            for companion, chance in v.COMPANIONS.get(names[pid], ()):
                if b.random() < chance:
                    add(*ref.by_name[companion])
        for pid in sorted(self._bought):
            step = ref.next_tier.get(pid)
            if step is not None and step[0] not in self._bought and b.random() < 0.3:
                add(*step)
            renewed = v.RENEWED.get(names[pid], 0.0)
            if renewed and b.random() < renewed:
                add(pid, ref.by_name[names[pid]][1])
        made = []
        for pid, price in extra:
            made.append((f"{b.getrandbits(128):032x}", pid, price))
            b.randint(1, 20)  # the quantity drawn before it followed the amount
        self._bought |= have
        return made

    def _referral(self, aid: str, owner: str | None, team: int, team_id: str, channel: int,
                  purchases: int, out: Chunk) -> None:
        """An account that came through customer referrals was referred by one of its
        team's customers (a repeat one, mostly): a referral of that customer's, which it
        owns. A paying account becomes a possible referrer of later ones."""
        x = self.referral_rng
        customers = self._customers[team]
        if channel == _REFERRAL_CHANNEL and customers and x.random() < 0.8:
            repeat = [c for c in customers[-400:] if c[2]]
            referrer, by, _ = x.choice(repeat if repeat and x.random() < 0.7
                                       else customers[-400:])
            out["referrals"].append((f"{x.getrandbits(128):032x}", by, team_id,
                                     self.stamp, 0, referrer, aid, None))
        if purchases:
            customers.append((aid, owner, purchases >= 2))

    def _more_deals(self, status: Status) -> list[str]:
        """The kinds of the deals an account has beyond those its status gives (none
        unless the workspace asks for more): a lead has none, an account lost only lost
        ones, the others earlier losses and, as far as their status goes, more deals."""
        if not self.more_deals or status is Status.LEAD:
            return []
        x = self.more_rng
        count = sum(x.random() < self.more_deals / 3 for _ in range(3))  # 0..3
        kinds, weights = {Status.POTENTIAL: (("qualify", "lost"), (4, 6)),
                          Status.INTENDED: (("open", "lost"), (5, 5)),
                          Status.CONTRACTED: (("won", "open", "lost"), (4, 2, 4)),
                          Status.LOST: (("lost",), (1,))}[status]
        return x.choices(kinds, weights, k=count)

    def _people_met(self, activity_id: str, first: str, contacts: Sequence[str],
                    owner: str | None, team_id: str, out: list[Row]) -> None:
        """Some visits and meetings were with two or three of the company's people: a
        row for each, the activity's own contact first."""
        p = self.people_rng
        others = [c for c in contacts if c != first]
        if not others or p.random() >= 0.45:
            return
        met = [first, *p.sample(others, min(len(others), p.choice((1, 1, 2))))]
        for contact in met:
            row_id = activity_contact_id(uuid.UUID(activity_id), uuid.UUID(contact)).hex
            out.append((row_id, owner, team_id, self.stamp, 0, activity_id, contact))


_WHEN = COLUMNS["activities"].index("occurred_at")
_FOLLOW = COLUMNS["activities"].index("next_follow_up_on")


#: The templates the care reminders suggest, as the demo's teams have them.
def _follow_up_on_newest(rows: list[Row], first: int) -> None:
    """Give an account's next step to its newest entry (`rows[first:]` are its
    activities): the account's follow-up is its newest entry's, so the one set on an
    entry that a recent one (drawn after it, dated later) came to follow would be wiped
    by the next entry logged with no follow-up."""
    mine = range(first, len(rows))
    holder = next((i for i in mine if rows[i][_FOLLOW] is not None), None)
    if holder is None:
        return
    newest = max(mine, key=lambda i: (rows[i][_WHEN], rows[i][0]))  # as the query orders
    if newest != holder:
        follow = rows[holder][_FOLLOW]
        rows[holder] = (*rows[holder][:_FOLLOW], None, *rows[holder][_FOLLOW + 1:])
        rows[newest] = (*rows[newest][:_FOLLOW], follow, *rows[newest][_FOLLOW + 1:])


_OPEN_PATH = ("qualify", "needs_analysis", "proposal", "negotiation")


def _stance(role: str, d: random.Random) -> str:
    """Champions support, blockers oppose, the others are anywhere."""
    if role == "champion":
        return "supports"
    if role == "blocker":
        return "opposes" if d.random() < 0.8 else "neutral"
    return d.choices(("supports", "neutral", "opposes"), (4, 4, 2))[0]


def _instalment_label(part: int, parts: int) -> str:
    deposit, delivery, _acceptance, final = v.INSTALMENT_LABELS
    return deposit if part == 0 else final if part == parts - 1 else delivery


# Revenue has a long tail (80/20): many customers buy small, a few buy big, and a big
# buyer's deals are all big. A deal's amount is lognormal, from the account's size and
# the deal's own spread. Both come from what is drawn already (the account's random id,
# the deal's uniform draw of the first version), so no draw is added and the rest of a
# workspace made from a seed stays what it was.
_NORMAL = NormalDist()
#: The median deal, in yuan; the spread of accounts' sizes and of deals within one.
_MEDIAN_DEAL, _ACCOUNT_SPREAD, _DEAL_SPREAD = 60_000, 1.3, 0.8
#: Deal amounts are whole thousands of yuan, from 5,000 to 20 million.
_SMALLEST, _LARGEST = 5, 20_000


def _buyer_size(aid: str) -> float:
    """The account's size as a buyer, standard normal, from its (uniform random) id."""
    return _NORMAL.inv_cdf((int(aid[:12], 16) + 0.5) / 16 ** 12)


#: The most units of a product on one line (the first version's largest draw): a big
#: deal's lines leave the rest of its amount to what is not itemised (its services).
_MOST_UNITS = 50


def _quantities(amount: int, lines: Sequence[tuple[str, str, int]]) -> list[int]:
    """How many of each of a deal's lines (id, product, unit price): the deal's amount
    shared evenly among them, each the whole units of its price nearest its share, at
    least one (a deal without an amount yet: one of each) and at most _MOST_UNITS. So a
    line is worth no more than about its share of its deal, and what a customer usually
    buys is in proportion to what its deals were worth."""
    if not lines:
        return []
    share = amount / len(lines)
    return [min(_MOST_UNITS, max(1, round(share / price))) if price > 0 else 1
            for _, _, price in lines]


def _long_tail(draw: int, size: float) -> int:
    """A deal's amount in fen from the first version's uniform draw (20..1999 thousand
    yuan) and its account's `size`."""
    spread = _NORMAL.inv_cdf((draw - 19.5) / 1980)
    thousands = _MEDIAN_DEAL / 1000 * math.exp(_ACCOUNT_SPREAD * size + _DEAL_SPREAD * spread)
    return max(_SMALLEST, min(_LARGEST, round(thousands))) * 100_000


def _paid_day(part: int, due: int, jitter: int, d: random.Random) -> int | None:
    """When an instalment due `due` days ago was paid (days ago), or None: not yet (it
    is still to come, or overdue). The deposit is paid on signing; most others on time,
    some late, a few not at all."""
    if part == 0:
        return max(0, due)
    if due < 0:
        return None
    roll = d.random()
    if roll < 0.72:
        return min(799, due + jitter % 7)  # on time, up to a week early
    if roll < 0.9:
        return max(0, due - 5 - 2 * jitter)  # late
    return None


def _qualifier(words: Sequence[str], n: int) -> tuple[str, int]:
    """An extra word ("Global ") once the plain combinations are used up, and what is left."""
    if n == 0:
        return "", 0
    n -= 1
    return words[n % len(words)] + " ", n // len(words)


def _month_start(day: date, back: int) -> date:
    year, month = day.year, day.month - back
    while month < 1:
        year, month = year - 1, month + 12
    return date(year, month, 1)


def _pinyinish(seed_hex: str) -> str:
    # Chinese and Hebrew companies get ASCII web domains, as they do in life.
    consonants, vowels = "bcdfghjklmnpqrstwxyz", "aeiou"
    return "".join(
        (consonants if i % 2 == 0 else vowels)[int(seed_hex[i], 16) % (20 if i % 2 == 0 else 5)]
        for i in range(8)
    )


def _custom_fields(line: str, r: random.Random) -> dict[str, object]:
    values: dict[str, object] = {}
    for spec in BUSINESS_LINES[line]:
        if r.random() < 0.3:
            continue
        if spec.kind == "int":
            values[spec.key] = r.randrange(5, 2000)
        elif spec.kind == "choice":
            values[spec.key] = r.choice(spec.choices)
        else:
            values[spec.key] = r.choice(v.CURRENT_SYSTEMS)
    return values


def _near_duplicate(name: str, r: random.Random) -> str:
    """How the same company gets typed twice: another legal form, case, full-width."""
    for suffix in sorted(v.EN_SUFFIXES + v.CN_SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix):
            base = name[: -len(suffix)].rstrip()
            choices = v.CN_SUFFIXES if suffix in v.CN_SUFFIXES else v.EN_SUFFIXES
            other = r.choice([s for s in choices if s != suffix])
            sep = "" if suffix in v.CN_SUFFIXES else " "
            variant = f"{base}{sep}{other}"
            return variant.upper() if r.random() < 0.3 and sep else variant
    return name.replace(" ", "  ") + " "


def sample_rows(gen: Sequence[Chunk], table: str) -> list[Row]:
    """All rows of `table` across chunks (for tests on small workspaces)."""
    return [row for chunk in gen for row in chunk.get(table, [])]
