"""What a model call costs the user's key: OpenAI's current prices, estimated per call.

Prices come from `genai-prices` (Pydantic's maintained table, shipped with the package, never
fetched at run time); an operator can add or correct models with the `GPTLAB_PRICES` setting
(a local llama.cpp server can be priced at 0). A model in neither is "unknown", never guessed.
Costs are kept in whole micro-dollars (1e-6 USD): integers add exactly in database counters.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping
from dataclasses import dataclass, fields
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from api_util_firebase import Increment
from llm.client import Usage
from settings import ModelPrice, get_settings

logger = logging.getLogger(__name__)

MICROS_PER_USD = 1_000_000
_MILLION = Decimal(1_000_000)


@functools.lru_cache(maxsize=256)
def _table_price(model: str) -> ModelPrice | None:
    """The maintained table's price per million tokens (input, output, cached input)."""
    from genai_prices import Usage as PriceUsage
    from genai_prices import calc_price

    def per_million(**tokens: int) -> Decimal:
        usage = PriceUsage(**tokens)
        return Decimal(calc_price(usage, model, provider_id="openai").total_price)

    try:
        return ModelPrice(
            input=per_million(input_tokens=1_000_000),
            output=per_million(output_tokens=1_000_000),
            cached_input=per_million(input_tokens=1_000_000, cache_read_tokens=1_000_000),
        )
    except LookupError:
        return None
    except Exception as error:  # noqa: BLE001 - a broken table must not break a chat
        logger.warning("The price table could not price a model: %s", type(error).__name__)
        return None


def price_of(model: str) -> ModelPrice | None:
    """The operator's price if set, else the table's; None when nobody knows it."""
    override = get_settings().prices.get(model)
    return override if override is not None else _table_price(model)


def _per_million(dollars: Decimal) -> str:
    """ "$0.15", "$2.50", "$0.075": cents at least, more places only where the price has them."""
    if dollars == dollars.quantize(Decimal("0.01")):
        return f"${dollars:,.2f}"
    return f"${dollars.normalize():f}"


def model_label(model: str) -> str:
    """A model as a picker lists it, with its list price per million tokens where known:
    "gpt-4o-mini · $0.15 in / $0.60 out per 1M tokens"."""
    price = price_of(model)
    if price is None:
        return f"{model} · price unknown"
    if not price.input and not price.output:
        return f"{model} · free"
    return (
        f"{model} · {_per_million(price.input)} in / {_per_million(price.output)} out per 1M tokens"
    )


def cost_micros(model: str, usage: Usage) -> int | None:
    """The estimated cost of one call in micro-dollars, or None for an unpriced model."""
    price = price_of(model)
    if price is None:
        return None
    cached = min(usage.cached_tokens, usage.prompt_tokens)
    dollars = (
        (usage.prompt_tokens - cached) * price.input
        + cached * price.cached_input
        + usage.completion_tokens * price.output
    ) / _MILLION
    return int((dollars * MICROS_PER_USD).to_integral_value(rounding=ROUND_HALF_UP))


@dataclass
class Spend:
    """Tokens and estimated cost of a chat's model calls (all of them: greeting, replies,
    summaries, recap and leak checks). `unpriced_tokens` are tokens of unknown models."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_micros: int = 0
    unpriced_tokens: int = 0

    @classmethod
    def from_document(cls, data: Mapping[str, Any]) -> Spend:
        return cls(**{f.name: int(data.get(f.name) or 0) for f in fields(cls)})

    @property
    def tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    @property
    def recorded(self) -> bool:
        return bool(self.tokens)

    def add(self, model: str, usage: Usage) -> None:
        self.prompt_tokens += usage.prompt_tokens
        self.completion_tokens += usage.completion_tokens
        cost = cost_micros(model, usage)
        if cost is None:
            self.unpriced_tokens += usage.total_tokens
        else:
            self.cost_micros += cost

    def merge(self, other: Spend) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def increments(self) -> dict[str, Increment]:
        """The database fields that add this spend to a counter document."""
        return {f.name: Increment(getattr(self, f.name)) for f in fields(self)}

    def clear(self) -> None:
        for f in fields(self):
            setattr(self, f.name, 0)


def format_cost(spend: Spend) -> str:
    """ "$0.0042", "unknown" when a model had no price, "not recorded" for chats from before
    costs were kept."""
    if not spend.recorded:
        return "not recorded"
    if spend.unpriced_tokens and not spend.cost_micros:
        return "unknown"
    if spend.cost_micros == 0 and not spend.unpriced_tokens:
        return "$0.00"  # a model priced at 0 (a local one)
    if 0 < spend.cost_micros < 50:  # would show as $0.0000
        return "< $0.0001" + (" + unknown" if spend.unpriced_tokens else "")
    dollars = Decimal(spend.cost_micros) / MICROS_PER_USD
    places = Decimal("0.01") if dollars >= 1 else Decimal("0.0001")
    text = f"${dollars.quantize(places, rounding=ROUND_HALF_UP):,}"
    return f"{text} + unknown" if spend.unpriced_tokens else text
