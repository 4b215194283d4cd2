"""Graceful shutdown: SIGTERM to a server with a reply streaming stores the reply as partial
before the process exits, within Cloud Run's 10 seconds."""

from __future__ import annotations

import os
import signal
import time

import pytest
from playwright.sync_api import expect

from api_util_firebase import SQLiteStore
from tests.e2e.browser import open_app, sign_in, start_chat
from tests.servers import app_environment, streamlit_app

pytestmark = pytest.mark.e2e


@pytest.mark.usefixtures("llm_state")
def test_sigterm_stores_the_streaming_reply_as_partial(tmp_path, e2e_llm, new_page):
    database = tmp_path / "gptlab.sqlite3"
    env = app_environment(
        OPENAI_BASE_URL=e2e_llm.base_url, GPTLAB_STORE="sqlite", GPTLAB_SQLITE_PATH=str(database)
    )
    with (tmp_path / "streamlit.log").open("w") as log, streamlit_app(env, log) as (url, pid):
        page = open_app(new_page(), url)
        sign_in(page, "sk-test-shutdown")
        start_chat(page, "Maya")
        # The provider goes quiet after a few words: no chunk arrives to end the page's run.
        page.get_by_test_id("stChatInputTextArea").fill("[[long]] [[stall]] tell me everything")
        page.keyboard.press("Enter")
        expect(page.get_by_test_id("stChatMessage").nth(2)).to_contain_text("Here is")
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
        messages = store.query(f"sessions/{session_id}/messages", order_by="seq")
        roles = [data["role"] for _, data in messages]
        assert roles == ["assistant", "user", "assistant"]
        assert messages[-1][1]["partial"] is True  # the words shown are kept, marked cut off
    finally:
        store.close()


def _alive(pid: int) -> bool:
    try:
        waited, _ = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return False
    return waited == 0
