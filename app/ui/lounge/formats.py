"""Moments and costs as the Lounge shows them, in the visitor's language: the day per
locale and the time in UTC (as the store keeps it); a chat's cost in the locale's money."""

from __future__ import annotations

from datetime import datetime

from api_util_openai import Spend
from i18n import format_day, format_money, tr

MICROS_PER_USD = 1_000_000  # costs are kept in millionths of a dollar


def when_text(moment: datetime | None) -> str:
    """The day in the visitor's language, the time in UTC (as the store keeps it)."""
    if not moment:
        return tr("unknown time")
    return tr("{day} {time} UTC", day=format_day(moment), time=moment.strftime("%H:%M"))


def cost_text(spend: Spend) -> str:
    """What a chat cost, in the visitor's money format (a turn can cost a fraction of a cent);
    "not recorded" for chats from before costs were kept, "unknown" for unpriced models."""
    if not spend.recorded:
        return tr("cost not recorded")
    if spend.unpriced_tokens and not spend.cost_micros:
        return tr("cost unknown")
    dollars = spend.cost_micros / MICROS_PER_USD
    if 0 < spend.cost_micros < 50:  # would show as $0.0000
        amount = tr("under {amount}", amount=format_money(0.0001, 4))
    else:
        amount = format_money(dollars, 2 if dollars >= 1 or not dollars else 4)
    if spend.unpriced_tokens:
        return tr("cost {amount} + unknown", amount=amount)
    return tr("cost {amount}", amount=amount)
