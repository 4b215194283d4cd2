"""A visitor in control, in one sitting: sets a monthly cap, chats without saving, edits a
sent message and switches between its versions, shares the chat with a signed-out friend,
then pins it and files it in a folder in My Chats and finds it by that folder."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.browser import click, go, messages, open_app, send, settle, sign_in

pytestmark = pytest.mark.e2e
TEMPORARY = "Temporary chat: nothing of it is saved"


@pytest.mark.usefixtures("llm_state")
def test_a_visitor_caps_spend_chats_unsaved_edits_shares_and_files_a_chat(app_url, new_page, shots):
    page = open_app(new_page(), app_url)
    sign_in(page, "sk-test-in-control")

    page.get_by_text("Monthly spend cap").click()
    page.get_by_text("Cap my monthly spend").click()
    page.get_by_label("Cap in US dollars per month").fill("5")
    click(page, "Save cap")
    expect(page.get_by_text("Monthly cap set to $5.00.")).to_be_visible()

    go(page, "Lounge")
    click(page, "Chat with Maya")
    click(page, "Start a temporary chat")
    expect(page.get_by_text(TEMPORARY)).to_be_visible()
    send(page, "a secret I will not keep")
    assert "You said: a secret I will not keep" in messages(page)
    expect(page.get_by_text("Share this chat")).to_have_count(0)  # sharing would store it
    shots(page, "temporary-chat")
    page.reload()
    settle(page)

    expect(page.get_by_text("a secret I will not keep")).to_have_count(0)  # a reload ends it
    sign_in(page, "sk-test-in-control")
    click(page, "Start a new session with Maya")
    send(page, "first question")
    send(page, "second question")
    page.get_by_role("button", name="Edit", exact=True).nth(1).click()
    settle(page)
    page.get_by_label("Edit your message").fill("a better second question")
    click(page, "Send edit")
    expect(page.get_by_text("2 of 2")).to_be_visible()
    edited, reply = messages(page)[-2:]
    assert edited.startswith("a better second question") and reply.endswith(
        "a better second question"
    )
    click(page, "◀")
    expect(page.get_by_text("1 of 2")).to_be_visible()
    assert messages(page)[-1] == "You said: second question"
    click(page, "▶")
    shots(page, "edited-branch")

    page.get_by_text("Share this chat").click()
    click(page, "Create a share link")
    link = page.get_by_test_id("stCode").filter(has_text="/shared?link=").inner_text().strip()
    friend = open_app(new_page(), link)
    expect(friend.get_by_text("a better second question").first).to_be_visible()
    assert "second question" not in messages(friend)  # the branch shown, not the old one

    go(page, "Lounge")
    page.get_by_role("tab", name="My Chats").click()
    settle(page)
    expect(page.get_by_text("a secret I will not keep")).to_have_count(0)  # nothing was saved
    page.get_by_text("Folders", exact=True).click()
    page.get_by_label("New folder").fill("Job hunt")
    page.keyboard.press("Tab")  # Streamlit sends a field on blur: before the button, as a person
    settle(page)
    click(page, "Create folder")
    expect(page.get_by_role("button", name="Rename", exact=True)).to_be_visible()  # it is listed
    click(page, "Pin")
    click(page, "Folder")
    dialog = page.get_by_role("dialog")
    dialog.get_by_label("Folder").click()
    page.get_by_role("option", name="Job hunt").click()
    dialog.get_by_role("button", name="Move", exact=True).click()
    settle(page)
    expect(page.get_by_text("📌 📁 Job hunt").first).to_be_visible()
    shots(page, "pinned-in-folder")
