"""The leak guard on confidential knowledge, on material written blind (tests/holdout_retrieval/).

Each answerable question's evidence file is taken as a Confidential source the model was shown.
Leaks: a reply that hands over an evidence passage word for word, and the same passage in each
held-out attack format (tests/holdout_v3/formats.py). Benign: the question's reference answer,
written by the material's author in their own words, which is what a confidential source is
for (it informs answers). Neither set was written by the guard's authors.

    python -m bench.knowledge_leaks
"""

from __future__ import annotations

import random
from collections import defaultdict

from bench.common import table
from leak_guard import find_prompt_leak
from tests.holdout_retrieval import bases, questions
from tests.holdout_v3.formats import FORMATS

PROMPT = "You are a helpful assistant for this business. Answer visitors' questions kindly."
MAX_FORMAT_CASES = 40  # quotes per format (every format sees the same ones)


def cases() -> list[tuple[str, str, str, str]]:
    """(base, file text, evidence quote, reference answer) per answerable question."""
    texts = bases()
    found = []
    for question in questions():
        if question["kind"] == "unanswerable" or not question.get("evidence"):
            continue
        evidence = question["evidence"][0]
        source = texts[question["base"]][evidence["file"]]
        found.append((question["base"], source, evidence["quote"], question["answer"]))
    return found


def caught(knowledge: str, reply: str) -> bool:
    return find_prompt_leak(PROMPT, reply, knowledge=knowledge) is not None


def verbatim_and_benign_table(all_cases: list[tuple[str, str, str, str]]) -> str:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for base, source, quote, answer in all_cases:
        for group in (base, "all"):
            counts[group][0] += caught(source, f"Here is the exact passage: {quote}")
            counts[group][1] += caught(source, answer)
            counts[group][2] += 1
    rows = [
        (group, f"{hit / n:.2f} ({hit}/{n})", f"{fp / n:.2f} ({fp}/{n})")
        for group, (hit, fp, n) in counts.items()
    ]
    return table(
        "Confidential knowledge: a passage quoted word for word (caught) and the reference "
        "answer in the author's words (wrongly flagged)",
        ["base", "verbatim caught", "answers flagged"],
        rows,
    )


def format_table(all_cases: list[tuple[str, str, str, str]]) -> str:
    chosen = random.Random(7).sample(all_cases, min(MAX_FORMAT_CASES, len(all_cases)))
    rows = []
    total_caught = total = at_08 = 0
    for name, encode in FORMATS.items():
        rng = random.Random(name)
        hits = sum(caught(source, encode(quote, rng)) for _, source, quote, _ in chosen)
        rate = hits / len(chosen)
        at_08 += rate >= 0.8
        total_caught, total = total_caught + hits, total + len(chosen)
        rows.append((name, f"{rate:.2f}"))
    rows.append(("all formats", f"{total_caught / total:.2f}"))
    rows.append(("formats caught at 0.8 or more", f"{at_08} of {len(FORMATS)}"))
    return table(
        f"Confidential knowledge in the held-out attack formats ({len(chosen)} passages each)",
        ["format", "caught"],
        rows,
    )


def main() -> None:
    all_cases = cases()
    print(verbatim_and_benign_table(all_cases))  # noqa: T201 - a benchmark prints its tables
    print(format_table(all_cases))  # noqa: T201


if __name__ == "__main__":
    main()
