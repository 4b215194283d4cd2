"""Delete my data finds everything of the account, even what no assistant points at, on both
stores."""

from __future__ import annotations

import pytest

from account.erasure import delete_user
from api_bots import card_json, export_card, import_card
from api_util_firebase import StoreUnavailable
from tests.builders import CommitFaults, make_coach, user_of

KEY = "sk-test-erasing-importer"
SECRET = "You are Maya. Secret method: the Zebra plan."


def test_delete_my_data_removes_what_an_import_cut_short_stored(store, llm_server, monkeypatch):
    """The database fails at an import's second batch and for its clean-up too: the prompts
    stored stay under a code no assistant has, until the account is erased."""
    card = card_json(export_card(store, "creator", make_coach(store, SECRET)))
    user = user_of(store, llm_server.base_url, KEY)
    monkeypatch.setattr("store.batches.BATCH_WRITES", 2)
    faults = CommitFaults(store, monkeypatch).arm(range(2, 1000))  # down after the first
    with pytest.raises(StoreUnavailable):
        import_card(store, user.user_id, card)
    faults.disarm()
    left = [path for path in faults.created if store.get_or_none(path) is not None]
    assert any("/prompts/" in path for path in left)
    assert any(SECRET == store.get(path).get("message") for path in left)
    delete_user(KEY, store)
    assert [path for path in left if store.get_or_none(path) is not None] == []
    assert store.query("imports") == [] and store.query("erasures") == []


def test_delete_my_data_removes_every_knowledge_text_saved_or_only_staged(store, llm_server):
    from dataclasses import replace

    from api_bots import MARK_CONFIDENTIAL, KnowledgeSource, create_bot, stage_text
    from tests.builders import BotDraft, ModelConfig

    user = user_of(store, llm_server.base_url, KEY)
    saved_text, staged_text = "Playbook: the Harbor discount is 35 percent.", "Draft notes."
    digest = stage_text(store, user.user_id, saved_text)
    stage_text(store, user.user_id, staged_text)  # added in the Lab, never saved
    playbook = KnowledgeSource(digest, "Playbook", "md", MARK_CONFIDENTIAL, 12, len(saved_text))
    draft = BotDraft("Rae", "Coach", "Helps.", "You are Rae.", ModelConfig("gpt-4o-mini", 300))
    create_bot(store, user.user_id, replace(draft, knowledge=(playbook,)))
    assert len(store.query(f"users/{user.user_id}/knowledge_texts")) == 2

    delete_user(KEY, store)

    assert store.query(f"users/{user.user_id}/knowledge_texts") == []
