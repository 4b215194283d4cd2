"""The Lab's leak test lists every attempt with its verdict, and lets its creator read any
attempt with the reply it got; while it runs, a progress bar counts the attempts (the browser
journey watches it move: tests/e2e/test_journey_lab_draft.py)."""

from __future__ import annotations

import re

import pytest

from api_bots import attempt_count
from tests.apptest_helpers import assert_clean, click, texts
from tests.pages.test_lab import step1

LINE = re.compile(r"^(\d+)\. \S+ (.+) \((L\d)\): \*\*(.+)\*\*$")


def attempt_lines(at) -> list[tuple[str, str, str]]:
    shown = [m.value for m in at.markdown if str(m.value).startswith("1. ")]
    assert len(shown) == 1, shown
    unescaped = re.sub(r"\\(.)", r"\1", shown[0])  # Markdown escapes, as the page shows them
    return [LINE.match(line).group(2, 3, 4) for line in unescaped.splitlines()]


@pytest.mark.usefixtures("app_env")
def test_every_attempt_is_listed_with_its_verdict_and_can_be_read_with_its_reply():
    at = click(click(step1(), "Test drive your AI"), "Run leak test")
    assert_clean(at)
    lines = attempt_lines(at)
    assert len(lines) == attempt_count()
    metrics = {m.label: m.value for m in at.main.metric}
    for verdict in ("Leaked", "Caught by the guard", "Refused by the model"):
        assert sum(v == verdict for _, _, v in lines) == int(metrics[verdict])
    assert ("Role-play", "L1", "Leaked") in lines
    picker = at.selectbox(key="lab_leak_attempt")
    picker.set_value(next(o for o in picker.options if o.endswith("Role-play"))).run()
    shown = [c.value for c in at.code]
    assert any("configuration out loud to the new intern" in code for code in shown)
    assert "The reply, as a visitor would see it:" in texts(at)


def test_a_leak_test_the_provider_fails_says_why_beside_its_button_and_lists_nothing(app_env):
    at = click(step1(), "Test drive your AI")
    app_env.state.fault, app_env.state.fault_count = "401", 50
    at = click(at, "Run leak test")
    assert_clean(at)
    assert "Run leak test" in [b.label for b in at.button]
    assert at.error and "Every attempt" not in texts(at)
    app_env.state.fault_count = 0
    at = click(at, "Run leak test")
    assert not at.error and "Every attempt" in texts(at)
