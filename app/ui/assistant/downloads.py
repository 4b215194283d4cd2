"""Download one chat as CSV or Markdown, both safe to open (sessions.export)."""

from __future__ import annotations

import streamlit as st

from api_sessions import ChatSession, transcript_csv, transcript_markdown
from api_util_firebase import utc_now
from i18n import tr
from ui.assistant.refusal import REFUSAL


def file_stem(chat: ChatSession) -> str:
    """gptlab-maya-2026-11-22: which assistant and which day, so downloads do not overwrite
    each other."""
    name = "".join(c if c.isascii() and c.isalnum() else "-" for c in chat.config.bot_name)
    name = "-".join(part for part in name.lower().split("-") if part) or "chat"
    day = (chat.created_date or utc_now()).strftime("%Y-%m-%d")
    return f"gptlab-{name}-{day}"


def readable_markdown(chat: ChatSession) -> str:
    """The Markdown download, with the visitor's own name for themselves and the leak guard's
    refusal in their language (the CSV stays as stored: it is for tools)."""
    return transcript_markdown(chat, user_label=tr("You")).replace(REFUSAL, tr(REFUSAL))


def render_downloads(chat: ChatSession, key: str) -> None:
    stem = file_stem(chat)
    st.download_button(
        tr("Download chat (CSV)"),
        lambda: transcript_csv(chat),  # built on click, not on every rerun
        file_name=f"{stem}.csv",
        mime="text/csv",
        key=f"{key}_download_csv",
        on_click="ignore",  # a rerun on click races the deferred build: no file, no error
    )
    st.download_button(
        tr("Download chat (Markdown)"),
        lambda: readable_markdown(chat),
        file_name=f"{stem}.md",
        mime="text/markdown",
        key=f"{key}_download_md",
        on_click="ignore",
    )
