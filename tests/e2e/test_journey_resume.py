"""Journey 3: a user leaves, comes back in a new browser session, signs in again, resumes
the past session and continues it."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.browser import click, messages, open_app, send, sign_in
from tests.fake_openai import GREETING

pytestmark = pytest.mark.e2e
KEY = "sk-test-returning-e2e"


def test_user_resumes_a_past_session_in_a_new_browser_session(app_url, new_page, shots):
    first = open_app(new_page(), app_url)
    sign_in(first, KEY)
    click(first, "Hang out with AI Assistants in the Lounge")
    click(first, "Chat with Sam")
    click(first, "Start a new session with Sam")
    send(first, "I am learning Spanish verbs", "You said: I am learning Spanish verbs")
    first.context.close()

    again = open_app(new_page(), app_url)
    sign_in(again, KEY)
    click(again, "Hang out with AI Assistants in the Lounge")
    click(again, "Chat with Sam")
    expect(again.get_by_text("Your past sessions")).to_be_visible()
    expect(again.get_by_text("3 messages")).to_be_visible()
    shots(again, "past-sessions")
    click(again, "Resume session")
    assert messages(again)[0] == GREETING
    expect(again.get_by_text("I am learning Spanish verbs", exact=True)).to_be_visible()
    send(again, "Quiz me on ser and estar", "You said: Quiz me on ser and estar")
    shots(again, "resumed")
