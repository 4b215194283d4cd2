"""Lounge: the showcased assistants in a grid, the creator's home ("My AI Assistants") and
every chat of the user ("My Chats"). `?tab=My+Chats` opens a tab."""

from __future__ import annotations

import random

import streamlit as st

from api_bots import BotProfile, get_bots, normalize_code
from i18n import tr, tr_noop
from ui import state as ui_state
from ui.account import render_sidebar
from ui.components import assistant_grid
from ui.entry import run_through_entry_script
from ui.links import ASSISTANT_KEY, SESSION_KEY
from ui.lounge.card_import import show_import
from ui.lounge.my_assistants import DIALOG, EDIT, render_my_assistants, show_delete
from ui.lounge.my_chats import CHAT_DIALOGS, OPEN, render_my_chats
from ui.lounge.stats import show_stats
from ui.lounge.versions import show_versions
from ui.signin import SignInForm

SHUFFLE_SEED = "lounge_shuffle_seed"
SIGN_IN_INTROS = {  # worded for the tab the link or the reload was on
    "": tr_noop("Sign in to chat with the assistants."),
    "My AI Assistants": tr_noop("Sign in to see and edit your assistants."),
    "My Chats": tr_noop("Sign in to see your chats."),
}
CHOSEN = "lounge_chosen_bot"
TYPED_CODE = "lounge_w_code"  # "Have a code?" in the header: opens that assistant's page
TAB = "tab"  # the selected tab lives in the URL: a link or the browser's back button opens it
# The tabs' names in the URL stay English (a link works in every language); shown translated.
TABS = ["Showcased", "My AI Assistants", "My Chats"]
TAB_LABELS = {
    "Showcased": tr_noop("Showcased"),
    "My AI Assistants": tr_noop("My AI Assistants"),
    "My Chats": tr_noop("My Chats"),
}
SIGN_IN = SignInForm("lounge_signin")


@st.cache_data(ttl=30, show_spinner=False)
def showcased_bots() -> list[BotProfile]:
    """Cached briefly for every visitor: the Lounge is the busiest page."""
    return get_bots(ui_state.shared_store(), showcased=True)


def visit_order(bots: list[BotProfile]) -> list[BotProfile]:
    """Shuffled once per visit (browser session), stable across reruns."""
    seed = st.session_state.setdefault(SHUFFLE_SEED, random.randrange(1 << 30))
    ordered = sorted(bots, key=lambda bot: bot.bot_id)
    random.Random(seed).shuffle(ordered)
    return ordered


# ---------------------------------------------------------------- handlers


def handler_chat(bot: BotProfile) -> None:
    st.session_state[CHOSEN] = bot.bot_id


def handler_open_code() -> None:
    """A code someone gave them: its page shows the assistant (its public card, signed out)."""
    code = normalize_code(st.session_state.get(TYPED_CODE) or "")
    st.session_state[TYPED_CODE] = ""
    if code:
        st.session_state[CHOSEN] = code


# ---------------------------------------------------------------- render


def render_showcase(signed_in: bool) -> None:
    try:
        bots = visit_order(showcased_bots())
    except ui_state.EXPECTED_ERRORS as error:
        st.error(ui_state.error_message(error))
        return
    if not bots:
        st.info(tr("No assistants are showcased yet. Be the first: create one in the Lab!"))
        return
    assistant_grid(bots, handler_chat, disabled=not signed_in)


def render_code_box() -> None:
    with st.container(horizontal=True, vertical_alignment="bottom"):
        st.text_input(
            tr("Have a code? Open an assistant by its code"),
            key=TYPED_CODE,
            placeholder="k7m2p-qx9ad",
            max_chars=64,
            on_change=handler_open_code,
        )
        st.button(tr("Open code"), key="lounge_open_code", on_click=handler_open_code)


def tab_in_url(labels: dict[str, str]) -> str:
    """The tab the URL names, by its English name or in the visitor's language (a link
    copied in one language opens the same tab in another); the URL then says it the
    visitor's way, as the tabs do."""
    asked = st.query_params.get(TAB, "")
    for name, label in labels.items():
        if asked in (name, label):
            if asked != label:  # the tabs (bound to the URL) open it and rewrite the URL
                st.session_state[TAB] = label
            return name
    return ""


def render_lounge() -> None:
    st.title(tr("🛋️ AI Assistants Lounge"))
    render_code_box()
    signed_in = ui_state.current_user() is not None
    labels = {name: tr(TAB_LABELS[name]) for name in TABS}
    open_tab = tab_in_url(labels)
    if not signed_in:
        SIGN_IN.show(tr(SIGN_IN_INTROS.get(open_tab, SIGN_IN_INTROS[""])))
    # Only the open tab runs: My Chats and My AI Assistants read the store.
    showcase_tab, mine_tab, chats_tab = st.tabs(list(labels.values()), key=TAB, bind="query-params")
    if showcase_tab.open:
        with showcase_tab:
            render_showcase(signed_in)
    if mine_tab.open:
        with mine_tab:
            render_my_assistants(handler_chat)
    if chats_tab.open:
        with chats_tab:
            render_my_chats()


# ---------------------------------------------------------------- state machine

run_through_entry_script()
render_sidebar()

DIALOGS = {
    "versions": show_versions,
    "stats": show_stats,
    "delete": show_delete,
    **CHAT_DIALOGS,
}

chosen = st.session_state.pop(CHOSEN, None)
if chosen and ui_state.current_user() is None:  # a typed code: its public card
    st.switch_page("pages/assistant.py", query_params={ASSISTANT_KEY: chosen})
editing = st.session_state.pop(EDIT, None)
opening = st.session_state.pop(OPEN, None)
if chosen and ui_state.current_user() is not None:
    st.switch_page("pages/assistant.py", query_params={ASSISTANT_KEY: chosen})
if opening and ui_state.current_user() is not None:
    bot_id, session_id = opening
    st.switch_page(
        "pages/assistant.py", query_params={ASSISTANT_KEY: bot_id, SESSION_KEY: session_id}
    )
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
