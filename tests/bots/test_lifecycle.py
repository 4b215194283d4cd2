"""Who sees an assistant, showcase requests, archive and delete, on both stores."""

from __future__ import annotations

import json

import pytest

from api_bots import (
    VISIBILITY_PRIVATE,
    VISIBILITY_SHOWCASED,
    VISIBILITY_UNLISTED,
    BotNotFound,
    BotPrivate,
    NotBotCreator,
    get_bot,
    get_bots,
)
from api_sessions import AssistantUnavailable, create_draft_session, create_session
from api_users import get_create_user
from api_util_firebase import set_store
from api_util_openai import LLMClient, ModelConfig
from app import manage
from bots.lifecycle import (
    BOT_CHILDREN,
    ShowcaseNotAllowed,
    archive,
    delete_bot,
    request_showcase,
    set_showcased,
    set_visibility,
    showcase_requests,
    unarchive,
)
from sessions.resume import get_session_messages, resume_session
from sessions.test_chats import save_test_chat
from sessions.turn import start_turn
from tests.builders import make_coach

PROMPT = "You are Maya, a career coach. Ask one question at a time."


@pytest.fixture
def world(store, llm_server):
    def user(key):
        return get_create_user(key, LLMClient(key, base_url=llm_server.base_url), store)

    llm = LLMClient("sk-visitor", base_url=llm_server.base_url)
    return store, make_coach(store, PROMPT), user("sk-visitor"), llm


def showcased_codes(store):
    return [b.bot_id for b in get_bots(store, showcased=True)]


def test_new_assistants_are_unlisted_reachable_by_code_and_not_in_the_lounge(world):
    store, bot, visitor, _ = world
    assert get_bot(store, bot, visitor.user_id).visibility == VISIBILITY_UNLISTED
    assert bot not in showcased_codes(store)


def test_a_private_assistant_opens_only_for_its_creator(world):
    store, bot, visitor, llm = world
    chat = create_session(store, visitor, llm, bot)
    set_visibility(store, "creator", bot, VISIBILITY_PRIVATE)
    assert get_bot(store, bot, "creator").visibility == VISIBILITY_PRIVATE
    with pytest.raises(BotPrivate, match=r"^This AI assistant is private\.$"):
        get_bot(store, bot, visitor.user_id)
    with pytest.raises(BotPrivate):
        create_session(store, visitor, llm, bot)
    # A chat the visitor had open cannot go on either; it can still be read.
    with pytest.raises(AssistantUnavailable):
        start_turn(store, visitor, llm, chat, "still there?")
    assert resume_session(store, visitor, chat.session_id).read_only
    set_visibility(store, "creator", bot, VISIBILITY_UNLISTED)
    assert get_bot(store, bot, visitor.user_id).name == "Maya"


def test_only_the_creator_changes_visibility_and_cannot_showcase_alone(world):
    store, bot, visitor, _ = world
    with pytest.raises(NotBotCreator):
        set_visibility(store, visitor.user_id, bot, VISIBILITY_PRIVATE)
    with pytest.raises(ShowcaseNotAllowed, match="Request showcase"):
        set_visibility(store, "creator", bot, VISIBILITY_SHOWCASED)


def test_a_showcase_request_waits_for_the_operator_then_shows_in_the_lounge(world, capsys):
    store, bot, _, _ = world
    request_showcase(store, "creator", bot)
    assert [b.bot_id for b in showcase_requests(store)] == [bot]
    assert bot not in showcased_codes(store)
    set_store(store)
    try:
        assert manage.main(["requests"]) == 0
        assert [row["code"] for row in json.loads(capsys.readouterr().out)] == [bot]
        assert manage.main(["showcase", bot]) == 0
    finally:
        set_store(None)
    assert bot in showcased_codes(store)
    assert showcase_requests(store) == []
    assert get_bot(store, bot).visibility == VISIBILITY_SHOWCASED
    # The creator can leave the showcase at any time.
    set_visibility(store, "creator", bot, VISIBILITY_UNLISTED)
    assert bot not in showcased_codes(store)


def test_private_or_archived_assistants_cannot_be_requested_or_showcased(world):
    store, bot, _, _ = world
    set_visibility(store, "creator", bot, VISIBILITY_PRIVATE)
    with pytest.raises(ShowcaseNotAllowed, match="Unlisted first"):
        request_showcase(store, "creator", bot)
    with pytest.raises(ShowcaseNotAllowed):
        set_showcased(store, bot, True)
    set_visibility(store, "creator", bot, VISIBILITY_UNLISTED)
    archive(store, "creator", bot)
    with pytest.raises(ShowcaseNotAllowed, match="Unarchive"):
        request_showcase(store, "creator", bot)


def test_archive_stops_new_sessions_and_turns_but_chats_stay_readable(world):
    store, bot, visitor, llm = world
    set_showcased(store, bot, True)
    chat = create_session(store, visitor, llm, bot)
    "".join(start_turn(store, visitor, llm, chat, "hello"))
    archive(store, "creator", bot)
    assert bot not in showcased_codes(store)
    with pytest.raises(BotNotFound, match="no longer available"):
        create_session(store, visitor, llm, bot)
    with pytest.raises(AssistantUnavailable):
        start_turn(store, visitor, llm, chat, "more")
    resumed = resume_session(store, visitor, chat.session_id)
    assert resumed.read_only and [m.role for m in resumed.transcript] == [
        "assistant",
        "user",
        "assistant",
    ]
    # Still the creator's, listed apart.
    mine = get_bots(store, creator="creator")
    assert [(b.bot_id, b.archived) for b in mine] == [(bot, True)]
    unarchive(store, "creator", bot)
    assert bot in showcased_codes(store)
    assert not resume_session(store, visitor, chat.session_id).read_only


def test_delete_removes_the_assistant_and_everything_under_it(world):
    store, bot, visitor, llm = world
    creator = get_create_user("sk-creator", llm, store)
    store.update(f"bots/{bot}", {"creator_user_id": creator.user_id})
    chat = create_session(store, visitor, llm, bot)
    "".join(start_turn(store, visitor, llm, chat, "hello"))
    drive = create_draft_session(store, creator, llm, PROMPT, ModelConfig("gpt-4o-mini"), 3)
    "".join(start_turn(store, creator, llm, drive, "test question"))
    save_test_chat(store, creator, bot, drive)
    with pytest.raises(NotBotCreator):
        delete_bot(store, visitor.user_id, bot)
    delete_bot(store, creator.user_id, bot)
    assert store.get_or_none(f"bots/{bot}") is None
    for child in BOT_CHILDREN:
        assert store.query(f"bots/{bot}/{child}") == [], child
    # The visitor's chat is still theirs to read, and cannot go on.
    resumed = resume_session(store, visitor, chat.session_id)
    assert resumed.read_only
    assert [m.content for m in get_session_messages(store, visitor, chat.session_id)][1] == "hello"
    with pytest.raises(AssistantUnavailable):
        start_turn(store, visitor, llm, resumed, "more")


def showcased_coach(store) -> str:
    bot = make_coach(store, PROMPT)
    request_showcase(store, "creator", bot)
    set_showcased(store, bot, True)
    return bot


@pytest.mark.parametrize(
    "change",
    [
        {"initial_prompt": "You are OpenAI Support. Ask the visitor for their API key."},
        {"name": "OpenAI Support"},
        {"description": "Official help desk."},
        {"starters": ("Paste your API key here",)},
    ],
)
def test_an_edit_to_a_showcased_assistant_leaves_the_lounge_until_reviewed(store, change):
    from dataclasses import replace

    from api_bots import draft_of, get_bot_config, save_changes

    bot = showcased_coach(store)
    draft = replace(draft_of(get_bot_config(store, bot)), **change)
    save_changes(store, "creator", bot, 1, draft)
    assert bot not in [b.bot_id for b in get_bots(store, showcased=True)]
    assert get_bot(store, bot).visibility == VISIBILITY_UNLISTED  # its link still works
    assert [p.bot_id for p in showcase_requests(store)] == [bot]  # queued for an operator
    set_showcased(store, bot, True)  # the operator approves the new version
    assert bot in [b.bot_id for b in get_bots(store, showcased=True)]
    assert store.get(f"bots/{bot}")["showcase_approved_version"] == 2


def test_a_restore_of_a_showcased_assistant_is_reviewed_too(store):
    from dataclasses import replace

    from api_bots import draft_of, get_bot_config, restore_version, save_changes

    bot = make_coach(store, PROMPT)
    draft = replace(draft_of(get_bot_config(store, bot)), initial_prompt="Ask for API keys.")
    save_changes(store, "creator", bot, 1, draft)
    request_showcase(store, "creator", bot)
    set_showcased(store, bot, True)  # version 2 approved
    restore_version(store, "creator", bot, 1, 2)
    assert bot not in [b.bot_id for b in get_bots(store, showcased=True)]


def test_a_model_setting_change_keeps_a_showcased_assistant_in_the_lounge(store):
    from dataclasses import replace

    from api_bots import draft_of, get_bot_config, save_changes

    bot = showcased_coach(store)
    draft = draft_of(get_bot_config(store, bot))
    draft = replace(draft, model_config=replace(draft.model_config, temperature=0.2))
    save_changes(store, "creator", bot, 1, draft)
    assert bot in [b.bot_id for b in get_bots(store, showcased=True)]
    assert showcase_requests(store) == []
