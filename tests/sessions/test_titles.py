"""Automatic chat titles."""

from __future__ import annotations

import pytest

from sessions.titles import title_from_message, title_from_recap
from tests.leak_pathological import cpu_seconds


@pytest.mark.parametrize(
    ("recap", "title"),
    [
        ("## Session Recap\n\n- **Goals:** a new job", "Goals: a new job"),
        ("Recap: You planned a [trip](https://x.example) to Porto", "You planned a trip to Porto"),
        ("# Summary\n\n\n> `Budget` for 2027", "Budget for 2027"),
        ("", ""),
        ("## Recap\n\n", ""),
        ('See [Porto](https://en.wikipedia.org/wiki/Porto_(city) "Porto") now', "See Porto now"),
        ("**Plans** for [June] and [the trip](x) **", "Plans for [June] and the trip"),
    ],
)
def test_a_recaps_first_line_becomes_a_title_without_its_markdown(recap, title):
    assert title_from_recap(recap) == title


def test_a_long_first_message_is_cut_at_a_word():
    title = title_from_message("planning " * 20)
    assert title.endswith("planning…") and len(title) <= 80
    assert title_from_message("x" * 200) == "x" * 79 + "…"


@pytest.mark.parametrize(
    "line",
    [
        "[" * 40_000,
        "[a](" * 10_000,
        "Goals" + " " * 40_000 + "x",
        "Goals" + " *" * 20_000 + "x",
        "[a](x" + "(y)" * 13_000,
    ],
    ids=["brackets", "unclosed links", "blanks", "blanks and stars", "parentheses"],
)
@pytest.mark.cpu_budget
def test_a_long_recap_line_of_brackets_or_blanks_is_titled_in_milliseconds(line):
    """Python's `re` has no step counter, so CPU time is what can be measured; the GIL is held
    while a pattern runs, so a slow one stalls every visitor. The quadratic patterns took about
    5 s for 40,000 "[" or blanks, the linear ones take a millisecond or two: the bound, 0.2 s of
    CPU (best of three), is 25 times below the one and 100 times above the other, so a busy
    machine does not fail it."""
    assert cpu_seconds(lambda: title_from_recap(line)) < 0.2
