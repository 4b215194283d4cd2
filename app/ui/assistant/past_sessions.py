"""An assistant's page lists the user's past sessions with it, to resume one or read a
concluded one's recap again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import streamlit as st

from api_bots import BotProfile
from api_sessions import STATUS_COMPLETED, ChatSummary, get_past_sessions
from api_util_openai import format_cost
from i18n import format_day, ntr, tr
from ui import state as ui_state
from ui.text import plain


def session_summary(session: ChatSummary) -> str:
    """When, which model, how long, open or concluded, what it cost: one caption line."""
    fields = {
        "when": _started(session.created_date),
        "model": session.model,
        "messages": ntr("{count} message", "{count} messages", session.message_count),
        "cost": format_cost(session.spend) if session.spend.recorded else tr("not recorded"),
    }
    if session.status == STATUS_COMPLETED:
        return plain(tr("{when} · {model} · {messages} · concluded · cost {cost}", **fields))
    return plain(tr("{when} · {model} · {messages} · open · cost {cost}", **fields))


def _started(moment: datetime | None) -> str:
    if moment is None:
        return tr("unknown time")
    return tr("{day}, {time} UTC", day=format_day(moment), time=moment.strftime("%H:%M"))


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
    st.subheader(tr("Your past sessions"))
    for session in past:
        with st.container(border=True):
            left, right = st.columns([3, 1], vertical_alignment="center")
            left.markdown(f"**{plain(session.title)}**")
            left.caption(session_summary(session))
            if session.status == STATUS_COMPLETED:
                right.button(
                    tr("View recap"),
                    key=f"assistant_recap_{session.session_id}",
                    on_click=on_view_recap,
                    args=(session.session_id,),
                    width="stretch",
                )
            right.button(
                tr("Resume session"),
                key=f"assistant_resume_{session.session_id}",
                on_click=on_resume,
                args=(session.session_id,),
                width="stretch",
            )
