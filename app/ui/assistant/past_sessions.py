"""An assistant's page lists the user's past sessions with it, to resume one or read a
concluded one's recap again."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from api_bots import BotProfile
from api_sessions import STATUS_COMPLETED, get_past_sessions
from api_util_openai import format_cost
from ui import state as ui_state
from ui.text import counted, plain


def render_past_sessions(
    bot: BotProfile, on_resume: Callable[[str], None], on_view_recap: Callable[[str], None]
) -> None:
    try:
        past = get_past_sessions(ui_state.store(), ui_state.current_user(), bot.bot_id)
    except ui_state.EXPECTED_ERRORS as error:
        st.error(ui_state.error_message(error))
        return
    if not past:
        return
    st.subheader("Your past sessions")
    for session in past:
        with st.container(border=True):
            left, right = st.columns([3, 1], vertical_alignment="center")
            when = (
                session.created_date.strftime("%Y-%m-%d %H:%M UTC")
                if session.created_date
                else "unknown time"
            )
            state = "concluded" if session.status == STATUS_COMPLETED else "open"
            left.markdown(f"**{plain(session.title)}**")
            left.caption(
                plain(
                    f"{when} · {session.model} · {counted(session.message_count, 'message')} · "
                    f"{state} · "
                    f"cost {format_cost(session.spend)}"
                )
            )
            if session.status == STATUS_COMPLETED:
                right.button(
                    "View recap",
                    key=f"assistant_recap_{session.session_id}",
                    on_click=on_view_recap,
                    args=(session.session_id,),
                    width="stretch",
                )
            right.button(
                "Resume session",
                key=f"assistant_resume_{session.session_id}",
                on_click=on_resume,
                args=(session.session_id,),
                width="stretch",
            )
