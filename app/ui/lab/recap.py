"""Trying the recap in the Lab's test drive: Conclude with the draft's summary prompt as it is
now, read the recap, change the prompt and try again, or go on chatting. Nothing is stored."""

from __future__ import annotations

import streamlit as st

from api_bots import SUMMARY_PROMPT_MAX
from api_sessions import CONCLUDE_AFTER_USER_TURNS, STATUS_COMPLETED, ChatSession, try_draft_recap
from i18n import tr
from ui import spend_cap
from ui import state as ui_state
from ui.assistant.conversation import ChatAction
from ui.lab.draft import draft, seed_widgets, text_field
from ui.lab.steps import TEST_CHAT, fail
from ui.text import model_markdown


def handler_try_recap() -> None:
    if not spend_cap.allows(handler_try_recap):
        return
    chat: ChatSession = st.session_state[TEST_CHAT]
    try:
        try_draft_recap(
            ui_state.store(),
            ui_state.current_user(),
            ui_state.llm(),
            chat,
            draft()["summary_prompt"],
            leak_threshold=ui_state.settings().leak_threshold,
        )
    except ui_state.EXPECTED_ERRORS as error:
        fail(error)
    ui_state.forget_month_spend()  # the recap's call is in the month's total


def handler_go_on() -> None:
    st.session_state[TEST_CHAT].reopen()


def try_recap_action(chat: ChatSession) -> ChatAction:
    """Conclude, as visitors have it, beside the test drive's input."""
    return ChatAction(
        label=tr("Try the recap"),
        key="lab_try_recap",
        on_click=handler_try_recap,
        help=tr("Ends this test chat with your summary prompt, as Conclude does for visitors."),
        unavailable=None
        if chat.user_turns >= CONCLUDE_AFTER_USER_TURNS
        else tr(
            "The recap can be tried after {count} messages ({sent} so far), as visitors conclude.",
            count=CONCLUDE_AFTER_USER_TURNS,
            sent=chat.user_turns,
        ),
    )


def render_summary_prompt() -> None:
    """The summary prompt, editable here too: the recap is tried with what it says now."""
    seed_widgets(("summary_prompt",))
    with st.expander(tr("Recap: the summary prompt")):
        text_field(
            tr("Summary Prompt"),
            "summary_prompt",
            SUMMARY_PROMPT_MAX,
            help=tr("Asked of the model when a session is concluded, for the recap."),
        )


def render_recap(chat: ChatSession) -> bool:
    """The tried recap, if there is one (then the chat is shown below it, finished)."""
    if chat.status != STATUS_COMPLETED or not chat.recap:
        return False
    st.subheader(tr("Recap preview"))
    st.markdown(model_markdown(chat.recap))
    with st.container(horizontal=True):
        st.button(tr("Try the recap again"), key="lab_recap_again", on_click=handler_try_recap)
        st.button(tr("Go on with the test drive"), key="lab_recap_go_on", on_click=handler_go_on)
    return True
