"""Account controls: move to a new key with history, and delete my data."""

from __future__ import annotations

import pytest

from api_util_firebase import get_store
from tests.apptest_helpers import (
    assert_clean,
    click,
    go_home,
    labels,
    new_app,
    say,
    sign_in,
    texts,
)


def chat_once(at):
    """Chat on the assistant page, then come back Home, where AppTest shows the sidebar (it
    drops the entry script's sidebar on other pages; a real browser shows it everywhere)."""
    at.query_params["assistant_id"] = "career-coach-maya"
    at = at.switch_page("pages/assistant.py").run()
    at = click(at, "Start a new session with Maya")
    at = say(at, "keep this history")
    return go_home(at)


@pytest.mark.usefixtures("app_env")
def test_rotating_to_a_new_key_keeps_the_history():
    at = chat_once(sign_in(new_app().run(), "sk-test-old"))
    at.text_input(key="account_new_key").set_value("sk-test-new")
    at = at.button(key="account_rotate").click().run()
    assert_clean(at)
    assert "now uses the new key" in texts(at)
    fresh = sign_in(new_app().run(), "sk-test-new")
    fresh.query_params["assistant_id"] = "career-coach-maya"
    fresh = fresh.switch_page("pages/assistant.py").run()
    assert "Resume session" in labels(fresh)
    old = sign_in(new_app().run(), "sk-test-old")
    old.query_params["assistant_id"] = "career-coach-maya"
    old = old.switch_page("pages/assistant.py").run()
    assert "Resume session" not in labels(old)


@pytest.mark.usefixtures("app_env")
def test_rotating_to_a_bad_key_explains_and_keeps_the_old_one():
    at = sign_in(new_app().run(), "sk-test-old")
    at.text_input(key="account_new_key").set_value("sk-invalid-x")
    at = at.button(key="account_rotate").click().run()
    assert "not accepted" in texts(at)
    assert at.session_state["auth_api_key"] == "sk-test-old"


@pytest.mark.usefixtures("app_env")
def test_delete_my_data_asks_first_then_erases():
    at = chat_once(sign_in(new_app().run(), "sk-test-leaving"))
    assert get_store().query("sessions")
    at = at.button(key="account_delete").click().run()
    assert "Delete everything" in labels(at)
    confirm = at.button(key="account_delete_confirm")
    assert confirm.proto.type != "primary"  # red, not the blue of an ordinary main action
    assert any(".st-key-account_delete_confirm button" in h.proto.body for h in at.get("html"))
    at = confirm.click().run()
    assert_clean(at)
    assert "Your data is deleted." in texts(at)
    assert "auth_user" not in at.session_state
    assert get_store().query("sessions") == []
