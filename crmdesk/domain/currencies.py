"""ISO 4217 currencies in use, with how many minor units each has (amounts are stored
in minor units: fen, cents, fils), and how an amount is written for people."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from crmdesk.domain.words import Counted, Worded, tr_noop

# Codes with two decimals (the common case), as ISO 4217 lists the active ones.
_TWO = (
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BRL BSD BTN "
    "BWP BYN BZD CAD CDF CHF CNY COP CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD "
    "FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR "
    "KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN "
    "MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD "
    "SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD "
    "TZS UAH USD UYU UZS VES WST XCD YER ZAR ZMW ZWG"
)
# Codes with no minor unit, and with three.
_ZERO = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX VND VUV XAF XOF XPF"
_THREE = "BHD IQD JOD KWD LYD OMR TND"

#: Every known code with its number of decimals.
DECIMALS: dict[str, int] = {
    **dict.fromkeys(_TWO.split(), 2),
    **dict.fromkeys(_ZERO.split(), 0),
    **dict.fromkeys(_THREE.split(), 3),
}


#: Currencies people write with a sign in front (the rest keep their code after).
SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "JPY": "JP¥", "HKD": "HK$"}


def currency_problem(code: str) -> str | None:
    """Why `code` is not a currency a deal may be in, or None."""
    if code.strip().upper() in DECIMALS:
        return None
    return Worded(tr_noop("“{0}” is not a currency code (ISO 4217, three letters such as "
                          "CNY, USD or EUR)."), code)


def clean_currency(code: str) -> str:
    """A currency code as stored: upper case, no spaces."""
    return code.strip().upper()


def minor_per_unit(code: str) -> int:
    """How many minor units make one unit of `code` (100 for an unknown code)."""
    return int(10 ** DECIMALS.get(code.upper(), 2))


def format_money(amount: int | None, code: str) -> str:
    """`amount` (minor units) as people write it: "1,250,000.00 CNY"; "" for None."""
    if amount is None:
        return ""
    places = DECIMALS.get(code.upper(), 2)
    sign = "-" if amount < 0 else ""
    whole, part = divmod(abs(amount), 10 ** places)
    text = f"{whole:,}" + (f".{part:0{places}d}" if places else "")
    return f"{sign}{text} {code}"


#: What text that is no number is refused for, as an amount.
NOT_AN_AMOUNT = tr_noop("“{0}” is not an amount: write it like 12000.00.")


def parse_money(text: str, currency: str) -> int | None:
    """An amount as people type it ("12,000", "¥80,000.50", "1250000 CNY") in minor
    units of `currency`; None for nothing typed. ValueError, with the reason in words,
    for an unknown currency, text that is not a number ("2.5万", "inf") or more decimals
    than the currency has."""
    code = clean_currency(currency)
    problem = currency_problem(code)
    if problem is not None:
        raise ValueError(problem)
    cleaned = text.strip().upper().replace(",", "").replace("_", "").replace(code, "")
    symbol = SYMBOLS.get(code)
    if symbol:
        cleaned = cleaned.replace(symbol.upper(), "")
    cleaned = cleaned.strip()
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(Worded(NOT_AN_AMOUNT, text)) from None
    if not value.is_finite():
        raise ValueError(Worded(NOT_AN_AMOUNT, text))
    places = DECIMALS[code]
    minor = value.scaleb(places)
    if minor != minor.to_integral_value():
        raise ValueError(Counted("{0} amounts have at most %n decimal(s): “{1}”.", "", places,
                                 code, text))
    return int(minor)
