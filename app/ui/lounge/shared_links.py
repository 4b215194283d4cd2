"""My Chats' "Links you shared": every share link of the user, with Stop sharing. The list is
one query, kept for a short while so reruns do not repeat it."""

from __future__ import annotations

import time

import streamlit as st

from api_sessions import ShareLink, list_share_links, revoke_share_link
from i18n import tr
from ui import state as ui_state
from ui.lounge.formats import when_text
from ui.text import plain

LINKS = "lounge_shared_links"  # (loaded at, links)
LINKS_MESSAGE = "lounge_shared_links_message"
FRESH_SECONDS = 20.0


def forget_shared_links() -> None:
    st.session_state.pop(LINKS, None)


def _links() -> list[ShareLink]:
    cached = st.session_state.get(LINKS)
    if cached and time.monotonic() - cached[0] < FRESH_SECONDS:
        return cached[1]
    links = list_share_links(ui_state.store(), ui_state.current_user())
    st.session_state[LINKS] = (time.monotonic(), links)
    return links


def handler_revoke(link: ShareLink) -> None:
    try:
        revoke_share_link(ui_state.store(), ui_state.current_user(), link.link_id)
    except ui_state.EXPECTED_ERRORS as error:
        st.session_state[LINKS_MESSAGE] = (ui_state.error_message(error), False)
    else:
        st.session_state[LINKS_MESSAGE] = (
            tr("“{title}” is no longer shared.", title=link.title),
            True,
        )
    forget_shared_links()


def render_link(link: ShareLink) -> None:
    with st.container(border=True, key=f"lounge_shared_{link.link_id}"):
        text, action = st.columns([3, 1], vertical_alignment="center")
        text.markdown(f"**{plain(link.title)}**")
        when = when_text(link.created_date)
        state = (
            tr("stopped: the link opens nothing") if link.revoked else tr("anyone with the link")
        )
        shared = tr("shared {when}", when=when)
        text.caption(plain(f"{link.bot_name} · {shared}") + f" · {state}")
        if not link.revoked:
            action.button(
                tr("Stop sharing"),
                key=f"lounge_shared_revoke_{link.link_id}",
                on_click=handler_revoke,
                args=(link,),
            )


def render_shared_links() -> None:
    """Under My Chats; the links themselves are never shown again (their keys are not kept)."""
    message = st.session_state.pop(LINKS_MESSAGE, None)
    if message:
        (st.success if message[1] else st.error)(plain(message[0]))
    links = _links()
    if not links:
        return
    st.subheader(tr("Links you shared"))
    st.caption(tr("Each opens a read-only copy of a chat as it was when you shared it."))
    for link in links:
        render_link(link)
