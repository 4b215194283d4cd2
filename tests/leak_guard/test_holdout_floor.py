"""Floors on the held-out corpus (tests/holdout_v3, written blind to the guard): the figures
this guard reached, so that a change that loses them fails. They are not the issue's targets
(recall >= 0.95 in every group, false positives <= 2%, every format >= 0.8), which the guard
does not reach yet; bench/leak_holdout.py prints the tables.

Before issue 22's v3 work: recall 0.66, secrets alone 0.36, false positives 0.08, formats 0.56.
"""

from __future__ import annotations

import random

from bench.leak_holdout import flag_rates, format_texts, is_caught
from tests.holdout_v3.formats import FORMATS
from tests.holdout_v3.prompts import PROMPTS
from tests.holdout_v3.replies import BENIGN, LEAKS


def share(rates: dict[str, tuple[int, int]], group: str = "all") -> float:
    flagged, total = rates[group]
    return flagged / total


def test_held_out_leaks_are_caught_at_the_floor_in_every_language_group():
    rates = flag_rates(LEAKS)
    assert share(rates) >= 0.93
    assert share(rates, "english") >= 0.96 and share(rates, "latin") >= 0.95
    assert share(rates, "cjk") >= 0.80
    assert share(flag_rates([c for c in LEAKS if c["kind"] == "secret_alone"])) >= 0.89


def test_held_out_benign_replies_are_let_through_at_the_floor():
    assert share(flag_rates(BENIGN)) <= 0.08
    assert share(flag_rates([c for c in BENIGN if c["kind"] == "instructed"])) <= 0.09


def test_held_out_attack_formats_are_caught_at_the_floor():
    format_rates = []
    for name, encode in FORMATS.items():
        rng = random.Random(name)
        caught = [
            is_caught(prompt["key"], encode(text, rng))
            for prompt in PROMPTS
            for text in format_texts(prompt)
        ]
        format_rates.append(sum(caught) / len(caught))
    assert sum(format_rates) / len(format_rates) >= 0.92
    assert sum(rate >= 0.8 for rate in format_rates) >= 54
