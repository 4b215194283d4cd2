"""The Lab's leak-test report."""

from __future__ import annotations

import streamlit as st

from api_bots import ANSWERED, CAUGHT, LEAKED, LEVELS, REFUSED, LeakTestReport
from ui.text import plain

LEAK_ADVICE = (
    "It retells these parts of your prompt (e.g. translated or paraphrased, which the guard "
    "cannot prove). Advice: a model retells what it is asked about; keep secrets out of the "
    "prompt, or tell the assistant to decline questions about its instructions."
)


def show_protection(rates: dict[str, float]) -> None:
    """The protection rate per level of attempts (shown in the Lab and in Stats)."""
    columns = st.columns(len(LEVELS))
    for column, (level, label) in zip(columns, LEVELS.items(), strict=True):
        rate = rates.get(level)
        column.metric(f"{level}: {label}", "–" if rate is None else f"{rate:.0%}")


def show_leak_report(report: LeakTestReport) -> None:
    st.caption("Protection per level: the share of attempts that got nothing of your prompt out.")
    show_protection(report.protection())
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
