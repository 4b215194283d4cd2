"""Journey 1: a visitor signs in, chats with a showcased assistant, stops a long reply,
concludes, reads and rates the recap, and downloads the transcript."""

from __future__ import annotations

import csv
import io
import re

import pytest
from playwright.sync_api import expect

from tests.e2e.browser import (
    click,
    go,
    messages,
    open_app,
    open_showcased,
    send,
    settle,
    sign_in,
    start_chat,
)
from tests.fake_openai import GREETING

pytestmark = pytest.mark.e2e


def test_visitor_chats_concludes_rates_and_downloads(app_url, new_page, llm_state, shots):
    page = open_app(new_page(), app_url)
    shots(page, "home")
    sign_in(page, "sk-test-visitor-1")
    expect(page.get_by_text("New account created for this key.")).to_be_visible()
    click(page, "Hang out with AI Assistants in the Lounge")
    expect(page.get_by_role("tab", name="Showcased")).to_be_visible()
    shots(page, "lounge")
    click(page, "Chat with Maya")
    expect(page.get_by_role("heading", name="Maya - Career Coach")).to_be_visible()
    assert "assistant_id=career-coach-maya" in page.url
    click(page, "Start a new session with Maya")
    expect(page.get_by_test_id("stChatMessage").first).to_contain_text(GREETING)

    # Replies stream in: with a slow provider the reply is seen growing before it ends.
    llm_state.chunk_delay = 0.12
    page.get_by_test_id("stChatInputTextArea").fill("I want a new job in design")
    page.keyboard.press("Enter")
    reply = page.get_by_test_id("stChatMessage").nth(2)
    expect(reply).to_contain_text("You said")
    partial = reply.inner_text()
    expect(page.get_by_test_id("stChatInputTextArea")).to_be_disabled()
    expect(reply).to_contain_text("You said: I want a new job in design")
    assert len(partial) < len(reply.inner_text())
    settle(page)
    llm_state.chunk_delay = 0.0

    send(page, "Maybe UX research?", "You said: Maybe UX research?")
    expect(page.get_by_role("button", name="Conclude", exact=True)).to_be_disabled()
    send(page, "I will talk to two researchers", "You said: I will talk to two researchers")
    shots(page, "chat")
    click(page, "Conclude")
    expect(page.get_by_text("Session Recap")).to_be_visible()
    expect(page.get_by_text("Recap: ").first).to_be_visible()
    click(page, "Helpful")
    expect(page.get_by_text("Thanks for your rating!")).to_be_visible()
    shots(page, "recap")

    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download chat (CSV)").click()
    assert re.fullmatch(
        r"gptlab-maya-\d{4}-\d{2}-\d{2}\.csv", download_info.value.suggested_filename
    )
    rows = list(csv.reader(io.StringIO(download_info.value.path().read_text("utf-8"))))
    assert rows[-1][1] == "recap" and rows[-1][2].startswith("Recap: ")
    assert rows[0] == ["created_date", "role", "message", "stopped"]
    said = [(role, text) for _, role, text, _ in rows[1:]]
    assert ("user", "Maybe UX research?") in said
    assert ("assistant", "You said: I will talk to two researchers") in said

    click(page, "Start a new session with Maya")
    assert messages(page) == [GREETING]
    go(page, "Lounge")
    expect(page.get_by_role("tab", name="My AI Assistants")).to_be_visible()


def test_stop_keeps_what_was_shown(app_url, new_page, llm_state, shots):
    page = open_app(new_page(), app_url)
    sign_in(page, "sk-test-visitor-2")
    start_chat(page, "Leo")
    llm_state.chunk_delay = 0.1
    page.get_by_test_id("stChatInputTextArea").fill("[[long]] tell me everything")
    page.keyboard.press("Enter")
    expect(page.get_by_test_id("stChatMessage").nth(2)).to_contain_text("thoughtful")
    page.get_by_role("button", name="Stop").click()
    settle(page)
    llm_state.chunk_delay = 0.0
    expect(page.get_by_text("This reply stopped before the end.")).to_be_visible()
    shown = messages(page)[-1]
    assert shown.startswith("Here is a thoughtful") and len(shown) < 400
    shots(page, "stopped")
    send(page, "thanks", "You said: thanks")


def test_visitor_journey_on_a_provider_that_refuses_unknown_fields(app_url, new_page, llm_state):
    """Mistral's API refuses `stream_options` with 422 extra_forbidden; chatting still works."""
    llm_state.strict_fields = True
    page = open_app(new_page(), app_url)
    sign_in(page, "sk-test-visitor-strict")
    start_chat(page, "Maya")
    expect(page.get_by_test_id("stChatMessage").first).to_contain_text(GREETING)
    for text in ("First question", "Second question", "Third question"):
        send(page, text, f"You said: {text}")
    click(page, "Conclude")
    expect(page.get_by_text("Session Recap")).to_be_visible()
    assert "stopped while answering" not in page.content()
    refused = [body for body in llm_state.calls("/chat/completions") if "stream_options" in body]
    assert len(refused) <= 1  # refused once at most, then remembered for this provider


def test_double_clicks_on_start_and_conclude_act_once(app_url, new_page, llm_state):
    page = open_app(new_page(), app_url)
    sign_in(page, "sk-test-visitor-double")
    open_showcased(page, "Leo")
    llm_state.first_token_delay = 0.6  # the greeting takes a moment, as a real one does
    start = page.get_by_role("button", name="Start a new session with Leo", exact=True)
    start.click()
    page.wait_for_timeout(150)  # the second click lands while the first one's run is busy
    start.click(timeout=2_000)
    settle(page)
    llm_state.first_token_delay = 0.0
    expect(page.get_by_test_id("stChatMessage").first).to_contain_text(GREETING)
    for text in ("one", "two", "three"):
        send(page, text, f"You said: {text}")
    recaps = len(llm_state.calls("/chat/completions"))
    llm_state.first_token_delay = 0.6
    conclude = page.get_by_role("button", name="Conclude", exact=True)
    conclude.click()
    page.wait_for_timeout(150)
    conclude.click(timeout=2_000)
    settle(page)
    llm_state.first_token_delay = 0.0
    expect(page.get_by_text("Session Recap")).to_be_visible()
    assert len(llm_state.calls("/chat/completions")) == recaps + 1  # one recap
    later = open_app(new_page(), f"{app_url}/assistant?assistant_id=fitness-coach-leo")
    sign_in(later, "sk-test-visitor-double")
    expect(later.get_by_text("Your past sessions")).to_be_visible()
    settle(later)
    expect(later.get_by_role("button", name="Resume session")).to_have_count(1)
