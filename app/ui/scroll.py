"""Bring the page back to its top: a new view drawn in place of a long one (a recap opened from
far down the past sessions) would otherwise open where the old one was scrolled to. Static
script, no data."""

from __future__ import annotations

import streamlit as st

_JS = """
export default function ({ parentElement }) {
  const start = parentElement.host || parentElement;
  const toTop = () => {
    for (let node = start; node; node = node.parentElement) {
      if (node.scrollTop > 0) node.scrollTop = 0;
    }
    window.scrollTo(0, 0);
  };
  toTop();
  setTimeout(toTop, 150);  // the old view's last elements may still be going
  setTimeout(toTop, 600);
}
"""
_to_top = st.components.v2.component("gptlab.scroll_to_top", js=_JS)


def scroll_to_top(key: str) -> None:
    """Drawn once, in the run that opens the view: later runs (a click in it) keep their place."""
    _to_top(key=key)
