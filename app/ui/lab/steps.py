"""Which Lab step is on screen: in session state and in the URL (`?step=`), so the browser's
Back and Forward move between steps and a reload stays on the step. A link without a step
(the sidebar's, a page's "New assistant") opens the step the creator left on this Lab's
assistant, test chat and all; step 1 when there is none."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from ui import state as ui_state

STEP = "lab_step"
STEP_KEY = "step"
ERROR = "lab_error"
TEST_CHAT = "lab_test_chat"
CREATED = "lab_created_code"  # (code, name) of the assistant step 4 announces
LEFT = "lab_left_step"  # (assistant edited or None, step) of the Lab's last run
LANDING = "lab_landing_step"  # the step a link without one means in this visit to the Lab
RETURN_TO = (2, 3)  # steps worth coming back to; step 4 has been said, step 1 is the start


def fail(error: Exception) -> None:
    st.session_state[ERROR] = ui_state.error_message(error)


def go(step: int) -> None:
    st.session_state[ERROR] = None
    st.session_state[STEP] = step
    st.query_params[STEP_KEY] = str(step)


def shown_step(editing: str | None, can_show: Callable[[int], bool]) -> int:
    """The step to draw: the URL's (Back, Forward, a reload), else the landing step of this
    visit. Arriving from another page, that is the step left on the same assistant, so the
    browser's Back to the Lab's first address shows what it showed then."""
    wanted = st.query_params.get(STEP_KEY)
    if wanted in ("1", "2", "3", "4"):
        step = int(wanted)
    else:
        if ui_state.came_from_another_page() or LANDING not in st.session_state:
            left_on, left = st.session_state.get(LEFT, (None, 1))
            st.session_state[LANDING] = left if left_on == editing and left in RETURN_TO else 1
        step = st.session_state[LANDING]
    if not can_show(step):
        step = 1
    if step != st.session_state.get(STEP, 1):
        st.session_state[ERROR] = None
        st.session_state[STEP] = step
    st.session_state[LEFT] = (editing, step)
    return step


def render_error() -> None:
    message = st.session_state.get(ERROR)
    if message:
        st.error(message)
