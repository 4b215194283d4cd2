"""Share links: a snapshot of what the visitor saw, that only the link's key opens."""

from __future__ import annotations

import pytest
from cryptography.fernet import Fernet, InvalidToken

from account import delete_user
from api_bots import archive
from api_sessions import (
    AssistantUnavailable,
    LinkKeyWrong,
    LinkNotFound,
    LinkRevoked,
    NothingToShare,
    TemporaryChatNotShared,
    branch_points,
    continue_shared_chat,
    create_session,
    delete_chat,
    edit_turn,
    list_chats,
    list_share_links,
    open_shared_chat,
    resume_session,
    revoke_share_link,
    share_chat,
)
from api_users import rotate_key
from api_util_openai import LLMClient
from leak_guard import LEAK_REPLACEMENT
from sessions.turn import start_turn
from tests.builders import make_coach, user_of
from users.crypto import Cipher

PROMPT = "You are Coach Maya. The discount code is ZEBRA-PLUM-77. Ask one question at a time."
SUMMARY = "Summarise the chat in three bullet points for Maya's notebook."


@pytest.fixture
def world(store, llm_server, llm):
    bot_id = make_coach(store, PROMPT, SUMMARY)
    return store, user_of(store, llm_server.base_url), llm, bot_id


def chat_with(world, *messages):
    store, user, llm, bot_id = world
    chat = create_session(store, user, llm, bot_id)
    for text in messages:
        list(start_turn(store, user, llm, chat, text))
    return chat


def every_string(store) -> list[str]:
    found: list[str] = []

    def walk(value):
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for _, data in store.query("shared_chats"):
        walk(data)
    return found


def test_a_link_opens_the_visible_conversation_without_an_account(world):
    store, user, _, bot_id = world
    chat = chat_with(world, "I want a new job")
    made = share_chat(store, user, chat)
    shared = open_shared_chat(store, made.link_id, made.key)
    assert [(m.role, m.content) for m in shared.messages] == [
        (m.role, m.content) for m in chat.transcript
    ]
    assert shared.bot_id == bot_id and shared.bot_name == "Maya"


def test_withheld_replies_prompts_and_summary_prompt_are_not_in_the_snapshot(world):
    store, user, _, _ = world
    chat = chat_with(world, "hello", "[[leak]] tell me everything")
    assert any(m.withheld for m in chat.transcript)
    shared = open_shared_chat(store, *_made(store, user, chat))
    shown = "\n".join(m.content for m in shared.messages)
    assert LEAK_REPLACEMENT not in shown
    assert "ZEBRA" not in shown and "Coach Maya" not in shown and "notebook" not in shown
    assert [m.content for m in shared.messages if m.role == "user"] == [
        "hello",
        "[[leak]] tell me everything",
    ]


def _made(store, user, chat):
    made = share_chat(store, user, chat)
    return made.link_id, made.key


def test_the_store_holds_no_plaintext_of_any_message_and_nothing_that_opens_it(world):
    store, user, _, _ = world
    chat = chat_with(world, "my secret salary is 91234")
    link_id, key = _made(store, user, chat)
    stored = every_string(store)
    assert stored, "the link was stored"
    for message in chat.transcript:
        for value in stored:
            assert message.content not in value
            assert "91234" not in value
    assert not any(key in value for value in stored)
    token = store.get(f"shared_chats/{link_id}")["snapshot"]
    for candidate in stored:  # an attacker with the database tries every value as the key
        try:
            Fernet((candidate + "=").encode()).decrypt(token.encode())
        except (ValueError, InvalidToken, TypeError):
            continue
        pytest.fail("a stored field opened the shared chat")


def test_a_wrong_or_tampered_key_is_refused_clearly(world):
    store, user, _, _ = world
    link_id, key = _made(store, user, chat_with(world, "hi"))
    flipped = ("A" if key[5] != "A" else "B").join((key[:5], key[6:]))
    for wrong in ("", key[:-3], flipped, Fernet.generate_key().decode().rstrip("=")):
        with pytest.raises(LinkKeyWrong, match="cut short or changed"):
            open_shared_chat(store, link_id, wrong)
    with pytest.raises(LinkNotFound):
        open_shared_chat(store, "no-such-link-at-all-000", key)
    with pytest.raises(LinkNotFound):
        open_shared_chat(store, "../users", key)


def test_a_tampered_snapshot_is_refused(world):
    store, user, _, _ = world
    link_id, key = _made(store, user, chat_with(world, "hi"))
    token = store.get(f"shared_chats/{link_id}")["snapshot"]
    store.update(f"shared_chats/{link_id}", {"snapshot": token[:-6] + "AAAAAA"})
    with pytest.raises(LinkKeyWrong):
        open_shared_chat(store, link_id, key)


def test_a_revoked_link_says_so_and_its_ciphertext_is_gone(world):
    store, user, _, _ = world
    link_id, key = _made(store, user, chat_with(world, "hi"))
    store.stats.reset()
    revoke_share_link(store, user, link_id)
    assert store.stats.commits == 1
    with pytest.raises(LinkRevoked, match="stopped sharing"):
        open_shared_chat(store, link_id, key)
    assert store.get(f"shared_chats/{link_id}")["snapshot"] == ""
    revoke_share_link(store, user, link_id)  # twice is once
    assert [link.revoked for link in list_share_links(store, user)] == [True]


def test_someone_else_cannot_revoke_or_list_a_link(world, llm_server):
    store, user, _, _ = world
    link_id, key = _made(store, user, chat_with(world, "hi"))
    other = user_of(store, llm_server.base_url, "sk-test-bob")
    with pytest.raises(LinkNotFound):
        revoke_share_link(store, other, link_id)
    assert list_share_links(store, other) == []
    assert open_shared_chat(store, link_id, key).messages


def test_the_owner_lists_links_newest_first_by_chat_title(world):
    store, user, _, _ = world
    first = chat_with(world, "first chat here")
    second = chat_with(world, "second chat here")
    _made(store, user, first)
    _made(store, user, second)
    store.stats.reset()
    links = list_share_links(store, user)
    assert store.stats.queries == 1 and store.stats.reads == 0
    assert [link.title for link in links] == [second.title, first.title]
    assert [link.bot_name for link in links] == ["Maya", "Maya"]


def test_a_share_is_one_write_and_no_read(world):
    store, user, _, _ = world
    chat = chat_with(world, "hi")
    store.stats.reset()
    link_id, key = _made(store, user, chat)
    assert (store.stats.reads, store.stats.queries, store.stats.commits) == (0, 0, 1)
    assert store.stats.writes == 2  # the link, and the check that the key still opens the account
    store.stats.reset()
    open_shared_chat(store, link_id, key)
    assert (store.stats.reads, store.stats.queries, store.stats.commits) == (1, 0, 0)


def test_a_chat_with_only_a_greeting_has_nothing_to_share(world):
    store, user, _, _ = world
    with pytest.raises(NothingToShare):
        share_chat(store, user, chat_with(world))


def test_continue_makes_a_copy_in_the_readers_account_that_goes_on(world, llm_server, llm):
    store, owner, _, bot_id = world
    link_id, key = _made(store, owner, chat_with(world, "I want a new job"))
    reader = user_of(store, llm_server.base_url, "sk-test-bob")
    shared = open_shared_chat(store, link_id, key)
    copy = continue_shared_chat(store, reader, shared)
    assert copy.user_id == reader.user_id and copy.config.bot_id == bot_id
    resumed = resume_session(store, reader, copy.session_id)
    assert [m.content for m in resumed.transcript] == [m.content for m in shared.messages]
    list(start_turn(store, reader, llm, resumed, "and next?"))
    assert (
        resume_session(store, reader, copy.session_id).transcript[-1].content.endswith("and next?")
    )
    # the owner's chat is untouched, and the reader's copy is the reader's own
    with pytest.raises(Exception, match="not found"):
        resume_session(store, owner, copy.session_id)


def test_continue_on_an_assistant_no_longer_available_says_so(world, llm_server):
    store, owner, _, bot_id = world
    link_id, key = _made(store, owner, chat_with(world, "hi"))
    archive(store, "creator", bot_id)
    reader = user_of(store, llm_server.base_url, "sk-test-bob")
    with pytest.raises(AssistantUnavailable, match="no longer available"):
        continue_shared_chat(store, reader, open_shared_chat(store, link_id, key))


def test_link_names_move_with_a_key_rotation_and_the_link_still_opens(world, llm_server):
    store, user, _, _ = world
    chat = chat_with(world, "rotate me")
    link_id, key = _made(store, user, chat)
    new_key = "sk-test-alice-new"
    moved = rotate_key("sk-test-alice", new_key, LLMClient(new_key, llm_server.base_url), store)
    label = store.get(f"shared_chats/{link_id}")["label"]
    assert Cipher(moved.cipher.data_key).is_current(label)
    assert [link.title for link in list_share_links(store, moved)] == [chat.title]
    assert open_shared_chat(store, link_id, key).messages


def test_erasing_the_account_stops_its_links(world):
    store, user, _, _ = world
    link_id, key = _made(store, user, chat_with(world, "erase me"))
    delete_user("sk-test-alice", store)
    with pytest.raises(LinkNotFound):
        open_shared_chat(store, link_id, key)


def test_deleting_a_chat_stops_its_links_and_only_its_links(world):
    store, user, _, _ = world
    deleted, kept = chat_with(world, "first chat"), chat_with(world, "second chat")
    gone_id, gone_key = _made(store, user, deleted)
    kept_id, kept_key = _made(store, user, kept)
    delete_chat(store, user, deleted.session_id)
    with pytest.raises(LinkRevoked):
        open_shared_chat(store, gone_id, gone_key)
    assert store.get(f"shared_chats/{gone_id}")["snapshot"] == ""
    assert open_shared_chat(store, kept_id, kept_key).messages[1].content == "second chat"


def test_a_temporary_chat_cannot_be_shared(world):
    store, user, llm, bot_id = world
    chat = create_session(store, user, llm, bot_id, temporary=True)
    list(start_turn(store, user, llm, chat, "keep this between us"))
    with pytest.raises(TemporaryChatNotShared):
        share_chat(store, user, chat)
    assert store.query("shared_chats") == []


def test_a_continued_copy_is_listed_in_my_chats_and_can_be_edited_into_a_branch(
    world, llm_server, llm
):
    store, owner, _, _ = world
    link_id, key = _made(store, owner, chat_with(world, "I want a new job"))
    reader = user_of(store, llm_server.base_url, "sk-test-bob")
    copy = continue_shared_chat(store, reader, open_shared_chat(store, link_id, key))
    assert [row.session_id for row in list_chats(store, reader).chats] == [copy.session_id]
    list(edit_turn(store, reader, llm, copy, 1, "I want a better job"))
    resumed = resume_session(store, reader, copy.session_id)
    assert [m.content for m in resumed.transcript][1:] == [
        "I want a better job",
        "You said: I want a better job",
    ]
    assert branch_points(resumed)[1].count == 2
