"""Without a mouse or without sight: a keyboard-only visitor signs in, opens an assistant,
chats, stops a reply, concludes, rates and downloads (Tab, Enter, Space, Escape only: no
click), and a screen reader hears a streamed reply once, when it is complete."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.browser import KEY_FIELD, open_app, settle

pytestmark = pytest.mark.e2e

FOCUSED = "document.activeElement"


def focused_name(page: Page) -> str:
    """The text or label of the focused element (what a screen reader says on arrival)."""
    return page.evaluate(
        f"(() => {{ const e = {FOCUSED}; return (e.getAttribute('aria-label') || "
        "e.innerText || e.value || '').trim(); })()"
    )


def tab_to(page: Page, name: str, limit: int = 80, backwards: bool = False) -> None:
    """Press Tab (or Shift+Tab) until the focused control is called `name`."""
    for _ in range(limit):
        if focused_name(page) == name:
            return
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
    raise AssertionError(f"Tab never reached {name!r}; it stopped on {focused_name(page)!r}")


def press_on(page: Page, name: str, key: str = "Enter") -> None:
    tab_to(page, name)
    page.keyboard.press(key)
    settle(page)


def live_region_text(page: Page) -> str:
    return page.locator('[aria-live="polite"][role="status"]').first.text_content() or ""


def type_message(page: Page, text: str) -> None:
    """Focus the chat input from the keyboard, type, and send with Enter."""
    page.get_by_test_id("stChatInputTextArea").focus()  # as Tab would: the input is last
    page.keyboard.type(text)
    page.keyboard.press("Enter")


def test_keyboard_only_visitor_chats_stops_concludes_rates_and_downloads(
    app_url, new_page, llm_state
):
    page = open_app(new_page(), app_url)
    tab_to(page, KEY_FIELD)
    page.keyboard.type("sk-test-keyboard-only")
    page.keyboard.press("Enter")
    settle(page)
    press_on(page, "Hang out with AI Assistants in the Lounge")
    press_on(page, "Chat with Maya")
    expect(page.get_by_role("heading", name="Maya - Career Coach")).to_be_visible()
    press_on(page, "Start a new session with Maya", key="Space")
    expect(page.get_by_test_id("stChatMessage").first).to_be_visible()

    for text in ("one", "two"):
        type_message(page, text)
        expect(page.get_by_test_id("stChatMessage").last).to_contain_text(f"You said: {text}")
        settle(page)
    # The reply is read once, complete, from the polite live region.
    expect(page.locator('[aria-live="polite"][role="status"]')).to_have_text(
        "Maya replied: You said: two"
    )

    llm_state.chunk_delay = 0.1
    type_message(page, "[[long]] tell me everything")
    expect(page.get_by_test_id("stChatMessage").nth(6)).to_contain_text("thoughtful")
    # While it streams the region still holds the previous reply: no word-by-word reading.
    assert live_region_text(page) == "Maya replied: You said: two"
    page.get_by_role("button", name="Stop").focus()
    page.keyboard.press("Enter")
    settle(page)
    llm_state.chunk_delay = 0.0
    expect(page.get_by_text("This reply stopped before the end.")).to_be_visible()
    assert live_region_text(page).startswith("Maya stopped: Here is a thoughtful")

    press_on(page, "Delete my data")
    expect(page.get_by_role("dialog")).to_be_visible()
    assert page.evaluate(f"!!{FOCUSED}.closest('[role=dialog]')")  # focus moved into it
    page.keyboard.press("Escape")
    settle(page)
    expect(page.get_by_role("dialog")).to_have_count(0)
    # Focus is back on the page (not lost on <body>), so Tab goes on from where it was.
    assert page.evaluate(f"{FOCUSED} !== document.body")

    press_on(page, "Conclude")
    expect(page.get_by_role("heading", name="Session Recap")).to_be_visible()
    press_on(page, "👍", key="Space")
    expect(page.get_by_text("Thanks for your rating!")).to_be_visible()
    tab_to(page, "Download chat (CSV)")
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    assert download.value.suggested_filename.endswith(".csv")
