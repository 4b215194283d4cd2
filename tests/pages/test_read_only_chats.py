"""A chat whose assistant is gone for the visitor (deleted, archived, or made private by its
creator) can be read and downloaded, never continued: no Start nor Continue, one message."""

from __future__ import annotations

import pytest

from api_bots import VISIBILITY_PRIVATE, archive, delete_bot, set_visibility
from api_util_firebase import get_store
from tests.apptest_helpers import (
    assert_clean,
    captions,
    click,
    labels,
    new_app,
    open_lounge_tab,
    say,
    sign_in,
    texts,
)
from tests.pages.test_creator_studio import lounge_with_rae, make_rae

CREATOR = "somebody-else"
VISITOR = "sk-test-bob"
READ_ONLY = "Rae is no longer available, so this chat cannot go on."
ENDINGS = {
    "deleted": lambda code: delete_bot(get_store(), CREATOR, code),
    "archived": lambda code: archive(get_store(), CREATOR, code),
    "private": lambda code: set_visibility(get_store(), CREATOR, code, VISIBILITY_PRIVATE),
}


def open_chat(code: str, session_id: str | None = None):
    """The visitor's Assistant page, as My Chats links it (a fresh tab)."""
    at = sign_in(new_app().run(), VISITOR)
    at.query_params["assistant_id"] = code
    if session_id:
        at.query_params["session"] = session_id
    return at.switch_page("pages/assistant.py").run()


def concluded_chat(code: str) -> str:
    at = click(open_chat(code), "Start a new session with Rae")
    for text in ("one", "two", "three"):
        at = say(at, text)
    at = click(at, "Conclude")
    assert "Session Recap" in [s.value for s in at.subheader]
    return at.session_state["assistant_chat"].session_id


def open_chat_of_gone_assistant(ending: str, conclude: bool):
    code = make_rae(CREATOR)
    if conclude:
        session_id = concluded_chat(code)
    else:
        at = say(click(open_chat(code), "Start a new session with Rae"), "hello")
        session_id = at.session_state["assistant_chat"].session_id
    ENDINGS[ending](code)
    return open_chat(code, session_id)


@pytest.mark.usefixtures("app_env")
@pytest.mark.parametrize("ending", list(ENDINGS))
def test_the_recap_of_a_chat_whose_assistant_is_gone_offers_no_start_and_says_why_once(ending):
    at = open_chat_of_gone_assistant(ending, conclude=True)
    assert_clean(at)
    assert "Session Recap" in [s.value for s in at.subheader]
    assert "Start a new session with Rae" not in labels(at)
    assert "Continue this chat" not in labels(at)
    assert texts(at).count(READ_ONLY) == 1
    assert texts(at).count("no longer available") == 1  # one message, in one wording
    assert "private" not in texts(at).lower()
    assert "Account" in [s.value for s in at.sidebar.subheader]  # the sidebar is all there
    assert "Return to lounge" in labels(at)


@pytest.mark.usefixtures("app_env")
@pytest.mark.parametrize("ending", list(ENDINGS))
def test_an_open_chat_whose_assistant_is_gone_is_read_only_with_the_same_message(ending):
    at = open_chat_of_gone_assistant(ending, conclude=False)
    assert_clean(at)
    assert at.chat_input[0].disabled
    assert texts(at).count(READ_ONLY) == 1
    assert "Start a new session with Rae" not in labels(at)
    assert "Account" in [s.value for s in at.sidebar.subheader]


@pytest.mark.usefixtures("app_env")
def test_a_private_assistants_card_says_its_link_works_only_for_its_creator():
    at, user, code = lounge_with_rae()
    set_visibility(get_store(), user.user_id, code, VISIBILITY_PRIVATE)
    at = open_lounge_tab(at, "My AI Assistants")
    assert_clean(at)
    assert "Share link" not in captions(at)
    assert any(
        c.startswith("🔒 Private: its link and code open it only for you") for c in captions(at)
    )
