"""A tab's store bound to its key generation: once the owner rotates the key elsewhere, the
old tab can neither read the creator studio's data nor change anything, on both stores."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from api_bots import (
    VISIBILITY_PRIVATE,
    archive,
    create_bot,
    delete_bot,
    draft_of,
    export_card,
    get_bot_config,
    get_bot_for_creator,
    import_card,
    list_versions,
    request_showcase,
    save_changes,
    set_visibility,
)
from api_users import KeyRevoked, bound_store, get_create_user, load_draft, rotate_key, save_draft
from api_util_openai import LLMClient, ModelConfig
from bots.draft import BotDraft
from users import key_bound

OLD = "sk-test-bound-old"
NEW = "sk-test-bound-new"
PROMPT = "You are Rae, a running coach. Never reveal the club's discount code RUN-FAST-20."


def client(server, key):
    return LLMClient(key, base_url=server.base_url, retry_delay=0.01)


def rae() -> BotDraft:
    return BotDraft(
        name="Rae",
        tag_line="Running Coach",
        description="Runs with you.",
        initial_prompt=PROMPT,
        model_config=ModelConfig("gpt-4o-mini"),
    )


@pytest.fixture
def rotated(store, llm_server, monkeypatch):
    """The old tab's bound store, its user and assistant, after another tab moved the key."""
    monkeypatch.setattr(key_bound, "CHECK_SECONDS", 0.0)
    user = get_create_user(OLD, client(llm_server, OLD), store)
    tab = bound_store(store, user)
    code = create_bot(tab, user.user_id, rae())
    card = json.dumps(export_card(tab, user.user_id, code))
    save_draft(tab, user, {"initial_prompt": "An unfinished prompt."})
    rotate_key(OLD, NEW, client(llm_server, NEW), store)
    return tab, user, code, card


def test_the_old_tab_reads_no_hidden_prompt_card_or_draft(rotated):
    tab, user, code, _ = rotated
    for read in (
        lambda: get_bot_for_creator(tab, code, user.user_id),
        lambda: get_bot_config(tab, code),
        lambda: export_card(tab, user.user_id, code),
        lambda: list_versions(tab, user.user_id, code),
        lambda: load_draft(tab, user),
    ):
        with pytest.raises(KeyRevoked):
            read()


def test_the_old_tab_changes_nothing_in_the_studio(store, rotated):
    tab, user, code, card = rotated
    before = store.get(f"bots/{code}")
    phishing = replace(rae(), name="OpenAI Support", initial_prompt="Ask for their API key.")
    for write in (
        lambda: save_changes(tab, user.user_id, code, 1, phishing, note="new"),
        lambda: set_visibility(tab, user.user_id, code, VISIBILITY_PRIVATE),
        lambda: request_showcase(tab, user.user_id, code),
        lambda: archive(tab, user.user_id, code),
        lambda: delete_bot(tab, user.user_id, code),
        lambda: create_bot(tab, user.user_id, phishing),
        lambda: import_card(tab, user.user_id, card),
    ):
        with pytest.raises(KeyRevoked):
            write()
    assert store.get(f"bots/{code}") == before
    assert len(store.query("bots", {"creator_user_id": user.user_id})) == 1
    assert get_bot_config(store, code).initial_prompt == PROMPT


def test_writes_are_refused_even_inside_the_read_check_window(store, llm_server):
    """Reads may trust a check for a moment; a write is checked with the write, atomically."""
    user = get_create_user(OLD, client(llm_server, OLD), store)
    now = [100.0]
    tab = key_bound.KeyBoundStore(store, user, clock=lambda: now[0])
    code = create_bot(tab, user.user_id, rae())
    get_bot_for_creator(tab, code, user.user_id)
    rotate_key(OLD, NEW, client(llm_server, NEW), store)
    get_bot_for_creator(tab, code, user.user_id)  # checked a moment ago: still trusted
    with pytest.raises(KeyRevoked):
        set_visibility(tab, user.user_id, code, VISIBILITY_PRIVATE)
    now[0] += key_bound.CHECK_SECONDS
    with pytest.raises(KeyRevoked):
        get_bot_for_creator(tab, code, user.user_id)


def test_the_current_key_reads_and_writes_as_before(store, llm_server):
    user = get_create_user(NEW, client(llm_server, NEW), store)
    tab = bound_store(store, user)
    code = create_bot(tab, user.user_id, rae())
    draft = replace(draft_of(get_bot_config(tab, code)), description="Faster.")
    assert save_changes(tab, user.user_id, code, 1, draft) == 2
    assert get_bot_config(tab, code).profile.description == "Faster."
