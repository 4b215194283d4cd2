"""Absolute links to the app's pages, from the address the browser opened this page at."""

from __future__ import annotations

from urllib.parse import urlsplit

import streamlit as st

from ui.copy_button import copy_button

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
    """The share link and the code, selectable, each with a Copy button in sight (st.code's own
    copy icon needs a hover, which a phone has not)."""
    link = assistant_link(code)
    st.caption("Share link")
    st.code(link, language=None, wrap_lines=True)
    copy_button("Copy link", link, key=f"copy_link_{code}")
    st.caption("Assistant code (anyone can type it on the Assistant page)")
    st.code(code, language=None)
    copy_button("Copy code", code, key=f"copy_code_{code}")
