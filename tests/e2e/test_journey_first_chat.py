"""A first-time visitor's first chat, on a phone: Conclude is in sight from the first message
and stays beside the input; a paste over the message limit is refused with the limit and
given back, never silently dropped."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.browser import messages, open_app, send, settle, sign_in, start_chat

pytestmark = pytest.mark.e2e

PHONE = {"width": 390, "height": 844}
# Streamlit closes the sidebar after a page is chosen when the user agent is a phone's (a narrow
# desktop window keeps it open), so the phone tests present themselves as one.
PHONE_AGENT = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1"
)


def phone_page(browser):
    context = browser.new_context(
        viewport=PHONE, is_mobile=True, has_touch=True, user_agent=PHONE_AGENT
    )
    context.set_default_timeout(30_000)
    return context, context.new_page()


@pytest.mark.usefixtures("llm_state")
def test_conclude_sits_beside_the_input_from_the_start_and_opens_after_three_messages(
    app_url, browser, shots
):
    context, page = phone_page(browser)
    try:
        open_app(page, app_url)
        expect(page.get_by_role("link", name="Browse the assistants in the Lounge")).to_be_visible()
        shots(page, "phone-home")
        sign_in(page, "sk-test-phone-visitor")
        start_chat(page, "Maya")
        conclude = page.get_by_role("button", name="Conclude", exact=True)
        expect(conclude).to_be_disabled()
        expect(conclude).to_be_in_viewport()
        expect(
            page.get_by_text("Conclude is available after 3 messages (0 so far).")
        ).to_be_visible()
        shots(page, "phone-conclude-disabled")
        for text in ("one", "two", "three"):
            send(page, text, expect_reply=f"You said: {text}")
        expect(conclude).to_be_enabled()
        expect(conclude).to_be_in_viewport()  # not scrolled away above the transcript
        shots(page, "phone-conclude-enabled")
        conclude.click()
        settle(page)
        expect(page.get_by_role("heading", name="Session Recap")).to_be_visible()
    finally:
        context.close()


@pytest.mark.usefixtures("llm_state")
def test_a_paste_over_the_message_limit_is_refused_with_the_limit_and_given_back(app_url, new_page):
    page = open_app(new_page(), app_url)
    sign_in(page, "sk-test-long-paste")
    start_chat(page, "Maya")
    pasted = "draft " * 7_600  # 45,600 characters
    page.get_by_test_id("stChatInputTextArea").fill(pasted)
    page.keyboard.press("Enter")
    settle(page)
    expect(
        page.get_by_text("Messages can be at most 32,000 characters (45,600 now).")
    ).to_be_visible()
    expect(page.get_by_text("Your message (not sent)")).to_be_visible()
    given_back = page.get_by_test_id("stCode").last.inner_text()
    assert given_back.split() == pasted.split()


def test_regenerating_shows_the_new_reply_in_place_of_the_old_one(app_url, new_page, llm_state):
    page = open_app(new_page(), app_url)
    sign_in(page, "sk-test-regenerate")
    start_chat(page, "Maya")
    send(page, "tell me about interviews", expect_reply="You said: tell me about interviews")
    llm_state.chunk_delay = 0.25  # slow enough to look at the page while it writes
    page.get_by_role("button", name="Regenerate").click()
    expect(page.get_by_role("button", name="Stop")).to_be_visible()
    assert len(messages(page)) == 3  # greeting, question, the reply being written: not 4
    expect(page.get_by_role("button", name="Regenerate")).to_have_count(0)
    llm_state.chunk_delay = 0.0
    settle(page)
    assert messages(page)[-1] == "You said: tell me about interviews"


def test_on_a_phone_the_sidebar_closes_after_choosing_a_page(app_url, browser):
    context, page = phone_page(browser)
    try:
        open_app(page, app_url)
        page.get_by_test_id("stExpandSidebarButton").click()
        nav = page.locator('[data-testid="stSidebarNav"] a', has_text="FAQ").first
        expect(nav).to_be_in_viewport()
        nav.click()
        settle(page)
        expect(page.get_by_role("heading", name="Frequently asked questions")).to_be_in_viewport()
        expect(nav).not_to_be_in_viewport()  # the page is not hidden behind the sidebar
    finally:
        context.close()
