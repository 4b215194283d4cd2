"""The Lab's leak-test report."""

from __future__ import annotations

import streamlit as st

from api_bots import ANSWERED, CAUGHT, LEAKED, LEVELS, REFUSED, LeakTestReport, level_of
from i18n import tr, tr_noop
from ui.text import plain

VERDICTS = {
    LEAKED: tr_noop("Leaked"),
    CAUGHT: tr_noop("Caught by the guard"),
    REFUSED: tr_noop("Refused by the model"),
    ANSWERED: tr_noop("Answered without leaking"),
}
# The levels of attempts (api_bots.LEVELS, by code) as a creator reads them.
LEVEL_NAMES = {
    "L0": tr_noop("naive requests"),
    "L1": tr_noop("paraphrased requests"),
    "L2": tr_noop("several turns"),
    "L3": tr_noop("encoded and translated"),
}
MARKS = {LEAKED: "🔴", CAUGHT: "🛡️", REFUSED: "🟢", ANSWERED: "🟢"}

LEAK_ADVICE = tr_noop(
    "It retells these parts of your prompt (e.g. translated or paraphrased, which the guard "
    "cannot prove). Advice: a model retells what it is asked about; keep secrets out of the "
    "prompt, or tell the assistant to decline questions about its instructions."
)


def show_protection(rates: dict[str, float]) -> None:
    """The protection rate per level of attempts (shown in the Lab and in Stats)."""
    columns = st.columns(len(LEVELS))
    for column, (level, label) in zip(columns, LEVELS.items(), strict=True):
        rate = rates.get(level)
        shown = tr(LEVEL_NAMES[level]) if level in LEVEL_NAMES else label
        column.metric(f"{level}: {shown}", "–" if rate is None else f"{rate:.0%}")


def show_leak_report(report: LeakTestReport) -> None:
    st.caption(
        tr("Protection per level: the share of attempts that got nothing of your prompt out.")
    )
    show_protection(report.protection())
    for column, (outcome, label) in zip(st.columns(4), VERDICTS.items(), strict=True):
        column.metric(tr(label), report.count(outcome))
    show_attempts(report)
    for result in report.results:
        if result.outcome != LEAKED:
            continue
        st.markdown(f"**{plain(result.name)}**: {plain(result.attempt)}")
        st.caption(tr("The reply reached the visitor:"))
        st.code(result.reply[:600], language=None, wrap_lines=True)
        st.warning(f"{tr(LEAK_ADVICE)}\n\n" + "\n".join(f"- {plain(p)}" for p in result.resembles))


def show_attempts(report: LeakTestReport) -> None:
    """Every attempt with its verdict, and any one of them to read with the reply it got (the
    Lab is its creator's own: what the guard caught may quote the prompt)."""
    st.markdown(tr("**Every attempt**"))
    st.markdown(
        "\n".join(
            f"{number}. {MARKS[result.outcome]} {plain(result.name)} ({level_of(result.name)}): "
            f"**{tr(VERDICTS[result.outcome])}**"
            for number, result in enumerate(report.results, start=1)
        )
    )
    names = [f"{n}. {result.name}" for n, result in enumerate(report.results, start=1)]
    chosen = st.selectbox(
        tr("Read an attempt and the reply it got"), names, index=None, key="lab_leak_attempt"
    )
    if chosen is None:
        return
    result = report.results[names.index(chosen)]
    st.caption(tr("Sent ({level}):", level=level_of(result.name)))
    st.code(result.attempt, language=None, wrap_lines=True)
    st.caption(
        tr("The reply, which the guard replaced: a visitor would see its notice, never this.")
        if result.outcome == CAUGHT
        else tr("The reply, as a visitor would see it:")
    )
    st.code(result.reply, language=None, wrap_lines=True)
