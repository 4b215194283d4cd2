"""The sign-in component reused on Home, Lounge, Assistant and Lab (as in the original)."""

from __future__ import annotations

import time

import streamlit as st

from ui import state as ui_state
from ui.account import MESSAGE as ACCOUNT_MESSAGE
from ui.text import GET_A_KEY, KEY_HELD, RELOAD_ASKS_AGAIN

# Each attempt costs the server two key derivations and the provider a call: a browser session
# gets a few tries a minute, enough for typos, too few for guessing.
MAX_ATTEMPTS = 5
ATTEMPT_WINDOW_SECONDS = 60.0
ATTEMPTS = "signin_attempts"  # shared by every sign-in form of the browser session


class SignInForm:
    """A password field that submits on Enter; the key is checked with the provider."""

    LABEL = "Enter your OpenAI API Key"

    def __init__(self, key: str) -> None:
        self.key = key
        self._field = f"{key}_api_key"
        self._error = f"{key}_error"

    def handler_submit(self) -> None:
        entered = st.session_state.get(self._field, "")
        st.session_state[self._error] = None
        st.session_state.pop(ACCOUNT_MESSAGE, None)  # "You are signed out" is old news now
        if not entered.strip():
            st.session_state[self._error] = "Enter your API key to sign in."
            return
        wait = _seconds_until_next_attempt()
        if wait:
            st.session_state[self._field] = ""
            st.session_state[self._error] = (
                f"Too many sign-in attempts. Try again in {wait} seconds."
            )
            return
        try:
            ui_state.sign_in(entered)
        except ui_state.EXPECTED_ERRORS as error:
            st.session_state[self._error] = ui_state.error_message(error)
        finally:
            st.session_state[self._field] = ""  # never keep the key in a widget

    def show(self, intro: str | None = None) -> None:
        if intro:
            st.info(intro)
        with st.form(self.key, clear_on_submit=False, border=True):
            st.text_input(
                self.LABEL,
                type="password",
                key=self._field,
                autocomplete="current-password",
                placeholder="sk-...",
                help=KEY_HELD,
            )
            st.caption(RELOAD_ASKS_AGAIN)
            st.form_submit_button("Sign in", on_click=self.handler_submit, type="primary")
            st.caption(f"By signing in you agree to the [terms of use](/terms). {GET_A_KEY}")
        message = st.session_state.get(self._error)
        if message:
            st.error(message)


def _seconds_until_next_attempt(now: float | None = None) -> int:
    """0 and the attempt recorded, or how long this browser session must wait."""
    now = time.monotonic() if now is None else now
    recent = [t for t in st.session_state.get(ATTEMPTS, []) if now - t < ATTEMPT_WINDOW_SECONDS]
    if len(recent) >= MAX_ATTEMPTS:
        st.session_state[ATTEMPTS] = recent
        return max(1, round(ATTEMPT_WINDOW_SECONDS - (now - recent[0])))
    st.session_state[ATTEMPTS] = [*recent, now]
    return 0
