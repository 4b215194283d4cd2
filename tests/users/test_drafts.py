"""A creator's unfinished Lab draft in the store: only they can read it back, an older draft's
odd fields are dropped, and a tab whose key was replaced cannot write it."""

from __future__ import annotations

import pytest

from api_users import KeyRevoked, get_create_user
from api_util_openai import LLMClient
from users.drafts import DraftTooLarge, discard_draft, draft_path, load_draft, save_draft
from users.rotation import rotate_key

FIELDS = {"initial_prompt": "", "max_tokens": 500, "temperature": 0.5, "name": ""}


def user(store, server, key="sk-test-drafter"):
    return get_create_user(key, LLMClient(key, base_url=server.base_url), store)


def test_a_draft_comes_back_to_its_owner_only(store, llm_server):
    alice = user(store, llm_server)
    save_draft(store, alice, {"initial_prompt": "You are Rae.", "max_tokens": 300, "name": "Rae"})
    assert load_draft(store, alice, FIELDS) == {
        "initial_prompt": "You are Rae.",
        "max_tokens": 300,
        "name": "Rae",
    }
    bob = user(store, llm_server, "sk-test-other-drafter")
    assert load_draft(store, bob, FIELDS) is None
    store.set(draft_path(bob.user_id), store.get(draft_path(alice.user_id)))  # a copied document
    assert load_draft(store, bob, FIELDS) is None  # opens with Alice's key only
    discard_draft(store, alice)
    assert load_draft(store, alice, FIELDS) is None


def test_fields_that_no_longer_exist_or_changed_type_are_dropped(store, llm_server):
    alice = user(store, llm_server)
    save_draft(
        store,
        alice,
        {"initial_prompt": ["not", "text"], "temperature": 1, "max_tokens": True, "old": "x"},
    )
    assert load_draft(store, alice, FIELDS) == {"temperature": 1}


def test_a_tab_whose_key_was_replaced_cannot_write_the_draft(store, llm_server):
    old = user(store, llm_server, "sk-test-draft-old")
    rotate_key(
        "sk-test-draft-old",
        "sk-test-draft-new",
        LLMClient("sk-test-draft-new", base_url=llm_server.base_url),
        store,
    )
    with pytest.raises(KeyRevoked):
        save_draft(store, old, {"initial_prompt": "late"})


def test_an_impossibly_large_draft_is_refused_before_it_reaches_the_store(store, llm_server):
    alice = user(store, llm_server)
    with pytest.raises(DraftTooLarge):
        save_draft(store, alice, {"initial_prompt": "x" * 300_000})
    assert store.get_or_none(draft_path(alice.user_id)) is None


def test_a_draft_is_bounded_by_its_stored_size_so_the_database_never_refuses_it(store, llm_server):
    """199,000 emoji (under the character limit) are 796,000 bytes of UTF-8, 1.06 MB
    encrypted: refused here as too large, not by the store as a database failure. As many
    CJK characters (597,000 bytes, 796,000 encrypted) fit."""
    alice = user(store, llm_server)
    save_draft(store, alice, {"initial_prompt": "You are Rae."})
    with pytest.raises(DraftTooLarge, match="too large to keep in your account"):
        save_draft(store, alice, {"initial_prompt": "😀" * 199_000})
    assert load_draft(store, alice) == {"initial_prompt": "You are Rae."}  # the last one kept
    cjk = {"initial_prompt": "漢" * 199_000}
    save_draft(store, alice, cjk)
    assert load_draft(store, alice) == cjk
