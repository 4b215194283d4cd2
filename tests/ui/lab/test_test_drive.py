"""A new Test drive never throws away a test chat the creator wrote in with one click: it asks,
and "Back to my test chat" keeps it. A leak-test result about the draft as it still is stays."""

from __future__ import annotations

import pytest

from tests.apptest_helpers import assert_clean, chat_texts, click, labels, say, texts
from tests.pages.test_lab import PROMPT, step1

ASKED = "A new test drive starts a fresh chat"


def written(at) -> bool:
    return any("keep this message" in text for text in chat_texts(at))


def leaked(at) -> str | None:
    return {m.label: m.value for m in at.main.metric}.get("Leaked")


def written_in_then_back_to_step1():
    at = click(step1(), "Test drive your AI")
    at = say(at, "keep this message")
    return click(at, "Back to Step 1")


@pytest.mark.usefixtures("app_env")
def test_a_new_test_drive_asks_before_replacing_a_test_chat_with_messages():
    at = click(written_in_then_back_to_step1(), "Test drive your AI")
    assert_clean(at)
    assert ASKED in texts(at) and "You sent 1 message in your test chat." in texts(at)
    at = click(at, "Back to my test chat")
    assert_clean(at)
    assert "Step 2: Test drive" in texts(at) and written(at)
    at = click(click(at, "Back to Step 1"), "Test drive your AI")
    at = click(at, "Start a new test drive")
    assert_clean(at)
    assert "Step 2: Test drive" in texts(at) and not written(at)
    assert ASKED not in texts(at)


@pytest.mark.usefixtures("app_env")
def test_a_test_chat_without_messages_is_replaced_without_asking():
    at = click(click(click(step1(), "Test drive your AI"), "Back to Step 1"), "Test drive your AI")
    assert ASKED not in texts(at)
    assert "Step 2: Test drive" in texts(at)


@pytest.mark.usefixtures("app_env")
def test_the_leak_test_result_stays_with_a_new_test_drive_until_the_prompt_changes():
    at = click(step1(), "Test drive your AI")
    at = say(click(at, "Run leak test"), "keep this message")
    result = leaked(at)
    assert result is not None
    at = click(click(at, "Back to Step 1"), "Test drive your AI")
    assert "and the leak-test result" not in texts(at)  # the draft it tested is unchanged
    at = click(at, "Start a new test drive")
    assert leaked(at) == result
    at = say(at, "keep this message")
    at = click(at, "Back to Step 1")
    at.text_area(key="lab_w_initial_prompt").set_value(PROMPT + " Never give medical advice.")
    at = click(at, "Test drive your AI")
    assert "your test chat and the leak-test result go" in texts(at)
    at = click(at, "Start a new test drive")
    assert leaked(at) is None and "Run leak test" in labels(at)
