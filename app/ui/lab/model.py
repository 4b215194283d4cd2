"""The Lab's model settings: model, token limit, and the personality templates that set the
sampling sliders (only Custom lets the creator move them)."""

from __future__ import annotations

import streamlit as st

from api_bots import MAX_TOKENS_RANGE, PERSONALITIES
from api_util_openai import model_label
from i18n import tr, tr_noop
from ui import state as ui_state
from ui.lab.draft import STEP1_FIELDS, W, handler_field_changed

# The templates' names (the widget's values, kept in drafts) as a creator reads them.
PERSONALITY_NAMES = {
    "Coaching": tr_noop("Coaching"),
    "Creative": tr_noop("Creative"),
    "Sarcastic": tr_noop("Sarcastic"),
    "Truthful": tr_noop("Truthful"),
    "Witty": tr_noop("Witty"),
    "Custom": tr_noop("Custom"),
}


def personality_label(name: str) -> str:
    return tr(PERSONALITY_NAMES.get(name, name))


def handler_personality() -> None:
    """A template sets the sliders; only Custom lets the creator move them."""
    name = st.session_state[W + "personality"]
    temperature, frequency, presence, top_p = PERSONALITIES[name]
    values = {
        "temperature": temperature,
        "top_p": top_p,
        "frequency_penalty": frequency,
        "presence_penalty": presence,
    }
    for field_name, value in values.items():
        st.session_state[W + field_name] = value
    handler_field_changed(*STEP1_FIELDS)


def render_model_settings() -> None:
    models = list(ui_state.current_user().models)
    if st.session_state.get(W + "model") not in models and models:
        st.session_state[W + "model"] = models[0]
    left, right = st.columns(2)
    saves = {"on_change": handler_field_changed, "args": STEP1_FIELDS}
    left.selectbox(
        tr("Model"),
        models,
        key=W + "model",
        format_func=model_label,
        help=tr(
            "List prices per million tokens: in is what is sent (the prompt and the chat so "
            "far), out is the reply. Larger models answer better and cost more."
        ),
        **saves,
    )
    low, high = MAX_TOKENS_RANGE
    right.number_input(
        tr("Response token limit"),
        min_value=low,
        max_value=high,
        step=50,
        key=W + "max_tokens",
        **saves,
    )
    st.caption(
        tr(
            "Chats with your assistant are paid by each visitor with their own API key; your "
            "test drives here, with yours."
        )
    )
    st.selectbox(
        tr("Personality"),
        list(PERSONALITIES),
        format_func=personality_label,
        key=W + "personality",
        on_change=handler_personality,
        help=tr("A template for the sampling settings. Choose Custom to set them yourself."),
    )
    custom = st.session_state.get(W + "personality") == "Custom"
    columns = st.columns(4)
    columns[0].slider(
        tr("Temperature"), 0.0, 2.0, step=0.05, key=W + "temperature", disabled=not custom, **saves
    )
    columns[1].slider(
        tr("Top P"), 0.0, 1.0, step=0.05, key=W + "top_p", disabled=not custom, **saves
    )
    columns[2].slider(
        tr("Frequency penalty"),
        -2.0,
        2.0,
        step=0.1,
        key=W + "frequency_penalty",
        disabled=not custom,
        **saves,
    )
    columns[3].slider(
        tr("Presence penalty"),
        -2.0,
        2.0,
        step=0.1,
        key=W + "presence_penalty",
        disabled=not custom,
        **saves,
    )
