"""The Assistant page for someone signed out: what a shared link points to (the assistant's
public card, never its prompts), what GPT Lab is, and a sign-in worded for where they were."""

from __future__ import annotations

import streamlit as st

from api_bots import BotProfile, get_bot, normalize_code
from api_util_firebase import StoreError
from i18n import tr
from ui import state as ui_state
from ui.components import assistant_card
from ui.links import ASSISTANT_KEY, SESSION_KEY
from ui.signin import SignInForm
from ui.text import ABOUT_GPT_LAB, plain

SHARED_CARD = "assistant_shared_card"  # (code, profile or None), read once per code


def shared_assistant() -> BotProfile | None:
    """The public card of the assistant a signed-out visitor's link names (read once per
    code), or None: no code, a private or unknown one, or the store not answering."""
    code = normalize_code(st.query_params.get(ASSISTANT_KEY, ""))
    if not code:
        return None
    cached = st.session_state.get(SHARED_CARD)
    if cached is None or cached[0] != code:
        try:
            bot = get_bot(ui_state.store(), code)
        except StoreError:
            return None  # not remembered: the next rerun asks again
        except ui_state.EXPECTED_ERRORS:
            bot = None  # private, archived or unknown: the same for this whole visit
        cached = (code, bot)
        st.session_state[SHARED_CARD] = cached
    return cached[1]


def render_signed_out(sign_in: SignInForm) -> None:
    bot = shared_assistant()
    if bot is None:
        st.title(tr("💬 AI Assistant"))
        sign_in.show(
            tr("Sign in to open the assistant you were sent.")
            if st.query_params.get(ASSISTANT_KEY)
            else tr("Sign in to chat with AI assistants.")
        )
        return
    st.title(plain(f"💬 {bot.name}"))
    assistant_card(bot, None, disabled=True, key="shared")
    st.markdown(tr(ABOUT_GPT_LAB))
    if st.query_params.get(SESSION_KEY):
        intro = tr(
            "Sign in to go back to your chat with {name}. It is saved.", name=plain(bot.name)
        )
    else:
        intro = tr("Sign in to chat with {name}.", name=plain(bot.name))
    sign_in.show(intro)
