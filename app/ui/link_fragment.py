"""Reading the part of the address after `#`: browsers never send it to a server, so it is
how a shared chat's key travels. A tiny component reads `window.location.hash` in the page
and hands it to this session over Streamlit's websocket (never in a URL or a request line)."""

from __future__ import annotations

import streamlit as st

_READ_FRAGMENT = """
export default function(component) {
  const { setStateValue } = component;
  setStateValue("fragment", window.location.hash.replace(/^#/, ""));
}
"""
_reader = st.components.v2.component("gptlab_link_fragment", js=_READ_FRAGMENT)


def _ignore() -> None:
    """The fragment arrives with a rerun of its own; nothing else to do then."""


def link_fragment(key: str) -> str | None:
    """The address's fragment ("" when it has none), or None until the browser has said it.

    Only mount this while the fragment is needed: once a run no longer draws it, Streamlit
    drops its value from the session."""
    result = _reader(key=key, on_fragment_change=_ignore, height=0)
    fragment = result.get("fragment") if result is not None else None
    return fragment if isinstance(fragment, str) else None
