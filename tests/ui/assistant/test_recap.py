"""The recap names the chat at its top, and opens at the top of the page (the browser journey
tests/e2e/test_journey_phone.py measures the scroll), once per opening: a click inside the
recap keeps the reader's place."""

from __future__ import annotations

import pytest

from tests.apptest_helpers import assert_clean, click, new_app, say, sign_in
from tests.pages.test_assistant import MAYA, assistant, start_chat
from ui.text import plain


def brought_to_top(at) -> bool:
    return any(
        element.proto.component_name == "gptlab.scroll_to_top"
        for element in at.get("bidi_component")
    )


def concluded(at):
    for text in ("one", "two", "three"):
        at = say(at, text)
    return click(at, "Conclude")


@pytest.mark.usefixtures("app_env")
def test_the_recap_shows_the_chats_title_under_its_heading():
    at = concluded(start_chat(sign_in(new_app().run())))
    assert_clean(at)
    title = at.session_state["assistant_chat"].title
    assert title
    assert at.header[0].value == "Chat with Maya"
    assert at.markdown[0].value == f"**{plain(title)}**"  # first thing under the heading


@pytest.mark.usefixtures("app_env")
def test_the_recap_opens_at_the_top_once_per_opening():
    at = concluded(start_chat(sign_in(new_app().run())))
    assert brought_to_top(at)
    at = click(at, "Helpful")
    assert not brought_to_top(at)  # the rating keeps the reader where they are
    at = click(at, "Continue this chat")
    assert not brought_to_top(at)
    at = click(at, "Conclude")  # the recap opened again, in the same browser session
    assert brought_to_top(at)
    at = click(assistant(sign_in(new_app().run()), MAYA), "View recap")
    assert brought_to_top(at)
