"""Assistant page: a temporary chat says it is not saved, keeps no link and leaves no chat."""

from __future__ import annotations

import pytest

from api_users import month_spend
from api_util_firebase import get_store
from sessions.listing import get_past_sessions
from tests.apptest_helpers import assert_clean, chat_texts, click, new_app, say, sign_in, texts
from tests.fake_openai import GREETING

MAYA = "career-coach-maya"


def assistant(at):
    at.query_params["assistant_id"] = MAYA
    return at.switch_page("pages/assistant.py").run()


@pytest.mark.usefixtures("app_env")
def test_a_temporary_chat_says_it_is_not_saved_and_is_gone_after_a_reload():
    at = assistant(sign_in(new_app().run()))
    user = at.session_state["auth_user"]
    spent_before = month_spend(get_store(), user).tokens
    at = click(at, "Start a temporary chat")
    assert_clean(at)
    assert "Temporary chat: nothing of it is saved" in texts(at)
    assert "session" not in at.query_params  # no link to come back to
    at = say(at, "a thought I keep to myself")
    at = say(at, "and another")
    assert_clean(at)
    assert chat_texts(at) == [
        GREETING,
        "a thought I keep to myself",
        "You said: a thought I keep to myself",
        "and another",
        "You said: and another",
    ]
    assert "Temporary chat: nothing of it is saved" in texts(at)
    assert get_past_sessions(get_store(), user, MAYA) == []
    assert month_spend(get_store(), user).tokens > spent_before
    reloaded = assistant(sign_in(new_app().run()))  # a reload is a new browser session
    assert_clean(reloaded)
    assert "Start a temporary chat" in texts(reloaded)
    assert "a thought I keep to myself" not in texts(reloaded)
