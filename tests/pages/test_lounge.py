"""Lounge: the showcase grid signed out and in, an empty database, and My AI Assistants."""

from __future__ import annotations

import pytest

from api_bots import create_bot
from api_util_firebase import get_store
from api_util_openai import ModelConfig
from bots.draft import BotDraft
from bots.showcase import SHOWCASE
from tests.apptest_helpers import (
    assert_clean,
    button,
    click,
    labels,
    new_app,
    open_lounge_tab,
    sign_in,
    texts,
)

SHOWCASE_NAMES = sorted(draft.name for draft in SHOWCASE.values())


def lounge(at):
    return at.switch_page("pages/lounge.py").run()


@pytest.mark.usefixtures("app_env")
def test_signed_out_visitors_see_the_showcase_with_chat_disabled():
    at = lounge(new_app().run())
    assert_clean(at)
    chat_buttons = [b for b in at.button if b.label.startswith("Chat with ")]
    assert sorted(b.label.removeprefix("Chat with ") for b in chat_buttons) == SHOWCASE_NAMES
    assert all(b.disabled for b in chat_buttons)
    assert at.text_input(key="lounge_signin_api_key")
    assert [t.label for t in at.tabs] == ["Showcased", "My AI Assistants", "My Chats"]
    assert "Maya \\- Career Coach" in texts(at) and "sessions" in texts(at)


@pytest.mark.usefixtures("app_env")
def test_signing_in_on_the_lounge_enables_chat():
    at = lounge(new_app().run())
    at = sign_in(at, form="lounge_signin")
    assert_clean(at)
    assert not button(at, "Chat with Maya").disabled


@pytest.mark.usefixtures("app_env")
def test_order_is_shuffled_per_visit_not_per_rerun():
    at = lounge(new_app().run())
    first = [b.label for b in at.button if b.label.startswith("Chat with ")]
    at.run()
    assert [b.label for b in at.button if b.label.startswith("Chat with ")] == first


@pytest.mark.usefixtures("app_env")
def test_chat_button_opens_that_assistant():
    at = lounge(sign_in(new_app().run()))
    at = click(at, "Chat with Maya")
    assert_clean(at)
    assert at.query_params["assistant_id"] == "career-coach-maya"
    assert "Start a new session with Maya" in labels(at)


@pytest.mark.usefixtures("app_env")
def test_empty_database_shows_a_friendly_empty_state(monkeypatch):
    monkeypatch.setenv("GPTLAB_SEED_SHOWCASE", "false")
    from settings import reset_settings_cache

    reset_settings_cache()
    at = lounge(new_app().run())
    assert_clean(at)
    assert "No assistants are showcased yet" in texts(at)


@pytest.mark.usefixtures("app_env")
def test_my_assistants_invites_to_the_lab_then_lists_codes():
    at = open_lounge_tab(sign_in(new_app().run()), "My AI Assistants")
    assert "Visit the Lab" in labels(at)
    user = at.session_state["auth_user"]
    code = create_bot(
        get_store(),
        user.user_id,
        BotDraft(
            name="Rae",
            tag_line="Running Coach",
            description="Runs with you.",
            initial_prompt="You are Rae.",
            model_config=ModelConfig("gpt-4o-mini"),
        ),
    )
    at.run()
    assert_clean(at)
    assert code in [c.value for c in at.code]
    assert "Chat with Rae" in labels(at) and "Visit the Lab" not in labels(at)
    assert "New assistant" in labels(at)  # the Lab stays one click away once you have one
    assert next(b for b in at.button if b.label == "Delete").icon  # a button, not a label


@pytest.mark.parametrize("signed_in", [False, True])
@pytest.mark.usefixtures("app_env")
def test_a_code_typed_in_the_lounge_header_opens_that_assistant(signed_in):
    at = new_app().run()
    at = lounge(sign_in(at) if signed_in else at)
    at.text_input(key="lounge_w_code").set_value("  career-coach-maya ")
    at = click(at, "Open code")
    assert_clean(at)
    assert at.query_params["assistant_id"] == "career-coach-maya"
    assert "Maya \\- Career Coach" in texts(at)  # the public card, signed in or not
    if signed_in:
        assert "Start a new session with Maya" in labels(at)
