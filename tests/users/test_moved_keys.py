"""A key whose account moved to another key says so at sign-in (the date, never a key), instead
of opening a new, empty account in silence; on both stores."""

from __future__ import annotations

import pytest

from account.erasure import delete_user
from api_users import KeyMoved, get_create_user, identity_hash
from api_util_firebase import doc_path, utc_now
from api_util_openai import LLMClient
from users.rotation import rotate_key

OLD = "sk-test-moving-old"
NEW = "sk-test-moving-new"
REFUSED = "sk-invalid-moved-then-revoked"  # the fake provider refuses sk-invalid* (401)


def client(server, key):
    return LLMClient(key, base_url=server.base_url, retry_delay=0.01)


def moved_account(store, server, old=OLD, helper=OLD):
    """An account made with `old` (checked with `helper`, a key the provider takes), then
    moved to NEW."""
    user = get_create_user(old, client(server, helper), store)
    rotate_key(old, NEW, client(server, NEW), store)
    return user


def test_signing_in_with_a_moved_key_says_when_its_chats_moved_and_opens_nothing(store, llm_server):
    moved = moved_account(store, llm_server)
    accounts = len(store.query("users"))
    with pytest.raises(KeyMoved) as raised:
        get_create_user(OLD, client(llm_server, OLD), store)
    today = utc_now()
    assert f"moved to a newer API key on {today.day} {today:%B %Y}" in str(raised.value)
    assert "open a new, empty GPT Lab account with it" in str(raised.value)
    assert raised.value.accepted
    assert len(store.query("users")) == accounts  # no empty account made in silence
    assert get_create_user(NEW, client(llm_server, NEW), store).user_id == moved.user_id


def test_a_moved_key_the_provider_now_refuses_says_where_the_chats_went(store, llm_server):
    moved_account(store, llm_server, old=REFUSED, helper=OLD)
    with pytest.raises(KeyMoved) as raised:
        get_create_user(REFUSED, client(llm_server, REFUSED), store)
    assert not raised.value.accepted and "new, empty" not in str(raised.value)


def test_a_new_account_asked_for_with_a_moved_key_is_made_and_the_marker_goes(store, llm_server):
    moved = moved_account(store, llm_server)
    fresh = get_create_user(OLD, client(llm_server, OLD), store, new_after_move=True)
    assert fresh.created and fresh.user_id != moved.user_id
    assert get_create_user(OLD, client(llm_server, OLD), store).user_id == fresh.user_id


def test_the_marker_holds_no_key_goes_when_the_key_comes_back_and_with_erasure(store, llm_server):
    moved = moved_account(store, llm_server)
    markers = store.query("moved_keys")
    assert [marker_id for marker_id, _ in markers] == [identity_hash(OLD, "")]
    assert set(markers[0][1]) == {"user_id", "moved_date"}
    assert markers[0][1]["user_id"] == moved.user_id
    rotate_key(NEW, OLD, client(llm_server, OLD), store)  # moved back onto the old key
    assert store.get_or_none(doc_path("moved_keys", identity_hash(OLD, ""))) is None
    assert get_create_user(OLD, client(llm_server, OLD), store).user_id == moved.user_id
    delete_user(OLD, store)
    assert store.query("moved_keys") == []  # NEW's marker went with the account
