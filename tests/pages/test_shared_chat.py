"""Share this chat in the running app (AppTest): the link shown once, opened signed out, a
wrong or revoked link, Stop sharing in My Chats, and Continue as my own chat.

AppTest runs no browser JavaScript, so the key a browser reads from the link's #fragment is
handed to the page the way the fragment reader hands it over (the browser journey covers the
fragment itself: tests/e2e/test_journey_share.py)."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from api_sessions import create_session, list_chats
from api_util_firebase import get_store
from sessions.turn import start_turn
from tests.apptest_helpers import (
    assert_clean,
    chat_texts,
    click,
    labels,
    new_app,
    open_lounge_tab,
    sign_in,
    texts,
)

MAYA = "career-coach-maya"


def signed_in(key: str = "sk-test-alice"):
    return sign_in(new_app().run(), key)


def open_chat_with(at, *messages):
    store, user, llm = get_store(), at.session_state["auth_user"], at.session_state["auth_llm"]
    session = create_session(store, user, llm, MAYA)
    for text in messages:
        list(start_turn(store, user, llm, session, text))
    at.query_params["assistant_id"] = MAYA
    at.query_params["session"] = session.session_id
    return at.switch_page("pages/assistant.py").run()


def share(at) -> tuple[str, str, object]:
    """Share the open chat; (link id, key, the app) from the link the page shows."""
    at = click(at, "Create a share link")
    assert_clean(at)
    links = [c.value for c in at.code if "/shared?link=" in str(c.value)]
    assert len(links) == 1, texts(at)
    parts = urlsplit(links[0])
    return parse_qs(parts.query)["link"][0], parts.fragment, at


def open_link(link_id: str, key: str | None, at=None):
    at = at or new_app().run()
    at.query_params["link"] = link_id
    if key is not None:
        at.session_state["shared_link_key"] = key  # what the fragment reader hands over
    return at.switch_page("pages/shared.py").run()


@pytest.mark.usefixtures("app_env")
def test_a_shared_link_is_shown_once_with_its_key_in_the_fragment():
    at = open_chat_with(signed_in(), "Help me plan a career change")
    link_id, key, at = share(at)
    assert link_id and len(key) >= 40
    assert "shown only once" in texts(at)
    at = click(at, "Done")
    assert not [c for c in at.code if "/shared?link=" in str(c.value)]
    assert "Create a share link" in labels(at)


@pytest.mark.usefixtures("app_env")
def test_someone_signed_out_reads_the_shared_chat_and_is_offered_sign_in():
    link_id, key, _ = share(open_chat_with(signed_in(), "Help me plan a career change"))
    at = open_link(link_id, key)
    assert_clean(at)
    shown = chat_texts(at)
    assert "Help me plan a career change" in shown
    assert "You said: Help me plan a career change" in shown
    assert "Sign in to continue this chat with Maya as your own." in texts(at)
    assert "Continue as my own chat" not in labels(at)
    assert "shared_link_key" not in at.session_state  # the key is gone after the run
    at.run()  # a rerun shows the same chat without the key
    assert "Help me plan a career change" in chat_texts(at)


@pytest.mark.usefixtures("app_env")
def test_a_wrong_key_or_a_missing_link_says_so():
    link_id, key, _ = share(open_chat_with(signed_in(), "hello there"))
    wrong = open_link(link_id, key[:-4])
    assert "cut short or changed" in texts(wrong) and not chat_texts(wrong)
    missing = open_link("no-such-link-00000000", key)
    assert "does not open any shared chat" in texts(missing)
    assert_clean(wrong)
    assert_clean(missing)


@pytest.mark.usefixtures("app_env")
def test_a_link_is_opened_only_once_the_browser_gives_its_key():
    link_id, _, _ = share(open_chat_with(signed_in(), "hello there"))
    at = open_link(link_id, None)
    assert_clean(at)
    assert "Opening the shared chat…" in texts(at) and not chat_texts(at)


@pytest.mark.usefixtures("app_env")
def test_the_owner_stops_sharing_in_my_chats_and_the_link_says_so():
    at = open_chat_with(signed_in(), "Help me plan a career change")
    link_id, key, at = share(at)
    at = open_lounge_tab(at, "My Chats")
    assert "Links you shared" in texts(at)
    assert "anyone with the link" in texts(at)
    at = at.button(key=f"lounge_shared_revoke_{link_id}").click().run()
    assert_clean(at)
    assert "is no longer shared" in texts(at)
    assert "stopped: the link opens nothing" in texts(at)
    assert "stopped sharing this chat" in texts(open_link(link_id, key))


@pytest.mark.usefixtures("app_env")
def test_a_signed_in_reader_continues_the_chat_as_their_own():
    link_id, key, _ = share(open_chat_with(signed_in(), "Help me plan a career change"))
    reader = signed_in("sk-test-bob")
    before = len(list_chats(get_store(), reader.session_state["auth_user"]).chats)
    at = open_link(link_id, key, reader)
    at = click(at, "Continue as my own chat")
    assert_clean(at)
    chats = list_chats(get_store(), at.session_state["auth_user"]).chats
    assert len(chats) == before + 1
    assert chats[0].bot_id == MAYA
    assert chats[0].message_count == 3
