"""Journey: the creator studio, on both stores. Create, edit and save (an open session keeps
version 1, a new one gets version 2), restore, private / unlisted / showcase request as a
second person sees them, stats, export and import, archive and delete."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.browser import click, fill, go, open_app, send, settle, share_link, sign_in

pytestmark = pytest.mark.e2e

PROMPT = 'You are Rae, a cheerful running coach. End every reply with "(v1)".'


def my_assistants(page: Page) -> None:
    go(page, "Lounge")
    page.get_by_role("tab", name="My AI Assistants").click()
    settle(page)


def choose(page: Page, label: str, option: str) -> None:
    page.locator('[data-testid="stSelectbox"]').filter(has_text=label).first.click()
    page.get_by_role("option", name=option, exact=True).click()
    settle(page)


def card(page: Page, code: str):
    """One assistant's card on My AI Assistants (its container carries the code)."""
    return page.locator(f".st-key-mine_{code}")


def test_creator_edits_versions_shares_and_takes_an_assistant_along(
    app_url, new_page, shots, tmp_path
):
    creator = open_app(new_page(), app_url)
    sign_in(creator, "sk-test-studio-creator")
    click(creator, "Create your own AI Assistants in the Lab")
    fill(creator, "Initial Prompt (up to 4,000 characters)", PROMPT)
    click(creator, "Skip the test drive")
    fill(creator, "Name (up to 30 characters)", "Rae")
    fill(creator, "Tag Line (up to 25 characters)", "Running Coach")
    fill(creator, "Description (up to 250 characters)", "Plans your week of runs.")
    click(creator, "Looks good. Create Rae!")
    link = share_link(creator)
    code = link.rsplit("=", 1)[1]

    visitor = open_app(new_page(), link)
    sign_in(visitor, "sk-test-studio-visitor")
    click(visitor, "Start a new session with Rae")
    send(visitor, "first", "You said: first (v1)")

    # Edit: the Lab opens with the assistant loaded; Save changes makes version 2.
    my_assistants(creator)
    shots(creator, "my-assistants")
    click(creator, "Edit")
    expect(creator.get_by_text("Editing Rae")).to_be_visible()
    fill(creator, "Initial Prompt (up to 4,000 characters)", PROMPT.replace("(v1)", "(v2)"))
    click(creator, "Skip the test drive")
    fill(creator, "Conversation starters (one per line, up to 4)", "How far today?")
    fill(creator, "What changed (optional)", "new sign-off")
    shots(creator, "edit-step3")
    click(creator, "Save changes")
    expect(creator.get_by_text("Saved as version 2.")).to_be_visible()

    # The open session keeps version 1; a new session gets version 2 and its starter.
    send(visitor, "second", "You said: second (v1)")
    fresh = open_app(new_page(), link)
    sign_in(fresh, "sk-test-studio-visitor")
    click(fresh, "Start a new session with Rae")
    click(fresh, "How far today?")
    expect(fresh.get_by_test_id("stChatMessage").last).to_contain_text(
        "You said: How far today? (v2)"
    )

    # Versions: a plain word diff, then restore version 1 as version 3.
    my_assistants(creator)
    click(creator, "Versions")
    dialog = creator.get_by_role("dialog")
    expect(dialog.get_by_text("new sign-off")).to_be_visible()
    choose(creator, "Compare with the active version", "Version 1")
    expect(dialog.get_by_text('[-"(v1)".-]{+"(v2)".+}')).to_be_visible()
    shots(creator, "versions")
    dialog.get_by_role("button", name="Restore this version").click()
    settle(creator)
    expect(dialog.get_by_text("Version 1 is active again, as version 3.")).to_be_visible()
    creator.keyboard.press("Escape")
    settle(creator)
    newest = open_app(new_page(), link)
    sign_in(newest, "sk-test-studio-visitor")
    click(newest, "Start a new session with Rae")
    send(newest, "third", "You said: third (v1)")

    # Edit after the restore opens the active version 3, not the stale version 2.
    card(creator, code).get_by_role("button", name="Edit").click()
    settle(creator)
    expect(creator.get_by_text("Version 3 is live. Changes apply when you save.")).to_be_visible()
    expect(
        creator.get_by_role("textbox", name="Initial Prompt (up to 4,000 characters)")
    ).to_have_value(PROMPT)
    shots(creator, "edit-after-restore")
    my_assistants(creator)

    # Who sees it: private to others, then unlisted again, and a showcase request.
    choose(creator, "Visibility", "Private")
    expect(creator.get_by_text("Rae is Private now.")).to_be_visible()
    other = open_app(new_page(), link)
    sign_in(other, "sk-test-studio-other")
    expect(other.get_by_text("This AI assistant is private.")).to_be_visible()
    expect(other.get_by_text("Plans your week of runs.")).to_have_count(0)
    choose(creator, "Visibility", "Unlisted")
    click(creator, "Request showcase")
    expect(creator.get_by_text("Showcase requested: waiting for review.")).to_be_visible()

    # Stats: counters and the chart, never a visitor's words.
    click(creator, "Stats")
    stats = creator.get_by_role("dialog")
    expect(stats.get_by_text("Sessions per day, last 30 days (UTC)")).to_be_visible()
    expect(stats.get_by_text("first")).to_have_count(0)
    creator.wait_for_timeout(1000)  # the table draws on a canvas after the run: let it
    shots(creator, "stats")
    creator.keyboard.press("Escape")
    settle(creator)

    # Export, then import the card as a new assistant.
    with creator.expect_download() as download:
        creator.get_by_role("button", name="Export", exact=True).first.click()
    card_file = tmp_path / "rae.json"
    download.value.save_as(card_file)
    assert '"initial_prompt"' in card_file.read_text() and "first" not in card_file.read_text()
    click(creator, "Import an assistant")
    creator.get_by_role("dialog").locator("input[type=file]").set_input_files(str(card_file))
    settle(creator)
    creator.get_by_role("dialog").get_by_role("button", name="Import", exact=True).click()
    settle(creator)
    # The dialog closes by itself (a second click would make a third copy); the copy is marked.
    expect(creator.get_by_text("Imported as a new assistant, “Rae (imported)”")).to_be_visible()
    expect(creator.get_by_role("dialog")).to_have_count(0)
    shots(creator, "import")
    expect(creator.get_by_role("button", name="Edit", exact=True)).to_have_count(2)

    # Archive the original: open chats can be read, not continued.
    card(creator, code).get_by_role("button", name="Archive").click()
    settle(creator)
    expect(creator.get_by_text("Archived (1)")).to_be_visible()
    send(visitor, "still there?")
    expect(visitor.get_by_text("is no longer available").first).to_be_visible()

    # Delete the copy, after a confirmation naming it.
    copy = creator.locator(f"[class*='st-key-mine_']:not(.st-key-mine_{code})")
    copy.get_by_role("button", name="Delete").click()
    settle(creator)
    expect(creator.get_by_role("dialog").get_by_text("Delete Rae (imported)?")).to_be_visible()
    shots(creator, "delete")
    click(creator, "Delete Rae (imported)")
    deleted = creator.get_by_text("Rae (imported) was deleted, with all its versions.")
    expect(deleted).to_be_visible()
    expect(copy).to_have_count(0)
    expect(creator.get_by_text("Archived (1)")).to_be_visible()  # the original, kept
