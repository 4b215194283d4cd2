"""A friend opens a shared link as the very first request to a just-started server (Cloud Run
starts instances on demand), signed out: they see the real app, what was shared with them, and
what GPT Lab is, then sign in and chat."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import expect

from tests.e2e.browser import KEY_FIELD, open_app, settle, sign_in
from tests.servers import backend_environment, streamlit_app

pytestmark = pytest.mark.e2e

NAVIGATION = ["Home", "Lounge", "Assistant", "Lab", "FAQ", "Terms"]


@pytest.fixture(params=["sqlite", "firestore"])
def fresh_server(request, tmp_path, e2e_llm) -> Iterator[str]:
    """A server nobody has opened yet: no page of it has run."""
    emulator = None if request.param == "sqlite" else request.getfixturevalue("firestore_emulator")
    env = backend_environment(
        request.param, tmp_path, e2e_llm.base_url, emulator, "gptlab-fresh", clear=False
    )
    with (tmp_path / "streamlit.log").open("w") as log, streamlit_app(env, log) as (url, _pid):
        yield url


def sidebar_pages(page) -> list[str]:
    """The sidebar's page names, once it lists as many as the app has (the legacy listing has
    seven; waiting for the count keeps a redraw in progress from being read)."""
    links = page.locator('[data-testid="stSidebarNav"] a')
    expect(links).to_have_count(len(NAVIGATION))
    return [text.split()[-1] for text in links.all_inner_texts()]  # the label after the icon


@pytest.mark.usefixtures("llm_state")
def test_a_share_link_as_the_first_request_shows_the_app_and_the_assistants_card(
    fresh_server, new_page, shots
):
    page = open_app(new_page(), f"{fresh_server}/assistant?assistant_id=career-coach-maya")
    expect(page.get_by_role("heading", name="💬 Maya")).to_be_visible()
    assert sidebar_pages(page) == NAVIGATION  # not the raw file names of app/pages/
    assert page.title() == "GPT Lab"
    expect(page.get_by_text("Maya - Career Coach")).to_be_visible()
    expect(page.get_by_text("one concrete step to take this week")).to_be_visible()
    expect(page.get_by_text("is a place to chat with AI assistants")).to_be_visible()
    expect(page.get_by_role("link", name="platform.openai.com/api-keys")).to_be_visible()
    expect(page.get_by_text("Reloading the page or opening a new tab asks")).to_be_visible()
    expect(page.get_by_text("warm and practical career coach")).to_have_count(0)
    shots(page, "shared-link-signed-out")
    sign_in(page, "sk-test-friend")
    page.get_by_role("button", name="Start a new session with Maya").click()
    settle(page)
    expect(page.get_by_test_id("stChatMessage").first).to_be_visible()
    shots(page, "chatting")


@pytest.mark.parametrize(
    "path,heading,sign_in_fields",
    [("/lounge", "AI Assistants Lounge", 1), ("/faq", "Frequently asked questions", 0)],
)
def test_any_deep_link_as_the_first_request_gets_the_apps_navigation(
    fresh_server, new_page, path, heading, sign_in_fields
):
    page = open_app(new_page(), fresh_server + path)
    expect(page.get_by_role("heading", name=heading)).to_be_visible()
    assert sidebar_pages(page) == NAVIGATION
    expect(page.get_by_label(KEY_FIELD, exact=True)).to_have_count(sign_in_fields)
