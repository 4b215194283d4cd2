"""What a chat costs: the provider's usage (or tiktoken), priced per model, kept per chat and
per month."""

from __future__ import annotations

import json

import pytest

from api_sessions import create_session, end_session
from api_util_openai import Usage
from llm.prices import Spend, cost_micros, format_cost, model_label
from sessions.listing import list_chats
from sessions.turn import start_turn
from settings import SettingsError, load_settings, reset_settings_cache
from tests.builders import COACH_PROMPT, make_coach, user_of
from users.spend import month_spend

# gpt-4o-mini: $0.15 per million input tokens, $0.075 cached, $0.60 output.
MINI_CALL_MICROS = 1000 * 0.15 + 500 * 0.60  # 450 micro-dollars per scripted call


@pytest.fixture
def world(store, llm_server, llm):
    return store, user_of(store, llm_server.base_url), llm, make_coach(store, COACH_PROMPT)


def test_a_chats_cost_comes_from_the_providers_usage(world, llm_server):
    store, user, llm, bot_id = world
    llm_server.state.prompt_tokens, llm_server.state.completion_tokens = 1000, 500
    chat = create_session(store, user, llm, bot_id)  # the greeting: one call
    for text in ("a", "b", "c"):
        list(start_turn(store, user, llm, chat, text))
    end_session(store, user, llm, chat)  # the recap: one more
    calls = 5
    assert chat.spend == Spend(1000 * calls, 500 * calls, MINI_CALL_MICROS * calls, 0)
    listed = list_chats(store, user).chats[0]
    assert listed.spend == chat.spend
    assert format_cost(listed.spend) == "$0.0023"
    assert month_spend(store, user) == chat.spend


def test_cached_prompt_tokens_are_priced_as_cached(world, llm_server):
    store, user, llm, bot_id = world
    llm_server.state.prompt_tokens, llm_server.state.completion_tokens = 1000, 500
    llm_server.state.cached_tokens = 800
    chat = create_session(store, user, llm, bot_id)
    assert chat.spend.cost_micros == round(200 * 0.15 + 800 * 0.075 + 500 * 0.60)


def test_a_provider_that_reports_no_usage_is_counted_with_tiktoken(world, llm_server):
    store, user, llm, bot_id = world
    llm_server.state.send_usage = False
    chat = create_session(store, user, llm, bot_id)
    stored = list_chats(store, user).chats[0].spend
    assert stored.prompt_tokens > 10 and stored.completion_tokens > 5  # the greeting's words
    assert stored.cost_micros > 0 and stored == chat.spend


def test_a_stopped_reply_still_counts_what_was_generated(world):
    store, user, llm, bot_id = world
    chat = create_session(store, user, llm, bot_id)
    before = chat.spend.tokens
    turn = start_turn(store, user, llm, chat, "[[long]] tell me everything")
    next(iter(turn))
    turn.stop()
    assert chat.spend.tokens > before
    assert list_chats(store, user).chats[0].spend == chat.spend


def test_month_to_date_adds_every_chat_of_the_month(world, llm_server):
    store, user, llm, bot_id = world
    llm_server.state.prompt_tokens, llm_server.state.completion_tokens = 1000, 500
    create_session(store, user, llm, bot_id)
    create_session(store, user, llm, bot_id)
    assert month_spend(store, user).cost_micros == 2 * MINI_CALL_MICROS


def test_unknown_models_are_unknown_never_guessed():
    spend = Spend()
    spend.add("my-local-llama", Usage(100, 50))
    assert cost_micros("my-local-llama", Usage(100, 50)) is None
    assert spend.unpriced_tokens == 150 and format_cost(spend) == "unknown"
    spend.add("gpt-4o-mini", Usage(1000, 500))
    assert format_cost(spend) == "$0.0005 + unknown"  # 450 micro-dollars
    assert format_cost(Spend()) == "not recorded"


def test_the_operator_can_price_or_reprice_models(monkeypatch):
    monkeypatch.setenv("GPTLAB_PRICES", json.dumps({"my-local-llama": [0, 0], "gpt-4o": [1, 2]}))
    reset_settings_cache()
    assert cost_micros("my-local-llama", Usage(10_000, 10_000)) == 0
    assert cost_micros("gpt-4o", Usage(1_000_000, 1_000_000)) == 3_000_000
    assert format_cost(Spend(10, 10, 0, 0)) == "$0.00"
    assert format_cost(Spend(10, 10, 12, 0)) == "< $0.0001"


def test_the_model_picker_names_each_models_list_price_or_says_it_is_unknown(monkeypatch):
    monkeypatch.setenv("GPTLAB_PRICES", json.dumps({"my-local-llama": [0, 0]}))
    reset_settings_cache()
    assert model_label("gpt-4o-mini") == "gpt-4o-mini · $0.15 in / $0.60 out per 1M tokens"
    assert model_label("gpt-4o") == "gpt-4o · $2.50 in / $10.00 out per 1M tokens"
    assert model_label("my-local-llama") == "my-local-llama · free"
    assert model_label("someone-elses-model") == "someone-elses-model · price unknown"


@pytest.mark.parametrize(
    "value",
    ['{"m": [1]}', '{"m": [-1, 2]}', '{"m": ["cheap", 2]}', '{"m": [1, "nan"]}', "[1, 2]", "{"],
)
def test_bad_price_settings_are_refused_with_a_clear_message(value):
    with pytest.raises(SettingsError, match="price|PRICES"):
        load_settings(env={"GPTLAB_PRICES": value}, secrets={})


def test_prices_can_come_from_secrets_toml():
    settings = load_settings(env={}, secrets={"prices": {"house-model": [0.5, 1.5, 0.25]}})
    price = settings.prices["house-model"]
    assert (float(price.input), float(price.output), float(price.cached_input)) == (0.5, 1.5, 0.25)
