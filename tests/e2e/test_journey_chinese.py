"""A visitor whose browser speaks Chinese gets GPT Lab in Simplified Chinese from the first
page, without choosing anything: signs in, chats, concludes for a recap, and builds an
assistant in the Lab. Labels are the catalogs' own translations, looked up as a person reads
them on the page (nothing here is clicked by its English name)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect

from i18n import format_number, speaking, tr
from tests.e2e.browser import open_app, send, settle

pytestmark = pytest.mark.e2e
PROMPT = "You are Rae, a cheerful running coach. Ask about the weekly mileage before advising."


def zh(message: str, **fields) -> str:
    with speaking("zh_Hans"):
        return tr(message, **fields)


@pytest.fixture
def chinese_page(browser) -> Iterator[Page]:
    context = browser.new_context(locale="zh-CN", viewport={"width": 1280, "height": 900})
    context.set_default_timeout(30_000)
    yield context.new_page()
    context.close()


def press(page: Page, label: str) -> None:
    page.get_by_role("button", name=label, exact=True).click()
    settle(page)


def fill(page: Page, label: str, text: str) -> None:
    page.get_by_role("textbox", name=label, exact=True).fill(text)
    page.keyboard.press("Tab")
    settle(page)


def limited(label: str, maximum: int) -> str:
    with speaking("zh_Hans"):
        return tr(
            "{label} (up to {count} characters)", label=tr(label), count=format_number(maximum)
        )


@pytest.mark.usefixtures("llm_state")
def test_a_chinese_browser_gets_gpt_lab_in_chinese_to_chat_conclude_and_build(
    app_url, chinese_page, shots
):
    page = open_app(chinese_page, app_url)
    expect(page.get_by_role("button", name=zh("Sign in"), exact=True)).to_be_visible()
    page.get_by_label(zh("Enter your OpenAI API Key"), exact=True).fill("sk-test-zh-visitor")
    page.keyboard.press("Enter")
    settle(page)
    shots(page, "signed-in")

    press(page, zh("Hang out with AI Assistants in the Lounge"))
    press(page, zh("Chat with {name}", name="Maya"))
    press(page, zh("Start a new session with {name}", name="Maya"))
    for text in ("我想换工作", "我有五年的经验", "下一步呢？"):
        send(page, text, f"You said: {text}")
    press(page, zh("Conclude"))
    expect(page.get_by_text(zh("Session Recap"))).to_be_visible()
    shots(page, "recap")

    page.locator('[data-testid="stSidebarNav"] a', has_text=zh("Home")).first.click()
    settle(page)
    press(page, zh("Create your own AI Assistants in the Lab"))
    page.get_by_role("textbox", name=zh("Initial Prompt"), exact=False).first.fill(PROMPT)
    page.keyboard.press("Tab")
    settle(page)
    press(page, zh("Test drive your AI"))
    expect(page.get_by_text(zh("Step 2: Test drive"))).to_be_visible()
    send(page, "你好，教练", "You said: 你好，教练")
    press(page, zh("Looks Good. Proceed to Step 3"))
    fill(page, limited("Name", 30), "Rae")
    fill(page, limited("Tag Line", 25), "跑步教练")
    fill(page, limited("Description", 250), "为你规划每周的跑步。")
    press(page, zh("Looks good. Create {name}!", name="Rae"))
    expect(page.get_by_text(zh("Step 4: Done"))).to_be_visible()
    shots(page, "assistant-built")
