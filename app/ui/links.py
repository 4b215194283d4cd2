"""Absolute links to the app's pages, from the address the browser opened this page at."""

from __future__ import annotations

from urllib.parse import urlsplit

import streamlit as st

PAGE_PATHS = ("lab", "lounge", "assistant", "faq", "terms")
ASSISTANT_KEY = "assistant_id"  # ?assistant_id= names the assistant a link opens
SESSION_KEY = "session"  # &session= names one of the user's chats with it


def assistant_link(code: str) -> str:
    """The share link of an assistant; behind a proxy path prefix too."""
    url = st.context.url
    if not url:
        return f"/assistant?{ASSISTANT_KEY}={code}"
    parts = urlsplit(url)
    base_path = parts.path.rstrip("/")
    head, _, last = base_path.rpartition("/")
    if last in PAGE_PATHS:
        base_path = head
    return f"{parts.scheme}://{parts.netloc}{base_path}/assistant?{ASSISTANT_KEY}={code}"


def show_share_box(code: str) -> None:
    """The share link and the code, each with st.code's copy button."""
    st.caption("Share link")
    st.code(assistant_link(code), language=None, wrap_lines=True)
    st.caption("Assistant code (anyone can type it on the Assistant page)")
    st.code(code, language=None)
