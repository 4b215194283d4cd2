"""The Lab's draft: one session-state dict that every widget saves into as it changes, so
going to another page and back never drops an edit (widgets off screen lose their state;
`seed_widgets` gives them the draft's values back). A new assistant's draft is also kept in the
store (users.drafts), so a reload or the next sign-in finds it."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from api_bots import (
    ALLOWED_PHRASES_MAX,
    DEFAULT_SUMMARY_PROMPT,
    PERSONALITIES,
    SESSION_TYPE_COACHING,
    SESSION_TYPES,
    BotDraft,
    KnowledgeSource,
    sources_from,
)
from api_users import discard_draft, load_draft, save_draft
from api_util_openai import ModelConfig
from i18n import format_number, tr, tr_noop
from ui import state as ui_state
from ui.lab.steps import ERROR, TEST_CHAT

DRAFT = "lab_draft"
RESTORED = "lab_draft_restored"  # the kept draft was looked for in this browser session
KEEP_ERROR = "lab_draft_keep_error"
EDITING = "lab_editing"  # ui.lab.edit's: an assistant being edited is not a new draft
W = "lab_w_"  # widget keys: W + the draft field they edit
CLASS_KEY = W + "class_"  # ui.lab.classes': one selectbox per sentence of the prompt
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
# The stored labels (the widget's values) as a creator reads them.
SESSION_TYPE_NAMES = {"Brain Storming": tr_noop("Brain Storming"), "Coaching": tr_noop("Coaching")}


def session_type_label(label: str) -> str:
    return tr(SESSION_TYPE_NAMES.get(label, label))


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
        "sentence_classes": {},
        "name": "",
        "tag_line": "",
        "description": "",
        "summary_prompt": DEFAULT_SUMMARY_PROMPT,
        "session_type": SESSION_TYPES[SESSION_TYPE_COACHING],
        "starters": "",
        "knowledge": [],  # source dicts (ui.lab.knowledge)
    }


def _personality(config: ModelConfig) -> str:
    values = (config.temperature, config.frequency_penalty, config.presence_penalty, config.top_p)
    return next((name for name, preset in PERSONALITIES.items() if preset == values), "Custom")


def load(bot: BotDraft) -> None:
    """Put an existing assistant in the draft (editing), replacing any widget state."""
    config = bot.model_config
    clear_draft()
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
        "sentence_classes": dict(bot.sentence_classes),
        "name": bot.name,
        "tag_line": bot.tag_line,
        "description": bot.description,
        "summary_prompt": bot.summary_prompt,
        "session_type": SESSION_TYPES.get(bot.session_type, SESSION_TYPES[SESSION_TYPE_COACHING]),
        "starters": "\n".join(bot.starters),
        "knowledge": [source.to_dict() for source in bot.knowledge],
    }


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


def handler_field_changed(*names: str) -> None:
    """on_change of every draft widget: the draft has the value at once, and so does the
    store. An error about the step's fields is no longer known to be true: it goes."""
    save_widgets(names)
    st.session_state.pop(ERROR, None)
    keep()


def keep() -> None:
    """Keep a new assistant's draft in the store; a failure is said, never raised."""
    if st.session_state.get(EDITING):
        return
    try:
        save_draft(ui_state.store(), ui_state.current_user(), draft())
    except ui_state.EXPECTED_ERRORS as error:
        st.session_state[KEEP_ERROR] = tr(
            "Your draft is kept in this tab, but could not be saved to your account: {error}",
            error=ui_state.error_message(error),
        )
        return
    st.session_state.pop(KEEP_ERROR, None)


def restore() -> None:
    """Once per browser session: bring back the draft kept in the store. A draft already in
    this tab wins."""
    if st.session_state.get(RESTORED) or st.session_state.get(EDITING):
        return
    st.session_state[RESTORED] = True
    if DRAFT in st.session_state:
        return
    blank = default_draft(ui_state.current_user().models)
    try:
        kept = load_draft(ui_state.store(), ui_state.current_user(), blank)
    except ui_state.EXPECTED_ERRORS as error:
        st.session_state[KEEP_ERROR] = tr(
            "Your saved draft could not be loaded: {error}", error=ui_state.error_message(error)
        )
        return
    if kept is None:
        return
    clear_draft()
    st.session_state[DRAFT] = {**blank, **kept}


def clear_draft() -> None:
    """Forget the draft in this tab (the widgets too)."""
    st.session_state.pop(DRAFT, None)
    for name in (*STEP1_FIELDS, *STEP3_FIELDS):
        st.session_state.pop(W + name, None)
    for key in [key for key in st.session_state if str(key).startswith(CLASS_KEY)]:
        del st.session_state[key]  # the sentence classes' selectboxes


def discard() -> None:
    """Start over or done: the kept draft goes too."""
    try:
        discard_draft(ui_state.store(), ui_state.current_user())
    except ui_state.EXPECTED_ERRORS:
        pass  # a stale draft comes back on the next visit; nothing is lost
    st.session_state.pop(KEEP_ERROR, None)


def is_blank() -> bool:
    """Nothing typed yet: Start over has nothing to confirm."""
    return DRAFT not in st.session_state or draft() == default_draft(ui_state.current_user().models)


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


def handler_allow_phrase(part: str) -> None:
    """A test drive's reply was replaced for repeating `part`: the creator lets visitors be
    told it. It joins the draft's allowed phrases, and the test chat goes on with them."""
    phrases = allowed_phrases()
    if part in phrases:
        return
    if len(phrases) >= ALLOWED_PHRASES_MAX:
        st.session_state[ERROR] = tr(
            "A draft has at most {count} allowed phrases: remove one in Step 1 first, or mark "
            "the sentence Say to users there.",
            count=ALLOWED_PHRASES_MAX,
        )
        return
    phrases = (*phrases, part)
    draft()["allowed_phrases"] = st.session_state[W + "allowed_phrases"] = "\n".join(phrases)
    chat = st.session_state.get(TEST_CHAT)
    if chat is not None:
        chat.config = replace(chat.config, allowed_phrases=phrases)
        chat.guard = None  # the next reply is checked with the phrase allowed
    keep()
    st.toast(tr("Allowed: visitors may be told this phrase from now on."), icon="✅")


def sentence_classes() -> tuple[tuple[str, str], ...]:
    return tuple(sorted((draft().get("sentence_classes") or {}).items()))


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
        sentence_classes=sentence_classes(),
        knowledge=knowledge(),
    )


def knowledge() -> tuple[KnowledgeSource, ...]:
    return sources_from(draft().get("knowledge") or [])


def text_field(label: str, name: str, maximum: int | None = None, area: bool = True, **kw) -> None:
    """A draft text widget that saves as it changes. The limit is stated in the label and
    checked here, not with max_chars: the browser drops a paste over max_chars without a
    word, and the creator would not know why nothing appeared."""
    widget = st.text_area if area else st.text_input
    shown = (
        tr("{label} (up to {count} characters)", label=label, count=format_number(maximum))
        if maximum
        else label
    )
    widget(shown, key=W + name, on_change=handler_field_changed, args=(name,), **kw)
    value = st.session_state.get(W + name) or ""
    if maximum and len(value) > maximum:
        st.error(
            tr(
                "{length} characters: {over} over the limit of {count}. Shorten it to go on; "
                "nothing was cut.",
                length=format_number(len(value)),
                over=format_number(len(value) - maximum),
                count=format_number(maximum),
            )
        )
