"""Knowledge in cards, on both stores: confidential sources stay out unless asked for, an
import brings back every version's sources, and a card whose text was altered is refused."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from api_bots import (
    MARK_CONFIDENTIAL,
    MARK_QUOTABLE,
    CardError,
    KnowledgeSource,
    card_json,
    export_card,
    get_bot_config,
    import_card,
    load_text,
    stage_text,
)
from bots.versions import draft_of, save_changes
from tests.builders import make_coach

HANDBOOK = "Leave policy. Staff get 25 days of paid leave each year, plus public holidays."
PLAYBOOK = "Retention playbook: offer the Harbor discount of 35 percent before a cancellation."


@pytest.fixture
def bot_with_knowledge(store):
    bot = make_coach(store, "You are Maya, a career coach.")
    sources = tuple(
        KnowledgeSource(stage_text(store, "creator", text), title, "md", mark, 20, len(text))
        for text, title, mark in (
            (HANDBOOK, "Handbook", MARK_QUOTABLE),
            (PLAYBOOK, "Playbook", MARK_CONFIDENTIAL),
        )
    )
    active = draft_of(get_bot_config(store, bot))
    save_changes(store, "creator", bot, 1, replace(active, knowledge=sources), "Knowledge")
    return bot


def test_a_card_leaves_confidential_knowledge_out_unless_the_creator_asks(
    store, bot_with_knowledge
):
    card = card_json(export_card(store, "creator", bot_with_knowledge))
    assert HANDBOOK in card and "Handbook" in card
    assert PLAYBOOK not in card and "Playbook" not in card
    full = card_json(export_card(store, "creator", bot_with_knowledge, include_confidential=True))
    assert PLAYBOOK in full


def test_an_imported_card_answers_from_the_same_knowledge_in_every_version(
    store, bot_with_knowledge
):
    card = card_json(export_card(store, "creator", bot_with_knowledge, include_confidential=True))
    store.set("users/importer", {"bots_created": 0})
    imported = import_card(store, "importer", card)
    config = get_bot_config(store, imported.code)
    assert [(s.title, s.mark) for s in config.knowledge] == [
        ("Handbook", MARK_QUOTABLE),
        ("Playbook", MARK_CONFIDENTIAL),
    ]
    assert config.knowledge_owner == "importer"
    assert load_text(store, "importer", config.knowledge[1]) == PLAYBOOK
    assert config.version == 2


def test_a_card_whose_knowledge_text_was_altered_is_refused(store, bot_with_knowledge):
    card = export_card(store, "creator", bot_with_knowledge)
    digest = next(iter(card["knowledge_texts"]))
    card["knowledge_texts"][digest] = HANDBOOK.replace("25", "250")
    store.set("users/importer", {"bots_created": 0})
    with pytest.raises(CardError, match="does not match"):
        import_card(store, "importer", json.dumps(card))
    assert store.query("bots", {"creator_user_id": "importer"}) == []
