"""Fuzzing with Hypothesis: any text round-trips exactly through encrypt, store and decrypt on
both backends, or is refused with a clear error; pages given random values never raise."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from api_bots import create_bot, get_bot
from api_sessions import MAX_MESSAGE_CHARS, SessionError
from api_users import get_create_user
from api_util_firebase import new_id
from api_util_openai import LLMClient, ModelConfig, mended_chunks
from bots.draft import BotDraft, InvalidBot
from sessions.message_checks import validated
from tests.apptest_helpers import assert_clean, new_app, sign_in

# Every code point, lone surrogates included, with the awkward ones made likely.
AWKWARD = st.sampled_from(
    ["\x00", "\u202e", "\u2066", "\u200b", "\ufeff", "\ud83d", "\ude00", "😀", "\u0301", "\n"]
)
ANY_TEXT = st.text(
    alphabet=st.one_of(st.characters(codec=None, exclude_categories=()), AWKWARD), max_size=300
)
FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def user(store, llm_server):
    key = "sk-test-fuzz"
    return get_create_user(key, LLMClient(key, base_url=llm_server.base_url), store)


@FUZZ
@given(text=ANY_TEXT)
def test_any_text_round_trips_exactly_through_encryption_and_the_store(store, user, text):
    path = f"fuzz/{new_id()}"
    store.set(path, {"message": user.cipher.encrypt(text)})
    assert user.cipher.decrypt(store.get(path)["message"]) == text


@FUZZ
@given(text=ANY_TEXT)
def test_a_message_is_accepted_whole_or_refused_with_a_message(text):
    try:
        assert validated(text) == text
    except SessionError as error:
        assert str(error)


@settings(max_examples=5, deadline=None)
@given(size=st.sampled_from([MAX_MESSAGE_CHARS, MAX_MESSAGE_CHARS + 1]))
def test_messages_at_the_size_limit_are_accepted_and_past_it_refused(size):
    text = "😀" * size
    if size <= MAX_MESSAGE_CHARS:
        assert validated(text) == text
    else:
        with pytest.raises(SessionError, match="at most"):
            validated(text)


@FUZZ
@given(name=ANY_TEXT, tag_line=ANY_TEXT, description=ANY_TEXT)
def test_any_public_field_is_stored_as_shown_or_refused_by_name(
    store, user, name, tag_line, description
):
    draft = BotDraft(
        name=name,
        tag_line=tag_line,
        description=description,
        initial_prompt="You are a helpful coach.",
        model_config=ModelConfig("gpt-4o-mini", 100),
    )
    try:
        bot_id = create_bot(store, user.user_id, draft)
    except InvalidBot as error:
        assert error.field_name in {"name", "tag_line", "description"} and str(error)
        return
    profile = get_bot(store, bot_id)
    cleaned = draft.cleaned()
    assert (profile.name, profile.tag_line, profile.description) == (
        cleaned.name,
        cleaned.tag_line,
        cleaned.description,
    )


@FUZZ
@given(pieces=st.lists(ANY_TEXT, max_size=8))
def test_streamed_pieces_always_come_out_as_storable_text(pieces):
    text = "".join(mended_chunks(iter(pieces)))
    text.encode("utf-8")  # raises if half a surrogate pair were left
    whole = "".join(pieces).encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    assert text == whole  # pairs split across pieces are joined, as if sent in one piece


@settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))
@given(values=st.lists(st.text(st.characters(codec="utf-8"), max_size=400), min_size=4, max_size=4))
def test_the_lab_never_raises_whatever_is_typed(app_env, values):  # noqa: ARG001
    prompt, name, tag_line, description = values
    at = sign_in(new_app().run()).switch_page("pages/lab.py").run()
    at.text_area(key="lab_w_initial_prompt").set_value(prompt)
    at = at.button(key="lab_skip").click().run()
    assert_clean(at)
    if not any(w.key == "lab_w_name" for w in at.text_input):
        assert at.error  # step 1 refused the prompt and said why
        return
    at.text_input(key="lab_w_name").set_value(name)
    at.text_input(key="lab_w_tag_line").set_value(tag_line)
    at.text_area(key="lab_w_description").set_value(description)
    at = at.run()
    at = at.button(key="lab_create").click().run()
    assert_clean(at)
