"""On a phone (390x844): the recap opens at its top with the chat's name, starter chips go once
the visitor sends, the cost line is not hidden behind the input bar, and the sign-in message
does not cover the avatar."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

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


@contextmanager
def chatting_on_a_phone(browser, app_url: str, key: str) -> Iterator:
    """Signed in on a phone, in a new chat with Maya; the phone's context closes after."""
    context, page = phone_page(browser)
    try:
        page.goto(app_url)
        settle(page)
        sign_in(page, key)
        start_chat(page, "Maya")
        yield page
    finally:
        context.close()


def concluded_chat(page, words: str) -> None:
    for n in range(3):
        send(page, f"{words} {n}", expect_reply=f"You said: {words} {n}")
    click(page, "Conclude")


@pytest.mark.usefixtures("llm_state")
def test_a_recap_opened_from_far_down_the_page_opens_at_its_top_with_the_chats_name(
    app_url, browser, shots
):
    with chatting_on_a_phone(browser, app_url, "sk-test-phone-recap") as page:
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


def box(locator) -> dict:
    found = locator.bounding_box()
    assert found is not None
    return found


def overlaps(a: dict, b: dict) -> bool:
    return not (
        a["x"] + a["width"] <= b["x"]
        or b["x"] + b["width"] <= a["x"]
        or a["y"] + a["height"] <= b["y"]
        or b["y"] + b["height"] <= a["y"]
    )


def test_signing_in_on_a_share_link_says_welcome_without_covering_the_avatar(app_url, browser):
    context, page = phone_page(browser)
    try:
        page.goto(f"{app_url}/assistant?assistant_id=career-coach-maya")
        settle(page)
        sign_in(page, "sk-test-phone-welcome")
        welcome = page.get_by_text("New account created for this key.")
        expect(welcome).to_be_visible()
        expect(page.get_by_test_id("stToast")).to_have_count(0)
        avatar = page.get_by_test_id("stImage").first
        expect(avatar).to_be_visible()
        assert not overlaps(box(welcome), box(avatar))
    finally:
        context.close()


def test_starter_chips_go_once_sent_and_the_cost_line_stays_above_the_input(
    app_url, browser, llm_state, shots
):
    with chatting_on_a_phone(browser, app_url, "sk-test-phone-starters") as page:
        chip = page.get_by_role("button", name="I feel stuck in my current job")
        expect(chip).to_be_visible()
        llm_state.chunk_delay = 0.2  # slow enough to look at the page while it writes
        page.get_by_test_id("stChatInputTextArea").fill("typed, not a chip")
        page.keyboard.press("Enter")
        expect(page.get_by_role("button", name="Stop")).to_be_visible()
        expect(chip).to_have_count(0)  # not faded under the reply being written
        shots(page, "phone-streaming")
        llm_state.chunk_delay = 0.0
        settle(page)
        for text in ("and one more", "and another", "and the last one"):
            send(page, text, expect_reply=f"You said: {text}")
        cost = page.get_by_text("This chat so far:")
        cost.scroll_into_view_if_needed()
        page.mouse.wheel(0, 5000)  # the bottom of the page, as far as it goes
        page.wait_for_timeout(300)
        shots(page, "phone-cost-line")
        bar = page.get_by_test_id("stBottom")
        assert box(cost)["y"] + box(cost)["height"] <= box(bar)["y"] + 1
