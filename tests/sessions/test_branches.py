"""Edit and branch: an edited message starts a new branch, the old one is kept, and resume,
downloads, the zip, titles and the two-tab rule follow the branch shown."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from account.archive import export_everything
from api_sessions import (
    ChatChangedElsewhere,
    branch_points,
    create_session,
    edit_turn,
    reload_session,
    resume_session,
    start_turn,
    switch_branch,
    transcript_csv,
    transcript_markdown,
)
from tests.builders import COACH_PROMPT, make_coach, user_of
from tests.fake_openai import GREETING


@pytest.fixture
def world(store, llm_server, llm):
    return store, user_of(store, llm_server.base_url), llm, make_coach(store, COACH_PROMPT)


def say(world, chat, text):
    store, user, llm, _ = world
    turn = start_turn(store, user, llm, chat, text)
    list(turn)
    return turn


def edit(world, chat, index, text):
    store, user, llm, _ = world
    turn = edit_turn(store, user, llm, chat, index, text)
    list(turn)
    return turn


def shown(chat):
    return [m.content for m in chat.transcript]


def two_turn_chat(world):
    store, user, llm, bot_id = world
    chat = create_session(store, user, llm, bot_id)
    say(world, chat, "I want to be a pilot")
    say(world, chat, "how long does it take")
    return chat


def test_an_edited_message_is_answered_on_a_new_branch_and_the_old_one_is_kept(world):
    store, user, _, _ = world
    chat = two_turn_chat(world)
    store.stats.reset()
    turn = edit(world, chat, 3, "how much does it cost")
    assert turn.persist_error is None
    assert store.stats.commits == 1  # the edit's turn is still one atomic write
    assert shown(chat) == [
        GREETING,
        "I want to be a pilot",
        "You said: I want to be a pilot",
        "how much does it cost",
        "You said: how much does it cost",
    ]
    assert {i: (v.position, v.count) for i, v in branch_points(chat).items()} == {3: (2, 2)}
    switch_branch(store, user, chat, 3, -1)  # back to the first version
    assert shown(chat)[3:] == ["how long does it take", "You said: how long does it take"]
    assert {i: (v.position, v.count) for i, v in branch_points(chat).items()} == {3: (1, 2)}
    say(world, chat, "and after that")  # the old branch goes on
    assert shown(chat)[-2:] == ["and after that", "You said: and after that"]


def test_a_resumed_chat_shows_the_branch_last_shown(world):
    store, user, _, _ = world
    chat = two_turn_chat(world)
    edit(world, chat, 3, "second version")
    edit(world, chat, 3, "third version")
    switch_branch(store, user, chat, 3, -1)
    resumed = resume_session(store, user, chat.session_id)
    assert shown(resumed) == shown(chat)
    assert shown(resumed)[3] == "second version"
    assert branch_points(resumed)[3].position == 2 and branch_points(resumed)[3].count == 3
    switch_branch(store, user, resumed, 3, -1)
    assert shown(resume_session(store, user, chat.session_id))[3] == "how long does it take"


def test_editing_the_first_message_gives_the_chat_the_new_title(world):
    store, user, _, _ = world
    chat = two_turn_chat(world)
    assert "pilot" in chat.title.lower()
    edit(world, chat, 1, "I want to be a gardener")
    resumed = resume_session(store, user, chat.session_id)
    assert "gardener" in resumed.title.lower()
    assert resumed.user_turns == 1


def test_chats_stored_before_branches_read_as_they_always_did(world):
    store, user, _, _ = world
    chat = two_turn_chat(world)
    session = f"sessions/{chat.session_id}"
    for message_id, data in store.query(f"{session}/messages"):
        data.pop("parent", None)
        store.set(f"{session}/messages/{message_id}", data)
    data = store.get(session)
    del data["leaf"]
    store.set(session, data)
    resumed = resume_session(store, user, chat.session_id)
    assert shown(resumed) == shown(chat)
    assert branch_points(resumed) == {}
    edit(world, resumed, 3, "an edit of an old chat")
    again = resume_session(store, user, chat.session_id)
    assert shown(again)[3:] == ["an edit of an old chat", "You said: an edit of an old chat"]
    assert branch_points(again)[3].count == 2


def test_downloads_hold_the_branch_shown_and_the_zip_keeps_the_others(world):
    store, user, _, _ = world
    chat = two_turn_chat(world)
    edit(world, chat, 3, "the edited question")
    assert "the edited question" in transcript_csv(chat)
    assert "how long does it take" not in transcript_csv(chat)
    assert "how long does it take" not in transcript_markdown(chat)
    with zipfile.ZipFile(io.BytesIO(export_everything(store, user))) as archive:
        record = json.loads(archive.read("gptlab-export.json"))["chats"][0]
        markdown = next(archive.read(n).decode() for n in archive.namelist() if "chats/" in n)
    assert [m["content"] for m in record["messages"]][3] == "the edited question"
    assert [[m["content"] for m in b] for b in record["other_branches"]] == [
        [
            GREETING,
            "I want to be a pilot",
            "You said: I want to be a pilot",
            "how long does it take",
            "You said: how long does it take",
        ]
    ]
    assert "the edited question" in markdown and "how long does it take" not in markdown


def test_two_tabs_editing_one_chat_the_second_reloads_and_loses_nothing(world):
    store, user, _, _ = world
    chat = two_turn_chat(world)
    other_tab = resume_session(store, user, chat.session_id)
    assert edit(world, chat, 3, "from tab one").persist_error is None
    store.stats.reset()
    turn = edit(world, other_tab, 3, "from tab two")
    assert isinstance(turn.persist_error, ChatChangedElsewhere)
    assert store.stats.commits == 1
    reloaded = reload_session(store, user, other_tab)
    assert shown(reloaded)[3:] == ["from tab two", "You said: from tab two"]
    assert branch_points(reloaded)[3].count == 3  # the original and both tabs' edits
    stored = resume_session(store, user, chat.session_id)
    assert shown(stored) == shown(reloaded)
    versions = set()
    for _ in range(3):
        versions.add(shown(stored)[3])
        switch_branch(store, user, stored, 3, -1)
    assert versions == {"how long does it take", "from tab one", "from tab two"}
    # The first tab is now the stale one, for an edit and for a switch alike.
    with pytest.raises(ChatChangedElsewhere):
        switch_branch(store, user, chat, 3, -1)
