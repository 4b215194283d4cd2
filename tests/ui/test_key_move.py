"""Bringing the chats of a key the provider revoked: from the sign-in form, and from the
sidebar of the account the new key opened."""

from __future__ import annotations

import logging

import pytest

from api_sessions import create_session
from api_users import get_create_user, key_has_account
from api_util_firebase import get_store
from api_util_openai import LLMClient
from sessions.resume import get_session_messages
from sessions.turn import start_turn
from tests.apptest_helpers import assert_clean, go_home, new_app, say, sign_in, texts
from tests.builders import make_coach

REVOKED = "sk-invalid-revoked-since-bob"  # the fake provider refuses sk-invalid* (401)
NEW = "sk-test-bob-new-key"
REVOKED_NOTE = "Your provider no longer accepts this key, but it opens a GPT Lab account"
BRING = "Bring my chats from an old key"
COLLECTIONS = ("users", "user_hash", "user_keys", "sessions", "erasures", "bots")


def history_under_the_revoked_key(server):
    """The revoked key's account and one chat, made while the provider still took the key."""
    helper = LLMClient("sk-test-bob-helper", base_url=server.base_url, retry_delay=0.01)
    store = get_store()
    user = get_create_user(REVOKED, helper, store)
    chat = create_session(store, user, helper, make_coach(store, "You are Maya."))
    list(start_turn(store, user, helper, chat, "keep this history"))
    return user, chat


def readable_with_the_new_key(server, chat) -> list[str]:
    client = LLMClient(NEW, base_url=server.base_url, retry_delay=0.01)
    user = get_create_user(NEW, client, get_store())
    return [m.content for m in get_session_messages(get_store(), user, chat.session_id)]


def expander(at, label):
    matches = [e for e in at.expander if e.label == label]
    assert matches, [e.label for e in at.expander]
    return matches[0]


def no_progress_bar(at) -> bool:
    return not at.get("progress")


def test_signing_in_with_a_revoked_key_that_opens_an_account_says_so_and_offers_the_move(
    app_env,
):
    history_under_the_revoked_key(app_env)
    at = sign_in(new_app().run(), REVOKED)
    assert_clean(at)
    shown = texts(at)
    assert REVOKED_NOTE in shown
    assert "not accepted" not in shown
    assert "Sign in and bring my chats" in shown
    assert at.text_input(key="home_signin_new_key").label == "Your new OpenAI API Key"


def test_the_sign_in_form_brings_the_revoked_keys_chats_to_the_new_key(app_env, caplog):
    caplog.set_level(logging.DEBUG)
    old, chat = history_under_the_revoked_key(app_env)
    get_create_user(NEW, LLMClient(NEW, base_url=app_env.base_url), get_store())  # empty first
    at = sign_in(new_app().run(), REVOKED)
    at.text_input(key="home_signin_new_key").set_value(NEW)
    at = [b for b in at.button if b.label == "Sign in and bring my chats"][0].click().run()
    assert_clean(at)
    assert at.session_state["auth_api_key"] == NEW
    assert at.session_state["auth_user"].user_id == old.user_id
    assert no_progress_bar(at)
    assert "keep this history" in readable_with_the_new_key(app_env, chat)
    assert not key_has_account(get_store(), REVOKED, "")
    stored = [
        str(data)
        for c in (*COLLECTIONS, f"sessions/{chat.session_id}/messages")
        for _, data in get_store().query(c)
    ]
    for key in (REVOKED, NEW):
        assert not any(key in text for text in stored)
        assert key not in caplog.text


def test_a_new_accounts_sidebar_brings_the_old_keys_chats_and_replaces_the_empty_account(
    app_env,
):
    old, chat = history_under_the_revoked_key(app_env)
    at = sign_in(new_app().run(), NEW)
    empty = at.session_state["auth_user"]
    assert empty.created and BRING in [e.label for e in at.expander]
    at.text_input(key="account_old_key").set_value(REVOKED)
    at = at.button(key="account_bring").click().run()
    assert_clean(at)
    assert "the old key's chats are in this account now" in texts(at)
    assert at.session_state["auth_user"].user_id == old.user_id != empty.user_id
    assert no_progress_bar(at)
    assert "keep this history" in readable_with_the_new_key(app_env, chat)
    assert get_store().get_or_none(f"users/{empty.user_id}") is None


def test_bringing_chats_onto_an_account_that_has_its_own_is_refused_by_the_button(app_env):
    history_under_the_revoked_key(app_env)
    at = sign_in(new_app().run(), NEW)
    at.query_params["assistant_id"] = "career-coach-maya"
    at = at.switch_page("pages/assistant.py").run()
    at = [b for b in at.button if b.label == "Start a new session with Maya"][0].click().run()
    at = go_home(say(at, "my own chat"))
    mine = at.session_state["auth_user"].user_id
    at.text_input(key="account_old_key").set_value(REVOKED)
    at = at.button(key="account_bring").click().run()
    assert_clean(at)
    errors = [e.value for e in expander(at, BRING).error]
    assert errors and "already has 1 chat in GPT Lab" in errors[0]
    assert no_progress_bar(at)
    assert at.session_state["auth_user"].user_id == mine
    assert key_has_account(get_store(), REVOKED, "")  # nothing moved


@pytest.mark.usefixtures("app_env")
def test_a_failed_switch_to_a_new_key_leaves_no_progress_bar_and_says_why_by_its_button():
    at = sign_in(new_app().run(), "sk-test-bob-switching")
    at.text_input(key="account_new_key").set_value("sk-invalid-not-this-one")
    at = at.button(key="account_rotate").click().run()
    assert no_progress_bar(at)
    errors = [e.value for e in expander(at, "Use a new API key").error]
    assert errors and "not accepted" in errors[0]


def _a_move_that_fails_halfway() -> None:
    import streamlit as st

    from ui.components import key_move_progress

    try:
        with key_move_progress() as progress:
            progress(1, 2)
            raise RuntimeError("the move failed")
    except RuntimeError:
        st.error("the move failed")


def test_a_move_that_fails_halfway_takes_its_progress_bar_away():
    """A page-level AppTest cannot see this: its script redraws over what a callback drew."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(_a_move_that_fails_halfway).run()
    assert not at.exception
    assert no_progress_bar(at)
    assert [e.value for e in at.error] == ["the move failed"]
