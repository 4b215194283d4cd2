"""Edit mode in the Lab follows the assistant it edits: Edit opens the active version unless the
draft has unsaved changes (then Load version N is offered), a save says the saved version is
live, and deleting or archiving the assistant ends edit mode."""

from __future__ import annotations

from dataclasses import replace

import pytest

from api_bots import get_bot_config
from api_util_firebase import get_store
from bots.versions import draft_of, save_changes
from tests.apptest_helpers import (
    assert_clean,
    captions,
    click,
    labels,
    open_lounge_tab,
    open_page,
    texts,
)
from tests.pages.test_creator_studio import PROMPT, lounge_with_rae

PROMPT_FIELD = "lab_w_initial_prompt"


def edit_from_card(at):
    """Edit on the card in My AI Assistants, then the Lab it opens."""
    at = click(open_lounge_tab(at, "My AI Assistants"), "Edit")
    return open_page(at, "pages/lab.py")


def save_in_lab(at, prompt: str):
    at.text_area(key=PROMPT_FIELD).set_value(prompt)
    at = click(at, "Skip the test drive")
    return click(at, "Save changes")


def lab_from_the_sidebar(at):
    """The Lab opened from the sidebar's page list: its link has no `?edit=` nor step."""
    for name in ("edit", "step", "tab"):
        at.query_params.pop(name, None)
    return open_page(at, "pages/lab.py")


@pytest.mark.usefixtures("app_env")
def test_after_a_save_the_caption_says_the_saved_version_is_live():
    at, _, _ = lounge_with_rae()
    at = save_in_lab(edit_from_card(at), PROMPT.replace("v1", "v2"))
    assert_clean(at)
    assert "Saved as version 2." in texts(at)
    assert "Version 2, which you just saved, is live." in captions(at)
    assert "Changes apply when you save." not in texts(at)


@pytest.mark.usefixtures("app_env")
def test_after_save_then_restore_edit_opens_the_active_version_and_save_works():
    at, _, code = lounge_with_rae()
    at = save_in_lab(edit_from_card(at), PROMPT.replace("v1", "v2"))
    at = click(open_lounge_tab(at, "My AI Assistants"), "Versions")
    at.selectbox(key="versions_pick").set_value("Version 1").run()
    at = click(at, "Restore this version")
    assert "Version 1 is active again, as version 3." in texts(at)
    at = edit_from_card(at)
    assert_clean(at)
    assert "Version 3 is live. Changes apply when you save." in captions(at)
    assert "Version 2" not in texts(at)
    assert at.text_area(key=PROMPT_FIELD).value == PROMPT
    at = save_in_lab(at, PROMPT.replace("v1", "v4"))
    assert_clean(at)
    assert "Saved as version 4." in texts(at)
    assert "changed in another tab" not in texts(at)
    assert get_bot_config(get_store(), code).initial_prompt == PROMPT.replace("v1", "v4")


@pytest.mark.usefixtures("app_env")
def test_a_draft_with_unsaved_edits_of_an_older_version_offers_load_version_n():
    at, user, code = lounge_with_rae()
    at = edit_from_card(at)
    at.text_area(key=PROMPT_FIELD).set_value(PROMPT + " Mine.").run()
    newer = replace(draft_of(get_bot_config(get_store(), code)), description="Runs far.")
    save_changes(get_store(), user.user_id, code, 1, newer)
    at = edit_from_card(at)
    assert_clean(at)
    assert at.text_area(key=PROMPT_FIELD).value == PROMPT + " Mine."  # nothing lost
    assert "Version 2 is live now" in texts(at)
    at = click(at, "Load version 2")
    assert_clean(at)
    assert at.text_area(key=PROMPT_FIELD).value == PROMPT
    assert "Version 2 is live. Changes apply when you save." in captions(at)
    assert "Load version 2" not in labels(at)
    at = save_in_lab(at, PROMPT + " Again.")
    assert "Saved as version 3." in texts(at)


@pytest.mark.usefixtures("app_env")
@pytest.mark.parametrize("ending", ["Delete", "Archive"])
def test_deleting_or_archiving_the_assistant_being_edited_ends_edit_mode(ending):
    at, _, _ = lounge_with_rae()
    at = edit_from_card(at)
    assert "Editing Rae" in texts(at)
    at = click(open_lounge_tab(at, "My AI Assistants"), ending)
    if ending == "Delete":
        at = click(at, "Delete Rae")
    assert_clean(at)
    at = lab_from_the_sidebar(at)
    assert_clean(at)
    assert "Editing Rae" not in texts(at)
    assert at.text_area(key=PROMPT_FIELD).value == ""  # a new assistant's draft
    at.text_area(key=PROMPT_FIELD).set_value("You are Sam, a swim coach.")
    at = click(at, "Skip the test drive")
    assert "Save changes" not in labels(at)
    assert "No AI assistant has that code" not in texts(at)
