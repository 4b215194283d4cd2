"""Dates, numbers and money as the current language writes them (CLDR data, via babel)."""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal
from babel.numbers import format_percent as format_percent_babel

from i18n.language import current_language


def _locale() -> str:
    return current_language()


def format_day(day: date | datetime) -> str:
    """ "Dec 2, 2026", "2026年12月2日", "2 dic 2026", "2026/12/02"."""
    return format_date(day, format="medium", locale=_locale())


def format_money(dollars: float, digits: int = 2) -> str:
    """US dollars (what providers bill in), in the language's format: "$5.00", "5,00 US$";
    up to `digits` decimals (a turn can cost a fraction of a cent), never fewer than two."""
    return format_currency(
        round(dollars, digits), "USD", locale=_locale(), decimal_quantization=False
    )


def format_number(value: float) -> str:
    return format_decimal(value, locale=_locale())


def format_percent(share: float) -> str:
    """ "80%", "80 %": a share (0.8) as the language writes percentages, whole numbers."""
    return format_percent_babel(share, locale=_locale())
