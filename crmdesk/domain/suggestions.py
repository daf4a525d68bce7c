"""What to sell an account next, each suggestion with its reason, and the words for its
loyalty stage.

Three kinds, from purchase history (a purchase is a product line of a won deal, on the
day the deal was won):

- cross-sell: association rules over what customers bought. Among similar customers
  (the same industry; too few of those, the same scale; too few again, all), the rule
  A -> B has support = the share of those customers who bought both A and B, and
  confidence = P(B | A) = of those who bought A, the share who also bought B. An
  account that has A and not B gets B, with the rule's figures as its reason.
- up-sell: the next tier of a product family the account buys (Product.family and
  Product.tier: tier 2 of "CRM Suite" is the step up from tier 1).
- repeat sale: a product's usual repurchase interval (the median gap, in days,
  between two purchases of it by the same customer) has passed since this account
  last bought it.

Plain Python, no I/O: the store hands in the rows and keeps the counts between reads
(crmdesk.store.suggestion_queries).
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from itertools import combinations, pairwise
from statistics import median, median_high
from typing import Any, Generic, TypeVar

from crmdesk.domain.value import Loyalty
from crmdesk.domain.words import tr_noop

#: What a product is known by in a purchase history (its id, or its id's text).
K = TypeVar("K", bound=Hashable)

#: A group of similar customers: ("industry", "Retail"), ("scale", "50-199"), or ALL.
Segment = tuple[str, str]
ALL: Segment = ("all", "")

#: A segment with fewer customers than this says too little: the next, broader one is
#: read instead (industry, then scale, then all customers).
MIN_SEGMENT = 20
#: A rule is offered when at least this many customers bought both, ...
MIN_PAIR_CUSTOMERS = 3
#: ... and at least this share of those who bought A also bought B.
MIN_CONFIDENCE = 0.2
#: A usual interval needs this many repurchases (gaps) of the product behind it, ...
MIN_GAPS = 3
#: ... and this share of its buyers having bought it again: a product bought once by
#: most (an implementation) has no usual interval, whatever a few did.
MIN_REPEAT_SHARE = 0.25
#: At most this many suggestions of each kind.
PER_KIND = 3


class Kind(StrEnum):
    REPEAT = "repeat"
    UP_SELL = "up_sell"
    CROSS_SELL = "cross_sell"


KIND_LABELS: dict[Kind, str] = {
    Kind.REPEAT: tr_noop("Repeat sale"), Kind.UP_SELL: tr_noop("Up-sell"),
    Kind.CROSS_SELL: tr_noop("Cross-sell"),
}

#: Each kind's reason, worded from a suggestion's `figures` ({0}…; a cross-sell's {1} is
#: its segment, worded by SEGMENT_WORDS from figures 1 and 2).
REASON_WORDS: dict[Kind, str] = {
    Kind.REPEAT: tr_noop("last bought {0} days ago ({1}); {2} of its buyers buy it again, "
                         "usually after {3} days (median of {4} repurchases)"),
    Kind.UP_SELL: tr_noop("has {0} (tier {1} of {2}); the next tier is {3}"),
    Kind.CROSS_SELL: tr_noop("{0} of {1} who bought {2} also bought {3} ({4} of {5}; "
                             "support {6} of {7})"),
}
#: The customers a cross-sell's rule was read among.
SEGMENT_WORDS: dict[str, str] = {
    "industry": tr_noop("customers in {0}"),
    "scale": tr_noop("customers of {0} employees"),
    "all": tr_noop("all customers"),
}


def reason_words(kind: Kind, figures: Sequence[str], say: Callable[[str], str] = str) -> str:
    """A suggestion's reason from its figures; `say` translates the English (the window's
    `word`; the command line's English as it is)."""
    if kind is Kind.CROSS_SELL:
        segment = say(SEGMENT_WORDS.get(figures[1], SEGMENT_WORDS["all"])).format(figures[2])
        figures = [figures[0], segment, *figures[3:]]
    return say(REASON_WORDS[kind]).format(*figures)


@dataclass(frozen=True, slots=True)
class Product:
    """A product as suggestions read it: its tier within its family (both None: it has
    no tiers)."""

    id: uuid.UUID
    name: str
    list_price: int = 0
    currency: str = "CNY"
    family: str | None = None
    tier: int | None = None


@dataclass(frozen=True, slots=True)
class Bought:
    """One purchase of a product by an account: `quantity` on the day its deal was won."""

    product_id: uuid.UUID
    day: date
    quantity: int = 1


@dataclass(frozen=True, slots=True)
class Suggestion:
    kind: Kind
    product_id: uuid.UUID
    product: str
    reason: str
    #: how many to offer (what the account usually buys of it, or of the tier it
    #: replaces: `usual_quantity`; one of a product new to it), at what unit price (the
    #: product's list price, minor units) in which currency
    quantity: int = 1
    unit_price: int = 0
    currency: str = "CNY"
    #: cross-sell: the rule's support and confidence (0..1), and the segment read
    support: float | None = None
    confidence: float | None = None
    #: up-sell: the product it replaces; cross-sell: the product that led to it
    because_of: uuid.UUID | None = None
    #: what `reason` is worded from (`reason_words`): the window words it in its language
    figures: tuple[str, ...] = ()


# ---- loyalty ----------------------------------------------------------------------------

def loyalty_reason(stage: Loyalty, purchases: int, referrals: int) -> str:
    """Why the account is at `stage`, in a rep's words."""
    bought = f"{purchases} purchase{'s' if purchases != 1 else ''}"
    if stage is Loyalty.ADVOCACY:
        return (f"{bought} and referred {referrals} "
                f"{'company' if referrals == 1 else 'companies'} to us")
    if stage is Loyalty.REPEAT_PURCHASE:
        return f"{bought} so far" + (
            f"; referred {referrals}, advocacy follows a repeat purchase" if referrals else
            "; a referral would make it an advocate")
    if stage is Loyalty.FIRST_PURCHASE:
        return "1 purchase so far; a second makes it a repeat customer"
    if stage is Loyalty.EXPECTATION:
        return "a two-way conversation, no purchase yet"
    return "no two-way conversation and no purchase yet"


# ---- cross-sell ---------------------------------------------------------------------------

def segments(industry: str | None, scale: str | None) -> tuple[Segment, ...]:
    """The groups a customer counts in, narrowest first (ALL last)."""
    out: list[Segment] = []
    if industry:
        out.append(("industry", industry))
    if scale:
        out.append(("scale", scale))
    out.append(ALL)
    return tuple(out)


@dataclass
class Associations(Generic[K]):
    """How many customers of each segment bought each product and each pair of products
    (the pair once, in the order of its products' text). Built once over every
    customer's basket; read per account. Products are known by a key of the caller's
    (their ids, or their ids' text: hashed in C, which counting a hundred thousand
    baskets feels)."""

    customers: Counter[Segment] = field(default_factory=Counter)
    singles: dict[Segment, Counter[K]] = field(default_factory=lambda: defaultdict(Counter))
    pairs: dict[Segment, Counter[tuple[K, K]]] = field(
        default_factory=lambda: defaultdict(Counter))
    #: for each segment and product, the products bought with it (pairs looked up by A),
    #: made from the pairs when first read after a customer was added
    _partners: dict[Segment, dict[K, set[K]]] | None = field(
        default=None, compare=False, repr=False)

    def add(self, basket: Iterable[K], groups: Sequence[Segment], times: int = 1) -> None:
        """Count one customer's distinct products in each of its `groups` (`times`: as
        many customers with the same basket and groups, counted at once)."""
        items = sorted(set(basket), key=str)
        if not items:
            return
        pairs = list(combinations(items, 2))
        self._partners = None
        for group in groups:
            self.customers[group] += times
            singles, counted = self.singles[group], self.pairs[group]
            for item in items:
                singles[item] += times
            for pair in pairs:
                counted[pair] += times

    def index(self) -> dict[Segment, dict[K, set[K]]]:
        """For each segment and product, the products bought with it: made from the
        pairs once after the customers were added (call it before sharing the counts
        between threads)."""
        if self._partners is None:
            made: dict[Segment, dict[K, set[K]]] = {}
            for each, counted in self.pairs.items():
                by: dict[K, set[K]] = defaultdict(set)
                made[each] = by
                for a, b in counted:
                    by[a].add(b)
                    by[b].add(a)
            self._partners = made
        return self._partners

    def partners(self, group: Segment, product: K) -> set[K]:
        """The products some customer of `group` bought together with `product`."""
        return self.index().get(group, {}).get(product, set())

    def pair(self, group: Segment, a: K, b: K) -> int:
        return self.pairs[group][(a, b) if str(a) <= str(b) else (b, a)]

    def segment_for(self, groups: Sequence[Segment]) -> Segment:
        """The narrowest of `groups` with enough customers to say something."""
        for group in groups:
            if self.customers[group] >= MIN_SEGMENT:
                return group
        return ALL


@dataclass(frozen=True, slots=True)
class Rule(Generic[K]):
    antecedent: K
    consequent: K
    both: int  # customers who bought both
    having: int  # customers who bought the antecedent
    customers: int  # customers in the segment

    @property
    def support(self) -> float:
        return self.both / self.customers if self.customers else 0.0

    @property
    def confidence(self) -> float:
        return self.both / self.having if self.having else 0.0


def best_rules(assoc: Associations[K], group: Segment, owned: Iterable[K]) -> dict[K, Rule[K]]:
    """For each product not owned, the strongest rule (highest confidence, then support)
    leading to it from a product owned, among those strong enough to offer."""
    mine = set(owned)
    best: dict[K, Rule[K]] = {}
    customers = assoc.customers[group]
    singles = assoc.singles[group]
    for a in sorted(mine, key=str):  # ties go to the first antecedent in this order
        having = singles[a]
        for b in assoc.partners(group, a):
            if b in mine:
                continue
            both = assoc.pair(group, a, b)
            rule = Rule(a, b, both, having, customers)
            if both < MIN_PAIR_CUSTOMERS or rule.confidence < MIN_CONFIDENCE:
                continue
            held = best.get(b)
            if held is None or (rule.confidence, rule.support) > (held.confidence,
                                                                  held.support):
                best[b] = rule
    return best


def cross_sell(assoc: Associations[K], groups: Sequence[Segment], owned: Iterable[K],
               products: Mapping[K, Product]) -> list[Suggestion]:
    """Products bought together with this account's by similar customers, strongest
    rule first; `owned` and `products` are known by the keys `assoc` counts."""
    group = assoc.segment_for(groups)
    rules = best_rules(assoc, group, owned)
    ranked = sorted(rules.values(),
                    key=lambda r: (-r.confidence, -r.support, str(r.consequent)))
    out: list[Suggestion] = []
    for rule in ranked:
        b, a = products.get(rule.consequent), products.get(rule.antecedent)
        if b is None or a is None:
            continue
        figures = (f"{rule.confidence:.0%}", group[0], group[1], a.name, b.name,
                   str(rule.both), str(rule.having), f"{rule.support:.1%}",
                   str(rule.customers))
        out.append(Suggestion(Kind.CROSS_SELL, b.id, b.name,
                              reason_words(Kind.CROSS_SELL, figures), 1, b.list_price,
                              b.currency, rule.support, rule.confidence, a.id, figures))
        if len(out) == PER_KIND:
            break
    return out


# ---- how many ---------------------------------------------------------------------------

def usual_quantity(bought: Iterable[Bought], product_id: uuid.UUID) -> int:
    """How many of `product_id` the account usually buys: the median of its purchases'
    quantities (of two, the larger), at least one. One odd order (a 40-seat roll-out
    among orders of 2) does not make every later suggestion forty times the price."""
    quantities = [b.quantity for b in bought if b.product_id == product_id]
    return max(1, median_high(quantities)) if quantities else 1


# ---- up-sell ----------------------------------------------------------------------------

def up_sell(products: Mapping[uuid.UUID, Product], bought: Iterable[Bought]
            ) -> list[Suggestion]:
    """For each product family the account buys, the next tier above its highest one,
    as many as it usually buys of that one (the upgrade replaces them)."""
    bought = list(bought)
    highest: dict[str, tuple[int, Bought, Product]] = {}
    for purchase in bought:
        product = products.get(purchase.product_id)
        if product is None or product.family is None or product.tier is None:
            continue
        held = highest.get(product.family)
        if held is None or (product.tier, purchase.day) > (held[0], held[1].day):
            highest[product.family] = (product.tier, purchase, product)
    tiers: dict[str, list[Product]] = defaultdict(list)
    for product in products.values():
        if product.family is not None and product.tier is not None:
            tiers[product.family].append(product)
    out: list[Suggestion] = []
    for family, (tier, _purchase, product) in sorted(highest.items()):
        above = sorted((p for p in tiers[family] if p.tier is not None and p.tier > tier),
                       key=lambda p: (p.tier, p.name))
        if not above:
            continue
        step = above[0]
        figures = (product.name, str(tier), family, step.name)
        out.append(Suggestion(Kind.UP_SELL, step.id, step.name,
                              reason_words(Kind.UP_SELL, figures),
                              usual_quantity(bought, product.id), step.list_price,
                              step.currency, because_of=product.id, figures=figures))
    return out[:PER_KIND]


# ---- repeat sale --------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Interval:
    """A product's usual repurchase interval: the median gap in days between two
    purchases of it by one customer, over `repurchases` gaps; `share`: of its buyers,
    those who bought it more than once."""

    days: int
    repurchases: int
    share: float


def usual_intervals(history: Iterable[tuple[Hashable, K, date]]) -> dict[K, Interval]:
    """Each product's usual repurchase interval, from (customer, product, day) rows (two
    purchases on one day are one); a product without MIN_GAPS repurchases, or bought
    again by less than MIN_REPEAT_SHARE of its buyers, has none."""
    days: dict[tuple[Hashable, K], set[date]] = defaultdict(set)
    for customer, product, day in history:
        days[(customer, product)].add(day)
    gaps: dict[K, list[int]] = defaultdict(list)
    buyers: Counter[K] = Counter()
    again: Counter[K] = Counter()
    for (_customer, product), held in days.items():
        ordered = sorted(held)
        buyers[product] += 1
        again[product] += len(ordered) > 1
        gaps[product].extend((b - a).days for a, b in pairwise(ordered))
    out: dict[K, Interval] = {}
    for product, found in gaps.items():
        share = again[product] / buyers[product]
        if len(found) >= MIN_GAPS and share >= MIN_REPEAT_SHARE:
            out[product] = Interval(round(median(found)), len(found), share)
    return out


def repeat_sale(products: Mapping[uuid.UUID, Product], bought: Iterable[Bought],
                intervals: Mapping[uuid.UUID, Interval], today: date
                ) -> list[Suggestion]:
    """The products this account bought whose usual interval has passed since it last
    bought them, the longest overdue first, as many as it usually buys."""
    bought = list(bought)
    last: dict[uuid.UUID, Bought] = {}
    for purchase in bought:
        held = last.get(purchase.product_id)
        if held is None or purchase.day > held.day:
            last[purchase.product_id] = purchase
    due: list[tuple[int, Suggestion]] = []
    for product_id, purchase in last.items():
        found, product = intervals.get(product_id), products.get(product_id)
        if found is None or product is None:
            continue
        usual = found.days
        since = (today - purchase.day).days
        if since < usual:
            continue
        figures = (str(since), purchase.day.isoformat(), f"{found.share:.0%}", str(usual),
                   str(found.repurchases))
        due.append((since - usual, Suggestion(
            Kind.REPEAT, product.id, product.name, reason_words(Kind.REPEAT, figures),
            usual_quantity(bought, product.id), product.list_price, product.currency,
            figures=figures)))
    due.sort(key=lambda d: (-d[0], d[1].product))
    return [s for _, s in due[:PER_KIND]]


# ---- all together -----------------------------------------------------------------------

def _same(product_id: uuid.UUID) -> uuid.UUID:
    return product_id


def suggest(products: Mapping[uuid.UUID, Product], bought: Sequence[Bought],
            assoc: Associations[Any], groups: Sequence[Segment],
            intervals: Mapping[uuid.UUID, Interval], today: date,
            key: Callable[[uuid.UUID], Hashable] = _same) -> list[Suggestion]:
    """Every suggestion for one account: repeat sales first (what it already needs),
    then up-sells, then cross-sells; a product is suggested once, by the first kind
    that names it. Products no longer offered (not in `products`) are never named.
    `key`: what `assoc` knows a product by (its id, by default)."""
    owned = {key(b.product_id) for b in bought}
    by_key = {key(p.id): p for p in products.values()}
    out: list[Suggestion] = []
    named: set[uuid.UUID] = set()
    for found in (repeat_sale(products, bought, intervals, today), up_sell(products, bought),
                  cross_sell(assoc, groups, owned, by_key)):
        for suggestion in found:
            if suggestion.product_id not in named:
                named.add(suggestion.product_id)
                out.append(suggestion)
    return out


def deal_name(suggestion: Suggestion) -> str:
    """The name of the deal a suggestion becomes."""
    return f"{KIND_LABELS[suggestion.kind]}: {suggestion.product}"[:200]
