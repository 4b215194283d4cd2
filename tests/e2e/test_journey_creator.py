"""Journey 2: a creator builds an assistant in the Lab and shares it; a second person opens
the link, signs in with another key and chats; the creator finds it under My AI Assistants."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.browser import click, fill, go, open_app, send, settle, share_link, sign_in

pytestmark = pytest.mark.e2e

PROMPT = "You are Rae, a cheerful running coach. Ask about the weekly mileage before advising."


def test_creator_builds_and_shares_and_a_visitor_chats(app_url, new_page, shots):
    creator = open_app(new_page(), app_url)
    sign_in(creator, "sk-test-creator-e2e")
    click(creator, "Create your own AI Assistants in the Lab")
    fill(creator, "Initial Prompt (up to 4,000 characters)", PROMPT)
    shots(creator, "lab-step1")
    click(creator, "Test drive your AI")
    expect(creator.get_by_text("Step 2: Test drive")).to_be_visible()
    send(creator, "hello coach", "You said: hello coach")
    shots(creator, "lab-step2")
    click(creator, "Looks Good. Proceed to Step 3")
    fill(creator, "Name (up to 30 characters)", "Rae")
    fill(creator, "Tag Line (up to 25 characters)", "Running Coach")
    fill(creator, "Description (up to 250 characters)", "Plans your week of runs.")
    expect(creator.get_by_role("heading", name="Rae - Running Coach")).to_be_visible()
    shots(creator, "lab-step3")
    click(creator, "Looks good. Create Rae!")
    expect(creator.get_by_text("Step 4: Done")).to_be_visible()
    shots(creator, "lab-step4")
    link = share_link(creator)
    code = link.rsplit("=", 1)[1]
    expect(creator.get_by_text(code, exact=True)).to_be_visible()
    creator.context.grant_permissions(["clipboard-read", "clipboard-write"])
    creator.get_by_role("button", name="Copy link").click()  # in sight: no hover needed
    expect(creator.get_by_text("Copied")).to_be_visible()
    assert creator.evaluate("navigator.clipboard.readText()") == link

    visitor = open_app(new_page(), link)
    expect(visitor.get_by_text("Sign in to chat with Rae.")).to_be_visible()
    sign_in(visitor, "sk-test-friend-e2e")
    expect(visitor.get_by_role("heading", name="Rae - Running Coach")).to_be_visible()
    shots(visitor, "shared-link")
    click(visitor, "Start a new session with Rae")
    send(visitor, "I run 10 km a week", "You said: I run 10 km a week")
    expect(visitor.get_by_text("cheerful running coach")).to_have_count(0)

    go(creator, "Lounge")
    creator.get_by_role("tab", name="My AI Assistants").click()
    settle(creator)
    expect(creator.get_by_text(code, exact=True)).to_be_visible()
    expect(creator.get_by_text("1 session started ·")).to_be_visible()
    shots(creator, "my-assistants")
