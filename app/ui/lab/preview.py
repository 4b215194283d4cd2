"""Step 3's preview: the assistant as the Lounge lists it, the chat's title, and the
conversation starters a new session offers under the greeting, as the creator types them."""

from __future__ import annotations

import streamlit as st

from api_bots import SESSION_TYPE_BRAINSTORMING, STARTERS_MAX, BotProfile
from i18n import tr
from ui.components import assistant_card, assistant_title
from ui.lab.draft import W, draft
from ui.text import plain


def _typed(name: str) -> str:
    return (st.session_state.get(W + name) or "").strip()


def render_preview() -> None:
    st.caption(tr("Lounge preview"))
    preview = BotProfile(
        bot_id="preview",
        name=_typed("name") or tr("Your AI"),
        tag_line=_typed("tag_line") or tr("Tag line"),
        description=_typed("description") or tr("Description"),
        session_type=SESSION_TYPE_BRAINSTORMING,
        model=draft()["model"],
        creator_user_id="",
    )
    assistant_card(preview, None, disabled=True, key="lab_preview")
    st.caption(tr("Chat title preview"))
    st.markdown(f"### {plain(assistant_title(preview.name, preview.tag_line))}")
    starters = [line.strip() for line in _typed("starters").splitlines() if line.strip()]
    st.caption(tr("Conversation starters preview (buttons under the greeting of a new session)"))
    if not starters:
        st.caption(tr("None yet: add one per line on the left."))
        return
    with st.container(horizontal=True):
        for index, starter in enumerate(starters[:STARTERS_MAX]):
            st.button(plain(starter), key=f"lab_preview_starter_{index}", disabled=True)
