"""An assistant's knowledge as stored, on both stores: texts staged once per creator, sources
named by each version, restore, diff, missing texts, and deleting."""

from __future__ import annotations

from dataclasses import replace

import pytest

from api_bots import (
    MARK_CONFIDENTIAL,
    MARK_QUOTABLE,
    KnowledgeMissing,
    KnowledgeSource,
    delete_bot,
    get_bot_config,
    load_text,
    stage_text,
)
from bots.diff import compare
from bots.knowledge_sets import TEXT_PART_CHARS
from bots.versions import draft_of, list_versions, restore_version, save_changes, version_draft
from tests.builders import make_coach

HANDBOOK = "Leave policy. Staff get 25 days of paid leave each year, plus public holidays."
PLAYBOOK = "Retention playbook: offer the Harbor discount of 35 percent before a cancellation."


def source(store, text: str, title: str, mark: str = MARK_CONFIDENTIAL) -> KnowledgeSource:
    digest = stage_text(store, "creator", text)
    return KnowledgeSource(digest, title, "md", mark, len(text.split()), len(text))


def fresh(src: KnowledgeSource) -> KnowledgeSource:
    """The same source read back from the store by a server that has not cached it."""
    from bots import knowledge_sets

    knowledge_sets._TEXTS = knowledge_sets._TextCache(knowledge_sets._CACHE_CHARS)
    return src


def test_a_staged_text_reads_back_whole_even_over_several_documents(store):
    long_text = ("知識ベース。" * (TEXT_PART_CHARS // 3)) + "The end."
    src = source(store, long_text, "Long")
    assert len(long_text) > 2 * TEXT_PART_CHARS
    assert load_text(store, "creator", fresh(src)) == long_text


def test_adding_the_same_text_again_writes_nothing_new(store):
    first = stage_text(store, "creator", HANDBOOK)
    parts = store.query("users/creator/knowledge_texts")
    assert stage_text(store, "creator", HANDBOOK) == first
    assert store.query("users/creator/knowledge_texts") == parts


def test_adding_a_source_is_a_new_version_and_restore_brings_back_the_old_set(store):
    bot = make_coach(store, "You are Maya, a career coach.")
    handbook = source(store, HANDBOOK, "Handbook", MARK_QUOTABLE)
    active = draft_of(get_bot_config(store, bot))
    assert active.knowledge == ()

    save_changes(store, "creator", bot, 1, replace(active, knowledge=(handbook,)), "Add handbook")
    assert get_bot_config(store, bot).knowledge == (handbook,)
    assert list_versions(store, "creator", bot)[0].changed == ("knowledge",)

    playbook = source(store, PLAYBOOK, "Playbook")
    remarked = replace(handbook, mark=MARK_CONFIDENTIAL)
    three = replace(draft_of(get_bot_config(store, bot)), knowledge=(remarked, playbook))
    save_changes(store, "creator", bot, 2, three, "Playbook, handbook confidential")
    (field, diff), *_ = compare(version_draft(store, "creator", bot, 2), three)
    assert field == "knowledge"
    assert "Quotable" in diff and "Playbook (Confidential" in diff

    restore_version(store, "creator", bot, 2, 3)
    assert get_bot_config(store, bot).knowledge == (handbook,)
    restore_version(store, "creator", bot, 1, 4)
    assert get_bot_config(store, bot).knowledge == ()


def test_a_save_naming_a_text_that_is_not_stored_changes_nothing(store):
    bot = make_coach(store, "You are Maya, a career coach.")
    ghost = KnowledgeSource("0" * 40, "Ghost", "txt", MARK_CONFIDENTIAL, 10, 50)
    active = draft_of(get_bot_config(store, bot))
    with pytest.raises(KnowledgeMissing, match="Ghost"):
        save_changes(store, "creator", bot, 1, replace(active, knowledge=(ghost,)))
    assert get_bot_config(store, bot).version == 1
    assert len(list_versions(store, "creator", bot)) == 1


def test_deleting_an_assistant_deletes_the_texts_no_other_assistant_of_its_creator_uses(store):
    first = make_coach(store, "You are Maya, a career coach.")
    second = make_coach(store, "You are Rae, a running coach.")
    shared, own = source(store, HANDBOOK, "Handbook"), source(store, PLAYBOOK, "Playbook")
    one = draft_of(get_bot_config(store, first))
    save_changes(store, "creator", first, 1, replace(one, knowledge=(shared, own)))
    two = draft_of(get_bot_config(store, second))
    save_changes(store, "creator", second, 1, replace(two, knowledge=(shared,)))

    delete_bot(store, "creator", first)

    left = {
        part_id.rsplit("_", 1)[0] for part_id, _ in store.query("users/creator/knowledge_texts")
    }
    assert left == {shared.digest}
    assert load_text(store, "creator", fresh(shared)) == HANDBOOK
