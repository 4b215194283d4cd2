"""The prompt-leak guard measured on the labelled corpus, whole replies and streamed."""

from __future__ import annotations

import difflib
import random
import statistics

import pytest

from api_util_leak_guard import (
    StreamingLeakGuard,
    find_prompt_leak,
    is_prompt_leak,
    letters,
    words,
)
from tests.leak_corpus import CORPUS, DERIVED_KINDS, PROMPTS

LEAKS = [case for case in CORPUS if case.leaking]
BENIGN = [case for case in CORPUS if not case.leaking]


def detected(case) -> bool:
    return find_prompt_leak(case.prompt.text, case.reply, case.prompt.allowed) is not None


def test_corpus_is_big_enough():
    assert len(LEAKS) >= 60 and len(BENIGN) >= 150
    assert {case.kind for case in LEAKS} >= {*DERIVED_KINDS, "translation", "paraphrase"}


@pytest.mark.parametrize("kind", DERIVED_KINDS)
def test_recall_is_at_least_95_percent_for_every_kind_derived_from_the_prompt(kind):
    cases = [case for case in LEAKS if case.kind == kind]
    caught = sum(detected(case) for case in cases)
    assert caught / len(cases) >= 0.95, [c.reply[:60] for c in cases if not detected(c)]


def test_false_positives_are_at_most_2_percent():
    flagged = [case for case in BENIGN if detected(case)]
    assert len(flagged) / len(BENIGN) <= 0.02, [(c.kind, c.reply[:60]) for c in flagged]


def test_the_finding_says_which_check_and_which_encoding():
    prompt = PROMPTS[0]
    base64_case = next(c for c in LEAKS if c.kind == "base64" and c.prompt is prompt)
    finding = find_prompt_leak(prompt.text, base64_case.reply)
    assert finding.encoding == "base64" and finding.prompt_part
    reversed_case = next(c for c in LEAKS if c.kind == "reversed" and c.prompt is prompt)
    assert find_prompt_leak(prompt.text, reversed_case.reply).encoding.startswith("reversed")
    assert is_prompt_leak(prompt.text, base64_case.reply)


def test_phrases_the_creator_allows_never_count():
    running = next(p for p in PROMPTS if p.key == "running")
    phrase = running.allowed[0]
    reply = f"{phrase} {phrase} Please stop running for today. {phrase}"
    assert find_prompt_leak(running.text, reply, running.allowed) is None
    assert find_prompt_leak(running.text, f"{reply} {running.text}", running.allowed)


def stream(case, rng: random.Random):
    guard = StreamingLeakGuard(case.prompt.text, case.prompt.allowed)
    released, lags, position = "", [], 0
    while position < len(case.reply):
        size = rng.randint(1, 12)
        chunk = case.reply[position : position + size]
        position += size
        released += guard.feed(chunk)
        lags.append(len(case.reply[:position].split()) - len(released.split()))
    released += guard.finish()
    return guard, released, lags


def longest_prompt_run(prompt: str, text: str, allowed: tuple[str, ...] = ()) -> int:
    """The longest run of consecutive prompt words that a reader can see in `text`, not
    counting the phrases the creator allows."""
    for phrase in allowed:
        prompt, text = prompt.replace(phrase, " | "), text.replace(phrase, " | ")
    prompt_words, shown = words(prompt), words(text)
    matcher = difflib.SequenceMatcher(None, shown, prompt_words, autojunk=False)
    return matcher.find_longest_match(0, len(shown), 0, len(prompt_words)).size


def shown_of_leak(case, released: str) -> int:
    """How much of the prompt the released text shows, read the way the leak was encoded."""
    if case.kind == "base64":
        matcher = difflib.SequenceMatcher(None, released, case.segment, autojunk=False)
        return matcher.find_longest_match(0, len(released), 0, len(case.segment)).size // 5
    if case.kind == "spaced letters":
        matcher = difflib.SequenceMatcher(
            None, letters(released), letters(case.prompt.text), autojunk=False
        )
        run = matcher.find_longest_match(
            0, len(letters(released)), 0, len(letters(case.prompt.text))
        )
        return run.size // 5
    views = [released]
    if case.kind == "reversed":
        tokens = released.split()
        views += [released[::-1], " ".join(reversed(tokens)), " ".join(t[::-1] for t in tokens)]
    return max(longest_prompt_run(case.prompt.text, view, case.prompt.allowed) for view in views)


@pytest.mark.parametrize("kind", DERIVED_KINDS)
def test_streamed_leaks_never_reach_the_screen(kind):
    """At most four prompt words in a row (or as many letters or base64 characters) show."""
    rng = random.Random(kind)
    for case in [c for c in LEAKS if c.kind == kind]:
        guard, released, _ = stream(case, rng)
        assert guard.leaked, case.reply[:80]
        assert shown_of_leak(case, released) <= 4, (released[-120:], kind)


def test_streamed_normal_replies_arrive_whole_and_word_by_word():
    rng = random.Random(3)
    lags = []
    for case in BENIGN:
        guard, released, case_lags = stream(case, rng)
        assert not guard.leaked and released == case.reply
        lags += case_lags
    assert statistics.median(lags) <= 1
