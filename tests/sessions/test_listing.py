"""My Chats on both stores: listing and paging, titles and rename, search, delete."""

from __future__ import annotations

import base64
import json
from datetime import timedelta

import pytest

from api_sessions import ChatDeleted, SessionNotFound, create_session, end_session, rate_session
from api_users import get_create_user
from api_util_openai import LLMClient
from bots.stats import bot_stats
from sessions.listing import (
    ORDER_BY_START,
    PAGE_SIZE,
    ChatView,
    InvalidTitle,
    delete_chat,
    list_chats,
    load_search_index,
    rename_chat,
    search_chats,
)
from sessions.resume import resume_session
from sessions.titles import UNTITLED
from sessions.turn import start_turn
from tests.builders import make_coach
from users.spend import month_spend

RECAP_TEXT = "## Session Recap\n\n**Planning a move to Lisbon** and a new role.\n\nMore."
RECAP = "Recap the session. [[say64]]" + base64.b64encode(RECAP_TEXT.encode()).decode()


def sign_in(store, server, key="sk-test-alice"):
    return get_create_user(key, LLMClient(key, base_url=server.base_url), store)


@pytest.fixture
def world(store, llm_server, llm):
    bot_id = make_coach(store, "You are Coach Maya. Ask one question at a time.", RECAP)
    return store, sign_in(store, llm_server), llm, bot_id


def chat_with(world, *texts, bot_id=None):
    store, user, llm, default_bot = world
    chat = create_session(store, user, llm, bot_id or default_bot)
    for text in texts:
        list(start_turn(store, user, llm, chat, text))
    return chat


def test_my_chats_lists_the_users_sessions_newest_first_twenty_per_page(world, llm_server):
    store, user, llm, bot_id = world
    other_bot = make_coach(store, "You are Coach Ben.")
    made = [chat_with(world, bot_id=bot_id if i % 2 else other_bot) for i in range(PAGE_SIZE + 3)]
    stranger = sign_in(store, llm_server, "sk-test-mallory")
    create_session(store, stranger, llm, bot_id)
    store.stats.reset()
    first = list_chats(store, user)
    assert (store.stats.queries, store.stats.reads) == (1, 0)  # one indexed query per page
    assert [c.session_id for c in first.chats] == [c.session_id for c in made[::-1][:PAGE_SIZE]]
    assert first.next_cursor is not None
    second = list_chats(store, user, after=first.next_cursor)
    assert [c.session_id for c in second.chats] == [c.session_id for c in made[2::-1]]
    assert second.next_cursor is None
    shown = first.chats[0]
    assert shown.title == UNTITLED and shown.bot_name == "Maya" and shown.model == "gpt-4o-mini"
    assert shown.message_count == 1 and not shown.concluded
    assert shown.spend.tokens > 0 and shown.spend.cost_micros > 0


def test_an_exactly_full_page_has_no_next_page(world):
    store, user, _, _ = world
    for _ in range(3):
        chat_with(world)
    page = list_chats(store, user, limit=3)
    assert len(page.chats) == 3 and page.next_cursor is None


def test_a_chat_is_named_after_its_first_message_then_its_recap(world):
    store, user, llm, _ = world
    chat = chat_with(world, "  I want to   move to Lisbon\nand find a job there  ", "second")
    assert list_chats(store, user).chats[0].title == "I want to move to Lisbon and find a job there"
    long = chat_with(world, "word " * 60)
    title = list_chats(store, user).chats[0].title
    assert len(title) <= 80 and title.endswith("…")
    for text in ("three", "four"):
        list(start_turn(store, user, llm, chat, text))
    end_session(store, user, llm, chat)
    titles = {c.session_id: c.title for c in list_chats(store, user).chats}
    assert titles[chat.session_id] == "Planning a move to Lisbon and a new role."
    assert titles[long.session_id] == title


def test_rename_wins_over_the_automatic_title_and_an_empty_name_brings_it_back(world):
    store, user, llm, _ = world
    chat = chat_with(world, "hello there", "b", "c")
    assert rename_chat(store, user, chat.session_id, "  My   <b>Lisbon</b> plan ") == (
        "My <b>Lisbon</b> plan"
    )
    end_session(store, user, llm, chat)  # a recap does not replace the user's own name
    assert list_chats(store, user).chats[0].title == "My <b>Lisbon</b> plan"
    assert list_chats(store, user).chats[0].renamed
    rename_chat(store, user, chat.session_id, "   ")
    assert list_chats(store, user).chats[0].title == "Planning a move to Lisbon and a new role."


def test_rename_refuses_bad_names_and_other_peoples_chats(world, llm_server):
    store, user, _, _ = world
    chat = chat_with(world, "hello")
    with pytest.raises(InvalidTitle, match="at most 120"):
        rename_chat(store, user, chat.session_id, "x" * 121)
    with pytest.raises(InvalidTitle, match="broken character"):
        rename_chat(store, user, chat.session_id, "half \ud83d")
    stranger = sign_in(store, llm_server, "sk-test-mallory")
    with pytest.raises(SessionNotFound):
        rename_chat(store, stranger, chat.session_id, "mine now")
    assert list_chats(store, user).chats[0].title == "hello"


def test_titles_and_recaps_are_stored_only_as_ciphertext(world):
    store, user, llm, _ = world
    chat = chat_with(world, "zanzibar holiday", "b", "c")
    end_session(store, user, llm, chat)
    rename_chat(store, user, chat.session_id, "quixotic renaming")
    raw = json.dumps(store.get(f"sessions/{chat.session_id}"), default=str)
    for secret in ("zanzibar", "quixotic", "Lisbon"):
        assert secret not in raw
    if store.backend_name == "sqlite":
        store.purge_deleted()
        data = open(store.path, "rb").read()
        assert b"zanzibar" not in data and b"quixotic" not in data and b"Lisbon" not in data


def test_search_finds_titles_and_recaps_in_memory_for_their_owner_only(world, llm_server):
    store, user, llm, _ = world
    lisbon = chat_with(world, "a", "b", "c")
    end_session(store, user, llm, lisbon)  # the recap names Lisbon
    resume = chat_with(world, "Help with my Résumé for Zürich")
    chat_with(world, "Something else entirely")
    stranger = sign_in(store, llm_server, "sk-test-mallory")
    chat_with((store, stranger, llm, world[3]), "my resume for zurich")
    index = load_search_index(store, user)
    assert [c.session_id for c in search_chats(index, "lisbon")] == [lisbon.session_id]
    assert [c.session_id for c in search_chats(index, "RESUME zurich")] == [resume.session_id]
    assert search_chats(index, "resume lisbon") == []  # every word must match
    assert search_chats(index, "   ") == []
    assert len(search_chats(index, "maya")) == 3  # the assistant's name matches too


def test_search_still_finds_a_concluded_chat_by_its_first_message(world):
    store, user, llm, _ = world
    chat = chat_with(world, "Zanzibar holiday budget", "b", "c")
    end_session(store, user, llm, chat)  # the recap's title replaces the first message's
    index = load_search_index(store, user)
    assert index[0].title == "Planning a move to Lisbon and a new role."
    assert [c.session_id for c in search_chats(index, "zanzibar")] == [chat.session_id]
    rename_chat(store, user, chat.session_id, "My own name")
    found = search_chats(load_search_index(store, user), "zanzibar budget")
    assert [c.session_id for c in found] == [chat.session_id]
    raw = json.dumps(store.get(f"sessions/{chat.session_id}"), default=str)
    assert "Zanzibar" not in raw and "zanzibar" not in raw  # kept encrypted, like the title


def test_deleting_a_chat_removes_it_and_withdraws_its_rating(world, llm_server):
    store, user, llm, bot_id = world
    kept = chat_with(world, "keep me")
    doomed = chat_with(world, "delete me", "b", "c")
    end_session(store, user, llm, doomed)
    rate_session(store, user, doomed, liked=True)
    spent = month_spend(store, user)
    assert store.get(f"bots/{bot_id}")["likes"] == 1
    stranger = sign_in(store, llm_server, "sk-test-mallory")
    with pytest.raises(SessionNotFound):
        delete_chat(store, stranger, doomed.session_id)
    delete_chat(store, user, doomed.session_id)
    assert [c.session_id for c in list_chats(store, user).chats] == [kept.session_id]
    assert store.get_or_none(f"sessions/{doomed.session_id}") is None
    assert store.query(f"sessions/{doomed.session_id}/messages") == []
    assert store.query(f"sessions/{doomed.session_id}/revisions") == []
    bot = store.get(f"bots/{bot_id}")
    assert bot["likes"] == 0 and bot["sessions_started"] == 2  # what happened stays counted
    assert bot_stats(store, "creator", bot_id).total.likes == 0
    assert month_spend(store, user) == spent  # the provider billed it: the month keeps it
    with pytest.raises(SessionNotFound):
        resume_session(store, user, doomed.session_id)


def test_a_chat_deleted_in_another_tab_keeps_this_tabs_message_and_says_so(world):
    store, user, llm, _ = world
    chat = chat_with(world, "first")
    delete_chat(store, user, chat.session_id)
    turn = start_turn(store, user, llm, chat, "are you there?")
    list(turn)
    assert isinstance(turn.persist_error, ChatDeleted)
    assert chat.transcript[-2].content == "are you there?"  # still in the tab, to copy
    with pytest.raises(ChatDeleted):
        rate_session(store, user, chat, liked=False)
    assert store.get_or_none(f"sessions/{chat.session_id}") is None


def test_a_continued_old_chat_comes_first_by_activity_and_stays_in_place_by_start(world):
    store, user, llm, _ = world
    old = chat_with(world, "old")
    new = chat_with(world, "new")
    list(start_turn(store, user, llm, old, "continued today"))
    by_activity = list_chats(store, user).chats  # the default
    assert [c.session_id for c in by_activity] == [old.session_id, new.session_id]
    by_start = list_chats(store, user, view=ChatView(order=ORDER_BY_START)).chats
    assert [c.session_id for c in by_start] == [new.session_id, old.session_id]
    assert by_start[1].last_modified_date - by_start[1].created_date >= timedelta(0)


def test_a_megabyte_of_input_is_refused_or_cut_without_harm(world):
    store, user, _, _ = world
    chat = chat_with(world, "hello")
    with pytest.raises(InvalidTitle):
        rename_chat(store, user, chat.session_id, "x" * 1_048_576)
    index = load_search_index(store, user)
    assert search_chats(index, "hello " + "x" * 1_048_576) == []  # only 200 characters count
    assert list_chats(store, user).chats[0].title == "hello"
