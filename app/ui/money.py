"""What chats cost, in the visitor's language: "$0.0042", "0,0042 US$", "unknown"."""

from __future__ import annotations

from decimal import Decimal

from api_util_openai import Spend
from i18n import format_money, tr

MICROS_PER_USD = Decimal(1_000_000)


def cost_text(spend: Spend) -> str:
    """A spend as people read it: cents above a dollar, four decimals below (a turn can cost
    a fraction of a cent), and say so when a model had no price or costs were not kept."""
    if not spend.recorded:
        return tr("not recorded")
    if spend.unpriced_tokens and not spend.cost_micros:
        return tr("unknown")
    if 0 < spend.cost_micros < 50:  # would show as $0.0000
        amount = tr("< {amount}", amount=format_money(0.0001, 4))
    else:
        amount = dollars_text(spend.cost_micros)
    return tr("{amount} + unknown", amount=amount) if spend.unpriced_tokens else amount


def dollars_text(micros: int) -> str:
    """Micro-dollars as money: cents from a dollar up, four decimals under a dollar."""
    dollars = float(Decimal(micros) / MICROS_PER_USD)
    return format_money(dollars, 2 if dollars >= 1 else 4)


def cap_text(micros: int) -> str:
    """A monthly cap, in cents: "$5.00"."""
    return format_money(float(Decimal(micros) / MICROS_PER_USD), 2)
