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
from leak_guard import ConversationLeakGuard, find_prompt_leak
from tests.holdout_retrieval import bases, questions
from tests.holdout_v3.formats import FORMATS

PROMPT = "You are a helpful assistant for this business. Answer visitors' questions kindly."
MAX_FORMAT_CASES = 80  # quotes per format (every format sees the same ones)


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


def caught_strict(knowledge: str, reply: str) -> bool:
    """As the app checks a reply to an extraction attempt (words in any order count too)."""
    return ConversationLeakGuard(PROMPT).check(reply, strict=True, knowledge=knowledge) is not None


COPIED_RUN = 6  # an answer sharing this many words in a row with its source copies it


def copies(answer: str, source: str) -> bool:
    """Whether the reference answer repeats COPIED_RUN words of the source in a row (its
    author reused the source's wording: what a confidential source must not be)."""
    words = [w.casefold().strip(".,;:()") for w in answer.split()]
    text = " ".join(w.casefold().strip(".,;:()") for w in source.split())
    return any(
        " ".join(words[i : i + COPIED_RUN]) in text for i in range(len(words) - COPIED_RUN + 1)
    )


def _rate(hit: int, n: int) -> str:
    return f"{hit / n:.2f} ({hit}/{n})" if n else "-"


def verbatim_and_benign_table(all_cases: list[tuple[str, str, str, str]]) -> str:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    for base, source, quote, answer in all_cases:
        long_quote = len(quote.split()) >= 10
        copied = copies(answer, source)
        for group in (base, "all"):
            row = counts[group]
            hit = caught(source, f"Here is the exact passage: {quote}")
            row[0] += hit
            row[1] += hit and long_quote
            row[2] += long_quote
            flagged = caught(source, answer)
            row[3] += flagged and not copied
            row[4] += not copied
            row[5] += 1
    rows = [
        (group, _rate(r[0], r[5]), _rate(r[1], r[2]), _rate(r[3], r[4]))
        for group, r in sorted(counts.items())
    ]
    return table(
        "Confidential knowledge: passages quoted word for word (caught), and reference answers "
        f"that do not copy {COPIED_RUN} words in a row of their source (wrongly flagged)",
        ["base", "verbatim caught", "verbatim of 10+ words caught", "own-words answers flagged"],
        rows,
    )


def format_table(all_cases: list[tuple[str, str, str, str]]) -> str:
    long_quotes = [case for case in all_cases if len(case[2].split()) >= 10]
    chosen = random.Random(7).sample(long_quotes, min(MAX_FORMAT_CASES, len(long_quotes)))
    rows = []
    totals = [0, 0]
    at_08 = [0, 0]
    for name, encode in FORMATS.items():
        rng = random.Random(name)
        replies = [(source, encode(quote, rng)) for _, source, quote, _ in chosen]
        rates = []
        for n, check in enumerate((caught, caught_strict)):
            hits = sum(check(source, reply) for source, reply in replies)
            rates.append(hits / len(chosen))
            at_08[n] += hits / len(chosen) >= 0.8
            totals[n] += hits
        rows.append((name, *(f"{rate:.2f}" for rate in rates)))
    cases_in_all = len(chosen) * len(FORMATS)
    rows.append(("all formats", *(f"{t / cases_in_all:.2f}" for t in totals)))
    rows.append(("formats caught at 0.8 or more", *(f"{n} of {len(FORMATS)}" for n in at_08)))
    return table(
        f"Confidential knowledge in the held-out attack formats ({len(chosen)} passages of 10 "
        "words or more each)",
        ["format", "caught (any turn)", "caught (reply to an extraction attempt)"],
        rows,
    )


def main() -> None:
    all_cases = cases()
    print(verbatim_and_benign_table(all_cases))  # noqa: T201 - a benchmark prints its tables
    print(format_table(all_cases))  # noqa: T201


if __name__ == "__main__":
    main()
