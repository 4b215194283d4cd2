"""The Lab's draft: one session-state dict that every step's widgets are saved into, so going
back and forth never drops an edit. Widgets off screen lose their state; `seed_widgets` gives
them the draft's values back."""

from __future__ import annotations

import streamlit as st

import ui_state
from api_bots_draft import (
    DEFAULT_SUMMARY_PROMPT,
    PERSONALITIES,
    SESSION_TYPE_COACHING,
    SESSION_TYPES,
    BotDraft,
)
from api_util_openai import ModelConfig

DRAFT = "lab_draft"
W = "lab_w_"  # widget keys: W + the draft field they edit
STEP1_FIELDS = (
    "initial_prompt",
    "model",
    "max_tokens",
    "personality",
    "temperature",
    "top_p",
    "frequency_penalty",
    "presence_penalty",
    "allowed_phrases",
)
STEP3_FIELDS = ("name", "tag_line", "description", "summary_prompt", "session_type", "starters")
SESSION_TYPE_LABELS = {label: code for code, label in SESSION_TYPES.items()}


def default_draft(models: tuple[str, ...]) -> dict:
    preferred = next((m for m in ("gpt-4o-mini", "gpt-4o") if m in models), None)
    temperature, frequency, presence, top_p = PERSONALITIES["Coaching"]
    return {
        "initial_prompt": "",
        "model": preferred or (models[0] if models else ""),
        "max_tokens": 500,
        "personality": "Coaching",
        "temperature": temperature,
        "top_p": top_p,
        "frequency_penalty": frequency,
        "presence_penalty": presence,
        "allowed_phrases": "",
        "name": "",
        "tag_line": "",
        "description": "",
        "summary_prompt": DEFAULT_SUMMARY_PROMPT,
        "session_type": SESSION_TYPES[SESSION_TYPE_COACHING],
        "starters": "",
    }


def _personality(config: ModelConfig) -> str:
    values = (config.temperature, config.frequency_penalty, config.presence_penalty, config.top_p)
    return next((name for name, preset in PERSONALITIES.items() if preset == values), "Custom")


def load(bot: BotDraft) -> None:
    """Put an existing assistant in the draft (editing), replacing any widget state."""
    config = bot.model_config
    st.session_state[DRAFT] = {
        "initial_prompt": bot.initial_prompt,
        "model": config.model,
        "max_tokens": config.max_tokens,
        "personality": _personality(config),
        "temperature": config.temperature,
        "top_p": config.top_p,
        "frequency_penalty": config.frequency_penalty,
        "presence_penalty": config.presence_penalty,
        "allowed_phrases": "\n".join(bot.allowed_phrases),
        "name": bot.name,
        "tag_line": bot.tag_line,
        "description": bot.description,
        "summary_prompt": bot.summary_prompt,
        "session_type": SESSION_TYPES.get(bot.session_type, SESSION_TYPES[SESSION_TYPE_COACHING]),
        "starters": "\n".join(bot.starters),
    }
    for name in (*STEP1_FIELDS, *STEP3_FIELDS):
        st.session_state.pop(W + name, None)


def draft() -> dict:
    if DRAFT not in st.session_state:
        st.session_state[DRAFT] = default_draft(ui_state.current_user().models)
    return st.session_state[DRAFT]


def seed_widgets(fields: tuple[str, ...]) -> None:
    for name in fields:
        if W + name not in st.session_state:
            st.session_state[W + name] = draft()[name]


def save_widgets(fields: tuple[str, ...]) -> None:
    for name in fields:
        if W + name in st.session_state:
            draft()[name] = st.session_state[W + name]


def model_config() -> ModelConfig:
    data = draft()
    return ModelConfig(
        model=data["model"],
        max_tokens=int(data["max_tokens"]),
        temperature=float(data["temperature"]),
        top_p=float(data["top_p"]),
        frequency_penalty=float(data["frequency_penalty"]),
        presence_penalty=float(data["presence_penalty"]),
    )


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def allowed_phrases() -> tuple[str, ...]:
    return _lines(draft()["allowed_phrases"])


def starters() -> tuple[str, ...]:
    return _lines(draft().get("starters", ""))


def session_type() -> int:
    return SESSION_TYPE_LABELS.get(draft()["session_type"], SESSION_TYPE_COACHING)


def bot_draft() -> BotDraft:
    data = draft()
    return BotDraft(
        name=data["name"],
        tag_line=data["tag_line"],
        description=data["description"],
        initial_prompt=data["initial_prompt"],
        model_config=model_config(),
        summary_prompt=data["summary_prompt"] or DEFAULT_SUMMARY_PROMPT,
        session_type=session_type(),
        allowed_phrases=allowed_phrases(),
        starters=starters(),
    )
