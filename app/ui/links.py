"""Absolute links to the app's pages, from the address the browser opened this page at."""

from __future__ import annotations

from urllib.parse import urlsplit

import streamlit as st

from i18n import tr
from ui.copy_button import copy_button

PAGE_PATHS = ("lab", "lounge", "assistant", "faq", "terms", "shared")
ASSISTANT_KEY = "assistant_id"  # ?assistant_id= names the assistant a link opens
SESSION_KEY = "session"  # &session= names one of the user's chats with it
SHARED_LINK_KEY = "link"  # /shared?link=<id>#<key>: a shared chat; the key never reaches a server


def _app_base() -> str:
    """The app's address without the page, behind a proxy path prefix too ("" if unknown)."""
    url = st.context.url
    if not url:
        return ""
    parts = urlsplit(url)
    base_path = parts.path.rstrip("/")
    head, _, last = base_path.rpartition("/")
    if last in PAGE_PATHS:
        base_path = head
    return f"{parts.scheme}://{parts.netloc}{base_path}"


def assistant_link(code: str) -> str:
    """The share link of an assistant."""
    return f"{_app_base()}/assistant?{ASSISTANT_KEY}={code}"


def shared_chat_link(link_id: str, key: str) -> str:
    """A shared chat's link: the key rides in the fragment (#...), which browsers never send."""
    return f"{_app_base()}/shared?{SHARED_LINK_KEY}={link_id}#{key}"


def show_share_box(code: str) -> None:
    """The share link and the code, selectable, each with a Copy button in sight (st.code's own
    copy icon needs a hover, which a phone has not)."""
    link = assistant_link(code)
    st.caption(tr("Share link"))
    st.code(link, language=None, wrap_lines=True)
    copy_button(tr("Copy link"), link, key=f"copy_link_{code}")
    st.caption(tr("Assistant code (anyone can type it on the Assistant page)"))
    st.code(code, language=None)
    copy_button(tr("Copy code"), code, key=f"copy_code_{code}")
