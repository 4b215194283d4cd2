"""Journey 5: sign out; move to a new key and still see the history; delete my data."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.browser import (
    KEY_FIELD,
    click,
    go,
    open_app,
    open_showcased,
    send,
    settle,
    sign_in,
    start_chat,
)

pytestmark = pytest.mark.e2e


def chat_with_maya(page, text: str) -> None:
    start_chat(page, "Maya")
    send(page, text, f"You said: {text}")


def open_maya(page) -> None:
    open_showcased(page, "Maya")


def test_sign_out_rotate_and_delete(app_url, new_page, shots):
    page = open_app(new_page(), app_url)
    sign_in(page, "sk-test-owner-old")
    chat_with_maya(page, "my private plans")

    page.get_by_text("Use a new API key").click()
    page.get_by_label("New OpenAI API Key", exact=True).fill("sk-test-owner-new")
    click(page, "Switch to the new key")
    expect(page.get_by_text("now uses the new key")).to_be_visible()
    shots(page, "rotated")

    click(page, "Sign out")
    expect(page.get_by_label(KEY_FIELD, exact=True)).to_be_visible()
    expect(page.get_by_role("button", name="Sign out")).to_have_count(0)

    sign_in(page, "sk-test-owner-old")  # the old key says where its chats went
    expect(page.get_by_text("The chats of this key were moved to a newer API key")).to_be_visible()
    expect(page.get_by_role("button", name="Sign out")).to_have_count(0)
    shots(page, "old-key-moved")

    go(page, "Home")
    sign_in(page, "sk-test-owner-new")
    open_maya(page)
    expect(page.get_by_role("button", name="Resume session")).to_be_visible()

    page.get_by_role("button", name="Delete my data").click()
    expect(page.get_by_role("dialog")).to_be_visible()
    shots(page, "delete-dialog")
    page.get_by_role("button", name="Delete everything").click()
    settle(page)
    expect(page.get_by_text("Your data is deleted.")).to_be_visible()

    go(page, "Home")
    sign_in(page, "sk-test-owner-new")
    open_maya(page)
    expect(page.get_by_role("button", name="Resume session")).to_have_count(0)
