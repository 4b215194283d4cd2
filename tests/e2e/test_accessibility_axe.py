"""axe-core on every page and dialog, signed out and signed in, in the light and the dark
theme: no serious or critical violation in what the app controls (tests/e2e/axe-reports/)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.axe_audit import Audit, audit, save_summary
from tests.e2e.browser import click, fill, go, open_app, send, settle, sign_in, start_chat

pytestmark = pytest.mark.e2e

SIGNED_OUT_PAGES = (
    "",
    "lounge",
    "assistant?assistant_id=career-coach-maya",
    "lab",
    "faq",
    "terms",
    "shared",
)
SIGNED_IN_PAGES = ("Home", "Lounge", "Lab", "FAQ", "Terms")


@pytest.fixture(params=["light", "dark"])
def themed_page(request, browser: Browser) -> Iterator[tuple[str, Page]]:
    """A fresh visitor whose system asks for the light or the dark theme."""
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, color_scheme=request.param
    )
    context.set_default_timeout(30_000)
    yield request.param, context.new_page()
    context.close()


def close_dialog(page: Page) -> None:
    page.keyboard.press("Escape")
    settle(page)
    expect(page.get_by_role("dialog")).to_have_count(0)


def signed_out_audits(page: Page, app_url: str, theme: str) -> list[Audit]:
    audits = []
    for path in SIGNED_OUT_PAGES:
        open_app(page, f"{app_url}/{path}")
        audits.append(audit(page, f"{theme} signed out /{path.split('?')[0]}"))
    return audits


def signed_in_audits(page: Page, app_url: str, theme: str) -> list[Audit]:
    open_app(page, app_url)
    sign_in(page, f"sk-test-axe-{theme}")
    audits = []
    start_chat(page, "Maya")
    for text in ("one", "two", "three"):
        send(page, text, expect_reply=f"You said: {text}")
    audits.append(audit(page, f"{theme} signed in chat"))
    page.get_by_role("button", name="Delete my data").click()
    audits.append(audit(page, f"{theme} dialog Delete my data"))
    close_dialog(page)
    click(page, "Conclude")
    expect(page.get_by_role("heading", name="Session Recap")).to_be_visible()
    audits.append(audit(page, f"{theme} signed in recap"))

    for title in SIGNED_IN_PAGES:
        go(page, title)
        audits.append(audit(page, f"{theme} signed in {title}"))
    go(page, "Lounge")
    for tab in ("My Chats", "My AI Assistants"):
        page.get_by_role("tab", name=tab).click()
        settle(page)
        audits.append(audit(page, f"{theme} signed in Lounge {tab}"))
    click(page, "Import an assistant")
    audits.append(audit(page, f"{theme} dialog Import an assistant"))
    close_dialog(page)

    go(page, "Lounge")
    page.get_by_role("tab", name="My Chats").click()
    settle(page)
    chat = page.locator('[class*="st-key-lounge_chat_"]').first
    for button, dialog in (
        ("Rename", "Rename chat"),
        ("Delete chat", "Delete chat"),
        ("Folder", "Put the chat in a folder"),
    ):
        chat.get_by_role("button", name=button).click()
        expect(page.get_by_role("dialog")).to_be_visible()
        audits.append(audit(page, f"{theme} dialog {dialog}"))
        close_dialog(page)

    go(page, "Lab")
    fill(page, "Initial Prompt (up to 4,000 characters)", "You are Rae, a running coach.")
    click(page, "Start over")
    expect(page.get_by_role("dialog")).to_be_visible()
    audits.append(audit(page, f"{theme} dialog Start over"))
    close_dialog(page)
    return audits + creator_audits(page, theme)


def creator_audits(page: Page, theme: str) -> list[Audit]:
    """From the Lab with a prompt written: create Rae, then her card's dialogs."""
    click(page, "Skip the test drive")
    fill(page, "Name (up to 30 characters)", "Rae")
    fill(page, "Tag Line (up to 25 characters)", "Running Coach")
    fill(page, "Description (up to 250 characters)", "Plans your week of runs.")
    audits = [audit(page, f"{theme} signed in Lab step 3")]
    click(page, "Looks good. Create Rae!")
    audits.append(audit(page, f"{theme} signed in Lab step 4"))
    go(page, "Lounge")
    page.get_by_role("tab", name="My AI Assistants").click()
    settle(page)
    card = page.locator('[class*="st-key-mine_"]').first
    for button, dialog in (("Stats", "Stats of Rae"), ("Versions", "Versions of Rae")):
        card.get_by_role("button", name=button, exact=True).click()
        expect(page.get_by_role("dialog")).to_be_visible()
        page.wait_for_timeout(700)  # the tables draw on a canvas after the run
        audits.append(audit(page, f"{theme} dialog {dialog}"))
        close_dialog(page)
    card.get_by_role("button", name="Delete", exact=True).click()
    expect(page.get_by_role("dialog")).to_be_visible()
    audits.append(audit(page, f"{theme} dialog Delete Rae"))
    close_dialog(page)
    return audits


@pytest.mark.usefixtures("llm_state")
def test_every_page_and_dialog_has_no_serious_or_critical_violation(app_url, themed_page, request):
    theme, page = themed_page
    audits = signed_out_audits(page, app_url, theme) + signed_in_audits(page, app_url, theme)
    backend = request.node.callspec.params["app_url"]
    summary = save_summary(audits, f"{theme}-{backend}")
    print(summary)
    blocking = [line for one in audits for line in one.blocking()]
    assert blocking == [], "\n".join(blocking)
    unnamed = [line for one in audits for line in one.unnamed]
    assert unnamed == [], "\n".join(unnamed)
