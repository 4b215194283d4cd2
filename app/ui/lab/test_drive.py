"""The Lab's Test drive: a chat with the draft as it is now. A test chat the creator has
written in is never replaced by one click: they are asked first, and can go back to it."""

from __future__ import annotations

import streamlit as st

from api_bots import (
    InvalidBot,
    validate_allowed_phrases,
    validate_initial_prompt,
    validate_model_config,
)
from api_sessions import create_draft_session
from i18n import ntr, tr
from ui import spend_cap
from ui import state as ui_state
from ui.assistant.conversation import ChatPanel
from ui.components import destructive_button
from ui.lab import leak_test
from ui.lab.draft import (
    STEP1_FIELDS,
    allowed_phrases,
    draft,
    knowledge,
    model_config,
    save_widgets,
    sentence_classes,
    session_type,
    starters,
)
from ui.lab.steps import TEST_CHAT, fail, go

CONFIRM = "lab_confirm_new_test_drive"


def valid_step1() -> bool:
    save_widgets(STEP1_FIELDS)
    try:
        validate_initial_prompt(draft()["initial_prompt"])
        validate_model_config(model_config(), ui_state.current_user().models)
        validate_allowed_phrases(allowed_phrases())
    except InvalidBot as error:
        fail(error)
        return False
    return True


def _written_in() -> int:
    """How many messages the creator sent in the current test chat (0: nothing to lose)."""
    chat = st.session_state.get(TEST_CHAT)
    return chat.user_turns if chat is not None else 0


def handler_test_drive(panel: ChatPanel) -> None:
    if not valid_step1():
        return
    if _written_in():
        st.session_state[CONFIRM] = True
        return
    _start(panel)


def handler_replace(panel: ChatPanel) -> None:
    st.session_state[CONFIRM] = False
    _start(panel)


def handler_back_to_test_chat() -> None:
    st.session_state[CONFIRM] = False
    go(2)


def handler_cancel() -> None:
    st.session_state[CONFIRM] = False


def _start(panel: ChatPanel) -> None:
    if not spend_cap.allows(_start, (panel,)):
        return
    data = draft()
    try:
        chat = create_draft_session(
            ui_state.store(),
            ui_state.current_user(),
            ui_state.llm(),
            data["initial_prompt"],
            model_config(),
            session_type(),
            summary_prompt=data["summary_prompt"],
            allowed_phrases=allowed_phrases(),
            sentence_classes=sentence_classes(),
            bot_name=data["name"] or tr("Your AI"),
            leak_threshold=ui_state.settings().leak_threshold,
            starters=starters(),
            knowledge=knowledge(),
        )
    except ui_state.EXPECTED_ERRORS as error:
        fail(error)
        return
    ui_state.forget_month_spend()  # the greeting is in the month's total
    panel.reset()
    st.session_state[TEST_CHAT] = chat
    leak_test.forget_if_outdated()
    go(2)


def confirm_dialog(panel: ChatPanel) -> None:
    """Asked before a test chat with the creator's messages in it is replaced."""
    st.dialog(tr("Start a new test drive?"), on_dismiss=handler_cancel)(_dialog)(panel)


def _dialog(panel: ChatPanel) -> None:
    if not st.session_state.get(CONFIRM):
        st.rerun()  # after a button's callback: close the dialog
    sent = _written_in()
    if leak_test.goes_with_a_new_test_drive():
        goes = ntr(
            "You sent {count} message in your test chat. A new test drive starts a fresh chat "
            "with your draft as it is now, and your test chat and the leak-test result go.",
            "You sent {count} messages in your test chat. A new test drive starts a fresh chat "
            "with your draft as it is now, and your test chat and the leak-test result go.",
            sent,
        )
    else:
        goes = ntr(
            "You sent {count} message in your test chat. A new test drive starts a fresh chat "
            "with your draft as it is now, and your test chat goes.",
            "You sent {count} messages in your test chat. A new test drive starts a fresh chat "
            "with your draft as it is now, and your test chat goes.",
            sent,
        )
    replay = tr(
        "To replay its messages after a change, go back to it and click **Save as test chat** "
        "first."
    )
    st.write(f"{goes} {replay}")
    left, right = st.columns(2)
    with left:
        destructive_button(
            tr("Start a new test drive"), "lab_new_test_drive_confirm", handler_replace, (panel,)
        )
    right.button(
        tr("Back to my test chat"),
        key="lab_new_test_drive_back",
        type="primary",
        on_click=handler_back_to_test_chat,
    )
