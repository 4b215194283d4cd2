"""Two app servers on one Firestore database, as several Cloud Run instances run: concurrent
first sign-ins with one key make one user, and a chat on a server killed mid-session resumes
on the other with everything that had been stored."""

from __future__ import annotations

import contextlib
import os
import signal

import pytest
from playwright.sync_api import expect

from api_util_firebase import FirestoreStore
from tests.e2e.browser import IDLE, click, go, messages, open_app, send, settle, start_chat
from tests.emulator import FirestoreEmulator
from tests.fake_openai import GREETING
from tests.servers import app_environment, streamlit_app

pytestmark = pytest.mark.e2e
KEY = "sk-test-two-servers"
PROJECT = "gptlab-two-servers"


@pytest.fixture
def database(monkeypatch):
    emulator = FirestoreEmulator()
    monkeypatch.setenv("FIRESTORE_EMULATOR_HOST", emulator.host)
    from google.cloud import firestore

    client = firestore.Client(project=PROJECT)
    yield emulator, FirestoreStore(client)
    client.close()
    emulator.stop()


def test_two_servers_share_users_and_sessions_and_survive_a_kill(
    database, e2e_llm, llm_state, new_page, tmp_path
):
    emulator, store = database
    env = app_environment(
        OPENAI_BASE_URL=e2e_llm.base_url,
        GPTLAB_STORE="firestore",
        FIRESTORE_EMULATOR_HOST=emulator.host,
        GOOGLE_CLOUD_PROJECT=PROJECT,
    )
    with contextlib.ExitStack() as servers:
        logs = [servers.enter_context((tmp_path / f"{n}.log").open("w")) for n in "ab"]
        (url_a, pid_a), (url_b, _) = (
            servers.enter_context(streamlit_app(env, log)) for log in logs
        )
        page_a, page_b = open_app(new_page(), url_a), open_app(new_page(), url_b)

        # The same key signs in on both servers at the same moment: one account.
        for page in (page_a, page_b):
            page.get_by_label("Enter your OpenAI API Key", exact=True).fill(KEY)
        page_a.get_by_label("Enter your OpenAI API Key", exact=True).press("Enter")
        page_b.get_by_label("Enter your OpenAI API Key", exact=True).press("Enter")
        for page in (page_a, page_b):
            settle(page)
            expect(page.get_by_text("Signed in with sk-…")).to_be_visible()
        people = [uid for uid, data in store.query("users") if data.get("user_hash")]
        assert len(people) == 1 and len(store.query("user_hash")) == 1

        # A chat on server A, which then dies mid-reply without any chance to clean up.
        start_chat(page_a, "Maya")
        send(page_a, "first thing", "You said: first thing")
        send(page_a, "second thing", "You said: second thing")
        llm_state.chunk_delay = 0.3
        page_a.get_by_test_id("stChatInputTextArea").fill("[[long]] third thing")
        page_a.keyboard.press("Enter")
        expect(page_a.get_by_test_id("stChatMessage").nth(6)).to_contain_text("Here is")
        os.kill(pid_a, signal.SIGKILL)
        llm_state.chunk_delay = 0.0

        # The same person carries on on server B.
        go(page_b, "Lounge")
        click(page_b, "Chat with Maya")
        page_b.get_by_role("button", name="Resume session").first.click()
        page_b.wait_for_selector(IDLE)
        settle(page_b)
        assert [text.split("\n")[-1] for text in messages(page_b)] == [  # no avatar label
            GREETING,
            "first thing",
            "You said: first thing",
            "second thing",
            "You said: second thing",
        ]
        send(page_b, "still here?", "You said: still here?")
