"""What the next turn of a long chat will cost before it is sent, for the visitor to see.

Past LONG_CONTEXT_TOKENS every message sends the whole context again, so a chat that was cheap
at the start can cost cents a turn. The estimate counts, offline with tiktoken, what the model
would be sent now (the same payload a turn builds, before the new message, the knowledge the
question draws in and the reply) and prices it at the model's input price.
"""

from __future__ import annotations

from dataclasses import dataclass

from api_util_openai import Spend, Usage, count_message_tokens
from sessions.model import ChatSession
from sessions.persist import model_payload

LONG_CONTEXT_TOKENS = 20_000


@dataclass(frozen=True)
class TurnEstimate:
    """The context's tokens and their estimated cost (unpriced tokens for unknown models)."""

    tokens: int
    cost: Spend


def estimate_next_turn(chat: ChatSession) -> TurnEstimate | None:
    """The next turn's context and its cost, or None while the context is not long."""
    model = chat.config.model_config.model
    tokens = count_message_tokens(model_payload(chat), model)
    if tokens <= LONG_CONTEXT_TOKENS:
        return None
    cost = Spend()
    cost.add(model, Usage(prompt_tokens=tokens))
    return TurnEstimate(tokens, cost)
