"""The leak guard on held-out material: prompts, replies and attack formats written blind.

tests/holdout_v3/ was written by a helper session from the issue's description only, without
reading the guard or its tests (see its README). The figures here are the honest ones; the
corpus beside the guard (tests/leak_corpus.py) only shows that the guard agrees with itself.
Each reply is checked as the app checks it: against the initial prompt and the summary prompt
together (`guarded_prompt`). Two creators: one who never looked at the Lab's classes (the
guard's proposals only, no allowed phrases: what the pure `is_prompt_leak` sees), and one who
declared what the corpus labels say: every sentence holding a labelled secret sentence marked
Secret, and the labelled lines to say added as allowed phrases.

    python -m bench.leak_holdout [--declared]
"""

from __future__ import annotations

import random
import sys
from collections import defaultdict
from collections.abc import Iterable

from bench.common import table
from leak_guard import SECRET, declarations, find_prompt_leak, guarded_prompt, prompt_sentences
from tests.holdout_v3.formats import FORMATS, NEW_FORMATS
from tests.holdout_v3.prompts import PROMPTS
from tests.holdout_v3.replies import BENIGN, LEAKS

GROUPS = ("english", "latin", "cjk")
_PROMPTS = {prompt["key"]: prompt for prompt in PROMPTS}


DECLARED = "--declared" in sys.argv


def declared_classes(prompt: dict) -> tuple:
    """What a creator who marked the labelled secrets as Secret would store."""
    text = prompt["initial_prompt"]
    secret = [(text.find(s), text.find(s) + len(s)) for s in prompt["secret_sentences"]]
    return declarations(
        {
            sentence.text: SECRET
            for sentence in prompt_sentences(text)
            if any(a < sentence.end and sentence.start < b for a, b in secret)
        }
    )


def is_caught(prompt_key: str, reply: str) -> bool:
    prompt = _PROMPTS[prompt_key]
    hidden = guarded_prompt(prompt["initial_prompt"], prompt["summary_prompt"])
    if not DECLARED:
        return find_prompt_leak(hidden, reply) is not None
    allowed = tuple(prompt["say_to_users"])
    return find_prompt_leak(hidden, reply, allowed, declared=declared_classes(prompt)) is not None


def flag_rates(cases: Iterable[dict]) -> dict[str, tuple[int, int]]:
    """(flagged, total) per language group and overall."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case in cases:
        flagged = is_caught(case["prompt"], case["reply"])
        for group in (_PROMPTS[case["prompt"]]["group"], "all"):
            counts[group][0] += flagged
            counts[group][1] += 1
    return {group: (flagged, total) for group, (flagged, total) in counts.items()}


def _cell(rates: dict[str, tuple[int, int]], group: str) -> str:
    flagged, total = rates.get(group, (0, 0))
    return f"{flagged / total:.2f} ({flagged}/{total})" if total else "-"


def _by_kind(cases: tuple[dict, ...], title: str) -> str:
    kinds = sorted({case["kind"] for case in cases})
    rows = []
    for kind in [*kinds, "all"]:
        chosen = [case for case in cases if kind in ("all", case["kind"])]
        rates = flag_rates(chosen)
        rows.append((kind, *(_cell(rates, group) for group in (*GROUPS, "all"))))
    return table(title, ["kind", *GROUPS, "all"], rows)


def leak_table() -> str:
    return _by_kind(LEAKS, "Held-out leaks: recall per kind and language group (caught/total)")


def benign_table() -> str:
    return _by_kind(
        BENIGN, "Held-out benign replies: false-positive rate per kind and language group"
    )


def format_texts(prompt: dict) -> list[str]:
    """What an attacker wants out: the secret sentences, and the whole initial prompt."""
    return [" ".join(prompt["secret_sentences"]), prompt["initial_prompt"]]


def format_table() -> str:
    rows = []
    caught_all = total_all = formats_at_08 = 0
    for name, encode in FORMATS.items():
        rng = random.Random(name)
        caught = total = 0
        for prompt in PROMPTS:
            for text in format_texts(prompt):
                caught += is_caught(prompt["key"], encode(text, rng))
                total += 1
        rate = caught / total
        formats_at_08 += rate >= 0.8
        caught_all, total_all = caught_all + caught, total_all + total
        rows.append((name, "yes" if name in NEW_FORMATS else "", f"{rate:.2f}"))
    rows.append(("all formats", "", f"{caught_all / total_all:.2f}"))
    rows.append(("formats caught at 0.8 or more", "", f"{formats_at_08} of {len(FORMATS)}"))
    return table(
        "Held-out attack formats: share caught (36 prompts x secret sentences and whole prompt)",
        ["format", "invented by the corpus author", "caught"],
        rows,
    )


def main() -> None:
    for part in (leak_table, benign_table, format_table):
        print(part())  # noqa: T201 - a benchmark prints its tables


if __name__ == "__main__":
    main()
