"""Dates, numbers and money as the window's language writes them.

The locale is the one `crmdesk.ui.language` made the default at start (QLocale()); the
domain keeps ISO dates and plain figures for the command line and the exported files.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, QTime

from crmdesk.domain.currencies import DECIMALS, SYMBOLS


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def short_date_format(locale: QLocale | None = None) -> str:
    """The locale's short date pattern with the year in four digits (12/1/2026, 2026/12/1,
    1.12.2026): a two-digit year reads as a day in a list of dates."""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def day_text(day: date | None) -> str:
    """A day in the locale's short form; "" for None."""
    if day is None:
        return ""
    return QLocale().toString(qdate(day), short_date_format())


def time_text(moment: datetime | time) -> str:
    """A time of day in the locale's short form (14:05, 2:05 PM)."""
    return QLocale().toString(QTime(moment.hour, moment.minute),
                              QLocale.FormatType.ShortFormat)


def moment_text(moment: datetime) -> str:
    """A day and a time of day, each in the locale's short form."""
    return f"{day_text(moment.date())} {time_text(moment)}"


#: How a month and its year read ("Dec 2026", "2026年12月"); QLocale has no such format.
_MONTH_YEAR = {"zh": "yyyy年M月"}


def month_text(day: date) -> str:
    """The month of `day` with its year, as the locale names it."""
    locale = QLocale()
    pattern = _MONTH_YEAR.get(locale.name().split("_")[0], "MMM yyyy")
    return locale.toString(qdate(day), pattern)


def short_month_text(day: date) -> str:
    """The month of `day` alone, short, as the locale names it ("Dec", "12月", "דצמ׳"):
    along an axis of months, its year written once under it (`year_text`)."""
    return QLocale().toString(qdate(day), "MMM")


#: How a year reads on its own ("2026", "2026年").
_YEAR = {"zh": "yyyy年"}


def year_text(day: date) -> str:
    """The year of `day`, as the locale writes a year on its own."""
    locale = QLocale()
    return locale.toString(qdate(day), _YEAR.get(locale.name().split("_")[0], "yyyy"))


#: How a day of the year reads without its year ("Dec 8", "12月8日", "8 בדצמבר").
_MONTH_DAY = {"zh": "M月d日", "he": "d בMMMM"}


def month_day_text(day: date) -> str:
    """The month and day of `day`, as the locale writes them (a birthday's, a yearly
    occasion's)."""
    locale = QLocale()
    pattern = _MONTH_DAY.get(locale.name().split("_")[0], "MMM d")
    return locale.toString(qdate(day), pattern)


#: How a day reads with its weekday, without its year ("Sat 14 Nov", "11月14日 周六", "שבת 14.11").
_WEEKDAY_DAY = {"zh": "M月d日 ddd", "he": "ddd d.M"}


def weekday_day_text(day: date) -> str:
    """The weekday, day and month of `day`, as the locale writes them (QDate.toString
    names them in English whatever the language)."""
    locale = QLocale()
    pattern = _WEEKDAY_DAY.get(locale.name().split("_")[0], "ddd d MMM")
    return locale.toString(qdate(day), pattern)


def weekday_text(day: date) -> str:
    """The weekday of `day` in full, in the locale's language ("Friday", "星期五")."""
    return QLocale().toString(qdate(day), "dddd")


def number_text(value: int | float, decimals: int = 0) -> str:
    """A number with the locale's digit grouping and decimal sign."""
    if decimals == 0:
        return QLocale().toString(round(value))
    return QLocale().toString(float(value), "f", decimals)


def money_text(amount: int | None, code: str) -> str:
    """`amount` (minor units of `code`) with its currency code: "1,250,000.00 CNY"; "" for
    None (crmdesk.domain.currencies.format_money in the locale's digits)."""
    if amount is None:
        return ""
    places = DECIMALS.get(code.upper(), 2)
    return f"{QLocale().toString(amount / 10 ** places, 'f', places)} {code.upper()}"


def short_money_text(amount: int, code: str) -> str:
    """`amount` as a salesperson writes it: "¥60,000", "¥1,250.50", "980 CHF", decimals
    only when there are some (crmdesk.domain.contracts.short_money in the locale's
    digits)."""
    places = DECIMALS.get(code.upper(), 2)
    shown = places if abs(amount) % 10 ** places else 0
    text = QLocale().toString(abs(amount) / 10 ** places, "f", shown)
    sign = "-" if amount < 0 else ""
    symbol = SYMBOLS.get(code.upper())
    return f"{sign}{symbol}{text}" if symbol else f"{sign}{text} {code.upper()}"


def percent_text(fraction: float, decimals: int = 1) -> str:
    """A share (0.25) as a percentage in the locale's signs: "25.0%" (rounded as the
    command line rounds it: crmdesk.domain.report.cell_text)."""
    locale = QLocale()
    return _signs(f"{float(fraction) * 100:,.{decimals}f}", locale) + locale.percent()


#: Short units of large figures, largest first, by language: Chinese counts in 万 (10⁴)
#: and 亿 (10⁸); the others in thousands.
_SHORT_UNITS: dict[str, tuple[tuple[float, str], ...]] = {
    "zh": ((1e8, "亿"), (1e4, "万")),
}
_THOUSANDS = ((1e9, "B"), (1e6, "M"), (1e3, "K"))


def short_number_text(value: float) -> str:
    """A figure in short units, one decimal at most, in the locale's signs: "1.2M",
    "350K", "125万"; below the first unit whole ("1,200" in Chinese, "7") or with one
    decimal when small ("2.5")."""
    locale = QLocale()
    units = _SHORT_UNITS.get(locale.name().split("_")[0], _THOUSANDS)
    size = abs(value)
    for limit, suffix in units:
        if size >= limit:
            # Python's rounding (half to even) as the command line's figures round
            return _signs(f"{value / limit:.1f}".removesuffix(".0"), locale) + suffix
    text = f"{value:,.0f}" if size >= 10 or value == int(value) else f"{value:.1f}"
    return _signs(text, locale)


def _signs(text: str, locale: QLocale) -> str:
    """A figure Python wrote ("1,234.5") in the locale's grouping and decimal signs."""
    # (one sign after the other: a locale may swap the two, "1.234,5")
    return (text.replace(",", "\0").replace(".", locale.decimalPoint())
            .replace("\0", locale.groupSeparator()))


def sentence_gap() -> str:
    """What stands between two sentences in the window's language: a space, none in
    Chinese (its full stop "。" ends a sentence)."""
    return "" if QLocale().name().startswith("zh") else " "
