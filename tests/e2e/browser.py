"""What a person does in the browser, as small steps the journeys share."""

from __future__ import annotations

from playwright.sync_api import Page, expect

IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
KEY_FIELD = "Enter your OpenAI API Key"


def settle(page: Page) -> None:
    """Wait until Streamlit has finished the current run."""
    page.wait_for_timeout(250)
    page.wait_for_selector(IDLE)


def open_app(page: Page, url: str) -> Page:
    page.goto(url)
    settle(page)
    return page


def sign_in(page: Page, key: str) -> None:
    page.get_by_label(KEY_FIELD, exact=True).fill(key)
    page.keyboard.press("Enter")
    settle(page)


def click(page: Page, label: str) -> None:
    page.get_by_role("button", name=label, exact=True).click()
    settle(page)


def open_showcased(page: Page, name: str) -> None:
    """From Home, signed in: the Lounge, then a showcased assistant's page."""
    click(page, "Hang out with AI Assistants in the Lounge")
    click(page, f"Chat with {name}")


def start_chat(page: Page, name: str) -> None:
    """From Home, signed in: a new session with a showcased assistant."""
    open_showcased(page, name)
    click(page, f"Start a new session with {name}")


def go(page: Page, title: str) -> None:
    """Navigate with the sidebar, as a person would (a URL load starts a new session)."""
    page.locator('[data-testid="stSidebarNav"] a', has_text=title).first.click()
    settle(page)


def messages(page: Page) -> list[str]:
    """What each chat message says (its text, not the buttons inside it)."""
    texts = []
    for message in page.get_by_test_id("stChatMessage").all():
        parts = message.get_by_test_id("stChatMessageContent").get_by_test_id("stMarkdown").all()
        texts.append("\n".join(part.inner_text().strip() for part in parts).strip())
    return texts


def send(page: Page, text: str, expect_reply: str | None = None) -> None:
    """Type into the chat input, press Enter, and wait for the expected reply."""
    page.get_by_test_id("stChatInputTextArea").fill(text)
    page.keyboard.press("Enter")
    if expect_reply is not None:
        expect(page.get_by_test_id("stChatMessage").last).to_contain_text(expect_reply)
    settle(page)


def fill(page: Page, label: str, text: str) -> None:
    """Type into a text field and leave it, as a person does (Streamlit sends it on blur)."""
    page.get_by_role("textbox", name=label, exact=True).fill(text)
    page.keyboard.press("Tab")
    settle(page)


def share_link(page: Page) -> str:
    """The share link an assistant's creator is shown (in a code block, with a copy button)."""
    block = page.get_by_test_id("stCode").filter(has_text="/assistant?assistant_id=").first
    return block.inner_text().strip()
