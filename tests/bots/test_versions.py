"""Editing assistants with versions, on both stores: save, conflicts, sessions keep theirs,
restore, compare, and assistants stored before versions existed."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from api_bots import NotBotCreator, get_bot, get_bot_config
from api_sessions import create_session
from api_users import get_create_user
from api_util_openai import LLMClient, ModelConfig
from bots.diff import compare, word_diff
from bots.versions import (
    EditConflict,
    NothingChanged,
    draft_of,
    list_versions,
    restore_version,
    save_changes,
)
from sessions.resume import resume_session
from sessions.turn import start_turn
from tests.builders import make_coach

OLD = 'You are Maya, a career coach. End every reply with "(v1)".'
NEW = 'You are Maya, a career coach who asks about values. End every reply with "(v2)".'


def sign_in(store, server, key):
    return get_create_user(key, LLMClient(key, base_url=server.base_url), store)


@pytest.fixture
def bot(store):
    return make_coach(store, OLD)


def edited(store, bot_id, **changes):
    return replace(draft_of(get_bot_config(store, bot_id, "creator")), **changes)


def count_docs(store, bot_id, child):
    return len(store.query(f"bots/{bot_id}/{child}"))


def test_saving_a_new_prompt_stores_only_the_prompt_and_keeps_the_code(store, bot):
    configs_before = count_docs(store, bot, "model_configs")
    prompts_before = count_docs(store, bot, "prompts")
    number = save_changes(
        store, "creator", bot, 1, edited(store, bot, initial_prompt=NEW), "values"
    )
    assert number == 2
    assert get_bot_config(store, bot).initial_prompt == NEW
    assert count_docs(store, bot, "prompts") == prompts_before + 1
    assert count_docs(store, bot, "model_configs") == configs_before
    newest = list_versions(store, "creator", bot)[0]
    assert (newest.number, newest.note, newest.changed) == (2, "values", ("prompt",))


def test_saving_model_settings_and_details_moves_every_pointer_in_one_commit(store, bot):
    draft = edited(
        store,
        bot,
        name="Maya II",
        starters=("Where do I start?",),
        model_config=ModelConfig("gpt-4o", 500, temperature=1.1),
    )
    store.stats.reset()
    save_changes(store, "creator", bot, 1, draft)
    assert store.stats.commits == 1
    profile = get_bot(store, bot)
    assert (profile.name, profile.starters, profile.model, profile.version) == (
        "Maya II",
        ("Where do I start?",),
        "gpt-4o",
        2,
    )
    assert set(list_versions(store, "creator", bot)[0].changed) == {
        "model settings",
        "name",
        "conversation starters",
    }


def test_saving_nothing_new_is_refused_and_writes_nothing(store, bot):
    store.stats.reset()
    with pytest.raises(NothingChanged):
        save_changes(store, "creator", bot, 1, edited(store, bot))
    assert store.stats.commits == 0


def test_a_save_over_an_old_version_is_a_conflict_not_a_lost_edit(store, bot):
    save_changes(store, "creator", bot, 1, edited(store, bot, initial_prompt=NEW))
    with pytest.raises(EditConflict, match="version 2"):
        save_changes(store, "creator", bot, 1, edited(store, bot, description="Other tab"))
    assert get_bot(store, bot).description != "Other tab"


def test_two_tabs_saving_at_once_one_wins_and_the_other_is_told(store, bot):
    outcomes: list[str] = []
    drafts = [edited(store, bot, tag_line=f"Tab {i}") for i in range(4)]

    def save(draft):
        try:
            save_changes(store, "creator", bot, 1, draft)
            outcomes.append("saved")
        except EditConflict:
            outcomes.append("conflict")

    threads = [threading.Thread(target=save, args=(d,)) for d in drafts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["conflict"] * 3 + ["saved"]
    assert [v.number for v in list_versions(store, "creator", bot)] == [2, 1]


def test_only_the_creator_can_edit_list_or_restore(store, bot):
    with pytest.raises(NotBotCreator):
        save_changes(store, "someone", bot, 1, edited(store, bot, initial_prompt=NEW))
    with pytest.raises(NotBotCreator):
        list_versions(store, "someone", bot)
    with pytest.raises(NotBotCreator):
        restore_version(store, "someone", bot, 1, 1)


def test_an_open_session_keeps_its_version_and_a_new_one_gets_the_new(store, llm_server, bot):
    user = sign_in(store, llm_server, "sk-visitor")
    llm = LLMClient("sk-visitor", base_url=llm_server.base_url)
    open_chat = create_session(store, user, llm, bot)
    save_changes(store, "creator", bot, 1, edited(store, bot, initial_prompt=NEW))
    new_chat = create_session(store, user, llm, bot)

    def reply(chat, text):
        turn = start_turn(store, user, llm, chat, text)
        return "".join(turn)

    assert reply(open_chat, "hello").endswith("(v1)")
    assert reply(new_chat, "hello").endswith("(v2)")
    # Stored sessions name their versions and hold no hidden text.
    stored = store.get(f"sessions/{open_chat.session_id}")
    assert stored["bot_version"] == 1 and "initial_prompt" not in stored
    assert OLD not in repr(stored)
    assert store.get(f"sessions/{new_chat.session_id}")["bot_version"] == 2
    # Resumed later, the old session still talks with version 1.
    resumed = resume_session(store, user, open_chat.session_id)
    assert resumed.config.bot_version == 1
    assert reply(resumed, "again").endswith("(v1)")


def test_restore_makes_an_old_version_active_as_a_new_one(store, bot):
    save_changes(store, "creator", bot, 1, edited(store, bot, initial_prompt=NEW, name="Neo"))
    number = restore_version(store, "creator", bot, 1, 2)
    assert number == 3
    config = get_bot_config(store, bot)
    assert (config.initial_prompt, config.profile.name) == (OLD, "Maya")
    history = list_versions(store, "creator", bot)
    assert [(v.number, v.restored_from) for v in history] == [(3, 1), (2, None), (1, None)]
    assert history[0].note == "Restored version 1"
    assert set(history[0].changed) == {"prompt", "name"}
    # Restoring points at the stored texts again: no copies are made.
    assert history[0].pointers == history[2].pointers
    with pytest.raises(NothingChanged):
        restore_version(store, "creator", bot, 3, 3)


def test_word_diff_marks_words_as_plain_text():
    diff = word_diff("Ask one question at a time.", "Ask **two** questions at a time.")
    assert diff == "Ask [-one question-]{+**two** questions+} at a time."


def test_compare_lists_only_the_fields_that_differ(store, bot):
    old = edited(store, bot)
    new = replace(old, initial_prompt=OLD + " Be brief.", tag_line="Coach")
    assert [label for label, _ in compare(old, new)] == ["prompt", "tag line"]
    assert dict(compare(old, new))["prompt"].endswith('"(v1)". {+Be brief.+}')


def test_an_assistant_made_before_versions_gets_its_history_on_first_save(store):
    bot = make_coach(store, OLD)
    # As an assistant stored by an older GPT Lab: no version field, no versions records.
    data = store.get(f"bots/{bot}")
    data.pop("version")
    store.delete(f"bots/{bot}")  # the npm emulator's set() keeps fields it is not given
    store.set(f"bots/{bot}", data)
    store.delete(f"bots/{bot}/versions/1")
    assert [v.number for v in list_versions(store, "creator", bot)] == [1]
    save_changes(store, "creator", bot, 1, edited(store, bot, initial_prompt=NEW))
    history = list_versions(store, "creator", bot)
    assert [v.number for v in history] == [2, 1]
    assert history[1].note == "First version"
    restore_version(store, "creator", bot, 1, 2)
    assert get_bot_config(store, bot).initial_prompt == OLD


CLASSED = (
    'You are Maya, a career coach. End every reply with "(v1)". '
    "Our placement rate last year was 71 percent of clients."
)
RATE = "Our placement rate last year was 71 percent of clients."


def test_sentence_classes_are_part_of_the_version_and_come_back_on_restore(store):
    bot = make_coach(store, CLASSED)
    assert get_bot_config(store, bot).sentence_classes == ()
    number = save_changes(
        store, "creator", bot, 1, edited(store, bot, sentence_classes=((RATE, "secret"),))
    )
    assert get_bot_config(store, bot).sentence_classes == ((RATE, "secret"),)
    newest = list_versions(store, "creator", bot)[0]
    assert (newest.number, newest.changed) == (number, ("sentence classes",))
    old, new = draft_of(get_bot_config(store, bot)), edited(store, bot, sentence_classes=())
    assert [label for label, _ in compare(new, old)] == ["sentence classes"]
    restore_version(store, "creator", bot, 1, number)
    assert get_bot_config(store, bot).sentence_classes == ()


def test_a_class_of_a_sentence_the_prompt_no_longer_has_is_dropped_on_save(store):
    bot = make_coach(store, CLASSED)
    draft = edited(
        store, bot, initial_prompt=OLD, sentence_classes=((RATE, "secret"),)
    )  # the sentence was deleted in the same edit
    save_changes(store, "creator", bot, 1, draft)
    assert get_bot_config(store, bot).sentence_classes == ()
