"""The Lab's model calls on the creator's key: within the Lab's limits before anything is
sent."""

from __future__ import annotations

import pytest

from api_bots import InvalidBot
from api_sessions import create_draft_session, try_draft_recap
from api_util_openai import ModelConfig
from bots.draft import SESSION_TYPE_COACHING
from sessions.turn import start_turn
from tests.builders import user_of

PROMPT = "You are Coach Maya. Ask one question at a time."


@pytest.fixture
def creator(store, llm_server, llm):
    return store, user_of(store, llm_server.base_url, "sk-test-creator"), llm


def test_trying_the_recap_with_a_summary_prompt_over_its_limit_sends_nothing(creator, llm_server):
    store, user, llm = creator
    chat = create_draft_session(
        user, llm, PROMPT, ModelConfig("gpt-4o-mini"), SESSION_TYPE_COACHING
    )
    for text in ("one", "two", "three"):
        list(start_turn(store, user, llm, chat, text))
    sent = len(llm_server.state.calls("/chat/completions"))
    with pytest.raises(InvalidBot, match="summary prompt can be at most 500 characters"):
        try_draft_recap(store, user, llm, chat, "Sum it all up. " * 13_334)  # 200,010
    assert len(llm_server.state.calls("/chat/completions")) == sent
    assert chat.recap is None
