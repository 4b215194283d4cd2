"""Step 3's preview shows the conversation starters as a new session offers them, as they are
typed, next to the Lounge card and the chat title."""

from __future__ import annotations

import pytest

from tests.apptest_helpers import click, texts
from tests.pages.test_lab import fill_step3, step1
from ui.text import plain

STARTERS = ["How far today?", "Plan my week"]


def preview_starters(at) -> list[str]:
    return [b.label for b in at.button if b.key and b.key.startswith("lab_preview_starter_")]


@pytest.mark.usefixtures("app_env")
def test_step3_previews_the_conversation_starters_as_they_are_typed():
    at = fill_step3(click(step1(), "Skip the test drive"))
    assert preview_starters(at) == []
    assert "None yet: add one per line on the left." in texts(at)
    at.text_area(key="lab_w_starters").set_value("How far today?\n\nPlan my week\n").run()
    assert preview_starters(at) == [plain(s) for s in STARTERS]  # shown as the chat shows them
    assert all(b.disabled for b in at.button if b.key.startswith("lab_preview_starter_"))
    assert "Rae \\- Running Coach" in texts(at)  # the card and the title are still previewed
