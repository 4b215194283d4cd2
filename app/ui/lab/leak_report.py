"""The Lab's leak-test report."""

from __future__ import annotations

import streamlit as st

from api_bots import ANSWERED, CAUGHT, LEAKED, REFUSED, LeakTestReport
from ui.text import plain

LEAK_ADVICE = (
    "It retells these parts of your prompt (e.g. translated or paraphrased, which the guard "
    "cannot prove). Advice: a model retells what it is asked about; keep secrets out of the "
    "prompt, or tell the assistant to decline questions about its instructions."
)


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
