"""Download one chat as CSV or Markdown, both safe to open (api_sessions_export)."""

from __future__ import annotations

import streamlit as st

from api_sessions import ChatSession
from api_sessions_export import transcript_csv, transcript_markdown


def render_downloads(chat: ChatSession, key: str) -> None:
    name = "".join(c if c.isalnum() else "-" for c in chat.config.bot_name).strip("-") or "chat"
    st.download_button(
        "Download chat session",
        transcript_csv(chat),
        file_name=f"gptlab-{name}.csv",
        mime="text/csv",
        key=f"{key}_download_csv",
    )
    st.download_button(
        "Download as Markdown",
        transcript_markdown(chat),
        file_name=f"gptlab-{name}.md",
        mime="text/markdown",
        key=f"{key}_download_md",
    )
