"""The visitor's language: guessed from the browser on the first visit, changed from the
sidebar on every page, and remembered with a signed-in user's account."""

from __future__ import annotations

import streamlit as st

from api_users import save_language
from i18n import LANGUAGES, best_language, language_from_accept, tr
from ui import state as ui_state
from ui.language_state import LANGUAGE_KEY, set_language, sync_language

PICKER_KEY = "ui_language_picker"


def ensure_language() -> None:
    """Each run: the session's language where domain code reads it; on the first visit, the
    browser's (Streamlit's locale, else Accept-Language)."""
    if LANGUAGE_KEY in st.session_state:
        sync_language()
        return
    set_language(
        best_language(st.context.locale)
        or language_from_accept(st.context.headers.get("Accept-Language"))
    )


def handler_change_language() -> None:
    chosen = st.session_state.get(PICKER_KEY)
    if chosen not in LANGUAGES:
        return
    set_language(chosen)
    user = ui_state.current_user()
    if user is not None:
        try:
            save_language(ui_state.store(), user, chosen)
        except ui_state.EXPECTED_ERRORS:
            pass  # this tab speaks it anyway; the next sign-in falls back to the browser's


def render_language_picker() -> None:
    """In the sidebar of every page, each language in its own name."""
    current = st.session_state.get(LANGUAGE_KEY) or "en"
    st.session_state[PICKER_KEY] = current
    st.selectbox(
        tr("Language"),
        options=list(LANGUAGES),
        format_func=LANGUAGES.__getitem__,
        key=PICKER_KEY,
        on_change=handler_change_language,
    )
