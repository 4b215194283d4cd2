"""A concluded chat's recap on the Assistant page: the recap, the rating, the transcript and
downloads; Continue and Start again only while the assistant takes new turns."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from api_sessions import ChatSession
from i18n import ntr, tr
from ui.assistant.downloads import render_downloads
from ui.assistant.refusal import shown_content
from ui.assistant.transcript import render_read_only, render_transcript
from ui.scroll import scroll_to_top
from ui.text import model_markdown, plain

AT_TOP = "assistant_recap_at_top"  # the chat whose recap was brought to the page's top


def left_recap() -> None:
    """The page shows something else: the next recap opened starts at its top again."""
    st.session_state.pop(AT_TOP, None)


def render_recap(
    chat: ChatSession,
    on_rate: Callable[[bool], None],
    on_continue: Callable[[], None],
    on_start: Callable[[str], None],
    token: str,
    render_error: Callable[[], None],
) -> None:
    if st.session_state.get(AT_TOP) != chat.session_id:
        scroll_to_top(key=f"recap_top_{chat.session_id}")
        st.session_state[AT_TOP] = chat.session_id
    st.header(tr("Chat with {name}", name=plain(chat.config.bot_name)))
    if chat.title:
        st.markdown(f"**{plain(chat.title)}**")
    st.subheader(tr("Session Recap"))
    st.markdown(model_markdown(shown_content(chat.recap or "")))
    render_error()
    if chat.read_only:
        render_read_only(chat)
    st.write(tr("Was this chat helpful?"))
    with st.container(horizontal=True):
        # Words, not thumbs alone (an icon is no label); the chosen one is also said below.
        st.button(
            tr("Helpful"),
            icon="👍",
            key="assistant_like",
            on_click=on_rate,
            args=(True,),
            type="primary" if chat.user_liked is True else "secondary",
        )
        st.button(
            tr("Not helpful"),
            icon="👎",
            key="assistant_dislike",
            on_click=on_rate,
            args=(False,),
            type="primary" if chat.user_liked is False else "secondary",
        )
    if chat.user_liked is not None:
        st.caption(
            tr("Thanks for your rating! You rated this chat helpful.")
            if chat.user_liked
            else tr("Thanks for your rating! You rated this chat not helpful.")
        )
    conversation = ntr(
        "The conversation ({count} message)",
        "The conversation ({count} messages)",
        len(chat.transcript),
    )
    with st.expander(conversation):
        render_transcript(chat)
    if not chat.read_only:
        st.button(tr("Continue this chat"), key="assistant_continue", on_click=on_continue)
    render_downloads(chat, key="assistant")
    if not chat.read_only:
        st.button(
            tr("Start a new session with {name}", name=plain(chat.config.bot_name)),
            key="assistant_start_again",
            on_click=on_start,
            args=(token,),
        )
    if st.button(tr("Return to lounge"), key="assistant_return_to_lounge"):
        st.switch_page("pages/lounge.py")
