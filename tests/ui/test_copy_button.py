"""Step 4 and the creator's cards give the share link and the code a Copy button in sight: the
copy icon of a code block shows only on hover, and a phone has none."""

from __future__ import annotations

import json

import pytest

from tests.apptest_helpers import click, open_lounge_tab
from tests.pages.test_lab import fill_step3, step1


def copy_buttons(at) -> dict[str, str]:
    """Each Copy button's label and the text it puts on the clipboard."""
    shown = {}
    for element in at.get("bidi_component"):
        if element.proto.component_name == "gptlab.copy_button":
            data = json.loads(element.proto.json)
            shown[data["label"]] = data["text"]
    return shown


@pytest.mark.usefixtures("app_env")
def test_step4_has_visible_copy_buttons_for_the_link_and_the_code():
    at = click(fill_step3(click(step1(), "Skip the test drive")), "Looks good. Create Rae!")
    code, _name = at.session_state["lab_created_code"]
    buttons = copy_buttons(at)
    assert set(buttons) == {"Copy link", "Copy code"}
    assert buttons["Copy code"] == code
    assert buttons["Copy link"].endswith(f"/assistant?assistant_id={code}")
    at = open_lounge_tab(at, "My AI Assistants")  # the card's share box has them too
    assert copy_buttons(at)["Copy code"] == code
