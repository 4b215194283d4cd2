"""A polite live region: screen readers read a streamed reply once, when it is complete, instead
of every word as it arrives (Streamlit's chat messages are not live regions themselves).

The region is always on the chat page, so it exists before its text changes (a region that
appears with its text is not announced). The text is set as textContent, never as HTML."""

from __future__ import annotations

import streamlit as st

_HTML = '<div class="announce" role="status" aria-live="polite" aria-atomic="true"></div>'
# Visually hidden, still read (the usual "sr-only" rules).
_CSS = """
.announce {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0;
}
"""
_JS = """
export default function ({ parentElement, data }) {
  const region = parentElement.querySelector(".announce");
  if (region.dataset.said === data.said) return;  // a rerun: said already
  region.dataset.said = data.said;
  region.textContent = data.text;
}
"""
_region = st.components.v2.component("gptlab.live_region", html=_HTML, css=_CSS, js=_JS)


def live_region(text: str, said: str, key: str) -> None:
    """Say `text` to screen readers once: again only when `said` (what it is about) changes,
    never on a rerun that draws the same announcement."""
    _region(data={"text": text, "said": said}, key=key, height=0)
