"""Which Lab step is on screen: in session state and in the URL (`?step=`), so the browser's
Back and Forward move between steps and a reload stays on the step. A link without a step is
step 1."""

from __future__ import annotations

import streamlit as st

from ui import state as ui_state

STEP = "lab_step"
STEP_KEY = "step"
ERROR = "lab_error"
TEST_CHAT = "lab_test_chat"
CREATED = "lab_created_code"  # (code, name) of the assistant step 4 announces


def fail(error: Exception) -> None:
    st.session_state[ERROR] = ui_state.error_message(error)


def go(step: int) -> None:
    st.session_state[ERROR] = None
    st.session_state[STEP] = step
    st.query_params[STEP_KEY] = str(step)


def sync_step_with_link() -> None:
    """The step the URL names (Back, Forward, a reload); a link without one is step 1."""
    wanted = st.query_params.get(STEP_KEY, "1")
    step = int(wanted) if wanted in ("1", "2", "3", "4") else 1
    if step != st.session_state.get(STEP, 1):
        st.session_state[ERROR] = None
        st.session_state[STEP] = step


def render_error() -> None:
    message = st.session_state.get(ERROR)
    if message:
        st.error(message)
