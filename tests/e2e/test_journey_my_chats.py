"""Journey: My Chats, on both stores. Chat with two assistants, find a chat by a word of its
title, rename it, delete the other, export everything and open the zip; a second tab on the
same chat is told to reload and keeps its message."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.browser import click, go, open_app, send, settle, sign_in, start_chat

pytestmark = pytest.mark.e2e


def my_chats(page: Page) -> None:
    go(page, "Lounge")
    page.get_by_role("tab", name="My Chats").click()
    settle(page)


def row(page: Page, title: str):
    return page.locator('[class*="st-key-lounge_chat_"]').filter(has_text=title)


def in_dialog(page: Page, label: str) -> None:
    page.get_by_role("dialog").get_by_role("button", name=label, exact=True).click()
    settle(page)


def test_visitor_finds_renames_deletes_and_exports_chats(
    app_url, new_page, shots, tmp_path, llm_state
):
    llm_state.prompt_tokens, llm_state.completion_tokens = 1000, 500
    page = open_app(new_page(), app_url)
    sign_in(page, "sk-test-my-chats")
    start_chat(page, "Maya")
    send(page, "Plan my marathon training", "You said: Plan my marathon training")
    expect(page.get_by_text("This chat so far:")).to_be_visible()
    go(page, "Home")
    start_chat(page, "Leo")
    send(page, "Help me stretch after work", "You said: Help me stretch after work")

    my_chats(page)
    expect(row(page, "Plan my marathon training")).to_contain_text("Maya")
    expect(row(page, "Help me stretch after work")).to_contain_text("Leo")
    # The greeting and one reply: 2 calls of 450 micro-dollars on gpt-4o-mini.
    expect(row(page, "Plan my marathon training")).to_contain_text("cost $0.0009")
    expect(page.locator('[data-testid="stSidebar"]')).to_contain_text("Chats this month (estimate)")
    shots(page, "my-chats")

    # Search your chats: one word of a title finds that chat only.
    search = page.get_by_label("Search your chats")
    search.fill("marathon")
    search.press("Enter")
    settle(page)
    expect(row(page, "Plan my marathon training")).to_have_count(1)
    expect(row(page, "Help me stretch after work")).to_have_count(0)
    shots(page, "search")

    # Rename it.
    row(page, "Plan my marathon training").get_by_role("button", name="Rename").click()
    settle(page)
    page.get_by_role("dialog").get_by_role("textbox").fill("Berlin marathon plan")
    shots(page, "rename")
    in_dialog(page, "Save name")
    search.fill("")
    search.press("Enter")
    settle(page)
    expect(row(page, "Berlin marathon plan")).to_have_count(1)

    # Delete the other, after the confirmation.
    row(page, "Help me stretch after work").get_by_role("button", name="Delete chat").click()
    settle(page)
    expect(page.get_by_role("dialog")).to_contain_text("Help me stretch after work")
    shots(page, "delete")
    in_dialog(page, "Delete chat")
    expect(row(page, "Help me stretch after work")).to_have_count(0)
    expect(row(page, "Berlin marathon plan")).to_have_count(1)

    # Export all my data, and open the zip.
    with page.expect_download() as download:
        page.get_by_role("button", name="Export all my data").click()
    archive_path = tmp_path / "export.zip"
    download.value.save_as(archive_path)
    with zipfile.ZipFile(archive_path) as archive:
        data = json.loads(archive.read("gptlab-export.json"))
        (chat,) = data["chats"]
        assert chat["title"] == "Berlin marathon plan" and chat["assistant"] == "Maya"
        assert "You said: Plan my marathon training" in [m["content"] for m in chat["messages"]]
        rows = list(csv.reader(io.StringIO(archive.read("chats.csv").decode())))
        assert rows[1][1] == "Berlin marathon plan"
        (markdown,) = [n for n in archive.namelist() if n.startswith("chats/")]
        assert "Plan my marathon training" in archive.read(markdown).decode()

    # Open brings the chat back on the assistant's page, ready to go on.
    row(page, "Berlin marathon plan").get_by_role("button", name="Open").click()
    settle(page)
    expect(page.get_by_test_id("stChatMessage").last).to_contain_text(
        "You said: Plan my marathon training"
    )
    send(page, "and after the race?", "You said: and after the race?")


def test_a_second_tab_on_the_same_chat_is_told_to_reload_and_keeps_its_message(
    app_url, new_page, shots
):
    first = open_app(new_page(), app_url)
    sign_in(first, "sk-test-two-tabs")
    start_chat(first, "Maya")
    send(first, "from the first tab", "You said: from the first tab")
    second = open_app(new_page(), first.url)  # the chat's own link, in another tab
    sign_in(second, "sk-test-two-tabs")
    expect(second.get_by_test_id("stChatMessage").last).to_contain_text(
        "You said: from the first tab"
    )
    send(first, "first tab again", "You said: first tab again")
    send(second, "second tab here", "You said: second tab here")
    expect(second.get_by_text("This chat was continued in another tab or window.")).to_be_visible()
    shots(second, "reload")
    click(second, "Reload chat")
    texts = [m.inner_text() for m in second.get_by_test_id("stChatMessage").all()]
    joined = "\n".join(texts)
    assert joined.index("first tab again") < joined.index("second tab here")
    send(second, "back in step", "You said: back in step")
