"""A reader opens the FAQ and the Terms from the sidebar, signed out."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.browser import go, open_app

pytestmark = pytest.mark.e2e


def test_faq_and_terms_explain_keys_privacy_and_prompts(app_url, new_page, shots):
    page = open_app(new_page(), app_url)
    go(page, "FAQ")
    expect(page.get_by_role("heading", name="Frequently asked questions")).to_be_visible()
    page.get_by_text("What happens to my API key?").click()
    expect(page.get_by_text("we keep a one-way hash of it to recognise you")).to_be_visible()
    shots(page, "faq")
    go(page, "Terms")
    expect(page.get_by_role("heading", name="Privacy policy")).to_be_visible()
    expect(page.get_by_text("What we never store")).to_be_visible()
    shots(page, "terms")
