"""Account controls in the sidebar: what the key spent this month, sign out, move to a new
API key, bring the chats of an old key here, delete my data."""

from __future__ import annotations

import time

import streamlit as st

from account import delete_user
from api_users import CapStatus, load_spend_cap, month_id, month_spend
from api_util_openai import format_cost
from i18n import tr
from ui import state as ui_state
from ui.components import confirm_buttons, key_move_progress
from ui.language import render_language_picker
from ui.spend_cap import render_ask, render_cap

NEW_KEY_FIELD = "account_new_key"
OLD_KEY_FIELD = "account_old_key"
MESSAGE = "account_message"
ERROR = "account_error"  # shown by the Delete button
ROTATE_ERROR = "account_rotate_error"  # shown by its button, inside its expander
BRING_ERROR = "account_bring_error"
CONFIRM_DELETE = "account_confirm_delete"
MONTH_SPEND = ui_state.MONTH_SPEND  # (read at, month, status); ui_state forgets it after a write
MONTH_SPEND_SECONDS = 60.0  # other tabs' chats (and caps) show up within this


def month_to_date() -> CapStatus | None:
    """This month's spend and the cap, read at most once a minute (and again after this tab's
    chats). Only the sidebar trusts this copy: a model call reads both fresh."""
    cached = st.session_state.get(MONTH_SPEND)
    month = month_id()
    if cached and cached[1] == month and time.monotonic() - cached[0] < MONTH_SPEND_SECONDS:
        return cached[2]
    store, user = ui_state.store(), ui_state.current_user()
    try:
        status = CapStatus(load_spend_cap(store, user), month_spend(store, user))
    except ui_state.EXPECTED_ERRORS:
        return None  # the sidebar goes on without it; pages say what is wrong
    st.session_state[MONTH_SPEND] = (time.monotonic(), month, status)
    return status


def render_month_to_date() -> None:
    status = month_to_date()
    if status is not None:
        spend = status.spent
        st.metric(
            "Chats this month (estimate)",
            format_cost(spend) if spend.recorded else "$0.00",
            help="What your chats, and the Lab's test drives, recaps, leak tests and replays, "
            "used on your API key since the 1st (UTC), at the provider's list prices: "
            f"{spend.tokens:,} tokens. Your provider's bill is the exact figure.",
        )
    render_cap(status)


def handler_sign_out() -> None:
    ui_state.sign_out()
    st.session_state[MESSAGE] = "You are signed out. Your key is no longer in this session."


def _move_history(field: str, error_key: str, old_is_typed: bool, done: str) -> None:
    """One account move, from either side: the typed key is the old one ("Bring my chats
    from an old key": the provider is not asked about it, it may be revoked) or the new one
    ("Use a new API key"). The widget never keeps the key; the error shows by its button."""
    st.session_state[MESSAGE] = None
    typed = (st.session_state.get(field) or "").strip()
    st.session_state[field] = ""
    st.session_state[error_key] = None
    if not typed:
        st.session_state[error_key] = f"Enter the {'old' if old_is_typed else 'new'} key first."
        return
    old_key, new_key = (typed, ui_state.api_key()) if old_is_typed else (ui_state.api_key(), typed)
    try:
        with key_move_progress() as progress:
            ui_state.bring_chats(old_key, new_key, progress)
    except ui_state.EXPECTED_ERRORS as error:
        st.session_state[error_key] = ui_state.error_message(error)
        return
    st.session_state[MESSAGE] = done


def handler_rotate() -> None:
    _move_history(
        NEW_KEY_FIELD,
        ROTATE_ERROR,
        old_is_typed=False,
        done="Done: your account now uses the new key, with all its history.",
    )


def handler_bring() -> None:
    """The signed-in key stays; the old key's history comes here. This account is replaced
    only if it is empty."""
    _move_history(
        OLD_KEY_FIELD,
        BRING_ERROR,
        old_is_typed=True,
        done="Done: the old key's chats are in this account now.",
    )


def handler_ask_delete() -> None:
    st.session_state[CONFIRM_DELETE] = True


def handler_cancel_delete() -> None:
    st.session_state[CONFIRM_DELETE] = False


def handler_delete() -> None:
    st.session_state[CONFIRM_DELETE] = False
    try:
        delete_user(ui_state.api_key(), ui_state.shared_store(), ui_state.settings().global_salt)
    except ui_state.EXPECTED_ERRORS as error:
        st.session_state[ERROR] = ui_state.error_message(error)
        return
    ui_state.sign_out()
    st.session_state[MESSAGE] = "Your data is deleted. Your past sessions can no longer be read."


@st.dialog("Delete my data", on_dismiss=handler_cancel_delete)
def confirm_delete() -> None:
    if not st.session_state.get(CONFIRM_DELETE):
        # A button in a dialog reruns only the dialog; after its callback, redraw the app.
        st.rerun()
    st.write(
        "This deletes your chat sessions, and your assistants with their prompts (chats others "
        "had with them can no longer go on). It cannot be undone."
    )
    confirm_buttons(
        "Delete everything",
        "account_delete",
        handler_delete,
        (),
        handler_cancel_delete,
        destructive=True,
    )


def render_sidebar() -> None:
    """The about line and the account section; every page calls it first."""
    welcome = ui_state.take_welcome() if ui_state.current_user() is not None else None
    if welcome:
        # Once, in the page above its content: a toast would cover the page's top (on a phone,
        # the assistant's avatar) and vanish before it is read.
        st.success(welcome, icon="👋")
    with st.sidebar:
        st.caption(tr("GPT Lab: chat with, build and share AI assistants. Open source, MIT."))
        render_language_picker()
        # Kept until the next account action or sign-in: dialogs rerun the page more than once.
        message = st.session_state.get(MESSAGE)
        if message:
            st.success(message)
        if ui_state.current_user() is None:
            if st.session_state.get(ui_state.SIGNED_OUT):
                st.warning(st.session_state[ui_state.SIGNED_OUT])
            return
        st.subheader("Account")
        st.caption(f"Signed in with {ui_state.key_hint()}")
        render_month_to_date()
        if ui_state.current_user().shared_key:
            st.warning(
                "This server's AI provider accepts any key: whoever types the same key shares "
                "this account and its history."
            )
        st.button("Sign out", key="account_sign_out", on_click=handler_sign_out)
        user_is_new = ui_state.current_user().created
        with st.expander("Use a new API key"):
            st.text_input(
                "New OpenAI API Key",
                type="password",
                key=NEW_KEY_FIELD,
                autocomplete="new-password",
            )
            st.button("Switch to the new key", key="account_rotate", on_click=handler_rotate)
            _error_here(ROTATE_ERROR)
        with st.expander("Bring my chats from an old key", expanded=user_is_new):
            st.caption(
                "Signed in with a new key but your chats are under an old one? Enter the old "
                "key: it only has to open your GPT Lab account (your provider may have revoked "
                "it), and its history moves to the key you are signed in with."
            )
            st.text_input(
                "Old OpenAI API Key",
                type="password",
                key=OLD_KEY_FIELD,
                autocomplete="off",
            )
            st.button("Bring my chats here", key="account_bring", on_click=handler_bring)
            _error_here(BRING_ERROR)
        st.button("Delete my data", key="account_delete", on_click=handler_ask_delete)
        _error_here(ERROR)
    # Opened outside the sidebar: a dialog started inside it does not survive its own reruns.
    if st.session_state.get(CONFIRM_DELETE):
        confirm_delete()
    render_ask()


def _error_here(name: str) -> None:
    """An action's error, right under its button (not at the foot of a long sidebar)."""
    error = st.session_state.get(name)
    if error:
        st.error(error)
