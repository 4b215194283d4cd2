"""The Stats dialog: how an assistant does, in total and per version, with sessions per day.

Counters only: the creator never sees a visitor's words."""

from __future__ import annotations

import streamlit as st

from api_bots import Counters, bot_stats
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
        "Sessions started": counters.sessions_started,
        "Concluded": counters.sessions_ended,
        "Conclusion rate": _rate(counters.conclusion_rate, percent=True),
        "Messages per session": _rate(counters.messages_per_session),
        "👍": counters.likes,
        "👎": counters.dislikes,
        "Regenerations": counters.regenerations,
        "Leak-guard replacements": counters.leaks,
        "Tokens": counters.tokens,
    }


def show_stats(bot_id: str, name: str) -> None:
    @st.dialog(f"Stats of {name}", width="large", on_dismiss=handler_dismiss)
    def dialog() -> None:
        user = ui_state.current_user()
        try:
            stats = bot_stats(ui_state.store(), user.user_id, bot_id)
        except ui_state.EXPECTED_ERRORS as error:
            st.error(ui_state.error_message(error))
            return
        total = stats.total
        columns = st.columns(4)
        columns[0].metric("Sessions started", f"{total.sessions_started:,}")
        columns[1].metric("Conclusion rate", _rate(total.conclusion_rate, percent=True))
        columns[2].metric("Messages per session", _rate(total.messages_per_session))
        columns[3].metric("👍 / 👎", f"{total.likes:,} / {total.dislikes:,}")
        st.caption("Sessions per day, last 30 days (UTC)")
        days = {
            "Day": [day.isoformat() for day, _ in stats.days],
            "Sessions": [c.sessions_started for _, c in stats.days],
        }
        st.bar_chart(days, x="Day", y="Sessions", height=220)
        rows = [_row("All versions", total)] + [
            _row(f"Version {v.number}", v.counters) for v in reversed(stats.versions)
        ]
        st.dataframe(rows, width="stretch", hide_index=True)
        if stats.leak_test:
            when = stats.leak_test.get("date")
            day = when.strftime("%Y-%m-%d") if hasattr(when, "strftime") else ""
            st.caption(
                f"Latest leak test (version {stats.leak_test.get('version')}, {day}): protection "
                "per level of extraction attempts"
            )
            show_protection(stats.leak_test.get("rates") or {})
        st.caption("Counted as things happen; visitors' messages are never read for these numbers.")

    dialog()
