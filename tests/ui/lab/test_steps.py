"""Coming back to the Lab: a link without a step (the sidebar's, "New assistant") opens the step
the creator left, test chat and leak-test result still there; the browser's Back within the
Lab still goes to the step it showed before; a step is never carried to another assistant."""

from __future__ import annotations

import pytest

from tests.apptest_helpers import (
    assert_clean,
    chat_texts,
    click,
    open_lounge_tab,
    open_page,
    say,
    texts,
)
from tests.pages.test_creator_studio import lounge_with_rae
from tests.pages.test_edit_mode import edit_from_card, lab_from_the_sidebar
from tests.pages.test_lab import fill_step3, step1

STEP2 = "Step 2: Test drive"
STEP1 = "Step 1: Initial Prompt and model"
STEP3 = "Step 3: Name and describe your assistant"


def leave_and_come_back(at, page: str = "pages/faq.py"):
    open_page(at, page)
    return lab_from_the_sidebar(at)


def browser_back(at, step: str | None):
    """The browser's Back to an earlier address of the Lab (None: the one without a step)."""
    if step is None:
        at.query_params.pop("step", None)
    else:
        at.query_params["step"] = step
    return at.run()


@pytest.mark.usefixtures("app_env")
def test_leaving_mid_test_drive_and_coming_back_opens_the_test_chat_and_its_leak_test():
    at = click(step1(), "Test drive your AI")
    at = say(at, "how far this week?")
    at = click(at, "Run leak test")
    leaked = {m.label: m.value for m in at.main.metric}["Leaked"]
    at = leave_and_come_back(at)
    assert_clean(at)
    assert STEP2 in texts(at)
    assert any("how far this week?" in text for text in chat_texts(at))
    assert {m.label: m.value for m in at.main.metric}["Leaked"] == leaked
    assert at.query_params.get("step") is None  # the sidebar's address is not rewritten


@pytest.mark.usefixtures("app_env")
def test_step3_left_is_the_step_a_lab_link_without_one_opens_again():
    at = fill_step3(click(step1(), "Skip the test drive"), name="Rae")
    at = leave_and_come_back(at, "pages/lounge.py")
    assert STEP3 in texts(at)
    assert at.text_input(key="lab_w_name").value == "Rae"


@pytest.mark.usefixtures("app_env")
def test_the_browsers_back_within_the_lab_still_goes_to_the_step_shown_before():
    at = click(step1(), "Test drive your AI")
    at = leave_and_come_back(at)  # the Lab at /lab shows step 2 this visit
    at = click(at, "Back to Step 1")
    assert at.query_params["step"] == "1" and STEP1 in texts(at)
    at = browser_back(at, None)
    assert STEP2 in texts(at)  # what /lab showed, not step 1 nor the step left last
    at = click(at, "Back to Step 1")
    at = click(at, "Skip the test drive")
    at = browser_back(at, "1")
    assert STEP1 in texts(at)


@pytest.mark.usefixtures("app_env")
def test_a_created_assistant_is_not_announced_again_when_the_lab_is_opened_anew():
    at = fill_step3(click(step1(), "Skip the test drive"))
    at = click(at, "Looks good. Create Rae!")
    assert "Step 4: Done" in texts(at)
    at = leave_and_come_back(at, "pages/lounge.py")
    assert STEP1 in texts(at)
    assert at.text_area(key="lab_w_initial_prompt").value == ""


@pytest.mark.usefixtures("app_env")
def test_a_step_left_on_a_new_draft_is_not_shown_when_editing_an_assistant():
    at, _, _ = lounge_with_rae()
    at = open_page(at, "pages/lab.py")
    at.text_area(key="lab_w_initial_prompt").set_value("You are Sam, a swim coach.")
    at = click(at, "Skip the test drive")
    assert STEP3 in texts(at)
    at = edit_from_card(at)
    assert_clean(at)
    assert "Editing Rae" in texts(at) and STEP1 in texts(at)
    at = click(at, "Skip the test drive")
    at = lab_from_the_sidebar(click(open_lounge_tab(at, "My AI Assistants"), "Back to editing Rae"))
    assert "Editing Rae" in texts(at) and STEP3 in texts(at)  # Rae's own step comes back
