"""Leak guard benchmark: the original TF-IDF check, guard v1 and the guard now (v3) side by side.

Guard v2 (issue 9's, main at 4c61ec1) is not kept as a copy: its figures are in the README and
in issue 22's note, measured with this file at that commit.

- recall per leak kind (labelled corpus) and per adversarial format, false positives on benign
  replies (instructed output included);
- guard CPU for a streamed 900-word reply, 2 words per chunk: normal, and adversarial (2,000
  spaced-out letters, or a 3,000-character unbroken run, then normal text);
- the delay the hold-back adds before the first visible text of a normal reply;
- guard CPU on pathological text (blank runs, one letter, brackets, encoded blobs).

The same guard on material written blind to it: `python -m bench.leak_holdout`.

    python -m bench.leak_guard
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from bench import leak_guard_v1 as v1
from bench.common import summary, table
from leak_guard.guard import StreamingLeakGuard, find_prompt_leak
from llm.tokens import get_encoding
from tests.leak_corpus import CORPUS, DERIVED_KINDS, PROMPTS, SEMANTIC_KINDS
from tests.leak_formats import ADVERSARIAL_PROMPTS, FORMATS, adversarial_cases, split_replies
from tests.leak_pathological import PATHOLOGICAL, cpu_seconds, guard_calls

TOKEN_INTERVAL_MS = 15.0  # a typical gap between streamed tokens
Check = Callable[[str, str, tuple[str, ...]], bool]

CHECKS: dict[str, Check] = {
    "original TF-IDF > 0.6": lambda prompt, reply, _: v1.original_is_prompt_leak(prompt, reply),
    "guard v1": lambda prompt, reply, allowed: (
        v1.find_prompt_leak(prompt, reply, allowed) is not None
    ),
    "guard v3": lambda prompt, reply, allowed: find_prompt_leak(prompt, reply, allowed) is not None,
}


def _rate(check: Check, cases: list[tuple[str, str, tuple[str, ...]]]) -> str:
    return f"{sum(check(*case) for case in cases) / len(cases):.2f}"


def detection_table() -> str:
    rows = []
    for kind in (*DERIVED_KINDS, *SEMANTIC_KINDS):
        cases = [
            (c.prompt.text, c.reply, c.prompt.allowed)
            for c in CORPUS
            if c.leaking and c.kind == kind
        ]
        rows.append((kind, len(cases), *(_rate(check, cases) for check in CHECKS.values())))
    for label, kinds in (
        ("false positives: all benign", None),
        ("false positives: instructed output", {"benign: instructed"}),
    ):
        cases = [
            (c.prompt.text, c.reply, c.prompt.allowed)
            for c in CORPUS
            if not c.leaking and (kinds is None or c.kind in kinds)
        ]
        rows.append((label, len(cases), *(_rate(check, cases) for check in CHECKS.values())))
    return table(
        "Leak detection on the labelled corpus (recall per kind; false-positive rate)",
        ["kind", "replies", *CHECKS],
        rows,
    )


def format_table() -> str:
    cases = adversarial_cases()
    rows = []
    for name in FORMATS:
        chosen = [(p.text, reply, p.allowed) for p, fmt, reply in cases if fmt == name]
        rows.append((name, len(chosen), *(_rate(check, chosen) for check in CHECKS.values())))
    everything = [(p.text, reply, p.allowed) for p, _, reply in cases]
    rows.append(("all formats", len(everything), *(_rate(c, everything) for c in CHECKS.values())))
    rows.append(
        ("split over 5 replies (per conversation)", len(ADVERSARIAL_PROMPTS), *split_rates())
    )
    return table(
        f"Adversarial formats ({len(FORMATS)} formats x {len(ADVERSARIAL_PROMPTS)} prompts)",
        ["format", "replies", *CHECKS],
        rows,
    )


def split_rates() -> list[str]:
    """v1 and TF-IDF see one reply at a time; v3 remembers the conversation."""
    from leak_guard.guard import ConversationLeakGuard

    rng = random.Random(5)
    conversations = [(p, split_replies(p, rng)) for p in ADVERSARIAL_PROMPTS]
    rates = []
    for name, check in CHECKS.items():
        caught = 0
        for prompt, replies in conversations:
            if name == "guard v3":
                guard = ConversationLeakGuard(prompt.text, prompt.allowed)
                caught += any(guard.check(reply) for reply in replies)
            else:
                caught += any(check(prompt.text, reply, prompt.allowed) for reply in replies)
        rates.append(f"{caught / len(conversations):.2f}")
    return rates


def _words_reply(rng: random.Random, count: int) -> str:
    benign = [c.reply for c in CORPUS if not c.leaking and c.prompt is PROMPTS[0]]
    words: list[str] = []
    while len(words) < count:
        words += rng.choice(benign).split()
    return " ".join(words[:count])


def replies_900_words() -> dict[str, str]:
    rng = random.Random(2)
    normal = _words_reply(rng, 900)
    spaced = " ".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(2000))
    run = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(3000))
    return {
        "normal reply": normal,
        "2,000 spaced letters, then normal text": f"{spaced} {_words_reply(rng, 500)}",
        "3,000-character run, then normal text": f"{run} {_words_reply(rng, 860)}",
    }


def _stream_cpu(make_guard: Callable[[], object], reply: str, repeat: int = 3) -> float:
    words = reply.split(" ")
    chunks = [" ".join(words[i : i + 2]) + " " for i in range(0, len(words), 2)]
    best = float("inf")
    for _ in range(repeat):
        guard = make_guard()
        start = time.process_time()
        for chunk in chunks:
            guard.feed(chunk)
        guard.finish()
        best = min(best, time.process_time() - start)
    return best * 1000


def cpu_table() -> str:
    prompt = PROMPTS[0]
    rows = []
    for label, reply in replies_900_words().items():
        old = _stream_cpu(lambda: v1.StreamingLeakGuard(prompt.text, prompt.allowed), reply, 1)
        new = _stream_cpu(lambda: StreamingLeakGuard(prompt.text, prompt.allowed), reply)
        rows.append((label, f"{old:.0f}", f"{new:.0f}"))
    return table(
        "Guard CPU for one streamed reply, 2 words per chunk (ms; target v3: normal <= 100, "
        "adversarial <= 3x normal)",
        ["reply", "guard v1", "guard v3"],
        rows,
    )


def first_token_table() -> str:
    """Replay each benign reply token by token at a fixed pace and see when text first shows."""
    encoding = get_encoding("o200k_base")
    results = {}
    for name, guard_class in (
        ("guard v1", v1.StreamingLeakGuard),
        ("guard v3", StreamingLeakGuard),
    ):
        added = []
        for case in [c for c in CORPUS if not c.leaking]:
            tokens = [encoding.decode([t]) for t in encoding.encode(case.reply)]
            guard = guard_class(case.prompt.text, case.prompt.allowed)
            clock, shown = 0.0, ""
            for index, token in enumerate(tokens):
                clock = max(clock, index * TOKEN_INTERVAL_MS)
                start = time.perf_counter()
                shown = guard.feed(token)
                clock += (time.perf_counter() - start) * 1000
                if shown:
                    break
            added.append(clock)
        results[name] = summary(added)
    return table(
        f"Added delay before the first visible text of a normal reply (ms; tokens every "
        f"{TOKEN_INTERVAL_MS:.0f} ms; target v3 median <= 30)",
        ["guard", "median", "p95"],
        [(name, f"{median:.1f}", f"{p95:.1f}") for name, (median, p95) in results.items()],
    )


def pathological_table() -> str:
    rows, header = [], []
    for name, text in PATHOLOGICAL.items():
        calls = guard_calls(text)
        header = list(calls)
        rows.append(
            (name, f"{len(text):,}", *(f"{cpu_seconds(c) * 1000:.1f}" for c in calls.values()))
        )
    return table(
        "Guard CPU on pathological text (ms, best of 3; target: under 50 per call; a reply is "
        "cut at 40,000 characters first, as the LLM wrapper does)",
        ["text", "characters", *header],
        rows,
    )


def main() -> None:
    for part in (detection_table, format_table, cpu_table, first_token_table, pathological_table):
        print(part())  # noqa: T201 - a benchmark prints its tables


if __name__ == "__main__":
    main()
