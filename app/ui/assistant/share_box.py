"""Share this chat: a link to a read-only copy of the conversation as it is now. The link is
shown once: its key is in it and nowhere else (GPT Lab keeps only ciphertext)."""

from __future__ import annotations

import streamlit as st

from api_sessions import ChatSession, share_chat, visible_messages
from i18n import tr
from ui import state as ui_state
from ui.links import shared_chat_link
from ui.lounge.shared_links import forget_shared_links

FRESH_LINK = "assistant_share_link"  # (session id, link): until "Done" or another chat
SHARE_ERROR = "assistant_share_error"


def handler_share(chat: ChatSession) -> None:
    try:
        made = share_chat(ui_state.store(), ui_state.current_user(), chat)
    except ui_state.EXPECTED_ERRORS as error:
        st.session_state[SHARE_ERROR] = ui_state.error_message(error)
        return
    st.session_state[SHARE_ERROR] = None
    st.session_state[FRESH_LINK] = (chat.session_id, shared_chat_link(made.link_id, made.key))
    forget_shared_links()


def handler_done() -> None:
    """The link is copied: this tab forgets it too."""
    st.session_state.pop(FRESH_LINK, None)


def render_share(chat: ChatSession) -> None:
    """Inside the chat's "Share this chat" expander."""
    fresh = st.session_state.get(FRESH_LINK)
    if fresh and fresh[0] != chat.session_id:
        handler_done()  # another chat's link is not this chat's
        fresh = None
    error = st.session_state.get(SHARE_ERROR)
    if error:
        st.error(error)
    if fresh:
        st.success(
            tr("Copy this link now: it is shown only once, and GPT Lab cannot show it again.")
        )
        st.code(fresh[1], language=None, wrap_lines=True)
        st.button(tr("Done"), key="assistant_share_done", on_click=handler_done)
        return
    st.caption(
        tr(
            "Anyone with the link can read this conversation as it is now, without signing in: "
            "your messages and the replies you saw (never the assistant's instructions or "
            "replies that were withheld). The link holds the only key to it: GPT Lab stores it "
            "encrypted and cannot read it. Stop sharing any time in My Chats."
        )
    )
    st.button(
        tr("Create a share link"),
        key="assistant_share",
        on_click=handler_share,
        args=(chat,),
        disabled=not any(m.role == "user" for m in visible_messages(chat)),
    )
