"""The sign-in component reused on Home, Lounge, Assistant and Lab (as in the original).

A key the provider refuses that still opens a GPT Lab account (revoked after a visit) is kept
in session memory only, to bring its history to a new key right on the form. A key whose
chats moved to another key is told so; if the provider still takes it, it is kept the same
way for "Open a new, empty account with this key".
"""

from __future__ import annotations

import time

import streamlit as st

from api_users import KeyMoved, RefusedKeyOpensAccount
from i18n import ntr, tr, tr_noop
from ui import state as ui_state
from ui.account import MESSAGE as ACCOUNT_MESSAGE
from ui.components import key_move_progress
from ui.text import GET_A_KEY, KEY_HELD, RELOAD_ASKS_AGAIN

# Each attempt costs the server two key derivations and the provider a call: a browser session
# gets a few tries a minute, enough for typos, too few for guessing.
MAX_ATTEMPTS = 5
ATTEMPT_WINDOW_SECONDS = 60.0
ATTEMPTS = "signin_attempts"  # shared by every sign-in form of the browser session


class SignInForm:
    """A password field that submits on Enter; the key is checked with the provider."""

    LABEL = tr_noop("Enter your OpenAI API Key")

    def __init__(self, key: str) -> None:
        self.key = key
        self._field = f"{key}_api_key"
        self._error = f"{key}_error"
        self._old_key = f"{key}_refused_key"  # the refused key that opens an account
        self._new_field = f"{key}_new_key"
        self._bring_error = f"{key}_bring_error"
        self._moved_key = f"{key}_moved_key"  # KeyMoved: the key ("" if refused), else None

    def handler_submit(self) -> None:
        entered = st.session_state.get(self._field, "")
        st.session_state[self._error] = None
        st.session_state[self._old_key] = None
        st.session_state[self._bring_error] = None
        st.session_state[self._moved_key] = None
        st.session_state.pop(ACCOUNT_MESSAGE, None)  # "You are signed out" is old news now
        if not entered.strip():
            st.session_state[self._error] = tr("Enter your API key to sign in.")
            return
        wait = _seconds_until_next_attempt()
        if wait:  # what was typed stays in the field (hidden), to try again in a moment
            st.session_state[self._error] = too_many_attempts(wait)
            return
        try:
            ui_state.sign_in(entered)
        except RefusedKeyOpensAccount as error:
            st.session_state[self._old_key] = entered.strip()
            st.session_state[self._error] = str(error)
            return
        except KeyMoved as error:
            st.session_state[self._moved_key] = entered.strip() if error.accepted else ""
            st.session_state[self._error] = str(error)
            return
        except ui_state.EXPECTED_ERRORS as error:  # the field keeps it, to fix a typo
            st.session_state[self._error] = ui_state.error_message(error)
            return
        st.session_state[self._field] = ""  # signed in: the key never stays in a widget

    def handler_new_account(self) -> None:
        """The owner of a key whose chats moved asked for a new, empty account with it."""
        key = st.session_state.get(self._moved_key)
        st.session_state[self._moved_key] = None
        st.session_state[self._error] = None
        if not key:
            return
        try:
            ui_state.sign_in(key, new_after_move=True)
        except ui_state.EXPECTED_ERRORS as error:
            st.session_state[self._error] = ui_state.error_message(error)
            return
        st.session_state[self._field] = ""

    def handler_bring(self) -> None:
        """The refused key's history moves to the new key, checked with the provider."""
        new_key = (st.session_state.get(self._new_field) or "").strip()
        st.session_state[self._new_field] = ""
        st.session_state[self._bring_error] = None
        old_key = st.session_state.get(self._old_key)
        if not old_key:
            return
        if not new_key:
            st.session_state[self._bring_error] = tr("Enter your new key first.")
            return
        wait = _seconds_until_next_attempt()
        if wait:
            st.session_state[self._bring_error] = too_many_attempts(wait)
            return
        try:
            with key_move_progress() as progress:
                ui_state.bring_chats(old_key, new_key, progress)
        except ui_state.EXPECTED_ERRORS as error:
            st.session_state[self._bring_error] = ui_state.error_message(error)
            return
        for name in (self._old_key, self._error):
            st.session_state.pop(name, None)

    def show(self, intro: str | None = None) -> None:
        if intro:
            st.info(intro)
        with st.form(self.key, clear_on_submit=False, border=True):
            st.text_input(
                tr(self.LABEL),
                type="password",
                key=self._field,
                autocomplete="current-password",
                placeholder="sk-...",
                help=tr(KEY_HELD),
            )
            st.caption(tr(RELOAD_ASKS_AGAIN))
            st.form_submit_button(
                tr("Sign in"),
                key=f"{self.key}_submit",
                on_click=self.handler_submit,
                type="primary",
            )
            # Small, not a caption: a caption's links are faded below 4.5:1 (axe color-contrast).
            terms = tr("By signing in you agree to the [terms of use](/terms).")
            st.markdown(f":small[{terms} {tr(GET_A_KEY)}]")
        message = st.session_state.get(self._error)
        moved = st.session_state.get(self._moved_key)
        if message and st.session_state.get(self._old_key):
            st.warning(message)
            self._show_bring()
        elif message and moved is not None:
            st.warning(message)
            if moved:
                st.button(
                    tr("Open a new, empty account with this key"),
                    key=f"{self.key}_new_account",
                    on_click=self.handler_new_account,
                )
        elif message:
            st.error(message)

    def _show_bring(self) -> None:
        with st.form(f"{self.key}_bring", border=True):
            st.text_input(
                tr("Your new OpenAI API Key"),
                type="password",
                key=self._new_field,
                autocomplete="new-password",
                placeholder="sk-...",
                help=tr("Checked with your provider; your chats move to it and open with it only."),
            )
            st.form_submit_button(
                tr("Sign in and bring my chats"), on_click=self.handler_bring, type="primary"
            )
            error = st.session_state.get(self._bring_error)
            if error:
                st.error(error)


def too_many_attempts(wait: int) -> str:
    return ntr(
        "Too many sign-in attempts. Try again in {count} second.",
        "Too many sign-in attempts. Try again in {count} seconds.",
        wait,
    )


def _seconds_until_next_attempt(now: float | None = None) -> int:
    """0 and the attempt recorded, or how long this browser session must wait."""
    now = time.monotonic() if now is None else now
    recent = [t for t in st.session_state.get(ATTEMPTS, []) if now - t < ATTEMPT_WINDOW_SECONDS]
    if len(recent) >= MAX_ATTEMPTS:
        st.session_state[ATTEMPTS] = recent
        return max(1, round(ATTEMPT_WINDOW_SECONDS - (now - recent[0])))
    st.session_state[ATTEMPTS] = [*recent, now]
    return 0
