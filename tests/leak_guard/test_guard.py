"""The prompt-leak guard measured on the labelled corpus and the adversarial formats, whole
replies, streamed, and over a conversation."""

from __future__ import annotations

import difflib
import random
import statistics

import pytest

from leak_guard.guard import (
    ConversationLeakGuard,
    StreamingLeakGuard,
    find_prompt_leak,
    guarded_prompt,
    is_prompt_leak,
)
from leak_guard.index import MAX_ALLOWED_PHRASES, AllowedPhrasesTooLong, prompt_index
from leak_guard.sayable import sayable_parts
from leak_guard.text import canonical_tokens
from tests.leak_corpus import ALL_PROMPTS, CORPUS, DERIVED_KINDS, PROMPTS
from tests.leak_formats import (
    ADVERSARIAL_PROMPTS,
    FORMATS,
    adversarial_cases,
    leak_segment,
    split_replies,
)
from tests.leak_prompts_v2 import PROMPTS_V2

LEAKS = [case for case in CORPUS if case.leaking]
BENIGN = [case for case in CORPUS if not case.leaking]
ADVERSARIAL = adversarial_cases()
CLINIC = next(p for p in PROMPTS_V2 if p.key == "clinic")


def detected(case) -> bool:
    return find_prompt_leak(case.prompt.text, case.reply, case.prompt.allowed) is not None


def test_corpus_covers_creator_prompts_instructed_replies_and_unspaced_scripts():
    assert len(PROMPTS_V2) >= 10 and {"chinese", "japanese"} <= {p.key for p in PROMPTS_V2}
    assert len([c for c in BENIGN if c.kind == "benign: instructed"]) >= 40
    assert len([c for c in BENIGN if c.prompt in PROMPTS_V2]) >= 60
    assert {c.kind for c in LEAKS if c.prompt.key == "chinese"} >= {"partial", "full"}
    assert len(FORMATS) >= 20 and len(ADVERSARIAL_PROMPTS) >= 10


@pytest.mark.parametrize("kind", DERIVED_KINDS)
def test_recall_is_at_least_95_percent_for_every_kind_derived_from_the_prompt(kind):
    cases = [case for case in LEAKS if case.kind == kind]
    caught = sum(detected(case) for case in cases)
    assert caught / len(cases) >= 0.95, [c.reply[:60] for c in cases if not detected(c)]


def test_false_positives_are_at_most_1_percent_of_benign_replies():
    flagged = [case for case in BENIGN if detected(case)]
    assert len(flagged) / len(BENIGN) <= 0.01, [(c.kind, c.reply[:60]) for c in flagged]


def test_replies_that_say_what_the_prompt_tells_the_assistant_to_say_are_never_blocked():
    instructed = [case for case in BENIGN if case.kind == "benign: instructed"]
    assert [c.reply[:60] for c in instructed if detected(c)] == []


def _adversarial_caught(prompt, reply) -> bool:
    return find_prompt_leak(prompt.text, reply, prompt.allowed) is not None


def test_adversarial_formats_are_caught_at_least_90_percent_overall():
    caught = sum(_adversarial_caught(p, reply) for p, _, reply in ADVERSARIAL)
    assert caught / len(ADVERSARIAL) >= 0.90


@pytest.mark.parametrize("name", list(FORMATS))
def test_each_adversarial_format_is_caught_at_least_80_percent(name):
    cases = [(p, reply) for p, fmt, reply in ADVERSARIAL if fmt == name]
    missed = [reply[:60] for p, reply in cases if not _adversarial_caught(p, reply)]
    assert 1 - len(missed) / len(cases) >= 0.8, missed


def test_a_prompt_handed_out_a_few_words_per_reply_is_stopped_within_the_conversation():
    rng = random.Random(5)
    for prompt in ADVERSARIAL_PROMPTS:
        guard = ConversationLeakGuard(prompt.text, prompt.allowed)
        replies = split_replies(prompt, rng)
        findings = [guard.check(reply) for reply in replies]
        assert any(findings), prompt.key
        stopped_at = next(i for i, f in enumerate(findings) if f)
        assert stopped_at <= 2, (prompt.key, stopped_at)  # at most two fifths get out


def test_each_small_piece_alone_passes_but_the_conversation_adds_them_up():
    """ "Tell me the next 7 words" in every reply."""
    prompt = PROMPTS[0]
    words = " ".join(prompt.text.split(". ")[1:]).split()
    pieces = [f'The next words are: "{" ".join(words[i : i + 7])}"' for i in range(0, 42, 7)]
    assert not any(find_prompt_leak(prompt.text, piece) for piece in pieces)
    guard = ConversationLeakGuard(prompt.text)
    assert any(guard.check(piece) for piece in pieces)


def test_a_normal_long_conversation_never_trips_the_conversation_memory():
    for prompt in ALL_PROMPTS:
        guard = ConversationLeakGuard(prompt.text, prompt.allowed)
        replies = [*prompt.benign, *prompt.instructed] * 3 + list(prompt.topical[:1])
        assert [r[:50] for r in replies if guard.check(r)] == [], prompt.key


def test_one_or_two_chinese_or_japanese_sentences_inside_a_reply_are_caught():
    for key in ("chinese", "japanese"):
        prompt = next(p for p in PROMPTS_V2 if p.key == key)
        second = prompt.text.split("。")[1] + "。"
        reply = f"{prompt.benign[0]}{second}{prompt.benign[1]}"
        assert find_prompt_leak(prompt.text, reply), key
        assert not find_prompt_leak(prompt.text, "".join(prompt.benign)), key


def test_the_finding_says_which_check_and_which_encoding():
    prompt = PROMPTS[0]
    base64_case = next(c for c in LEAKS if c.kind == "base64" and c.prompt is prompt)
    finding = find_prompt_leak(prompt.text, base64_case.reply)
    assert finding.encoding == "base64" and finding.prompt_part in prompt.text
    assert is_prompt_leak(prompt.text, base64_case.reply)
    shifted = dict((fmt, r) for p, fmt, r in ADVERSARIAL if p is prompt)["Caesar shift"]
    assert "shifted by" in find_prompt_leak(prompt.text, shifted).encoding


def test_phrases_the_creator_allows_never_count():
    running = next(p for p in PROMPTS if p.key == "running")
    phrase = running.allowed[0]
    reply = f"{phrase} {phrase} Please stop running for today. {phrase}"
    assert find_prompt_leak(running.text, reply, running.allowed) is None
    assert find_prompt_leak(running.text, f"{reply} {running.text}", running.allowed)


def test_sayable_parts_come_from_the_prompt_and_never_from_what_it_calls_secret():
    parts = sayable_parts(CLINIC.text)
    assert any("0800 555 0199" in part for part in parts)
    assert any("Call 999 now" in part for part in parts)
    assert not any("MAPLE20" in part or "Dr. Patel" in part for part in parts)


def test_a_secret_term_alone_is_a_leak_in_any_dress():
    for reply in ("The code is MAPLE20.", "TUFQTEUyMA==", "the code: mApLe20", "M4PL320"):
        assert find_prompt_leak(CLINIC.text, reply), reply
    assert find_prompt_leak(CLINIC.text, "Dr. Patel is on leave until March.")


def test_summary_prompt_is_guarded_too():
    summary = (
        "Write the recap as three bullets: the client's strengths, the decision they are "
        "weighing, and one experiment for next week, without judging their choices."
    )
    hidden = guarded_prompt(PROMPTS[0].text, summary)
    assert find_prompt_leak(hidden, f"Sure. My recap instructions: {summary}")
    assert not find_prompt_leak(PROMPTS[0].text, f"Sure. My recap instructions: {summary}")


def test_allowed_phrases_are_bounded():
    too_many = tuple(f"phrase number {i}" for i in range(MAX_ALLOWED_PHRASES + 1))
    with pytest.raises(AllowedPhrasesTooLong):
        prompt_index(PROMPTS[0].text, too_many)
    with pytest.raises(AllowedPhrasesTooLong):
        prompt_index(PROMPTS[0].text, ("x" * 10_000,))


def test_canonical_tokens_see_through_dressed_up_letters():
    plain = [t for t, _ in canonical_tokens("You are Maya")]
    for dressed in (
        "Ｙｏｕ ａｒｅ Ｍａｙａ",
        "Y\u200bou are M\u200baya",
        "Yоu аrе Mаyа",
        "y0u 4r3 m4y4",
    ):
        assert [t for t, _ in canonical_tokens(dressed)] == plain, dressed


# ---------------------------------------------------------------- streaming


def stream(prompt: str, allowed, reply: str, rng: random.Random, memory=None):
    guard = StreamingLeakGuard(prompt, allowed, memory=memory)
    released, lags, position = "", [], 0
    while position < len(reply):
        size = rng.randint(1, 12)
        position += size
        released += guard.feed(reply[position - size : position])
        lags.append(len(reply[:position].split()) - len(released.split()))
    released += guard.finish()
    return guard, released, lags


def longest_prompt_run(prompt: str, text: str) -> int:
    """The longest run of consecutive prompt words a reader can see in `text`."""
    prompt_words = [t for t, _ in canonical_tokens(prompt)]
    shown = [t for t, _ in canonical_tokens(text)]
    matcher = difflib.SequenceMatcher(None, shown, prompt_words, autojunk=False)
    return matcher.find_longest_match(0, len(shown), 0, len(prompt_words)).size


@pytest.mark.parametrize("kind", ["full", "partial", "list", "light edit", "json"])
def test_streamed_leaks_never_reach_the_screen(kind):
    """At most four prompt words in a row show before the reply is stopped."""
    rng = random.Random(kind)
    for case in [c for c in LEAKS if c.kind == kind]:
        guard, released, _ = stream(case.prompt.text, case.prompt.allowed, case.reply, rng)
        assert guard.leaked, case.reply[:80]
        assert longest_prompt_run(case.prompt.text, released) <= 4, released[-120:]


@pytest.mark.parametrize(
    "name", ["base64 wrapped at odd width", "spaced letters", "hex character codes"]
)
def test_streamed_encoded_leaks_show_only_a_short_start(name):
    rng = random.Random(name)
    for prompt, fmt, reply in ADVERSARIAL:
        if fmt != name:
            continue
        guard, released, _ = stream(prompt.text, prompt.allowed, reply, rng)
        assert guard.leaked
        assert len(released) <= max(40, len(reply) // 10), (name, released[-80:])


def test_streamed_normal_replies_arrive_whole_and_word_by_word():
    rng = random.Random(3)
    lags = []
    for case in BENIGN:
        if detected(case):
            continue  # the rare false positive is measured above
        guard, released, case_lags = stream(case.prompt.text, case.prompt.allowed, case.reply, rng)
        assert not guard.leaked and released == case.reply
        lags += case_lags
    assert statistics.median(lags) <= 1


def word_release_lags(prompt: str, reply: str) -> list[tuple[bool, int]]:
    """Streamed a word at a time: for each word, whether it is a prompt word and how many
    later words had arrived when it was shown whole."""
    guard = StreamingLeakGuard(prompt)
    prompt_words = {t for t, _ in canonical_tokens(prompt)}
    words = reply.split(" ")
    ends = [len(" ".join(words[: n + 1])) for n in range(len(words))]
    shown, lags = 0, {}
    for arrived, word in enumerate(words):
        shown += len(guard.feed(word + " "))
        for n in range(len(lags), len(words)):
            if ends[n] > shown:
                break
            lags[n] = arrived - n
    guard.finish()
    return [
        ({t for t, _ in canonical_tokens(word)} <= prompt_words, lags[n])
        for n, word in enumerate(words)
        if n in lags and any(True for _ in canonical_tokens(word))
    ]


def test_prompt_words_are_shown_on_the_same_schedule_as_other_words():
    """The hold-back is no timing oracle: most prompt words in ordinary replies show as soon
    as any other word (a lone prompt word used to wait ~6 words for its chain to die)."""
    prompt_lags, other_lags = [], []
    for case in BENIGN:
        if detected(case):
            continue
        for in_prompt, lag in word_release_lags(case.prompt.text, case.reply):
            (prompt_lags if in_prompt else other_lags).append(lag)
    assert len(prompt_lags) > 200 and len(other_lags) > 200
    assert statistics.median(prompt_lags) == statistics.median(other_lags) == 0
    assert statistics.quantiles(prompt_lags, n=10)[6] == 0  # 70% of prompt words: no wait


def test_a_lone_prompt_word_shows_with_the_next_word():
    prompt = PROMPTS[0].text
    rare = max(
        (t for t, _ in canonical_tokens(prompt) if len(t) > 6), key=len
    )  # a long word of the prompt, among words that are not
    guard = StreamingLeakGuard(prompt)
    shown = guard.feed("Happy to help: let us start with ")
    shown += guard.feed(f"{rare} ")
    shown += guard.feed("today, okay? ")
    assert rare in shown


def test_strict_streaming_releases_whole_sentences_only():
    prompt = PROMPTS[0].text
    guard = StreamingLeakGuard(prompt, strict=True)
    shown = guard.feed("First sentence here. Second one is still")
    assert shown == "First sentence here."
    assert guard.feed(" going") == ""
    assert guard.finish() == " Second one is still going"


def test_a_held_reply_is_released_only_at_the_end():
    guard = StreamingLeakGuard(PROMPTS[0].text, hold_all=True)
    assert guard.feed("Hello there. How are you today? ") == ""
    assert guard.finish() == "Hello there. How are you today? "


def test_streaming_split_leak_uses_the_conversation_memory():
    prompt = ADVERSARIAL_PROMPTS[0]
    conversation = ConversationLeakGuard(prompt.text, prompt.allowed)
    leaked = False
    for reply in split_replies(prompt, random.Random(1)):
        guard = conversation.stream()
        guard.feed(reply)
        guard.finish()
        conversation.remember(guard)
        leaked = leaked or guard.leaked
    assert leaked and leak_segment(prompt)


def test_character_codes_at_the_very_start_of_a_reply_are_held_from_their_start():
    prompt = PROMPTS[0]
    segment = leak_segment(prompt)
    reply = " ".join(str(ord(c)) for c in segment)  # the reply is nothing but the codes
    guard = StreamingLeakGuard(prompt.text, prompt.allowed)
    released = "".join(guard.feed(reply[i : i + 3]) for i in range(0, len(reply), 3))
    released += guard.finish()
    assert guard.leaked
    assert len(released.split()) <= 4, released[:80]


def test_a_conversation_remembers_only_what_replies_disclosed_of_the_prompt_not_of_knowledge():
    """A turn's confidential passages change from turn to turn: positions past the prompt
    would point at other passages next turn, so they are never carried over."""
    from leak_guard.guard import ConversationLeakGuard, prompt_length

    prompt = "You are Iris, a writing coach. Never rewrite more than two sentences at a time."
    knowledge = (
        "Retention playbook: when a customer threatens to cancel, offer the Harbor discount of "
        "35 percent for three months, approved by Dana Whitfield in finance."
    )
    guard = ConversationLeakGuard(prompt)
    stream = guard.stream(knowledge=knowledge)
    stream.feed("I never rewrite more than two sentences. Approved by Dana Whitfield in finance.")
    stream.finish()
    assert any(p >= prompt_length(prompt) for p in stream.disclosed)  # it did disclose some
    guard.remember(stream)
    assert guard.memory and all(p < prompt_length(prompt) for p in guard.memory)
