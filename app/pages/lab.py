"""Lab: build an assistant in four steps: prompt and model, test drive, details, share.

The draft lives in one session-state dict that every step's handlers update from the widgets,
so going back and forth never drops an edit (the original's "Skip the test drive" did).
"""

from __future__ import annotations

import streamlit as st

from api_bots import (
    ALLOWED_PHRASE_MAX,
    ALLOWED_PHRASES_MAX,
    DESCRIPTION_MAX,
    INITIAL_PROMPT_MAX,
    NAME_MAX,
    STARTER_MAX,
    STARTERS_MAX,
    SUMMARY_PROMPT_MAX,
    TAG_LINE_MAX,
    create_bot,
)
from i18n import tr
from ui import state as ui_state
from ui.account import render_sidebar
from ui.assistant.conversation import ChatPanel
from ui.assistant.transcript import render_transcript
from ui.entry import run_through_entry_script
from ui.lab import edit, leak_test, recap, start_over, test_drive
from ui.lab.classes import render_sentence_classes
from ui.lab.draft import (
    KEEP_ERROR,
    SESSION_TYPE_LABELS,
    STEP1_FIELDS,
    STEP3_FIELDS,
    W,
    bot_draft,
    clear_draft,
    discard,
    handler_allow_phrase,
    handler_field_changed,
    restore,
    save_widgets,
    seed_widgets,
    session_type_label,
    text_field,
)
from ui.lab.knowledge import render_knowledge
from ui.lab.model import render_model_settings
from ui.lab.preview import render_preview
from ui.lab.steps import (
    CREATED,
    ERROR,
    TEST_CHAT,
    fail,
    go,
    render_error,
    shown_step,
)
from ui.links import ASSISTANT_KEY, show_share_box
from ui.signin import SignInForm
from ui.text import plain

SIGN_IN = SignInForm("lab_signin")
CHAT_WITH = "lab_chat_with"  # step 4's "Chat with ...": the code to open
PANEL = ChatPanel("lab_chat_panel")


# ---------------------------------------------------------------- handlers


def handler_skip_test_drive() -> None:
    if test_drive.valid_step1():
        go(3)


def handler_back_to_step1() -> None:
    save_widgets(STEP3_FIELDS)
    go(1)


def handler_proceed_to_step3() -> None:
    go(3)


def handler_create() -> None:
    save_widgets(STEP3_FIELDS)
    user = ui_state.current_user()
    try:
        code = create_bot(ui_state.store(), user.user_id, bot_draft(), allowed_models=user.models)
    except ui_state.EXPECTED_ERRORS as error:
        fail(error)
        return
    st.session_state[CREATED] = (code, bot_draft().cleaned().name)
    edit.save_pending_test_chats(code)
    discard()
    clear_draft()  # created: coming back to the Lab starts a new one
    go(4)


def handler_save_changes() -> None:
    error = edit.handler_save()
    if error:
        st.session_state[ERROR] = error
        return
    go(4)


def handler_create_another() -> None:
    start_over.handler_start_over(PANEL)


# ---------------------------------------------------------------- render


def render_step1() -> None:
    seed_widgets(STEP1_FIELDS)
    st.header(tr("Step 1: Initial Prompt and model"))
    text_field(
        tr("Initial Prompt"),
        "initial_prompt",
        INITIAL_PROMPT_MAX,
        height=200,
        help=tr("The hidden instructions your assistant follows. Visitors never see them."),
        placeholder=tr("You are Rae, a friendly running coach. Greet the user and ask about ..."),
    )
    render_model_settings()
    render_sayable_parts()
    text_field(
        tr(
            "Phrases your assistant may say word for word (one per line, up to {count} of "
            "{length} characters)",
            count=ALLOWED_PHRASES_MAX,
            length=ALLOWED_PHRASE_MAX,
        ),
        "allowed_phrases",
        height=80,
        help=tr(
            "A disclaimer or a phone number from your prompt: the leak guard lets these through."
        ),
    )
    render_knowledge()
    render_error()
    b1, b2, b3 = st.columns(3)
    b1.button(
        tr("Test drive your AI"),
        key="lab_test_drive",
        type="primary",
        on_click=test_drive.handler_test_drive,
        args=(PANEL,),
        width="stretch",
    )
    b2.button(
        tr("Skip the test drive"), key="lab_skip", on_click=handler_skip_test_drive, width="stretch"
    )
    b3.button(
        tr("Stop editing") if edit.editing() else tr("Start over"),
        key="lab_start_over",
        on_click=start_over.handler_ask,
        args=(PANEL,),
        width="stretch",
    )
    edit.render_replay()


def render_step2() -> None:
    st.header(tr("Step 2: Test drive"))
    st.caption(tr("This test chat is not saved as one of your sessions."))
    render_error()
    b1, b2 = st.columns(2)
    b1.button(
        tr("Back to Step 1"), key="lab_back_from_2", on_click=handler_back_to_step1, width="stretch"
    )
    b2.button(
        tr("Looks Good. Proceed to Step 3"),
        key="lab_to_step3",
        type="primary",
        on_click=handler_proceed_to_step3,
        width="stretch",
    )
    leak_test.render_leak_test()
    edit.render_notice()
    chat = st.session_state.get(TEST_CHAT)
    if chat is not None:
        st.button(
            tr("Save as test chat"),
            key="lab_save_test_chat",
            on_click=edit.handler_save_test_chat,
            args=(chat,),
            disabled=not chat.user_turns or PANEL.busy,
            help=tr("Keeps your messages (not the replies) so you can replay them after a change."),
        )
        recap.render_summary_prompt()
        if recap.render_recap(chat):
            with st.expander(tr("The test chat"), expanded=False):
                render_transcript(chat)
        else:
            PANEL.show(
                chat,
                action=recap.try_recap_action(chat),
                on_allow_phrase=handler_allow_phrase,
            )


def render_sayable_parts() -> None:
    render_sentence_classes(st.session_state.get(W + "initial_prompt", ""))


def render_step3() -> None:
    seed_widgets(STEP3_FIELDS)
    st.header(tr("Step 3: Name and describe your assistant"))
    if not edit.editing():
        st.caption(
            tr(
                "Once created, your assistant is unlisted: anyone with its link or code can "
                "chat with it, but it is not in the Lounge until you request a showcase and it "
                "is approved."
            )
        )
    left, right = st.columns(2)
    with left:
        text_field(tr("Name"), "name", NAME_MAX, area=False)
        text_field(
            tr("Tag Line"),
            "tag_line",
            TAG_LINE_MAX,
            area=False,
            help=tr('Shown as "Name - Tag Line" in the Lounge.'),
        )
        text_field(tr("Description"), "description", DESCRIPTION_MAX)
        text_field(
            tr("Summary Prompt"),
            "summary_prompt",
            SUMMARY_PROMPT_MAX,
            help=tr("Asked of the model when a session is concluded, for the recap."),
        )
        st.selectbox(
            tr("Session Type"),
            list(SESSION_TYPE_LABELS),
            format_func=session_type_label,
            key=W + "session_type",
            on_change=handler_field_changed,
            args=("session_type",),
            help=tr(
                "Brain Storming keeps the last 20 messages; Coaching summarizes long "
                "conversations so they can go on."
            ),
        )
        text_field(
            tr("Conversation starters (one per line, up to {count})", count=STARTERS_MAX),
            "starters",
            height=110,
            help=tr(
                "Shown as buttons under the greeting of a new session; up to {count} "
                "characters each.",
                count=STARTER_MAX,
            ),
        )
    name = st.session_state.get(W + "name", "").strip()
    with right:
        render_preview()
    render_error()
    if edit.editing():
        edit.render_review_note()
        st.text_input(tr("What changed (optional)"), key=edit.NOTE, max_chars=200)
    b1, b2 = st.columns(2)
    b1.button(
        tr("Back to Step 1"), key="lab_back_from_3", on_click=handler_back_to_step1, width="stretch"
    )
    if edit.editing():
        b2.button(
            tr("Save changes"),
            key="lab_save",
            type="primary",
            on_click=handler_save_changes,
            width="stretch",
        )
        return
    b2.button(
        tr("Looks good. Create {name}!", name=plain(name))
        if name
        else tr("Looks good. Create your AI!"),
        key="lab_create",
        type="primary",
        on_click=handler_create,
        width="stretch",
    )


def handler_chat_with_new(code: str) -> None:
    st.session_state[CHAT_WITH] = code


def render_step4() -> None:
    if edit.editing():
        edit.render_saved(on_keep_editing=go)
        return
    code, name = st.session_state[CREATED]
    st.header(tr("Step 4: Done"))
    st.success(tr("Congratulations! {name} is ready to chat.", name=plain(name)))
    edit.render_notice()
    st.info(
        tr(
            "It is unlisted: people open it with the link or the code, and it is not in the "
            "Lounge. To have it listed there, choose **Request showcase** under Lounge → My AI "
            "Assistants."
        )
    )
    show_share_box(code)
    b0, b1, b2 = st.columns(3)
    b0.button(
        tr("Chat with {name}", name=plain(name)),
        key="lab_chat_new",
        type="primary",
        on_click=handler_chat_with_new,
        args=(code,),
        width="stretch",
    )
    b1.button(
        tr("Create another AI"),
        key="lab_create_another",
        on_click=handler_create_another,
        width="stretch",
    )
    if b2.button(tr("Back to Lounge"), key="lab_back_to_lounge", width="stretch"):
        st.switch_page("pages/lounge.py")


# ---------------------------------------------------------------- state machine


def _can_show(step: int) -> bool:
    if step == 2:
        return st.session_state.get(TEST_CHAT) is not None
    return step != 4 or st.session_state.get(CREATED) is not None or bool(edit.editing())


run_through_entry_script()
render_sidebar()

chat_with = st.session_state.pop(CHAT_WITH, None)
if chat_with:  # "Chat with Rae" on step 4: the new assistant's own page
    st.switch_page("pages/assistant.py", query_params={ASSISTANT_KEY: chat_with})
st.title(tr("🧪 AI Lab"))
if ui_state.current_user() is None:
    SIGN_IN.show(tr("Sign in to create your own AI assistants, or to go on with your draft."))
else:
    if edit.sync_with_link(fail):
        PANEL.reset()
        st.session_state[TEST_CHAT] = None
        go(1)
    restore()
    step = shown_step((edit.editing() or {}).get("bot_id"), _can_show)
    edit.render_heading(just_saved=step == 4)
    message = st.session_state.get(KEEP_ERROR)
    if message:
        st.warning(message)
    {1: render_step1, 2: render_step2, 3: render_step3, 4: render_step4}.get(step, render_step1)()
    if st.session_state.get(start_over.CONFIRM):
        start_over.confirm_dialog(PANEL)
    elif st.session_state.get(test_drive.CONFIRM):
        test_drive.confirm_dialog(PANEL)
