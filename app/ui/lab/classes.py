"""Lab step 1: every sentence of the prompt with the class the leak guard gives it, which the
creator confirms or changes: Protected (not restated), Secret (never said, not even in part) or
Say to users (may be said word for word). Only changes from the guard's proposal are stored,
by sentence, with the version; an edited sentence is a new one and gets a fresh proposal."""

from __future__ import annotations

import hashlib

import streamlit as st

from i18n import ntr, tr, tr_noop
from leak_guard import (
    CLASS_LABELS,
    PROTECTED,
    SAY,
    SECRET,
    PromptSentence,
    declarations,
    prompt_sentences,
)
from ui.lab.draft import CLASS_KEY, draft, keep
from ui.text import plain

CLASS_OPTIONS = (PROTECTED, SECRET, SAY)
MAX_SHOWN = 120  # a 4,000-character prompt has about 50 sentences
# The leak guard's class names (it speaks no language of the visitor's) as a creator reads them.
CLASS_NAMES = {
    PROTECTED: tr_noop("Protected"),
    SECRET: tr_noop("Secret"),
    SAY: tr_noop("Say to users"),
}


def class_label(kind: str) -> str:
    return tr(CLASS_NAMES[kind]) if kind in CLASS_NAMES else CLASS_LABELS.get(kind, kind)


def _declared() -> dict[str, str]:
    return dict(draft().get("sentence_classes") or {})


def _key(sentence: PromptSentence, occurrence: int) -> str:
    digest = hashlib.sha256(sentence.text.encode()).hexdigest()[:16]
    return f"{CLASS_KEY}{digest}_{occurrence}"


def handler_class_changed(text: str, proposed: str, key: str) -> None:
    """A class chosen: stored when it differs from the guard's proposal, forgotten when not."""
    classes = _declared()
    choice = st.session_state[key]
    if choice == proposed:
        classes.pop(text, None)
    else:
        classes[text] = choice
    draft()["sentence_classes"] = classes
    keep()


def render_sentence_classes(prompt: str) -> None:
    sentences = prompt_sentences(prompt.strip(), declarations(_declared())) if prompt else ()
    counts = {kind: sum(s.effective == kind for s in sentences) for kind in CLASS_OPTIONS}
    heading = (
        tr(
            "What your assistant may say: {protected} Protected, {secret} Secret, {say} Say to "
            "users",
            protected=counts[PROTECTED],
            secret=counts[SECRET],
            say=counts[SAY],
        )
        if sentences
        else tr("What your assistant may say (write a prompt first)")
    )
    with st.expander(heading):
        st.caption(
            tr(
                "The leak guard proposes a class for each sentence of your prompt; change any it "
                "got wrong. **Protected**: the assistant follows it but does not restate it. "
                "**Secret**: never said, not even in part (codes, amounts and names in it count "
                "on their own). **Say to users**: may appear in replies word for word. The "
                "summary prompt is always protected."
            )
        )
        seen: dict[str, int] = {}
        for sentence in sentences[:MAX_SHOWN]:
            occurrence = seen[sentence.text] = seen.get(sentence.text, -1) + 1
            _sentence_row(sentence, _key(sentence, occurrence))
        if len(sentences) > MAX_SHOWN:
            st.caption(
                ntr(
                    "The other {count} sentence keeps its proposal.",
                    "The other {count} sentences keep their proposal.",
                    len(sentences) - MAX_SHOWN,
                )
            )


def _sentence_row(sentence: PromptSentence, key: str) -> None:
    if key not in st.session_state:
        st.session_state[key] = sentence.effective
    left, right = st.columns([5, 2], vertical_alignment="center")
    left.text(sentence.text)
    if st.session_state[key] == SAY and sentence.sayable and sentence.sayable != (sentence.text,):
        parts = " · ".join(plain(part) for part in sentence.sayable)
        left.caption(tr("May be said: {parts}", parts=parts))
    right.selectbox(
        tr("Class of: {sentence}", sentence=sentence.text[:60]),
        CLASS_OPTIONS,
        format_func=class_label,
        key=key,
        on_change=handler_class_changed,
        args=(sentence.text, sentence.proposed, key),
        label_visibility="collapsed",
    )
    if sentence.declared and sentence.declared != sentence.proposed:
        right.caption(
            tr("Your choice (the guard proposed {kind})", kind=class_label(sentence.proposed))
        )
