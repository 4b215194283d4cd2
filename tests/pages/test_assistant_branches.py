"""Assistant page: Edit on a sent message answers it on a new branch, and "2 of 2" switches
between the versions; a resumed chat shows the branch last shown."""

from __future__ import annotations

import pytest

from tests.apptest_helpers import assert_clean, chat_texts, click, new_app, say, sign_in, texts
from tests.fake_openai import GREETING

MAYA = "career-coach-maya"
PANEL = "assistant_chat_panel_input"


def started_chat():
    at = sign_in(new_app().run())
    at.query_params["assistant_id"] = MAYA
    at = at.switch_page("pages/assistant.py").run()
    return click(at, "Start a new session with Maya")


def press(at, key: str):
    return at.button(key=key).click().run()


@pytest.mark.usefixtures("app_env")
def test_editing_a_sent_message_answers_it_on_a_new_branch_and_switches_back():
    at = say(say(started_chat(), "first question"), "second question")
    at = press(at, f"{PANEL}_edit_3")
    assert_clean(at)
    editor = at.text_area(key="assistant_chat_panel_edit_text")
    assert editor.value == "second question"  # the message to change, as sent
    editor.set_value("a better second question")
    at = click(at, "Send edit")
    assert_clean(at)
    assert chat_texts(at) == [
        GREETING,
        "first question",
        "You said: first question",
        "a better second question",
        "You said: a better second question",
    ]
    assert "2 of 2" in texts(at)
    assert at.button(key=f"{PANEL}_next_3").disabled
    at = press(at, f"{PANEL}_previous_3")
    assert_clean(at)
    assert chat_texts(at)[3:] == ["second question", "You said: second question"]
    assert "1 of 2" in texts(at)
    at = press(at, f"{PANEL}_next_3")
    assert chat_texts(at)[3] == "a better second question"
    session_id = at.session_state["assistant_chat"].session_id

    fresh = sign_in(new_app().run())  # another browser: the chat opens on the branch shown
    fresh.query_params["assistant_id"] = MAYA
    fresh.query_params["session"] = session_id
    fresh = fresh.switch_page("pages/assistant.py").run()
    assert_clean(fresh)
    assert chat_texts(fresh)[3] == "a better second question"
    assert "2 of 2" in texts(fresh)


@pytest.mark.usefixtures("app_env")
def test_cancelling_an_edit_changes_nothing_and_the_greeting_has_no_edit():
    at = say(started_chat(), "only question")
    assert [b.key for b in at.button if b.key and "_edit_" in b.key] == [f"{PANEL}_edit_1"]
    at = press(at, f"{PANEL}_edit_1")
    at = click(at, "Cancel")
    assert_clean(at)
    assert chat_texts(at) == [GREETING, "only question", "You said: only question"]
    assert "of 2" not in texts(at)
