"""Retiring a version that gave a secret away, on both stores: its texts are deleted, its
record says retired, and sessions started on it go on with the active version."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from api_bots import (
    CannotRetire,
    VersionRetired,
    draft_of,
    export_card,
    get_bot_config,
    list_versions,
    restore_version,
    retire_version,
    save_changes,
    version_draft,
)
from api_sessions import create_session, resume_session, start_turn
from api_users import get_create_user
from api_util_openai import LLMClient
from tests.builders import make_coach

LEAKY = "You are Maya, a career coach. The staff discount code is MAPLE-THANKS-10."
FIXED = "You are Maya, a career coach. Never discuss discounts."


def visitor(store, server):
    key = "sk-test-retire-visitor"
    llm = LLMClient(key, base_url=server.base_url)
    return get_create_user(key, llm, store), llm


def system_sent(server) -> str:
    return server.state.calls("/chat/completions")[-1]["messages"][0]["content"]


@pytest.fixture
def retired(store):
    """Maya whose version 1 held a secret; version 2 fixed it; version 1 is retired."""
    bot = make_coach(store, LEAKY)
    draft = replace(draft_of(get_bot_config(store, bot)), initial_prompt=FIXED)
    save_changes(store, "creator", bot, 1, draft)
    return bot


def test_a_retired_versions_texts_are_deleted_and_its_record_says_retired(store, retired):
    prompt_docs = {doc_id for doc_id, _ in store.query(f"bots/{retired}/prompts")}
    retire_version(store, "creator", retired, 1)
    left = [data["message"] for _, data in store.query(f"bots/{retired}/prompts")]
    assert LEAKY not in left and FIXED in left
    assert len(left) < len(prompt_docs)
    versions = {v.number: v for v in list_versions(store, "creator", retired)}
    assert versions[1].retired and not versions[2].retired
    with pytest.raises(VersionRetired):
        version_draft(store, "creator", retired, 1)
    with pytest.raises(VersionRetired):
        restore_version(store, "creator", retired, 1, 2)
    card = json.dumps(export_card(store, "creator", retired))
    assert "MAPLE" not in card


def test_the_active_version_cannot_be_retired(store, retired):
    with pytest.raises(CannotRetire, match="active version"):
        retire_version(store, "creator", retired, 2)
    retire_version(store, "creator", retired, 1)
    with pytest.raises(VersionRetired):
        retire_version(store, "creator", retired, 1)


def test_an_open_chat_on_a_retired_version_goes_on_with_the_active_one(store, llm_server, retired):
    user, llm = visitor(store, llm_server)
    restore_version(store, "creator", retired, 1, 2)  # version 3 = the leaky text again
    chat = create_session(store, user, llm, retired)
    assert "MAPLE" in system_sent(llm_server)
    draft = replace(draft_of(get_bot_config(store, retired)), initial_prompt=FIXED + " Be kind.")
    save_changes(store, "creator", retired, 3, draft)
    retire_version(store, "creator", retired, 3)
    list(start_turn(store, user, llm, chat, "hello again"))  # the tab was left open
    assert "MAPLE" not in system_sent(llm_server) and "Be kind." in system_sent(llm_server)
    resumed = resume_session(store, user, chat.session_id)  # a week later
    assert resumed.config.bot_version == 4
    list(start_turn(store, user, llm, resumed, "and now?"))
    assert "MAPLE" not in system_sent(llm_server)


def test_a_session_resumed_after_a_retirement_runs_on_the_active_version(
    store, llm_server, retired
):
    user, llm = visitor(store, llm_server)
    restore_version(store, "creator", retired, 1, 2)
    chat = create_session(store, user, llm, retired)  # on version 3
    restore_version(store, "creator", retired, 2, 3)  # version 4 = the fixed text
    retire_version(store, "creator", retired, 3)
    resumed = resume_session(store, user, chat.session_id)
    assert "MAPLE" not in resumed.config.initial_prompt
    list(start_turn(store, user, llm, resumed, "hello"))
    assert "MAPLE" not in system_sent(llm_server)


def test_texts_a_version_shares_with_one_in_use_are_kept(store, retired):
    draft = replace(draft_of(get_bot_config(store, retired)), description="Now kinder.")
    save_changes(store, "creator", retired, 2, draft)  # version 3 shares version 2's prompt
    retire_version(store, "creator", retired, 2)
    assert get_bot_config(store, retired).initial_prompt == FIXED
