"""The Stats dialog: how an assistant does, in total and per version, with sessions per day.

Counters only: the creator never sees a visitor's words."""

from __future__ import annotations

from datetime import date, timedelta

import altair as alt
import streamlit as st

from api_bots import Counters, bot_stats
from i18n import format_day, format_number, tr
from ui import state as ui_state
from ui.lab.leak_report import show_protection
from ui.lounge.my_assistants import handler_dismiss


def _rate(value: float | None, percent: bool = False) -> str:
    if value is None:
        return "–"
    return f"{value:.0%}" if percent else f"{value:.1f}"


def _row(label: str, counters: Counters) -> dict:
    return {
        "": label,
        tr("Sessions started"): counters.sessions_started,
        tr("Concluded"): counters.sessions_ended,
        tr("Conclusion rate"): _rate(counters.conclusion_rate, percent=True),
        tr("Messages per session"): _rate(counters.messages_per_session),
        "👍": counters.likes,
        "👎": counters.dislikes,
        tr("Regenerations"): counters.regenerations,
        tr("Leak-guard replacements"): counters.leaks,
        tr("Tokens"): counters.tokens,
    }


def _utc(day: date) -> alt.DateTime:
    return alt.DateTime(year=day.year, month=day.month, date=day.day, utc=True)


def sessions_per_day(days: list[tuple[date, Counters]]) -> alt.Chart:
    """Bars on a date axis: a few level tick labels ("2 Dec", a week apart), never 30 rotated
    ISO dates. The days are UTC days, and shown as such in every time zone."""
    rows = [{"Day": day.isoformat(), "Sessions": c.sessions_started} for day, c in days]
    # The data's field names stay as they are; the axis and the tooltip say them translated.
    axis = alt.Axis(format="%-d %b", labelAngle=0, tickCount={"interval": "week", "step": 1})
    day = {"field": "Day", "type": "temporal", "timeUnit": "utcyearmonthdate"}
    # From the first day's start to the last day's end, so the last day's bar is drawn whole.
    ends = (days[0][0], days[-1][0] + timedelta(days=1)) if days else None
    scale = alt.Scale(domain=[_utc(end) for end in ends]) if ends else alt.Undefined
    return (
        alt.Chart(alt.Data(values=rows))
        .mark_bar()
        .encode(
            x=alt.X(**day, title=None, axis=axis, scale=scale),
            y=alt.Y("Sessions:Q", title=tr("Sessions"), axis=alt.Axis(tickMinStep=1)),
            tooltip=[
                alt.Tooltip(**day, format="%-d %B %Y", title=tr("Day")),
                alt.Tooltip("Sessions:Q", title=tr("Sessions")),
            ],
        )
        .properties(height=220)
    )


def show_stats(bot_id: str, name: str) -> None:
    @st.dialog(tr("Stats of {name}", name=name), width="large", on_dismiss=handler_dismiss)
    def dialog() -> None:
        user = ui_state.current_user()
        try:
            stats = bot_stats(ui_state.store(), user.user_id, bot_id)
        except ui_state.EXPECTED_ERRORS as error:
            st.error(ui_state.error_message(error))
            return
        total = stats.total
        columns = st.columns(4)
        columns[0].metric(tr("Sessions started"), format_number(total.sessions_started))
        columns[1].metric(tr("Conclusion rate"), _rate(total.conclusion_rate, percent=True))
        columns[2].metric(tr("Messages per session"), _rate(total.messages_per_session))
        columns[3].metric(
            "👍 / 👎", f"{format_number(total.likes)} / {format_number(total.dislikes)}"
        )
        st.caption(tr("Sessions per day, last 30 days (UTC)"))
        st.altair_chart(sessions_per_day(stats.days), width="stretch")
        rows = [_row(tr("All versions"), total)] + [
            _row(tr("Version {number}", number=v.number), v.counters)
            for v in reversed(stats.versions)
        ]
        st.dataframe(rows, width="stretch", hide_index=True)
        if stats.leak_test:
            when = stats.leak_test.get("date")
            day = format_day(when) if hasattr(when, "strftime") else ""
            st.caption(
                tr(
                    "Latest leak test (version {number}, {day}): protection per level of "
                    "extraction attempts",
                    number=stats.leak_test.get("version"),
                    day=day,
                )
            )
            show_protection(stats.leak_test.get("rates") or {})
        st.caption(
            tr("Counted as things happen; visitors' messages are never read for these numbers.")
        )

    dialog()
