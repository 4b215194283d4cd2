"""Graceful shutdown: SIGTERM to a server with a reply streaming stores the reply as partial
before the process exits, within Cloud Run's 10 seconds."""

from __future__ import annotations

import os
import signal
import time

import pytest
from playwright.sync_api import expect

from api_sessions import read_messages
from api_users import get_create_user
from api_util_firebase import SQLiteStore
from api_util_openai import LLMClient
from tests.e2e.browser import open_app, sign_in, start_chat
from tests.servers import app_environment, streamlit_app

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("provider", ["quiet mid-reply", "streaming"])
def test_sigterm_stores_the_streaming_reply_as_partial(
    tmp_path, e2e_llm, llm_state, new_page, provider
):
    """Cloud Run sends SIGTERM on every deploy and scale-in, whatever the provider is doing:
    gone quiet after a few words, or still sending a token every 60 ms."""
    database = tmp_path / "gptlab.sqlite3"
    env = app_environment(
        OPENAI_BASE_URL=e2e_llm.base_url, GPTLAB_STORE="sqlite", GPTLAB_SQLITE_PATH=str(database)
    )
    with (tmp_path / "streamlit.log").open("w") as log, streamlit_app(env, log) as (url, pid):
        page = open_app(new_page(), url)
        sign_in(page, "sk-test-shutdown")
        start_chat(page, "Maya")
        if provider == "streaming":
            llm_state.chunk_delay = 0.06
            message = "[[long]] tell me everything"
        else:  # no chunk arrives to end the page's run
            message = "[[long]] [[stall]] tell me everything"
        page.get_by_test_id("stChatInputTextArea").fill(message)
        page.keyboard.press("Enter")
        expect(page.get_by_test_id("stChatMessage").nth(2)).to_contain_text("Here is")
        page.wait_for_timeout(300 if provider == "streaming" else 0)  # more words on screen
        signalled = time.monotonic()
        os.kill(pid, signal.SIGTERM)
        while _alive(pid) and time.monotonic() - signalled < 10:
            time.sleep(0.1)
        assert not _alive(pid), "the server did not stop within Cloud Run's 10 seconds"
    store = SQLiteStore(database)
    try:
        (session_id, _), *_ = [
            row for row in store.query("sessions") if row[1].get("bot_id") == "career-coach-maya"
        ]
        user = get_create_user(
            "sk-test-shutdown", LLMClient("sk-test-shutdown", e2e_llm.base_url), store
        )
        messages = read_messages(store, user, session_id)
        assert [m.role for m in messages] == ["assistant", "user", "assistant"]
        assert messages[1].content == message
        assert messages[-1].partial  # the words shown are kept, marked cut off
        assert messages[-1].content.startswith("Here is")
    finally:
        store.close()


def _alive(pid: int) -> bool:
    try:
        waited, _ = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return False
    return waited == 0
