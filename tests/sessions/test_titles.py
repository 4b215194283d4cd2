"""Automatic chat titles."""

from __future__ import annotations

import pytest

from sessions.titles import title_from_message, title_from_recap


@pytest.mark.parametrize(
    ("recap", "title"),
    [
        ("## Session Recap\n\n- **Goals:** a new job", "Goals: a new job"),
        ("Recap: You planned a [trip](https://x.example) to Porto", "You planned a trip to Porto"),
        ("# Summary\n\n\n> `Budget` for 2027", "Budget for 2027"),
        ("", ""),
        ("## Recap\n\n", ""),
    ],
)
def test_a_recaps_first_line_becomes_a_title_without_its_markdown(recap, title):
    assert title_from_recap(recap) == title


def test_a_long_first_message_is_cut_at_a_word():
    title = title_from_message("planning " * 20)
    assert title.endswith("planning…") and len(title) <= 80
    assert title_from_message("x" * 200) == "x" * 79 + "…"
