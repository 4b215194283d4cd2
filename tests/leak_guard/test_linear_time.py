"""No text makes the guard slow: pathological input costs milliseconds, never seconds.

Python's `re` holds the GIL, so one slow pattern stalls every visitor of the server: pasting
"a", 16,000 line breaks and "b" into the Lab's prompt field cost 11 s of CPU per rerun, and
100,000 mixed blanks 141 s. The budget here is the issue's 50 ms per call (CPU time, the best of
five runs, so a busy machine does not fail it); bench/leak_guard.py prints the figures.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from llm.models import MAX_REPLY_CHARS
from tests.leak_pathological import PATHOLOGICAL, cpu_seconds, guard_calls

BUDGET_SECONDS = 0.050
pytestmark = pytest.mark.cpu_budget


@pytest.mark.parametrize("name", PATHOLOGICAL)
def test_pathological_text_costs_milliseconds(name):
    slow = {
        call: seconds
        for call, run in guard_calls(PATHOLOGICAL[name]).items()
        if (seconds := cpu_seconds(run)) > BUDGET_SECONDS
    }
    assert slow == {}


# Text made of many short words costs per word, as a normal reply does; what must not happen is
# a cost per word that grows with the text.
DENSE = {"single letters": "a ", "quoted letters": " 'a", "binary": "01000001 ", "words": "word "}


@pytest.mark.parametrize("name", DENSE)
def test_dense_text_costs_the_same_per_character_however_long(name):
    def text(length: int) -> str:
        return DENSE[name] * (length // len(DENSE[name]))

    short, long = guard_calls(text(MAX_REPLY_CHARS // 4)), guard_calls(text(MAX_REPLY_CHARS))
    growth = {call: cpu_seconds(long[call]) / max(cpu_seconds(short[call]), 1e-4) for call in short}
    assert {call: ratio for call, ratio in growth.items() if ratio > 6} == {}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.sampled_from(
                [
                    " ",
                    "\n",
                    "\t",
                    "\n\n",
                    "say",
                    "tell them",
                    "answer with",
                    "Internal:",
                    "#",
                    "never share",
                    "keep it secret",
                    "and keep",
                    ",",
                    ";",
                    '"',
                    "'",
                    "(",
                    "[",
                    "=",
                    "4",
                    "A",
                    "é",
                    "。",
                    "我",
                ]  # fmt: skip
            ),
            st.integers(min_value=1, max_value=600),
        ),
        min_size=1,
        max_size=12,
    ).filter(lambda runs: sum(len(piece) * count for piece, count in runs) <= 8_000)
)
def test_runs_of_anything_as_long_as_two_prompts_cost_milliseconds(runs):
    text = "".join(piece * count for piece, count in runs)
    for call, run in guard_calls(text).items():
        assert cpu_seconds(run) <= BUDGET_SECONDS, call


def _encoded_runs() -> dict[str, str]:
    import base64
    import random

    rng = random.Random(5)
    raw = bytes(rng.randrange(256) for _ in range(MAX_REPLY_CHARS))
    text = ("Lorem ipsum dolor sit amet " * 3000).encode()
    return {
        "hex of random bytes": raw.hex(),
        "hex of text": text.hex(),
        "base32 of random bytes": base64.b32encode(raw).decode(),
        "base32 of text": base64.b32encode(text).decode(),
        "base64 of UTF-16 text": base64.b64encode(text.decode().encode("utf-16-le")).decode(),
        "base64 of text": base64.b64encode(text).decode(),
        "base64 of base64": base64.b64encode(base64.b64encode(text)).decode(),
    }


ENCODED_RUNS = _encoded_runs()


@pytest.mark.parametrize("name", ENCODED_RUNS)
def test_an_unbroken_encoded_run_costs_the_same_per_character_however_long(name):
    """Each 256-character piece of one unbroken run must not start decoders that read the run
    again (that was quadratic up to the 40,000-character cut)."""
    run = ENCODED_RUNS[name]
    short, long = guard_calls(run[: MAX_REPLY_CHARS // 4]), guard_calls(run[:MAX_REPLY_CHARS])
    growth = {call: cpu_seconds(long[call]) / max(cpu_seconds(short[call]), 1e-3) for call in short}
    assert {call: ratio for call, ratio in growth.items() if ratio > 6} == {}
