"""My Chats in the running app (AppTest): listing, open, search, rename, delete, export, what a
chat costs, and two tabs on one chat."""

from __future__ import annotations

import pytest

from api_bots import set_active
from api_sessions import create_session
from api_util_firebase import get_store
from sessions.listing import list_chats
from sessions.turn import start_turn
from tests.apptest_helpers import (
    assert_clean,
    chat_texts,
    click,
    go_home,
    labels,
    new_app,
    open_lounge_tab,
    say,
    sign_in,
    texts,
)
from tests.fake_openai import GREETING
from ui.text import plain

MAYA = "career-coach-maya"


def signed_in(key: str = "sk-test-alice"):
    return sign_in(new_app().run(), key)


def chat(at, *texts_, bot_id: str = MAYA):
    """A stored chat of the signed-in user, made through the collection modules."""
    store, user, llm = get_store(), at.session_state["auth_user"], at.session_state["auth_llm"]
    session = create_session(store, user, llm, bot_id)
    for text in texts_:
        list(start_turn(store, user, llm, session, text))
    return session


def my_chats(at):
    return open_lounge_tab(at, "My Chats")


def row_buttons(at, label: str) -> list:
    return [b for b in at.button if b.label == label]


def open_chat(at, session_id: str):
    at = button_for(at, "Open", session_id).click().run()
    # AppTest does not follow st.switch_page: open where the button sent the user.
    at.query_params["assistant_id"] = MAYA
    at.query_params["session"] = session_id
    return at.switch_page("pages/assistant.py").run()


def button_for(at, label: str, session_id: str):
    key = {"Open": "open", "Rename": "rename", "Delete chat": "delete"}[label]
    return at.button(key=f"lounge_chat_{key}_{session_id}")


def test_my_chats_lists_every_chat_with_title_assistant_and_cost(app_env):
    app_env.state.prompt_tokens, app_env.state.completion_tokens = 1000, 500
    at = signed_in()
    chat(at, "Plan my marathon training")
    chat(at, "Help me negotiate a raise", bot_id="fitness-coach-leo")
    at = my_chats(at)
    assert_clean(at)
    shown = texts(at)
    assert "Plan my marathon training" in shown and "Help me negotiate a raise" in shown
    captions = [c.value for c in at.caption]
    # The greeting and one reply: 2 calls of 450 micro-dollars on gpt-4o-mini.
    expected = plain("gpt-4o-mini · 3 messages · open · cost $0.0009")
    assert any(c.startswith("Maya · ") and expected in c for c in captions), captions
    assert len(row_buttons(at, "Open")) == 2
    assert [d.proto.label for d in at.get("download_button")] == ["Export all my data"]


@pytest.mark.usefixtures("app_env")
def test_more_than_twenty_chats_page_with_older_and_newer():
    at = signed_in()
    made = [chat(at) for _ in range(21)]
    at = my_chats(at)
    assert len(row_buttons(at, "Open")) == 20 and "Newer" not in labels(at)
    at = click(at, "Older")
    assert len(row_buttons(at, "Open")) == 1
    assert button_for(at, "Open", made[0].session_id)
    at = click(at, "Newer")
    assert len(row_buttons(at, "Open")) == 20


@pytest.mark.usefixtures("app_env")
def test_open_resumes_the_chat_on_the_assistant_page():
    at = signed_in()
    session = chat(at, "Plan my marathon training")
    at = open_chat(my_chats(at), session.session_id)
    assert_clean(at)
    assert chat_texts(at) == [
        GREETING,
        "Plan my marathon training",
        "You said: Plan my marathon training",
    ]
    assert "This chat so far:" in texts(at)
    at = say(at, "and then?")
    assert chat_texts(at)[-1] == "You said: and then?"
    assert at.query_params["session"] == session.session_id


@pytest.mark.usefixtures("app_env")
def test_search_your_chats_finds_a_chat_by_a_word_of_its_title():
    at = signed_in()
    chat(at, "Plan my marathon training")
    chat(at, "Help me negotiate a raise")
    at = my_chats(at)
    at.text_input(key="lounge_chats_search").set_value("MARATHON").run()
    assert_clean(at)
    assert "Plan my marathon training" in texts(at)
    assert "Help me negotiate a raise" not in texts(at)
    assert "1 chat found" in texts(at)
    at.text_input(key="lounge_chats_search").set_value("zeppelin").run()
    assert "No chat title or recap has all of those words." in texts(at)


@pytest.mark.usefixtures("app_env")
def test_rename_changes_the_title_and_explains_a_failure_in_the_dialog():
    at = signed_in()
    session = chat(at, "Plan my marathon training")
    gone = chat(at, "Deleted meanwhile")
    at = my_chats(at)
    at = button_for(at, "Rename", gone.session_id).click().run()
    get_store().delete(f"sessions/{gone.session_id}")  # another tab deleted it
    at.text_input(key="lounge_chats_rename_field").set_value("Too late")
    at = click(at, "Save name")
    assert_clean(at)
    assert "That session was not found" in texts(at)
    at = click(at, "Cancel")
    at = button_for(at, "Rename", session.session_id).click().run()
    assert "That session was not found" not in texts(at)  # the last dialog's outcome is gone
    at.text_input(key="lounge_chats_rename_field").set_value("Berlin marathon <b>plan</b>")
    at = click(at, "Save name")
    assert_clean(at)
    assert (
        "Berlin marathon <b>plan</b>"
        in list_chats(get_store(), at.session_state["auth_user"]).chats[0].title
    )
    assert f"**{plain('Berlin marathon <b>plan</b>')}**" in texts(at)  # text, never HTML


@pytest.mark.usefixtures("app_env")
def test_delete_chat_asks_first_and_then_removes_it():
    at = signed_in()
    kept = chat(at, "Keep this one")
    doomed = chat(at, "Delete this one")
    at = my_chats(at)
    at = button_for(at, "Delete chat", doomed.session_id).click().run()
    assert "Delete “Delete this one” and all its messages?" in texts(at)
    at = click(at, "Cancel")
    assert len(row_buttons(at, "Open")) == 2
    at = button_for(at, "Delete chat", doomed.session_id).click().run()
    confirm = at.button(key="lounge_chats_delete_confirm").click().run()
    assert_clean(confirm)
    user = confirm.session_state["auth_user"]
    assert [c.session_id for c in list_chats(get_store(), user).chats] == [kept.session_id]
    assert len(row_buttons(confirm, "Open")) == 1
    assert "Deleted “Delete this one”\\." in texts(confirm)


@pytest.mark.usefixtures("app_env")
def test_a_deleted_confirmation_shows_once_and_not_on_later_pages():
    at = signed_in()
    doomed = chat(at, "Delete this one")
    chat(at, "Keep this one")
    at = my_chats(at)
    at = button_for(at, "Delete chat", doomed.session_id).click().run()
    at = at.button(key="lounge_chats_delete_confirm").click().run()
    assert "Deleted “Delete this one”\\." in texts(at)
    at.text_input(key="lounge_chats_search").set_value("keep").run()  # the next rerun
    assert "Deleted “Delete this one”" not in texts(at)
    at = my_chats(go_home(at))
    assert_clean(at)
    assert "Deleted “Delete this one”" not in texts(at)


def test_the_sidebar_shows_what_chats_cost_this_month(app_env):
    app_env.state.prompt_tokens, app_env.state.completion_tokens = 1000, 500
    at = signed_in()
    at.query_params["assistant_id"] = MAYA
    at = at.switch_page("pages/assistant.py").run()
    at = say(click(at, "Start a new session with Maya"), "one")
    # The greeting and one reply: 2 calls of 450 micro-dollars on gpt-4o-mini.
    assert "This chat so far: 3,000 tokens · cost $0.0009" in texts(at)
    metric = [m for m in at.metric if m.label == "Chats this month (estimate)"]
    assert metric and metric[0].value == "$0.0009"


@pytest.mark.usefixtures("app_env")
def test_a_second_tab_is_told_to_reload_and_keeps_its_message():
    first = signed_in()
    session = chat(first, "from tab one")
    second = signed_in()
    for tab in (first, second):
        tab.query_params["assistant_id"] = MAYA
        tab.query_params["session"] = session.session_id
    first = first.switch_page("pages/assistant.py").run()
    second = second.switch_page("pages/assistant.py").run()
    first = say(first, "first tab again")
    second = say(second, "second tab here")
    assert_clean(second)
    assert "This chat was continued in another tab or window." in texts(second)
    assert second.chat_input[0].disabled
    second = click(second, "Reload chat")
    assert_clean(second)
    assert chat_texts(second)[-4:] == [
        "first tab again",
        "You said: first tab again",
        "second tab here",
        "You said: second tab here",
    ]
    assert not second.chat_input[0].disabled


@pytest.mark.usefixtures("app_env")
def test_a_chat_with_an_assistant_taken_out_of_service_opens_read_only():
    at = signed_in()
    session = chat(at, "hello")
    set_active(get_store(), MAYA, False)
    at = open_chat(my_chats(at), session.session_id)
    assert_clean(at)
    assert "hello" in chat_texts(at)
    assert at.chat_input[0].disabled


@pytest.mark.usefixtures("app_env")
def test_choosing_an_assistant_after_a_recap_shows_its_page_not_the_old_recap():
    at = signed_in()
    at.query_params["assistant_id"] = MAYA
    at = at.switch_page("pages/assistant.py").run()
    at = click(at, "Start a new session with Maya")
    for text in ("one", "two", "three"):
        at = say(at, text)
    at = click(at, "Conclude")
    assert "Session Recap" in [s.value for s in at.subheader]
    # The Lounge's "Chat with Maya" opens the assistant's link, without a session.
    del at.query_params["session"]
    at = at.switch_page("pages/assistant.py").run()
    assert_clean(at)
    assert "Session Recap" not in [s.value for s in at.subheader]
    assert "Start a new session with Maya" in labels(at)


@pytest.mark.parametrize("session_id", ["someone-elses", "../../users/x", "x" * 5000, ""])
@pytest.mark.usefixtures("app_env")
def test_a_session_link_opens_only_the_users_own_chat(session_id):
    owner = signed_in("sk-test-owner")
    theirs = chat(owner, "private words of the owner")
    at = signed_in("sk-test-mallory")
    at.query_params["assistant_id"] = MAYA
    at.query_params["session"] = theirs.session_id if session_id == "someone-elses" else session_id
    at = at.switch_page("pages/assistant.py").run()
    assert_clean(at)
    assert "private words of the owner" not in texts(at)
    assert not at.chat_input  # no chat opened
    assert "Start a new session with Maya" in labels(at)
    if session_id:
        assert "That session was not found" in texts(at)
