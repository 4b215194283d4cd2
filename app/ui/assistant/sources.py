"""Under a reply: the quotable sources it drew on (everyone), and in a test drive every passage
the model was shown (its creator only, confidential ones included: they are the creator's)."""

from __future__ import annotations

import streamlit as st

from i18n import ntr, tr
from ui.text import plain

PASSAGE_PREVIEW_CHARS = 600


def render_citations(sources: tuple[str, ...]) -> None:
    if sources:
        st.caption(tr("Sources: {sources}", sources=plain(" · ".join(sources))))


def render_drew_on(passages: tuple[tuple[str, str], ...]) -> None:
    """A test drive's reply: which passages of the knowledge the model was shown."""
    if not passages:
        return
    with st.expander(
        ntr(
            "Only you see this: the {count} knowledge passage sent",
            "Only you see this: the {count} knowledge passages sent",
            len(passages),
        )
    ):
        for label, text in passages:
            st.markdown(f"**{plain(label)}**")
            shown = (
                text if len(text) <= PASSAGE_PREVIEW_CHARS else text[:PASSAGE_PREVIEW_CHARS] + " …"
            )
            st.text(shown)
