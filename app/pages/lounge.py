"""Lounge: the showcased assistants in a grid, and the creator's home, "My AI Assistants"."""

from __future__ import annotations

import random

import streamlit as st

import ui_state
from api_bots import BotProfile, get_bots
from ui_account import render_sidebar
from ui_components import assistant_grid
from ui_import import show_import
from ui_my_assistants import DIALOG, EDIT, render_my_assistants, show_delete
from ui_signin import SignInForm
from ui_stats import show_stats
from ui_versions import show_versions

SHUFFLE_SEED = "lounge_shuffle_seed"
CHOSEN = "lounge_chosen_bot"
SIGN_IN = SignInForm("lounge_signin")


@st.cache_data(ttl=30, show_spinner=False)
def showcased_bots() -> list[BotProfile]:
    """Cached briefly for every visitor: the Lounge is the busiest page."""
    return get_bots(ui_state.store(), showcased=True)


def visit_order(bots: list[BotProfile]) -> list[BotProfile]:
    """Shuffled once per visit (browser session), stable across reruns."""
    seed = st.session_state.setdefault(SHUFFLE_SEED, random.randrange(1 << 30))
    ordered = sorted(bots, key=lambda bot: bot.bot_id)
    random.Random(seed).shuffle(ordered)
    return ordered


# ---------------------------------------------------------------- handlers


def handler_chat(bot: BotProfile) -> None:
    st.session_state[CHOSEN] = bot.bot_id


# ---------------------------------------------------------------- render


def render_showcase(signed_in: bool) -> None:
    try:
        bots = visit_order(showcased_bots())
    except ui_state.EXPECTED_ERRORS as error:
        st.error(ui_state.error_message(error))
        return
    if not bots:
        st.info("No assistants are showcased yet. Be the first: create one in the Lab!")
        return
    assistant_grid(bots, handler_chat, disabled=not signed_in)


def render_lounge() -> None:
    st.title("🛋️ AI Assistants Lounge")
    signed_in = ui_state.current_user() is not None
    if not signed_in:
        SIGN_IN.show("Sign in to chat with the assistants.")
    showcase_tab, mine_tab = st.tabs(["Showcased", "My AI Assistants"])
    with showcase_tab:
        render_showcase(signed_in)
    with mine_tab:
        render_my_assistants(handler_chat)


# ---------------------------------------------------------------- state machine

render_sidebar()

DIALOGS = {"versions": show_versions, "stats": show_stats, "delete": show_delete}

chosen = st.session_state.pop(CHOSEN, None)
editing = st.session_state.pop(EDIT, None)
if chosen and ui_state.current_user() is not None:
    st.switch_page("pages/assistant.py", query_params={"assistant_id": chosen})
if editing and ui_state.current_user() is not None:
    st.switch_page("pages/lab.py", query_params={"edit": editing})
render_lounge()
dialog = st.session_state.get(DIALOG)
if dialog and ui_state.current_user() is not None:
    kind, bot_id, name = dialog
    if kind == "import":
        show_import()
    else:
        DIALOGS[kind](bot_id, name)
