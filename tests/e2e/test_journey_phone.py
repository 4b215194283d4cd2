"""On a phone (390x844): the recap opens at its top with the chat's name, starter chips go once
the visitor sends, the cost line is not hidden behind the input bar, and the sign-in message
does not cover the avatar."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.browser import click, send, settle, sign_in, start_chat
from tests.e2e.test_journey_first_chat import phone_page

pytestmark = pytest.mark.e2e

SCROLLED = """() => Math.max(window.scrollY,
    ...[...document.querySelectorAll("*")].map((node) => node.scrollTop))"""


def scrolled_by(page) -> int:
    """How far down the page is scrolled, whichever element scrolls it."""
    return page.evaluate(SCROLLED)


def concluded_chat(page, words: str) -> None:
    for n in range(3):
        send(page, f"{words} {n}", expect_reply=f"You said: {words} {n}")
    click(page, "Conclude")


@pytest.mark.usefixtures("llm_state")
def test_a_recap_opened_from_far_down_the_page_opens_at_its_top_with_the_chats_name(
    app_url, browser, shots
):
    context, page = phone_page(browser)
    try:
        page.goto(app_url)
        settle(page)
        sign_in(page, "sk-test-phone-recap")
        start_chat(page, "Maya")
        concluded_chat(page, "first chat")
        for words in ("second chat", "third chat"):
            click(page, "Start a new session with Maya")
            concluded_chat(page, words)
        click(page, "Return to lounge")
        click(page, "Chat with Maya")
        view = page.get_by_role("button", name="View recap").last
        view.scroll_into_view_if_needed()
        view.click()
        settle(page)
        page.wait_for_timeout(800)
        assert scrolled_by(page) == 0
        expect(page.get_by_role("heading", name="Chat with Maya")).to_be_in_viewport(ratio=1)
        shots(page, "phone-recap")
    finally:
        context.close()
