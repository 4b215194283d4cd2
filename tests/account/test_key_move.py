"""Bringing a history from an old key the provider revoked, onto a key that may already have
opened an empty account, on both stores."""

from __future__ import annotations

import logging

import pytest

from account import move_to_key
from api_sessions import create_session
from api_users import (
    KeyHoldsData,
    KeyMoved,
    RefusedKeyOpensAccount,
    get_create_user,
    key_doc_path,
    save_draft,
)
from api_util_firebase import doc_path
from api_util_openai import InvalidApiKey, LLMClient
from sessions.resume import get_session_messages
from sessions.turn import start_turn
from tests.builders import make_coach

REVOKED = "sk-invalid-revoked-since-alice"  # the fake provider refuses sk-invalid* (401)
NEW = "sk-test-bringing-new"
WORKING = "sk-test-bringing-helper"


def client(server, key):
    return LLMClient(key, base_url=server.base_url, retry_delay=0.01)


def account_from_before_the_revocation(store, server, turns=("keep this",)):
    """The revoked key's account, made (and chatted in) while the provider still took it."""
    user = get_create_user(REVOKED, client(server, WORKING), store)
    chat = create_session(store, user, client(server, WORKING), make_coach(store, "You are Maya."))
    for text in turns:
        list(start_turn(store, user, client(server, WORKING), chat, text))
    return user, chat


def test_signing_in_with_a_revoked_key_that_opens_an_account_says_so(store, llm_server):
    account_from_before_the_revocation(store, llm_server)
    with pytest.raises(RefusedKeyOpensAccount, match="bring your chats over"):
        get_create_user(REVOKED, client(llm_server, REVOKED), store)
    with pytest.raises(InvalidApiKey):  # a refused key GPT Lab never saw: no account hinted
        get_create_user("sk-invalid-never-seen", client(llm_server, "sk-invalid-x"), store)


def test_bringing_chats_from_a_revoked_key_replaces_the_new_keys_empty_account(store, llm_server):
    old, chat = account_from_before_the_revocation(store, llm_server)
    empty = get_create_user(NEW, client(llm_server, NEW), store)  # signed in with the new key
    assert empty.created
    moved = move_to_key(REVOKED, NEW, client(llm_server, NEW), store)
    again = get_create_user(NEW, client(llm_server, NEW), store)
    assert again.user_id == moved.user_id == old.user_id
    texts = [m.content for m in get_session_messages(store, again, chat.session_id)]
    assert texts == [m.content for m in chat.transcript] and "keep this" in texts
    assert store.get_or_none(doc_path("users", empty.user_id)) is None
    assert store.get_or_none(key_doc_path(empty.user_id, 0)) is None
    assert store.query(f"users/{empty.user_id}/spend") == []
    assert store.query("erasures") == []
    with pytest.raises(KeyMoved, match="moved to a newer API key"):  # it opens nothing now
        get_create_user(REVOKED, client(llm_server, REVOKED), store)


def test_a_move_onto_a_key_whose_account_holds_chats_is_refused_with_what_it_holds(
    store, llm_server
):
    old, chat = account_from_before_the_revocation(store, llm_server)
    busy = get_create_user(NEW, client(llm_server, NEW), store)
    for _ in range(3):
        create_session(store, busy, client(llm_server, NEW), make_coach(store, "You are Rae."))
    bot_id = make_coach(store, "You are Kai.")
    store.update(f"bots/{bot_id}", {"creator_user_id": busy.user_id})
    save_draft(store, busy, {"initial_prompt": "Half a coach."})
    before = {c: sorted(store.query(c)) for c in ("users", "user_hash", "user_keys", "sessions")}
    # The list as CLDR writes English lists (babel.lists.format_list): with a serial comma.
    with pytest.raises(KeyHoldsData, match="3 chats, 1 assistant, and an unfinished draft"):
        move_to_key(REVOKED, NEW, client(llm_server, NEW), store)
    after = {c: sorted(store.query(c)) for c in ("users", "user_hash", "user_keys", "sessions")}
    assert after == before
    assert get_create_user(NEW, client(llm_server, NEW), store).user_id == busy.user_id
    assert len(get_session_messages(store, old, chat.session_id)) == 3


def _strings(value):
    if isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)
    else:
        yield str(value)


def test_the_raw_keys_reach_neither_the_store_nor_the_log(store, llm_server, caplog):
    caplog.set_level(logging.DEBUG)
    _, chat = account_from_before_the_revocation(store, llm_server)
    get_create_user(NEW, client(llm_server, NEW), store)
    with pytest.raises(RefusedKeyOpensAccount):
        get_create_user(REVOKED, client(llm_server, REVOKED), store)
    move_to_key(REVOKED, NEW, client(llm_server, NEW), store)
    collections = ["users", "user_hash", "user_keys", "sessions", "bots", "erasures"]
    collections += ["moved_keys"]
    collections += [f"sessions/{chat.session_id}/messages"]
    stored = [s for c in collections for _, data in store.query(c) for s in _strings(data)]
    assert stored
    for key in (REVOKED, NEW):
        assert not any(key in text for text in stored)
        assert key not in caplog.text
