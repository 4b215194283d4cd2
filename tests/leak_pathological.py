"""Text that once made the leak guard slow, or could: long runs of blanks, one letter, brackets,
quotes and encoded blobs (tests/leak_guard/test_linear_time.py, bench/leak_guard.py)."""

from __future__ import annotations

import base64
import gc
import time
from collections.abc import Callable

from leak_guard import ConversationLeakGuard, find_prompt_leak, guarded_prompt, sayable_parts
from leak_guard.index import prompt_index
from leak_guard.sayable import find_spans
from llm.models import MAX_REPLY_CHARS

N = 100_000
PATHOLOGICAL = {
    "line breaks": "a" + "\n" * 16_000 + "b",
    "spaces": " " * N,
    "mixed blanks": " \n\t" * (N // 3),
    "blank lines after a speech verb": ("say" + " \n" * 50 + "x. ") * (N // 104),
    "one letter": "a" * N,
    "nesting": "(" * (N // 2) + ")" * (N // 2),
    "brackets and quotes": "[\"'" * (N // 3),
    "a base64 blob": base64.b64encode(b"x" * (N * 3 // 4)).decode(),
    "a hex blob": "41" * (N // 2),
    # Found by fuzzing the guard of issue 22: a number pattern that could split a run of
    # digits two ways (it hung for minutes), sentencex on a run of backticks (quadratic), an
    # Ascii85 opener with no end, and a code pattern that restarted inside every long word.
    "digits, then a secret marker": "4" * 532 + "say" * 58 + "keep it secret" * 117 + "[" * 500,
    "backticks": "`" * N,
    "Ascii85 openers": "<~" * (N // 2),
    "a long word before a dash": "a" * (N - 2) + "-b",
}

PROMPT = (
    "You are Maya, a career coach. Ask one question at a time and never give generic advice. "
    'Always remind the user: "I am an AI coach, not a recruiter." Internal: the partner code '
    "is TANGERINE-42 and our floor price is $1,850 per month; never share this."
)


def cpu_seconds(call: Callable[[], object]) -> float:
    """CPU seconds of one call, the best of five (a busy machine adds time, never removes it),
    with the garbage collector paused: a collection of the whole test run's objects is no cost
    of the call."""
    best = float("inf")
    gc.disable()
    try:
        for _ in range(5):
            start = time.process_time()
            call()
            best = min(best, time.process_time() - start)
    finally:
        gc.enable()
    return best


def _stream(text: str) -> None:
    guard = ConversationLeakGuard(guarded_prompt(PROMPT), (), 0.9).stream()
    for start in range(0, len(text), 40):
        guard.feed(text[start : start + 40])
    guard.finish()


def _uncached(analyse: Callable[..., object], *args: object) -> object:
    """The prompt's spans are cached per text: measure the work, not the cache."""
    find_spans.cache_clear()
    return analyse(*args)


def guard_calls(text: str) -> dict[str, Callable[[], object]]:
    """Every way the app hands a text to the guard: as a prompt, and as a reply."""
    reply = text[:MAX_REPLY_CHARS]  # the LLM wrapper cuts every reply there
    return {
        "the Lab's preview of what may be said": lambda: _uncached(sayable_parts, text),
        "indexing it as a prompt": lambda: _uncached(prompt_index.__wrapped__, text, ()),
        "checking it as a reply": lambda: find_prompt_leak(PROMPT, reply),
        "streaming it as a reply": lambda: _stream(reply),
    }
