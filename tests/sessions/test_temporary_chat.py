"""Temporary chats: nothing of the chat is stored, while its cost and the assistant's counters
still count."""

from __future__ import annotations

import pytest

from api_sessions import (
    branch_points,
    create_session,
    edit_turn,
    end_session,
    rate_session,
    retry_turn,
    start_turn,
    switch_branch,
)
from api_users import month_spend
from bots.stats import version_counters
from tests.builders import COACH_PROMPT, make_coach, user_of


@pytest.fixture
def world(store, llm_server, llm):
    return store, user_of(store, llm_server.base_url), llm, make_coach(store, COACH_PROMPT)


def chat_documents(store) -> list[str]:
    """Every session document, and every message and revision token under one."""
    paths = []
    for session_id, _ in store.query("sessions"):
        paths.append(f"sessions/{session_id}")
        for child in ("messages", "revisions"):
            paths += [
                f"sessions/{session_id}/{child}/{i}"
                for i, _ in store.query(f"sessions/{session_id}/{child}")
            ]
    return sorted(paths)


def test_a_temporary_chat_of_several_turns_stores_no_session_but_its_cost_counts(world):
    store, user, llm, bot_id = world
    stored_chat = create_session(store, user, llm, bot_id)  # an ordinary chat, for contrast
    before = chat_documents(store)
    spend_before = month_spend(store, user)
    started_before = store.get(f"users/{user.user_id}")["sessions_started"]

    chat = create_session(store, user, llm, bot_id, temporary=True)
    for text in ("my first worry", "my second worry", "my third worry"):
        turn = start_turn(store, user, llm, chat, text)
        list(turn)
        assert turn.persist_error is None
    list(retry_turn(store, user, llm, chat))  # a regenerated reply
    end_session(store, user, llm, chat)
    rate_session(store, user, chat, liked=True)

    assert chat.session_id is None and chat.temporary
    assert [m.content for m in chat.transcript if m.role == "user"][0] == "my first worry"
    assert chat.recap and chat.title  # in this tab only
    assert chat_documents(store) == before  # no session, message or revision token
    assert stored_chat.session_id in {i for i, _ in store.query("sessions")}
    spend_after = month_spend(store, user)
    assert spend_after.tokens > spend_before.tokens
    assert spend_after.tokens - spend_before.tokens == chat.spend.tokens
    assert store.get(f"users/{user.user_id}")["sessions_started"] == started_before + 1
    counters = version_counters(store, bot_id)
    total = sum(c.messages for c in counters.values())
    assert total == 1 + 1 + 3 * 2  # the stored chat's greeting; this greeting, turns, replies
    assert sum(c.likes for c in counters.values()) == 1
    assert sum(c.regenerations for c in counters.values()) == 1


def test_a_temporary_turn_is_one_commit(world):
    store, user, llm, bot_id = world
    chat = create_session(store, user, llm, bot_id, temporary=True)
    store.stats.reset()
    list(start_turn(store, user, llm, chat, "hello"))
    assert store.stats.commits == 1
    assert not chat.unsaved_spend.tokens


def test_editing_a_temporary_chat_branches_in_this_tab_only(world):
    store, user, llm, bot_id = world
    chat = create_session(store, user, llm, bot_id, temporary=True)
    list(start_turn(store, user, llm, chat, "first try"))
    before = chat_documents(store)
    list(edit_turn(store, user, llm, chat, 1, "second try"))
    assert branch_points(chat)[1].count == 2
    switch_branch(store, user, chat, 1, -1)
    assert chat.transcript[1].content == "first try"
    assert chat_documents(store) == before
