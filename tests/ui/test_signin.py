"""Signing in with a key whose chats moved to another key says so on the form, and offers a new,
empty account with it only when its owner asks."""

from __future__ import annotations

from api_users import get_create_user
from api_util_firebase import get_store
from api_util_openai import LLMClient
from tests.apptest_helpers import assert_clean, click, labels, new_app, sign_in, texts
from ui.state import KEY_USER
from users.rotation import rotate_key

OLD = "sk-test-moved-away"
NEW = "sk-test-moved-here"
NEW_ACCOUNT = "Open a new, empty account with this key"


def moved(server) -> str:
    """An account made with OLD and moved to NEW (as the sidebar's Use a new API key does)."""
    user = get_create_user(OLD, LLMClient(OLD, base_url=server.base_url), get_store())
    rotate_key(OLD, NEW, LLMClient(NEW, base_url=server.base_url), get_store())
    return user.user_id


def test_signing_in_with_a_moved_key_says_so_and_a_new_account_only_when_asked(app_env):
    moved_id = moved(app_env)
    at = sign_in(new_app().run(), OLD)
    assert_clean(at)
    said = " ".join(w.value for w in at.warning)
    assert "The chats of this key were moved to a newer API key on" in said
    assert "Sign in with that key to see them." in said
    assert KEY_USER not in at.session_state and NEW_ACCOUNT in labels(at)
    at = click(at, NEW_ACCOUNT)
    assert_clean(at)
    user = at.session_state[KEY_USER]
    assert user.created and user.user_id != moved_id
    assert "New account created for this key" in texts(at)


def test_the_key_the_chats_moved_to_opens_them_with_a_welcome_back(app_env):
    moved_id = moved(app_env)
    at = sign_in(new_app().run(), NEW)
    assert at.session_state[KEY_USER].user_id == moved_id
    assert "Welcome back." in texts(at) and "moved" not in texts(at)
