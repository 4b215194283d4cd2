"""A chat's messages as the visitor sees them: the transcript, one message, why a chat is read
only, and the creator-only note under a test drive's replaced reply."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from api_bots import ALLOWED_PHRASE_MAX
from api_sessions import ChatSession
from i18n import tr
from ui.assistant.refusal import shown_content
from ui.assistant.sources import render_citations, render_drew_on
from ui.avatars import avatar_url
from ui.text import model_markdown, plain

# Streamlit reads a message as "Chat message from <name>" and hides the avatar from screen
# readers, so the assistant's messages carry its name ("user" and "human" are the visitor's).
VISITOR_NAMES = ("user", "human")
USER_AVATAR = None  # Streamlit's own user icon: no per-message emoji check on every rerun


def speaker(bot_name: str) -> str:
    """The name a screen reader gives the assistant's messages."""
    return "assistant" if bot_name.strip().lower() in VISITOR_NAMES else bot_name


def render_message(
    role: str,
    content: str,
    bot_name: str,
    partial: bool = False,
    unanswered: bool = False,
    action: Callable[[], None] | None = None,
    sources: tuple[str, ...] = (),
) -> None:
    """One message; `action` draws a button inside it (Regenerate under the last reply, so it
    goes with the reply it would replace); `sources`: the quotable sources it cites."""
    avatar = USER_AVATAR if role == "user" else avatar_url(bot_name)
    with st.chat_message("user" if role == "user" else speaker(bot_name), avatar=avatar):
        # The user's words are shown as typed; the model's markdown renders (never raw HTML).
        st.markdown(plain(content) if role == "user" else model_markdown(shown_content(content)))
        render_citations(sources)
        if partial:
            st.caption(tr("This reply stopped before the end."))
        if unanswered:
            st.caption(tr("Not answered."))
        if action is not None:
            action()


def render_withheld_note(part: str, on_allow: Callable[[str], None] | None, key: str) -> None:
    """Under a test drive's replaced reply, for its creator only: what it repeated, and the
    way to let that be said (a visitor's chat never has this)."""
    st.info(
        tr(
            "Only you see this: the reply was replaced because it repeated this part of your "
            "prompt: “{part}”. If visitors may be told this, allow the phrase (or mark its "
            "sentence **Say to users** in Step 1).",
            part=plain(part),
        )
    )
    if on_allow is not None and len(part) <= ALLOWED_PHRASE_MAX:
        st.button(tr("Allow this phrase"), key=key, on_click=on_allow, args=(part,), icon="✅")


def render_transcript(
    chat: ChatSession,
    answering_last: bool = False,
    last_reply_action: Callable | None = None,
    on_allow_phrase: Callable[[str], None] | None = None,
    cut_at: int | None = None,
    message_action: Callable[[int], Callable[[], None] | None] | None = None,
) -> None:
    """Every message; a message of the user's that no reply followed says so. While the last
    message is being answered again (Retry, Regenerate), the reply being replaced is not shown
    above the new one, and while an edit is answered (`cut_at`), nothing from the edited
    message on. A test drive's replaced reply says what it repeated (creator only).
    `message_action(index)` draws a message's own buttons (Edit, its versions)."""
    messages = chat.transcript if cut_at is None else chat.transcript[:cut_at]
    if answering_last and messages and messages[-1].role == "assistant":
        messages = messages[:-1]
    for index, message in enumerate(messages):
        is_last = index == len(messages) - 1
        unanswered = message.role == "user" and (
            (not is_last and messages[index + 1].role == "user") or (is_last and not answering_last)
        )
        action = last_reply_action if is_last and message.role == "assistant" else None
        if action is None and message_action is not None:
            action = message_action(index)
        render_message(
            message.role,
            message.content,
            chat.config.bot_name,
            message.partial,
            unanswered,
            action,
            message.sources,
        )
        if chat.is_draft:
            render_drew_on(message.drew_on)
        if chat.is_draft and message.withheld and message.withheld_part:
            render_withheld_note(message.withheld_part, on_allow_phrase, f"allow_phrase_{index}")


def render_read_only(chat: ChatSession) -> None:
    """Why a chat cannot go on, in one wording whether its assistant was deleted, archived or
    made private: a visitor is not told which (a private one looks like a missing one)."""
    st.info(
        tr(
            "{name} is no longer available, so this chat cannot go on. You can still read it "
            "and download it.",
            name=plain(chat.config.bot_name),
        )
    )
