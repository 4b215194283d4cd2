"""Account controls in the sidebar: what the key spent this month, sign out, move to a new
API key, bring the chats of an old key here, delete my data."""

from __future__ import annotations

import time

import streamlit as st

from account import delete_user
from api_users import CapStatus, load_spend_cap, month_id, month_spend
from i18n import format_money, format_number, tr, tr_noop
from ui import state as ui_state
from ui.components import confirm_buttons, key_move_progress
from ui.language import render_language_picker
from ui.money import cost_text
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
            tr("Chats this month (estimate)"),
            cost_text(spend) if spend.recorded else format_money(0),
            help=tr(
                "What your chats, and the Lab's test drives, recaps, leak tests and replays, "
                "used on your API key since the 1st (UTC), at the provider's list prices: "
                "{tokens} tokens. Your provider's bill is the exact figure.",
                tokens=format_number(spend.tokens),
            ),
        )
    render_cap(status)


def handler_sign_out() -> None:
    ui_state.sign_out()
    st.session_state[MESSAGE] = tr("You are signed out. Your key is no longer in this session.")


def _move_history(field: str, error_key: str, old_is_typed: bool, done: str) -> None:
    """One account move, from either side: the typed key is the old one ("Bring my chats
    from an old key": the provider is not asked about it, it may be revoked) or the new one
    ("Use a new API key"). The widget never keeps the key; the error shows by its button."""
    st.session_state[MESSAGE] = None
    typed = (st.session_state.get(field) or "").strip()
    st.session_state[field] = ""
    st.session_state[error_key] = None
    if not typed:
        st.session_state[error_key] = (
            tr("Enter the old key first.") if old_is_typed else tr("Enter the new key first.")
        )
        return
    old_key, new_key = (typed, ui_state.api_key()) if old_is_typed else (ui_state.api_key(), typed)
    try:
        with key_move_progress() as progress:
            ui_state.bring_chats(old_key, new_key, progress)
    except ui_state.EXPECTED_ERRORS as error:
        st.session_state[error_key] = ui_state.error_message(error)
        return
    st.session_state[MESSAGE] = tr(done)


def handler_rotate() -> None:
    _move_history(
        NEW_KEY_FIELD,
        ROTATE_ERROR,
        old_is_typed=False,
        done=tr_noop("Done: your account now uses the new key, with all its history."),
    )


def handler_bring() -> None:
    """The signed-in key stays; the old key's history comes here. This account is replaced
    only if it is empty."""
    _move_history(
        OLD_KEY_FIELD,
        BRING_ERROR,
        old_is_typed=True,
        done=tr_noop("Done: the old key's chats are in this account now."),
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
    st.session_state[MESSAGE] = tr(
        "Your data is deleted. Your past sessions can no longer be read."
    )


def confirm_delete() -> None:
    """The dialog asks first; its title is in the visitor's language (a decorator's title is
    fixed at import)."""
    st.dialog(tr("Delete my data"), on_dismiss=handler_cancel_delete)(_delete_dialog)()


def _delete_dialog() -> None:
    if not st.session_state.get(CONFIRM_DELETE):
        # A button in a dialog reruns only the dialog; after its callback, redraw the app.
        st.rerun()
    st.write(
        tr(
            "This deletes your chat sessions, and your assistants with their prompts (chats "
            "others had with them can no longer go on). It cannot be undone."
        )
    )
    confirm_buttons(
        tr("Delete everything"),
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
        st.subheader(tr("Account"))
        st.caption(tr("Signed in with {key}", key=ui_state.key_hint()))
        render_month_to_date()
        if ui_state.current_user().shared_key:
            st.warning(
                tr(
                    "This server's AI provider accepts any key: whoever types the same key "
                    "shares this account and its history."
                )
            )
        st.button(tr("Sign out"), key="account_sign_out", on_click=handler_sign_out)
        user_is_new = ui_state.current_user().created
        with st.expander(tr("Use a new API key")):
            st.text_input(
                tr("New OpenAI API Key"),
                type="password",
                key=NEW_KEY_FIELD,
                autocomplete="new-password",
            )
            st.button(tr("Switch to the new key"), key="account_rotate", on_click=handler_rotate)
            _error_here(ROTATE_ERROR)
        with st.expander(tr("Bring my chats from an old key"), expanded=user_is_new):
            st.caption(
                tr(
                    "Signed in with a new key but your chats are under an old one? Enter the "
                    "old key: it only has to open your GPT Lab account (your provider may have "
                    "revoked it), and its history moves to the key you are signed in with."
                )
            )
            st.text_input(
                tr("Old OpenAI API Key"),
                type="password",
                key=OLD_KEY_FIELD,
                autocomplete="off",
            )
            st.button(tr("Bring my chats here"), key="account_bring", on_click=handler_bring)
            _error_here(BRING_ERROR)
        st.button(tr("Delete my data"), key="account_delete", on_click=handler_ask_delete)
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
