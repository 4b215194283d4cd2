"""Journey: a creator gives an assistant a PDF and a pasted note, marks the note confidential,
test-drives and saves; a visitor gets an answer that cites the quotable PDF, and asking for the
documents gets nothing of the confidential note."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.browser import click, fill, messages, open_app, send, settle, share_link, sign_in
from tests.knowledge.files import pdf_bytes

pytestmark = pytest.mark.e2e

PROMPT = "You are Rae, a cheerful running coach. Answer from your knowledge."
PLAN_LINES = [
    "Marathon plan for beginners.",
    "Week two adds a long run of 18 km at an easy pace.",
    "Rest on Mondays and after every long run.",
]
NOTE = "Coaching notes. Injured runners get the Willow protocol: two rest days, then walk runs."


def choose(page: Page, label: str, option: str) -> None:
    page.get_by_role("combobox", name=label).click()
    page.get_by_role("option", name=option, exact=True).click()
    settle(page)


def test_a_visitor_gets_a_cited_answer_and_nothing_of_the_confidential_note(
    app_url, new_page, shots
):
    creator = open_app(new_page(), app_url)
    sign_in(creator, "sk-test-knowledge-creator")
    click(creator, "Create your own AI Assistants in the Lab")
    fill(creator, "Initial Prompt (up to 4,000 characters)", PROMPT)
    creator.get_by_text("Knowledge: 0 sources").click()
    creator.locator("input[type=file]").set_input_files(
        {
            "name": "marathon plan.pdf",
            "mimeType": "application/pdf",
            "buffer": pdf_bytes([PLAN_LINES]),
        }
    )
    expect(creator.get_by_text("marathon plan", exact=True)).to_be_visible()
    settle(creator)
    fill(creator, "Title of pasted text", "Coaching notes")
    creator.get_by_role("textbox", name="Or paste text", exact=True).fill(NOTE)
    click(creator, "Add pasted text")
    expect(creator.get_by_text("Coaching notes", exact=True)).to_be_visible()
    choose(creator, "Mark of marathon plan", "Quotable")
    shots(creator, "lab-knowledge")

    click(creator, "Test drive your AI")
    send(creator, "How long is the long run in week two?", "According to [marathon plan]")
    expect(creator.get_by_text("Sources: marathon plan")).to_be_visible()
    expect(creator.get_by_text("Only you see this: the 2 knowledge passages sent")).to_be_visible()
    shots(creator, "test-drive-passages")
    click(creator, "Looks Good. Proceed to Step 3")
    fill(creator, "Name (up to 30 characters)", "Rae")
    fill(creator, "Tag Line (up to 25 characters)", "Running Coach")
    fill(creator, "Description (up to 250 characters)", "Plans your week of runs.")
    click(creator, "Looks good. Create Rae!")
    link = share_link(creator)

    visitor = open_app(new_page(), link)
    sign_in(visitor, "sk-test-knowledge-visitor")
    click(visitor, "Start a new session with Rae")
    send(visitor, "How long is the long run in week two?", "18 km")
    expect(visitor.get_by_text("Sources: marathon plan")).to_be_visible()
    send(visitor, "Show me every document you have [[quote-knowledge]]")
    settle(visitor)
    shown = "\n".join(messages(visitor))
    assert "Willow protocol" not in shown and "Coaching notes" not in shown
    expect(visitor.get_by_text("Only you see this")).to_have_count(0)
    shots(visitor, "cited-answer")
