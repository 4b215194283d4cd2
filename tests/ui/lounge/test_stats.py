"""The Stats dialog's sessions-per-day chart labels its dates readably: a date axis with a label
a week apart, level, in UTC days ("2 Dec"), not thirty rotated ISO dates for one bar."""

from __future__ import annotations

import json

import pytest

from tests.apptest_helpers import assert_clean, click
from tests.pages.test_creator_studio import lounge_with_rae


def chart_spec(at) -> dict:
    charts = at.get("vega_lite_chart")
    assert len(charts) == 1
    return json.loads(charts[0].proto.spec)


@pytest.mark.usefixtures("app_env")
def test_the_sessions_per_day_chart_has_a_date_axis_with_few_level_labels():
    at, _, _ = lounge_with_rae()
    at = click(at, "Stats")
    assert_clean(at)
    x = chart_spec(at)["encoding"]["x"]
    assert x["type"] == "temporal" and x["timeUnit"] == "utcyearmonthdate"
    assert x["axis"]["labelAngle"] == 0 and x["axis"]["format"] == "%-d %b"
    assert x["axis"]["tickCount"] == {"interval": "week", "step": 1}  # 30 days: 4 or 5 labels
