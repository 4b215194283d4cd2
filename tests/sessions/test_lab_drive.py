"""The Lab's model calls on the creator's key: within the Lab's limits before anything is
sent, and counted in the month's total (a test drive stores nothing else)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from api_bots import InvalidBot, draft_of, get_bot_config
from api_sessions import create_draft_session, replay, try_draft_recap
from api_util_openai import ModelConfig, Spend
from bots.draft import SESSION_TYPE_COACHING
from sessions.turn import start_turn
from tests.builders import make_coach, user_of
from users.spend import month_spend

PROMPT = "You are Coach Maya. Ask one question at a time."
MINI_CALL_MICROS = 450  # 1,000 prompt tokens at $0.15 a million, 500 completion at $0.60


@pytest.fixture
def creator(store, llm_server, llm):
    llm_server.state.prompt_tokens, llm_server.state.completion_tokens = 1000, 500
    return store, user_of(store, llm_server.base_url, "sk-test-creator"), llm


def calls(llm_server) -> int:
    return len(llm_server.state.calls("/chat/completions"))


def calls_cost(count: int) -> Spend:
    return Spend(1000 * count, 500 * count, MINI_CALL_MICROS * count, 0)


def drive(store, user, llm, *messages):
    chat = create_draft_session(
        store, user, llm, PROMPT, ModelConfig("gpt-4o-mini"), SESSION_TYPE_COACHING
    )
    for text in messages:
        list(start_turn(store, user, llm, chat, text))
    return chat


def test_a_test_drive_adds_its_greeting_and_each_turn_to_the_months_total(creator, llm_server):
    store, user, llm = creator
    chat = drive(store, user, llm)
    assert month_spend(store, user) == calls_cost(1) == chat.spend  # the greeting
    store.stats.reset()
    list(start_turn(store, user, llm, chat, "How do I ask for a raise?"))
    assert store.stats.commits == 1  # the turn's one small write
    assert month_spend(store, user) == calls_cost(calls(llm_server)) == chat.spend
    assert calls(llm_server) == 2
    assert store.query("sessions") == []  # nothing else of the test drive is stored


def test_trying_the_recap_adds_its_cost_to_the_months_total(creator, llm_server):
    store, user, llm = creator
    chat = drive(store, user, llm, "one", "two", "three")
    before, made = month_spend(store, user), calls(llm_server)
    store.stats.reset()
    try_draft_recap(store, user, llm, chat, "Sum it up in one line.")
    assert chat.recap and store.stats.commits == 1
    after = month_spend(store, user)
    assert calls(llm_server) > made
    assert after.cost_micros - before.cost_micros == MINI_CALL_MICROS * (calls(llm_server) - made)
    assert after == chat.spend


def test_a_replay_adds_both_sides_calls_to_the_months_total_in_one_write(creator, llm_server):
    store, user, llm = creator
    bot = make_coach(store, PROMPT)
    store.update(f"bots/{bot}", {"creator_user_id": user.user_id})
    active = draft_of(get_bot_config(store, bot))
    draft = replace(active, initial_prompt=PROMPT + " Be brief.")
    store.stats.reset()
    result = replay(store, user, llm, ["first", "second"], active, draft)
    assert result.draft == ("You said: first", "You said: second")
    assert calls(llm_server) == 6  # a greeting and two replies on each side
    assert month_spend(store, user) == calls_cost(6)
    assert store.stats.commits == 1


def test_trying_the_recap_with_a_summary_prompt_over_its_limit_sends_nothing(creator, llm_server):
    store, user, llm = creator
    chat = drive(store, user, llm, "one", "two", "three")
    sent = calls(llm_server)
    with pytest.raises(InvalidBot, match="summary prompt can be at most 500 characters"):
        try_draft_recap(store, user, llm, chat, "Sum it all up. " * 13_334)  # 200,010
    assert calls(llm_server) == sent
    assert chat.recap is None
