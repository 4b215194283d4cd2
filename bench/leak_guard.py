"""Leak guard benchmark: recall per leak kind and false positives on the labelled corpus, for
the original TF-IDF check and the new guard side by side; time per check; and the delay the
streaming hold-back adds before the first word of a normal reply appears.

    python -m bench.leak_guard
"""

from __future__ import annotations

import random
import time

from api_util_leak_guard import (
    StreamingLeakGuard,
    find_prompt_leak,
    original_is_prompt_leak,
    prompt_index,
)
from api_util_tokens import get_encoding
from bench.common import summary, table, timed
from tests.leak_corpus import CORPUS, DERIVED_KINDS, PROMPTS, SEMANTIC_KINDS

TOKEN_INTERVAL_MS = 15.0  # a typical gap between streamed tokens


def detection_table() -> str:
    rows = []
    for kind in (*DERIVED_KINDS, *SEMANTIC_KINDS):
        cases = [c for c in CORPUS if c.leaking and c.kind == kind]
        original = sum(original_is_prompt_leak(c.prompt.text, c.reply) for c in cases)
        new = sum(
            find_prompt_leak(c.prompt.text, c.reply, c.prompt.allowed) is not None for c in cases
        )
        rows.append((kind, len(cases), f"{original / len(cases):.2f}", f"{new / len(cases):.2f}"))
    benign = [c for c in CORPUS if not c.leaking]
    original_fp = sum(original_is_prompt_leak(c.prompt.text, c.reply) for c in benign)
    new_fp = sum(
        find_prompt_leak(c.prompt.text, c.reply, c.prompt.allowed) is not None for c in benign
    )
    rows.append(
        (
            "false positives (benign)",
            len(benign),
            f"{original_fp / len(benign):.3f}",
            f"{new_fp / len(benign):.3f}",
        )
    )
    return table(
        "Leak detection on the corpus (recall per kind; false-positive rate)",
        ["kind", "replies", "original TF-IDF > 0.6", "new guard"],
        rows,
    )


def long_texts(rng: random.Random) -> tuple[str, str]:
    """A 2,000-word prompt and a 2,000-word benign reply."""
    sentences = [s for p in PROMPTS for s in p.text.split(". ")]
    prompt_words: list[str] = []
    while len(prompt_words) < 2000:
        prompt_words += f"Rule {len(prompt_words)}: {rng.choice(sentences)}.".split()
    benign = [c.reply for c in CORPUS if not c.leaking]
    reply_words: list[str] = []
    while len(reply_words) < 2000:
        reply_words += rng.choice(benign).split()
    return " ".join(prompt_words[:2000]), " ".join(reply_words[:2000])


def timing_table(repeat: int = 200) -> str:
    prompt, reply = long_texts(random.Random(1))
    build = timed(lambda: prompt_index.__wrapped__(prompt, ()), 20)
    prompt_index(prompt, ())
    new = timed(lambda: find_prompt_leak(prompt, reply), repeat)
    original = timed(lambda: original_is_prompt_leak(prompt, reply), max(20, repeat // 10))
    rows = [
        ("original TF-IDF check", *(f"{v:.2f}" for v in summary(original))),
        ("new guard, per check (prompt indexed)", *(f"{v:.2f}" for v in summary(new))),
        ("new guard, indexing a prompt (once per prompt)", *(f"{v:.2f}" for v in summary(build))),
    ]
    return table(
        "Time per check, 2,000-word prompt and 2,000-word reply (ms)",
        ["what", "median", "p95"],
        rows,
    )


def first_token_table() -> str:
    """Replay each benign reply token by token at a fixed pace and see when text first shows."""
    encoding = get_encoding("o200k_base")
    added, cpu_per_chunk = [], []
    for case in [c for c in CORPUS if not c.leaking]:
        tokens = [encoding.decode([t]) for t in encoding.encode(case.reply)]
        guard = StreamingLeakGuard(case.prompt.text, case.prompt.allowed)
        clock, shown = 0.0, ""
        for index, token in enumerate(tokens):
            clock = max(clock, index * TOKEN_INTERVAL_MS)  # the first token arrives at 0 ms
            start = time.perf_counter()
            shown = guard.feed(token)
            spent = (time.perf_counter() - start) * 1000
            clock += spent
            cpu_per_chunk.append(spent)
            if shown:
                break
        if not shown:
            start = time.perf_counter()
            guard.finish()
            clock += (time.perf_counter() - start) * 1000
        added.append(clock)
    median_added, p95_added = summary(added)
    median_cpu, p95_cpu = summary(cpu_per_chunk)
    return table(
        f"Streaming hold-back on normal replies (tokens every {TOKEN_INTERVAL_MS:.0f} ms)",
        ["measure", "median", "p95"],
        [
            (
                "added delay before the first visible text (ms)",
                f"{median_added:.1f}",
                f"{p95_added:.1f}",
            ),
            ("guard CPU per streamed chunk (ms)", f"{median_cpu:.3f}", f"{p95_cpu:.3f}"),
        ],
    )


def main() -> None:
    print(detection_table())  # noqa: T201 - a benchmark prints its tables
    print(timing_table())  # noqa: T201
    print(first_token_table())  # noqa: T201


if __name__ == "__main__":
    main()
