from __future__ import annotations

import random
from collections.abc import Iterable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crmdesk.domain.dedupe import (
    Identity,
    InvalidPhone,
    clusters,
    company_key,
    company_words,
    email_domain,
    identity,
    name_similarity,
    phone_e164,
    rank,
    reasons,
    website_domain,
)


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("ACME Trading Co., Ltd.", "acme trading"),
        ("Acme Trading Company Limited", "acme trading"),
        ("acme trading co ltd", "acme trading"),
        ("ＡＣＭＥ　Ｔｒａｄｉｎｇ　Ｃｏ．，Ｌｔｄ．", "acme trading"),  # full-width
        ("The Northwind Group", "northwind"),
        ("Northwind Traders, Inc.", "northwind traders"),
        ("Northwind Traders LLC", "northwind traders"),
        ("Müller GmbH & Co. KG", "müller"),
        ("Siemens AG", "siemens"),
        ("Acme (Shanghai) Co., Ltd.", "acme"),
        ("深圳市腾飞科技有限公司", "深圳市腾飞科技"),
        ("深圳市腾飞科技股份有限公司", "深圳市腾飞科技"),
        ("华为技术（深圳）有限公司", "华为技术"),
        ("阿里巴巴集团", "阿里巴巴"),
        ("阿里巴巴（中国）有限公司", "阿里巴巴"),
        ("腾讯科技有限责任公司", "腾讯科技"),
        ('טבע תעשיות בע"מ', "טבע תעשיות"),
        ("טבע תעשיות בע״מ", "טבע תעשיות"),
        ("Company Ltd", "company"),  # never strips a name to nothing
        ("  ", ""),
    ],
)
def test_company_words(raw: str, words: str) -> None:
    assert company_words(raw) == words


def test_same_company_typed_differently_gets_one_key() -> None:
    spellings = ["Acme Trading Co., Ltd.", "ACME TRADING LIMITED", "Acme  Trading, Inc.",
                 "ＡＣＭＥ Trading", "acme-trading llc"]
    assert {company_key(s) for s in spellings} == {"acmetrading"}


@given(st.text(max_size=40))
def test_company_key_ignores_case_width_and_spacing(name: str) -> None:
    key = company_key(name)
    assert company_key(name.upper()) == company_key(name.lower()) or not name.isascii()
    assert company_key("  " + name.replace(" ", "  ") + " ") == key
    assert company_key(name + " Co., Ltd.") == key or key == ""
    assert not any(ch.isspace() for ch in key)


@pytest.mark.parametrize(
    ("raw", "region", "e164"),
    [
        ("138 1234 5678", "CN", "+8613812345678"),
        ("+86 138-1234-5678", "US", "+8613812345678"),
        ("010-6552 9988", "CN", "+861065529988"),
        ("(650) 253-0000", "US", "+16502530000"),
        ("+1 650 253 0000", "CN", "+16502530000"),
        ("052-555-1234", "IL", "+972525551234"),
        ("０２１－６２３４５６７８", "CN", "+862162345678"),  # full-width digits
    ],
)
def test_phone_e164(raw: str, region: str, e164: str) -> None:
    assert phone_e164(raw, region) == e164


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("", "empty"),
        ("call me", "no digits"),
        ("12", "wrong number of digits"),
        ("+86 123", "wrong number of digits"),
        ("+1 555 0100", "not a valid number"),
        ("+44 20 7946 000000", "wrong number of digits"),
    ],
)
def test_broken_phones_get_a_plain_reason(raw: str, message: str) -> None:
    with pytest.raises(InvalidPhone, match=message):
        phone_e164(raw, "CN")


def test_email_and_web_domains() -> None:
    assert email_domain("Li.Wei@Acme.COM ") == "acme.com"
    assert email_domain("someone@qq.com") is None  # free mail says nothing about a company
    assert email_domain("someone@gmail.com") is None
    assert email_domain("not-an-email") is None
    assert email_domain("x@localhost") is None
    assert website_domain("https://www.acme.com/about?x=1") == "acme.com"
    assert website_domain("acme.com.cn") == "acme.com.cn"
    assert website_domain("http://WWW.Acme.com:8080") == "acme.com"
    assert website_domain("") is None


def _identity(ref: str, name: str, phones: Iterable[str] = (), emails: Iterable[str] = (),
              website: str | None = None, region: str = "CN") -> Identity:
    """A record's keys, its phones read in China unless said (as these numbers are)."""
    return identity(ref, name, phones, emails, website, region)


def test_reasons_name_every_match() -> None:
    new = _identity("new", "Acme Trading Inc.", phones=["138 1234 5678"],
                   emails=["bob@acme.com"])
    old = _identity("old", "ACME Trading Co., Ltd.", phones=["+86 13812345678"],
                   website="www.acme.com")
    why = reasons(new, old)
    assert why == ["same company name once legal form is ignored (“acme trading”)",
                   "same phone number +8613812345678", "same email or web domain acme.com"]


def test_similar_but_different_names() -> None:
    assert name_similarity("acme tradng", "acme trading") >= 90  # a typo
    assert name_similarity("trading acme", "acme trading") == 100  # word order
    # a long shared industry word must not make two companies one
    assert name_similarity("crescentview manufacturing", "crescentfield manufacturing") < 90
    assert name_similarity("深圳市腾明软件", "深圳市腾川软件") < 90
    assert name_similarity("深圳市腾明软件", "腾明软件") == 100  # city prefix dropped
    assert name_similarity("北京市百和教育科技", "南京市百和教育科技") == 0  # two cities
    assert name_similarity("广东省深圳市腾飞科技", "深圳市腾飞科技") == 100  # province + city


def test_rank_orders_by_strength_and_skips_self() -> None:
    new = _identity("n", "Acme Trading", phones=["138 1234 5678"])
    strong = _identity("a", "Acme Trading Ltd", phones=["13812345678"])
    weak = _identity("b", "Acme Tradng")
    other = _identity("c", "Globex")
    assert [c.ref for c in rank(new, [other, weak, strong, new])] == ["a", "b"]


def test_clusters_group_by_any_shared_key() -> None:
    records = [
        _identity("1", "Acme Trading Co., Ltd."),
        _identity("2", "ACME TRADING LIMITED"),
        _identity("3", "Globex Corporation", phones=["(650) 253-0000"], region="US"),
        _identity("4", "Globex Intl", phones=["+1 650 253 0000"]),
        _identity("5", "Initech", emails=["a@initech.com"]),
        _identity("6", "Initrode", emails=["b@initech.com"]),
        _identity("7", "Umbrella"),
        _identity("8", "深圳市腾飞科技有限公司"),
        _identity("9", "深圳市腾飞科技股份有限公司"),
        _identity("a", "腾飞科技有限公司"),  # the same company without its city
        _identity("b", "北京市腾飞科技有限公司"),  # another city: another company
    ]
    result = clusters(records)
    found = {frozenset(m.ref for m in c.members) for c in result}
    # the city-less name could be either city's company, so it links both; the pairs
    # listed say which two really match, and Beijing is never paired with Shenzhen
    assert found == {frozenset("12"), frozenset("34"), frozenset("56"), frozenset("89ab")}
    pairs = {frozenset((x, y)) for c in result for x, y, _why in c.reasons}
    assert frozenset("8b") not in pairs and frozenset("9b") not in pairs
    assert {frozenset("89"), frozenset("8a"), frozenset("ab")} <= pairs


def test_names_differing_in_a_number_are_different_companies() -> None:
    assert name_similarity("acme 2 trading", "acme 3 trading") == 0
    assert name_similarity("company00042 widgets", "company00043 widgets") == 0


def test_clusters_scale_by_blocking() -> None:
    rng = random.Random(3)
    letters = "bcdfghjklmnprstvz"
    names = sorted({"".join(rng.choice(letters) + rng.choice("aeiou") for _ in range(4))
                    for _ in range(4000)})
    records = [Identity(str(i), n, f"{n} widgets") for i, n in enumerate(names)]
    typo = names[42][:-1] + ("e" if names[42][-1] != "e" else "a")
    records.append(Identity("typo", typo, f"{typo} widgets"))
    found = clusters(records)
    groups = [sorted(m.ref for m in c.members) for c in found]
    assert ["42", "typo"] in groups
    # random names one letter apart are plausible typos too; every pair reported is one
    for cluster in found:
        for a, b, why in cluster.reasons:
            pair = [r for r in records if r.ref in (a, b)]
            assert name_similarity(pair[0].words, pair[1].words) >= 90
            assert why[0].startswith("similar company name")


def test_a_name_that_is_only_an_article_keeps_its_key_with_a_legal_form() -> None:
    # found by hypothesis: "THE Co., Ltd." lost the article first, then kept "co"
    assert company_key("THE Co., Ltd.") == company_key("THE")
    assert company_key("The Acme Co., Ltd.") == company_key("Acme")


def _alike_names(rng: random.Random, count: int) -> list[Identity]:
    """Names many of which are alike: a few stems in Latin and Chinese, with typos,
    extra words and cities, so pairs share one name block, both, or none."""
    stems = ["acme trading", "northwind traders", "globex widgets", "initech systems",
             "东飞物流", "腾飞科技", "华东贸易", "acme 2 trading"]
    out = []
    for i in range(count):
        words = rng.choice(stems)
        if rng.random() < 0.5:
            at = rng.randrange(len(words))
            words = words[:at] + rng.choice("aeiou东飞") + words[at + 1:]
        if rng.random() < 0.3:
            words = rng.choice(("北京市", "深圳市", "big ", "")) + words
        out.append(Identity(str(i), words, company_words(words)))
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_likely_pairs_are_every_pair_the_rule_accepts(seed: int) -> None:
    """The bulk search (blocks, scores compared first, a pair sharing both its blocks
    judged once) finds exactly the pairs `reasons` accepts, asked one by one."""
    from crmdesk.domain.dedupe import likely_pairs

    rng = random.Random(seed)
    new, known = _alike_names(rng, 150), _alike_names(rng, 120)
    assert likely_pairs(new, known) == {
        (i, j) for i, a in enumerate(new) for j, b in enumerate(known) if reasons(a, b)}
    assert likely_pairs(new) == {
        (i, j) for i, a in enumerate(new) for j, b in enumerate(new)
        if i < j and reasons(a, b)}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_similar_to_names_finds_the_pairs_the_rule_accepts_by_name(seed: int) -> None:
    """The server's search among names a database found (no record made of them) gives
    the pairs `similar_names` accepts, asked one by one: the rule, not a copy of it."""
    from crmdesk.domain.dedupe import similar_names, similar_to_names

    rng = random.Random(seed)
    new, known = _alike_names(rng, 60), _alike_names(rng, 200)
    names = [record.name for record in known]
    expected = {(i, j) for i, a in enumerate(new) for j, b in enumerate(known)
                if similar_names(a.words, b.words) is not None}
    assert expected  # the names are alike enough for the test to mean something
    assert similar_to_names(new, names) == expected
    assert similar_to_names([], names) == set()
    assert similar_to_names(new, []) == set()


def test_a_phone_read_again_gives_the_same_answer_and_a_bad_one_is_refused_each_time(
        ) -> None:
    """Readings are remembered (an enquiry's number is read three times), a refusal is
    not: a wrong number is told as wrong however often it comes."""
    assert phone_e164("+86 138 0000 0001", "CN") == phone_e164("+86 138 0000 0001", "CN")
    assert phone_e164("138 0000 0001", "CN") == "+8613800000001"
    # remembered by number and region: the same digits read in another country differ
    assert phone_e164("020 7946 0958", "GB") == "+442079460958"
    assert phone_e164("020 7946 0958", "CN") == "+862079460958"
    for _ in range(2):
        with pytest.raises(InvalidPhone, match="no digits"):
            phone_e164("call me", "CN")

