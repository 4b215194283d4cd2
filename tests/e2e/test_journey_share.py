"""A visitor shares a chat; a friend's signed-out browser opens the link and reads it (the key
travels in the #fragment, read in the browser), then signs in and continues it as their own;
the owner stops sharing and the link says so. The server's log never holds the key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from tests.e2e.browser import click, go, messages, open_app, send, settle, sign_in, start_chat
from tests.servers import backend_environment, streamlit_app

pytestmark = pytest.mark.e2e


@pytest.fixture(params=["sqlite", "firestore"])
def server(request, tmp_path, e2e_llm) -> Iterator[tuple[str, Path]]:
    """A server of this test's own, so its log can be read: (url, log file)."""
    emulator = None if request.param == "sqlite" else request.getfixturevalue("firestore_emulator")
    env = backend_environment(request.param, tmp_path, e2e_llm.base_url, emulator, "gptlab-share")
    log_path = tmp_path / "streamlit.log"
    with log_path.open("w") as log, streamlit_app(env, log) as (url, _pid):
        yield url, log_path


@pytest.mark.usefixtures("llm_state")
def test_a_signed_out_browser_opens_a_shared_chat_and_a_stopped_link_says_so(
    server, new_page, shots
):
    url, log_path = server
    owner = open_app(new_page(), url)
    sign_in(owner, "sk-test-sharer")
    start_chat(owner, "Maya")
    send(owner, "Help me plan a career change")
    owner.get_by_text("Share this chat").click()
    click(owner, "Create a share link")
    link = owner.get_by_test_id("stCode").filter(has_text="/shared?link=").inner_text().strip()
    assert "#" in link
    key = urlsplit(link).fragment
    shots(owner, "link-shown-once")

    friend = open_app(new_page(), link)
    expect(friend.get_by_text("Help me plan a career change").first).to_be_visible()
    assert "You said: Help me plan a career change" in messages(friend)
    expect(friend.get_by_text("Sign in to continue this chat with Maya")).to_be_visible()
    shots(friend, "shared-chat-signed-out")
    sign_in(friend, "sk-test-friend")
    click(friend, "Continue as my own chat")
    expect(friend.get_by_role("heading", name="Chat with Maya")).to_be_visible()
    assert "Help me plan a career change" in messages(friend)

    go(owner, "Lounge")
    owner.get_by_role("tab", name="My Chats").click()
    settle(owner)
    click(owner, "Stop sharing")
    expect(owner.get_by_text("is no longer shared")).to_be_visible()
    stopped = open_app(new_page(), link)
    expect(stopped.get_by_text("Its owner stopped sharing this chat")).to_be_visible()
    wrong = open_app(new_page(), link.replace(key, key[:-5]))
    expect(wrong.get_by_text("Its owner stopped sharing this chat")).to_be_visible()
    shots(stopped, "stopped-link")
    assert key not in log_path.read_text()
