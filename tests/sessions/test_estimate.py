"""A long chat's next turn: its context counted and priced before it is sent."""

from __future__ import annotations

from api_sessions import LONG_CONTEXT_TOKENS, create_session, estimate_next_turn, start_turn
from api_util_openai import LLMClient
from tests.builders import make_coach, user_of

LONG_MESSAGE = " ".join(["pear"] * 6_000)  # about 6,000 tokens; the fake model echoes it


def test_a_short_chat_shows_no_estimate_and_a_long_one_its_context_cost(store, llm_server):
    user = user_of(store, llm_server.base_url)
    llm = LLMClient("sk-test-alice", base_url=llm_server.base_url, retry_delay=0.01)
    chat = create_session(store, user, llm, make_coach(store, "You are Maya."))
    assert estimate_next_turn(chat) is None
    for _ in range(2):
        list(start_turn(store, user, llm, chat, LONG_MESSAGE))
    estimate = estimate_next_turn(chat)
    assert estimate is not None and estimate.tokens > LONG_CONTEXT_TOKENS
    # gpt-4o-mini reads at $0.15 per million tokens: the context alone, no reply.
    assert estimate.cost.cost_micros == round(estimate.tokens * 0.15)
    assert estimate.cost.completion_tokens == 0
