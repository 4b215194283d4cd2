"""Journey 4: an invalid key, a key over quota, the provider down, and the provider failing
mid-reply: each shows a clear message, never a traceback, and no typed message is lost."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.browser import messages, open_app, sign_in, start_chat

pytestmark = pytest.mark.e2e


def no_traceback(page) -> None:
    expect(page.get_by_test_id("stException")).to_have_count(0)
    expect(page.get_by_text("Traceback")).to_have_count(0)


@pytest.mark.parametrize(
    "key,message",
    [
        ("sk-invalid-e2e-999", "That API key was not accepted."),
        ("sk-quota-e2e-999", "free-trial keys are also heavily rate-limited"),
        ("sk-down-e2e-999", "Please retry"),
    ],
)
def test_bad_keys_and_a_down_provider_explain_themselves(app_url, new_page, key, message, shots):
    page = open_app(new_page(), app_url)
    sign_in(page, key)
    expect(page.get_by_text(message)).to_be_visible()
    expect(page.get_by_text("999")).to_have_count(0)
    no_traceback(page)
    shots(page, "bad-key")


def test_provider_failures_mid_chat_keep_the_message(app_url, new_page, shots):
    page = open_app(new_page(), app_url)
    sign_in(page, "sk-test-unlucky-e2e")
    start_chat(page, "Iris")

    page.get_by_test_id("stChatInputTextArea").fill("[[500]] my draft opening line")
    page.keyboard.press("Enter")
    expect(page.get_by_text("internal error")).to_be_visible()
    expect(page.get_by_text("[[500]] my draft opening line", exact=True)).to_be_visible()
    expect(page.get_by_role("button", name="Retry")).to_be_visible()
    no_traceback(page)
    shots(page, "provider-error")

    page.get_by_test_id("stChatInputTextArea").fill("[[midstream]] another idea please")
    page.keyboard.press("Enter")
    expect(page.get_by_text("stopped while answering")).to_be_visible()
    shown = messages(page)
    assert any("another idea please" in text for text in shown)
    assert "This reply stopped before the end." in shown[-1]
    no_traceback(page)
    shots(page, "midstream-error")
