"""A creator's unfinished draft survives what people do: visiting another page, the browser's
Back button, a reload (which asks for the key again), and a click on Start over."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.browser import click, fill, go, open_app, send, settle, sign_in

pytestmark = pytest.mark.e2e

PROMPT_FIELD = "Initial Prompt (up to 4,000 characters)"
NAME_FIELD = "Name (up to 30 characters)"
TAG_LINE_FIELD = "Tag Line (up to 25 characters)"
PROMPT = "You are Rae, a cheerful running coach. Ask about the weekly mileage first."
KEY = "sk-test-lab-draft"


def field(page, label: str):
    return page.get_by_role("textbox", name=label, exact=True)


def test_a_draft_survives_another_page_back_a_reload_and_a_stray_start_over(
    app_url, new_page, shots
):
    page = open_app(new_page(), app_url)
    sign_in(page, KEY)
    go(page, "Lab")
    fill(page, PROMPT_FIELD, PROMPT)
    go(page, "FAQ")
    go(page, "Lab")
    expect(field(page, PROMPT_FIELD)).to_have_value(PROMPT)

    click(page, "Skip the test drive")
    fill(page, NAME_FIELD, "Rae")
    fill(page, TAG_LINE_FIELD, "Your friendly running buddy")  # 27 characters: kept, said
    expect(field(page, TAG_LINE_FIELD)).to_have_value("Your friendly running buddy")
    expect(page.get_by_text("27 characters: 2 over the limit of 25.")).to_be_visible()
    shots(page, "over-the-limit")
    fill(page, TAG_LINE_FIELD, "Running Coach")
    page.go_back()
    settle(page)
    expect(page.get_by_text("Step 1: Initial Prompt and model")).to_be_visible()  # not the Lounge
    expect(field(page, PROMPT_FIELD)).to_have_value(PROMPT)
    page.go_forward()
    settle(page)
    expect(field(page, NAME_FIELD)).to_have_value("Rae")

    page.reload()
    settle(page)
    expect(page.get_by_text("Sign in to create your own AI assistants")).to_be_visible()
    sign_in(page, KEY)
    expect(field(page, NAME_FIELD)).to_have_value("Rae")
    expect(field(page, TAG_LINE_FIELD)).to_have_value("Running Coach")
    click(page, "Back to Step 1")
    expect(field(page, PROMPT_FIELD)).to_have_value(PROMPT)

    click(page, "Start over")
    expect(page.get_by_role("dialog")).to_contain_text("This clears your draft")
    shots(page, "start-over-asks")
    click(page, "Cancel")
    expect(field(page, PROMPT_FIELD)).to_have_value(PROMPT)
    click(page, "Start over")
    click(page, "Clear my draft")
    expect(field(page, PROMPT_FIELD)).to_have_value("")


def test_leaving_mid_test_drive_comes_back_to_the_test_chat_and_back_still_works(app_url, new_page):
    page = open_app(new_page(), app_url)
    sign_in(page, KEY + "-return")
    go(page, "Lab")
    fill(page, PROMPT_FIELD, PROMPT)
    click(page, "Test drive your AI")
    send(page, "how far this week?", "You said: how far this week?")
    go(page, "FAQ")
    go(page, "Lab")
    expect(page.get_by_text("Step 2: Test drive")).to_be_visible()
    expect(page.get_by_test_id("stChatMessage").last).to_contain_text("how far this week?")
    click(page, "Back to Step 1")
    page.go_back()  # to the Lab's address without a step: what it showed, step 2
    settle(page)
    expect(page.get_by_text("Step 2: Test drive")).to_be_visible()
    page.go_back()  # and on to the FAQ, no loop
    settle(page)
    expect(page.get_by_text("Step 2: Test drive")).not_to_be_visible()
    page.go_forward()
    settle(page)
    click(page, "Back to Step 1")
    click(page, "Test drive your AI")
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text("You sent 1 message in your test chat.")
    click(page, "Back to my test chat")
    expect(page.get_by_test_id("stChatMessage").last).to_contain_text("how far this week?")


def test_the_leak_test_counts_its_attempts_while_it_runs_then_lists_them(
    app_url, new_page, llm_state
):
    page = open_app(new_page(), app_url)
    sign_in(page, KEY + "-leak-test")
    go(page, "Lab")
    fill(page, PROMPT_FIELD, PROMPT)
    click(page, "Test drive your AI")
    page.get_by_text("Leak test: can visitors get your prompt out?").click()
    llm_state.first_token_delay = 0.4  # about 5 s in all: long enough to watch the count
    page.get_by_role("button", name="Run leak test").click()
    expect(page.get_by_text(re.compile(r"^Attempt [2-9] of 10: "))).to_be_visible()
    llm_state.first_token_delay = 0.0
    settle(page)
    expect(page.get_by_text("Every attempt")).to_be_visible()
    expect(page.get_by_text(re.compile(r"^Attempt \d+ of 10"))).to_have_count(0)
