"""The load benchmark's protocol client drives the real app as a browser would: it signs in,
starts a session and chats, and sees when the reply's first text and the turn's end arrive.
(So bench/load.py keeps measuring GPT Lab, not a page that changed under it.)"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import pytest

from bench.load import open_chat

pytestmark = pytest.mark.e2e


def test_the_protocol_client_chats_like_a_browser_and_times_the_reply(app_url, llm_state):
    llm_state.first_token_delay = 0.2

    async def journey():
        session = await open_chat(app_url, "sk-test-load-client")
        run = await session.run(
            widgets=[session.chat("Message Maya", "[[words:30]] hello")], watch_after="Stop"
        )
        await session.close()
        return session, run

    # Playwright's sync API keeps an event loop running in this thread: run ours in another.
    with ThreadPoolExecutor(max_workers=1) as thread:
        session, run = thread.submit(asyncio.run, journey()).result()
    first = run.first_text_after["Stop"] - run.started
    assert 0.2 <= first < run.seconds  # after the model's think time, before the turn's end
    assert any(len(body.split()) >= 30 for _, body in run.texts)  # the whole reply arrived
    assert "session=" in session.query  # the app put the chat in the link
    assert not session.widget("Message Maya").disabled  # the input is back for the next turn
