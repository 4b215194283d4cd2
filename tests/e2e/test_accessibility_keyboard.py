"""Without a mouse or without sight: a keyboard-only visitor signs in, opens an assistant,
chats, stops a reply, concludes, rates and downloads (Tab, Enter, Space, Escape only: never a
click), focus lands where a person expects after a dialog, and a screen reader hears a
streamed reply once, when it is complete."""

from __future__ import annotations

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.e2e.browser import KEY_FIELD, open_app, settle

pytestmark = pytest.mark.e2e

IS_FOCUSED = "element => element === document.activeElement"


def tab_to(page: Page, target: Locator, limit: int = 120, backwards: bool = False) -> None:
    """Press Tab (or Shift+Tab) until `target` has the focus, as a keyboard user does."""
    for _ in range(limit):
        if target.count() and target.first.evaluate(IS_FOCUSED):
            return
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
    focused = page.evaluate("document.activeElement.outerHTML.slice(0, 200)")
    raise AssertionError(f"Tab never reached {target}; the focus is on {focused}")


def press(page: Page, target: Locator, key: str = "Enter") -> None:
    tab_to(page, target)
    page.keyboard.press(key)
    settle(page)


def button(page: Page, name: str) -> Locator:
    return page.get_by_role("button", name=name, exact=True)


def send_by_keyboard(page: Page, text: str) -> None:
    """Tab back to the chat input (the last control on the page), type, press Enter."""
    tab_to(page, page.get_by_test_id("stChatInputTextArea"), backwards=True)
    page.keyboard.type(text)
    page.keyboard.press("Enter")


def announced(page: Page) -> Locator:
    """The polite live region a screen reader reads when its text changes."""
    return page.locator('[role="status"][aria-live="polite"]')


def test_keyboard_only_visitor_chats_stops_concludes_rates_and_downloads(
    app_url, new_page, llm_state
):
    page = open_app(new_page(), app_url)
    tab_to(page, page.get_by_label(KEY_FIELD, exact=True))
    page.keyboard.type("sk-test-keyboard-only")
    page.keyboard.press("Enter")
    settle(page)
    press(page, button(page, "Hang out with AI Assistants in the Lounge"))
    press(page, button(page, "Chat with Maya"))
    expect(page.get_by_role("heading", name="Maya - Career Coach")).to_be_visible()
    press(page, button(page, "Start a new session with Maya"), key="Space")
    expect(page.get_by_test_id("stChatMessage").first).to_be_visible()

    for text in ("one", "two"):
        send_by_keyboard(page, text)
        expect(page.get_by_test_id("stChatMessage").last).to_contain_text(f"You said: {text}")
        settle(page)
    # The finished reply is read once, whole, from the polite live region.
    expect(announced(page)).to_have_text("Maya replied: You said: two")

    llm_state.chunk_delay = 0.1
    send_by_keyboard(page, "[[long]] tell me everything")
    expect(page.get_by_test_id("stChatMessage").nth(6)).to_contain_text("thoughtful")
    # While it streams the region keeps the previous reply: no reading word by word.
    expect(announced(page)).to_have_text("Maya replied: You said: two")
    press(page, button(page, "Stop"))
    llm_state.chunk_delay = 0.0
    expect(page.get_by_text("This reply stopped before the end.")).to_be_visible()
    expect(announced(page)).to_contain_text("Maya stopped: Here is a thoughtful")

    delete = button(page, "Delete my data")
    press(page, delete)
    dialog = page.get_by_role("dialog")
    expect(dialog).to_be_visible()
    assert dialog.evaluate("d => d.contains(document.activeElement)")  # focus moved inside
    page.keyboard.press("Escape")
    settle(page)
    expect(dialog).to_have_count(0)
    assert delete.evaluate(IS_FOCUSED)  # back on the button that opened it

    press(page, button(page, "Conclude"))
    expect(page.get_by_role("heading", name="Session Recap")).to_be_visible()
    press(page, button(page, "Helpful"), key="Space")
    expect(page.get_by_text("You rated this chat helpful.")).to_be_visible()
    tab_to(page, button(page, "Download chat (CSV)"))
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    assert download.value.suggested_filename.endswith(".csv")
