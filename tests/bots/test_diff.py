"""The Versions diff: of words, readable in the new text's layout, and bounded in the work it
does whatever two texts it is given (a creator's prompt is up to 4,000 characters)."""

from __future__ import annotations

import random
import sys
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from api_util_openai import ModelConfig
from bots.diff import compare, word_diff
from bots.draft import INITIAL_PROMPT_MAX, BotDraft, validate_draft
from bots.edit_script import WORK_BUDGET, edit_script

# Python lines a diff may run. The bounded diff of two 4,000-character prompts runs at most some
# 2 million (its whole budget: hundredths of a second); difflib over whitespace tokens, cubic in
# the length, ran thousands of times as many (208 s of CPU for two prompts with no word in common).
LINE_LIMIT = 3_000_000


class TooMuchWork(Exception):
    pass


def lines_run(function, *args, limit: int = LINE_LIMIT) -> int:
    """How many Python lines `function(*args)` runs, counted with a tracer that stops it once
    past `limit`: work done, not time, so the bound holds on any machine."""
    count = 0

    def tracer(_frame, event, _arg):
        nonlocal count
        if event == "line":
            count += 1
            if count > limit:
                raise TooMuchWork
        return tracer

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        function(*args)
    except TooMuchWork:
        pass
    finally:
        sys.settrace(previous)
    return count


def fill(words, limit: int = INITIAL_PROMPT_MAX) -> str:
    """Words joined by spaces, as many as fit in `limit` characters."""
    text = ""
    for word in words:
        if len(text) + 1 + len(word) > limit:
            break
        text = f"{text} {word}" if text else word
    return text


def repeated(phrase: str) -> str:
    return fill(phrase.split() * INITIAL_PROMPT_MAX)


def valid_prompt(text: str) -> str:
    """`text` as the Lab would store it: the cases below are prompts a creator can save."""
    draft = BotDraft(
        name="Rae",
        tag_line="Running coach",
        description="Runs with you.",
        initial_prompt=text,
        model_config=ModelConfig("gpt-4o-mini"),
    )
    return validate_draft(draft).initial_prompt


def random_words(seed: int, vocabulary: str) -> str:
    rng = random.Random(seed)
    return fill(rng.choice(vocabulary) for _ in range(INITIAL_PROMPT_MAX))


ADVERSARIAL = {
    # No word in common: difflib matched every space to a space, one longest match at a time.
    "two prompts with no word in common": (fill(["a"] * 2000), fill(["b"] * 2000)),
    "two prompts of different repeated phrases": (repeated("Be kind."), repeated("Stay calm.")),
    "random words of a two-word vocabulary": (random_words(1, "ab"), random_words(2, "ab")),
    "random words of a four-word vocabulary": (random_words(3, "abcd"), random_words(4, "abcd")),
    "one word 2,000 times, then 1,990 times": (fill(["w"] * 2000), fill(["w"] * 1990)),
}


@pytest.mark.parametrize("case", ADVERSARIAL)
def test_two_4000_character_prompts_diff_within_a_bounded_amount_of_work(case):
    old, new = (valid_prompt(text) for text in ADVERSARIAL[case])
    assert len(old) > 3900 and len(new) > 3900
    assert lines_run(word_diff, old, new) < LINE_LIMIT


def test_100000_whitespace_characters_diff_within_a_bounded_amount_of_work():
    assert lines_run(word_diff, " " * 100_000, "\n" * 100_000) < 1_000
    assert word_diff(" " * 100_000, "\n" * 100_000) == "\n" * 100_000


@pytest.mark.parametrize("case", ADVERSARIAL)
def test_the_edit_script_spends_at_most_its_budget_and_still_turns_old_into_new(case):
    old, new = (text.split() for text in ADVERSARIAL[case])
    script = edit_script(old, new)
    # The budget, plus at most one run of equal words per search that overran it.
    assert script.steps <= WORK_BUDGET + len(old) + len(new)
    assert_turns_into(script, old, new)


def assert_turns_into(script, old, new):
    """The hunks cover both word lists in order, and equal hunks hold equal words."""
    i = j = 0
    rebuilt_old: list[str] = []
    rebuilt_new: list[str] = []
    for tag, i1, i2, j1, j2 in script.hunks:
        assert (i1, j1) == (i, j) and i1 <= i2 and j1 <= j2
        assert tag in ("equal", "change")
        if tag == "equal":
            assert old[i1:i2] == new[j1:j2] and i2 > i1
        rebuilt_old += old[i1:i2]
        rebuilt_new += new[j1:j2]
        i, j = i2, j2
    assert (rebuilt_old, rebuilt_new) == (list(old), list(new))


def longest_common_subsequence(a, b) -> int:
    row = [0] * (len(b) + 1)
    for x in a:
        previous_diagonal, row[0] = 0, 0
        for j, y in enumerate(b, start=1):
            previous_diagonal, row[j] = (
                row[j],
                previous_diagonal + 1 if x == y else max(row[j], row[j - 1]),
            )
    return row[-1]


words = st.lists(st.sampled_from(["a", "b", "c", "Be", "kind."]), max_size=40)


@given(words, words)
def test_within_budget_the_edit_script_keeps_as_many_words_as_can_be_kept(old, new):
    script = edit_script(old, new)
    assert_turns_into(script, old, new)
    kept = sum(i2 - i1 for tag, i1, i2, _, _ in script.hunks if tag == "equal")
    assert kept == longest_common_subsequence(old, new)


@given(words, words, st.integers(min_value=0, max_value=200))
def test_any_budget_gives_a_correct_edit_script(old, new, budget):
    script = edit_script(old, new, budget=budget)
    assert_turns_into(script, old, new)
    assert script.steps <= budget + len(old) + len(new)


KEPT = (
    "You are Rae, a running coach for beginners in Lisbon. Greet the runner by name. "
    "Ask about their week before you suggest a plan."
)


def test_past_the_budget_sentences_kept_from_the_old_prompt_still_show_as_kept():
    rng = random.Random(5)
    before = [" ".join(rng.choice("xyz") for _ in range(150)) for _ in range(2)]
    after = [" ".join(rng.choice("uvw") for _ in range(150)) for _ in range(2)]
    old = f"Hello. {before[0]} {KEPT} {before[1]} Close with (v1)."
    new = f"Hi. {after[0]} {KEPT} {after[1]} Close with (v2)."
    script = edit_script(old.split(), new.split(), budget=500)
    assert script.steps <= 500 + len(old.split()) + len(new.split())
    kept, rewritten = len(KEPT.split()), 151  # "Hello." and 150 words, "Hi." and 150 words
    second = rewritten + kept
    assert script.hunks == (
        ("change", 0, rewritten, 0, rewritten),
        ("equal", rewritten, second, rewritten, second),  # the kept sentences
        ("change", second, second + 150, second, second + 150),
        ("equal", second + 150, second + 152, second + 150, second + 152),  # "Close with"
        ("change", second + 152, second + 153, second + 152, second + 153),
    )
    assert word_diff(old, new) == (
        f"[-Hello. {before[0]}-]{{+Hi. {after[0]}+}} {KEPT} "
        f"[-{before[1]}-]{{+{after[1]}+}} Close with [-(v1).-]{{+(v2).+}}"
    )


def test_spacing_alone_is_no_change_and_the_new_layout_is_shown():
    old = "Be kind.\n\nAsk  one   question at a time."
    new = "Be kind. Ask one question\nat a time."
    assert word_diff(old, new) == new


def test_a_change_reads_in_the_new_texts_layout():
    old = "Be kind.\nAsk one question at a time."
    new = "Be kind.\n\nAsk **two** questions at a time."
    assert word_diff(old, new) == "Be kind.\n\nAsk [-one question-]{+**two** questions+} at a time."


@pytest.mark.parametrize(
    ("old", "new", "diff"),
    [
        ("a b c", "a c", "a [-b-] c"),
        ("a b c", "b c", "[-a-] b c"),
        ("a b c", "a b", "a b [-c-]"),
        ("a c", "a b c", "a {+b+} c"),
        ("b c", "a b c", "{+a+} b c"),
        ('End with "(v1)".', 'End with "(v1)". Be brief.', 'End with "(v1)". {+Be brief.+}'),
        ("a b", "x b", "[-a-]{+x+} b"),
        ("one two\nthree", "one\nfour\nthree", "one\n[-two-]{+four+}\nthree"),
    ],
)
def test_removed_and_added_words_sit_where_they_were_with_a_space_around(old, new, diff):
    assert word_diff(old, new) == diff


def test_a_prompt_that_changed_only_in_spacing_says_so():
    old = BotDraft(
        name="Rae",
        tag_line="Running coach",
        description="Runs with you.",
        initial_prompt="Be kind.\n\nAsk one question.",
        model_config=ModelConfig("gpt-4o-mini"),
    )
    new = replace(old, initial_prompt="Be kind. Ask one question.")
    assert compare(old, new) == [
        ("prompt (only spaces or line breaks changed)", "Be kind. Ask one question.")
    ]
