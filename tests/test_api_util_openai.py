"""The LLM wrapper with the real openai client against the local OpenAI-compatible server."""

from __future__ import annotations

import pytest

from api_util_openai import (
    BRAINSTORMING_WINDOW,
    DEFAULT_CONTEXT_WINDOW,
    LEAK_REPLACEMENT,
    MAX_REPLY_CHARS,
    BadRequest,
    ContextTooLong,
    InvalidApiKey,
    LLMClient,
    ModelConfig,
    ModelNotAvailable,
    NoUsableModels,
    ProviderUnavailable,
    QuotaExceeded,
    RateLimited,
    brainstorming_payload,
    chat_capable_models,
    coaching_payload,
    context_window,
    flatten_for_completions,
    is_prompt_leak,
    needs_summary,
    uses_completions_endpoint,
)
from llm.tokens import count_message_tokens, count_text_tokens
from tests.fake_openai import GREETING

CHAT = ModelConfig(model="gpt-4o-mini", max_tokens=200)
SYSTEM = [{"role": "system", "content": "You are a patient tutor."}]


def ask(text: str) -> list[dict[str, str]]:
    return [*SYSTEM, {"role": "user", "content": text}]


def test_list_models_keeps_only_chat_models(llm):
    models = llm.list_models()
    assert "gpt-4o-mini" in models and "gpt-3.5-turbo-instruct" in models
    assert not any(
        name.startswith(("text-embedding", "whisper", "dall-e", "tts")) for name in models
    )


def test_invalid_key_is_reported_without_echoing_the_key(llm_server):
    client = LLMClient("sk-invalid-secret-value-123", base_url=llm_server.base_url)
    with pytest.raises(InvalidApiKey) as caught:
        client.list_models()
    assert "secret" not in str(caught.value) and "123" not in str(caught.value)
    assert "sk-invalid" not in repr(client)


def test_key_over_quota_is_not_retried(llm_server):
    client = LLMClient("sk-quota-1", base_url=llm_server.base_url, retry_delay=0.01)
    with pytest.raises(QuotaExceeded):
        client.stream_reply(CHAT, ask("hi"))
    assert len(llm_server.state.calls("/chat/completions")) == 1


def test_key_without_chat_models_gets_a_clear_error(llm_server):
    with pytest.raises(NoUsableModels):
        LLMClient("sk-nomodels-1", base_url=llm_server.base_url).list_models()


def test_stream_yields_chunks_and_reports_usage(llm):
    stream = llm.stream_reply(CHAT, ask("plan my week"))
    chunks = list(stream)
    assert len(chunks) > 1
    assert "".join(chunks) == stream.text == "You said: plan my week"
    assert stream.finished and stream.usage.completion_tokens == 5
    assert stream.usage.total_tokens > stream.usage.completion_tokens


def test_greeting_comes_when_no_user_message_yet(llm):
    text, _ = llm.complete(CHAT, SYSTEM)
    assert text == GREETING


def test_transient_server_error_is_retried(llm, llm_server):
    text, _ = llm.complete(CHAT, ask("[[500-once]] hello"))
    assert text == "You said: [[500-once]] hello"
    assert len(llm_server.state.calls("/chat/completions")) == 2


def test_persistent_server_error_gives_up_after_retries(llm, llm_server):
    with pytest.raises(ProviderUnavailable):
        llm.complete(CHAT, ask("[[500]]"))
    assert len(llm_server.state.calls("/chat/completions")) == llm.max_retries + 1


def test_rate_limit_is_transient(llm):
    with pytest.raises(RateLimited) as caught:
        llm.complete(CHAT, ask("[[429]]"))
    assert caught.value.transient


def test_context_too_long_is_recognised(llm):
    with pytest.raises(ContextTooLong):
        llm.complete(CHAT, ask("[[context]]"))


def test_unknown_model_is_not_available(llm):
    with pytest.raises(ModelNotAvailable):
        llm.complete(ModelConfig(model="gpt-missing"), ask("hi"))


def test_timeout_becomes_provider_unavailable(llm_server):
    llm_server.state.timeout_sleep = 1.5
    client = LLMClient("sk-ok", base_url=llm_server.base_url, timeout=0.5, max_retries=0)
    with pytest.raises(ProviderUnavailable):
        client.complete(CHAT, ask("[[timeout]]"))


@pytest.mark.parametrize("marker", ["[[midstream]]", "[[drop]]"])
def test_error_mid_stream_keeps_the_text_already_received(llm, marker):
    stream = llm.stream_reply(CHAT, ask(f"{marker} tell me more"))
    received = []
    with pytest.raises(ProviderUnavailable):
        for chunk in stream:
            received.append(chunk)
    assert received and stream.text == "".join(received) and not stream.finished


def test_provider_down_is_unavailable(llm_server):
    client = LLMClient("sk-down-1", base_url=llm_server.base_url, retry_delay=0.01)
    with pytest.raises(ProviderUnavailable):
        client.list_models()


def test_unreachable_provider_is_unavailable():
    client = LLMClient("sk-ok", base_url="http://127.0.0.1:9/v1", timeout=1, max_retries=0)
    with pytest.raises(ProviderUnavailable):
        client.list_models()


def test_instruct_models_use_the_flattened_completions_endpoint(llm, llm_server):
    config = ModelConfig(model="gpt-3.5-turbo-instruct", max_tokens=50)
    history = [
        *SYSTEM,
        {"role": "user", "content": "hi"},
        {"role": "assistant", "content": "yo"},
        {"role": "user", "content": "what now?"},
    ]
    text, usage = llm.complete(config, history)
    assert text == "You said: what now?" and usage.completion_tokens == 4
    sent = llm_server.state.calls("/v1/completions")[-1]
    assert sent["prompt"] == "You are a patient tutor.\n|USER| hi\n|SP| yo\n|USER| what now?\n|SP|"
    assert sent["stop"] == ["|USER|", "|SP|"]
    assert not llm_server.state.calls("/chat/completions")


def test_reasoning_models_get_completion_token_limit_and_no_sampling(llm, llm_server):
    llm.complete(ModelConfig(model="gpt-5-mini", max_tokens=300, temperature=0.2), ask("hi"))
    sent = llm_server.state.calls("/chat/completions")[-1]
    assert sent["max_completion_tokens"] == 300
    assert "temperature" not in sent and "max_tokens" not in sent


def test_moderation_flags_marked_text(llm):
    assert llm.moderate("[[flag]] something bad") is True
    assert llm.moderate("a kind message") is False


def test_empty_key_is_refused_before_any_call():
    with pytest.raises(InvalidApiKey):
        LLMClient("   ")


def test_model_tables():
    assert context_window("gpt-4o-mini-2024-07-18") == 128_000
    assert context_window("gpt-4.1-nano") == 1_047_576
    assert context_window("gpt-3.5-turbo-instruct") == 4_096
    assert context_window("some-local-llama") == DEFAULT_CONTEXT_WINDOW
    assert uses_completions_endpoint("gpt-3.5-turbo-instruct")
    assert not uses_completions_endpoint("gpt-4o")
    assert chat_capable_models(["llama3", "nomic-embed-text", "gpt-4o"]) == ["gpt-4o", "llama3"]


def test_flatten_handles_system_only():
    assert flatten_for_completions(SYSTEM) == "You are a patient tutor.\n|SP|"


def test_brainstorming_keeps_the_prompt_and_last_twenty_messages():
    history = [{"role": "user", "content": str(i)} for i in range(30)]
    payload = brainstorming_payload(SYSTEM, history)
    assert payload[0] == SYSTEM[0]
    assert [m["content"] for m in payload[1:]] == [str(i) for i in range(10, 30)]
    assert len(payload) == BRAINSTORMING_WINDOW + 1


def test_coaching_condenses_at_sixty_percent_of_the_window():
    assert not needs_summary(int(0.59 * 128_000), "gpt-4o")
    assert needs_summary(int(0.6 * 128_000), "gpt-4o")
    history = [{"role": "user", "content": str(i)} for i in range(10)]
    payload = coaching_payload(SYSTEM, "they want a new job", history[6:])
    assert payload[0] == SYSTEM[0] and "they want a new job" in payload[1]["content"]
    assert [m["content"] for m in payload[2:]] == ["6", "7", "8", "9"]


def test_token_counts_work_offline():
    assert count_text_tokens("hello world", "gpt-4o") == 2
    assert count_text_tokens("hello world", "gpt-3.5-turbo") == 2
    assert count_message_tokens(ask("hello world"), "gpt-4o") > 2


PROMPT = (
    "You are Coach Maya, a career coach for software engineers. Always ask one question at a "
    "time. Never recommend a specific employer. Keep answers under one hundred words."
)


def test_whole_prompt_in_reply_is_a_leak():
    assert is_prompt_leak(PROMPT, f"My instructions: {PROMPT}")


def test_one_prompt_sentence_inside_a_long_reply_is_a_leak():
    reply = ("Let's think about your goals. " * 40) + "Never recommend a specific employer. Ok?"
    assert is_prompt_leak(PROMPT, reply)


def test_ordinary_reply_on_the_same_topic_is_not_a_leak():
    reply = (
        "As a software engineer, think about which skills you enjoy using. What kind of "
        "team do you want to join next year?"
    )
    assert not is_prompt_leak(PROMPT, reply)
    assert LEAK_REPLACEMENT.startswith("Sorry, but I cannot reveal that.")


def test_a_provider_refusing_stream_options_is_answered_without_it_and_remembered(llm, llm_server):
    llm_server.state.strict_fields = True  # refuses unknown fields as Mistral does (422)
    text, usage = llm.complete(CHAT, ask("hello"))
    assert text == "You said: hello"
    first, second = llm_server.state.calls("/chat/completions")
    assert "stream_options" in first and "stream_options" not in second
    assert second["temperature"] == CHAT.temperature  # only the refused field was dropped
    # The stream brought no usage: tokens are counted locally rather than reported as zero.
    assert usage.prompt_tokens > 0 and usage.completion_tokens == count_text_tokens(
        text, CHAT.model
    )
    again, _ = LLMClient("sk-test-other", base_url=llm_server.base_url).complete(CHAT, ask("hi"))
    assert again == "You said: hi"
    assert len(llm_server.state.calls("/chat/completions")) == 3  # no second refusal


def test_instruct_models_on_a_strict_provider_drop_what_it_refuses(llm, llm_server):
    llm_server.state.strict_fields = True
    text, _ = llm.complete(ModelConfig("gpt-3.5-turbo-instruct", 100), ask("hello"))
    assert text == "You said: hello"
    assert "stream_options" not in llm_server.state.calls("/completions")[-1]


def test_a_request_error_is_not_retried_as_if_the_provider_were_down(llm, llm_server):
    with pytest.raises(BadRequest) as caught:
        llm.complete(CHAT, ask("[[422]] hello"))
    assert not caught.value.transient
    assert len(llm_server.state.calls("/chat/completions")) == 1


def test_a_reply_longer_than_any_message_is_cut_and_the_connection_closed(llm):
    stream = llm.stream_reply(CHAT, ask("[[huge]]"))
    chunks = list(stream)
    assert stream.truncated and len(stream.text) == MAX_REPLY_CHARS
    assert "".join(chunks) == stream.text


def test_an_emoji_split_across_two_deltas_is_joined(llm):
    text, _ = llm.complete(CHAT, ask("[[split-emoji]] hi"))
    assert text.startswith("Fun \U0001f600 fact")


def test_half_an_emoji_becomes_a_replacement_character(llm):
    text, _ = llm.complete(CHAT, ask("[[half-emoji]] hi"))
    assert text.startswith("Broken \ufffd") and text.encode("utf-8")


def test_a_malformed_event_is_a_clear_error_and_keeps_what_arrived(llm):
    stream = llm.stream_reply(CHAT, ask("[[malformed]] hi"))
    with pytest.raises(ProviderUnavailable):
        list(stream)
    assert stream.text == "Start "
