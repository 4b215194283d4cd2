"""The Lab's views of the leak guard: what it lets the assistant say, and the leak-test report."""

from __future__ import annotations

import streamlit as st

from api_bots import ANSWERED, CAUGHT, LEAKED, REFUSED, LeakTestReport
from leak_guard import sayable_parts
from ui.text import plain

LEAK_ADVICE = (
    "It retells these parts of your prompt (e.g. translated or paraphrased, which the guard "
    "cannot prove). Advice: a model retells what it is asked about; keep secrets out of the "
    "prompt, or tell the assistant to decline questions about its instructions."
)


def show_sayable_parts(prompt: str) -> None:
    """What the guard lets the assistant say word for word, derived from the prompt."""
    parts = sayable_parts(prompt) if prompt.strip() else []
    with st.expander(f"What the leak guard lets your assistant say ({len(parts)})"):
        st.caption(
            "Quoted text, what your prompt tells the assistant to say or share, and facts meant "
            "for users (hours, numbers, policies) may appear in replies word for word. Anything "
            "your prompt calls secret or internal never does. Add more below if something is "
            "missing."
        )
        for part in parts:
            st.text(part)


def show_leak_report(report: LeakTestReport) -> None:
    columns = st.columns(4)
    columns[0].metric("Leaked", report.count(LEAKED))
    columns[1].metric("Caught by the guard", report.count(CAUGHT))
    columns[2].metric("Refused by the model", report.count(REFUSED))
    columns[3].metric("Answered without leaking", report.count(ANSWERED))
    for result in report.results:
        if result.outcome != LEAKED:
            continue
        st.markdown(f"**{plain(result.name)}**: {plain(result.attempt)}")
        st.caption("The reply reached the visitor:")
        st.code(result.reply[:600], language=None, wrap_lines=True)
        st.warning(f"{LEAK_ADVICE}\n\n" + "\n".join(f"- {plain(p)}" for p in result.resembles))
