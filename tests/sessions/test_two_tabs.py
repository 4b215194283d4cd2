"""Two tabs on one chat: the second writer is told to reload, and nothing is lost."""

from __future__ import annotations

import pytest

from api_sessions import ChatChangedElsewhere, create_session, end_session
from sessions.resume import get_session_messages, reload_session, resume_session
from sessions.turn import start_turn
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


def stored(world, chat):
    store, user, _, _ = world
    return [(m.seq, m.content) for m in get_session_messages(store, user, chat.session_id)]


def test_the_second_tab_to_write_is_told_to_reload_and_keeps_its_messages(world):
    store, user, llm, bot_id = world
    first_tab = create_session(store, user, llm, bot_id)
    second_tab = resume_session(store, user, first_tab.session_id)
    assert say(world, first_tab, "from tab one").persist_error is None
    store.stats.reset()
    turn = say(world, second_tab, "from tab two")
    assert isinstance(turn.persist_error, ChatChangedElsewhere)
    assert "Reload the chat" in str(turn.persist_error)
    assert store.stats.commits == 1  # the refused write was still the turn's one batch
    # Nothing of the second tab was written: the numbers stay one tab's.
    assert stored(world, first_tab) == [
        (0, GREETING),
        (1, "from tab one"),
        (2, "You said: from tab one"),
    ]
    reloaded = reload_session(store, user, second_tab)
    expected = [
        (0, GREETING),
        (1, "from tab one"),
        (2, "You said: from tab one"),
        (3, "from tab two"),
        (4, "You said: from tab two"),
    ]
    assert [(m.seq, m.content) for m in reloaded.transcript] == expected
    assert stored(world, first_tab) == expected
    assert store.get(f"sessions/{first_tab.session_id}")["message_count"] == 5
    # Back in step: the reloaded tab writes again, and now the first tab is the stale one.
    assert say(world, reloaded, "tab two again").persist_error is None
    assert isinstance(say(world, first_tab, "tab one again").persist_error, ChatChangedElsewhere)


def test_a_tab_many_writes_behind_is_still_caught(world):
    store, user, llm, bot_id = world
    first_tab = create_session(store, user, llm, bot_id)
    stale = resume_session(store, user, first_tab.session_id)
    for text in ("one", "two", "three"):
        say(world, first_tab, text)
    assert isinstance(say(world, stale, "late").persist_error, ChatChangedElsewhere)
    assert len(stored(world, first_tab)) == 7


def test_concluding_in_a_stale_tab_asks_for_a_reload_instead_of_mixing_transcripts(world):
    store, user, llm, bot_id = world
    first_tab = create_session(store, user, llm, bot_id)
    for text in ("a", "b", "c"):
        say(world, first_tab, text)
    stale = resume_session(store, user, first_tab.session_id)
    say(world, first_tab, "d")
    with pytest.raises(ChatChangedElsewhere):
        end_session(store, user, llm, stale)
    assert store.get(f"sessions/{first_tab.session_id}").get("recap") is None


def test_chats_stored_before_revision_tokens_still_catch_the_second_writer(world):
    store, user, llm, bot_id = world
    chat = create_session(store, user, llm, bot_id)
    # A chat from before this release: no revision field, no token document.
    store.delete(f"sessions/{chat.session_id}/revisions/0")
    data = store.get(f"sessions/{chat.session_id}")
    del data["revision"]
    store.delete(f"sessions/{chat.session_id}")
    store.set(f"sessions/{chat.session_id}", data)
    first_tab = resume_session(store, user, chat.session_id)
    second_tab = resume_session(store, user, chat.session_id)
    assert first_tab.revision is None
    assert say(world, first_tab, "one").persist_error is None
    assert isinstance(say(world, second_tab, "two").persist_error, ChatChangedElsewhere)
    assert say(world, first_tab, "three").persist_error is None
