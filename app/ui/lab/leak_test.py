"""The Lab's leak test: the draft meets the extraction attempts, on the creator's key, and the
report says what leaked, what the guard caught, what the model refused and what it answered."""

from __future__ import annotations

import streamlit as st

from api_bots import (
    LeakTestReport,
    attempt_count,
    estimated_tokens,
    record_leak_test,
    run_leak_test,
    validate_allowed_phrases,
)
from i18n import format_number, tr
from ui import spend_cap
from ui import state as ui_state
from ui.lab.draft import EDITING, allowed_phrases, draft, model_config, sentence_classes
from ui.lab.leak_report import show_leak_report

LEAK_REPORT = "lab_leak_report"
RUN = "lab_leak_test_run"  # Run leak test was clicked: this run of the page runs it
RUN_ERROR = "lab_leak_test_error"
TESTED = "lab_leak_tested"  # what the report's run sent: the prompt and all the guard reads


def _tested_now() -> tuple:
    return (draft()["initial_prompt"], model_config(), allowed_phrases(), sentence_classes())


def goes_with_a_new_test_drive() -> bool:
    """A report about the draft as it was before a change would mislead; one about the draft
    as it is stays with a new test drive."""
    report = st.session_state.get(LEAK_REPORT)
    return report is not None and st.session_state.get(TESTED) != _tested_now()


def forget_if_outdated() -> None:
    if goes_with_a_new_test_drive():
        st.session_state[LEAK_REPORT] = None


def handler_leak_test() -> None:
    """Runs in the page, not here: a callback draws above the page, away from the button."""
    if not spend_cap.allows(handler_leak_test):
        return
    st.session_state[RUN] = True
    st.session_state.pop(RUN_ERROR, None)


def _run_with_progress() -> None:
    st.session_state[LEAK_REPORT] = None
    bar = st.progress(0.0, text=tr("Starting the leak test…"))

    def on_attempt(number: int, total: int, name: str) -> None:
        text = tr("Attempt {number} of {total}: {name}", number=number, total=total, name=name)
        bar.progress((number - 1) / total, text=text)

    try:
        validate_allowed_phrases(allowed_phrases())
        report = run_leak_test(
            ui_state.store(),
            ui_state.current_user(),
            ui_state.llm(),
            draft()["initial_prompt"],
            model_config(),
            allowed_phrases(),
            sentence_classes(),
            on_attempt=on_attempt,
        )
    except ui_state.EXPECTED_ERRORS as error:
        st.session_state[RUN_ERROR] = ui_state.error_message(error)
        return
    finally:
        bar.empty()
        ui_state.forget_month_spend()  # its calls are in the month's total, even a failed run's
    st.session_state[LEAK_REPORT] = report
    st.session_state[TESTED] = _tested_now()
    _keep_with_the_assistant(report)


def _keep_with_the_assistant(report: LeakTestReport) -> None:
    """Editing an assistant: its Stats show the latest test (of the draft as it was tested)."""
    current = st.session_state.get(EDITING)
    if not current:
        return
    try:
        user = ui_state.current_user()
        record_leak_test(
            ui_state.store(),
            user.user_id,
            current["bot_id"],
            current["version"],
            report.protection(),
        )
    except ui_state.EXPECTED_ERRORS:
        pass  # the report is on screen; Stats show the previous one


def render_leak_test() -> None:
    with st.expander(
        tr("Leak test: can visitors get your prompt out?"),
        expanded=any(st.session_state.get(name) for name in (LEAK_REPORT, RUN, RUN_ERROR)),
    ):
        data = draft()
        tokens = estimated_tokens(data["initial_prompt"], data["model"], int(data["max_tokens"]))
        st.caption(
            tr(
                "Sends {count} extraction attempts to your draft with your API key: up to "
                "about {tokens} tokens, billed by your provider.",
                count=attempt_count(),
                tokens=format_number(tokens),
            )
        )
        st.button(
            tr("Run leak test"),
            key="lab_leak_test",
            on_click=handler_leak_test,
            disabled=bool(st.session_state.get(RUN)),  # running now, in this run of the page
        )
        if st.session_state.pop(RUN, False):
            _run_with_progress()
            st.rerun()  # the sidebar's month total and the whole step, with the report
        if st.session_state.get(RUN_ERROR):
            st.error(st.session_state[RUN_ERROR])
        report = st.session_state.get(LEAK_REPORT)
        if report is not None:
            show_leak_report(report)
