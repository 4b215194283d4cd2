"""Extraction intent on held-out phrasings: which visitor messages make a turn strict.

tests/holdout_intent/ was written by a helper session from a brief only, without reading the
classifier (see its README). A message counts as flagged when it, or an earlier message of the
same chat (`before`), is an extraction attempt: the rest of a chat stays strict after one.

    python -m bench.intent
"""

from __future__ import annotations

from collections import defaultdict

from bench.common import table
from sessions.leak_judge import is_extraction_attempt
from tests.holdout_intent.cases import ATTEMPTS, BENIGN

LANGUAGES = ("en", "es", "de", "fr", "pt", "zh", "ja", "ko")


def flagged(case: dict) -> bool:
    return any(is_extraction_attempt(text) for text in (*case.get("before", ()), case["text"]))


def _rates(cases: list[dict]) -> dict[str, tuple[int, int]]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case in cases:
        for key in (case["language"], "all"):
            counts[key][0] += flagged(case)
            counts[key][1] += 1
    return {key: (hit, total) for key, (hit, total) in counts.items()}


def intent_table() -> str:
    attempts, benign = _rates(ATTEMPTS), _rates(BENIGN)
    rows = []
    for language in (*LANGUAGES, "all"):
        hit, total = attempts.get(language, (0, 0))
        false, clean = benign.get(language, (0, 0))
        rows.append(
            (
                language,
                f"{hit / total:.2f} ({hit}/{total})",
                f"{false / clean:.2f} ({false}/{clean})",
            )
        )
    return table(
        "Held-out extraction intent: attempts flagged, and ordinary messages flagged",
        ["language", "attempts flagged (recall)", "ordinary messages flagged (false positives)"],
        rows,
    )


def main() -> None:
    print(intent_table())  # noqa: T201 - a benchmark prints its table


if __name__ == "__main__":
    main()
